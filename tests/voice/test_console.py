"""The local console: utterances in, what Alexa would say out."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from skill.alexa import constants as c
from skill.core.speech import texts_for
from tests.support.console import console
from tests.support.conversations import after_age, heard, question
from tests.support.fake_alexa import SKILL_ID, Handler, fixture
from tools.console import Resolver, Session, load_language_model, run

ROOT = Path(__file__).parents[2]
TEXTS = texts_for("en-US")
AGE_ASKED = heard(TEXTS["start.after_offer"], TEXTS["question.age"])
THANKS = after_age(40)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_language_model("en-US"))


@pytest.mark.parametrize(
    ("utterance", "request_type", "intent", "opens"),
    [
        ("open back pain check", "LaunchRequest", None, True),
        ("Alexa, open Back Pain Check.", "LaunchRequest", None, True),
        ("alexa ask back pain check if my back pain is serious", "IntentRequest", c.START_CHECK, True),
        ("ask back pain check should I see a doctor about my back", "IntentRequest", c.START_CHECK, True),
        ("tell back pain check to check my back pain", "IntentRequest", c.START_CHECK, True),
        ("yeah", "IntentRequest", c.YES, False),
        ("Nope!", "IntentRequest", c.NO, False),
        ("I don't know", "IntentRequest", c.NOT_SURE, False),
        ("maybe", "IntentRequest", c.NOT_SURE, False),
        ("help", "IntentRequest", c.HELP, False),
        ("say that again", "IntentRequest", c.REPEAT, False),
        ("start over", "IntentRequest", c.START_OVER, False),
        ("cancel", "IntentRequest", c.CANCEL, False),
        ("blah", "IntentRequest", c.FALLBACK, False),
        ("I'm sixty seven", "IntentRequest", c.AGE, False),
        ("I'd rather not say", "IntentRequest", c.RATHER_NOT_SAY, False),
    ],
)
def test_utterances_resolve_as_alexa_would(
    resolver: Resolver, utterance: str, request_type: str, intent: str | None, opens: bool
) -> None:
    resolved = resolver.resolve(utterance)
    assert (resolved.request_type, resolved.intent, resolved.opens) == (request_type, intent, opens)


def shape(value: Any) -> Any:
    """The keys of nested objects, to compare envelopes without their values."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    return type(value).__name__


def test_the_console_sends_envelopes_shaped_like_alexas() -> None:
    session = Session("amzn1.ask.skill.x", "en-US")
    launch = session.envelope({"type": "LaunchRequest", "shouldLinkResultBeReturned": False})
    assert shape(launch) == shape(fixture("launch_request"))
    session.new = False
    intent = session.envelope({"type": "IntentRequest", "intent": {"name": c.YES, "confirmationStatus": "NONE"}})
    assert shape(intent) == shape(fixture("intent_request"))


def test_a_conversation_runs_to_the_verdict_and_ends(handler: Handler) -> None:
    out = io.StringIO()
    lines = ["open back pain check", "forty", "I'm not sure", "not sure", "not sure", "not sure"]
    assert run(lines, out, handler=handler, skill_id=SKILL_ID) == 0
    printed = out.getvalue().splitlines()
    # the welcome asks the age: the emergency line first
    assert printed[0].startswith("Alexa: If this is an emergency, call 911 now.") and printed[0].endswith(AGE_ASKED)
    assert printed[1] == "Alexa: " + THANKS
    assert printed[-2].startswith("Alexa: Call 911 now")
    assert printed[-1].startswith("[card] Call 911 now: ")


def test_the_console_runs_as_a_module_with_piped_input() -> None:
    result = console("alexa, ask back pain check is my back pain serious\n45\nno\nhelp\n", "--locale", "en-US")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("Alexa: If this is an emergency, call 911 now.")
    assert lines[0].endswith("How old are you?")
    assert lines[1] == "Alexa: " + after_age(45)
    assert lines[2] == "Alexa: " + question("breathless")
    assert lines[3] == "Alexa: " + heard(
        TEXTS["help.emergency"], TEXTS["explain.breathless"], TEXTS["help.check"], question("breathless")
    )


def test_a_check_cut_off_in_the_console_starts_afresh_and_nothing_is_written(tmp_path: Path) -> None:
    assert console("open back pain check\n45\nno\nno\n", cwd=tmp_path).returncode == 0
    result = console("open back pain check\n45\n", cwd=tmp_path)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Alexa: If this is an emergency") and "Last time" not in result.stdout
    assert lines[1:] == ["Alexa: " + after_age(45)]  # the first question, not the third
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_locale_is_a_clear_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tools.console", "--locale", "xx-XX"],
        input="",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2 and "no interaction model for locale 'xx-XX'" in result.stderr
    assert "choose one of en-AU, en-CA, en-GB, en-IN, en-US" in result.stderr


@pytest.mark.parametrize("name", ["en-gb", "EN_GB", "en_gb", "en-GB"])
def test_a_locale_name_in_any_case_or_with_an_underscore_is_accepted(name: str) -> None:
    result = console("open back pain check\n", "--locale", name)
    assert result.returncode == 0 and "call 999 now" in result.stdout


@pytest.mark.parametrize(
    ("utterance", "intent"),
    [
        ("I cant feel my legs", c.EMERGENCY),  # no apostrophe: a near match
        ("call an ambulence", c.EMERGENCY),  # a typo
        ("um, yes please", c.YES),  # fillers
        ("call 911", c.EMERGENCY),  # digits, as the samples spell them
        ("i dont", c.NO_ANSWER),
        ("what's the weather", c.FALLBACK),
    ],
)
def test_the_console_resolves_near_matches_as_alexa_likely_would(
    resolver: Resolver, utterance: str, intent: str
) -> None:
    assert resolver.resolve(utterance).intent == intent


def test_samples_with_slots_match_any_words_in_the_slot() -> None:
    model = {"invocationName": "back pain check", "intents": [{"name": "SideIntent", "samples": ["my {side} leg"]}]}
    resolver = Resolver(model)
    assert resolver.resolve("my left leg").intent == "SideIntent"
    assert resolver.resolve("my leg").intent == c.FALLBACK


def test_with_screen_the_console_prints_what_the_screen_shows_and_without_it_nothing() -> None:
    shown = console("open back pain check\nyes\n45\nyes\nyes\n", "--screen").stdout.splitlines()
    assert "[screen: welcome] [ Start the check ] [ How it works ]" in shown
    assert "[screen: question] [ Yes ] [ No ] [ Not sure ]" in shown
    assert any(line.startswith("[screen: verdict] Call 911 now | 911 | ") for line in shown)
    voice_only = console("open back pain check\nyes\n45\nyes\nyes\n").stdout.splitlines()
    assert not [line for line in voice_only if line.startswith("[screen")]
    assert voice_only == [line for line in shown if not line.startswith("[screen")]
