"""The Lambda zip: its size as ``npm run package`` builds it, and a cold start from it as shipped (read-only,
with its own Python 3.13 bytecode) against the same with bytecode Python cached itself."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import zipfile
from pathlib import Path

from bench.common import ROOT, SCRIPTS, Result, Settings
from tests.support.fake_alexa import SKILL_ID

SHIPPED = str(SCRIPTS / "shipped.py")


def _runtime_python() -> str:
    """The path runtime-python.sh prints; its progress (a first-time build) goes straight to stderr."""
    result = subprocess.run(["bash", str(ROOT / "deploy" / "runtime-python.sh")], stdout=subprocess.PIPE, text=True)
    if result.returncode != 0:
        raise SystemExit("no Python 3.13 for the zip's cold start (deploy/runtime-python.sh said why)")
    return result.stdout.strip().splitlines()[-1]


def zip_as_shipped(settings: Settings, scratch: Path) -> list[Result]:
    """A fresh runtime-Python process imports the entry point and answers a launch, from the zip
    unpacked read-only (its shipped bytecode), against the same with bytecode Python cached itself."""
    from tests.support.fake_alexa import envelope

    python = _runtime_python()
    archive = ROOT / ".serverless" / "back-pain-check.zip"
    if not archive.exists():
        raise SystemExit("no Lambda zip: the package step builds it (run without --skip package)")
    launch = scratch / "launch.json"
    launch.write_text(json.dumps(envelope("echo_launch")))  # a real Echo's
    shipped, cached, sourceless = scratch / "shipped", scratch / "cached", scratch / "no-bytecode"
    for folder in (shipped, cached, sourceless):
        zipfile.ZipFile(archive).extractall(folder)
    for folder in (cached, sourceless):
        for pyc in folder.rglob("__pycache__"):
            shutil.rmtree(pyc)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE")}
    env["ALEXA_SKILL_ID"] = SKILL_ID
    subprocess.run([python, SHIPPED, str(launch)], env=env, cwd=cached, check=True, capture_output=True)
    for folder in (shipped, sourceless):
        subprocess.run(["chmod", "-R", "a-w", str(folder)], check=True)  # Lambda's task root is read-only
    read_only = {**env, "PYTHONDONTWRITEBYTECODE": "1"}
    runs: dict[str, list[float]] = {"shipped": [], "cached": [], "no bytecode": []}
    for _ in range(settings.cold_runs):
        for name, folder, run_env in (
            ("shipped", shipped, read_only),
            ("cached", cached, env),
            ("no bytecode", sourceless, read_only),
        ):
            out = subprocess.run([python, SHIPPED, str(launch)], env=run_env, cwd=folder, capture_output=True)
            if out.returncode != 0:
                raise RuntimeError(f"{name}: {out.stderr[-500:]!r}")
            runs[name].append(json.loads(out.stdout)["ms"])
    for folder in (shipped, sourceless):
        subprocess.run(["chmod", "-R", "u+w", str(folder)], check=True)
    median = {name: statistics.median(values) for name, values in runs.items()}
    details = {"median_ms": median, "python": python, "runs": settings.cold_runs}
    return [
        Result(
            "zip as shipped: import + launch",
            median["shipped"],
            median["cached"],
            "ms",
            "<= 1.15x cached",
            median["shipped"] <= 1.15 * median["cached"],
            details,
        ),
        Result("zip without bytecode (before)", median["no bytecode"], median["cached"], "ms", "reported", True),
    ]


# --- Package: the Lambda zip ----------------------------------------------------------------


def package(scratch: Path) -> list[Result]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env |= {"ALEXA_SKILL_ID": SKILL_ID, "HOME": str(scratch)}
    _runtime_python()  # a first-time build of Python 3.13 reports its progress here, not in npm's captured output
    result = subprocess.run(["npm", "run", "--silent", "package"], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"npm run package failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    archive = ROOT / ".serverless" / "back-pain-check.zip"
    size_mb = archive.stat().st_size / 1e6
    files = len(zipfile.ZipFile(archive).namelist())
    return [Result("Lambda zip size", size_mb, 5.0, "MB", "<= 5 MB", size_mb <= 5.0, {"files": files})]
