"""Session attributes <-> where the conversation stands, refusing anything stale or tampered with.

The one place that knows the attributes' shapes. Alexa sends them back with every
request, and they are the skill's only memory:

- a new session: none;
- the welcome offered to start: ``{"v": 2, "phase": "offered"}``;
- the age asked: ``{"v": 2, "phase": "age"}``; an age heard that must be confirmed (under 16, or one a
  mishearing of its tens would change: "sixteen" for "sixty"): ``{"v": 2, "phase": "age", "age_heard": 16}``;
  a decade heard that must be confirmed ("sesenta y tantos" for "setenta y tantos"): ``"decade_heard": "60"``
  instead;
- a question pending: ``{"v": 2, "phase": "checking", "age": 67, "answers": [["chest_pain", "no"], ...],
  "explained": false}`` (``"age": null`` when the person would rather not say);
- either of those after replies that were not understood: ``"misses": 2`` as well;
- a question pending after a warning sign was named before its turn ("no, but my leg is numb"):
  ``"noted": ["leg_numb"]`` as well (its question, and those on the way to it, are then answered yes);
- a verdict given and "want to hear that again?" asked: the finished check, and ``"outcome": "urgent"``
  (``"phase": "verdict"``);
- when the session ends after a verdict: ``{"outcome": "urgent"}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, NamedTuple

from skill.alexa import constants as c
from skill.core.meaning import DECADES
from skill.core.signs import ADULT_AGE, OLDEST_AGE, SIGNS_BY_ID, Tier
from skill.core.triage import Check, Recorded, is_consistent, is_finished, tier_of_check


class Phase(Enum):
    """Where a session stands. NEW and BROKEN are never stored: they are what is read."""

    NEW = "new"  # no attributes: the session has just begun
    OFFERED = "offered"  # the welcome offered to start the check
    AGE = "age"  # the age question is pending
    CHECKING = "checking"  # a question is pending
    VERDICT = "verdict"  # the verdict given, "want to hear that again?" asked
    BROKEN = "broken"  # the attributes were stale or tampered with: restart safely


class SessionState(NamedTuple):
    """What the session says is under way.

    ``check`` is the check in progress (CHECKING only). ``misses`` counts replies in a
    row that were not understood (the fallback says more each time).
    """

    phase: Phase = Phase.NEW
    check: Check | None = None
    misses: int = 0
    age_heard: int | None = None  # AGE only: an age heard, to be confirmed before it is used
    decade_heard: str | None = None  # AGE only: a decade heard ("60"), to be confirmed before it is used
    noted: tuple[str, ...] = ()  # CHECKING only: signs named before their turn, answered yes when they come


_STORED = {phase.value: phase for phase in (Phase.OFFERED, Phase.AGE, Phase.CHECKING, Phase.VERDICT)}
_RECORDED = {recorded.value: recorded for recorded in Recorded}
_VALUES = {recorded: recorded.value for recorded in Recorded}  # a dict lookup is cheaper than Enum.value
BROKEN = SessionState(Phase.BROKEN)
MAX_MISSES = 99  # beyond any real conversation: a larger count was tampered with


def _parse_check(attributes: Mapping[str, Any], finished: bool = False) -> Check | None:
    pairs = attributes.get(c.ANSWERS)
    explained = attributes.get(c.EXPLAINED, False)
    age = attributes.get(c.AGE_KEY, 0)
    if not isinstance(pairs, list) or not isinstance(explained, bool) or not _is_age(age):
        return None
    answers = []
    for pair in pairs:
        if type(pair) is not list or len(pair) != 2:
            return None
        question_id, value = pair
        recorded = _RECORDED.get(value) if type(value) is str else None
        if recorded is None or type(question_id) is not str:
            return None
        answers.append((question_id, recorded))
    check = Check(tuple(answers), explained, age)
    return check if (is_finished(check) if finished else is_consistent(check)) else None


def _is_age(age: Any) -> bool:
    """An adult's age as the skill stores it, or None (would rather not say)."""
    return age is None or (type(age) is int and ADULT_AGE <= age <= OLDEST_AGE)


def _is_heard_age(age: Any) -> bool:
    """An age heard and waiting to be confirmed: any the skill takes, a child's too."""
    return type(age) is int and 0 <= age <= OLDEST_AGE


def _read_fields(attributes: Mapping[str, Any] | None) -> SessionState:
    """The state the attributes' fields describe; ``read_session`` then checks their exact shape."""
    if not attributes:
        return SessionState()
    if attributes.get(c.VERSION) != c.SESSION_VERSION:
        return BROKEN
    stored = attributes.get(c.PHASE)
    phase = _STORED.get(stored) if type(stored) is str else None
    misses = attributes.get(c.MISSES, 0)
    if phase is None or type(misses) is not int or not 0 <= misses <= MAX_MISSES:
        return BROKEN
    if phase is Phase.AGE and c.AGE_HEARD in attributes:
        heard = attributes[c.AGE_HEARD]
        return SessionState(phase, misses=misses, age_heard=heard) if _is_heard_age(heard) else BROKEN
    if phase is Phase.AGE and c.DECADE_HEARD in attributes:
        decade = attributes[c.DECADE_HEARD]
        return SessionState(phase, misses=misses, decade_heard=decade) if decade in DECADES else BROKEN
    if phase not in (Phase.CHECKING, Phase.VERDICT):
        return SessionState(phase, misses=misses)
    check = _parse_check(attributes, finished=phase is Phase.VERDICT)
    noted = attributes.get(c.NOTED, [])
    if check is None or type(noted) is not list or not all(sign in SIGNS_BY_ID for sign in noted):
        return BROKEN
    return SessionState(phase, check, misses, noted=tuple(noted))


def read_session(attributes: Mapping[str, Any] | None) -> SessionState:
    """Validate the session attributes Alexa sent back: NEW, BROKEN, or a state whose
    attributes are exactly these (so any field added to ``attributes_for`` is checked too).

    The answers are not compared again: ``_parse_check`` took them only as lists of two strings
    it knows, so they are the ones ``attributes_for`` writes back."""
    try:
        state = _read_fields(attributes)
        if state.phase in (Phase.NEW, Phase.BROKEN) or attributes is None:  # None is always NEW
            return state
        written = attributes_for(state)
        if written.keys() != attributes.keys() or not all(
            key == c.ANSWERS or _same(value, attributes[key]) for key, value in written.items()
        ):
            return BROKEN
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, RecursionError):
        return BROKEN  # a shape the skill never writes (an unhashable phase, NaN, ...)
    return state


def _same(written: object, sent: object) -> bool:
    """Whether ``sent`` is exactly the JSON value ``written``, telling 1 from 1.0 and true (which
    Python's == does not)."""
    return type(written) is type(sent) and written == sent


def attributes_for(state: SessionState) -> dict[str, Any]:
    """The session attributes that keep the conversation in ``state`` (OFFERED or CHECKING)."""
    attributes: dict[str, Any] = {c.VERSION: c.SESSION_VERSION, c.PHASE: state.phase.value}
    if state.check is not None:
        attributes[c.AGE_KEY] = state.check.age
        attributes[c.ANSWERS] = [[question_id, _VALUES[recorded]] for question_id, recorded in state.check.answers]
        attributes[c.EXPLAINED] = state.check.explained
        if state.phase is Phase.VERDICT:
            attributes[c.OUTCOME] = tier_of_check(state.check).id
    if state.age_heard is not None:
        attributes[c.AGE_HEARD] = state.age_heard
    if state.decade_heard is not None:
        attributes[c.DECADE_HEARD] = state.decade_heard
    if state.misses:
        attributes[c.MISSES] = state.misses
    if state.noted:
        attributes[c.NOTED] = list(state.noted)
    return attributes


def final_attributes(outcome: Tier | None) -> dict[str, Any]:
    """The attributes a response that ends the session carries: the verdict's tier, or nothing."""
    return {c.OUTCOME: outcome.id} if outcome is not None else {}


def offered() -> SessionState:
    return SessionState(Phase.OFFERED)


def asking_age(age_heard: int | None = None, misses: int = 0, decade_heard: str | None = None) -> SessionState:
    return SessionState(Phase.AGE, misses=misses, age_heard=age_heard, decade_heard=decade_heard)


def checking(check: Check) -> SessionState:
    return SessionState(Phase.CHECKING, check)


def given(check: Check) -> SessionState:
    """The verdict given, and offered again: the finished check is kept to say it again."""
    return SessionState(Phase.VERDICT, check)
