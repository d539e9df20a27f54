"""Certificate-fetch starvation of a cold verifier (issue 23, finding 2), measured on loopback.

A stand-in for S3 on 127.0.0.1 serves Amazon's chain at its documented kind of name
(echo-api-cert-12.pem) quickly, and says 403 to any other name after half a second, as
S3 takes a while to. Attackers name 1,000 distinct unknown chain URLs a second, each with
a well-formed random signature, through the real fetch code (``fetch_https``). The red
team's run against the old verifier: every genuine request refused while its four fetch
slots were busy. Each run is bounded to a few seconds.

An attacker who names files of Amazon's kind (echo-api-cert-<n>.pem) can keep the lane
for those names busy. A server that has never fetched Alexa's chain still verifies Alexa's
first request at once (issue 29): the chain URL Alexa names (``ALEXA_CERT_CHAIN_URL``) has
fetch slots no other URL takes, measured through the app under 24 clients flooding it. A
worker can also read the chain another worker of the same server fetched (``ChainStore``).
"""

from __future__ import annotations

import base64
import contextlib
import os
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Self

import pytest
from flask import Flask

from skill.web.app import create_app
from skill.web.verification import ChainStore, RequestVerifier, VerificationError
from tests.support.certs import CHAIN_URL, NOW, LocalCA, body_of, signed_headers
from tests.support.fake_alexa import SKILL_ID, envelope
from tests.support.fake_s3 import GENUINE_PATH, S3, FakeS3, fake_s3, fetching_from

FORBIDDEN_AFTER = 0.5  # seconds S3 takes to refuse a name it does not have
ATTACK_RATE = 1000  # distinct unknown URLs a second
ATTACK_SECONDS = 2.5


@pytest.fixture
def slow_s3(ca: LocalCA) -> Iterator[FakeS3]:
    with fake_s3(ca.chain(), genuine_delay=0.05, refusal_delay=FORBIDDEN_AFTER) as server:
        yield server


def cold_verifier(
    ca: LocalCA, s3: FakeS3, store: Path | None = None, expected_chain_url: str | None = None
) -> RequestVerifier:
    store_ = ChainStore(store) if store else None
    return RequestVerifier(
        [ca.root], fetching_from(s3.url), lambda: NOW, chain_store=store_, expected_chain_url=expected_chain_url
    )


class Flood:
    """``threads`` threads, each running ``_run`` until the flood is stopped (``seconds`` at most)."""

    def __init__(self, threads: int, seconds: float) -> None:
        self.threads, self.seconds = threads, seconds
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]

    def _run(self) -> None:
        raise NotImplementedError

    def _running(self, deadline: float) -> bool:
        return not self._stop.is_set() and time.monotonic() < deadline

    def __enter__(self) -> Self:
        self.started = time.monotonic()
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(self.seconds + 5)
        self.ended = time.monotonic()


class Attack(Flood):
    """Threads sending ``rate`` requests a second, each naming a new chain URL from ``name``."""

    def __init__(self, verifier: RequestVerifier, name: Callable[[], str], threads: int = 16) -> None:
        super().__init__(threads, ATTACK_SECONDS)
        self.verifier, self.name = verifier, name
        self.body = body_of(envelope("launch_request"))
        self.sent = 0

    def _run(self) -> None:
        interval = self.threads / ATTACK_RATE
        deadline = time.monotonic() + ATTACK_SECONDS
        next_at = time.monotonic()
        while self._running(deadline):
            headers = {"SignatureCertChainUrl": f"{S3}/echo.api/{self.name()}", "Signature-256": random_signature()}
            with contextlib.suppress(VerificationError):
                self.verifier.verify_signature(headers, self.body)
            with self._lock:
                self.sent += 1
            next_at += interval
            time.sleep(max(0.0, next_at - time.monotonic()))

    @property
    def rate(self) -> float:
        return self.sent / (self.ended - self.started)


def random_signature() -> str:
    return base64.b64encode(os.urandom(256)).decode()


def genuine_turns(verifier: RequestVerifier, ca: LocalCA, count: int = 5) -> list[tuple[float, str]]:
    """``count`` signed requests naming Amazon's chain, a quarter second apart: (seconds, outcome)."""
    body = body_of(envelope("launch_request"))
    results = []
    for _ in range(count):
        started = time.monotonic()
        try:
            verifier.verify_signature(signed_headers(body, ca.signing_key, CHAIN_URL), body)
            outcome = "verified"
        except VerificationError as error:
            outcome = str(error)
        results.append((time.monotonic() - started, outcome))
        time.sleep(0.25)
    return results


def test_a_cold_verifier_verifies_alexas_first_request_within_a_second_under_a_flood_of_unknown_urls(
    ca: LocalCA, slow_s3: FakeS3
) -> None:
    verifier = cold_verifier(ca, slow_s3)
    with Attack(verifier, lambda: f"{os.urandom(8).hex()}.pem") as attack:
        time.sleep(0.5)  # the fetch slots for unknown names are busy
        results = genuine_turns(verifier, ca)
    assert [outcome for _, outcome in results] == ["verified"] * len(results), results
    assert results[0][0] < 1.0, results
    assert attack.rate > 0.8 * ATTACK_RATE, f"the flood kept its rate: {attack.rate:.0f} a second"
    assert slow_s3.hits[GENUINE_PATH] == 1
    unknown = sum(hits for path, hits in slow_s3.hits.items() if path != GENUINE_PATH)
    assert unknown <= 4 * ATTACK_SECONDS, f"{unknown} fetches of unknown names: new URLs are rate-limited"


def test_a_worker_starting_under_a_flood_of_amazon_like_names_uses_the_chain_another_worker_fetched(
    ca: LocalCA, slow_s3: FakeS3, tmp_path: Path
) -> None:
    genuine_turns(cold_verifier(ca, slow_s3, tmp_path), ca, count=1)  # another worker, before the flood
    assert slow_s3.hits[GENUINE_PATH] == 1
    verifier = cold_verifier(ca, slow_s3, tmp_path)
    # Requests for Amazon's kind of name wait for a slot (8 at most): more threads keep the rate.
    with Attack(verifier, lambda: f"echo-api-cert-{random.randrange(1000)}.pem", threads=48) as attack:
        time.sleep(0.5)  # Amazon's lane is busy with names S3 does not have
        results = genuine_turns(verifier, ca)
    assert [outcome for _, outcome in results] == ["verified"] * len(results), results
    assert results[0][0] < 1.0, results
    # The threads that wait for Amazon's lane slow the test's own flood (600-700 a second here).
    assert attack.rate > 0.5 * ATTACK_RATE, f"the flood kept up: {attack.rate:.0f} a second"
    assert slow_s3.hits[GENUINE_PATH] == 1, "read from the store, not fetched again"


def test_a_stored_chain_is_validated_again_when_read(ca: LocalCA, slow_s3: FakeS3, tmp_path: Path) -> None:
    from tests.support.certs import CHAIN_URL as url

    ChainStore(tmp_path).write(url, ca.self_signed_chain())  # as if someone else wrote the folder
    results = genuine_turns(cold_verifier(ca, slow_s3, tmp_path), ca, count=1)
    assert results[0][1] == "verified" and slow_s3.hits[GENUINE_PATH] == 1  # fetched: the stored one refused
    assert ChainStore(tmp_path).read(url) == ca.chain()  # and replaced by the one that validated
    assert ChainStore(tmp_path / "missing").read(url) is None
    ChainStore(tmp_path / "missing").write(url, ca.chain())  # a folder that is gone: nothing stored, no error


# --- A cold server under a flood of clients (issue 29, item 4) -------------------------------

FLOOD_CLIENTS = 24


class ClientFlood(Flood):
    """FLOOD_CLIENTS clients posting to the app one request after another, each naming a new chain
    URL, by turns of Amazon's kind (never the genuine one) and unknown, with a random signature.
    ``statuses`` counts what they got, before and after ``mark()``."""

    def __init__(self, app: Flask) -> None:
        super().__init__(FLOOD_CLIENTS, 10)
        self.app = app
        self.body = body_of(envelope("launch_request"))
        self.statuses: list[Counter[int]] = [Counter(), Counter()]
        self._phase = 0

    def _run(self) -> None:
        client = self.app.test_client()
        deadline = time.monotonic() + self.seconds
        amazon_like = True
        while self._running(deadline):
            name = f"echo-api-cert-{random.randrange(13, 1000)}.pem" if amazon_like else f"{os.urandom(8).hex()}.pem"
            amazon_like = not amazon_like
            headers = {"SignatureCertChainUrl": f"{S3}/echo.api/{name}", "Signature-256": random_signature()}
            status = client.post("/alexa", data=self.body, headers=headers).status_code
            with self._lock:
                self.statuses[self._phase][status] += 1

    def mark(self) -> None:
        with self._lock:
            self._phase = 1


def test_a_cold_server_verifies_alexas_first_request_within_a_second_while_24_clients_flood_it(
    ca: LocalCA, slow_s3: FakeS3
) -> None:
    verifier = cold_verifier(ca, slow_s3, expected_chain_url=CHAIN_URL)  # what ALEXA_CERT_CHAIN_URL sets
    app = create_app(verifier=verifier, test_config={"TESTING": True, "ALEXA_SKILL_ID": SKILL_ID})
    body = body_of(envelope("launch_request"))
    with ClientFlood(app) as flood:
        time.sleep(0.75)  # the slots for Amazon's kind of name, and for unknown names, are busy
        started = time.monotonic()
        genuine = app.test_client().post("/alexa", data=body, headers=signed_headers(body, ca.signing_key))
        took = time.monotonic() - started
        flood.mark()
        time.sleep(0.75)
    assert genuine.status_code == 200 and took < 1.0, (genuine.status_code, genuine.data[:100], took)
    assert slow_s3.hits[GENUINE_PATH] == 1
    before, after = flood.statuses
    assert set(before) == {400} and set(after) == {400}, flood.statuses  # every flood request refused
    assert sum(before.values()) > FLOOD_CLIENTS and sum(after.values()) > FLOOD_CLIENTS, flood.statuses
