"""Results of the slow, deterministic tools (the population model), kept on disk by what made them.

A result is keyed by the function, its arguments and the content of every source file that can change
it (the skill's package and the tools' own modules), so a changed rule, question or cohort is always
computed afresh, and an unchanged one is computed once per checkout, not once per test or command: the
test run, the README's commands and the safety case share it. The cache is ``.cache/`` in the checkout
(ignored by git; a fresh clone starts cold), or ``BACK_PAIN_CHECK_CACHE`` when set; deleting it is
always safe. Two processes asking for the same result at once take turns (a lock file), so it is
computed once.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import inspect
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, ParamSpec, TypeVar, cast

CHECKOUT = Path(__file__).resolve().parents[1]
SOURCES = (CHECKOUT / "skill", CHECKOUT / "tools")

P = ParamSpec("P")
R = TypeVar("R")


def cache_dir() -> Path:
    return Path(os.environ.get("BACK_PAIN_CHECK_CACHE") or CHECKOUT / ".cache")


@functools.cache
def sources_digest() -> str:
    """A digest of every Python module the results can depend on (computed once per process)."""
    digest = hashlib.sha256()
    for root in SOURCES:
        for path in sorted(root.rglob("*.py")):
            digest.update(str(path.relative_to(CHECKOUT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cached(function: Callable[P, R]) -> Callable[P, R]:
    """``function``'s result for these arguments, from disk when this checkout's sources made it before.

    The arguments must have a repr that says what they are (numbers, strings, frozen dataclasses)."""

    signature = inspect.signature(function)

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()  # f() and f(its default) are the same result
        call = f"{function.__module__}.{function.__qualname__}{sorted(bound.arguments.items())!r}"
        key = hashlib.sha256(f"{sources_digest()}\n{call}".encode()).hexdigest()[:32]
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{function.__name__}-{key}.pickle"
        with open(folder / f"{path.name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if path.exists():
                return cast(R, _load(path))
            result = function(*args, **kwargs)
            _store(path, result)
            return result

    return wrapper


def _load(path: Path) -> Any:
    with path.open("rb") as file:
        return pickle.load(file)  # our own file, written below from this checkout's own results


def _store(path: Path, result: object) -> None:
    with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as file:
        pickle.dump(result, file)
    os.replace(file.name, path)
