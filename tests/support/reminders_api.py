"""A local stand-in for Alexa's Reminders API (POST /v1/alerts/reminders), on 127.0.0.1.

It answers as the API reference documents (developer.amazon.com/docs/alexa/smapi/alexa-reminders-api-reference.html):
201 with the reminder's alertToken, createdTime, updatedTime, status, version and href; or, as a test asks,
401 (no permission), 500, or an answer slower than the skill waits. Every request is kept, and checked
against the documented shape; a request of another shape gets 400 (the skill then falls back).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.support.servers import serving

TOKEN = "test-api-access-token"
CREATED = {
    "alertToken": "e8ff3f8c-1b8e-4f2e-9a3c-000000000001",
    "createdTime": "2026-12-07T21:00:00.000Z",
    "updatedTime": "2026-12-07T21:00:00.000Z",
    "status": "ON",
    "version": "1",
    "href": "/v1/alerts/reminders/e8ff3f8c-1b8e-4f2e-9a3c-000000000001",
}


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class RemindersApi:
    answer: str = "created"  # "created", "unauthorized", "error" or "slow"
    slow_seconds: float = 1.0
    received: list[Received] = field(default_factory=list)
    endpoint: str = ""


def problems(request: Received) -> list[str]:
    """How ``request`` differs from the documented create-reminder request (empty: it matches)."""
    found = []
    if request.method != "POST" or request.path != "/v1/alerts/reminders":
        found.append(f"{request.method} {request.path}")
    if request.headers.get("authorization") != f"Bearer {TOKEN}":
        found.append("Authorization")
    if request.headers.get("content-type") != "application/json":
        found.append("Content-Type")
    body = request.body if isinstance(request.body, dict) else {}
    if set(body) != {"requestTime", "trigger", "alertInfo", "pushNotification"}:
        found.append(f"fields {sorted(body)}")
    if body.get("trigger") != {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": 14 * 24 * 3600}:
        found.append("trigger")
    content = body.get("alertInfo", {}).get("spokenInfo", {}).get("content")
    if not (isinstance(content, list) and len(content) == 1 and set(content[0]) == {"locale", "text"}):
        found.append("alertInfo")
    if body.get("pushNotification") != {"status": "ENABLED"}:
        found.append("pushNotification")
    return found


@contextmanager
def reminders_api(answer: str = "created", slow_seconds: float = 1.0) -> Iterator[RemindersApi]:
    """The fake API, serving on a free port of 127.0.0.1 until the block ends."""
    api = RemindersApi(answer, slow_seconds)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw)
            except ValueError:
                body = None
            request = Received("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            api.received.append(request)
            if problems(request):
                self._reply(400, {"code": "INVALID_REQUEST"})
            elif api.answer == "unauthorized":
                self._reply(401, {"code": "UNAUTHORIZED", "message": "Request not authorized."})
            elif api.answer == "error":
                self._reply(500, {"code": "INTERNAL_SERVER_ERROR", "message": "Internal server error."})
            else:
                if api.answer == "slow":
                    time.sleep(api.slow_seconds)
                self._reply(201, CREATED)

        def _reply(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except OSError:  # the skill stopped waiting (the slow answer)
                pass

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    api.endpoint = f"http://127.0.0.1:{server.server_address[1]}"
    with serving(server):
        yield api
