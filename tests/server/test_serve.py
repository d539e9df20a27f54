"""The production server behind the proxy (Granian, skill/web/serve.py): the same start-up checks
as gunicorn's config, the guard in front of the app, and one log line a request at most."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

from tests.support.certs import LocalCA, write_ca
from tests.support.servers import free_port, granian, raw_exchange, request
from tests.support.turns import signed_turn

ROOT = Path(__file__).parents[2]


def start(env: dict[str, str], preexec: object = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("ALEXA_", "ASK_SDK_"))}
    full |= {"PORT": str(free_port()), "PYTHONPATH": str(ROOT), **env}
    return subprocess.run(
        [sys.executable, "-m", "skill.web.serve"],
        cwd=ROOT,
        env=full,
        preexec_fn=preexec,  # type: ignore[arg-type]
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_refuses_to_start_without_a_skill_id_in_one_line() -> None:
    result = start({})
    assert result.returncode != 0
    assert "ALEXA_SKILL_ID is not set" in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_it_refuses_to_start_when_the_descriptor_limit_cannot_hold_its_connections() -> None:
    def low_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))

    result = start({"ALEXA_SKILL_ID": "amzn1.ask.skill.x", "WORKER_CONNECTIONS": "1000"}, low_limit)
    assert result.returncode != 0
    [line] = [line for line in result.stderr.splitlines() if "descriptor" in line]
    assert "256" in line and "1000" in line and "WORKER_CONNECTIONS" in line, result.stderr


def requests_logged(log: str) -> list[str]:
    """The log's lines less Granian's own start-up lines (a second worker may say "Started" after the first
    has served a turn, on a loaded machine)."""
    return [line for line in log.splitlines() if "_granian" not in line]


def test_the_guard_answers_in_front_of_the_app_and_a_turn_logs_nothing(tmp_path: Path) -> None:
    ca = LocalCA()
    write_ca(ca, tmp_path / "ca")
    log = tmp_path / "granian.log"
    with granian("tests.support.apps:local_ca_app()", {"LOCAL_CA_DIR": str(tmp_path / "ca")}, log) as address:
        status, headers, body = raw_exchange(
            address, b"POST /alexa HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        assert status == 411 and headers["connection"] == "close" and body.startswith(b'{"error": ')
        assert headers["x-frame-options"] == "DENY"
        before = requests_logged(log.read_text())
        body, signed = signed_turn(ca)
        for _ in range(3):
            assert request(address, "POST", "/alexa", body, signed)[0] == 200
            assert request(address, "GET", "/healthz")[0] == 200
        assert requests_logged(log.read_text()) == before  # the proxy's access line is the one line a request
