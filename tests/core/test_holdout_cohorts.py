"""The held-out cohorts (tools/holdout_cohorts.py) are well-formed data: no scoring here, only structure."""

from __future__ import annotations

import math

import pytest

from skill.core.signs import Tier
from tools.cohorts import FACTS_BY_ID, Cohort, Rate
from tools.holdout_cohorts import (
    ARTICLE,
    CONDITIONS,
    HOLDOUT_COHORTS,
    LOOK_ALIKE_COHORTS,
    NOTES_LOOK_ALIKES,
)

BY_ID = {cohort.id: cohort for cohort in HOLDOUT_COHORTS}
KINDS = {"emergency", "other", "look-alike"}


def _ever(rate: Rate) -> bool:
    """True when the fact can be true at some age."""
    return max([rate.yes, *(share for _, share in rate.by_age)]) > 0


def _rates(cohort: Cohort) -> list[tuple[str, str, Rate]]:
    return [(stratum.name, fact, rate) for stratum in cohort.strata for fact, rate in stratum.rates.items()]


def test_the_ids_are_unique_and_say_they_are_held_out() -> None:
    assert len(BY_ID) == len(HOLDOUT_COHORTS)
    assert all(cohort_id.startswith("holdout_") for cohort_id in BY_ID)


@pytest.mark.parametrize("cohort", HOLDOUT_COHORTS, ids=lambda c: c.id)
def test_every_rate_is_a_known_fact_between_0_and_1_with_a_source(cohort: Cohort) -> None:
    for stratum, fact, rate in _rates(cohort):
        assert fact in FACTS_BY_ID, (stratum, fact)
        shares = [rate.yes, *(share for _, share in rate.by_age)]
        assert all(0.0 <= share <= 1.0 for share in shares), (stratum, fact, rate)
        ages = [age for age, _ in rate.by_age]
        assert ages == sorted(set(ages)), (stratum, fact)
        assert rate.source.strip(), (stratum, fact)


@pytest.mark.parametrize("cohort", HOLDOUT_COHORTS, ids=lambda c: c.id)
def test_a_follow_up_that_can_be_true_has_its_parent_rated(cohort: Cohort) -> None:
    for stratum in cohort.strata:
        for fact, rate in stratum.rates.items():
            parents = FACTS_BY_ID[fact].given
            if parents and _ever(rate):
                # a parent rated 0 in this stratum is a stated exclusion; a parent not rated at all is a slip
                assert any(p in stratum.rates for p in parents), (stratum.name, fact)


@pytest.mark.parametrize("cohort", HOLDOUT_COHORTS, ids=lambda c: c.id)
def test_the_strata_shares_sum_to_one_and_each_has_a_source(cohort: Cohort) -> None:
    assert math.isclose(sum(stratum.share for stratum in cohort.strata), 1.0)
    assert all(stratum.share > 0 and stratum.source.strip() for stratum in cohort.strata)
    assert len({stratum.name for stratum in cohort.strata}) == len(cohort.strata)


@pytest.mark.parametrize("cohort", HOLDOUT_COHORTS, ids=lambda c: c.id)
def test_kind_condition_tier_and_ages_agree(cohort: Cohort) -> None:
    assert cohort.kind in KINDS
    assert cohort.condition in (*CONDITIONS, ARTICLE)
    assert (cohort.kind == "emergency") == (cohort.tier is Tier.EMERGENCY)
    assert cohort.condition != ARTICLE or cohort.kind == "look-alike"
    low, high = cohort.ages
    assert 16 <= low < high <= 100
    if cohort.age_spread is not None:
        mean, sd = cohort.age_spread
        assert low <= mean <= high and sd > 0


@pytest.mark.parametrize("condition", CONDITIONS)
def test_every_condition_has_an_emergency_cohort_of_two_strata_or_more(condition: str) -> None:
    emergencies = [c for c in HOLDOUT_COHORTS if c.condition == condition and c.kind == "emergency"]
    assert len(emergencies) == 1
    assert len(emergencies[0].strata) >= 2


@pytest.mark.parametrize("cohort", [c for c in HOLDOUT_COHORTS if c.kind == "emergency"], ids=lambda c: c.id)
def test_every_emergency_stratum_is_defined_by_something_certain(cohort: Cohort) -> None:
    for stratum in cohort.strata:
        assert any(rate.yes == 1.0 for rate in stratum.rates.values()), stratum.name


@pytest.mark.parametrize(("look_alike", "cohort_id"), NOTES_LOOK_ALIKES.items())
def test_the_notes_look_alikes_are_all_here(look_alike: str, cohort_id: str) -> None:
    assert BY_ID[cohort_id].kind == "look-alike", look_alike


def test_there_are_twenty_look_alikes_or_more_at_a_tier_below_emergency() -> None:
    assert len(LOOK_ALIKE_COHORTS) >= 20
    assert all(c.kind == "look-alike" and c.tier is not Tier.EMERGENCY for c in LOOK_ALIKE_COHORTS)


def test_the_atypical_strata_are_at_the_notes_shares() -> None:
    """The shares the fourth pass gives: no chest pain in a third of ACS, painless dissection 4-6%, a quarter of
    MSCC without known cancer."""
    acs = BY_ID["holdout_acs_emergency"]
    no_chest = sum(s.share for s in acs.strata if "chest_pain" not in s.rates or s.rates["chest_pain"].yes == 0)
    assert math.isclose(no_chest, 0.33)
    painless = [s for s in BY_ID["holdout_dissection_emergency"].strata if s.name.startswith("painless")]
    assert len(painless) == 1 and 0.04 <= painless[0].share <= 0.06
    no_cancer = [s for s in BY_ID["holdout_mscc_emergency"].strata if s.rates["cancer_history"].yes == 0]
    assert math.isclose(sum(s.share for s in no_cancer), 0.25)
