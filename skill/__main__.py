"""``python -m skill`` (or ``back-pain-check``): serve the skill on HOST:PORT, for local use.

Unlike production, it starts without ``ALEXA_SKILL_ID`` (logging a warning that names it).

In production, serve it with Granian behind a TLS proxy: ``python -m skill.web.serve`` (README, "Deploy it").
"""

import argparse
import logging
import sys
from pathlib import Path

from skill.settings import BadSettings, Settings

EPILOG = """environment: HOST and PORT (default 127.0.0.1 and 5000); ALEXA_SKILL_ID (requests for any
other skill are refused); ASK_SDK_VERIFY_SIGNATURE=false and ASK_SDK_VERIFY_TIMESTAMP=false turn
the request checks off, for trying the endpoint by hand. In production, run Granian behind a TLS
proxy: ALEXA_SKILL_ID=amzn1.ask.skill.... python -m skill.web.serve (README, "Deploy it")."""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        # "back-pain-check" when run as the installed command, "python -m skill" from a checkout
        prog="python -m skill" if Path(sys.argv[0]).name == "__main__.py" else Path(sys.argv[0]).name,
        description="Serve Back Pain Check (POST /alexa, GET /healthz, /privacy, /terms) for local use.",
        epilog=EPILOG,
    )
    parser.parse_args(argv)
    from skill.web.logs import OneLineFormatter

    handler = logging.StreamHandler()
    handler.setFormatter(OneLineFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])  # the request lines too, one line each
    try:
        settings = Settings.from_environ().check(require_skill_id=False)
    except BadSettings as problems:
        sys.exit(f"back-pain-check: cannot start:\n{problems}")
    from skill.web.app import create_app  # after --help: Flask and the skill load only to serve

    create_app(require_skill_id=False, settings=settings).run(host=settings.host, port=settings.port, threaded=True)


if __name__ == "__main__":
    main()
