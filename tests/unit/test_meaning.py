"""What an answer means depends on the question (skill/core/meaning.py): pure, without Alexa."""

from __future__ import annotations

import pytest

from skill.core.meaning import ASKED_AGAIN_AFTER_A_HEDGE, ECHOES, Said, meaning
from skill.core.signs import SEVERITY_QUESTIONS, SIGNS_BY_ID, WARNING_SIGNS, Tier
from skill.core.triage import Answer, Check, Recorded, next_question, take_reply

EVERY_QUESTION = [s.id for s in WARNING_SIGNS]


@pytest.mark.parametrize("sign_id", EVERY_QUESTION)
def test_a_bit_is_a_yes_except_to_a_question_about_severity(sign_id: str) -> None:
    got = meaning(Said.QUALIFIED_YES, SIGNS_BY_ID[sign_id])
    assert got is (Answer.NOT_SURE if sign_id in SEVERITY_QUESTIONS else Answer.YES)


def test_the_severity_questions_are_the_ones_that_ask_how_bad_or_how_sudden() -> None:
    assert {"sudden_onset", "leg_weakness_worse", "abdominal_pain_sudden", "severe_rest_pain"} == SEVERITY_QUESTIONS


@pytest.mark.parametrize("sign_id", EVERY_QUESTION)
def test_a_hedged_no_is_asked_again_only_where_a_yes_is_an_emergency(sign_id: str) -> None:
    sign = SIGNS_BY_ID[sign_id]
    emergency = sign.tier is Tier.EMERGENCY or any(
        f.follows == sign_id and f.tier is Tier.EMERGENCY for f in WARNING_SIGNS
    )
    assert (sign_id in ASKED_AGAIN_AFTER_A_HEDGE) is emergency
    assert meaning(Said.HEDGED_NO, sign) is (Answer.HEDGED_NO if emergency else Answer.NO)


def test_a_hedged_no_to_an_emergency_question_is_asked_once_more_then_is_a_no() -> None:
    check = Check(age=40)
    first = next_question(check)
    assert first is not None and first.id == "chest_pain"
    step = take_reply(check, meaning(Said.HEDGED_NO, first) or Answer.YES)
    assert step.ask_again and step.question == first and step.check.answers == ()
    again = take_reply(step.check, meaning(Said.HEDGED_NO, first) or Answer.YES)
    assert again.check.answers == (("chest_pain", Recorded.NO),) and not again.ask_again


def test_a_hedge_then_a_yes_is_a_yes() -> None:
    step = take_reply(Check(age=40), Answer.HEDGED_NO)
    assert take_reply(step.check, Answer.YES).verdict is not None


@pytest.mark.parametrize(("symptom", "sign_ids"), sorted(ECHOES.items()))
def test_a_symptom_repeated_is_a_yes_to_its_own_question_only(symptom: str, sign_ids: frozenset[str]) -> None:
    for sign in WARNING_SIGNS:
        expected = Answer.YES if sign.id in sign_ids else None
        assert meaning(Said.ECHO, sign, symptom) is expected, (symptom, sign.id)


def test_an_echo_with_no_symptom_resolved_answers_nothing() -> None:
    assert meaning(Said.ECHO, SIGNS_BY_ID["chest_pain"], None) is None
    assert meaning(Said.ECHO, SIGNS_BY_ID["chest_pain"], "made_up") is None
