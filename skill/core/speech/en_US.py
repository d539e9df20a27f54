"""United States English: what differs from the shared English text."""

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">911</say-as>',
    "emergency_number_text": "911",
    "emergency_place": "the emergency room",
    "urgent_action": "contact your doctor today",
    "doctor": "doctor",
}

TEXTS: dict[str, str] = {}
