"""deploy/runtime-python.sh: a first-time build says what it is doing, two at once take turns, and a
failed build leaves nothing behind. The build itself is a stub here (the real one takes minutes)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SCRIPT = ROOT / "deploy" / "runtime-python.sh"

STUB_BUILD = """#!/usr/bin/env bash
# Stands in for the CPython build: counts itself, takes a moment, makes a "python" that passes the check.
set -eu
echo built >> "{count}"
sleep 2
printf '#!/bin/sh\\nexit 0\\n' > "$1/python"
chmod +x "$1/python"
"""
FAILING_BUILD = """#!/usr/bin/env bash
echo "compiler exploded" >&2
exit 2
"""


def environment(tmp_path: Path, build: str) -> dict[str, str]:
    """PATH without any python3.13 or pyenv, so that the script goes on to build; the cache in tmp_path."""
    folders = [
        folder
        for folder in os.environ["PATH"].split(os.pathsep)
        if not (Path(folder) / "python3.13").exists() and not (Path(folder) / "pyenv").exists()
    ]
    path = os.pathsep.join(folders)
    if not all(shutil.which(tool, path=path) for tool in ("bash", "flock", "getent", "mktemp")):
        pytest.skip("the tools the script needs share a folder with a python3.13 or pyenv")
    script = tmp_path / "build.sh"
    script.write_text(build.format(count=tmp_path / "builds"))
    script.chmod(0o755)
    return {
        "PATH": path,
        "HOME": str(tmp_path),
        "BACK_PAIN_CHECK_CACHE": str(tmp_path / "cache"),
        "BACK_PAIN_CHECK_BUILD": str(script),
    }


def start(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(["bash", str(SCRIPT)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_runs_at_once_build_once_and_both_get_the_python_with_progress_on_stderr(tmp_path: Path) -> None:
    env = environment(tmp_path, STUB_BUILD)
    first = start(env)
    while not (tmp_path / "builds").exists():  # the first holds the lock and is building
        assert first.poll() is None, first.communicate()
    second = start(env)
    (out1, err1), (out2, err2) = first.communicate(timeout=60), second.communicate(timeout=60)
    assert first.returncode == second.returncode == 0, err1 + err2
    python = str(tmp_path / "cache" / "python3.13" / "python")
    assert out1.strip() == out2.strip() == python  # only the path on stdout
    assert (tmp_path / "builds").read_text() == "built\n"  # one build, not two
    assert "building it once" in err1 and "built CPython 3.13 in" in err1
    assert "waiting for it" in err2 and "building" not in err2
    assert sorted(path.name for path in (tmp_path / "cache").iterdir()) == ["python3.13", "python3.13.lock"]


def test_a_failed_build_leaves_nothing_half_made_and_the_next_run_builds_again(tmp_path: Path) -> None:
    env = environment(tmp_path, FAILING_BUILD)
    failed = start(env)
    _, err = failed.communicate(timeout=60)
    assert failed.returncode != 0 and "compiler exploded" in err
    assert [path.name for path in (tmp_path / "cache").iterdir()] == ["python3.13.lock"]
    env = environment(tmp_path, STUB_BUILD)  # the lock was released with the failed run
    retried = start(env)
    out, err = retried.communicate(timeout=60)
    assert retried.returncode == 0, err
    assert out.strip() == str(tmp_path / "cache" / "python3.13" / "python")
