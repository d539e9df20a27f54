"""Hear every word: the committed transcripts (docs/transcripts/) are what the skill says.

A change to what Alexa says fails here with the difference in plain sentences; regenerate
with ``python -m tools.documents --write`` and read the diff as a listener would.
"""

from __future__ import annotations

import pytest

from skill.core.speech import LOCALES
from tests.support.fake_alexa import words
from tests.support.locales import firm_opening, heard_in
from tools.generated import stale_diff
from tools.transcripts import CONVERSATIONS, document, documents, path_for


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_transcripts_are_what_the_skill_says(locale: str) -> None:
    [transcript] = [generated for generated in documents() if generated.path == path_for(locale)]
    assert not (diff := stale_diff(transcript)), (
        f"what the skill says changed; run python -m tools.documents --write\n{diff}"
    )


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_conversation_reaches_its_end_and_every_verdict_tier_is_heard(locale: str) -> None:
    text = document(locale)
    for conversation in CONVERSATIONS:
        assert f"## {conversation.title}\n" in text
    if locale.startswith("en-"):
        assert f"Alexa: {firm_opening(locale)}" in text  # the emergency verdict, and emergency words, heard
    for said in ("today", "in the next week or two", "You can look after this at home"):
        assert heard_in(locale, said) in text, said
    for heard in ("How old are you?", "Back Pain Check is for adults", "I can't call for you"):
        assert heard_in(locale, heard) in text, heard


def test_the_recorded_rename_is_gone_and_answers_are_invited_plainly() -> None:
    text = document("en-US")
    assert "Recorded" not in text
    assert "Please say yes if that's true for you, or no if it isn't." in text
    assert "Answer yes, no, or not sure. You can also say repeat, go back, start over, or stop." in text


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_no_reply_in_any_conversation_is_over_ninety_words(locale: str) -> None:
    replies = [line for line in document(locale).splitlines() if line.startswith("Alexa: ")]
    longest = max(replies, key=lambda line: len(words(line)))
    limit = 90 if locale.startswith("en-") else 100  # Spanish and French take more words
    assert len(words(longest)) - 1 <= limit, longest
