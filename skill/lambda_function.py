"""AWS Lambda entry point: ``skill.lambda_function.handler``.

``ALEXA_SKILL_ID`` must be set: the skill then refuses requests for any other skill.
Without it every request is refused, with one log line naming the variable, so a
function deployed without it cannot answer anyone's requests by mistake.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from skill.alexa import build_skill_builder

log = logging.getLogger(__name__)

SKILL_ID_VARIABLE = "ALEXA_SKILL_ID"


class MissingSkillId(RuntimeError):
    """The function was deployed without ALEXA_SKILL_ID."""


def _refuse_every_request(event: Any, context: Any) -> dict[str, Any]:
    log.error("refused request: %s is not set; set it to the skill's ID to answer requests", SKILL_ID_VARIABLE)
    raise MissingSkillId(f"{SKILL_ID_VARIABLE} is not set")


def build_handler(skill_id: str | None) -> Any:
    """The Lambda handler for ``skill_id``; without one, a handler that refuses every request."""
    if not skill_id:
        return _refuse_every_request
    return build_skill_builder(skill_id).lambda_handler()


handler = build_handler(os.environ.get(SKILL_ID_VARIABLE, "").strip() or None)
