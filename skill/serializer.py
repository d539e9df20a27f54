"""ask-sdk's serializer, with timestamps read strictly: one parser for the web and Lambda paths.

ask-sdk reads every date and time with dateutil, which takes "Nov 24 2026 6pm" and reads a
zone name as UTC. Alexa sends ISO 8601 with ``Z``; anything that is not ISO 8601 with an
explicit UTC offset is refused here, before the skill or the timestamp check sees it.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer

_ISO_8601 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})")
NOT_ISO_8601 = "timestamp is not ISO 8601 with a UTC offset"


def parse_timestamp(text: object) -> datetime:
    """``2026-11-24T18:00:00Z`` or ``...+01:00``; SerializationException for anything else."""
    if not isinstance(text, str) or not _ISO_8601.fullmatch(text):
        raise SerializationException(NOT_ISO_8601)
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # 2026-02-30 and the like
        raise SerializationException(NOT_ISO_8601) from None


class StrictSerializer(DefaultSerializer):
    """DefaultSerializer, but dates and times must be ISO 8601 with an offset."""

    def _DefaultSerializer__deserialize_datetime(self, payload: object, obj_type: Any) -> date | datetime:
        # Overrides DefaultSerializer.__deserialize_datetime (a name-mangled private method),
        # the one place ask-sdk turns strings into dates and times.
        parsed = parse_timestamp(payload)
        return parsed.date() if obj_type is date else parsed
