"""The server we ship under slow clients: gunicorn with skill/web/gunicorn_conf.py on 127.0.0.1.

256 connections that send part of a request line and headers and then nothing, and 64
that send their headers and then trickle the body a byte at a time, stay open while
/healthz and a signed turn are timed. Then the deadlines close them. (With gunicorn's
gthread worker, the first version's, the same test times out: run it with
GUNICORN_CMD_ARGS="--worker-class gthread --threads 4" to see.)
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from tests.support.certs import LocalCA, write_ca
from tests.support.servers import SlowClients, closed_by_server, gunicorn, request, timed
from tests.support.turns import signed_turn

IDLE, TRICKLING = 256, 64
BODY_DEADLINE = 4.0
HEADER_DEADLINE = 5.0  # gunicorn_conf's keepalive


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[tuple[str, int], LocalCA]]:
    ca = LocalCA()
    folder = tmp_path_factory.mktemp("ca")
    write_ca(ca, folder)
    env = {"LOCAL_CA_DIR": str(folder), "BODY_DEADLINE_SECONDS": str(BODY_DEADLINE)}
    with gunicorn("tests.support.apps:local_ca_app()", env, folder / "gunicorn.log") as address:
        yield address, ca


def test_idle_and_trickling_connections_do_not_starve_the_server_and_are_closed_by_deadlines(
    server: tuple[tuple[str, int], LocalCA],
) -> None:
    address, ca = server
    slow = SlowClients(address, IDLE, TRICKLING)
    try:
        time.sleep(0.3)
        body, headers = signed_turn(ca)
        results = []
        for _ in range(5):
            results.append(timed(lambda: request(address, "GET", "/healthz")))
            results.append(timed(lambda: request(address, "POST", "/alexa", body, headers)))
        assert {status for _, status in results} == {200}
        assert max(took for took, _ in results) < 1.0, results
        assert not any(closed_by_server(sock) for sock in slow.idle[:16]), "still open while measured"

        time.sleep(max(HEADER_DEADLINE, BODY_DEADLINE) + 2)
        assert slow.all_closed(), "the header and body deadlines close them"
        assert request(address, "GET", "/healthz")[0] == 200
    finally:
        slow.close()


def test_a_body_trickled_past_its_deadline_is_answered_408(server: tuple[tuple[str, int], LocalCA]) -> None:
    address, _ = server
    sock = socket.create_connection(address, timeout=10)
    try:
        sock.sendall(b"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        started = time.monotonic()
        answer = b""
        while time.monotonic() - started < BODY_DEADLINE + 3 and not answer:
            try:
                sock.send(b" ")
            except OSError:
                break
            sock.settimeout(0.5)
            try:
                answer = sock.recv(4096)
            except TimeoutError:
                continue
        assert answer.startswith(b"HTTP/1.1 408"), answer[:80]
        assert BODY_DEADLINE - 0.5 < time.monotonic() - started < BODY_DEADLINE + 2
    finally:
        sock.close()


def test_a_chunked_body_is_refused_with_411_as_soon_as_its_headers_arrive(
    server: tuple[tuple[str, int], LocalCA],
) -> None:
    address, _ = server
    sock = socket.create_connection(address, timeout=10)
    try:
        sock.sendall(b"POST /alexa HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
        answer = sock.recv(4096)  # no body sent: the answer does not wait for one
        assert answer.startswith(b"HTTP/1.1 411"), answer[:80]
        assert b"Connection: close" in answer
    finally:
        sock.close()
