"""A signed mid-check turn, as Alexa would send it: what the bench times and the load tests send."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from skill.alexa import constants as c
from skill.alexa.session import attributes_for, checking
from skill.core.triage import Answer, Check, take_reply
from tests.support.certs import CHAIN_URL, LocalCA, signed_headers
from tests.support.fake_alexa import envelope

ANSWERED = 8  # "no" to the first eight questions, all of which can mean an emergency (alone or together)
AGE = 40  # no age rule applies


def mid_check_envelope() -> dict[str, Any]:
    """A "no" to the ninth question, from a real Echo (a speaker): the skill records it and asks the next."""
    check = Check(age=AGE)
    for _ in range(ANSWERED):
        check = take_reply(check, Answer.NO).check
    return envelope("echo_intent", intent=c.NO, attributes=attributes_for(checking(check)))


def signed_turn(ca: LocalCA, now: datetime | None = None) -> tuple[bytes, dict[str, str]]:
    """Body and headers of the mid-check turn, stamped ``now`` and signed."""
    env = mid_check_envelope()
    env["request"]["timestamp"] = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    body = json.dumps(env).encode()
    return body, signed_headers(body, ca.signing_key, CHAIN_URL)
