"""The conversation as a state machine, without Alexa: one route for every intent in every phase,
and what the main routes do to the session."""

from __future__ import annotations

import pytest

from skill.alexa import constants as c
from skill.alexa.conversation import ROUTES, Turn, launch, turn_for
from skill.alexa.session import Phase, SessionState, asking_age, checking
from skill.core.signs import Tier
from skill.core.speech import texts_for
from skill.core.ssml import to_text
from skill.core.triage import Answer, Check, take_reply

T = texts_for("en-US")
MID_CHECK = checking(take_reply(Check(age=40), Answer.NO).check)


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
    state = MID_CHECK if phase is Phase.CHECKING else SessionState(phase)
    for intent in c.HANDLED_INTENTS:
        for number in (None, "12", "40"):
            turn = turn_for(state, intent, T, number)
            assert (turn.state is None) == turn.speech.ends_session, (phase, intent)


def test_a_verdict_ends_the_session_with_its_outcome() -> None:
    turn = turn_for(checking(Check(age=40)), c.YES, T)
    assert turn.state is None and turn.outcome is Tier.EMERGENCY


def test_the_welcome_offers_and_yes_asks_the_age_then_the_first_question() -> None:
    welcome = launch(SessionState(), T)
    assert welcome.state == SessionState(Phase.OFFERED)
    started = turn_for(welcome.state, c.YES, T)
    assert started.state == asking_age() and said(started) == "How old are you?"
    first = turn_for(asking_age(), c.AGE, T, number="52")
    assert first.state == checking(Check(age=52))
    assert said(first) == "Thanks. Do you have any chest pain, pressure or tightness?"


@pytest.mark.parametrize("number", ["?", None, "", "121", "sixty", "-4", "4.5", "٤٥"])
def test_an_age_that_is_not_a_plausible_number_is_asked_again(number: str | None) -> None:
    turn = turn_for(asking_age(), c.AGE, T, number=number)
    assert turn.state == asking_age()._replace(misses=1)
    assert said(turn) == "Sorry, I didn't catch your age. Please say it as a number, like forty-five. How old are you?"


@pytest.mark.parametrize("intent", [c.RATHER_NOT_SAY, c.NOT_SURE])
def test_rather_not_say_goes_on_with_every_age_rule(intent: str) -> None:
    turn = turn_for(asking_age(), intent, T)
    assert turn.state == checking(Check(age=None)) and said(turn).startswith("That's fine.")


@pytest.mark.parametrize("age", ["0", "9", "15"])
def test_under_sixteen_ends_without_the_adult_questions(age: str) -> None:
    """Confirmed first: "fifty" heard as "fifteen" must not end the check."""
    heard = turn_for(asking_age(), c.AGE, T, number=age)
    assert heard.state == asking_age(age_heard=int(age)) and said(heard) == f"Did you say you're {age}?"
    turn = turn_for(heard.state, c.YES, T)
    assert turn.state is None and turn.outcome is None
    assert said(turn).startswith("Back Pain Check is for adults") and "call 911 now" in said(turn)


def test_a_misheard_fifteen_is_asked_again_and_the_real_age_taken() -> None:
    heard = turn_for(asking_age(), c.AGE, T, number="15")
    again = turn_for(heard.state or asking_age(), c.NO, T)
    assert again.state == asking_age() and said(again) == "Sorry about that. How old are you?"
    taken = turn_for(heard.state or asking_age(), c.AGE, T, number="50")
    assert taken.state == checking(Check(age=50))


def test_opening_again_mid_check_keeps_the_answers() -> None:
    turn = launch(MID_CHECK, T)
    assert turn.state == MID_CHECK and said(turn).startswith("Let's carry on.")


@pytest.mark.parametrize("phase", [Phase.AGE, Phase.CHECKING, Phase.BROKEN])
def test_stopping_mid_check_gives_the_safety_net(phase: Phase) -> None:
    state = MID_CHECK if phase is Phase.CHECKING else SessionState(phase)
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
