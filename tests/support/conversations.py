"""Getting a session to where a test starts: the check begun, the age given, the first question asked."""

from __future__ import annotations

from skill.alexa import constants as c
from skill.core.speech import texts_for
from skill.core.ssml import to_text
from tests.support.fake_alexa import ADULT, FakeAlexa, speech


def at_age_question(fake_alexa: FakeAlexa) -> FakeAlexa:
    """Launched and "yes" to the offer: the age question is pending."""
    texts = texts_for(fake_alexa.locale)
    fake_alexa.launch()
    assert speech(fake_alexa.say(c.YES)) == f"{to_text(texts['start.after_offer'])} {to_text(texts['question.age'])}"
    return fake_alexa


def started(fake_alexa: FakeAlexa, age: int | None = ADULT) -> FakeAlexa:
    """Launched, "yes" to the offer and ``age`` given (None: "I'd rather not say"): the first question is pending."""
    texts = texts_for(fake_alexa.locale)
    at_age_question(fake_alexa)
    thanks = texts["ack.age"] if age is not None else texts["ack.age.declined"]
    assert speech(fake_alexa.tell_age(age)) == f"{to_text(thanks)} {to_text(texts['question.chest_pain'])}"
    return fake_alexa
