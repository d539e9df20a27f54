"""The population model (``python -m tools.population``): the balance both ways, held to its limits.

Ordinary backs must not be sent to the emergency number (over-triage teaches people to ignore the
skill), and every serious cause must still reach its tier. The cohorts and their yes-rates are data
(tools/cohorts.py) with sources, shown in docs/clinical-safety.md.
"""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from skill.core.signs import AGE_FACTS_BY_ID, SIGNS_BY_ID, Tier
from tools.cohorts import ORDINARY, SERIOUS, Cohort
from tools.population import (
    LEAST_HOME_OR_ROUTINE,
    MOST_EMERGENCY,
    MOST_NOW,
    SEED,
    OrdinaryShares,
    core_verdict,
    ordinary_shares,
    person_says,
    play,
    reaching,
    sensitivity,
    share,
    verdicts,
)

pytestmark = pytest.mark.slow  # the population model at full size

SERIOUS_PEOPLE = 2_000


@pytest.fixture(scope="module")
def ordinary() -> OrdinaryShares:
    return ordinary_shares()


def test_few_ordinary_backs_are_told_to_call_the_emergency_number(ordinary: OrdinaryShares) -> None:
    assert ordinary.emergency_number <= MOST_EMERGENCY
    assert ordinary.now <= MOST_NOW, "the cancer team's line, now, counted too"


def test_most_ordinary_backs_are_told_home_or_a_routine_appointment(ordinary: OrdinaryShares) -> None:
    assert ordinary.home_or_doctor >= LEAST_HOME_OR_ROUTINE
    assert ordinary.home >= 0.10, "an ordinary back can still be looked after at home"


@pytest.mark.parametrize("cohort", SERIOUS, ids=lambda cohort: cohort.name)
def test_each_serious_cause_reaches_its_tier(cohort: Cohort) -> None:
    counts = verdicts(cohort, SERIOUS_PEOPLE)
    assert reaching(counts, cohort.tier) >= cohort.least_reaching
    assert share(counts, Tier.HOME) <= 0.03, "a serious cause is seldom sent home (only by a no to every sign of it)"


@pytest.mark.parametrize("cohort", SERIOUS, ids=lambda cohort: cohort.name)
def test_the_typical_presentation_of_each_serious_cause_reaches_its_tier_at_every_age(cohort: Cohort) -> None:
    typical = {sign_id: rate.yes >= 0.5 for sign_id, rate in cohort.rates.items()}
    low, high = cohort.ages
    for age in (low, (low + high) // 2, high):
        assert play(age, typical) >= cohort.tier, (cohort.name, age)


@pytest.mark.parametrize("cohort", [ORDINARY, *SERIOUS], ids=lambda cohort: cohort.name)
def test_the_core_and_the_conversation_give_each_person_the_same_verdict(cohort: Cohort) -> None:
    """The profile and the sensitivity table use the core's walk (faster); the table, the conversation."""
    rng = random.Random(f"{SEED}:{cohort.name}")
    for _ in range(200):
        age, says_yes = person_says(cohort, rng)
        assert core_verdict(age, says_yes).tier is play(age, says_yes)


def test_the_emergency_share_names_the_routes_and_how_much_each_rests_on_its_rates() -> None:
    rows = sensitivity(2_000)
    assert sum(row.share for row in rows) == pytest.approx(share(verdicts(ORDINARY, 2_000), Tier.EMERGENCY))
    for row in rows:
        assert row.halved <= row.share <= row.doubled + 0.001, row
    assert rows == sorted(rows, key=lambda row: -row.share)


def test_the_same_seed_gives_the_same_population() -> None:
    assert verdicts(ORDINARY, 300, seed=7) == verdicts(ORDINARY, 300, seed=7)
    assert verdicts(ORDINARY, 300, seed=7) != verdicts(ORDINARY, 300, seed=8)


@pytest.mark.parametrize("cohort", [ORDINARY, *SERIOUS], ids=lambda cohort: cohort.name)
def test_every_rate_is_a_share_of_a_question_the_skill_asks_with_its_source(cohort: Cohort) -> None:
    assert cohort.title and 16 <= cohort.ages[0] < cohort.ages[1] <= 110
    for sign_id, rate in cohort.rates.items():
        assert sign_id in SIGNS_BY_ID, sign_id
        assert 0 <= rate.yes <= 1 and len(rate.source) >= len("estimate"), sign_id
    for sign_id in cohort.rates:
        assert set(SIGNS_BY_ID[sign_id].follows) <= set(SIGNS_BY_ID) | set(AGE_FACTS_BY_ID), sign_id


def test_the_model_runs_from_the_command_line_and_prints_the_table_and_the_profile() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tools.population", "--people", "300", "--ordinary", "8000", "--seed", "3"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("seed 3, 300 people per cohort")
    assert "| Ordinary (non-specific) back pain | 300 |" in done.stdout
    assert "Ordinary backs, 8,000 people through the triage core: the emergency number" in done.stdout
    assert "| route to the emergency number | share | its yes-rates doubled | halved |" in done.stdout


def test_the_model_refuses_an_empty_population() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tools.population", "--people", "0"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2 and "--people must be at least 1, --ordinary at least 4" in done.stderr
