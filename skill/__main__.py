"""``python -m skill``: serve the skill on HOST:PORT (default 127.0.0.1:5000), for local use.

Unlike production, it starts without ``ALEXA_SKILL_ID`` (logging a warning that names it).

In production, serve it with gunicorn: ``gunicorn -c python:skill.web.gunicorn_conf "skill.web.app:create_app()"``.
"""

import logging
import os

from skill.web.app import create_app


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    host = os.environ.get("HOST", "127.0.0.1")
    port = int(os.environ.get("PORT", "5000"))
    create_app(require_skill_id=False).run(host=host, port=port, threaded=True)


if __name__ == "__main__":
    main()
