"""What an answer means for the question asked: "just one" is a yes to "weakness in either leg?"
and a no to "is that in both legs?"; "a bit" is a yes to "any chest pain?" but not to "is it
severe?"; "not really" is a hedged no (a no, asked once more where a yes would be an emergency:
skill.core.triage). Pure; no
Alexa here. docs/clinical-safety.md (H16) records the decisions.
"""

from __future__ import annotations

import re
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


# --- An age said inside a sentence ("pues tengo cincuenta y dos años ya", "I'll be eighty-one next month") ---


def _counted(words: str, start: int = 0, step: int = 1) -> dict[str, int]:
    """``words`` (space-separated) numbered from ``start`` by ``step``."""
    return {word: start + step * index for index, word in enumerate(words.split())}


_EN_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
_ES_UNITS = "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis"
_FR_UNITS = "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
_NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {
        **_counted(_EN_UNITS + " seventeen eighteen nineteen"),
        **_counted("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10),
        "oh": 0,
        "hundred": 100,
    },
    "es": {
        **_counted(_ES_UNITS + " diecisiete dieciocho diecinueve veinte"),
        **_counted("veintiuno veintidos veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho", 21),
        **_counted("treinta cuarenta cincuenta sesenta setenta ochenta noventa", 30, 10),
        "veintinueve": 29,
        "un": 1,
        "una": 1,
        "veintiun": 21,
        "cien": 100,
        "ciento": 100,
        "novecientos": 900,
        "mil": 1000,
    },
    "fr": {
        **_counted(_FR_UNITS),
        **_counted("vingt trente quarante cinquante soixante septante huitante nonante", 20, 10),
        "une": 1,
        "vingts": 20,
        "cent": 100,
        "cents": 100,
        "mille": 1000,
    },
}
_JOINERS = {"en": "and", "es": "y", "fr": "et"}
# Words before the number that make it a year of birth ("nací en el sesenta y cinco", "soy del cincuenta y
# nueve", "je suis né en cinquante-deux"). The age at the next birthday ("I'll be eighty-one next month") is
# taken as said, as the AgeIntent sample "i'll be {age} soon" is: the older age, the cautious choice.
_BORN = {
    "en": re.compile(r"\bborn\b|^in$"),  # "I was born in 1965"; "born in ...": the words after "born"
    "es": re.compile(r"\b(naci|del)\b|^(en el|en|de|el)$"),  # "nací en el 65", "soy del 59"
    "fr": re.compile(r"\bnee? en\b|\bnaissance\b|^en$"),  # "je suis né en 52"
}


def _numbers(tokens: list[str], language: str) -> list[tuple[int, int]]:
    """Each run of number words (or digits) in ``tokens``: (where it starts, its value)."""
    words = _NUMBER_WORDS[language]
    runs: list[tuple[int, int]] = []
    start, value, last = -1, 0, -1
    for index, token in enumerate([*tokens, ""]):
        number = int(token) if token.isdigit() and len(token) <= 4 else words.get(token)
        joined = token == _JOINERS[language] and start >= 0 and index + 1 < len(tokens)
        if joined and (tokens[index + 1] in words or tokens[index + 1].isdigit()):
            continue
        if number is None:
            if start >= 0:
                runs.append((start, value))
            start, value, last = -1, 0, -1
            continue
        if start < 0:
            start, value = index, number
        elif number == 100:
            value = max(value, 1) * 100
        elif number == 1000:
            value = max(value, 1) * 1000
        elif language == "fr" and number == 20 and last == 4:  # quatre-vingt(s)
            value += 76
        elif language == "en" and number >= 20 and 10 <= value < 100 and value % 10:  # nineteen sixty-five
            value = value * 100 + number
        elif last < 10 and number < 10 and value < 10:  # "five zero", digit by digit
            value = value * 10 + number
        else:
            value += number
        last = number
    return runs


def age_in_words(words: str, language: str, year: int | None = None) -> int | None:
    """The age said in free words: the first number in them, or the age from a year of birth (two digits as the
    last century's if that is a possible age: the older choice)."""
    from skill.core.emergency_words import folded

    text = folded(words)
    tokens = text.split()
    runs = _numbers(tokens, language if language in _NUMBER_WORDS else "en")
    if not runs:
        return None
    start, value = runs[0]
    before = " ".join(tokens[:start])
    if _BORN[language].search(before):
        if year is None:
            return None
        if value < 100:
            value += 1900 if year - (1900 + value) <= OLDEST_AGE else 2000
        return age_said(str(value), year)
    return age_said(str(value), year)
