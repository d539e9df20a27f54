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
}

TEXTS: dict[str, str] = {
    "question.breathless_sweaty": "Are you breathless, cold and sweaty, or throwing up?",
    "reason.breathless_sweaty": "being breathless, sweaty or throwing up with the pain",
}
