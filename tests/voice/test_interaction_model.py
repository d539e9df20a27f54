"""Every locale's interaction model, and the manifest, against Amazon's model-building rules.

Rules from the Alexa Skills Kit documentation: "Choose the invocation name for a custom
skill" (invocation name requirements), "Create intents, utterances, and slots" and
"Best practices for sample utterances" (allowed characters, numbers spelled out, slot
references, no sample in two intents), and "Standard built-in intents" (Cancel, Help,
Stop and NavigateHome are required; Fallback is recommended).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from skill.alexa import constants as c
from skill.core.speech import LOCALES, language_of
from tools.console import normalise

MODEL_DIR = Path(__file__).parents[2] / "interaction_model"
MODEL_FILES = sorted(MODEL_DIR.glob("*.json"))

REQUIRED_BUILT_INS = {c.CANCEL, c.HELP, c.STOP, c.NAVIGATE_HOME, c.FALLBACK}
LAUNCH_WORDS = {"ask", "tell", "open", "launch", "load", "begin", "enable", "start", "run", "resume", "use", "play"}
# The same words in Spanish and French, which an invocation name in those languages must not use either.
LAUNCH_WORDS |= {"abre", "abrir", "pide", "pregunta", "dile", "inicia", "empieza", "comienza", "lanza", "usa", "juega"}
LAUNCH_WORDS |= {"ouvre", "ouvrir", "demande", "dis", "lance", "démarre", "commence", "utilise", "joue"}
INVOCATION_NAMES = {"en": "back pain check", "es": "chequeo de espalda", "fr": "bilan du dos"}
WAKE_WORDS = {"alexa", "amazon", "echo", "computer", "skill", "app"}
CONNECTING_WORDS = {
    "to",
    "from",
    "in",
    "using",
    "with",
    "about",
    "for",
    "that",
    "by",
    "if",
    "and",
    "whether",
    "of",
    "the",
    "a",
    "an",
}
# Lowercase letters, with the accented ones of Spanish and French (á, é, ñ, ç, œ ...).
LETTER = "[a-zà-öø-ÿœ]"
SAMPLE = re.compile(
    rf"^(?:{LETTER}+(?:['.-]{LETTER}*)*|\{{[A-Za-z_]+\}})(?: (?:{LETTER}+(?:['.-]{LETTER}*)*|\{{[A-Za-z_]+\}}))*$"
)
INTENT_NAME = re.compile(r"^[A-Za-z_]+$")


def language_model(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text())
    assert set(data) <= {"interactionModel", "version"}
    assert set(data["interactionModel"]) <= {"languageModel", "dialog", "prompts"}
    model: dict[str, Any] = data["interactionModel"]["languageModel"]
    return model


@pytest.fixture(params=MODEL_FILES, ids=lambda p: p.stem)
def model(request: pytest.FixtureRequest) -> dict[str, Any]:
    return language_model(request.param)


@pytest.fixture(params=MODEL_FILES, ids=lambda p: p.stem)
def model_and_locale(request: pytest.FixtureRequest) -> tuple[dict[str, Any], str]:
    return language_model(request.param), request.param.stem


def test_there_is_a_model_for_every_locale_the_skill_speaks() -> None:
    assert {p.stem for p in MODEL_FILES} == set(LOCALES)


def test_the_invocation_name_meets_the_requirements(model_and_locale: tuple[dict[str, Any], str]) -> None:
    model, locale = model_and_locale
    name = model["invocationName"]
    assert name == INVOCATION_NAMES[language_of(locale)]
    assert re.fullmatch(rf"{LETTER}+(?:['.]?{LETTER}*)*(?: {LETTER}+(?:['.]?{LETTER}*)*)+", name), "two or more words"
    words = name.split()
    assert not set(words) & (LAUNCH_WORDS | WAKE_WORDS)
    if len(words) == 2:
        assert not set(words) & CONNECTING_WORDS


def test_intents_are_well_formed_and_unique(model: dict[str, Any]) -> None:
    names = [intent["name"] for intent in model["intents"]]
    assert len(names) == len(set(names))
    for name in names:
        if name.startswith("AMAZON."):
            assert INTENT_NAME.match(name.removeprefix("AMAZON."))
        else:
            assert INTENT_NAME.match(name)


def test_the_required_built_in_intents_are_present(model: dict[str, Any]) -> None:
    assert {intent["name"] for intent in model["intents"]} >= REQUIRED_BUILT_INS


def test_every_intent_in_the_model_has_a_handler_and_every_handled_intent_is_in_the_model(
    model: dict[str, Any],
) -> None:
    assert {intent["name"] for intent in model["intents"]} == set(c.HANDLED_INTENTS)


def test_custom_intents_have_samples_and_no_digits_or_symbols(model: dict[str, Any]) -> None:
    for intent in model["intents"]:
        if not intent["name"].startswith("AMAZON."):
            assert intent["samples"], intent["name"]
        for sample in intent.get("samples", []):
            assert SAMPLE.match(sample), f"{intent['name']}: {sample!r}"
            assert not re.search(r"\d", sample)
            assert len(sample) <= 200


def test_slot_references_name_slots_of_their_intent_with_known_types(model: dict[str, Any]) -> None:
    types = {t["name"] for t in model.get("types", [])}
    for intent in model["intents"]:
        slots = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
        for slot_type in slots.values():
            assert slot_type.startswith("AMAZON.") or slot_type in types
        for sample in intent.get("samples", []):
            for reference in re.findall(r"\{(\w+)\}", sample):
                assert reference in slots, f"{sample!r} names no slot of {intent['name']}"


def test_no_sample_is_in_two_intents_or_twice_in_one(model: dict[str, Any]) -> None:
    seen: dict[str, str] = {}
    for intent in model["intents"]:
        for sample in intent.get("samples", []):
            key = normalise(sample)
            assert key not in seen, f"{sample!r} is in {seen[key]} and {intent['name']}"
            seen[key] = intent["name"]
