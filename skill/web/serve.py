"""The production server behind the TLS proxy: Granian (Rust HTTP, WSGI) serving ``create_app()``.

    ALEXA_SKILL_ID=amzn1.ask.skill.... .venv/bin/python -m skill.web.serve

Environment: HOST, PORT (default 127.0.0.1:5000), WEB_CONCURRENCY (worker processes,
default 2), WORKER_CONNECTIONS (requests a worker takes at once, default 1000; the rest
wait), BLOCKING_THREADS (Python threads a worker runs the app in, default 3: the app never
waits on anything but a certificate fetch, and at most ``FETCH_WAITERS`` (2) requests wait on
fetches of chains other than Alexa's at once, so one thread is always free for a request whose
chain is cached; the waiting threads hold no GIL).

Granian reads requests in Rust: an idle or slow connection holds a small task, never a
Python thread. It is the default behind nginx or Caddy (deploy/), which hold slow
clients, buffer bodies and refuse malformed requests as JSON themselves; exposed with no
proxy, use gunicorn with its gevent worker (``skill.web.gunicorn_conf``), whose body
deadline, JSON refusals for malformed requests and linger are tested exposed
(docs/design.md, "Serving", measures both).

The same start-up checks as gunicorn's config (``skill.web.gunicorn_conf``): no start
without ALEXA_SKILL_ID while signatures are checked, nor when the descriptor limit cannot
hold a worker's connections; the workers share the certificate chains they validated
(``CERT_CHAIN_DIR``, made here per server).

Logging: one line a request at most, and that is the proxy's access line (nginx writes
it in C, off the Python path; measured, Granian's own access line cost about 15 % of
throughput). Here only the skill's warnings (refusals, with reasons that quote no input)
and the server's start and stop; ACCESS_LOG=1 adds Granian's access line (request line,
status, time: never bodies or headers) where no proxy logs. Every line has its control
characters escaped (``skill.web.logs``): a percent-encoded CR or LF in a path cannot forge one.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
from typing import Any

from skill.settings import BadSettings, Settings
from skill.web.gunicorn_conf import descriptor_limit_problem
from skill.web.verification import FETCH_WAITERS

APP = "skill.web.app:create_app"
# The request line and headers, as gunicorn_conf's keepalive and nginx's client_header_timeout.
# Granian's HTTP/1 (hyper) starts this deadline as soon as a kept-alive connection waits for its
# next request, so it is also how long an idle connection stays open: the proxies in deploy/ close
# their idle upstream connections sooner (4 s), or they could send a request on one being closed.
HEADER_DEADLINE_MS = 5000
ACCESS_LOG_FORMAT = '%(addr)s "%(method)s %(path)s %(protocol)s" %(status)d %(dt_ms).1fms'
LOG_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        # One line an event: control characters from a request (a decoded path) are escaped.
        "plain": {
            "class": "skill.web.logs.OneLineFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s: %(message)s",
        },
        "access": {"class": "skill.web.logs.OneLineFormatter", "format": "%(message)s"},
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"},
        "access": {"class": "logging.StreamHandler", "formatter": "access", "stream": "ext://sys.stdout"},
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        "_granian": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "granian.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
        # The skill's warnings (refusals); its per-turn INFO lines stay out of production logs.
        "skill": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
    },
}


def server(target: str = APP, factory: bool = True, settings: Settings | None = None) -> Any:
    """The configured Granian server for ``target`` (tests and the benchmark pass their own app);
    SystemExit, saying why, when it must not start."""
    from granian import Granian
    from granian.constants import HTTPModes, Interfaces
    from granian.http import HTTP1Settings

    try:  # another app (tests, the benchmark's floor) decides for itself whether it needs a skill ID
        settings = (settings or Settings.from_environ()).check(require_skill_id=target == APP)
    except BadSettings as problems:
        raise SystemExit(str(problems)) from None
    connections = settings.worker_connections
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    raise_to, problem = descriptor_limit_problem(connections, soft, hard)
    if problem is not None:
        raise SystemExit(f"back-pain-check: {problem}")
    if raise_to is not None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (raise_to, hard))  # workers inherit it
    return Granian(
        target,
        factory=factory,
        interface=Interfaces.WSGI,
        address=settings.host,
        port=settings.port,
        workers=settings.web_concurrency,
        blocking_threads=settings.blocking_threads or 1 + FETCH_WAITERS,
        backlog=2048,
        backpressure=connections,
        http=HTTPModes.http1,
        websockets=False,
        http1_settings=HTTP1Settings(header_read_timeout=HEADER_DEADLINE_MS, keep_alive=True),
        log_dictconfig=LOG_CONFIG,
        log_access=settings.access_log,
        log_access_format=ACCESS_LOG_FORMAT,
        workers_kill_timeout=10,
    )


def main(argv: list[str] | None = None) -> int:
    """``python -m skill.web.serve [module:factory()]``: the skill, or another app (tests, the benchmark)."""
    parser = argparse.ArgumentParser(
        prog="python -m skill.web.serve",
        description="Serve Back Pain Check in production with Granian, behind a TLS proxy (deploy/nginx.conf or "
        "deploy/Caddyfile).",
        epilog="environment: ALEXA_SKILL_ID (required while signatures are checked), HOST and PORT (default "
        "127.0.0.1 and 5000), WEB_CONCURRENCY, WORKER_CONNECTIONS, BLOCKING_THREADS, ACCESS_LOG: the README's "
        "Configuration table.",
    )
    parser.add_argument("target", nargs="?", default=APP + "()", help="the WSGI app (default: %(default)s)")
    target = parser.parse_args(sys.argv[1:] if argv is None else argv).target
    factory = target.endswith("()")
    made = ""
    if not Settings.from_environ().cert_chain_dir:
        # The workers share the chains they validated (skill.web.verification.ChainStore).
        os.environ["CERT_CHAIN_DIR"] = made = tempfile.mkdtemp(prefix="back-pain-check-chains-")
    try:
        server(target.removesuffix("()"), factory).serve()
    finally:
        if made:
            shutil.rmtree(made, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
