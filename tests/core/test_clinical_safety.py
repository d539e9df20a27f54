"""The clinical-safety review's cases, each red flag, and the safety case (docs/clinical-safety.md).

Everything here is driven through the Lambda entry point (``skill.alexa.lambda_function``'s own
handler for a configured skill ID), by answers only: the test hears each question and
answers it as the person would.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from skill.alexa.lambda_function import build_handler
from skill.core.signs import AGE_FACTS_BY_ID, COMBINATIONS, SIGNS_BY_ID, WARNING_SIGNS, Tier, age_facts
from skill.core.speech import LOCALES, language_of, texts_for
from skill.core.ssml import to_text
from skill.core.triage import tier_of
from tests.support.conversations import yes_path
from tests.support.fake_alexa import SKILL_ID, FakeAlexa, ends_session, outcome, speech, words
from tests.support.locales import heard_in

ROOT = Path(__file__).parents[2]
ENTRY_POINT = build_handler(SKILL_ID)


def check(*yes: str, locale: str = "en-US", age: int | None = 40) -> dict[str, Any]:
    """A whole check through the Lambda entry point: ``age``, yes to ``yes`` and no to the rest."""
    fake_alexa = FakeAlexa(ENTRY_POINT, locale=locale)
    fake_alexa.launch()
    return fake_alexa.answer_until_verdict(yes, age=age)


# --- Earlier rounds' patients, as the fourth pass now triages them ---------------------------


def test_failure_1_sudden_severe_pain_with_faintness_is_an_emergency_without_tummy_pain() -> None:
    out = check("sudden_onset", "faintness", "rest_pain")
    assert outcome(out) == "emergency"
    assert speech(out).startswith("Call 911 now") and "pain that came on within a minute" in speech(out)
    assert "feeling about to faint" in speech(out) and "Don't drive yourself." in speech(out)


def test_failure_2_a_drug_injector_with_fever_and_a_weak_leg_is_an_emergency() -> None:
    out = check("leg_symptoms", "leg_weak", "iv_drug_use", "fever")
    assert outcome(out) == "emergency"
    assert "a high temperature" in speech(out)
    out = check("leg_symptoms", "leg_weak", "iv_drug_use")
    assert outcome(out) == "emergency" and "having injected drugs" in speech(out)


def test_failure_3_one_sided_sciatica_hears_the_emergency_number_and_the_symptoms_that_need_it() -> None:
    out = check("leg_symptoms", "leg_below_knee")
    assert outcome(out) == "doctor"
    net = "Call 911 at once for chest pain, losing bladder or bowel control, a numb bottom, weak legs"
    assert net in speech(out)
    assert speech(out).endswith(
        "This is general information, not a diagnosis. I've put this in your Alexa app. Want to hear that again?"
    )


# --- The fourth pass, block by block (each "where the skill differs" item) --------------------


def test_block_7_chest_pain_since_this_time_yesterday_is_an_emergency_older_is_today() -> None:
    out = check("chest_pain", "chest_pain_recent")
    assert outcome(out) == "emergency" and "chest pain since yesterday" in speech(out)
    older = check("chest_pain")
    assert outcome(older) == "urgent" and "chest pain in the last three days" in speech(older)
    net = speech(older).split("Call 911 at once for ")[1]
    assert net.startswith("losing bladder or bowel control, chest pain again"), "the net names what is new"


def test_block_7_and_8_new_breathlessness_is_asked_apart_with_its_clot_signs() -> None:
    assert outcome(check("breathless", age=60)) == "doctor"  # usual asthma: no nausea, no sweat pooled in
    assert outcome(check("breathless", "breathless_new", age=35)) == "urgent"
    assert outcome(check("breathless", "breathless_new", age=50)) == "emergency"
    for clot_sign in ("breathing_pain", "coughed_blood", "calf_swollen", "upper_back", "chest_pain"):
        assert outcome(check("breathless", "breathless_new", clot_sign, age=35)) == "emergency", clot_sign
    out = check("breathless", "breathless_new", "cold_sweat", age=35)  # a heart attack without chest pain
    assert outcome(out) == "emergency" and "a cold sweat" in speech(out) and "Don't drive yourself." in speech(out)
    low_back = check("breathless", age=34)
    assert "worse breathlessness" in speech(low_back) and "new breathlessness" not in speech(low_back)


def test_block_6_a_dissection_felt_between_the_shoulder_blades_is_an_emergency() -> None:
    out = check("sudden_onset", "rest_pain", "upper_back", "injury", age=47)  # while bench pressing
    assert outcome(out) == "emergency" and "Don't drive yourself." in speech(out)
    assert outcome(check("sudden_onset", "rest_pain", age=45)) == "urgent"  # under 50 alone
    assert outcome(check("sudden_onset", "rest_pain", age=58)) == "emergency"
    assert outcome(check("upper_back", age=47)) == "doctor"  # alone: a doctor
    assert outcome(check("sudden_onset", age=47)) == "doctor"  # a lifting strain that eases lying still


def test_block_5_severe_rest_pain_at_60_without_a_sudden_start() -> None:
    assert outcome(check("rest_pain", age=68)) == "urgent"  # a usual flare at 60+
    out = check("rest_pain", "unlike_before", age=68)
    assert outcome(out) == "emergency" and "pain unlike any you've had before" in speech(out)
    assert outcome(check("rest_pain", "cold_sweat", age=55)) == "emergency"
    assert outcome(check("rest_pain", age=55)) == "doctor"


def test_block_5_about_to_faint_not_dizzy_and_a_known_aneurysm_from_60() -> None:
    assert outcome(check("faintness")) == "urgent"
    assert outcome(check("faintness", "sudden_onset")) == "emergency"
    assert outcome(check("faintness", "abdominal_pain", age=29)) == "emergency"
    assert outcome(check("aortic_aneurysm", age=72)) == "emergency"
    heard = " ".join(speech(r) for r in _run((), 40).responses)
    assert "felt about to faint?" in heard and "dizzy" not in heard and "aneurysm" not in heard


def test_block_9_a_blood_thinner_after_the_symptoms_it_changes_never_alone() -> None:
    easing = check("sudden_onset", "blood_thinner", age=70)  # the back "went" days ago and is easing
    assert outcome(easing) == "doctor"
    for with_ in (("rest_pain",), ("leg_symptoms", "leg_numb"), ("leg_symptoms", "leg_weak")):
        out = check(*with_, "blood_thinner", age=55)
        assert outcome(out) == "emergency" and "taking a blood thinner" in speech(out), with_
    assert outcome(check("sudden_onset", "blood_thinner", "steadily_worse", age=55)) == "emergency"
    heard = " ".join(speech(r) for r in _run((), 40).responses)
    assert "blood thinner?" not in heard, "asked only after sudden or rest pain, a leg, bladder or saddle"
    for after in (("sudden_onset",), ("rest_pain",), ("leg_symptoms", "leg_weak"), ("bladder_bowel",)):
        heard = " ".join(speech(r) for r in _run(after, 40).responses)
        assert "blood thinner, like warfarin" in heard, after


def test_block_3_sepsis_signs_one_each_after_fever_or_infection() -> None:
    for sign, reason in (
        ("sepsis_confused", "confusion with an infection"),
        ("sepsis_breathing", "very fast breathing with an infection"),
        ("sepsis_skin", "blotchy, grey or blue skin"),
        ("sepsis_no_pee", "not peeing all day"),
    ):
        for first in ("fever", "recent_infection"):
            out = check(first, sign)
            assert outcome(out) == "emergency" and reason in speech(out), (first, sign)
    assert outcome(check("fever", "breathless")) == "urgent"  # flu with no sepsis sign
    assert outcome(check("fever", "faintness")) == "urgent"
    assert outcome(check("recent_infection")) == "doctor"


def test_block_3_a_fever_with_a_risk_goes_to_the_emergency_department_today() -> None:
    out = check("fever", "iv_drug_use", "iv_recent")
    assert outcome(out) == "urgent" and speech(out).startswith("Please go to the emergency room today")
    assert "urgent care" not in speech(out)
    gb = check("fever", "immune_medicines", locale="en-GB")
    assert speech(gb).startswith("Please go to A and E today")
    assert outcome(check("iv_drug_use")) == "doctor"  # injected long ago
    assert outcome(check("iv_drug_use", "iv_recent")) == "urgent"
    assert outcome(check("immune_medicines", "rest_pain")) == "urgent"


def test_block_3_a_recent_infection_with_new_tingling_in_a_diabetic_is_an_emergency() -> None:
    out = check("recent_infection", "diabetes", "leg_symptoms", "leg_numb")
    assert outcome(out) == "emergency" and "diabetes" in speech(out)
    assert outcome(check("recent_infection", "immune_medicines", "leg_symptoms", "leg_numb")) == "emergency"
    assert outcome(check("recent_infection", "leg_symptoms", "leg_numb")) == "doctor"


def test_block_1_both_legs_only_after_a_nerve_yes_and_new_or_worse() -> None:
    out = check("leg_symptoms", "leg_below_knee", "legs_both", "legs_worse")
    assert outcome(out) == "emergency" and "new or worsening symptoms in both legs" in speech(out)
    assert outcome(check("leg_symptoms", "leg_below_knee", "legs_both")) == "doctor"  # stable stenosis
    heard = " ".join(speech(r) for r in _run(("leg_symptoms",), 40).responses)  # aching thighs, no nerve yes
    assert "Is that in both legs?" not in heard


def test_block_1_the_bladder_signs_not_urgency_burning_or_diarrhoea() -> None:
    assert outcome(check("bladder_bowel")) == "doctor"  # urge leaks after a bladder infection, or diarrhoea
    assert outcome(check("bladder_bowel", "fever")) == "urgent"  # a urine infection with a fever
    for sign in ("bladder_hard_to_start", "bladder_lost_feeling"):
        assert outcome(check("bladder_bowel", sign)) == "emergency", sign
    assert outcome(check("bladder_bowel", "leg_symptoms", "leg_weak")) == "emergency"
    assert outcome(check("bladder_bowel", "leg_symptoms", "leg_below_knee")) == "urgent"


def test_block_2_cancer_the_team_line_only_for_someone_under_a_team_now() -> None:
    old = check("cancer_history", "leg_symptoms", "leg_below_knee", age=63)  # treated decades ago, sciatica
    assert outcome(old) == "urgent" and "cancer team" not in speech(old)
    out = check("cancer_history", "cancer_team", "leg_symptoms", "leg_weak")
    assert outcome(out) == "emergency"
    assert speech(out).startswith("Call your cancer team's 24-hour line now, or go to the emergency room now.")
    assert "If you can't reach them, call 911." in speech(out)
    no_team = check("cancer_history", "leg_symptoms", "leg_weak")
    assert outcome(no_team) == "emergency" and speech(no_team).startswith("Call 911 now")
    for feature in ("upper_back", "rest_pain", "steadily_worse"):
        assert outcome(check("cancer_history", feature, "leg_symptoms", "leg_below_knee")) == "emergency", feature
    assert outcome(check("cancer_history", "cancer_team", "fever")) == "emergency"
    assert outcome(check("cancer_history", "fever")) == "urgent"


def test_block_4_fracture_a_lift_at_65_is_a_doctor_with_rest_pain_today() -> None:
    assert outcome(check("injury", age=64)) == "home"
    assert outcome(check("injury", age=66)) == "doctor"
    assert outcome(check("injury", "osteoporosis", age=45)) == "doctor"
    assert outcome(check("injury", "immune_medicines", "rest_pain", age=45)) == "urgent"
    assert outcome(check("injury", "osteoporosis", "leg_symptoms", "leg_weak", age=45)) == "emergency"
    assert outcome(check("injury", "osteoporosis", "leg_symptoms", "leg_numb", age=45)) == "emergency"
    assert outcome(check("sudden_onset", "leg_symptoms", "leg_numb", age=67)) == "emergency"
    assert outcome(check("injury", "serious_accident")) == "emergency"
    assert outcome(check(age=81)) == "doctor" and "This is because of your age." in speech(check(age=81))


def test_blocks_5_10_11_tummy_pain_suddenly_and_severely_and_the_pregnancy_follow_up() -> None:
    out = check("abdominal_pain", "abdominal_sudden")
    assert outcome(out) == "emergency" and "stomach pain that came on suddenly and severely" in speech(out)
    assert outcome(check("abdominal_pain")) == "doctor"  # the usual tummy pain
    pregnant = check("abdominal_pain", "pregnant", age=28)
    assert outcome(pregnant) == "urgent" and "possibly being pregnant" in speech(pregnant)
    assert outcome(check("faintness", "pregnant", age=28)) == "emergency"


def test_article_night_pain_is_asked_of_everyone_and_alone_is_at_most_a_doctor() -> None:
    heard = [speech(r) for r in _run((), 40).responses]
    assert any("Is the pain worse at night, or does it wake you up?" in h for h in heard)
    for age in (30, 60, 80):
        assert outcome(check("night_pain", age=age)) in ("doctor",), age
        assert outcome(check("night_pain", "night_still", age=age)) == "doctor", age
    assert outcome(check("immune_medicines", "night_pain", "night_still")) == "urgent"


def _run(yes: tuple[str, ...], age: int | None) -> FakeAlexa:
    fake_alexa = FakeAlexa(ENTRY_POINT)
    fake_alexa.launch()
    fake_alexa.answer_until_verdict(yes, age=age)
    return fake_alexa


def test_cso_one_leg_getting_weaker_is_urgent_both_legs_an_emergency() -> None:
    assert outcome(check("leg_symptoms", "leg_weak")) == "urgent"
    assert outcome(check("leg_symptoms", "leg_weak", "legs_both")) == "urgent"  # the same for years (stenosis)
    assert outcome(check("leg_symptoms", "leg_weak", "legs_both", "legs_worse")) == "emergency"


# --- Each red flag, and each combination ----------------------------------------------------


def age_for(members: Any) -> int:
    """An age at which every age fact among ``members`` holds and every question among them is asked."""
    facts = [m for m in members if m in AGE_FACTS_BY_ID]
    for m in members:
        if m in SIGNS_BY_ID and SIGNS_BY_ID[m].after:
            facts += SIGNS_BY_ID[m].after[0]  # the age facts its first way in needs ("severe at rest at 60+")
    ages = [AGE_FACTS_BY_ID[f] for f in facts if f in AGE_FACTS_BY_ID]
    return min([max([40, *(fact.min_age for fact in ages)]), *(f.max_age for f in ages if f.max_age is not None)])


@pytest.mark.parametrize("sign_id", [s.id for s in WARNING_SIGNS])
def test_each_sign_gives_its_tier(sign_id: str) -> None:
    sign = SIGNS_BY_ID[sign_id]
    out = check(*yes_path(sign_id), age=age_for([sign_id]))
    expected = tier_of({*yes_path(sign_id), *age_facts(age_for([sign_id]))})  # the sign's own and its rules
    # an emergency ends the session; any other verdict offers to say itself again
    assert outcome(out) == expected.id and ends_session(out) is (expected is Tier.EMERGENCY)
    assert outcome(out) != "home" or sign.tier is Tier.HOME


@pytest.mark.parametrize("combination", COMBINATIONS, ids=lambda combination: combination.id)
def test_each_combination_gives_its_tier(combination: Any) -> None:
    for members in zip(*(sorted(group) for group in combination.groups), strict=False):
        asked = [path for m in members if m in SIGNS_BY_ID for path in yes_path(m)]
        age = age_for(members)
        tier = tier_of({*asked, *age_facts(age)})  # another rule may raise it further (cancer with a numb leg)
        assert tier >= combination.tier
        assert outcome(check(*asked, age=age)) == tier.id, members


def test_a_single_nerve_symptom_without_a_risk_factor_stays_below_emergency() -> None:
    assert outcome(check("leg_symptoms", "leg_below_knee")) == "doctor"
    assert outcome(check("leg_symptoms", "leg_weak")) == "urgent"


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_locale_gets_the_same_rules(locale: str) -> None:
    cases = [
        ((), 40, Tier.HOME),
        (("leg_symptoms", "leg_below_knee", "cancer_history"), 40, Tier.URGENT),
        (("cancer_history", "cancer_team", "leg_symptoms", "leg_weak"), 40, Tier.EMERGENCY),
        (("sudden_onset", "rest_pain", "upper_back"), 40, Tier.EMERGENCY),
        (("bladder_bowel",), 40, Tier.DOCTOR),
        (("bladder_bowel", "bladder_hard_to_start"), 40, Tier.EMERGENCY),
        (("chest_pain",), 40, Tier.URGENT),
        (("chest_pain", "chest_pain_recent"), 40, Tier.EMERGENCY),
        (("breathless", "breathless_new"), 55, Tier.EMERGENCY),
        (("night_pain",), 40, Tier.DOCTOR),
        (("abdominal_pain", "pregnant"), 30, Tier.URGENT),
        (("fever", "sepsis_confused"), 40, Tier.EMERGENCY),
        (("leg_symptoms", "leg_below_knee", "legs_both", "legs_worse"), 40, Tier.EMERGENCY),
        (("rest_pain",), 65, Tier.URGENT),
        (("sudden_onset", "blood_thinner"), 40, Tier.DOCTOR),
        (("weight_loss",), 40, Tier.DOCTOR),
        (("weight_loss",), 60, Tier.URGENT),
        (("injury",), 80, Tier.DOCTOR),
        (("injury",), 40, Tier.HOME),
        ((), None, Tier.DOCTOR),
    ]
    for yes, age, tier in cases:
        assert outcome(check(*yes, locale=locale, age=age)) == tier.id, (yes, age)


# --- The all-no path: still home, still short ---------------------------------------------


def confirm(locale: str, age: int | None) -> str:
    """What "did you say 69?" ends with in ``locale`` (nothing matches when no age is said)."""
    return to_text(texts_for(locale)["confirm.age"].format(age=age)) if age is not None else "\0"


MAX_WORDS = 400
MAX_REPLY_WORDS = 90


MAX_QUESTIONS = 21  # the age is asked in the welcome (26 questions before the fourth clinical round)


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("age", [40, 69, None])
def test_the_all_no_check_stays_short_at_every_age(locale: str, age: int | None) -> None:
    fake_alexa = FakeAlexa(ENTRY_POINT, locale=locale)
    fake_alexa.launch()
    out = fake_alexa.answer_until_verdict(age=age)
    assert outcome(out) == ("home" if age is not None else "doctor")
    # "Did you say sixty-nine?" where the locale confirms that age (sesenta, setenta) is not counted: it is
    # the price of not losing the age rules to a mishearing (the fourth clinical review)
    counts = [len(words(speech(r))) for r in fake_alexa.responses if not speech(r).endswith(confirm(locale, age))]
    # Spanish and French take more words to say the same: up to 15% more, no reply over 100.
    english = language_of(locale) == "en"
    assert sum(counts) <= (MAX_WORDS if english else MAX_WORDS * 1.15), counts
    assert max(counts) <= (MAX_REPLY_WORDS if english else 100), counts
    questions = len(counts) - 2  # less the welcome and the verdict
    assert questions <= MAX_QUESTIONS
    if age == 40:
        assert questions == sum(not s.follows for s in WARNING_SIGNS), "every main question (the welcome asks the age)"


def test_the_all_no_check_ends_at_home_and_stays_short() -> None:
    """The hazard log's name for the all-no path (H10): at 40, home, within the limits."""
    test_the_all_no_check_stays_short_at_every_age("en-US", 40)


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_progress_is_said_in_words_and_the_personal_questions_are_introduced(locale: str) -> None:
    fake_alexa = FakeAlexa(ENTRY_POINT, locale=locale)
    fake_alexa.launch()
    fake_alexa.answer_until_verdict()
    heard = [speech(response) for response in fake_alexa.responses]
    for said in ("About halfway.", "A few more.", "Last question.", "Some personal questions now"):
        assert sum(heard_in(locale, said) in h for h in heard) == 1, said
    bladder = next(h for h in heard if heard_in(locale, "or with your bowels?") in h)
    opening = "Some personal questions now, about the nerves at the bottom of your spine. In the last two weeks"
    assert bladder.startswith(heard_in(locale, opening))
