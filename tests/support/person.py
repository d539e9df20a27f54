"""Someone talking to the skill: utterances resolved against the locale's interaction model
(``tools.console``'s resolver, standing in for Alexa's language understanding) and sent to the
Lambda entry point as the requests Alexa would send, slots and entity resolution included."""

from __future__ import annotations

from typing import Any

from skill.alexa import constants as c
from skill.alexa.lambda_function import build_handler
from skill.core.speech import LOCALES, language_of, texts_for
from skill.core.ssml import to_text
from tests.support.fake_alexa import SKILL_ID, FakeAlexa, outcome, speech
from tools.console import Resolver, load_language_model

ENTRY_POINT = build_handler(SKILL_ID)
RESOLVERS = {locale: Resolver(load_language_model(locale), language_of(locale)) for locale in LOCALES}
NO = {"en": "no", "es": "no", "fr": "non"}
YES = {"en": "yes", "es": "sí", "fr": "oui"}
FORTY = {"en": "forty", "es": "cuarenta", "fr": "quarante"}


class Person:
    """Someone talking to the skill: utterances in, through the model, to the Lambda entry point."""

    def __init__(self, locale: str = "en-US") -> None:
        self.locale = locale
        self.fake_alexa = FakeAlexa(ENTRY_POINT, locale=locale)
        self.texts = texts_for(locale)

    def says(self, utterance: str) -> dict[str, Any]:
        resolved = RESOLVERS[self.locale].resolve(utterance)
        if resolved.request_type == "LaunchRequest":
            return self.fake_alexa.launch()
        assert resolved.intent is not None
        if resolved.opens:
            self.fake_alexa.attributes = None  # a one-shot opens a new session
        number = next((value for name, value, _ in resolved.slots if name == c.AGE_SLOT), None)
        others = tuple(slot for slot in resolved.slots if slot[0] != c.AGE_SLOT)
        return self.fake_alexa.say(resolved.intent, number, others)

    def question(self, sign_id: str) -> str:
        return to_text(self.texts[f"question.{sign_id}"])

    def says_no_until(self, sign_id: str) -> Person:
        """No to every question (in the locale's word) until ``sign_id`` is asked; an error if a verdict comes."""
        out = self.fake_alexa.responses[-1]
        while not speech(out).endswith(self.question(sign_id)):
            assert outcome(out) is None, f"{sign_id} was not asked"
            out = self.says(NO[language_of(self.locale)])
        return self

    def text(self, key: str) -> str:
        return to_text(self.texts[key])


def at_first_question(locale: str) -> Person:
    """The skill opened, and forty said to the age: the first question waits."""
    person = Person(locale)
    person.fake_alexa.launch()
    person.says(FORTY[language_of(locale)])
    return person
