"""Resuming an interrupted check, forgetting, and a store that fails: through the Lambda handler."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from skill import constants as c
from skill.alexa import build_skill_builder
from skill.speech import texts_for
from skill.ssml import to_text
from skill.store import SqliteAdapter
from tests.alexa import USER_ID, Alexa, Handler, ends_session, outcome, speech
from tests.certs import NOW

TEXTS = texts_for("en-US")


def question(sign_id: str) -> str:
    return to_text(TEXTS[f"question.{sign_id}"])


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


@pytest.fixture
def skill(store_path: Path, clock: Clock) -> Handler:
    return build_skill_builder(store=SqliteAdapter(str(store_path), clock)).lambda_handler()


def rows(store_path: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(store_path) as db:
        return db.execute("SELECT user_key, attributes, expires_at FROM progress").fetchall()


def cut_off_after(skill: Handler, replies: list[str], reason: str = "EXCEEDED_MAX_REPROMPTS", **kw: Any) -> Alexa:
    alexa = Alexa(skill, **kw)
    alexa.launch()
    alexa.say(c.YES)
    for reply in replies:
        alexa.say(reply)
    alexa.end(reason)
    return alexa


@pytest.mark.parametrize("reason", ["USER_INITIATED", "EXCEEDED_MAX_REPROMPTS", "ERROR"])
def test_a_check_cut_off_is_offered_again_at_the_next_launch(skill: Handler, reason: str) -> None:
    cut_off_after(skill, [c.NO, c.NO], reason)
    out = Alexa(skill).launch()
    said = speech(out)
    assert said.startswith("Welcome back to Back Pain Check. If this is an emergency, call 911 now.")
    assert "Last time, we stopped after 2 questions." in said
    assert said.endswith("Would you like to carry on where you left off?")
    assert not ends_session(out)


def test_yes_asks_the_question_that_was_pending_and_the_check_goes_on(skill: Handler, store_path: Path) -> None:
    cut_off_after(skill, [c.NO, c.NO])
    alexa = Alexa(skill)
    alexa.launch()
    assert speech(alexa.say(c.YES)) == "Okay, carrying on. " + question("saddle_numbness")
    out = alexa.say(c.YES)
    assert outcome(out) == "emergency"
    assert rows(store_path) == []  # deleted once the check completed


def test_no_starts_afresh_and_forgets_the_position(skill: Handler, store_path: Path) -> None:
    cut_off_after(skill, [c.NO, c.NO])
    alexa = Alexa(skill)
    alexa.launch()
    out = alexa.say(c.NO)
    assert speech(out).endswith(question("bladder_bowel")) and "start from the beginning" in speech(out)
    assert rows(store_path) == []


def test_another_user_starts_fresh(skill: Handler) -> None:
    cut_off_after(skill, [c.NO, c.NO])
    out = Alexa(skill, user_id="amzn1.ask.account.SOMEONEELSE").launch()
    assert speech(out).startswith("Welcome to Back Pain Check.")


def test_a_position_older_than_thirty_minutes_is_gone(skill: Handler, clock: Clock, store_path: Path) -> None:
    cut_off_after(skill, [c.NO, c.NO])
    clock.now = NOW + timedelta(minutes=31)
    assert speech(Alexa(skill).launch()).startswith("Welcome to Back Pain Check.")
    assert rows(store_path) == []


def test_a_position_within_thirty_minutes_is_kept(skill: Handler, clock: Clock) -> None:
    cut_off_after(skill, [c.NO, c.NO])
    clock.now = NOW + timedelta(minutes=29)
    assert speech(Alexa(skill).launch()).startswith("Welcome back")


def test_only_the_position_is_stored_under_a_hash_of_the_user_id(skill: Handler, store_path: Path) -> None:
    cut_off_after(skill, [c.NO, c.NO, c.NO])
    [(key, attributes, expires_at)] = rows(store_path)
    assert json.loads(attributes) == {"question": "chest_pain"}
    assert USER_ID not in key and len(key) == 64
    assert expires_at == int((NOW + timedelta(minutes=30)).timestamp())


@pytest.mark.parametrize(
    "replies",
    [[c.NO] * 5 + [c.YES], [c.NO] * 5 + [c.NO, c.YES], [c.NO] * 5 + [c.NO, c.NOT_SURE, c.NOT_SURE]],
    ids=["after-a-yes", "after-a-doctor-yes", "after-a-not-sure-counted-as-yes"],
)
def test_a_check_with_a_yes_is_not_resumed(skill: Handler, store_path: Path, replies: list[str]) -> None:
    """Only the position may be stored, and after a yes it is not enough to resume safely."""
    cut_off_after(skill, [c.NO, c.NO])  # an earlier position, which must go too
    cut_off_after(skill, replies)
    assert rows(store_path) == []
    assert speech(Alexa(skill).launch()).startswith("Welcome to Back Pain Check.")


@pytest.mark.parametrize(
    ("replies", "pending"),
    [([c.NO, c.NOT_SURE, c.NO], "saddle_numbness"), ([c.NO, c.NOT_SURE], "peeing_difficulty")],
    ids=["not-sure-then-no", "cut-off-during-an-explanation"],
)
def test_a_not_sure_answered_no_is_resumed(skill: Handler, replies: list[str], pending: str) -> None:
    cut_off_after(skill, replies)
    alexa = Alexa(skill)
    alexa.launch()
    assert speech(alexa.say(c.YES)) == "Okay, carrying on. " + question(pending)


def test_a_check_cut_off_at_the_first_question_is_not_offered(skill: Handler, store_path: Path) -> None:
    cut_off_after(skill, [])
    assert rows(store_path) == []
    assert speech(Alexa(skill).launch()).startswith("Welcome to Back Pain Check.")


def test_a_stop_is_not_an_interruption(skill: Handler, store_path: Path) -> None:
    alexa = Alexa(skill)
    alexa.launch()
    alexa.say(c.YES)
    alexa.say(c.NO)
    alexa.say(c.STOP)
    assert rows(store_path) == []


# --- Forget me -----------------------------------------------------------------


def test_forget_me_asks_first_then_deletes(skill: Handler, store_path: Path) -> None:
    cut_off_after(skill, [c.NO, c.NO])
    alexa = Alexa(skill)
    alexa.say(c.FORGET_ME)
    assert "Do you want me to delete it now?" in speech(alexa.responses[-1])
    assert rows(store_path) != []
    out = alexa.say(c.YES)
    assert speech(out) == "Done. I've deleted it. Take care of yourself. Goodbye." and ends_session(out)
    assert rows(store_path) == []


def test_forget_me_answered_no_keeps_everything(skill: Handler, store_path: Path) -> None:
    cut_off_after(skill, [c.NO, c.NO])
    alexa = Alexa(skill)
    alexa.say(c.FORGET_ME)
    out = alexa.say(c.NO)
    assert speech(out).startswith("Okay, I haven't deleted anything.") and ends_session(out)
    assert len(rows(store_path)) == 1


def test_forget_me_during_a_check_returns_to_the_pending_question(skill: Handler) -> None:
    alexa = Alexa(skill)
    alexa.launch()
    alexa.say(c.YES)
    alexa.say(c.NO)
    alexa.say(c.FORGET_ME)
    assert speech(alexa.say(c.HELP)).endswith("Do you want me to delete it now?")
    out = alexa.say(c.YES)
    assert speech(out) == "Done. I've deleted it. Let's carry on. " + question("peeing_difficulty")
    assert speech(alexa.say(c.NO)) == question("saddle_numbness")


def test_disabling_the_skill_deletes_what_is_stored(skill: Handler, store_path: Path) -> None:
    cut_off_after(skill, [c.NO, c.NO])
    out = Alexa(skill).disable_skill()
    assert "outputSpeech" not in out["response"]
    assert rows(store_path) == []


def test_disabling_by_another_user_deletes_only_theirs(skill: Handler, store_path: Path) -> None:
    cut_off_after(skill, [c.NO, c.NO])
    Alexa(skill, user_id="amzn1.ask.account.SOMEONEELSE").disable_skill()
    assert len(rows(store_path)) == 1


# --- A store that fails ------------------------------------------------------------


class BrokenStore(SqliteAdapter):
    def __init__(self) -> None:  # no file at all
        pass

    def get_attributes(self, request_envelope: Any) -> dict[str, Any]:
        raise OSError("disk on fire")

    def save_attributes(self, request_envelope: Any, attributes: dict[str, Any]) -> None:
        raise OSError("disk on fire")

    def delete_attributes(self, request_envelope: Any) -> None:
        raise OSError("disk on fire")


def test_a_store_that_is_down_does_not_break_the_check(caplog: pytest.LogCaptureFixture) -> None:
    skill = build_skill_builder(store=BrokenStore()).lambda_handler()
    alexa = Alexa(skill)
    assert speech(alexa.launch()).startswith("Welcome to Back Pain Check.")
    alexa.say(c.YES)
    alexa.say(c.NO)
    alexa.end("EXCEEDED_MAX_REPROMPTS")
    alexa = Alexa(skill)
    alexa.launch()
    alexa.say(c.YES)
    assert outcome(alexa.say(c.YES)) == "emergency"
    assert "store failed to read (OSError): carrying on without resume" in caplog.text
    assert "store failed to save (OSError)" in caplog.text
    assert "disk on fire" not in caplog.text


def test_a_corrupt_store_file_does_not_break_the_check(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"this is not a database" * 100)
    from skill.store import store_from_url

    skill = build_skill_builder(store=store_from_url(f"sqlite:///{corrupt}")).lambda_handler()
    alexa = Alexa(skill)
    assert speech(alexa.launch()).startswith("Welcome to Back Pain Check.")
    assert speech(alexa.say(c.YES)).endswith(question("bladder_bowel"))
    assert "store failed to read (DatabaseError)" in caplog.text


def test_a_stored_position_that_no_longer_fits_is_dropped(skill: Handler, store_path: Path) -> None:
    cut_off_after(skill, [c.NO, c.NO])
    with sqlite3.connect(store_path) as db:
        db.execute("UPDATE progress SET attributes = ?", (json.dumps({"question": "a_removed_sign"}),))
    assert speech(Alexa(skill).launch()).startswith("Welcome to Back Pain Check.")
    assert rows(store_path) == []


def test_nothing_about_health_is_logged_while_resuming(skill: Handler, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    cut_off_after(skill, [c.NO, c.NO, c.NO])
    alexa = Alexa(skill)
    alexa.launch()
    alexa.say(c.YES)
    alexa.say(c.YES)
    logged = caplog.text.lower()
    for word in ["chest_pain", "question", "emergency", "yesintent", USER_ID.lower()]:
        assert word not in logged, word
