"""gunicorn with the production config, exposed directly on 127.0.0.1, as the second red team
attacked it (issue 23): what a request costs the worker before any check, what bodies held
open cost its memory, how the server itself refuses, and whether it starts at all when the
file-descriptor limit cannot hold its connections.

One worker, so its CPU time (the scheduler's, in nanoseconds) and memory can be read from
/proc. Every loop is bounded in count and time.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from skill.web.app import MAX_BODY_BYTES
from tests.support.certs import LocalCA, write_ca
from tests.support.servers import (
    ROOT,
    children,
    cpu_seconds,
    free_port,
    gunicorn_command,
    gunicorn_server,
    raw_exchange,
    request,
    rss_bytes,
)
from tests.support.turns import signed_turn

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


class Exposed:
    def __init__(self, address: tuple[str, int], master: int, ca: LocalCA) -> None:
        self.address, self.master, self.ca = address, master, ca

    @property
    def workers(self) -> list[int]:
        return children(self.master)

    def cpu(self) -> float:
        return cpu_seconds(self.workers)


@pytest.fixture(scope="module")
def exposed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exposed]:
    folder = tmp_path_factory.mktemp("exposed")
    ca = LocalCA()
    write_ca(ca, folder / "ca")
    env = {"LOCAL_CA_DIR": str(folder / "ca"), "WEB_CONCURRENCY": "1"}
    with gunicorn_server("tests.support.apps:local_ca_app()", env, folder / "gunicorn.log") as (address, master):
        yield Exposed(address, master, ca)


def worker_cost(server: Exposed, send: bytes, times: int = 1) -> tuple[float, int]:
    """The worker's CPU time for ``times`` exchanges of ``send`` (each on a new connection), and the last status."""
    before = server.cpu()
    status = 0
    for _ in range(times):
        status = raw_exchange(server.address, send, timeout=20)[0]
    time.sleep(0.1)  # let the worker finish with the connection
    return (server.cpu() - before) / times, status


# --- 1. Chunked bodies pin the workers before any check --------------------------------------


def chunked(body: bytes, chunk: int) -> bytes:
    head = b"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
    pieces = (body[i : i + chunk] for i in range(0, len(body), chunk))
    return head + b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"


def with_length(body: bytes) -> bytes:
    head = f"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def test_a_body_in_one_byte_chunks_costs_no_more_than_its_content_length_twin(exposed: Exposed) -> None:
    body = b" " * (MAX_BODY_BYTES - 1)
    twin, twin_status = worker_cost(exposed, with_length(body), times=3)
    cost, status = worker_cost(exposed, chunked(body, 1))
    assert twin_status == 400  # read whole, then refused: no signature
    assert status == 411, status  # Alexa always sends Content-Length
    assert cost < 2 * twin + 0.005, (cost, twin)


def test_a_chunked_request_is_refused_with_json_and_the_connection_closed(exposed: Exposed) -> None:
    status, headers, body = raw_exchange(exposed.address, chunked(b'{"version": "1.0"}', 4))
    assert status == 411 and json.loads(body) == {"error": "a body must come with Content-Length (not chunked)"}
    assert headers["connection"] == "close"


# --- 4. Unauthenticated memory ------------------------------------------------------------


def test_bodies_held_open_cost_bounded_memory_and_the_excess_is_refused_at_once(exposed: Exposed) -> None:
    held, refused = [], 0
    head = f"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Length: {MAX_BODY_BYTES}\r\n\r\n".encode()
    before = rss_bytes(exposed.workers)
    try:
        for _ in range(64):
            sock = socket.create_connection(exposed.address, timeout=5)
            sock.sendall(head + b" " * (MAX_BODY_BYTES - 1))
            held.append(sock)
        time.sleep(0.5)
        grown = rss_bytes(exposed.workers) - before
        for sock in held:
            sock.settimeout(0.05)
            with contextlib.suppress(OSError):
                answer = sock.recv(4096)
                refused += answer.startswith(b"HTTP/1.1 429")
    finally:
        for sock in held:
            sock.close()
    assert grown < 10 * 1024 * 1024, grown / 2**20
    assert refused >= 32, refused
    body, headers = signed_turn(exposed.ca)
    assert request(exposed.address, "POST", "/alexa", body, headers)[0] == 200


# --- 8. Contract and headers: the server's own refusals ------------------------------------

MANY_HEADERS = b"".join(b"X-Pad-%d: %s\r\n" % (n, b"a" * 7990) for n in range(47))


@pytest.mark.parametrize(
    ("sent", "status"),
    [
        (b"GARBAGE\r\n\r\n", 400),
        (b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + MANY_HEADERS + b"\r\n", 431),
        (b"POST /alexa HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 400),  # gunicorn refuses it itself
        (b"OPTIONS /alexa HTTP/1.1\r\nHost: x\r\n\r\n", 405),
        (b"GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n", 404),
    ],
    ids=["request-line", "uri-too-long", "headers-too-large", "transfer-coding", "options", "not-found"],
)
def test_every_refusal_including_the_servers_own_is_json_with_the_security_headers(
    exposed: Exposed, sent: bytes, status: int
) -> None:
    got, headers, body = raw_exchange(exposed.address, sent)
    assert got == status, (got, body[:200])
    assert headers["content-type"] == "application/json", headers
    assert isinstance(json.loads(body)["error"], str)
    for name, value in SECURITY_HEADERS.items():
        assert headers.get(name) == value, (name, headers)
    if status == 405:
        assert headers["allow"] == "POST"


def test_oversized_headers_cost_no_more_than_a_turn(exposed: Exposed) -> None:
    body, headers = signed_turn(exposed.ca)
    turn = "".join(f"{name}: {value}\r\n" for name, value in headers.items())
    signed = f"POST /alexa HTTP/1.1\r\nHost: x\r\nContent-Length: {len(body)}\r\n{turn}\r\n".encode() + body
    normal, normal_status = worker_cost(exposed, signed, times=10)
    flood, flood_status = worker_cost(exposed, b"POST /alexa HTTP/1.1\r\nHost: x\r\n" + MANY_HEADERS + b"\r\n", 10)
    assert normal_status == 200 and flood_status == 431
    assert flood < 2 * normal, (flood, normal)


# --- 3. Connection ceiling: the file-descriptor limit -------------------------------------


def test_the_server_refuses_to_start_when_the_descriptor_limit_cannot_hold_its_connections(tmp_path: Path) -> None:
    def low_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, 256))

    env = {**os.environ, "PORT": str(free_port()), "PYTHONPATH": str(ROOT), "WORKER_CONNECTIONS": "1000"}
    env |= {"ASK_SDK_VERIFY_SIGNATURE": "false", "ASK_SDK_VERIFY_TIMESTAMP": "false"}
    result = subprocess.run(
        gunicorn_command("skill.web.app:create_app()"),
        cwd=ROOT,
        env=env,
        preexec_fn=low_limit,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    [line] = [line for line in result.stderr.splitlines() if "descriptor" in line]
    assert "256" in line and "1000" in line and "WORKER_CONNECTIONS" in line, result.stderr


def test_the_server_raises_its_own_soft_limit_and_gives_its_workers_a_chain_store(tmp_path: Path) -> None:
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 1100:
        pytest.skip(f"the hard limit here ({hard}) is too low to try")

    def low_soft_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))

    port = free_port()
    env = {**os.environ, "PORT": str(port), "PYTHONPATH": str(ROOT), "WORKER_CONNECTIONS": "1000"}
    env |= {"ASK_SDK_VERIFY_SIGNATURE": "false", "ASK_SDK_VERIFY_TIMESTAMP": "false"}
    env.pop("CERT_CHAIN_DIR", None)
    stores_before = set(Path(tempfile.gettempdir()).glob("back-pain-check-chains-*"))
    with (tmp_path / "log").open("wb") as log:
        process = subprocess.Popen(
            gunicorn_command("skill.web.app:create_app()"),
            cwd=ROOT,
            env=env,
            preexec_fn=low_soft_limit,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and process.poll() is None:
                with contextlib.suppress(OSError):
                    if request(("127.0.0.1", port), "GET", "/healthz")[0] == 200:
                        break
                time.sleep(0.2)
            assert process.poll() is None, (tmp_path / "log").read_text()
            [worker] = children(process.pid)[:1]
            limit = next(
                line for line in Path(f"/proc/{worker}/limits").read_text().splitlines() if "open files" in line
            )
            assert int(limit.split()[3]) >= 1000
            # A folder for the workers to share the chains they validate (CERT_CHAIN_DIR).
            [chains] = set(Path(tempfile.gettempdir()).glob("back-pain-check-chains-*")) - stores_before
            assert chains.is_dir()
        finally:
            process.terminate()
            process.wait(timeout=30)
    assert not chains.exists(), "removed when the server stops"
