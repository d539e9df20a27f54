"""The benchmark's own pieces: what it sends is a real mid-check turn, and wrk's output is read right."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from bench.apps import floor_app
from bench.common import percentile
from bench.turns import _wsgi_timer
from bench.web import parse_wrk
from skill.core.speech import texts_for
from skill.core.ssml import to_text
from tests.support.apps import local_ca_app
from tests.support.certs import LocalCA, write_ca
from tests.support.turns import signed_turn

ROOT = Path(__file__).parents[2]

WRK_OUTPUT = """Running 20s test @ http://127.0.0.1:41234/alexa
  2 threads and 64 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    81.12ms   19.40ms 250.01ms   80.12%
    Req/Sec   390.22     60.10   510.00     70.00%
  Latency Distribution
     50%   79.05ms
     75%   88.10ms
     90%  101.20ms
     99%  133.23ms
  15584 requests in 20.03s, 15.61MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:    778.22
Transfer/sec:    798.01KB
"""


def test_wrk_output_is_parsed() -> None:
    assert parse_wrk(WRK_OUTPUT) == {
        "requests_per_second": 778.22,
        "p50_ms": 79.05,
        "p99_ms": 133.23,
        "max_ms": 250.01,
        "over_2s": 1,
        "errors": 7,
        "requests": 15584,
    }


def test_microseconds_and_seconds_in_wrk_latencies() -> None:
    output = WRK_OUTPUT.replace("79.05ms", "950.00us").replace("133.23ms", "1.20s")
    parsed = parse_wrk(output)
    assert parsed["p50_ms"] == pytest.approx(0.95) and parsed["p99_ms"] == pytest.approx(1200.0)


def test_percentile() -> None:
    assert percentile(list(range(100)), 0.99) == 99 and percentile([5.0], 0.5) == 5.0


def test_the_benchmarked_turn_is_a_verified_mid_check_answer_and_the_floor_answers_too() -> None:
    ca = LocalCA()
    folder = Path(tempfile.mkdtemp())
    write_ca(ca, folder)
    body, headers = signed_turn(ca)
    app = local_ca_app(str(folder), verify=True)
    captured: list[bytes] = []
    original = app.wsgi_app

    def capture(environ, start_response):  # type: ignore[no-untyped-def]
        chunks = list(original(environ, start_response))
        captured.append(b"".join(chunks))
        return chunks

    app.wsgi_app = capture  # type: ignore[method-assign]
    assert len(_wsgi_timer(app, body, headers)(3)) == 3
    reply = json.loads(captured[-1])
    assert reply["response"]["shouldEndSession"] is False
    said = to_text(reply["response"]["outputSpeech"]["ssml"])
    assert said == to_text(texts_for("en-US")["question.cancer_history"])  # the ninth was answered: the tenth
    assert len(_wsgi_timer(floor_app(), body, headers)(3)) == 3
    tampered = {**headers, "Signature-256": signed_turn(LocalCA())[1]["Signature-256"]}
    try:
        _wsgi_timer(app, body, tampered)(1)
    except RuntimeError as refused:
        assert "400" in str(refused)
    else:
        raise AssertionError("an unsigned body was accepted")


def test_the_benchmark_runs_end_to_end_in_smoke_mode(tmp_path: Path, runtime_python: str) -> None:
    """Every measure runs (the figures are not judged here: that is `bash bench/run`)."""
    if shutil.which("wrk") is None:
        pytest.skip("wrk is not installed (apt-get install wrk; .ci/run and bench/run do)")
    output = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--smoke", "--json", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    measured = {r["name"] for r in json.loads(output.read_text())["results"]}
    for name in (
        "warm signed turn (median)",
        "cold start: Lambda entry point",
        "web vs Node: throughput",
        "Lambda zip size",
    ):
        assert name in measured, name
