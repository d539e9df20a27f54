"""Turning the skill's SSML into plain text, for cards and the console."""

from __future__ import annotations

import re
from xml.etree import ElementTree


def to_text(ssml: str) -> str:
    """The words of an SSML fragment or document, tags removed, spaces tidied."""
    body = ssml if ssml.lstrip().startswith("<speak>") else f"<speak>{ssml}</speak>"
    words = "".join(ElementTree.fromstring(body).itertext())
    return re.sub(r"\s+", " ", words).strip()
