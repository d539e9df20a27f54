"""The apps the benchmark compares, as factories gunicorn can call.

- ``floor_app()``: the smallest ask-sdk-core skill (one handler) behind the smallest
  Flask route: deserialize, invoke, serialize. No skill can do less per turn.
- ``skill_app()``: the real ``create_app()``, with signature verification on against a
  locally made CA (``BENCH_CA_DIR``, written by ``bench.workload.write_ca``), or off
  when ``BENCH_VERIFY`` is "false".
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from flask import Flask, Response, request

from tests.alexa import SKILL_ID


def floor_app() -> Flask:
    from ask_sdk_core.dispatch_components.request_components import AbstractRequestHandler
    from ask_sdk_core.skill_builder import SkillBuilder
    from ask_sdk_model.request_envelope import RequestEnvelope

    class Answer(AbstractRequestHandler):
        def can_handle(self, handler_input: Any) -> bool:
            return True

        def handle(self, handler_input: Any) -> Any:
            return handler_input.response_builder.speak("Next question?").ask("Next question?").response

    builder = SkillBuilder()
    builder.add_request_handler(Answer())
    skill = builder.create()
    app = Flask("floor")

    @app.post("/alexa")
    def alexa() -> Response:
        envelope = skill.serializer.deserialize(request.get_data(as_text=True), RequestEnvelope)
        response = skill.serializer.serialize(skill.invoke(envelope, None))
        return Response(json.dumps(response), mimetype="application/json")

    return app


def skill_app(ca_dir: str | None = None, verify: bool | None = None) -> Flask:
    from cryptography import x509

    from skill.app import create_app
    from skill.verification import RequestVerifier

    folder = Path(ca_dir or os.environ["BENCH_CA_DIR"])
    check_signature = verify if verify is not None else os.environ.get("BENCH_VERIFY", "true") != "false"
    root = x509.load_pem_x509_certificate((folder / "root.pem").read_bytes())
    chain = (folder / "chain.pem").read_bytes()
    verifier = RequestVerifier([root], lambda url: chain, check_signature=check_signature)
    return create_app(verifier=verifier, test_config={"ALEXA_SKILL_ID": SKILL_ID})
