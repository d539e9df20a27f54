"""The web service's application factory (as in Flask's tutorial): ``create_app()``.

The configuration is a ``skill.settings.Settings`` (read from the environment unless one is
passed in), turned into Flask's config; a test's ``test_config`` overrides it. The factory
checks it once, chooses the collaborators (the verifier, the skill, the pages) unless they are
passed in, and wires them into the endpoint (``skill.web.endpoint``). ``skill.web.guard`` wraps
the app: chunked bodies (411) and oversized ones (413) are refused before a byte is read, and
every response carries the security headers.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from ask_sdk_core.skill import CustomSkill
from flask import Flask, Response
from werkzeug.exceptions import HTTPException

from skill.alexa.assembly import build_skill
from skill.settings import BadSettings, MissingSkillId, Settings
from skill.web.endpoint import (
    BODY_BUDGET_BYTES,
    MAX_BODY_BYTES,
    BodyBudget,
    Refusal,
    body_deadline_factory,
    pages_blueprint,
    refuse,
    skill_endpoint_blueprint,
)
from skill.web.guard import Guard
from skill.web.pages import DEFAULT_CONTACT, Pages
from skill.web.verification import (
    ALEXA_CHAIN_URL,
    FETCH_WAITERS,
    ChainStore,
    RequestVerifier,
    VerificationError,
    Verifier,
)

__all__ = ["MAX_BODY_BYTES", "BadChainUrl", "BadSettings", "BodyBudget", "MissingSkillId", "Refusal", "create_app"]

log = logging.getLogger(__name__)


class BadChainUrl(BadSettings):
    """ALEXA_CERT_CHAIN_URL is not a URL Alexa could name: refuse to start."""


def flask_config(settings: Settings) -> dict[str, Any]:
    """The settings the app uses, under the names a test's ``test_config`` overrides."""
    return {
        "MAX_CONTENT_LENGTH": MAX_BODY_BYTES,
        "PROVIDE_AUTOMATIC_OPTIONS": False,  # OPTIONS is 405 like any other method a route does not take
        "VERIFY_SIGNATURE": settings.verify_signature,
        "VERIFY_TIMESTAMP": settings.verify_timestamp,
        "ALEXA_SKILL_ID": settings.skill_id,
        "CONTACT": settings.contact or DEFAULT_CONTACT,
        "BODY_DEADLINE_SECONDS": settings.body_deadline_seconds,
        "BODY_BUDGET_BYTES": BODY_BUDGET_BYTES,
        "ALEXA_CERT_CHAIN_URL": settings.cert_chain_url or ALEXA_CHAIN_URL,
        "CERT_CHAIN_DIR": settings.cert_chain_dir,
    }


def create_app(
    verifier: Verifier | None = None,
    skill: CustomSkill | None = None,
    test_config: Mapping[str, Any] | None = None,
    require_skill_id: bool = True,
    settings: Settings | None = None,
) -> Flask:
    """The Flask app; tests pass their own verifier, skill, settings or config.

    Any problem with the settings stops the app from starting (``BadSettings``, one line per
    problem); so does a missing ``ALEXA_SKILL_ID`` while signatures are checked
    (``MissingSkillId``), unless ``require_skill_id`` is false (``python -m skill``, for local use).
    """
    settings = settings or Settings.from_environ()
    app = Flask(__name__)
    app.config.from_mapping(flask_config(settings))
    if test_config is not None:
        app.config.from_mapping(test_config)
    replace(
        settings, skill_id=app.config["ALEXA_SKILL_ID"] or None, verify_signature=app.config["VERIFY_SIGNATURE"]
    ).check(require_skill_id)
    if app.config["ALEXA_SKILL_ID"] is None and app.config["VERIFY_SIGNATURE"]:
        log.warning("ALEXA_SKILL_ID is not set: requests for any skill are answered. Set it in production.")
    verifier = verifier or _verifier(app.config)
    # The skill ID is checked once a request, by the endpoint's parse (skill.alexa.envelope).
    skill = skill or build_skill()
    deadline = body_deadline_factory(app.config["BODY_DEADLINE_SECONDS"])
    budget = BodyBudget(app.config["BODY_BUDGET_BYTES"])
    app.register_blueprint(skill_endpoint_blueprint(skill, verifier, app.config["ALEXA_SKILL_ID"], deadline, budget))
    app.register_blueprint(pages_blueprint(Pages(app.config["CONTACT"])))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        methods = getattr(error, "valid_methods", None)  # a 405 says what is allowed, in a stable order
        return refuse(error.code or 400, error.name, [("Allow", ", ".join(sorted(methods)))] if methods else [])

    app.wsgi_app = Guard(app.wsgi_app, MAX_BODY_BYTES)  # type: ignore[method-assign]
    return app


def _verifier(config: Mapping[str, Any]) -> Verifier:
    """The verifier the settings ask for, warning loudly for each check turned off."""
    for check in ("SIGNATURE", "TIMESTAMP"):
        if not config[f"VERIFY_{check}"]:
            log.warning(
                "!!! Alexa request %s verification is OFF (ASK_SDK_VERIFY_%s=false). "
                "Anyone can call this endpoint. Never run it like this in production. !!!",
                check.lower(),
                check,
            )
    chain_dir = config["CERT_CHAIN_DIR"]
    try:
        return RequestVerifier(
            check_signature=config["VERIFY_SIGNATURE"],
            check_timestamp=config["VERIFY_TIMESTAMP"],
            chain_store=ChainStore(Path(chain_dir)) if chain_dir else None,
            expected_chain_url=config["ALEXA_CERT_CHAIN_URL"],
            fetch_waiters=FETCH_WAITERS,
        )
    except VerificationError as problem:
        raise BadChainUrl([f"ALEXA_CERT_CHAIN_URL is not a chain URL Alexa could name: {problem}"]) from None
