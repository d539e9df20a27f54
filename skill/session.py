"""Session attributes <-> the check's state, refusing anything stale or tampered with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skill import constants as c
from skill.triage import Answer, Check, is_consistent


@dataclass(frozen=True)
class SessionState:
    """What the session says is under way.

    ``phase`` is None when nothing is (a new session), ``BROKEN`` when the
    attributes were present but could not be trusted.
    """

    phase: str | None = None
    check: Check | None = None


_ANSWERS = {answer.value: answer for answer in Answer}


def _parse_check(attributes: Mapping[str, Any]) -> Check | None:
    pairs = attributes.get(c.ANSWERS)
    explained = attributes.get(c.EXPLAINED, False)
    if not isinstance(pairs, list) or not isinstance(explained, bool):
        return None
    answers = []
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
            return None
        question_id, answer = pair
        if answer not in _ANSWERS:
            return None
        answers.append((question_id, _ANSWERS[answer]))
    check = Check(tuple(answers), explained)
    return check if is_consistent(check) else None


def read_session(attributes: Mapping[str, Any] | None) -> SessionState:
    """Validate the session attributes Alexa sent back."""
    if not attributes:
        return SessionState()
    if attributes.get(c.VERSION) != c.SESSION_VERSION:
        return SessionState(c.BROKEN)
    phase = attributes.get(c.PHASE)
    if phase == c.OFFERED:
        return SessionState(c.OFFERED)
    if phase == c.CHECKING:
        check = _parse_check(attributes)
        if check is not None:
            return SessionState(c.CHECKING, check)
    return SessionState(c.BROKEN)


def offered_attributes() -> dict[str, Any]:
    return {c.VERSION: c.SESSION_VERSION, c.PHASE: c.OFFERED}


def checking_attributes(check: Check) -> dict[str, Any]:
    return {
        c.VERSION: c.SESSION_VERSION,
        c.PHASE: c.CHECKING,
        c.ANSWERS: [[question_id, answer.value] for question_id, answer in check.answers],
        c.EXPLAINED: check.explained,
    }
