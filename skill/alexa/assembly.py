"""The one place that assembles the ask-sdk skill from its handlers, for every entry point."""

from __future__ import annotations

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import SkillBuilder

from skill.alexa.handlers import REQUEST_HANDLERS, ErrorHandler, ReadSession
from skill.alexa.invoke import LeanSkill
from skill.alexa.serializer import StrictSerializer


def build_skill_builder(skill_id: str | None = None) -> SkillBuilder:
    """A skill builder with every handler and no persistence: the session is the only memory.

    Requests for another ``skill_id`` are refused.
    """
    builder = SkillBuilder()
    builder.skill_id = skill_id or None  # type: ignore[assignment]  # the SDK annotates it as None
    builder.add_global_request_interceptor(ReadSession())
    for handler in REQUEST_HANDLERS:
        builder.add_request_handler(handler)
    builder.add_exception_handler(ErrorHandler())
    return builder


def build_skill(skill_id: str | None = None) -> CustomSkill:
    """The skill, built once, reading requests with the strict serializer (``skill.alexa.serializer``)
    and doing on each turn only what the turn needs (``skill.alexa.invoke``)."""
    skill = LeanSkill(skill_configuration=build_skill_builder(skill_id).skill_configuration)
    serializer = StrictSerializer()
    serializer.prime()  # the models a speaker's requests name, at start-up rather than on the first request
    skill.serializer = serializer
    return skill
