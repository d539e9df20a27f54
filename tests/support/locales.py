"""What each locale's user should hear: numbers, places, advice lines, the word for a doctor."""

# (the emergency verdict's opening, the number in the welcome, the card title, where to go,
#  same-day advice as heard, the word for a doctor)
EXPECTED = {
    "en-US": ("Call 911 now", "call 911", "Call 911 now", "the emergency room", "contact your doctor today", "doctor"),
    "en-CA": (
        "Call 911 now",
        "call 911",
        "Call 911 now",
        "the emergency department",
        "call 811 where your province has it",
        "doctor",
    ),
    "en-GB": ("Call 999 now", "call 999", "Call 999 now", "A and E", "call NHS 111", "GP"),
    "en-AU": (
        "Call triple zero now",
        "call triple zero",
        "Call 000 (triple zero) now",
        "the emergency department",
        "1800 633 422",
        "GP",
    ),
    "en-IN": (
        "Call 112 now, or 108 for an ambulance",
        "call 112",
        "Call 112 (ambulance 108) now",
        "emergency department",
        "contact your doctor today",
        "doctor",
    ),
}


def firm_opening(locale: str) -> str:
    """How emergency words and an emergency verdict both begin: "Call 999 now, or go to "."""
    return f"{EXPECTED[locale][0]}, or go to "


def number_first(locale: str) -> str:
    """How the answer to "should I go to A and E?" begins: the number, then where to go."""
    call = EXPECTED[locale][0]
    return f"If you think it's an emergency, {call[0].lower()}{call[1:]}, or go to "
