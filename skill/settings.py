"""The skill's configuration: the one module that reads the environment.

``Settings.from_environ()`` reads every variable the README's "Configuration" table names,
checks them all, and raises ``BadSettings`` with one line per problem; the entry points
(``python -m skill``, ``skill.web.serve``, ``skill.web.gunicorn_conf``, the Lambda function)
call it once at start-up and pass the result in. Standard library only: the Lambda function
imports it too.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

SKILL_ID_VARIABLE = "ALEXA_SKILL_ID"
MISSING_SKILL_ID = (
    f"{SKILL_ID_VARIABLE} is not set: set it to the skill's ID (developer console, Build, Endpoint) "
    "so that requests for other skills are refused"
)
# What the developer console prints: amzn1.ask.skill. and a UUID. The README's `amzn1.ask.skill....` is not one.
SKILL_ID_SHAPE = re.compile(r"amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_FALSE = {"false", "0", "no", "off"}
_TRUE = {"true", "1", "yes", "on"}


class BadSettings(ValueError):
    """The environment cannot be served with: one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class MissingSkillId(BadSettings):
    """Signature checks are on but ALEXA_SKILL_ID is unset (among the problems): refuse to start."""


def placeholder_skill_id_problem(skill_id: str | None) -> str | None:
    """Why ``skill_id`` cannot go into a package (unset, or a placeholder), or None."""
    if not skill_id:
        return MISSING_SKILL_ID
    if not SKILL_ID_SHAPE.fullmatch(skill_id):
        return (
            f"{SKILL_ID_VARIABLE}={skill_id!r} is a placeholder, not a skill ID: use the one the developer console "
            "(Build, Endpoint) or `ask smapi create-skill-for-vendor` prints, amzn1.ask.skill. and a UUID"
        )
    return None


@dataclass(frozen=True)
class Settings:
    """Everything the skill's servers are configured with; the defaults are the safe ones."""

    host: str = "127.0.0.1"
    port: int = 5000
    verify_signature: bool = True  # ASK_SDK_VERIFY_SIGNATURE
    verify_timestamp: bool = True  # ASK_SDK_VERIFY_TIMESTAMP
    skill_id: str | None = None  # ALEXA_SKILL_ID
    cert_chain_url: str | None = None  # ALEXA_CERT_CHAIN_URL; None: verification.ALEXA_CHAIN_URL
    cert_chain_dir: str | None = None  # CERT_CHAIN_DIR, made per server by serve.py and gunicorn_conf
    contact: str | None = None  # SKILL_CONTACT; None: pages.DEFAULT_CONTACT
    body_deadline_seconds: float = 10.0  # BODY_DEADLINE_SECONDS
    web_concurrency: int = 2  # WEB_CONCURRENCY
    worker_connections: int = 1000  # WORKER_CONNECTIONS
    blocking_threads: int | None = None  # BLOCKING_THREADS; None: serve.py's default
    access_log: bool = False  # ACCESS_LOG
    problems: tuple[str, ...] = field(default=(), compare=False)  # found while reading, for check()

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings in ``environ`` (default: this process's); malformed values are kept as problems."""
        reader = _Reader(os.environ if environ is None else environ)
        return cls(
            host=reader.text("HOST") or "127.0.0.1",
            port=reader.number("PORT", 5000, 1, 65535),
            verify_signature=reader.flag("ASK_SDK_VERIFY_SIGNATURE", True),
            verify_timestamp=reader.flag("ASK_SDK_VERIFY_TIMESTAMP", True),
            skill_id=reader.text(SKILL_ID_VARIABLE),
            cert_chain_url=reader.text("ALEXA_CERT_CHAIN_URL"),
            cert_chain_dir=reader.text("CERT_CHAIN_DIR"),
            contact=reader.text("SKILL_CONTACT"),
            body_deadline_seconds=reader.seconds("BODY_DEADLINE_SECONDS", 10.0),
            web_concurrency=reader.number("WEB_CONCURRENCY", 2, 1, 512),
            worker_connections=reader.number("WORKER_CONNECTIONS", 1000, 1, 1_000_000),
            blocking_threads=reader.number("BLOCKING_THREADS", 0, 1, 512) or None,
            access_log=reader.flag("ACCESS_LOG", False),
            problems=tuple(reader.problems),
        )

    def check(self, require_skill_id: bool = True) -> Settings:
        """These settings, or BadSettings with every problem: malformed values, and no skill ID while
        signatures are checked (unless ``require_skill_id`` is false: ``python -m skill``, for local use)."""
        problems = list(self.problems)
        if require_skill_id and self.verify_signature and not self.skill_id:
            problems.append(MISSING_SKILL_ID)
        if MISSING_SKILL_ID in problems:
            raise MissingSkillId(problems)
        if problems:
            raise BadSettings(problems)
        return self


class _Reader:
    """Reads variables, keeping a problem for each malformed one (and its default in its place)."""

    def __init__(self, environ: Mapping[str, str]) -> None:
        self.environ = environ
        self.problems: list[str] = []

    def text(self, name: str) -> str | None:
        return self.environ.get(name, "").strip() or None

    def flag(self, name: str, default: bool) -> bool:
        value = (self.text(name) or "").lower()
        if not value:
            return default
        if value not in _TRUE | _FALSE:
            self.problems.append(f"{name}={value!r} is not true or false")
            return default
        return value in _TRUE

    def number(self, name: str, default: int, least: int, most: int) -> int:
        value = self.text(name)
        if value is None:
            return default
        if not value.isdigit() or not least <= int(value) <= most:
            self.problems.append(f"{name}={value!r} is not a whole number from {least} to {most}")
            return default
        return int(value)

    def seconds(self, name: str, default: float) -> float:
        value = self.text(name)
        if value is None:
            return default
        try:
            seconds = float(value)
        except ValueError:
            seconds = -1.0
        if not 0 < seconds <= 300:
            self.problems.append(f"{name}={value!r} is not a number of seconds from 0 to 300")
            return default
        return seconds
