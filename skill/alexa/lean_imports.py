"""Load no Alexa service client the skill never calls: half the Lambda entry point's import.

ask-sdk-core imports ``ask_sdk_model.services`` (``ask_sdk_core.skill`` for
``ServiceClientFactory``, ``ask_sdk_core.serialize`` for ``Serializer``), whose ``__init__``
imports every Alexa service client (lists, reminders, monetization, the datastore, LWA with
dateutil's time zones...): about 46 ms of an 80 ms import on a cold start. The skill has no
API client, so ask-sdk never builds a service client for it.

``install()``, run before ask-sdk-core is imported, registers the same package with its
``__init__`` replaced by one that imports each of its names when first used (PEP 562):
``from ask_sdk_model.services import X`` gives the real ``X``; its submodules import as
before; ``ServiceClientFactory`` is a stand-in that builds the real factory when called (the
one thing ask-sdk-core does with it, and only with an API client). tests/conversation/test_lean_imports.py
checks every name resolves to the real object.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from typing import Any

PACKAGE = "ask_sdk_model.services"
# The package __init__'s names (ask-sdk-model 1.82), and the submodule each comes from.
NAMES = {
    "BaseServiceClient": "base_service_client",
    "ApiConfiguration": "api_configuration",
    "ApiResponse": "api_response",
    "ServiceClientResponse": "service_client_response",
    "ApiClient": "api_client",
    "ServiceClientFactory": "service_client_factory",
    "ApiClientResponse": "api_client_response",
    "ServiceException": "service_exception",
    "Serializer": "serializer",
    "ApiClientMessage": "api_client_message",
    "AuthenticationConfiguration": "authentication_configuration",
    "ApiClientRequest": "api_client_request",
}


class LazyServiceClientFactory:
    """Stands in for ``ServiceClientFactory`` until it is called: then imports and builds the real one."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        real = importlib.import_module(f"{PACKAGE}.service_client_factory").ServiceClientFactory
        return real(*args, **kwargs)


def _resolve(name: str) -> Any:
    if name not in NAMES:
        raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{PACKAGE}.{NAMES[name]}"), name)
    setattr(sys.modules[PACKAGE], name, value)
    return value


def install() -> None:
    """Register the lean package, unless it is already imported (then there is nothing to save)."""
    if PACKAGE in sys.modules:
        return
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.submodule_search_locations is None:
        return
    package = importlib.util.module_from_spec(spec)  # the real package's path, without running its __init__
    package.__getattr__ = _resolve  # type: ignore[method-assign]
    package.ServiceClientFactory = LazyServiceClientFactory  # type: ignore[attr-defined]
    sys.modules[PACKAGE] = package
    parent = importlib.import_module("ask_sdk_model")
    parent.services = package  # type: ignore[attr-defined]
