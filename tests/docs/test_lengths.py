"""How long a check takes to hear (issue 27), measured through the console and the Lambda entry point."""

from __future__ import annotations

import pytest

from skill.core.signs import WARNING_SIGNS
from skill.core.speech import LOCALES, language_of
from tools.generated import stale_diff
from tools.lengths import (
    BEFORE_EN_US,
    MOST_OPENING_WORDS,
    MOST_SECONDS,
    MOST_SECONDS_BY_LANGUAGE,
    MOST_TURNS,
    PATHS,
    documents,
    lengths,
)


def test_the_lengths_document_is_current() -> None:
    [lengths_document] = documents()
    assert not (diff := stale_diff(lengths_document)), f"run: python -m tools.documents --write\n{diff}"


def test_the_all_no_check_at_40_in_en_us_is_within_21_turns_and_150_seconds() -> None:
    no_to_everything = lengths("en-US")[0]
    assert no_to_everything.turns <= MOST_TURNS
    assert no_to_everything.seconds <= MOST_SECONDS
    assert no_to_everything.turns < BEFORE_EN_US[0].turns and no_to_everything.words < BEFORE_EN_US[0].words
    # opening the skill, the age, then one turn a main question (the welcome asks the age)
    assert no_to_everything.turns == 2 + sum(not sign.follows for sign in WARNING_SIGNS)


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_locale_asks_the_age_in_the_first_turn_and_keeps_the_turns(locale: str) -> None:
    measured = lengths(locale)
    assert all(row.opening_words <= MOST_OPENING_WORDS for row in measured), measured[0]
    assert measured[0].turns <= MOST_TURNS
    # the pauses count (issue 36): 150 seconds in English, 165 in Spanish and French
    assert measured[0].seconds <= MOST_SECONDS_BY_LANGUAGE[language_of(locale)]
    assert measured[0].pauses > 0, "a pause after the emergency line and after the verdict's action"


def test_every_verdict_path_is_measured() -> None:
    titles = [path.title for path in PATHS]
    for verdict in ("home", "a doctor", "a doctor today", "the emergency number", "the cancer team now"):
        assert any(title.endswith(f": {verdict}") for title in titles), verdict
