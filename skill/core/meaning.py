"""What an answer means for the question asked: "just one" is a yes to "weakness in either leg?"
and a no to "is that in both legs?"; "a bit" is a yes to "any chest pain?" but not to "is it
severe?"; "not really" is a hedged no (a no, asked once more where a yes would be an emergency:
skill.core.triage). Pure; no
Alexa here. docs/clinical-safety.md (H16) records the decisions.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum

from skill.core.signs import (
    BOTH_LEGS_QUESTIONS,
    LEG_QUESTIONS,
    OLDEST_AGE,
    SEVERITY_QUESTIONS,
    SIGNS_BY_ID,
    WARNING_SIGNS,
    Question,
)
from skill.core.triage import Answer


class Said(Enum):
    """The kinds of answer people give (the answer intents of the interaction model)."""

    YES = "yes"  # "yes", "I do", "it does", "I think so"
    NO = "no"  # "no", "I don't", "not at all", "definitely not"
    NOT_SURE = "not_sure"  # "I don't know", "maybe"
    BOTH_LEGS = "both_legs"  # "both", "both of them"
    ONE_LEG = "one_leg"  # "just one", "only the left"
    QUALIFIED_YES = "qualified_yes"  # "a bit", "sometimes", "yes once last week"
    HEDGED_NO = "hedged_no"  # "not really", "I don't think so", "not that I know of"
    ECHO = "echo"  # the symptom repeated: "chest pain", "a fever", "dizzy"


_PLAIN = {Said.YES: Answer.YES, Said.NO: Answer.NO, Said.NOT_SURE: Answer.NOT_SURE}

# The symptoms people name in answer (the SYMPTOM slot type's ids) and the questions each answers yes: from each
# sign's record (``Question.echoes``).
ECHOES: dict[str, frozenset[str]] = {
    echo: frozenset(sign.id for sign in WARNING_SIGNS if echo in sign.echoes)
    for echo in dict.fromkeys(echo for sign in WARNING_SIGNS for echo in sign.echoes)
}


def meaning(said: Said, question: Question, symptom: str | None = None) -> Answer | None:
    """The reply ``said`` gives to ``question``; None when it does not answer it ("both" to chest pain,
    "a fever" to chest pain). ``symptom`` is the symptom named, for an echo."""
    if said in _PLAIN:
        return _PLAIN[said]
    if said is Said.QUALIFIED_YES:
        return Answer.NOT_SURE if question.id in SEVERITY_QUESTIONS else Answer.YES
    if said is Said.HEDGED_NO:
        return Answer.HEDGED_NO  # a no; asked once more where a yes would be an emergency (skill.core.triage)
    if said is Said.ECHO:
        return Answer.YES if question.id in ECHOES.get(symptom or "", frozenset()) else None
    if question.id in BOTH_LEGS_QUESTIONS:
        return Answer.YES if said is Said.BOTH_LEGS else Answer.NO
    if question.id in LEG_QUESTIONS:
        return Answer.YES  # one leg or both: a yes to a sign in either leg
    return None


def age_said(value: object, year: int | None = None) -> int | None:
    """The age in an AMAZON.NUMBER slot's value ("67"), or from a year of birth ("1966") when the year it is
    now is known (the older of the two ages it could be: the cautious choice); None when it is not a
    plausible age ("?", "400")."""
    if not isinstance(value, str) or not value.isascii() or not value.isdigit() or len(value) > 4:
        return None
    said = int(value)
    if said <= OLDEST_AGE:
        return said
    if year is not None and year - OLDEST_AGE <= said <= year:
        return year - said
    return None


def age_of_decade(decade: str) -> int | None:
    """The age to use for "in my sixties" (the DECADE slot's id, "60"): the decade's oldest year, the
    cautious choice, as every age rule only adds with age; None for an id the model does not have."""
    if decade not in DECADES:
        return None
    return int(decade) + 9


DECADES = frozenset(str(tens) for tens in range(20, 100, 10))  # the DECADE slot type's ids: twenties to nineties


def needs_confirming(age: int, t: Mapping[str, str]) -> bool:
    """Whether ``age`` could be a mishearing that changes the rules ("sixteen" for "sixty", and in Spanish
    "sesenta" for "setenta"): the locale's ``age.confirm`` ranges, as "13-19 60-79"."""
    for span in t["age.confirm"].split():
        low, _, high = span.partition("-")
        if int(low) <= age <= int(high or low):
            return True
    return False


assert set().union(*ECHOES.values()) <= set(SIGNS_BY_ID), "an echo names a question the skill asks"
