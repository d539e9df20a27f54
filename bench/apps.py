"""The apps the benchmark compares, as factories gunicorn can call.

- ``floor_app()``: the smallest ask-sdk-core skill (one handler) behind the smallest
  Flask route: deserialize, invoke, serialize. No skill can do less per turn.

The skill's side is ``tests.support.apps.local_ca_app()``: the real ``create_app()``,
trusting a locally made CA.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Flask, Response, request


def floor_app() -> Flask:
    from ask_sdk_core.dispatch_components.request_components import AbstractRequestHandler
    from ask_sdk_core.skill_builder import SkillBuilder
    from ask_sdk_model.request_envelope import RequestEnvelope

    class OneHandler(AbstractRequestHandler):
        def can_handle(self, handler_input: Any) -> bool:
            return True

        def handle(self, handler_input: Any) -> Any:
            return handler_input.response_builder.speak("Next question?").ask("Next question?").response

    builder = SkillBuilder()
    builder.add_request_handler(OneHandler())
    skill = builder.create()
    app = Flask("floor")

    @app.post("/alexa")
    def skill_request() -> Response:
        envelope = skill.serializer.deserialize(request.get_data(as_text=True), RequestEnvelope)
        response = skill.serializer.serialize(skill.invoke(envelope, None))
        return Response(json.dumps(response), mimetype="application/json")

    return app
