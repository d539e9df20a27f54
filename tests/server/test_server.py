"""The endpoint served for real on 127.0.0.1: HTTP from outside, hostile input, gunicorn.

A stand-in for Amazon's certificate host also runs on loopback, so the real fetch code
(timeouts, size cap) is exercised without the internet.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.serving import make_server

from skill.alexa import constants as c
from skill.web import gunicorn_conf
from skill.web.app import MissingSkillId, create_app
from skill.web.verification import RequestVerifier, VerificationError, fetch_https
from tests.support.certs import NOW, LocalCA, body_of, signed_headers, signed_post
from tests.support.conversations import after_age, text
from tests.support.fake_alexa import SKILL_ID, FakeAlexa, envelope, outcome, speech
from tests.support.servers import free_port, request, wait_until_healthy

ROOT = Path(__file__).parents[2]
S3 = "https://s3.amazonaws.com"


class FakeCertificateHost(ThreadingHTTPServer):
    """Serves /echo.api/good.pem, a slow one and an oversized one; counts the fetches."""

    daemon_threads = True

    def __init__(self, chain: bytes) -> None:
        self.chain = chain
        self.hits: Counter[str] = Counter()
        super().__init__(("127.0.0.1", 0), _CertificateHandler)


class _CertificateHandler(BaseHTTPRequestHandler):
    server: FakeCertificateHost

    def do_GET(self) -> None:
        self.server.hits[self.path] += 1
        body = {
            "/echo.api/good.pem": self.server.chain,
            "/echo.api/slow.pem": self.server.chain,
            "/echo.api/huge.pem": b"A" * (200 * 1024),
        }.get(self.path)
        if self.path == "/echo.api/redirect.pem":
            self.send_response(302)
            self.send_header("Location", "/echo.api/good.pem")
            self.end_headers()
            return
        if self.path == "/echo.api/slow.pem":
            time.sleep(5)
        if self.path == "/echo.api/good.pem":
            time.sleep(0.2)  # long enough for concurrent first requests to overlap
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def serve_in_thread(server: Any) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def certificate_host(ca: LocalCA) -> Iterator[FakeCertificateHost]:
    host = FakeCertificateHost(ca.chain())
    serve_in_thread(host)
    yield host
    host.shutdown()
    host.server_close()


@pytest.fixture
def server(ca: LocalCA, certificate_host: FakeCertificateHost) -> Iterator[tuple[str, int]]:
    """The app on a real server on 127.0.0.1; chain URLs on s3.amazonaws.com go to the stand-in."""
    local = f"http://127.0.0.1:{certificate_host.server_address[1]}"

    def fetch(url: str) -> bytes:
        return fetch_https(url.replace(S3, local), timeout=3.0)

    verifier = RequestVerifier([ca.root], fetch, lambda: NOW, fetch_timeout=1.0)
    app = create_app(verifier=verifier, test_config={"ALEXA_SKILL_ID": SKILL_ID})
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    serve_in_thread(httpd)
    yield "127.0.0.1", httpd.server_port
    httpd.shutdown()
    httpd.server_close()


def alexa_over_http(address: tuple[str, int], ca: LocalCA) -> FakeAlexa:
    post = lambda body, headers: request(address, "POST", "/alexa", body, headers)  # noqa: E731
    return FakeAlexa(signed_post(ca, post, S3 + "/echo.api/good.pem"))


def launch_with_chain(address: tuple[str, int], ca: LocalCA, chain_path: str) -> tuple[int, bytes]:
    body = body_of(envelope("launch_request"))
    return request(address, "POST", "/alexa", body, signed_headers(body, ca.signing_key, S3 + chain_path))


def test_a_conversation_over_real_http_reaches_a_verdict(server: tuple[str, int], ca: LocalCA) -> None:
    fake_alexa = alexa_over_http(server, ca)
    welcome = speech(fake_alexa.launch())
    assert welcome.startswith("If this is an emergency, call 911 now.") and welcome.endswith(text("question.age"))
    assert speech(fake_alexa.tell_age(40)) == after_age(40)
    fake_alexa.say(c.YES)  # chest pain in the last three days
    out = fake_alexa.say(c.YES)  # since this time yesterday
    assert outcome(out) == "emergency"


def test_a_slow_certificate_host_is_refused_within_seconds_and_the_server_keeps_serving(
    server: tuple[str, int], ca: LocalCA
) -> None:
    results: list[tuple[int, float]] = []

    def slow() -> None:
        started = time.monotonic()
        status, _ = launch_with_chain(server, ca, "/echo.api/slow.pem")
        results.append((status, time.monotonic() - started))

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.2)
    assert request(server, "GET", "/healthz")[0] == 200  # not held up meanwhile
    thread.join(10)
    [(status, took)] = results
    assert status == 400 and took < 3


def test_an_oversized_certificate_chain_is_refused(server: tuple[str, int], ca: LocalCA) -> None:
    status, body = launch_with_chain(server, ca, "/echo.api/huge.pem")
    assert status == 400 and b"larger than" in body


def test_an_unreachable_certificate_host_is_refused(server: tuple[str, int], ca: LocalCA) -> None:
    status, body = launch_with_chain(server, ca, "/echo.api/missing.pem")
    assert status == 400 and b"could not fetch" in body


def test_concurrent_first_requests_fetch_the_chain_once(
    server: tuple[str, int], ca: LocalCA, certificate_host: FakeCertificateHost
) -> None:
    statuses: list[int] = []
    threads = [
        threading.Thread(target=lambda: statuses.append(launch_with_chain(server, ca, "/echo.api/good.pem")[0]))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert statuses == [200] * 8
    assert certificate_host.hits["/echo.api/good.pem"] == 1


header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=80)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()),
    signature=st.none() | header_text,
    chain_url=st.none() | header_text | st.just(S3 + "/echo.api/good.pem"),
    content_type=st.sampled_from(["application/json", "text/plain", "", "application/x-www-form-urlencoded"]),
)
def test_fuzzed_requests_get_only_200_or_4xx_and_the_server_stays_up(
    server: tuple[str, int], body: bytes, signature: str | None, chain_url: str | None, content_type: str
) -> None:
    headers = {"Content-Type": content_type}
    if signature is not None:
        headers["Signature-256"] = signature
    if chain_url is not None:
        headers["SignatureCertChainUrl"] = chain_url
    status, _ = request(server, "POST", "/alexa", body, headers)
    assert status == 200 or 400 <= status < 500
    assert request(server, "GET", "/healthz")[0] == 200


MANGLE_PATHS = [
    ("session",),
    ("request",),
    ("context",),
    ("version",),
    ("session", "new"),
    ("session", "attributes"),
    ("session", "attributes", "answers"),
    ("session", "attributes", "phase"),
    ("session", "attributes", "explained"),
    ("request", "type"),
    ("request", "locale"),
    ("request", "intent"),
    ("request", "intent", "name"),
    ("context", "System"),
    ("context", "System", "application"),
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(MANGLE_PATHS), value=json_values)
def test_validly_signed_but_mangled_envelopes_get_only_200_or_4xx(
    server: tuple[str, int], ca: LocalCA, path: tuple[str, ...], value: Any
) -> None:
    env = envelope("intent_request", intent=c.YES, attributes={"v": 1, "phase": "checking", "answers": []})
    env["request"]["timestamp"] = NOW.strftime("%Y-%m-%dT%H:%M:%SZ")
    target = env
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    body = json.dumps(env).encode()
    status, _ = request(server, "POST", "/alexa", body, signed_headers(body, ca.signing_key, S3 + "/echo.api/good.pem"))
    assert status == 200 or 400 <= status < 500, (path, value, status)


def test_gunicorn_serves_the_app_with_the_production_config() -> None:
    port = free_port()
    env = {**os.environ, "PORT": str(port), "ASK_SDK_VERIFY_SIGNATURE": "false", "ASK_SDK_VERIFY_TIMESTAMP": "false"}
    gunicorn = Path(sys.executable).parent / "gunicorn"
    process = subprocess.Popen(
        [str(gunicorn), "-c", "python:skill.web.gunicorn_conf", "skill.web.app:create_app()"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    address = ("127.0.0.1", port)
    try:
        wait_until_healthy(address, process)
        status, body = request(address, "POST", "/alexa", body_of(envelope("launch_request")))
        assert status == 200 and b"Back Pain Check asks up to" in body
        assert request(address, "GET", "/alexa")[0] == 405
        assert request(address, "POST", "/alexa", b"x" * (2 * 1024 * 1024))[0] == 413
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0].decode()
    assert "verification is OFF" in output
    assert "refused request (405): Method Not Allowed" in output  # the skill's log
    assert '"GET /alexa HTTP/1.1" 405' in output  # gunicorn's access log
    assert "Welcome" not in output and '"request"' not in output  # no bodies in the log


def test_a_flood_of_unsigned_requests_with_url_variants_fetches_once_per_canonical_url_and_evicts_nothing(
    server: tuple[str, int], ca: LocalCA, certificate_host: FakeCertificateHost
) -> None:
    good = S3 + "/echo.api/good.pem"
    assert launch_with_chain(server, ca, "/echo.api/good.pem")[0] == 200  # a good chain, cached
    body = body_of(envelope("launch_request"))
    forged = base64.b64encode(os.urandom(256)).decode()
    variants = [
        lambda n: f"{good}#{n}",
        lambda n: f"{good}?x={n}",
        lambda n: "https://S3.AMAZONAWS.COM:443/echo.api/good.pem",
        lambda n: "https://s3.amazonaws.com/echo.api/../echo.api/good.pem",
        lambda n: f"https://evil{n}.com@s3.amazonaws.com/echo.api/good.pem",
        lambda n: f"https://s3.amazonaws.com/echo.api/%2e%2e/flood-{n}.pem",
        lambda n: "https://s3.amazonaws.com:0443/echo.api/good.pem",
        lambda n: f"{S3}/echo.api/flood-{n % 50}.pem",  # 50 canonical URLs the host does not have
    ]
    statuses: Counter[int] = Counter()
    lock = threading.Lock()

    def flood(worker: int) -> None:
        connection = http.client.HTTPConnection(*server, timeout=10)
        try:
            for n in range(worker, 1000, 8):
                headers = {"SignatureCertChainUrl": variants[n % len(variants)](n), "Signature-256": forged}
                connection.request("POST", "/alexa", body=body, headers=headers)
                response = connection.getresponse()
                response.read()
                with lock:
                    statuses[response.status] += 1
        finally:
            connection.close()

    threads = [threading.Thread(target=flood, args=(worker,)) for worker in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sum(statuses.values()) == 1000 and set(statuses) == {400}
    assert certificate_host.hits["/echo.api/good.pem"] == 1, "the good chain was never fetched again"
    flood_hits = {path: hits for path, hits in certificate_host.hits.items() if "flood" in path}
    assert flood_hits and max(flood_hits.values()) == 1, "at most one fetch per canonical URL"
    assert launch_with_chain(server, ca, "/echo.api/good.pem")[0] == 200
    assert certificate_host.hits["/echo.api/good.pem"] == 1


def test_the_certificate_fetch_follows_no_redirect_and_no_proxy_from_the_environment(
    certificate_host: FakeCertificateHost, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = f"http://127.0.0.1:{certificate_host.server_address[1]}"
    with pytest.raises(VerificationError, match="HTTP 302"):
        fetch_https(local + "/echo.api/redirect.pem")
    assert certificate_host.hits["/echo.api/good.pem"] == 0
    for variable in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        monkeypatch.setenv(variable, "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert fetch_https(local + "/echo.api/good.pem").startswith(b"-----BEGIN CERTIFICATE-----")


def test_python_m_skill_serves_locally_without_a_skill_id_and_says_which_variable_to_set() -> None:
    """The README's first command: the skill on 127.0.0.1 for local use."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "ALEXA_SKILL_ID"}
    env |= {"PORT": str(port)}
    env.pop("ASK_SDK_VERIFY_SIGNATURE", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "skill"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    address = ("127.0.0.1", port)
    try:
        wait_until_healthy(address, process)
        assert request(address, "GET", "/privacy")[0] == 200
        status, body = request(address, "POST", "/alexa", body_of(envelope("launch_request")))
        assert status == 400 and b"missing header SignatureCertChainUrl" in body  # signature checks stay on
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0].decode()
    assert "ALEXA_SKILL_ID is not set" in output


def test_gunicorn_without_alexa_skill_id_stops_with_one_line_that_names_it() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ALEXA_SKILL_ID", "ASK_SDK_"))}
    gunicorn = Path(sys.executable).parent / "gunicorn"
    result = subprocess.run(
        [str(gunicorn), "-c", "python:skill.web.gunicorn_conf", "skill.web.app:create_app()"],
        cwd=ROOT,
        env=env | {"PORT": str(free_port())},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    said = [line for line in result.stderr.splitlines() if "[INFO]" not in line]
    assert said == [
        "ALEXA_SKILL_ID is not set: set it to the skill's ID (developer console, Build, Endpoint) "
        "so that requests for other skills are refused"
    ]


@pytest.mark.parametrize(
    "environment",
    [
        {},
        {"ALEXA_SKILL_ID": "amzn1.ask.skill.x"},
        {"ALEXA_SKILL_ID": "  "},
        {"ASK_SDK_VERIFY_SIGNATURE": "false"},
        {"ASK_SDK_VERIFY_SIGNATURE": "OFF"},
        {"ASK_SDK_VERIFY_SIGNATURE": "0"},
        {"ASK_SDK_VERIFY_SIGNATURE": "true"},
        {"ASK_SDK_VERIFY_SIGNATURE": ""},
    ],
)
def test_gunicorns_start_check_refuses_exactly_when_the_app_would(
    environment: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("ALEXA_SKILL_ID", "ASK_SDK_VERIFY_SIGNATURE", "CERT_CHAIN_DIR"):  # on_starting may set the last
        monkeypatch.delenv(name, raising=False)

    def server(app_uri: str) -> SimpleNamespace:  # what on_starting reads of gunicorn's arbiter
        return SimpleNamespace(app=SimpleNamespace(app_uri=app_uri), cfg=SimpleNamespace(worker_connections=1000))

    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    try:
        create_app()
    except MissingSkillId:
        app_refuses = True
    else:
        app_refuses = False
    try:
        gunicorn_conf.on_starting(server("skill.web.app:create_app()"))
    except SystemExit:
        gunicorn_refuses = True
    else:
        gunicorn_refuses = False
    assert gunicorn_refuses == app_refuses
    gunicorn_conf.on_starting(server("tests.support.apps:local_ca_app()"))
