"""What a person installs works as the README says, from a fresh clone.

The README's first command makes a virtual environment from requirements.txt alone and
serves the skill; the README's production command runs in that same environment; and the
wheel, installed there, gives the skill's command, which works from any folder. Needs pip to reach
a package index (or its cache): skipped, saying so, when the index cannot be reached.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import readme
from tests.support.servers import free_port, request, wait_until_healthy

ROOT = Path(__file__).parents[2]
NETWORK_ERRORS = (
    "NewConnectionError",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "ProxyError",
    "Max retries exceeded",
)
SETUP = readme.command("pip install -r requirements.txt &&")  # the README's first command
PRODUCTION = readme.command("-m skill.web.serve")  # the README's production command (behind the TLS proxy)
EXPOSED = readme.command("bin/gunicorn ")  # the README's command for a service exposed with no proxy


def clone(to: Path) -> Path:
    """The checkout's files as a clone would have them (tracked and new, not ignored): no .venv."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        if (ROOT / name).is_file():
            (to / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, to / name)
    return to


def clean_environment(**extra: str) -> dict[str, str]:
    """This process's environment without the test run's Python, skill and request-check settings."""
    dropped = ("PYTHON", "VIRTUAL_ENV", "ALEXA_", "ASK_SDK_", "HOST", "PORT", "COV_", "COVERAGE_")
    return {k: v for k, v in os.environ.items() if not k.startswith(dropped)} | extra


def stop(process: subprocess.Popen[bytes]) -> str:
    """End the command's whole process group; what it printed."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
    return process.communicate(timeout=60)[0].decode(errors="replace")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh clone in which the README's first command has run: .venv from requirements.txt, serving."""
    checkout = clone(tmp_path_factory.mktemp("fresh") / "back-pain-check")
    port = free_port()
    process = subprocess.Popen(
        ["bash", "-c", SETUP],
        cwd=checkout,
        env=clean_environment(PORT=str(port)),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    address = ("127.0.0.1", port)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if request(address, "GET", "/healthz")[0] == 200:
                break
        except OSError:
            time.sleep(0.5)
    try:
        assert process.poll() is None, "the README's first command ended"
        assert request(address, "GET", "/privacy")[0] == 200
    except (AssertionError, OSError):
        output = stop(process)
        if any(error in output for error in NETWORK_ERRORS):
            pytest.skip("pip could not reach a package index:\n" + output[-1000:])
        raise AssertionError(output[-3000:]) from None
    output = stop(process)
    assert "ALEXA_SKILL_ID is not set" in output  # local use: a warning, and it serves
    yield checkout


def run_and_check(command: str, fresh: Path) -> str:
    """Run a README server command in the fresh clone, check it serves, and return what it printed."""
    port = free_port()
    process = subprocess.Popen(
        ["bash", "-c", command],
        cwd=fresh,
        env=clean_environment(PORT=str(port)),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    address = ("127.0.0.1", port)
    try:
        wait_until_healthy(address, process)
        status, page = request(address, "GET", "/privacy")
        assert status == 200 and b"keeps nothing about you" in page
        launch = (ROOT / "tests" / "fixtures" / "echo_launch.json").read_bytes()
        status, body = request(address, "POST", "/alexa", launch, {"Content-Type": "application/json"})
        assert status == 400 and "SignatureCertChainUrl" in json.loads(body)["error"]  # unsigned: refused
    finally:
        output = stop(process)
    assert "Traceback" not in output, output[-3000:]
    return output


def test_the_readmes_production_command_runs_in_an_environment_made_from_requirements_txt_alone(
    fresh: Path,
) -> None:
    assert PRODUCTION.endswith(".venv/bin/python -m skill.web.serve")
    output = run_and_check(PRODUCTION, fresh)
    assert "granian" in output.lower(), output[-3000:]


def test_the_readmes_command_without_a_proxy_runs_in_the_same_environment(fresh: Path) -> None:
    assert EXPOSED.endswith('.venv/bin/gunicorn -c python:skill.web.gunicorn_conf "skill.web.app:create_app()"')
    output = run_and_check(EXPOSED, fresh)
    assert "gevent" in output, output[-3000:]


@pytest.fixture(scope="module")
def installed(fresh: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel installed in the fresh clone's .venv, with no other package: its bin folder."""
    wheels = tmp_path_factory.mktemp("wheels")
    command = [sys.executable, "-m", "pip", "wheel", str(fresh), "--no-build-isolation", "--no-deps", "-w", str(wheels)]
    built = subprocess.run(command, cwd=wheels, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    [wheel] = wheels.glob("back_pain_check-*.whl")
    pip = fresh / ".venv" / "bin" / "pip"
    installed = subprocess.run([pip, "install", "--no-deps", "--no-index", wheel], capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    check = subprocess.run([pip, "check"], capture_output=True, text=True)  # requirements.txt had all it needs
    assert check.returncode == 0, check.stdout
    return fresh / ".venv" / "bin"


def run(bin: Path, name: str, *args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bin / name), *args],
        input=stdin,
        cwd=cwd,
        env=clean_environment(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_installed_command_answers_help(installed: Path, tmp_path: Path) -> None:
    result = run(installed, "back-pain-check", "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: back-pain-check") and "--help" in result.stdout


def test_the_installed_package_is_the_skill_alone(installed: Path, tmp_path: Path) -> None:
    """The tools (console, manifest, documents, population model) run from a checkout; a server gets the skill."""
    code = "import importlib.util as u, skill; print(skill.__file__, u.find_spec('tools'))"
    result = run(installed, "python", "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    location, tools = result.stdout.split()
    assert Path(location).parts[-3:] == ("site-packages", "skill", "__init__.py") and tools == "None"
