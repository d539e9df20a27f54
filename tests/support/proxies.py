"""The proxies in deploy/ running for real on loopback: nginx (over TLS, with a certificate made
here, inside the main-config lines of deploy/nginx-main.conf) and Caddy (over plain HTTP), each
in front of a service the caller started, and stopped on leaving."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import socket
import ssl
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.certs import NOW
from tests.support.servers import free_port, wait_until_healthy
from tools import loopback

ROOT = Path(__file__).parents[2]
DEPLOY = ROOT / "deploy"
# Debian's stock /etc/nginx/nginx.conf, the main config round four's red team attacked.
STOCK_MAIN = "worker_processes auto;\nevents {\n    worker_connections 768;\n}\n"


def need(tool: str) -> None:
    """Skip, saying why, when the Debian package is not installed."""
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install {tool}; .ci/run does)")


def self_signed(folder: Path) -> tuple[Path, Path]:
    return loopback.self_signed(folder, NOW)


def nginx_config(folder: Path, port: int, upstream: int, main_lines: str | None = None) -> Path:
    """deploy/nginx.conf with this machine's port, upstream and certificate, inside a main config
    holding deploy/nginx-main.conf's lines (or ``main_lines``)."""
    return loopback.nginx_config(folder, port, upstream, self_signed(folder), main_lines=main_lines)


@contextlib.contextmanager
def running(
    command: list[str], address: tuple[str, int], ready: Callable[..., None], env: dict[str, str] | None = None
) -> Iterator[tuple[str, int]]:
    """``command`` (a proxy serving ``address``) started, waited for with ``ready``, and stopped on leaving."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        ready(address, process)
        yield address
    finally:
        process.terminate()
        process.wait(timeout=30)


def nginx_in_front(
    folder: Path, upstream: tuple[str, int], upstream_up: bool = True, main_lines: str | None = None
) -> contextlib.AbstractContextManager[tuple[str, int]]:
    """deploy/nginx.conf running in front of ``upstream``; with ``upstream_up`` false, waited for
    until it takes connections rather than until the service answers through it."""
    port = free_port()
    config = nginx_config(folder, port, upstream[1], main_lines)
    ready = functools.partial(wait_until_healthy, tls=insecure()) if upstream_up else wait_until_listening
    return running(["nginx", "-c", str(config), "-p", str(folder)], ("127.0.0.1", port), ready)


def wait_until_listening(address: tuple[str, int], process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(address, timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                raise
            time.sleep(0.1)


def caddy_config(folder: Path, port: int, upstream: int) -> Path:
    """deploy/Caddyfile on 127.0.0.1:``port`` over plain HTTP, for ``upstream``, without its admin endpoint."""
    config = (DEPLOY / "Caddyfile").read_text()
    for old, new in [
        ("{\n\tservers {", "{\n\tadmin off\n\tservers {"),
        ("skill.example.org {", f"http://127.0.0.1:{port} {{"),
        ("reverse_proxy 127.0.0.1:5000 {", f"reverse_proxy 127.0.0.1:{upstream} {{"),
    ]:
        assert old in config, old
        config = config.replace(old, new)
    path = folder / "Caddyfile"
    path.write_text(config)
    return path


def caddy_in_front(
    folder: Path, upstream: tuple[str, int], log: Path | None = None, wait: bool = True
) -> contextlib.AbstractContextManager[tuple[str, int]]:
    """deploy/Caddyfile running in front of ``upstream``, over plain HTTP (its log in ``log``);
    with ``wait`` false, waited for until it takes connections rather than until the service
    answers through it."""
    port = free_port()
    config = caddy_config(folder, port, upstream[1])
    env = {**os.environ, "HOME": str(folder), "XDG_DATA_HOME": str(folder), "XDG_CONFIG_HOME": str(folder)}
    command = ["caddy", "run", "--config", str(config), "--adapter", "caddyfile"]
    if log is not None:
        command = ["sh", "-c", 'exec "$@" 2>>"$CADDY_LOG"', "caddy", *command]
        env["CADDY_LOG"] = str(log)
    return running(command, ("127.0.0.1", port), wait_until_healthy if wait else wait_until_listening, env)


def insecure() -> ssl.SSLContext:
    """TLS to the test's own self-signed certificate."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context
