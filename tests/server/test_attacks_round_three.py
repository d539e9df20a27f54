"""Hardening, round three (issue 23): what a second red team still broke, one section a finding.

The skill-level findings (tampered or heavy session attributes, another skill's request, a
Python-name key, the contract's methods and headers) are tested here with the Flask client
and the Lambda entry point. The ones that need a real server (chunked bodies, bodies held
open, certificate-fetch starvation, connection floods, gunicorn's own refusals) are in
tests/server/test_exposed_server.py and tests/server/test_proxies.py.
"""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from skill.alexa import constants as c
from skill.alexa.envelope import MAX_ATTRIBUTE_BYTES
from skill.alexa.lambda_function import RefusedEvent, build_handler
from skill.alexa.session import Phase, attributes_for, checking, read_session
from skill.core.triage import Answer, Check, take_reply
from tests.support.certs import LocalCA, body_of, signed_headers
from tests.support.fake_alexa import SKILL_ID, ends_session, envelope, speech

ENTRY_POINT = build_handler(SKILL_ID)
SORRY = "Sorry, something went wrong"


def post(client: FlaskClient, ca: LocalCA, env: dict[str, Any]) -> Any:
    body = body_of(env)
    return client.post("/alexa", data=body, headers=signed_headers(body, ca.signing_key))


def checking_attributes() -> dict[str, Any]:
    return attributes_for(checking(take_reply(Check(), Answer.NO).check))


# --- 6. Tampered session attributes stick --------------------------------------------------

TAMPERED: list[Any] = [
    {"v": 1, "phase": []},
    {"v": 1, "phase": {}},
    {"v": 1, "phase": "offered", "outcome": "home"},
    {"v": True, "phase": "offered"},
    {"v": 1.0, "phase": "offered"},
    {"v": 1, "phase": "offered", "misses": True},
    {"v": 1, "phase": "offered", "misses": 0},
    {"v": 1, "phase": "offered", "extra": "x"},
    {**checking_attributes(), "answers": [[[], "no"]]},
    {**checking_attributes(), "answers": [["bladder_bowel", []]]},
    {**checking_attributes(), "answers": {"bladder_bowel": "no"}},
    {**checking_attributes(), "explained": 0},
    {**checking_attributes(), "outcome": "emergency"},
    {"outcome": "home"},
    {"v": [1], "phase": "offered"},
    {"v": {"x": 1}, "phase": ["checking"]},
]


@pytest.mark.parametrize("attributes", TAMPERED, ids=[json.dumps(a)[:60] for a in TAMPERED])
def test_any_attributes_not_exactly_as_the_skill_writes_them_read_as_broken(attributes: Any) -> None:
    assert read_session(attributes).phase is Phase.BROKEN


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner, max_size=3),
    max_leaves=10,
)
keys = st.sampled_from([c.VERSION, c.PHASE, c.ANSWERS, c.EXPLAINED, c.MISSES, c.OUTCOME, "age", "x"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, json_values, max_size=6) | json_values)
def test_reading_any_attributes_never_raises_and_only_the_skills_own_shapes_are_accepted(attributes: Any) -> None:
    state = read_session(attributes)
    if state.phase in (Phase.OFFERED, Phase.CHECKING):
        assert json.dumps(attributes_for(state), sort_keys=True) == json.dumps(attributes, sort_keys=True)


@pytest.mark.parametrize("attributes", TAMPERED[:3], ids=["phase-list", "phase-object", "outcome"])
@pytest.mark.parametrize("intent", [c.STOP, c.EMERGENCY, c.START_OVER, c.YES, c.HELP])
def test_stop_the_emergency_intent_and_start_over_work_whatever_the_attributes_hold(
    attributes: Any, intent: str
) -> None:
    out = ENTRY_POINT(envelope("intent_request", intent=intent, attributes=attributes), None)
    assert SORRY not in speech(out)
    assert c.OUTCOME not in (out.get("sessionAttributes") or {})
    if intent in (c.STOP, c.EMERGENCY):
        assert ends_session(out)


def test_the_error_path_returns_only_attributes_it_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    from skill.alexa import conversation

    def fails(*args: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setattr(conversation, "take_turn", fails)  # what the handlers call
    good = checking_attributes()
    out = ENTRY_POINT(envelope("intent_request", intent=c.YES, attributes=good), None)
    assert speech(out).startswith(SORRY) and out["sessionAttributes"] == good
    tampered = {**good, "outcome": "home", "x": float("nan")}
    out = ENTRY_POINT(envelope("intent_request", intent=c.YES, attributes=tampered), None)
    assert speech(out).startswith(SORRY) and not out.get("sessionAttributes")


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_when_parsing(client: FlaskClient, ca: LocalCA, constant: str) -> None:
    text = json.dumps(envelope("intent_request", intent=c.YES, attributes={"v": 1, "phase": "offered", "misses": 0}))
    body = body_of(json.loads(text)).replace(b'"misses": 0', b'"misses": ' + constant.encode())
    assert constant.encode() in body
    response = client.post("/alexa", data=body, headers=signed_headers(body, ca.signing_key))
    assert response.status_code == 400 and response.get_json()["error"] == "body is not valid JSON"


def test_nan_from_a_lambda_event_is_never_written_back() -> None:
    attributes = {"v": 1, "phase": "offered", "misses": float("nan")}
    out = ENTRY_POINT(envelope("intent_request", intent=c.HELP, attributes=attributes), None)
    json.dumps(out, allow_nan=False)  # raises on NaN or Infinity


# --- 7. A Python-name key overrides a checked field -------------------------------------------


def test_a_python_name_key_does_not_override_the_skill_id(client: FlaskClient, ca: LocalCA) -> None:
    env = envelope("launch_request")
    env["context"]["System"]["application"] = {"applicationId": "amzn1.ask.skill.OTHER", "application_id": SKILL_ID}
    response = post(client, ca, env)
    assert response.status_code == 400 and response.get_json()["error"] == "request is for another skill"
    with pytest.raises(RefusedEvent, match="request is for another skill"):
        ENTRY_POINT(env, None)


def test_the_deserializer_sets_only_declared_attributes() -> None:
    from ask_sdk_model.request_envelope import RequestEnvelope

    from skill.alexa.serializer import StrictSerializer

    env = envelope("launch_request")
    env["context"]["System"]["application"]["application_id"] = "amzn1.ask.skill.OTHER"
    env["session"]["attribute_map"] = {}
    env["__dict__"] = {}
    read = StrictSerializer().deserialize(json.dumps(env), RequestEnvelope)
    assert read.context.system.application.application_id == SKILL_ID
    assert "attribute_map" not in vars(read.session) and "__dict__" not in vars(read)


# --- 5. Heavy or foreign requests refused late ------------------------------------------------


def heavy_attributes(size: int) -> dict[str, Any]:
    """About ``size`` bytes of small items: what costs ask-sdk's deep copy most."""
    return {**checking_attributes(), "padding": [["x", 1]] * (size // 10)}


def test_attributes_over_the_limit_are_refused_before_they_are_deserialized(
    client: FlaskClient, ca: LocalCA, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skill.alexa.serializer import StrictSerializer

    built: list[Any] = []
    original = StrictSerializer.deserialize_data
    monkeypatch.setattr(StrictSerializer, "deserialize_data", lambda self, *a: built.append(a) or original(self, *a))
    response = post(client, ca, envelope("intent_request", intent=c.YES, attributes=heavy_attributes(5000)))
    assert response.status_code == 400
    assert response.get_json()["error"] == f"session.attributes are larger than {MAX_ATTRIBUTE_BYTES} bytes"
    assert built == []
    with pytest.raises(RefusedEvent, match="larger than"):
        ENTRY_POINT(envelope("intent_request", intent=c.YES, attributes=heavy_attributes(5000)), None)


def test_another_skills_signed_request_is_refused_before_any_model_is_built(
    client: FlaskClient, ca: LocalCA, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skill.alexa.serializer import StrictSerializer

    built: list[Any] = []
    original = StrictSerializer.deserialize_data
    monkeypatch.setattr(StrictSerializer, "deserialize_data", lambda self, *a: built.append(a) or original(self, *a))
    env = envelope("launch_request")
    env["context"]["System"]["application"]["applicationId"] = "amzn1.ask.skill.OTHER"
    response = post(client, ca, env)
    assert response.status_code == 400 and response.get_json()["error"] == "request is for another skill"
    assert built == []


def test_the_skills_own_attributes_leave_room_under_the_limit() -> None:
    from tests.support.turns import mid_check_envelope

    own = json.dumps(mid_check_envelope()["session"]["attributes"], separators=(",", ":"))
    assert len(own) * 4 < MAX_ATTRIBUTE_BYTES


def cpu_per_request(client: FlaskClient, ca: LocalCA, env: dict[str, Any], times: int = 20) -> float:
    body = body_of(env)
    headers = signed_headers(body, ca.signing_key)
    client.post("/alexa", data=body, headers=headers)  # warm
    started = time.process_time()
    for _ in range(times):
        client.post("/alexa", data=body, headers=headers)
    return (time.process_time() - started) / times


def test_a_refused_heavy_request_costs_about_what_a_normal_turn_costs(client: FlaskClient, ca: LocalCA) -> None:
    from tests.support.turns import mid_check_envelope

    normal = cpu_per_request(client, ca, mid_check_envelope())
    heavy_env = envelope("intent_request", intent=c.YES, attributes=heavy_attributes(240 * 1024))
    heavy = cpu_per_request(client, ca, heavy_env)
    long_env = envelope("intent_request", intent=c.YES, attributes={**checking_attributes(), "x": "y" * 240 * 1024})
    long = cpu_per_request(client, ca, long_env)
    foreign = envelope("intent_request", intent=c.YES, attributes=heavy_attributes(1000))
    foreign["context"]["System"]["application"]["applicationId"] = "amzn1.ask.skill.OTHER"
    other_skill = cpu_per_request(client, ca, foreign)
    assert heavy < 3 * normal + 0.001 and long < 3 * normal + 0.001, (heavy, long, normal)
    assert other_skill < 1.5 * normal, (other_skill, normal)


# --- 8. Contract and headers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("options", "/alexa", "POST"),
        ("get", "/alexa", "POST"),
        ("put", "/alexa", "POST"),
        ("options", "/privacy", "GET, HEAD"),
        ("post", "/terms", "GET, HEAD"),
        ("options", "/healthz", "GET, HEAD"),
    ],
)
def test_another_method_is_405_with_allow_as_json(client: FlaskClient, method: str, path: str, allow: str) -> None:
    response = getattr(client, method)(path)
    assert response.status_code == 405 and response.get_json() == {"error": "Method Not Allowed"}
    assert response.headers["Allow"] == allow


@pytest.mark.parametrize(
    ("method", "path", "status", "cache"),
    [
        ("get", "/privacy", 200, "public, max-age=3600"),
        ("get", "/terms", 200, "public, max-age=3600"),
        ("get", "/healthz", 200, "no-store"),
        ("post", "/alexa", 400, "no-store"),
        ("get", "/nowhere", 404, "no-store"),
        ("options", "/alexa", 405, "no-store"),
    ],
)
def test_every_response_carries_the_security_headers(
    client: FlaskClient, method: str, path: str, status: int, cache: str
) -> None:
    response = getattr(client, method)(path)
    assert response.status_code == status
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == cache
    assert (response.headers.get("Connection") == "close") is (status >= 400)


def test_a_signed_turn_answers_with_the_security_headers_and_no_store(client: FlaskClient, ca: LocalCA) -> None:
    response = post(client, ca, envelope("launch_request"))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store" and response.headers["X-Frame-Options"] == "DENY"


def test_bodies_beyond_the_budget_are_refused_with_429_and_the_budget_is_returned() -> None:
    from skill.web.app import BodyBudget, Refusal

    budget = BodyBudget(total=100, small=10)
    with budget.hold(5), budget.hold(5), budget.hold(60):  # small ones are not counted
        with pytest.raises(Refusal) as refused, budget.hold(60):
            pass
        assert refused.value.status == 429
    assert budget.in_use == 0
    with budget.hold(100):
        assert budget.in_use == 100


def test_a_body_beyond_the_budget_is_refused_at_once_with_retry_after(ca: LocalCA) -> None:
    from skill.web.app import create_app
    from tests.support.certs import local_verifier

    config = {"TESTING": True, "ALEXA_SKILL_ID": SKILL_ID, "BODY_BUDGET_BYTES": 20_000}
    client = create_app(verifier=local_verifier(ca), test_config=config).test_client()
    body = b" " * 30_000
    response = client.post("/alexa", data=body, headers=signed_headers(body, ca.signing_key))
    assert response.status_code == 429 and response.headers["Retry-After"] == "1"
    assert response.get_json() == {
        "error": "too many bodies over 16384 bytes at once (they share 20000 bytes); try again"
    }
