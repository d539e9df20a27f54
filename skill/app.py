"""The web service: Flask hosting the skill at ``POST /alexa``.

``create_app()`` is the application factory (as in Flask's tutorial). Configuration
comes from the environment, with safe defaults:

- ``ASK_SDK_VERIFY_SIGNATURE``, ``ASK_SDK_VERIFY_TIMESTAMP``: "false" turns that check
  off (for local testing only; a loud warning is logged). Default: on.
- ``SKILL_CONTACT``: who to contact, on the privacy and terms pages.
- ``ALEXA_SKILL_ID``: requests for any other skill are refused. Required while
  signature checks are on: without it the app refuses to start (``python -m skill``,
  for local use, starts anyway with a warning naming the variable).

Every refusal is an HTTP 4xx with the reason logged; the body is never logged.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Mapping
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_runtime.exceptions import AskSdkException
from ask_sdk_webservice_support import verifier_constants as vc
from flask import Blueprint, Flask, Response, request
from werkzeug.exceptions import HTTPException

from skill.alexa import build_skill_builder
from skill.envelope import BadEnvelope, read_envelope
from skill.pages import DEFAULT_CONTACT, Pages
from skill.verification import RequestVerifier, VerificationError, Verifier

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 1024 * 1024
_COMPACT_JSON = json.JSONEncoder(separators=(",", ":"))


def env_flag(name: str, default: bool = True) -> bool:
    """True unless the variable says false (or 0, no, off)."""
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    return value.strip().lower() not in {"false", "0", "no", "off"}


def _refuse(status: int, reason: str) -> Response:
    log.warning("refused request (%d): %s", status, reason)
    return Response(json.dumps({"error": reason}), status=status, mimetype="application/json")


_SIGNATURE_HEADERS = {
    name: "HTTP_" + name.upper().replace("-", "_") for name in (vc.SIGNATURE_CERT_CHAIN_URL_HEADER, vc.SIGNATURE_HEADER)
}


def _signature_headers() -> dict[str, str]:
    """The two headers verification reads, straight from the WSGI environ (names are case-insensitive)."""
    environ = request.environ
    return {name: environ[key] for name, key in _SIGNATURE_HEADERS.items() if key in environ}


def alexa_blueprint(skill: CustomSkill, verifier: Verifier) -> Blueprint:
    """The routes; they only translate between HTTP and the skill."""
    bp = Blueprint("alexa", __name__)

    @bp.post("/alexa")
    def alexa() -> Response:
        body = request.get_data(cache=False)
        try:
            verifier.verify_signature(_signature_headers(), body)  # the raw bytes, before any parsing
            envelope = read_envelope(skill.serializer, body)  # the one parse
            verifier.verify_timestamp(envelope.timestamp, envelope.request_type)
            response_envelope = skill.invoke(request_envelope=envelope.request_envelope, context=None)
        except (BadEnvelope, VerificationError) as refusal:
            return _refuse(400, str(refusal))
        except AskSdkException as refusal:
            reason = "request is for another skill" if "Skill ID" in str(refusal) else "the skill could not handle it"
            return _refuse(400, reason)
        except Exception as error:  # never a 500: the reason names the error's type, never the input
            return _refuse(400, f"the skill could not handle it ({type(error).__name__})")
        payload = _COMPACT_JSON.encode(skill.serializer.serialize(response_envelope))
        return Response(payload, mimetype="application/json")

    @bp.get("/healthz")
    def healthz() -> Response:
        return Response('{"status":"ok"}', mimetype="application/json")

    return bp


def pages_blueprint(pages: Pages) -> Blueprint:
    """``GET /privacy`` and ``GET /terms``: the URLs the skill's manifest gives Amazon."""
    bp = Blueprint("pages", __name__)

    @bp.get("/<any(privacy, terms):name>")
    def page(name: str) -> Response:
        return Response(pages[name], mimetype="text/html")

    return bp


class MissingSkillId(RuntimeError):
    """Signature checks are on but ALEXA_SKILL_ID is unset: refuse to start."""


def create_app(
    verifier: Verifier | None = None,
    skill: CustomSkill | None = None,
    test_config: Mapping[str, Any] | None = None,
    require_skill_id: bool = True,
) -> Flask:
    """The Flask app; tests pass their own verifier, skill or config.

    With signature checks on, a missing ``ALEXA_SKILL_ID`` stops the app from starting,
    unless ``require_skill_id`` is false (``python -m skill``, for local use).
    """
    app = Flask(__name__)
    app.config.from_mapping(
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
        VERIFY_SIGNATURE=env_flag("ASK_SDK_VERIFY_SIGNATURE"),
        VERIFY_TIMESTAMP=env_flag("ASK_SDK_VERIFY_TIMESTAMP"),
        ALEXA_SKILL_ID=os.environ.get("ALEXA_SKILL_ID", "").strip() or None,
        CONTACT=os.environ.get("SKILL_CONTACT", "").strip() or DEFAULT_CONTACT,
    )
    if test_config is not None:
        app.config.from_mapping(test_config)
    if app.config["ALEXA_SKILL_ID"] is None and app.config["VERIFY_SIGNATURE"]:
        if require_skill_id:
            raise MissingSkillId(
                "ALEXA_SKILL_ID is not set: set it to the skill's ID (developer console, Build, Endpoint) "
                "so that requests for other skills are refused"
            )
        log.warning("ALEXA_SKILL_ID is not set: requests for any skill are answered. Set it in production.")

    if verifier is None:
        for check in ("SIGNATURE", "TIMESTAMP"):
            if not app.config[f"VERIFY_{check}"]:
                log.warning(
                    "!!! Alexa request %s verification is OFF (ASK_SDK_VERIFY_%s=false). "
                    "Anyone can call this endpoint. Never run it like this in production. !!!",
                    check.lower(),
                    check,
                )
        verifier = RequestVerifier(
            check_signature=app.config["VERIFY_SIGNATURE"],
            check_timestamp=app.config["VERIFY_TIMESTAMP"],
        )
    if skill is None:
        skill = build_skill_builder(app.config["ALEXA_SKILL_ID"]).create()

    app.register_blueprint(alexa_blueprint(skill, verifier))
    app.register_blueprint(pages_blueprint(Pages(app.config["CONTACT"])))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        return _refuse(error.code or 400, error.name)

    return app
