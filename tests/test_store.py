"""The stores behind resuming: SQLite on disk, and DynamoDB through a local DynamoDB-API server.

The DynamoDB tests run moto's server on 127.0.0.1 (never AWS), with the table made as
serverless.yml makes it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.request_envelope import RequestEnvelope

from skill import constants as c
from skill.alexa import build_skill_builder
from skill.store import SqliteAdapter, store_from_environment, store_from_url, user_key
from tests.alexa import Alexa, envelope, outcome, speech
from tests.certs import NOW

TABLE = "back-pain-check-test-store"


def request_envelope(user_id: str = "amzn1.ask.account.A") -> RequestEnvelope:
    import json

    env = envelope("launch_request", user_id=user_id)
    deserialized: RequestEnvelope = DefaultSerializer().deserialize(json.dumps(env), RequestEnvelope)
    return deserialized


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def test_the_user_key_is_a_hash_of_the_user_id() -> None:
    key = user_key(request_envelope("amzn1.ask.account.A"))
    assert len(key) == 64 and "amzn1" not in key
    assert key != user_key(request_envelope("amzn1.ask.account.B"))


def test_sqlite_keeps_attributes_until_they_expire(tmp_path: Path) -> None:
    clock = Clock()
    store = SqliteAdapter(str(tmp_path / "s.db"), clock)
    env = request_envelope()
    assert store.get_attributes(env) == {}
    store.save_attributes(env, {"question": "fever"})
    assert store.get_attributes(env) == {"question": "fever"}
    clock.now = NOW + timedelta(minutes=30)
    assert store.get_attributes(env) == {}
    clock.now = NOW
    assert store.get_attributes(env) == {}  # it was deleted, not just hidden


def test_sqlite_uses_wal_so_several_workers_can_share_the_file(tmp_path: Path) -> None:
    SqliteAdapter(str(tmp_path / "s.db"))
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_saving_purges_everyones_expired_entries(tmp_path: Path) -> None:
    clock = Clock()
    store = SqliteAdapter(str(tmp_path / "s.db"), clock)
    store.save_attributes(request_envelope("amzn1.ask.account.A"), {"question": "fever"})
    clock.now = NOW + timedelta(hours=1)
    store.save_attributes(request_envelope("amzn1.ask.account.B"), {"question": "fever"})
    with sqlite3.connect(tmp_path / "s.db") as db:
        assert db.execute("SELECT COUNT(*) FROM progress").fetchone()[0] == 1


def test_sqlite_delete_removes_only_that_user(tmp_path: Path) -> None:
    store = SqliteAdapter(str(tmp_path / "s.db"))
    a, b = request_envelope("amzn1.ask.account.A"), request_envelope("amzn1.ask.account.B")
    store.save_attributes(a, {"question": "fever"})
    store.save_attributes(b, {"question": "fever"})
    store.delete_attributes(a)
    assert store.get_attributes(a) == {} and store.get_attributes(b) == {"question": "fever"}


@pytest.mark.parametrize("url", ["postgres://x", "sqlite://", "dynamodb://", "nonsense"])
def test_an_unknown_store_url_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="SKILL_STORE_URL must be"):
        store_from_url(url)


def test_a_bad_store_url_in_the_environment_means_no_resume_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("SKILL_STORE_URL", "mysql://nope")
    assert store_from_environment() is None
    assert "cannot be resumed" in caplog.text
    alexa = Alexa(build_skill_builder(store=None).lambda_handler())
    assert speech(alexa.launch()).startswith("Welcome to Back Pain Check.")
    alexa.say(c.YES)
    alexa.say(c.NO)
    alexa.end()


def test_the_default_store_is_a_file_in_the_working_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SKILL_STORE_URL")
    monkeypatch.chdir(tmp_path)
    import importlib

    import skill.store

    try:
        store = importlib.reload(skill.store).store_from_environment()
        assert store is not None
        store.save_attributes(request_envelope(), {"question": "fever"})
        assert (tmp_path / "skill-store.db").exists()
    finally:
        importlib.reload(skill.store)


# --- DynamoDB, against moto's server on loopback ------------------------------------


@pytest.fixture(scope="module")
def dynamodb_endpoint() -> Iterator[str]:
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def dynamodb(dynamodb_endpoint: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A fresh table shaped as serverless.yml makes it; boto3 pointed at the local server."""
    import boto3

    for name, value in {
        "AWS_ENDPOINT_URL_DYNAMODB": dynamodb_endpoint,
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local",
    }.items():
        monkeypatch.setenv(name, value)
    resource = boto3.resource("dynamodb")
    table = resource.create_table(
        TableName=TABLE,
        BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
    )
    resource.meta.client.update_time_to_live(
        TableName=TABLE, TimeToLiveSpecification={"AttributeName": "expires_at", "Enabled": True}
    )
    yield table
    table.delete()


def test_dynamodb_items_carry_the_ttl_attribute_and_only_the_position(dynamodb: Any) -> None:
    clock = Clock()
    from skill.store_dynamodb import ExpiringDynamoDbAdapter  # needs the region set by the fixture

    store = ExpiringDynamoDbAdapter(TABLE, clock)
    env = request_envelope()
    store.save_attributes(env, {"question": "fever"})
    [item] = dynamodb.scan()["Items"]
    assert item == {
        "id": user_key(env),
        "attributes": {"question": "fever"},
        "expires_at": int((NOW + timedelta(minutes=30)).timestamp()),
    }
    assert store.get_attributes(env) == {"question": "fever"}


def test_dynamodb_an_expired_item_reads_as_nothing_and_is_deleted(dynamodb: Any) -> None:
    clock = Clock()
    from skill.store_dynamodb import ExpiringDynamoDbAdapter  # needs the region set by the fixture

    store = ExpiringDynamoDbAdapter(TABLE, clock)
    env = request_envelope()
    store.save_attributes(env, {"question": "fever"})
    clock.now = NOW + timedelta(minutes=31)
    assert store.get_attributes(env) == {}
    assert dynamodb.scan()["Items"] == []


def test_dynamodb_delete(dynamodb: Any) -> None:
    from skill.store_dynamodb import ExpiringDynamoDbAdapter  # needs the region set by the fixture

    store = ExpiringDynamoDbAdapter(TABLE)
    env = request_envelope()
    store.save_attributes(env, {"question": "fever"})
    store.delete_attributes(env)
    assert dynamodb.scan()["Items"] == []


def test_a_whole_resume_through_the_dynamodb_url(dynamodb: Any) -> None:
    skill = build_skill_builder(store=store_from_url(f"dynamodb://{TABLE}")).lambda_handler()
    alexa = Alexa(skill)
    alexa.launch()
    alexa.say(c.YES)
    alexa.say(c.NO)
    alexa.end("EXCEEDED_MAX_REPROMPTS")
    assert len(dynamodb.scan()["Items"]) == 1
    alexa = Alexa(skill)
    assert speech(alexa.launch()).startswith("Welcome back")
    alexa.say(c.YES)
    assert outcome(alexa.say(c.YES)) == "emergency"
    assert dynamodb.scan()["Items"] == []


def test_a_missing_dynamodb_table_does_not_break_the_check(dynamodb: Any, caplog: pytest.LogCaptureFixture) -> None:
    skill = build_skill_builder(store=store_from_url("dynamodb://no-such-table")).lambda_handler()
    alexa = Alexa(skill)
    assert speech(alexa.launch()).startswith("Welcome to Back Pain Check.")
    assert "store failed to read (ResourceNotFoundException)" in caplog.text
