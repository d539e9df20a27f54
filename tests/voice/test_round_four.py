"""Voice round four (issue 36), through the interaction models and the Lambda entry point, in every locale:
a missed word never hides the emergency, the verdict is kept, answers in the person's own words, pacing."""

from __future__ import annotations

import re

import pytest

from skill.alexa import constants as c
from skill.core.speech import LOCALES, language_of
from tests.support.fake_alexa import ends_session, outcome, reprompt, speech
from tests.support.locales import firm_opening
from tests.support.person import FORTY, Person, at_first_question

EVERY_LOCALE = sorted(LOCALES)
NO = {"en": "no", "es": "no", "fr": "non"}
NONSENSE = {"en": "purple elephants", "es": "elefantes morados", "fr": "des éléphants mauves"}
# An emergency in a person's own words, through a catch-all (not an EmergencyIntent sample): the free words are
# scanned in every phase.
OWN_WORDS_EMERGENCY = {
    "en": "my wife's face is drooping and she can't talk",
    "es": "mi esposo se desmayó y no responde",
    "fr": "mon mari s'est effondré dans la cuisine",
}
THANKS = {"en": "thanks", "es": "gracias", "fr": "merci"}
SORRY = {"en": "sorry", "es": "perdón", "fr": "pardon"}


def opened(locale: str) -> Person:
    person = Person(locale)
    person.fake_alexa.launch()
    return person


def at_verdict(locale: str) -> tuple[Person, str]:
    """The all-no check at 40: the home verdict, "want to hear that again?"."""
    person = at_first_question(locale)
    out = person.fake_alexa.answer_until_verdict(age=40)
    assert outcome(out) == "home" and not ends_session(out)
    return person, speech(out)


def in_phase(locale: str, phase: str) -> Person:
    if phase == "age":
        return opened(locale)
    if phase == "question":
        return at_first_question(locale)
    person, _ = at_verdict(locale)
    if phase == "after the verdict":
        person.says({"en": "yes", "es": "sí", "fr": "oui"}[language_of(locale)])  # heard again
    return person


# --- 1. Emergency first, whatever was heard -----------------------------------------------------


@pytest.mark.parametrize("phase", ["age", "question", "verdict", "after the verdict"])
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_an_emergency_in_free_words_gets_the_number_at_once_in_every_phase(locale: str, phase: str) -> None:
    person = in_phase(locale, phase)
    out = person.says(OWN_WORDS_EMERGENCY[language_of(locale)])
    assert speech(out).startswith(firm_opening(locale)) and ends_session(out)


@pytest.mark.parametrize("phase", ["age", "question", "verdict"])
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_every_miss_in_every_phase_the_first_included_says_the_emergency_line(locale: str, phase: str) -> None:
    person = in_phase(locale, phase)
    out = person.says(NONSENSE[language_of(locale)])
    assert person.text("help.emergency") in speech(out) and not ends_session(out)


@pytest.mark.parametrize("locale", [locale for locale in EVERY_LOCALE if language_of(locale) == "en"])
@pytest.mark.parametrize(
    ("said", "reason"),
    [("I have numbness between my legs", "reason.saddle_numbness"), ("I've wet myself", "reason.bladder_lost_feeling")],
)
def test_a_warning_sign_said_before_it_is_asked_is_its_answer_at_once(locale: str, said: str, reason: str) -> None:
    person = at_first_question(locale)
    out = person.says(said)
    assert outcome(out) == "emergency" and ends_session(out)
    assert speech(out).startswith(firm_opening(locale)) and person.text(reason) in speech(out)


@pytest.mark.parametrize("said", ["no, sixty", "no I said sixty", "nope, sixty"])
def test_no_and_the_right_age_to_did_you_say_sixteen_takes_the_new_age(said: str) -> None:
    person = opened("en-US")
    assert speech(person.says("sixteen")) == "Did you say 16?"
    assert speech(person.says(said)).startswith("60, thanks.")
    assert (person.fake_alexa.attributes or {})["age"] == 60


@pytest.mark.parametrize(("locale", "said"), [("es-MX", "no, sesenta"), ("es-ES", "sesenta"), ("fr-CA", "soixante")])
def test_the_right_age_to_did_you_say_sixteen_in_spanish_and_french(locale: str, said: str) -> None:
    person = opened(locale)
    person.says({"es": "dieciséis", "fr": "seize"}[language_of(locale)])
    assert (person.fake_alexa.attributes or {}).get(c.AGE_HEARD) == 16
    person.says(said)
    attributes = person.fake_alexa.attributes or {}
    assert 60 in (attributes.get(c.AGE_HEARD), attributes.get("age")), attributes


def test_a_fall_the_person_cannot_get_up_from_is_an_emergency_and_a_fall_alone_is_the_injury_answer() -> None:
    person = at_first_question("en-US")
    out = person.says("I'm on the floor and can't get up")
    assert speech(out).startswith(firm_opening("en-US")) and ends_session(out)
    person = at_first_question("en-US")
    out = person.says("I fell down the stairs")
    assert speech(out).startswith(person.text("noted.later")) and not ends_session(out)


# --- 2. The verdict is kept -------------------------------------------------------------------


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_the_verdict_says_once_it_is_in_the_alexa_app(locale: str) -> None:
    _, verdict = at_verdict(locale)
    person = opened(locale)
    assert verdict.count(person.text("card.said")) == 1


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_after_the_verdict_sorry_repeats_it_and_thanks_ends_kindly(locale: str) -> None:
    person, verdict = at_verdict(locale)
    again = person.says(SORRY[language_of(locale)])
    assert speech(again) == verdict.replace(f" {person.text('card.said')}", "") and not ends_session(again)
    out = person.says(THANKS[language_of(locale)])
    assert speech(out) == person.text("goodbye.after_verdict") and ends_session(out) and outcome(out) == "home"


def test_okay_after_the_verdict_ends_kindly_without_replaying_it() -> None:
    person, _ = at_verdict("en-US")
    out = person.says("okay")
    assert speech(out) == person.text("goodbye.after_verdict") and ends_session(out)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_miss_after_the_verdict_offers_it_once_more_then_says_goodbye(locale: str) -> None:
    person, _ = at_verdict(locale)
    out = person.says(NONSENSE[language_of(locale)])
    assert speech(out).endswith(person.text("verdict.offer")) and not ends_session(out)
    assert person.text("help.emergency") in speech(out)
    assert reprompt(out) == person.text("verdict.offer.reprompt")
    out = person.says(NONSENSE[language_of(locale)])
    assert speech(out) == person.text("goodbye.after_verdict") and ends_session(out)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_repeat_in_a_new_session_points_to_the_alexa_app(locale: str) -> None:
    person = Person(locale)
    out = person.fake_alexa.say(c.REPEAT)
    assert speech(out) == person.text("nothing_kept") and ends_session(out)
    assert {"en": "Alexa app", "es": "app de Alexa", "fr": "appli Alexa"}[language_of(locale)] in speech(out)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_remind_me_after_the_verdict_says_how_to_ask_alexa_and_nothing_about_health(locale: str) -> None:
    """On a device with no Alexa APIs; with them, a reminder is set (tests/voice/test_reminders.py)."""
    person, _ = at_verdict(locale)
    person.fake_alexa.api_endpoint = ""
    said = {"en": "remind me in two weeks", "es": "recuérdame en dos semanas", "fr": "rappelle-moi dans deux semaines"}
    out = person.says(said[language_of(locale)])
    assert speech(out) == person.text("remind.yourself") and ends_session(out) and outcome(out) == "home"


# --- 4. Own words ---------------------------------------------------------------------------------


def test_no_but_my_leg_is_numb_settles_the_leg_questions_it_answers() -> None:
    person = at_first_question("en-US")
    person.says("no but my leg is numb")
    heard = []
    out = person.fake_alexa.responses[-1]
    while outcome(out) is None:
        out = person.says("no")
        heard.append(speech(out))
    asked = " ".join(heard)
    assert person.question("leg_symptoms") not in asked and person.question("leg_numb") not in asked
    assert person.question("leg_below_knee") in asked, "what it does not settle is still asked"
    counted = "You told me about numbness or tingling in a leg earlier, so I've counted it."
    assert counted in asked and outcome(out) == "doctor"


@pytest.mark.parametrize(
    ("sign_id", "said"),
    [
        ("cancer_history", "I had bowel cancer ten years ago"),
        ("immune_medicines", "I'm on methotrexate"),
        ("leg_symptoms", "my left foot tingles"),
        ("fever", "I've been shivering all night"),
    ],
)
def test_a_statement_naming_the_thing_asked_answers_yes(sign_id: str, said: str) -> None:
    person = at_first_question("en-US").says_no_until(sign_id)
    person.says(said)
    assert (person.fake_alexa.attributes or {})["answers"][-1] == [sign_id, "yes"]


def test_a_statement_saying_the_thing_asked_is_not_there_is_not_a_yes() -> None:
    person = at_first_question("en-US").says_no_until("cancer_history")
    person.says("I've never had cancer")
    assert (person.fake_alexa.attributes or {})["answers"][-1][0] != "cancer_history"


@pytest.mark.parametrize("said", ["one second", "just a sec", "wait a moment", "I need a minute"])
def test_ways_of_saying_hold_on(said: str) -> None:
    person = at_first_question("en-US")
    out = person.says(said)
    assert speech(out) == person.text("hold_on") and not ends_session(out)


# --- 5. Pacing --------------------------------------------------------------------------------------


def ssml(out: dict[str, object]) -> str:
    return str(out["response"]["outputSpeech"]["ssml"])  # type: ignore[index]


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_pause_after_the_emergency_line_and_after_the_verdicts_action_and_now_stressed(locale: str) -> None:
    person = Person(locale)
    welcome = ssml(person.fake_alexa.launch())
    assert re.search(r"now\.<break time=\"\d+ms\"/>|ahora\.<break|maintenant\.<break", welcome), welcome
    person.says(FORTY[language_of(locale)])
    home = ssml(person.fake_alexa.answer_until_verdict(age=40))
    first = person.text("verdict.home").split(".")[0]
    assert re.search(re.escape(first) + r"\.<break time=\"\d+ms\"/>", home), home
    said_yes = {"en": "yes", "es": "sí", "fr": "oui"}[language_of(locale)]
    chest_pain = at_first_question(locale)
    chest_pain.says(said_yes)  # chest pain in the last three days; then: since this time yesterday?
    emergency = ssml(chest_pain.says(said_yes))
    assert re.search(r'<emphasis level="strong">(now|ahora|maintenant)</emphasis>', emergency), emergency


# --- 6. Spanish and French said naturally --------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "said", "age"),
    [
        ("es-US", "pues tengo cincuenta y dos años ya", 52),
        ("es-MX", "ya tengo mis setenta y tres", 73),
        ("es-US", "nací en el sesenta y cinco", 61),  # the request's year, 2026 (the fixtures')
        ("es-ES", "soy del cincuenta y nueve", 67),
        ("fr-CA", "ben j'ai cinquante-trois ans", 53),
        ("fr-CA", "j'suis né en cinquante-deux", 74),
        ("fr-CA", "j'ai eu soixante-sept ans la semaine passée", 67),
    ],
)
def test_an_age_in_a_sentence_a_recent_birthday_or_a_year_of_birth(locale: str, said: str, age: int) -> None:
    person = opened(locale)
    person.says(said)
    attributes = person.fake_alexa.attributes or {}
    assert age in (attributes.get(c.AGE_HEARD), attributes.get("age")), attributes


def test_a_warning_sign_said_early_at_seventy_counts_the_age_too() -> None:
    person = opened("en-US")
    person.says("seventy")
    out = person.says("I have numbness between my legs")
    assert outcome(out) == "emergency" and person.text("reason.saddle_numbness") in speech(out)


def test_asking_what_a_word_means_is_not_saying_it_is_happening() -> None:
    person = at_first_question("en-US")
    out = person.says("what do you mean by a heart attack")
    assert not ends_session(out) and speech(out).endswith(person.question("chest_pain"))
