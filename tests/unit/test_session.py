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


def test_a_resume_offer_reads_back_as_the_check_it_would_continue() -> None:
    state = read_session({"v": 1, "phase": c.RESUME_OFFERED, "resume": "chest_pain"})
    assert state.phase == c.RESUME_OFFERED and state.check is not None
    assert [q for q, _ in state.check.answers] == ["bladder_bowel", "peeing_difficulty", "saddle_numbness"]


def test_a_confirmation_reads_back_with_or_without_a_check_to_return_to() -> None:
    assert read_session({"v": 1, "phase": c.CONFIRM_FORGET}) == SessionState(c.CONFIRM_FORGET)
    with_check = {**good(), "phase": c.CONFIRM_FORGET}
    assert read_session(with_check).check == take_reply(Check(), Reply.NO).check


@pytest.mark.parametrize(
    "attributes",
    [
        {"v": 1, "phase": c.RESUME_OFFERED},
        {"v": 1, "phase": c.RESUME_OFFERED, "resume": "bladder_bowel"},  # nothing answered yet
        {"v": 1, "phase": c.RESUME_OFFERED, "resume": "leg_weakness_both"},  # only after a yes
        {"v": 1, "phase": c.RESUME_OFFERED, "resume": ["fever"]},
        {"v": 1, "phase": c.CONFIRM_FORGET, "answers": [["made_up", "no"]]},
    ],
)
def test_stale_or_tampered_resume_and_confirm_attributes_are_refused(attributes: dict[str, Any]) -> None:
    assert read_session(attributes).phase == c.BROKEN
