"""The layers hold: what each package may import, and what the Lambda entry point loads.

skill/core     the pure core: signs, rules, meaning, speech, responses. No Alexa, no I/O.
skill/alexa    the Alexa adapter: conversation, session, handlers, assembly, Lambda entry.
skill/web      the web adapter: Flask app, verification, pages, server config.
skill/settings the configuration, read from the environment (standard library only).
tools    the console, the skill package, the safety case generator.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SKILL = ROOT / "skill"
STANDARD_LIBRARY = set(sys.stdlib_module_names)
# What each layer may import, besides the standard library.
ALLOWED = {
    "core": {"skill.core"},
    "alexa": {"skill.core", "skill.alexa", "skill.settings", "ask_sdk_core", "ask_sdk_model", "ask_sdk_runtime"},
    "web": {"skill.core", "skill.alexa", "skill.settings", "skill.web", "ask_sdk_core", "ask_sdk_model",
            "ask_sdk_runtime", "ask_sdk_webservice_support", "flask", "werkzeug", "cryptography", "certifi",
            "markdown_it", "gevent", "gunicorn", "granian"},
}  # fmt: skip


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def allowed(module: str, prefixes: set[str]) -> bool:
    top = module.split(".")[0]
    return top in STANDARD_LIBRARY or any(module == p or module.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_what_it_may(layer: str) -> None:
    for path in sorted((SKILL / layer).rglob("*.py")):
        for module in imports_of(path):
            assert allowed(module, ALLOWED[layer]), f"{path.relative_to(ROOT)} imports {module}"


def test_the_settings_need_only_the_standard_library() -> None:
    """skill/settings.py is in the Lambda zip and read by deploy/serverless.py with any python3."""
    assert all(allowed(module, set()) for module in imports_of(SKILL / "settings.py"))


def test_the_core_does_no_io() -> None:
    forbidden = {"os", "socket", "subprocess", "urllib", "http", "logging", "threading", "time", "pathlib", "io"}
    for path in sorted((SKILL / "core").rglob("*.py")):
        assert not {module.split(".")[0] for module in imports_of(path)} & forbidden, path


def test_the_lambda_entry_point_loads_nothing_from_the_web_adapter_or_the_tools() -> None:
    code = "import sys, json, skill.alexa.lambda_function; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout)
    assert not [m for m in loaded if m.startswith(("skill.web", "tools", "flask", "werkzeug", "cryptography"))]
    assert "skill.alexa.handlers" in loaded and "skill.core.triage" in loaded


def test_test_modules_and_the_bench_do_not_import_each_other() -> None:
    for path in sorted(ROOT.glob("tests/**/*.py")) + sorted(ROOT.glob("bench/*.py")):
        for module in imports_of(path):
            assert not module.startswith("tests.test_"), f"{path.relative_to(ROOT)} imports {module}"
            if module.startswith("bench") and path.parent.name != "bench":
                assert path.name == "test_bench.py", f"{path.relative_to(ROOT)} imports {module}"
