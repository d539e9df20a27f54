"""Spanish speech shared by every Spanish locale, keyed by the same message ids as the English.

A faithful translation of ``skill/core/speech/en.py`` in plain words a lay person uses
(``usted`` throughout); ``{name}`` fields are filled from the locale's own values
(``es_US.py``, ``es_MX.py``, ``es_ES.py``). The medical wording comes only from the English;
``BACK_TRANSLATIONS`` says in English what each question asks, for review
(docs/translations.md, hazard H22 in docs/clinical-safety.md).
"""

# Every non-emergency verdict, and stopping part-way, ends with this person's safety net ("net").
DISCLAIMER = "Esto es información general, no un diagnóstico."
PREGNANCY = (
    "Si está o podría estar embarazada, consulte a su {pregnancy_contact}, o llame al {emergency_number} si "
    "tiene sangrado, dolor fuerte en {tummy} o desmayos."
)

TEXTS: dict[str, str] = {
    # --- Around the check -------------------------------------------------
    "welcome": (
        "Si es una emergencia, llame al {emergency_number} ahora. Chequeo de Espalda hace hasta "
        "{question_count} preguntas de sí o no, unos {minutes} minutos. Es para adultos."
    ),
    "welcome.again": "Chequeo de Espalda. Si es una emergencia, llame al {emergency_number} ahora. ¿Empezamos?",
    "offer.reprompt": "¿Empezamos el chequeo de espalda? Diga sí o no, por favor.",
    "start.after_offer": "",
    "help.emergency": "Si es una emergencia, llame al {emergency_number} ahora.",
    "hold_on": "Tómese su tiempo.",
    "nothing_kept": (
        "No guardo nada de una conversación a otra, pero si le di un consejo, está en la app de Alexa: diga, "
        "abre chequeo de espalda, para empezar un chequeo nuevo."
    ),
    "goodbye.after_verdict": "De acuerdo. Cuídese. Adiós.",
    "card.said": "Está en la app de Alexa.",
    "card.said.emergency": "Está en la app de Alexa.",
    "fallback.verdict": "Perdón, no le entendí.",
    "remind.yourself": (
        "Para que Alexa se lo recuerde, diga: Alexa, recuérdame en dos semanas revisar mi espalda. Cuídese. Adiós."
    ),
    "remind.set": "De acuerdo. Dentro de dos semanas le recordaré que revise su espalda. Cuídese. Adiós.",
    "reminder.text": "Revisar su espalda",
    "remind.not_now": "Ahora no: esto no puede esperar dos semanas.",
    "verdict.offer": "¿Quiere oírlo otra vez?",
    "verdict.offer.reprompt": "¿Quiere oírlo otra vez? Diga sí o no, por favor.",
    "noted.later": "De acuerdo, le preguntaré por eso en un momento.",
    "noted.earlier": "De acuerdo, cambié a sí su respuesta anterior sobre eso.",
    "noted.counted": "Ya me habló de {signs}, así que lo conté.",
    "clarify.skin_cancer": (
        "De los cánceres de piel, solo cuenta el melanoma. Diga sí si fue un melanoma u otro cáncer, o no si "
        "fue otro tipo de cáncer de piel."
    ),
    "clarify.fever_unchecked": (
        "No hace falta un termómetro. Diga sí si siente calor y escalofríos, o no si no los siente."
    ),
    "clarify.catheter": (
        "Si tiene una sonda, diga sí si algo de la orina o del intestino ha cambiado en las últimas dos "
        "semanas, o no si nada ha cambiado."
    ),
    "clarify.sudden_lifted": (
        "Aunque empezara al levantar algo o al moverse, diga sí si el dolor se puso al máximo en menos de "
        "un minuto, o no si fue aumentando poco a poco."
    ),
    "start.note": DISCLAIMER + " " + PREGNANCY,
    "start.over": "De acuerdo, empecemos de nuevo.",
    "carry_on": "Sigamos.",
    "start.restart": "Perdón, perdí el hilo, así que empecemos el chequeo de nuevo.",
    "help.general": (
        "Si cree que es una emergencia, llame al {emergency_number} ahora. Chequeo de Espalda le pregunta su "
        "edad y hasta {question_count} preguntas de sí o no sobre señales de alarma en el dolor de espalda, "
        "menos si una respuesta ya lo decide, y luego le dice si debe pedir ayuda, ver a {doctor} o cuidarse "
        "en casa. Tarda unos {minutes} minutos. ¿Empezamos?"
    ),
    "help.check": "Responda sí, no o tal vez. También puede decir repite, atrás, empezar de nuevo o para.",
    "help.age": "También puede decir repite, empezar de nuevo o para.",
    "fallback.check": "Perdón, no le entendí. Diga sí si es su caso, o no si no lo es.",
    "fallback.again": "Perdón, sigo sin entenderle.",
    "answer_ways": "Puede decir sí, no o tal vez, o decir repite para oír la pregunta otra vez.",
    "fallback.check.last": (
        "Perdón, sigo sin entenderle. Si es una emergencia, llame al {emergency_number} ahora. Puede "
        "responder sí, no o tal vez, o decir para si quiere terminar el chequeo."
    ),
    "fallback.age": "Perdón, no entendí su edad. Dígala como un número, por ejemplo, cuarenta y cinco.",
    "fallback.offer": "Perdón, no le entendí. Diga sí para empezar el chequeo, o no para terminar.",
    "fallback.offer.last": (
        "Perdón, sigo sin entenderle. Si es una emergencia, llame al {emergency_number} ahora. Diga sí para "
        "empezar el chequeo, o diga para si quiere terminar."
    ),
    "emergency.now": (
        "Llame al {emergency_number} ahora, o vaya a {emergency_place}. Lo que describe necesita ayuda "
        "enseguida. Yo no puedo llamar por usted: use un teléfono ahora."
    ),
    "should_i_go": (
        "Si cree que es una emergencia, llame al {emergency_number} ahora, o vaya a {emergency_place}. Yo no "
        "puedo llamar por usted."
    ),
    "should_i_go.offer": "Si tiene dudas, puedo hacerle unas preguntas para ayudarle a decidir. ¿Empezamos?",
    "went_back": "De acuerdo, volvamos atrás.",
    "question.reprompt": "{question} Diga sí, no o tal vez, por favor.",
    "ack.yes": "De acuerdo.",
    "ack.age": "{age}, gracias.",
    "ack.changed.yes": "De acuerdo, lo cambié a sí.",
    "ack.changed.no": "De acuerdo, lo cambié a no.",
    "ask_again": "Para estar seguros, se lo pregunto otra vez.",
    "how_long.left": "Quedan unas {count} preguntas, menos si una respuesta ya lo decide.",
    "how_long.last": "Esta es la última pregunta.",
    "how_long.age": "Tarda unos {minutes} minutos.",
    "ack.age.declined": "Está bien.",
    "counted_as_yes": "Como no lo sabía, lo conté como un sí, por precaución.",
    "progress.halfway": "Vamos por la mitad.",
    "progress.few_more": "Quedan pocas.",
    "progress.last": "Última pregunta.",
    "goodbye": "De acuerdo. Cuídese. Adiós.",
    "goodbye.mid_check": "De acuerdo, detengo el chequeo. {safety_net} Adiós.",
    "error": (
        "Perdón, algo falló de mi lado. Si es una emergencia, llame al {emergency_number} ahora. "
        "Dígalo otra vez, por favor."
    ),
    "error.reprompt": "Dígalo otra vez, o diga para.",
    "disclaimer": DISCLAIMER,
    "age.again": "Disculpe. También puede decir el año en que nació.",
    "child": (
        "Chequeo de Espalda es para adultos, así que termino aquí. El dolor de espalda en un niño o un "
        "adolescente se debe revisar: pida a su mamá, su papá o el adulto que le cuida que le ayude a "
        "{urgent_action}. Si es una emergencia, llame al {emergency_number} ahora."
    ),
    # --- On a screen ----------------------------------------------------------
    "button.yes": "Sí",
    "button.no": "No",
    "button.not_sure": "Tal vez",
    "button.start": "Empezar el chequeo",
    "button.help": "Cómo funciona",
    "screen.emergency": "Si es una emergencia, llame al {emergency_number_text} ahora.",
    "screen.number": "{emergency_number_text}",
    # --- Verdicts -----------------------------------------------------------
    "verdict.emergency": (
        'Llame al {emergency_number} <emphasis level="strong">ahora</emphasis>, o vaya a {emergency_place}. {reasons} '
        "No espere: llame al {emergency_number} ahora."
    ),
    "dont_drive": "No maneje usted.",
    "verdict.urgent": "Debe {urgent_action}. {reasons} {safety_net} " + DISCLAIMER,
    "verdict.doctor": (
        "Pida una cita con {doctor} para las próximas una o dos semanas. {reasons} {safety_net} " + DISCLAIMER
    ),
    "verdict.home": (
        "Puede cuidarse en casa. Siga moviéndose: el reposo en cama retrasa la recuperación. "
        "El ibuprofeno puede ayudar, pero no en el embarazo; si tiene más de 65 años o toma anticoagulantes, "
        "consulte antes a un farmacéutico. Vea a {doctor} si dura unas semanas. {safety_net} " + DISCLAIMER
    ),
    "reasons": "Lo digo por {signs}.",
    "reason.each": "{reason}",
    "reason.age": "su edad",
    "reason.age_not_said": "no saber su edad",
    "list.and": "y",
    "list.others": "otras señales",
    "card.title.emergency": "Llame al {emergency_number_text} ahora",
    "card.title.urgent": "Contacte a un médico hoy",
    "card.title.doctor": "Vea a un médico en una o dos semanas",
    "card.title.home": "Cuidados en casa",
    "card.home.painkillers": (
        "El calor, como un baño caliente o una bolsa de calor, puede aliviar el dolor. Ibuprofeno: no lo tome "
        "si está embarazada. Pregunte antes a un farmacéutico si tiene asma, una úlcera de estómago, una "
        "enfermedad del corazón o de los riñones, toma anticoagulantes o tiene más de 65 años."
    ),
    "card.home.reminder": ('Para revisarlo más adelante, diga: "Alexa, recuérdame en dos semanas revisar mi espalda."'),
    # --- Age ------------------------------------------------------------------
    "question.age": "¿Cuántos años tiene?",
    "question.age.reprompt": "¿Cuántos años tiene? Diga su edad como un número, o diga: prefiero no decirlo.",
    "explain.age": (
        "Algunas señales de alarma importan más con la edad, y este chequeo es para adultos. Su edad solo se "
        "usa durante esta conversación. Si prefiere no darla, diga: prefiero no decirlo."
    ),
    # --- The questions --------------------------------------------------------
    "question.chest_pain": "¿Ha tenido hoy dolor, presión u opresión en el pecho?",
    "explain.chest_pain": (
        "El dolor en el pecho junto con dolor de espalda puede venir del corazón o de un vaso sanguíneo "
        "grande, no de la espalda. Diga sí si hoy ha tenido dolor, presión u opresión en el pecho, aunque ya "
        "se le haya pasado."
    ),
    "reason.chest_pain": "el dolor en el pecho",
    "question.breathless_sweaty": "¿Le falta el aire, tiene sudor frío o náuseas?",
    "explain.breathless_sweaty": (
        "Un infarto se puede sentir en la espalda, sin dolor en el pecho, con falta de aire, sudor frío y "
        "pegajoso o náuseas. Diga sí si ahora tiene alguno de estos."
    ),
    "reason.breathless_sweaty": "la falta de aire, el sudor frío o las náuseas",
    "question.sudden_onset": "¿El dolor se puso al máximo en menos de un minuto?",
    "explain.sudden_onset": (
        "Un dolor que se pone al máximo en menos de un minuto puede venir, rara vez, de un desgarro del vaso "
        "sanguíneo principal, no de la espalda. Diga sí aunque haya empezado al levantar algo o al hacer "
        "fuerza."
    ),
    "reason.sudden_onset": "el dolor que se puso al máximo en menos de un minuto",
    "question.faintness": "¿Ha sentido mareo o que se iba a desmayar desde que empezó el dolor?",
    "explain.faintness": (
        "Sentir mareo o que se va a desmayar con dolor de espalda puede venir de un vaso sanguíneo grande, no "
        "de la espalda. Diga sí si lo ha sentido desde que empezó el dolor."
    ),
    "reason.faintness": "la sensación de desmayo o mareo",
    "question.passed_out": "¿Se desmayó, aunque fuera un momento?",
    "explain.passed_out": (
        "Desmayarse con dolor de espalda puede venir del corazón o de un vaso sanguíneo grande, y eso "
        "necesita ayuda enseguida. Diga sí si se desmayó o perdió el conocimiento."
    ),
    "reason.passed_out": "el desmayo",
    "question.aortic_aneurysm": "¿Tiene un aneurisma de aorta ya diagnosticado?",
    "explain.aortic_aneurysm": (
        "Un aneurisma de aorta es una dilatación del vaso sanguíneo principal del cuerpo, en {tummy} o el "
        "pecho. Un dolor de espalda nuevo con uno se debe revisar enseguida. Diga sí si un médico le dijo que "
        "tiene uno."
    ),
    "reason.aortic_aneurysm": "el dolor de espalda con un aneurisma de aorta",
    "question.upper_back": "¿El dolor está entre los omóplatos?",
    "explain.upper_back": (
        "El dolor en la parte alta de la espalda, entre los omóplatos, es menos común que en la parte baja, y "
        "puede venir del corazón, de un vaso sanguíneo o de los pulmones. Diga sí si le duele la parte alta "
        "de la espalda."
    ),
    "reason.upper_back": "el dolor entre los omóplatos",
    "question.serious_accident": "¿Fue un accidente grave, como un choque de auto o una caída fuerte?",
    "explain.serious_accident": (
        "El dolor de espalda después de un accidente grave puede ser una lesión de la columna. Diga sí por un "
        "choque de auto, una caída desde una altura o por las escaleras, o un golpe fuerte."
    ),
    "reason.serious_accident": "un accidente grave",
    "intro.bladder_bowel": "Ahora, unas preguntas personales, sobre los nervios de la parte baja de la columna.",
    "question.bladder_bowel": (
        "En las últimas dos semanas, ¿ha tenido un problema nuevo para orinar, o para controlar el intestino?"
    ),
    "explain.bladder_bowel": (
        "Un problema nuevo con la orina o el intestino puede venir de los nervios de la parte baja de la "
        "columna, o de algo más sencillo, como una infección de orina. No cuente un problema que tiene desde "
        "hace mucho."
    ),
    "reason.bladder_bowel": "el problema nuevo para orinar o controlar el intestino",
    "question.saddle_numbness": (
        "¿Siente dormidos los genitales o las nalgas, aunque sea al limpiarse con papel después de ir al "
        "baño, o en las relaciones sexuales?"
    ),
    "explain.saddle_numbness": (
        "Sentir dormida o con hormigueo la zona que se apoya en una silla de montar, o sentir menos al "
        "limpiarse con papel después de ir al baño o en las relaciones sexuales, puede indicar que los "
        "nervios de la parte baja de la columna están apretados. Diga sí si la siente dormida, sin "
        "sensibilidad o con hormigueo."
    ),
    "reason.saddle_numbness": "la zona de los genitales o las nalgas dormida",
    "question.cancer_history": "¿Ha tenido alguna vez un cáncer que no sea de piel, o un melanoma?",
    "explain.cancer_history": (
        "Un dolor de espalda nuevo en alguien que ha tenido cáncer se debe revisar, por si se ha extendido a "
        "la columna. La mayoría de los cánceres de piel no se extienden: de ellos, cuente solo el melanoma."
    ),
    "reason.cancer_history": "haber tenido cáncer",
    "question.fever": "¿Tiene fiebre, o siente calor y escalofríos?",
    "explain.fever": (
        "La fiebre con dolor de espalda puede ser señal de una infección en la columna. Diga sí si siente "
        "calor y escalofríos, o si un termómetro marca temperatura alta."
    ),
    "reason.fever": "la fiebre",
    "question.sepsis_signs": "¿Respira muy rápido, o tiene la piel con manchas, pálida o azulada?",
    "explain.sepsis_signs": (
        "Con fiebre, respirar muy rápido, o tener la piel, los labios o la lengua con manchas, pálidos, "
        "grises o azulados, puede ser una sepsis, y eso necesita ayuda enseguida."
    ),
    "reason.sepsis_signs": "la fiebre con respiración muy rápida, o la piel con manchas, pálida o azulada",
    "net.sepsis_signs": "respiración muy rápida",
    "question.recent_infection": (
        "En el último mes, ¿ha tenido una infección de orina, de pulmón o de piel, o una operación o "
        "inyección en la columna?"
    ),
    "explain.recent_infection": (
        "Los microbios de una infección así, o de una operación o inyección en la columna, a veces llegan a "
        "ella. Un resfriado o una gripe no cuentan."
    ),
    "reason.recent_infection": "una infección reciente",
    "question.iv_drug_use": "¿Alguna vez se ha inyectado drogas ilegales?",
    "explain.iv_drug_use": (
        "Inyectarse drogas que no le recetaron aumenta el riesgo de una infección en la columna. Diga sí si "
        "lo ha hecho alguna vez, aunque haga mucho tiempo. Las medicinas que le recetó un médico, como la "
        "insulina, no cuentan."
    ),
    "reason.iv_drug_use": "haberse inyectado drogas",
    "question.immune_medicines": "¿Toma cortisona, en pastillas o inyecciones, o medicinas que bajan las defensas?",
    "explain.immune_medicines": (
        "La cortisona en pastillas o inyecciones, como la prednisona o la dexametasona, la quimioterapia y "
        "las medicinas que bajan las defensas aumentan el riesgo de infección y de huesos débiles. Los "
        "inhaladores y las cremas no cuentan."
    ),
    "reason.immune_medicines": "tomar cortisona o medicinas que bajan las defensas",
    "question.abdominal_pain": "¿Tiene también dolor en {tummy}?",
    "explain.abdominal_pain": (
        "El dolor en {tummy}, o en el abdomen, con dolor de espalda puede venir de algo que no es la espalda, "
        "y se debe revisar. Diga sí si también le duele {tummy}."
    ),
    "reason.abdominal_pain": "el dolor en {tummy}",
    "question.osteoporosis": "¿Le han dicho que tiene osteoporosis, descalcificación o huesos débiles?",
    "explain.osteoporosis": (
        "La osteoporosis, o descalcificación, son huesos delgados y débiles, que se pueden romper en la "
        "columna sin mucha fuerza. Diga sí si un médico le dijo que la tiene."
    ),
    "reason.osteoporosis": "la osteoporosis",
    "question.weight_loss": "¿Ha bajado de peso sin querer?",
    "explain.weight_loss": (
        "Bajar de peso sin querer, con dolor de espalda, lo debe revisar un médico. Diga sí si ha bajado de "
        "peso en los últimos meses sin hacer dieta."
    ),
    "reason.weight_loss": "la pérdida de peso sin querer",
    "question.night_pain": "¿El dolor le despierta por la noche?",
    "explain.night_pain": (
        "Un dolor que le despierta por la noche y no se va, pruebe la postura que pruebe, se debe revisar. "
        "Diga no si solo le despierta al darse la vuelta."
    ),
    "reason.night_pain": "el dolor que le despierta por la noche",
    "question.not_improving": "¿Lleva unas semanas o más con el dolor igual o peor?",
    "explain.not_improving": (
        "La mayoría de los dolores de espalda mejoran en unas semanas. Diga sí si el suyo dura ya unas "
        "semanas y no ha mejorado."
    ),
    "reason.not_improving": "el dolor que no mejora desde hace unas semanas",
    # --- The listing (plain text) -----------------------------------------------
    "net": "Llame al {emergency_number} de inmediato si tiene {items}, o si empeora mucho.",
    "list.or": "o",
    "ack.age.decade.20": "Veintitantos, gracias.",
    "ack.age.decade.30": "Treinta y tantos, gracias.",
    "ack.age.decade.40": "Cuarenta y tantos, gracias.",
    "ack.age.decade.50": "Cincuenta y tantos, gracias.",
    "ack.age.decade.60": "Sesenta y tantos, gracias.",
    "ack.age.decade.70": "Setenta y tantos, gracias.",
    "ack.age.decade.80": "Ochenta y tantos, gracias.",
    "ack.age.decade.90": "Noventa y tantos, gracias.",
    "age.confirm": "13-19 60-79",
    "confirm.age": "¿Dijo {age} años?",
    "confirm.age.reprompt": "¿Dijo {age} años? Diga sí o no, por favor.",
    "confirm.decade.60": "¿Dijo sesenta y tantos?",
    "confirm.decade.70": "¿Dijo setenta y tantos?",
    "confirm.decade.reprompt": "{question} Diga sí o no, por favor.",
    "age.given_up": "Perdón, sigo sin entenderle, así que sigamos sin su edad, por precaución.",
    "card.title.emergency_department_today": "Vaya hoy a {emergency_place}",
    "card.title.cancer_team": "Llame ahora a su equipo de oncología",
    "net.chest_pain": "dolor en el pecho",
    "net.breathless_sweaty": "falta de aire nueva",
    "question.breathless_with_pain": "¿Eso empezó junto con el dolor de espalda?",
    "explain.breathless_with_pain": (
        "La falta de aire, el sudor frío o las náuseas que empezaron con el dolor de espalda pueden venir del "
        "corazón. Diga no si vienen de otra cosa, como los analgésicos o una enfermedad que tiene desde hace "
        "tiempo."
    ),
    "reason.breathless_with_pain": "la falta de aire, el sudor frío o las náuseas desde que empezó el dolor",
    "net.breathless_with_pain": "falta de aire nueva",
    "question.breathing_pain": "¿El dolor empeora al respirar hondo?",
    "explain.breathing_pain": (
        "Un dolor que aumenta al tomar aire, con falta de aire, puede venir de un coágulo en los pulmones, y "
        "eso necesita ayuda enseguida."
    ),
    "reason.breathing_pain": "el dolor que empeora al respirar, con falta de aire",
    "net.breathing_pain": "dolor al respirar",
    "net.sudden_onset": "un dolor fuerte y repentino",
    "question.blood_thinner": "¿Toma algún anticoagulante, como warfarina, apixabán o rivaroxabán?",
    "explain.blood_thinner": (
        "Con un dolor de espalda repentino, un anticoagulante aumenta el riesgo de un sangrado junto a la "
        "columna, y eso necesita ayuda enseguida. Diga sí por warfarina, acenocumarol, apixabán, rivaroxabán, "
        "edoxabán, dabigatrán o inyecciones de heparina. La aspirina sola no cuenta."
    ),
    "reason.blood_thinner": "el dolor repentino mientras toma un anticoagulante",
    "question.rest_pain": "¿El dolor sigue siendo fuerte en reposo, en cualquier postura?",
    "explain.rest_pain": (
        "La mayoría de los dolores de espalda se alivian en reposo, en una postura cómoda. Diga sí si sigue "
        "fuerte en cualquier postura, o si es tan fuerte que no puede quedarse quieto."
    ),
    "reason.rest_pain": "el dolor fuerte que no se alivia en reposo",
    "net.rest_pain": "un dolor que no se alivia",
    "net.faintness": "mareo",
    "net.passed_out": "desmayos",
    "net.upper_back": "dolor entre los omóplatos",
    "question.injury": "¿El dolor empezó con una caída, un golpe, o al levantar algo?",
    "explain.injury": (
        "La mayoría de los dolores que empiezan al levantar algo o con un golpe pequeño son un tirón. Importa "
        "más después de un accidente grave, o con huesos débiles."
    ),
    "reason.injury": "el dolor que empezó con una caída, un golpe o al levantar algo",
    "net.bladder_bowel": "un problema nuevo al orinar",
    "question.bladder_control": (
        "¿Le cuesta empezar o parar de orinar, controlar el intestino, o sentir cuándo necesita ir?"
    ),
    "explain.bladder_control": (
        "Si le cuesta empezar o parar de orinar, se le escapan las heces, o no siente cuándo tiene la vejiga "
        "o el intestino lleno, los nervios de la parte baja de la columna pueden estar apretados. Diga no si "
        "solo tiene ardor, va más seguido, se le escapa la orina al toser, o tiene escapes desde un parto que "
        "no han cambiado."
    ),
    "reason.bladder_control": (
        "la dificultad para orinar, para controlar el intestino, o para sentir cuándo necesita ir"
    ),
    "net.bladder_control": "pérdida del control de la orina o del intestino",
    "net.saddle_numbness": "las nalgas dormidas",
    "net.fever": "fiebre",
    "question.diabetes": "¿Tiene diabetes?",
    "explain.diabetes": (
        "Con fiebre o una infección, la diabetes hace más probable una infección en la columna. Diga sí por "
        "cualquier tipo de diabetes."
    ),
    "reason.diabetes": "la diabetes",
    "question.leg_symptoms": "¿Tiene en alguna pierna dolor, hormigueo, debilidad, o la siente dormida?",
    "explain.leg_symptoms": (
        "Un dolor que baja por la pierna, o una pierna dormida, con hormigueo o débil, puede venir de un "
        "nervio de la espalda. Diga sí por cualquiera de estos, en una pierna o en las dos."
    ),
    "reason.leg_symptoms": "el dolor o el hormigueo en una pierna",
    "net.leg_symptoms": "dolor que baja por una pierna",
    "question.leg_below_knee": "¿Le baja más abajo de la rodilla?",
    "explain.leg_below_knee": (
        "Un dolor o un hormigueo que pasa de la rodilla, a la pantorrilla o el pie, suele venir de un nervio "
        "de la espalda. Diga sí si lo siente debajo de la rodilla."
    ),
    "reason.leg_below_knee": "el dolor o el hormigueo debajo de la rodilla",
    "net.leg_below_knee": "dolor debajo de la rodilla",
    "question.leg_numb": "¿Siente la pierna dormida o con hormigueo?",
    "explain.leg_numb": (
        "Sentir una pierna dormida o con hormigueo puede indicar que un nervio de la espalda está apretado. "
        "Diga sí si siente dormida, sin sensibilidad o con hormigueo alguna parte de la pierna."
    ),
    "reason.leg_numb": "la pierna dormida o con hormigueo",
    "net.leg_numb": "una pierna dormida",
    "question.leg_weak": "¿Siente la pierna débil, o se le dobla?",
    "explain.leg_weak": (
        "Una pierna débil, o que se le dobla al caminar, puede indicar que un nervio está muy apretado. Diga "
        "no si solo le duele al caminar."
    ),
    "reason.leg_weak": "la pierna débil",
    "net.leg_weak": "una pierna débil",
    "question.legs_both": "En las últimas dos semanas, ¿le ha empezado en las dos piernas?",
    "explain.legs_both": (
        "Cuando las dos piernas se afectan de nuevo, los nervios de la parte baja de la columna pueden estar "
        "apretados. Diga sí si empezó o empeoró en las dos piernas en las últimas dos semanas. Diga no si las "
        "dos piernas están igual desde hace más tiempo."
    ),
    "reason.legs_both": "las molestias en las dos piernas",
    "net.legs_both": "las dos piernas débiles",
    "net.abdominal_pain": "dolor en {tummy}",
    "question.abdominal_new": "¿Este dolor en {tummy} es nuevo o distinto para usted?",
    "explain.abdominal_new": (
        "Un dolor en {tummy} nuevo o distinto puede venir de un vaso sanguíneo grande, o de un embarazo fuera "
        "del útero. Diga sí si normalmente no tiene dolor en {tummy}. Diga no si es el dolor que suele tener, "
        "como con el colon irritable o la regla."
    ),
    "reason.abdominal_new": "el dolor nuevo en {tummy}",
    "net.abdominal_new": "un dolor nuevo en {tummy}",
    "question.abdominal_severe": "¿El dolor en {tummy} es fuerte?",
    "explain.abdominal_severe": (
        "Un dolor fuerte en {tummy} y en la espalda a la vez puede venir de un vaso sanguíneo roto, y eso "
        "necesita ayuda enseguida."
    ),
    "reason.abdominal_severe": "el dolor fuerte en {tummy}",
    "net.abdominal_severe": "dolor fuerte en {tummy}",
    "question.lump": "¿Ha notado un bulto o una hinchazón nueva en la espalda?",
    "explain.lump": "Un bulto o una hinchazón nueva en la espalda, o un cambio en su forma, lo debe revisar un médico.",
    "reason.lump": "el bulto en la espalda",
    "verdict.emergency_department_today": (
        "Vaya hoy a {emergency_place}, porque puede necesitar una prueba de imagen enseguida. {reasons} "
        "{safety_net} " + DISCLAIMER
    ),
    "verdict.cancer_team": (
        "Llame ahora a la línea de 24 horas de su equipo de oncología, o vaya ahora a {emergency_place}. "
        "{reasons} Si no puede comunicarse con ellos, llame al {emergency_number}."
    ),
    "listing.name": "Chequeo de Espalda",
    "listing.summary": (
        "¿Es grave mi dolor de espalda? Preguntas de sí o no sobre sus señales de alarma, y luego si debe "
        "pedir ayuda ya, ver a un médico o cuidarse en casa."
    ),
    "listing.description": (
        "Abra Chequeo de Espalda cuando usted, o alguien que está con usted, tenga dolor de espalda y quiera "
        "saber si es grave: si debe llamar al {emergency_number_text} ahora, contactar a {doctor} hoy, pedir "
        "una cita con {doctor} en la próxima semana o dos, o cuidarse la espalda en casa. Le hace una "
        "pregunta de sí o no a la vez sobre las señales de alarma que indican que un dolor de espalda "
        "necesita atención médica, como perder el control de la orina o de las heces, piernas dormidas o "
        "débiles, fiebre o haber tenido cáncer. Funciona sin manos, para personas que pueden estar acostadas "
        "o con dolor. Es para adultos, y no para el dolor de espalda en el embarazo."
        "\n\n"
        "Aviso: Chequeo de Espalda solo da información general. No es un diagnóstico ni sustituye el consejo "
        "de un profesional de la salud. Si cree que tiene una emergencia médica, llame ahora al número de "
        "emergencias de su país, el {emergency_number_text}, en lugar de usar esta skill."
        "\n\n"
        "{privacy}"
    ),
    "listing.example.1": "Alexa, abre chequeo de espalda",
    "listing.example.2": "Alexa, pregunta a chequeo de espalda si debo ir al médico por mi espalda",
    "listing.example.3": "Alexa, pregunta a chequeo de espalda si mi dolor de espalda es grave",
    "listing.keywords": (
        "dolor de espalda, dolor lumbar, lumbago, ciática, es grave mi dolor de espalda, debo ir al médico, "
        "señales de alarma, síntomas, salud"
    ),
    "net.words": "33",
    "net.breathless_with_pain.after_yes": "más falta de aire",
}

PRIVACY = (
    "Privacidad: Chequeo de Espalda no guarda nada sobre usted. Sus respuestas solo se usan durante la "
    "conversación, para elegir el consejo; nunca se guardan ni se registran, y se olvidan al terminar la "
    "conversación, así que un chequeo interrumpido empieza de nuevo la próxima vez. Amazon guarda sus "
    "propios registros de lo que le dice a Alexa, que puede revisar y borrar en la app de Alexa. Si pide un "
    'recordatorio, Alexa lo crea con su permiso; solo dice "revisar su espalda", nada sobre sus respuestas, y '
    "puede borrarlo en la app de Alexa."
)

# What each question asks, said back in plain English (not the English original), for review.
BACK_TRANSLATIONS: dict[str, str] = {
    "question.age": "How many years do you have?",
    "question.chest_pain": "Have you had pain, pressure or tightness in the chest today?",
    "question.breathless_sweaty": "Are you short of air, do you have a cold sweat or nausea?",
    "question.sudden_onset": "Did the pain reach its worst in less than a minute?",
    "question.faintness": "Have you felt dizziness or that you were going to faint since the pain started?",
    "question.passed_out": "Did you faint, even for a moment?",
    "question.aortic_aneurysm": "Do you have an aneurysm of the aorta, already diagnosed?",
    "question.upper_back": "Is the pain between the shoulder blades?",
    "question.serious_accident": "Was it a serious accident, like a car crash or a hard fall?",
    "question.bladder_bowel": "In the last two weeks, have you had a new problem urinating, or controlling the bowel?",
    "question.saddle_numbness": (
        "Do you feel your genitals or buttocks asleep (numb), even just when wiping with paper after using "
        "the toilet, or during sex?"
    ),
    "question.cancer_history": "Have you ever had a cancer that was not a skin cancer, or a melanoma?",
    "question.fever": "Do you have a fever, or do you feel heat and chills?",
    "question.recent_infection": (
        "In the last month, have you had a urine, lung or skin infection, or an operation or injection in the spine?"
    ),
    "question.iv_drug_use": "Have you ever injected yourself with illegal drugs?",
    "question.immune_medicines": (
        "Do you take cortisone, as pills or injections, or medicines that lower your defences?"
    ),
    "question.abdominal_pain": "Do you also have pain in the stomach?",
    "question.osteoporosis": "Have they told you that you have osteoporosis, decalcification or weak bones?",
    "question.weight_loss": "Have you lost weight without wanting to?",
    "question.night_pain": "Does the pain wake you at night?",
    "question.not_improving": "Have you had the pain the same or worse for a few weeks or more?",
    "question.breathless_with_pain": "Did that start together with the back pain?",
    "question.breathing_pain": "Does the pain get worse when breathing deeply?",
    "question.blood_thinner": "Do you take an anticoagulant, such as warfarin, apixaban or rivaroxaban?",
    "question.rest_pain": "Does the pain stay strong at rest, in any position?",
    "question.injury": "Did the pain start with a fall, a blow, or when lifting something?",
    "question.bladder_control": (
        "Is it hard for you to start or stop urinating, to control your bowel, or to feel when you need to go?"
    ),
    "question.diabetes": "Do you have diabetes?",
    "question.leg_symptoms": "Do you have in either leg pain, tingling, weakness, or does it feel asleep (numb)?",
    "question.leg_below_knee": "Does it go further down than the knee?",
    "question.leg_numb": "Does the leg feel asleep (numb) or tingly?",
    "question.leg_weak": "Does the leg feel weak, or does it give way?",
    "question.legs_both": "In the last two weeks, has it started in both legs?",
    "question.abdominal_new": "Is this pain in the belly new or different for you?",
    "question.abdominal_severe": "Is the pain in the stomach strong?",
    "question.lump": "Have you noticed a new lump or swelling on your back?",
    "question.sepsis_signs": "Are you breathing very fast, or is your skin blotchy, pale or bluish?",
}
