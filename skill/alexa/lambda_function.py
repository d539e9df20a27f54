"""AWS Lambda entry point: ``skill.alexa.lambda_function.handler``.

``ALEXA_SKILL_ID`` must be set: the skill then refuses requests for any other skill.
Without it every request is refused, with one log line naming the variable, so a
function deployed without it cannot answer anyone's requests by mistake.

An event that is not an Alexa request (``{}``, ``None``, a string, nesting too deep, a
request for another skill) is refused with one log line that says why and quotes
nothing from the event, and an error whose message quotes nothing either.
"""

from __future__ import annotations

import logging
from typing import Any, cast

from skill.alexa.assembly import build_skill
from skill.alexa.envelope import BadEnvelope, read_envelope
from skill.settings import MISSING_SKILL_ID, SKILL_ID_VARIABLE, MissingSkillId, Settings

log = logging.getLogger(__name__)


class RefusedEvent(RuntimeError):
    """The event is not an Alexa request for this skill; the message says why, quoting nothing."""


def _refuse_every_request(event: Any, context: Any) -> dict[str, Any]:
    log.error("refused request: %s", MISSING_SKILL_ID)
    raise MissingSkillId([f"{SKILL_ID_VARIABLE} is not set"])


def _refuse(reason: str) -> RefusedEvent:
    log.error("refused event: %s", reason)
    return RefusedEvent(reason)


def build_handler(skill_id: str | None) -> Any:
    """The Lambda handler for ``skill_id``; without one, a handler that refuses every request.

    The skill is built once, not per invocation, and reads events with the same strict
    parser and checks as the web endpoint (``skill.alexa.envelope``).
    """
    if not skill_id:
        return _refuse_every_request
    skill = build_skill()  # the skill ID is checked once, by read_envelope

    def handler(event: Any, context: Any) -> dict[str, Any]:
        try:
            if not isinstance(event, dict):
                raise _refuse("event is not a JSON object")
            try:
                envelope = read_envelope(skill.serializer, event, skill_id)
            except BadEnvelope as refusal:
                raise _refuse(str(refusal)) from None
            return cast(dict[str, Any], skill.serializer.serialize(skill.invoke(envelope.request_envelope, context)))
        except RefusedEvent:
            raise
        except Exception as error:
            raise _refuse(f"the skill could not handle it ({type(error).__name__})") from None

    return handler


handler = build_handler(Settings.from_environ().skill_id)
