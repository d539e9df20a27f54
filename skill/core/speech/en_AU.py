"""Australian English: triple zero, a GP, and 1800MEDICARE (since 1 January 2026)."""

from skill.core.speech import en

BASE = en  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": "triple zero",
    "emergency_number_text": "000 (triple zero)",
    "emergency_place": "the emergency department",
    # The national nurse line and after-hours GP service; it replaced healthdirect's
    # 1800 022 222 on 1 January 2026 (docs/clinical-safety.md, sources).
    "urgent_action": (
        "see a GP today, or call one eight hundred Medicare, that's "
        '<say-as interpret-as="digits">1800</say-as> <say-as interpret-as="digits">633</say-as> '
        '<say-as interpret-as="digits">422</say-as>'
    ),
    "doctor": "GP",
    "tummy": "tummy",
    "pregnancy_contact": "midwife or GP",
}

TEXTS: dict[str, str] = {
    "listing.example.2": "Alexa, ask back pain check should I see a GP about my back",
}
