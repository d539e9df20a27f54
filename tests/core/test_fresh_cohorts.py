"""The fresh condition cohorts (tools/fresh_cohorts.py) are well-formed data: no scoring here, only that every cohort
can be played (facts that exist, shares that add up, follow-ups whose parents can be true) and that the set covers
what the fourth pass asks of it (an emergency cohort per condition, the notes' look-alikes)."""

from __future__ import annotations

import math

import pytest

from skill.core.conditions import CONDITIONS as SKILL_CONDITIONS
from skill.core.signs import Tier
from tools.cohorts import FACTS_BY_ID, Cohort, Rate
from tools.fresh_cohorts import FRESH_COHORTS

CONDITIONS = tuple(condition.id for condition in SKILL_CONDITIONS)
CONDITIONS_WITH_EMERGENCIES = tuple(condition for condition in CONDITIONS if condition != "article")
KINDS = ("emergency", "other", "look-alike")

# The fourth pass's list of look-alikes ("How to measure", item 1): the cohort, and what it must be certain of.
NOTES_LOOK_ALIKES: dict[str, tuple[str, tuple[str, ...]]] = {
    "urge leaks": ("fresh_urge_leaks_after_bladder_infection", ("bladder_bowel", "recent_infection")),
    "diarrhoea": ("fresh_diarrhoea", ("bladder_bowel",)),
    "dizziness": ("fresh_everyday_dizziness", ("dizzy",)),
    "codeine nausea": ("fresh_codeine_nausea", ("nausea",)),
    "old cancer with sciatica": ("fresh_old_cancer_sciatica", ("cancer_history", "leg_symptoms")),
    "easing strain on apixaban": ("fresh_easing_strain_on_apixaban", ("blood_thinner",)),
    "stenosis": ("fresh_stable_stenosis", ("leg_symptoms", "legs_both")),
    "a lift at 65+": ("fresh_lift_at_65", ("injury",)),
}

BY_ID = {cohort.id: cohort for cohort in FRESH_COHORTS}


def every_share(rate: Rate) -> list[float]:
    return [rate.yes, *(share for _, share in rate.by_age)]


def named(cohort: Cohort) -> str:
    return cohort.id


@pytest.mark.parametrize("cohort", FRESH_COHORTS, ids=named)
def test_every_fact_a_cohort_names_is_a_fact_of_the_model(cohort: Cohort) -> None:
    for stratum in cohort.strata:
        assert set(stratum.rates) <= set(FACTS_BY_ID), stratum.name


@pytest.mark.parametrize("cohort", FRESH_COHORTS, ids=named)
def test_every_rate_is_a_share_with_its_source(cohort: Cohort) -> None:
    for stratum in cohort.strata:
        for fact, rate in stratum.rates.items():
            assert all(0.0 <= share <= 1.0 for share in every_share(rate)), (stratum.name, fact)
            assert rate.source.strip(), (stratum.name, fact)
            ages = [age for age, _ in rate.by_age]
            assert ages == sorted(set(ages)), (stratum.name, fact)


@pytest.mark.parametrize("cohort", FRESH_COHORTS, ids=named)
def test_the_strata_shares_add_up_to_the_whole_cohort(cohort: Cohort) -> None:
    assert all(stratum.share > 0 for stratum in cohort.strata)
    assert math.isclose(sum(stratum.share for stratum in cohort.strata), 1.0, abs_tol=1e-9)


@pytest.mark.parametrize("cohort", FRESH_COHORTS, ids=named)
def test_each_stratum_is_named_once_and_says_where_its_share_comes_from(cohort: Cohort) -> None:
    names = [stratum.name for stratum in cohort.strata]
    assert len(names) == len(set(names))
    assert all(stratum.source.strip() for stratum in cohort.strata)


@pytest.mark.parametrize("cohort", FRESH_COHORTS, ids=named)
def test_a_follow_up_is_only_given_where_its_question_can_be_asked(cohort: Cohort) -> None:
    """A follow-up with a rate has a parent that can be true in the same stratum, else its rate is dead."""
    for stratum in cohort.strata:
        for fact, rate in stratum.rates.items():
            parents = FACTS_BY_ID[fact].given
            if parents and max(every_share(rate)) > 0:
                assert any(
                    parent in stratum.rates and max(every_share(stratum.rates[parent])) > 0 for parent in parents
                ), (stratum.name, fact)


def test_ids_are_unique_and_say_they_are_fresh() -> None:
    ids = [cohort.id for cohort in FRESH_COHORTS]
    assert len(ids) == len(set(ids))
    assert all(cohort_id.startswith("fresh_") for cohort_id in ids)


@pytest.mark.parametrize("cohort", FRESH_COHORTS, ids=named)
def test_kind_condition_and_tier_fit_together(cohort: Cohort) -> None:
    assert cohort.kind in KINDS
    assert cohort.condition in CONDITIONS
    assert cohort.title.strip()
    assert (cohort.kind == "emergency") == (cohort.tier is Tier.EMERGENCY)


@pytest.mark.parametrize("cohort", FRESH_COHORTS, ids=named)
def test_ages_are_adult_and_the_spread_sits_inside_them(cohort: Cohort) -> None:
    youngest, oldest = cohort.ages
    assert 16 <= youngest < oldest <= 100
    assert cohort.age_spread is not None
    mean, sd = cohort.age_spread
    assert youngest <= mean <= oldest and sd > 0


@pytest.mark.parametrize("condition", CONDITIONS_WITH_EMERGENCIES)
def test_every_condition_has_an_emergency_cohort(condition: str) -> None:
    assert any(cohort.condition == condition and cohort.kind == "emergency" for cohort in FRESH_COHORTS)


@pytest.mark.parametrize("cohort", [c for c in FRESH_COHORTS if c.kind == "emergency"], ids=named)
def test_an_emergency_cohort_says_what_its_people_answer_to_every_question(cohort: Cohort) -> None:
    for stratum in cohort.strata:
        assert set(FACTS_BY_ID) - set(stratum.rates) == set(), stratum.name


@pytest.mark.parametrize("cohort", [c for c in FRESH_COHORTS if c.kind == "emergency"], ids=named)
def test_an_emergency_cohort_has_more_than_its_typical_presentation(cohort: Cohort) -> None:
    assert len(cohort.strata) >= 2


@pytest.mark.parametrize("look_alike", NOTES_LOOK_ALIKES)
def test_every_look_alike_the_notes_name_is_there_certain_of_its_ordinary_reason(look_alike: str) -> None:
    cohort_id, certain = NOTES_LOOK_ALIKES[look_alike]
    cohort = BY_ID[cohort_id]
    assert cohort.kind == "look-alike"
    assert cohort.tier is not Tier.EMERGENCY
    for stratum in cohort.strata:
        for fact in certain:
            assert stratum.rates[fact].yes == 1.0 and not stratum.rates[fact].by_age, (stratum.name, fact)


def test_the_lift_look_alike_is_65_or_over() -> None:
    assert BY_ID["fresh_lift_at_65"].ages[0] >= 65


@pytest.mark.parametrize(
    ("cohort_id", "tier"),
    [
        ("fresh_flu", Tier.URGENT),  # block 3: flu with no sepsis sign (U)
        ("fresh_old_cancer_sciatica", Tier.URGENT),  # block 2: cancer decades ago, one-sided sciatica (U)
        ("fresh_usual_flare_60", Tier.URGENT),  # block 5: a usual flare at 60+ (U)
        ("fresh_lift_at_65", Tier.DOCTOR),  # block 4: a lift at 65+, pain eases lying down (D)
        ("fresh_diarrhoea", Tier.DOCTOR),  # block 1: diarrhoea (D)
        ("fresh_fracture_fragility", Tier.DOCTOR),  # block 4: fragility risk + fall, lift or sudden start (D)
        ("fresh_fracture_fragility_rest_pain", Tier.URGENT),  # block 4: + severe at rest (U)
        ("fresh_kidney_stone", Tier.URGENT),  # block 11: colicky side pain to the groin (U)
    ],
)
def test_the_tiers_the_notes_name(cohort_id: str, tier: Tier) -> None:
    assert BY_ID[cohort_id].tier is tier
