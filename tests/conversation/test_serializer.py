"""The skill's serializer reads requests exactly as ask-sdk's DefaultSerializer does (with the
strict date parser both ways), except that it sets only each model's declared fields and wants
an object wherever a model goes: the same objects, the same JSON out, and an error where it errs,
over every fixture and over generated envelopes of every request type the skill handles."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.context import Context
from ask_sdk_model.device import Device
from ask_sdk_model.intent import Intent
from ask_sdk_model.intent_request import IntentRequest
from ask_sdk_model.interfaces.system.system_state import SystemState
from ask_sdk_model.permissions import Permissions
from ask_sdk_model.request_envelope import RequestEnvelope
from ask_sdk_model.session import Session
from ask_sdk_model.slot import Slot
from ask_sdk_model.supported_interfaces import SupportedInterfaces
from ask_sdk_model.user import User
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.alexa import constants as c
from skill.alexa.serializer import READ_ONLY, StrictSerializer
from tests.support.fake_alexa import envelope

FAST = StrictSerializer()
REFERENCE = StrictSerializer()  # ask-sdk's own walk, through the same strict date parser


def declared_only(value: Any) -> Any:
    """``value`` without the attributes ask-sdk sets for keys its models do not declare."""
    if isinstance(value, list):
        return [declared_only(item) for item in value]
    if isinstance(value, dict):
        return {key: declared_only(item) for key, item in value.items()}
    if hasattr(type(value), "deserialized_types") and isinstance(vars(value), dict):
        for name in type(value).deserialized_types:
            if name not in READ_ONLY.get(type(value), type(value).deserialized_types):
                setattr(value, name, None)  # the fields nobody reads: left unset
        known = {*vars(type(value)()), *type(value).deserialized_types}
        for name in [name for name in vars(value) if name not in known]:
            delattr(value, name)
        for name in vars(value):
            setattr(value, name, declared_only(getattr(value, name)))
    return value


def unread_names(model: type) -> set[str]:
    """The JSON names of the declared fields of ``model`` the skill's serializer leaves unset."""
    names = model.attribute_map  # type: ignore[attr-defined]
    return {names[field] for field in model.deserialized_types if field not in READ_ONLY[model]}  # type: ignore[attr-defined]


def _child(node: Any, name: str) -> Any:
    return node.get(name) if isinstance(node, dict) else None


def without_unread(data: Any) -> Any:
    """``data`` without the parts the skill's serializer leaves unset (serializer.READ_ONLY), where
    each of those models sits in an envelope."""
    data = copy.deepcopy(data)
    system = _child(_child(data, "context"), "System")
    device = _child(system, "device")
    user = _child(system, "user")
    request = _child(data, "request")
    intent_request = request if _child(request, "type") == "IntentRequest" else None
    intent = _child(intent_request, "intent")
    slots = _child(intent, "slots")
    places = [
        (_child(data, "context"), Context),
        (system, SystemState),
        (user, User),
        (_child(user, "permissions"), Permissions),
        (device, Device),
        (_child(device, "supportedInterfaces"), SupportedInterfaces),
        (_child(data, "session"), Session),
        (intent_request, IntentRequest),
        (intent, Intent),
        *((slot, Slot) for slot in (slots.values() if isinstance(slots, dict) else ())),
    ]
    assert set(READ_ONLY) == {
        Context,
        SystemState,
        User,
        Permissions,
        Device,
        SupportedInterfaces,
        Session,
        IntentRequest,
        Intent,
        Slot,
    }
    for node, model in places:
        if isinstance(node, dict):
            for name in set(node) & unread_names(model):
                del node[name]
    return data


def has_dunder_key(data: Any) -> bool:
    """Whether ``data`` has a key such as ``__dict__``, which ask-sdk sets as an attribute and can
    fail or be corrupted by (the skill's serializer sets declared fields only: such keys change nothing there)."""
    if isinstance(data, list):
        return any(has_dunder_key(item) for item in data)
    if isinstance(data, dict):
        return any(key.startswith("__") or has_dunder_key(value) for key, value in data.items())
    return False


def reference(data: Any) -> Any:
    """ask-sdk's reading of ``data``, but for the parts nobody reads (left unset)."""
    return declared_only(REFERENCE._DefaultSerializer__deserialize(without_unread(data), RequestEnvelope))


def outcome(read: Any, data: Any) -> tuple[str, Any]:
    try:
        result = read(copy.deepcopy(data))
    except SerializationException:
        return ("error", None)
    return ("ok", result)


def assert_same(data: Any) -> None:
    fast, slow = outcome(lambda d: FAST._plans.deserialize(d, RequestEnvelope), data), outcome(reference, data)
    # Stricter only where a model's place holds something other than an object (which
    # ask-sdk reads as an empty model when it is "" or []).
    if fast[0] == "ok" and has_dunder_key(data):
        # ask-sdk sets such a key as an attribute: it fails, or overwrites its own object's ``__dict__``
        # (``{"session": {"__dict__": {}}}`` leaves a Session with no attributes), so it is no reference there.
        return
    assert fast[0] == slow[0] or fast[0] == "error", (fast, slow)
    if fast[0] == "ok":
        assert fast[1] == slow[1]
        assert json.dumps(FAST.serialize(fast[1]), sort_keys=True) == json.dumps(
            REFERENCE.serialize(slow[1]), sort_keys=True
        )


def test_every_response_of_a_conversation_serializes_the_same() -> None:
    from skill.alexa.assembly import build_skill
    from tests.support.conversations import on_a_speaker_and_a_screen

    skill = build_skill()
    responses = []

    def handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
        response = skill.invoke(FAST.deserialize(json.dumps(event), RequestEnvelope), None)
        responses.append(response)
        result: dict[str, Any] = FAST.serialize(response)
        return result

    on_a_speaker_and_a_screen(handler)
    assert len(responses) > 10
    for response in responses:
        assert json.dumps(FAST.serialize(response)) == json.dumps(DefaultSerializer().serialize(response))


FIXTURES = [
    envelope("launch_request"),
    envelope("intent_request", intent=c.YES, attributes={"v": 1, "phase": "checking", "answers": [["a", "no"]]}),
    envelope("session_ended_request"),
    envelope("user_event"),
    envelope("launch_request", screen=True),
    envelope("echo_launch"),
    envelope("echo_show_launch"),
    envelope("echo_intent", attributes={"v": 1, "phase": "checking", "answers": [["a", "no"]]}),
]


def test_every_fixture_reads_the_same() -> None:
    for data in FIXTURES:
        assert_same(data)
        assert FAST.deserialize(json.dumps(data), RequestEnvelope) == reference(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
PATHS = [
    ("session",),
    ("session", "new"),
    ("session", "attributes"),
    ("session", "user"),
    ("session", "application"),
    ("context",),
    ("context", "System"),
    ("context", "System", "device"),
    ("context", "System", "device", "supportedInterfaces"),
    ("context", "Viewport"),
    ("context", "AudioPlayer"),
    ("context", "System", "device", "supportedInterfaces", "AudioPlayer"),
    ("context", "System", "person"),
    ("context", "System", "unit"),
    ("context", "System", "user"),
    ("context", "System", "user", "userId"),
    ("context", "System", "user", "permissions"),
    ("context", "System", "user", "permissions", "consentToken"),
    ("context", "System", "user", "permissions", "scopes"),
    ("context", "System", "apiEndpoint"),
    ("context", "System", "apiAccessToken"),
    ("request", "name"),
    ("request", "status"),
    ("request", "payload"),
    ("request", "token"),
    ("request",),
    ("request", "type"),
    ("request", "timestamp"),
    ("request", "locale"),
    ("request", "intent"),
    ("request", "intent", "name"),
    ("request", "intent", "slots"),
    ("request", "intent", "confirmationStatus"),
    ("request", "reason"),
    ("request", "error"),
    ("request", "arguments"),
    ("request", "source"),
    ("version",),
    ("extra",),
]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    base=st.sampled_from(FIXTURES),
    changes=st.lists(st.tuples(st.sampled_from(PATHS), json_values), max_size=3),
    request_type=st.sampled_from(
        [
            "LaunchRequest",
            "IntentRequest",
            "SessionEndedRequest",
            "Alexa.Presentation.APL.UserEvent",
            "Connections.Response",
            None,
        ]
    ),
)
def test_generated_envelopes_of_every_handled_request_type_read_the_same(
    base: dict[str, Any], changes: list[tuple[tuple[str, ...], Any]], request_type: str | None
) -> None:
    data = copy.deepcopy(base)
    if request_type is not None:
        data["request"]["type"] = request_type
    for path, value in changes:
        node = data
        for key in path[:-1]:
            node = node.setdefault(key, {}) if isinstance(node, dict) else {}
        if isinstance(node, dict):
            node[path[-1]] = value
    assert_same(data)


def test_the_parts_nobody_reads_are_left_unset_and_not_checked_and_the_rest_is() -> None:
    data = envelope("echo_show_launch")
    data["context"]["AudioPlayer"] = "not an object"  # ask-sdk would refuse it; nothing reads it
    data["context"]["System"]["device"]["supportedInterfaces"]["Display"] = [1]
    read = FAST.deserialize(json.dumps(data), RequestEnvelope)
    assert read.context.audio_player is None and read.context.viewport is None
    assert read.context.system.device.supported_interfaces.display is None
    assert read.context.system.device.supported_interfaces.alexa_presentation_apl is not None  # read: screens
    data["context"]["System"]["device"]["supportedInterfaces"]["Alexa.Presentation.APL"] = "not an object"
    try:
        FAST.deserialize(json.dumps(data), RequestEnvelope)
    except SerializationException:
        pass
    else:
        raise AssertionError("a field the skill reads was not checked")


def test_the_skill_reads_no_part_the_serializer_leaves_unset() -> None:
    """The skill's code names none of the fields it leaves unset (a field read later must join READ_ONLY)."""
    from pathlib import Path

    skill = Path(__file__).parents[2] / "skill"
    paths = [*(skill / "alexa").rglob("*.py"), *(skill / "core").rglob("*.py")]
    source = "\n".join(path.read_text() for path in paths if path.name != "serializer.py")
    read_anywhere = set().union(
        *READ_ONLY.values()
    )  # (a name read on one model and unset on another is not told apart)
    for model, read in READ_ONLY.items():
        for name in set(model.deserialized_types) - read - read_anywhere:  # type: ignore[attr-defined]
            assert not re.search(rf"\.{name}\b", source), (
                f"the skill reads {model.__name__}.{name}: add it to READ_ONLY"
            )


class _WithAList:
    """A model whose ``__init__`` makes a list: each instance must get its own."""

    deserialized_types = {"name": "str", "tags": "list[str]"}  # noqa: RUF012
    attribute_map = {"name": "name", "tags": "tags"}  # noqa: RUF012

    def __init__(self, name: str | None = None) -> None:
        self.name = name
        self.tags: list[str] = []


def test_a_model_that_starts_with_something_mutable_is_made_by_its_own_init() -> None:
    first = FAST._plans.deserialize({"name": "a"}, _WithAList)
    second = FAST._plans.deserialize({"name": "b", "tags": ["x"]}, _WithAList)
    first.tags.append("y")
    assert (first.name, first.tags, second.name, second.tags) == ("a", ["y"], "b", ["x"])
    assert FAST._plans.deserialize({"name": "c"}, _WithAList).tags == []
