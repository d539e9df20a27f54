"""The triage core, without Alexa: tables of answer paths and properties over all of them.

The properties are stated against a plain re-statement of the rules (``plain_tier``):
the verdict is the highest tier among the signs answered yes and the combinations
met, over *every* question the person would answer yes to, as if nothing stopped
early. The walk may stop early only where that changes nothing.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skill.core.signs import COMBINATIONS, SIGNS_BY_ID, TIERS, WARNING_SIGNS, Tier, age_facts, is_asked, refines
from skill.core.triage import Answer, Check, Recorded, Step, is_consistent, next_question, take_reply, verdict

Y, N, U = Answer.YES, Answer.NO, Answer.NOT_SURE
MAIN = [s.id for s in WARNING_SIGNS if not s.follows]
ADULT = 40  # no age rule applies


# --- The plain rules ------------------------------------------------------------------


def plain_tier(yes: set[str]) -> Tier:
    """The highest tier of a yes sign (or age fact), or of a combination with a yes in each group."""
    tiers = [TIERS[s] for s in yes]
    tiers += [c.tier for c in COMBINATIONS if all(group & yes for group in c.groups)]
    return max(tiers, default=Tier.HOME)


def plain_yes(answers: Mapping[str, Answer], age: int | None = ADULT) -> set[str]:
    """The age facts, and every sign the person would say yes (or "not sure") to if every question were asked."""
    yes = set(age_facts(age))
    for sign in WARNING_SIGNS:
        if not is_asked(sign, frozenset(yes)):
            continue  # a follow-up is asked only after a yes, or at the age it follows
        if answers.get(sign.id, N) in (Y, U):  # "not sure" twice counts as yes; a hedged no twice is a no
            yes.add(sign.id)
    return yes


def walk(answers: Mapping[str, Answer], age: int | None = ADULT) -> tuple[list[str], list[Step]]:
    """Run the check, answering each question from ``answers`` (no when absent), "not sure" or a hedge twice."""
    check, asked, steps = Check(age=age), [], []
    while (question := next_question(check)) is not None:
        asked.append(question.id)
        reply = answers.get(question.id, N)
        step = take_reply(check, reply)
        if step.explain or step.ask_again:  # a first "not sure" or hedge: asked again, and the same reply
            steps.append(step)
            step = take_reply(step.check, reply)
        steps.append(step)
        check = step.check
    return asked, steps


def final(answers: Mapping[str, Answer], age: int | None = ADULT):  # type: ignore[no-untyped-def]
    _, steps = walk(answers, age)
    assert steps[-1].verdict is not None
    return steps[-1].verdict


def yes_to(*sign_ids: str) -> dict[str, Answer]:
    return dict.fromkeys(sign_ids, Y)


# --- Paths -----------------------------------------------------------------------------


def test_the_first_question_is_an_emergency_sign() -> None:
    first = next_question(Check())
    assert first is not None and first.tier is Tier.EMERGENCY


def test_no_to_everything_means_home_after_every_main_question() -> None:
    asked, steps = walk({})
    assert steps[-1].verdict is not None and steps[-1].verdict.tier is Tier.HOME
    assert steps[-1].verdict.reasons == ()
    assert asked == MAIN


@pytest.mark.parametrize(
    ("yes", "tier", "first_reason"),
    [
        (["chest_pain"], Tier.EMERGENCY, "chest_pain"),
        (["breathless_sweaty"], Tier.DOCTOR, "breathless_sweaty"),  # sick from the painkillers
        (["breathless_sweaty", "breathless_with_pain"], Tier.URGENT, "breathless_with_pain"),
        (["breathless_sweaty", "breathless_with_pain", "breathing_pain"], Tier.EMERGENCY, "breathless_with_pain"),
        # a clot whose breathlessness came first: the upper back decides (the fifth clinical review)
        (["breathless_sweaty", "breathing_pain", "upper_back"], Tier.EMERGENCY, "breathing_pain"),
        (["breathless_sweaty", "breathing_pain"], Tier.URGENT, "breathing_pain"),
        (["breathless_sweaty", "breathless_with_pain", "upper_back"], Tier.EMERGENCY, "breathless_with_pain"),
        (["breathless_sweaty", "upper_back"], Tier.URGENT, "upper_back"),
        (["sudden_onset"], Tier.DOCTOR, "sudden_onset"),  # a lifting strain begins this way too
        (["sudden_onset", "rest_pain"], Tier.URGENT, "sudden_onset"),
        (["sudden_onset", "rest_pain", "upper_back"], Tier.EMERGENCY, "upper_back"),
        (["sudden_onset", "upper_back"], Tier.URGENT, "upper_back"),
        (["sudden_onset", "rest_pain", "faintness"], Tier.EMERGENCY, "faintness"),
        (["sudden_onset", "blood_thinner"], Tier.EMERGENCY, "blood_thinner"),
        (["sudden_onset", "breathless_sweaty", "breathless_with_pain"], Tier.EMERGENCY, "breathless_with_pain"),
        (["sudden_onset", "rest_pain", "abdominal_pain", "abdominal_new"], Tier.EMERGENCY, "abdominal_new"),
        (["faintness"], Tier.URGENT, "faintness"),
        (["faintness", "passed_out"], Tier.EMERGENCY, "passed_out"),
        (["faintness", "abdominal_pain"], Tier.EMERGENCY, "faintness"),  # an ectopic's pain can seem usual
        (["upper_back"], Tier.URGENT, "upper_back"),
        (["injury"], Tier.HOME, "injury"),  # a lift or a knock, in a fit adult under 70
        (["injury", "serious_accident"], Tier.EMERGENCY, "serious_accident"),
        (["bladder_bowel"], Tier.URGENT, "bladder_bowel"),  # a burning pee, stress leaks
        (["bladder_bowel", "bladder_control"], Tier.EMERGENCY, "bladder_control"),
        (["saddle_numbness"], Tier.EMERGENCY, "saddle_numbness"),
        (["leg_symptoms"], Tier.DOCTOR, "leg_symptoms"),
        (["leg_symptoms", "leg_below_knee"], Tier.DOCTOR, "leg_below_knee"),
        (["leg_symptoms", "leg_numb"], Tier.DOCTOR, "leg_numb"),
        (["leg_symptoms", "leg_weak"], Tier.URGENT, "leg_weak"),
        (["leg_symptoms", "legs_both"], Tier.DOCTOR, "legs_both"),  # aching thighs, no nerve symptom
        (["leg_symptoms", "leg_below_knee", "legs_both"], Tier.EMERGENCY, "leg_below_knee"),
        (["leg_symptoms", "leg_numb", "legs_both"], Tier.EMERGENCY, "leg_numb"),
        (["bladder_bowel", "leg_symptoms", "leg_weak"], Tier.EMERGENCY, "bladder_bowel"),
        (["abdominal_pain"], Tier.DOCTOR, "abdominal_pain"),  # the person's usual (IBS, periods)
        (["abdominal_pain", "abdominal_new"], Tier.URGENT, "abdominal_new"),
        (["abdominal_pain", "abdominal_new", "abdominal_severe"], Tier.EMERGENCY, "abdominal_severe"),
        (["cancer_history"], Tier.URGENT, "cancer_history"),
        (["cancer_history", "leg_symptoms"], Tier.URGENT, "cancer_history"),  # pain above the knee
        (["cancer_history", "leg_symptoms", "leg_below_knee"], Tier.EMERGENCY, "cancer_history"),
        (["cancer_history", "leg_symptoms", "leg_numb"], Tier.EMERGENCY, "cancer_history"),
        (["iv_drug_use", "leg_symptoms", "leg_numb"], Tier.URGENT, "iv_drug_use"),
        (["iv_drug_use", "leg_symptoms", "leg_weak"], Tier.EMERGENCY, "iv_drug_use"),
        (["recent_infection", "leg_symptoms", "leg_below_knee"], Tier.URGENT, "recent_infection"),
        (["recent_infection", "leg_symptoms", "leg_numb"], Tier.URGENT, "recent_infection"),
        (["recent_infection", "diabetes", "leg_symptoms", "leg_numb"], Tier.EMERGENCY, "recent_infection"),
        (["fever", "faintness"], Tier.EMERGENCY, "faintness"),
        (["fever", "breathless_sweaty"], Tier.URGENT, "fever"),  # flu's sickness is not sepsis
        (["fever", "sepsis_signs"], Tier.EMERGENCY, "sepsis_signs"),
        (["fever", "iv_drug_use"], Tier.URGENT, "fever"),
        (["injury", "osteoporosis"], Tier.URGENT, "osteoporosis"),
        (["injury", "immune_medicines"], Tier.URGENT, "immune_medicines"),
        (["upper_back", "immune_medicines"], Tier.URGENT, "upper_back"),
        (["weight_loss"], Tier.DOCTOR, "weight_loss"),
        (["lump"], Tier.DOCTOR, "lump"),
        (["rest_pain"], Tier.DOCTOR, "rest_pain"),
        (["not_improving"], Tier.DOCTOR, "not_improving"),
    ],
)
def test_answer_paths_give_the_expected_verdict(yes: list[str], tier: Tier, first_reason: str) -> None:
    result = final(yes_to(*yes))
    assert result.tier is tier
    assert result.reasons[0].id == first_reason
    said_by_follow_up = {refines(SIGNS_BY_ID[s]) for s in yes}
    assert {sign.id for sign in result.reasons} == set(yes) - said_by_follow_up, "every yes is a reason, once"


@pytest.mark.parametrize(
    ("age", "yes", "tier", "age_counted"),
    [
        (49, ["weight_loss"], Tier.DOCTOR, False),
        (50, ["weight_loss"], Tier.URGENT, True),
        (55, ["rest_pain", "night_pain"], Tier.URGENT, True),
        (55, ["lump"], Tier.URGENT, True),
        (55, ["leg_symptoms", "leg_numb"], Tier.DOCTOR, False),
        (70, ["leg_symptoms", "leg_numb"], Tier.URGENT, True),
        (69, [], Tier.HOME, False),
        (70, [], Tier.DOCTOR, True),
        (None, [], Tier.DOCTOR, True),
        (60, ["aortic_aneurysm"], Tier.EMERGENCY, False),
        (49, ["sudden_onset", "rest_pain"], Tier.URGENT, False),
        (50, ["sudden_onset", "rest_pain"], Tier.EMERGENCY, True),
        (50, ["sudden_onset"], Tier.DOCTOR, False),  # eases lying still: a strain
        (50, ["breathless_sweaty", "breathless_with_pain"], Tier.EMERGENCY, True),
        (50, ["breathless_sweaty"], Tier.DOCTOR, False),  # not with the pain: painkillers, a long-standing cause
        (49, ["upper_back", "rest_pain"], Tier.URGENT, False),
        (50, ["upper_back", "rest_pain"], Tier.URGENT, False),  # no sudden onset, no breathlessness
        (50, ["upper_back", "breathless_sweaty"], Tier.EMERGENCY, True),  # even put down to another cause
        (49, ["upper_back", "breathless_sweaty"], Tier.URGENT, False),
        (64, ["injury"], Tier.HOME, False),
        (65, ["injury"], Tier.URGENT, True),
        (81, ["injury"], Tier.URGENT, True),
        (66, ["injury", "leg_symptoms", "leg_numb"], Tier.URGENT, True),
        (64, ["injury", "leg_symptoms", "leg_numb"], Tier.DOCTOR, False),
    ],
)
def test_age_rules_raise_the_tier_and_say_so(age: int | None, yes: list[str], tier: Tier, age_counted: bool) -> None:
    result = final(yes_to(*yes), age)
    assert result.tier is tier and result.age_counted is age_counted


@pytest.mark.parametrize(("age", "asked"), [(49, False), (50, True), (None, True)])
def test_the_aneurysm_question_is_asked_from_fifty_or_when_the_age_is_not_said(age: int | None, asked: bool) -> None:
    assert ("aortic_aneurysm" in walk({}, age)[0]) is asked


@pytest.mark.parametrize(
    ("age", "yes", "asked"),
    [(49, [], False), (50, [], True), (None, [], True), (30, ["injury"], True), (30, ["sudden_onset"], True)],
)
def test_osteoporosis_is_asked_from_fifty_or_after_a_fall_a_lift_or_sudden_pain(
    age: int | None, yes: list[str], asked: bool
) -> None:
    assert ("osteoporosis" in walk(yes_to(*yes), age)[0]) is asked


def test_the_81_year_old_who_lifted_the_shopping_is_not_sent_home() -> None:
    assert final(yes_to("injury"), 81).tier is Tier.URGENT
    assert final({}, 81).tier is Tier.DOCTOR


def test_a_fit_adult_who_lifted_a_box_is_not_sent_anywhere_but_the_same_with_steroids_is_seen_today() -> None:
    assert final(yes_to("injury"), 45).tier is Tier.HOME
    assert final(yes_to("injury", "immune_medicines"), 45).tier is Tier.URGENT
    assert final(yes_to("injury", "osteoporosis"), 45).tier is Tier.URGENT


def test_not_sure_twice_counts_as_yes() -> None:
    assert final({"saddle_numbness": U}).tier is Tier.EMERGENCY
    step = take_reply(take_reply(Check(age=ADULT), U).check, U)
    assert step.counted_as_yes and step.check.answers == (("chest_pain", Recorded.UNSURE),)


def test_not_sure_then_no_counts_as_no() -> None:
    step = take_reply(take_reply(Check(age=ADULT), U).check, N)
    assert step.check.answers == (("chest_pain", Recorded.NO),)


def test_a_first_not_sure_explains_and_asks_the_same_question_again() -> None:
    step = take_reply(Check(age=ADULT), U)
    assert step.explain and step.question is not None and step.question.id == "chest_pain"
    assert step.check.answers == () and step.check.explained


def test_a_reply_after_the_verdict_is_refused() -> None:
    finished = take_reply(Check(age=ADULT), Y).check
    with pytest.raises(ValueError):
        take_reply(finished, N)


# --- The three under-triage failures of the first version ----------------------------


def test_sudden_severe_pain_with_faintness_and_no_tummy_pain_is_an_emergency() -> None:
    asked, steps = walk(yes_to("sudden_onset", "faintness", "rest_pain"))
    assert asked.index("sudden_onset") < asked.index("faintness") and "abdominal_pain" not in asked
    assert steps[-1].verdict is not None and steps[-1].verdict.tier is Tier.EMERGENCY


def test_the_time_critical_questions_come_first() -> None:
    asked, _ = walk({})
    assert asked[:5] == ["chest_pain", "breathless_sweaty", "sudden_onset", "rest_pain", "faintness"]


def test_after_a_risk_factor_the_check_goes_on_to_the_nerve_symptoms() -> None:
    asked, _ = walk(yes_to("cancer_history", "leg_symptoms"))
    assert {"leg_symptoms", "leg_below_knee", "leg_numb", "leg_weak"} <= set(asked)


def test_a_cancer_survivor_with_sciatica_below_the_knee_is_told_to_call_the_cancer_team_now() -> None:
    result = final(yes_to("leg_symptoms", "leg_below_knee", "cancer_history"))
    assert result.tier is Tier.EMERGENCY and result.said_as == "cancer_team"
    assert [c.id for c in result.combinations] == ["cancer_with_leg_symptoms"]
    assert {s.id for s in result.reasons[:2]} == {"leg_below_knee", "cancer_history"}


def test_the_cancer_team_does_not_replace_the_emergency_number_when_another_sign_is_an_emergency() -> None:
    result = final(yes_to("chest_pain"))
    assert result.said_as == "emergency"
    # a weak leg makes both the cancer combination and the infection one: the emergency number's words
    result = final(yes_to("cancer_history", "recent_infection", "leg_symptoms", "leg_weak"))
    assert result.tier is Tier.EMERGENCY and result.said_as == "emergency"


def test_a_drug_injector_with_fever_and_a_weak_leg_is_an_emergency() -> None:
    result = final(yes_to("leg_symptoms", "leg_weak", "iv_drug_use", "fever"))
    assert result.tier is Tier.EMERGENCY
    assert [c.id for c in result.combinations] == ["infection_risk_with_a_weak_leg"]


def test_a_fever_with_injected_drugs_or_immune_medicines_goes_to_the_emergency_department_today() -> None:
    for risk in ("iv_drug_use", "immune_medicines"):
        result = final(yes_to("fever", risk))
        assert result.tier is Tier.URGENT and result.said_as == "emergency_department_today"
    assert final(yes_to("fever")).said_as == "urgent"


def test_tingling_in_one_leg_with_an_infection_is_urgent_and_with_diabetes_an_emergency() -> None:
    result = final(yes_to("leg_symptoms", "leg_numb", "recent_infection"))
    assert result.tier is Tier.URGENT and result.combinations == ()
    result = final(yes_to("leg_symptoms", "leg_numb", "recent_infection", "diabetes"))
    assert result.tier is Tier.EMERGENCY


def test_a_fall_with_steroid_tablets_is_urgent_and_the_combination_says_so() -> None:
    result = final(yes_to("injury", "immune_medicines"))
    assert result.tier is Tier.URGENT
    fracture = next(c for c in COMBINATIONS if c.id == "fracture_risk_with_an_injury")
    assert plain_tier({"immune_medicines", "injury"}) is fracture.tier is Tier.URGENT


def test_an_urgent_yes_stops_the_check_once_nothing_left_could_raise_it() -> None:
    asked, steps = walk(yes_to("abdominal_pain", "abdominal_new"))
    assert asked[-1] == "abdominal_severe"
    assert steps[-1].verdict is not None and steps[-1].verdict.tier is Tier.URGENT


def test_a_doctor_yes_skips_the_questions_that_could_not_change_the_verdict() -> None:
    asked, _ = walk(yes_to("leg_symptoms"))
    assert "not_improving" not in asked and asked[-1] == "abdominal_pain"


# --- Properties over every answer pattern ---------------------------------------------

answer_maps = st.dictionaries(st.sampled_from([s.id for s in WARNING_SIGNS]), st.sampled_from(list(Answer)))
ages = st.one_of(st.none(), st.integers(16, 110))


@given(answer_maps, ages)
def test_the_walk_agrees_with_the_plain_rules_for_every_answer_pattern(
    answers: dict[str, Answer], age: int | None
) -> None:
    asked, steps = walk(answers, age)
    result = steps[-1].verdict
    assert result is not None and result == verdict(steps[-1].check)
    assert result.tier == plain_tier(plain_yes(answers, age)), asked
    assert all(step.verdict is None for step in steps[:-1])


@given(answer_maps, ages, st.sampled_from([s.id for s in WARNING_SIGNS]))
def test_a_yes_never_lowers_the_verdict(answers: dict[str, Answer], age: int | None, sign_id: str) -> None:
    before = final({**answers, sign_id: N}, age).tier
    assert final({**answers, sign_id: Y}, age).tier >= before


@given(answer_maps, st.integers(16, 109), st.integers(1, 30))
def test_an_older_age_never_lowers_the_verdict(answers: dict[str, Answer], age: int, years: int) -> None:
    older = final(answers, min(age + years, 120)).tier
    assert older >= final(answers, age).tier
    assert final(answers, None).tier >= older, "not saying the age is the cautious choice"


@given(answer_maps, ages)
def test_a_yes_or_not_sure_to_a_warning_sign_never_leads_to_home(answers: dict[str, Answer], age: int | None) -> None:
    _, steps = walk(answers, age)
    if any(a is not Recorded.NO and TIERS[q] > Tier.HOME for q, a in steps[-1].check.answers):
        assert steps[-1].verdict is not None and steps[-1].verdict.tier is not Tier.HOME


def test_the_one_question_whose_yes_alone_is_not_a_warning_sign_is_how_the_pain_started() -> None:
    assert [s.id for s in WARNING_SIGNS if s.tier is Tier.HOME] == ["injury"]


@given(answer_maps, ages)
def test_any_emergency_sign_or_combination_gives_an_emergency(answers: dict[str, Answer], age: int | None) -> None:
    yes = plain_yes(answers, age)
    emergency_sign = any(TIERS[s] is Tier.EMERGENCY for s in yes)
    emergency_combination = any(c.tier is Tier.EMERGENCY and all(g & yes for g in c.groups) for c in COMBINATIONS)
    if emergency_sign or emergency_combination:
        assert final(answers, age).tier is Tier.EMERGENCY


@given(answer_maps, ages)
def test_every_yes_asked_is_a_reason(answers: dict[str, Answer], age: int | None) -> None:
    _, steps = walk(answers, age)
    said_yes = {q for q, a in steps[-1].check.answers if a is not Recorded.NO}
    said_by_follow_up = {refines(SIGNS_BY_ID[q]) for q in said_yes}
    assert {s.id for s in final(answers, age).reasons} == said_yes - said_by_follow_up


@given(answer_maps, ages)
def test_every_state_on_the_way_is_accepted_back_from_the_session(answers: dict[str, Answer], age: int | None) -> None:
    _, steps = walk(answers, age)
    for step in steps[:-1]:
        assert is_consistent(step.check)
    assert not is_consistent(steps[-1].check)  # a finished check is never continued


answer_pairs = st.lists(
    st.tuples(st.sampled_from([s.id for s in WARNING_SIGNS] + ["made_up"]), st.sampled_from(list(Recorded))),
    max_size=14,
)


def replayable(pairs: list[tuple[str, Recorded]]) -> bool:
    """Whether asking in order, answering as recorded, gives exactly these pairs and is not done."""
    check = Check()
    for question_id, answer in pairs:
        question = next_question(check)
        if question is None or question.id != question_id:
            return False
        reply = {Recorded.YES: Y, Recorded.NO: N, Recorded.UNSURE: U}[answer]
        check = take_reply(check, reply).check if reply is not U else take_reply(take_reply(check, U).check, U).check
    return next_question(check) is not None


@given(answer_pairs)
def test_the_walk_refuses_exactly_what_could_not_have_been_asked(pairs: list[tuple[str, Recorded]]) -> None:
    assert is_consistent(Check(answers=tuple(pairs))) == replayable(pairs)


def test_the_core_imports_nothing_from_alexa_flask_or_io() -> None:
    for module in ("triage", "signs"):
        tree = ast.parse((Path(__file__).parents[2] / "skill" / "core" / f"{module}.py").read_text())
        imported = {
            (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, (ast.Import, ast.ImportFrom))
            for alias in node.names
        }
        allowed = {"__future__", "collections.abc", "dataclasses", "enum", "functools", "typing", "skill.core.signs"}
        assert imported <= allowed, imported - allowed
