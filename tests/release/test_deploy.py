"""The AWS package: `npm run package` builds it offline for the stage and region given, its
CloudFormation is least-privilege, and the zip answers a launch with nothing but itself.

Needs Node.js and `npm ci` (which also downloads the Lambda wheels into .wheels/); the
README's test command does both.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.support.fake_alexa import SKILL_ID as FIXTURES_SKILL_ID
from tests.support.fake_alexa import envelope
from tests.support.readme import command

ROOT = Path(__file__).parents[2]
README_PACKAGE = command("npm run package --")  # the README's, with its placeholder skill ID
PLACEHOLDER = re.match(r"ALEXA_SKILL_ID=(\S+) ", README_PACKAGE).group(1)  # type: ignore[union-attr]
SKILL_ID = FIXTURES_SKILL_ID
PACKAGE = README_PACKAGE.replace(PLACEHOLDER, SKILL_ID)  # the README's, with a skill ID in the placeholder's place
DEPLOY = command("npm run deploy --")
ZIP_LIMIT = 5 * 1024 * 1024
MAGIC_3_13 = (3571).to_bytes(2, "little") + b"\r\n"  # importlib.util.MAGIC_NUMBER of CPython 3.13

pytestmark = pytest.mark.skipif(shutil.which("npm") is None, reason="Node.js/npm is not installed")


def without_aws() -> dict[str, str]:
    """No AWS credentials or region at all: the package needs no account."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    return env | {"HOME": str(ROOT / ".serverless-home")}


@pytest.fixture(scope="module")
def package(runtime_python: str) -> Path:
    """The README's `npm run package -- --stage dev --region eu-west-1`; returns the .serverless folder."""
    assert (ROOT / "node_modules" / "osls").exists(), "run `npm ci` first (the README's test command does)"
    assert "--stage dev --region eu-west-1" in PACKAGE
    result = subprocess.run(
        ["bash", "-c", PACKAGE], cwd=ROOT, env=without_aws(), capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Invalid configuration" not in result.stdout + result.stderr  # osls knows python3.13
    return ROOT / ".serverless"


def test_the_readmes_placeholder_skill_id_is_refused_with_the_reason_before_anything_is_built() -> None:
    result = subprocess.run(
        ["bash", "-c", README_PACKAGE], cwd=ROOT, env=without_aws(), capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert f"refused: ALEXA_SKILL_ID='{PLACEHOLDER}' is a placeholder, not a skill ID" in result.stderr
    assert "+ " not in result.stderr  # no step ran


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
    assert not tops & {"bin"}, "the wheels' console scripts, with the building machine's Python as shebang"
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
    expected = sorted(["skill/__init__.py", "skill/settings.py", *on_disk])
    assert sources == expected, "the core, the Alexa adapter and the settings (the skill ID), whole, and nothing else"


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


def pins(path: Path) -> dict[str, str]:
    found = re.findall(r"^([A-Za-z0-9_.\[\]-]+)==(\S+)", path.read_text(), re.M)
    return {name.lower(): version for name, version in found}


def test_a_package_both_requirements_files_pin_has_the_same_version_in_both() -> None:
    """As requirements-lambda.txt's comment says; the Lambda zip uses nothing from requirements-dev.txt."""
    lambda_pins, web_pins = pins(ROOT / "requirements-lambda.txt"), pins(ROOT / "requirements.txt")
    shared = lambda_pins.keys() & web_pins.keys()
    assert {"ask-sdk-core", "ask-sdk-model", "ask-sdk-runtime", "certifi"} <= shared
    for name in shared:
        assert lambda_pins[name] == web_pins[name], name
    dev_only = pins(ROOT / "requirements-dev.txt").keys() - web_pins.keys()
    assert not dev_only & lambda_pins.keys()


def test_package_json_and_pyproject_give_the_same_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    package_json = json.loads((ROOT / "package.json").read_text())
    lock = json.loads((ROOT / "package-lock.json").read_text())
    assert package_json["version"] == project["version"] == lock["version"] == lock["packages"][""]["version"]


def test_the_stage_and_region_given_to_npm_run_package_are_in_the_package(
    package: Path, template: dict[str, Any]
) -> None:
    state = json.loads((package / "serverless-state.json").read_text())
    assert (state["service"]["provider"]["stage"], state["service"]["provider"]["region"]) == ("dev", "eu-west-1")
    [function] = of_type(template, "AWS::Lambda::Function")
    assert function["Properties"]["FunctionName"] == "back-pain-check-dev-skill"


def test_npm_run_deploy_gives_the_stage_and_region_to_every_step() -> None:
    """The README's deploy command, with --dry-run: the steps it would run (deploying needs AWS)."""
    result = subprocess.run(
        ["bash", "-c", f"{DEPLOY} --dry-run"], cwd=ROOT, env=without_aws(), capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    steps = [line for line in result.stderr.splitlines() if line.startswith("+ ")]
    assert len(steps) == 3, result.stderr
    assert re.search(r"/serverless package --stage prod --region eu-west-1$", steps[0]), steps[0]
    assert re.search(r"deploy/add_bytecode\.py \.serverless/back-pain-check\.zip$", steps[1]), steps[1]
    assert re.search(r"/serverless deploy --package \.serverless --stage prod --region eu-west-1$", steps[2]), steps[2]


def test_the_zip_alone_answers_a_launch_on_the_runtimes_python(
    package: Path, runtime_python: str, tmp_path: Path
) -> None:
    """Unpacked, with no site-packages and no environment (-S -E): only what the zip holds is importable."""
    zipfile.ZipFile(package / "back-pain-check.zip").extractall(tmp_path)
    script = (
        "import json, sys; from skill.alexa.lambda_function import handler; "
        "print(json.dumps(handler(json.load(sys.stdin), None)))"
    )
    result = subprocess.run(
        [runtime_python, "-S", "-E", "-c", script],
        input=json.dumps(envelope("launch_request")),
        cwd=tmp_path,
        env={"ALEXA_SKILL_ID": FIXTURES_SKILL_ID, "PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Back Pain Check asks up to" in json.loads(result.stdout)["response"]["outputSpeech"]["ssml"]


def test_snapstart_is_off_by_default(template: dict[str, Any]) -> None:
    [function] = of_type(template, "AWS::Lambda::Function")
    assert "SnapStart" not in function["Properties"]
    assert not of_type(template, "AWS::Lambda::Alias")


def test_with_snapstart_on_alexa_invokes_the_published_alias_that_snapstart_restores(tmp_path: Path) -> None:
    """LAMBDA_SNAPSTART=true (serverless.yml): SnapStart on published versions, and Alexa's
    permission on the "snapstart" alias that points at one (the skill's endpoint must be its ARN)."""
    command = [str(ROOT / "node_modules" / ".bin" / "serverless"), "package", "--stage", "dev", "--region", "eu-west-1"]
    env = without_aws() | {"ALEXA_SKILL_ID": SKILL_ID, "LAMBDA_SNAPSTART": "true"}
    result = subprocess.run(
        [*command, "--package", str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    resources = json.loads((tmp_path / "cloudformation-template-update-stack.json").read_text())["Resources"]
    [function] = of_type(resources, "AWS::Lambda::Function")
    assert function["Properties"]["SnapStart"] == {"ApplyOn": "PublishedVersions"}
    [alias] = of_type(resources, "AWS::Lambda::Alias")
    assert alias["Properties"]["Name"] == "snapstart"
    [permission] = of_type(resources, "AWS::Lambda::Permission")
    assert json.dumps(permission["Properties"]["FunctionName"]).endswith('"snapstart"]]}')  # the alias, not $LATEST


def test_the_lambda_init_captures_nothing_random_or_time_based() -> None:
    """What SnapStart snapshots (the import and the skill's build) reads no clock and draws no
    random number: a restored copy starts from nothing that is stale or shared. (The standard
    library's own import-time reads, logging's start time and random's seed, happen before: the
    runtime has imported them before the function's code.)"""
    code = (
        "import logging, os, random, time, uuid\n"
        "def refuse(*a, **k): raise AssertionError('called during init')\n"
        "saved = (time.time, time.time_ns, os.urandom, random.random, uuid.uuid4)\n"
        "time.time = time.time_ns = os.urandom = random.random = random.getrandbits = uuid.uuid4 = refuse\n"
        "os.environ['ALEXA_SKILL_ID'] = " + repr(SKILL_ID) + "\n"
        "import skill.alexa.lambda_function as entry\n"
        "time.time, time.time_ns, os.urandom, random.random, uuid.uuid4 = saved\n"
        "print('ok' if callable(entry.handler) else 'no handler')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "ALEXA_SKILL_ID"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]
