"""The triage core, without Alexa: tables of answer paths and properties over all of them."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill.signs import SIGNS_BY_ID, WARNING_SIGNS, Tier
from skill.triage import Answer, Check, Reply, Step, is_consistent, next_question, take_reply, verdict

Y, N, U = Reply.YES, Reply.NO, Reply.NOT_SURE


def run(replies: list[Reply]) -> tuple[list[str], list[Step]]:
    """Answer questions with ``replies``, then "no" until the verdict; the questions asked and the steps."""
    check, asked, steps = Check(), [], []
    pending = list(replies)
    while (question := next_question(check)) is not None:
        asked.append(question.id)
        step = take_reply(check, pending.pop(0) if pending else N)
        steps.append(step)
        check = step.check
    return asked, steps


def final_verdict(replies: list[Reply]):  # type: ignore[no-untyped-def]
    _, steps = run(replies)
    assert steps[-1].verdict is not None
    return steps[-1].verdict


def reachable(sign_id: str) -> Tier:
    return max([SIGNS_BY_ID[sign_id].tier] + [s.tier for s in WARNING_SIGNS if s.follows == sign_id])


def test_the_first_question_is_an_emergency_sign() -> None:
    first = next_question(Check())
    assert first is not None and first.tier is Tier.EMERGENCY


def test_no_to_everything_means_home_after_every_main_question() -> None:
    asked, steps = run([])
    assert steps[-1].verdict is not None and steps[-1].verdict.tier is Tier.HOME
    assert steps[-1].verdict.reasons == ()
    assert asked == [s.id for s in WARNING_SIGNS if s.follows is None]


@pytest.mark.parametrize(
    ("replies", "tier", "reasons"),
    [
        ([Y], Tier.EMERGENCY, ["bladder_bowel"]),
        ([N, N, N, Y], Tier.EMERGENCY, ["chest_pain"]),
        ([N] * 5 + [Y, Y], Tier.EMERGENCY, ["leg_weakness_both"]),
        ([N] * 5 + [Y, N, Y], Tier.EMERGENCY, ["leg_weakness_worse"]),
        ([N] * 5 + [Y, N, N], Tier.URGENT, ["leg_weakness"]),
        ([N] * 5 + [N, Y, Y], Tier.EMERGENCY, ["leg_pain_both"]),
        ([N] * 5 + [N, Y, N], Tier.DOCTOR, ["leg_pain"]),
        ([N] * 5 + [N, N, Y, Y], Tier.EMERGENCY, ["abdominal_pain_sudden"]),
        ([N] * 5 + [N, N, Y, N], Tier.URGENT, ["abdominal_pain"]),
        ([N] * 8 + [Y], Tier.URGENT, ["cancer_history"]),
        ([N] * 8 + [N, N, N, N, N, N, N, Y], Tier.URGENT, ["severe_rest_pain"]),
        ([N] * 16 + [Y], Tier.DOCTOR, ["not_improving"]),
        ([N] * 5 + [N, Y, N] + [N] * 9, Tier.DOCTOR, ["leg_pain"]),
        ([U, U], Tier.EMERGENCY, ["bladder_bowel"]),
        ([U, N], Tier.HOME, []),
    ],
)
def test_answer_paths_give_the_expected_verdict(replies: list[Reply], tier: Tier, reasons: list[str]) -> None:
    result = final_verdict(replies)
    assert result.tier is tier
    assert [sign.id for sign in result.reasons] == reasons


def test_an_urgent_yes_ends_the_check_once_no_emergency_question_is_left() -> None:
    asked, steps = run([N] * 5 + [N, N, N] + [Y])
    assert asked[-1] == "cancer_history"
    assert steps[-1].verdict is not None and steps[-1].verdict.tier is Tier.URGENT


def test_an_urgent_yes_among_emergency_questions_still_asks_them() -> None:
    asked, steps = run([N] * 5 + [Y, N, N])
    assert asked[-2:] == ["leg_pain", "abdominal_pain"]
    assert steps[-1].verdict is not None and steps[-1].verdict.tier is Tier.URGENT


def test_a_doctor_yes_skips_the_last_question_that_could_not_change_the_verdict() -> None:
    asked, _ = run([N] * 5 + [N, Y, N])
    assert "not_improving" not in asked
    assert asked[-1] == "severe_rest_pain"


def test_a_first_not_sure_explains_and_asks_the_same_question_again() -> None:
    step = take_reply(Check(), U)
    assert step.explain and step.question is not None and step.question.id == "bladder_bowel"
    assert step.check.answers == () and step.check.explained


def test_a_second_not_sure_counts_as_yes_and_says_so() -> None:
    step = take_reply(take_reply(Check(), U).check, U)
    assert step.counted_as_yes
    assert step.check.answers == (("bladder_bowel", Answer.UNSURE),)


def test_a_reply_after_the_verdict_is_refused() -> None:
    finished = take_reply(Check(), Y).check
    with pytest.raises(ValueError):
        take_reply(finished, N)


def test_the_core_imports_nothing_from_alexa_flask_or_io() -> None:
    for module in ("triage", "signs"):
        tree = ast.parse((Path(__file__).parents[2] / "skill" / f"{module}.py").read_text())
        imported = {
            (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, (ast.Import, ast.ImportFrom))
            for alias in node.names
        }
        allowed = {"__future__", "collections.abc", "dataclasses", "enum", "typing", "skill.signs"}
        assert imported <= allowed, imported - allowed


# --- Properties over every answer sequence ----------------------------------------

replies_strategy = st.lists(st.sampled_from(list(Reply)), max_size=60)


@given(replies_strategy)
def test_the_verdict_is_the_most_urgent_tier_among_yes_and_not_sure(replies: list[Reply]) -> None:
    _, steps = run(replies)
    final = steps[-1].check
    counted_yes = [SIGNS_BY_ID[q].tier for q, a in final.answers if a is not Answer.NO]
    assert steps[-1].verdict is not None
    assert steps[-1].verdict.tier == max(counted_yes, default=Tier.HOME)
    assert steps[-1].verdict == verdict(final)


@given(replies_strategy)
def test_a_yes_or_not_sure_never_leads_to_rest_at_home(replies: list[Reply]) -> None:
    _, steps = run(replies)
    final = steps[-1].check
    if any(a is not Answer.NO for _, a in final.answers):
        assert steps[-1].verdict is not None and steps[-1].verdict.tier is not Tier.HOME


@given(replies_strategy)
def test_emergency_signs_are_asked_before_any_other(replies: list[Reply]) -> None:
    asked, _ = run(replies)
    tiers = [reachable(q) if SIGNS_BY_ID[q].follows is None else Tier.EMERGENCY for q in asked]
    seen_non_emergency = False
    for tier in tiers:
        if tier is not Tier.EMERGENCY:
            seen_non_emergency = True
        else:
            assert not seen_non_emergency, asked


@given(replies_strategy)
def test_the_check_stops_only_when_nothing_left_could_raise_the_verdict(replies: list[Reply]) -> None:
    asked, steps = run(replies)
    result = steps[-1].verdict
    assert result is not None
    final = steps[-1].check
    answered = {q for q, _ in final.answers}
    for sign in WARNING_SIGNS:
        parent_yes = sign.follows is None or final.answer_to(sign.follows) not in (None, Answer.NO)
        if sign.id not in answered and parent_yes:
            assert sign.tier <= result.tier, (sign.id, asked)
    assert all(step.verdict is None for step in steps[:-1])


@given(replies_strategy)
def test_every_state_on_the_way_is_accepted_back_from_the_session(replies: list[Reply]) -> None:
    _, steps = run(replies)
    for step in steps[:-1]:
        assert is_consistent(step.check)
    assert not is_consistent(steps[-1].check)  # a finished check is never resumed


# --- The walk against a plain re-statement of the rules ------------------------------------


def plain_askable(check: Check) -> list:  # type: ignore[type-arg]
    """Unanswered questions that may still be asked: not a follow-up of a "no"."""
    askable = []
    for sign in WARNING_SIGNS:
        if check.answer_to(sign.id) is not None:
            continue
        parent = check.answer_to(sign.follows) if sign.follows else Answer.YES
        if parent is None or parent.counts_as_yes:
            askable.append(sign)
    return askable


def plain_tier(check: Check) -> Tier:
    return max((SIGNS_BY_ID[q].tier for q, a in check.answers if a.counts_as_yes), default=Tier.HOME)


def plain_next_question(check: Check):  # type: ignore[no-untyped-def]
    remaining = plain_askable(check)
    if not remaining or max(s.tier for s in remaining) <= plain_tier(check):
        return None
    return remaining[0]


def plain_is_consistent(check: Check) -> bool:
    replayed = Check()
    for question_id, answer in check.answers:
        if plain_next_question(replayed) is None or plain_next_question(replayed).id != question_id:
            return False
        replayed = Check(answers=(*replayed.answers, (question_id, answer)))
    return plain_next_question(replayed) is not None


@given(replies_strategy)
def test_the_walk_agrees_with_the_plain_rules_on_every_step(replies: list[Reply]) -> None:
    _, steps = run(replies)
    for check in [Check()] + [step.check for step in steps]:
        assert next_question(check) == plain_next_question(check)
        assert is_consistent(check) == plain_is_consistent(check)


answer_pairs = st.lists(
    st.tuples(st.sampled_from([s.id for s in WARNING_SIGNS] + ["made_up"]), st.sampled_from(list(Answer))),
    max_size=12,
)


@given(answer_pairs)
def test_the_walk_refuses_exactly_what_the_plain_rules_refuse(pairs: list[tuple[str, Answer]]) -> None:
    check = Check(answers=tuple(pairs))
    assert is_consistent(check) == plain_is_consistent(check)
