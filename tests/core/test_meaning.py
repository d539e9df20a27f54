"""What an answer means depends on the question (skill/core/meaning.py): pure, without Alexa."""

from __future__ import annotations

import pytest

from skill.core.free_answers import free_answer
from skill.core.meaning import ECHOES, Said, meaning
from skill.core.signs import SEVERITY_QUESTIONS, SIGNS_BY_ID, WARNING_SIGNS
from skill.core.triage import Answer, Check, Recorded, next_question, take_reply

EVERY_QUESTION = [s.id for s in WARNING_SIGNS]


@pytest.mark.parametrize("sign_id", EVERY_QUESTION)
def test_a_bit_is_a_yes_except_to_a_question_about_severity(sign_id: str) -> None:
    got = meaning(Said.QUALIFIED_YES, SIGNS_BY_ID[sign_id])
    assert got is (Answer.NOT_SURE if sign_id in SEVERITY_QUESTIONS else Answer.YES)


def test_the_severity_questions_are_the_ones_that_ask_how_bad_or_how_sudden() -> None:
    assert {"sudden_onset", "rest_pain", "leg_weak", "abdominal_sudden"} == SEVERITY_QUESTIONS


@pytest.mark.parametrize("sign_id", EVERY_QUESTION)
def test_a_hedged_no_is_a_hedge_to_every_question(sign_id: str) -> None:
    assert meaning(Said.HEDGED_NO, SIGNS_BY_ID[sign_id]) is Answer.HEDGED_NO


@pytest.mark.parametrize(("age", "asked_again"), [(45, True), (50, True), (None, True)])
def test_a_hedge_is_asked_again_where_a_yes_would_be_an_emergency_at_that_age(
    age: int | None, asked_again: bool
) -> None:
    """Sudden pain that stays as bad lying still is an emergency from 50 (an age rule), and at any age with a
    blood thinner, asked after it (fourth pass block 9): so a hedge is asked again at every age."""
    check = Check(age=age)
    for reply in (Answer.NO, Answer.NO, Answer.YES):  # chest pain, breathless, sudden onset
        check = take_reply(check, reply).check
    if next_question(check) is not None and next_question(check).id == "blood_thinner":  # type: ignore[union-attr]
        check = take_reply(check, Answer.NO).check
    question = next_question(check)
    assert question is not None and question.id == "rest_pain"
    assert take_reply(check, Answer.HEDGED_NO).ask_again is asked_again


def test_a_hedge_to_a_question_that_cannot_be_an_emergency_is_a_no_at_once() -> None:
    check = Check(age=40)
    while (question := next_question(check)) is not None and question.id != "weight_loss":
        check = take_reply(check, Answer.NO).check
    step = take_reply(check, Answer.HEDGED_NO)
    assert not step.ask_again and step.check.answers[-1] == ("weight_loss", Recorded.NO)


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
    after = take_reply(step.check, Answer.YES)
    assert after.check.answers == (("chest_pain", Recorded.YES),)
    assert after.question is not None and after.question.id == "chest_pain_recent"


@pytest.mark.parametrize(("symptom", "sign_ids"), sorted(ECHOES.items()))
def test_a_symptom_repeated_is_a_yes_to_its_own_question_only(symptom: str, sign_ids: frozenset[str]) -> None:
    for sign in WARNING_SIGNS:
        expected = Answer.YES if sign.id in sign_ids else None
        assert meaning(Said.ECHO, sign, symptom) is expected, (symptom, sign.id)


def test_an_echo_with_no_symptom_resolved_answers_nothing() -> None:
    assert meaning(Said.ECHO, SIGNS_BY_ID["chest_pain"], None) is None
    assert meaning(Said.ECHO, SIGNS_BY_ID["chest_pain"], "made_up") is None


@pytest.mark.parametrize(
    ("words", "question_id", "language", "said", "meant"),
    [
        ("one, both of them", "legs_both", "en", None, Answer.YES),  # "not just one, both of them"
        ("only the left", "legs_both", "en", Answer.YES, Answer.NO),  # "yes, but only the left"
        ("my foot is numb", "leg_symptoms", "en", Answer.NO, Answer.YES),
        ("una las dos", "legs_both", "es", None, Answer.YES),  # "no solo una, las dos"
        ("nada más la izquierda", "legs_both", "es", Answer.YES, Answer.NO),
        ("dolor también hormigueo", "leg_symptoms", "es", None, Answer.YES),
        ("la gauche mais aussi la droite", "legs_both", "fr", None, Answer.YES),
        ("juste la gauche", "legs_both", "fr", Answer.YES, Answer.NO),
        ("des picotements", "leg_symptoms", "fr", None, Answer.YES),
    ],
)
def test_free_words_about_the_legs_answer_the_legs_questions(
    words: str, question_id: str, language: str, said: Answer | None, meant: Answer
) -> None:
    assert free_answer(words, question_id, language, said).reply is meant


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_words_that_decide_nothing_about_both_legs_are_no_answer(language: str) -> None:
    """ "No solo la izquierda" ("not only the left", or "no, only the left"): asked again, not guessed."""
    words = {"en": "the left", "es": "la izquierda", "fr": "la gauche"}[language]
    assert free_answer(words, "legs_both", language).reply is None
