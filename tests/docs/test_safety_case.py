"""The clinical safety case (docs/clinical-safety.md): organised by condition, current with the data, every sign
and rule under each condition it names with a test that exists, and nothing pointing outside the repository."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from skill.core.conditions import CONDITIONS, Condition
from skill.core.signs import RULES, WARNING_SIGNS
from tools.cohorts import COHORTS
from tools.generated import stale_diff
from tools.safety_case import PAGES, SAFETY_CASE, documents

ROOT = Path(__file__).parents[2]


def safety_case() -> str:
    return SAFETY_CASE.read_text(encoding="utf-8")


def condition_page(condition_id: str) -> str:
    """One condition's page: from its anchor to the next condition's (or the end of section 4)."""
    text = safety_case()
    start = text.index(f'<a id="condition-{condition_id}"></a>')
    following = [text.find('<a id="condition-', start + 1), text.find("<!-- end of generated part: conditions", start)]
    return text[start : min(i for i in following if i != -1)]


@pytest.mark.slow  # the population model at full size
def test_the_safety_case_is_current_with_the_data() -> None:
    [document] = documents()
    assert not (diff := stale_diff(document)), f"run: python -m tools.safety_case --write\n{diff}"


@pytest.mark.parametrize("condition", CONDITIONS, ids=lambda condition: condition.id)
def test_each_condition_has_one_page_with_every_sign_and_rule_that_names_it_and_a_test(condition: Condition) -> None:
    condition_id = condition.id
    page = condition_page(condition_id)
    assert condition_id in PAGES, "who, presents and not-an-emergency from the fourth pass"
    for heading in ("**Who.**", "**Presents.**", "**The questions that serve it**", "**Hazards**", "**Results**"):
        assert heading in page, (condition_id, heading)
    for sign in WARNING_SIGNS:
        if condition_id in sign.conditions:
            assert re.search(rf"^\| `{sign.id}` .*tests/\S+::test_\w+", page, re.M), (condition_id, sign.id)
    for rule in RULES:
        if condition_id in rule.conditions:
            assert re.search(rf"^\| `{rule.id}` .*tests/\S+::test_\w+", page, re.M), (condition_id, rule.id)
    for cohort in COHORTS:
        if cohort.condition == condition_id:
            assert f"| {cohort.title} | `{condition_id}` | {cohort.kind} |" in page, (condition_id, cohort.id)
    assert re.search(r"^\*\*Hazards\*\* \(section 5\): H\d+", page, re.M)
    assert "**Tests that hold it:** `tests/" in page


def test_every_hazard_a_condition_names_is_in_the_hazard_log_and_the_log_is_by_condition() -> None:
    log = safety_case().split("## 5. Hazard log", 1)[1].split("\n## ", 1)[0]
    by_condition = log.split("### Hazards by condition", 1)[1]
    for condition in CONDITIONS:
        *_, hazards = PAGES[condition.id]
        for hazard in hazards:
            assert re.search(rf"^\| {hazard} \|", log, re.M), (condition.id, hazard)
        assert f"| [{condition.title}](#condition-{condition.id}) | {', '.join(hazards)} |" in by_condition


def test_the_population_section_reports_the_rates_with_their_kind_the_intervals_and_the_worst_case() -> None:
    text = safety_case().split("## 6. The population model", 1)[1].split("\n## ", 1)[0]
    assert "| fact (question) | given | yes-rate | kind | source |" in text
    for kind in ("data", "derived", "estimate"):
        assert f"| {kind} |" in text, kind
    assert "| the emergency number |" in text and "| a doctor today (same day) |" in text
    assert re.search(r"\| the emergency number \| \d+\.\d% \| \d+\.\d% to \d+\.\d% \|", text)
    assert "**every estimate at its worst for the emergency share**" in text
    assert "**The worst case**" in text


def test_the_departures_and_changed_tests_are_written_with_reasons() -> None:
    text = safety_case()
    departures = text.split("## 7. Departures from the fourth pass", 1)[1].split("\n## ", 1)[0]
    assert len(re.findall(r"^\d+\. \*\*", departures, re.M)) >= 3, "each departure numbered, with its reason"
    assert "## 8. Changed tests, with reasons" in text


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
