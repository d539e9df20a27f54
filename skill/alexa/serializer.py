"""ask-sdk's serializer, reading requests strictly: one parser for the web and Lambda paths.

- Dates and times: ask-sdk reads them with dateutil, which takes "Nov 24 2026 6pm" and
  reads a zone name as UTC. Alexa sends ISO 8601 with ``Z``; anything that is not ISO
  8601 with an explicit UTC offset is refused.
- Refusals are our own exception types with fixed messages (ask-sdk's messages can quote
  the body, which must never reach a log), so callers catch types, never match text.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.request import Request
from ask_sdk_model.request_envelope import RequestEnvelope

_ISO_8601 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})")
_REQUEST_TYPES = frozenset(Request.discriminator_value_class_map)


class Unreadable(SerializationException):
    """A request refused while reading it; the message is fixed and quotes nothing."""


class NotJson(Unreadable):
    def __init__(self) -> None:
        super().__init__("body is not valid JSON")


class UnknownRequestType(Unreadable):
    def __init__(self) -> None:
        super().__init__("unknown request type")


class BadTimestamp(Unreadable):
    def __init__(self) -> None:
        super().__init__("request timestamp is not ISO 8601 with a UTC offset")


def parse_timestamp(text: object) -> datetime:
    """``2026-11-24T18:00:00Z`` or ``...+01:00``; BadTimestamp for anything else."""
    if not isinstance(text, str) or not _ISO_8601.fullmatch(text):
        raise BadTimestamp
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # 2026-02-30 and the like
        raise BadTimestamp from None


class StrictSerializer(DefaultSerializer):
    """DefaultSerializer with our own JSON and request-type checks and a strict date parser."""

    def deserialize(self, payload: str | None, obj_type: Any) -> Any:
        if payload is None:
            return None
        try:
            data = json.loads(payload)
        except (ValueError, RecursionError):
            raise NotJson from None
        return self.deserialize_data(data, obj_type)

    def deserialize_data(self, data: Any, obj_type: Any) -> Any:
        """Like ``deserialize``, from JSON already parsed (a Lambda event arrives as a dict)."""
        if obj_type is RequestEnvelope:
            # Checked here, before ask-sdk, which wraps every error inside a model in a
            # SerializationException of its own (with the error's text).
            request = data.get("request") if isinstance(data, dict) else None
            if isinstance(request, dict):
                kind = request.get("type")
                if kind not in _REQUEST_TYPES:
                    raise UnknownRequestType
                if "timestamp" in request:
                    parse_timestamp(request["timestamp"])
        return self._DefaultSerializer__deserialize(data, obj_type)  # type: ignore[attr-defined]

    def _DefaultSerializer__deserialize_datetime(self, payload: object, obj_type: Any) -> date | datetime:
        # Overrides DefaultSerializer.__deserialize_datetime (a name-mangled private method),
        # the one place ask-sdk turns strings into dates and times.
        parsed = parse_timestamp(payload)
        return parsed.date() if obj_type is date else parsed
