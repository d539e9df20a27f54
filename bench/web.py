"""The web tiers on loopback: each server as the README runs it, nginx in front with deploy/nginx.conf
(without TLS, as tools.loopback rewrites it), wrk's figures, and slow clients."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

from bench.common import PEER, PYTHON, ROOT, Settings
from tools.loopback import free_port, nginx_config, wait_until


def _wait_for(port: int, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server exited")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


_UNIT = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()  # type: ignore[union-attr]
    return float(number) * _UNIT[unit]


def parse_wrk(output: str) -> dict[str, float]:
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.M))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = sum(int(n) for n in socket_errors.groups()) if socket_errors else 0
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),  # type: ignore[union-attr]
        "p50_ms": _ms(latency["50"]),
        "p99_ms": _ms(latency["99"]),
        "max_ms": _ms(re.search(r"^\s+Latency\s+\S+\s+\S+\s+(\S+)", output, re.M).group(1)),  # type: ignore[union-attr]
        # wrk gives up on a request after 2 s (its default --timeout) and counts it here.
        "over_2s": int(socket_errors.group(4)) if socket_errors else 0,
        "errors": errors,
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),  # type: ignore[union-attr]
    }


APP = "tests.support.apps:local_ca_app()"  # create_app() trusting the bench's local CA
# The web tiers compared, each with 2 processes: (name, server, through nginx). nginx runs
# deploy/nginx.conf on loopback without TLS (as tests/server/test_proxies.py does with it).
DEPLOYMENTS = (
    ("gunicorn gevent (alone)", "gevent", False),
    ("nginx + gunicorn gthread", "gthread", True),
    ("granian (alone)", "granian", False),
    ("nginx + granian", "granian", True),
    ("Node peer (alone)", "node", False),
)
DEFAULT_DEPLOYMENT = "nginx + granian"  # the README's production default
SLOW_IDLE, SLOW_TRICKLING = 256, 64
BENCH_NGINX_MAIN = "worker_processes 1;\nevents { worker_connections 4096; }"  # as the figures were measured


def server_command(server: str, app: str = APP) -> list[str]:
    """How each web tier is started (PORT, WEB_CONCURRENCY and the rest from the environment)."""
    bin_dir = Path(PYTHON).parent
    if server == "gevent":  # skill/web/gunicorn_conf.py as it is: the directly-exposed option
        return [str(bin_dir / "gunicorn"), "-c", "python:skill.web.gunicorn_conf", app]
    if server == "gthread":
        threads = ["--worker-class", "gthread", "--threads", "4"]
        return [str(bin_dir / "gunicorn"), "-c", "python:skill.web.gunicorn_conf", *threads, app]
    if server == "granian":  # skill/web/serve.py as it is: the production default, behind a proxy
        return [PYTHON, "-m", "skill.web.serve", app]
    if server == "node":
        return ["node", "server.js"]
    raise ValueError(server)


class Deployment:
    """One web tier running on loopback (server, and nginx in front if asked), stopped on exit."""

    def __init__(self, server: str, proxied: bool, ca_dir: Path, scratch: Path, app: str = APP) -> None:
        self.server, self.proxied, self.ca_dir, self.scratch, self.app = server, proxied, ca_dir, scratch, app
        self.processes: list[subprocess.Popen[bytes]] = []
        self.port = 0

    def __enter__(self) -> Deployment:
        upstream = free_port()
        env = {
            **os.environ,
            "PORT": str(upstream),
            "WEB_CONCURRENCY": "2",
            "WORKERS": "2",
            "LOCAL_CA_DIR": str(self.ca_dir),
            "PYTHONPATH": str(ROOT),
            "BODY_DEADLINE_SECONDS": "4",
        }
        tag = f"{self.server}{'-nginx' if self.proxied else ''}-{upstream}"
        log = (self.scratch / f"server-{tag}.log").open("wb")  # production logging, to a file
        cwd = PEER if self.server == "node" else ROOT
        try:
            self.processes.append(
                subprocess.Popen(
                    server_command(self.server, self.app), cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT
                )
            )
            _wait_for(upstream, self.processes[0])
            self.port = upstream
            if self.proxied:
                self.port = free_port()
                config = nginx_config(self.scratch / f"nginx-{tag}", self.port, upstream, main_lines=BENCH_NGINX_MAIN)
                nginx = ["nginx", "-c", str(config), "-p", str(config.parent)]
                self.processes.append(subprocess.Popen(nginx, stdout=log, stderr=subprocess.STDOUT))
                _wait_for(self.port, self.processes[-1])
            _wait_healthy(("127.0.0.1", self.port))
        except BaseException:
            self.__exit__()
            raise
        finally:
            log.close()
        return self

    def alive(self) -> bool:
        return all(process.poll() is None for process in self.processes)

    def __exit__(self, *exc: object) -> None:
        for process in reversed(self.processes):
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_healthy(address: tuple[str, int], seconds: float = 30) -> None:
    from tests.support.servers import request

    wait_until(lambda: request(address, "GET", "/healthz")[0] == 200, seconds, f"{address}/healthz")


def wrk(port: int, settings: Settings, script: Path, seconds: int) -> dict[str, float]:
    command = [
        "wrk",
        "-t2",
        f"-c{settings.load_connections}",
        f"-d{seconds}s",
        "--latency",
        "-s",
        str(script),
        f"http://127.0.0.1:{port}/alexa",
    ]
    return parse_wrk(subprocess.run(command, capture_output=True, text=True, check=True).stdout)


def _timed_request(
    address: tuple[str, int], method: str, body: bytes = b"", headers: dict[str, str] | None = None
) -> tuple[float, int]:
    """Seconds and status of one request on a new connection; (2.0, 0) if no answer came within 2 s."""
    import http.client

    started = time.monotonic()
    connection = http.client.HTTPConnection(*address, timeout=2)
    try:
        connection.request(method, "/healthz" if method == "GET" else "/alexa", body=body, headers=headers or {})
        response = connection.getresponse()
        response.read()
        return time.monotonic() - started, response.status
    except OSError:
        return 2.0, 0
    finally:
        connection.close()


def slow_clients(address: tuple[str, int], ca: Any, idle: int, trickling: int) -> dict[str, Any]:
    """tests/server/test_slow_clients.py's measure: with ``idle`` half-sent requests and ``trickling`` bodies
    open, the slowest of 5 /healthz and 5 signed turns, each on a new connection (stopping at the
    first that gets no answer within 2 s)."""
    from tests.support.servers import SlowClients
    from tests.support.turns import signed_turn

    slow = SlowClients(address, idle, trickling)
    try:
        time.sleep(0.3)
        body, headers = signed_turn(ca)
        results: list[tuple[float, int]] = []
        for _ in range(5):
            results.append(_timed_request(address, "GET"))
            results.append(_timed_request(address, "POST", body, headers))
            if any(status == 0 for _, status in results):
                break
        slowest = max(took for took, _ in results)
        answered = all(status == 200 for _, status in results)
        return {"slowest_ms": slowest * 1e3, "all_200": answered, "passed": answered and slowest < 1.0}
    finally:
        slow.close()
