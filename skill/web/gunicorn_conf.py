"""gunicorn settings for production: ``gunicorn -c python:skill.web.gunicorn_conf "skill.web.app:create_app()"``.

Environment: HOST, PORT (default 127.0.0.1:5000), WEB_CONCURRENCY (worker processes,
default 2), WORKER_CONNECTIONS (open connections per worker, default 1000).

The gevent worker serves each connection in its own greenlet, so a client that sends
its request slowly, or not at all, holds a greenlet and a socket, never a worker: the
others are served meanwhile (tests/test_slow_clients.py measures it). Deadlines close
such connections: the request line and headers must arrive within ``keepalive``
seconds (gunicorn reads them under that timeout in its async workers), and the whole
body within BODY_DEADLINE_SECONDS (``skill.web.app.read_body``). ``worker_connections``
bounds the connections a worker holds; past it, new ones wait in the listen backlog.
"""

import os
from typing import Any

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '5000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gevent"
worker_connections = int(os.environ.get("WORKER_CONNECTIONS", "1000"))
timeout = 30
graceful_timeout = 10
keepalive = 5  # also the deadline for a request's line and headers
backlog = 2048
# Alexa's requests are small; refuse oversized request lines and headers early.
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190
# The access log names the request line and status only: never bodies or headers.
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
loglevel = "info"
# The skill's own log (refusals with their reasons; never request content) to stderr.
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"}},
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {"skill": {"handlers": ["stderr"], "level": "INFO", "propagate": False}},
}
# No runtime control socket (gunicorn 27 opens one in the home folder by default):
# nothing here uses it, and two servers on one machine would share its path.
control_socket_disable = True


def on_starting(server: Any) -> None:
    """Without ALEXA_SKILL_ID (signature checks on) every worker would refuse to start
    (``skill.web.app.create_app``): say so in one line, before any is forked."""
    if not str(getattr(server.app, "app_uri", "")).startswith("skill.web.app:create_app"):
        return  # another app under these settings (tests, the benchmark's floor) decides for itself
    verify = os.environ.get("ASK_SDK_VERIFY_SIGNATURE", "").strip().lower() not in {"false", "0", "no", "off"}
    if verify and not os.environ.get("ALEXA_SKILL_ID", "").strip():
        raise SystemExit(
            "ALEXA_SKILL_ID is not set: set it to the skill's ID (developer console, Build, Endpoint) "
            "so that requests for other skills are refused"
        )
