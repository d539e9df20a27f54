"""Spanish of Spain: 112, "urgencias", and the primary-care doctor ("médico de cabecera") at the "centro de salud"."""

from skill.core.speech import es

BASE = es  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">112</say-as>',
    "emergency_number_text": "112",
    "emergency_place": "urgencias",
    "urgent_action": (
        "pedir hoy una cita urgente con su médico de cabecera en su centro de salud, o, si no pueden atenderle "
        "hoy, ir a urgencias"
    ),
    "doctor": "su médico de cabecera",
    "tummy": "la barriga",
    "pregnancy_contact": "matrona o médico",
}

TEXTS: dict[str, str] = {
    "dont_drive": "No conduzca usted.",
    "card.title.urgent": "Contacte hoy con su médico",
    "card.title.doctor": "Vea a su médico de cabecera en una o dos semanas",
    "explain.serious_accident": (
        "El dolor de espalda después de un accidente grave puede ser una lesión de la columna. Diga sí por un "
        "accidente de coche, una caída desde una altura o por las escaleras, o un golpe fuerte."
    ),
    "question.immune_medicines": (
        "¿Toma corticoides, en pastillas o inyecciones, o medicamentos que bajan las defensas?"
    ),
    "explain.immune_medicines": (
        "Los corticoides en pastillas o inyecciones, como la prednisona o la dexametasona, la quimioterapia y "
        "los medicamentos que bajan las defensas aumentan el riesgo de infección y de huesos débiles. Los "
        "inhaladores y las cremas no cuentan."
    ),
    "reason.immune_medicines": "tomar corticoides o medicamentos que bajan las defensas",
    "question.serious_accident": "¿Ha sido un accidente grave, como un accidente de coche o una caída fuerte?",
    "counted_as_yes": "Como no lo sabía, lo he contado como un sí, por precaución.",
    "error": (
        "Perdón, algo ha fallado por mi parte. Si es una emergencia, llame al {emergency_number} ahora. "
        "Dígalo otra vez, por favor."
    ),
    "explain.iv_drug_use": (
        "Inyectarse drogas que no le han recetado aumenta el riesgo de una infección en la columna. Diga sí si "
        "lo ha hecho alguna vez, aunque haga mucho tiempo. Los medicamentos que le ha recetado un médico, como "
        "la insulina, no cuentan."
    ),
    "confirm.age": "¿Ha dicho {age} años?",
    "confirm.age.reprompt": "¿Ha dicho {age} años? Diga sí o no, por favor.",
    "confirm.decade.60": "¿Ha dicho sesenta y tantos?",
    "confirm.decade.70": "¿Ha dicho setenta y tantos?",
    "child": (
        "Chequeo de Espalda es para adultos, así que termino aquí. El dolor de espalda en un niño o un "
        "adolescente se debe revisar: pida a su madre, su padre o el adulto que le cuida que le ayude a "
        "{urgent_action}. Si es una emergencia, llame al {emergency_number} ahora."
    ),
    "question.leg_symptoms": "¿Tiene en alguna pierna dolor, hormigueo, debilidad, o la siente dormida o acorchada?",
    "question.leg_numb": "¿Siente la pierna dormida, acorchada o con hormigueo?",
    "question.recent_infection": (
        "En el último mes, ¿ha tenido una infección de orina, de pulmón o de piel, o una operación o una "
        "infiltración en la espalda?"
    ),
    "explain.recent_infection": (
        "Los microbios de una infección así, o de una operación o una infiltración en la espalda, a veces "
        "llegan a la columna. Un resfriado o una gripe no cuentan."
    ),
    "fallback.check": "Perdón, no le he entendido. Diga sí si es su caso, o no si no lo es.",
    "fallback.offer": "Perdón, no le he entendido. Diga sí para empezar el chequeo, o no para terminar.",
    "fallback.age": "Perdón, no he entendido su edad. Dígala como un número, por ejemplo, cuarenta y cinco.",
    "noted.earlier": "De acuerdo, he cambiado a sí su respuesta anterior sobre eso.",
    "noted.counted": "Ya me ha hablado de {signs}, así que lo he contado.",
    "ack.changed.yes": "De acuerdo, lo he cambiado a sí.",
    "ack.changed.no": "De acuerdo, lo he cambiado a no.",
    "start.restart": "Perdón, he perdido el hilo, así que empecemos el chequeo de nuevo.",
    "question.passed_out": "¿Se ha desmayado, aunque sea un momento?",
    "explain.passed_out": (
        "Desmayarse con dolor de espalda puede venir del corazón o de un vaso sanguíneo grande, y eso "
        "necesita ayuda enseguida. Diga sí si se ha desmayado o ha perdido el conocimiento."
    ),
    "explain.aortic_aneurysm": (
        "Un aneurisma de aorta es una dilatación del vaso sanguíneo principal del cuerpo, en {tummy} o el "
        "pecho. Un dolor de espalda nuevo con uno se debe revisar enseguida. Diga sí si un médico le ha dicho "
        "que tiene uno."
    ),
    "explain.osteoporosis": (
        "La osteoporosis, o descalcificación, son huesos delgados y débiles, que se pueden romper en la "
        "columna sin mucha fuerza. Diga sí si un médico le ha dicho que la tiene."
    ),
    "question.saddle_numbness": (
        "¿Siente dormidos o acorchados los genitales o las nalgas, aunque sea solo al limpiarse con papel?"
    ),
    "question.iv_drug_use": "¿Alguna vez se ha inyectado drogas que no le han recetado?",
    "explain.iv_recent": "Diga sí si se ha inyectado drogas que no le han recetado en algún momento del último año.",
    "question.cancer_team": "¿Le lleva ahora un equipo de oncología?",
    "question.chest_pain_recent": "¿Ha tenido algo de ese dolor desde ayer a estas horas?",
    "explain.chest_pain_recent": (
        "Un dolor en el pecho en el último día puede ser un infarto que está pasando ahora, y eso necesita "
        "ayuda enseguida. Diga sí si lo ha tenido desde ayer a estas horas."
    ),
    "reason.chest_pain_recent": "el dolor en el pecho desde ayer",
    "question.breathless_new": "¿Le ha empezado en las últimas dos semanas?",
}

BACK_TRANSLATIONS: dict[str, str] = {
    "question.immune_medicines": (
        "Do you take corticosteroids, as pills or injections, or medicines that lower your defences?"
    ),
    "question.abdominal_pain": "Do you also have pain in the belly?",
    "question.serious_accident": "Was it a serious accident, like a car accident or a hard fall?",
    "question.abdominal_new": "Is this belly pain new or different for you?",
    "question.leg_symptoms": "Do you have in either leg pain, tingling, weakness, or feel it asleep or numb?",
    "question.leg_numb": "Does the leg feel asleep, numb or tingly?",
    "question.recent_infection": (
        "In the last month, have you had a urine, lung or skin infection, or an operation or a (steroid) "
        "infiltration in the back?"
    ),
    "question.passed_out": "Have you fainted, even for a moment?",
    "question.saddle_numbness": (
        "Do you feel your genitals or buttocks asleep or numb, even if only when wiping with paper?"
    ),
    "question.iv_drug_use": "Have you ever injected drugs that have not been prescribed to you?",
    "question.cancer_team": "Is a cancer (oncology) team following you now?",
    "question.chest_pain_recent": "Have you had any of that pain since yesterday at this time?",
    "question.breathless_new": "Has it started in the last two weeks?",
}
