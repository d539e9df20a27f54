"""The one place that assembles the ask-sdk skill from its handlers and its store."""

from __future__ import annotations

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.skill_builder import CustomSkillBuilder

from skill.handlers import REQUEST_HANDLERS, ErrorHandler, ReadSession


def build_skill_builder(
    skill_id: str | None = None, store: AbstractPersistenceAdapter | None = None
) -> CustomSkillBuilder:
    """A skill builder with every handler.

    Requests for another ``skill_id`` are refused; ``store`` keeps interrupted checks'
    positions (``skill.store``); without one, checks simply cannot be resumed.
    """
    builder = CustomSkillBuilder(persistence_adapter=store)  # type: ignore[arg-type]  # None is allowed
    builder.skill_id = skill_id or None  # type: ignore[assignment]  # the SDK annotates it as None
    builder.add_global_request_interceptor(ReadSession())
    for handler in REQUEST_HANDLERS:
        builder.add_request_handler(handler)
    builder.add_exception_handler(ErrorHandler())
    return builder
