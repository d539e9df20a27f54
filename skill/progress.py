"""Saving and forgetting an interrupted check's position, through ask-sdk's persistent attributes.

A store that is down or corrupt never breaks the conversation: each call logs the
failure (its type only) and the check carries on without resuming.
"""

from __future__ import annotations

import logging

from ask_sdk_core.exceptions import AttributesManagerException
from ask_sdk_core.handler_input import HandlerInput

from skill import constants as c

log = logging.getLogger(__name__)


def _failed(action: str, error: Exception) -> None:
    if isinstance(error, AttributesManagerException):
        return  # no store configured: nothing to do
    log.warning("store failed to %s (%s): carrying on without resume", action, type(error).__name__)


def load_position(handler_input: HandlerInput) -> str | None:
    """The question id a previous, interrupted check stopped at, if it was saved and is fresh."""
    try:
        position = handler_input.attributes_manager.persistent_attributes.get(c.POSITION)
    except Exception as error:
        _failed("read", error)
        return None
    return position if isinstance(position, str) else None


def save_position(handler_input: HandlerInput, question_id: str) -> None:
    manager = handler_input.attributes_manager
    try:
        manager.persistent_attributes = {c.POSITION: question_id}
        manager.save_persistent_attributes()
    except Exception as error:
        _failed("save", error)


def forget(handler_input: HandlerInput) -> None:
    """Delete whatever is stored for this user."""
    try:
        handler_input.attributes_manager.delete_persistent_attributes()
    except Exception as error:
        _failed("delete", error)
