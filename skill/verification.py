"""Proof that a request came from Alexa, as Amazon documents for web-service skills.

ask-sdk-webservice-support's ``RequestVerifier`` cannot be imported where OpenSSL is
3.0.10 or newer (it imports certvalidator -> oscrypto 1.3.0, whose libcrypto version
check fails), and it validates the whole chain on every request and fetches with no
timeout or size limit. This does the same documented checks on ``cryptography``'s
X.509 verification API, with header names and tolerances from
``ask_sdk_webservice_support.verifier_constants``:

1. ``SignatureCertChainUrl``: https, host s3.amazonaws.com (any case), path under
   ``/echo.api/`` once normalised (case-sensitive), port 443 if one is given.
2. The chain it names builds to a trusted root, and the end certificate is valid now
   and names echo-api.amazon.com. Validated chains are cached per URL until they expire.
3. ``Signature-256`` is an RSA PKCS#1 v1.5 SHA-256 signature of the exact body bytes.
4. ``request.timestamp`` is within 150 seconds of now (an hour for skill events).
"""

from __future__ import annotations

import base64
import binascii
import json
import posixpath
import threading
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol
from urllib.parse import urlsplit

from ask_sdk_webservice_support import verifier_constants as vc
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509 import verification as x509v

from skill.clock import Clock, utc_now

FetchChain = Callable[[str], bytes]

MAX_CHAIN_BYTES = 64 * 1024
FETCH_TIMEOUT_SECONDS = 3.0


class VerificationError(Exception):
    """The request is not proven to come from Alexa; the message says why (no request content)."""


class Verifier(Protocol):
    """What the web endpoint needs from a verifier; tests may hand in their own."""

    def verify_signature(self, headers: Mapping[str, str], body: bytes) -> None: ...

    def verify_timestamp(self, timestamp: datetime, request_type: str | None) -> None: ...


def fetch_https(url: str, timeout: float = FETCH_TIMEOUT_SECONDS, max_bytes: int = MAX_CHAIN_BYTES) -> bytes:
    """Fetch a certificate chain, refusing anything slow or large."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            data: bytes = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        error.close()
        raise VerificationError(f"could not fetch the certificate chain: HTTP {error.code}") from None
    if len(data) > max_bytes:
        raise VerificationError(f"certificate chain is larger than {max_bytes} bytes")
    return data


def check_chain_url(url: str) -> None:
    """Amazon's rules for ``SignatureCertChainUrl``."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise VerificationError(f"certificate URL is malformed: {error}") from None
    if parts.scheme.lower() != vc.CERT_CHAIN_URL_PROTOCOL:
        raise VerificationError("certificate URL must use https")
    if (parts.hostname or "").lower() != vc.CERT_CHAIN_URL_HOSTNAME:
        raise VerificationError(f"certificate URL host must be {vc.CERT_CHAIN_URL_HOSTNAME}")
    if port is not None and port != vc.CERT_CHAIN_URL_PORT:
        raise VerificationError(f"certificate URL port must be {vc.CERT_CHAIN_URL_PORT}")
    if not posixpath.normpath(parts.path or "/").startswith(vc.CERT_CHAIN_URL_STARTPATH.replace("\\", "/")):
        raise VerificationError("certificate URL path must start with /echo.api/")


def load_trust_roots() -> list[x509.Certificate]:
    """The certifi bundle (Mozilla's roots), which includes the roots Amazon's chain ends in."""
    import certifi

    with open(certifi.where(), "rb") as bundle:
        return x509.load_pem_x509_certificates(bundle.read())


@dataclass(frozen=True)
class _Validated:
    certificate: x509.Certificate
    public_key: rsa.RSAPublicKey
    expires: datetime


_REQUEST_TOLERANCE = timedelta(milliseconds=vc.MAX_NORMAL_REQUEST_TOLERANCE_IN_MILLIS)
_SKILL_EVENT_TOLERANCE = timedelta(milliseconds=vc.MAX_SKILL_EVENT_TOLERANCE_IN_MILLIS)
_PADDING = padding.PKCS1v15()
_SHA256 = hashes.SHA256()


class RequestVerifier:
    """Amazon's request checks; one RSA verification per warm request."""

    def __init__(
        self,
        trust_roots: Sequence[x509.Certificate] | None = None,
        fetch_chain: FetchChain | None = None,
        clock: Clock | None = None,
        *,
        check_signature: bool = True,
        check_timestamp: bool = True,
        fetch_timeout: float = FETCH_TIMEOUT_SECONDS,
        cache_size: int = 32,
    ) -> None:
        self._trust_roots = list(trust_roots) if trust_roots is not None else None
        self._store: x509v.Store | None = None
        self._fetch_chain = fetch_chain or fetch_https
        self._clock = clock or utc_now
        self.check_signature = check_signature
        self.check_timestamp = check_timestamp
        self._fetch_timeout = fetch_timeout
        self._cache_size = cache_size
        # Validated chains by URL; at most ``cache_size``, the oldest dropped first. Reads
        # take no lock (a dict lookup is atomic); writes do.
        self._cache: dict[str, _Validated] = {}
        self._in_flight: dict[str, Future[_Validated]] = {}
        self._lock = threading.RLock()  # a finished fetch may call back while it is held
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="cert-chain")

    # --- The signing certificate ---------------------------------------------

    def _trust_store(self) -> x509v.Store:
        # Built on first use: reading the bundle is not start-up work.
        if self._store is None:
            self._store = x509v.Store(self._trust_roots if self._trust_roots is not None else load_trust_roots())
        return self._store

    def _fetch_and_validate(self, url: str) -> _Validated:
        try:
            chain = x509.load_pem_x509_certificates(self._fetch_chain(url))
        except VerificationError:
            raise
        except ValueError:
            raise VerificationError("certificate chain is not PEM certificates") from None
        except Exception as error:
            raise VerificationError(f"could not fetch the certificate chain: {type(error).__name__}") from None
        end_certificate, intermediates = chain[0], chain[1:]
        policy = x509v.PolicyBuilder().store(self._trust_store()).time(self._clock())
        verifier = policy.build_server_verifier(x509.DNSName(vc.CERT_CHAIN_DOMAIN))
        try:
            built = verifier.verify(end_certificate, intermediates)
        except x509v.VerificationError as error:
            raise VerificationError(f"certificate chain refused: {error}") from None
        public_key = end_certificate.public_key()
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise VerificationError("signing certificate does not hold an RSA key")
        expires = min(certificate.not_valid_after_utc for certificate in built)
        return _Validated(end_certificate, public_key, expires)

    def _finished(self, url: str, future: Future[_Validated]) -> None:
        with self._lock:
            self._in_flight.pop(url, None)
            if future.exception() is None:
                self._cache.pop(url, None)
                self._cache[url] = future.result()
                while len(self._cache) > self._cache_size:
                    del self._cache[next(iter(self._cache))]

    def _validated(self, url: str) -> _Validated:
        cached = self._cache.get(url)  # only URLs that passed check_chain_url are cached
        if cached is not None and cached.expires > self._clock():
            return cached
        check_chain_url(url)
        with self._lock:
            future = self._in_flight.get(url)
            if future is None:
                future = self._pool.submit(self._fetch_and_validate, url)
                self._in_flight[url] = future
                future.add_done_callback(lambda done: self._finished(url, done))
        try:
            return future.result(timeout=self._fetch_timeout)
        except FutureTimeout:
            raise VerificationError(f"certificate chain fetch took longer than {self._fetch_timeout} s") from None

    def load_signing_certificate(self, url: str) -> x509.Certificate:
        """The validated end certificate of the chain at ``url``, or VerificationError.

        Concurrent first requests for one URL share a single fetch; a fetch that is
        slow is given up on after ``fetch_timeout`` seconds, so no worker waits longer.
        """
        return self._validated(url).certificate

    # --- The request ------------------------------------------------------------

    def verify(self, headers: Mapping[str, str], body: bytes, envelope: Mapping[str, Any] | None = None) -> None:
        """None if the request is proven to come from Alexa, else VerificationError.

        ``envelope`` is the parsed body, when the caller has it (saves parsing twice).
        """
        self.verify_signature(headers, body)
        if not self.check_timestamp:
            return
        if envelope is None:
            try:
                envelope = json.loads(body)
            except ValueError:
                raise VerificationError("body is not JSON") from None
        request = envelope.get("request") if isinstance(envelope, dict) else None
        stamp = request.get("timestamp") if isinstance(request, dict) else None
        if not isinstance(stamp, str):
            raise VerificationError("request has no timestamp")
        try:
            when = datetime.fromisoformat(stamp)
        except ValueError:
            raise VerificationError("request timestamp is not ISO 8601") from None
        self.verify_timestamp(when, request.get("type") if isinstance(request, dict) else None)

    def verify_signature(self, headers: Mapping[str, str], body: bytes) -> None:
        """``Signature-256`` signs the exact body with the key of the chain ``SignatureCertChainUrl`` names."""
        if not self.check_signature:
            return
        url = headers.get(vc.SIGNATURE_CERT_CHAIN_URL_HEADER)
        signature = headers.get(vc.SIGNATURE_HEADER)
        if not url:
            raise VerificationError(f"missing header {vc.SIGNATURE_CERT_CHAIN_URL_HEADER}")
        if not signature:
            raise VerificationError(f"missing header {vc.SIGNATURE_HEADER}")
        try:
            signature_bytes = base64.b64decode(signature, validate=True)
        except (binascii.Error, ValueError):
            raise VerificationError(f"{vc.SIGNATURE_HEADER} is not base64") from None
        try:
            self._validated(url).public_key.verify(signature_bytes, body, _PADDING, _SHA256)
        except InvalidSignature:
            raise VerificationError("signature does not match the body") from None

    def verify_timestamp(self, timestamp: datetime, request_type: str | None) -> None:
        """The request was sent within 150 s of now (an hour for skill events)."""
        if not self.check_timestamp:
            return
        if timestamp.tzinfo is None:
            timestamp = timestamp.replace(tzinfo=UTC)
        tolerance = _SKILL_EVENT_TOLERANCE if request_type in vc.ALEXA_SKILL_EVENT_LIST else _REQUEST_TOLERANCE
        drift = abs(self._clock() - timestamp)
        if drift > tolerance:
            raise VerificationError(
                f"request timestamp is {drift.total_seconds():.0f} s from now (limit {tolerance.total_seconds():.0f} s)"
            )
