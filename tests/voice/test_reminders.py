"""Issue 36, item 3: "remind me in two weeks" after a home or routine verdict sets a reminder through Alexa's
Reminders API, with permission asked by voice; through the Lambda entry point in every locale, against a
local fake of the API (tests/support/reminders_api.py), never the internet."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from skill.alexa import reminders
from skill.core.speech import LOCALES, language_of
from tests.support.fake_alexa import ends_session, outcome, speech
from tests.support.person import Person, at_first_question
from tests.support.reminders_api import TOKEN, RemindersApi, problems, reminders_api
from tests.voice.test_round_four import at_verdict

EVERY_LOCALE = sorted(LOCALES)
REMIND_ME = {"en": "remind me in two weeks", "es": "recuérdame en dos semanas", "fr": "rappelle-moi dans deux semaines"}
GRANTED = {"consentToken": "a-consent-token"}
ASK_FOR = {
    "type": "Connections.SendRequest",
    "name": "AskFor",
    "payload": {
        "@type": "AskForPermissionsConsentRequest",
        "@version": "2",
        "permissionScopes": [{"permissionScope": "alexa::alerts:reminders:skill:readwrite", "consentLevel": "ACCOUNT"}],
    },
    "token": "remind-two-weeks",
}


def using(person: Person, api: RemindersApi, permissions: dict[str, Any] | None = None) -> Person:
    """The person's Echo, as a real one sends its requests: the API endpoint (here the fake) and token."""
    person.fake_alexa.api_endpoint = api.endpoint
    person.fake_alexa.api_access_token = TOKEN
    person.fake_alexa.permissions = permissions
    return person


def remind_me(person: Person) -> dict[str, Any]:
    return person.says(REMIND_ME[language_of(person.locale)])


def asks_permission(out: dict[str, Any]) -> bool:
    response = out["response"]
    return response.get("directives") == [ASK_FOR] and response["shouldEndSession"] is True


def the_reminder_set(person: Person, api: RemindersApi) -> None:
    """One documented create request, whose only words are "check on your back" in the person's language."""
    assert len(api.received) == 1 and problems(api.received[0]) == []
    content = api.received[0].body["alertInfo"]["spokenInfo"]["content"]
    assert content == [{"locale": person.locale, "text": person.text("reminder.text")}]


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_permission_asked_by_voice_then_accepted_sets_the_reminder(locale: str) -> None:
    with reminders_api() as api:
        person, _ = at_verdict(locale)
        using(person, api)
        out = remind_me(person)
        assert asks_permission(out) and "outputSpeech" not in out["response"] and outcome(out) == "home"
        assert api.received == []  # nothing is set before the person says yes
        out = person.fake_alexa.permission_answer("ACCEPTED")
        assert speech(out) == person.text("remind.set") and ends_session(out)
        the_reminder_set(person, api)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
@pytest.mark.parametrize("status", ["DENIED", "NOT_ANSWERED"])
def test_permission_refused_or_not_answered_says_how_to_set_one(locale: str, status: str) -> None:
    with reminders_api() as api:
        person, _ = at_verdict(locale)
        using(person, api)
        assert asks_permission(remind_me(person))
        out = person.fake_alexa.permission_answer(status)
        assert speech(out) == person.text("remind.yourself") and ends_session(out)
        assert api.received == []


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_permission_already_given_sets_it_at_once(locale: str) -> None:
    with reminders_api() as api:
        person, _ = at_verdict(locale)
        out = remind_me(using(person, api, GRANTED))
        assert speech(out) == person.text("remind.set") and ends_session(out) and outcome(out) == "home"
        the_reminder_set(person, api)


def test_a_granted_scope_counts_as_permission() -> None:
    with reminders_api() as api:
        person, _ = at_verdict("en-GB")
        scopes = {"scopes": {reminders.SCOPE: {"status": "GRANTED"}}}
        out = remind_me(using(person, api, scopes))
        assert speech(out) == person.text("remind.set")
        the_reminder_set(person, api)


@pytest.mark.parametrize("locale", ["en-US", "es-MX", "fr-CA"])
def test_a_routine_verdict_gets_a_reminder_too(locale: str) -> None:
    with reminders_api() as api:
        person = at_first_question(locale)
        out = person.fake_alexa.answer_until_verdict(yes={"not_improving"}, age=40)
        assert outcome(out) == "doctor"
        out = remind_me(using(person, api, GRANTED))
        assert speech(out) == person.text("remind.set") and outcome(out) == "doctor"
        the_reminder_set(person, api)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_after_a_today_verdict_no_reminder_but_the_action_again(locale: str) -> None:
    with reminders_api() as api:
        person = at_first_question(locale)
        out = person.fake_alexa.answer_until_verdict(yes={"faintness"}, age=40)
        assert outcome(out) == "urgent"
        action = speech(out).split(". ")[0]
        out = remind_me(using(person, api, GRANTED))
        assert speech(out).startswith(person.text("remind.not_now")) and action in speech(out)
        assert ends_session(out) and outcome(out) == "urgent" and "directives" not in out["response"]
        assert api.received == []


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_no_permission_at_the_api_asks_for_it_by_voice(locale: str) -> None:
    with reminders_api("unauthorized") as api:
        person, _ = at_verdict(locale)
        out = remind_me(using(person, api, GRANTED))
        assert asks_permission(out) and outcome(out) == "home"
        assert len(api.received) == 1


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_an_api_failure_says_how_to_set_one_and_keeps_the_verdict(locale: str) -> None:
    with reminders_api("error") as api:
        person, _ = at_verdict(locale)
        out = remind_me(using(person, api, GRANTED))
        assert speech(out) == person.text("remind.yourself") and ends_session(out) and outcome(out) == "home"
        assert len(api.received) == 1


def test_a_slow_api_is_not_waited_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reminders, "TIMEOUT", 0.3)
    with reminders_api("slow", slow_seconds=1.5) as api:
        person, _ = at_verdict("en-US")
        out = remind_me(using(person, api, GRANTED))
        assert speech(out) == person.text("remind.yourself") and outcome(out) == "home"
        assert len(api.received) == 1


def test_the_timeout_is_short() -> None:
    assert reminders.TIMEOUT <= 3


@pytest.mark.parametrize("locale", ["en-US", "es-US", "fr-CA"])
def test_a_device_that_cant_take_reminders_is_told_how_to_set_one(locale: str) -> None:
    person, _ = at_verdict(locale)
    person.fake_alexa.api_endpoint = ""  # no Alexa APIs for this device
    out = remind_me(person)
    assert speech(out) == person.text("remind.yourself") and ends_session(out)


@pytest.mark.parametrize("locale", ["en-US", "es-ES", "fr-CA"])
def test_connections_not_supported_says_how_to_set_one(locale: str) -> None:
    with reminders_api() as api:
        person, _ = at_verdict(locale)
        using(person, api)
        assert asks_permission(remind_me(person))
        out = person.fake_alexa.permission_answer("ACCEPTED", code="400")
        assert speech(out) == person.text("remind.yourself") and api.received == []


def test_another_tokens_answer_sets_nothing() -> None:
    with reminders_api() as api:
        person, _ = at_verdict("en-US")
        using(person, api)
        out = person.fake_alexa.permission_answer("ACCEPTED", token="something-else")
        assert speech(out) == person.text("remind.yourself") and api.received == []


def test_nothing_the_person_said_is_logged_or_sent(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with reminders_api() as api:
        person, _ = at_verdict("en-US")
        remind_me(using(person, api))
        person.fake_alexa.permission_answer("ACCEPTED")
        the_reminder_set(person, api)
    logged = " ".join(record.getMessage() for record in caplog.records).lower()
    for said in ("remind", "connections", "two weeks", "back", "home", TOKEN.lower()):
        assert said not in logged
    body = str(api.received[0].body).lower()
    for health in ("pain", "doctor", "numb", "verdict", "home"):
        assert health not in body
