"""Speech per locale: each locale's base language text (``BASE``), overridden and filled in per locale."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType, ModuleType

from skill.core.speech import en_AU, en_CA, en_GB, en_IN, en_US, es_ES, es_MX, es_US, fr_CA

DEFAULT_LOCALE = "en-US"
LOCALES: dict[str, ModuleType] = {
    "en-US": en_US,
    "en-GB": en_GB,
    "en-CA": en_CA,
    "en-AU": en_AU,
    "en-IN": en_IN,
    "es-US": es_US,
    "es-MX": es_MX,
    "es-ES": es_ES,
    "fr-CA": fr_CA,
}


class _KeepUnknown(dict[str, str]):
    """Leaves ``{field}``s that are filled per response (``{reasons}``) as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def supported_locale(locale: str | None) -> str:
    """The locale to speak in: the request's if we have it, else the default."""
    return locale if locale in LOCALES else DEFAULT_LOCALE


def language_of(locale: str) -> str:
    """The language a supported locale speaks ("es" for es-MX): its base module's name."""
    base: ModuleType = LOCALES[supported_locale(locale)].BASE
    return base.__name__.rsplit(".", 1)[-1]


def texts_for(locale: str | None) -> Mapping[str, str]:
    """Every message id's text for ``locale`` (the default for one we do not speak), values filled in."""
    return _texts(supported_locale(locale))


@cache  # keyed by a supported locale only, so request input cannot grow it
def _texts(locale: str) -> Mapping[str, str]:
    module = LOCALES[locale]
    values = _KeepUnknown(module.VALUES, privacy=module.BASE.PRIVACY)
    merged = {**module.BASE.TEXTS, **module.TEXTS}
    return MappingProxyType({key: text.format_map(values) for key, text in merged.items()})


def back_translations(locale: str) -> Mapping[str, str]:
    """What each question says in ``locale``, said back in English for review (empty for English)."""
    module = LOCALES[supported_locale(locale)]
    return {**getattr(module.BASE, "BACK_TRANSLATIONS", {}), **getattr(module, "BACK_TRANSLATIONS", {})}
