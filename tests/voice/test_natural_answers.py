"""The everyday ways people answer, ask and sound an alarm (issue 21), as a person says them.

Each phrase goes through the locale's interaction model (the console's resolver: the intent, and a
symptom named resolved to its SYMPTOM value's id, as Alexa's entity resolution does) to the Lambda
entry point, in all five English locales; a few runs go through ``python -m tools.console``.
What is asserted is what the person hears: the meaning the skill decided shows in the next words.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from skill.alexa import constants as c
from skill.core.meaning import ECHOES
from skill.core.responses import check_length
from skill.core.signs import WARNING_SIGNS, Tier
from skill.core.speech import LOCALES
from skill.core.triage import Answer, Check, next_question, questions_left, take_reply
from tests.support.console import console
from tests.support.conversations import yes_path
from tests.support.fake_alexa import ends_session, outcome, reprompt, speech
from tests.support.locales import EXPECTED, firm_opening, number_first
from tests.support.person import RESOLVERS, Person

# English utterances; Spanish and French natural answers are in tests/voice/test_spanish_and_french.py.
EVERY_LOCALE = sorted(locale for locale in LOCALES if locale.startswith("en-"))
MODELS = Path(__file__).parents[2] / "interaction_model"
ADULT_AGE = "I'm forty five"


def started(locale: str = "en-US", age: str = ADULT_AGE) -> Person:
    person = Person(locale)
    person.says("open back pain check")
    person.says("yes")
    assert speech(person.says(age)).endswith(person.question("chest_pain"))
    return person


def at_question(sign_id: str, locale: str = "en-US", yes: tuple[str, ...] = (), age: str = ADULT_AGE) -> Person:
    """A person (of 45 unless ``age`` says) who has said no (yes to the signs in ``yes``) until ``sign_id``
    is asked."""
    person = started(locale, age)
    out = person.fake_alexa.responses[-1]
    while not speech(out).endswith(person.question(sign_id)):
        assert not ends_session(out), f"{sign_id} never asked"
        asked = next(s.id for s in WARNING_SIGNS if speech(out).endswith(person.question(s.id)))
        out = person.says("yes" if asked in yes else "no")
    return person


def first_sentence(said: str) -> str:
    return said.split(". ")[0]


def intent_of(locale: str, phrase: str) -> str | None:
    return RESOLVERS[locale].resolve(phrase).intent


# --- A hedged no: asked once more where a yes is an emergency, else a no at once ---------------------

HEDGES = ["not really", "I don't think so", "don't think so", "not that I know of", "probably not"]


@pytest.mark.parametrize("phrase", HEDGES)
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_hedged_no_to_chest_pain_is_asked_once_more_then_is_a_no(locale: str, phrase: str) -> None:
    assert intent_of(locale, phrase) == c.HEDGED_NO
    person = started(locale)
    chest = person.question("chest_pain")
    out = person.says(phrase)
    assert speech(out) == f"To be sure, I'll ask once more. {chest}"
    assert chest in reprompt(out) and not ends_session(out)
    out = person.says(phrase)
    assert speech(out) == person.question("breathless")


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_yes_after_the_hedge_to_chest_pain_is_the_emergency(locale: str) -> None:
    person = started(locale)
    person.says("not really")
    out = since_yesterday(person, person.says("yes"))
    assert outcome(out) == "emergency" and speech(out).startswith(firm_opening(locale))


@pytest.mark.parametrize("phrase", HEDGES)
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_hedged_no_to_weight_loss_is_a_no_at_once(locale: str, phrase: str) -> None:
    """Weight loss can't lead to the emergency number: a hedge is a no, not asked again."""
    person = at_question("weight_loss", locale)
    out = person.says(phrase)
    said = speech(out)
    assert said.endswith(person.question("not_improving")) and "To be sure" not in said
    assert not said.startswith(person.text("ack.yes"))


AGES_SAID = {"I'm forty five": 45, "I'm sixty": 60, "I'd rather not say": None}


def emergency_after_a_yes(age: int | None) -> list[str]:
    """The questions (asked of someone of ``age`` saying no to the rest) where a yes, alone or with a
    yes to its follow-ups, gives the emergency verdict: from the triage data, not from meaning.py."""
    check, found = Check(age=age), []
    while (asked := next_question(check)) is not None:
        step, chain = take_reply(check, Answer.YES), {asked.id}
        while step.verdict is None and step.question is not None:
            follow_up = bool(chain & set(step.question.follows))  # its follow-ups, and theirs: yes; the rest no
            if follow_up:
                chain.add(step.question.id)
            step = take_reply(step.check, Answer.YES if follow_up else Answer.NO)
        if step.verdict is not None and step.verdict.tier is Tier.EMERGENCY:
            found.append(asked.id)
        check = take_reply(check, Answer.NO).check
    return found


# At 50 or over, or an age not given, a yes alone to breathless or sudden_onset is an emergency:
# this test found that the first version asked a hedge again only from the signs' own tiers.
HEDGE_CASES = [(age, sign_id) for age, years in AGES_SAID.items() for sign_id in emergency_after_a_yes(years)]


@pytest.mark.parametrize(("age", "sign_id"), HEDGE_CASES)
def test_a_hedge_is_asked_once_more_wherever_a_yes_would_be_the_emergency(age: str, sign_id: str) -> None:
    person = at_question(sign_id, age=age, yes=yes_path(sign_id))
    said = speech(person.says("not really"))  # (a question with an introduction has it said again)
    assert said.startswith("To be sure, I'll ask once more. ") and said.endswith(person.question(sign_id))


def test_the_hedge_cases_cover_the_emergency_signs() -> None:
    at_45 = set(emergency_after_a_yes(45))
    assert {"chest_pain", "faintness", "bladder_bowel", "saddle_numbness", "injury", "leg_symptoms"} <= at_45
    assert "fever" in at_45  # with the sepsis signs that follow it
    assert "upper_back" not in at_45 and "weight_loss" not in at_45  # urgent at most: a hedge is a no
    assert "aortic_aneurysm" in emergency_after_a_yes(60)


# --- A definite no: a no at once, even where a yes is an emergency ------------------------------------

DEFINITE_NOS = [
    "definitely not",
    "no never",
    "not at all",
    "no I haven't",
    "absolutely not",
    "I haven't had that",
    "never",
]


@pytest.mark.parametrize("phrase", DEFINITE_NOS)
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_definite_no_to_chest_pain_is_a_no_at_once(locale: str, phrase: str) -> None:
    assert intent_of(locale, phrase) in (c.NO_ANSWER, c.NO)
    out = started(locale).says(phrase)
    assert speech(out) == Person(locale).question("breathless")


# --- A qualified yes: a yes, except to "is it severe?" -----------------------------------------------

QUALIFIED = ["yeah a bit", "a bit", "sort of", "sometimes", "yes once", "yes last week", "yes once last week"]


@pytest.mark.parametrize("phrase", QUALIFIED)
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_qualified_yes_to_chest_pain_is_a_yes(locale: str, phrase: str) -> None:
    assert intent_of(locale, phrase) == c.QUALIFIED_YES
    person = started(locale)
    out = since_yesterday(person, person.says(phrase))
    assert outcome(out) == "emergency" and speech(out).startswith(firm_opening(locale))


@pytest.mark.parametrize("phrase", QUALIFIED)
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_qualified_yes_to_fever_is_a_yes(locale: str, phrase: str) -> None:
    person = at_question("fever", locale)
    out = person.says(phrase)
    assert speech(out) == f"{person.text('ack.yes')} {person.question('recent_infection')}"


@pytest.mark.parametrize("phrase", QUALIFIED)
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_bit_never_becomes_severe_the_question_is_explained_and_asked_again(locale: str, phrase: str) -> None:
    person = at_question("sudden_onset", locale)
    sudden = person.question("sudden_onset")
    out = person.says(phrase)
    assert speech(out) == f"{person.text('explain.sudden_onset')} {sudden}" and not ends_session(out)
    # Still only "a bit": like a second "not sure", counted as a yes, to be careful, and said so.
    assert person.text("counted_as_yes") in speech(person.says(phrase))


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_clear_no_after_a_bit_to_a_severity_question_is_a_no(locale: str) -> None:
    person = at_question("sudden_onset", locale)
    person.says("a bit")
    assert speech(person.says("no")) == person.question("rest_pain")


# --- An echo: the symptom named is a yes to the question about it, and nothing else -------------------

ECHO_CASES = [
    ("chest pain", "chest_pain", ()),
    ("a fever", "fever", ()),
    ("I've got a fever", "fever", ()),
    ("dizzy", "faintness", ()),
    ("I'm dizzy", "faintness", ()),
]


@pytest.mark.parametrize(("phrase", "sign_id", "yes"), ECHO_CASES)
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_an_echo_is_a_yes_to_its_question(locale: str, phrase: str, sign_id: str, yes: tuple[str, ...]) -> None:
    assert intent_of(locale, phrase) == c.ECHO
    echoed, plain = at_question(sign_id, locale, yes), at_question(sign_id, locale, yes)
    out, out_yes = echoed.says(phrase), plain.says("yes")
    assert speech(out) == speech(out_yes) and outcome(out) == outcome(out_yes)
    assert not speech(out).startswith("Sorry")


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_chest_pain_echoed_to_the_chest_question_is_the_emergency(locale: str) -> None:
    person = started(locale)
    out = since_yesterday(person, person.says("chest pain"))
    assert outcome(out) == "emergency" and speech(out).startswith(firm_opening(locale))


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_fever_echoed_to_the_fever_question_is_a_yes(locale: str) -> None:
    person = at_question("fever", locale)
    assert speech(person.says("a fever")) == f"{person.text('ack.yes')} {person.question('recent_infection')}"


@pytest.mark.parametrize("phrase", ["a fever", "dizzy", "sciatica"])
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_symptom_not_asked_about_is_not_understood_and_the_question_repeated(locale: str, phrase: str) -> None:
    person = started(locale)
    out = person.says(phrase)
    said = speech(out)
    assert said.startswith("Sorry, I didn't catch that.") and said.endswith(person.question("chest_pain"))
    assert not ends_session(out) and outcome(out) is None


def symptom_values(locale: str) -> list[tuple[str, str]]:
    """Each SYMPTOM value of the locale's model: (its id, its name)."""
    model = json.loads((MODELS / f"{locale}.json").read_text())["interactionModel"]["languageModel"]
    (symptoms,) = [t for t in model["types"] if t["name"] == "SYMPTOM"]
    return [(v["id"], v["name"]["value"]) for v in symptoms["values"]]


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_every_symptom_value_is_named_in_the_model_and_answers_its_questions(locale: str) -> None:
    values = symptom_values(locale)
    assert {symptom for symptom, _ in values} == set(ECHOES)
    for symptom, name in values:
        resolved = RESOLVERS[locale].resolve(name)
        assert resolved.intent == c.ECHO and resolved.slots == ((c.SYMPTOM_SLOT, name, symptom),), (name, resolved)
        for sign_id in ECHOES[symptom]:
            yes = yes_path(sign_id)[:-1]
            age = "I'm sixty" if sign_id == "night_pain" else ADULT_AGE  # asked where it could raise the verdict
            echoed, plain = at_question(sign_id, locale, yes, age), at_question(sign_id, locale, yes, age)
            out, out_yes = echoed.says(name), plain.says("yes")
            assert (speech(out), outcome(out)) == (speech(out_yes), outcome(out_yes)), (name, sign_id)


# --- "What do you mean?" and "how long will this take?" -----------------------------------------------

WHAT_DO_YOU_MEAN = ["what do you mean", "what's that", "I don't understand", "why are you asking"]


@pytest.mark.parametrize("phrase", WHAT_DO_YOU_MEAN)
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_what_do_you_mean_mid_check_explains_the_question_and_asks_it_again(locale: str, phrase: str) -> None:
    assert intent_of(locale, phrase) == c.WHAT_DO_YOU_MEAN
    for sign_id in ("chest_pain", "fever"):
        person = at_question(sign_id, locale)
        out = person.says(phrase)
        said = speech(out)
        assert said == f"{person.text(f'explain.{sign_id}')} {person.question(sign_id)}"
        assert "catch" not in said and not ends_session(out)
        assert speech(person.says("no")) != said  # the question still waits for its answer, and takes it


@pytest.mark.parametrize("phrase", ["what do you mean", "why are you asking"])
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_what_do_you_mean_at_the_age_says_why_age_is_asked(locale: str, phrase: str) -> None:
    person = Person(locale)
    person.says("open back pain check")  # the welcome asks the age
    out = person.says(phrase)
    said = speech(out)
    assert person.text("explain.age") in said and said.endswith(person.text("question.age"))
    assert "catch" not in said and not ends_session(out)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_what_do_you_mean_at_the_offer_says_what_the_skill_does(locale: str) -> None:
    person = Person(locale)
    person.says("ask back pain check for help")  # the offer: "shall we start?"
    said = speech(person.says("what do you mean"))
    length = check_length(person.texts)
    assert f"asks your age and up to {length.questions} yes or no questions" in said and "catch" not in said


def left_when_asked(sign_id: str) -> int:
    """How many questions the data says are left when ``sign_id`` is asked of a 45-year-old saying no."""
    check = Check(age=45)
    while (asked := next_question(check)) is not None and asked.id != sign_id:
        check = take_reply(check, Answer.NO).check
    return questions_left(check)


@pytest.mark.parametrize("phrase", ["how long will this take", "how many more"])
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_how_long_mid_check_counts_the_questions_left_then_asks_again(locale: str, phrase: str) -> None:
    assert intent_of(locale, phrase) == c.HOW_LONG
    for sign_id in ("chest_pain", "fever"):
        person = at_question(sign_id, locale)
        left = left_when_asked(sign_id)
        assert left > 1
        out = person.says(phrase)
        expected = f"About {left} more questions, fewer if an answer settles it. {person.question(sign_id)}"
        assert speech(out) == expected and not ends_session(out)


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_how_long_at_the_last_question_says_so(locale: str) -> None:
    last = [s for s in WARNING_SIGNS if not s.follows][-1].id
    assert left_when_asked(last) == 1
    person = at_question(last, locale)
    out = person.says("how many more")
    assert speech(out) == f"This is the last question. {person.question(last)}"


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_how_long_at_the_age_gives_the_minutes_then_asks_the_age(locale: str) -> None:
    person = Person(locale)
    person.says("open back pain check")
    person.says("yes")
    minutes = check_length(person.texts).minutes
    out = person.says("how long will this take")
    assert speech(out) == f"It takes about {minutes} minutes. {person.text('question.age')}"


# --- Changing an answer in one breath ----------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["wait I meant yes", "actually yes"])
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_changing_the_chest_pain_no_to_yes_gives_the_emergency_with_the_change_said(locale: str, phrase: str) -> None:
    assert intent_of(locale, phrase) == c.CHANGE_TO_YES
    person = started(locale)
    assert speech(person.says("no")) == person.question("breathless")
    out = person.says(phrase)
    assert speech(out) == f"Okay, I've changed that to yes. {person.question('chest_pain_recent')}"
    out = person.says("yes")
    assert outcome(out) == "emergency" and ends_session(out)


@pytest.mark.parametrize("phrase", ["sorry no", "actually no"])
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_changing_a_yes_to_no_takes_it_back(locale: str, phrase: str) -> None:
    assert intent_of(locale, phrase) == c.CHANGE_TO_NO
    person = at_question("fever", locale)
    person.says("yes")  # fever: on its own, a same-day verdict
    out = person.says(phrase)
    said = speech(out)
    assert said.startswith("Okay, I've changed that to no.") and said.endswith(person.question("recent_infection"))
    assert not said.startswith(f"Okay, I've changed that to no. {person.text('ack.yes')}")
    while not ends_session(out):
        out = person.says("no")
    assert outcome(out) == "home"  # the fever's yes no longer counts


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_change_before_any_answer_answers_the_question(locale: str) -> None:
    person = started(locale)
    out = since_yesterday(person, person.says("actually yes"))
    assert outcome(out) == "emergency" and speech(out).startswith(firm_opening(locale))
    assert speech(started(locale).says("actually no")).endswith(Person(locale).question("breathless"))


@pytest.mark.parametrize("first", ["I don't know", "not really"])
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_change_after_a_first_unsure_answer_answers_the_pending_question(locale: str, first: str) -> None:
    person = at_question("breathless", locale)
    person.says(first)
    out = person.says("wait I meant yes")
    assert "To be sure" not in speech(out)
    answers = (person.fake_alexa.attributes or {}).get("answers", [])
    assert answers[-1] == ["breathless", "yes"]
    assert answers[0] == ["chest_pain", "no"]  # the answer before is untouched


# --- One firm emergency voice, and "should I go?" -----------------------------------------------------

EMERGENCY_PHRASES = ["I can't feel my legs", "I've wet myself", "call an ambulance"]


@pytest.mark.parametrize("phrase", EMERGENCY_PHRASES)
@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_emergency_words_and_a_yes_to_an_emergency_sign_open_with_the_same_words(locale: str, phrase: str) -> None:
    someone = started(locale)
    verdict = speech(since_yesterday(someone, someone.says("yes")))
    opened = ["open back pain check"]
    for before in ([], opened, [*opened, "yes"], [*opened, "yes", ADULT_AGE]):
        person = Person(locale)
        for said in before:
            person.says(said)
        out = person.says(phrase)
        assert first_sentence(speech(out)) == first_sentence(verdict), before
        assert speech(out).startswith(firm_opening(locale)) and ends_session(out)
        assert "if this is an emergency" not in speech(out).lower()


SHOULD_I_GO = {
    "en-US": ["should I go to the emergency room", "should I call nine one one", "do I need an ambulance"],
    "en-CA": ["should I go to emerg", "should I call nine one one", "do I need an ambulance"],
    "en-GB": ["should I go to A and E", "should I call nine nine nine", "do I need an ambulance"],
    "en-AU": ["should I go to the emergency department", "should I call triple zero", "do I need an ambulance"],
    "en-IN": ["should I go to the hospital", "should I call one one two", "do I need an ambulance"],
}
OFFER = "If you're not sure, I can ask a few questions to help you decide. Shall we start?"


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_should_i_go_gets_the_number_first_then_the_offer(locale: str) -> None:
    for phrase in SHOULD_I_GO[locale]:
        assert intent_of(locale, phrase) == c.SHOULD_I_GO, phrase
        person = Person(locale)
        out = person.says(phrase)  # a new session; once opened, the age is being asked: carried on (below)
        said = speech(out)
        assert said.startswith(number_first(locale)) and said.endswith(OFFER), said
        assert "I can't call for you." in said and not ends_session(out)
        assert speech(person.says("yes")).endswith(person.text("question.age"))  # the offer taken up


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_should_i_go_at_the_age_or_mid_check_gets_the_number_then_carries_on(locale: str) -> None:
    phrase = SHOULD_I_GO[locale][0]
    person = Person(locale)
    person.says("open back pain check")  # the welcome asks the age
    said = speech(person.says(phrase))
    assert said.startswith(number_first(locale)) and said.endswith(f"Let's carry on. {person.text('question.age')}")
    person = at_question("fever", locale)
    out = person.says(phrase)
    said = speech(out)
    assert said.startswith(number_first(locale)) and said.endswith(f"Let's carry on. {person.question('fever')}")
    assert not ends_session(out)
    assert speech(person.says("yes")) == f"{person.text('ack.yes')} {person.question('recent_infection')}"


# --- Through the console ---------------------------------------------------------------------------


def alexa_lines(stdout: str) -> list[str]:
    return [line.removeprefix("Alexa: ") for line in stdout.splitlines() if line.startswith("Alexa: ")]


def test_the_console_hears_a_hedge_a_qualified_yes_and_questions_about_the_question() -> None:
    person = Person("en-US")
    run = console(
        "open back pain check\nyes\nforty five\nnot really\nnot really\nno\n"
        "yeah a bit\nwhat do you mean\nhow many more\nno\nno\ndizzy\n"
    )
    assert run.returncode == 0, run.stderr
    lines = alexa_lines(run.stdout)
    chest, sudden = person.question("chest_pain"), person.question("sudden_onset")
    assert lines[3] == f"To be sure, I'll ask once more. {chest}"
    assert lines[4] == person.question("breathless")
    assert lines[5] == sudden
    assert lines[6] == f"{person.text('explain.sudden_onset')} {sudden}"  # "yeah a bit" is not "severe"
    assert lines[7] == lines[6]  # "what do you mean": explained again, never "didn't catch"
    left = left_when_asked("sudden_onset")
    assert lines[8] == f"About {left} more questions, fewer if an answer settles it. {sudden}"
    assert lines[9] == person.question("rest_pain")
    assert lines[10] == person.question("faintness")
    assert lines[11].startswith(person.text("ack.yes"))  # "dizzy" to faintness: a yes


@pytest.mark.parametrize("locale", ["en-GB", "en-IN"])
def test_the_console_hears_an_echo_a_change_and_should_i_go(locale: str) -> None:
    person = Person(locale)
    place = {"en-GB": "A and E", "en-IN": "the hospital"}[locale]
    run = console(
        f"ask back pain check should I go to {place}\nyes\nforty five\na fever\nno\nwait I meant yes\n",
        "--locale",
        locale,
    )
    assert run.returncode == 0, run.stderr
    lines = alexa_lines(run.stdout)
    assert lines[0].startswith(number_first(locale)) and lines[0].endswith(OFFER)
    chest = person.question("chest_pain")
    assert lines[3] == f"{person.text('fallback.check')} {person.text('help.emergency')} {chest}"  # not this question
    assert lines[4] == person.question("breathless")
    assert lines[5] == f"Okay, I've changed that to yes. {person.question('chest_pain_recent')}"


def test_the_console_hears_the_firm_emergency_words() -> None:
    run = console("open back pain check\nyes\nI've wet myself\n", "--locale", "en-AU")
    assert run.returncode == 0, run.stderr
    assert alexa_lines(run.stdout)[-1].startswith(firm_opening("en-AU"))
    assert EXPECTED["en-AU"][0] == "Call triple zero now"


@pytest.mark.parametrize("locale", EVERY_LOCALE)
def test_a_symptom_alexa_could_not_match_is_not_understood(locale: str) -> None:
    """Entity resolution found no SYMPTOM value ("ER_SUCCESS_NO_MATCH"): no id, so nothing is assumed."""
    person = started(locale)
    out = person.fake_alexa.say(c.ECHO, slots=((c.SYMPTOM_SLOT, "a sore toe", ""),))
    said = speech(out)
    assert said.startswith("Sorry, I didn't catch that.") and said.endswith(person.question("chest_pain"))


def since_yesterday(person: Person, out: dict[str, Any]) -> dict[str, Any]:
    """After a yes to chest pain in the last three days, "since this time yesterday?" (fourth pass block 7):
    a yes to it is the emergency."""
    assert speech(out).endswith(person.question("chest_pain_recent")), speech(out)
    return person.says("yes")
