"""Real servers on 127.0.0.1 for the tests: gunicorn with the production config, and the
clients that talk to them (plain requests, and slow clients that hold connections open).

Every loop here is bounded in count and time, and every server is stopped by its caller.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def request(
    address: tuple[str, int],
    method: str,
    path: str,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    tls: ssl.SSLContext | None = None,
) -> tuple[int, bytes]:
    """One HTTP request on a new connection; (status, body)."""
    if tls is not None:
        connection: http.client.HTTPConnection = http.client.HTTPSConnection(*address, timeout=10, context=tls)
    else:
        connection = http.client.HTTPConnection(*address, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def wait_until_healthy(
    address: tuple[str, int], process: subprocess.Popen[bytes], tls: ssl.SSLContext | None = None
) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            if request(address, "GET", "/healthz", tls=tls)[0] == 200:
                return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise
            time.sleep(0.2)


@contextlib.contextmanager
def gunicorn(app: str, env: dict[str, str], log: Path) -> Iterator[tuple[str, int]]:
    """gunicorn with skill/web/gunicorn_conf.py serving ``app`` ("module:factory()") on a free port."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "gunicorn"), "-c", "python:skill.web.gunicorn_conf", app]
    full_env = {**os.environ, **env, "PORT": str(port), "PYTHONPATH": str(ROOT)}
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=ROOT, env=full_env, stdout=output, stderr=subprocess.STDOUT)
        try:
            wait_until_healthy(("127.0.0.1", port), process)
            yield "127.0.0.1", port
        finally:
            process.terminate()
            process.wait(timeout=30)


def timed(call: Callable[[], tuple[int, bytes]]) -> tuple[float, int]:
    """How long ``call`` took, and the HTTP status it got."""
    started = time.monotonic()
    status, _ = call()
    return time.monotonic() - started, status


def closed_by_server(sock: socket.socket) -> bool:
    """True once the server has closed the connection (or answered it with a 4xx)."""
    try:
        sock.settimeout(0.05)
        data = sock.recv(4096)
    except (TimeoutError, ssl.SSLWantReadError):
        return False
    except OSError:
        return True
    return data == b"" or data.startswith(b"HTTP/1.1 4")


class SlowClients:
    """``idle`` connections that send half a request and stop, and ``trickling`` ones that send
    their headers and then a byte of body every quarter second (for ten seconds at most)."""

    def __init__(self, address: tuple[str, int], idle: int, trickling: int, tls: ssl.SSLContext | None = None):
        self.address, self.tls = address, tls
        self.idle = [self._open(b"POST /alexa HTTP/1.1\r\nHost: x\r\n") for _ in range(idle)]
        self.trickling = [
            self._open(b"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{") for _ in range(trickling)
        ]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._trickle, daemon=True)
        self._thread.start()

    def _open(self, first_bytes: bytes) -> socket.socket:
        sock = socket.create_connection(self.address, timeout=10)
        if self.tls is not None:
            sock = self.tls.wrap_socket(sock, server_hostname="localhost")
        sock.sendall(first_bytes)
        return sock

    def _trickle(self) -> None:
        for _ in range(40):
            if self._stop.wait(0.25):
                return
            for sock in self.trickling:
                with contextlib.suppress(OSError):
                    sock.send(b" ")

    def all_closed(self) -> bool:
        return all(closed_by_server(sock) for sock in self.idle + self.trickling)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for sock in self.idle + self.trickling:
            sock.close()
