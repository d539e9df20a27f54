"""Request verification against a locally made CA: accepted, and each single fault refused.

``verify`` below does what the web endpoint does with a request, in the same order:
the signature over the raw body, the one strict parse, then the timestamp.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from skill.alexa.envelope import read_envelope
from skill.alexa.serializer import StrictSerializer
from skill.web.verification import RequestVerifier, VerificationError, canonical_chain_url
from tests.support.certs import CHAIN_URL, NOW, LocalCA, body_of, new_key, signed_headers
from tests.support.fake_alexa import envelope


class Chains:
    """A fake fetch: serves PEM chains by URL and counts the fetches."""

    def __init__(self, chains: dict[str, bytes], delay: float = 0.0) -> None:
        self.chains = chains
        self.delay = delay
        self.fetches = 0
        self._lock = threading.Lock()

    def __call__(self, url: str) -> bytes:
        with self._lock:
            self.fetches += 1
        time.sleep(self.delay)
        return self.chains[url]


def verifier_for(ca: LocalCA, chain: bytes | None = None, clock: Callable | None = None, **kw) -> RequestVerifier:  # type: ignore[type-arg, no-untyped-def]
    fetch = kw.pop("fetch", None) or Chains({CHAIN_URL: chain if chain is not None else ca.chain()})
    return RequestVerifier([ca.root], fetch, clock or (lambda: NOW), **kw)


BODY = body_of(envelope("launch_request"))
SERIALIZER = StrictSerializer()


class Verify:
    """Calls a verifier as production does."""

    def __init__(self, verifier: RequestVerifier) -> None:
        self.verifier = verifier

    def __call__(self, headers: dict[str, str], body: bytes) -> None:
        self.verifier.verify_signature(headers, body)
        parsed = read_envelope(SERIALIZER, body)
        self.verifier.verify_timestamp(parsed.timestamp, parsed.request_type)


def verify_with(ca: LocalCA, chain: bytes | None = None, **kw) -> Verify:  # type: ignore[no-untyped-def]
    return Verify(verifier_for(ca, chain, **kw))


def test_a_request_signed_by_the_chain_is_accepted(ca: LocalCA) -> None:
    verify_with(ca)(signed_headers(BODY, ca.signing_key), BODY)


def test_a_chain_that_validates_at_another_url_than_the_expected_one_is_logged_once_naming_the_variable(
    ca: LocalCA, caplog: pytest.LogCaptureFixture
) -> None:
    expected = "https://s3.amazonaws.com/echo.api/echo-api-cert-99.pem"
    verify = verify_with(ca, expected_chain_url=expected)
    for _ in range(3):
        verify(signed_headers(BODY, ca.signing_key), BODY)  # Alexa names CHAIN_URL
    [record] = [r for r in caplog.records if r.levelname == "WARNING"]
    assert CHAIN_URL in record.getMessage() and expected in record.getMessage()
    assert "set ALEXA_CERT_CHAIN_URL to it" in record.getMessage()
    caplog.clear()
    verify_with(ca, expected_chain_url=CHAIN_URL)(signed_headers(BODY, ca.signing_key), BODY)
    assert not [r for r in caplog.records if r.levelname == "WARNING"]


def test_the_validated_chain_is_cached_so_a_warm_request_fetches_nothing(ca: LocalCA) -> None:
    fetch = Chains({CHAIN_URL: ca.chain()})
    verify = verify_with(ca, fetch=fetch)
    for _ in range(5):
        verify(signed_headers(BODY, ca.signing_key), BODY)
    assert fetch.fetches == 1


def test_a_cached_chain_is_fetched_again_once_it_expires(ca: LocalCA) -> None:
    now = [NOW]
    fetch = Chains({CHAIN_URL: ca.chain(ca.end_certificate(not_after=NOW + timedelta(hours=1)))})
    verify = verify_with(ca, fetch=fetch, clock=lambda: now[0], check_timestamp=False)
    verify(signed_headers(BODY, ca.signing_key), BODY)
    now[0] = NOW + timedelta(hours=2)
    with pytest.raises(VerificationError, match="certificate chain refused"):
        verify(signed_headers(BODY, ca.signing_key), BODY)
    assert fetch.fetches == 2


def test_the_cache_is_a_bounded_lru(ca: LocalCA) -> None:
    urls = [f"https://s3.amazonaws.com/echo.api/echo-api-cert-{i}.pem" for i in range(4)]
    fetch = Chains(dict.fromkeys(urls, ca.chain()))
    verify = verify_with(ca, fetch=fetch, cache_size=2)
    for url in [urls[0], urls[1], urls[0], urls[2], urls[0], urls[1]]:
        verify(signed_headers(BODY, ca.signing_key, url), BODY)
    # urls[0], used most recently each time, stayed; urls[1] was the least recent when urls[2] came
    assert fetch.fetches == 4


def test_concurrent_first_requests_for_one_url_share_one_fetch(ca: LocalCA) -> None:
    fetch = Chains({CHAIN_URL: ca.chain()}, delay=0.3)
    verify = verify_with(ca, fetch=fetch)
    errors: list[Exception] = []

    def one() -> None:
        try:
            verify(signed_headers(BODY, ca.signing_key), BODY)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=one) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert errors == [] and fetch.fetches == 1


def test_a_slow_certificate_fetch_is_given_up_within_the_time_limit(ca: LocalCA) -> None:
    verify = verify_with(ca, fetch=Chains({CHAIN_URL: ca.chain()}, delay=5), fetch_timeout=0.5)
    started = time.monotonic()
    with pytest.raises(VerificationError, match=r"took longer than 0\.5 s"):
        verify(signed_headers(BODY, ca.signing_key), BODY)
    assert time.monotonic() - started < 2


def test_an_unreachable_certificate_url_is_refused(ca: LocalCA) -> None:
    def unreachable(url: str) -> bytes:
        raise ConnectionRefusedError(url)

    with pytest.raises(VerificationError, match="could not fetch the certificate chain: ConnectionRefusedError"):
        verify_with(ca, fetch=unreachable)(signed_headers(BODY, ca.signing_key), BODY)


# --- Each single fault ------------------------------------------------------


def test_a_changed_body_is_refused(ca: LocalCA) -> None:
    headers = signed_headers(BODY, ca.signing_key)
    with pytest.raises(VerificationError, match="signature does not match the body"):
        verify_with(ca)(headers, BODY.replace(b"LaunchRequest", b"IntentRequest"))


def test_a_body_signed_with_another_key_is_refused(ca: LocalCA) -> None:
    with pytest.raises(VerificationError, match="signature does not match the body"):
        verify_with(ca)(signed_headers(BODY, new_key()), BODY)


@pytest.mark.parametrize(
    ("make_chain", "reason"),
    [
        (lambda ca: ca.chain(ca.end_certificate(san="echo-api.example.com")), "certificate chain refused"),
        (lambda ca: ca.chain(ca.end_certificate(not_after=NOW - timedelta(days=1))), "certificate chain refused"),
        (lambda ca: ca.chain(ca.end_certificate(not_before=NOW + timedelta(days=1))), "certificate chain refused"),
        (lambda ca: ca.self_signed_chain(), "certificate chain refused"),
        (lambda ca: ca.chain()[: len(ca.chain()) // 2], "not PEM certificates"),
        (lambda ca: b"", "not PEM certificates"),
        (lambda ca: LocalCA().chain(), "certificate chain refused"),  # another, untrusted CA
    ],
    ids=["wrong-san", "expired", "not-yet-valid", "self-signed", "truncated", "empty", "untrusted-ca"],
)
def test_a_bad_certificate_chain_is_refused(ca: LocalCA, make_chain, reason: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(VerificationError, match=reason):
        verify_with(ca, make_chain(ca))(signed_headers(BODY, ca.signing_key), BODY)


@pytest.mark.parametrize(
    "url",
    [
        "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
        "HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem",
        "https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
    ],
)
def test_chain_urls_that_amazon_allows_have_one_canonical_form(url: str) -> None:
    assert canonical_chain_url(url) == "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://s3.amazonaws.com/echo.api/echo-api-cert.pem", "https"),
        ("https://notamazon.com/echo.api/echo-api-cert.pem", "host"),
        ("https://s3.amazonaws.com.evil.com/echo.api/echo-api-cert.pem", "host"),
        ("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem", "path"),
        ("https://s3.amazonaws.com/invalid.path/echo-api-cert.pem", "path"),
        ("https://s3.amazonaws.com/echo.api/../invalid.path/echo-api-cert.pem", "path"),
        ("https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem", "port"),
        ("https://s3.amazonaws.com:notaport/echo.api/echo-api-cert.pem", "port"),
        ("https://evil.com@s3.amazonaws.com/echo.api/echo-api-cert.pem", "user-info"),
        ("https://s3.amazonaws.com/echo.api/%2e%2e/echo-api-cert.pem", "percent"),
        ("https://s3.amazonaws.com/echo.api/echo-api-cert%2Epem", "percent"),
        ("https://s3.amazonaws.com/echo.api\\..\\x/echo-api-cert.pem", "backslash"),
        ("https://s3.amazonaws.com:0443/echo.api/echo-api-cert.pem", "port"),
        ("https://s3.amazonaws.com:/echo.api/echo-api-cert.pem", "port"),
        ("https://s3.amazonaws.com/echo.api/echo-api-cert.pem?x=1", "query"),
        ("https://s3.amazonaws.com/echo.api/echo-api-cert.pem#1", "fragment"),
        ("https://s3.amazonaws.com/echo.api/sub/echo-api-cert.pem", "file name"),
        ("https://s3.amazonaws.com/echo.api/", "file name"),
        ("https://s3.amazonaws.com/echo.api/.hidden", "file name"),
        ("https://s3.amazonaws.com/echo.api/a b.pem", "characters"),
        ("https://s3.amazonaws.com/echo.api/" + "a" * 600, "too long"),
    ],
)
def test_chain_urls_that_amazon_refuses(ca: LocalCA, url: str, reason: str) -> None:
    fetch = Chains({url: ca.chain()})
    with pytest.raises(VerificationError, match=reason):
        verify_with(ca, fetch=fetch)(signed_headers(BODY, ca.signing_key, url), BODY)
    assert fetch.fetches == 0


@pytest.mark.parametrize("missing", ["SignatureCertChainUrl", "Signature-256"])
def test_a_missing_header_is_refused(ca: LocalCA, missing: str) -> None:
    headers = signed_headers(BODY, ca.signing_key)
    del headers[missing]
    with pytest.raises(VerificationError, match=f"missing header {missing}"):
        verify_with(ca)(headers, BODY)


def test_a_signature_that_is_not_base64_is_refused(ca: LocalCA) -> None:
    headers = {**signed_headers(BODY, ca.signing_key), "Signature-256": "not base64!"}
    with pytest.raises(VerificationError, match="not base64"):
        verify_with(ca)(headers, BODY)


def test_a_signature_of_the_wrong_length_is_refused_before_any_fetch(ca: LocalCA) -> None:
    fetch = Chains({CHAIN_URL: ca.chain()})
    headers = {**signed_headers(BODY, ca.signing_key), "Signature-256": "c2hvcnQ="}
    with pytest.raises(VerificationError, match="not an RSA signature"):
        verify_with(ca, fetch=fetch)(headers, BODY)
    assert fetch.fetches == 0


def test_a_wildcard_certificate_is_not_enough(ca: LocalCA) -> None:
    chain = ca.chain(ca.end_certificate(san="*.amazon.com"))
    with pytest.raises(VerificationError, match=r"must name echo-api\.amazon\.com exactly"):
        verify_with(ca, chain)(signed_headers(BODY, ca.signing_key), BODY)


def test_a_failed_fetch_is_remembered_for_a_short_time(ca: LocalCA) -> None:
    fetch = Chains({})  # every fetch fails
    verify = verify_with(ca, fetch=fetch)
    for _ in range(5):
        with pytest.raises(VerificationError, match="could not fetch"):
            verify(signed_headers(BODY, ca.signing_key), BODY)
    assert fetch.fetches == 1
    forgetful = verify_with(ca, fetch=fetch, failure_seconds=0)
    for _ in range(2):
        with pytest.raises(VerificationError, match="could not fetch"):
            forgetful(signed_headers(BODY, ca.signing_key), BODY)
    assert fetch.fetches == 3


def test_distinct_fetches_are_capped_and_more_are_refused_at_once(ca: LocalCA) -> None:
    urls = [f"https://s3.amazonaws.com/echo.api/cert-{i}.pem" for i in range(3)]
    fetch = Chains(dict.fromkeys(urls, ca.chain()), delay=1.0)
    verify = verify_with(ca, fetch=fetch, max_concurrent_fetches=2)
    threads = [
        threading.Thread(target=verify, args=(signed_headers(BODY, ca.signing_key, url), BODY)) for url in urls[:2]
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    started = time.monotonic()
    with pytest.raises(VerificationError, match="too many certificate chains"):
        verify(signed_headers(BODY, ca.signing_key, urls[2]), BODY)
    assert time.monotonic() - started < 0.5
    for thread in threads:
        thread.join(5)
    assert fetch.fetches == 2


@pytest.mark.parametrize(
    "stamp", ["Nov 24 2026 6pm", "2026-11-24T18:00:00", "2026-11-24T18:00:00 EST", "2026-11-24 18:00:00Z", "1700000000"]
)
def test_timestamps_must_be_iso_8601_with_a_utc_offset(ca: LocalCA, stamp: str) -> None:
    env = envelope("launch_request")
    env["request"]["timestamp"] = stamp
    body = json.dumps(env).encode()
    with pytest.raises(Exception, match="timestamp is not ISO 8601 with a UTC offset"):
        verify_with(ca)(signed_headers(body, ca.signing_key), body)


@pytest.mark.parametrize(
    ("request_type", "age", "accepted"),
    [
        ("LaunchRequest", timedelta(seconds=149), True),
        ("LaunchRequest", timedelta(seconds=-149), True),
        ("LaunchRequest", timedelta(seconds=151), False),
        ("LaunchRequest", timedelta(seconds=-151), False),
        ("AlexaSkillEvent.SkillDisabled", timedelta(minutes=59), True),
        ("AlexaSkillEvent.SkillDisabled", timedelta(minutes=61), False),
    ],
)
def test_the_request_timestamp_must_be_recent(ca: LocalCA, request_type: str, age: timedelta, accepted: bool) -> None:
    env = envelope("launch_request")
    env["request"]["type"] = request_type
    body = body_of(env, NOW - age)
    verify = lambda: verify_with(ca)(signed_headers(body, ca.signing_key), body)  # noqa: E731
    if accepted:
        verify()
    else:
        with pytest.raises(VerificationError, match="request timestamp is"):
            verify()


def test_with_the_timestamp_check_off_a_stale_request_is_accepted(ca: LocalCA) -> None:
    body = body_of(envelope("launch_request"), NOW - timedelta(days=1))
    verify_with(ca, check_timestamp=False)(signed_headers(body, ca.signing_key), body)


def test_with_the_signature_check_off_no_headers_are_needed(ca: LocalCA) -> None:
    verify_with(ca, check_signature=False)({}, BODY)


def test_a_warm_request_does_one_rsa_check_and_no_chain_work(ca: LocalCA, monkeypatch: pytest.MonkeyPatch) -> None:
    import skill.web.verification as verification

    builds: list[int] = []
    real_builder = verification.x509v.PolicyBuilder

    class CountingPolicyBuilder:
        def __new__(cls) -> Any:
            builds.append(1)
            return real_builder()

    monkeypatch.setattr(verification.x509v, "PolicyBuilder", CountingPolicyBuilder)
    fetch = Chains({CHAIN_URL: ca.chain()})
    verify = verify_with(ca, fetch=fetch)
    verify(signed_headers(BODY, ca.signing_key), BODY)
    assert builds == [1] and fetch.fetches == 1  # the first request validates the chain once
    for _ in range(20):
        verify(signed_headers(BODY, ca.signing_key), BODY)
    assert builds == [1] and fetch.fetches == 1  # warm requests: no fetch, no chain building
    with pytest.raises(VerificationError, match="signature does not match"):
        verify(signed_headers(BODY, new_key()), BODY)  # yet each one is still checked with RSA
    assert builds == [1]


# --- Fetch lanes: unknown URLs cannot starve Amazon's (tests/server/test_fetch_starvation.py measures it) ---


def in_thread(call: Callable[[], object]) -> threading.Thread:
    thread = threading.Thread(target=_quiet, args=(call,))
    thread.start()
    return thread


def _quiet(call: Callable[[], object]) -> None:
    with contextlib.suppress(VerificationError):
        call()


def test_new_unknown_urls_are_rate_limited(ca: LocalCA) -> None:
    urls = [f"https://s3.amazonaws.com/echo.api/other-{i}.pem" for i in range(4)]
    fetch = Chains(dict.fromkeys(urls, ca.chain()))
    verify = verify_with(ca, fetch=fetch, new_urls_per_second=2.0)
    for url in urls[:2]:  # a burst of two
        verify(signed_headers(BODY, ca.signing_key, url), BODY)
    with pytest.raises(VerificationError, match="too many certificate chains"):
        verify(signed_headers(BODY, ca.signing_key, urls[2]), BODY)
    time.sleep(0.6)
    verify(signed_headers(BODY, ca.signing_key, urls[3]), BODY)
    assert fetch.fetches == 3


def test_amazons_lane_waits_a_moment_for_a_slot_and_bounds_its_waiters(ca: LocalCA) -> None:
    urls = [f"https://s3.amazonaws.com/echo.api/echo-api-cert-{i}.pem" for i in range(12)]
    fetch = Chains(dict.fromkeys(urls, ca.chain()), delay=0.4)
    verify = verify_with(ca, fetch=fetch, amazon_fetches=1, slot_wait=1.0)
    first = in_thread(lambda: verify(signed_headers(BODY, ca.signing_key, urls[0]), BODY))
    time.sleep(0.1)
    started = time.monotonic()
    verify(signed_headers(BODY, ca.signing_key, urls[1]), BODY)  # waited for the first fetch's slot
    assert 0.2 < time.monotonic() - started < 1.5
    first.join(5)
    slow = in_thread(lambda: verify(signed_headers(BODY, ca.signing_key, urls[2]), BODY))
    time.sleep(0.1)
    waiting = [in_thread(lambda url=url: verify(signed_headers(BODY, ca.signing_key, url), BODY)) for url in urls[3:11]]
    time.sleep(0.1)
    started = time.monotonic()
    with pytest.raises(VerificationError, match="too many certificate chains"):
        verify(signed_headers(BODY, ca.signing_key, urls[11]), BODY)  # eight wait already
    assert time.monotonic() - started < 0.1
    for thread in [slow, *waiting]:
        thread.join(10)


def test_a_request_that_waited_for_a_slot_uses_what_another_fetched_meanwhile(ca: LocalCA) -> None:
    fetch = Chains({CHAIN_URL: ca.chain(), CHAIN_URL.replace("12", "13"): ca.chain()}, delay=0.3)
    verify = verify_with(ca, fetch=fetch, amazon_fetches=1, slot_wait=2.0)
    threads = [in_thread(lambda: verify(signed_headers(BODY, ca.signing_key, CHAIN_URL.replace("12", "13")), BODY))]
    time.sleep(0.05)
    threads += [in_thread(lambda: verify(signed_headers(BODY, ca.signing_key), BODY)) for _ in range(2)]
    for thread in threads:
        thread.join(5)
    verify(signed_headers(BODY, ca.signing_key), BODY)
    assert fetch.fetches == 2


def test_the_last_good_url_gets_amazons_lane_whatever_its_name(ca: LocalCA) -> None:
    url = "https://s3.amazonaws.com/echo.api/renamed.pem"
    clock = [NOW]
    fetch = Chains({url: ca.chain()})
    verify = verify_with(ca, fetch=fetch, clock=lambda: clock[0], max_concurrent_fetches=1, new_urls_per_second=0.001)
    verify(signed_headers(BODY, ca.signing_key, url), BODY)
    with pytest.raises(VerificationError, match="too many"):  # the other lane's one token is spent
        verify(signed_headers(BODY, ca.signing_key, url.replace("renamed", "another")), BODY)
    clock[0] = NOW + timedelta(days=400)  # the cached chain has expired: fetched again, in Amazon's lane
    with pytest.raises(VerificationError, match="certificate chain refused"):
        verify(signed_headers(BODY, ca.signing_key, url), BODY)
    assert fetch.fetches == 2
