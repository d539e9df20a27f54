"""The warning signs as data: complete against the article, ordered emergency-first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from skill.core.signs import (
    AGE_FACTS_BY_ID,
    COMBINATIONS,
    SIGNS_BY_ID,
    TIERS,
    WARNING_SIGNS,
    Tier,
    follows_a_yes,
    refines,
)
from skill.core.speech import LOCALES, language_of, texts_for

ARTICLE = Path(__file__).parents[1] / "data" / "back-pain-article.txt"
SHARED_ARTICLE = Path(__file__).parents[3] / "shared" / "back-pain-article.txt"


def article_bullets() -> list[str]:
    return [m.group(1).strip() for m in re.finditer(r"^\s*•\s*(.+)$", ARTICLE.read_text(), re.M)]


def reachable_tier(sign_id: str) -> Tier:
    """The most urgent tier a question can lead to, counting its follow-ups and combinations."""
    follow_ups = [reachable_tier(s.id) for s in WARNING_SIGNS if sign_id in s.follows]
    combined = [c.tier for c in COMBINATIONS if any(sign_id in group for group in c.groups)]
    return max([SIGNS_BY_ID[sign_id].tier, *follow_ups, *combined])


def test_the_article_has_eighteen_bullets_in_two_groups() -> None:
    assert len(article_bullets()) == 18


@pytest.mark.skipif(not SHARED_ARTICLE.exists(), reason="shared/ is not beside this checkout")
def test_the_copy_of_the_article_matches_the_shared_one() -> None:
    assert ARTICLE.read_text() == SHARED_ARTICLE.read_text()


@pytest.mark.parametrize("bullet", article_bullets())
def test_every_article_warning_sign_is_asked_about(bullet: str) -> None:
    covering = [s.id for s in WARNING_SIGNS if bullet in s.article_lines]
    assert len(covering) == 1, f"{bullet!r} is covered by {covering}"


def test_the_article_signs_merge_into_twelve_questions() -> None:
    from_article = [s for s in WARNING_SIGNS if s.article_lines]
    assert len(from_article) == 12  # the legs' pain and numbness are one question, with follow-ups


def test_every_article_line_named_by_a_sign_is_in_the_article() -> None:
    bullets = set(article_bullets())
    for sign in WARNING_SIGNS:
        assert set(sign.article_lines) <= bullets, sign.id


def test_the_emergency_signs_public_guidance_adds_are_asked() -> None:
    for sign_id in (
        "saddle_numbness",
        "bladder_hard_to_start",
        "bladder_lost_feeling",
        "chest_pain_recent",
        "serious_accident",
        "aortic_aneurysm",
        "abdominal_sudden",
        "sepsis_confused",
        "sepsis_breathing",
        "sepsis_skin",
        "sepsis_no_pee",
        "passed_out",
        "legs_worse",
    ):
        assert SIGNS_BY_ID[sign_id].tier is Tier.EMERGENCY


# The fourth pass's question budget: asked of everyone, in this order (the aneurysm at 60 and over).
QUESTION_BUDGET = (
    "chest_pain",
    "breathless",
    "sudden_onset",
    "rest_pain",
    "faintness",
    "aortic_aneurysm",
    "upper_back",
    "injury",
    "bladder_bowel",
    "saddle_numbness",
    "cancer_history",
    "fever",
    "recent_infection",
    "iv_drug_use",
    "immune_medicines",
    "leg_symptoms",
    "abdominal_pain",
    "weight_loss",
    "not_improving",
    "night_pain",
)


def test_the_questions_asked_of_everyone_are_the_fourth_pass_budget_in_its_order() -> None:
    main = [s.id for s in WARNING_SIGNS if not follows_a_yes(s)]
    assert main == list(QUESTION_BUDGET)
    assert SIGNS_BY_ID["aortic_aneurysm"].after == (("over_60",),)


def test_every_article_sign_is_asked_of_everyone_night_pain_included() -> None:
    for sign in WARNING_SIGNS:
        if sign.article_lines:
            assert not sign.after, sign.id
    assert SIGNS_BY_ID["night_still"].after == (("night_pain",),)


def test_a_risk_factor_is_never_an_emergency_alone() -> None:
    for risk in (
        "blood_thinner",
        "cancer_history",
        "cancer_team",
        "diabetes",
        "iv_drug_use",
        "iv_recent",
        "immune_medicines",
        "osteoporosis",
        "recent_infection",
        "pregnant",
    ):
        assert SIGNS_BY_ID[risk].tier < Tier.EMERGENCY, risk
        assert all(c.groups != (frozenset({risk}),) or c.tier < Tier.EMERGENCY for c in COMBINATIONS)


def test_every_sign_and_rule_names_known_conditions() -> None:
    from skill.core.conditions import CONDITIONS_BY_ID

    for item in (*WARNING_SIGNS, *COMBINATIONS):
        assert item.conditions and set(item.conditions) <= set(CONDITIONS_BY_ID), item.id
    served = {c for item in (*WARNING_SIGNS, *COMBINATIONS) for c in item.conditions}
    assert served == set(CONDITIONS_BY_ID)  # every condition has its questions


def test_follow_ups_are_asked_after_the_fourth_pass_says() -> None:
    after = {s.id: s.after for s in WARNING_SIGNS}
    assert after["blood_thinner"] == (
        ("sudden_onset",),
        ("rest_pain",),
        ("leg_weak",),
        ("leg_numb",),
        ("bladder_bowel",),
        ("saddle_numbness",),
    )
    assert after["legs_both"] == (("leg_below_knee",), ("leg_numb",), ("leg_weak",))
    assert after["legs_worse"] == (("legs_both",),)
    assert after["osteoporosis"] == (("injury",), ("sudden_onset",))
    assert after["lump"] == (("cancer_history",), ("weight_loss",))
    assert after["pregnant"] == (("abdominal_pain", "could_be_pregnant_age"), ("faintness", "could_be_pregnant_age"))
    for sepsis in ("sepsis_confused", "sepsis_breathing", "sepsis_skin", "sepsis_no_pee", "diabetes"):
        assert after[sepsis] == (("fever",), ("recent_infection",)), sepsis
    for clot in ("breathing_pain", "coughed_blood", "calf_swollen"):
        assert after[clot] == (("breathless_new",),), clot
    assert AGE_FACTS_BY_ID["could_be_pregnant_age"][1:4:2] == (16, 55)


def test_age_facts_have_sources_and_adult_ages() -> None:
    for fact in AGE_FACTS_BY_ID.values():
        assert len(fact.source) > 10 and 16 <= fact.min_age < 100


def test_combinations_name_real_signs_and_raise_the_tier_or_state_it() -> None:
    for combination in COMBINATIONS:
        assert combination.groups and combination.source
        for group in combination.groups:
            assert group and group <= set(TIERS), combination.id
        assert combination.tier >= max(TIERS[s] for g in combination.groups for s in g)


def test_every_sign_names_its_source() -> None:
    for sign in WARNING_SIGNS:
        assert len(sign.source) > 10, sign.id


@pytest.mark.parametrize(
    ("sign_id", "tier"),
    [
        ("chest_pain", Tier.URGENT),  # 1-3 days ago: same day (NICE CG95)
        ("chest_pain_recent", Tier.EMERGENCY),  # since this time yesterday
        ("breathless", Tier.DOCTOR),
        ("breathless_new", Tier.URGENT),  # under 50 alone; 50+ is a rule
        ("sudden_onset", Tier.DOCTOR),
        ("rest_pain", Tier.DOCTOR),
        ("faintness", Tier.URGENT),
        ("passed_out", Tier.EMERGENCY),
        ("bladder_bowel", Tier.DOCTOR),  # block 1: a change alone
        ("bladder_hard_to_start", Tier.EMERGENCY),
        ("bladder_lost_feeling", Tier.EMERGENCY),
        ("leg_symptoms", Tier.DOCTOR),
        ("leg_below_knee", Tier.DOCTOR),
        ("leg_numb", Tier.DOCTOR),
        ("leg_weak", Tier.URGENT),
        ("legs_both", Tier.DOCTOR),
        ("abdominal_pain", Tier.DOCTOR),
        ("abdominal_new", Tier.URGENT),
        ("fever", Tier.URGENT),
        ("recent_infection", Tier.DOCTOR),
        ("iv_drug_use", Tier.DOCTOR),
        ("iv_recent", Tier.URGENT),
        ("immune_medicines", Tier.DOCTOR),
        ("cancer_history", Tier.URGENT),
        ("weight_loss", Tier.DOCTOR),
        ("lump", Tier.URGENT),
        ("night_pain", Tier.DOCTOR),
        ("night_still", Tier.DOCTOR),
        ("not_improving", Tier.DOCTOR),
        ("osteoporosis", Tier.HOME),  # asked after a fall, lift or sudden start: the rule gives D
        ("injury", Tier.HOME),
        ("upper_back", Tier.DOCTOR),
        ("blood_thinner", Tier.HOME),  # a risk factor: never E alone
    ],
)
def test_each_sign_has_the_tier_the_triage_notes_give(sign_id: str, tier: Tier) -> None:
    assert SIGNS_BY_ID[sign_id].tier is tier


def test_follow_ups_come_right_after_the_question_they_follow() -> None:
    ids = [s.id for s in WARNING_SIGNS]
    assert len(ids) == len(set(ids))
    for index, sign in enumerate(WARNING_SIGNS):
        parents = [p for p in sign.follows if p in SIGNS_BY_ID]
        assert all(ids.index(p) < index for p in parents), sign.id
        parent = refines(sign)
        if parent is not None and sign.id not in LATER_FOLLOW_UPS:
            # right after its question, or after that question's other follow-ups (a chain)
            between = WARNING_SIGNS[ids.index(parent) + 1 : index]
            assert all(set(s.follows) & {parent, *(b.id for b in between)} for s in between), sign.id
            in_a_combination = any(sign.id in group for c in COMBINATIONS for group in c.groups)
            assert sign.tier > SIGNS_BY_ID[parent].tier or in_a_combination or sign.id in NO_LOWER, sign.id
        assert set(sign.follows) <= set(SIGNS_BY_ID) | set(AGE_FACTS_BY_ID), sign.id


# Follow-ups of several questions, or asked where the budget puts them (after the questions they follow).
LATER_FOLLOW_UPS: set[str] = set()
# Follow-ups that separate a yes's ordinary form and may leave the tier where it is (night pain lying still).
NO_LOWER = {"night_still", "iv_recent"}


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("kind", ["question", "explain", "reason"])
def test_every_sign_has_words_in_every_locale(locale: str, kind: str) -> None:
    texts = texts_for(locale)
    for sign in WARNING_SIGNS:
        assert texts[f"{kind}.{sign.id}"].strip(), (kind, sign.id)


# How a yes or no question is made: an inverted verb in English, "¿" in Spanish (after a time span), and in
# spoken Québec French a statement said as a question.
YES_OR_NO_QUESTION = {
    "en": r"(In the last [a-z ]+, |With the pain, |Since the pain began, )?(Have|Has|Do|Does|Did|Is|Are|Was|Could)\b",
    "es": r"((En (las últimas|los últimos|el último) [^,]+|Desde que empezó el dolor), )?¿",
    # spoken Québec asks with the voice's rising tone, not an inversion (the native review, issue 28): "Vous avez
    # ...?", "La douleur est ...?", "C'est venu ...?", "Depuis un mois, vous avez eu ...?"
    "fr": (
        r"((Depuis|Dans) [^,]+, )?(Vous|Votre|La douleur|La jambe|Le mal|Elle|Est-ce|Ça|Ce|C'(est|était)|On vous a dit)"
        r"\b[^?]*\?$"
    ),
}


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_question_is_a_short_yes_or_no_question(locale: str) -> None:
    texts = texts_for(locale)
    for sign in WARNING_SIGNS:
        question = texts[f"question.{sign.id}"]
        assert question.endswith("?")
        # Spanish and French run about a fifth longer than English.
        assert len(question.split()) <= (20 if locale.startswith("en-") else 24), sign.id
        assert re.match(YES_OR_NO_QUESTION[language_of(locale)], question, re.I), sign.id
