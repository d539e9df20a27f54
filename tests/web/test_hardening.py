"""The red team's last gaps: malformed Lambda events, deep nesting, strict timestamps, bodies
over the limit or chunked, and caches whose key request input chooses."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest
from flask.testing import FlaskClient
from werkzeug.test import EnvironBuilder, run_wsgi_app

from skill.alexa.lambda_function import RefusedEvent, build_handler
from skill.core.speech import _texts, texts_for
from skill.web.app import MAX_BODY_BYTES
from tests.support.certs import LocalCA, body_of, signed_headers
from tests.support.fake_alexa import SKILL_ID, envelope, speech

ENTRY_POINT = build_handler(SKILL_ID)
SECRET = "my-leg-is-numb-and-i-had-cancer"


def nested(depth: int) -> Any:
    value: Any = SECRET
    for _ in range(depth):
        value = {"x": value}
    return value


def deep_attributes_event(depth: int) -> dict[str, Any]:
    return envelope("intent_request", intent="AMAZON.YesIntent", attributes={"v": 1, "deep": nested(depth)})


def another_skills_event() -> dict[str, Any]:
    event = envelope("launch_request")
    event["context"]["System"]["application"]["applicationId"] = "amzn1.ask.skill." + SECRET
    return event


@pytest.mark.parametrize(
    ("event", "reason"),
    [
        ({}, "context.System.application.applicationId must be a string"),
        (None, "event is not a JSON object"),
        (SECRET, "event is not a JSON object"),
        ([SECRET], "event is not a JSON object"),
        ({"version": SECRET, "request": SECRET}, "context.System.application.applicationId must be a string"),
        (deep_attributes_event(50), "session.attributes are nested too deeply"),
        (deep_attributes_event(5000), "session.attributes are nested too deeply"),
        (another_skills_event(), "request is for another skill"),
    ],
    ids=["empty", "none", "string", "list", "junk", "deep", "very-deep", "another-skill"],
)
def test_a_malformed_lambda_event_gets_one_log_line_that_quotes_nothing(
    caplog: pytest.LogCaptureFixture, event: Any, reason: str
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(RefusedEvent) as refused:
        ENTRY_POINT(event, None)
    assert str(refused.value) == reason
    assert refused.value.__cause__ is None  # no chained error carrying the event into the log
    assert refused.value.__context__ is None or refused.value.__suppress_context__
    [record] = caplog.records
    assert record.levelname == "ERROR" and record.getMessage() == f"refused event: {reason}"
    assert SECRET not in caplog.text and SECRET not in str(refused.value)


def test_a_lambda_event_with_a_lenient_timestamp_is_refused() -> None:
    event = envelope("launch_request")
    event["request"]["timestamp"] = "Nov 24 2026 6pm"
    with pytest.raises(RefusedEvent, match="timestamp is not ISO 8601 with a UTC offset"):
        ENTRY_POINT(event, None)


def test_a_good_lambda_event_is_still_answered() -> None:
    assert speech(ENTRY_POINT(envelope("launch_request"), None)).startswith("If this is an emergency, call 911 now.")


def post(client: FlaskClient, ca: LocalCA, body: bytes, **kwargs: Any) -> Any:
    return client.post("/alexa", data=body, headers=signed_headers(body, ca.signing_key), **kwargs)


def test_deeply_nested_session_attributes_are_a_400_with_the_reason(client: FlaskClient, ca: LocalCA) -> None:
    for depth in (50, 800):
        response = post(client, ca, body_of(deep_attributes_event(depth)))
        assert response.status_code == 400
        assert response.get_json()["error"] == "session.attributes are nested too deeply"


@pytest.mark.parametrize("stamp", ["Nov 24 2026 6pm", "2026-11-24T18:00:00 EST", "2026-11-24T18:00:00"])
def test_the_endpoint_refuses_a_lenient_timestamp(client: FlaskClient, ca: LocalCA, stamp: str) -> None:
    env = envelope("launch_request")
    env["request"]["timestamp"] = stamp
    response = post(client, ca, json.dumps(env).encode())
    assert response.status_code == 400
    assert response.get_json()["error"] == "request timestamp is not ISO 8601 with a UTC offset"


@pytest.mark.parametrize("size", [100, 1024 * 1024 + 1], ids=["within-the-limit", "over-the-limit"])
def test_a_chunked_body_is_refused_with_411_before_it_is_read(client: FlaskClient, ca: LocalCA, size: int) -> None:
    """Alexa always sends Content-Length; a chunked body costs a server's chunk parser ~6.5 µs a chunk."""
    stream = io.BytesIO(b" " * size)
    response = client.post("/alexa", input_stream=stream, headers={"Transfer-Encoding": "chunked"})
    assert response.status_code == 411
    assert response.get_json()["error"] == "a body must come with Content-Length (not chunked)"
    assert stream.tell() == 0  # not a byte read


def test_a_body_over_the_limit_with_a_content_length_is_refused_with_413(client: FlaskClient) -> None:
    stream = io.BytesIO(b" " * (MAX_BODY_BYTES + 1))
    response = client.post("/alexa", input_stream=stream, headers={"Content-Length": str(MAX_BODY_BYTES + 1)})
    assert response.status_code == 413 and stream.tell() == 0


def test_the_speech_cache_is_bounded_whatever_locales_requests_name() -> None:
    _texts.cache_clear()
    for number in range(2000):
        texts_for(f"xx-{number}")
    texts_for("en-GB")
    assert _texts.cache_info().currsize == 2


@pytest.mark.parametrize("over", [1, 100])
def test_a_forwarded_chunked_body_just_over_the_limit_is_read_to_its_end_then_refused_with_413(
    client: FlaskClient, over: int
) -> None:
    """Caddy passes every body on chunked after buffering at most the limit and a byte: the service reads the
    rest of one just over before its 413, so the server does not close on unread data (which resets Caddy's
    connection mid-write and turns the 413 into Caddy's 502)."""
    stream = io.BytesIO(b" " * (MAX_BODY_BYTES + over))
    environ = EnvironBuilder(
        path="/alexa",
        method="POST",
        input_stream=stream,
        headers={"Transfer-Encoding": "chunked", "X-Forwarded-For": "127.0.0.1"},
        environ_base={"SERVER_SOFTWARE": "Granian"},
    ).get_environ()
    del environ["CONTENT_LENGTH"]  # as Granian gives a chunked body it decodes
    body, status, _ = run_wsgi_app(client.application, environ, buffered=True)
    assert status.startswith("413")
    assert json.loads(b"".join(body)) == {"error": f"body is larger than {MAX_BODY_BYTES} bytes"}
    assert stream.tell() == MAX_BODY_BYTES + over, "read to its end"
