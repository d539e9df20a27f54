"""Canadian English: 911, and the 811 health line where a province has it."""

from skill.core.speech import en

BASE = en  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">911</say-as>',
    "emergency_number_text": "911",
    "emergency_place": "the emergency department",
    "urgent_action": (
        'contact your doctor today, or call <say-as interpret-as="digits">811</say-as> where your province has it'
    ),
    "doctor": "doctor",
    "tummy": "stomach",
    "pregnancy_contact": "doctor or midwife",
}

TEXTS: dict[str, str] = {}
