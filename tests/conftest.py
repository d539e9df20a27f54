from __future__ import annotations

import pytest

from skill.alexa import build_skill_builder
from tests.alexa import Alexa, Handler


@pytest.fixture(scope="session")
def handler() -> Handler:
    """The Lambda handler, as skill.lambda_function builds it (no skill ID check)."""
    return build_skill_builder().lambda_handler()


@pytest.fixture
def alexa(handler: Handler) -> Alexa:
    return Alexa(handler)
