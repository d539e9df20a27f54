"""Every command's --help: it answers at once, starts nothing, and says what the README says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Every command a maintainer runs from a checkout: `python -m <module>` (and deploy/serverless.py, behind npm).
MODULES = [
    "skill",
    "skill.web.serve",
    "tools.console",
    "tools.manifest",
    "tools.documents",
    "tools.transcripts",
    "tools.lengths",
    "tools.translations",
    "tools.safety_case",
    "tools.population",
    "tools.try_production",
    "tools.patients",
    "bench",
]


def help_of(*command: str) -> str:
    env = {key: value for key, value in os.environ.items() if key != "ALEXA_SKILL_ID"} | {"PORT": "1"}
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, *command, "--help"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started < 20, "--help did work it should not"
    assert result.stderr == "", result.stderr  # nothing started, nothing logged
    return result.stdout


@pytest.mark.parametrize("module", MODULES)
def test_every_commands_help_answers_without_starting_anything_and_is_in_the_readme(module: str) -> None:
    text = help_of("-m", module)
    assert text.startswith(f"usage: python -m {module} "), text
    assert f"python -m {module}" in README or f".venv/bin/python -m {module}" in README, f"README never names {module}"


@pytest.mark.parametrize("module", MODULES)
def test_no_help_names_gunicorn_as_the_way_to_run_production(module: str) -> None:
    """Granian behind a proxy (python -m skill.web.serve) is the production default, as the README says."""
    text = " ".join(help_of("-m", module).split())
    assert "run gunicorn" not in text.lower() and "serve it with gunicorn" not in text.lower()
    for named in re.findall(r"python -m ([\w.]+)", text):
        assert named in MODULES, f"{module} --help names python -m {named}, which is not a command here"


def test_the_local_server_points_to_the_production_server_the_readme_deploys() -> None:
    text = " ".join(help_of("-m", "skill").split())
    assert "python -m skill.web.serve" in text and "python -m skill.web.serve" in README


def test_npm_run_packages_help_names_the_skill_id_rule() -> None:
    text = " ".join(help_of(str(ROOT / "deploy" / "serverless.py")).split())
    assert text.startswith("usage: npm run package|deploy --")
    assert "npm run package" in README
