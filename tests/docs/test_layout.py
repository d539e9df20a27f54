"""The README's Layout names every module a maintainer may look for, or describes its folder."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).parents[2]


def layout_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]


def folder_rows(layout: str) -> dict[str, str]:
    """Each row of the Layout block: a folder and its description (its continuation lines joined)."""
    rows = re.findall(r"^(\S+/)[ \t]+(.*(?:\n {10,}.*)*)", layout, re.M)
    return {folder: " ".join(text.split()) for folder, text in rows}


def unnamed(modules: list[PurePosixPath], layout: str) -> list[str]:
    """The modules whose name is not in their folder's row, nor their subfolder (``speech/``) described there."""
    rows = folder_rows(layout)
    missing = []
    for module in modules:
        folder = f"{module.parent.as_posix()}/"
        row = max((key for key in rows if folder.startswith(key)), key=len, default=None)
        text = rows.get(row, "") if row else ""
        subfolder = folder.removeprefix(row or "").split("/")[0]
        named = re.search(rf"(?<![\w.]){re.escape(module.stem)}(?!\w)", text)
        if not named and not (subfolder and f"{subfolder}/" in text):
            missing.append(module.as_posix())
    return missing


def modules() -> list[PurePosixPath]:
    return sorted(
        PurePosixPath(path.relative_to(ROOT).as_posix())
        for folder in ("skill", "tools", "bench")
        for path in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in path.parts and path.name != "__init__.py"
    )


def test_every_module_under_skill_tools_and_bench_is_named_in_the_layout_or_its_folder_is_described() -> None:
    assert len(modules()) > 50
    assert unnamed(modules(), layout_section()) == []


def test_a_module_the_layout_does_not_name_is_reported() -> None:
    added = [PurePosixPath("skill/alexa/made_up_module.py"), PurePosixPath("tools/another_tool.py")]
    assert unnamed([*modules(), *added], layout_section()) == [path.as_posix() for path in added]
