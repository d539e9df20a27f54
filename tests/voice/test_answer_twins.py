"""Every way of saying yes has its no: for each sample of YesAnswerIntent and QualifiedYesIntent with
a negative twin by simple rules ("I do" → "I don't", "yes a bit" → "no not a bit"...), the twin is a
sample of NoAnswerIntent or HedgedNoIntent, in every model. Otherwise a person who answers the way
the model expects a yes, but negated, is not understood (or worse, heard as something else)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from skill.alexa import constants as c
from skill.core.speech import LOCALES
from tools.console import normalise

MODELS = Path(__file__).parents[2] / "interaction_model"

# A positive phrase and its negation, whole words.
NEGATIONS = [
    ("i think so", "i don't think so"),
    ("i've had that", "i haven't had that"),
    ("i do", "i don't"),
    ("i have", "i haven't"),
    ("i am", "i'm not"),
    ("i'm", "i'm not"),
    ("it is", "it isn't"),
    ("it's", "it isn't"),
    ("it does", "it doesn't"),
    ("it has", "it hasn't"),
    ("they do", "they don't"),
    ("they are", "they aren't"),
    ("i did", "i didn't"),
    ("it did", "it didn't"),
]


def negated(phrase: str) -> str | None:
    """The first rule's negation of ``phrase`` (None when no rule applies)."""
    for positive, negative in NEGATIONS:
        pattern = rf"\b{re.escape(positive)}\b"
        if re.search(pattern, phrase):
            return re.sub(pattern, negative, phrase, count=1)
    return None


def twins(sample: str) -> list[str]:
    """The negative twins of ``sample`` (any one in a no intent will do); none when the rules do not
    apply ("a bit", "yes once": a qualifier has no simple negation)."""
    for word in ("yes", "yeah"):
        if sample.startswith(f"{word} "):
            rest = negated(sample.removeprefix(f"{word} "))
            return [f"no {rest}"] if rest else []
    if sample.endswith(" yes"):
        rest = negated(sample.removesuffix(" yes"))
        return [f"{rest} no"] if rest else []
    twin = negated(sample)
    return [twin] if twin else []


def samples(locale: str, *intents: str) -> set[str]:
    model = json.loads((MODELS / f"{locale}.json").read_text())["interactionModel"]["languageModel"]
    return {normalise(s) for i in model["intents"] if i["name"] in intents for s in i.get("samples", [])}


def missing_twins(locale: str) -> list[tuple[str, list[str]]]:
    nos = samples(locale, c.NO_ANSWER, c.HEDGED_NO)
    missing = []
    for sample in sorted(samples(locale, c.YES_ANSWER, c.QUALIFIED_YES)):
        candidates = twins(sample)
        if candidates and not set(candidates) & nos:
            missing.append((sample, candidates))
    return missing


def test_the_twin_rules_negate_as_people_do() -> None:
    assert twins("i do") == ["i don't"]
    assert twins("i think so") == ["i don't think so"]
    assert twins("it's getting worse") == ["it isn't getting worse"]
    assert twins("yes i have") == ["no i haven't"]
    assert twins("i do yes") == ["i don't no"]
    assert twins("yes i've had that") == ["no i haven't had that"]
    assert twins("yes a bit") == [] and twins("a bit") == [] and twins("yes") == []


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_yes_sample_with_a_negative_twin_has_it_as_a_no_sample(locale: str) -> None:
    assert missing_twins(locale) == []
