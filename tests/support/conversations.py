"""Getting a session to where a test starts (the check begun, the age given, the first question
asked), and what a user hears, built from the locale's speech data."""

from __future__ import annotations

from skill.alexa import constants as c
from skill.core.responses import age_echo
from skill.core.signs import SIGNS_BY_ID
from skill.core.speech import texts_for
from skill.core.ssml import to_text
from tests.support.fake_alexa import ADULT, FakeAlexa, Handler, speech

SAFETY_NET = (
    "Call 911 at once for chest pain, losing bladder or bowel control, new breathlessness, passing out or a "
    "numb bottom, or if it's much worse."
)
"""The usual safety net (no warning sign said yes) as an en-US listener hears it, word for word: a rewording
fails the tests that use it. A person's own safety net names what would make it an emergency for them first."""


def yes_path(sign_id: str) -> tuple[str, ...]:
    """The yes answers that reach ``sign_id``: up its chain of follow-ups, the first question each follows (not
    an age fact), then it."""
    parents = [p for p in SIGNS_BY_ID[sign_id].follows if p in SIGNS_BY_ID]
    return (*yes_path(parents[0]), sign_id) if parents else (sign_id,)


def heard(*parts: str) -> str:
    """Speech parts (SSML) as one reply is heard: plain text, the empty ones left out."""
    return " ".join(plain for plain in (to_text(part) for part in parts) if plain)


def after_age(age: int | None, locale: str = "en-US") -> str:
    """What the first question sounds like after the age: said back ("That's fine." for none), what the check
    is not (said once), then the question."""
    t = texts_for(locale)
    thanks = age_echo(t, age) if age is not None else t["ack.age.declined"]
    return heard(thanks, t["start.note"], t["question.chest_pain"])


def text(key: str, locale: str = "en-US") -> str:
    """One message as heard in ``locale``."""
    return to_text(texts_for(locale)[key])


def question(sign_id: str, locale: str = "en-US") -> str:
    return text(f"question.{sign_id}", locale)


def at_age_question(fake_alexa: FakeAlexa) -> FakeAlexa:
    """Launched: the welcome asks the age."""
    t = texts_for(fake_alexa.locale)
    assert speech(fake_alexa.launch()).endswith(to_text(t["question.age"]))
    return fake_alexa


def started(fake_alexa: FakeAlexa, age: int | None = ADULT) -> FakeAlexa:
    """Launched and ``age`` given (None: "I'd rather not say"): the first question is pending."""
    at_age_question(fake_alexa)
    assert speech(fake_alexa.tell_age(age)) == after_age(age, fake_alexa.locale)
    return fake_alexa


def on_a_speaker_and_a_screen(handler: Handler) -> None:
    """A whole conversation through ``handler``, on a speaker and then on a device with a screen:
    the welcome (which asks the age), help, the age, answers to the verdict (two signs yes), and the
    verdict again."""
    for screen in (False, True):
        fake_alexa = FakeAlexa(handler, screen=screen)
        fake_alexa.launch()
        fake_alexa.say(c.HELP)
        fake_alexa.answer_until_verdict({"leg_symptoms", "leg_below_knee"}, age=45)
        fake_alexa.say(c.YES)
