"""The Lambda-style skill against Amazon's Node.js SDK (bench/peer/), each as its Lambda function would run it:
warm turn, first turn, cold import, and a user's first request in a fresh process (bench/scripts/)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import time
from pathlib import Path

from bench.common import PEER, PYTHON, ROOT, SCRIPTS, Result, Settings
from tests.support.fake_alexa import SKILL_ID

NODE_COLD = "require('./skill').buildSkill()"
PYTHON_COLD = "import skill.alexa.lambda_function"


def _node(*args: str) -> dict[str, float]:
    result = subprocess.run(["node", *args], cwd=PEER, capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def peer(settings: Settings, scratch: Path) -> list[Result]:
    """The Lambda-style skill against the Node peer, each as its Lambda function would run it."""
    import copy

    from skill.alexa import constants as c
    from skill.alexa.lambda_function import build_handler
    from tests.support.fake_alexa import envelope
    from tests.support.turns import mid_check_envelope

    event = mid_check_envelope()  # a real Echo's answer, mid-check
    event_file = scratch / "mid-check.json"
    event_file.write_text(json.dumps(event))
    launch_file, answer_file = scratch / "echo-launch.json", scratch / "echo-answer.json"
    launch_file.write_text(json.dumps(envelope("echo_launch")))
    answer_file.write_text(json.dumps(envelope("echo_intent", intent=c.YES)))
    env = {**os.environ, "ALEXA_SKILL_ID": SKILL_ID, "PYTHONPATH": str(ROOT)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    # Warm turns: event object in, response object out, in one process each; in 5 blocks
    # taken in turn (Python, Node, Python, ...), so the machine's drift hits both alike.
    handler = build_handler(SKILL_ID)
    block = max(100, settings.turns_per_round // 5)
    for _ in range(min(500, block)):
        handler(copy.deepcopy(event), None)
    python_blocks, node_blocks = [], []
    for _ in range(5 if settings.turns_per_round > 500 else 1):
        samples = []
        for _ in range(block):
            fresh = copy.deepcopy(event)  # as Lambda hands over a fresh event (not timed)
            started = time.perf_counter()
            handler(fresh, None)
            samples.append(time.perf_counter() - started)
        python_blocks.append(statistics.median(samples) * 1e6)
        node_blocks.append(_node("inproc.js", "warm", str(event_file), str(block))["median_us"])
    python_warm, node_warm = statistics.median(python_blocks), statistics.median(node_blocks)

    # In fresh processes, interleaved: the first turn after the import (a real Echo's launch);
    # the cold import alone; and import + launch + first answer, timed inside and as a whole.
    firsts: dict[str, list[float]] = {"python": [], "node": []}
    colds: dict[str, list[float]] = {"python": [], "node": []}
    pairs: dict[str, list[float]] = {"python": [], "node": []}
    pair_parts: dict[str, list[dict[str, float]]] = {"python": [], "node": []}
    subprocess.run([PYTHON, "-c", PYTHON_COLD], env=env, cwd=ROOT, check=True)  # bytecode cached, as after a deploy
    for _ in range(settings.cold_runs):
        out = subprocess.run(
            [PYTHON, str(SCRIPTS / "first_turn.py"), str(launch_file)], env=env, cwd=ROOT, capture_output=True
        )
        firsts["python"].append(json.loads(out.stdout)["first_turn_ms"])
        firsts["node"].append(_node("inproc.js", "first", str(launch_file))["first_turn_ms"])
        for name, command, cwd in (
            ("python", [PYTHON, "-c", PYTHON_COLD], ROOT),
            ("node", ["node", "-e", NODE_COLD], PEER),
        ):
            started = time.perf_counter()
            subprocess.run(command, env=env, cwd=cwd, check=True)
            colds[name].append((time.perf_counter() - started) * 1e3)
        for name, command, cwd in (
            ("python", [PYTHON, str(SCRIPTS / "cold_pair.py"), str(launch_file), str(answer_file)], ROOT),
            ("node", ["node", "inproc.js", "cold", str(launch_file), str(answer_file)], PEER),
        ):
            started = time.perf_counter()
            out = subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=True)
            pairs[name].append((time.perf_counter() - started) * 1e3)
            pair_parts[name].append(json.loads(out.stdout))
    first = {name: statistics.median(values) for name, values in firsts.items()}
    cold = {name: statistics.median(values) for name, values in colds.items()}
    pair = {name: statistics.median(values) for name, values in pairs.items()}
    parts = {
        name: {key: round(statistics.median(p[key] for p in runs), 3) for key in runs[0]}
        for name, runs in pair_parts.items()
    }
    return [
        Result(
            "Lambda cold: process + import + launch + answer",
            pair["python"],
            pair["node"],
            "ms",
            "<= 1.0x Node",
            pair["python"] <= pair["node"],
            {"inside_the_process_ms": parts, "runs": settings.cold_runs},
        ),
        Result("Lambda vs Node: warm turn", python_warm, node_warm, "us", "<= 5x Node", python_warm <= 5 * node_warm),
        Result(
            "Lambda vs Node: first turn (Echo launch)",
            first["python"],
            first["node"],
            "ms",
            "<= 2x Node",
            first["python"] <= 2 * first["node"],
        ),
        Result("Lambda vs Node: cold import", cold["python"], cold["node"], "ms", "reported", True),
    ]
