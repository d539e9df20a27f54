"""The time, as a collaborator: code that needs it takes a ``Clock``, so tests can pass their own."""

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)
