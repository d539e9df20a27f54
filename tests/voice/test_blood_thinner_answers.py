"""A blood thinner named in answer: the drug's name, or "I take ...", is a yes to the blood-thinner question in
every locale (fourth pass block 9: the question names warfarin, apixaban and rivaroxaban, so people answer with
their own drug's name). Said through the locale's interaction model to the Lambda entry point."""

from __future__ import annotations

import pytest

from skill.core.speech import LOCALES, language_of
from tests.support.fake_alexa import outcome, speech
from tests.support.person import YES, Person, at_first_question

SAID = {
    "en": (
        "warfarin",
        "Eliquis",
        "I take apixaban",
        "I'm on Xarelto",
        "yes I take blood thinners",
        "heparin injections",
    ),
    "es": (
        "warfarina",
        "Sintrom",
        "tomo apixabán",
        "sí tomo anticoagulantes",
        "estoy tomando Xarelto",
        "estoy anticoagulado",
    ),
    "fr": (
        "Coumadin",
        "warfarine",
        "je prends de l'Eliquis",
        "oui je prends des anticoagulants",
        "je suis sur le Coumadin",
    ),
}
# A no, then the question's own words: the same words as "no, only a little ..." (a yes), so asked again.
NO_AND_THE_SIGN = {
    "en": ("no warfarin", "no blood thinners"),
    "es": ("no tomo anticoagulantes", "no, no tomo Sintrom"),
    "fr": ("non je prends pas de Coumadin",),
}
NOT_A_YES = {
    "en": ("I don't take warfarin", "I'm not on blood thinners", "I take aspirin", "only aspirin"),
    "es": ("ya no tomo Sintrom", "solo aspirina"),
    "fr": ("je ne prends pas d'anticoagulants", "juste de l'aspirine"),
}


def at_the_blood_thinner_question(locale: str) -> Person:
    """Forty, no until the pain's sudden start, yes to it, then no until the blood thinner is asked."""
    person = at_first_question(locale)
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


@pytest.mark.parametrize(
    ("locale", "said"), [(locale, said) for locale in LOCALES for said in NO_AND_THE_SIGN[language_of(locale)]]
)
def test_a_no_with_the_drug_named_is_never_taken_as_a_yes(locale: str, said: str) -> None:
    person = at_the_blood_thinner_question(locale)
    out = person.says(said)
    answers = (person.fake_alexa.attributes or {})["answers"]
    assert ["blood_thinner", "yes"] not in answers, speech(out)
    asked_again = speech(out).endswith(person.question("blood_thinner"))
    assert asked_again or answers[-1] == ["blood_thinner", "no"], speech(out)


@pytest.mark.parametrize(
    ("locale", "said"), [(locale, said) for locale in LOCALES for said in NOT_A_YES[language_of(locale)]]
)
def test_not_taking_one_or_aspirin_alone_is_not_a_yes(locale: str, said: str) -> None:
    person = at_the_blood_thinner_question(locale)
    out = person.says(said)
    assert ["blood_thinner", "yes"] not in (person.fake_alexa.attributes or {})["answers"], speech(out)


@pytest.mark.parametrize("locale", ["en-US", "en-IN", "es-MX", "es-ES"])
def test_no_and_the_sign_asked_is_asked_again_then_a_plain_no_is_taken(locale: str) -> None:
    person = at_first_question(locale)
    said = {"en": "no chest pain", "es": "no dolor de pecho"}
    out = person.says(said[language_of(locale)])
    assert speech(out) == person.text("clarify.no_and_the_sign") + " " + person.question("chest_pain")
    out = person.says("no")
    assert (person.fake_alexa.attributes or {})["answers"][-1] == ["chest_pain", "no"]
