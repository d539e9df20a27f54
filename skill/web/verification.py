"""Proof that a request came from Alexa, as Amazon documents for web-service skills.

ask-sdk-webservice-support's ``RequestVerifier`` cannot be imported where OpenSSL is
3.0.10 or newer (it imports certvalidator -> oscrypto 1.3.0, whose libcrypto version
check fails), and it validates the whole chain on every request and fetches with no
timeout or size limit. This does the same documented checks on ``cryptography``'s
X.509 verification API, with header names and tolerances from
``ask_sdk_webservice_support.verifier_constants``:

1. ``SignatureCertChainUrl`` is made canonical before anything else: https, host
   s3.amazonaws.com (any case), port 443 or none, and the path ``/echo.api/`` and a plain
   file name (``..`` segments resolved). User-info, a query, a fragment, any ``%``,
   a backslash or another port is refused. The canonical URL keys every cache.
2. ``Signature-256`` must be base64 of an RSA signature's length before any fetch, so a
   request with no real signature costs nothing.
3. The chain builds to a trusted root, and the end certificate is valid now and names
   ``echo-api.amazon.com`` exactly (a wildcard is not enough). Validated chains are kept
   in an LRU cache until they expire; failures are remembered for a short time. Fetches
   run without redirects or proxies, each capped in time and size, in three lanes, so
   that no flood of other URLs can starve Alexa's: the chain URL Alexa is expected to name
   (``expected_chain_url``: ``ALEXA_CERT_CHAIN_URL`` in the web app) and the last URL that
   validated have slots no other URL takes, so even a server that has never fetched a
   chain fetches Alexa's at once (every request naming it shares that one fetch, and what
   it fetches is Amazon's file); other file names of Amazon's kind (``echo-api-cert-13.pem``)
   get slots of their own (a request waits a moment for one); any other name gets a few
   slots, refused at once when busy, and only a few new ones start a second. With
   ``fetch_waiters`` (the web app's ``FETCH_WAITERS``), at most that many requests wait at once
   on fetches of chains other than Alexa's, more are refused at once, so a request whose chain
   is cached always finds one of the server's threads free. Every fetch shares one opener and
   one TLS context. With a
   ``ChainStore`` (``CERT_CHAIN_DIR``; the gunicorn config makes one per server), a chain one
   worker fetched is read, and validated again, by the others instead of fetched.
4. ``Signature-256`` is an RSA PKCS#1 v1.5 SHA-256 signature of the exact body bytes.
5. ``request.timestamp`` (read strictly by ``skill.alexa.serializer``) is within 150 seconds of
   now (an hour for skill events).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import logging
import os
import posixpath
import re
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from ask_sdk_webservice_support import verifier_constants as vc
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509 import verification as x509v

from skill.web.clock import Clock, utc_now

log = logging.getLogger(__name__)

FetchChain = Callable[[str], bytes]

MAX_CHAIN_BYTES = 64 * 1024
FETCH_TIMEOUT_SECONDS = 3.0
GOOD_CHAINS = 32  # validated chains kept (Alexa uses one URL at a time)
REMEMBERED_FAILURES = 1024  # canonical URLs whose fetch or validation failed lately
FAILURE_SECONDS = 30.0  # how long a failure is remembered
# Fetches run in three lanes, so that other URLs cannot starve Alexa's (a cold verifier
# must fetch Amazon's chain once before it can verify anything):
# - Alexa's: the chain URL Alexa is expected to name, and the last URL that validated.
#   Nothing else takes these slots, and all requests for one URL share one fetch.
# - Amazon's kind: other file names of the kind Amazon uses (echo-api-cert-13.pem). A few
#   fetches at once; a request waits a moment for a free one.
# - Any other file name under /echo.api/: a few at once, refused at once when they are
#   busy, and only a few new ones started a second.
# The chain URL Alexa's requests are expected to name. Not checked against live traffic here:
# ALEXA_CERT_CHAIN_URL overrides it, and the log says when a chain validates at another URL.
ALEXA_CHAIN_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem"
AMAZON_FILE_NAME = re.compile(r"echo-api-cert-[0-9]{1,3}\.pem")
AMAZON_FETCHES = 2
AMAZON_WAITERS = 8  # requests waiting for an Amazon fetch slot; more are refused at once
SLOT_WAIT_SECONDS = 0.5
MAX_CONCURRENT_FETCHES = 2  # other distinct URLs fetched at once; more are refused at once
NEW_URLS_PER_SECOND = 2.0  # other distinct URLs whose fetch may start, a second (bursts of MAX_CONCURRENT_FETCHES)
# Requests that may wait at once for a fetch of a chain other than Alexa's (a slot, or the fetch
# itself); more are refused at once. The web app sets it, and Granian runs one Python thread more
# than it (skill/web/serve.py), so a request whose chain is cached always finds a thread free
# however many name other files: waiting on S3 never holds the thread a genuine turn needs.
FETCH_WAITERS = 2
SIGNATURE_LENGTHS = frozenset({256, 384, 512})  # RSA 2048, 3072, 4096 bits
MAX_URL_LENGTH = 512
_FILE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_URL = re.compile(r"(?P<scheme>[A-Za-z]+)://(?P<host>[^/:]*)(?::(?P<port>[^/]*))?(?P<path>/.*)?", re.S)
_CANONICAL_PREFIX = f"{vc.CERT_CHAIN_URL_PROTOCOL}://{vc.CERT_CHAIN_URL_HOSTNAME}"


class VerificationError(Exception):
    """The request is not proven to come from Alexa; the message says why (no request content)."""


class Verifier(Protocol):
    """What the web endpoint needs from a verifier; tests may hand in their own."""

    def verify_signature(self, headers: Mapping[str, str], body: bytes) -> None: ...

    def verify_timestamp(self, timestamp: datetime, request_type: str | None) -> None: ...


@functools.cache
def _opener() -> urllib.request.OpenerDirector:
    """The one opener every fetch uses: no redirects, no proxies from the environment, and one TLS
    context (building one reads the CA bundle: about 26 ms of CPU, which each fetch paid before)."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None  # urllib then raises the 3xx as an HTTPError

    tls = urllib.request.HTTPSHandler(context=ssl.create_default_context())
    return urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect(), tls)


def fetch_https(url: str, timeout: float = FETCH_TIMEOUT_SECONDS, max_bytes: int = MAX_CHAIN_BYTES) -> bytes:
    """Fetch a certificate chain: no redirects, no proxies from the environment, nothing slow or large."""
    try:
        with _opener().open(url, timeout=timeout) as response:
            data: bytes = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        error.close()
        raise VerificationError(f"could not fetch the certificate chain: HTTP {error.code}") from None
    if len(data) > max_bytes:
        raise VerificationError(f"certificate chain is larger than {max_bytes} bytes")
    return data


def canonical_chain_url(url: str) -> str:
    """The one canonical form of an acceptable ``SignatureCertChainUrl``, or VerificationError."""
    if len(url) > MAX_URL_LENGTH:
        raise VerificationError("certificate URL is too long")
    if not url.isascii() or not url.isprintable() or " " in url:
        raise VerificationError("certificate URL has characters a URL cannot have")
    for character, what in (("@", "user-info"), ("?", "a query"), ("#", "a fragment"), ("%", "percent-encoding")):
        if character in url:
            raise VerificationError(f"certificate URL must not have {what}")
    if "\\" in url:
        raise VerificationError("certificate URL must not have a backslash")
    match = _URL.fullmatch(url)
    if match is None:
        raise VerificationError("certificate URL is malformed")
    if match["scheme"].lower() != vc.CERT_CHAIN_URL_PROTOCOL:
        raise VerificationError("certificate URL must use https")
    if match["host"].lower() != vc.CERT_CHAIN_URL_HOSTNAME:
        raise VerificationError(f"certificate URL host must be {vc.CERT_CHAIN_URL_HOSTNAME}")
    if match["port"] is not None and match["port"] != str(vc.CERT_CHAIN_URL_PORT):
        raise VerificationError(f"certificate URL port must be {vc.CERT_CHAIN_URL_PORT} or none")
    folder, _, name = posixpath.normpath(match["path"] or "/").rpartition("/")
    if folder + "/" != vc.CERT_CHAIN_URL_STARTPATH or not _FILE_NAME.fullmatch(name):
        raise VerificationError("certificate URL path must be /echo.api/ and a file name")
    return f"{_CANONICAL_PREFIX}{vc.CERT_CHAIN_URL_STARTPATH}{name}"


def load_trust_roots() -> list[x509.Certificate]:
    """The certifi bundle (Mozilla's roots), which includes the roots Amazon's chain ends in."""
    import certifi

    with open(certifi.where(), "rb") as bundle:
        return x509.load_pem_x509_certificates(bundle.read())


K = TypeVar("K")
V = TypeVar("V")


class LRU(Generic[K, V]):
    """At most ``size`` entries; the least recently used goes first. Not thread-safe: callers lock."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def pop(self, key: K) -> None:
        self._items.pop(key, None)


class ChainStore:
    """Validated chains shared by the processes of one server (gunicorn's workers), in a folder
    only the service writes: a worker that starts, or restarts, under a flood of chain URLs
    reads the chain another one fetched instead of fetching it. Only chains that validated
    are written, and each is validated again when read; files are named by a hash of the
    canonical URL."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, url: str) -> Path:
        return self.folder / f"{hashlib.sha256(url.encode()).hexdigest()}.pem"

    def read(self, url: str) -> bytes | None:
        try:
            with self._path(url).open("rb") as stored:
                return stored.read(MAX_CHAIN_BYTES)
        except OSError:
            return None

    def write(self, url: str, pem: bytes) -> None:
        path = self._path(url)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}")
        try:
            temporary.write_bytes(pem)
            os.replace(temporary, path)  # whole or not at all, for the other processes
        except OSError:
            temporary.unlink(missing_ok=True)  # a cache: the next request fetches again


class _Lane:
    """Fetch slots for one kind of URL: how many at once, how long a request waits for one,
    and (optionally) how many fetches may start a second (a token bucket)."""

    def __init__(self, slots: int, wait: float, waiters: int = 0, per_second: float | None = None) -> None:
        self._slots = threading.BoundedSemaphore(slots)
        self._wait, self._max_waiters, self._waiters = wait, waiters, 0
        self._per_second, self._burst = per_second, float(slots)
        self._tokens, self._refilled = float(slots), time.monotonic()
        self._lock = threading.Lock()

    def _take_token(self) -> bool:
        if self._per_second is None:
            return True
        now = time.monotonic()
        self._tokens = min(self._burst, self._tokens + (now - self._refilled) * self._per_second)
        self._refilled = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True

    def acquire(self) -> bool:
        """A slot (then ``release`` it), or False: none free in time, or too many new fetches lately."""
        if self._slots.acquire(blocking=False):
            with self._lock:
                if self._take_token():
                    return True
            self._slots.release()
            return False
        with self._lock:
            if self._wait <= 0 or self._waiters >= self._max_waiters:
                return False
            self._waiters += 1
        try:
            return self._slots.acquire(timeout=self._wait)
        finally:
            with self._lock:
                self._waiters -= 1

    def release(self) -> None:
        self._slots.release()


@dataclass(frozen=True)
class _Validated:
    public_key: rsa.RSAPublicKey
    expires: datetime


@dataclass(frozen=True)
class _Failure:
    reason: str
    until: float  # time.monotonic()


_REQUEST_TOLERANCE = timedelta(milliseconds=vc.MAX_NORMAL_REQUEST_TOLERANCE_IN_MILLIS)
_SKILL_EVENT_TOLERANCE = timedelta(milliseconds=vc.MAX_SKILL_EVENT_TOLERANCE_IN_MILLIS)
_PADDING = padding.PKCS1v15()
_SHA256 = hashes.SHA256()


def _names_exactly(certificate: x509.Certificate, name: str) -> bool:
    """The certificate's SAN holds ``name`` itself (a wildcard that would match it is not enough)."""
    try:
        san = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    return name in (dns.lower() for dns in san.get_values_for_type(x509.DNSName))


class RequestVerifier:
    """Amazon's request checks; one RSA verification and no chain work per warm request."""

    def __init__(
        self,
        trust_roots: Sequence[x509.Certificate] | None = None,
        fetch_chain: FetchChain | None = None,
        clock: Clock | None = None,
        *,
        check_signature: bool = True,
        check_timestamp: bool = True,
        fetch_timeout: float = FETCH_TIMEOUT_SECONDS,
        cache_size: int = GOOD_CHAINS,
        max_concurrent_fetches: int = MAX_CONCURRENT_FETCHES,
        failure_seconds: float = FAILURE_SECONDS,
        amazon_fetches: int = AMAZON_FETCHES,
        slot_wait: float = SLOT_WAIT_SECONDS,
        new_urls_per_second: float = NEW_URLS_PER_SECOND,
        chain_store: ChainStore | None = None,
        expected_chain_url: str | None = None,
        fetch_waiters: int | None = None,
    ) -> None:
        self._trust_roots = list(trust_roots) if trust_roots is not None else None
        self._store: x509v.Store | None = None
        self._fetch_chain = fetch_chain or fetch_https
        self._clock = clock or utc_now
        self.check_signature = check_signature
        self.check_timestamp = check_timestamp
        self._fetch_timeout = fetch_timeout
        self._expected = canonical_chain_url(expected_chain_url) if expected_chain_url else None
        self._alexas = _Lane(2, slot_wait, AMAZON_WAITERS)  # the expected URL and the last good one
        self._amazon = _Lane(amazon_fetches, slot_wait, AMAZON_WAITERS)
        self._other = _Lane(max_concurrent_fetches, 0.0, per_second=new_urls_per_second)
        self._last_good: str | None = None
        # None: any number wait (a verifier used alone); the web app passes FETCH_WAITERS.
        self._waiters = threading.BoundedSemaphore(fetch_waiters) if fetch_waiters is not None else None
        self._chain_store = chain_store
        self._failure_seconds = failure_seconds
        self._good: LRU[str, _Validated] = LRU(cache_size)
        self._failed: LRU[str, _Failure] = LRU(REMEMBERED_FAILURES)
        self._in_flight: dict[str, Future[_Validated]] = {}
        self._lock = threading.RLock()  # a finished fetch may call back while it is held
        self._pool = ThreadPoolExecutor(
            max_workers=2 + amazon_fetches + max_concurrent_fetches, thread_name_prefix="cert-chain"
        )

    # --- The signing certificate ---------------------------------------------

    def _trust_store(self) -> x509v.Store:
        # Built on first use: reading the bundle is not start-up work.
        if self._store is None:
            self._store = x509v.Store(self._trust_roots if self._trust_roots is not None else load_trust_roots())
        return self._store

    def _fetch_and_validate(self, url: str) -> _Validated:
        try:
            pem = self._fetch_chain(url)
        except VerificationError:
            raise
        except Exception as error:
            raise VerificationError(f"could not fetch the certificate chain: {type(error).__name__}") from None
        validated = self._validate(pem)
        if self._chain_store is not None:
            self._chain_store.write(url, pem)
        return validated

    def _from_store(self, url: str) -> _Validated | None:
        """The chain another process of this server fetched for ``url``, validated again, or None."""
        pem = self._chain_store.read(url) if self._chain_store is not None else None
        if pem is None:
            return None
        try:
            return self._validate(pem)
        except VerificationError:
            return None  # expired, or not a chain that validates: fetch it

    def _validate(self, pem: bytes) -> _Validated:
        try:
            chain = x509.load_pem_x509_certificates(pem)
        except ValueError:
            raise VerificationError("certificate chain is not PEM certificates") from None
        end_certificate, intermediates = chain[0], chain[1:]
        policy = x509v.PolicyBuilder().store(self._trust_store()).time(self._clock())
        verifier = policy.build_server_verifier(x509.DNSName(vc.CERT_CHAIN_DOMAIN))
        try:
            built = verifier.verify(end_certificate, intermediates)
        except x509v.VerificationError as error:
            raise VerificationError(f"certificate chain refused: {error}") from None
        if not _names_exactly(end_certificate, vc.CERT_CHAIN_DOMAIN):
            raise VerificationError(f"signing certificate must name {vc.CERT_CHAIN_DOMAIN} exactly")
        public_key = end_certificate.public_key()
        if not isinstance(public_key, rsa.RSAPublicKey):
            raise VerificationError("signing certificate does not hold an RSA key")
        expires = min(certificate.not_valid_after_utc for certificate in built)
        return _Validated(public_key, expires)

    def _finished(self, url: str, lane: _Lane, future: Future[_Validated]) -> None:
        with self._lock:
            self._in_flight.pop(url, None)
            error = future.exception()
            if error is None:
                self._good.put(url, future.result())
                if url != self._last_good and self._expected is not None and url != self._expected:
                    log.warning(
                        "Alexa's certificate chain validated at %s, not at the expected %s: set "
                        "ALEXA_CERT_CHAIN_URL to it, so that a server that has not fetched it yet keeps "
                        "a fetch free for it",
                        url,
                        self._expected,
                    )
                self._last_good = url
            else:
                reason = str(error) if isinstance(error, VerificationError) else type(error).__name__
                self._failed.put(url, _Failure(reason, time.monotonic() + self._failure_seconds))
        lane.release()

    def _known(self, url: str) -> _Validated | Future[_Validated] | None:
        """What is known of ``url`` (the lock held): its validated chain, its fetch under way, or
        nothing; VerificationError if it failed lately."""
        cached = self._good.get(url)
        if cached is not None and cached.expires > self._clock():
            return cached
        failure = self._failed.get(url)
        if failure is not None and failure.until > time.monotonic():
            raise VerificationError(f"{failure.reason} (remembered)")
        return self._in_flight.get(url)

    def _lane(self, url: str) -> _Lane:
        if url == self._expected or url == self._last_good:
            return self._alexas
        if AMAZON_FILE_NAME.fullmatch(url.rpartition("/")[2]):
            return self._amazon
        return self._other

    def _validated(self, raw_url: str) -> _Validated:
        url = canonical_chain_url(raw_url)
        with self._lock:
            known = self._known(url)
            lane = self._lane(url)
        if isinstance(known, _Validated):
            return known
        if known is None and (stored := self._from_store(url)) is not None:
            with self._lock:
                self._good.put(url, stored)
                self._last_good = url
            return stored
        # Waiting for Alexa's own chain is what a genuine turn needs; any other waits only while
        # a waiter's place is free, so waits on S3 never take every thread of the worker.
        waiter = self._waiters if lane is not self._alexas else None
        if waiter is not None and not waiter.acquire(blocking=False):
            raise VerificationError("too many certificate chains being fetched; try again")
        try:
            return self._fetched(url, lane, known)
        finally:
            if waiter is not None:
                waiter.release()

    def _fetched(self, url: str, lane: _Lane, known: Future[_Validated] | None) -> _Validated:
        """The chain at ``url`` once fetched and validated, by this request or the one under way."""
        if known is None:
            if not lane.acquire():  # may wait a moment (Amazon's lane): outside the lock
                raise VerificationError("too many certificate chains being fetched; try again")
            with self._lock:
                try:
                    found = self._known(url)  # fetched, failed or started while this one waited
                except VerificationError:
                    lane.release()
                    raise
                if isinstance(found, _Validated):
                    lane.release()
                    return found
                if found is None:
                    self._good.pop(url)
                    self._failed.pop(url)
                    known = self._pool.submit(self._fetch_and_validate, url)
                    self._in_flight[url] = known
                    known.add_done_callback(lambda done: self._finished(url, lane, done))
                else:
                    lane.release()
                    known = found
        try:
            return known.result(timeout=self._fetch_timeout)
        except FutureTimeout:
            raise VerificationError(f"certificate chain fetch took longer than {self._fetch_timeout} s") from None

    # --- The request ------------------------------------------------------------

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
        if len(signature_bytes) not in SIGNATURE_LENGTHS:
            raise VerificationError(f"{vc.SIGNATURE_HEADER} is not an RSA signature")
        try:
            self._validated(url).public_key.verify(signature_bytes, body, _PADDING, _SHA256)
        except InvalidSignature:
            raise VerificationError("signature does not match the body") from None

    def verify_timestamp(self, timestamp: datetime, request_type: str | None) -> None:
        """The request was sent within 150 s of now (an hour for skill events)."""
        if not self.check_timestamp:
            return
        if timestamp.tzinfo is None:
            raise VerificationError("request timestamp has no UTC offset")
        tolerance = _SKILL_EVENT_TOLERANCE if request_type in vc.ALEXA_SKILL_EVENT_LIST else _REQUEST_TOLERANCE
        drift = abs(self._clock() - timestamp)
        if drift > tolerance:
            raise VerificationError(
                f"request timestamp is {drift.total_seconds():.0f} s from now (limit {tolerance.total_seconds():.0f} s)"
            )
