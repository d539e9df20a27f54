"""The triage core: which question comes next, what an answer does, the verdict.

Pure functions over an immutable ``Check``; no Alexa, Flask, clock or I/O here.

The rules, over the ordered questions in ``skill.signs``:

- A question may be asked while unanswered, unless it is a follow-up of a question
  answered "no".
- The check is finished when no question that may still be asked has a tier above the
  most urgent tier answered so far (so the first emergency yes ends it at once), or
  when none is left. The verdict is that most urgent tier.

Every answer is recorded in asking order, so one walk along the questions, alongside
the answers, finds the pending question, the tier so far, and whether the answers
could have come from asking in order at all. The walk is done once per ``Check``.
tests/unit/test_triage.py checks it against a plain re-statement of the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import NamedTuple

from skill.signs import WARNING_SIGNS, Question, Tier


class Reply(Enum):
    """What the user said to a question."""

    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"


class Answer(Enum):
    """What is recorded for a question; UNSURE is a second "not sure", counted as yes."""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"

    @property
    def counts_as_yes(self) -> bool:
        return self is not Answer.NO


_NO = Answer.NO
_RECORDED = {Reply.YES: Answer.YES, Reply.NO: Answer.NO, Reply.NOT_SURE: Answer.UNSURE}

# --- Tables built once from the questions -------------------------------------------------

_POSITION = {sign.id: index for index, sign in enumerate(WARNING_SIGNS)}


def _reachable_max(start: int) -> Tier:
    """The highest tier among questions from ``start`` on, leaving out follow-ups of earlier questions."""
    return max(
        (s.tier for s in WARNING_SIGNS[start:] if s.follows is None or _POSITION[s.follows] >= start),
        default=Tier.HOME,
    )


# For each position: the highest tier still possible from there (follow-ups of earlier
# questions aside), those follow-ups with the question they follow, and how many main
# questions are left.
_MAX_FROM = [_reachable_max(start) for start in range(len(WARNING_SIGNS) + 1)]
_FOLLOW_UPS_OF_EARLIER = [
    [(s.tier, s.follows) for s in WARNING_SIGNS[start:] if s.follows is not None and _POSITION[s.follows] < start]
    for start in range(len(WARNING_SIGNS) + 1)
]
_MAIN_LEFT = [sum(s.follows is None for s in WARNING_SIGNS[start:]) for start in range(len(WARNING_SIGNS) + 1)]


class _Walk(NamedTuple):
    pending: Question | None  # the question to ask now; None when finished (or inconsistent)
    position: int  # where ``pending`` stands in WARNING_SIGNS
    tier: Tier  # the most urgent tier answered yes or "not sure"
    consistent: bool  # the answers could have come from asking in order


@dataclass(frozen=True)
class Check:
    """Where a check stands: the answers so far, in the order given."""

    answers: tuple[tuple[str, Answer], ...] = ()
    # The pending question has been explained after a first "not sure".
    explained: bool = False
    _by_id: dict[str, Answer] = field(init=False, compare=False, repr=False)
    _walk: _Walk = field(init=False, compare=False, repr=False)
    # Where the walk may start: (position, answers consumed, tier) of a prefix already
    # walked. ``take_reply`` passes its check's, so one reply costs one step, not a walk.
    _start: tuple[int, int, Tier] = field(default=(0, 0, Tier.HOME), compare=False, repr=False)

    def __post_init__(self) -> None:
        # Derived once, when the check is made (it is immutable): every use needs them.
        object.__setattr__(self, "_by_id", dict(self.answers))
        object.__setattr__(self, "_walk", self._walk_answers())

    def answer_to(self, question_id: str) -> Answer | None:
        return self._by_id.get(question_id)

    def _counts_as_yes(self, question_id: str) -> bool:
        return self._by_id.get(question_id, _NO) is not _NO

    def _walk_answers(self) -> _Walk:
        position, answered, tier = self._start
        answers, total, by_id = self.answers, len(self.answers), self._by_id
        no = _NO
        for position in range(position, len(WARNING_SIGNS)):  # noqa: B020 (resumes the walk)
            sign = WARNING_SIGNS[position]
            if sign.follows is not None and by_id.get(sign.follows, no) is no:
                continue  # a follow-up of a "no": never asked
            # ``sign`` is the question that comes next: is the check finished before it?
            highest = _MAX_FROM[position]
            for follow_up_tier, parent in _FOLLOW_UPS_OF_EARLIER[position]:
                if follow_up_tier > highest and by_id.get(parent, no) is not no:
                    highest = follow_up_tier
            if highest <= tier:
                return _Walk(None, position, tier, answered == total)
            if answered == total:
                return _Walk(sign, position, tier, True)
            question_id, answer = answers[answered]
            if question_id != sign.id:
                return _Walk(None, position, tier, False)
            if answer is not no and sign.tier > tier:
                tier = sign.tier
            answered += 1
        return _Walk(None, len(WARNING_SIGNS), tier, answered == total)


class Verdict(NamedTuple):
    tier: Tier
    # The questions answered yes (or "not sure") at the verdict's tier, in asking order.
    reasons: tuple[Question, ...]


class Step(NamedTuple):
    """The outcome of one reply: the new check and what to say about it."""

    check: Check
    question: Question | None  # the question to ask now; None once there is a verdict
    verdict: Verdict | None = None
    explain: bool = False  # a first "not sure": explain the question, then ask it again
    counted_as_yes: bool = False  # a second "not sure" was counted as yes


def current_tier(check: Check) -> Tier:
    """The most urgent tier among the answers counted as yes so far."""
    return check._walk.tier


def next_question(check: Check) -> Question | None:
    """The question to ask now, or None when the check has reached its verdict."""
    return check._walk.pending


def is_finished(check: Check) -> bool:
    """True when no question still to come could make the verdict more urgent."""
    return check._walk.pending is None


def questions_left(check: Check) -> int:
    """How many main questions (follow-ups not counted) may still be asked."""
    return _MAIN_LEFT[check._walk.position] if not is_finished(check) else 0


def verdict(check: Check) -> Verdict | None:
    """The verdict once the check is finished, else None."""
    if not is_finished(check):
        return None
    tier = current_tier(check)
    if tier is Tier.HOME:
        return Verdict(tier, ())
    return Verdict(tier, tuple(sign for sign in WARNING_SIGNS if sign.tier == tier and check._counts_as_yes(sign.id)))


def take_reply(check: Check, reply: Reply) -> Step:
    """Apply the user's reply to the pending question."""
    question = next_question(check)
    if question is None:
        raise ValueError("the check is already finished")
    if reply is Reply.NOT_SURE and not check.explained:
        return Step(replace(check, explained=True), question, explain=True)
    answer = _RECORDED[reply]
    walked = check._walk
    after = Check(
        answers=(*check.answers, (question.id, answer)), _start=(walked.position, len(check.answers), walked.tier)
    )
    return Step(after, next_question(after), verdict(after), counted_as_yes=answer is Answer.UNSURE)


def is_consistent(check: Check) -> bool:
    """True when ``check`` could have come from asking the questions in order and is not finished.

    Used to refuse stale or tampered session attributes.
    """
    return check._walk.consistent and check._walk.pending is not None
