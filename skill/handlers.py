"""ask-sdk handlers: translate Alexa requests into the core's terms and back.

Each intent handler declares which intents and session phases it serves (routing as
data; a test checks every intent in every phase has exactly one handler), and
``can_handle`` only reads. The session is read and validated once per request by
``ReadSession`` and kept in the request attributes.

Logging: request types, handler names and session-end reasons only. Never intent
names of answers, slot values, session attributes or the verdict: together with
the fixed question order they would reveal the user's health answers.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from ask_sdk_core.dispatch_components.exception_components import AbstractExceptionHandler
from ask_sdk_core.dispatch_components.request_components import (
    AbstractRequestHandler,
    AbstractRequestInterceptor,
)
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.intent_request import IntentRequest
from ask_sdk_model.launch_request import LaunchRequest
from ask_sdk_model.response import Response
from ask_sdk_model.session_ended_request import SessionEndedRequest
from ask_sdk_model.ui.simple_card import SimpleCard

from skill import constants as c
from skill import replies
from skill.answers import Said, reply_to
from skill.replies import Speech, Texts
from skill.session import SessionState, attributes_for, checking_attributes, offered_attributes, read_session
from skill.signs import Question
from skill.speech import texts_for
from skill.triage import Check, go_back, next_question, take_reply

log = logging.getLogger(__name__)

_STATE = "session_state"  # request attribute holding the validated SessionState
ANY_PHASE: frozenset[str | None] = frozenset(c.PHASES)


def session_state(handler_input: HandlerInput) -> SessionState:
    state = handler_input.attributes_manager.request_attributes.get(_STATE)
    return state if isinstance(state, SessionState) else SessionState()


def texts(handler_input: HandlerInput) -> Texts:
    locale = getattr(handler_input.request_envelope.request, "locale", None)
    return texts_for(locale if isinstance(locale, str) else None)


def intent_name(handler_input: HandlerInput) -> str | None:
    request = handler_input.request_envelope.request
    if isinstance(request, IntentRequest) and request.intent is not None:
        return request.intent.name
    return None


def respond(handler_input: HandlerInput, speech: Speech, attributes: dict[str, Any]) -> Response:
    """Build Alexa's response and set the session attributes, in one place."""
    handler_input.attributes_manager.session_attributes = attributes
    builder = handler_input.response_builder.speak(speech.ssml)
    if speech.reprompt is not None:
        builder.ask(speech.reprompt)
    if speech.card is not None:
        builder.set_card(SimpleCard(title=speech.card.title, content=speech.card.text))
    return builder.set_should_end_session(speech.ends_session).response


def pending_question(check: Check | None) -> Question:
    assert check is not None
    question = next_question(check)
    assert question is not None  # read_session only accepts unfinished checks
    return question


def start_check(handler_input: HandlerInput, intro_id: str) -> Response:
    """Ask the first question, after the intro ``intro_id``."""
    check = Check()
    speech = replies.start(texts(handler_input), intro_id, pending_question(check))
    return respond(handler_input, speech, checking_attributes(check))


class ReadSession(AbstractRequestInterceptor):
    """Validates the session attributes once, before any handler is chosen."""

    def process(self, handler_input: HandlerInput) -> None:
        session = handler_input.request_envelope.session
        state = read_session(session.attributes if session is not None else None)
        if state.phase == c.BROKEN:
            log.warning("session attributes refused; restarting the check")
        handler_input.attributes_manager.request_attributes[_STATE] = state


class IntentHandler(AbstractRequestHandler):
    """Serves ``intents`` while the session is in one of ``phases``."""

    intents: Sequence[str] = ()
    phases: frozenset[str | None] = ANY_PHASE

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return intent_name(handler_input) in self.intents and session_state(handler_input).phase in self.phases

    def handle(self, handler_input: HandlerInput) -> Response:
        log.info("handled by %s", type(self).__name__)
        return self.reply(handler_input, session_state(handler_input), texts(handler_input))

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        raise NotImplementedError


# --- Starting -----------------------------------------------------------------


class LaunchRequestHandler(AbstractRequestHandler):
    """The welcome. Opened again within the same session: a short one, or carry on the check."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return isinstance(handler_input.request_envelope.request, LaunchRequest)

    def handle(self, handler_input: HandlerInput) -> Response:
        log.info("handled by %s", type(self).__name__)
        t = texts(handler_input)
        state = session_state(handler_input)
        if state.phase == c.CHECKING:
            speech = replies.ask(t, pending_question(state.check), t["carry_on"])
            return respond(handler_input, speech, attributes_for(state))
        if state.phase == c.OFFERED:
            return respond(handler_input, replies.welcome_again(t), offered_attributes())
        return respond(handler_input, replies.welcome(t), offered_attributes())


class WelcomeHandler(IntentHandler):
    """A new session that is not a launch or a known one-shot: the full welcome.

    An answer with no question pending, or a one-shot Alexa could not match, gets the
    welcome with the emergency line and the disclaimer, not a bare "didn't catch that".
    """

    intents = (*c.ANSWER_INTENTS, c.FALLBACK, c.PREVIOUS)
    phases = frozenset({None})

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        return respond(handler_input, replies.welcome(t), offered_attributes())


class StartCheckHandler(IntentHandler):
    """'Is my back pain serious': start at once (one-shot, or after the welcome)."""

    intents: Sequence[str] = (c.START_CHECK,)
    phases = frozenset({None, c.OFFERED})

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        # A new session has not heard the disclaimer yet; after the welcome it has.
        return start_check(handler_input, "start.one_shot" if state.phase is None else "start.after_offer")


class AcceptOfferHandler(StartCheckHandler):
    """Yes to the welcome's offer."""

    intents = (c.YES, c.YES_ANSWER)
    phases = frozenset({c.OFFERED})


class DeclineOfferHandler(IntentHandler):
    """No to the welcome's offer."""

    intents = (c.NO, c.NO_ANSWER)
    phases = frozenset({c.OFFERED})

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        return respond(handler_input, replies.goodbye(t, mid_check=False), {})


class RestartBrokenSessionHandler(IntentHandler):
    """Attributes that are stale or tampered with: start the check again, safely."""

    intents = (*c.ANSWER_INTENTS, c.HELP, c.REPEAT, c.FALLBACK, c.START_CHECK, c.PREVIOUS)
    phases = frozenset({c.BROKEN})

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        return start_check(handler_input, "start.restart")


class StartOverHandler(IntentHandler):
    """Clear the answers and ask the first question."""

    intents = (c.START_OVER,)

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        return start_check(handler_input, "start.one_shot" if state.phase is None else "start.over")


class EmergencyHandler(IntentHandler):
    """'Call an ambulance', 'I can't feel my legs', in any phase: the number now, and end.

    Alexa cannot call anyone, and a skill may not offer to: the user is told to use a phone.
    """

    intents = (c.EMERGENCY,)

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        return respond(handler_input, replies.emergency_now(t), {})


# --- The questions ---------------------------------------------------------------

_SAID = {
    c.YES: Said.YES,
    c.YES_ANSWER: Said.YES,
    c.NO: Said.NO,
    c.NO_ANSWER: Said.NO,
    c.NOT_SURE: Said.NOT_SURE,
    c.BOTH_LEGS: Said.BOTH_LEGS,
    c.ONE_LEG: Said.ONE_LEG,
}


class AnswerHandler(IntentHandler):
    """An answer to the pending question; one that does not fit it ("both" to chest pain) is a miss."""

    intents = c.ANSWER_INTENTS
    phases = frozenset({c.CHECKING})

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        question = pending_question(state.check)
        reply = reply_to(_SAID[intent_name(handler_input) or ""], question)
        if reply is None:
            return not_understood(handler_input, state, t)
        assert state.check is not None
        step = take_reply(state.check, reply)
        if step.verdict is None:
            return respond(handler_input, replies.after_reply(t, step), checking_attributes(step.check))
        return respond(handler_input, replies.after_reply(t, step), {c.OUTCOME: step.verdict.tier.id})


class GoBackHandler(IntentHandler):
    """'Go back', 'change my answer': ask the previous question again, forgetting its answer."""

    intents = (c.PREVIOUS,)
    phases = frozenset({c.CHECKING})

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        assert state.check is not None
        before = go_back(state.check)
        check = before if before is not None else Check()
        speech = replies.went_back(t, pending_question(check), first=before is None)
        return respond(handler_input, speech, checking_attributes(check))


# --- Help, repeat, fallback: what to say depends on the phase ---------------------


def _say_again(handler_input: HandlerInput, state: SessionState, t: Texts, kind: str) -> Response:
    """Help or repeat in ``state``: the phase's own words, the phase unchanged."""
    if state.phase == c.CHECKING:
        question = pending_question(state.check)
        say = {"help": replies.help_question, "repeat": replies.ask}[kind]
        assert state.check is not None
        return respond(handler_input, say(t, question), checking_attributes(state.check))
    speech = {"help": replies.help_general(t), "repeat": replies.welcome(t)}[kind]
    return respond(handler_input, speech, offered_attributes())


def not_understood(handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
    """A reply that was not understood: each miss in a row says more (``SessionState.misses``)."""
    misses = state.misses + 1
    if state.phase == c.CHECKING:
        speech = replies.fallback_question(t, pending_question(state.check), misses)
    else:
        speech = replies.fallback_offer(t, misses)
    return respond(handler_input, speech, attributes_for(state._replace(misses=misses)))


_SAYING_PHASES = frozenset({None, c.OFFERED, c.CHECKING})


class HelpHandler(IntentHandler):
    """Help explains the pending question, or else what the skill does."""

    intents = (c.HELP,)
    phases = _SAYING_PHASES

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        return _say_again(handler_input, state, t, "help")


class NotSureOutsideQuestionsHandler(HelpHandler):
    """ "Not sure" to the offer to start: explain the skill, and ask again."""

    intents = (c.NOT_SURE,)
    phases = frozenset({c.OFFERED})


class RepeatHandler(IntentHandler):
    """Repeat says the pending question (or the welcome) again."""

    intents = (c.REPEAT,)
    phases = _SAYING_PHASES

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        return _say_again(handler_input, state, t, "repeat")


class StartCheckWhileBusyHandler(RepeatHandler):
    """'Check my back pain' while a question is pending: say it again."""

    intents = (c.START_CHECK,)
    phases = frozenset({c.CHECKING})


class GoBackBeforeTheCheckHandler(RepeatHandler):
    """'Go back' at the welcome: there is nothing before it, so say it again."""

    intents = (c.PREVIOUS,)
    phases = frozenset({c.OFFERED})


class FallbackHandler(IntentHandler):
    """Something not understood at the offer or a question: escalating help, the phase unchanged."""

    intents: Sequence[str] = (c.FALLBACK,)
    phases = frozenset({c.OFFERED, c.CHECKING})

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        return not_understood(handler_input, state, t)


class LegAnswerAtTheOfferHandler(FallbackHandler):
    """'Both' or 'just one' to "Shall we start?": not an answer to it."""

    intents = (c.BOTH_LEGS, c.ONE_LEG)
    phases = frozenset({c.OFFERED})


# --- Ending --------------------------------------------------------------------------


class StopHandler(IntentHandler):
    """Stop, cancel and 'go home': a short goodbye, with the emergency reminder mid-check."""

    intents = (c.STOP, c.CANCEL, c.NAVIGATE_HOME)

    def reply(self, handler_input: HandlerInput, state: SessionState, t: Texts) -> Response:
        mid_check = state.check is not None or state.phase == c.BROKEN
        return respond(handler_input, replies.goodbye(t, mid_check), {})


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
    """Anything unexpected: apologise, remind of the emergency number, keep the session."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        log.error("request failed: %s", type(exception).__name__)
        session = handler_input.request_envelope.session
        attributes = dict(session.attributes or {}) if session is not None else {}
        return respond(handler_input, replies.error(texts(handler_input)), attributes)


# The routes are disjoint (a test checks it), so the order only matters for speed:
# ask-sdk tries them in turn, and answering a question is by far the most common request.
REQUEST_HANDLERS: tuple[AbstractRequestHandler, ...] = (
    AnswerHandler(),
    EmergencyHandler(),
    GoBackHandler(),
    GoBackBeforeTheCheckHandler(),
    LegAnswerAtTheOfferHandler(),
    LaunchRequestHandler(),
    SessionEndedHandler(),
    RestartBrokenSessionHandler(),
    WelcomeHandler(),
    StartCheckHandler(),
    AcceptOfferHandler(),
    DeclineOfferHandler(),
    StartOverHandler(),
    HelpHandler(),
    NotSureOutsideQuestionsHandler(),
    RepeatHandler(),
    StartCheckWhileBusyHandler(),
    FallbackHandler(),
    StopHandler(),
)
