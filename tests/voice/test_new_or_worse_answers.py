"""The both-legs follow-up asks "new, or getting worse?": people answer with one of its words ("it's getting
worse", "es nuevo", "ça empire"), a yes, which here is the emergency (fourth pass block 1); "no change", "igual que
siempre", "pareil comme avant" is a no. Said through the locale's interaction model to the Lambda entry point."""

from __future__ import annotations

import pytest

from skill.core.speech import LOCALES, language_of
from tests.support.fake_alexa import outcome, speech
from tests.support.person import YES, Person, at_first_question

NEW_OR_WORSE = {
    "en": ("it's getting worse", "getting worse", "it's new", "worse and worse"),
    "es": ("va empeorando", "es nuevo", "está peor", "cada vez peor"),
    "fr": ("ça empire", "c'est nouveau", "c'est pire", "de pire en pire"),
}
NO_CHANGE = {
    "en": ("no change", "it hasn't changed", "same as always"),
    "es": ("igual que siempre", "no ha cambiado", "sigue igual"),
    "fr": ("pareil comme avant", "ça a pas changé", "c'est toujours pareil"),
}


def at_the_new_or_worse_question(locale: str) -> Person:
    """Forty; yes to a leg, below the knee and both legs; no to everything else on the way."""
    person = at_first_question(locale)
    yes = YES[language_of(locale)]
    for sign_id in ("leg_symptoms", "leg_below_knee", "legs_both"):
        person.says_no_until(sign_id)
        person.says(yes)
    return person.says_no_until("legs_worse")


@pytest.mark.parametrize(
    ("locale", "said"), [(locale, said) for locale in LOCALES for said in NEW_OR_WORSE[language_of(locale)]]
)
def test_new_or_getting_worse_in_its_own_words_is_the_emergency(locale: str, said: str) -> None:
    out = at_the_new_or_worse_question(locale).says(said)
    assert outcome(out) == "emergency", speech(out)


@pytest.mark.parametrize(
    ("locale", "said"), [(locale, said) for locale in LOCALES for said in NO_CHANGE[language_of(locale)]]
)
def test_no_change_is_a_no(locale: str, said: str) -> None:
    person = at_the_new_or_worse_question(locale)
    out = person.says(said)
    assert (person.fake_alexa.attributes or {})["answers"][-1] == ["legs_worse", "no"], speech(out)


def test_getting_worse_answers_the_steadily_worse_question_and_no_other() -> None:
    person = at_first_question("en-US")
    out = person.says("getting worse")  # to chest pain: not an answer to it
    assert "chest_pain" not in str((person.fake_alexa.attributes or {}).get("answers"))
    assert speech(out).endswith(person.question("chest_pain"))
    person.says_no_until("cancer_history")
    person.says("yes")
    person.says_no_until("steadily_worse")
    person.says("it's getting worse")
    assert (person.fake_alexa.attributes or {})["answers"][-1] == ["steadily_worse", "yes"]
