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


def test_the_first_question_is_chest_pain_on_the_condition_s_clock() -> None:
    first = next_question(Check())
    assert first is not None and first.id == "chest_pain"
    follow_up = take_reply(Check(age=ADULT), Y).question
    assert follow_up is not None and follow_up.id == "chest_pain_recent" and follow_up.tier is Tier.EMERGENCY


def test_no_to_everything_means_home_after_every_main_question() -> None:
    asked, steps = walk({})
    assert steps[-1].verdict is not None and steps[-1].verdict.tier is Tier.HOME
    assert steps[-1].verdict.reasons == ()
    assert asked == MAIN and asked[-1] == "night_pain"  # every article sign, night pain included


@pytest.mark.parametrize(
    ("yes", "tier", "first_reason"),
    [
        # block 7: chest pain since this time yesterday E, 1-3 days ago U
        (["chest_pain"], Tier.URGENT, "chest_pain"),
        (["chest_pain", "chest_pain_recent"], Tier.EMERGENCY, "chest_pain_recent"),
        # blocks 7 and 8: breathlessness as usual (asthma) D, new U under 50, E with a clot or heart feature
        (["breathless"], Tier.DOCTOR, "breathless"),
        (["breathless", "breathless_new"], Tier.URGENT, "breathless_new"),
        (["breathless", "breathless_new", "breathing_pain"], Tier.EMERGENCY, "breathless_new"),
        (["breathless", "breathless_new", "coughed_blood"], Tier.EMERGENCY, "breathless_new"),
        (["breathless", "breathless_new", "calf_swollen"], Tier.EMERGENCY, "breathless_new"),
        (["breathless", "breathless_new", "cold_sweat"], Tier.EMERGENCY, "breathless_new"),
        (["breathless", "breathless_new", "upper_back"], Tier.EMERGENCY, "breathless_new"),
        (["breathless", "upper_back"], Tier.DOCTOR, "breathless"),
        # block 6: sudden + severe at rest U under 50, E with a feature; sudden alone D
        (["sudden_onset", "rest_pain", "upper_back"], Tier.EMERGENCY, "sudden_onset"),
        (["sudden_onset", "rest_pain"], Tier.URGENT, "sudden_onset"),
        (["sudden_onset", "upper_back"], Tier.DOCTOR, "sudden_onset"),
        (["upper_back"], Tier.DOCTOR, "upper_back"),
        # block 5: about to faint U; with sudden or rest pain, or any tummy pain, E
        (["faintness"], Tier.URGENT, "faintness"),
        (["faintness", "sudden_onset"], Tier.EMERGENCY, "faintness"),
        (["faintness", "abdominal_pain"], Tier.EMERGENCY, "faintness"),
        # block 1: a new bladder change alone D; the GIRFT bladder signs E; + weak leg E; + sciatica U
        (["bladder_bowel"], Tier.DOCTOR, "bladder_bowel"),
        (["bladder_bowel", "bladder_hard_to_start"], Tier.EMERGENCY, "bladder_hard_to_start"),
        (["bladder_bowel", "bladder_lost_feeling"], Tier.EMERGENCY, "bladder_lost_feeling"),
        (["bladder_bowel", "leg_symptoms", "leg_weak"], Tier.EMERGENCY, "leg_weak"),
        (["bladder_bowel", "leg_symptoms", "leg_below_knee"], Tier.URGENT, "bladder_bowel"),
        (["leg_symptoms", "leg_below_knee", "legs_both"], Tier.DOCTOR, "leg_below_knee"),
        (["leg_symptoms", "leg_below_knee", "legs_both", "legs_worse"], Tier.EMERGENCY, "legs_worse"),
        # blocks 5 and 11: tummy pain that came on suddenly and severely E
        (["abdominal_pain"], Tier.DOCTOR, "abdominal_pain"),
        (["abdominal_pain", "abdominal_new"], Tier.URGENT, "abdominal_new"),
        (["abdominal_pain", "abdominal_sudden"], Tier.EMERGENCY, "abdominal_sudden"),
        # block 3: fever U; a sepsis sign E; flu's breathlessness is not sepsis; a risk alone D
        (["fever"], Tier.URGENT, "fever"),
        (["fever", "sepsis_confused"], Tier.EMERGENCY, "sepsis_confused"),
        (["recent_infection", "sepsis_no_pee"], Tier.EMERGENCY, "sepsis_no_pee"),
        (["fever", "breathless"], Tier.URGENT, "fever"),
        (["recent_infection"], Tier.DOCTOR, "recent_infection"),
        (["iv_drug_use"], Tier.DOCTOR, "iv_drug_use"),
        (["iv_drug_use", "iv_recent"], Tier.URGENT, "iv_recent"),
        (["immune_medicines"], Tier.DOCTOR, "immune_medicines"),
        (["immune_medicines", "rest_pain"], Tier.URGENT, "rest_pain"),
        # block 9: a blood thinner never E alone; with severe rest pain or a numb leg E; easing D
        (["sudden_onset", "blood_thinner"], Tier.DOCTOR, "sudden_onset"),
        (["rest_pain", "blood_thinner"], Tier.EMERGENCY, "rest_pain"),
        (["leg_symptoms", "leg_numb", "blood_thinner"], Tier.EMERGENCY, "leg_numb"),
        (["sudden_onset", "blood_thinner", "steadily_worse"], Tier.EMERGENCY, "blood_thinner"),
        # block 2: cancer U; decades ago with sciatica U; with a metastatic pain feature E
        (["cancer_history"], Tier.URGENT, "cancer_history"),
        (["cancer_history", "leg_symptoms", "leg_below_knee"], Tier.URGENT, "cancer_history"),
        (["cancer_history", "upper_back", "leg_symptoms", "leg_below_knee"], Tier.EMERGENCY, "cancer_history"),
        (["weight_loss", "lump"], Tier.URGENT, "lump"),
        # the article's night pain: at most a doctor alone
        (["night_pain"], Tier.DOCTOR, "night_pain"),
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
        (59, ["rest_pain"], Tier.DOCTOR, False),
        (60, ["rest_pain"], Tier.URGENT, True),  # block 5: severe at rest at 60+, not sudden
        (60, ["rest_pain", "unlike_before"], Tier.EMERGENCY, True),
        (55, ["rest_pain", "cold_sweat"], Tier.EMERGENCY, True),
        (69, [], Tier.HOME, False),
        (70, [], Tier.DOCTOR, True),
        (None, [], Tier.DOCTOR, True),
        (60, ["aortic_aneurysm"], Tier.EMERGENCY, False),
        (49, ["sudden_onset", "rest_pain"], Tier.URGENT, False),
        (50, ["sudden_onset", "rest_pain"], Tier.EMERGENCY, True),
        (50, ["sudden_onset"], Tier.DOCTOR, False),  # eases lying still: a strain
        (49, ["breathless", "breathless_new"], Tier.URGENT, False),
        (50, ["breathless", "breathless_new"], Tier.EMERGENCY, True),
        (50, ["breathless"], Tier.DOCTOR, False),  # usual breathlessness
        (64, ["injury"], Tier.HOME, False),
        (65, ["injury"], Tier.DOCTOR, True),  # block 4: a lift at 65+ that eases lying down
        (81, ["injury"], Tier.DOCTOR, True),
        (66, ["injury", "leg_symptoms", "leg_numb"], Tier.EMERGENCY, True),
        (66, ["injury", "leg_symptoms", "leg_weak"], Tier.EMERGENCY, True),
        (64, ["injury", "leg_symptoms", "leg_numb"], Tier.DOCTOR, False),
        (30, ["abdominal_pain", "pregnant"], Tier.URGENT, False),
        (30, ["faintness", "pregnant"], Tier.EMERGENCY, False),
    ],
)
def test_age_rules_raise_the_tier_and_say_so(age: int | None, yes: list[str], tier: Tier, age_counted: bool) -> None:
    result = final(yes_to(*yes), age)
    assert result.tier is tier and result.age_counted is age_counted


@pytest.mark.parametrize(("age", "asked"), [(59, False), (60, True), (None, True)])
def test_the_aneurysm_question_is_asked_from_sixty_or_when_the_age_is_not_said(age: int | None, asked: bool) -> None:
    assert ("aortic_aneurysm" in walk({}, age)[0]) is asked


@pytest.mark.parametrize(
    ("age", "yes", "asked"),
    [(70, [], False), (None, [], False), (30, ["injury"], True), (30, ["sudden_onset"], True)],
)
def test_osteoporosis_is_asked_after_a_fall_a_lift_or_sudden_pain(age: int | None, yes: list[str], asked: bool) -> None:
    assert ("osteoporosis" in walk(yes_to(*yes), age)[0]) is asked


@pytest.mark.parametrize(
    ("age", "yes", "asked"),
    [
        (30, ["abdominal_pain"], True),
        (55, ["faintness"], True),
        (56, ["abdominal_pain"], False),
        (15 + 1, ["faintness"], True),
        (30, [], False),
        (None, ["abdominal_pain"], True),
    ],
)
def test_the_pregnancy_question_is_asked_only_after_tummy_pain_or_faintness_at_16_to_55(
    age: int | None, yes: list[str], asked: bool
) -> None:
    assert ("pregnant" in walk(yes_to(*yes), age)[0]) is asked


@pytest.mark.parametrize("first", ["fever", "recent_infection"])
def test_the_sepsis_signs_are_asked_one_each_after_a_fever_or_an_infection(first: str) -> None:
    asked = walk(yes_to(first))[0]
    assert {"sepsis_confused", "sepsis_breathing", "sepsis_skin", "sepsis_no_pee", "diabetes"} <= set(asked)
    assert not {"sepsis_confused", "diabetes"} & set(walk({})[0])


@pytest.mark.parametrize("age", [None, 16, 40, 60, 90])
def test_night_pain_alone_or_with_its_follow_up_alone_is_at_most_a_doctor(age: int | None) -> None:
    base = final({}, age).tier
    for yes in (["night_pain"], ["night_pain", "night_still"]):
        assert final(yes_to(*yes), age).tier <= max(base, Tier.DOCTOR)


def test_a_risk_factor_alone_is_never_an_emergency() -> None:
    for risk in (["sudden_onset", "blood_thinner"], ["cancer_history", "cancer_team"], ["iv_drug_use", "iv_recent"]):
        assert final(yes_to(*risk), 90).tier < Tier.EMERGENCY, risk


def test_the_81_year_old_who_lifted_the_shopping_sees_a_doctor() -> None:
    assert final(yes_to("injury"), 81).tier is Tier.DOCTOR
    assert final(yes_to("injury", "rest_pain"), 81).tier is Tier.URGENT
    assert final({}, 81).tier is Tier.DOCTOR


def test_a_fit_adult_who_lifted_a_box_is_not_sent_anywhere_but_with_steroids_sees_a_doctor() -> None:
    assert final(yes_to("injury"), 45).tier is Tier.HOME
    assert final(yes_to("injury", "immune_medicines"), 45).tier is Tier.DOCTOR
    assert final(yes_to("injury", "osteoporosis"), 45).tier is Tier.DOCTOR


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
    finished = take_reply(take_reply(Check(age=ADULT), Y).check, Y).check
    assert verdict(finished) is not None
    with pytest.raises(ValueError):
        take_reply(finished, N)


def test_sudden_severe_pain_with_faintness_and_no_tummy_pain_is_an_emergency() -> None:
    asked, steps = walk(yes_to("sudden_onset", "faintness", "rest_pain"))
    assert asked.index("sudden_onset") < asked.index("faintness") and "abdominal_pain" not in asked
    assert steps[-1].verdict is not None and steps[-1].verdict.tier is Tier.EMERGENCY


def test_the_time_critical_questions_come_first() -> None:
    asked, _ = walk({})
    assert asked[:5] == ["chest_pain", "breathless", "sudden_onset", "rest_pain", "faintness"]


def test_after_a_risk_factor_the_check_goes_on_to_the_nerve_symptoms() -> None:
    asked, _ = walk(yes_to("cancer_history", "leg_symptoms"))
    assert {"leg_symptoms", "leg_below_knee", "leg_numb", "leg_weak", "steadily_worse"} <= set(asked)


def test_the_cancer_team_line_is_only_for_someone_under_a_team_now() -> None:
    result = final(yes_to("cancer_history", "cancer_team", "leg_symptoms", "leg_weak"))
    assert result.tier is Tier.EMERGENCY and result.said_as == "cancer_team"
    assert [c.id for c in result.combinations] == ["mscc_cancer_with_a_deficit"]
    result = final(yes_to("cancer_history", "leg_symptoms", "leg_weak"))  # treated long ago
    assert result.tier is Tier.EMERGENCY and result.said_as == "emergency"
    result = final(yes_to("cancer_history", "cancer_team", "fever"))
    assert result.tier is Tier.EMERGENCY and result.said_as == "cancer_team"
    assert final(yes_to("cancer_history", "fever")).tier is Tier.URGENT  # NICE CG151 is for those on treatment


def test_the_cancer_team_does_not_replace_the_emergency_number_when_another_sign_is_an_emergency() -> None:
    result = final(yes_to("cancer_history", "cancer_team", "recent_infection", "leg_symptoms", "leg_weak"))
    assert result.tier is Tier.EMERGENCY and result.said_as == "emergency"


def test_a_drug_injector_with_fever_and_a_weak_leg_is_an_emergency() -> None:
    result = final(yes_to("leg_symptoms", "leg_weak", "iv_drug_use", "fever"))
    assert result.tier is Tier.EMERGENCY
    assert [c.id for c in result.combinations] == ["infection_fever_or_risk_with_a_deficit"]


def test_a_fever_with_recent_injecting_immune_medicines_or_diabetes_goes_to_the_emergency_department_today() -> None:
    for risk in (["iv_drug_use", "iv_recent"], ["immune_medicines"], ["diabetes"]):
        result = final(yes_to("fever", *risk))
        assert result.tier is Tier.URGENT and result.said_as == "emergency_department_today", risk
    assert final(yes_to("fever")).said_as == "urgent"
    assert final(yes_to("fever", "iv_drug_use")).said_as == "urgent"  # injected long ago


def test_tingling_in_one_leg_with_an_infection_is_a_doctor_and_with_diabetes_an_emergency() -> None:
    result = final(yes_to("leg_symptoms", "leg_numb", "recent_infection"))
    assert result.tier is Tier.DOCTOR and result.combinations == ()
    result = final(yes_to("leg_symptoms", "leg_numb", "recent_infection", "diabetes"))
    assert result.tier is Tier.EMERGENCY


def test_an_urgent_yes_stops_the_check_once_nothing_left_could_raise_it() -> None:
    asked, steps = walk(yes_to("abdominal_pain", "abdominal_new"), 60)
    assert asked[-1] == "abdominal_sudden"
    assert steps[-1].verdict is not None and steps[-1].verdict.tier is Tier.URGENT


def test_a_doctor_yes_skips_the_questions_that_could_not_change_the_verdict() -> None:
    asked, _ = walk(yes_to("leg_symptoms"), 60)
    assert "not_improving" not in asked and "night_pain" not in asked


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
    # the pregnancy question is the one age rule that ends with age (16 to 55, block 10): a no to it
    answers = {**answers, "pregnant": N}
    older = final(answers, min(age + years, 120)).tier
    assert older >= final(answers, age).tier
    assert final(answers, None).tier >= older, "not saying the age is the cautious choice"


@given(answer_maps, ages)
def test_a_yes_or_not_sure_to_a_warning_sign_never_leads_to_home(answers: dict[str, Answer], age: int | None) -> None:
    _, steps = walk(answers, age)
    if any(a is not Recorded.NO and TIERS[q] > Tier.HOME for q, a in steps[-1].check.answers):
        assert steps[-1].verdict is not None and steps[-1].verdict.tier is not Tier.HOME


def test_a_yes_alone_that_is_not_a_warning_sign_is_how_the_pain_started_or_follows_one() -> None:
    """A home-tier yes (a risk factor, a cold sweat) is asked only after a yes that is at least a doctor with it."""
    for sign in WARNING_SIGNS:
        if sign.tier is Tier.HOME and sign.id != "injury":
            for alternative in sign.after:
                assert plain_tier({*alternative, sign.id}) >= Tier.DOCTOR, (sign.id, alternative)


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
        allowed = {
            "__future__",
            "collections.abc",
            "dataclasses",
            "enum",
            "functools",
            "typing",
            "skill.core.signs",
            "skill.core.conditions",
        }
        assert imported <= allowed, imported - allowed
