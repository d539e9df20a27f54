"""United States Spanish: 911, the emergency room ("la sala de emergencias"), and urgent care."""

from skill.core.speech import es

BASE = es  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">911</say-as>',
    "emergency_number_text": "911",
    "emergency_place": "la sala de emergencias",
    # "urgent care" said in English, as it is signed, by the Spanish voice (SSML <lang>).
    "urgent_action": (
        "comunicarse hoy con su médico, o ir a una clínica de atención urgente, "
        '<lang xml:lang="en-US">urgent care</lang>, si no puede verlo hoy'
    ),
    "doctor": "un médico",
    "tummy": "el vientre",  # "el estómago" is the upper belly
    "pregnancy_contact": "médico o ginecólogo",
}

TEXTS: dict[str, str] = {
    "question.recent_infection": (
        "En el último mes, ¿ha tenido una infección de orina, de pulmón o de piel, o una operación, inyección "
        "o bloqueo en la espalda?"
    ),
    "question.abdominal_pain": "¿Tiene también dolor en el vientre o la panza?",
}

BACK_TRANSLATIONS: dict[str, str] = {
    "question.abdominal_pain": "Do you also have pain in the belly (lower belly, tummy)?",
    "question.recent_infection": (
        "In the last month, have you had a urine, lung or skin infection, or an operation, an injection or a "
        "nerve block in the back?"
    ),
}
