"""The performance benchmark: turn cost, cold start, every web tier under load and slow
clients, the Lambda zip as shipped, and Amazon's Node.js SDK as a peer (the web tier, the
Lambda cold start as a user pays it, warm and first turns), each against its floor or the peer.

    bash bench/run            # set-up (wrk, nginx, Python and npm packages), then the full run
    bash bench/run --smoke    # a quick run that checks the benchmark works, not the figures

Every figure is measured in this one run against a floor (or the Node peer, bench/peer/)
measured the same way, and reported as a ratio; a table is printed and JSON written
(bench/results.json).
"""

import argparse
import json
import os
import platform
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench.common import ROOT, Result, Settings
from bench.lambda_zip import package, zip_as_shipped
from bench.load import deployments_table, load
from bench.node_peer import peer
from bench.turns import cold_start, turn_cost


def machine() -> dict[str, Any]:
    cpu = "unknown"
    if Path("/proc/cpuinfo").exists():
        found = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        cpu = found.group(1) if found else cpu
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version(), "system": platform.platform()}


def report(results: list[Result], smoke: bool) -> str:
    lines = [f"{'measure':48} {'value':>12} {'floor':>12} {'ratio':>7}  target           result"]
    for r in results:
        ratio = f"{r.value / r.floor:.2f}x" if r.floor else "-"
        verdict = "PASS" if r.passed else "FAIL"
        if smoke:
            verdict = "(smoke)"
        lines.append(
            f"{r.name:48} {r.value:>9.1f} {r.unit:<2} {r.floor:>9.1f} {r.unit:<2} {ratio:>7}  {r.target:16} {verdict}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a quick run that checks the benchmark works")
    parser.add_argument("--json", help="where to write the figures (default bench/results.json, or results-smoke.json)")
    parser.add_argument(
        "--skip", action="append", default=[], choices=["turn", "cold", "load", "package", "zip", "peer"]
    )
    args = parser.parse_args(argv)
    settings = Settings.quick() if args.smoke else Settings()

    from tests.support.certs import LocalCA, write_ca

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        scratch = Path(folder)
        ca = LocalCA()
        write_ca(ca, scratch / "ca")
        steps: dict[str, Callable[[], list[Result]]] = {
            "turn": lambda: turn_cost(settings, ca, scratch / "ca"),
            "cold": lambda: cold_start(settings, scratch),
            "load": lambda: load(settings, ca, scratch / "ca", scratch),
            "package": lambda: package(scratch),
            "zip": lambda: zip_as_shipped(settings, scratch),
            "peer": lambda: peer(settings, scratch),
        }
        for name, step in steps.items():
            if name in args.skip:
                continue
            print(f"measuring {name} ...", file=sys.stderr, flush=True)
            results += step()
    print(report(results, args.smoke))
    print(deployments_table(results))
    print(f"machine: {machine()}")
    output = Path(args.json or ROOT / "bench" / ("results-smoke.json" if args.smoke else "results.json"))
    output.write_text(
        json.dumps({"machine": machine(), "smoke": args.smoke, "results": [asdict(r) for r in results]}, indent=2)
    )
    if args.smoke:
        return 0
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
