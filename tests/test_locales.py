"""Every English locale: its own emergency number and advice line, from speech data per locale."""

from __future__ import annotations

import pytest

from skill import constants as c
from skill.console import Resolver, load_language_model
from skill.speech import LOCALES
from tests.alexa import Alexa, Handler, outcome, speech
from tests.test_console import console

# (the emergency verdict's opening, the number in the welcome, the card title, where to go,
#  same-day advice as heard, the word for a doctor)
EXPECTED = {
    "en-US": ("Call 911 now", "call 911", "Call 911 now", "the emergency room", "contact your doctor today", "doctor"),
    "en-CA": (
        "Call 911 now",
        "call 911",
        "Call 911 now",
        "the emergency department",
        "call 811 where your province has it",
        "doctor",
    ),
    "en-GB": ("Call 999 now", "call 999", "Call 999 now", "A and E", "call NHS 111", "GP"),
    "en-AU": (
        "Call triple zero now",
        "call triple zero",
        "Call 000 (triple zero) now",
        "the emergency department",
        "1800 633 422",
        "GP",
    ),
    "en-IN": (
        "Call 112 now, or 108 for an ambulance",
        "call 112",
        "Call 112 (ambulance 108) now",
        "emergency department",
        "contact your doctor today",
        "doctor",
    ),
}


def test_every_supported_locale_is_tested() -> None:
    assert set(EXPECTED) == set(LOCALES)


def run_to_verdict(handler: Handler, locale: str, *yes: str) -> dict:  # type: ignore[type-arg]
    alexa = Alexa(handler, locale=locale)
    alexa.launch()
    alexa.say(c.YES)
    return alexa.answer_until_verdict(yes)


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_welcome_names_the_local_emergency_number(handler: Handler, locale: str) -> None:
    said = speech(Alexa(handler, locale=locale).launch())
    assert f"If this is an emergency, {EXPECTED[locale][1]} now." in said


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_emergency_verdict_names_the_local_number_and_place(handler: Handler, locale: str) -> None:
    out = run_to_verdict(handler, locale, "bladder_bowel")
    heard, _, card_title, place, _, _ = EXPECTED[locale]
    assert outcome(out) == "emergency"
    assert speech(out).startswith(heard)
    assert place in speech(out)
    assert out["response"]["card"]["title"] == card_title


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_urgent_verdict_names_the_local_advice_line(handler: Handler, locale: str) -> None:
    out = run_to_verdict(handler, locale, "cancer_history")
    assert outcome(out) == "urgent"
    assert EXPECTED[locale][4] in speech(out)


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_doctor_verdict_uses_the_local_word(handler: Handler, locale: str) -> None:
    out = run_to_verdict(handler, locale, "leg_pain")
    assert outcome(out) == "doctor"
    assert f"make an appointment to see a {EXPECTED[locale][5]} in the next week or two." in speech(out)


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_every_locale_gets_the_same_rules(handler: Handler, locale: str) -> None:
    for yes, expected in [
        ((), "home"),
        (("leg_weakness", "cancer_history"), "emergency"),
        (("faintness", "faintness_sudden"), "emergency"),
        (("osteoporosis",), "urgent"),
        (("cough_pain",), "doctor"),
    ]:
        assert outcome(run_to_verdict(handler, locale, *yes)) == expected, (yes, locale)


@pytest.mark.parametrize("locale", ["fr-FR", "de-DE", "en-NZ", ""])
def test_an_unsupported_locale_gets_the_us_content(handler: Handler, locale: str) -> None:
    alexa = Alexa(handler, locale=locale)
    alexa.launch()
    assert speech(alexa.say(c.YES)).endswith("bladder or bowels?")
    assert speech(alexa.say(c.YES)).startswith("Call 911 now")


@pytest.mark.parametrize(
    ("locale", "utterance", "intent"),
    [
        ("en-GB", "should I see a GP about my back", c.START_CHECK),
        ("en-AU", "should i see a G.P. about my back", c.START_CHECK),
        ("en-IN", "should I consult a doctor about my back", c.START_CHECK),
        ("en-GB", "do I need to ring 111 about my back", c.START_CHECK),
        # Naming the emergency room, A and E or hospital is the emergency, not the check.
        ("en-GB", "should I go to A and E with my back", c.EMERGENCY),
        ("en-CA", "should I go to emerg for my back", c.EMERGENCY),
        ("en-US", "should I go to the ER", c.EMERGENCY),
        ("en-AU", "should I go to hospital for my back", c.EMERGENCY),
    ],
)
def test_local_phrasing_is_understood(locale: str, utterance: str, intent: str) -> None:
    resolved = Resolver(load_language_model(locale)).resolve(f"ask back pain check {utterance}")
    assert resolved.intent == intent


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_console_runs_with_each_locale(locale: str) -> None:
    result = console("open back pain check\nyes\nyes\n", "--locale", locale)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-2].startswith(f"Alexa: {EXPECTED[locale][0]}")
    assert lines[-1].startswith(f"[card] {EXPECTED[locale][2]}: ")
