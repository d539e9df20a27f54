"""Requests shaped as a real Echo (a speaker) and a real Echo Show send them: every interface
and id they carry (AudioPlayer, Display, APL, Viewports, person, unit, a full API token),
through the Lambda entry point and the web endpoint alike."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask.testing import FlaskClient

from skill.alexa import constants as c
from tests.support.certs import LocalCA, signed_post
from tests.support.fake_alexa import Handler, check_response, ends_session, envelope, fixture

APL = "Alexa.Presentation.APL.RenderDocument"


def directives(out: dict[str, Any]) -> list[str]:
    return [d["type"] for d in out["response"].get("directives", [])]


def test_the_fixtures_carry_what_a_real_echo_sends() -> None:
    for name in ("echo_launch", "echo_show_launch", "echo_intent"):
        system = fixture(name)["context"]["System"]
        assert {"apiEndpoint", "apiAccessToken", "person", "unit"} <= set(system)
        assert "AudioPlayer" in system["device"]["supportedInterfaces"]
        assert len(system["apiAccessToken"]) > 500
    show = fixture("echo_show_launch")["context"]
    assert {"Display", "Alexa.Presentation.APL"} <= set(show["System"]["device"]["supportedInterfaces"])
    assert {"Viewport", "Viewports"} <= set(show)


@pytest.mark.parametrize(("launch", "screen"), [("echo_launch", False), ("echo_show_launch", True)])
def test_a_real_launch_and_its_first_answer_through_the_lambda_entry_point(
    handler: Handler, launch: str, screen: bool
) -> None:
    out = handler(envelope(launch), None)
    check_response(out)
    assert not ends_session(out)
    assert (APL in directives(out)) is screen  # the Echo Show gets a screen; the speaker none
    answer = envelope("echo_intent", intent=c.YES, attributes=out["sessionAttributes"])
    if screen:
        answer["context"] = envelope("echo_show_launch")["context"]
    second = handler(answer, None)
    check_response(second)
    assert not ends_session(second)


def test_a_real_launch_and_its_first_answer_over_http(client: FlaskClient, ca: LocalCA) -> None:
    def post(body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        response = client.post("/alexa", data=body, headers=headers)
        return response.status_code, response.data

    send = signed_post(ca, post)
    out = send(envelope("echo_launch"), None)
    check_response(out)
    second = send(envelope("echo_intent", intent=c.YES, attributes=out["sessionAttributes"]), None)
    check_response(second)
    assert json.dumps(second).count("outputSpeech") >= 1


def test_a_real_echos_first_request_imports_no_model_the_start_up_did_not() -> None:
    """The serializer's primer (``StrictSerializer.prime``) and the unread interfaces: the user's
    first request pays for no import."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import json, sys; from skill.alexa.lambda_function import build_handler; "
        "from tests.support.fake_alexa import SKILL_ID, envelope; from skill.alexa import constants as c; "
        "handler = build_handler(SKILL_ID); before = set(sys.modules); "
        "out = handler(envelope('echo_launch'), None); "
        "handler(envelope('echo_intent', intent=c.YES, attributes=out['sessionAttributes']), None); "
        "print(json.dumps(sorted(m for m in set(sys.modules) - before if m.startswith('ask_sdk'))))"
    )
    root = Path(__file__).parents[2]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []
