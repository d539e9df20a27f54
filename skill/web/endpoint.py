"""The endpoint: ``POST /alexa``, ``GET /healthz`` and the pages, translating between HTTP and the skill.

Every refusal is ``{"error": reason}``: a 4xx with the reason logged (429 with ``Retry-After``
when large bodies are over the process's budget); the body is never logged. The body is read
whole within its deadline and its budget before the one parse (``skill.alexa.envelope``), which
also refuses another skill's request; the signature is checked on the raw bytes before it, and
the timestamp after it, on the value that parse produced.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_webservice_support import verifier_constants as vc
from flask import Blueprint, Response, request

from skill.alexa.envelope import BadEnvelope, read_envelope
from skill.web.guard import CHUNKED_REFUSAL, LENGTH_REFUSAL, ascii_digits, chunks_decoded_by_server, error_body
from skill.web.pages import Pages, language
from skill.web.verification import VerificationError, Verifier

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 256 * 1024  # Alexa's requests are a few KiB
SMALL_BODY_BYTES = 16 * 1024  # never held up by the body budget
DRAIN_BYTES = 64 * 1024  # read past the limit before a 413, so a body just over it is read to its end
BODY_BUDGET_BYTES = 4 * 1024 * 1024  # larger bodies received and handled at once, per process


class Refusal(Exception):
    """A request refused before the skill sees it: HTTP ``status`` and a reason that quotes no input."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


class BodyTooSlow(Exception):
    """The body did not arrive within its deadline."""


def body_deadline_factory(seconds: float) -> Callable[[], AbstractContextManager[object]]:
    """A deadline for reading a whole body, where the server can enforce one.

    Under gunicorn's gevent worker (production) sockets are cooperative, so a gevent
    Timeout interrupts a read that trickles. The development server reads with plain
    blocking threads, and has none (it is for local use only).
    """
    try:
        from gevent import Timeout
        from gevent.monkey import is_module_patched
    except ImportError:
        return nullcontext
    if not is_module_patched("socket"):
        return nullcontext
    return lambda: Timeout(seconds, BodyTooSlow)


def declared_length(environ: Mapping[str, Any]) -> int | None:
    """The body's Content-Length (0 with none; None for a chunked body the server decodes, read to
    its end), or Refusal: 400 not ASCII digits, 411 chunked, 413 over the limit."""
    length = environ.get("CONTENT_LENGTH") or None
    if length is None:
        if chunks_decoded_by_server(environ):
            return None
        if environ.get("wsgi.input_terminated") or "HTTP_TRANSFER_ENCODING" in environ:
            raise Refusal(411, CHUNKED_REFUSAL)  # the guard refuses it first; any other caller too
        return 0
    if not ascii_digits(length):
        raise Refusal(400, LENGTH_REFUSAL)
    if int(length) > MAX_BODY_BYTES:
        raise Refusal(413, f"body is larger than {MAX_BODY_BYTES} bytes")
    return int(length)


def read_to_end(stream: Any, limit: int) -> bytes:
    """At most ``limit`` bytes of ``stream``: fewer only at its end."""
    pieces: list[bytes] = []
    left = limit
    while left > 0 and (piece := stream.read(left)):
        pieces.append(piece)
        left -= len(piece)
    return b"".join(pieces)


def read_body(environ: Mapping[str, Any], length: int, deadline: Callable[[], AbstractContextManager[object]]) -> bytes:
    """The request body, ``length`` bytes, whole, or Refusal: 400 short, 408 too slow."""
    try:
        with deadline():
            body: bytes = environ["wsgi.input"].read(length) if length else b""
    except BodyTooSlow:
        raise Refusal(408, "body took too long to arrive") from None
    if len(body) != length:
        raise Refusal(400, "body is shorter than its Content-Length")
    return body


class BodyBudget:
    """Bounds the memory that bodies being received and handled hold in one process.

    Bodies up to ``small`` bytes (Alexa's are a few KiB) always pass: at most one a
    connection. Larger ones share ``total`` bytes; past it they are refused at once, before
    any of them is read, so clients that send 256 KiB less a byte and stop hold no more than
    ``total`` between them. The refusal is 429 (Too Many Requests, with ``Retry-After``): the
    client sent more large bodies than there is room for now, a body Alexa never sends, and the
    same body fits a moment later; the service itself is fine, so not 503, which monitoring
    reads as the service failing, nor 413, which says the body is too large to retry.
    """

    def __init__(self, total: int = BODY_BUDGET_BYTES, small: int = SMALL_BODY_BYTES) -> None:
        self.total, self.small = total, small
        self.refusal = f"too many bodies over {small} bytes at once (they share {total} bytes); try again"
        self.in_use = 0
        self._lock = threading.Lock()

    @contextmanager
    def hold(self, size: int) -> Iterator[None]:
        if size <= self.small:
            yield
            return
        with self._lock:
            if self.in_use + size > self.total:
                raise Refusal(429, self.refusal)
            self.in_use += size
        try:
            yield
        finally:
            with self._lock:
                self.in_use -= size


_COMPACT_JSON = json.JSONEncoder(separators=(",", ":"), allow_nan=False)  # NaN is not JSON


def refuse(status: int, reason: str, headers: Iterable[tuple[str, str]] = ()) -> Response:
    log.warning("refused request (%d): %s", status, reason)
    response = Response(error_body(reason), status=status, mimetype="application/json", headers=list(headers))
    if status == 429:
        response.headers["Retry-After"] = "1"
    return response


_SIGNATURE_HEADERS = {
    name: "HTTP_" + name.upper().replace("-", "_") for name in (vc.SIGNATURE_CERT_CHAIN_URL_HEADER, vc.SIGNATURE_HEADER)
}


def _signature_headers() -> dict[str, str]:
    """The two headers verification reads, straight from the WSGI environ (names are case-insensitive)."""
    environ = request.environ
    return {name: environ[key] for name, key in _SIGNATURE_HEADERS.items() if key in environ}


def skill_endpoint_blueprint(
    skill: CustomSkill,
    verifier: Verifier,
    skill_id: str | None,
    deadline: Callable[[], AbstractContextManager[object]] = nullcontext,
    budget: BodyBudget | None = None,
) -> Blueprint:
    """The routes; they only translate between HTTP and the skill."""
    bp = Blueprint("skill_endpoint", __name__)
    budget = budget or BodyBudget()

    @bp.post("/alexa")
    def skill_request() -> Response:
        try:
            length = declared_length(request.environ)
            if length is None:
                return chunked(request.environ["wsgi.input"])
            with budget.hold(length):
                return handle(read_body(request.environ, length, deadline))
        except Refusal as refusal:
            return refuse(refusal.status, str(refusal))

    def chunked(stream: Any) -> Response:
        """A chunked body (Granian has decoded it): small ones as they are; a larger one holds
        the most a body may be of the budget while it is read and handled."""
        body = read_to_end(stream, budget.small + 1)
        if len(body) <= budget.small:
            return handle(body)
        with budget.hold(MAX_BODY_BYTES):
            body += read_to_end(stream, MAX_BODY_BYTES + 1 - len(body))
            if len(body) > MAX_BODY_BYTES:
                # Read a little more, to the body's end if it is just over (a proxy buffers at most the
                # limit and a byte): a server that closes on unread data resets the proxy's connection
                # while it is still writing, and the client would get the proxy's 502, not this 413.
                read_to_end(stream, DRAIN_BYTES)
                raise Refusal(413, f"body is larger than {MAX_BODY_BYTES} bytes")
            return handle(body)

    def handle(body: bytes) -> Response:
        try:
            verifier.verify_signature(_signature_headers(), body)  # the raw bytes, before any parsing
            # The one parse; another skill's request and heavy attributes are refused before any model.
            envelope = read_envelope(skill.serializer, body, skill_id)
            verifier.verify_timestamp(envelope.timestamp, envelope.request_type)
            response_envelope = skill.invoke(request_envelope=envelope.request_envelope, context=None)
            payload = _COMPACT_JSON.encode(skill.serializer.serialize(response_envelope))
        except (BadEnvelope, VerificationError) as refusal:
            return refuse(400, str(refusal))
        except Exception as error:  # never a 500: the reason names the error's type, never the input
            return refuse(400, f"the skill could not handle it ({type(error).__name__})")
        return Response(payload, mimetype="application/json")

    @bp.get("/healthz")
    def healthz() -> Response:
        return Response('{"status":"ok"}', mimetype="application/json")

    return bp


def pages_blueprint(pages: Pages) -> Blueprint:
    """``GET /privacy`` and ``GET /terms`` (``?lang=es`` or ``?lang=fr``): the URLs the manifest gives Amazon."""
    bp = Blueprint("pages", __name__)

    @bp.get("/<any(privacy, terms):name>")
    def page(name: str) -> Response:
        lang = language(request.args.get("lang"))  # any other value, or none: English
        headers = {"Cache-Control": "public, max-age=3600", "Content-Language": lang}
        return Response(pages.page(name, lang), mimetype="text/html", headers=headers)

    return bp
