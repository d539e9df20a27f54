"""The generated documents' one "is it current?" and one ``--write``.

Each generator (transcripts, lengths, translations, safety_case) names its documents as
``Generated`` (a path and a function that renders what it should hold) and hands them to
``main``: without ``--write`` it checks them and prints a unified diff for each stale one
(exit 1); with ``--write`` it writes the stale ones. The tests ask ``stale_diff`` and show
the diff it returns; ``python -m tools.documents`` does all of them at once.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Generated:
    """A document and what renders it from the skill's sources."""

    path: Path
    render: Callable[[], str]

    @property
    def name(self) -> str:
        return self.path.relative_to(ROOT).as_posix() if self.path.is_relative_to(ROOT) else str(self.path)


def stale_diff(document: Generated, rendered: str | None = None) -> str:
    """A unified diff from the committed document to what it should hold ("" when current)."""
    now = document.render() if rendered is None else rendered
    committed = document.path.read_text(encoding="utf-8") if document.path.exists() else ""
    if committed == now:
        return ""
    return "".join(
        difflib.unified_diff(
            committed.splitlines(keepends=True),
            now.splitlines(keepends=True),
            f"{document.name} (committed)",
            f"{document.name} (from the skill now)",
        )
    )


def check_or_write(documents: Sequence[Generated], write: bool, out: TextIO = sys.stdout) -> int:
    """Write the stale documents (``write``), or print their diffs; 1 if any was stale and not written."""
    stale = 0
    for document in documents:
        now = document.render()
        diff = stale_diff(document, now)
        if not diff:
            print(f"current: {document.name}", file=out)
        elif write:
            document.path.parent.mkdir(parents=True, exist_ok=True)
            document.path.write_text(now, encoding="utf-8")
            print(f"wrote {document.name}", file=out)
        else:
            stale += 1
            print(diff, file=out, end="" if diff.endswith("\n") else "\n")
            print(f"STALE: {document.name}", file=out)
    if stale and not write:
        print(f"{stale} stale: regenerate with --write (python -m tools.documents --write does them all)", file=out)
    return 1 if stale and not write else 0


def parser(prog: str, description: str) -> argparse.ArgumentParser:
    """The command line every generator shares: ``--write``, else check and show the diff."""
    command = argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog="Without --write: checks the document is current, prints a unified diff if not, and exits 1.",
    )
    command.add_argument("--write", action="store_true", help="write the document where it is stale")
    return command


def main(prog: str, description: str, documents: Callable[[], Sequence[Generated]], argv: list[str] | None) -> int:
    """A generator's ``main``: parse ``argv`` (``--help`` renders nothing), then check or write."""
    args = parser(prog, description).parse_args(argv)
    return check_or_write(documents(), args.write)
