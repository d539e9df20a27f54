"""Mexican Spanish: 911 (the national emergency number), "urgencias", and a doctor today."""

from skill.core.speech import es

BASE = es  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">911</say-as>',
    "emergency_number_text": "911",
    "emergency_place": "urgencias",
    "urgent_action": "ver hoy a su médico, o si no puede verlo hoy, ir hoy mismo a su clínica o a un consultorio",
    "doctor": "un médico",
    "tummy": "el vientre",  # "el estómago" is the upper belly
    "pregnancy_contact": "médico o ginecólogo",
}

TEXTS: dict[str, str] = {
    "question.immune_medicines": (
        "¿Toma cortisona o dexametasona, en pastillas o inyecciones, o medicamentos que bajan las defensas?"
    ),
    "question.recent_infection": (
        "En el último mes, ¿ha tenido una infección de orina, de pulmón o de piel, o una operación o un "
        "bloqueo en la espalda?"
    ),
    "question.abdominal_pain": "¿Tiene también dolor en el vientre o la panza?",
    "child": (
        "Chequeo de Espalda es para adultos, así que termino aquí. El dolor de espalda en un niño o un "
        "adolescente se debe revisar: pida a su mamá, su papá o el adulto que lo cuida que le ayude a "
        "{urgent_action}. Si es una emergencia, llame al {emergency_number} ahora."
    ),
    "net": "Llame al {emergency_number} de inmediato si tiene {items}, o si va empeorando mucho.",
    "net.words": "34",  # "va empeorando" is a word longer: the same items as the other Spanish nets
}

BACK_TRANSLATIONS: dict[str, str] = {
    "question.abdominal_pain": "Do you also have pain in the belly (lower belly, tummy)?",
    "question.recent_infection": (
        "In the last month, have you had a urine, lung or skin infection, or an operation or a nerve block in the back?"
    ),
    "question.immune_medicines": (
        "Do you take cortisone or dexamethasone, as pills or injections, or medicines that lower your defences?"
    ),
}
