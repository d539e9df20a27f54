"""gunicorn settings for production: ``gunicorn -c python:skill.web.gunicorn_conf "skill.web.app:create_app()"``.

Environment: HOST, PORT (default 127.0.0.1:5000), WEB_CONCURRENCY (worker processes,
default 2), WORKER_CONNECTIONS (open connections per worker, default 1000).

The gevent worker serves each connection in its own greenlet, so a client that sends
its request slowly, or not at all, holds a greenlet and a socket, never a worker: the
others are served meanwhile (tests/server/test_slow_clients.py measures it). Deadlines close
such connections: the request line and headers must arrive within ``keepalive``
seconds (gunicorn reads them under that timeout in its async workers), and the whole
body within BODY_DEADLINE_SECONDS (``skill.web.endpoint.read_body``). ``worker_connections``
bounds the connections a worker holds; past it, new ones wait in the listen backlog
(so a flood of idle connections delays everyone: expose the service through a proxy in
deploy/, see the README's "Production: exposing the service").

Hooks (gunicorn-specific; the checks themselves are WSGI, in ``skill.web.guard``): the
server refuses to start when the file-descriptor limit cannot hold a worker's
connections; gunicorn's own refusals are JSON; a refusal closes its connection (after
a short linger, so that a client still sending gets the answer); the workers share the
certificate chains they validated (``CERT_CHAIN_DIR``, made per server).
"""

import os
import resource
import shutil
import socket
import sys
import tempfile
import time
from typing import Any

from skill.settings import BadSettings, Settings

DESCRIPTORS_BESIDE_CONNECTIONS = 64  # the listener, logs, pipes, certificate fetches, the worker's own

_settings = Settings.from_environ()  # checked, all problems at once, in on_starting
bind = f"{_settings.host}:{_settings.port}"
workers = _settings.web_concurrency
worker_class = "gevent"
worker_connections = _settings.worker_connections
timeout = 30
graceful_timeout = 10
keepalive = 5  # also the deadline for a request's line and headers
backlog = 2048
# Alexa sends about ten short headers (the longest, Signature-256, is 344 characters for
# RSA-2048); a browser fetching /privacy about twenty. 47 headers of 8,000 bytes (the old
# limits) cost 33 ms to parse; these bound it to about a turn's cost.
limit_request_line = 2048
limit_request_fields = 32
limit_request_field_size = 2048
# The access log names the request line and status only: never bodies or headers.
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
loglevel = "info"
# The skill's own log (refusals with their reasons; never request content) to stderr: one
# line a request at most in all (the access line), two for a refusal (and its reason).
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {
            "class": "skill.web.logs.OneLineFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s: %(message)s",
        }
    },
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}},
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    # The skill's warnings (refusals with their reasons); not its per-turn INFO lines: with the
    # access line above that made two lines a request (about 23 MB a benchmark run).
    "loggers": {"skill": {"handlers": ["stderr"], "level": "WARNING", "propagate": False}},
}
# No runtime control socket (gunicorn 27 opens one in the home folder by default):
# nothing here uses it, and two servers on one machine would share its path.
control_socket_disable = True


def _refuse_bad_settings(server: Any) -> None:
    """With a problem in the settings (among them no ALEXA_SKILL_ID while signatures are checked) every
    worker would refuse to start (``skill.web.app.create_app``): say so, a line a problem, before any is
    forked. Another app under these settings (tests, the benchmark's floor) decides for itself whether it
    needs a skill ID."""
    ours = str(getattr(server.app, "app_uri", "")).startswith("skill.web.app:create_app")
    try:
        Settings.from_environ().check(require_skill_id=ours)
    except BadSettings as problems:
        raise SystemExit(str(problems)) from None


# --- Hooks: gunicorn-specific; the checks themselves are WSGI (skill.web.guard) -----------------


def descriptor_limit_problem(connections: int, soft: int, hard: int) -> tuple[int | None, str | None]:
    """The soft limit to raise to (or None), and why the server cannot start (or None)."""
    needed = connections + DESCRIPTORS_BESIDE_CONNECTIONS
    if soft == resource.RLIM_INFINITY or soft >= needed:
        return None, None
    if hard == resource.RLIM_INFINITY or hard >= needed:
        return needed, None
    return None, (
        f"the file-descriptor limit (ulimit -n) is {hard}, too low for {connections} connections a worker "
        f"(WORKER_CONNECTIONS) and {DESCRIPTORS_BESIDE_CONNECTIONS} more descriptors: raise it to at least "
        f"{needed} or lower WORKER_CONNECTIONS"
    )


def on_starting(server: Any) -> None:
    """Refuse to start without ALEXA_SKILL_ID, or when a worker's descriptors cannot hold its
    connections (a flooded worker would fail on accept, log, or fetch instead); raise the soft
    limit when the hard one allows."""
    _refuse_bad_settings(server)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    raise_to, problem = descriptor_limit_problem(server.cfg.worker_connections, soft, hard)
    if problem is not None:
        print(f"back-pain-check: {problem}", file=sys.stderr, flush=True)
        raise SystemExit(1)
    if raise_to is not None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (raise_to, hard))  # workers inherit it
    if not Settings.from_environ().cert_chain_dir:
        # Workers share the certificate chains they validated (skill.web.verification.ChainStore):
        # one that starts, or restarts, under a flood of chain URLs need not fetch Amazon's.
        os.environ["CERT_CHAIN_DIR"] = _made_chain_dir[0] = tempfile.mkdtemp(prefix="back-pain-check-chains-")


_made_chain_dir = [""]  # by on_starting, in the master: removed on exit


def on_exit(server: Any) -> None:
    if _made_chain_dir[0]:
        shutil.rmtree(_made_chain_dir[0], ignore_errors=True)


def post_worker_init(worker: Any) -> None:
    """gunicorn's own refusals as JSON, and refusals that close their connection (below)."""
    from gunicorn import util  # type: ignore[import-untyped]

    from skill.web.guard import CLOSE_CONNECTION, error_body, refusal_headers

    # gunicorn's own refusals (a bad request line 400, 414, 431, 501...) as ``{"error": reason}``
    # with the security headers, instead of its HTML page: it writes them all through
    # ``gunicorn.util.write_error`` (gunicorn 27: workers/base.py, handle_error).
    def write_json_error(sock: Any, status_int: int, reason: str, mesg: str) -> None:
        body = error_body(reason.lower() if status_int != 500 else "internal error")
        head = "".join(f"{name}: {value}\r\n" for name, value in refusal_headers(body))
        util.write_nonblock(sock, f"HTTP/1.1 {status_int} {reason}\r\n{head}\r\n".encode("latin-1") + body)

    util.write_error = write_json_error

    # gunicorn drops the Connection header an app sends, and after the answer reads and
    # discards the rest of the body. A refusal (skill.web.guard marks them in the environ)
    # closes the connection instead: start_response is the gunicorn Response's own method.
    app = worker.wsgi

    def closing_refusals(environ: dict[str, Any], start_response: Any) -> Any:
        def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            if environ.get(CLOSE_CONNECTION):
                start_response.__self__.force_close()
            return start_response(status, headers, exc_info)

        return app(environ, start)

    worker.wsgi = closing_refusals


LINGER_SECONDS = 1.0
LINGER_BYTES = 1024 * 1024


def post_request(worker: Any, req: Any, environ: dict[str, Any], resp: Any) -> None:
    """After a refusal, close gracefully: say the answer is whole (FIN), then read and discard
    what the client is still sending, as raw bytes (no chunk parsing), for 1 s or 1 MiB at
    most. Closing with unread data makes the kernel send a reset, and a client still sending
    its body would lose the answer (gunicorn's async workers close without lingering)."""
    from skill.web.guard import CLOSE_CONNECTION

    sock = getattr(getattr(req, "unreader", None), "sock", None)
    if not environ.get(CLOSE_CONNECTION) or sock is None:
        return
    try:
        sock.shutdown(socket.SHUT_WR)
        deadline, drained = time.monotonic() + LINGER_SECONDS, 0
        while drained < LINGER_BYTES and (remaining := deadline - time.monotonic()) > 0:
            sock.settimeout(remaining)
            data = sock.recv(65536)
            if not data:
                break
            drained += len(data)
    except OSError:  # the client went (a timeout is an OSError too)
        pass
