"""What the skill says, built from the core's results, checked as a listener would hear it."""

from __future__ import annotations

import ast
import re
from functools import partial
from pathlib import Path

import pytest

from skill.core import responses
from skill.core.free_answers import CLARIFICATIONS
from skill.core.meaning import DECADES, age_of_decade, needs_confirming
from skill.core.signs import COMBINATIONS, SIGNS_BY_ID, SYMPTOMS, WARNING_SIGNS, Tier
from skill.core.speech import LOCALES, texts_for
from skill.core.ssml import to_text
from skill.core.triage import Verdict, escalations
from tests.support.fake_alexa import check_ssml, words
from tests.support.locales import EXPECTED, heard_in

# Alexa speaks at roughly 150 words a minute.
WORDS_PER_SECOND = 2.5


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_text_is_valid_ssml(locale: str) -> None:
    for message_id, text in texts_for(locale).items():
        check_ssml(f"<speak>{text}</speak>")
        placeholder = r"\{(?!question|reasons?\}|signs|question_count|minutes|count\}|age\}|items\}|safety_net\})\w+\}"
        assert not re.search(placeholder, text), message_id


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_welcome_reaches_the_age_in_thirty_words_with_the_emergency_line_first(locale: str) -> None:
    """The voice review: the emergency line first, what happens and about how long, who it is for, the age."""
    t = texts_for(locale)
    speech = responses.welcome(t)
    text = to_text(speech.ssml)
    h = partial(heard_in, locale)
    assert text.startswith(h("If this is an emergency, {number} now.", number=EXPECTED[locale][1]))
    assert len(words(text)) <= (30 if locale.startswith("en-") else 34)
    length = responses.check_length(t)
    assert str(length.questions) in text and str(length.minutes) in text and h("for adults") in text
    assert text.endswith(to_text(t["question.age"])) and not speech.ends_session


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_after_the_age_the_check_says_once_what_it_is_not(locale: str) -> None:
    """Not a diagnosis. Pregnancy is asked only of someone it can apply to, after tummy pain or faintness at 16
    to 55 (issue 33 item 6), and never tells a pregnant woman to stop the check ("instead")."""
    t = texts_for(locale)
    text = to_text(t["start.note"])
    h = partial(heard_in, locale)
    assert h("not a diagnosis") in text and h("pregnant") not in text
    assert h("pregnant") in to_text(t["question.pregnant"])
    pregnancy = [to_text(t[k]).lower() for k in ("start.note", "question.pregnant", "explain.pregnant")]
    assert not any(word in said for said in pregnancy for word in ("instead", "en su lugar", "en lugar", "plutôt"))


def test_emergency_numbers_are_spoken_as_digits() -> None:
    assert '<say-as interpret-as="digits">911</say-as>' in texts_for("en-US")["welcome"]


@pytest.mark.parametrize("tier", [Tier.EMERGENCY, Tier.URGENT, Tier.DOCTOR])
def test_a_verdict_names_its_reasons_and_an_emergency_ends_the_session_the_others_offer_it_again(tier: Tier) -> None:
    sign = next(s for s in SIGNS_BY_ID.values() if s.tier is tier)
    speech = responses.verdict(texts_for("en-US"), Verdict(tier, (sign,)))
    assert speech.card is not None
    assert to_text(texts_for("en-US")[f"reason.{sign.id}"]) in to_text(speech.ssml)
    assert "not a diagnosis" in speech.card.text or tier is not Tier.EMERGENCY
    if tier is Tier.EMERGENCY:  # act, don't listen: the number twice, and the card keeps it
        assert speech.ends_session
    else:
        assert to_text(speech.ssml).endswith("Want to hear that again?") and not speech.ends_session
        assert "Want to hear that again?" not in speech.card.text


NUMBERS = {"en-US": "911", "en-CA": "911", "en-GB": "999", "en-AU": "triple zero", "en-IN": "112"}
NUMBERS |= {"es-US": "911", "es-MX": "911", "es-ES": "112", "fr-CA": "911"}
OUT_OF_HOURS = {"en-US": None, "en-CA": "811", "en-GB": "111", "en-AU": "1800 633 422", "en-IN": None}
OUT_OF_HOURS |= {"es-US": None, "es-MX": None, "es-ES": "médico de cabecera", "fr-CA": "Info-Santé au 811"}
ADVICE = sorted({c.advice for c in COMBINATIONS if c.advice is not None})


def said(locale: str, tier: Tier, *sign_ids: str) -> str:
    reasons = tuple(SIGNS_BY_ID[s] for s in sign_ids if s in SIGNS_BY_ID)  # an age fact is no reason
    return to_text(responses.verdict(texts_for(locale), Verdict(tier, reasons, yes=frozenset(sign_ids))).ssml)


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_emergency_verdict_is_short_and_says_the_number_first_and_last(locale: str) -> None:
    text = said(locale, Tier.EMERGENCY, "passed_out")
    number = NUMBERS[locale]
    h = partial(heard_in, locale, number=number)
    assert text.startswith(h("Call {number} now")) and text.endswith(h("call {number} now."))
    # 30 words, and where to find it again (the card): said once, before the number is said again
    assert len(words(text)) - len(words(to_text(texts_for(locale)["card.said.emergency"]))) <= 30
    assert text.count(to_text(texts_for(locale)["card.said.emergency"])) == 1
    speech = responses.verdict(texts_for(locale), Verdict(Tier.EMERGENCY, (SIGNS_BY_ID["passed_out"],)))
    title = {"en-AU": "Call 000 (triple zero) now", "en-IN": "Call 112 (ambulance 108) now"}.get(
        locale, h("Call {number} now")
    )
    assert speech.card is not None and speech.card.title == title


# This person's safety net, as an en-US listener hears it: what would make it an emergency for them first.
NETS = [
    (Tier.HOME, (), "chest pain, losing bladder or bowel control, new breathlessness, passing out or a numb bottom"),
    (
        Tier.URGENT,
        ("fever",),  # the sepsis signs it was asked, new for this person
        "chest pain, losing bladder or bowel control, confusion, very fast breathing or a weak leg",
    ),
    (
        Tier.URGENT,
        ("faintness",),
        "chest pain, losing bladder or bowel control, passing out, sudden severe pain or new breathlessness",
    ),
    (
        Tier.DOCTOR,
        ("leg_symptoms", "leg_below_knee"),
        "chest pain, losing bladder or bowel control, a numb bottom, weak legs or new breathlessness",
    ),
    (
        Tier.DOCTOR,
        ("bladder_bowel",),
        "chest pain, losing bladder or bowel control, a numb bottom or a weak leg",
    ),
    (
        Tier.DOCTOR,
        ("breathless", "over_50"),  # breathless as usual at 58: breathlessness is said as "worse"
        "chest pain, losing bladder or bowel control, worse breathlessness, passing out or a numb bottom",
    ),
    (
        Tier.URGENT,
        ("chest_pain",),  # chest pain two days ago: the net names chest pain *again*, not the pain reported
        "losing bladder or bowel control, chest pain again, new breathlessness, passing out or weak legs",
    ),
]


@pytest.mark.parametrize(("tier", "yes", "items"), NETS)
def test_the_safety_net_names_what_would_make_it_an_emergency_for_this_person(
    tier: Tier, yes: tuple[str, ...], items: str
) -> None:
    text = said("en-US", tier, *yes)
    net = f"Call 911 at once for {items}, or if it's much worse."
    assert text.endswith(
        f"{net} This is general information, not a diagnosis. I've put this in your Alexa app. Want to hear that again?"
    )
    assert len(words(net)) <= 25


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize(("tier", "yes", "items"), NETS)
def test_the_safety_net_never_names_the_persons_own_sign_and_stays_short(
    locale: str, tier: Tier, yes: tuple[str, ...], items: str
) -> None:
    t = texts_for(locale)
    text = said(locale, tier, *yes)
    net = text[text.lower().index(heard_in(locale, "Call {number} at once", number=NUMBERS[locale]).lower()) :]
    net = net[: net.index(heard_in(locale, "This is general information, not a diagnosis."))].strip()
    assert len(net.split()) <= int(t["net.words"])
    for sign_id in yes:
        if sign_id in SIGNS_BY_ID:  # the reason said is never in the net ("feeling faint" is, "fainting" not)
            assert to_text(t[f"reason.{sign_id}"]) not in net, sign_id
            assert sign_id not in escalations(frozenset(yes))
    assert to_text(t["net.chest_pain"]) in net or "chest_pain" in yes


def test_feeling_about_to_faint_is_the_reason_and_passing_out_the_safety_net_never_the_same_words() -> None:
    text = said("en-US", Tier.URGENT, "faintness")
    assert "This is because of feeling about to faint." in text
    net = text.split("Call 911")[1]
    assert "passing out," in net and "feeling about to faint" not in net


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_urgent_verdict_says_today_and_the_out_of_hours_line_and_not_soon(locale: str) -> None:
    text = said(locale, Tier.URGENT, "fever")
    assert heard_in(locale, "today") in text and heard_in(locale, "soon") not in text
    if OUT_OF_HOURS[locale]:
        assert OUT_OF_HOURS[locale] in text


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_doctor_verdict_gives_a_time_frame(locale: str) -> None:
    text = said(locale, Tier.DOCTOR, "leg_symptoms")
    assert heard_in(locale, "in the next week or two") in text and heard_in(locale, "soon") not in text


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_home_advice_puts_ibuprofen_with_its_cautions_and_not_paracetamol_alone(locale: str) -> None:
    text = said(locale, Tier.HOME)
    h = partial(heard_in, locale)
    assert h("Ibuprofen may help, but not in pregnancy") in text and h("pharmacist") in text
    assert h("over 65") in text and h("blood thinner") in text, "the cautions are spoken, not only on the card"
    assert not {"paracetamol", "acetaminophen", "acetaminofén", "acétaminophène"} & set(words(text.lower()))
    assert h("bed rest slows recovery") in text
    card = responses.verdict(texts_for(locale), Verdict(Tier.HOME, ())).card
    assert card is not None and h("asthma") in card.text and h("blood thinners") in card.text


def test_several_reasons_are_listed_naturally() -> None:
    text = said("en-US", Tier.URGENT, "fever", "recent_infection", "night_pain")
    assert "because of a high temperature, a recent infection and pain that's worse at night." in text


def test_past_three_reasons_the_rest_are_other_signs() -> None:
    text = said("en-US", Tier.URGENT, "fever", "recent_infection", "night_pain", "upper_back", "weight_loss")
    assert "because of a high temperature, a recent infection, pain that's worse at night and other signs." in text


def test_an_age_rule_is_said_as_your_age_beside_the_sign_it_goes_with() -> None:
    reasons = (SIGNS_BY_ID["weight_loss"], SIGNS_BY_ID["fever"])
    text = to_text(responses.verdict(texts_for("en-US"), Verdict(Tier.URGENT, reasons, age_counted=True)).ssml)
    assert "because of losing weight without trying, your age and a high temperature." in text
    alone = to_text(responses.verdict(texts_for("en-US"), Verdict(Tier.DOCTOR, (), age_counted=True)).ssml)
    assert "This is because of your age." in alone


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_a_heart_or_aorta_emergency_says_not_to_drive_and_others_do_not(locale: str) -> None:
    h = partial(heard_in, locale)
    assert h("Don't drive yourself.") in said(locale, Tier.EMERGENCY, "sudden_onset", "upper_back")
    assert h("Don't drive yourself.") in said(locale, Tier.EMERGENCY, "chest_pain")
    assert h("drive") not in said(locale, Tier.EMERGENCY, "bladder_control")


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_home_verdict_says_see_a_doctor_sooner_if_worse_and_the_card_offers_a_reminder(locale: str) -> None:
    text = said(locale, Tier.HOME)
    h = partial(heard_in, locale)
    assert h("See a ") in text and h(" if it lasts a few weeks.") in text and h("much worse") in text
    card = responses.verdict(texts_for(locale), Verdict(Tier.HOME, ())).card
    assert card is not None and h("Alexa, remind me in two weeks to check my back") in card.text


@pytest.mark.parametrize("locale", ["en-US", "en-IN"])
def test_us_and_india_urgent_advice_names_somewhere_to_go_today(locale: str) -> None:
    text = said(locale, Tier.URGENT, "fever")
    assert {"en-US": "urgent care clinic", "en-IN": "hospital out-patient department"}[locale] in text
    assert "at once for" in text and "or if it's much worse." in text


# --- Every speech key the code uses exists in every locale ---------------------------------

SPEAKING_MODULES = ["skill/core/responses.py", "skill/alexa/conversation.py", "tools/manifest.py"]
KEY_LIKE = re.compile(r"[a-z_]+(?:\.[a-z0-9_]+)+")


def keys_used() -> tuple[set[str], set[str]]:
    """Literal keys the code reads from a locale's texts, and the prefixes of keys it builds (f"question.{id}")."""
    literal: set[str] = set()
    prefixes: set[str] = set()
    root = Path(__file__).parents[2]
    for name in SPEAKING_MODULES:
        for node in ast.walk(ast.parse((root / name).read_text())):
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "t":
                for inner in ast.walk(node.slice):
                    if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                        literal.add(inner.value)
                    if isinstance(inner, ast.JoinedStr) and isinstance(inner.values[0], ast.Constant):
                        prefixes.add(str(inner.values[0].value))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY_LIKE.fullmatch(node.value):
                literal.add(node.value)
    return literal, prefixes


def test_the_scan_finds_the_keys_it_should() -> None:
    literal, prefixes = keys_used()
    assert {"welcome", "start.note", "fallback.offer.last", "carry_on", "question.age", "child"} <= literal
    assert {"question.", "explain.", "reason.", "verdict.", "card.title.", "listing.example."} <= prefixes


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_key_the_code_uses_is_in_every_locale(locale: str) -> None:
    texts = texts_for(locale)
    literal, prefixes = keys_used()
    missing = sorted(key for key in literal - prefixes if key not in texts and not key.startswith("skill."))
    assert not missing, missing
    families = {
        "question.": [s.id for s in WARNING_SIGNS],
        "explain.": [s.id for s in WARNING_SIGNS],
        "reason.": [s.id for s in WARNING_SIGNS],
        "verdict.": [*(tier.id for tier in Tier), *ADVICE],
        "card.title.": [*(tier.id for tier in Tier), *ADVICE],
        "net.": sorted(SYMPTOMS),
        "ack.age.decade.": sorted(DECADES),
        "confirm.decade.": [d for d in sorted(DECADES) if needs_confirming(age_of_decade(d) or 0, texts)],
        "clarify.": sorted(CLARIFICATIONS),
        "listing.example.": ["1", "2", "3"],
        "button.": ["yes", "no", "not_sure", "start", "help"],
    }
    for prefix in prefixes:
        assert prefix in families, f"add the family of {prefix!r} keys to this test"
        for suffix in families[prefix]:
            assert prefix + suffix in texts, prefix + suffix
