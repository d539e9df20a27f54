"""A blood thinner named in answer: the drug's name, or "I take ...", is a yes to the blood-thinner question in
every locale (fourth pass block 9: the question names warfarin, apixaban and rivaroxaban, so people answer with
their own drug's name). Said through the locale's interaction model to the Lambda entry point."""

from __future__ import annotations

import pytest

from skill.core.speech import LOCALES, language_of
from tests.support.fake_alexa import outcome, speech
from tests.support.person import Person

FORTY = {"en": "forty", "es": "cuarenta", "fr": "quarante"}
YES = {"en": "yes", "es": "sí", "fr": "oui"}
SAID = {
    "en": ("warfarin", "Eliquis", "I take apixaban", "I'm on Xarelto", "yes I take blood thinners"),
    "es": ("warfarina", "Sintrom", "tomo apixabán", "sí tomo anticoagulantes", "estoy tomando Xarelto"),
    "fr": ("Coumadin", "warfarine", "je prends de l'Eliquis", "oui je prends des anticoagulants"),
}


def at_the_blood_thinner_question(locale: str) -> Person:
    """Forty, no until the pain's sudden start, yes to it, then no until the blood thinner is asked."""
    person = Person(locale)
    person.fake_alexa.launch()
    person.says(FORTY[language_of(locale)])
    person.says_no_until("sudden_onset")
    person.says(YES[language_of(locale)])
    return person.says_no_until("blood_thinner")


@pytest.mark.parametrize(
    ("locale", "said"), [(locale, said) for locale in LOCALES for said in SAID[language_of(locale)]]
)
def test_a_blood_thinner_named_in_answer_is_a_yes(locale: str, said: str) -> None:
    person = at_the_blood_thinner_question(locale)
    out = person.says(said)
    assert (person.fake_alexa.attributes or {})["answers"][-1] == ["blood_thinner", "yes"], speech(out)
    assert person.question("blood_thinner") not in speech(out), "not asked again"


def test_a_sudden_start_on_a_blood_thinner_then_severe_at_rest_is_an_emergency() -> None:
    person = at_the_blood_thinner_question("en-US")
    person.says("I'm on warfarin")
    person.says_no_until("steadily_worse")
    out = person.says("yes")
    while outcome(out) is None:
        out = person.says("no")
    assert outcome(out) == "emergency" and speech(out).startswith("Call 911 now")
