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


def test_the_function_runs_the_lambda_entry_point_on_python_3_12(template: dict[str, Any]) -> None:
    [function] = of_type(template, "AWS::Lambda::Function")
    properties = function["Properties"]
    assert properties["Handler"] == "skill/lambda_function.handler"
    assert properties["Runtime"] == "python3.12"
    variables = properties["Environment"]["Variables"]
    assert variables["ALEXA_SKILL_ID"] == SKILL_ID
    assert variables["SKILL_STORE_URL"] == "dynamodb://back-pain-check-prod-store"


def test_the_store_table_is_on_demand_with_a_ttl(template: dict[str, Any]) -> None:
    [table] = of_type(template, "AWS::DynamoDB::Table")
    properties = table["Properties"]
    assert properties["TableName"] == "back-pain-check-prod-store"
    assert properties["BillingMode"] == "PAY_PER_REQUEST"
    assert properties["TimeToLiveSpecification"] == {"AttributeName": "expires_at", "Enabled": True}
    assert properties["KeySchema"] == [{"AttributeName": "id", "KeyType": "HASH"}]


def test_the_function_may_touch_only_items_of_that_table(template: dict[str, Any]) -> None:
    [role] = of_type(template, "AWS::IAM::Role")
    statements = [s for policy in role["Properties"]["Policies"] for s in policy["PolicyDocument"]["Statement"]]
    dynamodb = [s for s in statements if any(a.startswith("dynamodb:") for a in s["Action"])]
    table_id = next(name for name, r in template.items() if r["Type"] == "AWS::DynamoDB::Table")
    assert dynamodb == [
        {
            "Effect": "Allow",
            "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"],
            "Resource": {"Fn::GetAtt": [table_id, "Arn"]},
        }
    ]
    assert all("*" not in json.dumps(s["Action"]) for s in statements)


def test_the_zip_is_small_and_holds_the_skill_and_its_libraries_only(package: Path) -> None:
    archive = package / "back-pain-check.zip"
    assert archive.stat().st_size <= ZIP_LIMIT
    names = zipfile.ZipFile(archive).namelist()
    tops = {name.split("/")[0] for name in names}
    assert {"skill", "ask_sdk_core", "ask_sdk_model", "ask_sdk_dynamodb", "requests"} <= tops
    assert not tops & {"tests", "node_modules", "boto3", "botocore", "flask", "cryptography", ".venv", "bench"}
    assert "skill/lambda_function.py" in names
    assert not [n for n in names if re.search(r"(app|verification|console|gunicorn_conf)\.py$|__pycache__", n)]


def test_the_lambda_requirements_pin_the_same_versions_as_requirements_txt() -> None:
    def pins(path: Path) -> dict[str, str]:
        found = re.findall(r"^([A-Za-z0-9_.\[\]-]+)==(\S+)", path.read_text(), re.M)
        return {name.lower(): version for name, version in found}

    lambda_pins, web_pins = pins(ROOT / "requirements-lambda.txt"), pins(ROOT / "requirements.txt")
    for name in lambda_pins.keys() & web_pins.keys():
        assert lambda_pins[name] == web_pins[name], name
