"""Alexa+ and name-free requests: ``CanFulfillIntentRequest``.

Before it routes a request that names no skill ("Alexa, is my back pain serious?"), Alexa asks
the skills that might take it whether they can. This skill answers YES only for asking whether
back pain is serious (``StartCheckIntent``, the one-shot "ask back pain check if my back pain is
serious"): it can always start that check. Every other intent (an answer, a built-in, an
emergency: the skill never calls anyone) is NO, with each slot Alexa heard not understood.

The answer changes nothing, says nothing and returns no session attributes: Amazon's rule for
this request, and this skill's (``skill.alexa.invoke`` returns none for it).
"""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components.request_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.canfulfill.can_fulfill_intent import CanFulfillIntent
from ask_sdk_model.canfulfill.can_fulfill_intent_request import CanFulfillIntentRequest
from ask_sdk_model.canfulfill.can_fulfill_intent_values import CanFulfillIntentValues
from ask_sdk_model.canfulfill.can_fulfill_slot import CanFulfillSlot
from ask_sdk_model.canfulfill.can_fulfill_slot_values import CanFulfillSlotValues
from ask_sdk_model.canfulfill.can_understand_slot_values import CanUnderstandSlotValues
from ask_sdk_model.response import Response

from skill.alexa import constants as c

log = logging.getLogger(__name__)

# The intents that are a request about back pain, whole, with nothing else needed.
ABOUT_BACK_PAIN = frozenset({c.START_CHECK})


def can_fulfill(intent_name: str | None, slot_names: list[str]) -> CanFulfillIntent:
    """YES for a request about back pain, NO for anything else; each slot heard, understood only with a YES."""
    yes = intent_name in ABOUT_BACK_PAIN
    understand = CanUnderstandSlotValues.YES if yes else CanUnderstandSlotValues.NO
    fulfill = CanFulfillSlotValues.YES if yes else CanFulfillSlotValues.NO
    return CanFulfillIntent(
        can_fulfill=CanFulfillIntentValues.YES if yes else CanFulfillIntentValues.NO,
        slots={name: CanFulfillSlot(can_understand=understand, can_fulfill=fulfill) for name in slot_names} or None,
    )


class CanFulfillHandler(AbstractRequestHandler):
    """Whether this skill can take a request that named no skill; touches nothing."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return isinstance(handler_input.request_envelope.request, CanFulfillIntentRequest)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        intent = getattr(request, "intent", None)
        slots = getattr(intent, "slots", None)
        answer = can_fulfill(getattr(intent, "name", None), sorted(slots) if isinstance(slots, dict) else [])
        log.info("request: CanFulfillIntentRequest, answered %s", answer.can_fulfill.value)  # type: ignore[union-attr]
        response: Response = handler_input.response_builder.response
        response.can_fulfill_intent = answer
        return response
