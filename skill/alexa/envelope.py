"""Reading a request body into ask-sdk's ``RequestEnvelope``, refusing what Alexa would never send.

The body is parsed once, by the skill's serializer (``skill.alexa.serializer``), whose
refusals are our own types with fixed reasons; any other error of ask-sdk's becomes a
general reason, as its messages can quote the body, which must never reach a log.
A few fields it lets through empty (a missing ``context`` would only fail deep in the
skill) are checked here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, NamedTuple

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.request_envelope import RequestEnvelope

from skill.alexa.serializer import StrictSerializer, Unreadable


class BadEnvelope(ValueError):
    """The body is not an Alexa request envelope; the message says why (no body content)."""


MAX_ATTRIBUTE_DEPTH = 32  # the skill's own attributes are 3 deep; ask-sdk copies them recursively


def _deserialize(serializer: DefaultSerializer, body: bytes | Mapping[str, Any]) -> RequestEnvelope | None:
    try:
        if isinstance(body, Mapping):
            assert isinstance(serializer, StrictSerializer), "a parsed event needs the skill's strict serializer"
            envelope: RequestEnvelope | None = serializer.deserialize_data(body, RequestEnvelope)
        else:
            envelope = serializer.deserialize(payload=body.decode(), obj_type=RequestEnvelope)
    except UnicodeDecodeError:
        raise BadEnvelope("body is not UTF-8") from None
    except Unreadable as refusal:
        raise BadEnvelope(str(refusal)) from None
    except (SerializationException, TypeError, ValueError, AttributeError):
        raise BadEnvelope("body is not an Alexa request envelope") from None
    return envelope


def _depth(value: object) -> int:
    """How deeply lists and objects nest in ``value``, counted without recursion (stops past the limit)."""
    deepest, level = 0, [value]
    while level and deepest <= MAX_ATTRIBUTE_DEPTH:
        level = [
            child
            for item in level
            if isinstance(item, (dict, list))
            for child in (item.values() if isinstance(item, dict) else item)
        ]
        deepest += 1
    return deepest - 1 if not level else deepest


def _require(condition: bool, reason: str) -> None:
    if not condition:
        raise BadEnvelope(reason)


class Envelope(NamedTuple):
    request_envelope: RequestEnvelope
    timestamp: datetime  # request.timestamp, for the verifier
    request_type: str


def read_envelope(serializer: DefaultSerializer, body: bytes | Mapping[str, Any]) -> Envelope:
    """The request envelope in ``body`` (bytes from the web, or a Lambda event already parsed),
    or BadEnvelope naming what is wrong."""
    envelope = _deserialize(serializer, body)
    try:
        return _checked(envelope)
    except (AttributeError, TypeError):  # e.g. a "__dict__" key wipes a model object's fields
        raise BadEnvelope("body is not an Alexa request envelope") from None


def _checked(envelope: RequestEnvelope | None) -> Envelope:
    _require(isinstance(envelope, RequestEnvelope), "body must be a JSON object")
    assert envelope is not None
    _require(isinstance(envelope.version, str), "version must be a string")
    request = envelope.request
    if request is None:
        raise BadEnvelope("request must be an object")
    _require(isinstance(request.request_id, str), "request.requestId must be a string")
    timestamp = request.timestamp
    if not isinstance(timestamp, datetime):
        raise BadEnvelope("request.timestamp must be a date and time")
    system = envelope.context.system if envelope.context is not None else None
    _require(system is not None, "context.System must be an object")
    application = system.application if system is not None else None
    _require(
        application is not None and isinstance(application.application_id, str),
        "context.System.application.applicationId must be a string",
    )
    session = envelope.session
    if session is not None:
        _require(isinstance(session.new, bool), "session.new must be true or false")
        _require(isinstance(session.session_id, str), "session.sessionId must be a string")
        _require(
            session.attributes is None or isinstance(session.attributes, dict), "session.attributes must be an object"
        )
        _require(_depth(session.attributes) <= MAX_ATTRIBUTE_DEPTH, "session.attributes are nested too deeply")
    return Envelope(envelope, timestamp, str(request.object_type))
