"""Spanish of Spain: 112, "urgencias", and the primary-care doctor ("médico de cabecera") at the "centro de salud"."""

from skill.core.speech import es

BASE = es  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">112</say-as>',
    "emergency_number_text": "112",
    "emergency_place": "urgencias",
    "urgent_action": "pedir hoy una cita urgente con su médico de cabecera en su centro de salud",
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
    "question.immune_medicines": "¿Toma pastillas de corticoides, o medicamentos que bajan las defensas?",
    "explain.immune_medicines": (
        "Las pastillas de corticoides, la quimioterapia y los medicamentos que bajan las defensas aumentan el "
        "riesgo de infección y de huesos débiles. Los inhaladores y las cremas no cuentan."
    ),
    "reason.immune_medicines": "tomar pastillas de corticoides o medicamentos que bajan las defensas",
    "question.serious_accident": "¿Fue un accidente grave, como un accidente de coche o una caída fuerte?",
    "confirm.age": "¿Ha dicho {age} años?",
    "confirm.age.reprompt": "¿Ha dicho {age} años? Diga sí o no, por favor.",
    "child": (
        "Chequeo de Espalda es para adultos, así que termino aquí. El dolor de espalda en un niño o un "
        "adolescente se debe revisar: pida a su madre, su padre o el adulto que le cuida que le ayude a "
        "{urgent_action}. Si es una emergencia, llame al {emergency_number} ahora."
    ),
}

BACK_TRANSLATIONS: dict[str, str] = {
    "question.immune_medicines": "Do you take corticosteroid pills, or medicines that lower your defences?",
    "question.abdominal_pain": "Do you also have pain in the belly?",
    "question.serious_accident": "Was it a serious accident, like a car accident or a hard fall?",
    "question.abdominal_new": "Is this belly pain new or different for you?",
    "question.abdominal_severe": "Is the pain in the belly strong?",
}
