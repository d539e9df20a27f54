"""The AWS package: `npm run package` builds it offline, and its CloudFormation is least-privilege.

Needs Node.js and `npm ci` (which also downloads the Lambda wheels into .wheels/); the
README's test command does both.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).parents[1]
SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555"
ZIP_LIMIT = 5 * 1024 * 1024
MAGIC_3_13 = (3571).to_bytes(2, "little") + b"\r\n"  # importlib.util.MAGIC_NUMBER of CPython 3.13

pytestmark = pytest.mark.skipif(shutil.which("npm") is None, reason="Node.js/npm is not installed")


@pytest.fixture(scope="module")
def package() -> Path:
    """Run `npm run package` with no AWS credentials at all; returns the .serverless folder."""
    assert (ROOT / "node_modules" / "serverless").exists(), "run `npm ci` first (the README's test command does)"
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env |= {"ALEXA_SKILL_ID": SKILL_ID, "HOME": str(ROOT / ".serverless-home")}
    result = subprocess.run(
        ["npm", "run", "--silent", "package"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return ROOT / ".serverless"


@pytest.fixture(scope="module")
def template(package: Path) -> dict[str, Any]:
    resources: dict[str, Any] = json.loads((package / "cloudformation-template-update-stack.json").read_text())[
        "Resources"
    ]
    return resources


def of_type(template: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [resource for resource in template.values() if resource["Type"] == kind]


def test_alexa_may_invoke_the_function_for_this_skill_only(template: dict[str, Any]) -> None:
    [permission] = of_type(template, "AWS::Lambda::Permission")
    properties = permission["Properties"]
    assert properties["Principal"] == "alexa-appkit.amazon.com"
    assert properties["EventSourceToken"] == SKILL_ID
    assert properties["Action"] == "lambda:InvokeFunction"


def test_the_function_runs_the_lambda_entry_point_on_python_3_13(template: dict[str, Any]) -> None:
    [function] = of_type(template, "AWS::Lambda::Function")
    properties = function["Properties"]
    assert properties["Handler"] == "skill/alexa/lambda_function.handler"
    assert properties["Runtime"] == "python3.13"
    assert properties["Environment"]["Variables"] == {"ALEXA_SKILL_ID": SKILL_ID}


def test_nothing_is_stored_so_there_is_no_table_and_the_role_may_only_write_logs(template: dict[str, Any]) -> None:
    assert not [
        name
        for name, r in template.items()
        if not r["Type"].startswith(("AWS::Lambda::", "AWS::IAM::", "AWS::Logs::", "AWS::S3::"))
    ]
    [role] = of_type(template, "AWS::IAM::Role")
    statements = [s for policy in role["Properties"]["Policies"] for s in policy["PolicyDocument"]["Statement"]]
    actions = {action for s in statements for action in s["Action"]}
    assert actions == {"logs:CreateLogStream", "logs:CreateLogGroup", "logs:TagResource", "logs:PutLogEvents"}


def test_the_zip_is_small_and_holds_the_skill_and_its_libraries_only(package: Path) -> None:
    archive = package / "back-pain-check.zip"
    assert archive.stat().st_size <= ZIP_LIMIT
    names = zipfile.ZipFile(archive).namelist()
    tops = {name.split("/")[0] for name in names}
    assert {"skill", "ask_sdk_core", "ask_sdk_model", "requests"} <= tops
    assert not tops & {"tests", "node_modules", "boto3", "flask", "cryptography", "markdown_it", ".venv", "bench"}
    assert not tops & {"ask_sdk_dynamodb", "docs", "interaction_model"}
    assert "skill/alexa/lambda_function.py" in names
    ours = sorted(name for name in names if name.startswith("skill/") and not name.endswith("/"))
    folders = {name.rsplit("/", 1)[0].removesuffix("/__pycache__") for name in ours}
    assert folders == {"skill", "skill/core", "skill/core/speech", "skill/alexa", "skill/alexa/apl"}, folders
    assert {f"skill/alexa/apl/{kind}.json" for kind in ("welcome", "question", "verdict")} <= set(ours)
    on_disk = sorted(
        str(path.relative_to(ROOT))
        for folder in ("skill/core", "skill/alexa")
        for path in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in path.parts
    )
    sources = [name for name in ours if name.endswith(".py")]
    assert sources == sorted(["skill/__init__.py", *on_disk]), "the core and the Alexa adapter, whole, and nothing else"


def test_every_module_in_the_zip_has_bytecode_from_the_runtimes_python(package: Path) -> None:
    """Lambda's task root is read-only: without this every cold start compiles everything."""
    archive = zipfile.ZipFile(package / "back-pain-check.zip")
    names = set(archive.namelist())
    sources = [name for name in names if name.endswith(".py")]
    assert len(sources) > 500  # the skill and its libraries
    for source in sources:
        folder, _, file = source.rpartition("/")
        compiled = (
            f"{folder}/__pycache__/{file[:-3]}.cpython-313.pyc"
            if folder
            else f"__pycache__/{file[:-3]}.cpython-313.pyc"
        )
        assert compiled in names, source
        header = archive.read(compiled)[:8]
        assert header[:4] == MAGIC_3_13, compiled  # compiled by Python 3.13 itself
        assert int.from_bytes(header[4:8], "little") == 0b01, compiled  # PEP 552: hash-based, never checked
    assert not [name for name in names if name.endswith(".pyc") and "cpython-313" not in name]


def test_the_lambda_requirements_pin_the_same_versions_as_requirements_txt() -> None:
    def pins(path: Path) -> dict[str, str]:
        found = re.findall(r"^([A-Za-z0-9_.\[\]-]+)==(\S+)", path.read_text(), re.M)
        return {name.lower(): version for name, version in found}

    lambda_pins, web_pins = pins(ROOT / "requirements-lambda.txt"), pins(ROOT / "requirements.txt")
    for name in lambda_pins.keys() & web_pins.keys():
        assert lambda_pins[name] == web_pins[name], name
