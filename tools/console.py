"""Talk to the skill without an Amazon account: ``python -m tools.console [--locale en-US]``.

Each line read is one utterance. It is resolved against the locale's interaction
model the way Alexa would (custom intents' sample utterances, the usual phrasings of
the built-in intents, "open back pain check" as a launch, anything else the
fallback), sent to the skill as the request envelope Alexa would send, and what
Alexa would say is printed, SSML stripped, with any card. Exits 0 at session end
or end of input.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
import threading
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TextIO, cast

from skill.alexa import constants as c
from skill.core.speech import DEFAULT_LOCALE, language_of, texts_for
from skill.core.ssml import to_text
from tools.data import model_dir

MODEL_DIR = model_dir()
CONSOLE_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-00000000c0de"
CONSOLE_USER_ID = "amzn1.ask.account.CONSOLEUSER"
CONSOLE_DEVICE_ID = "amzn1.ask.device.CONSOLEDEVICE"

# How people usually say the built-in intents (Alexa resolves these itself), per language.
PHRASES_BY_LANGUAGE: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        # not "okay": after the verdict it is thanks, not "yes, say it again" (ThanksIntent's sample)
        c.YES: ("yes", "yeah", "yep", "yup", "sure", "yes please", "correct", "right", "of course"),
        c.NO: ("no", "nope", "nah", "no thanks", "no thank you", "never"),
        # "I need help", "necesito ayuda", "à l'aide": EmergencyIntent's samples (and help, if Alexa took them
        # for it, begins with the emergency line)
        c.HELP: ("help", "help me", "what can i say", "what does that mean"),
        c.STOP: ("stop", "stop it", "quit", "exit", "be quiet", "shut up"),
        c.CANCEL: ("cancel", "never mind", "forget it"),
        c.REPEAT: ("repeat", "repeat that", "say that again", "pardon", "come again", "what did you say"),
        c.START_OVER: ("start over", "start again", "restart", "begin again"),
        c.NAVIGATE_HOME: ("go home", "go to the home screen"),
        c.PREVIOUS: ("go back", "back", "previous", "previous one"),
    },
    "es": {
        c.YES: ("sí", "sip", "sí por favor", "correcto", "vale", "de acuerdo", "ok", "okey", "está bien", "dale"),
        c.NO: ("no", "no gracias", "nop", "nunca"),
        c.HELP: ("ayuda", "ayúdame", "qué puedo decir", "qué significa eso"),
        c.STOP: ("para", "detente", "basta", "salir", "sal", "cállate", "termina"),
        c.CANCEL: ("cancela", "cancelar", "olvídalo", "déjalo"),
        c.REPEAT: ("repite", "repítelo", "repite eso", "repita", "repita eso", "otra vez", "qué dijiste", "perdón"),
        c.START_OVER: ("empezar de nuevo", "empieza de nuevo", "vuelve a empezar", "reinicia", "desde el principio"),
        c.NAVIGATE_HOME: ("ve al inicio", "pantalla de inicio"),
        c.PREVIOUS: ("atrás", "anterior", "vuelve", "la anterior"),
    },
    "fr": {
        c.YES: ("oui", "ouais", "ouin", "oui s'il te plaît", "d'accord", "ok", "correct", "exact", "certainement"),
        c.NO: ("non", "nan", "non merci", "jamais"),
        c.HELP: ("aide", "aide-moi", "qu'est-ce que je peux dire", "qu'est-ce que ça veut dire"),
        c.STOP: ("arrête", "arrêter", "stop", "quitter", "quitte", "tais-toi", "c'est assez"),
        c.CANCEL: ("annule", "laisse faire", "oublie ça", "laisse tomber"),
        c.REPEAT: ("répète", "répète ça", "répéter", "pardon", "qu'est-ce que tu as dit"),
        c.START_OVER: ("recommence", "recommencer", "on recommence", "reprends du début"),
        c.NAVIGATE_HOME: ("va à l'accueil", "écran d'accueil"),
        c.PREVIOUS: ("retour", "reviens", "précédent", "en arrière", "arrière"),
    },
}
BUILT_IN_PHRASES = PHRASES_BY_LANGUAGE["en"]
DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
FILLERS = re.compile(
    r"^(?:(?:um|uh|erm|oh|well|so|okay so|eh|este|pues|bueno|euh|ben|bon)\s+)+"
    r"|\s+(?:please|por favor|s'il vous plait|s'il te plait)$"
)
NEAR_MATCH = 0.88  # how alike a typed utterance and a sample must be (difflib's ratio)
TYPO = 2  # characters: a near match this close to a sample's length is that sample, mistyped
# Opening a skill, and asking it something at once, per language: "open …", "ask … if …".
LAUNCH_VERBS = {
    "en": ("open", "launch", "start", "begin", "load", "run", "use"),
    "es": ("abre", "abrir", "inicia", "iniciar", "empieza", "comienza", "lanza", "usa", "pon"),
    "fr": ("ouvre", "ouvrir", "lance", "lancer", "démarre", "commence", "utilise", "mets"),
}
ONE_SHOT_VERBS = {
    "en": ("ask", "tell"),
    "es": ("pide a", "pregunta a", "pídele a", "pregúntale a", "dile a", "pide", "pregunta"),
    "fr": ("demande à", "dis à", "demande"),
}
CONNECTING_WORDS = {
    "en": ("to", "if", "whether", "about", "for", "that"),
    "es": ("si", "que", "sobre", "para", "por"),
    "fr": ("si", "pour", "que", "de"),
}


def model_path(locale: str) -> Path:
    return MODEL_DIR / f"{locale}.json"


def load_language_model(locale: str) -> dict[str, Any]:
    with model_path(locale).open(encoding="utf-8") as model_file:
        model: dict[str, Any] = json.load(model_file)["interactionModel"]["languageModel"]
    return model


def fold_accents(text: str) -> str:
    """Accents dropped, as people type with or without them ("sí" is "si", "tête" is "tete"); the
    Spanish ñ is kept, as "año" and "ano" are different words."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", re.sub(r"(?<!n)\u0303|[\u0300-\u0302\u0304-\u036f]", "", decomposed))


SPOKEN_DIGITS = {
    "en": DIGITS,
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "fr": ("zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
}


def normalise(utterance: str, language: str = "en") -> str:
    """Lowercase words only, without accents; initialisms joined ("G.P.", "g. p." and "GP" are all "gp");
    digits spoken one by one, as samples spell numbers ("911" is "nine one one")."""
    text = fold_accents(utterance.lower().replace("\u2019", "'"))
    text = re.sub(r"\b([a-z])\.\s*(?=[a-z]\.)", r"\1", text)
    text = re.sub(r"\d", lambda digit: f" {SPOKEN_DIGITS[language][int(digit.group())]} ", text)
    text = re.sub(r"[^\w' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def canonical_locale(name: str) -> str | None:
    """'en-gb', 'EN_GB' and 'en-GB' are all en-GB; None when there is no model for it."""
    wanted = name.replace("_", "-").lower()
    return next((locale for locale in available_locales() if locale.lower() == wanted), None)


def available_locales() -> list[str]:
    return sorted(path.stem for path in MODEL_DIR.glob("*.json"))


def _sample_pattern(sample: str) -> re.Pattern[str]:
    """A sample with slots ("i'm {age}") as a pattern: each slot takes one or more words, by name."""
    parts = re.split(r"\{(\w+)\}", sample)  # literal, slot name, literal, ...
    pieces: list[str] = []
    for index, part in enumerate(parts):
        if index % 2:
            pieces.append(rf"(?P<{part}>\S.*?)")
        elif normalise(part):
            pieces.append(re.escape(normalise(part)))
    return re.compile(r"\s+".join(pieces))


UNITS = {word: value for value, word in enumerate(DIGITS)} | {"oh": 0}
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER_WORDS = (
    UNITS | {word: 10 + i for i, word in enumerate(TEENS)} | {word: 20 + 10 * i for i, word in enumerate(TENS)}
)
# Spanish and French (accents folded, as ``normalise`` leaves them): "cuarenta y cinco", "soixante-sept",
# "quatre-vingt-un" (4 x 20 + 1), "soixante et onze" (60 + 11).
_ES_UNITS = ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve")
_ES_TEENS = ("diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve")
_ES_TENS = ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa")
_ES_TWENTIES = (
    "veinte",
    "veintiuno",
    "veintidos",
    "veintitres",
    "veinticuatro",
    "veinticinco",
    "veintiseis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
)
_FR_UNITS = ("zero", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
_FR_TEENS = ("dix", "onze", "douze", "treize", "quatorze", "quinze", "seize")
_FR_TENS = ("vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "nonante")
NUMBER_WORDS |= (
    {word: i for i, word in enumerate(_ES_UNITS)}
    | {"un": 1, "una": 1}
    | {word: 10 + i for i, word in enumerate(_ES_TEENS)}
    | {word: 20 + 10 * i for i, word in enumerate(_ES_TENS)}
    | {word: 20 + i for i, word in enumerate(_ES_TWENTIES)}
    | {word: i for i, word in enumerate(_FR_UNITS)}
    | {"une": 1, "vingts": 20}
    | {word: 10 + i for i, word in enumerate(_FR_TEENS)}
    | {word: 20 + 10 * i for i, word in enumerate(_FR_TENS)}
)
HUNDREDS = ("hundred", "cien", "ciento", "cent", "cents")
THOUSANDS = ("thousand", "mil", "mille")
NUMBER_WORDS |= {"novecientos": 900}  # "mil novecientos sesenta": a year of birth in Spanish
NUMBER_FILLERS = ("and", "a", "years", "old", "y", "anos", "años", "et", "ans")


def spoken_number(words: str) -> str:
    """An AMAZON.NUMBER slot's value as Alexa resolves it: "sixty seven" and "six seven" (typed "67") are
    "67", "a hundred and one" is "101", a year said in pairs ("nineteen sixty six") is "1966"; "?" when it
    is not a number."""
    tokens = [w for w in re.split(r"[\s-]+", words) if w and w not in NUMBER_FILLERS]
    digits = UNITS | {word: value for words in SPOKEN_DIGITS.values() for value, word in enumerate(words)}
    if tokens and all(t in digits for t in tokens):  # "six seven", or "67" typed: spoken digit by digit
        return "".join(str(digits[t]) for t in tokens)
    said = _number_of(tokens)
    if said == "?" and len(tokens) > 1 and tokens[0] in ("nineteen", "twenty"):  # a year in pairs
        rest = spoken_number(" ".join(tokens[1:]))
        if rest != "?" and int(rest) < 100:
            return str(NUMBER_WORDS[tokens[0]] * 100 + int(rest))
    return said


def _number_of(tokens: list[str]) -> str:
    total, current = 0, 0
    for token in tokens:
        if token in THOUSANDS:
            total, current = total + max(current, 1) * 1000, 0
        elif token in HUNDREDS:
            current = max(current, 1) * 100
        elif token in ("vingt", "vingts") and 1 <= current <= 9:  # quatre-vingt(s): four twenties
            current *= 20
        elif token in NUMBER_WORDS and (current % 10 == 0 or NUMBER_WORDS[token] >= 10):
            current += NUMBER_WORDS[token]
        else:
            return "?"
    total += current
    return str(total) if tokens else "?"


@dataclass(frozen=True)
class Resolved:
    """What Alexa made of an utterance: a launch, or an intent (with its slots); ``opens`` starts a new session."""

    request_type: str
    intent: str | None = None
    opens: bool = False
    # (slot name, value as heard, the id of the custom slot type's value it resolved to, or "")
    slots: tuple[tuple[str, str, str], ...] = ()


class Resolver:
    """Maps utterances to intents from one locale's interaction model."""

    def __init__(self, language_model: dict[str, Any], language: str = "en") -> None:
        self.invocation = normalise(language_model["invocationName"])
        self.language = language
        self.phrases: dict[str, str] = {}
        for intent, phrases in PHRASES_BY_LANGUAGE[language].items():
            self.phrases.update(dict.fromkeys(map(normalise, phrases), intent))
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        self.numbers: set[str] = set()  # the names of AMAZON.NUMBER slots
        self.free: set[str] = set()  # the names of AMAZON.SearchQuery slots: any words
        # For each slot of a custom type: its values' words (name and synonyms) and their ids.
        self.values: dict[str, dict[str, str]] = {}
        types = {
            slot_type["name"]: {
                normalise(word): value.get("id") or value["name"]["value"]
                for value in slot_type.get("values", [])
                for word in (value["name"]["value"], *value["name"].get("synonyms", []))
            }
            for slot_type in language_model.get("types", [])
        }
        for intent in language_model["intents"]:
            self.numbers |= {slot["name"] for slot in intent.get("slots", []) if slot["type"] == "AMAZON.NUMBER"}
            self.free |= {slot["name"] for slot in intent.get("slots", []) if slot["type"] == "AMAZON.SearchQuery"}
            self.values |= {
                slot["name"]: types[slot["type"]] for slot in intent.get("slots", []) if slot["type"] in types
            }
            for sample in intent.get("samples", []):
                if "{" in sample:
                    self.patterns.append((_sample_pattern(sample), intent["name"]))
                else:
                    self.phrases[normalise(sample)] = intent["name"]
        # The most specific sample first: "i'm {age}" before "{age}", as the words outside a slot decide; a
        # sample with a free phrase (AMAZON.SearchQuery) last, as Alexa prefers a value it knows.
        self.patterns.sort(
            key=lambda entry: (
                any(name in self.free for name in entry[0].groupindex),
                -len(re.sub(r"\(\?P<\w+>.*?\)", "", entry[0].pattern)),
            )
        )

    def intent_for(self, text: str) -> str:
        """The intent Alexa's language understanding would most likely pick for ``text``."""
        return self.understand(text)[0]

    def understand(self, text: str) -> tuple[str, tuple[tuple[str, str, str], ...]]:
        """The intent Alexa's language understanding would most likely pick for ``text``, and its slots.

        An exact sample, as said or without a leading connecting word ("to", "if") or fillers
        ("um", "please"); then a sample with slots whose number slot holds a number and whose
        custom slot holds one of its type's values (as Alexa resolves them: the number's digits,
        the value's id); then a near match (a typo, a missing apostrophe); else the fallback.
        """
        first, _, rest = text.partition(" ")
        candidates = [text, FILLERS.sub("", text)]
        if first in CONNECTING_WORDS[self.language]:
            candidates.append(rest)
        for candidate in candidates:
            if candidate in self.phrases:
                return self.phrases[candidate], ()
        near = difflib.get_close_matches(candidates[1], self.phrases, n=1, cutoff=NEAR_MATCH)
        for catch_all in (False, True):
            for candidate in candidates:
                for pattern, intent in self.patterns:
                    if any(name in self.free for name in pattern.groupindex) is not catch_all:
                        continue
                    match = pattern.fullmatch(candidate)
                    if match is None:
                        continue
                    slots = tuple(self._slot(name, value) for name, value in match.groupdict().items())
                    if all(value != "?" for _, value, _ in slots):  # a number, a known value, or no match
                        return intent, slots
            # A sample said with a typo or without an apostrophe ("i cant feel my legs") beats a catch-all.
            if near and not catch_all and abs(len(near[0]) - len(candidates[1])) <= TYPO:
                return self.phrases[near[0]], ()
        return (self.phrases[near[0]] if near else c.FALLBACK), ()

    def _slot(self, name: str, words: str) -> tuple[str, str, str]:
        """A slot's value as Alexa resolves it; "?" for a number or custom value it does not know."""
        if name in self.numbers:
            return name, spoken_number(words), ""
        if name in self.values:
            known = self.values[name].get(words)
            return (name, words, known) if known else (name, "?", "")
        return name, words, ""

    def resolve(self, utterance: str) -> Resolved:
        text = normalise(utterance, self.language)
        text = re.sub(r"^alexa ", "", text)
        for verb in LAUNCH_VERBS[self.language]:
            if text == f"{verb} {self.invocation}":
                return Resolved("LaunchRequest", opens=True)
        for verb in ONE_SHOT_VERBS[self.language]:
            prefix = f"{normalise(verb)} {self.invocation}"
            if text == prefix:
                return Resolved("LaunchRequest", opens=True)
            if text.startswith(prefix + " "):
                return Resolved("IntentRequest", self.intent_for(text[len(prefix) + 1 :]), opens=True)
        intent, slots = self.understand(text)
        return Resolved("IntentRequest", intent, slots=slots)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Session:
    """The session as Alexa keeps it between turns."""

    skill_id: str
    locale: str
    session_id: str = field(default_factory=lambda: f"amzn1.echo-api.session.{uuid.uuid4()}")
    attributes: dict[str, Any] = field(default_factory=dict)
    new: bool = True
    screen: bool = False  # a device that shows APL (an Echo Show), or a voice-only one
    # Where the skill finds Alexa's APIs: ``run`` points it at a local stand-in (``local_reminders_api``), so
    # the console never calls Amazon.
    api_endpoint: str = "https://api.amazonalexa.com"

    def _interfaces(self) -> dict[str, Any]:
        return {"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2024.2"}}} if self.screen else {}

    def envelope(self, request: dict[str, Any]) -> dict[str, Any]:
        """The request envelope Alexa would send, in the same shape as the test fixtures."""
        application = {"applicationId": self.skill_id}
        user = {"userId": CONSOLE_USER_ID}
        session: dict[str, Any] = {
            "new": self.new,
            "sessionId": self.session_id,
            "application": application,
            "user": user,
        }
        if not self.new:
            session["attributes"] = self.attributes
        return {
            "version": "1.0",
            "session": session,
            "context": {
                "System": {
                    "application": application,
                    "user": user,
                    "device": {"deviceId": CONSOLE_DEVICE_ID, "supportedInterfaces": self._interfaces()},
                    "apiEndpoint": self.api_endpoint,
                    "apiAccessToken": "console",
                }
            },
            "request": {
                "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
                "locale": self.locale,
                "timestamp": _now(),
                **request,
            },
        }


def _slot_json(name: str, value: str, known: str) -> dict[str, Any]:
    """A slot as Alexa sends it; a custom type's value with its entity resolution (the value's id)."""
    slot: dict[str, Any] = {"name": name, "value": value, "confirmationStatus": "NONE"}
    if known:
        slot["resolutions"] = {
            "resolutionsPerAuthority": [
                {
                    "authority": f"amzn1.er-authority.echo-sdk.console.{name}",
                    "status": {"code": "ER_SUCCESS_MATCH"},
                    "values": [{"value": {"name": value, "id": known}}],
                }
            ]
        }
    return slot


def request_for(resolved: Resolved) -> dict[str, Any]:
    if resolved.request_type == "LaunchRequest":
        return {"type": "LaunchRequest", "shouldLinkResultBeReturned": False}
    intent: dict[str, Any] = {"name": resolved.intent, "confirmationStatus": "NONE"}
    if resolved.slots:
        intent["slots"] = {name: _slot_json(name, value, known) for name, value, known in resolved.slots}
    return {"type": "IntentRequest", "intent": intent}


def describe(response_envelope: dict[str, Any]) -> list[str]:
    """What Alexa would say and show for a response, as printed lines."""
    response = response_envelope.get("response", {})
    lines = []
    speech = response.get("outputSpeech")
    if speech:
        lines.append("Alexa: " + to_text(speech.get("ssml") or speech.get("text", "")))
    card = response.get("card")
    if card:
        lines.append(f"[card] {card.get('title', '')}: {card.get('content', '')}")
    for directive in response.get("directives") or []:
        if directive.get("type") == "Connections.SendRequest" and directive.get("name") == "AskFor":
            lines.append(ASKS_PERMISSION)
        if directive.get("type") == "Alexa.Presentation.APL.RenderDocument":
            lines += screen_text(directive.get("token", ""), directive.get("datasources", {}).get("screen", {}))
    return lines


def screen_text(token: str, data: dict[str, str]) -> list[str]:
    """A short text rendering of what the screen shows: its texts in order, buttons in brackets."""
    kind = token.rsplit("-", 1)[-1]
    texts = [value for key, value in data.items() if value and not key.startswith("button_") and key != "tier"]
    buttons = " ".join(f"[ {value} ]" for key, value in data.items() if key.startswith("button_"))
    return [f"[screen: {kind}] " + " | ".join(texts)] + ([f"[screen: {kind}] {buttons}"] if buttons else [])


SkillHandler = Callable[[dict[str, Any], Any], dict[str, Any]]
# Alexa's own voice permission prompt (its words, not the skill's), and the answers it takes as a yes.
ASKS_PERMISSION = "Alexa: [Alexa's own prompt: do you allow Back Pain Check to set reminders?]"
PERMISSION_YES = {"yes", "si", "oui", "i approve"}


@contextmanager
def local_reminders_api() -> Iterator[str]:
    """A stand-in for Alexa's Reminders API on 127.0.0.1 (its endpoint): POST /v1/alerts/reminders answers 201
    with the documented fields, as the real API does for a reminder the person allowed."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            created = {"alertToken": "console", "createdTime": _now(), "updatedTime": _now(), "status": "ON"}
            body = json.dumps({**created, "version": "1", "href": "/v1/alerts/reminders/console"}).encode()
            self.send_response(201 if self.path == "/v1/alerts/reminders" else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    # A short poll: shutdown() waits for the loop to look again, and every conversation starts one of these.
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def permission_answer(said: str, language: str) -> dict[str, Any]:
    """The Connections.Response Alexa sends the skill after its permission prompt: ACCEPTED for a yes."""
    status = "ACCEPTED" if normalise(said, language) in PERMISSION_YES else "DENIED"
    return {
        "type": "Connections.Response",
        "name": "AskFor",
        "status": {"code": "200", "message": "OK"},
        "token": "remind-two-weeks",
        "payload": {
            "permissionScopes": [
                {"permissionScope": "alexa::alerts:reminders:skill:readwrite", "consentLevel": "ACCOUNT"}
            ],
            "status": status,
        },
    }


def run(
    lines: Iterable[str],
    out: TextIO,
    locale: str = DEFAULT_LOCALE,
    handler: SkillHandler | None = None,
    skill_id: str | None = None,
    screen: bool = False,
) -> int:
    """Drive one conversation; returns the exit status."""
    skill_id = skill_id or os.environ.get("ALEXA_SKILL_ID") or CONSOLE_SKILL_ID
    if handler is None:
        from skill.alexa.lambda_function import build_handler

        handler = cast(SkillHandler, build_handler(skill_id))
    with local_reminders_api() as api_endpoint:
        return _run(lines, out, locale, handler, skill_id, screen, api_endpoint)


def _run(
    lines: Iterable[str],
    out: TextIO,
    locale: str,
    handler: SkillHandler,
    skill_id: str,
    screen: bool,
    api_endpoint: str,
) -> int:
    resolver = Resolver(load_language_model(locale), language_of(locale))
    session: Session | None = None
    asked_permission = False
    for line in lines:
        if not line.strip():
            continue
        if asked_permission and session is not None:  # the answer to Alexa's permission prompt
            session.new = True
            response = handler(session.envelope(permission_answer(line, language_of(locale))), None)
            print("\n".join(describe(response)), file=out, flush=True)
            return 0
        resolved = resolver.resolve(line)
        if session is None or resolved.opens:
            session = Session(skill_id, locale, screen=screen, api_endpoint=api_endpoint)
        response = handler(session.envelope(request_for(resolved)), None)
        print("\n".join(describe(response)), file=out, flush=True)
        if ASKS_PERMISSION in describe(response):
            asked_permission = True
            continue
        if response.get("response", {}).get("shouldEndSession", True):
            return 0
        session.attributes = response.get("sessionAttributes") or {}
        session.new = False
    if session is not None:
        ended = {"type": "SessionEndedRequest", "reason": "USER_INITIATED"}
        handler(session.envelope(ended), None)
    return 0


def _lines(stream: TextIO) -> Iterable[str]:
    interactive = stream.isatty()
    while True:
        if interactive:
            print("You: ", end="", flush=True)
        line = stream.readline()
        if not line:
            return
        yield line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.console", description=__doc__.splitlines()[0])
    parser.add_argument("--locale", default=DEFAULT_LOCALE, help=f"one of {', '.join(available_locales())}")
    parser.add_argument("--screen", action="store_true", help="as a device with a screen: print what it shows")
    args = parser.parse_args(argv)
    locale = canonical_locale(args.locale)
    if locale is None:
        parser.error(f"no interaction model for locale {args.locale!r}; choose one of {', '.join(available_locales())}")
    if sys.stdin.isatty():
        example = texts_for(locale)["listing.example.1"].removeprefix("Alexa, ")
        print(f"Say something, for example: {example} (Ctrl-D to end)")
    return run(_lines(sys.stdin), sys.stdout, locale, screen=args.screen)


if __name__ == "__main__":
    sys.exit(main())
