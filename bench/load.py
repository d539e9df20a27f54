"""Every web tier under the same wrk load of signed mid-check turns, then under slow clients."""

from __future__ import annotations

import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import Result, Settings
from bench.web import DEFAULT_DEPLOYMENT, DEPLOYMENTS, SLOW_IDLE, SLOW_TRICKLING, Deployment, slow_clients, wrk

LOAD_ROUNDS = 2


def combined(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Rounds of one tier as one: mean throughput and median, the worst p99 and max, the sums."""
    return {
        "requests_per_second": statistics.mean(r["requests_per_second"] for r in runs),
        "p50_ms": statistics.mean(r["p50_ms"] for r in runs),
        "p99_ms": max(r["p99_ms"] for r in runs),
        "max_ms": max(r["max_ms"] for r in runs),
        "over_2s": sum(r["over_2s"] for r in runs),
        "errors": sum(r["errors"] for r in runs),
        "requests": sum(r["requests"] for r in runs),
        "rounds": runs,
    }


def load(settings: Settings, ca: Any, ca_dir: Path, scratch: Path) -> list[Result]:
    """Every web tier under the same wrk load of signed mid-check turns, then under slow clients."""
    from tests.support.turns import signed_turn

    if shutil.which("wrk") is None or shutil.which("nginx") is None:
        raise SystemExit("wrk or nginx is not installed: run `bash bench/run`, whose set-up installs them")
    # In rounds, each tier in turn in every round, so the machine's drift (it is shared) hits all
    # alike; the slow-client check after the last round. Signed afresh each round (Alexa's
    # timestamps are good for 150 s).
    rounds = 1 if settings.smoke else LOAD_ROUNDS
    seconds = max(1, settings.load_seconds // rounds)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name, _, _ in DEPLOYMENTS}
    slow: dict[str, dict[str, Any]] = {}
    script = scratch / "turn.lua"
    for round_ in range(rounds):
        body, headers = signed_turn(ca)
        lua_headers = "".join(f'wrk.headers["{k}"] = "{v}"\n' for k, v in headers.items())
        script.write_text(f'wrk.method = "POST"\nwrk.body = [==[{body.decode()}]==]\n{lua_headers}')
        for name, server, proxied in DEPLOYMENTS:
            print(f"  load, round {round_ + 1} of {rounds}: {name}", file=sys.stderr, flush=True)
            with Deployment(server, proxied, ca_dir, scratch) as deployment:
                time.sleep(0.5)
                runs[name].append(wrk(deployment.port, settings, script, seconds))
                if round_ == rounds - 1:
                    slow[name] = slow_clients(
                        ("127.0.0.1", deployment.port),
                        ca,
                        SLOW_IDLE if not settings.smoke else 16,
                        SLOW_TRICKLING if not settings.smoke else 4,
                    )
                if not deployment.alive():
                    raise RuntimeError(f"{name} died under load")
    figures = {name: {**combined(measured), "slow_clients": slow[name]} for name, measured in runs.items()}
    ours, node = figures[DEFAULT_DEPLOYMENT], figures["Node peer (alone)"]
    details = {"deployments": figures, "connections": settings.load_connections, "seconds": seconds, "rounds": rounds}
    results = [
        Result(
            "web vs Node: throughput",
            ours["requests_per_second"],
            node["requests_per_second"],
            "req/s",
            ">= 1.0x Node",
            ours["requests_per_second"] >= node["requests_per_second"],
            details,
        ),
        Result("web vs Node: p50 latency", ours["p50_ms"], node["p50_ms"], "ms", "reported", True),
        Result(
            "web vs Node: p99 latency",
            ours["p99_ms"],
            node["p99_ms"],
            "ms",
            "<= 1.0x Node",
            ours["p99_ms"] <= node["p99_ms"],
        ),
        Result("web vs Node: max latency", ours["max_ms"], node["max_ms"], "ms", "reported", True),
        Result(
            "web: requests over 2 s",
            ours["over_2s"],
            node["over_2s"],
            "",
            "0",
            ours["over_2s"] == 0 and ours["errors"] == 0,
        ),
        Result(
            "web: slow clients, slowest answer",
            ours["slow_clients"]["slowest_ms"],
            node["slow_clients"]["slowest_ms"],
            "ms",
            "< 1000 ms, all 200",
            bool(ours["slow_clients"]["passed"]),
        ),
    ]
    return results


def deployments_table(results: list[Result]) -> str:
    """Every web tier's figures, as measured in this run."""
    found = next((r.details for r in results if r.details.get("deployments")), None)
    if not found:
        return ""
    lines = [
        f"{'web tier (2 processes each)':28} {'req/s':>7} {'vs Node':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} "
        f"{'>2 s':>5} {'errors':>6}  slow clients (slowest of 10, 200s)"
    ]
    node = found["deployments"]["Node peer (alone)"]["requests_per_second"]
    for name, f in found["deployments"].items():
        slow = f["slow_clients"]
        verdict = "passes" if slow["passed"] else "FAILS"
        lines.append(
            f"{name:28} {f['requests_per_second']:>7.0f} {f['requests_per_second'] / node:>7.2f}x {f['p50_ms']:>8.1f} "
            f"{f['p99_ms']:>8.1f} {f['max_ms']:>8.0f} {f['over_2s']:>5} {f['errors']:>6}  "
            f"{slow['slowest_ms']:.0f} ms, {'all 200' if slow['all_200'] else 'NOT all 200'}: {verdict}"
        )
    return "\n".join(lines)
