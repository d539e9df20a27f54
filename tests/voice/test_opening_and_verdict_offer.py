"""Issue 27, in every locale, through the model and the Lambda entry point: a shorter check, the verdict
offered again, pauses and questions about the question, and answers that are not a yes or a no.

Each utterance is written in English and said in the locale's language (``tools.transcripts.say``),
resolved against the locale's interaction model and sent to the Lambda entry point as Alexa would.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from skill.core.signs import WARNING_SIGNS
from skill.core.speech import LOCALES, language_of
from skill.core.ssml import to_text
from tests.support.conversations import after_age
from tests.support.fake_alexa import ends_session, outcome, reprompt, speech, words
from tests.support.person import Person
from tools.transcripts import say

EVERY_LOCALE = sorted(LOCALES)


class Someone(Person):
    """A person who says the English script in their own language."""

    def __init__(self, locale: str) -> None:
        super().__init__(locale)

    def said(self, english: str) -> dict[str, Any]:
        return self.says(say(self.locale, english))

    def asked(self, key: str) -> str:
        return self.text(key)


def opened(locale: str, age: str = "forty") -> Someone:
    """Opened, and the age given: the first question is asked."""
    person = Someone(locale)
    person.said("open back pain check")
    assert speech(person.said(age)).endswith(person.question("chest_pain"))
    return person


def at_question(locale: str, sign_id: str) -> Someone:
    """No to every question until ``sign_id`` is asked (at 40)."""
    person = opened(locale)
    person.says_no_until(sign_id)
    return person


def at_the_verdict(locale: str) -> tuple[Someone, dict[str, Any]]:
    """No to everything at 40: home, and "want to hear that again?"."""
    person = opened(locale)
    out = person.fake_alexa.responses[-1]
    for _ in range(30):
        if outcome(out) is not None:
            return person, out
        out = person.said("no")
    raise AssertionError("no verdict")


# --- The opening ----------------------------------------------------------------------------


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_the_opening_asks_the_age_in_the_first_turn_with_the_emergency_line_first(locale: str) -> None:
    person = Someone(locale)
    out = person.said("open back pain check")
    said = speech(out)
    assert said.startswith(to_text(person.texts["help.emergency"]))
    assert said.endswith(person.text("question.age")) and len(words(said)) <= 30
    assert not ends_session(out)
    assert speech(person.said("forty")) == after_age(40, locale)


# --- The verdict, offered again --------------------------------------------------------------


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_verdict_is_action_first_and_offered_again_yes_and_repeat_say_it_again(locale: str) -> None:
    person, out = at_the_verdict(locale)
    verdict = speech(out)
    assert outcome(out) == "home" and not ends_session(out)
    assert verdict.startswith(person.text("verdict.home").split(".")[0])
    assert verdict.endswith(person.text("verdict.offer"))
    assert reprompt(out) == person.text("verdict.offer.reprompt")
    card_said = person.text("card.said")
    assert verdict.count(card_said) == 1, "where to find it again, said once"
    for again in ("yes", "repeat"):
        out = person.said(again)
        assert speech(out) == verdict.replace(f" {card_said}", "") and not ends_session(out), again
    out = person.said("no")
    assert speech(out) == person.text("goodbye.after_verdict") and ends_session(out)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_an_emergency_verdict_ends_the_session_at_once(locale: str) -> None:
    person = opened(locale)
    person.said("yes")  # chest pain in the last three days
    out = person.said("yes")  # since this time yesterday
    assert outcome(out) == "emergency" and ends_session(out)
    assert person.text("verdict.offer") not in speech(out)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_repeat_that_in_a_new_session_says_nothing_is_kept_in_one_sentence(locale: str) -> None:
    person = Someone(locale)
    out = person.said("ask back pain check to repeat that")
    said = speech(out)
    assert said == person.text("nothing_kept") and ends_session(out)
    assert len(re.findall(r"[.!?](?:\s|$)", said)) == 1, said


# --- Pauses and questions about the question ---------------------------------------------------


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_hold_on_keeps_the_question_and_the_session(locale: str) -> None:
    person = at_question(locale, "breathless")
    out = person.said("hold on")
    assert speech(out) == person.text("hold_on") and not ends_session(out)
    assert person.question("breathless") in reprompt(out)
    out = person.said("no")
    assert speech(out) == person.question("sudden_onset")


@pytest.mark.parametrize("phrase", ["hold on", "give me a minute", "wait"])
def test_each_way_of_asking_for_a_moment_is_heard_in_english(phrase: str) -> None:
    person = at_question("en-US", "chest_pain")
    out = person.says(phrase)
    assert speech(out) == "Take your time." and person.question("chest_pain") in reprompt(out)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
@pytest.mark.parametrize("phrase", ["why", "huh", "what do you mean by clammy"])
def test_why_huh_and_what_do_you_mean_explain_the_question(locale: str, phrase: str) -> None:
    person = at_question(locale, "breathless")
    out = person.said(phrase)
    explained = f"{person.text('explain.breathless')} {person.question('breathless')}"
    assert speech(out) == explained and not ends_session(out)


def test_what_alone_explains_the_question_in_english() -> None:
    person = at_question("en-US", "chest_pain")
    assert speech(person.says("what")).startswith(person.text("explain.chest_pain"))


# --- Answers that are not a yes or a no ------------------------------------------------------


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_no_but_my_leg_is_numb_is_a_no_now_and_the_legs_asked_in_their_turn(locale: str) -> None:
    person = at_question(locale, "breathless")
    out = person.said("no but my leg is numb")
    assert speech(out) == f"{person.text('noted.later')} {person.question('sudden_onset')}"
    assert person.fake_alexa.attributes["answers"][-1] == ["breathless", "no"]  # type: ignore[index]


def test_a_leg_named_after_its_question_was_answered_no_changes_that_answer() -> None:
    person = at_question("en-US", "abdominal_pain")  # the legs were asked, and answered no
    out = person.says("no but my leg is numb")
    assert speech(out) == f"{person.text('noted.earlier')} {person.question('leg_below_knee')}"


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_both_legs_to_the_legs_question_is_a_yes(locale: str) -> None:
    person = at_question(locale, "leg_symptoms")
    assert speech(person.said("both legs")) == f"{person.text('ack.yes')} {person.question('leg_below_knee')}"


@pytest.mark.parametrize("locale", EVERY_LOCALE)
@pytest.mark.parametrize(
    ("sign_id", "words_said", "clarified"),
    [
        ("cancer_history", "I had skin cancer removed", "skin_cancer"),
        ("fever", "I haven't checked", "fever_unchecked"),
        ("bladder_bowel", "I have a catheter", "catheter"),
        ("sudden_onset", "it started when I lifted a box", "sudden_lifted"),
    ],
)
def test_words_that_need_a_clinicians_reading_get_a_short_re_ask_saying_what_yes_and_no_mean(
    locale: str, sign_id: str, words_said: str, clarified: str
) -> None:
    person = at_question(locale, sign_id)
    out = person.said(words_said)
    said = speech(out)
    assert said == f"{person.text(f'clarify.{clarified}')} {person.question(sign_id)}"
    assert not said.startswith(person.text("fallback.check")) and not ends_session(out)
    assert (person.fake_alexa.attributes or {}).get("answers", [[None]])[-1][0] != sign_id  # nothing recorded


def test_lifting_is_a_yes_to_how_it_started_and_melanoma_a_yes_to_cancer() -> None:
    person = at_question("en-US", "injury")
    assert speech(person.says("it started when I lifted a box")).startswith("Okay.")
    person = at_question("en-US", "cancer_history")
    out = person.says("I had a melanoma")
    assert person.fake_alexa.attributes["answers"][-1] == ["cancer_history", "yes"]  # type: ignore[index]
    assert outcome(out) is None


def test_i_cant_lie_still_is_a_yes_to_pain_at_rest() -> None:
    person = at_question("en-US", "rest_pain")
    person.says("because I can't lie still")
    assert person.fake_alexa.attributes["answers"][-1] == ["rest_pain", "yes"]  # type: ignore[index]


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_free_words_that_match_nothing_are_re_asked_with_what_yes_and_no_mean_never_a_bare_sorry(locale: str) -> None:
    person = at_question(locale, "fever")
    out = person.says({"en": "because purple", "es": "porque morado", "fr": "parce que violet"}[language_of(locale)])
    assert speech(out) == f"{person.text('fallback.check')} {person.text('help.emergency')} {person.question('fever')}"


# --- No question asks two things at once -----------------------------------------------------

# "And new or getting worse?", "or when you wipe?", "without getting better?": two things in one question.
# The fourth pass's own wording, one sign each: "new, or getting worse" is either (a yes to one is a yes), and
# "lasted a few weeks without getting better" is the article's one sign (triage notes, question budget).
ONE_THING_IN_TWO_WORDS = {"legs_worse", "not_improving"}
TWO_THINGS = {
    "en": ("and new", "or getting worse", "without getting better", "or when you"),
    "es": ("y es nuevo", "o va empeorando", "sin mejorar", "o cuando se"),
    "fr": ("et nouveau", "ou qui empire", "sans s'améliorer", "ou quand vous"),
}


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_no_question_asks_two_things_at_once(locale: str) -> None:
    person = Someone(locale)
    for sign in WARNING_SIGNS:
        if sign.id in ONE_THING_IN_TWO_WORDS:
            continue
        asked = person.question(sign.id).lower()
        for pattern in TWO_THINGS[language_of(locale)]:
            assert pattern not in asked, (sign.id, asked)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_the_personal_questions_are_introduced_once_even_when_asked_again(locale: str) -> None:
    person = at_question(locale, "saddle_numbness")
    intro = person.text("intro.bladder_bowel")
    out = person.said("go back")
    assert intro not in speech(out) and speech(out).endswith(person.question("bladder_bowel"))
