"""gunicorn settings for production: ``gunicorn -c python:skill.gunicorn_conf "skill.app:create_app()"``.

Environment: HOST, PORT (default 127.0.0.1:5000), WEB_CONCURRENCY (worker processes,
default 2), THREADS (threads per worker, default 4). Threads keep a worker serving while
one request waits on a certificate fetch (that wait is capped at a few seconds).
"""

import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '5000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
worker_class = "gthread"
threads = int(os.environ.get("THREADS", "4"))
timeout = 30
graceful_timeout = 10
keepalive = 5
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
