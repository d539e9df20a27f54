"""The project is installable: ``pip wheel .`` builds a wheel with every package, the pages,
the dependencies and the entry points (offline: no build isolation)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_pip_wheel_builds_the_project(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy: setuptools writes build/ and *.egg-info beside the sources
    shutil.copytree(ROOT / "skill", source / "skill", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "requirements.txt"):
        shutil.copy(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    command = [
        sys.executable,
        "-m",
        "pip",
        "wheel",
        str(source),
        "--no-build-isolation",
        "--no-deps",
        "-w",
        str(wheels),
    ]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    [wheel] = wheels.glob("back_pain_check-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for module in (
        "skill/alexa/lambda_function.py",
        "skill/core/triage.py",
        "skill/web/app.py",
        "skill/tools/console.py",
    ):
        assert module in names, module
    assert {"skill/web/documents/privacy.md", "skill/web/documents/terms.md"} <= set(names)
    assert not [name for name in names if name.startswith(("tests/", "bench/"))]
    info = next(name for name in names if name.endswith(".dist-info/METADATA"))
    metadata = zipfile.ZipFile(wheel).read(info).decode()
    assert "Requires-Dist: ask-sdk-core==1.19.0" in metadata and "Requires-Dist: Flask==3.1.3" in metadata
    entry_points = zipfile.ZipFile(wheel).read(info.replace("METADATA", "entry_points.txt")).decode()
    assert "back-pain-check = skill.__main__:main" in entry_points
    assert "back-pain-check-console = skill.tools.console:main" in entry_points
