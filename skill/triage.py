"""The triage core: which question comes next, what an answer does, the verdict.

Pure functions over an immutable ``Check``; no Alexa, Flask, clock or I/O here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

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


@dataclass(frozen=True)
class Check:
    """Where a check stands: the answers so far, in the order given."""

    answers: tuple[tuple[str, Answer], ...] = ()
    # The pending question has been explained after a first "not sure".
    explained: bool = False

    def answer_to(self, question_id: str) -> Answer | None:
        for answered_id, answer in self.answers:
            if answered_id == question_id:
                return answer
        return None


@dataclass(frozen=True)
class Verdict:
    tier: Tier
    # The questions answered yes (or "not sure") at the verdict's tier, in asking order.
    reasons: tuple[Question, ...]


@dataclass(frozen=True)
class Step:
    """The outcome of one reply: the new check and what to say about it."""

    check: Check
    question: Question | None  # the question to ask now; None once there is a verdict
    verdict: Verdict | None = None
    explain: bool = False  # a first "not sure": explain the question, then ask it again
    counted_as_yes: bool = False  # a second "not sure" was counted as yes


def _yes_answers(check: Check, signs: Sequence[Question]) -> list[Question]:
    return [sign for sign in signs if (a := check.answer_to(sign.id)) is not None and a.counts_as_yes]


def _still_askable(check: Check, signs: Sequence[Question]) -> list[Question]:
    """Questions not yet answered that may still be asked, in order."""
    askable = []
    for sign in signs:
        if check.answer_to(sign.id) is not None:
            continue
        parent = check.answer_to(sign.follows) if sign.follows else Answer.YES
        if parent is None or parent.counts_as_yes:
            askable.append(sign)
    return askable


def current_tier(check: Check, signs: Sequence[Question] = WARNING_SIGNS) -> Tier:
    """The most urgent tier among the answers counted as yes so far."""
    return max((sign.tier for sign in _yes_answers(check, signs)), default=Tier.HOME)


def is_finished(check: Check, signs: Sequence[Question] = WARNING_SIGNS) -> bool:
    """True when no question still to come could make the verdict more urgent."""
    remaining = _still_askable(check, signs)
    return not remaining or max(sign.tier for sign in remaining) <= current_tier(check, signs)


def next_question(check: Check, signs: Sequence[Question] = WARNING_SIGNS) -> Question | None:
    """The question to ask now, or None when the check has reached its verdict."""
    if is_finished(check, signs):
        return None
    return _still_askable(check, signs)[0]


def questions_left(check: Check, signs: Sequence[Question] = WARNING_SIGNS) -> int:
    """How many main questions (follow-ups not counted) may still be asked."""
    return sum(1 for sign in _still_askable(check, signs) if sign.follows is None)


def verdict(check: Check, signs: Sequence[Question] = WARNING_SIGNS) -> Verdict | None:
    """The verdict once the check is finished, else None."""
    if not is_finished(check, signs):
        return None
    tier = current_tier(check, signs)
    reasons = tuple(sign for sign in _yes_answers(check, signs) if sign.tier == tier)
    return Verdict(tier, reasons)


def take_reply(check: Check, reply: Reply, signs: Sequence[Question] = WARNING_SIGNS) -> Step:
    """Apply the user's reply to the pending question."""
    question = next_question(check, signs)
    if question is None:
        raise ValueError("the check is already finished")
    if reply is Reply.NOT_SURE and not check.explained:
        return Step(replace(check, explained=True), question, explain=True)
    answer = {
        Reply.YES: Answer.YES,
        Reply.NO: Answer.NO,
        Reply.NOT_SURE: Answer.UNSURE,
    }[reply]
    after = Check(answers=(*check.answers, (question.id, answer)))
    return Step(
        after,
        next_question(after, signs),
        verdict(after, signs),
        counted_as_yes=answer is Answer.UNSURE,
    )


def is_consistent(check: Check, signs: Sequence[Question] = WARNING_SIGNS) -> bool:
    """True when ``check`` could have come from asking ``signs`` in order and is not finished.

    Used to refuse stale or tampered session attributes.
    """
    by_id = {sign.id: sign for sign in signs}
    replayed = Check()
    for question_id, answer in check.answers:
        if question_id not in by_id or next_question(replayed, signs) != by_id[question_id]:
            return False
        replayed = Check(answers=(*replayed.answers, (question_id, answer)))
    return next_question(replayed, signs) is not None


def resume_position(check: Check, signs: Sequence[Question] = WARNING_SIGNS) -> str | None:
    """The pending question's id, when it alone is enough to resume the check later.

    That holds when at least one question was answered and every answer was "no": then
    the answers so far follow from the position. After any yes (or "not sure") it does
    not, and storing the answer is not allowed, so such a check is not resumable.
    """
    if not check.answers or any(answer is not Answer.NO for _, answer in check.answers):
        return None
    question = next_question(check, signs)
    return question.id if question is not None else None


def resume_at(question_id: str, signs: Sequence[Question] = WARNING_SIGNS) -> Check | None:
    """The check rebuilt from a position saved by ``resume_position``; None if it is not one."""
    check = Check()
    while (question := next_question(check, signs)) is not None:
        if question.id == question_id:
            return check if check.answers else None
        check = take_reply(check, Reply.NO, signs).check
    return None
