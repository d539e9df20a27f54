"""``npm run package`` and ``npm run deploy``: the Serverless Framework's steps with one stage and region.

    npm run package -- --stage dev --region eu-west-1   # .serverless/back-pain-check.zip, no AWS account
    npm run deploy -- --stage prod --region eu-west-1   # the same package, then deployed (AWS credentials)

npm appends its arguments to the end of a script, so the script is this one command and
the flags reach every step: ``serverless package``, then deploy/add_bytecode.py (the zip's
Python 3.13 bytecode), then for deploy ``serverless deploy --package`` with the same flags.
Defaults: stage prod, region $AWS_REGION or us-east-1 (serverless.yml). ``--dry-run``
prints the commands instead of running them. ALEXA_SKILL_ID must be a skill ID (amzn1.ask.skill. and
a UUID): unset, or a placeholder such as the README's ``amzn1.ask.skill....``, is refused with the reason.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # skill.settings: the skill ID's rule, written once (standard library only)
from skill.settings import Settings, placeholder_skill_id_problem  # noqa: E402

SERVERLESS = str(ROOT / "node_modules" / ".bin" / "serverless")
ZIP = ".serverless/back-pain-check.zip"
# Offline: the Lambda wheels come from .wheels/ (`npm ci` downloads them), and the
# Framework sends nothing home.
ENVIRONMENT = {
    "PIP_NO_INDEX": "1",
    "PIP_FIND_LINKS": str(ROOT / ".wheels"),
    "SLS_TELEMETRY_DISABLED": "1",
    "SLS_NOTIFICATIONS_MODE": "off",
}


def commands(action: str, stage: str | None, region: str | None) -> list[list[str]]:
    """The steps of ``action`` (package or deploy), each given the same stage and region."""
    flags = [*(["--stage", stage] if stage else []), *(["--region", region] if region else [])]
    steps = [[SERVERLESS, "package", *flags], [sys.executable, str(ROOT / "deploy" / "add_bytecode.py"), ZIP]]
    if action == "deploy":
        steps.append([SERVERLESS, "deploy", "--package", ".serverless", *flags])
    return steps


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="npm run package|deploy --", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["package", "deploy"])
    parser.add_argument("--stage", help="the stage (default: prod)")
    parser.add_argument("--region", help="the AWS region (default: $AWS_REGION, else us-east-1)")
    parser.add_argument("--dry-run", action="store_true", help="print the commands, run nothing")
    args = parser.parse_args(argv)
    problem = placeholder_skill_id_problem(Settings.from_environ().skill_id)
    if problem is not None and not args.dry_run:  # it would go into the template, and Alexa's trigger, as it is
        print(f"npm run {args.action}: refused: {problem}", file=sys.stderr)
        return 2
    environment = {**os.environ, **ENVIRONMENT}
    for command in commands(args.action, args.stage, args.region):
        print("+", shlex.join(command), file=sys.stderr, flush=True)
        if not args.dry_run:
            result = subprocess.run(command, cwd=ROOT, env=environment, check=False)
            if result.returncode != 0:
                return result.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
