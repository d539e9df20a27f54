"""A tiny Alexa stand-in for tests: real request envelopes in, checked responses out.

Envelopes start from the JSON fixtures in tests/fixtures (shaped exactly as Alexa
sends them); the session attributes of each response are sent back with the next
request, as Alexa does. Every response is checked for what Alexa itself requires.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from skill.alexa import constants as c
from skill.core.ssml import to_text

FIXTURES = Path(__file__).parents[1] / "fixtures"
SKILL_ID = "amzn1.ask.skill.11111111-2222-3333-4444-555555555555"
ALLOWED_SSML_TAGS = {
    "speak",
    "say-as",
    "break",
    "p",
    "s",
    "emphasis",
    "prosody",
    "sub",
    "lang",
    "phoneme",
    "w",
    "amazon:effect",
}
Handler = Callable[[dict[str, Any], Any], dict[str, Any]]
ADULT = 40  # the age the tests' person gives unless a test says otherwise: no age rule applies


def fixture(name: str) -> dict[str, Any]:
    with (FIXTURES / f"{name}.json").open() as f:
        loaded: dict[str, Any] = json.load(f)
    return loaded


# The first four are minimal; the echo_* ones are shaped as a real Echo (a speaker: AudioPlayer)
# and a real Echo Show (AudioPlayer, Display, APL, a Viewport and Viewports) send them, with
# the person, unit and endpoint ids and a full-length API token.
REAL_DEVICE_FIXTURES = ("echo_launch", "echo_show_launch", "echo_intent")
_FIXTURES = {
    name: fixture(name)
    for name in (
        "launch_request",
        "intent_request",
        "session_ended_request",
        "user_event",
        "can_fulfill_intent_request",
        *REAL_DEVICE_FIXTURES,
    )
}
USER_ID = _FIXTURES["launch_request"]["session"]["user"]["userId"]


def envelope(
    name: str,
    *,
    intent: str | None = None,
    attributes: dict[str, Any] | None = None,
    locale: str = "en-US",
    new: bool | None = None,
    user_id: str = USER_ID,
    screen: bool = False,
) -> dict[str, Any]:
    """A copy of fixture ``name`` with the intent, attributes, locale and user set; ``screen``:
    from a device that shows APL (as in the user_event fixture, an Echo Show's)."""
    env = copy.deepcopy(_FIXTURES[name])
    if screen:
        device = _FIXTURES["user_event"]["context"]
        env["context"]["System"]["device"]["supportedInterfaces"] = copy.deepcopy(
            device["System"]["device"]["supportedInterfaces"]
        )
        env["context"]["Viewport"] = copy.deepcopy(device["Viewport"])
    if "locale" in env["request"]:
        env["request"]["locale"] = locale
    env["context"]["System"]["user"]["userId"] = user_id
    if "session" in env:
        env["session"]["user"]["userId"] = user_id
    if intent is not None:
        env["request"]["intent"]["name"] = intent
    if attributes is not None:
        env["session"]["attributes"] = attributes
    if new is not None:
        env["session"]["new"] = new
        if new:
            env["session"].pop("attributes", None)
    return env


def slot(name: str, value: str, known: str = "") -> dict[str, Any]:
    """A slot as Alexa sends it; with ``known``, a custom type's value as entity resolution matched it
    (its id), else, for a custom slot, Alexa's "no match"."""
    out: dict[str, Any] = {"name": name, "value": value, "confirmationStatus": "NONE"}
    if name != c.AGE_SLOT:
        authority = f"amzn1.er-authority.echo-sdk.{SKILL_ID}.SYMPTOM"
        status = "ER_SUCCESS_MATCH" if known else "ER_SUCCESS_NO_MATCH"
        matched: dict[str, Any] = {"authority": authority, "status": {"code": status}}
        if known:
            matched["values"] = [{"value": {"name": value, "id": known}}]
        out["resolutions"] = {"resolutionsPerAuthority": [matched]}
    return out


def check_ssml(ssml: str) -> None:
    root = ElementTree.fromstring(ssml)
    assert root.tag == "speak"
    for element in root.iter():
        assert element.tag in ALLOWED_SSML_TAGS, element.tag
    assert "&" not in to_text(ssml) or "&amp;" in ssml


def check_response(envelope_out: dict[str, Any]) -> None:
    """What any response must satisfy: valid SSML, a reprompt whenever the session stays open."""
    response = envelope_out["response"]
    for speech in (response.get("outputSpeech"), (response.get("reprompt") or {}).get("outputSpeech")):
        if speech is not None:
            assert speech["type"] == "SSML"
            check_ssml(speech["ssml"])
    if any(d.get("type") == "Connections.SendRequest" for d in response.get("directives", ())):
        # Handing over to Alexa's permission prompt: no reprompt, and the session's turn ends (the docs).
        assert response.get("shouldEndSession") is True and "reprompt" not in response
    if response.get("shouldEndSession") is False:
        assert response.get("reprompt"), "an open session needs a reprompt"
        assert to_text(response["reprompt"]["outputSpeech"]["ssml"])


def speech(envelope_out: dict[str, Any]) -> str:
    """What the skill says; "" when it says nothing itself (handing over to Alexa's permission prompt)."""
    said = envelope_out["response"].get("outputSpeech")
    return to_text(said["ssml"]) if said is not None else ""


def reprompt(envelope_out: dict[str, Any]) -> str:
    return to_text(envelope_out["response"]["reprompt"]["outputSpeech"]["ssml"])


def ends_session(envelope_out: dict[str, Any]) -> bool:
    return envelope_out["response"].get("shouldEndSession") is not False


def outcome(envelope_out: dict[str, Any]) -> str | None:
    return (envelope_out.get("sessionAttributes") or {}).get("outcome")


def words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text)


class FakeAlexa:
    """Holds one session like Alexa does: ``launch()``, ``say(intent)``, ``end(reason)``."""

    def __init__(self, handler: Handler, locale: str = "en-US", user_id: str = USER_ID, screen: bool = False) -> None:
        self.screen = screen  # the device shows APL (an Echo Show), or is voice-only
        self.handler = handler
        self.locale = locale
        self.user_id = user_id
        self.attributes: dict[str, Any] | None = None
        self.responses: list[dict[str, Any]] = []
        # Where the Alexa APIs are (context.System.apiEndpoint: a local fake, in tests) and what the person
        # has allowed (context.System.user.permissions), when a test sets them.
        self.api_endpoint: str | None = None
        self.api_access_token: str | None = None
        self.permissions: dict[str, Any] | None = None

    def send(self, env: dict[str, Any]) -> dict[str, Any]:
        system = env["context"]["System"]
        if self.api_endpoint is not None:
            system["apiEndpoint"] = self.api_endpoint
        if self.api_access_token is not None:
            system["apiAccessToken"] = self.api_access_token
        if self.permissions is not None:
            system["user"]["permissions"] = self.permissions
        out = self.handler(env, None)
        check_response(out)
        self.responses.append(out)
        self.attributes = out.get("sessionAttributes") or {}
        if ends_session(out):
            self.attributes = None
        return out

    def launch(self) -> dict[str, Any]:
        return self.send(envelope("launch_request", locale=self.locale, user_id=self.user_id, screen=self.screen))

    def say(
        self, intent: str, number: str | None = None, slots: tuple[tuple[str, str, str], ...] = ()
    ) -> dict[str, Any]:
        """An intent, with the number said in it (the age slot's value, as Alexa resolves it) if any;
        ``slots`` as (name, value as heard, the id entity resolution matched or "")."""
        env = self._in_session("intent_request", intent=intent)
        if number is not None:
            slots = ((c.AGE_SLOT, number, ""), *slots)
        if slots:
            env["request"]["intent"]["slots"] = {name: slot(name, value, known) for name, value, known in slots}
        return self.send(env)

    def tell_age(self, age: int | None) -> dict[str, Any]:
        """Answer the age question: a number, or "I'd rather not say" for None."""
        return self.say(c.AGE, str(age)) if age is not None else self.say(c.RATHER_NOT_SAY)

    def touch(self, *arguments: Any) -> dict[str, Any]:
        """A button pressed on the screen: its SendEvent arguments, as an APL UserEvent."""
        env = self._in_session("user_event")
        env["request"]["arguments"] = list(arguments)
        return self.send(env)

    def _in_session(self, name: str, intent: str | None = None) -> dict[str, Any]:
        if self.attributes is None:
            return envelope(name, intent=intent, locale=self.locale, new=True, user_id=self.user_id, screen=self.screen)
        return envelope(
            name,
            intent=intent,
            attributes=self.attributes,
            locale=self.locale,
            user_id=self.user_id,
            screen=self.screen,
        )

    def answer_until_verdict(
        self, yes: Collection[str] = (), replies: Mapping[str, str] | None = None, age: int | None = ADULT
    ) -> dict[str, Any]:
        """Answer each question as a person would: ``age`` to the age question (None: "I'd rather not
        say"), yes to the signs in ``yes``, no to the rest.

        The question is recognised by what Alexa says (each sign's question text in this
        locale); ``replies`` may give another intent for a sign (e.g. "not sure").
        Returns the response with the verdict (or the one that ends the session).
        """
        from skill.core.signs import WARNING_SIGNS
        from skill.core.speech import texts_for

        texts = texts_for(self.locale)
        by_question = {to_text(texts[f"question.{s.id}"]): s.id for s in WARNING_SIGNS}
        out = self.responses[-1]
        while not ends_session(out) and outcome(out) is None:  # a verdict ends the session or offers it again
            heard = speech(out)
            if heard.endswith(to_text(texts["question.age"])):
                out = self.tell_age(age)
                continue
            if (self.attributes or {}).get(c.AGE_HEARD) is not None:  # "Did you say nineteen?"
                out = self.say(c.YES)
                continue
            sign_id = next(sign for question, sign in by_question.items() if heard.endswith(question))
            intent = (replies or {}).get(sign_id) or (c.YES if sign_id in yes else c.NO)
            out = self.say(intent)
        return out

    def permission_answer(self, status: str, code: str = "200", token: str = "remind-two-weeks") -> dict[str, Any]:
        """Alexa's answer to the skill's AskFor: a Connections.Response, as the voice permissions docs show it."""
        env = envelope("intent_request", locale=self.locale, new=True, user_id=self.user_id)
        env["request"] = {
            "type": "Connections.Response",
            "requestId": "amzn1.echo-api.request.connections-response",
            "timestamp": env["request"]["timestamp"],
            "locale": self.locale,
            "name": "AskFor",
            "status": {"code": code, "message": "OK" if code == "200" else "Error"},
            "token": token,
            "payload": {
                "permissionScopes": [
                    {"permissionScope": "alexa::alerts:reminders:skill:readwrite", "consentLevel": "ACCOUNT"}
                ],
                "status": status,
            },
        }
        return self.send(env)

    def end(self, reason: str = "USER_INITIATED", error: dict[str, str] | None = None) -> dict[str, Any]:
        env = envelope(
            "session_ended_request", attributes=self.attributes or {}, locale=self.locale, user_id=self.user_id
        )
        env["request"]["reason"] = reason
        if error is not None:
            env["request"]["error"] = error
        out = self.handler(env, None)
        self.attributes = None
        return out
