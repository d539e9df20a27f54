"""The conversation as a state machine, without Alexa: one route for every intent in every phase,
and what the main routes do to the session."""

from __future__ import annotations

import pytest

from skill.alexa import constants as c
from skill.alexa.conversation import ROUTES, Turn, launch, turn_for
from skill.alexa.session import Phase, SessionState, asking_age, checking, given
from skill.core.signs import Tier
from skill.core.speech import texts_for
from skill.core.ssml import to_text
from skill.core.triage import Answer, Check, Recorded, next_question, take_reply

T = texts_for("en-US")
# The first question asked, whichever it is: its id from the rules' order, its words from the speech data.
FIRST_QUESTION = to_text(T[f"question.{next_question(Check(age=52)).id}"])  # type: ignore[union-attr]
MID_CHECK = checking(take_reply(Check(age=40), Answer.NO).check)


def _no_to_everything() -> tuple[str, ...]:
    check = Check(age=40)
    while next_question(check) is not None:
        check = take_reply(check, Answer.NO).check
    return tuple(q for q, _ in check.answers)


NO_TO_EVERYTHING = _no_to_everything()
AFTER_THE_VERDICT = given(Check(answers=tuple((q, Recorded.NO) for q in NO_TO_EVERYTHING), age=40))


def said(turn: Turn) -> str:
    return to_text(turn.speech.ssml)


@pytest.mark.parametrize("phase", Phase)
@pytest.mark.parametrize("intent", c.HANDLED_INTENTS)
def test_every_intent_in_every_phase_has_exactly_one_route(phase: Phase, intent: str) -> None:
    serving = [route.behaviour.__name__ for route in ROUTES if phase in route.phases and intent in route.intents]
    assert len(serving) == 1, (phase, intent, serving)


def test_every_route_names_only_known_intents() -> None:
    for route in ROUTES:
        assert set(route.intents) <= set(c.HANDLED_INTENTS), route


def test_an_intent_the_model_does_not_have_counts_as_not_understood() -> None:
    turn = turn_for(MID_CHECK, "MadeUpIntent", T)
    assert said(turn).startswith("Sorry, I didn't catch that.") and turn.state == MID_CHECK._replace(misses=1)


@pytest.mark.parametrize("phase", Phase)
def test_an_open_session_always_has_a_reprompt_and_an_ended_one_never(phase: Phase) -> None:
    state = {Phase.CHECKING: MID_CHECK, Phase.VERDICT: AFTER_THE_VERDICT}.get(phase, SessionState(phase))
    for intent in c.HANDLED_INTENTS:
        for number in (None, "12", "40"):
            turn = turn_for(state, intent, T, number)
            assert (turn.state is None) == turn.speech.ends_session, (phase, intent)


def test_a_verdict_ends_the_session_with_its_outcome() -> None:
    turn = turn_for(checking(Check(age=40)), c.YES, T)  # chest pain in the last three days: when?
    assert turn.state is not None and turn.outcome is None
    turn = turn_for(turn.state, c.YES, T)  # since this time yesterday
    assert turn.state is None and turn.outcome is Tier.EMERGENCY


NOTE = to_text(T["start.note"])


def test_the_welcome_asks_the_age_then_says_what_the_check_is_not_and_asks_the_first_question() -> None:
    welcome = launch(SessionState(), T)
    assert welcome.state == asking_age() and said(welcome).endswith("It's for adults. How old are you?")
    first = turn_for(asking_age(), c.AGE, T, number="52")
    assert first.state == checking(Check(age=52))
    assert said(first) == f"52, thanks. {NOTE} {FIRST_QUESTION}"
    assert NOTE == "This is general information, not a diagnosis."  # pregnancy is asked only where it applies


def test_no_to_the_age_question_is_no_thanks() -> None:
    turn = turn_for(asking_age(), c.NO, T)
    assert turn.state is None and said(turn) == "Okay. Take care of yourself. Goodbye."


@pytest.mark.parametrize("number", ["?", None, "", "121", "sixty", "-4", "4.5", "٤٥"])
def test_an_age_that_is_not_a_plausible_number_is_asked_again(number: str | None) -> None:
    turn = turn_for(asking_age(), c.AGE, T, number=number)
    assert turn.state == asking_age()._replace(misses=1)
    assert said(turn) == (
        "Sorry, I didn't catch your age. Please say it as a number, like forty-five. If this is an emergency, call "
        "911 now. How old are you?"
    )


@pytest.mark.parametrize("intent", [c.RATHER_NOT_SAY, c.NOT_SURE])
def test_rather_not_say_goes_on_with_every_age_rule(intent: str) -> None:
    turn = turn_for(asking_age(), intent, T)
    assert turn.state == checking(Check(age=None)) and said(turn).startswith("That's fine.")


@pytest.mark.parametrize("age", ["0", "9", "15"])
def test_under_sixteen_ends_without_the_adult_questions(age: str) -> None:
    """Confirmed first: "fifty" heard as "fifteen" must not end the check."""
    heard = turn_for(asking_age(), c.AGE, T, number=age)
    assert heard.state == asking_age(age_heard=int(age)) and said(heard) == f"Did you say {age}?"
    turn = turn_for(heard.state, c.YES, T)
    assert turn.state is None and turn.outcome is None
    assert said(turn).startswith("Back Pain Check is for adults") and "call 911 now" in said(turn)


def test_a_misheard_fifteen_is_asked_again_and_the_real_age_taken() -> None:
    heard = turn_for(asking_age(), c.AGE, T, number="15")
    again = turn_for(heard.state or asking_age(), c.NO, T)
    assert again.state == asking_age(misses=1)
    assert said(again) == "Sorry about that. You can also say the year you were born. How old are you?"
    taken = turn_for(heard.state or asking_age(), c.AGE, T, number="50")
    assert taken.state == checking(Check(age=50))


def test_opening_again_mid_check_keeps_the_answers() -> None:
    turn = launch(MID_CHECK, T)
    assert turn.state == MID_CHECK and said(turn).startswith("Let's carry on.")


@pytest.mark.parametrize("phase", [Phase.AGE, Phase.CHECKING, Phase.BROKEN])
def test_stopping_mid_check_gives_the_safety_net(phase: Phase) -> None:
    state = {Phase.CHECKING: MID_CHECK, Phase.VERDICT: AFTER_THE_VERDICT}.get(phase, SessionState(phase))
    assert "Call 911 at once" in said(turn_for(state, c.STOP, T))


def test_a_tampered_session_restarts_the_check_safely() -> None:
    turn = turn_for(SessionState(Phase.BROKEN), c.YES, T)
    assert turn.state == asking_age() and said(turn).startswith("Sorry, I lost track")


def test_help_and_repeat_reset_the_misses() -> None:
    missed = turn_for(MID_CHECK, c.FALLBACK, T).state
    assert missed is not None and missed.misses == 1
    for intent in (c.HELP, c.REPEAT):
        turn = turn_for(missed, intent, T)
        assert turn.state is not None and turn.state.misses == 0


@pytest.mark.parametrize(("number", "confirmed"), [("16", True), ("19", True), ("60", False), ("20", False)])
def test_an_age_a_mishearing_of_its_tens_would_change_is_confirmed_then_echoed(number: str, confirmed: bool) -> None:
    heard = turn_for(asking_age(), c.AGE, T, number=number)
    if confirmed:
        assert heard.state == asking_age(age_heard=int(number)) and said(heard) == f"Did you say {number}?"
        heard = turn_for(heard.state, c.YES, T)
    assert heard.state == checking(Check(age=int(number)))
    assert said(heard) == f"{number}, thanks. {NOTE} {FIRST_QUESTION}"


@pytest.mark.parametrize(("decade", "age"), [("60", 69), ("40", 49), ("90", 99)])
def test_a_decade_is_taken_as_its_oldest_year_and_said_back(decade: str, age: int) -> None:
    turn = turn_for(asking_age(), c.AGE_RANGE, T, decade=decade)
    assert turn.state == checking(Check(age=age))
    assert said(turn).startswith(T[f"ack.age.decade.{decade}"]) and "thanks" in T[f"ack.age.decade.{decade}"]


def test_a_decade_the_model_does_not_have_is_not_understood() -> None:
    assert turn_for(asking_age(), c.AGE_RANGE, T, decade="10").state == asking_age(misses=1)


@pytest.mark.parametrize(("number", "year", "age"), [("1966", 2026, 60), ("2006", 2026, 20), ("1906", 2026, 120)])
def test_a_year_of_birth_is_taken_as_the_age_it_gives(number: str, year: int, age: int) -> None:
    turn = turn_for(asking_age(), c.AGE, T, number=number, year=year)
    assert turn.state == checking(Check(age=age))


@pytest.mark.parametrize(("number", "year"), [("1966", None), ("1900", 2026), ("2030", 2026), ("12345", 2026)])
def test_a_year_that_cannot_be_a_year_of_birth_is_asked_again(number: str, year: int | None) -> None:
    assert turn_for(asking_age(), c.AGE, T, number=number, year=year).state == asking_age(misses=1)


def test_the_third_miss_at_the_age_goes_on_as_rather_not_say_does() -> None:
    state = asking_age()
    for _ in range(2):
        state = turn_for(state, c.FALLBACK, T).state or asking_age()
    turn = turn_for(state, c.FALLBACK, T)
    assert turn.state == checking(Check(age=None))
    assert said(turn).startswith("Sorry, I'm still not understanding, so let's go on without your age")


def test_three_noes_to_did_you_say_go_on_without_the_age() -> None:
    state = asking_age()
    for _ in range(3):
        state = turn_for(state, c.AGE, T, number="16").state or asking_age()
        turn = turn_for(state, c.NO, T)
        state = turn.state or asking_age()
    assert turn.state == checking(Check(age=None))


def test_an_age_said_at_the_first_question_corrects_the_echoed_one() -> None:
    first = turn_for(asking_age(), c.AGE, T, number="40").state
    assert first is not None
    corrected = turn_for(first, c.AGE, T, number="14")
    assert corrected.state == asking_age(age_heard=14) and said(corrected) == "Did you say 14?"
    answered = turn_for(first, c.NO, T).state
    assert answered is not None
    assert turn_for(answered, c.AGE, T, number="50").state == answered._replace(misses=1)
