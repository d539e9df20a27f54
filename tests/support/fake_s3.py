"""A stand-in for S3 on 127.0.0.1, serving Alexa's certificate chain to the real fetch code.

It serves the chain at the path of ``certs.CHAIN_URL`` (echo-api-cert-12.pem) after ``genuine_delay``
seconds, and says 403 to any other file after ``refusal_delay`` seconds, as S3 takes a while to refuse
a name it does not have. It counts the requests it gets by path (``hits``). The certificate-fetch
floods (issues 23, 29 and 35) run against it.
"""

from __future__ import annotations

import ssl
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from skill.web.verification import fetch_https
from tests.support.certs import CHAIN_URL
from tests.support.servers import serving

S3 = "https://s3.amazonaws.com"
GENUINE_PATH = CHAIN_URL.removeprefix(S3)


class FakeS3(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, chain: bytes, genuine_delay: float, refusal_delay: float) -> None:
        self.chain = chain
        self.genuine_delay, self.refusal_delay = genuine_delay, refusal_delay
        self.hits: Counter[str] = Counter()
        super().__init__(("127.0.0.1", 0), _S3Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _S3Handler(BaseHTTPRequestHandler):
    server: FakeS3

    def do_GET(self) -> None:
        self.server.hits[self.path] += 1
        if self.path == GENUINE_PATH:
            time.sleep(self.server.genuine_delay)
            self.send_response(200)
            self.send_header("Content-Length", str(len(self.server.chain)))
            self.end_headers()
            self.wfile.write(self.server.chain)
            return
        time.sleep(self.server.refusal_delay)
        self.send_error(403)

    def log_message(self, *args: Any) -> None:
        pass


@contextmanager
def fake_s3(
    chain: bytes, *, genuine_delay: float = 0.0, refusal_delay: float = 0.0, tls: ssl.SSLContext | None = None
) -> Iterator[FakeS3]:
    """The stand-in on a free port of 127.0.0.1 until the block ends; over TLS with ``tls``'s certificate."""
    server = FakeS3(chain, genuine_delay, refusal_delay)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    with serving(server):
        yield server


def fetching_from(host: str) -> Callable[[str], bytes]:
    """``fetch_https`` with S3 replaced by ``host`` (``http://127.0.0.1:port``)."""
    return lambda url: fetch_https(url.replace(S3, host))
