"""ask-sdk-core's skill, doing on each turn only the work this skill's turn needs.

``CustomSkill.invoke`` (ask-sdk-core 1.19) does, for every request, two things this skill
never uses: it deep-copies the request's session attributes (``AttributesManager``) although
the handlers only ever replace them, with what ``ReadSession`` validated; and it builds a
template factory, although no handler renders a template. ``LeanSkill.invoke`` is the same
steps without those: the same handlers, interceptors,
dispatcher and response builder, and the same checks (the skill's ID first). A skill with
an API client or a persistence adapter, which this one never has, is invoked as ask-sdk
does it. A ``CanFulfillIntentRequest`` gets no session attributes back: it must change nothing.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.skill import CustomSkill
from ask_sdk_model.canfulfill.can_fulfill_intent_request import CanFulfillIntentRequest
from ask_sdk_model.request_envelope import RequestEnvelope
from ask_sdk_model.response_envelope import ResponseEnvelope
from ask_sdk_runtime.exceptions import AskSdkException
from ask_sdk_runtime.utils import UserAgentManager

RESPONSE_FORMAT_VERSION = "1.0"  # ask_sdk_core.skill's
_NOT_COPIED = object()


class SessionAttributes(AttributesManager):
    """ask-sdk's ``AttributesManager``, copying the request's session attributes only when a
    handler reads them (``session_attributes``), not on every request."""

    def __init__(self, request_envelope: RequestEnvelope) -> None:
        # AttributesManager.__init__'s fields, but for the copy, and without a persistence adapter.
        self._request_envelope = request_envelope
        self._persistence_adapter = None  # type: ignore[assignment]  # as ask-sdk's without one
        self._persistence_attributes: dict[str, Any] = {}
        self._request_attributes: dict[str, Any] = {}
        self._persistent_attributes_set = False
        self._session_attributes: Any = None if request_envelope.session is None else _NOT_COPIED

    @property
    def session_attributes(self) -> dict[str, Any] | None:
        """As ask-sdk's: a deep copy of the request's, or what a handler set."""
        if self._session_attributes is _NOT_COPIED:
            session = self._request_envelope.session
            attributes = session.attributes if session is not None else None
            self._session_attributes = {} if attributes is None else deepcopy(attributes)
        value: dict[str, Any] | None = AttributesManager.session_attributes.fget(self)  # type: ignore[attr-defined]
        return value

    @session_attributes.setter
    def session_attributes(self, session_attributes: dict[str, Any]) -> None:
        AttributesManager.session_attributes.fset(self, session_attributes)  # type: ignore[attr-defined]


class LeanSkill(CustomSkill):
    """``CustomSkill`` whose ``invoke`` makes no copy, template factory or service client a turn does not use."""

    def invoke(self, request_envelope: RequestEnvelope, context: Any) -> ResponseEnvelope:
        if self.api_client is not None or self.persistence_adapter is not None:
            return super().invoke(request_envelope, context)
        if self.skill_id is not None and request_envelope.context.system.application.application_id != self.skill_id:
            raise AskSdkException("Skill ID Verification failed!!")
        handler_input = HandlerInput(
            request_envelope=request_envelope, attributes_manager=SessionAttributes(request_envelope), context=context
        )
        response = self.request_dispatcher.dispatch(handler_input=handler_input)
        session_attributes = None
        if request_envelope.session is not None and not isinstance(request_envelope.request, CanFulfillIntentRequest):
            session_attributes = handler_input.attributes_manager.session_attributes
        return ResponseEnvelope(
            response=response,
            version=RESPONSE_FORMAT_VERSION,
            session_attributes=session_attributes,
            user_agent=UserAgentManager.get_user_agent(),
        )
