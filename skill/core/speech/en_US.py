"""United States English: what differs from the shared English text."""

from skill.core.speech import en

BASE = en  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">911</say-as>',
    "emergency_number_text": "911",
    "emergency_place": "the emergency room",
    "urgent_action": "contact your doctor today, or go to an urgent care clinic if you can't see them today",
    "doctor": "doctor",
    "tummy": "stomach",
    "pregnancy_contact": "OB-GYN or doctor",
}

TEXTS: dict[str, str] = {}
