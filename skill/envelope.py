"""A first look at a request body: enough structure to hand it to ask-sdk safely.

ask-sdk's deserializer catches most wrong types, but some (a missing ``context``)
only fail later, deep in the skill; this refuses them up front with a clear reason.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


class BadEnvelope(ValueError):
    """The body is not an Alexa request envelope; the message says why (no body content)."""


_KINDS: dict[type, str] = {dict: "an object", str: "a string", bool: "true or false"}


def _require(mapping: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = mapping.get(key)
    if not isinstance(value, kind):
        raise BadEnvelope(f"{where}{key} must be {_KINDS[kind]}")
    return value


def parse_envelope(body: bytes) -> dict[str, Any]:
    """The parsed envelope, or BadEnvelope naming what is wrong."""
    try:
        envelope = json.loads(body)
    except UnicodeDecodeError:
        raise BadEnvelope("body is not UTF-8") from None
    except ValueError:
        raise BadEnvelope("body is not valid JSON") from None
    if not isinstance(envelope, dict):
        raise BadEnvelope("body must be a JSON object")
    _require(envelope, "version", str, "")
    request = _require(envelope, "request", dict, "")
    _require(request, "type", str, "request.")
    _require(request, "requestId", str, "request.")
    _require(request, "timestamp", str, "request.")
    system = _require(_require(envelope, "context", dict, ""), "System", dict, "context.")
    application = _require(system, "application", dict, "context.System.")
    _require(application, "applicationId", str, "context.System.application.")
    if "session" in envelope:
        session = _require(envelope, "session", dict, "")
        _require(session, "new", bool, "session.")
        _require(session, "sessionId", str, "session.")
        if session.get("attributes") is not None:
            _require(session, "attributes", dict, "session.")
    return envelope
