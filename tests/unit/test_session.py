"""Session attributes are validated: anything stale or tampered with is refused."""

from __future__ import annotations

from typing import Any

import pytest

from skill import constants as c
from skill.session import SessionState, checking_attributes, offered_attributes, read_session
from skill.triage import Check, Reply, take_reply


def test_no_attributes_is_a_new_session() -> None:
    assert read_session(None).phase is None
    assert read_session({}).phase is None


def test_offered_and_checking_attributes_read_back() -> None:
    assert read_session(offered_attributes()).phase == c.OFFERED
    check = take_reply(take_reply(Check(), Reply.NO).check, Reply.NOT_SURE).check
    state = read_session(checking_attributes(check))
    assert state.phase == c.CHECKING and state.check == check


def good() -> dict[str, Any]:
    return checking_attributes(take_reply(Check(), Reply.NO).check)


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
    assert state.phase == c.BROKEN and state.check is None


@pytest.mark.parametrize(
    "attributes",
    [
        # Phases of the first version (resume offers, "forget me"): nothing is kept now.
        {"v": 1, "phase": "resume_offered", "resume": "chest_pain"},
        {"v": 1, "phase": "confirm_forget"},
    ],
)
def test_phases_that_no_longer_exist_restart_safely(attributes: dict[str, Any]) -> None:
    assert read_session(attributes) == SessionState(c.BROKEN)
