"""What the skill says, built from the core's results, checked as a listener would hear it."""

from __future__ import annotations

import re

import pytest

from skill import replies
from skill.signs import SIGNS_BY_ID, Tier
from skill.speech import LOCALES, texts_for
from skill.ssml import to_text
from skill.triage import Verdict
from tests.alexa import check_ssml, words

# Alexa speaks at roughly 150 words a minute.
WORDS_PER_SECOND = 2.5


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_text_is_valid_ssml(locale: str) -> None:
    for message_id, text in texts_for(locale).items():
        check_ssml(f"<speak>{text}</speak>")
        assert not re.search(r"\{(?!question|reasons|signs|question_count|minutes)\w+\}", text), message_id


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_welcome_is_under_twenty_seconds_and_says_what_it_must(locale: str) -> None:
    speech = replies.welcome(texts_for(locale))
    text = to_text(speech.ssml)
    assert len(words(text)) / WORDS_PER_SECOND < 20
    assert "emergency" in text and "not a diagnosis" in text and text.endswith("?")
    assert not speech.ends_session


def test_emergency_numbers_are_spoken_as_digits() -> None:
    assert '<say-as interpret-as="digits">911</say-as>' in texts_for("en-US")["welcome"]


@pytest.mark.parametrize("tier", [Tier.EMERGENCY, Tier.URGENT, Tier.DOCTOR])
def test_a_verdict_names_its_reasons_and_ends_the_session(tier: Tier) -> None:
    sign = next(s for s in SIGNS_BY_ID.values() if s.tier is tier)
    speech = replies.verdict(texts_for("en-US"), Verdict(tier, (sign,)))
    assert speech.ends_session and speech.card is not None
    assert to_text(texts_for("en-US")[f"reason.{sign.id}"]) in to_text(speech.ssml)
    assert "not a diagnosis" in speech.card.text or tier is not Tier.EMERGENCY


NUMBERS = {"en-US": "911", "en-CA": "911", "en-GB": "999", "en-AU": "triple zero", "en-IN": "112"}
OUT_OF_HOURS = {"en-US": None, "en-CA": "811", "en-GB": "111", "en-AU": "1800 633 422", "en-IN": None}
SAFETY_NET = [
    "loss of bladder or bowel control",
    "difficulty peeing",
    "numbness around your genitals or buttocks",
    "weakness or numbness in both legs",
    "chest pain",
]


def said(locale: str, tier: Tier, *sign_ids: str) -> str:
    reasons = tuple(SIGNS_BY_ID[s] for s in sign_ids)
    return to_text(replies.verdict(texts_for(locale), Verdict(tier, reasons)).ssml)


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_emergency_verdict_is_short_and_says_the_number_first_and_last(locale: str) -> None:
    text = said(locale, Tier.EMERGENCY, "chest_pain")
    number = NUMBERS[locale]
    assert text.startswith(f"Call {number} now") and text.endswith(f"call {number} now.")
    assert len(words(text)) <= 30
    speech = replies.verdict(texts_for(locale), Verdict(Tier.EMERGENCY, (SIGNS_BY_ID["chest_pain"],)))
    title = {"en-AU": "Call 000 (triple zero) now", "en-IN": "Call 112 (ambulance 108) now"}.get(
        locale, f"Call {number} now"
    )
    assert speech.card is not None and speech.card.title == title


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize(("tier", "sign_id"), [(Tier.URGENT, "fever"), (Tier.DOCTOR, "leg_pain"), (Tier.HOME, None)])
def test_every_other_verdict_ends_with_the_safety_net_and_the_disclaimer(
    locale: str, tier: Tier, sign_id: str | None
) -> None:
    text = said(locale, tier, *([sign_id] if sign_id else []))
    net = text[text.index(f"Call {NUMBERS[locale]} at once") :]
    for symptom in SAFETY_NET:
        assert symptom in net, symptom
    assert text.endswith("This is general information, not a diagnosis.")


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_urgent_verdict_says_today_and_the_out_of_hours_line_and_not_soon(locale: str) -> None:
    text = said(locale, Tier.URGENT, "fever")
    assert "today" in text and "soon" not in text
    if OUT_OF_HOURS[locale]:
        assert OUT_OF_HOURS[locale] in text


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_doctor_verdict_gives_a_time_frame(locale: str) -> None:
    text = said(locale, Tier.DOCTOR, "leg_pain")
    assert "in the next week or two" in text and "soon" not in text


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_home_advice_puts_ibuprofen_with_its_cautions_and_not_paracetamol_alone(locale: str) -> None:
    text = said(locale, Tier.HOME)
    assert "Ibuprofen may help, but not in pregnancy" in text and "pharmacist" in text
    assert "paracetamol" not in text.lower() and "acetaminophen" not in text.lower()
    assert "bed rest slows recovery" in text
    card = replies.verdict(texts_for(locale), Verdict(Tier.HOME, ())).card
    assert card is not None and "asthma" in card.text and "blood thinners" in card.text


def test_several_reasons_are_listed_naturally() -> None:
    text = said("en-US", Tier.URGENT, "fever", "recent_infection", "night_pain")
    assert "because of a high temperature, a recent infection and pain that is worse at night." in text


def test_past_three_reasons_the_rest_are_other_signs() -> None:
    text = said("en-US", Tier.URGENT, "fever", "recent_infection", "night_pain", "lump", "weight_loss")
    assert "because of a high temperature, a recent infection, pain that is worse at night and other signs." in text
