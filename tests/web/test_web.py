"""The Flask endpoint through Flask's test client: verified requests in, hostile input refused."""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient

from skill.alexa import constants as c
from skill.settings import Settings
from skill.web.app import MissingSkillId, create_app
from skill.web.verification import RequestVerifier
from tests.support.certs import NOW, LocalCA, body_of, local_verifier, new_key, signed_headers
from tests.support.fake_alexa import SKILL_ID, FakeAlexa, envelope, outcome, speech

LAUNCH = envelope("launch_request")


def post(client: FlaskClient, ca: LocalCA, env: dict[str, Any] | None = None, **kw: Any):  # type: ignore[no-untyped-def]
    body = kw.pop("body", None) or body_of(env or LAUNCH)
    headers = kw.pop("headers", None) or signed_headers(body, kw.pop("key", ca.signing_key))
    return client.post("/alexa", data=body, headers=headers, **kw)


def test_a_signed_launch_request_gets_the_welcome(client: FlaskClient, ca: LocalCA) -> None:
    response = post(client, ca)
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert speech(response.get_json()).startswith("If this is an emergency, call 911 now.")


def test_a_whole_conversation_through_the_endpoint_reaches_a_verdict(fake_alexa_over_http: FakeAlexa) -> None:
    fake_alexa_over_http.launch()
    out = fake_alexa_over_http.answer_until_verdict({"leg_symptoms", "leg_numb", "legs_both", "legs_worse"})
    assert outcome(out) == "emergency" and speech(out).startswith("Call 911 now")


def test_health_check_answers_ok(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok"}


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{not json", "body is not valid JSON"),
        (b"\xff\xfe\x00", "body is not"),
        (b"[1, 2, 3]", "body must be a JSON object"),
        (b'"a string"', "body must be a JSON object"),
        (b"null", "body must be a JSON object"),
        (b"{}", "context.System.application.applicationId must be a string"),
        (json.dumps({**LAUNCH, "request": None}).encode(), "request must be an object"),
        (json.dumps({k: v for k, v in LAUNCH.items() if k != "request"}).encode(), "request must be an object"),
        (json.dumps({k: v for k, v in LAUNCH.items() if k != "version"}).encode(), "version must be a string"),
        (json.dumps({**LAUNCH, "request": {**LAUNCH["request"], "type": 7}}).encode(), "unknown request type"),
        (
            json.dumps({k: v for k, v in LAUNCH.items() if k != "context"}).encode(),
            "context.System.application.applicationId must be a string",
        ),
        (json.dumps({**LAUNCH, "session": [1]}).encode(), "body is not an Alexa request envelope"),
        (
            json.dumps({**LAUNCH, "session": {"sessionId": "x"}}).encode(),
            "session.new must be true or false",
        ),
        (json.dumps({**LAUNCH, "request": {**LAUNCH["request"], "type": "Made.Up"}}).encode(), "unknown request type"),
        (
            json.dumps({**LAUNCH, "request": {**LAUNCH["request"], "timestamp": "yesterday"}}).encode(),
            "timestamp is not ISO 8601",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_broken_bodies_get_a_400_with_the_reason_logged(
    client: FlaskClient, ca: LocalCA, caplog: pytest.LogCaptureFixture, body: bytes, reason: str
) -> None:
    response = post(client, ca, body=body)
    assert response.status_code == 400
    assert reason in response.get_json()["error"]
    assert reason in caplog.text


def test_a_body_over_one_mebibyte_is_refused_with_413(client: FlaskClient, ca: LocalCA) -> None:
    body = b'{"padding": "' + b"x" * (1024 * 1024) + b'"}'
    assert post(client, ca, body=body).status_code == 413


@pytest.mark.parametrize("method", ["get", "put", "delete", "patch"])
def test_a_wrong_method_is_refused_with_405(client: FlaskClient, method: str) -> None:
    assert getattr(client, method)("/alexa").status_code == 405


def test_an_unknown_path_is_404(client: FlaskClient) -> None:
    assert client.post("/elsewhere").status_code == 404


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda h, b: h.pop("Signature-256"), "missing header Signature-256"),
        (lambda h, b: h.pop("SignatureCertChainUrl"), "missing header SignatureCertChainUrl"),
        (lambda h, b: h.update({"SignatureCertChainUrl": "https://evil.example/echo.api/c.pem"}), "host"),
        (lambda h, b: h.update({"Signature-256": signed_headers(b, new_key())["Signature-256"]}), "does not match"),
    ],
    ids=["no-signature", "no-chain-url", "bad-chain-url", "other-key"],
)
def test_unverified_requests_are_refused_with_400(
    client: FlaskClient, ca: LocalCA, caplog: pytest.LogCaptureFixture, change, reason: str
) -> None:  # type: ignore[no-untyped-def]
    body = body_of(LAUNCH)
    headers = signed_headers(body, ca.signing_key)
    change(headers, body)
    response = client.post("/alexa", data=body, headers=headers)
    assert response.status_code == 400 and reason in response.get_json()["error"]
    assert reason in caplog.text


def test_a_stale_request_is_refused(client: FlaskClient, ca: LocalCA) -> None:
    body = body_of(LAUNCH, NOW - timedelta(minutes=5))
    response = post(client, ca, body=body)
    assert response.status_code == 400 and "request timestamp" in response.get_json()["error"]


def test_a_request_for_another_skill_is_refused(ca: LocalCA) -> None:
    app = create_app(verifier=local_verifier(ca), test_config={"ALEXA_SKILL_ID": "amzn1.ask.skill.another"})
    response = post(app.test_client(), ca)
    assert response.status_code == 400 and response.get_json()["error"] == "request is for another skill"
    app = create_app(verifier=local_verifier(ca), test_config={"ALEXA_SKILL_ID": SKILL_ID})
    assert post(app.test_client(), ca).status_code == 200


def test_the_skill_id_comes_from_the_environment(ca: LocalCA, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALEXA_SKILL_ID", "amzn1.ask.skill.another")
    assert post(create_app(verifier=local_verifier(ca)).test_client(), ca).status_code == 400


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, True), ("", True), ("true", True), ("TRUE", True), ("false", False), ("False", False), ("0", False)],
)
def test_verification_flags_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, value: str | None, expected: bool
) -> None:
    if value is None:
        monkeypatch.delenv("ASK_SDK_VERIFY_SIGNATURE", raising=False)
    else:
        monkeypatch.setenv("ASK_SDK_VERIFY_SIGNATURE", value)
    assert Settings.from_environ().verify_signature is expected


def test_the_default_app_verifies_signatures_and_timestamps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASK_SDK_VERIFY_SIGNATURE", raising=False)
    monkeypatch.delenv("ASK_SDK_VERIFY_TIMESTAMP", raising=False)
    monkeypatch.setenv("ALEXA_SKILL_ID", SKILL_ID)
    response = create_app().test_client().post("/alexa", data=body_of(LAUNCH))
    assert response.status_code == 400
    assert response.get_json()["error"] == "missing header SignatureCertChainUrl"


def test_turning_the_checks_off_works_and_warns_loudly(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("ASK_SDK_VERIFY_SIGNATURE", "false")
    monkeypatch.setenv("ASK_SDK_VERIFY_TIMESTAMP", "false")
    app = create_app()
    assert "signature verification is OFF" in caplog.text and "timestamp verification is OFF" in caplog.text
    body = body_of(LAUNCH, NOW - timedelta(days=30))
    assert app.test_client().post("/alexa", data=body).status_code == 200


def test_the_factory_builds_its_own_verifier_when_none_is_given() -> None:
    app = create_app(test_config={"VERIFY_SIGNATURE": True, "ALEXA_SKILL_ID": SKILL_ID})
    assert app.blueprints["skill_endpoint"] is not None
    assert isinstance(RequestVerifier(), RequestVerifier)


def test_with_signature_checks_on_the_app_refuses_to_start_without_a_skill_id(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ALEXA_SKILL_ID", raising=False)
    monkeypatch.delenv("ASK_SDK_VERIFY_SIGNATURE", raising=False)
    with pytest.raises(MissingSkillId, match="ALEXA_SKILL_ID is not set"):
        create_app()
    monkeypatch.setenv("ALEXA_SKILL_ID", "  ")
    with pytest.raises(MissingSkillId, match="ALEXA_SKILL_ID"):
        create_app()


def test_a_chain_url_alexa_could_not_name_stops_the_app_from_starting_and_names_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from skill.web.app import BadChainUrl

    monkeypatch.setenv("ALEXA_SKILL_ID", SKILL_ID)
    monkeypatch.setenv("ALEXA_CERT_CHAIN_URL", "https://example.org/echo.api/echo-api-cert-12.pem")
    with pytest.raises(BadChainUrl, match=r"ALEXA_CERT_CHAIN_URL .* host must be s3\.amazonaws\.com"):
        create_app()


def test_for_local_use_the_app_starts_without_a_skill_id_and_warns_naming_it(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.delenv("ALEXA_SKILL_ID", raising=False)
    app = create_app(require_skill_id=False)
    assert "ALEXA_SKILL_ID is not set" in caplog.text
    assert app.test_client().get("/healthz").status_code == 200


@pytest.mark.parametrize(("path", "heading"), [("/privacy", "privacy policy"), ("/terms", "terms of use")])
def test_the_privacy_policy_and_terms_are_served_as_html(client: FlaskClient, path: str, heading: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert page.startswith("<!doctype html>") and f"<h1>Back Pain Check: {heading}</h1>" in page
    assert "not a substitute for professional medical advice" in " ".join(page.split())
    assert "{contact}" not in page and "the publisher named on the skill" in page


def test_the_contact_on_the_pages_is_configurable_and_cannot_add_markup(
    ca: LocalCA, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SKILL_CONTACT", "<script>x</script> care@example.org")
    app = create_app(verifier=local_verifier(ca), test_config={"ALEXA_SKILL_ID": SKILL_ID})
    page = app.test_client().get("/privacy").get_data(as_text=True)
    assert "care@example.org" in page and "<script>" not in page and "&lt;script&gt;" in page
    assert app.test_client().post("/privacy").status_code == 405


def test_a_whole_conversation_writes_no_health_answer_to_the_log(
    fake_alexa_over_http: FakeAlexa, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    fake_alexa_over_http.launch()
    fake_alexa_over_http.say(c.NO)
    fake_alexa_over_http.say(c.NOT_SURE)
    out = fake_alexa_over_http.answer_until_verdict({"leg_symptoms", "leg_weak"})
    assert outcome(out) == "urgent"
    logged = caplog.text.lower()
    assert "request: intentrequest in phase checking" in logged
    for word in ["yesintent", "nointent", "notsure", "urgent", "emergency", "outcome", "answers", "leg_weak"]:
        assert word not in logged, word


@pytest.mark.parametrize(
    ("session", "status"), [({"__dict__": {}}, 400), ({"new": True, "sessionId": "x", "__dict__": 1}, 200)]
)
def test_a_session_key_named_like_a_python_attribute_is_ignored_not_set(
    client: FlaskClient, ca: LocalCA, session: dict[str, Any], status: int
) -> None:
    response = post(client, ca, body=json.dumps({**LAUNCH, "session": session}).encode())
    assert response.status_code == status  # the first has no "new": a 400 that says so
    assert status == 200 or response.get_json()["error"] == "session.new must be true or false"
