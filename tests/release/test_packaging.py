"""The project is installable: ``pip wheel .`` builds a wheel with every module of the skill, the pages, the
screens, the dependencies and the entry point, and nothing that does not run in production (the tools, the
benchmark, the tests, the interaction models; offline: no build isolation). tests/release/test_install.py
installs it and runs its command."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parents[2]


def test_pip_wheel_builds_the_project(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy: setuptools writes build/ and *.egg-info beside the sources
    for folder in ("skill", "tools", "bench", "interaction_model"):  # all there, as in a checkout
        shutil.copytree(ROOT / folder, source / folder, ignore=shutil.ignore_patterns("__pycache__"))
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
    modules = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "skill").rglob("*.py"))
    assert sorted(name for name in names if name.endswith(".py")) == modules  # every package is listed
    assert {"skill/web/documents/privacy.md", "skill/web/documents/terms.md"} <= set(names)
    assert {f"skill/alexa/apl/{kind}.json" for kind in ("welcome", "question", "verdict")} <= set(names)
    shipped = {name.split("/")[0] for name in names if not name.startswith("back_pain_check-")}
    assert shipped == {"skill"}, "only the skill: no tools, bench, tests or interaction models"
    assert not [name for name in names if "interaction_model" in name or "/tools/" in name]
    info = next(name for name in names if name.endswith(".dist-info/METADATA"))
    metadata = zipfile.ZipFile(wheel).read(info).decode()
    assert "Requires-Dist: ask-sdk-core==1.19.0" in metadata and "Requires-Dist: Flask==3.1.3" in metadata
    entry_points = zipfile.ZipFile(wheel).read(info.replace("METADATA", "entry_points.txt")).decode()
    assert "back-pain-check = skill.__main__:main" in entry_points
    assert entry_points.count(" = ") == 1, entry_points  # the console and the manifest tool run from a checkout
