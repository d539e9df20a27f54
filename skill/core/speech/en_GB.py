"""British English: 999, A and E, a GP, and NHS 111."""

from skill.core.speech import en

BASE = en  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">999</say-as>',
    "emergency_number_text": "999",
    "emergency_place": "A and E",
    "urgent_action": (
        'ask your GP for an urgent appointment today, or call NHS <say-as interpret-as="digits">111</say-as>'
    ),
    "doctor": "GP",
    "tummy": "tummy",
    "pregnancy_contact": "midwife or GP",
}

TEXTS: dict[str, str] = {
    "listing.example.2": "Alexa, ask back pain check should I see a GP about my back",
}
