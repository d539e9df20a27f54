"""Getting a session to where a test starts (the check begun, the age given, the first question
asked), and what a user hears, built from the locale's speech data."""

from __future__ import annotations

from skill.alexa import constants as c
from skill.core.speech import texts_for
from skill.core.ssml import to_text
from tests.support.fake_alexa import ADULT, FakeAlexa, Handler, speech

SAFETY_NET = (
    "Call 911 at once for chest pain, sudden severe pain, feeling faint or fainting, new bladder or bowel problems, "
    "numbness or tingling around your genitals or bottom, or pain, numbness, tingling or weakness in both legs."
)
"""The safety net as an en-US listener hears it, word for word: a rewording fails the tests that use it."""


def heard(*parts: str) -> str:
    """Speech parts (SSML) as one reply is heard: plain text, the empty ones left out."""
    return " ".join(plain for plain in (to_text(part) for part in parts) if plain)


def text(key: str, locale: str = "en-US") -> str:
    """One message as heard in ``locale``."""
    return to_text(texts_for(locale)[key])


def question(sign_id: str, locale: str = "en-US") -> str:
    return text(f"question.{sign_id}", locale)


def at_age_question(fake_alexa: FakeAlexa) -> FakeAlexa:
    """Launched and "yes" to the offer: the age question is pending."""
    t = texts_for(fake_alexa.locale)
    fake_alexa.launch()
    assert speech(fake_alexa.say(c.YES)) == heard(t["start.after_offer"], t["question.age"])
    return fake_alexa


def started(fake_alexa: FakeAlexa, age: int | None = ADULT) -> FakeAlexa:
    """Launched, "yes" to the offer and ``age`` given (None: "I'd rather not say"): the first question is pending."""
    t = texts_for(fake_alexa.locale)
    at_age_question(fake_alexa)
    thanks = t["ack.age"] if age is not None else t["ack.age.declined"]
    assert speech(fake_alexa.tell_age(age)) == heard(thanks, t["question.chest_pain"])
    return fake_alexa


def on_a_speaker_and_a_screen(handler: Handler) -> None:
    """A whole conversation through ``handler``, on a speaker and then on a device with a screen:
    the welcome, help, yes, and answers to the verdict (two signs yes)."""
    for screen in (False, True):
        fake_alexa = FakeAlexa(handler, screen=screen)
        fake_alexa.launch()
        fake_alexa.say(c.HELP)
        fake_alexa.say(c.YES)
        fake_alexa.answer_until_verdict({"leg_pain", "night_pain"})
