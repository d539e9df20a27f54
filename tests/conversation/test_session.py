"""Session attributes are validated: anything stale or tampered with is refused."""

from __future__ import annotations

from typing import Any

import pytest

from skill.alexa.session import Phase, SessionState, asking_age, attributes_for, checking, offered, read_session
from skill.core.triage import Answer, Check, take_reply


def test_no_attributes_is_a_new_session() -> None:
    assert read_session(None).phase is Phase.NEW
    assert read_session({}).phase is Phase.NEW


@pytest.mark.parametrize("age", [16, 40, 67, 120, None])
def test_offered_age_and_checking_attributes_read_back(age: int | None) -> None:
    assert read_session(attributes_for(offered())).phase is Phase.OFFERED
    assert read_session(attributes_for(asking_age())) == asking_age()
    check = take_reply(take_reply(Check(age=age), Answer.NO).check, Answer.NOT_SURE).check
    state = read_session(attributes_for(checking(check)))
    assert state.phase is Phase.CHECKING and state.check == check and state.check.age == age


def test_the_age_is_kept_in_the_session_as_a_number_or_null() -> None:
    assert good()["age"] == 40 and good()["v"] == 2
    assert attributes_for(checking(Check(age=None)))["age"] is None


def good() -> dict[str, Any]:
    return attributes_for(checking(take_reply(Check(age=40), Answer.NO).check))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda a: a.update(v=0),
        lambda a: a.pop("v"),
        lambda a: a.update(phase="somewhere"),
        lambda a: a.update(v=1),  # before the age question
        lambda a: a.update(phase=[]),
        lambda a: a.update(phase={"checking": 1}),
        lambda a: a.update(answers="chest_pain=no"),
        lambda a: a.update(answers=[["chest_pain"]]),
        lambda a: a.update(answers=[["chest_pain", "perhaps"]]),
        lambda a: a.update(answers=[["chest_pain", True]]),
        lambda a: a.update(answers=[["made_up_sign", "no"]]),
        lambda a: a.update(answers=[["faintness", "no"]]),  # out of order
        lambda a: a.update(answers=[["chest_pain", "no"], ["chest_pain", "no"]]),
        lambda a: a.update(answers=[["chest_pain", "yes"], ["chest_pain_recent", "yes"]]),  # already finished
        lambda a: a.update(answers=[["chest_pain", "no"], ["leg_weakness_both", "no"]]),
        lambda a: a.update(
            answers=[
                ["chest_pain", "no"],
                ["breathless", "no"],
                ["sudden_onset", "no"],
                ["faintness", "no"],
                ["aortic_aneurysm", "no"],
            ]
        ),  # not asked at 40
        lambda a: a.update(explained="yes"),
        lambda a: a.update(answers=None),
        lambda a: a.pop("age"),
        lambda a: a.update(age=15),  # a child is never asked the questions
        lambda a: a.update(age=121),
        lambda a: a.update(age="40"),
        lambda a: a.update(age=40.0),
        lambda a: a.update(age=True),
    ],
)
def test_stale_or_tampered_attributes_are_refused(tamper) -> None:  # type: ignore[no-untyped-def]
    attributes = good()
    tamper(attributes)
    state = read_session(attributes)
    assert state.phase is Phase.BROKEN and state.check is None


@pytest.mark.parametrize(
    "attributes",
    [
        # Phases of the first version (resume offers, "forget me"): nothing is kept now.
        {"v": 1, "phase": "resume_offered", "resume": "chest_pain"},
        {"v": 1, "phase": "confirm_forget"},
    ],
)
def test_phases_that_no_longer_exist_restart_safely(attributes: dict[str, Any]) -> None:
    assert read_session(attributes) == SessionState(Phase.BROKEN)
