"""Every command in the README runs as written, or is checked as far as it can be without an
Amazon or AWS account; a new command block fails here until a test exercises it."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.release import test_install
from tests.support import readme
from tests.support.servers import free_port

ROOT = Path(__file__).parents[2]
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
LOCAL = "python3 -m venv .venv && .venv/bin/pip install -r requirements.txt && .venv/bin/python -m skill"
TESTS = (
    "python3 -m venv .venv && .venv/bin/pip install -r requirements-dev.txt && npm ci"
    ' && .venv/bin/python -m pytest -m "" -n 2 --cov'
)

# Each block, by a phrase only it has, and where it is run.
EXERCISED = {
    "install -r requirements.txt &&": "tests/release/test_install.py (fresh clone) and here",
    "install -r requirements-dev.txt &&": ".ci/run, verbatim (checked here)",
    "pytest -q": "here (collection)",
    "printf 'open back pain check": "here",
    "printf 'ask back pain check": "here",
    "until curl": "here",
    "-m tools.manifest": "here",
    "ask smapi": "here (the files it names)",
    "npm run package --": "tests/release/test_deploy.py, as written",
    "bin/gunicorn": "tests/release/test_install.py, as written",
    "-m skill.web.serve": "tests/release/test_install.py, as written",
    "-m tools.documents": "here",
    "-m tools.try_production": "tests/server/test_try_production.py",
    "-m tools.population": "here",
    "-m tools.patients": "here",
}


def needs_venv() -> None:
    if not VENV_PYTHON.exists():
        pytest.skip("the README's commands run in its .venv (the README's test command makes it)")


def sh(
    command: str, cwd: Path = ROOT, timeout: int = 120, measured: bool = True, **env: str
) -> subprocess.CompletedProcess[str]:
    """``command`` in bash, as a reader would run it; ``measured=False`` leaves coverage out of it (the
    population model under coverage's tracer takes three times as long, and its code is measured in-process
    by tests/core/test_population.py)."""
    unmeasured = () if measured else ("COVERAGE_",)
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("ASK_SDK_", "ALEXA_", *unmeasured))}
    environment |= env
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=environment, capture_output=True, text=True, timeout=timeout
    )


def test_every_command_block_is_exercised_by_a_test() -> None:
    blocks = readme.sh_blocks()
    for block in blocks:
        assert [phrase for phrase in EXERCISED if phrase in block], f"no test runs this README block:\n{block}"
    for phrase in EXERCISED:
        assert [block for block in blocks if phrase in block], f"the README no longer has {phrase!r}"


def test_the_files_and_modules_the_commands_name_exist() -> None:
    text = "".join(readme.sh_blocks())
    paths = set(re.findall(r"(?<![\w/:.-])((?:tests|deploy|docs|skill)/[\w./-]+|requirements[\w-]*\.txt)", text))
    assert {"requirements.txt", "requirements-dev.txt", "tests/fixtures/launch_request.json"} <= paths
    for path in paths:
        assert (ROOT / path).exists(), path
    modules = set(re.findall(r"-m ([\w.]+)", text)) - {"venv", "pytest"}
    assert {
        "skill",
        "tools.console",
        "tools.manifest",
        "tools.documents",
        "tools.population",
        "tools.try_production",
        "tools.patients",
    } <= modules
    for module in modules:
        assert importlib.util.find_spec(module) is not None, module


def test_the_two_commands_are_as_they_were_and_ci_runs_the_second_as_written() -> None:
    assert readme.command("install -r requirements.txt &&") == LOCAL == test_install.SETUP
    assert readme.command("install -r requirements-dev.txt &&") == TESTS
    assert TESTS in (ROOT / ".ci" / "run").read_text().splitlines()


def test_the_fast_tier_collects_tests_and_leaves_the_slow_ones_out() -> None:
    needs_venv()
    result = sh(readme.command("pytest -q") + " --collect-only")
    assert result.returncode == 0, result.stdout[-2000:]
    assert re.search(r"\d+/\d+ tests collected \(\d+ deselected\)", result.stdout), result.stdout[-500:]


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        (
            "printf 'open back pain check",
            "Call 911 now, or go to the emergency room. This is because of chest pain since yesterday.",
        ),
        ("printf 'ask back pain check", "Alexa: 50, thanks. This is general information, not a diagnosis."),
    ],
)
def test_the_console_examples_run_as_written(phrase: str, said: str) -> None:
    needs_venv()
    result = sh(readme.command(phrase))
    assert result.returncode == 0, result.stderr
    assert said in result.stdout
    assert "Alexa: If this is an emergency, call" in result.stdout


def test_the_by_hand_example_waits_for_the_server_then_gets_the_welcome() -> None:
    """As written, but on a free port rather than 5000 (which something else may hold)."""
    needs_venv()
    port = str(free_port())
    block = readme.block("until curl").replace("localhost:5000", f"localhost:{port}")
    result = sh(block, PORT=port)
    assert result.returncode == 0, result.stderr[-2000:]
    reply = json.loads(result.stdout.splitlines()[-1])  # after the server's own start-up lines
    assert "Back Pain Check asks up to" in reply["response"]["outputSpeech"]["ssml"]


def test_the_manifest_command_writes_the_files_the_ask_cli_steps_name(tmp_path: Path) -> None:
    needs_venv()
    for name in (".venv", "skill", "tools", "interaction_model"):  # the checkout, but writing into tmp_path
        (tmp_path / name).symlink_to(ROOT / name)
    result = sh(readme.command("-m tools.manifest"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    ask = readme.block("ask smapi")
    named = re.findall(r'"file:([^"]+)"', ask)
    assert named and all((tmp_path / path).is_file() for path in named), named
    for line in ask.splitlines():
        assert line.startswith("ask smapi "), line


@pytest.mark.slow
def test_the_documents_command_regenerates_the_committed_documents_unchanged() -> None:
    """The README's one command after a wording change, with --write: on the committed sources it writes
    nothing new (every generated document is current), and says so for each."""
    needs_venv()
    documents = [
        ROOT / "docs" / "clinical-safety.md",
        ROOT / "docs" / "lengths.md",
        ROOT / "docs" / "translations.md",
        *sorted((ROOT / "docs" / "transcripts").glob("*.md")),
    ]
    before = [document.read_bytes() for document in documents]
    try:
        result = sh(readme.command("-m tools.documents"), timeout=900, measured=False)  # the population model in it
        after = [document.read_bytes() for document in documents]
    finally:
        for document, content in zip(documents, before, strict=True):
            document.write_bytes(content)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    assert after == before
    assert result.stdout.count("current: ") == len(documents), result.stdout


def test_the_patients_command_prints_the_score_by_group() -> None:
    needs_venv()
    result = sh(readme.command("-m tools.patients"), measured=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr
    for group in ("emergent", "non-emergent", "self-care", "all"):
        assert re.search(rf"^\| {group} \| \d+ \| \d+ \(\d+%\) \|", result.stdout, re.MULTILINE), group


@pytest.mark.slow
def test_the_population_command_prints_the_verdicts_and_names_each_target_missed() -> None:
    needs_venv()
    result = sh(readme.command("-m tools.population"), timeout=400, measured=False)  # 40,000 ordinary backs, and more
    assert result.returncode in (0, 1), result.stdout[-2000:] + result.stderr
    assert "| Ordinary (non-specific) back pain | 2,000 |" in result.stdout
    missed = re.findall(r"^target missed: .+$", result.stdout, re.MULTILINE)
    assert (result.returncode == 1) == bool(missed)
    assert bool(missed) != result.stdout.rstrip().endswith("every target holds")
