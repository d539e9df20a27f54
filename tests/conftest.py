from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from skill.alexa import build_skill_builder
from skill.app import create_app
from skill.verification import RequestVerifier
from tests.alexa import SKILL_ID, Alexa, Handler
from tests.certs import CHAIN_URL, NOW, LocalCA, body_of, signed_headers


@pytest.fixture(scope="session")
def handler() -> Handler:
    """The Lambda handler, as skill.lambda_function builds it (no skill ID check)."""
    return build_skill_builder().lambda_handler()


@pytest.fixture
def alexa(handler: Handler) -> Alexa:
    return Alexa(handler)


@pytest.fixture(scope="session")
def ca() -> LocalCA:
    """A certificate authority standing in for Amazon's (key generation is slow: made once)."""
    return LocalCA()


def local_verifier(ca: LocalCA, **options: Any) -> RequestVerifier:
    """The real verifier, trusting only the local CA and fetching its chain from memory."""
    chain = ca.chain()
    return RequestVerifier([ca.root], lambda url: chain, lambda: NOW, **options)


@pytest.fixture
def app(ca: LocalCA) -> Flask:
    return create_app(verifier=local_verifier(ca), test_config={"TESTING": True, "ALEXA_SKILL_ID": SKILL_ID})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def signed_post(ca: LocalCA, post: Callable[..., Any], chain_url: str = CHAIN_URL) -> Handler:
    """A handler that sends each envelope to the endpoint as Alexa would: signed, over HTTP."""

    def send(env: dict[str, Any], context: Any) -> dict[str, Any]:
        body = body_of(env, NOW)
        response = post(body, signed_headers(body, ca.signing_key, chain_url))
        assert response[0] == 200, response
        result: dict[str, Any] = json.loads(response[1])
        return result

    return send


@pytest.fixture
def web_alexa(client: FlaskClient, ca: LocalCA) -> Alexa:
    def post(body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        response = client.post("/alexa", data=body, headers=headers)
        return response.status_code, response.data

    return Alexa(signed_post(ca, post))
