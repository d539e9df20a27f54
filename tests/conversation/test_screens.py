"""The check on Echo Show and other devices with a screen (APL)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from skill.alexa import constants as c
from skill.alexa.screens import DOCUMENTS, KINDS, TOUCHES
from skill.alexa.session import Phase
from skill.core import responses
from skill.core.signs import WARNING_SIGNS, Tier
from skill.core.speech import LOCALES, texts_for
from skill.core.ssml import to_text
from skill.core.triage import Verdict
from tests.support.conversations import after_age, at_age_question, question, started
from tests.support.conversations import heard as joined
from tests.support.conversations import text as message
from tests.support.fake_alexa import FakeAlexa, Handler, ends_session, outcome, speech

ROOT = Path(__file__).parents[2]
RENDER = "Alexa.Presentation.APL.RenderDocument"


def directives(out: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = out["response"].get("directives") or []
    return found


def screen_of(out: dict[str, Any]) -> dict[str, Any]:
    [directive] = directives(out)
    assert directive["type"] == RENDER
    data: dict[str, Any] = directive["datasources"]["screen"]
    return data


# --- Only where there is a screen; voice-only responses unchanged ------------------------


def conversation(handler: Handler, screen: bool) -> list[dict[str, Any]]:
    fake_alexa = FakeAlexa(handler, screen=screen)
    fake_alexa.launch()
    for intent in (c.HELP, c.YES, c.HELP):  # the welcome asks the age: help, and a yes that is not an age
        fake_alexa.say(intent)
    fake_alexa.tell_age(40)
    for intent in (c.NOT_SURE, c.FALLBACK, c.NO, c.REPEAT):
        fake_alexa.say(intent)
    fake_alexa.answer_until_verdict({"leg_symptoms"})
    return fake_alexa.responses


def test_a_screen_is_sent_only_to_a_device_that_has_one_and_nothing_else_changes(handler: Handler) -> None:
    voice, shown = conversation(handler, screen=False), conversation(handler, screen=True)
    assert len(voice) == len(shown) > 10
    for heard, seen in zip(voice, shown, strict=True):
        assert "directives" not in heard["response"] or heard["response"]["directives"] == []
        assert [d["type"] for d in directives(seen)] == [RENDER]
        without_screen = json.loads(json.dumps(seen))
        without_screen["response"].pop("directives")
        if "directives" in heard["response"]:
            without_screen["response"]["directives"] = heard["response"]["directives"]
        assert json.dumps(without_screen, sort_keys=True) == json.dumps(heard, sort_keys=True)


def test_each_kind_of_screen_has_one_document_filled_from_its_datasource(handler: Handler) -> None:
    fake_alexa = FakeAlexa(handler, screen=True)
    kinds = []
    fake_alexa.launch()
    for out in (fake_alexa.responses[-1], fake_alexa.say(c.YES), fake_alexa.tell_age(40), fake_alexa.say(c.YES)):
        [directive] = directives(out)
        kinds.append(directive["token"])
        assert directive["document"] == json.loads(
            (Path(DOCUMENTS) / f"{directive['token'].rsplit('-', 1)[1]}.json").read_text()
        )
    out = fake_alexa.say(c.YES)  # chest pain since this time yesterday
    [directive] = directives(out)
    kinds.append(directive["token"])
    # The age question keeps the welcome's screen (the emergency line and the disclaimer).
    assert kinds == [
        "back-pain-check-welcome",
        "back-pain-check-welcome",
        "back-pain-check-question",
        "back-pain-check-question",
        "back-pain-check-verdict",
    ]


# --- Every question and verdict, in every locale, from the speech data --------------------


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_question_renders_from_the_locales_speech_data(locale: str) -> None:
    t = texts_for(locale)
    for sign in WARNING_SIGNS:
        builder = responses.ask(t, sign).screen
        assert builder is not None
        screen = builder()
        assert screen.kind == "question"
        assert screen.data["title"] == to_text(t[f"question.{sign.id}"])
        assert screen.data["hint"] and to_text(t[f"explain.{sign.id}"]).startswith(screen.data["hint"])
        buttons = [screen.data[f"button_{b}"] for b in ("yes", "no", "not_sure")]
        assert buttons == [t["button.yes"], t["button.no"], t["button.not_sure"]]
        assert buttons == ["Yes", "No", "Not sure"] or not locale.startswith("en-")


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("tier", list(Tier))
def test_every_verdict_renders_from_the_locales_speech_data(locale: str, tier: Tier) -> None:
    t = texts_for(locale)
    reasons = tuple(s for s in WARNING_SIGNS if s.tier is tier)[:2]
    speech_out = responses.verdict(t, Verdict(tier, reasons, yes=frozenset(s.id for s in reasons)))
    assert speech_out.screen is not None
    screen = speech_out.screen()
    assert screen.kind == "verdict" and screen.data["tier"] == tier.id
    assert screen.data["headline"] == t[f"card.title.{tier.id}"]
    assert screen.data["disclaimer"] == to_text(t["disclaimer"])
    if tier is Tier.EMERGENCY:
        assert screen.data["number"] == t["screen.number"] and screen.data["safety_net"] == ""
    else:
        net = responses.safety_net(t, {s.id for s in reasons})
        assert screen.data["number"] == "" and screen.data["safety_net"] == to_text(net) != ""
    for reason in reasons:
        assert to_text(t[f"reason.{reason.id}"]) in screen.data["reasons"]


# --- Touch is an answer ------------------------------------------------------------------


def in_phase(handler: Handler, phase: Phase) -> FakeAlexa:
    fake_alexa = FakeAlexa(handler, screen=True)
    if phase is Phase.OFFERED:
        fake_alexa.launch()
    elif phase is Phase.AGE:
        at_age_question(fake_alexa)
    elif phase is Phase.CHECKING:
        started(fake_alexa)
    elif phase is Phase.BROKEN:
        fake_alexa.attributes = {"v": 99}
    return fake_alexa


@pytest.mark.parametrize("phase", list(Phase))
@pytest.mark.parametrize("argument", [*TOUCHES, "made-up", None, 7])
def test_every_button_in_every_phase_goes_through_the_conversation(
    handler: Handler, phase: Phase, argument: Any
) -> None:
    touched = in_phase(handler, phase)
    spoken = in_phase(handler, phase)
    out = touched.touch(argument) if argument is not None else touched.touch()
    intent = TOUCHES.get(argument, c.FALLBACK) if isinstance(argument, str) else c.FALLBACK
    expected = spoken.say(intent)
    assert speech(out) == speech(expected) and ends_session(out) == ends_session(expected)
    assert out.get("sessionAttributes") == expected.get("sessionAttributes")


def test_touching_yes_no_and_not_sure_answers_the_question(handler: Handler) -> None:
    t = texts_for("en-US")
    fake_alexa = in_phase(handler, Phase.CHECKING)
    assert speech(fake_alexa.touch("not_sure")) == joined(t["explain.chest_pain"], t["question.chest_pain"])
    assert speech(fake_alexa.touch("no")) == joined(t["question.breathless"])
    fake_alexa = in_phase(handler, Phase.CHECKING)
    assert speech(fake_alexa.touch("yes")) == joined(t["ack.yes"], t["question.chest_pain_recent"])
    out = fake_alexa.touch("yes")
    assert outcome(out) == "emergency" and screen_of(out)["number"] == "911"


def test_a_touch_that_does_not_fit_the_phase_is_a_safe_re_ask(handler: Handler) -> None:
    fake_alexa = in_phase(handler, Phase.CHECKING)
    out = fake_alexa.touch("start", "extra")  # the welcome's button, pressed on a stale screen mid-check
    assert speech(out) == question("chest_pain") and not ends_session(out)  # asked again, not answered
    out = fake_alexa.touch({"not": "a string"})
    assert speech(out).startswith("Sorry, I didn't catch that.") and not ends_session(out)


def test_a_yes_button_at_the_age_question_asks_for_the_age_again_and_no_declines(handler: Handler) -> None:
    fake_alexa = in_phase(handler, Phase.AGE)
    out = fake_alexa.touch("yes")  # from a stale question screen
    assert speech(out).startswith("Sorry, I didn't catch your age.") and speech(out).endswith(message("question.age"))
    assert not ends_session(out) and outcome(out) is None
    declined = in_phase(handler, Phase.AGE).touch("no")  # "how old are you?" "No": no thanks, as said aloud
    assert speech(declined) == message("goodbye") and ends_session(declined)
    out = fake_alexa.touch("not_sure")  # "not sure" at the age question: would rather not say
    assert speech(out) == after_age(None)


# --- Accessible, and valid by Amazon's own tool ------------------------------------------------


def documents() -> dict[str, Any]:
    return {kind: json.loads((Path(DOCUMENTS) / f"{kind}.json").read_text()) for kind in KINDS}


def walk(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        if "type" in node:
            found.append(node)
        for value in node.values():
            found += walk(value)
    elif isinstance(node, list):
        for value in node:
            found += walk(value)
    return found


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("kind", KINDS)
def test_every_touchable_has_an_accessibility_label_and_sends_a_known_answer(kind: str) -> None:
    touchables = [node for node in walk(documents()[kind]) if node.get("type") == "TouchWrapper"]
    if kind != "verdict":
        assert touchables
    for node in touchables:
        assert node["accessibilityLabel"].startswith("${screen.button_")
        [event] = node["onPress"]
        assert event["type"] == "SendEvent" and event["arguments"][0] in TOUCHES


@pytest.mark.parametrize("kind", KINDS)
def test_text_is_legible_and_contrast_is_at_least_wcag_aa(kind: str) -> None:
    document = documents()[kind]
    colours: dict[str, str] = {}
    for resource in document["resources"]:
        colours.update(resource.get("colors", {}))
        for size in resource.get("dimensions", {}).values():
            assert int(re.fullmatch(r"(\d+)dp", size).group(1)) >= 28  # type: ignore[union-attr]
    for text, background in [
        ("text", "background"),
        ("accent", "background"),
        ("buttonText", "buttonBackground"),
        ("text", "emergencyBackground"),
        ("accent", "emergencyBackground"),
    ]:
        assert contrast(colours[text], colours[background]) >= 4.5, (text, background)
    conditions = [resource.get("when", "") for resource in document["resources"]]
    assert any("round" in condition for condition in conditions) and any("tv" in condition for condition in conditions)
    for node in walk(document):
        if node.get("type") == "Text":
            assert node["fontSize"].startswith("@"), node  # sizes come from the viewport-aware resources


def test_every_document_passes_amazons_apl_suggester() -> None:
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed")
    assert (ROOT / "node_modules" / "apl-suggester").exists(), "run `npm ci` first (the README's test command does)"
    files = [str(Path(DOCUMENTS) / f"{kind}.json") for kind in KINDS]
    result = subprocess.run(
        ["node", str(ROOT / "tests" / "apl" / "validate.js"), *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {file: [] for file in files}


@pytest.mark.parametrize("kind", ["welcome", "question"])
def test_a_tv_remote_moves_between_the_buttons_in_reading_order_starting_at_the_first(kind: str) -> None:
    document = documents()[kind]
    buttons = [node for node in walk(document) if node.get("type") == "TouchWrapper"]
    ids = [button["id"] for button in buttons]
    for index, button in enumerate(buttons):
        assert button.get("nextFocusRight") == (ids[index + 1] if index + 1 < len(ids) else None)
        assert button.get("nextFocusLeft") == (ids[index - 1] if index else None)
    [focus] = document["onMount"]
    assert focus == {"type": "SetFocus", "componentId": ids[0], "when": "${viewport.mode == 'tv'}"}
