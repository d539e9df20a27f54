"""Request verification against a locally made CA: accepted, and each single fault refused."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import timedelta

import pytest

from skill.verification import RequestVerifier, VerificationError, check_chain_url
from tests.alexa import envelope
from tests.certs import CHAIN_URL, NOW, LocalCA, body_of, new_key, signed_headers


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


def test_a_request_signed_by_the_chain_is_accepted(ca: LocalCA) -> None:
    verifier_for(ca).verify(signed_headers(BODY, ca.signing_key), BODY)


def test_the_validated_chain_is_cached_so_a_warm_request_fetches_nothing(ca: LocalCA) -> None:
    fetch = Chains({CHAIN_URL: ca.chain()})
    verifier = verifier_for(ca, fetch=fetch)
    for _ in range(5):
        verifier.verify(signed_headers(BODY, ca.signing_key), BODY)
    assert fetch.fetches == 1


def test_a_cached_chain_is_fetched_again_once_it_expires(ca: LocalCA) -> None:
    now = [NOW]
    fetch = Chains({CHAIN_URL: ca.chain(ca.end_certificate(not_after=NOW + timedelta(hours=1)))})
    verifier = verifier_for(ca, fetch=fetch, clock=lambda: now[0], check_timestamp=False)
    verifier.verify(signed_headers(BODY, ca.signing_key), BODY)
    now[0] = NOW + timedelta(hours=2)
    with pytest.raises(VerificationError, match="certificate chain refused"):
        verifier.verify(signed_headers(BODY, ca.signing_key), BODY)
    assert fetch.fetches == 2


def test_the_cache_is_bounded(ca: LocalCA) -> None:
    urls = [f"https://s3.amazonaws.com/echo.api/cert-{i}.pem" for i in range(5)]
    fetch = Chains(dict.fromkeys(urls, ca.chain()))
    verifier = verifier_for(ca, fetch=fetch, cache_size=2)
    for url in urls + urls[:1]:
        verifier.load_signing_certificate(url)
    assert fetch.fetches == 6  # the first URL had been evicted


def test_concurrent_first_requests_for_one_url_share_one_fetch(ca: LocalCA) -> None:
    fetch = Chains({CHAIN_URL: ca.chain()}, delay=0.3)
    verifier = verifier_for(ca, fetch=fetch)
    errors: list[Exception] = []

    def one() -> None:
        try:
            verifier.verify(signed_headers(BODY, ca.signing_key), BODY)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=one) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert errors == [] and fetch.fetches == 1


def test_a_slow_certificate_fetch_is_given_up_within_the_time_limit(ca: LocalCA) -> None:
    verifier = verifier_for(ca, fetch=Chains({CHAIN_URL: ca.chain()}, delay=5), fetch_timeout=0.5)
    started = time.monotonic()
    with pytest.raises(VerificationError, match=r"took longer than 0\.5 s"):
        verifier.verify(signed_headers(BODY, ca.signing_key), BODY)
    assert time.monotonic() - started < 2


def test_an_unreachable_certificate_url_is_refused(ca: LocalCA) -> None:
    def unreachable(url: str) -> bytes:
        raise ConnectionRefusedError(url)

    with pytest.raises(VerificationError, match="could not fetch the certificate chain: ConnectionRefusedError"):
        verifier_for(ca, fetch=unreachable).verify(signed_headers(BODY, ca.signing_key), BODY)


# --- Each single fault ------------------------------------------------------


def test_a_changed_body_is_refused(ca: LocalCA) -> None:
    headers = signed_headers(BODY, ca.signing_key)
    with pytest.raises(VerificationError, match="signature does not match the body"):
        verifier_for(ca).verify(headers, BODY.replace(b"LaunchRequest", b"IntentRequest"))


def test_a_body_signed_with_another_key_is_refused(ca: LocalCA) -> None:
    with pytest.raises(VerificationError, match="signature does not match the body"):
        verifier_for(ca).verify(signed_headers(BODY, new_key()), BODY)


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
        verifier_for(ca, make_chain(ca)).verify(signed_headers(BODY, ca.signing_key), BODY)


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
def test_chain_urls_that_amazon_allows(url: str) -> None:
    check_chain_url(url)


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
        ("https://s3.amazonaws.com:notaport/echo.api/echo-api-cert.pem", "malformed"),
    ],
)
def test_chain_urls_that_amazon_refuses(ca: LocalCA, url: str, reason: str) -> None:
    fetch = Chains({url: ca.chain()})
    with pytest.raises(VerificationError, match=reason):
        verifier_for(ca, fetch=fetch).verify(signed_headers(BODY, ca.signing_key, url), BODY)
    assert fetch.fetches == 0


@pytest.mark.parametrize("missing", ["SignatureCertChainUrl", "Signature-256"])
def test_a_missing_header_is_refused(ca: LocalCA, missing: str) -> None:
    headers = signed_headers(BODY, ca.signing_key)
    del headers[missing]
    with pytest.raises(VerificationError, match=f"missing header {missing}"):
        verifier_for(ca).verify(headers, BODY)


def test_a_signature_that_is_not_base64_is_refused(ca: LocalCA) -> None:
    headers = {**signed_headers(BODY, ca.signing_key), "Signature-256": "not base64!"}
    with pytest.raises(VerificationError, match="not base64"):
        verifier_for(ca).verify(headers, BODY)


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
    verify = lambda: verifier_for(ca).verify(signed_headers(body, ca.signing_key), body)  # noqa: E731
    if accepted:
        verify()
    else:
        with pytest.raises(VerificationError, match="request timestamp is"):
            verify()


def test_with_the_timestamp_check_off_a_stale_request_is_accepted(ca: LocalCA) -> None:
    body = body_of(envelope("launch_request"), NOW - timedelta(days=1))
    verifier_for(ca, check_timestamp=False).verify(signed_headers(body, ca.signing_key), body)


def test_with_the_signature_check_off_no_headers_are_needed(ca: LocalCA) -> None:
    verifier_for(ca, check_signature=False).verify({}, BODY)
