"""The README's shell commands, so tests run them as written."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).parents[2] / "README.md"


def sh_blocks(text: str | None = None) -> list[str]:
    """The fenced ```sh blocks, each with its indentation removed."""
    text = README.read_text() if text is None else text
    blocks = re.findall(r"^( *)```sh\n(.*?)^\1```$", text, re.S | re.M)
    return ["".join(line[len(indent) :] + "\n" for line in body.splitlines()) for indent, body in blocks]


def command(containing: str) -> str:
    """The one line of the README's sh blocks that contains ``containing``."""
    [line] = [line for block in sh_blocks() for line in block.splitlines() if containing in line]
    return line


def block(containing: str) -> str:
    """The one sh block that contains ``containing``."""
    [found] = [block for block in sh_blocks() if containing in block]
    return found
