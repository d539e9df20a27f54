"""Session attributes are validated: anything stale or tampered with is refused."""

from __future__ import annotations

from typing import Any

import pytest

from skill.alexa.session import Phase, SessionState, attributes_for, checking, offered, read_session
from skill.core.triage import Answer, Check, take_reply


def test_no_attributes_is_a_new_session() -> None:
    assert read_session(None).phase is Phase.NEW
    assert read_session({}).phase is Phase.NEW


def test_offered_and_checking_attributes_read_back() -> None:
    assert read_session(attributes_for(offered())).phase is Phase.OFFERED
    check = take_reply(take_reply(Check(), Answer.NO).check, Answer.NOT_SURE).check
    state = read_session(attributes_for(checking(check)))
    assert state.phase is Phase.CHECKING and state.check == check


def good() -> dict[str, Any]:
    return attributes_for(checking(take_reply(Check(), Answer.NO).check))


@pytest.mark.parametrize(
    "tamper",
    [
        lambda a: a.update(v=0),
        lambda a: a.pop("v"),
        lambda a: a.update(phase="somewhere"),
        lambda a: a.update(answers="bladder_bowel=no"),
        lambda a: a.update(answers=[["bladder_bowel"]]),
        lambda a: a.update(answers=[["bladder_bowel", "perhaps"]]),
        lambda a: a.update(answers=[["bladder_bowel", True]]),
        lambda a: a.update(answers=[["made_up_sign", "no"]]),
        lambda a: a.update(answers=[["chest_pain", "no"]]),  # out of order
        lambda a: a.update(answers=[["bladder_bowel", "no"], ["bladder_bowel", "no"]]),
        lambda a: a.update(answers=[["bladder_bowel", "yes"]]),  # already finished
        lambda a: a.update(answers=[["bladder_bowel", "no"], ["leg_weakness_both", "no"]]),
        lambda a: a.update(explained="yes"),
        lambda a: a.update(answers=None),
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
