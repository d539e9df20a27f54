"""Turn cost (one mid-check turn through the WSGI app, in this process) and cold start (fresh interpreters)."""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import PYTHON, ROOT, Result, Settings, percentile
from tests.support.fake_alexa import SKILL_ID


def _wsgi_timer(app: Any, body: bytes, headers: dict[str, str]) -> Callable[[int], list[float]]:
    from werkzeug.test import EnvironBuilder

    base = EnvironBuilder(path="/alexa", method="POST", data=body, headers=list(headers.items())).get_environ()
    status: list[str] = []

    def start_response(code: str, response_headers: Any, exc_info: Any = None) -> None:
        status.append(code)

    def run(n: int) -> list[float]:
        timings = []
        for _ in range(n):
            environ = dict(base)
            environ["wsgi.input"] = io.BytesIO(body)
            status.clear()
            started = time.perf_counter()
            result = app(environ, start_response)
            payload = b"".join(result)
            elapsed = time.perf_counter() - started
            getattr(result, "close", lambda: None)()
            if not status or not status[0].startswith("200"):
                raise RuntimeError(f"turn failed: {status} {payload[:200]!r}")
            timings.append(elapsed)
        return timings

    return run


def turn_cost(settings: Settings, ca: Any, ca_dir: Path) -> list[Result]:
    from bench.apps import floor_app
    from tests.support.apps import local_ca_app
    from tests.support.turns import signed_turn

    apps = {
        "floor": floor_app(),
        "signed": local_ca_app(str(ca_dir), verify=True),
        "unsigned": local_ca_app(str(ca_dir), verify=False),
    }
    samples: dict[str, list[float]] = {name: [] for name in apps}
    for _ in range(settings.turn_rounds):
        body, headers = signed_turn(ca)  # signed afresh each round (timestamps age), outside the timed region
        runs = {name: _wsgi_timer(app, body, headers) for name, app in apps.items()}
        for run in runs.values():
            run(max(50, settings.turns_per_round // 10))  # warm: the chain is cached, the code is hot
        for _ in range(settings.turns_per_round):
            for name, run in runs.items():  # one turn each in turn, so drift and noise hit all alike
                samples[name] += run(1)
    median = {name: statistics.median(values) * 1e6 for name, values in samples.items()}
    p99 = {name: percentile(values, 0.99) * 1e6 for name, values in samples.items()}
    details = {"median_us": median, "p99_us": p99, "turns": len(samples["floor"])}
    signed_ratio = median["signed"] / median["floor"]
    verification = median["signed"] / median["unsigned"] - 1
    return [
        Result(
            "warm signed turn (median)",
            median["signed"],
            median["floor"],
            "us",
            "<= 1.3x floor",
            signed_ratio <= 1.3,
            details,
        ),
        Result("warm signed turn (p99)", p99["signed"], p99["floor"], "us", "reported", True),
        # Restated target: one RSA check and no chain work per warm request
        # (tests/web/test_verification.py::test_a_warm_request_does_one_rsa_check_and_no_chain_work).
        Result(
            "verification overhead (median)",
            median["signed"],
            median["unsigned"],
            "us",
            "reported",
            True,
            {"overhead_percent": round(verification * 100, 1)},
        ),
    ]


# --- Cold start: fresh interpreters --------------------------------------------------------


COLD = {
    "app": "from skill.web.app import create_app; create_app()",
    "app floor": "import flask; from ask_sdk_core.skill_builder import SkillBuilder; import cryptography.x509",
    "lambda": "import skill.alexa.lambda_function",
    "lambda floor": "from ask_sdk_core.skill_builder import SkillBuilder",
}


def cold_start(settings: Settings, scratch: Path) -> list[Result]:
    env = {**os.environ, "ALEXA_SKILL_ID": SKILL_ID, "PYTHONPATH": str(ROOT)}
    # Bytecode is cached for both sides, as on any host after its first start (pip already
    # compiled the libraries; PYTHONDONTWRITEBYTECODE would leave only our modules uncached).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    timings: dict[str, list[float]] = {name: [] for name in COLD}
    for code in COLD.values():  # once each first: compile and cache bytecode, warm the page cache
        subprocess.run([PYTHON, "-c", code], env=env, cwd=ROOT, check=True)
    for _ in range(settings.cold_runs):
        for name, code in COLD.items():  # interleaved, so drift hits every variant alike
            started = time.perf_counter()
            subprocess.run([PYTHON, "-c", code], env=env, cwd=ROOT, check=True)
            timings[name].append(time.perf_counter() - started)
    median = {name: statistics.median(values) * 1e3 for name, values in timings.items()}
    app_ratio = median["app"] / median["app floor"]
    lambda_ratio = median["lambda"] / median["lambda floor"]
    details = {"median_ms": median, "runs": settings.cold_runs}
    return [
        Result(
            "cold start: create_app()",
            median["app"],
            median["app floor"],
            "ms",
            "<= 1.25x floor",
            app_ratio <= 1.25,
            details,
        ),
        Result(
            "cold start: Lambda entry point",
            median["lambda"],
            median["lambda floor"],
            "ms",
            "<= 1.25x floor",
            lambda_ratio <= 1.25,
            details,
        ),
    ]
