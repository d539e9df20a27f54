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
from skill.core.signs import AGE_FACTS_BY_ID, COMBINATIONS, SIGNS_BY_ID, TIERS, WARNING_SIGNS, Tier
from skill.core.speech import LOCALES, language_of
from skill.tools.safety_case import SAFETY_CASE, updated
from tests.support.conversations import SAFETY_NET
from tests.support.fake_alexa import SKILL_ID, FakeAlexa, ends_session, outcome, speech, words
from tests.support.locales import heard_in

ROOT = Path(__file__).parents[1]
ENTRY_POINT = build_handler(SKILL_ID)


def check(*yes: str, locale: str = "en-US", age: int | None = 40) -> dict[str, Any]:
    """A whole check through the Lambda entry point: ``age``, yes to ``yes`` and no to the rest."""
    fake_alexa = FakeAlexa(ENTRY_POINT, locale=locale)
    fake_alexa.launch()
    fake_alexa.say(c.YES)
    return fake_alexa.answer_until_verdict(yes, age=age)


# --- The ways earlier versions under-triaged -------------------------------------------


def test_failure_1_sudden_severe_pain_with_faintness_is_an_emergency_without_tummy_pain() -> None:
    out = check("sudden_onset", "faintness", "severe_rest_pain")
    assert outcome(out) == "emergency"
    assert speech(out).startswith("Call 911 now") and "sudden, severe pain that came on by itself" in speech(out)
    assert "feeling faint or dizzy" in speech(out) and "Don't drive yourself." in speech(out)


def test_failure_2_a_cancer_survivor_with_sciatica_below_the_knee_is_an_emergency_and_told_about_the_cancer() -> None:
    out = check("leg_pain", "leg_pain_below_knee", "cancer_history")
    assert outcome(out) == "emergency"
    assert "having had cancer and pain spreading below your knee" in speech(out)
    assert "pain spreading down your leg" not in speech(out), "a reason is said once, in its most precise words"


def test_failure_2_a_drug_injector_with_fever_and_walking_trouble_is_an_emergency() -> None:
    out = check("walking_difficulty", "iv_drug_use", "fever")
    assert outcome(out) == "emergency"
    assert "a high temperature" in speech(out)
    out = check("walking_difficulty", "iv_drug_use")
    assert outcome(out) == "emergency" and "having injected drugs" in speech(out)


def test_failure_3_one_sided_sciatica_hears_the_emergency_number_and_the_symptoms_that_need_it() -> None:
    out = check("leg_pain")
    assert outcome(out) == "doctor"
    assert SAFETY_NET in speech(out)
    assert speech(out).endswith("This is general information, not a diagnosis.")


# --- The third review's patients: emergencies that do not look like back-pain questions -----


def test_review_3_a_dissection_felt_between_the_shoulder_blades_is_an_emergency() -> None:
    out = check("sudden_onset", "upper_back", age=45)
    assert outcome(out) == "emergency"
    assert speech(out).startswith("Call 911 now") and "Don't drive yourself." in speech(out)
    assert "sudden, severe pain that came on by itself and pain between your shoulder blades" in speech(out)
    older = check("sudden_onset", age=58)
    assert outcome(older) == "emergency" and "sudden, severe pain that came on by itself and your age" in speech(older)


def test_review_3_a_heart_attack_felt_in_the_back_without_chest_pain_is_an_emergency() -> None:
    out = check("breathless_sweaty", "upper_back", age=44)
    assert outcome(out) == "emergency" and "Don't drive yourself." in speech(out)
    assert "being short of breath, clammy or sick to your stomach with the pain and pain between" in speech(out)
    older = check("breathless_sweaty", age=62)  # felt in the lower back: the age is enough
    assert outcome(older) == "emergency" and "your age" in speech(older)


def test_review_3_new_severe_pain_with_a_known_aneurysm_is_an_emergency() -> None:
    out = check("aortic_aneurysm", age=72)
    assert outcome(out) == "emergency"
    assert "back pain with an aortic aneurysm" in speech(out) and "Don't drive yourself." in speech(out)


def test_review_3_faintness_with_tummy_pain_that_built_up_is_an_emergency() -> None:
    out = check("faintness", "abdominal_pain", age=29)
    assert outcome(out) == "emergency"
    assert "feeling faint or dizzy and stomach pain" in speech(out)
    assert "feeling faint or dizzy and tummy pain" in speech(
        check("faintness", "abdominal_pain", age=29, locale="en-GB")
    )


def test_review_3_the_tummy_follow_up_is_sudden_or_severe() -> None:
    out = check("abdominal_pain", "abdominal_pain_sudden")
    assert outcome(out) == "emergency" and "sudden or severe stomach pain" in speech(out)


def test_review_3_an_81_year_old_who_lifted_the_shopping_is_not_sent_home() -> None:
    out = check("fall", age=81)
    assert outcome(out) == "urgent"
    assert "pain that began after a fall, a knock or lifting something" in speech(out)
    assert outcome(check(age=81)) == "doctor", "over 70, a new back pain sees a doctor"
    assert "This is because of your age." in speech(check(age=81))


# --- The third review's ordinary backs: common harmless yeses are not emergencies ----------


@pytest.mark.parametrize(
    ("yes", "tier"),
    [
        (("leg_pain",), "doctor"),  # pain into the thigh: no below-the-knee, no emergency
        (("leg_weakness",), "doctor"),  # tingling in one leg
        (("leg_pain", "leg_pain_below_knee"), "doctor"),  # one-sided sciatica
        (("night_pain",), "doctor"),
        (("upper_back",), "doctor"),
        (("weight_loss",), "doctor"),
        (("severe_rest_pain",), "doctor"),
        (("cancer_history", "leg_pain"), "urgent"),  # a cancer, and pain into the thigh only
        (("recent_infection", "leg_pain"), "urgent"),
        (("recent_infection", "leg_weakness"), "urgent"),
    ],
)
def test_review_3_common_harmless_yeses_are_not_sent_to_the_emergency_number(yes: tuple[str, ...], tier: str) -> None:
    assert outcome(check(*yes)) == tier


@pytest.mark.parametrize(
    ("age", "yes", "tier"),
    [
        (45, ("weight_loss",), "doctor"),
        (55, ("weight_loss",), "urgent"),
        (72, ("leg_weakness",), "urgent"),
        (45, ("immune_medicines", "night_pain"), "urgent"),
    ],
)
def test_review_3_doctor_flags_are_urgent_with_a_risk_factor_or_age(age: int, yes: tuple[str, ...], tier: str) -> None:
    assert outcome(check(*yes, age=age)) == tier


# --- Each red flag, and each combination ----------------------------------------------------


def yes_path(sign_id: str) -> tuple[str, ...]:
    """The yes answers that reach ``sign_id``: its question and the one it follows (not an age fact)."""
    sign = SIGNS_BY_ID[sign_id]
    return (sign.follows, sign_id) if sign.follows in SIGNS_BY_ID else (sign_id,)


def age_for(members: Any) -> int:
    """An age at which every age fact among ``members`` holds and every question among them is asked."""
    facts = [m for m in members if m in AGE_FACTS_BY_ID]
    facts += [SIGNS_BY_ID[m].follows for m in members if SIGNS_BY_ID.get(m, SIGNS_BY_ID["chest_pain"]).follows]
    return max([40, *(AGE_FACTS_BY_ID[f].min_age for f in facts if f in AGE_FACTS_BY_ID)])


@pytest.mark.parametrize("sign_id", [s.id for s in WARNING_SIGNS])
def test_each_sign_gives_its_tier(sign_id: str) -> None:
    sign = SIGNS_BY_ID[sign_id]
    age = AGE_FACTS_BY_ID[sign.follows].min_age if sign.follows in AGE_FACTS_BY_ID else 40
    out = check(*yes_path(sign_id), age=age)
    assert outcome(out) == sign.tier.id
    assert outcome(out) != "home" and ends_session(out)


@pytest.mark.parametrize("combination", COMBINATIONS, ids=lambda combination: combination.id)
def test_each_combination_gives_its_tier(combination: Any) -> None:
    for members in zip(*(sorted(group) for group in combination.groups), strict=False):
        tier = max(combination.tier, *(TIERS[s] for s in members))
        asked = [path for m in members if m in SIGNS_BY_ID for path in yes_path(m)]
        assert outcome(check(*asked, age=age_for(members))) == tier.id, members


def test_a_single_nerve_symptom_without_a_risk_factor_stays_below_emergency() -> None:
    assert outcome(check("leg_pain")) == "doctor"
    assert outcome(check("walking_difficulty")) == "urgent"


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_locale_gets_the_same_rules(locale: str) -> None:
    cases = [
        ((), 40, Tier.HOME),
        (("leg_pain", "leg_pain_below_knee", "cancer_history"), 40, Tier.EMERGENCY),
        (("sudden_onset", "upper_back"), 40, Tier.EMERGENCY),
        (("weight_loss",), 40, Tier.DOCTOR),
        (("weight_loss",), 60, Tier.URGENT),
        (("fall",), 80, Tier.URGENT),
        ((), None, Tier.DOCTOR),
    ]
    for yes, age, tier in cases:
        assert outcome(check(*yes, locale=locale, age=age)) == tier.id, (yes, age)


# --- The all-no path: still home, still short ---------------------------------------------

MAX_WORDS = 400
MAX_REPLY_WORDS = 90


MAX_QUESTIONS = 26  # the age question included


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("age", [40, 69, None])
def test_the_all_no_check_stays_short_at_every_age(locale: str, age: int | None) -> None:
    fake_alexa = FakeAlexa(ENTRY_POINT, locale=locale)
    fake_alexa.launch()
    fake_alexa.say(c.YES)
    out = fake_alexa.answer_until_verdict(age=age)
    assert outcome(out) == ("home" if age is not None else "doctor")
    counts = [len(words(speech(response))) for response in fake_alexa.responses]
    # Spanish and French take more words to say the same: up to 15% more, no reply over 100.
    english = language_of(locale) == "en"
    assert sum(counts) <= (MAX_WORDS if english else MAX_WORDS * 1.15), counts
    assert max(counts) <= (MAX_REPLY_WORDS if english else 100), counts
    questions = len(fake_alexa.responses) - 2  # less the welcome and the verdict
    assert questions <= MAX_QUESTIONS
    if age == 40:
        assert questions == 1 + sum(s.follows is None for s in WARNING_SIGNS), "the age, then every main question"


def test_the_all_no_check_ends_at_home_and_stays_short() -> None:
    """The hazard log's name for the all-no path (H10): at 40, home, within the limits."""
    test_the_all_no_check_stays_short_at_every_age("en-US", 40)


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_progress_is_said_in_words_and_the_personal_questions_are_introduced(locale: str) -> None:
    fake_alexa = FakeAlexa(ENTRY_POINT, locale=locale)
    fake_alexa.launch()
    fake_alexa.say(c.YES)
    fake_alexa.answer_until_verdict()
    heard = [speech(response) for response in fake_alexa.responses]
    for said in ("About halfway.", "A few more.", "Last question.", "Some personal questions now"):
        assert sum(heard_in(locale, said) in h for h in heard) == 1, said
    bladder = next(h for h in heard if heard_in(locale, "bladder or bowel control?") in h)
    opening = "Some personal questions now, about your nerves. In the last two weeks"
    assert bladder.startswith(heard_in(locale, opening))


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
