"""ask-sdk's serializer, reading requests strictly: one parser for the web and Lambda paths.

- Dates and times: ask-sdk reads them with dateutil, which takes "Nov 24 2026 6pm" and
  reads a zone name as UTC. Alexa sends ISO 8601 with ``Z``; anything that is not ISO
  8601 with an explicit UTC offset is refused.
- JSON: strict (``NaN`` and ``Infinity``, which Python's parser takes, are refused).
- Models: only their declared fields are set, by their JSON names (``attribute_map``).
- Parts nobody reads are not turned into models (``READ_ONLY``): a real Echo sends its
  AudioPlayer state and interface, an Echo Show also Display, Viewport and Viewports;
  their model classes are over a hundred modules, imported on the first request that names
  them (7 ms for AudioPlayer's 22 alone). Nor are the user, person, unit and device IDs
  every request carries (a third of a warm turn's models). They stay unset (None);
  they still count towards the envelope's size and nesting limits (``skill.alexa.envelope``),
  and what is read is read as strictly as before. The API endpoint and token, and the user's
  permissions (not their ID), are read for one thing: a reminder (``skill.alexa.reminders``).
- Refusals are our own exception types with fixed messages (ask-sdk's messages can quote
  the body, which must never reach a log), so callers catch types, never match text.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model.context import Context
from ask_sdk_model.device import Device
from ask_sdk_model.intent import Intent
from ask_sdk_model.intent_request import IntentRequest
from ask_sdk_model.interfaces.system.system_state import SystemState
from ask_sdk_model.permissions import Permissions
from ask_sdk_model.request import Request
from ask_sdk_model.request_envelope import RequestEnvelope
from ask_sdk_model.session import Session
from ask_sdk_model.slot import Slot
from ask_sdk_model.supported_interfaces import SupportedInterfaces
from ask_sdk_model.user import User

_AS_IS = frozenset({type(None), str, int, float, bool, bytes})  # returned as they are
_ISO_8601 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?(?:Z|[+-]\d{2}:\d{2})")
_REQUEST_TYPES = frozenset(Request.discriminator_value_class_map)
# Of these models, only these fields are read, by the skill or by ask-sdk-core on its
# behalf (the skill's ID, the user and device, whether the device shows APL); the others
# are left unset. tests/conversation/test_serializer.py holds the skill to it.
READ_ONLY: dict[type, frozenset[str]] = {
    Context: frozenset({"system"}),
    # The API endpoint and token, and whether reminders are allowed: read for the reminder only.
    SystemState: frozenset({"application", "device", "api_endpoint", "api_access_token", "user"}),
    User: frozenset({"permissions"}),
    Permissions: frozenset({"consent_token", "scopes"}),
    Device: frozenset({"supported_interfaces"}),
    SupportedInterfaces: frozenset({"alexa_presentation_apl"}),
    Session: frozenset({"new", "session_id", "attributes"}),
    IntentRequest: frozenset({"object_type", "request_id", "timestamp", "locale", "intent"}),
    Intent: frozenset({"name", "slots"}),
    Slot: frozenset({"name", "value", "resolutions"}),
}


# Requests as a speaker sends them, of each type the skill handles but the screen's (ids
# shortened, nothing else): ``StrictSerializer.prime`` reads them at start-up so that a
# first real request resolves no model class and works out no plan. Fixed values only:
# nothing random or time-based is captured (Lambda SnapStart snapshots the start-up).
_PRIMER_CONTEXT = {
    "System": {
        "application": {"applicationId": "a"},
        "user": {"userId": "u"},
        "person": {"personId": "p"},
        "device": {"deviceId": "d", "persistentEndpointId": "e", "supportedInterfaces": {}},
        "unit": {"unitId": "u", "persistentUnitId": "u"},
        "apiEndpoint": "https://api.amazonalexa.com",
        "apiAccessToken": "t",
    }
}
_PRIMER_SESSION = {
    "new": False,
    "sessionId": "s",
    "application": {"applicationId": "a"},
    "user": {"userId": "u"},
    "attributes": {},
}
_PRIMER_REQUESTS = (
    {"type": "LaunchRequest", "requestId": "r", "timestamp": "2026-01-01T00:00:00Z", "locale": "en-US"},
    {
        "type": "IntentRequest",
        "requestId": "r",
        "timestamp": "2026-01-01T00:00:00Z",
        "locale": "en-US",
        "dialogState": "STARTED",
        "intent": {
            "name": "n",
            "confirmationStatus": "NONE",
            "slots": {"s": {"name": "s", "value": "1", "confirmationStatus": "NONE", "source": "USER"}},
        },
    },
    {
        "type": "SessionEndedRequest",
        "requestId": "r",
        "timestamp": "2026-01-01T00:00:00Z",
        "locale": "en-US",
        "reason": "ERROR",
        "error": {"type": "INVALID_RESPONSE", "message": "m"},
    },
)


class Unreadable(SerializationException):
    """A request refused while reading it; the message is fixed and quotes nothing."""


class NotJson(Unreadable):
    def __init__(self) -> None:
        super().__init__("body is not valid JSON")


class UnknownRequestType(Unreadable):
    def __init__(self) -> None:
        super().__init__("unknown request type")


class BadTimestamp(Unreadable):
    def __init__(self) -> None:
        super().__init__("request timestamp is not ISO 8601 with a UTC offset")


def parse_timestamp(text: object) -> datetime:
    """``2026-11-24T18:00:00Z`` or ``...+01:00``; BadTimestamp for anything else."""
    if not isinstance(text, str) or not _ISO_8601.fullmatch(text):
        raise BadTimestamp
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # 2026-02-30 and the like
        raise BadTimestamp from None


def _no_constant(name: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


def parse_json(payload: str) -> Any:
    """Strict JSON: NotJson for anything else, NaN and Infinity (which Python reads by default) included."""
    try:
        return json.loads(payload, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        raise NotJson from None


class StrictSerializer(DefaultSerializer):
    """DefaultSerializer with our own JSON and request-type checks and a strict date parser,
    deserializing by plans worked out once per type (``_Plans``): the same objects, faster."""

    def __init__(self) -> None:
        super().__init__()
        self._plans = _Plans(self._DefaultSerializer__deserialize_datetime)
        self._serializers: dict[type, Any] = {}
        # The request's timestamp, parsed by the check before ask-sdk's parse, which then reuses it: the
        # text and its value together (one assignment, so threads sharing the serializer never mix them).
        self._timestamp: tuple[str, datetime] | None = None

    def prime(self) -> None:
        """Read a request of each kind a speaker sends, and write an answer, once: the model
        classes are imported and the plans worked out at start-up (in a Lambda function's
        init, which runs at full CPU), not on the user's first request."""
        from ask_sdk_model.response import Response
        from ask_sdk_model.response_envelope import ResponseEnvelope
        from ask_sdk_model.ui.reprompt import Reprompt
        from ask_sdk_model.ui.ssml_output_speech import SsmlOutputSpeech

        for request in _PRIMER_REQUESTS:
            envelope = {"version": "1.0", "session": _PRIMER_SESSION, "context": _PRIMER_CONTEXT, "request": request}
            self.deserialize_data(envelope, RequestEnvelope)
        speech = SsmlOutputSpeech(ssml="<speak></speak>")
        answer = Response(output_speech=speech, reprompt=Reprompt(output_speech=speech), should_end_session=False)
        self.serialize(ResponseEnvelope(version="1.0", session_attributes={}, user_agent="u", response=answer))

    def serialize(self, obj: Any) -> Any:
        """ask-sdk's ``serialize``, with each model class's fields worked out once."""
        kind = type(obj)
        if kind in _AS_IS:
            return obj
        serializer = self._serializers.get(kind)
        if serializer is None:
            serializer = self._serializers[kind] = self._serializer_for(kind)
        return serializer(obj)

    def _serializer_for(self, kind: type) -> Any:
        """The same steps as DefaultSerializer.serialize for ``kind``; anything unusual goes to it.
        (A string, number, true, false or null inside is taken as it is, without a call.)"""
        serialize, as_is = self.serialize, _AS_IS
        if kind is list:
            return lambda obj: [item if type(item) in as_is else serialize(item) for item in obj]
        if kind is dict:
            return lambda obj: {key: value if type(value) in as_is else serialize(value) for key, value in obj.items()}
        special = (*DefaultSerializer.PRIMITIVE_TYPES, list, tuple, dict, datetime, date, Enum, Decimal)
        if not hasattr(kind, "deserialized_types") or issubclass(kind, special):
            return lambda obj: DefaultSerializer.serialize(self, obj)
        attribute_map = getattr(kind, "attribute_map", {})
        attribute_map.update({k: k for k in kind.deserialized_types if k not in attribute_map})  # as ask-sdk does
        fields = [(attr, attribute_map[attr]) for attr in kind.deserialized_types]

        def serialize_model(obj: Any) -> Any:
            own = vars(obj)
            if "attribute_map" in own or "deserialized_types" in own:
                return DefaultSerializer.serialize(self, obj)  # an instance that shadows its class's maps
            present = {}
            for attr, key in fields:
                value = getattr(obj, attr)
                if value is not None:
                    present[key] = value if type(value) in as_is else serialize(value)
            return present

        return serialize_model

    def deserialize(self, payload: str | None, obj_type: Any) -> Any:
        if payload is None:
            return None
        return self.deserialize_data(parse_json(payload), obj_type)

    def deserialize_data(self, data: Any, obj_type: Any) -> Any:
        """Like ``deserialize``, from JSON already parsed (a Lambda event arrives as a dict)."""
        if obj_type is RequestEnvelope:
            # Checked here, before ask-sdk, which wraps every error inside a model in a
            # SerializationException of its own (with the error's text).
            request = data.get("request") if isinstance(data, dict) else None
            if isinstance(request, dict):
                kind = request.get("type")
                if kind not in _REQUEST_TYPES:
                    raise UnknownRequestType
                if "timestamp" in request:
                    text = request["timestamp"]
                    self._timestamp = (text, parse_timestamp(text))
        return self._plans.deserialize(data, obj_type)

    def _DefaultSerializer__deserialize_datetime(self, payload: object, obj_type: Any) -> date | datetime:
        # Overrides DefaultSerializer.__deserialize_datetime (a name-mangled private method),
        # the one place ask-sdk turns strings into dates and times.
        known = self._timestamp
        parsed = known[1] if known is not None and known[0] == payload else parse_timestamp(payload)
        return parsed.date() if obj_type is date else parsed


class _Plans:
    """ask-sdk's ``DefaultSerializer.__deserialize``, with each type worked out once, and
    only the declared fields set (ask-sdk sets unknown keys as attributes too).

    Otherwise the same steps in the same order, and the same results and errors, as ask-sdk-core
    1.19's (tests/conversation/test_serializer.py compares the two over every fixture and over
    generated envelopes); what it does once per type instead of once per value: resolving
    a class from its name, matching ``list[...]``/``dict(...)`` type strings, completing
    a model's attribute map (which ask-sdk also writes back to the class, as here), and
    working out the attributes a new model starts with (its ``__init__``'s, all None), which
    each instance then gets as one dict instead of through ``__init__`` and a ``setattr`` a field.
    """

    def __init__(self, deserialize_datetime: Any) -> None:
        self._by_type: dict[Any, Any] = {}
        self._classes: dict[str, Any] = {}
        self._deserialize_datetime = deserialize_datetime

    def deserialize(self, payload: Any, obj_type: Any) -> Any:
        if payload is None:
            return None
        plan = self._by_type.get(obj_type)
        if plan is None:
            plan = self._by_type[obj_type] = self._plan(obj_type)
        return plan(payload)

    def _class(self, class_name: str) -> Any:
        resolved = self._classes.get(class_name)
        if resolved is None:
            try:
                module_name, _, name = class_name.rpartition(".")
                if module_name:
                    resolved = getattr(__import__(module_name, fromlist=[name]), name)
                else:
                    import ask_sdk_core.serialize

                    resolved = getattr(ask_sdk_core.serialize, name)
            except Exception as error:
                raise SerializationException(
                    f"Unable to resolve class {class_name} from installed modules: {error}"
                ) from None
            self._classes[class_name] = resolved
        return resolved

    def _plan(self, obj_type: Any) -> Any:
        if isinstance(obj_type, str):
            if obj_type.startswith("list["):
                match = re.match(r"list\[(.*)\]", obj_type)
                if match is None:
                    return lambda payload: []
                item_types = match.group(1)
                if "," in item_types:
                    types = [t.strip() for t in item_types.split(",")]
                    return lambda payload: [self.deserialize(p, t) for p, t in zip(payload, types, strict=False)]
                item_type = item_types.strip()
                return lambda payload: [self.deserialize(p, item_type) for p in payload]
            if obj_type.startswith("dict("):
                match = re.match(r"dict\(([^,]*), (.*)\)", obj_type)
                if match is None:
                    return lambda payload: {}
                value_type = match.group(2)
                if value_type == "object":  # the session attributes: each value as it is
                    return lambda payload: dict(payload) if type(payload) is dict else dict(payload.items())
                return lambda payload: {k: self.deserialize(v, value_type) for k, v in payload.items()}
            native = DefaultSerializer.NATIVE_TYPES_MAPPING.get(obj_type)
            obj_type = native if native is not None else self._class(obj_type)
        if obj_type in DefaultSerializer.PRIMITIVE_TYPES:  # a str stays the same str, and so on
            return lambda payload: payload if type(payload) is obj_type else _primitive(payload, obj_type)
        if obj_type is object:
            return lambda payload: payload
        if obj_type is date or obj_type is datetime:
            return lambda payload: self._deserialize_datetime(payload, obj_type)
        return self._model_plan(obj_type)

    def _model_plan(self, cls: Any) -> Any:
        if isinstance(cls, type) and issubclass(cls, Enum):
            return lambda payload: _enum(cls, payload)
        if not hasattr(cls, "deserialized_types"):
            return lambda payload: payload
        by_type, plan_for = self._by_type, self._plan
        discriminated = hasattr(cls, "get_real_child_model")
        shape = None if discriminated else self._shape(cls)

        def build(payload: Any) -> Any:
            try:
                model = cls
                if discriminated:
                    name = model.get_real_child_model(payload)
                    if not name:
                        raise SerializationException(f"Couldn't resolve object by discriminator type for {cls} class")
                    model = self._class(name)
                if not isinstance(payload, dict):  # ask-sdk errs on most such payloads, not all
                    raise SerializationException(f"{model.__name__} must be an object")
                blank, fields = shape or self._shape(model)
                # Only the model's declared fields, by their JSON names: ask-sdk also sets every
                # other key as an attribute, so {"application_id": ...} beside "applicationId"
                # would override the checked field (and "__dict__" would wipe the object).
                values = dict(blank) if blank is not None else {}
                for param, payload_name, field_type in fields:
                    if payload_name in payload:
                        value = payload[payload_name]
                        if value is not None:
                            plan = by_type.get(field_type)
                            if plan is None:
                                plan = by_type[field_type] = plan_for(field_type)
                            value = plan(value)
                        values[param] = value
                if blank is None:  # a model whose __init__ makes something mutable: made as ask-sdk does
                    instance = model()
                    for param, value in values.items():
                        setattr(instance, param, value)
                    return instance
                instance = model.__new__(model)
                instance.__dict__.update(values)
                return instance
            except Exception as error:
                raise SerializationException(str(error)) from None

        return build

    def _shape(self, model: Any) -> tuple[dict[str, Any] | None, list[tuple[str, str, Any]]]:
        """What a new ``model`` starts with (None if it holds anything mutable), and the fields read."""
        shape = self._by_type.get(("shape", model))
        if shape is None:
            attribute_map = getattr(model, "attribute_map", {})
            attribute_map.update({k: k for k in model.deserialized_types if k not in attribute_map})
            read = READ_ONLY.get(model)
            fields = [
                (param, name, model.deserialized_types[param])
                for param, name in attribute_map.items()
                if read is None or param in read
            ]
            made = dict(vars(model()))
            plain = all(type(value) in _AS_IS for value in made.values())  # nothing two instances could share
            shape = self._by_type[("shape", model)] = (made if plain else None, fields)
        return shape


def _enum(cls: Any, payload: Any) -> Any:
    try:
        return cls(payload)
    except Exception as error:
        raise SerializationException(str(error)) from None


def _primitive(payload: Any, obj_type: Any) -> Any:
    try:
        return obj_type(payload)
    except UnicodeEncodeError:
        return str(payload)
    except TypeError:
        return payload
    except ValueError:
        raise SerializationException(f"Failed to parse {payload} into '{obj_type.__name__}' object") from None
