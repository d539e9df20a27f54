"""The clinical safety case (docs/clinical-safety.md): current with the data, every sign and rule in it with
the test that holds it, and nothing pointing outside the repository."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from skill.core.signs import COMBINATIONS, WARNING_SIGNS
from tools.safety_case import SAFETY_CASE, updated

ROOT = Path(__file__).parents[2]


def safety_case() -> str:
    return SAFETY_CASE.read_text(encoding="utf-8")


@pytest.mark.slow  # the population model at full size
def test_the_safety_case_is_current_with_the_data() -> None:
    assert updated(safety_case()) == safety_case(), "run: python -m tools.safety_case"


def test_every_sign_and_combination_is_in_the_safety_case_with_a_test_named() -> None:
    text = safety_case()
    for sign in WARNING_SIGNS:
        assert re.search(rf"^\| `{sign.id}` .*tests/\S+::test_\w+", text, re.M), sign.id
    for combination in COMBINATIONS:
        assert re.search(rf"^\| `{combination.id}` .*tests/\S+::test_\w+", text, re.M), combination.id


def test_every_test_the_safety_case_names_exists() -> None:
    named = set(re.findall(r"(tests/[\w/]+\.py)::(test_\w+)", safety_case()))
    assert len(named) > 20
    for path, name in named:
        tree = ast.parse((ROOT / path).read_text())
        functions = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
        assert name in functions, f"{path}::{name}"


def test_the_readme_points_to_the_safety_case_not_outside_the_repository() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "docs/clinical-safety.md" in readme
    for path in [ROOT / "README.md", *ROOT.glob("skill/**/*.py"), *ROOT.glob("docs/*.md")]:
        assert "shared/" not in path.read_text(), path
