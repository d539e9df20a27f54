"""The triage core: which question comes next, what an answer does, the verdict.

Pure functions over an immutable ``Check``; no Alexa, Flask, clock or I/O here.

The rules, over the ordered signs and combinations in ``skill.core.signs``:

- ``tier_of(yes)``: the most urgent tier among the signs answered yes (or "not sure")
  and the combinations with a yes in every group.
- A question may be asked while unanswered, unless it is a follow-up of a question
  not answered yes.
- The check is finished as soon as no question that may still be asked could raise
  the verdict: even a yes to every one of them would leave ``tier_of`` where it is (so
  an emergency yes ends it at once, and an urgent yes goes on while a combination
  could still make it an emergency). The verdict is ``tier_of`` the answers given.

Every answer is recorded in asking order, so one walk along the questions, alongside
the answers, finds the pending question, the yes answers so far, and whether the
answers could have come from asking in order at all. The walk is done once per
``Check``, and ``take_reply`` continues its check's walk rather than starting again.
tests/core/test_triage.py checks it against a plain re-statement of the rules.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import lru_cache
from typing import NamedTuple

from skill.core.signs import (
    ADVICE_WINS,
    COMBINATIONS,
    NERVE_SIGNS,
    NET_COVERED_BY,
    SAFETY_NET,
    SIGNS_BY_ID,
    SYMPTOMS,
    TIERS,
    WARNING_SIGNS,
    Combination,
    Question,
    Tier,
    age_facts,
    is_asked,
    path_to,
    refines,
)


class Answer(Enum):
    """What the user said to a question."""

    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"
    HEDGED_NO = "hedged_no"  # "not really": asked once more, then a no


class Recorded(Enum):
    """What is recorded for a question; UNSURE is a second "not sure", counted as yes."""

    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


_NO = Recorded.NO
_RECORDED = {
    Answer.YES: Recorded.YES,
    Answer.NO: Recorded.NO,
    Answer.NOT_SURE: Recorded.UNSURE,
    Answer.HEDGED_NO: Recorded.NO,
}


def tier_of(yes: Collection[str]) -> Tier:
    """The verdict's tier for these signs answered yes (and age facts): the highest sign or combination."""
    return _tier_of(yes if isinstance(yes, frozenset) else frozenset(yes))


@lru_cache(maxsize=4096)  # a walk asks it after every yes; the sets a check can reach are few
def _tier_of(yes: frozenset[str]) -> Tier:
    tier = max((TIERS[sign_id] for sign_id in yes), default=Tier.HOME)
    for combination in COMBINATIONS:
        if combination.tier > tier and all(not group.isdisjoint(yes) for group in combination.groups):
            tier = combination.tier
    return tier


def combinations_met(yes: Collection[str]) -> tuple[Combination, ...]:
    """The combinations with a yes in every group."""
    return tuple(c for c in COMBINATIONS if all(not group.isdisjoint(yes) for group in c.groups))


# --- Tables built once from the signs -------------------------------------------------

# Age facts are known before the first question: a question that follows one is a follow-up of "earlier".
_POSITION = {**dict.fromkeys(TIERS, -1), **{sign.id: index for index, sign in enumerate(WARNING_SIGNS)}}


def _follows_only_earlier(sign: Question, start: int) -> bool:
    """Whether ``sign`` is a follow-up of questions (or age facts) all before ``start``: known by then."""
    return bool(sign.after) and all(_POSITION[parent] < start for parent in sign.follows)


def _still_askable(start: int) -> frozenset[str]:
    """Questions from ``start`` on that may be asked whatever came before (not follow-ups of earlier ones only)."""
    return frozenset(s.id for s in WARNING_SIGNS[start:] if not _follows_only_earlier(s, start))


# For each position: the questions still askable from there, the highest tier among them,
# the follow-ups of earlier questions (asked only after a yes to those), and how many
# main questions are left.
_ASKABLE = [_still_askable(start) for start in range(len(WARNING_SIGNS) + 1)]
_MAX_ASKABLE = [max((SIGNS_BY_ID[i].tier for i in ids), default=Tier.HOME) for ids in _ASKABLE]
_FOLLOW_UPS_OF_EARLIER = [
    tuple(s for s in WARNING_SIGNS[start:] if _follows_only_earlier(s, start))
    for start in range(len(WARNING_SIGNS) + 1)
]
# Each question with every follow-up asked through it ("below the knee", "both legs" after "a leg"), itself included.
_FOLLOWING: dict[str, frozenset[str]] = {}
for _sign in reversed(WARNING_SIGNS):
    _FOLLOWING[_sign.id] = frozenset({_sign.id}).union(
        *(_FOLLOWING[s.id] for s in WARNING_SIGNS if refines(s) == _sign.id or _sign.id in s.follows)
    )
_MAIN_LEFT = [sum(not s.after for s in WARNING_SIGNS[start:]) for start in range(len(WARNING_SIGNS) + 1)]


@lru_cache(maxsize=4096)  # asked at every step of every walk, of few distinct (position, yes) pairs
def _could_raise(position: int, yes: frozenset[str], tier: Tier) -> bool:
    """Whether a yes to everything still askable from ``position`` would raise ``tier``."""
    if tier is Tier.EMERGENCY:
        return False
    if _MAX_ASKABLE[position] > tier:
        return True
    askable = _ASKABLE[position]
    for follow_up in _FOLLOW_UPS_OF_EARLIER[position]:
        if is_asked(follow_up, yes):
            if follow_up.tier > tier:
                return True
            askable = askable | {follow_up.id}
    return any(
        c.tier > tier and all(not (g.isdisjoint(yes) and g.isdisjoint(askable)) for g in c.groups) for c in COMBINATIONS
    )


class _Walk(NamedTuple):
    pending: Question | None  # the question to ask now; None when finished (or inconsistent)
    position: int  # where ``pending`` stands in WARNING_SIGNS
    yes: frozenset[str]  # the signs answered yes or "not sure"
    tier: Tier  # tier_of(yes)
    consistent: bool  # the answers could have come from asking in order


_Start = tuple[int, int, frozenset[str], Tier]


@dataclass(frozen=True)
class Check:
    """Where a check stands: the person's age and the answers so far, in the order given.

    ``age`` None means the person would rather not say: every age rule applies (cautious).
    """

    answers: tuple[tuple[str, Recorded], ...] = ()
    # The pending question has been explained after a first "not sure".
    explained: bool = False
    age: int | None = None
    _walk: _Walk = field(init=False, compare=False, repr=False)
    # Where the walk may start: (position, answers consumed, yes so far, tier) of a prefix
    # already walked. ``take_reply`` passes its check's, so one reply costs one step.
    _start: _Start | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        # Derived once, when the check is made (it is immutable): every use needs it.
        object.__setattr__(self, "_walk", self._walk_answers())

    def _walk_answers(self) -> _Walk:
        if self._start is None:
            facts = age_facts(self.age)
            position, answered, yes, tier = 0, 0, facts, tier_of(facts)
        else:
            position, answered, yes, tier = self._start
        answers, total = self.answers, len(self.answers)
        for position in range(position, len(WARNING_SIGNS)):  # noqa: B020 (resumes the walk)
            sign = WARNING_SIGNS[position]
            if not is_asked(sign, yes):
                continue  # a follow-up of a "no" (or of an age fact that does not hold): never asked
            # ``sign`` is the question that comes next: is the check finished before it?
            if not _could_raise(position, yes, tier):
                return _Walk(None, position, yes, tier, answered == total)
            if answered == total:
                return _Walk(sign, position, yes, tier, True)
            question_id, answer = answers[answered]
            if question_id != sign.id:
                return _Walk(None, position, yes, tier, False)
            if answer is not _NO:
                yes = yes | {sign.id}
                tier = tier_of(yes)
            answered += 1
        return _Walk(None, len(WARNING_SIGNS), yes, tier, answered == total)


class Verdict(NamedTuple):
    tier: Tier
    # Every sign answered yes (or "not sure") but those a yes to their follow-up says more
    # precisely ("in both legs" rather than also "in a leg"): those behind the tier first,
    # then the rest from the most urgent down, each group in asking order.
    reasons: tuple[Question, ...]
    # The combinations met that set the tier (empty when a single sign did).
    combinations: tuple[Combination, ...] = ()
    # An age rule is behind the tier (said as "your age").
    age_counted: bool = False
    # What the verdict advises: the tier's id, or a combination's own advice ("cancer_team").
    advice: str = ""
    # Every sign answered yes (or "not sure") and the age facts: what the safety net leaves out.
    yes: frozenset[str] = frozenset()

    @property
    def said_as(self) -> str:
        """The speech key's suffix for the advice: ``verdict.<said_as>``, ``card.title.<said_as>``."""
        return self.advice or self.tier.id


class Step(NamedTuple):
    """The outcome of one reply: the new check and what to say about it."""

    check: Check
    question: Question | None  # the question to ask now; None once there is a verdict
    verdict: Verdict | None = None
    explain: bool = False  # a first "not sure": explain the question, then ask it again
    counted_as_yes: bool = False  # a second "not sure" was counted as yes
    ask_again: bool = False  # a first hedged no ("not really"): ask the question once more


def next_question(check: Check) -> Question | None:
    """The question to ask now, or None when the check has reached its verdict."""
    return check._walk.pending


def questions_left(check: Check) -> int:
    """How many main questions (follow-ups not counted) may still be asked."""
    return _MAIN_LEFT[check._walk.position] if check._walk.pending is not None else 0


def max_single(yes: Collection[str]) -> Tier:
    """The highest tier of a single sign answered yes."""
    return max((TIERS[s] for s in yes), default=Tier.HOME)


def verdict_for(yes: Collection[str]) -> Verdict:
    """The verdict for these signs answered yes (and age facts), with its reasons in the order to say them."""
    tier = tier_of(yes)
    met = tuple(c for c in combinations_met(yes) if c.tier == tier)
    setting = met if tier > max_single(yes) else ()
    behind = {s for s in yes if s in SIGNS_BY_ID and TIERS[s] == tier}
    for combination in setting:
        behind |= {s for group in combination.groups for s in group if s in yes}
    said_by_follow_up = {refines(SIGNS_BY_ID[s]) for s in yes if s in SIGNS_BY_ID}
    signs = [s for s in yes if s in SIGNS_BY_ID and s not in said_by_follow_up]
    ordered = sorted(signs, key=lambda s: (s not in behind, -TIERS[s], _POSITION[s]))
    age_counted = any(s not in SIGNS_BY_ID for s in behind)
    advice = _advice(yes, tier, met)
    return Verdict(tier, tuple(SIGNS_BY_ID[s] for s in ordered), setting, age_counted, advice, frozenset(yes))


def _advice(yes: Collection[str], tier: Tier, met: tuple[Combination, ...]) -> str:
    """A combination's own advice where it outranks the tier's words, or where nothing else sets the tier."""
    advised = [c.advice for c in met if c.advice is not None and (c.advice_when is None or c.advice_when in yes)]
    winning = [advice for advice in advised if advice in ADVICE_WINS]
    if winning:
        return winning[0]
    set_plainly = any(TIERS[s] == tier for s in yes if s in SIGNS_BY_ID) or any(
        c.advice is None or (c.advice_when is not None and c.advice_when not in yes) for c in met
    )
    return advised[0] if advised and not set_plainly else ""


def escalations(yes: Collection[str]) -> tuple[str, ...]:
    """The symptoms to name in this person's safety net, in order: chest pain, then those not answered yes that
    would make it an emergency now (a follow-up of a yes, or the one group a combination still lacks), then the
    usual ones.

    A sign answered yes is never named: the safety net does not repeat the verdict's own reason."""
    yes = frozenset(yes)
    named: list[str] = [SAFETY_NET[0]]  # chest pain: first for everyone (but who has had it), no one should wait on
    for sign in WARNING_SIGNS:
        if sign.id in yes or sign.id not in SYMPTOMS:
            continue
        if sign.tier is Tier.EMERGENCY and sign.follows and is_asked(sign, yes):
            named.append(sign.id)  # "fainting" after "feeling faint"
    for combination in COMBINATIONS:
        if combination.tier is not Tier.EMERGENCY:
            continue
        lacking = [group for group in combination.groups if group.isdisjoint(yes)]
        if len(lacking) == 1:
            named += [s.id for s in WARNING_SIGNS if s.id in lacking[0] and s.id in SYMPTOMS][:1]
    nerves_first = not yes.isdisjoint(NERVE_SIGNS)  # sciatica: cauda equina's signs before the heart's
    usual = sorted(SAFETY_NET, key=lambda s: (nerves_first and s not in NERVE_SIGNS, SAFETY_NET.index(s)))
    named += [sign_id for sign_id in usual if sign_id not in yes]
    said = set(named)
    return tuple(dict.fromkeys(s for s in named if s not in yes and not said & NET_COVERED_BY.get(s, frozenset())))


def verdict(check: Check) -> Verdict | None:
    """The verdict once the check is finished, else None."""
    if check._walk.pending is not None:
        return None
    return verdict_for(check._walk.yes)


def _yes_would_be_an_emergency(check: Check, question: Question) -> bool:
    """Whether a yes to ``question``, now, could be an emergency: alone, with the answers and age so far, or
    through its follow-ups (and theirs). A hedged no ("not really") to such a question is asked once more."""
    return tier_of(check._walk.yes | _FOLLOWING[question.id]) is Tier.EMERGENCY


def take_reply(check: Check, reply: Answer) -> Step:
    """Apply the user's reply to the pending question."""
    question = next_question(check)
    if question is None:
        raise ValueError("the check is already finished")
    if reply is Answer.NOT_SURE and not check.explained:
        return Step(replace(check, explained=True), question, explain=True)
    if reply is Answer.HEDGED_NO and not check.explained and _yes_would_be_an_emergency(check, question):
        return Step(replace(check, explained=True), question, ask_again=True)
    answer = _RECORDED[reply]
    walked = check._walk
    after = Check(
        answers=(*check.answers, (question.id, answer)),
        age=check.age,
        _start=(walked.position, len(check.answers), walked.yes, walked.tier),
    )
    return Step(after, next_question(after), verdict(after), counted_as_yes=answer is Recorded.UNSURE)


def change_last_answer(check: Check, reply: Answer) -> Step | None:
    """ "Wait, I meant yes": the last answer taken back and ``reply`` given instead; None when there is
    none to change (a first "not sure" to the pending question is answered by ``reply`` instead)."""
    if check.explained:
        return take_reply(replace(check, explained=False), reply)
    before = go_back(check)
    return take_reply(before, reply) if before is not None else None


def go_back(check: Check) -> Check | None:
    """The check as it was before its last answer ("go back"); None at the first question."""
    if not check.answers:
        return None
    return Check(answers=check.answers[:-1], age=check.age)


def first_no_on_the_way(check: Check, sign_id: str) -> str | None:
    """The first question on the way to ``sign_id`` (``path_to``) that ``check`` recorded as no, if any."""
    said = dict(check.answers)
    return next((step for step in path_to(sign_id) if said.get(step) is Recorded.NO), None)


def before(check: Check, question_id: str) -> Check:
    """The check as it was when ``question_id`` was asked (its answer, and those after it, forgotten)."""
    index = [asked for asked, _ in check.answers].index(question_id)
    return Check(answers=check.answers[:index], age=check.age)


def is_finished(check: Check) -> bool:
    """True when ``check`` could have come from asking the questions in order and has its verdict."""
    return check._walk.consistent and check._walk.pending is None


def tier_of_check(check: Check) -> Tier:
    """The tier the answers so far give (the verdict's, once finished)."""
    return check._walk.tier


def is_consistent(check: Check) -> bool:
    """True when ``check`` could have come from asking the questions in order and is not finished.

    Used to refuse stale or tampered session attributes.
    """
    return check._walk.consistent and check._walk.pending is not None
