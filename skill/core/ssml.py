"""Turning the skill's SSML into plain text, for cards and the console."""

from __future__ import annotations

import re

_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r'<break time="(\d+)ms"/>')

# Pauses (Alexa's SSML <break>): after the emergency line, so it stands on its own, and after a verdict's
# action, so it sinks in before the reasons. They count in the speech budget (tools.lengths).
EMERGENCY_PAUSE = '<break time="400ms"/>'
ACTION_PAUSE = '<break time="600ms"/>'


def pause_seconds(ssml: str) -> float:
    """How long the pauses in ``ssml`` last, in seconds."""
    return sum(int(ms) for ms in _BREAK.findall(ssml)) / 1000


def after_first_sentence(ssml: str, pause: str) -> str:
    """``ssml`` with ``pause`` after its first sentence (the first ". ", "? " or "! ")."""
    found = re.search(r"[.?!](?= )", ssml)
    return ssml if found is None else ssml[: found.end()] + pause + ssml[found.end() :]


_SPACE = re.compile(r"\s+")


def to_text(ssml: str) -> str:
    """The words of an SSML fragment or document, tags removed, entities decoded, spaces tidied.

    The skill's own SSML only (well-formed, no CDATA or comments): tests check it with a
    real XML parser; this stays light for the Lambda's cold start.
    """
    text = _SPACE.sub(" ", _TAG.sub("", ssml)).strip()
    if "&" not in text:
        return text  # nothing to decode: html's entity table is not loaded at all
    from html import unescape

    return unescape(text).strip()
