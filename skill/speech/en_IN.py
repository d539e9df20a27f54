"""Indian English: 112, or 108 for an ambulance."""

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">112</say-as>',
    "emergency_number_text": "112",
    "ambulance_number": '<say-as interpret-as="digits">108</say-as>',
    "emergency_place": "the nearest hospital emergency department",
    "urgent_action": "contact your doctor today",
    "doctor": "doctor",
    "paracetamol": "paracetamol",
}

TEXTS: dict[str, str] = {
    "verdict.emergency": (
        "Please call {emergency_number}, or {ambulance_number} for an ambulance, or go to "
        "{emergency_place} now. {reasons} That needs medical help straight away."
    ),
    "card.title.emergency": "Call 112 (ambulance 108) now",
    "listing.example.2": "Alexa, ask back pain check should i consult a doctor about my back",
}
