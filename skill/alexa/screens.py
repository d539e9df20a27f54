"""The check on devices with a screen (APL): one document per kind of screen, in ``apl/``,
filled from the ``Screen`` data the core builds from the locale's speech data.

Sent only where the request says the device supports ``Alexa.Presentation.APL``; a
voice-only device gets exactly the response it would otherwise. A button press arrives
as an ``Alexa.Presentation.APL.UserEvent`` and becomes the intent it stands for, so it
goes through the same conversation as the spoken answer.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from functools import cache
from typing import Any

from ask_sdk_model.request_envelope import RequestEnvelope

from skill.alexa import constants as c
from skill.core.responses import Screen

# A string, not a pathlib.Path: pathlib (with urllib.parse and ipaddress) would be 3 ms of
# every Lambda cold start, for one folder name.
DOCUMENTS = os.path.join(os.path.dirname(os.path.realpath(__file__)), "apl")
USER_EVENT = "Alexa.Presentation.APL.UserEvent"
KINDS = ("welcome", "question", "verdict")

# What each button's SendEvent argument means: the intent a spoken answer would have.
TOUCHES = {"yes": c.YES, "no": c.NO, "not_sure": c.NOT_SURE, "start": c.START_CHECK, "help": c.HELP}


@cache
def document(kind: str) -> dict[str, Any]:
    """The APL document for a kind of screen (read once)."""
    with open(os.path.join(DOCUMENTS, f"{kind}.json"), encoding="utf-8") as file:
        loaded: dict[str, Any] = json.load(file)
    return loaded


def has_screen(envelope: RequestEnvelope) -> bool:
    """Whether the device that sent the request can show APL documents."""
    system = envelope.context.system if envelope.context is not None else None
    device = system.device if system is not None else None
    interfaces = device.supported_interfaces if device is not None else None
    return interfaces is not None and interfaces.alexa_presentation_apl is not None


def render(screen: Screen) -> Any:
    """The RenderDocument directive for ``screen``. (ask-sdk's APL models are imported here, on
    the first screen, not at start-up: importing them costs every cold start 12 ms.)"""
    from ask_sdk_model.interfaces.alexa.presentation.apl.render_document_directive import RenderDocumentDirective

    return RenderDocumentDirective(
        token=f"back-pain-check-{screen.kind}",
        document=document(screen.kind),
        datasources={"screen": dict(screen.data)},
    )


def intent_for_touch(arguments: Sequence[Any] | None) -> str:
    """The intent a button press stands for; anything else is not understood (a safe re-ask)."""
    argument = arguments[0] if arguments else None
    return TOUCHES.get(argument, c.FALLBACK) if isinstance(argument, str) else c.FALLBACK
