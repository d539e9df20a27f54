"""Session attributes <-> where the conversation stands, refusing anything stale or tampered with."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from skill import constants as c
from skill.triage import Answer, Check, is_consistent


class SessionState(NamedTuple):
    """What the session says is under way.

    ``phase`` is None for a new session and ``BROKEN`` when the attributes could not be
    trusted. ``check`` is the check in progress (``CHECKING`` only). ``misses`` counts
    replies in a row that were not understood (the fallback escalates with it).
    """

    phase: str | None = None
    check: Check | None = None
    misses: int = 0


_ANSWERS = {answer.value: answer for answer in Answer}
_VALUES = {answer: answer.value for answer in Answer}  # a dict lookup is cheaper than Enum.value
BROKEN = SessionState(c.BROKEN)
MAX_MISSES = 99  # beyond any real conversation: a larger count was tampered with


def _parse_check(attributes: Mapping[str, Any]) -> Check | None:
    pairs = attributes.get(c.ANSWERS)
    explained = attributes.get(c.EXPLAINED, False)
    if not isinstance(pairs, list) or not isinstance(explained, bool):
        return None
    answers = []
    for pair in pairs:
        if type(pair) is not list or len(pair) != 2:
            return None
        question_id, answer = pair
        recorded = _ANSWERS.get(answer) if type(answer) is str else None
        if recorded is None or type(question_id) is not str:
            return None
        answers.append((question_id, recorded))
    check = Check(tuple(answers), explained)
    return check if is_consistent(check) else None


def read_session(attributes: Mapping[str, Any] | None) -> SessionState:
    """Validate the session attributes Alexa sent back."""
    if not attributes:
        return SessionState()
    if attributes.get(c.VERSION) != c.SESSION_VERSION:
        return BROKEN
    phase = attributes.get(c.PHASE)
    misses = attributes.get(c.MISSES, 0)
    if type(misses) is not int or not 0 <= misses <= MAX_MISSES:
        return BROKEN
    if phase == c.OFFERED:
        return SessionState(c.OFFERED, misses=misses)
    if phase == c.CHECKING:
        check = _parse_check(attributes)
        return SessionState(c.CHECKING, check, misses) if check is not None else BROKEN
    return BROKEN


def _check_attributes(check: Check) -> dict[str, Any]:
    return {
        c.ANSWERS: [[question_id, _VALUES[answer]] for question_id, answer in check.answers],
        c.EXPLAINED: check.explained,
    }


def attributes_for(state: SessionState) -> dict[str, Any]:
    """The session attributes that keep the conversation in ``state``."""
    attributes: dict[str, Any] = {c.VERSION: c.SESSION_VERSION, c.PHASE: state.phase}
    if state.check is not None:
        attributes.update(_check_attributes(state.check))
    if state.misses:
        attributes[c.MISSES] = state.misses
    return attributes


def offered_attributes() -> dict[str, Any]:
    return attributes_for(SessionState(c.OFFERED))


def checking_attributes(check: Check) -> dict[str, Any]:
    return attributes_for(SessionState(c.CHECKING, check))
