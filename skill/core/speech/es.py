"""Spanish speech shared by every Spanish locale, keyed by the same message ids as the English.

A faithful translation of ``skill/core/speech/en.py`` in plain words a lay person uses
(``usted`` throughout); ``{name}`` fields are filled from the locale's own values
(``es_US.py``, ``es_MX.py``, ``es_ES.py``). The medical wording comes only from the English;
``BACK_TRANSLATIONS`` says in English what each question asks, for review
(docs/translations.md, hazard H22 in docs/clinical-safety.md).
"""

# Every non-emergency verdict, and stopping part-way, ends with when to call the emergency number.
SAFETY_NET_SIGNS = (
    "dolor en el pecho, dolor fuerte y repentino, sensación de desmayo o desmayos, problemas nuevos para orinar "
    "o para controlar la orina o las heces, entumecimiento u hormigueo alrededor de los genitales o las nalgas, "
    "o dolor, entumecimiento, hormigueo o debilidad en las dos piernas."
)
SAFETY_NET = "Llame al {emergency_number} de inmediato si tiene " + SAFETY_NET_SIGNS
DISCLAIMER = "Esto es información general, no un diagnóstico."
FOR_ADULTS = (
    "Es para adultos. Si puede que esté embarazada, consulte a su {pregnancy_contact}, o llame al "
    "{emergency_number} si tiene sangrado, dolor fuerte en {tummy} o desmayos."
)

TEXTS: dict[str, str] = {
    # --- Around the check -------------------------------------------------
    "welcome": (
        "Le damos la bienvenida a Chequeo de Espalda. Si es una emergencia, llame al {emergency_number} ahora. "
        + FOR_ADULTS
        + " "
        + DISCLAIMER
        + " ¿Empezamos?"
    ),
    "welcome.again": (
        "Chequeo de Espalda. Si es una emergencia, llame al {emergency_number} ahora. Es para adultos, y no "
        "para el embarazo. ¿Empezamos?"
    ),
    "offer.reprompt": "¿Empezamos el chequeo de espalda? Diga sí o no, por favor.",
    "start.after_offer": "",
    "start.one_shot": (
        "Esto es Chequeo de Espalda. Si es una emergencia, llame al {emergency_number} ahora. "
        + FOR_ADULTS
        + " "
        + DISCLAIMER
        + " Responda a cada pregunta con sí, no o no sé."
    ),
    "start.over": "De acuerdo, empecemos de nuevo.",
    "carry_on": "Sigamos.",
    "start.restart": "Perdón, perdí el hilo, así que empecemos el chequeo de nuevo.",
    "help.general": (
        "Chequeo de Espalda le pregunta su edad y hasta {question_count} preguntas de sí o no sobre señales de "
        "alarma en el dolor de espalda, menos si una respuesta ya lo decide, y luego le dice si debe pedir "
        "ayuda, ver a {doctor} o cuidarse en casa. Tarda unos {minutes} minutos. Si cree que es una emergencia, "
        "llame al {emergency_number} ahora. ¿Empezamos?"
    ),
    "help.check": ("Responda sí, no o no sé. También puede decir repite, atrás, empezar de nuevo o para."),
    "help.age": "También puede decir repite, empezar de nuevo o para.",
    "fallback.check": "Perdón, no le entendí. Responda sí, no o no sé, por favor.",
    "fallback.again": "Perdón, sigo sin entenderle.",
    "answer_ways": "Puede decir sí, no o no sé, o decir repite para oír la pregunta otra vez.",
    "fallback.check.last": (
        "Perdón, sigo sin entenderle. Si es una emergencia, llame al {emergency_number} ahora. "
        "Puede responder sí, no o no sé, o decir para, para terminar el chequeo."
    ),
    "fallback.age": "Perdón, no entendí su edad. Dígala como un número, por ejemplo, cuarenta y cinco.",
    "fallback.age.last": (
        "Perdón, sigo sin entenderle. Si es una emergencia, llame al {emergency_number} ahora. "
        "Puede decir para, para terminar el chequeo."
    ),
    "fallback.offer": "Perdón, no le entendí. Diga sí para empezar el chequeo, o no para terminar.",
    "fallback.offer.last": (
        "Perdón, sigo sin entenderle. Si es una emergencia, llame al {emergency_number} ahora. "
        "Diga sí para empezar el chequeo, o para, para terminar."
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
    "question.reprompt": "{question} Diga sí, no o no sé, por favor.",
    "ack.yes": "De acuerdo.",
    "ack.age": "Gracias.",
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
    "goodbye.mid_check": "De acuerdo, detengo el chequeo. " + SAFETY_NET + " Adiós.",
    "error": (
        "Perdón, algo falló de mi lado. Si es una emergencia, llame al {emergency_number} ahora. "
        "Dígalo otra vez, por favor."
    ),
    "error.reprompt": "Dígalo otra vez, o diga para.",
    "disclaimer": DISCLAIMER,
    "safety_net": SAFETY_NET,
    "confirm.child": "¿Dijo que tiene {age} años?",
    "confirm.child.reprompt": "¿Dijo que tiene {age} años? Diga sí o no, por favor.",
    "age.again": "Disculpe.",
    "child": (
        "Chequeo de Espalda es para adultos, así que termino aquí. El dolor de espalda en un niño o un "
        "adolescente se debe revisar: pida a su mamá, su papá o el adulto que le cuida que le ayude a "
        "{urgent_action}. Si es una emergencia, llame al {emergency_number} ahora."
    ),
    # --- On a screen ----------------------------------------------------------
    "button.yes": "Sí",
    "button.no": "No",
    "button.not_sure": "No sé",
    "button.start": "Empezar el chequeo",
    "button.help": "Cómo funciona",
    "screen.emergency": "Si es una emergencia, llame al {emergency_number_text} ahora.",
    "screen.number": "{emergency_number_text}",
    # --- Verdicts -----------------------------------------------------------
    "verdict.emergency": (
        "Llame al {emergency_number} ahora, o vaya a {emergency_place}. {reasons} "
        "No espere: llame al {emergency_number} ahora."
    ),
    "dont_drive": "No maneje usted.",
    "verdict.urgent": (
        "Debe {urgent_action}. {reasons} Si empeora antes de que le atiendan, no espere: llame al "
        "{emergency_number} de inmediato si tiene " + SAFETY_NET_SIGNS + " " + DISCLAIMER
    ),
    "verdict.doctor": (
        "Pida una cita con {doctor} para las próximas una o dos semanas. {reasons} " + SAFETY_NET + " " + DISCLAIMER
    ),
    "verdict.home": (
        "Puede cuidarse en casa. Siga moviéndose: el reposo en cama retrasa la recuperación. "
        "El ibuprofeno puede ayudar, pero no en el embarazo; consulte antes a un farmacéutico. "
        "Vea a {doctor} si empeora o dura unas semanas. " + SAFETY_NET + " " + DISCLAIMER
    ),
    "reasons": "Lo digo por {signs}.",
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
    "question.chest_pain": "¿Tiene dolor, presión u opresión en el pecho?",
    "explain.chest_pain": (
        "El dolor en el pecho junto con dolor de espalda puede venir del corazón o de un vaso sanguíneo "
        "grande, no de la espalda. Diga sí si tiene dolor u opresión en el pecho."
    ),
    "reason.chest_pain": "el dolor en el pecho",
    "question.breathless_sweaty": "¿Le falta el aire, tiene sudor frío o náuseas?",
    "explain.breathless_sweaty": (
        "Un infarto se puede sentir en la espalda, sin dolor en el pecho, con falta de aire, sudor frío y "
        "pegajoso o náuseas. Diga sí si alguno de estos vino con el dolor de espalda."
    ),
    "reason.breathless_sweaty": "la falta de aire, el sudor frío o las náuseas con el dolor",
    "question.sudden_onset": "¿Empezó un dolor fuerte de repente, sin motivo?",
    "explain.sudden_onset": (
        "Un dolor muy fuerte que empieza de golpe, sin motivo, puede venir del corazón o del vaso sanguíneo "
        "principal, no de la espalda. Diga no si empezó al levantar algo, agacharse o girarse."
    ),
    "reason.sudden_onset": "el dolor fuerte y repentino que empezó solo",
    "question.faintness": "¿Ha sentido mareo o que se iba a desmayar, o se ha desmayado?",
    "explain.faintness": (
        "Sentir mareo o que se va a desmayar con dolor de espalda puede venir de un vaso sanguíneo "
        "grande, no de la espalda. Diga sí si lo ha sentido, o se ha desmayado, desde que empezó el dolor."
    ),
    "reason.faintness": "la sensación de desmayo o mareo",
    "question.passed_out": "¿Llegó a desmayarse?",
    "explain.passed_out": (
        "Desmayarse con dolor de espalda puede venir del corazón o de un vaso sanguíneo grande, y eso "
        "necesita ayuda enseguida. Diga sí si se desmayó o perdió el conocimiento, aunque fuera un momento."
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
        "con otras señales puede venir del corazón o de un vaso sanguíneo. Diga sí si le duele la parte alta "
        "de la espalda."
    ),
    "reason.upper_back": "el dolor entre los omóplatos",
    "question.serious_accident": "¿Empezó después de un accidente grave?",
    "explain.serious_accident": (
        "El dolor de espalda después de un accidente grave puede ser una lesión de la columna. Diga sí si el "
        "dolor empezó después de un choque de carro, una caída fuerte o un golpe fuerte."
    ),
    "reason.serious_accident": "un accidente grave",
    "intro.bladder_bowel": "Ahora unas preguntas personales, sobre los nervios.",
    "question.bladder_bowel": (
        "En las últimas dos semanas, ¿ha tenido problemas nuevos para orinar, "
        "hacer pipí, o controlar la orina o las heces?"
    ),
    "explain.bladder_bowel": (
        "Un problema nuevo para orinar, o perder el control de la orina o de las heces, en las últimas dos "
        "semanas, puede significar que los nervios de la parte baja de la columna están apretados. No cuente "
        "un problema que tiene desde hace mucho y que no ha cambiado."
    ),
    "reason.bladder_bowel": "un problema nuevo con la orina o las heces",
    "question.saddle_numbness": (
        "¿Tiene entumecimiento u hormigueo nuevo alrededor de los genitales o las nalgas, o al limpiarse?"
    ),
    "explain.saddle_numbness": (
        "Sentir entumecimiento u hormigueo en la zona que toca el asiento de una bicicleta, o sentir menos al "
        "limpiarse, puede significar que los nervios de la parte baja de la columna están apretados. Diga sí "
        "si ahí siente adormecimiento, hormigueo o que no siente nada."
    ),
    "reason.saddle_numbness": "el entumecimiento o el hormigueo alrededor de los genitales o las nalgas",
    "question.sexual_change": "¿Tiene problemas nuevos de erección o de sensibilidad al tener relaciones sexuales?",
    "explain.sexual_change": (
        "Un problema nuevo para tener una erección, o sentir menos al tener relaciones sexuales, puede venir "
        "de los nervios de la parte baja de la columna. Diga sí si empezó en las últimas dos semanas."
    ),
    "reason.sexual_change": "los problemas nuevos de erección o de sensibilidad en las relaciones sexuales",
    "question.cancer_history": "¿Ha tenido cáncer alguna vez, contando el melanoma pero ningún otro cáncer de piel?",
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
        "En el último mes, ¿ha tenido una infección de orina, de pecho o de piel, o una operación o inyección "
        "en la espalda?"
    ),
    "explain.recent_infection": (
        "Los microbios de una infección así, o de una operación o inyección en la espalda, a veces llegan a "
        "la columna. Un resfriado o una gripe no cuentan."
    ),
    "reason.recent_infection": "una infección reciente",
    "question.iv_drug_use": "¿Alguna vez se ha inyectado drogas ilegales?",
    "explain.iv_drug_use": (
        "Inyectarse drogas que no le recetaron aumenta el riesgo de una infección en la columna. Diga sí si "
        "lo ha hecho alguna vez, aunque haga mucho tiempo. Las medicinas que le recetó un médico, como la "
        "insulina, no cuentan."
    ),
    "reason.iv_drug_use": "haberse inyectado drogas",
    "question.immune_medicines": "¿Toma pastillas de cortisona, o medicinas que bajan las defensas?",
    "explain.immune_medicines": (
        "Las pastillas de cortisona, o esteroides, y las medicinas que bajan las defensas aumentan el riesgo "
        "de infección y de huesos débiles. Los inhaladores y las cremas no cuentan."
    ),
    "reason.immune_medicines": "tomar pastillas de cortisona o medicinas que bajan las defensas",
    "question.walking_difficulty": (
        "¿Siente las piernas débiles o inestables, o se le doblan, algo nuevo, no solo dolor?"
    ),
    "explain.walking_difficulty": (
        "Unas piernas que se sienten débiles o inestables al caminar, o que se doblan, pueden significar que "
        "los nervios de la columna están apretados. Diga no si solo camina despacio porque le duele, o si "
        "está igual desde hace mucho."
    ),
    "reason.walking_difficulty": "las piernas débiles o inestables al caminar",
    "question.leg_weakness": "¿Tiene alguna pierna débil, entumecida o con hormigueo?",
    "explain.leg_weakness": (
        "La debilidad, el entumecimiento o el hormigueo en una pierna pueden significar que un nervio de la "
        "espalda está apretado. Diga sí si una pierna está débil, entumecida o con hormigueo."
    ),
    "reason.leg_weakness": "la debilidad, el entumecimiento o el hormigueo en una pierna",
    "question.leg_weakness_both": "¿Es en las dos piernas, y es nuevo o va a peor?",
    "explain.leg_weakness_both": (
        "Cuando las dos piernas están afectadas desde hace poco, los nervios de la parte baja de la columna "
        "pueden estar apretados, y eso necesita ayuda enseguida."
    ),
    "reason.leg_weakness_both": "la debilidad, el entumecimiento o el hormigueo en las dos piernas",
    "question.leg_weakness_worse": "¿La pierna se le dobla, o está cada vez más débil?",
    "explain.leg_weakness_worse": (
        "Una debilidad fuerte, o que va a peor, puede significar que un nervio está muy apretado. Diga sí si "
        "la pierna se le dobla, o está más débil que antes."
    ),
    "reason.leg_weakness_worse": "la debilidad de la pierna fuerte o que va a peor",
    "question.leg_pain": "¿El dolor baja por una pierna o por las dos?",
    "explain.leg_pain": (
        "El dolor que baja por una pierna, que a menudo se llama ciática, puede venir de un nervio de la "
        "espalda. Diga sí si el dolor le baja por la pierna, sobre todo más abajo de la rodilla."
    ),
    "reason.leg_pain": "el dolor que baja por la pierna",
    "question.leg_pain_both": "¿Ese dolor es en las dos piernas, y es nuevo o va a peor?",
    "explain.leg_pain_both": (
        "Un dolor nuevo que baja por las dos piernas puede significar que los nervios de la parte baja de la "
        "columna están apretados, y eso necesita ayuda enseguida."
    ),
    "reason.leg_pain_both": "el dolor que baja por las dos piernas",
    "question.leg_pain_below_knee": "¿Baja más abajo de la rodilla?",
    "explain.leg_pain_below_knee": (
        "El dolor que pasa de la rodilla puede venir de un nervio de la espalda, no solo de los músculos. "
        "Diga sí si lo siente en la pantorrilla o el pie."
    ),
    "reason.leg_pain_below_knee": "el dolor que baja más abajo de la rodilla",
    "question.abdominal_pain": "¿Tiene también dolor en {tummy}?",
    "explain.abdominal_pain": (
        "El dolor en {tummy}, o en el abdomen, con dolor de espalda puede venir de algo que no es la espalda, "
        "y se debe revisar. Diga sí si también le duele {tummy}."
    ),
    "reason.abdominal_pain": "el dolor en {tummy}",
    "question.abdominal_pain_sudden": "¿El dolor en {tummy} empezó de repente, o es fuerte?",
    "explain.abdominal_pain_sudden": (
        "Un dolor repentino o fuerte en {tummy} y la espalda puede venir de un vaso sanguíneo roto, y eso "
        "necesita ayuda enseguida."
    ),
    "reason.abdominal_pain_sudden": "el dolor repentino o fuerte en {tummy}",
    "question.osteoporosis": "¿Le han dicho que tiene osteoporosis, o huesos débiles?",
    "explain.osteoporosis": (
        "La osteoporosis son huesos delgados y débiles, que se pueden romper en la columna sin mucha fuerza. "
        "Diga sí si un médico le dijo que la tiene."
    ),
    "reason.osteoporosis": "la osteoporosis",
    "question.fall": "¿Empezó después de una caída, un golpe o al levantar algo?",
    "explain.fall": (
        "Con la edad, hasta una caída pequeña, un golpe o levantar las bolsas de la compra puede romper un "
        "hueso de la columna. Diga sí si el dolor empezó después de algo así, aunque fuera pequeño."
    ),
    "reason.fall": "el dolor que empezó tras una caída, un golpe o al levantar algo",
    "question.weight_loss": "¿Ha bajado de peso sin querer, o se ha notado un bulto en la espalda?",
    "explain.weight_loss": (
        "Bajar de peso sin querer, o un bulto nuevo o un cambio de forma en la espalda, lo debe revisar un "
        "médico. Diga sí si pasa cualquiera de los dos."
    ),
    "reason.weight_loss": "la pérdida de peso sin querer o un bulto en la espalda",
    "question.night_pain": "¿Le duele por la noche, aunque esté sin moverse?",
    "explain.night_pain": (
        "El dolor por la noche que sigue aunque no se mueva, en cualquier postura, se debe revisar. Diga no si "
        "solo lo despierta al darse la vuelta."
    ),
    "reason.night_pain": "el dolor por la noche aunque no se mueva",
    "question.severe_rest_pain": "¿Es tan fuerte que ninguna postura le resulta cómoda?",
    "explain.severe_rest_pain": (
        "La mayoría del dolor de espalda se calma con el reposo. Diga sí si el dolor es fuerte: tanto que "
        "ninguna postura ni el descanso lo alivian."
    ),
    "reason.severe_rest_pain": "un dolor fuerte que no se calma con el reposo",
    "question.not_improving": "¿Lleva unas semanas sin mejorar?",
    "explain.not_improving": (
        "La mayoría del dolor de espalda mejora en unas semanas. Diga sí si el suyo lleva unas semanas y no "
        "ha mejorado."
    ),
    "reason.not_improving": "un dolor que no ha mejorado en unas semanas",
    # --- The listing (plain text) -----------------------------------------------
    "listing.name": "Chequeo de Espalda",
    "listing.summary": (
        "Preguntas de sí o no sobre las señales de alarma en el dolor de espalda, y luego si debe pedir ayuda, "
        "ver a un médico o cuidarse en casa."
    ),
    "listing.description": (
        "Chequeo de Espalda le pregunta, una pregunta de sí o no a la vez, por las señales de alarma que indican "
        "que un dolor de espalda necesita atención médica, como perder el control de la orina o de las heces, "
        "entumecimiento o debilidad en las piernas, fiebre o haber tenido cáncer. Luego le dice si puede "
        "cuidarse la espalda en casa, si debe pedir una cita con {doctor}, si debe contactar a {doctor} hoy, "
        "o si debe llamar al {emergency_number_text} ahora. Funciona sin manos, para personas que pueden estar "
        "acostadas o con dolor. Es para adultos, y no para el dolor de espalda en el embarazo."
        "\n\n"
        "Aviso: Chequeo de Espalda solo da información general. No es un diagnóstico ni sustituye el consejo "
        "de un profesional de la salud. Si cree que tiene una emergencia médica, llame ahora al número de "
        "emergencias de su país, el {emergency_number_text}, en lugar de usar esta skill."
        "\n\n"
        "{privacy}"
    ),
    "listing.example.1": "Alexa, abre chequeo de espalda",
    "listing.example.2": "Alexa, pide a chequeo de espalda si debo ir al médico por mi espalda",
    "listing.example.3": "Alexa, pregunta a chequeo de espalda si mi dolor de espalda es grave",
    "listing.keywords": "dolor de espalda, salud, ciática, médico, síntomas, señales de alarma, lumbago",
}

PRIVACY = (
    "Privacidad: Chequeo de Espalda no guarda nada sobre usted. Sus respuestas solo se usan durante la "
    "conversación, para elegir el consejo; nunca se guardan ni se registran, y se olvidan al terminar la "
    "conversación, así que un chequeo interrumpido empieza de nuevo la próxima vez. Amazon guarda sus "
    "propios registros de lo que le dice a Alexa, que puede revisar y borrar en la app de Alexa."
)

# What each question asks, said back in plain English (not the English original), for review.
BACK_TRANSLATIONS: dict[str, str] = {
    "question.age": "How many years do you have?",
    "question.chest_pain": "Do you have pain, pressure or tightness in the chest?",
    "question.breathless_sweaty": "Are you short of air, do you have a cold sweat or nausea?",
    "question.sudden_onset": "Did a strong pain start suddenly, for no reason?",
    "question.faintness": "Have you felt dizziness or that you were going to faint, or have you fainted?",
    "question.passed_out": "Did you get as far as fainting?",
    "question.aortic_aneurysm": "Do you have an aneurysm of the aorta, already diagnosed?",
    "question.upper_back": "Is the pain between the shoulder blades?",
    "question.serious_accident": "Did it start after a serious accident?",
    "question.bladder_bowel": (
        "In the last two weeks, have you had new problems to urinate, to pee, or to control urine or stool?"
    ),
    "question.saddle_numbness": (
        "Do you have new numbness or tingling around the genitals or the buttocks, or when wiping yourself?"
    ),
    "question.sexual_change": "Do you have new problems with erection or with sensation when having sexual relations?",
    "question.cancer_history": "Have you ever had cancer, counting melanoma but no other skin cancer?",
    "question.fever": "Do you have a fever, or do you feel heat and chills?",
    "question.recent_infection": (
        "In the last month, have you had a urine, chest or skin infection, or an operation or injection in the back?"
    ),
    "question.iv_drug_use": "Have you ever injected yourself with illegal drugs?",
    "question.immune_medicines": "Do you take cortisone pills, or medicines that lower your defences?",
    "question.walking_difficulty": (
        "Do your legs feel weak or unsteady, or do they bend under you, something new, not just pain?"
    ),
    "question.leg_weakness": "Do you have any leg that is weak, numb or with tingling?",
    "question.leg_weakness_both": "Is it in both legs, and is it new or getting worse?",
    "question.leg_weakness_worse": "Does the leg bend under you, or is it weaker and weaker?",
    "question.leg_pain": "Does the pain go down one leg or both?",
    "question.leg_pain_both": "Is that pain in both legs, and is it new or getting worse?",
    "question.leg_pain_below_knee": "Does it go further down than the knee?",
    "question.abdominal_pain": "Do you also have pain in the stomach?",
    "question.abdominal_pain_sudden": "Did the pain in the stomach start suddenly, or is it strong?",
    "question.osteoporosis": "Have they told you that you have osteoporosis, or weak bones?",
    "question.fall": "Did it start after a fall, a blow, or when lifting something?",
    "question.weight_loss": "Have you lost weight without wanting to, or noticed a lump on your back?",
    "question.night_pain": "Does it hurt at night, even when you are not moving?",
    "question.severe_rest_pain": "Is it so strong that no position is comfortable for you?",
    "question.not_improving": "Has it been a few weeks without improving?",
}
