"""Talking the way people talk, through the model and the Lambda entry point.

Each phrase is resolved against the locale's interaction model (``tools.console``'s
resolver, standing in for Alexa's language understanding) and sent to the Lambda entry
point as the request Alexa would send, in each phase of a session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from skill.alexa import constants as c
from skill.core.responses import check_length
from skill.core.signs import WARNING_SIGNS
from skill.core.speech import LOCALES, texts_for
from skill.core.triage import Answer, Check, next_question, take_reply
from tests.support.conversations import after_age
from tests.support.fake_alexa import ends_session, envelope, outcome, reprompt, speech
from tests.support.locales import EXPECTED, firm_opening, number_first
from tests.support.person import ENTRY_POINT, Person
from tools.console import BUILT_IN_PHRASES, load_language_model, normalise

# English utterances; Spanish and French ones are in tests/voice/test_spanish_and_french.py.
ENGLISH = sorted(locale for locale in LOCALES if locale.startswith("en-"))
NUMBER_WORDS = {"en-US": "911", "en-CA": "911", "en-GB": "999", "en-AU": "000", "en-IN": "112"}


def new_session(person: Person) -> None:
    """Nothing yet: the phrase opens the session."""


def at_the_offer(person: Person) -> None:
    """ "Ask back pain check for help": what it does, and "shall we start?"."""
    person.says("ask back pain check for help")


def at_the_age_question(person: Person) -> None:
    person.says("open back pain check")  # the welcome asks the age


def mid_check(person: Person) -> None:
    person.says("open back pain check")
    person.says("I'm forty")
    person.says("no")


def after_the_verdict(person: Person) -> None:
    """ "Want to hear that again?" after a verdict that is not an emergency."""
    person.says("open back pain check")
    out = person.says("I'm forty")
    while outcome(out) is None:
        out = person.says("no")


def restarted_after_tampering(person: Person) -> None:
    person.fake_alexa.attributes = {"v": 99, "phase": "checking"}


PHASES: dict[str, Callable[[Person], None]] = {
    "new session": new_session,
    "at the offer": at_the_offer,
    "at the age question": at_the_age_question,
    "mid-check": mid_check,
    "after the verdict": after_the_verdict,
    "tampered session": restarted_after_tampering,
}

# --- Emergency words, in every phase and every locale --------------------------------------

EMERGENCY_PHRASES = [
    "call an ambulance",
    "I need an ambulance",
    "it's an emergency",
    "I can't feel my legs",
    "I can't move my legs",
    "I've wet myself",
    "I have chest pain",
    "I fainted",
    # the person's own words (issue 27)
    "I think I'm having a heart attack",
    "I can't breathe",
    "I've fallen and can't get up",
    "I think it's a stroke",
    "call for help",
    "I need help",
]
LOCAL_EMERGENCY_PHRASES = {
    "en-US": ["call 911", "dial 911"],
    "en-CA": ["call 911", "dial 911"],
    "en-GB": ["call 999", "dial 999"],
    "en-AU": ["call triple zero", "call 000"],
    "en-IN": ["call 112", "call 108"],
}


def assert_emergency_answer(out: dict[str, Any], locale: str) -> None:
    """The one firm voice: the same opening as an emergency verdict, never "if this is an emergency". A warning
    sign said mid-check ("I've wet myself") is the emergency verdict itself, with it as the reason."""
    said = speech(out)
    assert said.startswith(firm_opening(locale)), said
    if outcome(out) != "emergency":
        assert "What you describe needs help straight away." in said
        assert "I can't call for you: please use a phone now." in said
    assert "if this is an emergency" not in said.lower()
    assert "would you like me to call" not in said.lower()
    assert ends_session(out)
    assert out["response"]["card"]["title"] == EXPECTED[locale][2]


@pytest.mark.parametrize("phase", PHASES)
@pytest.mark.parametrize("locale", ENGLISH)
def test_emergency_words_get_the_local_number_at_once_in_every_phase(locale: str, phase: str) -> None:
    for phrase in EMERGENCY_PHRASES + LOCAL_EMERGENCY_PHRASES[locale]:
        person = Person(locale)
        PHASES[phase](person)
        assert_emergency_answer(person.says(phrase), locale)


@pytest.mark.parametrize("locale", ENGLISH)
def test_a_one_shot_asking_for_an_ambulance_gets_the_firm_emergency_words(locale: str) -> None:
    assert_emergency_answer(Person(locale).says("ask back pain check to call an ambulance"), locale)


@pytest.mark.parametrize("locale", ENGLISH)
def test_a_one_shot_asking_whether_to_go_gets_the_number_first_then_the_offer(locale: str) -> None:
    place = {"en-US": "the ER", "en-CA": "emerg", "en-GB": "A and E", "en-AU": "hospital", "en-IN": "casualty"}
    person = Person(locale)
    out = person.says(f"ask back pain check should I go to {place[locale]}")
    said = speech(out)
    assert said.startswith(number_first(locale)), said
    assert said.endswith("If you're not sure, I can ask a few questions to help you decide. Shall we start?")
    assert not ends_session(out)
    assert speech(person.says("yes")).endswith(person.text("question.age"))


# --- Natural answers --------------------------------------------------------------------------

YES_PHRASES = ["I do", "I have", "it does", "yes I have", "yes I do", "a little", "sometimes", "a bit"]
NO_PHRASES = ["I don't", "I haven't", "it doesn't", "no I haven't", "not at all", "I do not"]


def started(locale: str = "en-US") -> Person:
    person = Person(locale)
    assert speech(person.says("open back pain check")).endswith(person.text("question.age"))
    out = person.says("I'm forty five")
    assert speech(out) == after_age(45, person.locale)
    return person


@pytest.mark.parametrize("phrase", YES_PHRASES)
def test_natural_yes_answers_count_as_yes(phrase: str) -> None:
    out = started().says(phrase)
    assert out["sessionAttributes"]["answers"] == [["chest_pain", "yes"]]  # then "since this time yesterday?"


@pytest.mark.parametrize("phrase", NO_PHRASES)
def test_natural_no_answers_count_as_no(phrase: str) -> None:
    person = started()
    out = person.says(phrase)
    assert speech(out) == person.question("breathless") and not ends_session(out)


@pytest.mark.parametrize("locale", ENGLISH)
def test_natural_answers_work_in_every_locale(locale: str) -> None:
    person = started(locale)
    assert speech(person.says("I haven't")) == person.question("breathless")
    assert started(locale).says("I have")["sessionAttributes"]["answers"] == [["chest_pain", "yes"]]


def at_question(sign_id: str, *yes: str) -> Person:
    """A person who has answered no (yes to ``yes``) until ``sign_id`` is asked."""
    person = started()
    out = person.fake_alexa.responses[-1]
    while not speech(out).endswith(person.question(sign_id)):
        asked = next(s.id for s in WARNING_SIGNS if speech(out).endswith(person.question(s.id)))
        out = person.says("yes" if asked in yes else "no")
    return person


@pytest.mark.parametrize("phrase", ["both", "both of them", "both legs", "yes both"])
def test_both_legs_answers_yes_to_the_both_legs_question(phrase: str) -> None:
    person = at_question("legs_both", "leg_symptoms", "leg_numb")
    out = person.says(phrase)
    assert out["sessionAttributes"]["answers"][-1] == ["legs_both", "yes"]
    assert speech(out).endswith(person.question("legs_worse"))


@pytest.mark.parametrize("phrase", ["just one", "only the left", "only the right", "only one leg", "just my left leg"])
def test_one_leg_answers_no_to_the_both_legs_question(phrase: str) -> None:
    person = at_question("legs_both", "leg_symptoms", "leg_numb")
    out = person.says(phrase)
    assert speech(out) == person.question("blood_thinner")  # after a numb leg (block 9)


@pytest.mark.parametrize("phrase", ["only the left", "both of them", "just one"])
def test_one_leg_or_both_is_a_yes_to_a_question_about_either_leg(phrase: str) -> None:
    person = at_question("leg_symptoms")
    out = person.says(phrase)
    assert speech(out) == f"{person.text('ack.yes')} {person.question('leg_below_knee')}"


def test_both_to_a_question_not_about_legs_is_re_asked_with_what_yes_and_no_mean() -> None:
    person = at_question("chest_pain")
    out = person.says("both")
    assert (
        speech(out)
        == f"{person.text('fallback.check')} {person.text('help.emergency')} {person.question('chest_pain')}"
    )


# --- Go back -----------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["go back", "change my answer", "I made a mistake"])
def test_go_back_asks_the_previous_question_again_and_the_changed_answer_counts(phrase: str) -> None:
    person = at_question("saddle_numbness")
    out = person.says(phrase)
    # its introduction is said once in a check, not again (issue 27)
    assert speech(out) == f"{person.text('went_back')} {person.question('bladder_bowel')}"
    assert person.question("bladder_bowel") in reprompt(out)
    assert speech(person.says("yes")) == f"{person.text('ack.yes')} {person.question('bladder_hard_to_start')}"
    out = person.says("yes")
    assert outcome(out) == "emergency" and "peeing that's hard to start" in speech(out)


def test_go_back_at_the_first_question_asks_the_age_again() -> None:
    person = started()
    out = person.says("go back")
    assert speech(out) == f"{person.text('went_back')} {person.text('question.age')}"
    assert speech(person.says("sixty")) == after_age(60, person.locale)
    assert person.fake_alexa.attributes == {"v": 2, "phase": "checking", "age": 60, "answers": [], "explained": False}


def test_go_back_forgets_a_yes() -> None:
    person = at_question("leg_below_knee", "leg_symptoms")
    out = person.says("change my answer")
    assert speech(out) == f"{person.text('went_back')} {person.question('leg_symptoms')}"
    out = person.says("no")
    assert speech(out) == person.question("abdominal_pain")
    assert all(answer == "no" for _, answer in person.fake_alexa.attributes["answers"])  # type: ignore[index]


# --- Not understood: the fallback escalates, and resets on an answer ---------------------------


def test_three_misses_in_a_row_say_more_each_time() -> None:
    person = started()
    first, second, third = (speech(person.says("purple elephants")) for _ in range(3))
    question = person.question("chest_pain")
    assert first == f"{person.text('fallback.check')} {person.text('help.emergency')} {question}"
    assert second.startswith("Sorry, I still didn't catch that. " + person.text("explain.chest_pain"))
    assert "You can say yes, no, or not sure, or say repeat" in second and second.endswith(question)
    assert "If this is an emergency, call 911 now." in third and "say stop" in third
    assert third.endswith(question) and len({first, second, third}) == 3
    assert not ends_session(person.fake_alexa.responses[-1])


def test_an_understood_answer_resets_the_misses() -> None:
    person = started()
    person.says("purple elephants")
    person.says("no")
    out = person.says("purple elephants")
    assert speech(out).startswith(person.text("fallback.check"))


def test_misses_at_the_offer_escalate_too() -> None:
    person = Person()
    person.says("ask back pain check for help")
    first, second, third = (speech(person.says("purple elephants")) for _ in range(3))
    assert first.startswith("Sorry, I didn't catch that. Say yes to start the check")
    assert second.startswith("If you think this is an emergency, call 911 now. Back Pain Check asks your age")
    assert "If this is an emergency, call 911 now." in third and third.endswith("or stop to end it.")


@pytest.mark.parametrize("locale", ENGLISH)
def test_an_unknown_one_shot_or_a_new_sessions_fallback_gets_the_full_welcome(locale: str) -> None:
    for utterance in ["ask back pain check what's the weather", "purple elephants"]:
        out = Person(locale).says(utterance)
        said = speech(out)
        assert said.startswith(f"If this is an emergency, {EXPECTED[locale][1]} now. Back Pain Check asks")
        assert said.endswith("How old are you?") and not ends_session(out)


# --- Honest wording -------------------------------------------------------------------------


def test_help_names_every_outcome_and_the_welcome_stays_short_and_never_says_rest_at_home() -> None:
    """The welcome says who the check is for (adults) and asks the age, so it names no outcomes; help does,
    after the emergency line, as every help does."""
    welcome = speech(Person().says("open back pain check"))
    assert "It's for adults." in welcome and "rest at home" not in welcome
    helped = speech(Person().says("ask back pain check for help"))
    assert helped.startswith("If you think this is an emergency, call 911 now.")
    assert "call for help, see a doctor, or look after it at home" in helped and "rest at home" not in helped
    person = Person()
    person.says("open back pain check")
    assert speech(person.says("help")).startswith("If this is an emergency, call 911 now.")


def most_questions_asked() -> int:
    """The most sign questions anyone hears, at any age, saying no to every one (the usual check)."""
    longest = 0
    for age in range(16, 121):
        check, asked = Check(age=age), 0
        while next_question(check) is not None:
            check, asked = take_reply(check, Answer.NO).check, asked + 1
        longest = max(longest, asked)
    return longest


def test_help_says_how_many_questions_and_how_long_measured_from_the_data() -> None:
    said = speech(Person().says("ask back pain check for help"))
    most = most_questions_asked()
    length = check_length(texts_for("en-US"))
    assert length.questions == most
    assert f"asks your age and up to {most} yes or no questions" in said and f"about {length.minutes} minutes" in said
    assert 1 <= length.minutes <= 5


def test_help_during_a_question_mentions_go_back() -> None:
    out = started().says("help")
    assert "go back" in speech(out)


# --- The model --------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", ENGLISH)
def test_no_custom_sample_is_a_usual_phrasing_of_a_built_in_intent(locale: str) -> None:
    built_in = {normalise(phrase): intent for intent, phrases in BUILT_IN_PHRASES.items() for phrase in phrases}
    for intent in load_language_model(locale)["intents"]:
        for sample in intent.get("samples", []):
            key = normalise(sample)
            assert key not in built_in or built_in[key] == intent["name"], (sample, intent["name"], built_in.get(key))


def test_the_envelope_of_an_emergency_one_shot_is_answered_like_alexa_sends_it() -> None:
    out = ENTRY_POINT(envelope("intent_request", intent=c.EMERGENCY, new=True), None)
    assert_emergency_answer(out, "en-US")
