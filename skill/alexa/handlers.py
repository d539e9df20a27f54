"""ask-sdk handlers: translate Alexa's requests into the conversation's terms and back.

The conversation itself (``skill.alexa.conversation``) is pure; these only read the
session once per request (``ReadSession``), hand the request to it, and turn its
``Turn`` into Alexa's response.

Logging: request types and session-end reasons only. Never intent names, slot values,
session attributes or the verdict: together with the fixed question order they would
reveal the user's health answers (even "the emergency intent was used" is one).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from ask_sdk_core.dispatch_components.exception_components import AbstractExceptionHandler
from ask_sdk_core.dispatch_components.request_components import (
    AbstractRequestHandler,
    AbstractRequestInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.intent_request import IntentRequest
from ask_sdk_model.interfaces.connections.send_request_directive import SendRequestDirective
from ask_sdk_model.launch_request import LaunchRequest
from ask_sdk_model.response import Response
from ask_sdk_model.session_ended_request import SessionEndedRequest
from ask_sdk_model.ui.simple_card import SimpleCard

from skill.alexa import constants as c
from skill.alexa import conversation, reminders, screens
from skill.alexa.can_fulfill import CanFulfillHandler
from skill.alexa.conversation import Turn
from skill.alexa.session import Phase, SessionState, attributes_for, final_attributes, read_session
from skill.core import responses
from skill.core.responses import Speech, Texts
from skill.core.speech import language_of, supported_locale, texts_for

log = logging.getLogger(__name__)

_STATE = "session_state"  # request attribute holding the validated SessionState


def session_state(handler_input: HandlerInput) -> SessionState:
    state = handler_input.attributes_manager.request_attributes.get(_STATE)
    return state if isinstance(state, SessionState) else SessionState()


def locale_of(handler_input: HandlerInput) -> str:
    """The request's locale, if we speak it; else the default."""
    locale = getattr(handler_input.request_envelope.request, "locale", None)
    return supported_locale(locale if isinstance(locale, str) else None)


def texts(handler_input: HandlerInput) -> Texts:
    return texts_for(locale_of(handler_input))


def respond(handler_input: HandlerInput, turn: Turn) -> Response:
    """Alexa's response for ``turn``."""
    if turn.remind:
        return remind(handler_input, turn)
    attributes = attributes_for(turn.state) if turn.state is not None else final_attributes(turn.outcome)
    return respond_with(handler_input, turn.speech, attributes)


def respond_with(handler_input: HandlerInput, speech: Speech, attributes: dict[str, Any]) -> Response:
    """Alexa's response, with the session attributes set, in one place; no reprompt ends the session."""
    handler_input.attributes_manager.session_attributes = attributes
    builder = handler_input.response_builder.speak(speech.ssml)
    if speech.reprompt is not None:
        builder.ask(speech.reprompt)
    if speech.card is not None:
        builder.set_card(SimpleCard(title=speech.card.title, content=speech.card.text))
    if speech.screen is not None and screens.has_screen(handler_input.request_envelope):
        builder.add_directive(screens.render(speech.screen()))
    return builder.set_should_end_session(speech.ends_session).response


def _system(handler_input: HandlerInput) -> Any:
    return getattr(getattr(handler_input.request_envelope, "context", None), "system", None)


def _may_remind(system: Any) -> bool:
    """The person already let the skill set reminders (``context.System.user.permissions``)."""
    permissions = getattr(getattr(system, "user", None), "permissions", None)
    if getattr(permissions, "consent_token", None):
        return True
    scope = (getattr(permissions, "scopes", None) or {}).get(reminders.SCOPE)
    return getattr(getattr(scope, "status", None), "value", None) == "GRANTED"


def set_reminder(handler_input: HandlerInput) -> reminders.Outcome:
    """The two-week reminder, with the request's own endpoint and token (kept nowhere)."""
    system = _system(handler_input)
    locale = locale_of(handler_input)
    request = handler_input.request_envelope.request
    now = getattr(request, "timestamp", None)
    return reminders.create_reminder(
        getattr(system, "api_endpoint", None),
        getattr(system, "api_access_token", None),
        locale,
        texts_for(locale)["reminder.text"],
        now if isinstance(now, datetime) else datetime.now(UTC),
    )


def remind(handler_input: HandlerInput, turn: Turn) -> Response:
    """ "Remind me in two weeks" after a home or routine verdict: set at once if already allowed, else ask for
    permission by voice; if it can't be set, how to ask Alexa for one (``turn.speech``). The verdict was said."""
    attributes = final_attributes(turn.outcome)
    system = _system(handler_input)
    if not getattr(system, "api_endpoint", None) or not getattr(system, "api_access_token", None):
        return respond_with(handler_input, turn.speech, attributes)
    if _may_remind(system):
        outcome = set_reminder(handler_input)
        if outcome is reminders.Outcome.SET:
            return respond_with(handler_input, responses.reminder_set(texts(handler_input)), attributes)
        if outcome is reminders.Outcome.FAILED:
            return respond_with(handler_input, turn.speech, attributes)
    return ask_permission(handler_input, attributes)


def ask_permission(handler_input: HandlerInput, attributes: dict[str, Any]) -> Response:
    """Alexa asks for permission to set reminders, in its own words; the answer comes as Connections.Response."""
    handler_input.attributes_manager.session_attributes = attributes
    ask = reminders.ask_for_permission()
    directive = SendRequestDirective(name=ask["name"], payload=ask["payload"], token=ask["token"])
    return handler_input.response_builder.add_directive(directive).set_should_end_session(True).response


class PermissionAnswerHandler(AbstractRequestHandler):
    """Alexa's answer to the permission request: ACCEPTED sets the reminder; anything else (denied, not
    answered, a device that can't) tells the person how to set one themselves."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        request = handler_input.request_envelope.request
        return getattr(request, "object_type", None) == "Connections.Response"

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        # Not logged: an answer to the reminder permission tells of a self-care or routine verdict.
        t = texts(handler_input)
        payload = getattr(request, "payload", None)
        code = getattr(getattr(request, "status", None), "code", None)
        accepted = (
            getattr(request, "name", None) == reminders.ASK_FOR
            and getattr(request, "token", None) == reminders.TOKEN
            and str(code) == "200"
            and isinstance(payload, dict)
            and payload.get("status") == "ACCEPTED"
        )
        if accepted and set_reminder(handler_input) is reminders.Outcome.SET:
            return respond_with(handler_input, responses.reminder_set(t), {})
        return respond_with(handler_input, responses.how_to_remind(t), {})


class ReadSession(AbstractRequestInterceptor):
    """Validates the session attributes once, before any handler is chosen."""

    def process(self, handler_input: HandlerInput) -> None:
        session = handler_input.request_envelope.session
        state = read_session(session.attributes if session is not None else None)
        if state.phase is Phase.BROKEN:
            log.warning("session attributes refused; restarting the check")
        handler_input.attributes_manager.request_attributes[_STATE] = state


class LaunchHandler(AbstractRequestHandler):
    """'Open back pain check'."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return isinstance(handler_input.request_envelope.request, LaunchRequest)

    def handle(self, handler_input: HandlerInput) -> Response:
        log.info("request: LaunchRequest")
        return respond(handler_input, conversation.launch(session_state(handler_input), texts(handler_input)))


def converse(handler_input: HandlerInput, intent: str, slots: Any = None) -> Response:
    """``intent`` (and what was said in its ``slots``: a number, a symptom, a decade, free words) in the
    session's phase, as the conversation's table says."""
    state = session_state(handler_input)
    request = handler_input.request_envelope.request
    log.info("request: %s in phase %s", type(request).__name__, state.phase.value)
    locale = locale_of(handler_input)
    heard = conversation.Heard(
        intent,
        number=number_said(slots),
        symptom=resolved_id(slots, c.SYMPTOM_SLOT),
        decade=resolved_id(slots, c.DECADE_SLOT),
        year=year_of(request),
        words=words_said(slots),
        language=language_of(locale),
    )
    return respond(handler_input, conversation.take_turn(state, heard, texts_for(locale)))


def year_of(request: Any) -> int | None:
    """The year the request was made in (its timestamp, as Alexa sent it): a year of birth becomes an age."""
    year = getattr(getattr(request, "timestamp", None), "year", None)
    return year if isinstance(year, int) else None


def _slot(intent: Any, name: str) -> Any:
    slots = getattr(intent, "slots", None)
    return slots.get(name) if isinstance(slots, dict) else None


def number_said(intent: Any) -> str | None:
    """The age slot's value, as Alexa resolved it ("67", or "?" when it heard no number)."""
    value = getattr(_slot(intent, c.AGE_SLOT), "value", None)
    return value if isinstance(value, str) else None


MOST_WORDS = 200  # characters of free words looked at: a SearchQuery longer than a sentence is not an answer


def words_said(intent: Any) -> str | None:
    """The free words a SearchQuery slot heard ("it started when I lifted a box"); never logged."""
    value = getattr(_slot(intent, c.WORDS_SLOT), "value", None)
    return value[:MOST_WORDS] if isinstance(value, str) else None


def resolved_id(intent: Any, name: str) -> str | None:
    """A custom slot's value as the interaction model names it: the id of the value Alexa's entity
    resolution matched ("chest_pain" for "a pain in my chest", "60" for "sixty-something"); None when it
    matched none."""
    resolutions = getattr(getattr(_slot(intent, name), "resolutions", None), "resolutions_per_authority", None)
    for authority in resolutions or ():
        if getattr(getattr(getattr(authority, "status", None), "code", None), "value", None) != "ER_SUCCESS_MATCH":
            continue
        for wrapper in getattr(authority, "values", None) or ():
            value_id = getattr(getattr(wrapper, "value", None), "id", None)
            if isinstance(value_id, str):
                return value_id
    return None


class IntentHandler(AbstractRequestHandler):
    """Every intent, in every phase: the conversation's table says what it does."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return isinstance(handler_input.request_envelope.request, IntentRequest)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        assert isinstance(request, IntentRequest)
        intent = request.intent
        name = (intent.name if intent is not None else None) or ""
        return converse(handler_input, name, intent)


class TouchHandler(AbstractRequestHandler):
    """A button on the screen: the intent it stands for, through the same conversation table."""

    # By its type's name: importing ask-sdk's APL models costs every cold start 12 ms.
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return getattr(handler_input.request_envelope.request, "object_type", None) == screens.USER_EVENT

    def handle(self, handler_input: HandlerInput) -> Response:
        arguments = getattr(handler_input.request_envelope.request, "arguments", None)
        return converse(handler_input, screens.intent_for_touch(arguments))


class SessionEndedHandler(AbstractRequestHandler):
    """Alexa closed the session (no speech). Nothing is kept: a new session starts afresh."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return isinstance(handler_input.request_envelope.request, SessionEndedRequest)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        assert isinstance(request, SessionEndedRequest)
        reason = getattr(request.reason, "value", None)
        error_type = getattr(getattr(request.error, "object_type", None), "value", None)
        log.info("session ended: reason=%s error=%s", reason, error_type)
        handler_input.attributes_manager.session_attributes = {}
        return handler_input.response_builder.response


class ErrorHandler(AbstractExceptionHandler):
    """Anything unexpected: apologise, remind of the emergency number, keep the session (if it was valid)."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        log.error("request failed: %s", type(exception).__name__)
        # Only attributes ReadSession validated go back: never what the request held as it was.
        state = session_state(handler_input)
        kept = (Phase.OFFERED, Phase.AGE, Phase.CHECKING, Phase.VERDICT)
        attributes = attributes_for(state) if state.phase in kept else {}
        speech = responses.error(texts(handler_input))
        return respond_with(handler_input, speech, attributes)


# Intent requests are by far the most common, so they are tried first.
REQUEST_HANDLERS: tuple[AbstractRequestHandler, ...] = (
    CanFulfillHandler(),  # Alexa+ asking whether the skill can take a request: answers and touches nothing
    IntentHandler(),
    LaunchHandler(),
    TouchHandler(),
    PermissionAnswerHandler(),
    SessionEndedHandler(),
)
