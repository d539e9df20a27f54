"""The age question, asked once before the warning signs: through the Lambda entry point, and
by utterance through the console in every locale."""

from __future__ import annotations

import logging
import re
from functools import partial

import pytest

from skill.alexa import constants as c
from skill.alexa.lambda_function import build_handler
from skill.core.responses import age_echo
from skill.core.signs import is_adult
from skill.core.speech import LOCALES, language_of, texts_for
from skill.core.ssml import to_text
from tests.support.console import console
from tests.support.conversations import SAFETY_NET, after_age, at_age_question, heard, question, started, text
from tests.support.fake_alexa import SKILL_ID, FakeAlexa, Handler, ends_session, fixture, outcome, reprompt, speech
from tests.support.locales import EXPECTED
from tests.support.locales import heard_in as phrase_in
from tests.support.person import Person
from tools.console import Resolver, load_language_model
from tools.transcripts import say

TEXTS = texts_for("en-US")
AGE_QUESTION = text("question.age")
FIRST_QUESTION = question("chest_pain")


def thanks(age: int, locale: str = "en-US") -> str:
    """The age said back, then the first question: "Forty, thanks. Have you had chest pain ...?"."""
    t = texts_for(locale)
    return heard(age_echo(t, age), t["start.note"], t["question.chest_pain"])


THANKS = thanks(40)
EMERGENCY_LINE = "If this is an emergency, call 911 now."
NOT_CAUGHT = (
    "Sorry, I didn't catch your age. Please say it as a number, like forty-five. If this is an emergency, call 911 "
    "now. How old are you?"
)
AT_THE_AGE_QUESTION = {"v": 2, "phase": "age"}
ENTRY = build_handler(SKILL_ID)
FIXTURE_YEAR = int(fixture("intent_request")["request"]["timestamp"][:4])  # the year the fixtures were sent in


def heard_in(fake_alexa: FakeAlexa) -> list[str]:
    return [speech(out) for out in fake_alexa.responses]


# --- An age is taken, or not given ------------------------------------------------------------


@pytest.mark.parametrize("age", [16, 40, 67, 120])
def test_an_adults_age_is_taken_and_the_first_question_asked(fake_alexa: FakeAlexa, age: int) -> None:
    at_age_question(fake_alexa)
    out = fake_alexa.say(c.AGE, str(age))
    if 13 <= age <= 19:
        assert speech(out) == f"Did you say {age}?"
        out = fake_alexa.say(c.YES)
    assert speech(out) == thanks(age) and thanks(age).startswith(f"{age}, thanks. This is general information")
    assert FIRST_QUESTION in reprompt(out) and not ends_session(out)
    assert out["sessionAttributes"] == {"v": 2, "phase": "checking", "age": age, "answers": [], "explained": False}


@pytest.mark.parametrize("intent", [c.RATHER_NOT_SAY, c.NOT_SURE])
def test_rather_not_say_is_fine_and_the_check_goes_on(fake_alexa: FakeAlexa, intent: str) -> None:
    at_age_question(fake_alexa)
    out = fake_alexa.say(intent)
    assert speech(out) == after_age(None) and not ends_session(out)
    assert speech(out).startswith("That's fine.")
    assert out["sessionAttributes"] == {"v": 2, "phase": "checking", "age": None, "answers": [], "explained": False}
    fake_alexa.say(c.YES)  # chest pain in the last three days
    assert outcome(fake_alexa.say(c.YES)) == "emergency"  # since this time yesterday: as for anyone else


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("age", [15, 12, 0])
def test_under_16_is_told_the_skill_is_for_adults_where_to_get_help_and_the_session_ends(
    handler: Handler, locale: str, age: int
) -> None:
    fake_alexa = at_age_question(FakeAlexa(handler, locale=locale))
    confirm = fake_alexa.tell_age(age)
    assert speech(confirm) == to_text(texts_for(locale)["confirm.age"].format(age=age))
    assert not ends_session(confirm)
    assert confirm["sessionAttributes"] == {"v": 2, "phase": "age", "age_heard": age}
    out = fake_alexa.say(c.YES)
    said = speech(out)
    h = partial(phrase_in, locale)
    assert said.startswith(h("Back Pain Check is for adults, so I'll stop here."))
    assert h("please ask a parent or carer to help you") in said and EXPECTED[locale][4] in said
    assert said.endswith(h("If it's an emergency, {number} now.", number=EXPECTED[locale][1]))
    assert ends_session(out) and out["sessionAttributes"] == {} and outcome(out) is None
    assert out["response"]["card"]["content"] == said
    assert not any(to_text(texts_for(locale)[f"question.{s}"]) in said for s in ("chest_pain", "bladder_bowel"))


# --- Not understood, help, repeat, go back, stop ----------------------------------------------


@pytest.mark.parametrize(
    ("intent", "number"),
    [
        (c.AGE, "?"),  # Alexa heard no number
        (c.AGE, None),  # no slot value at all
        (c.AGE, "400"),
        (c.AGE, "121"),
        (c.AGE, "-5"),
        (c.AGE, "forty"),
        (c.YES, None),
        (c.FALLBACK, None),
        (c.BOTH_LEGS, None),
        ("AMAZON.PauseIntent", None),
    ],
)
def test_an_answer_that_is_not_an_age_asks_again_clearly(
    fake_alexa: FakeAlexa, intent: str, number: str | None
) -> None:
    at_age_question(fake_alexa)
    out = fake_alexa.say(intent, number)
    assert speech(out) == NOT_CAUGHT
    assert not ends_session(out) and AGE_QUESTION in reprompt(out)
    assert out["sessionAttributes"] == {**AT_THE_AGE_QUESTION, "misses": 1}


def test_misses_at_the_age_question_say_more_each_time_and_an_age_then_resets_them(fake_alexa: FakeAlexa) -> None:
    at_age_question(fake_alexa)
    first, second = (speech(fake_alexa.say(c.AGE, "?")) for _ in range(2))
    assert first == NOT_CAUGHT
    assert (
        second == f"Sorry, I still didn't catch that. {to_text(TEXTS['explain.age'])} {EMERGENCY_LINE} {AGE_QUESTION}"
    )
    out = fake_alexa.tell_age(40)
    assert speech(out) == THANKS and "misses" not in out["sessionAttributes"]


def test_the_third_miss_at_the_age_goes_on_without_it_never_looping(fake_alexa: FakeAlexa) -> None:
    """ "Sorry, I'm still not understanding" for ever helps no one: the third miss goes on as "I'd rather not
    say" does (every age rule applies, the cautious choice)."""
    at_age_question(fake_alexa)
    fake_alexa.say(c.AGE, "?")
    fake_alexa.say(c.FALLBACK)
    out = fake_alexa.say(c.AGE, "?")
    assert speech(out) == (
        "Sorry, I'm still not understanding, so let's go on without your age, to be careful. "
        + heard(TEXTS["help.emergency"], TEXTS["start.note"], TEXTS["question.chest_pain"])
    )
    assert out["sessionAttributes"] == {"v": 2, "phase": "checking", "age": None, "answers": [], "explained": False}
    assert outcome(fake_alexa.answer_until_verdict(age=None)) == "doctor", "as for someone who would rather not say"


def test_help_at_the_age_question_says_why_age_is_asked_and_asks_again(fake_alexa: FakeAlexa) -> None:
    at_age_question(fake_alexa)
    out = fake_alexa.say(c.HELP)
    said = speech(out)
    assert said.startswith(
        "If this is an emergency, call 911 now. Some warning signs matter more as we get older, and this check is "
        "for adults."
    )
    assert "Your age is used only during this conversation." in said and "I'd rather not say" in said
    assert said.endswith("You can also say repeat, start over, or stop. How old are you?")
    assert not ends_session(out) and out["sessionAttributes"] == AT_THE_AGE_QUESTION
    assert speech(fake_alexa.tell_age(40)) == THANKS


@pytest.mark.parametrize("intent", [c.REPEAT, c.START_CHECK])
def test_repeat_at_the_age_question_asks_it_again(fake_alexa: FakeAlexa, intent: str) -> None:
    at_age_question(fake_alexa)
    out = fake_alexa.say(intent)
    assert speech(out) == AGE_QUESTION and out["sessionAttributes"] == AT_THE_AGE_QUESTION


def test_go_back_at_the_first_question_returns_to_the_age_question(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa, age=40)
    out = fake_alexa.say(c.PREVIOUS)
    assert speech(out) == heard(TEXTS["went_back"], AGE_QUESTION) == "Okay, going back. How old are you?"
    assert not ends_session(out) and out["sessionAttributes"] == AT_THE_AGE_QUESTION
    assert speech(fake_alexa.tell_age(67)) == thanks(67)
    replies = [speech(fake_alexa.say(c.NO)) for _ in range(5)]  # chest, breathless, sudden, at rest, faintness
    assert replies[-1] == question("aortic_aneurysm"), "the new age counts"


@pytest.mark.parametrize("intent", [c.STOP, c.CANCEL, c.NAVIGATE_HOME])
def test_stop_at_the_age_question_says_goodbye_with_the_safety_net(fake_alexa: FakeAlexa, intent: str) -> None:
    at_age_question(fake_alexa)
    out = fake_alexa.say(intent)
    assert speech(out) == f"Okay, stopping the check. {SAFETY_NET} Goodbye."
    assert ends_session(out) and out["sessionAttributes"] == {}


def test_emergency_words_at_the_age_question_get_the_number_at_once(fake_alexa: FakeAlexa) -> None:
    at_age_question(fake_alexa)
    out = fake_alexa.say(c.EMERGENCY)
    said = speech(out)
    assert said.startswith("Call 911 now, or go to the emergency room.") and ends_session(out)
    assert "What you describe needs help straight away." in said


# --- The age rules, as heard ---------------------------------------------------------------------


@pytest.mark.parametrize(("age", "asked"), [(40, False), (59, False), (60, True), (67, True), (None, True)])
def test_the_aortic_aneurysm_question_is_asked_from_60_or_when_age_is_not_given(
    fake_alexa: FakeAlexa, age: int | None, asked: bool
) -> None:
    started(fake_alexa, age=age)
    fake_alexa.answer_until_verdict(age=age)
    replies = heard_in(fake_alexa)
    aneurysm = question("aortic_aneurysm")
    assert "aortic aneurysm?" in aneurysm
    assert any(aneurysm in said for said in replies) is asked
    assert not any("aneurysm" in said for said in replies) or asked


def test_yes_to_a_known_aortic_aneurysm_at_67_is_an_emergency(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa, age=67)
    out = fake_alexa.answer_until_verdict({"aortic_aneurysm"}, age=67)
    assert outcome(out) == "emergency"
    assert speech(out) == (
        "Call 911 now, or go to the emergency room. This is because of back pain with an aortic aneurysm. "
        "Don't drive yourself. It's in your Alexa app. Don't wait: call 911 now."
    )


@pytest.mark.parametrize(
    ("age", "yes", "asked"), [(40, set(), False), (67, set(), False), (None, set(), False), (40, {"injury"}, True)]
)
def test_the_osteoporosis_question_is_asked_after_a_fall_or_a_lift_not_for_an_age(
    fake_alexa: FakeAlexa, age: int | None, yes: set[str], asked: bool
) -> None:
    started(fake_alexa, age=age)
    fake_alexa.answer_until_verdict(yes, age=age)
    assert any(question("osteoporosis") in said for said in heard_in(fake_alexa)) is asked


@pytest.mark.parametrize(("age", "verdict"), [(40, "home"), (67, "home"), (75, "doctor")])
def test_no_to_everything_at_70_or_over_means_a_doctor_because_of_age(
    fake_alexa: FakeAlexa, age: int, verdict: str
) -> None:
    started(fake_alexa, age=age)
    out = fake_alexa.answer_until_verdict(age=age)
    assert outcome(out) == verdict
    assert ("This is because of your age." in speech(out)) is (verdict == "doctor")


# --- The age is never logged ---------------------------------------------------------------------


@pytest.mark.parametrize("age", [67, 73, 12])
def test_the_age_never_reaches_the_log(fake_alexa: FakeAlexa, caplog: pytest.LogCaptureFixture, age: int) -> None:
    caplog.set_level(logging.DEBUG)
    at_age_question(fake_alexa)
    fake_alexa.say(c.AGE, "?")
    out = fake_alexa.tell_age(age)
    if not is_adult(age):
        out = fake_alexa.say(c.YES)  # yes, that is the age
    if not ends_session(out):
        fake_alexa.answer_until_verdict(age=age)
    fake_alexa.end("ERROR", {"type": "INTERNAL_SERVICE_ERROR", "message": "Alexa had a problem"})
    messages = [record.getMessage() for record in caplog.records]
    assert any("in phase age" in message for message in messages)  # the log is not simply empty
    for message in messages:
        assert not re.search(rf"\b{age}\b", message), message
        assert "ageintent" not in message.lower() and "adults" not in message.lower(), message


# --- By utterance: the console, in every locale --------------------------------------------------

SIXTY_SEVEN = ["I'm sixty seven", "67", "sixty seven years old"]


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("utterance", SIXTY_SEVEN)
def test_the_model_resolves_a_spoken_age_to_the_number(locale: str, utterance: str) -> None:
    resolved = Resolver(load_language_model(locale), language_of(locale)).resolve(say(locale, utterance))
    assert (resolved.intent, resolved.slots) == (c.AGE, ((c.AGE_SLOT, "67", ""),))


def run_console(locale: str, age_said: str, replies: int = 40, confirm: bool = False) -> list[str]:
    said = [say(locale, "open back pain check"), say(locale, age_said)]
    said += [say(locale, "yes")] if confirm else []  # "Did you say sixty-seven?"
    result = console("\n".join(said + [say(locale, "no")] * replies) + "\n", "--locale", locale)
    assert result.returncode == 0, result.stderr
    return [line.removeprefix("Alexa: ") for line in result.stdout.splitlines() if line.startswith("Alexa: ")]


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("utterance", SIXTY_SEVEN)
def test_the_console_understands_sixty_seven_in_every_locale(locale: str, utterance: str) -> None:
    """Heard as an age from 60 to 69: the aneurysm question (60+), and no "your age" (70+);
    Spanish and French confirm it first (sesenta and setenta, soixante and soixante-dix)."""
    confirmed = language_of(locale) != "en"
    replies = run_console(locale, utterance, confirm=confirmed)
    if confirmed:
        assert replies[1] == to_text(texts_for(locale)["confirm.age"].format(age=67))
        replies = [*replies[:1], *replies[2:]]
    assert replies[1] == thanks(67, locale)
    assert question("aortic_aneurysm", locale) in replies and question("osteoporosis", locale) not in replies
    h = partial(phrase_in, locale)
    verdict = next(reply for reply in replies if reply.startswith(h("You can look after this at home.")))
    assert h("your age") not in verdict


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_console_takes_i_would_rather_not_say_in_every_locale(locale: str) -> None:
    replies = run_console(locale, "I'd rather not say", replies=1)
    assert replies[1] == after_age(None, locale)


# --- An age heard wrong (the fourth clinical review) -----------------------------------------------


@pytest.mark.parametrize(("said", "heard_as"), [("sixty", 16), ("seventy", 17), ("fifty", 15)])
def test_sixty_heard_as_sixteen_is_confirmed_and_corrected_so_the_age_rules_are_not_lost(
    fake_alexa: FakeAlexa, said: str, heard_as: int
) -> None:
    at_age_question(fake_alexa)
    out = fake_alexa.tell_age(heard_as)
    assert speech(out) == f"Did you say {heard_as}?" and not ends_session(out)
    again = fake_alexa.say(c.NO)
    assert speech(again) == "Sorry about that. You can also say the year you were born. How old are you?"
    meant = {"sixty": 60, "seventy": 70, "fifty": 50}[said]
    assert speech(fake_alexa.tell_age(meant)) == thanks(meant)
    out = fake_alexa.answer_until_verdict({"breathless", "breathless_new"}, age=meant)
    assert outcome(out) == "emergency", "new breathlessness is an emergency from 50 (fourth pass block 8)"


@pytest.mark.parametrize("locale", ["es-US", "es-MX", "es-ES", "fr-CA"])
@pytest.mark.parametrize("age", [62, 75])
def test_sesenta_and_setenta_are_confirmed_in_spanish_and_french(locale: str, age: int) -> None:
    fake_alexa = at_age_question(FakeAlexa(ENTRY, locale=locale))
    out = fake_alexa.tell_age(age)
    assert speech(out) == to_text(texts_for(locale)["confirm.age"].format(age=age))
    assert speech(fake_alexa.say(c.YES)) == thanks(age, locale)


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_every_age_is_said_back_so_a_mishearing_can_be_heard(locale: str) -> None:
    fake_alexa = at_age_question(FakeAlexa(ENTRY, locale=locale))
    assert speech(fake_alexa.tell_age(45)) == thanks(45, locale)
    assert "45" in thanks(45, locale)


def test_an_age_corrected_at_the_first_question_is_taken_instead(fake_alexa: FakeAlexa) -> None:
    """ "Forty, thanks." heard when fourteen was said: "no, I said fourteen" is taken (and confirmed)."""
    at_age_question(fake_alexa)
    fake_alexa.tell_age(40)
    out = fake_alexa.say(c.AGE, "14")
    assert speech(out) == "Did you say 14?"
    assert speech(fake_alexa.say(c.YES)).startswith("Back Pain Check is for adults")


@pytest.mark.parametrize(
    ("utterance", "decade", "age"),
    [("in my sixties", "60", 69), ("sixty something", "60", 69), ("I'm in my early forties", "40", 49)],
)
def test_a_decade_is_understood_and_taken_as_its_oldest_year(utterance: str, decade: str, age: int) -> None:
    resolved = Resolver(load_language_model("en-US"), "en").resolve(utterance)
    assert (resolved.intent, resolved.slots[0][0], resolved.slots[0][2]) == (c.AGE_RANGE, c.DECADE_SLOT, decade)
    replies = run_console("en-US", utterance, replies=30)
    assert replies[1].startswith(text(f"ack.age.decade.{decade}"))
    assert question("aortic_aneurysm") in replies if age >= 50 else question("aortic_aneurysm") not in replies


@pytest.mark.parametrize(
    ("locale", "utterance"),
    [("es-MX", "cuarenta y tantos"), ("es-ES", "cincuenta y pico"), ("fr-CA", "dans la soixantaine")],
)
def test_a_decade_is_understood_in_spanish_and_french(locale: str, utterance: str) -> None:
    resolved = Resolver(load_language_model(locale), language_of(locale)).resolve(utterance)
    assert resolved.intent == c.AGE_RANGE


def test_a_year_of_birth_is_taken_as_an_age_from_the_requests_own_date(fake_alexa: FakeAlexa) -> None:
    at_age_question(fake_alexa)
    out = fake_alexa.say(c.AGE, "1966")
    assert speech(out) == thanks(FIXTURE_YEAR - 1966)
    assert out["sessionAttributes"]["age"] == FIXTURE_YEAR - 1966


@pytest.mark.parametrize("born", ["I was born in nineteen sixty six", "born in sixty six", "my birth year is 1966"])
def test_a_year_of_birth_said_in_a_sentence_is_taken_as_an_age(born: str) -> None:
    """Two digits are a year, not an age, after "born in" (the older of the two possible ages)."""
    person = Person("en-US")
    person.fake_alexa.launch()
    assert speech(person.says(born)).startswith(thanks(FIXTURE_YEAR - 1966))
