"""A two-week reminder through Alexa's Reminders API, with the person's permission.

Shapes from Amazon's documentation (developer.amazon.com/docs/alexa/smapi/alexa-reminders-api-reference.html:
POST {apiEndpoint}/v1/alerts/reminders, "Authorization: Bearer {apiAccessToken}", 201 with alertToken;
.../voice-permissions-for-reminders.html: the ``Connections.SendRequest`` "AskFor" directive and the
``Connections.Response`` it brings back).

The reminder's only words are "check on your back" (``reminder.text``): nothing the person answered.
Nothing is stored: the request's endpoint and token are used for this one call and dropped. One small
HTTP call with urllib and a short timeout, so ask-sdk's service clients stay unloaded
(``skill.alexa.lean_imports``).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import datetime
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

SCOPE = "alexa::alerts:reminders:skill:readwrite"
TOKEN = "remind-two-weeks"  # the AskFor token: says only which offer it answers, nothing about health
ASK_FOR = "AskFor"
TWO_WEEKS = 14 * 24 * 60 * 60  # seconds
TIMEOUT = 3.0  # seconds: a person in pain is waiting on the answer
PATH = "/v1/alerts/reminders"


class Outcome(Enum):
    SET = "set"
    NO_PERMISSION = "no permission"  # 401 or 403: ask for it by voice
    FAILED = "failed"  # anything else: tell the person how to set one themselves


def ask_for_permission() -> dict[str, Any]:
    """The voice permission request (``Connections.SendRequest``, AskFor, version 2)."""
    return {
        "type": "Connections.SendRequest",
        "name": ASK_FOR,
        "payload": {
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [{"permissionScope": SCOPE, "consentLevel": "ACCOUNT"}],
        },
        "token": TOKEN,
    }


def reminder_body(locale: str, text: str, now: datetime) -> dict[str, Any]:
    """The create request's body: two weeks from now, the fixed words in the request's locale."""
    return {
        "requestTime": now.strftime("%Y-%m-%dT%H:%M:%S.000"),
        "trigger": {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": TWO_WEEKS},
        "alertInfo": {"spokenInfo": {"content": [{"locale": locale, "text": text}]}},
        "pushNotification": {"status": "ENABLED"},
    }


def _allowed(endpoint: str) -> bool:
    """HTTPS, as Alexa's apiEndpoint always is; plain HTTP only to this machine (the tests' fake API)."""
    parts = urlsplit(endpoint)
    return parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost"))


def create_reminder(
    endpoint: str | None, token: str | None, locale: str, text: str, now: datetime, timeout: float | None = None
) -> Outcome:
    """POST the reminder; what came of it. Never raises, and logs nothing: that a reminder was asked for
    would tell a log the advice was self-care or a routine appointment."""
    timeout = TIMEOUT if timeout is None else timeout
    if not endpoint or not token or not _allowed(endpoint):
        return Outcome.FAILED
    request = urllib.request.Request(
        endpoint.rstrip("/") + PATH,
        data=json.dumps(reminder_body(locale, text, now)).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            status = answer.status
    except urllib.error.HTTPError as error:
        status = error.code
    except (OSError, ValueError):  # refused, timed out, unreachable
        return Outcome.FAILED
    if status in (200, 201):
        return Outcome.SET
    return Outcome.NO_PERMISSION if status in (401, 403) else Outcome.FAILED
