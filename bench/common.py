"""What every measure shares: the run's sizes, a result against its floor, the paths."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
PEER = ROOT / "bench" / "peer"
SCRIPTS = ROOT / "bench" / "scripts"  # what a fresh interpreter runs, timed from outside


@dataclass
class Settings:
    turn_rounds: int = 7
    turns_per_round: int = 2000
    cold_runs: int = 21
    load_seconds: int = 20
    load_connections: int = 64
    smoke: bool = False

    @classmethod
    def quick(cls) -> Settings:
        return cls(turn_rounds=1, turns_per_round=100, cold_runs=2, load_seconds=1, load_connections=8, smoke=True)


@dataclass
class Result:
    name: str
    value: float
    floor: float
    unit: str
    target: str
    passed: bool
    details: dict[str, Any] = field(default_factory=dict)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]
