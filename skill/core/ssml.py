"""Turning the skill's SSML into plain text, for cards and the console."""

from __future__ import annotations

import re

_TAG = re.compile(r"<[^>]*>")
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
