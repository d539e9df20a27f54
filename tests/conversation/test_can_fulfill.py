"""Alexa+ asks, before routing a request that names no skill, whether this skill can take it
(``CanFulfillIntentRequest``, tests/fixtures/can_fulfill_intent_request.json as Alexa sends it): YES only
for asking about back pain, NO for anything else, and nothing said, changed or returned in the session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from skill.alexa import constants as c
from skill.core.speech import LOCALES
from tests.support.fake_alexa import Handler, envelope

ROOT = Path(__file__).parents[2]
MODEL_INTENTS = sorted(
    intent["name"]
    for intent in json.loads((ROOT / "interaction_model" / "en-US.json").read_text())["interactionModel"][
        "languageModel"
    ]["intents"]
)


def asked(handler: Handler, intent: str, slots: dict[str, Any] | None = None, locale: str = "en-US") -> dict[str, Any]:
    event = envelope("can_fulfill_intent_request", intent=intent, locale=locale)
    if slots is not None:
        event["request"]["intent"]["slots"] = slots
    answer: dict[str, Any] = handler(event, None)
    return answer


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_asking_whether_back_pain_is_serious_is_a_yes_in_every_locale(handler: Handler, locale: str) -> None:
    answer = asked(handler, c.START_CHECK, locale=locale)
    assert answer["response"]["canFulfillIntent"] == {"canFulfill": "YES"}


@pytest.mark.parametrize("intent", [name for name in MODEL_INTENTS if name != c.START_CHECK])
def test_every_other_intent_of_the_model_is_a_no(handler: Handler, intent: str) -> None:
    assert asked(handler, intent)["response"]["canFulfillIntent"]["canFulfill"] == "NO"


def test_an_emergency_is_a_no_the_skill_never_calls_anyone(handler: Handler) -> None:
    assert asked(handler, c.EMERGENCY)["response"]["canFulfillIntent"]["canFulfill"] == "NO"


def test_each_slot_heard_in_a_no_is_not_understood(handler: Handler) -> None:
    slots = {"symptom": {"name": "symptom", "value": "chest pain", "confirmationStatus": "NONE"}}
    answer = asked(handler, c.ECHO, slots)["response"]["canFulfillIntent"]
    assert answer == {"canFulfill": "NO", "slots": {"symptom": {"canUnderstand": "NO", "canFulfill": "NO"}}}


def test_the_answer_says_nothing_ends_nothing_and_returns_no_session_attributes(handler: Handler) -> None:
    answer = asked(handler, c.START_CHECK)
    assert "sessionAttributes" not in answer
    assert set(answer["response"]) == {"canFulfillIntent"}
    assert asked(handler, c.YES) == {**answer, "response": {"canFulfillIntent": {"canFulfill": "NO"}}}
