"""``python -m tools.try_production``: the skill under Granian behind the shipped nginx config, tried on loopback,
answers a request sent as it says to, and stops cleanly."""

from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.support.fake_alexa import speech
from tools.try_production import FIXTURE

ROOT = Path(__file__).parents[2]


def test_the_production_server_runs_behind_nginx_answers_the_printed_request_and_stops_cleanly() -> None:
    if shutil.which("nginx") is None:
        pytest.skip("nginx is not installed (apt-get install nginx; .ci/run does)")
    command = [sys.executable, "-m", "tools.try_production", "--seconds", "120"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        printed = [process.stdout.readline() for _ in range(4)]
        url = re.search(r"https://127\.0\.0\.1:\d+", printed[0])
        assert url, printed
        assert any(f"--data-binary @{FIXTURE.relative_to(ROOT)}" in line for line in printed), printed
        context = ssl.create_default_context()
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        sent = urllib.request.Request(
            f"{url.group()}/alexa", data=FIXTURE.read_bytes(), headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(sent, timeout=10, context=context) as response:
            assert response.status == 200
            answer = json.loads(response.read())
        assert speech(answer) and answer["sessionAttributes"]["phase"] == "age"  # the welcome asks the age
        process.send_signal(signal.SIGTERM)
        rest, _ = process.communicate(timeout=60)
        assert process.returncode == 0 and "stopped: Granian and nginx are down" in rest
        port = int(url.group().rsplit(":", 1)[1])
        with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
            pass
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
