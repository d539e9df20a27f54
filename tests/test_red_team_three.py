"""Hardening, round three (issue 23): what a second red team still broke, one section a finding.

The skill-level findings (tampered or heavy session attributes, another skill's request, a
Python-name key, the contract's methods and headers) are tested here with the Flask client
and the Lambda entry point. The ones that need a real server (chunked bodies, bodies held
open, certificate-fetch starvation, connection floods, gunicorn's own refusals) are in
tests/test_exposed_server.py and tests/test_proxies.py.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import given, settings
from hypothesis import strategies as st

from skill.alexa import constants as c
from skill.alexa.lambda_function import build_handler
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

    monkeypatch.setattr(conversation, "turn_for", fails)
    good = checking_attributes()
    out = ENTRY_POINT(envelope("intent_request", intent=c.YES, attributes=good), None)
    assert speech(out).startswith(SORRY) and out["sessionAttributes"] == good
    tampered = {**good, "outcome": "home", "x": float("nan")}
    out = ENTRY_POINT(envelope("intent_request", intent=c.YES, attributes=tampered), None)
    assert speech(out).startswith(SORRY) and not out.get("sessionAttributes")


def test_nan_from_a_lambda_event_is_never_written_back() -> None:
    attributes = {"v": 1, "phase": "offered", "misses": float("nan")}
    out = ENTRY_POINT(envelope("intent_request", intent=c.HELP, attributes=attributes), None)
    json.dumps(out, allow_nan=False)  # raises on NaN or Infinity
