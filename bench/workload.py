"""What the benchmark sends: a signed mid-check turn, as Alexa would send it."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from skill import constants as c
from skill.session import checking_attributes
from skill.triage import Check, Reply, take_reply
from tests.alexa import envelope
from tests.certs import CHAIN_URL, LocalCA, pem, signed_headers

ANSWERED = 8  # "no" to the first eight questions, all of which can mean an emergency


def mid_check_envelope() -> dict[str, Any]:
    """A "no" to the ninth question: the skill records it and asks the next."""
    check = Check()
    for _ in range(ANSWERED):
        check = take_reply(check, Reply.NO).check
    return envelope("intent_request", intent=c.NO, attributes=checking_attributes(check))


def signed_turn(ca: LocalCA, now: datetime | None = None) -> tuple[bytes, dict[str, str]]:
    """Body and headers of the mid-check turn, stamped ``now`` and signed."""
    env = mid_check_envelope()
    env["request"]["timestamp"] = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = json.dumps(env).encode()
    return body, signed_headers(body, ca.signing_key, CHAIN_URL)


def write_ca(ca: LocalCA, folder: Path) -> None:
    """The CA's root and chain as files, for apps running in other processes."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "root.pem").write_bytes(pem(ca.root))
    (folder / "chain.pem").write_bytes(ca.chain())
