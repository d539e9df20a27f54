"""Real servers on 127.0.0.1 for the tests: Granian and gunicorn with their production configs, and the
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
from socketserver import BaseServer
from typing import TypeVar

from tools.loopback import free_port as free_port  # one definition, shared with the bench

ROOT = Path(__file__).parents[2]
ServerT = TypeVar("ServerT", bound=BaseServer)


@contextlib.contextmanager
def serving(server: ServerT) -> Iterator[ServerT]:
    """``server`` answering on a thread of its own until the block ends; then shut and closed. It looks
    for the shutdown every 50 ms (not socketserver's 500 ms), so stopping it costs a test no half second."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


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


def gunicorn_command(app: str) -> list[str]:
    return [str(Path(sys.executable).parent / "gunicorn"), "-c", "python:skill.web.gunicorn_conf", app]


@contextlib.contextmanager
def gunicorn_server(app: str, env: dict[str, str], log: Path) -> Iterator[tuple[tuple[str, int], int]]:
    """gunicorn with skill/web/gunicorn_conf.py serving ``app`` ("module:factory()") on a free port:
    its address and the master's process ID."""
    port = free_port()
    full_env = {**os.environ, **env, "PORT": str(port), "PYTHONPATH": str(ROOT)}
    with log.open("wb") as output:
        process = subprocess.Popen(
            gunicorn_command(app), cwd=ROOT, env=full_env, stdout=output, stderr=subprocess.STDOUT
        )
        try:
            wait_until_healthy(("127.0.0.1", port), process)
            yield ("127.0.0.1", port), process.pid
        finally:
            process.terminate()
            process.wait(timeout=30)


@contextlib.contextmanager
def gunicorn(app: str, env: dict[str, str], log: Path) -> Iterator[tuple[str, int]]:
    """gunicorn with skill/web/gunicorn_conf.py serving ``app`` ("module:factory()") on a free port."""
    with gunicorn_server(app, env, log) as (address, _):
        yield address


def granian_command(app: str) -> list[str]:
    return [sys.executable, "-m", "skill.web.serve", app]


@contextlib.contextmanager
def granian(app: str, env: dict[str, str], log: Path) -> Iterator[tuple[str, int]]:
    """Granian with skill/web/serve.py's settings (the production default behind a proxy) serving
    ``app`` ("module:factory()") on a free port."""
    port = free_port()
    full_env = {**os.environ, **env, "PORT": str(port), "PYTHONPATH": str(ROOT)}
    with log.open("wb") as output:
        process = subprocess.Popen(
            granian_command(app), cwd=ROOT, env=full_env, stdout=output, stderr=subprocess.STDOUT
        )
        try:
            wait_until_healthy(("127.0.0.1", port), process)
            yield ("127.0.0.1", port)
        finally:
            process.terminate()
            process.wait(timeout=30)


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (gunicorn's workers, for its master)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def cpu_seconds(pids: list[int]) -> float:
    """CPU time the processes have used (scheduler statistics: nanoseconds, not 10 ms ticks)."""
    return sum(int(Path(f"/proc/{pid}/schedstat").read_text().split()[0]) for pid in pids) / 1e9


def rss_bytes(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


def raw_exchange(address: tuple[str, int], data: bytes, timeout: float = 5.0) -> tuple[int, dict[str, str], bytes]:
    """Send ``data`` as it is on a new connection; the answer's status, headers (lower-case names)
    and body, read until the server closes or the answer is whole."""
    with socket.create_connection(address, timeout=timeout) as sock:
        with contextlib.suppress(OSError):
            sock.sendall(data)
        answer = b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                piece = sock.recv(65536)
            except OSError:
                break
            if not piece:
                break
            answer += piece
            head, _, body = answer.partition(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                ),
                None,
            )
            if length is not None and len(body) >= length:
                break
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines[0].startswith("HTTP/") else 0
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
    return status, headers, body


ESTABLISHED, TIME_WAIT = "01", "06"  # TCP states as /proc/net/tcp writes them


def tcp_sockets() -> list[tuple[int, int, str]]:
    """This machine's IPv4 TCP sockets as (local port, remote port, state). A socket whose side closed
    a connection first stays in TIME_WAIT: the way to tell which end closed it."""
    sockets = []
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote, state = fields[1], fields[2], fields[3]
        sockets.append((int(local.rpartition(":")[2], 16), int(remote.rpartition(":")[2], 16), state))
    return sockets


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
