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
        assert not re.search(r"\{(?!question|reasons|signs|answered|count)\w+\}", text), message_id


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
    assert "not a diagnosis" in speech.card.text


def test_the_emergency_verdict_starts_with_calling_the_emergency_number() -> None:
    speech = replies.verdict(texts_for("en-US"), Verdict(Tier.EMERGENCY, (SIGNS_BY_ID["chest_pain"],)))
    assert to_text(speech.ssml).startswith("Please call 911")
    assert speech.card is not None and speech.card.title == "Call 911 now"


def test_several_reasons_are_listed_naturally() -> None:
    reasons = (SIGNS_BY_ID["fever"], SIGNS_BY_ID["recent_infection"], SIGNS_BY_ID["night_pain"])
    text = to_text(replies.verdict(texts_for("en-US"), Verdict(Tier.URGENT, reasons)).ssml)
    assert "because of a fever, a recent infection and pain that is worse at night" in text
