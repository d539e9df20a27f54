"""What an answer means for the question asked: "just one" is a yes to "weakness in either leg?"
and a no to "is that in both legs?". Pure; no Alexa here.
"""

from __future__ import annotations

from enum import Enum

from skill.core.signs import BOTH_LEGS_QUESTIONS, LEG_QUESTIONS, OLDEST_AGE, Question
from skill.core.triage import Answer


class Said(Enum):
    """The kinds of answer people give (the answer intents of the interaction model)."""

    YES = "yes"  # "yes", "I do", "it does", "a little", "sometimes"
    NO = "no"  # "no", "I don't", "not at all"
    NOT_SURE = "not_sure"  # "I don't know", "maybe"
    BOTH_LEGS = "both_legs"  # "both", "both of them"
    ONE_LEG = "one_leg"  # "just one", "only the left"


_PLAIN = {Said.YES: Answer.YES, Said.NO: Answer.NO, Said.NOT_SURE: Answer.NOT_SURE}


def meaning(said: Said, question: Question) -> Answer | None:
    """The reply ``said`` gives to ``question``; None when it does not answer it ("both" to chest pain)."""
    if said in _PLAIN:
        return _PLAIN[said]
    if question.id in BOTH_LEGS_QUESTIONS:
        return Answer.YES if said is Said.BOTH_LEGS else Answer.NO
    if question.id in LEG_QUESTIONS:
        return Answer.YES  # one leg or both: a yes to a sign in either leg
    return None


def age_said(value: object) -> int | None:
    """The age in an AMAZON.NUMBER slot's value ("67"); None when it is not a plausible age ("?", "400")."""
    if not isinstance(value, str) or not value.isascii() or not value.isdigit() or len(value) > 3:
        return None
    age = int(value)
    return age if age <= OLDEST_AGE else None
