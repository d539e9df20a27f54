"""Reading a request body into ask-sdk's ``RequestEnvelope``, refusing what Alexa would never send.

The body is parsed once (strict JSON), checked as it is (``check_raw``: the skill ID and
the session attributes' size and depth, before any model is built or copied), then
read by the skill's serializer (``skill.alexa.serializer``), whose refusals are our own
types with fixed reasons; any other error of ask-sdk's becomes a
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

from skill.alexa.serializer import StrictSerializer, Unreadable, parse_json


class BadEnvelope(ValueError):
    """The body is not an Alexa request envelope; the message says why (no body content)."""


MAX_ATTRIBUTE_DEPTH = 32  # the skill's own attributes are 3 deep; a handler that read them would copy them recursively
# The skill's own are under 600 bytes (with every answer given); room for fields to come
# (an age, a few more answers). The session check reads them whole on every request: refused before that.
MAX_ATTRIBUTE_BYTES = 4096
MAX_JSON_CONTAINERS = 2048  # Alexa's requests hold a few dozen objects and arrays (more with a screen)


def _deserialize(serializer: DefaultSerializer, data: Mapping[str, Any]) -> RequestEnvelope | None:
    assert isinstance(serializer, StrictSerializer), "the skill reads requests with its strict serializer"
    try:
        envelope: RequestEnvelope | None = serializer.deserialize_data(data, RequestEnvelope)
    except Unreadable as refusal:
        raise BadEnvelope(str(refusal)) from None
    except (SerializationException, TypeError, ValueError, AttributeError):
        raise BadEnvelope("body is not an Alexa request envelope") from None
    return envelope


def _parse(body: bytes) -> Any:
    # Parsing costs by the object and array, not the byte: a body of tiny arrays costs 20 times a
    # turn to parse. Counting brackets (in strings too) costs a scan of the bytes.
    _require(
        body.count(b"[") + body.count(b"{") <= MAX_JSON_CONTAINERS,
        f"body has more than {MAX_JSON_CONTAINERS} JSON objects and arrays",
    )
    try:
        return parse_json(body.decode())
    except UnicodeDecodeError:
        raise BadEnvelope("body is not UTF-8") from None
    except Unreadable as refusal:
        raise BadEnvelope(str(refusal)) from None


def _field(data: Any, *path: str) -> Any:
    for key in path:
        data = data.get(key) if isinstance(data, dict) else None
    return data


_ATTRIBUTES_TOO_LARGE = f"session.attributes are larger than {MAX_ATTRIBUTE_BYTES} bytes"
_ATTRIBUTES_TOO_DEEP = "session.attributes are nested too deeply"


def _check_attributes(attributes: Any) -> None:
    """Their JSON size (about: escapes aside) and depth, walked a level at a time without recursion,
    stopping at the limits. (The messages are made once: this runs on every request.)"""
    size, level, depth = 0, [attributes], 1
    while level:
        below: list[Any] = []
        for value in level:
            kind = type(value)
            if kind is str:
                size += len(value)
            elif kind is list or kind is dict or isinstance(value, (dict, list)):
                if depth > MAX_ATTRIBUTE_DEPTH:
                    raise BadEnvelope(_ATTRIBUTES_TOO_DEEP)
                size += 2 + 4 * len(value)  # brackets, separators and quotes: counted before the items are
                if size > MAX_ATTRIBUTE_BYTES:
                    raise BadEnvelope(_ATTRIBUTES_TOO_LARGE)
                if isinstance(value, dict):
                    size += sum(len(key) if isinstance(key, str) else 8 for key in value)
                    below.extend(value.values())
                else:
                    below.extend(value)
            elif isinstance(value, str):
                size += len(value)
            elif isinstance(value, int):
                size += value.bit_length() // 3 + 1
            else:
                size += 8
        if size > MAX_ATTRIBUTE_BYTES:  # a level holds at most what its containers' lengths allowed
            raise BadEnvelope(_ATTRIBUTES_TOO_LARGE)
        level, depth = below, depth + 1


def check_raw(data: Any, skill_id: str | None) -> None:
    """What can be refused on the parsed JSON, before any model is built or anything copied:
    another skill's request (by the one field ask-sdk reads it from), oversized or deep attributes."""
    _require(isinstance(data, dict), "body must be a JSON object")
    if skill_id is not None:
        application_id = _field(data, "context", "System", "application", "applicationId")
        _require(isinstance(application_id, str), "context.System.application.applicationId must be a string")
        _require(application_id == skill_id, "request is for another skill")
    attributes = _field(data, "session", "attributes")
    if attributes is not None:
        _require(isinstance(attributes, dict), "session.attributes must be an object")
        _check_attributes(attributes)


def _require(condition: bool, reason: str) -> None:
    if not condition:
        raise BadEnvelope(reason)


class Envelope(NamedTuple):
    request_envelope: RequestEnvelope
    timestamp: datetime  # request.timestamp, for the verifier
    request_type: str


def read_envelope(
    serializer: DefaultSerializer, body: bytes | Mapping[str, Any], skill_id: str | None = None
) -> Envelope:
    """The request envelope in ``body`` (bytes from the web, or a Lambda event already parsed),
    or BadEnvelope naming what is wrong. With ``skill_id``, another skill's request is refused
    on the parsed JSON, before any model is built."""
    data = body if isinstance(body, Mapping) else _parse(body)
    check_raw(data, skill_id)
    envelope = _deserialize(serializer, data)
    try:
        return _checked(envelope)
    except (AttributeError, TypeError):  # a field of the wrong type where a model was expected
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
    return Envelope(envelope, timestamp, str(request.object_type))
