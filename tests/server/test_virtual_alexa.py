"""An independent Alexa client: virtual-alexa (npm, pinned in package.json) drives the Flask
server on 127.0.0.1 from each locale's interaction model, by utterance, to a verdict.

virtual-alexa does not sign requests, so this server checks timestamps but not signatures.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from werkzeug.serving import make_server

from skill.core.signs import WARNING_SIGNS
from skill.core.speech import language_of, texts_for
from skill.core.ssml import to_text
from skill.web.app import create_app
from skill.web.verification import RequestVerifier
from tests.support.conversations import after_age
from tests.support.conversations import heard as joined
from tests.support.locales import EXPECTED, heard_in
from tools.console import LAUNCH_VERBS, PHRASES_BY_LANGUAGE

ROOT = Path(__file__).parents[2]
DRIVER = Path(__file__).parents[1] / "virtual_alexa" / "drive.js"

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
    env = dict(os.environ)
    language = language_of(locale)
    if language != "en":  # virtual-alexa knows English only: tell it how Alexa opens and answers in this one
        built_ins = {intent: list(phrases) for intent, phrases in PHRASES_BY_LANGUAGE[language].items()}
        env["DRIVE_LANGUAGE"] = json.dumps({"launch": list(LAUNCH_VERBS[language]), "builtIns": built_ins})
    result = subprocess.run(
        ["node", str(DRIVER), skill_url, str(model), locale, *utterances],
        cwd=ROOT,
        env=env,
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


def text(locale: str, key: str) -> str:
    return to_text(texts_for(locale)[key])


@pytest.mark.parametrize("locale", sorted(locale for locale in EXPECTED if locale.startswith("en-")))
def test_a_conversation_by_utterance_reaches_the_local_emergency_verdict(skill_url: str, locale: str) -> None:
    utterances = [
        "open back pain check",
        "help",
        "45",
        "no",
        "I don't know",
        "start over",
        "I'm 40",
        "I don't know",
        "I don't know",
        "I don't know",  # since this time yesterday (fourth pass block 7): explained, then counted as yes
        "I don't know",
    ]
    turns = drive(skill_url, locale, utterances)
    assert [t["utterance"] for t in turns] == utterances
    heard = [said(t) for t in turns]
    chest, breathless = text(locale, "question.chest_pain"), text(locale, "question.breathless")
    age = text(locale, "question.age")
    emergency_line = f"If this is an emergency, {EXPECTED[locale][1]} now."
    assert heard[0].startswith(emergency_line) and heard[0].endswith(age)  # the welcome asks the age
    assert heard[1].startswith(emergency_line) and heard[1].endswith(age)  # help, there, too
    assert heard[2] == after_age(45, locale)  # "45" resolved as the age slot's number
    assert heard[3] == breathless
    assert heard[4] == f"{text(locale, 'explain.breathless')} {breathless}"  # "I don't know" explains it
    assert heard[5] == joined(text(locale, "start.over"), age)
    assert heard[6] == after_age(40, locale)
    assert heard[7] == f"{text(locale, 'explain.chest_pain')} {chest}"
    final = turns[-1]["reply"]
    assert final["response"]["shouldEndSession"] is True
    assert final["sessionAttributes"]["outcome"] == "emergency"
    assert heard[8].endswith(text(locale, "question.chest_pain_recent"))
    assert heard[10].startswith(EXPECTED[locale][0])
    assert all(not t["reply"]["response"].get("shouldEndSession") for t in turns[:-1])


@pytest.mark.parametrize("locale", sorted(locale for locale in EXPECTED if locale.startswith("en-")))
def test_no_to_everything_by_utterance_reaches_self_care(skill_url: str, locale: str) -> None:
    main_questions = sum(not sign.follows for sign in WARNING_SIGNS)  # all asked at 45
    turns = drive(skill_url, locale, ["open back pain check", "I'm 45"] + ["no"] * main_questions)
    final = turns[-1]["reply"]
    assert final["sessionAttributes"]["outcome"] == "home"
    assert said(turns[-1]).startswith("You can look after this at home.")


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_an_age_by_utterance_decides_which_questions_are_asked(skill_url: str, locale: str) -> None:
    aneurysm = text(locale, "question.aortic_aneurysm")
    for age_said, asked in (("67", True), ("I'm 45 years old", False), ("I'd rather not say", True)):
        heard = [said(t) for t in drive(skill_url, locale, ["open back pain check", age_said] + ["no"] * 6)]
        assert (aneurysm in heard) is asked, age_said
    turns = drive(skill_url, locale, ["open back pain check", "I'm 12", "yes"])
    assert said(turns[-2]) == "Did you say 12?"
    assert said(turns[-1]).startswith("Back Pain Check is for adults")
    assert turns[-1]["reply"]["response"]["shouldEndSession"] is True


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_natural_answers_go_back_and_an_emergency_by_utterance(skill_url: str, locale: str) -> None:
    utterances = ["open back pain check", "45", "I haven't", "not at all", "go back", "go back", "I have", "yes"]
    heard = [said(t) for t in drive(skill_url, locale, utterances)]
    chest = text(locale, "question.chest_pain")
    assert heard[2] == text(locale, "question.breathless")  # "I haven't" counted as no
    assert heard[3] == text(locale, "question.sudden_onset")  # "not at all" too
    assert heard[4] == joined(text(locale, "went_back"), text(locale, "question.breathless"))
    assert heard[5] == joined(text(locale, "went_back"), chest)
    assert heard[6].endswith(text(locale, "question.chest_pain_recent"))  # "I have": yes to chest pain
    assert heard[7].startswith(EXPECTED[locale][0])  # since this time yesterday: an emergency

    for before in ([], ["45"]):  # at the age question, and mid-check
        for phrase in ("call an ambulance", "I can't feel my legs"):
            turns = drive(skill_url, locale, ["open back pain check", *before, phrase])
            final = turns[-1]["reply"]
            assert final["response"]["shouldEndSession"] is True
            assert said(turns[-1]).startswith(f"{EXPECTED[locale][0]}, or go to ")  # the verdict's firm words
            assert "I can't call for you: please use a phone now." in said(turns[-1])


@pytest.mark.parametrize("locale", sorted(locale for locale in EXPECTED if locale.startswith("en-")))
def test_hedged_echoed_and_corrected_answers_by_utterance(skill_url: str, locale: str) -> None:
    """virtual-alexa resolves a custom slot's synonyms to the value's id, as Alexa's entity resolution
    does (lib/src/impl/SlotValue.js): "a temperature" arrives as the SYMPTOM value with id "fever"."""
    utterances = [
        "open back pain check",
        "45",
        "not really",  # chest pain: a yes would be an emergency, so asked once more
        "not really",  # then a no
        "no",  # breathless
        "no",  # how it began
        "no",  # at rest
        "I don't think so",  # faint or dizzy: a yes and "passed out" is an emergency, so asked once more
        "no",
    ]
    heard = [said(t) for t in drive(skill_url, locale, utterances)]
    chest = text(locale, "question.chest_pain")
    assert heard[2] == joined(text(locale, "ask_again"), chest)
    assert heard[3] == text(locale, "question.breathless")
    assert heard[7] == joined(text(locale, "ask_again"), text(locale, "question.faintness"))
    assert heard[8] == text(locale, "question.upper_back")

    heard = [said(t) for t in drive(skill_url, locale, ["open back pain check", "45", "no", "wait I meant yes"])]
    assert heard[2] == text(locale, "question.breathless")
    assert heard[3] == f"Okay, I've changed that to yes. {text(locale, 'question.chest_pain_recent')}"

    before_fever = ["open back pain check", "45"] + ["no"] * 10  # no to the ten questions before it
    for echo in ("a fever", "a temperature", "I've got a fever"):
        heard = [said(t) for t in drive(skill_url, locale, [*before_fever, echo])]
        assert heard[-2].endswith(text(locale, "question.fever"))
        assert heard[-1] == joined(text(locale, "ack.yes"), text(locale, "question.recent_infection")), echo
    out = drive(skill_url, locale, ["open back pain check", "45", "a fever"])[-1]
    assert said(out).startswith("Sorry, I didn't catch that.") and said(out).endswith(chest)
    out = drive(skill_url, locale, ["open back pain check", "45", "chest pain", "yes"])[-1]
    assert out["reply"]["sessionAttributes"]["outcome"] == "emergency"  # and since this time yesterday


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_hold_on_why_own_words_and_the_verdict_again_by_utterance(skill_url: str, locale: str) -> None:
    """Issue 27 by an independent client: a pause, questions about the question, words that are not a yes or
    a no (an AMAZON.SearchQuery slot), the offer to hear the verdict again, and the person's own words for
    an emergency."""
    chest, breathless = text(locale, "question.chest_pain"), text(locale, "question.breathless")
    utterances = ["open back pain check", "hold on", "45", "why", "no", "what do you mean by clammy", "huh"]
    heard = [said(t) for t in drive(skill_url, locale, utterances)]
    assert heard[1] == text(locale, "hold_on")
    assert heard[3] == f"{text(locale, 'explain.chest_pain')} {chest}"
    assert heard[5] == heard[6] == f"{text(locale, 'explain.breathless')} {breathless}"
    heard = [said(t) for t in drive(skill_url, locale, ["open back pain check", "45", "no", "no but my leg is numb"])]
    assert heard[-1] == joined(text(locale, "noted.later"), text(locale, "question.sudden_onset"))
    main_questions = sum(not sign.follows for sign in WARNING_SIGNS)
    turns = drive(skill_url, locale, ["open back pain check", "45"] + ["no"] * main_questions + ["yes", "no"])
    assert said(turns[-3]).endswith(text(locale, "verdict.offer"))
    card = f" {text(locale, 'card.said')}"  # said once, with the verdict: the replay leaves it out
    assert card in said(turns[-3]) and said(turns[-2]) == said(turns[-3]).replace(card, "")
    assert said(turns[-1]) == text(locale, "goodbye.after_verdict")
    assert turns[-1]["reply"]["response"]["shouldEndSession"] is True
    for words in ("I think I'm having a heart attack", "I can't breathe", "I need help"):
        for before in ([], ["45"]):
            turns = drive(skill_url, locale, ["open back pain check", *before, words])
            assert said(turns[-1]).startswith(f"{EXPECTED[locale][0]}, or go to "), words
            assert turns[-1]["reply"]["response"]["shouldEndSession"] is True


# Spanish and French, by utterance in the language: opening, an age as digits, then
# "I don't know", a no, and a change to yes at the chest question, which is the emergency.
SPOKEN = {
    "es-US": ("abre chequeo de espalda", "sí", "no sé", "no", "perdón quise decir que sí"),
    "fr-CA": ("ouvre bilan du dos", "oui", "je ne sais pas", "non", "en fait oui"),
}


@pytest.mark.parametrize("locale", sorted(SPOKEN))
def test_a_conversation_in_spanish_and_french_by_utterance_reaches_the_local_emergency(
    skill_url: str, locale: str
) -> None:
    opening, yes, not_sure, no, change_to_yes = SPOKEN[locale]
    utterances = [opening, "45", not_sure, no, change_to_yes, yes]
    turns = drive(skill_url, locale, utterances)
    assert [t["utterance"] for t in turns] == utterances
    heard = [said(t) for t in turns]
    chest, breathless = text(locale, "question.chest_pain"), text(locale, "question.breathless")
    assert heard[0].startswith(text(locale, "help.emergency")) and heard[0].endswith(text(locale, "question.age"))
    assert heard[1] == after_age(45, locale)  # "45": the age slot's number
    assert heard[2] == f"{text(locale, 'explain.chest_pain')} {chest}"  # "I don't know" explains it
    assert heard[3] == breathless  # a no to chest pain
    emergency = heard_in(locale, "Call {number} now", number="911")
    assert EXPECTED[locale][0] == emergency
    changed = heard_in(locale, "Okay, I've changed that to yes.")
    assert heard[4] == f"{changed} {text(locale, 'question.chest_pain_recent')}"
    assert heard[5].startswith(emergency)
    assert heard_in(locale, "now, or go to") in heard[5] and EXPECTED[locale][3] in heard[5]
    final = turns[-1]["reply"]
    assert final["response"]["shouldEndSession"] is True
    assert final["sessionAttributes"]["outcome"] == "emergency"
    assert all(not t["reply"]["response"].get("shouldEndSession") for t in turns[:-1])

    turns = drive(skill_url, locale, [opening, "45", yes, yes])  # yes to the chest question, and since yesterday
    assert said(turns[-1]).startswith(f"{emergency}, {heard_in(locale, 'now, or go to').split(', ')[1]}")
    assert turns[-1]["reply"]["sessionAttributes"]["outcome"] == "emergency"
    assert turns[-1]["reply"]["response"]["shouldEndSession"] is True
