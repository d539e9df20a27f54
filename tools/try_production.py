"""``python -m tools.try_production``: the production server, tried on this machine.

Runs the skill as production does (Granian, ``python -m skill.web.serve``) behind the shipped
deploy/nginx.conf, both on 127.0.0.1, with a throwaway self-signed certificate; prints the URL and
a request to send; stops both cleanly on Ctrl-C (or after ``--seconds``) and removes what it made.

The request checks are off (``ASK_SDK_VERIFY_SIGNATURE=false``, ``ASK_SDK_VERIFY_TIMESTAMP=false``: a
loud warning in the log), so a fixture can be sent by hand; the skill ID is the fixtures' own. Needs
nginx (``apt-get install nginx``); the config is deploy/nginx.conf with only the port, the upstream
and the certificate changed (``tools.loopback``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from types import FrameType

from tools.loopback import ROOT, free_port, nginx_config, self_signed, wait_until

FIXTURE = ROOT / "tests" / "fixtures" / "launch_request.json"


def fixture_skill_id() -> str:
    """The skill ID the fixtures are addressed to (the server refuses any other)."""
    envelope = json.loads(FIXTURE.read_text(encoding="utf-8"))
    skill_id: str = envelope["context"]["System"]["application"]["applicationId"]
    return skill_id


def healthy(url: str, seconds: float, processes: list[subprocess.Popen[bytes]]) -> None:
    """Wait until ``url`` answers /healthz through nginx (RuntimeError if a process exits or time runs out)."""
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE  # the throwaway certificate

    def answers() -> bool:
        with urllib.request.urlopen(f"{url}/healthz", timeout=1, context=context) as response:
            return bool(response.status == 200)

    wait_until(answers, seconds, f"{url}/healthz", lambda: all(process.poll() is None for process in processes))


@contextmanager
def started(command: list[str], env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """``command`` running; on leaving, stopped with SIGTERM (then killed after 20 s) and waited for."""
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@contextmanager
def production(folder: Path) -> Iterator[str]:
    """Granian and nginx running on loopback, files in ``folder``; yields the HTTPS base URL."""
    upstream, port = free_port(), free_port()
    config = nginx_config(folder / "nginx", port, upstream, self_signed(folder / "certificate"))
    env = {
        "PATH": str(Path(sys.executable).parent) + ":/usr/sbin:/usr/bin:/bin",
        "HOME": str(folder),
        "PORT": str(upstream),
        "ALEXA_SKILL_ID": fixture_skill_id(),
        "ASK_SDK_VERIFY_SIGNATURE": "false",
        "ASK_SDK_VERIFY_TIMESTAMP": "false",
    }
    url = f"https://127.0.0.1:{port}"
    with ExitStack() as stack:
        server = stack.enter_context(started([sys.executable, "-m", "skill.web.serve"], env))
        nginx = stack.enter_context(started(["nginx", "-c", str(config), "-p", str(config.parent)]))
        healthy(url, 60, [server, nginx])
        yield url


def instructions(url: str) -> str:
    fixture = FIXTURE.relative_to(ROOT)
    return (
        f"Back Pain Check is served by Granian behind deploy/nginx.conf at {url}\n"
        f"(a throwaway certificate: curl's -k; request checks off, for trying by hand). Send a launch:\n\n"
        f"  curl -k {url}/alexa -H 'Content-Type: application/json' --data-binary @{fixture}\n\n"
        f"  curl -k {url}/healthz    # and {url}/privacy, {url}/terms\n\n"
        "Ctrl-C stops both servers."
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.try_production", description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, help="stop by itself after this many seconds (default: on Ctrl-C)")
    args = parser.parse_args(argv)
    if shutil.which("nginx") is None:
        print("nginx is not installed: apt-get install nginx (Debian), then run this again", file=sys.stderr)
        return 2

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    with tempfile.TemporaryDirectory(prefix="back-pain-check-try-") as folder:
        try:
            with production(Path(folder)) as url:
                print(instructions(url), flush=True)
                time.sleep(args.seconds) if args.seconds is not None else signal.pause()
        except KeyboardInterrupt:
            pass
        except RuntimeError as problem:
            print(f"try_production: {problem}", file=sys.stderr)
            return 1
    print("stopped: Granian and nginx are down, their files removed", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
