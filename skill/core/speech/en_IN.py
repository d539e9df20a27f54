"""Indian English: 112, or 108 for an ambulance."""

from skill.core.speech import en

BASE = en  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">112</say-as>',
    "emergency_number_text": "112",
    "ambulance_number": '<say-as interpret-as="digits">108</say-as>',
    "emergency_place": "the nearest hospital emergency department",
    "urgent_action": (
        "contact your doctor today, or if you can't see them today, go to a hospital out-patient department"
    ),
    "doctor": "doctor",
    "tummy": "stomach",
    "pregnancy_contact": "doctor",
}

TEXTS: dict[str, str] = {
    "verdict.emergency": (
        'Call {emergency_number} <emphasis level="strong">now</emphasis>, or {ambulance_number} for an ambulance, '
        "or go to {emergency_place}. {reasons} Don't wait: call {emergency_number} now."
    ),
    "emergency.now": (
        "Call {emergency_number} now, or {ambulance_number} for an ambulance, or go to {emergency_place}. "
        "What you describe needs help straight away. I can't call for you: please use a phone now."
    ),
    "should_i_go": (
        "If you think it's an emergency, call {emergency_number} now, or {ambulance_number} for an ambulance, "
        "or go to {emergency_place}. I can't call for you."
    ),
    "card.title.emergency": "Call 112 (ambulance 108) now",
    "listing.example.2": "Alexa, ask back pain check should I consult a doctor about my back",
}
