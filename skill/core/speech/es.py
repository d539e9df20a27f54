"""Spanish speech shared by every Spanish locale, keyed by the same message ids as the English.

A faithful translation of ``skill/core/speech/en.py`` in plain words a lay person uses
(``usted`` throughout); ``{name}`` fields are filled from the locale's own values
(``es_US.py``, ``es_MX.py``, ``es_ES.py``). The medical wording comes only from the English;
``BACK_TRANSLATIONS`` says in English what each question asks, for review
(docs/translations.md, hazard H22 in docs/clinical-safety.md).
"""

# Every non-emergency verdict, and stopping part-way, ends with this person's safety net ("net").
DISCLAIMER = "Esto es información general, no un diagnóstico."

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
    "clarify.no_and_the_sign": "Perdón, oí un no y luego lo que le pregunté. Diga solo sí o no, por favor.",
    "clarify.catheter": (
        "Si tiene una sonda, diga sí si algo de la orina o del intestino ha cambiado en las últimas dos "
        "semanas, o no si nada ha cambiado."
    ),
    "clarify.sudden_lifted": (
        "Aunque empezara al levantar algo o al moverse, diga sí si el dolor se puso al máximo en menos de "
        "un minuto, o no si fue aumentando poco a poco."
    ),
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
    "question.sudden_onset": "¿El dolor se puso al máximo en menos de un minuto?",
    "explain.sudden_onset": (
        "Un dolor que se pone al máximo en menos de un minuto puede venir, rara vez, de un desgarro del vaso "
        "sanguíneo principal, no de la espalda. Diga sí aunque haya empezado al levantar algo o al hacer "
        "fuerza."
    ),
    "reason.sudden_onset": "el dolor que se puso al máximo en menos de un minuto",
    "question.passed_out": "¿Se desmayó, aunque fuera un momento?",
    "explain.passed_out": (
        "Desmayarse con dolor de espalda puede venir del corazón o de un vaso sanguíneo grande, y eso "
        "necesita ayuda enseguida. Diga sí si se desmayó o perdió el conocimiento."
    ),
    "reason.passed_out": "el desmayo",
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
    "explain.bladder_bowel": (
        "Un problema nuevo con la orina o el intestino puede venir de los nervios de la parte baja de la "
        "columna, o de algo más sencillo, como una infección de orina. No cuente un problema que tiene desde "
        "hace mucho."
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
    "question.recent_infection": (
        "En el último mes, ¿ha tenido una infección de orina, de pulmón o de piel, o una operación o "
        "inyección en la columna?"
    ),
    "explain.recent_infection": (
        "Los microbios de una infección así, o de una operación o inyección en la columna, a veces llegan a "
        "ella. Un resfriado o una gripe no cuentan."
    ),
    "reason.recent_infection": "una infección reciente",
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
    "net.sudden_onset": "un dolor fuerte y repentino",
    "question.blood_thinner": "¿Toma algún anticoagulante, como warfarina, apixabán o rivaroxabán?",
    "question.rest_pain": "¿El dolor sigue siendo fuerte en reposo, en cualquier postura?",
    "explain.rest_pain": (
        "La mayoría de los dolores de espalda se alivian en reposo, en una postura cómoda. Diga sí si sigue "
        "fuerte en cualquier postura, o si es tan fuerte que no puede quedarse quieto."
    ),
    "reason.rest_pain": "el dolor fuerte que no se alivia en reposo",
    "net.rest_pain": "un dolor que no se alivia",
    "net.upper_back": "dolor entre los omóplatos",
    "question.injury": "¿El dolor empezó con una caída, un golpe, o al levantar algo?",
    "explain.injury": (
        "La mayoría de los dolores que empiezan al levantar algo o con un golpe pequeño son un tirón. Importa "
        "más después de un accidente grave, o con huesos débiles."
    ),
    "reason.injury": "el dolor que empezó con una caída, un golpe o al levantar algo",
    "net.bladder_bowel": "un problema nuevo al orinar",
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
    "reason.legs_both": "las molestias en las dos piernas",
    "net.abdominal_pain": "dolor en {tummy}",
    "question.abdominal_new": "¿Este dolor en {tummy} es nuevo o distinto para usted?",
    "explain.abdominal_new": (
        "Un dolor en {tummy} nuevo o distinto puede venir de un vaso sanguíneo grande, o de un embarazo fuera "
        "del útero. Diga sí si normalmente no tiene dolor en {tummy}. Diga no si es el dolor que suele tener, "
        "como con el colon irritable o la regla."
    ),
    "reason.abdominal_new": "el dolor nuevo en {tummy}",
    "net.abdominal_new": "un dolor nuevo en {tummy}",
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
    "start.note": DISCLAIMER,
    "question.chest_pain": "En los últimos tres días, ¿ha tenido dolor, presión u opresión en el pecho?",
    "explain.chest_pain": (
        "El dolor en el pecho junto con dolor de espalda puede venir del corazón o de un vaso sanguíneo "
        "grande, no de la espalda. Diga sí si en los últimos tres días ha tenido dolor, presión u opresión en "
        "el pecho, aunque ya se le haya pasado."
    ),
    "reason.chest_pain": "el dolor en el pecho de los últimos tres días",
    "net.chest_pain": "dolor en el pecho",
    "question.chest_pain_recent": "¿Ha tenido algo de ese dolor desde ayer a esta hora?",
    "explain.chest_pain_recent": (
        "Un dolor en el pecho en el último día puede ser un infarto que está pasando ahora, y eso necesita "
        "ayuda enseguida. Diga sí si lo ha tenido desde ayer a esta hora."
    ),
    "reason.chest_pain_recent": "el dolor en el pecho desde ayer",
    "net.chest_pain_recent": "dolor en el pecho otra vez",
    "question.breathless": "¿Le falta el aire más de lo normal para usted?",
    "explain.breathless": (
        "Un infarto o un coágulo en los pulmones se pueden sentir en la espalda, con falta de aire y sin "
        "dolor en el pecho. Diga no si le falta el aire solo como siempre, por ejemplo por el asma."
    ),
    "reason.breathless": "la falta de aire mayor de lo normal",
    "net.breathless": "falta de aire nueva",
    "question.breathless_new": "¿Le empezó en las últimas dos semanas?",
    "explain.breathless_new": (
        "La falta de aire nueva, de las últimas dos semanas, puede venir del corazón o de un coágulo en los "
        "pulmones. Diga sí si le empezó, o empeoró claramente, en las últimas dos semanas."
    ),
    "reason.breathless_new": "la falta de aire nueva",
    "net.breathless_new": "falta de aire nueva",
    "net.breathless_new.after_yes": "más falta de aire",
    "question.breathing_pain": "¿El dolor empeora al tomar aire?",
    "explain.breathing_pain": (
        "Con falta de aire nueva, un dolor que empeora al tomar aire puede venir de un coágulo en los "
        "pulmones, y eso necesita ayuda enseguida."
    ),
    "reason.breathing_pain": "el dolor al tomar aire",
    "net.breathing_pain": "dolor al respirar",
    "question.coughed_blood": "¿Ha tosido sangre?",
    "explain.coughed_blood": (
        "Con falta de aire nueva, toser sangre puede venir de un coágulo en los pulmones. Diga sí por "
        "cualquier sangre, aunque sea un poco."
    ),
    "reason.coughed_blood": "toser sangre",
    "net.coughed_blood": "tos con sangre",
    "question.calf_swollen": "¿Tiene una pantorrilla hinchada o que le duele?",
    "explain.calf_swollen": (
        "Una pantorrilla hinchada o con dolor, de un solo lado, puede ser un coágulo en la pierna, que puede "
        "llegar a los pulmones."
    ),
    "reason.calf_swollen": "la pantorrilla hinchada o con dolor",
    "net.calf_swollen": "una pantorrilla hinchada",
    "question.unlike_before": "¿Es distinto de cualquier dolor de espalda que haya tenido antes?",
    "explain.unlike_before": (
        "Un dolor de espalda fuerte, distinto de los que ha tenido, puede venir, en personas mayores, del "
        "vaso sanguíneo principal. Diga no si es como una crisis que ya ha tenido antes."
    ),
    "reason.unlike_before": "el dolor distinto de cualquiera que haya tenido",
    "net.unlike_before": "un dolor distinto al de antes",
    "question.cold_sweat": "¿Ha tenido sudor frío con el dolor?",
    "explain.cold_sweat": (
        "Un sudor frío y pegajoso con dolor de espalda puede venir del corazón o de un vaso sanguíneo grande. "
        "Diga no si solo tiene calor por la fiebre."
    ),
    "reason.cold_sweat": "el sudor frío",
    "net.cold_sweat": "sudor frío",
    "question.faintness": "Desde que empezó el dolor, ¿se ha desmayado, o ha sentido que se iba a desmayar?",
    "explain.faintness": (
        "Desmayarse, o casi desmayarse, con dolor de espalda puede venir de un vaso sanguíneo grande, no de "
        "la espalda. Diga no si solo se marea un poco al ponerse de pie, o si todo le da vueltas."
    ),
    "reason.faintness": "la sensación de que se iba a desmayar",
    "net.faintness": "sentir que se va a desmayar",
    "net.passed_out": "perder el conocimiento",
    "question.aortic_aneurysm": "¿Le han dicho que tiene un aneurisma de aorta?",
    "net.serious_accident": "un accidente grave",
    "question.bladder_bowel": (
        "En las últimas dos semanas, ¿ha tenido un problema nuevo para orinar, o con el intestino?"
    ),
    "reason.bladder_bowel": "el problema nuevo para orinar o con el intestino",
    "question.bladder_hard_to_start": "¿Le cuesta empezar a orinar, o el chorro es débil?",
    "explain.bladder_hard_to_start": (
        "Si le cuesta empezar a orinar, o el chorro es débil, los nervios de la parte baja de la columna "
        "pueden estar apretados. Diga no si solo tiene ardor, o va más seguido."
    ),
    "reason.bladder_hard_to_start": "la dificultad para empezar a orinar",
    "net.bladder_hard_to_start": "pérdida del control de la orina o del intestino",
    "question.bladder_lost_feeling": "¿Ha dejado de sentir las ganas de ir, o la orina o las heces al salir?",
    "explain.bladder_lost_feeling": (
        "No sentir cuándo tiene la vejiga llena, o no sentir la orina o las heces al salir, puede indicar que "
        "los nervios de la parte baja de la columna están apretados. Diga no si solo tiene que ir con prisa, "
        "o se le escapa al toser."
    ),
    "reason.bladder_lost_feeling": "haber dejado de sentir las ganas de ir",
    "net.bladder_lost_feeling": "dejar de sentir las ganas de ir",
    "question.saddle_numbness": "¿Siente dormidos los genitales o las nalgas, aunque sea solo al limpiarse con papel?",
    "explain.saddle_numbness": (
        "Sentir dormida o con hormigueo la zona que se apoya en una silla de montar, o sentir menos al "
        "limpiarse, puede indicar que los nervios de la parte baja de la columna están apretados. Diga sí si "
        "la siente dormida, sin sensibilidad o con hormigueo."
    ),
    "question.cancer_team": "¿Le atiende ahora un equipo de oncología?",
    "explain.cancer_team": (
        "Diga sí si ahora recibe tratamiento o revisiones de un equipo de oncología. Diga no si su cáncer ya "
        "se trató y ya no le revisan por él."
    ),
    "reason.cancer_team": "estar en tratamiento o seguimiento con oncología",
    "question.sepsis_confused": "¿Tiene confusión, o alguien le ha dicho que lo que dice no tiene sentido?",
    "explain.sepsis_confused": (
        "Con fiebre o una infección, la confusión nueva puede ser una sepsis, y eso necesita ayuda enseguida."
    ),
    "reason.sepsis_confused": "la confusión con una infección",
    "net.sepsis_confused": "confusión",
    "question.sepsis_breathing": "¿Respira muy rápido?",
    "explain.sepsis_breathing": (
        "Con fiebre o una infección, respirar muy rápido puede ser una sepsis, y eso necesita ayuda enseguida."
    ),
    "reason.sepsis_breathing": "la respiración muy rápida con una infección",
    "net.sepsis_breathing": "respiración muy rápida",
    "question.sepsis_skin": "¿Tiene la piel o los labios con manchas, grises o azulados?",
    "explain.sepsis_skin": (
        "Con fiebre o una infección, la piel, los labios o la lengua con manchas, grises o azulados pueden "
        "ser una sepsis, y eso necesita ayuda enseguida."
    ),
    "reason.sepsis_skin": "la piel con manchas, gris o azulada con una infección",
    "net.sepsis_skin": "la piel con manchas o azulada",
    "question.sepsis_no_pee": "¿Lleva todo el día de hoy sin orinar?",
    "explain.sepsis_no_pee": (
        "Con fiebre o una infección, no orinar en todo el día puede ser una sepsis. Diga sí si hoy no ha orinado nada."
    ),
    "reason.sepsis_no_pee": "no orinar en todo el día con una infección",
    "net.sepsis_no_pee": "no orinar en todo el día",
    "question.iv_drug_use": "¿Alguna vez se ha inyectado drogas que no le recetaron?",
    "question.iv_recent": "¿Fue en el último año?",
    "explain.iv_recent": "Diga sí si se ha inyectado drogas que no le recetaron en algún momento del último año.",
    "reason.iv_recent": "inyectarse drogas en el último año",
    "question.legs_both": "¿Es en las dos piernas?",
    "explain.legs_both": (
        "Las molestias de los nervios en las dos piernas pueden indicar que los nervios de la parte baja de "
        "la columna están apretados. Diga sí si tiene en las dos piernas dolor debajo de la rodilla, "
        "hormigueo, debilidad, o las siente dormidas."
    ),
    "net.legs_both": "las dos piernas débiles",
    "question.legs_worse": "¿Lo de las piernas es nuevo, o va empeorando?",
    "explain.legs_worse": (
        "Diga sí si le empezó hace poco en las dos piernas, o si va empeorando. Diga no si las dos piernas "
        "están igual desde hace mucho tiempo."
    ),
    "reason.legs_worse": "las molestias nuevas o que empeoran en las dos piernas",
    "net.legs_worse": "las piernas cada vez más débiles o dormidas",
    "explain.blood_thinner": (
        "Un anticoagulante aumenta el riesgo de un sangrado junto a la columna. Diga sí por warfarina, "
        "acenocumarol, apixabán, rivaroxabán, edoxabán, dabigatrán o inyecciones de heparina. La aspirina "
        "sola no cuenta."
    ),
    "reason.blood_thinner": "tomar un anticoagulante",
    "question.steadily_worse": "¿El dolor va empeorando cada vez más?",
    "explain.steadily_worse": (
        "Un dolor que empeora día tras día se debe revisar antes. Diga no si va y viene, o si está mejorando."
    ),
    "reason.steadily_worse": "el dolor que va empeorando",
    "net.steadily_worse": "un dolor que sigue empeorando",
    "question.abdominal_sudden": "¿El dolor en {tummy} empezó de golpe y fuerte?",
    "explain.abdominal_sudden": (
        "Un dolor en {tummy} que empieza de golpe y fuerte, con dolor de espalda, puede venir de un vaso "
        "sanguíneo roto o de una inflamación del páncreas, y eso necesita ayuda enseguida."
    ),
    "reason.abdominal_sudden": "el dolor en {tummy} que empezó de golpe y fuerte",
    "net.abdominal_sudden": "un dolor fuerte y repentino en {tummy}",
    "question.pregnant": "¿Podría estar embarazada, aunque no esté segura?",
    "explain.pregnant": (
        "Con dolor en {tummy} o sensación de desmayo, un embarazo fuera del útero se debe revisar pronto, "
        "aunque todavía no sepa que está embarazada. Diga sí si hay alguna posibilidad."
    ),
    "reason.pregnant": "la posibilidad de estar embarazada",
    "question.night_pain": "¿El dolor empeora por la noche, o le despierta?",
    "explain.night_pain": (
        "Un dolor de espalda que empeora por la noche, o que le despierta, lo debe revisar un médico. Diga sí "
        "aunque solo le despierte al darse la vuelta."
    ),
    "reason.night_pain": "el dolor que empeora por la noche",
    "net.night_pain": "dolor por la noche",
    "question.night_still": "¿Le duele incluso sin moverse?",
    "explain.night_still": (
        "Un dolor por la noche que sigue aunque no se mueva, y no solo al darse la vuelta, importa más. Diga "
        "sí si le duele por la noche incluso sin moverse."
    ),
    "reason.night_still": "el dolor por la noche incluso sin moverse",
    "net.night_still": "dolor por la noche sin moverse",
    "question.not_improving": "¿Lleva unas semanas o más sin mejorar?",
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
    "question.sudden_onset": "Did the pain reach its worst in less than a minute?",
    "question.passed_out": "Did you faint, even for a moment?",
    "question.upper_back": "Is the pain between the shoulder blades?",
    "question.serious_accident": "Was it a serious accident, like a car crash or a hard fall?",
    "question.cancer_history": "Have you ever had a cancer that was not a skin cancer, or a melanoma?",
    "question.fever": "Do you have a fever, or do you feel heat and chills?",
    "question.recent_infection": (
        "In the last month, have you had a urine, lung or skin infection, or an operation or injection in the spine?"
    ),
    "question.immune_medicines": (
        "Do you take cortisone, as pills or injections, or medicines that lower your defences?"
    ),
    "question.abdominal_pain": "Do you also have pain in the stomach?",
    "question.osteoporosis": "Have they told you that you have osteoporosis, decalcification or weak bones?",
    "question.weight_loss": "Have you lost weight without wanting to?",
    "question.blood_thinner": "Do you take an anticoagulant, such as warfarin, apixaban or rivaroxaban?",
    "question.rest_pain": "Does the pain stay strong at rest, in any position?",
    "question.injury": "Did the pain start with a fall, a blow, or when lifting something?",
    "question.diabetes": "Do you have diabetes?",
    "question.leg_symptoms": "Do you have in either leg pain, tingling, weakness, or does it feel asleep (numb)?",
    "question.leg_below_knee": "Does it go further down than the knee?",
    "question.leg_numb": "Does the leg feel asleep (numb) or tingly?",
    "question.leg_weak": "Does the leg feel weak, or does it give way?",
    "question.abdominal_new": "Is this pain in the belly new or different for you?",
    "question.lump": "Have you noticed a new lump or swelling on your back?",
    "question.chest_pain": "In the last three days, have you had pain, pressure or tightness in the chest?",
    "question.chest_pain_recent": "Have you had any of that pain since yesterday at this time?",
    "question.breathless": "Are you short of air more than is normal for you?",
    "question.breathless_new": "Did it start in the last two weeks?",
    "question.breathing_pain": "Does the pain get worse when taking in air?",
    "question.coughed_blood": "Have you coughed blood?",
    "question.calf_swollen": "Do you have a calf that is swollen or that hurts?",
    "question.unlike_before": "Is it different from any back pain you have had before?",
    "question.cold_sweat": "Have you had a cold sweat with the pain?",
    "question.faintness": "Since the pain started, have you fainted, or felt that you were going to faint?",
    "question.aortic_aneurysm": "Have they told you that you have an aortic aneurysm?",
    "question.bladder_bowel": "In the last two weeks, have you had a new problem urinating, or with the bowel?",
    "question.bladder_hard_to_start": "Is it hard for you to start urinating, or is the stream weak?",
    "question.bladder_lost_feeling": "Have you stopped feeling the urge to go, or the urine or stool coming out?",
    "question.saddle_numbness": (
        "Do you feel your genitals or buttocks asleep (numb), even if only when wiping with paper?"
    ),
    "question.cancer_team": "Is a cancer (oncology) team looking after you now?",
    "question.sepsis_confused": "Do you have confusion, or has someone told you that what you say makes no sense?",
    "question.sepsis_breathing": "Are you breathing very fast?",
    "question.sepsis_skin": "Is your skin or are your lips blotchy, grey or bluish?",
    "question.sepsis_no_pee": "Have you gone all of today without urinating?",
    "question.iv_drug_use": "Have you ever injected drugs that were not prescribed to you?",
    "question.iv_recent": "Was it in the last year?",
    "question.legs_both": "Is it in both legs?",
    "question.legs_worse": "Is the thing in the legs new, or is it getting worse?",
    "question.steadily_worse": "Is the pain getting worse and worse?",
    "question.abdominal_sudden": "Did the pain in the belly start all at once and strong?",
    "question.pregnant": "Could you be pregnant, even if you are not sure?",
    "question.night_pain": "Does the pain get worse at night, or does it wake you?",
    "question.night_still": "Does it hurt even without moving?",
    "question.not_improving": "Have you had it for a few weeks or more without improving?",
}
