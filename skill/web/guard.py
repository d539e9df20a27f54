"""What every request meets before Flask, and what every response carries (plain WSGI, any server).

- A body must come with ``Content-Length``. A chunked one (any ``Transfer-Encoding``) is
  refused with 411 before any of it is read: gunicorn's chunk parser (Python) costs about
  6.5 µs a chunk, so 1 MiB in 1-byte chunks cost a worker 6.8 s, against 7 ms with a length.
  Caddy 2.6 (Debian's) passes every body on chunked, however it came, after reading it whole
  (deploy/Caddyfile). So a chunked body that a proxy forwarded (``X-Forwarded-For``, which
  Caddy always sets) to Granian, which decodes chunks in Rust, is read to its end within the
  same limits (the app's ``read_to_end``); one sent to Granian directly is still 411 at once.
  Alexa always sends ``Content-Length``; nginx de-chunks what clients send it.
- ``Content-Length`` must be ASCII digits (``str.isdigit`` also takes "²" and "٢"): anything
  else is 400; over the limit is 413, before any of the body is read.
- Every refusal is ``{"error": reason}`` (``error_body``) and closes the connection, so the
  server never reads the rest of a refused body: ``Connection: close`` for servers that
  honour it, and ``CLOSE_CONNECTION`` in the environ for gunicorn, which ignores the
  header from an app (``skill.web.gunicorn_conf``'s post_request hook closes it).
- Every response carries ``SECURITY_HEADERS``, and ``Cache-Control: no-store`` unless the
  app chose a cache policy (the privacy and terms pages do).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any

log = logging.getLogger(__name__)

CLOSE_CONNECTION = "skill.close_connection"  # environ key: close after answering
SECURITY_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    # The pages need their inline style; nothing else loads anything, and nothing may frame them.
    (
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
    ),
    ("Referrer-Policy", "no-referrer"),
)
CHUNKED_REFUSAL = "a body must come with Content-Length (not chunked)"
LENGTH_REFUSAL = "Content-Length is not a number"

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def ascii_digits(text: str) -> bool:
    """True for "0" to "9" only: a Content-Length, as HTTP writes it."""
    return text.isascii() and text.isdigit()


def chunks_decoded_by_server(environ: Mapping[str, Any]) -> bool:
    """A chunked body a proxy forwarded (having read it whole) to Granian, which decodes it in Rust."""
    return (
        environ.get("SERVER_SOFTWARE") == "Granian"
        and "HTTP_X_FORWARDED_FOR" in environ
        and environ.get("HTTP_TRANSFER_ENCODING", "").strip().lower() == "chunked"
        and "CONTENT_LENGTH" not in environ
    )


def error_body(reason: str) -> bytes:
    return json.dumps({"error": reason}).encode()


def refusal_headers(body: bytes) -> list[tuple[str, str]]:
    """The headers of a refusal whose JSON body is ``body``."""
    return [
        ("Content-Type", "application/json"),
        ("Content-Length", str(len(body))),
        ("Connection", "close"),
        ("Cache-Control", "no-store"),
        *SECURITY_HEADERS,
    ]


class Guard:
    """WSGI middleware around the app: the checks above, then the app, with the headers added."""

    def __init__(self, app: WSGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    def _refuse(self, environ: dict[str, Any], start_response: StartResponse, status: str, reason: str) -> list[bytes]:
        log.warning("refused request (%s): %s", status[:3], reason)
        environ[CLOSE_CONNECTION] = True
        body = error_body(reason)
        start_response(status, refusal_headers(body))
        return [body]

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if "HTTP_TRANSFER_ENCODING" in environ and not chunks_decoded_by_server(environ):
            return self._refuse(environ, start_response, "411 Length Required", CHUNKED_REFUSAL)
        length = environ.get("CONTENT_LENGTH") or ""
        if length and not ascii_digits(length):
            return self._refuse(environ, start_response, "400 Bad Request", LENGTH_REFUSAL)
        if length and int(length) > self.max_body_bytes:
            reason = f"body is larger than {self.max_body_bytes} bytes"
            return self._refuse(environ, start_response, "413 Content Too Large", reason)

        def with_headers(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            names = {name.lower() for name, _ in headers}
            added = [header for header in SECURITY_HEADERS if header[0].lower() not in names]
            if "cache-control" not in names:
                added.append(("Cache-Control", "no-store"))
            if not status.startswith(("2", "3")):
                environ[CLOSE_CONNECTION] = True
                if "connection" not in names:
                    added.append(("Connection", "close"))
            return start_response(status, [*headers, *added], exc_info)

        return self.app(environ, with_headers)
