"""The skill's ask-sdk ``invoke`` without the work a turn does not use (``skill.alexa.invoke``):
the same answers as ask-sdk-core's own, and ask-sdk's attributes API as it was."""

from __future__ import annotations

import json
from typing import Any

import pytest
from ask_sdk_core.exceptions import AskSdkException, AttributesManagerException
from ask_sdk_model.request_envelope import RequestEnvelope

from skill.alexa import constants as c
from skill.alexa.assembly import build_skill, build_skill_builder
from skill.alexa.invoke import LeanSkill, SessionAttributes
from skill.alexa.serializer import StrictSerializer
from tests.support.conversations import on_a_speaker_and_a_screen
from tests.support.fake_alexa import SKILL_ID, envelope
from tests.support.turns import mid_check_envelope

READ = StrictSerializer()


def read(event: dict[str, Any]) -> RequestEnvelope:
    return READ.deserialize(json.dumps(event), RequestEnvelope)


def test_a_whole_conversation_answers_exactly_as_ask_sdks_own_invoke_does() -> None:
    lean, sdk = build_skill(SKILL_ID), build_skill_builder(SKILL_ID).create()
    assert isinstance(lean, LeanSkill) and not isinstance(sdk, LeanSkill)
    pairs = []

    def both(event: dict[str, Any], context: Any) -> dict[str, Any]:
        answers = [READ.serialize(skill.invoke(read(event), None)) for skill in (lean, sdk)]
        pairs.append(answers)
        return answers[0]

    on_a_speaker_and_a_screen(both)
    broken = envelope("intent_request", intent=c.YES, attributes={"v": 2, "phase": "checking", "answers": 5})
    both(broken, None)
    both(envelope("session_ended_request"), None)
    assert len(pairs) > 10
    for lean_answer, sdk_answer in pairs:
        assert lean_answer == sdk_answer


def test_another_skills_request_is_refused_as_ask_sdk_refuses_it() -> None:
    event = envelope("launch_request")
    event["context"]["System"]["application"]["applicationId"] = "amzn1.ask.skill.another"
    with pytest.raises(AskSdkException, match="Skill ID Verification failed"):
        build_skill(SKILL_ID).invoke(read(event), None)


def test_the_session_attributes_are_copied_only_when_read_and_then_as_ask_sdk_copies_them() -> None:
    request = read(mid_check_envelope())
    attributes = SessionAttributes(request)
    copied = attributes.session_attributes
    assert copied == request.session.attributes and copied is not request.session.attributes
    copied["answers"].append(["x", "yes"])  # a handler changing what it read changes nothing in the request
    assert ["x", "yes"] not in request.session.attributes["answers"]
    attributes.session_attributes = {"outcome": "home"}
    assert attributes.session_attributes == {"outcome": "home"}
    attributes.request_attributes["state"] = 1
    assert attributes.request_attributes == {"state": 1}
    with pytest.raises(AttributesManagerException, match="without Persistence adapter"):
        attributes.persistent_attributes  # noqa: B018


def test_a_request_without_a_session_has_no_session_attributes_as_in_ask_sdk() -> None:
    event = envelope("launch_request")
    del event["session"]
    attributes = SessionAttributes(read(event))
    with pytest.raises(AttributesManagerException, match="out of session request"):
        attributes.session_attributes  # noqa: B018
    with pytest.raises(AttributesManagerException, match="out of session request"):
        attributes.session_attributes = {}
