"""Every English locale: its own emergency number and advice line, from speech data per locale."""

from __future__ import annotations

import pytest

from skill.alexa import constants as c
from skill.core.speech import LOCALES
from tests.support.console import console
from tests.support.conversations import after_age
from tests.support.fake_alexa import FakeAlexa, Handler, outcome, speech
from tests.support.locales import EXPECTED, heard_in
from tools.console import Resolver, load_language_model
from tools.transcripts import say


def test_every_supported_locale_is_tested() -> None:
    assert set(EXPECTED) == set(LOCALES)


def run_to_verdict(handler: Handler, locale: str, *yes: str) -> dict:  # type: ignore[type-arg]
    fake_alexa = FakeAlexa(handler, locale=locale)
    fake_alexa.launch()
    return fake_alexa.answer_until_verdict(yes)


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_welcome_names_the_local_emergency_number(handler: Handler, locale: str) -> None:
    said = speech(FakeAlexa(handler, locale=locale).launch())
    assert heard_in(locale, "If this is an emergency, {number} now.", number=EXPECTED[locale][1]) in said


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_emergency_verdict_names_the_local_number_and_place(handler: Handler, locale: str) -> None:
    out = run_to_verdict(handler, locale, "bladder_bowel", "bladder_hard_to_start")
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
    out = run_to_verdict(handler, locale, "leg_symptoms")
    assert outcome(out) == "doctor"
    expected = "make an appointment to see a {doctor} in the next week or two."
    assert heard_in(locale, expected, doctor=EXPECTED[locale][5]) in speech(out)


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_every_locale_gets_the_same_rules(handler: Handler, locale: str) -> None:
    for yes, expected in [
        ((), "home"),
        (("cancer_history", "leg_symptoms", "leg_weak"), "emergency"),
        (("sudden_onset", "rest_pain", "faintness"), "emergency"),
        (("injury", "osteoporosis"), "doctor"),
        (("injury", "osteoporosis", "rest_pain"), "urgent"),
        (("rest_pain",), "doctor"),
        (("bladder_bowel",), "doctor"),
        (("bladder_bowel", "bladder_lost_feeling"), "emergency"),
        (("chest_pain",), "urgent"),
        (("chest_pain", "chest_pain_recent"), "emergency"),
        (("night_pain",), "doctor"),
        (("faintness", "pregnant"), "emergency"),
    ]:
        assert outcome(run_to_verdict(handler, locale, *yes)) == expected, (yes, locale)


@pytest.mark.parametrize("locale", ["fr-FR", "de-DE", "en-NZ", ""])
def test_an_unsupported_locale_gets_the_us_content(handler: Handler, locale: str) -> None:
    fake_alexa = FakeAlexa(handler, locale=locale)
    assert speech(fake_alexa.launch()).startswith("If this is an emergency, call 911 now.")
    assert speech(fake_alexa.tell_age(40)) == after_age(40)
    fake_alexa.say(c.YES)
    assert speech(fake_alexa.say(c.YES)).startswith("Call 911 now, or go to the emergency room.")


@pytest.mark.parametrize(
    ("locale", "utterance", "intent"),
    [
        ("en-GB", "should I see a GP about my back", c.START_CHECK),
        ("en-AU", "should i see a G.P. about my back", c.START_CHECK),
        ("en-IN", "should I consult a doctor about my back", c.START_CHECK),
        ("en-GB", "do I need to ring 111 about my back", c.START_CHECK),
        # Asking whether to go to the emergency room, A and E or hospital: the number first, then the check.
        ("en-GB", "should I go to A and E with my back", c.SHOULD_I_GO),
        ("en-CA", "should I go to emerg for my back", c.SHOULD_I_GO),
        ("en-US", "should I go to the ER", c.SHOULD_I_GO),
        ("en-AU", "should I go to hospital for my back", c.SHOULD_I_GO),
        ("en-IN", "should I go to casualty", c.SHOULD_I_GO),
        # Saying it is one is the emergency.
        ("en-GB", "call an ambulance", c.EMERGENCY),
        ("en-US", "I can't feel my legs", c.EMERGENCY),
    ],
)
def test_local_phrasing_is_understood(locale: str, utterance: str, intent: str) -> None:
    resolved = Resolver(load_language_model(locale)).resolve(f"ask back pain check {utterance}")
    assert resolved.intent == intent


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_the_console_runs_with_each_locale(locale: str) -> None:
    said = [say(locale, english) for english in ("open back pain check", "forty five", "yes", "yes")]
    result = console("\n".join(said) + "\n", "--locale", locale)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-2].startswith(f"Alexa: {EXPECTED[locale][0]}")
    assert lines[-1].startswith(f"[card] {EXPECTED[locale][2]}: ")
