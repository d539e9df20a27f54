"""An independent Alexa client: virtual-alexa (npm, pinned in package.json) drives the Flask
server on 127.0.0.1 from each locale's interaction model, by utterance, to a verdict.

virtual-alexa does not sign requests, so this server checks timestamps but not signatures.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from skill.core.signs import WARNING_SIGNS
from skill.core.ssml import to_text
from skill.web.app import create_app
from skill.web.verification import RequestVerifier
from tests.support.locales import EXPECTED

ROOT = Path(__file__).parents[1]
DRIVER = Path(__file__).parent / "virtual_alexa" / "drive.js"

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None, reason="Node.js is not installed: the virtual-alexa tests need it"
)


@pytest.fixture(scope="module")
def skill_url() -> Iterator[str]:
    # virtual-alexa does not sign requests: signature checks off (so no skill ID needed), timestamps on.
    app = create_app(verifier=RequestVerifier(check_signature=False), test_config={"VERIFY_SIGNATURE": False})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/alexa"
    server.shutdown()
    server.server_close()


def drive(skill_url: str, locale: str, utterances: list[str]) -> list[dict[str, Any]]:
    assert (ROOT / "node_modules" / "virtual-alexa").exists(), "run `npm ci` first (the README's test command does)"
    model = ROOT / "interaction_model" / f"{locale}.json"
    result = subprocess.run(
        ["node", str(DRIVER), skill_url, str(model), locale, *utterances],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    turns: list[dict[str, Any]] = json.loads(result.stdout)
    return turns


def said(turn: dict[str, Any]) -> str:
    return to_text(turn["reply"]["response"]["outputSpeech"]["ssml"])


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_a_conversation_by_utterance_reaches_the_local_emergency_verdict(skill_url: str, locale: str) -> None:
    utterances = [
        "open back pain check",
        "help",
        "yes",
        "no",
        "I don't know",
        "start over",
        "no",
        "I don't know",
        "I don't know",
    ]
    turns = drive(skill_url, locale, utterances)
    assert [t["utterance"] for t in turns] == utterances
    heard = [said(t) for t in turns]
    assert heard[0].startswith("Welcome to Back Pain Check.")
    assert "yes or no questions about warning signs" in heard[1]
    assert heard[2].endswith("bladder or bowels?")
    assert heard[3].startswith("Have you had trouble peeing")
    assert heard[4].startswith("Trouble starting to pee")  # "I don't know" explains the sign
    assert (
        heard[5] == "Okay, let's start again. In the last two weeks, have you lost control of your bladder or bowels?"
    )
    assert heard[7].startswith("Trouble starting to pee")
    final = turns[-1]["reply"]
    assert final["response"]["shouldEndSession"] is True
    assert final["sessionAttributes"]["outcome"] == "emergency"
    assert heard[8].startswith(EXPECTED[locale][0])
    assert all(not t["reply"]["response"].get("shouldEndSession") for t in turns[:-1])


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_no_to_everything_by_utterance_reaches_self_care(skill_url: str, locale: str) -> None:
    main_questions = sum(sign.follows is None for sign in WARNING_SIGNS)
    turns = drive(skill_url, locale, ["open back pain check", "yes"] + ["no"] * main_questions)
    final = turns[-1]["reply"]
    assert final["sessionAttributes"]["outcome"] == "home"
    assert "you can look after this at home" in said(turns[-1])


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_natural_answers_go_back_and_an_emergency_by_utterance(skill_url: str, locale: str) -> None:
    utterances = ["open back pain check", "yes", "I haven't", "not at all", "go back", "I have"]
    heard = [said(t) for t in drive(skill_url, locale, utterances)]
    assert heard[2].startswith("Have you had trouble peeing")  # "I haven't" counted as no
    assert heard[3].startswith("Is there numbness around your genitals")  # "not at all" too
    assert heard[4].startswith("Okay, going back. Have you had trouble peeing")
    assert heard[5].startswith(EXPECTED[locale][0])  # "I have": yes, now an emergency

    for phrase in ("call an ambulance", "I can't feel my legs"):
        turns = drive(skill_url, locale, ["open back pain check", "yes", phrase])
        final = turns[-1]["reply"]
        assert final["response"]["shouldEndSession"] is True
        assert f"If this is an emergency, {EXPECTED[locale][1]} now" in said(turns[-1])
        assert "I can't call for you" in said(turns[-1])
