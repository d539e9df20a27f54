"""Mexican Spanish: 911 (the national emergency number), "urgencias", and a doctor today."""

from skill.core.speech import es

BASE = es  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">911</say-as>',
    "emergency_number_text": "911",
    "emergency_place": "urgencias",
    "urgent_action": "ver hoy a su médico, o si no puede verlo hoy, ir hoy mismo a su clínica o a un consultorio",
    "doctor": "un médico",
    "tummy": "el estómago",
    "pregnancy_contact": "médico o ginecólogo",
}

TEXTS: dict[str, str] = {
    "question.immune_medicines": "¿Toma pastillas de cortisona, o medicamentos que bajan las defensas?",
}
