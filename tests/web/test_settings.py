"""The settings: read from the environment in one place, every problem named at start-up, the skill ID's
refusal written once."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from skill.settings import MISSING_SKILL_ID, BadSettings, MissingSkillId, Settings, placeholder_skill_id_problem
from tests.support.fake_alexa import SKILL_ID

ROOT = Path(__file__).resolve().parents[2]


def test_the_defaults_are_the_safe_ones() -> None:
    settings = Settings.from_environ({})
    assert (settings.host, settings.port) == ("127.0.0.1", 5000)
    assert settings.verify_signature and settings.verify_timestamp and settings.skill_id is None
    with pytest.raises(MissingSkillId) as refused:
        settings.check()
    assert refused.value.problems == [MISSING_SKILL_ID]
    assert settings.check(require_skill_id=False) is settings


def test_every_variable_of_the_readme_table_is_read() -> None:
    environ = {
        "HOST": "0.0.0.0",
        "PORT": "8080",
        "ASK_SDK_VERIFY_SIGNATURE": "false",
        "ASK_SDK_VERIFY_TIMESTAMP": "off",
        "ALEXA_SKILL_ID": f"  {SKILL_ID} ",
        "ALEXA_CERT_CHAIN_URL": "https://s3.amazonaws.com/echo.api/echo-api-cert-13.pem",
        "SKILL_CONTACT": "help@example.org",
        "WEB_CONCURRENCY": "4",
        "WORKER_CONNECTIONS": "500",
        "BLOCKING_THREADS": "2",
        "ACCESS_LOG": "1",
        "BODY_DEADLINE_SECONDS": "2.5",
    }
    assert Settings.from_environ(environ).check() == Settings(
        host="0.0.0.0",
        port=8080,
        verify_signature=False,
        verify_timestamp=False,
        skill_id=SKILL_ID,
        cert_chain_url="https://s3.amazonaws.com/echo.api/echo-api-cert-13.pem",
        contact="help@example.org",
        web_concurrency=4,
        worker_connections=500,
        blocking_threads=2,
        access_log=True,
        body_deadline_seconds=2.5,
    )


def test_every_problem_is_named_at_once_one_line_each() -> None:
    environ = {"PORT": "eighty", "WEB_CONCURRENCY": "0", "ASK_SDK_VERIFY_TIMESTAMP": "maybe", "ACCESS_LOG": "loud"}
    with pytest.raises(BadSettings) as refused:
        Settings.from_environ(environ).check()
    assert str(refused.value).splitlines() == [
        "PORT='eighty' is not a whole number from 1 to 65535",
        "ASK_SDK_VERIFY_TIMESTAMP='maybe' is not true or false",
        "WEB_CONCURRENCY='0' is not a whole number from 1 to 512",
        "ACCESS_LOG='loud' is not true or false",
        MISSING_SKILL_ID,
    ]


@pytest.mark.parametrize("skill_id", [None, "", "amzn1.ask.skill....", "amzn1.ask.skill.<your-skill-id>"])
def test_a_placeholder_skill_id_is_refused_for_packaging(skill_id: str | None) -> None:
    problem = placeholder_skill_id_problem(skill_id)
    assert problem is not None and problem.startswith("ALEXA_SKILL_ID")
    assert placeholder_skill_id_problem(SKILL_ID) is None


def test_only_the_settings_module_reads_the_environment() -> None:
    """Servers write CERT_CHAIN_DIR for their workers (a write is not a read); nothing else touches it."""
    readers = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "skill").rglob("*.py")
        for line in path.read_text().splitlines()
        if re.search(r"os\.environ|getenv", line) and not re.search(r'os\.environ\["CERT_CHAIN_DIR"\] =', line)
    }
    assert readers == {"skill/settings.py"}


@pytest.mark.parametrize("command", [["-m", "skill"], ["-m", "skill.web.serve"]])
def test_a_server_with_a_bad_setting_says_so_and_does_not_start(command: list[str]) -> None:
    env = {key: value for key, value in os.environ.items() if key != "ALEXA_SKILL_ID"} | {"PORT": "eighty"}
    result = subprocess.run([sys.executable, *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "PORT='eighty' is not a whole number from 1 to 65535" in result.stderr
