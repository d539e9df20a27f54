"""``python -m skill`` (or ``back-pain-check``): serve the skill on HOST:PORT, for local use.

Unlike production, it starts without ``ALEXA_SKILL_ID`` (logging a warning that names it).

In production, serve it with gunicorn: ``gunicorn -c python:skill.web.gunicorn_conf "skill.web.app:create_app()"``.
"""

import argparse
import logging
import os

from skill.web.app import create_app
from skill.web.logs import OneLineFormatter

EPILOG = """environment: HOST and PORT (default 127.0.0.1 and 5000); ALEXA_SKILL_ID (requests for any
other skill are refused); ASK_SDK_VERIFY_SIGNATURE=false and ASK_SDK_VERIFY_TIMESTAMP=false turn
the request checks off, for trying the endpoint by hand. In production, run gunicorn:
gunicorn -c python:skill.web.gunicorn_conf "skill.web.app:create_app()" """


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Serve Back Pain Check (POST /alexa, GET /healthz, /privacy, /terms) for local use.",
        epilog=EPILOG,
    )
    parser.parse_args(argv)
    handler = logging.StreamHandler()
    handler.setFormatter(OneLineFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])  # the request lines too, one line each
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "5000"))
    create_app(require_skill_id=False).run(host=host, port=port, threaded=True)


if __name__ == "__main__":
    main()
