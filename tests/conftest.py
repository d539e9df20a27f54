from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import settings

from skill.alexa.lambda_function import build_handler
from skill.web.app import create_app
from tests.support.certs import LocalCA, local_verifier, signed_post
from tests.support.fake_alexa import SKILL_ID, FakeAlexa, Handler

# The property tests check what the rules decide, not how fast: on a loaded machine (CI runs the whole
# suite on 2 cores) Hypothesis's 200 ms deadline per example only makes them flaky.
settings.register_profile("back-pain-check", deadline=None)
settings.load_profile("back-pain-check")


# The tiers by folder: tests/server/ starts real servers, tests/release/ checks what ships. Marked here, before
# `-m` selects (plain `pytest` leaves both out; pyproject.toml).
TIER_BY_FOLDER = {"server": pytest.mark.server, "release": pytest.mark.release}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        mark = TIER_BY_FOLDER.get(item.path.parent.name)
        if mark is not None:
            item.add_marker(mark)


@pytest.fixture(scope="session")
def handler() -> Handler:
    """The Lambda entry point's handler, as skill.alexa.lambda_function builds it for the fixtures' skill ID."""
    return build_handler(SKILL_ID)


@pytest.fixture
def fake_alexa(handler: Handler) -> FakeAlexa:
    return FakeAlexa(handler)


@pytest.fixture(scope="session")
def ca() -> LocalCA:
    """A certificate authority standing in for Amazon's (key generation is slow: made once)."""
    return LocalCA()


@pytest.fixture
def app(ca: LocalCA) -> Flask:
    return create_app(verifier=local_verifier(ca), test_config={"TESTING": True, "ALEXA_SKILL_ID": SKILL_ID})


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def fake_alexa_over_http(client: FlaskClient, ca: LocalCA) -> FakeAlexa:
    def post(body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
        response = client.post("/alexa", data=body, headers=headers)
        return response.status_code, response.data

    return FakeAlexa(signed_post(ca, post))


@pytest.fixture(scope="session")
def runtime_python(request: pytest.FixtureRequest) -> str:
    """CPython 3.13, the Lambda runtime's (deploy/runtime-python.sh). A first run may build it for
    minutes: its progress goes to the terminal as it happens, not into captured output."""
    script = Path(__file__).parents[1] / "deploy" / "runtime-python.sh"
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        result = subprocess.run(["bash", str(script)], stdout=subprocess.PIPE, text=True, timeout=1800)
    assert result.returncode == 0, "deploy/runtime-python.sh failed (it said why on stderr)"
    return result.stdout.strip().splitlines()[-1]
