"""One request, its work done once: the timestamp parsed once, the skill ID checked once (by the envelope's
read, for the web endpoint and the Lambda function alike)."""

from __future__ import annotations

from typing import Any

import pytest

from skill.alexa import serializer as serializer_module
from skill.alexa.assembly import build_skill
from skill.alexa.envelope import BadEnvelope, read_envelope
from skill.alexa.lambda_function import RefusedEvent, build_handler
from tests.support.fake_alexa import SKILL_ID, envelope, speech


def test_the_timestamp_is_parsed_once_and_the_verifier_gets_that_value(monkeypatch: pytest.MonkeyPatch) -> None:
    reader = build_skill().serializer  # built (and primed with its own requests) first
    calls: list[object] = []
    real = serializer_module.parse_timestamp

    def counted(text: object) -> Any:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(serializer_module, "parse_timestamp", counted)
    event = envelope("intent_request")
    read = read_envelope(reader, event, SKILL_ID)
    assert calls == [event["request"]["timestamp"]]
    assert read.timestamp == read.request_envelope.request.timestamp == real(event["request"]["timestamp"])


def test_another_skills_request_is_refused_by_the_envelope_and_the_skill_itself_checks_no_id_again() -> None:
    event = envelope("launch_request")
    event["context"]["System"]["application"]["applicationId"] = "amzn1.ask.skill.another"
    with pytest.raises(BadEnvelope, match="request is for another skill"):
        read_envelope(build_skill().serializer, event, SKILL_ID)
    with pytest.raises(RefusedEvent, match="request is for another skill"):
        build_handler(SKILL_ID)(event, None)
    # The skill the entry points build answers whatever the envelope let through: the one check is the envelope's.
    skill = build_skill()
    assert skill.skill_id is None
    assert speech(
        skill.serializer.serialize(skill.invoke(read_envelope(skill.serializer, event).request_envelope, None))
    )
