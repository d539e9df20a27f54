"""The clinical-safety review's cases, each red flag, and the safety case (docs/clinical-safety.md).

Everything here is driven through the Lambda entry point (``skill.alexa.lambda_function``'s own
handler for a configured skill ID), by answers only: the test hears each question and
answers it as the person would.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from skill.alexa import constants as c
from skill.alexa.lambda_function import build_handler
from skill.core.signs import COMBINATIONS, SIGNS_BY_ID, WARNING_SIGNS, Tier
from skill.core.speech import LOCALES
from skill.tools.safety_case import SAFETY_CASE, updated
from tests.support.fake_alexa import SKILL_ID, FakeAlexa, ends_session, outcome, speech, words

ROOT = Path(__file__).parents[1]
ENTRY_POINT = build_handler(SKILL_ID)
SAFETY_NET = (
    "Call 911 at once for loss of bladder or bowel control, difficulty peeing, numbness around your "
    "genitals or buttocks, weakness or numbness in both legs, or chest pain."
)


def check(*yes: str, locale: str = "en-US") -> dict[str, Any]:
    """A whole check through the Lambda entry point, yes to ``yes`` and no to the rest."""
    fake_alexa = FakeAlexa(ENTRY_POINT, locale=locale)
    fake_alexa.launch()
    fake_alexa.say(c.YES)
    return fake_alexa.answer_until_verdict(yes)


# --- The three ways the first version under-triaged -------------------------------------


def test_failure_1_sudden_severe_pain_with_faintness_is_an_emergency_without_tummy_pain() -> None:
    out = check("faintness", "faintness_sudden", "severe_rest_pain")
    assert outcome(out) == "emergency"
    assert speech(out).startswith("Call 911 now") and "sudden, severe pain with faintness" in speech(out)


def test_failure_2_a_cancer_survivor_with_leg_numbness_is_an_emergency_and_told_about_the_cancer() -> None:
    out = check("leg_weakness", "cancer_history")
    assert outcome(out) == "emergency"
    assert "weakness, numbness or tingling in a leg and having had cancer" in speech(out)


def test_failure_2_a_drug_injector_with_fever_and_leg_weakness_is_an_emergency() -> None:
    out = check("leg_weakness", "iv_drug_use", "fever")
    assert outcome(out) == "emergency"
    assert "a high temperature" in speech(out)
    out = check("leg_weakness", "iv_drug_use")
    assert outcome(out) == "emergency" and "having injected drugs" in speech(out)


def test_failure_3_one_sided_sciatica_hears_the_emergency_number_and_the_symptoms_that_need_it() -> None:
    out = check("leg_pain")
    assert outcome(out) == "doctor"
    assert SAFETY_NET in speech(out)
    assert speech(out).endswith("This is general information, not a diagnosis.")


# --- Each red flag, and each combination ----------------------------------------------------


def yes_path(sign_id: str) -> tuple[str, ...]:
    """The yes answers that reach ``sign_id``: its question and the one it follows."""
    sign = SIGNS_BY_ID[sign_id]
    return (sign.follows, sign_id) if sign.follows else (sign_id,)


@pytest.mark.parametrize("sign_id", [s.id for s in WARNING_SIGNS])
def test_each_sign_gives_its_tier(sign_id: str) -> None:
    out = check(*yes_path(sign_id))
    assert outcome(out) == SIGNS_BY_ID[sign_id].tier.id
    assert outcome(out) != "home" and ends_session(out)


@pytest.mark.parametrize("combination", COMBINATIONS, ids=lambda combination: combination.id)
def test_each_combination_gives_its_tier(combination: Any) -> None:
    for members in zip(*(sorted(group) for group in combination.groups), strict=False):
        tier = max(combination.tier, *(SIGNS_BY_ID[s].tier for s in members))
        assert outcome(check(*members)) == tier.id, members


def test_a_single_nerve_symptom_without_a_risk_factor_stays_below_emergency() -> None:
    assert outcome(check("leg_pain")) == "doctor"
    assert outcome(check("walking_difficulty")) == "urgent"


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_locale_gets_the_same_rules(locale: str) -> None:
    for yes, tier in [((), Tier.HOME), (("leg_pain", "cancer_history"), Tier.EMERGENCY), (("lump",), Tier.URGENT)]:
        assert outcome(check(*yes, locale=locale)) == tier.id


# --- The all-no path: still home, still short ---------------------------------------------

MAX_WORDS = 400
MAX_REPLY_WORDS = 90


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_all_no_check_ends_at_home_and_stays_short(locale: str) -> None:
    fake_alexa = FakeAlexa(ENTRY_POINT, locale=locale)
    fake_alexa.launch()
    fake_alexa.say(c.YES)
    out = fake_alexa.answer_until_verdict()
    assert outcome(out) == "home"
    counts = [len(words(speech(response))) for response in fake_alexa.responses]
    assert sum(counts) <= MAX_WORDS, counts
    assert max(counts) <= MAX_REPLY_WORDS, counts
    assert len(fake_alexa.responses) == 2 + sum(s.follows is None for s in WARNING_SIGNS), "welcome, questions, verdict"


# --- The safety case -------------------------------------------------------------------------


def safety_case() -> str:
    return SAFETY_CASE.read_text(encoding="utf-8")


def test_the_safety_case_is_current_with_the_data() -> None:
    assert updated(safety_case()) == safety_case(), "run: python -m skill.tools.safety_case"


def test_every_sign_and_combination_is_in_the_safety_case_with_a_test_named() -> None:
    text = safety_case()
    for sign in WARNING_SIGNS:
        assert re.search(rf"^\| `{sign.id}` .*tests/\S+::test_\w+", text, re.M), sign.id
    for combination in COMBINATIONS:
        assert re.search(rf"^\| `{combination.id}` .*tests/\S+::test_\w+", text, re.M), combination.id


def test_every_test_the_safety_case_names_exists() -> None:
    named = set(re.findall(r"(tests/[\w/]+\.py)::(test_\w+)", safety_case()))
    assert len(named) > 20
    for path, name in named:
        tree = ast.parse((ROOT / path).read_text())
        functions = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
        assert name in functions, f"{path}::{name}"


def test_the_readme_points_to_the_safety_case_not_outside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "docs/clinical-safety.md" in readme
    for path in [ROOT / "README.md", *ROOT.glob("skill/**/*.py"), *ROOT.glob("docs/*.md")]:
        assert "shared/" not in path.read_text(), path
