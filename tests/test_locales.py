"""Every English locale: its own emergency number and advice line, from speech data per locale."""

from __future__ import annotations

import pytest

from skill import constants as c
from skill.console import Resolver, load_language_model
from skill.speech import LOCALES
from tests.alexa import Alexa, Handler, outcome, speech
from tests.test_console import console

# (emergency number as heard, as on the card, where to go, same-day advice as heard, doctor word)
EXPECTED = {
    "en-US": ("call 911", "Call 911 now", "the emergency room", "contact your doctor today", "doctor"),
    "en-CA": ("call 911", "Call 911 now", "the emergency department", "call 811 where your province has it", "doctor"),
    "en-GB": ("call 999", "Call 999 now", "A and E", "call NHS 111", "GP"),
    "en-AU": ("call triple zero", "Call 000 (triple zero) now", "the emergency department", "1800 633 422", "GP"),
    "en-IN": (
        "call 112, or 108 for an ambulance",
        "Call 112 (ambulance 108) now",
        "emergency department",
        "contact your doctor today",
        "doctor",
    ),
}


def test_every_supported_locale_is_tested() -> None:
    assert set(EXPECTED) == set(LOCALES)


def run_to_verdict(handler: Handler, locale: str, replies: list[str]) -> dict:  # type: ignore[type-arg]
    alexa = Alexa(handler, locale=locale)
    alexa.launch()
    alexa.say(c.YES)
    for reply in replies:
        out = alexa.say(reply)
    return out


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_welcome_names_the_local_emergency_number(handler: Handler, locale: str) -> None:
    said = speech(Alexa(handler, locale=locale).launch())
    number = EXPECTED[locale][0].split(",")[0]  # India: 112 up front; 108 is named in the verdict
    assert f"If this is an emergency, {number} now." in said


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_emergency_verdict_names_the_local_number_and_place(handler: Handler, locale: str) -> None:
    out = run_to_verdict(handler, locale, [c.YES])
    heard, card_title, place, _, _ = EXPECTED[locale]
    assert outcome(out) == "emergency"
    assert speech(out).startswith(f"Please {heard}")
    assert place in speech(out)
    assert out["response"]["card"]["title"] == card_title


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_urgent_verdict_names_the_local_advice_line(handler: Handler, locale: str) -> None:
    out = run_to_verdict(handler, locale, [c.NO] * 8 + [c.YES])
    assert outcome(out) == "urgent"
    assert EXPECTED[locale][3] in speech(out)


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_doctor_verdict_uses_the_local_word(handler: Handler, locale: str) -> None:
    out = run_to_verdict(handler, locale, [c.NO] * 5 + [c.NO, c.YES, c.NO] + [c.NO] * 9)
    assert outcome(out) == "doctor"
    assert f"make an appointment to see your {EXPECTED[locale][4]}." in speech(out)


@pytest.mark.parametrize("locale", ["en-GB", "en-AU", "en-IN"])
def test_paracetamol_where_it_is_called_that(handler: Handler, locale: str) -> None:
    out = run_to_verdict(handler, locale, [c.NO] * 17)
    assert outcome(out) == "home" and "paracetamol" in speech(out) and "acetaminophen" not in speech(out)


@pytest.mark.parametrize("locale", ["fr-FR", "de-DE", "en-NZ", ""])
def test_an_unsupported_locale_gets_the_us_content(handler: Handler, locale: str) -> None:
    out = run_to_verdict(handler, locale, [c.YES])
    assert speech(out).startswith("Please call 911")


@pytest.mark.parametrize(
    ("locale", "utterance"),
    [
        ("en-GB", "should I see a GP about my back"),
        ("en-GB", "should I go to A and E with my back"),
        ("en-AU", "should i see a G.P. about my back"),
        ("en-CA", "should I go to emerg for my back"),
        ("en-IN", "should I consult a doctor about my back"),
    ],
)
def test_local_phrasing_starts_the_check(locale: str, utterance: str) -> None:
    resolved = Resolver(load_language_model(locale)).resolve(f"ask back pain check {utterance}")
    assert resolved.intent == c.START_CHECK


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_console_runs_with_each_locale(locale: str) -> None:
    result = console("open back pain check\nyes\nyes\n", "--locale", locale)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-2].startswith(f"Alexa: Please {EXPECTED[locale][0]}")
    assert lines[-1].startswith(f"[card] {EXPECTED[locale][1]}: ")
