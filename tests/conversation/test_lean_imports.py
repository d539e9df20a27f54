"""ask-sdk's service clients stay unloaded, and every name of their package still resolves."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from skill.alexa import lean_imports

ROOT = Path(__file__).parents[2]


def test_the_lambda_entry_point_loads_no_service_client_and_answers() -> None:
    code = (
        "import json, sys; from skill.alexa.lambda_function import build_handler; "
        "from tests.support.fake_alexa import SKILL_ID, envelope; "
        "out = build_handler(SKILL_ID)(envelope('echo_launch'), None); "
        "print(json.dumps([m for m in sys.modules if m.startswith('ask_sdk_model.services')] + [out['version']]))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout)
    assert loaded[-1] == "1.0"
    assert not [m for m in loaded if "service_client_factory" in m or m.endswith((".lwa", ".monetization"))], loaded


@pytest.mark.parametrize("name", sorted(lean_imports.NAMES))
def test_every_name_of_the_package_resolves_to_the_real_one_in_a_fresh_process(name: str) -> None:
    submodule = lean_imports.NAMES[name]
    code = (
        "import skill.alexa, importlib, ask_sdk_model.services as s; "
        f"real = importlib.import_module('ask_sdk_model.services.{submodule}').{name}; "
        f"print(s.{name} is real or s.{name} is skill.alexa.lean_imports.LazyServiceClientFactory)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


def test_the_names_are_the_real_packages_own() -> None:
    init = Path(lean_imports.importlib.util.find_spec("ask_sdk_model").origin).parent / "services" / "__init__.py"  # type: ignore[arg-type]
    imported = {
        line.split(" import ")[1].strip() for line in init.read_text().splitlines() if line.startswith("from .")
    }
    assert imported == set(lean_imports.NAMES)


def test_the_stand_in_builds_the_real_factory() -> None:
    from ask_sdk_model.services.api_configuration import ApiConfiguration
    from ask_sdk_model.services.service_client_factory import ServiceClientFactory

    factory = lean_imports.LazyServiceClientFactory(api_configuration=ApiConfiguration())
    assert isinstance(factory, ServiceClientFactory)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        lean_imports._resolve("NoSuchThing")
