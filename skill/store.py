"""Where an interrupted check's position is kept, through ask-sdk's persistence-adapter interface.

Chosen by ``SKILL_STORE_URL``:

- ``sqlite:///path/to/file.db``: an embedded file, for one host (WAL mode, so several
  gunicorn workers can share it). The default is ``skill-store.db`` in the working folder.
- ``dynamodb://TABLE``: a DynamoDB table (on Lambda; serverless.yml creates it), through
  ``ask-sdk-dynamodb-persistence-adapter`` (``skill.store_dynamodb``); items carry a TTL
  attribute ``expires_at``.

What is kept is only what ``skill.progress`` saves (the pending question's id), keyed by
a SHA-256 hash of the Alexa user ID, and only for ``MAX_AGE``: an older entry reads as
nothing and is deleted. Adapters are built lazily, so importing this costs nothing.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_model.request_envelope import RequestEnvelope

from skill.clock import Clock, utc_now

if TYPE_CHECKING:
    import sqlite3

log = logging.getLogger(__name__)

MAX_AGE = timedelta(minutes=30)
DEFAULT_STORE_URL = "sqlite:///" + os.path.join(os.getcwd(), "skill-store.db")


def user_key(request_envelope: RequestEnvelope) -> str:
    """The storage key: a hash of the Alexa user ID, so the ID itself is never stored."""
    system = request_envelope.context.system if request_envelope.context is not None else None
    user_id = system.user.user_id if system is not None and system.user is not None else None
    if not user_id:
        raise ValueError("the request names no user")
    import hashlib  # here, not at import: every import counts on a Lambda cold start

    return hashlib.sha256(user_id.encode()).hexdigest()


def _epoch(moment: datetime) -> int:
    return int(moment.timestamp())


class SqliteAdapter(AbstractPersistenceAdapter):
    """Persistent attributes in one SQLite file; entries older than ``max_age`` are gone."""

    def __init__(self, path: str, clock: Clock = utc_now, max_age: timedelta = MAX_AGE) -> None:
        self.path = path
        self.clock = clock
        self.max_age = max_age
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS progress ("
                " user_key TEXT PRIMARY KEY, attributes TEXT NOT NULL, expires_at INTEGER NOT NULL)"
            )

    def _connect(self) -> sqlite3.Connection:
        # One short-lived connection per call: safe across threads and worker processes.
        import sqlite3  # here, not at import: only a store that is used needs it

        return sqlite3.connect(self.path, timeout=2.0, isolation_level=None)

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, Any]:
        key = user_key(request_envelope)
        with self._connect() as db:
            row = db.execute("SELECT attributes, expires_at FROM progress WHERE user_key = ?", (key,)).fetchone()
            if row is None:
                return {}
            if row[1] <= _epoch(self.clock()):
                db.execute("DELETE FROM progress WHERE user_key = ?", (key,))
                return {}
        attributes = json.loads(row[0])
        return attributes if isinstance(attributes, dict) else {}

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict[str, Any]) -> None:
        key = user_key(request_envelope)
        now = self.clock()
        with self._connect() as db:
            db.execute("DELETE FROM progress WHERE expires_at <= ?", (_epoch(now),))  # nobody's stale entries linger
            db.execute(
                "INSERT OR REPLACE INTO progress (user_key, attributes, expires_at) VALUES (?, ?, ?)",
                (key, json.dumps(attributes), _epoch(now + self.max_age)),
            )

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        with self._connect() as db:
            db.execute("DELETE FROM progress WHERE user_key = ?", (user_key(request_envelope),))


class LazyAdapter(AbstractPersistenceAdapter):
    """Builds the real adapter on first use, so start-up (and Lambda cold start) does no I/O."""

    def __init__(self, build: Callable[[], AbstractPersistenceAdapter]) -> None:
        self._build = build
        self._adapter: AbstractPersistenceAdapter | None = None

    def _real(self) -> AbstractPersistenceAdapter:
        if self._adapter is None:
            self._adapter = self._build()
        return self._adapter

    def get_attributes(self, request_envelope: RequestEnvelope) -> dict[str, Any]:
        attributes: dict[str, Any] = self._real().get_attributes(request_envelope)
        return attributes

    def save_attributes(self, request_envelope: RequestEnvelope, attributes: dict[str, Any]) -> None:
        self._real().save_attributes(request_envelope, attributes)

    def delete_attributes(self, request_envelope: RequestEnvelope) -> None:
        self._real().delete_attributes(request_envelope)


def store_from_url(url: str, clock: Clock = utc_now) -> AbstractPersistenceAdapter:
    """The adapter ``url`` names (built on first use); ValueError for one it does not."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite" and parts.path:
        return LazyAdapter(lambda: SqliteAdapter(parts.path, clock))
    if parts.scheme == "dynamodb" and parts.netloc:

        def dynamodb() -> AbstractPersistenceAdapter:
            from skill.store_dynamodb import ExpiringDynamoDbAdapter

            return ExpiringDynamoDbAdapter(parts.netloc, clock, MAX_AGE)

        return LazyAdapter(dynamodb)
    raise ValueError(f"SKILL_STORE_URL must be sqlite:///path or dynamodb://TABLE, not {url!r}")


def store_from_environment() -> AbstractPersistenceAdapter | None:
    """The store ``SKILL_STORE_URL`` names; None (no resuming) if it is not valid."""
    try:
        return store_from_url(os.environ.get("SKILL_STORE_URL") or DEFAULT_STORE_URL)
    except ValueError as error:
        log.error("no store, so interrupted checks cannot be resumed: %s", error)
        return None
