"""United States Spanish: 911, the emergency room ("la sala de emergencias"), and urgent care."""

from skill.core.speech import es

BASE = es  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">911</say-as>',
    "emergency_number_text": "911",
    "emergency_place": "la sala de emergencias",
    "urgent_action": (
        "comunicarse hoy con su médico, o ir a una clínica de atención urgente, urgent care, si no puede verlo hoy"
    ),
    "doctor": "un médico",
    "tummy": "el estómago",
    "pregnancy_contact": "médico o ginecólogo",
}

TEXTS: dict[str, str] = {}
