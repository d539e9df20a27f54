"""The skill through its Lambda handler, fed real Alexa request envelopes."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ask_sdk_core.exceptions import AskSdkException

from skill.alexa import constants as c
from skill.alexa.assembly import build_skill_builder
from skill.alexa.session import Phase
from skill.core import responses
from skill.core.signs import WARNING_SIGNS
from skill.core.speech import texts_for
from skill.core.ssml import to_text
from tests.support.conversations import SAFETY_NET, after_age, at_age_question, heard, started
from tests.support.fake_alexa import SKILL_ID, FakeAlexa, Handler, ends_session, envelope, outcome, reprompt, speech

ROOT = Path(__file__).parents[2]
TEXTS = texts_for("en-US")
AGE_QUESTION = to_text(TEXTS["question.age"])
FIRST_QUESTION = to_text(TEXTS["question.chest_pain"])
MAIN_QUESTIONS = [s for s in WARNING_SIGNS if not s.follows]  # all asked at 40 with no to everything
AT_THE_AGE_QUESTION = {"v": 2, "phase": "age"}
AGE_ASKED = heard(TEXTS["start.after_offer"], TEXTS["question.age"])  # after "yes" to the offer
THANKS = after_age(40)


def question(sign_id: str) -> str:
    return to_text(TEXTS[f"question.{sign_id}"])


# --- Launch, one-shot, and the offer -------------------------------------------------


WELCOME = to_text(responses.welcome(TEXTS).ssml)


def test_launch_gives_the_emergency_line_first_then_asks_the_age(fake_alexa: FakeAlexa) -> None:
    out = fake_alexa.launch()
    said = speech(out)
    assert said == WELCOME and said.startswith("If this is an emergency, call 911 now.")
    assert "Back Pain Check asks up to" in said and said.endswith("It's for adults. How old are you?")
    assert "say your age as a number" in reprompt(out) and "I'd rather not say" in reprompt(out)
    assert not ends_session(out) and outcome(out) is None and out["sessionAttributes"] == AT_THE_AGE_QUESTION


def test_a_one_shot_request_gets_the_same_opening(fake_alexa: FakeAlexa) -> None:
    out = fake_alexa.say(c.START_CHECK)
    assert speech(out) == WELCOME and AGE_QUESTION in reprompt(out) and not ends_session(out)
    assert out["sessionAttributes"] == AT_THE_AGE_QUESTION
    assert speech(fake_alexa.tell_age(40)) == THANKS


def test_the_age_is_said_back_then_what_the_check_is_not_then_the_first_question(fake_alexa: FakeAlexa) -> None:
    fake_alexa.launch()
    out = fake_alexa.tell_age(40)
    assert speech(out) == THANKS
    assert THANKS.startswith("40, thanks. This is general information, not a diagnosis. In the last three days")
    assert FIRST_QUESTION in reprompt(out) and not ends_session(out)


def test_no_to_the_age_question_says_goodbye_and_ends(fake_alexa: FakeAlexa) -> None:
    fake_alexa.launch()
    out = fake_alexa.say(c.NO)
    assert "Goodbye" in speech(out) and ends_session(out) and outcome(out) is None


@pytest.mark.parametrize("intent", [c.YES, c.NO, c.NOT_SURE])
def test_an_answer_with_no_question_pending_gets_the_welcome(fake_alexa: FakeAlexa, intent: str) -> None:
    out = fake_alexa.say(intent)
    assert speech(out) == WELCOME and not ends_session(out)


def test_yes_at_the_age_question_asks_for_the_age(fake_alexa: FakeAlexa) -> None:
    fake_alexa.launch()
    out = fake_alexa.say(c.YES)
    assert speech(out).startswith("Sorry, I didn't catch your age.") and speech(out).endswith(AGE_QUESTION)


# --- The questions and the verdicts ----------------------------------------------


def test_no_to_every_question_gives_self_care_and_the_safety_net(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    heard = []
    for _ in MAIN_QUESTIONS:
        out = fake_alexa.say(c.NO)
        heard.append(speech(out))
    said = heard[-1]
    assert said.startswith("You can look after this at home.")
    assert "bed rest slows recovery" in said and "Ibuprofen may help, but not in pregnancy" in said
    assert "See a doctor if it lasts a few weeks." in said and SAFETY_NET in said
    assert said.endswith(
        "This is general information, not a diagnosis. I've put this in your Alexa app. Want to hear that again?"
    )
    assert not ends_session(out) and outcome(out) == "home"
    card = out["response"]["card"]
    assert card["type"] == "Simple" and card["title"] == "Self-care at home"
    assert "not a diagnosis" in card["content"] and "asthma" in card["content"]
    assert any(h.startswith("About halfway.") for h in heard)
    assert any(h.startswith("A few more.") for h in heard)
    assert heard[-2] == "Last question. " + question("night_pain")


def test_yes_to_an_emergency_sign_gives_the_emergency_verdict_at_once(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    assert speech(fake_alexa.say(c.YES)) == heard(TEXTS["ack.yes"], TEXTS["question.chest_pain_recent"])
    out = fake_alexa.say(c.YES)
    assert speech(out) == (
        "Call 911 now, or go to the emergency room. This is because of chest pain since yesterday. Don't drive "
        "yourself. It's in your Alexa app. Don't wait: call 911 now."
    )
    assert ends_session(out) and outcome(out) == "emergency"
    assert out["response"]["card"]["title"] == "Call 911 now"


def answer_to(fake_alexa: FakeAlexa, sign_id: str, *yes: str) -> dict[str, Any]:
    """Answer no until ``sign_id`` is asked (yes to ``yes``); returns the response asking it."""
    target = question(sign_id)
    out = fake_alexa.responses[-1]
    while not speech(out).endswith(target):
        heard = speech(out)
        asked = next(s.id for s in WARNING_SIGNS if heard.endswith(question(s.id)))
        out = fake_alexa.say(c.YES if asked in yes else c.NO)
    return out


def test_numbness_in_both_legs_is_an_emergency(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    answer_to(fake_alexa, "leg_symptoms")
    out = fake_alexa.say(c.YES)
    assert speech(out) == heard(TEXTS["ack.yes"], TEXTS["question.leg_below_knee"])
    fake_alexa.say(c.NO)
    assert speech(fake_alexa.say(c.YES)) == heard(TEXTS["ack.yes"], TEXTS["question.leg_weak"])  # numb
    assert speech(fake_alexa.say(c.NO)) == question("legs_both")
    assert speech(fake_alexa.say(c.YES)) == heard(TEXTS["ack.yes"], TEXTS["question.legs_worse"])
    out = fake_alexa.say(c.YES)  # new, or getting worse
    assert outcome(out) == "emergency"
    assert "new or worsening symptoms in both legs" in speech(out)


def test_tingling_in_one_leg_goes_on_to_the_risk_factors_and_means_a_doctor_without_them(
    fake_alexa: FakeAlexa,
) -> None:
    started(fake_alexa, age=55)
    out = fake_alexa.answer_until_verdict({"leg_symptoms", "leg_numb"}, age=55)
    asked = [speech(r) for r in fake_alexa.responses]
    assert any(h.endswith(question("blood_thinner")) for h in asked)  # a blood thinner would make it an emergency
    assert not any(h.endswith(question("not_improving")) for h in asked)  # nothing after it could
    assert speech(out).startswith("Please make an appointment to see a doctor in the next week or two.")
    assert "This is because of numbness or tingling in a leg." in speech(out)
    assert outcome(out) == "doctor" and not ends_session(out)  # "want to hear that again?"


def test_tingling_in_one_leg_with_osteoporosis_after_a_fall_is_an_emergency(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa, age=55)
    out = fake_alexa.answer_until_verdict({"injury", "osteoporosis", "leg_symptoms", "leg_numb"}, age=55)
    assert speech(out).startswith("Call 911 now")  # fourth pass block 4: a fragility fracture with a nerve symptom
    assert "osteoporosis" in speech(out) and "numbness or tingling in a leg" in speech(out)
    assert outcome(out) == "emergency"


def test_a_weak_leg_with_osteoporosis_after_a_fall_is_an_emergency(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa, age=55)
    out = fake_alexa.answer_until_verdict({"injury", "osteoporosis", "leg_symptoms", "leg_weak"}, age=55)
    assert speech(out).startswith("Call 911 now")  # fourth pass block 4: a fragility fracture with a deficit
    assert "osteoporosis" in speech(out)
    assert outcome(out) == "emergency"


def test_pain_down_the_leg_means_an_appointment_in_the_next_week_or_two(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    out = fake_alexa.answer_until_verdict({"leg_symptoms", "leg_below_knee"})
    assert speech(out).startswith("Please make an appointment to see a doctor in the next week or two.")
    assert outcome(out) == "doctor"


def test_not_sure_explains_then_a_second_not_sure_counts_as_yes(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    out = fake_alexa.say(c.NOT_SURE)
    assert speech(out) == to_text(TEXTS["explain.chest_pain"]) + " " + FIRST_QUESTION
    assert not ends_session(out)
    out = fake_alexa.say(c.NOT_SURE)
    assert speech(out) == heard(TEXTS["counted_as_yes"], TEXTS["question.chest_pain_recent"])
    out = fake_alexa.say(c.NOT_SURE)
    out = fake_alexa.say(c.NOT_SURE)
    assert speech(out).startswith("Call 911 now")
    assert "I counted that as a yes, to be careful" in speech(out)
    assert outcome(out) == "emergency"


def test_a_second_not_sure_on_a_later_question_says_so_before_the_next(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    answer_to(fake_alexa, "leg_symptoms")
    fake_alexa.say(c.NOT_SURE)
    out = fake_alexa.say(c.NOT_SURE)
    assert speech(out).startswith("As you weren't sure, I counted that as a yes, to be careful.")
    assert speech(out).endswith(question("leg_below_knee"))


# --- Help, repeat, start over, stop, fallback ------------------------------------


def test_help_during_a_question_explains_it_and_asks_again(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    fake_alexa.say(c.NO)
    out = fake_alexa.say(c.HELP)
    said = speech(out)
    assert said.startswith("If this is an emergency, call 911 now. " + to_text(TEXTS["explain.breathless"]))
    assert "yes, no, or not sure" in said and said.endswith(question("breathless"))
    assert not ends_session(out)
    assert speech(fake_alexa.say(c.NO)) == question("sudden_onset")  # the answers were kept


def test_help_at_the_age_question_leads_with_the_emergency_line_and_says_why_the_age(fake_alexa: FakeAlexa) -> None:
    fake_alexa.launch()
    out = fake_alexa.say(c.HELP)
    assert speech(out).startswith("If this is an emergency, call 911 now. Some warning signs matter more")
    assert speech(out).endswith(AGE_QUESTION) and not ends_session(out)


def test_help_before_the_check_explains_the_skill_the_emergency_line_first(fake_alexa: FakeAlexa) -> None:
    out = fake_alexa.say(c.HELP)  # a new session: "ask back pain check for help"
    assert speech(out).startswith("If you think this is an emergency, call 911 now. Back Pain Check asks your age")
    assert "up to 20 yes or no questions" in speech(out) and not ends_session(out)
    assert speech(fake_alexa.say(c.YES)) == AGE_ASKED


def test_repeat_says_the_pending_question_again(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    fake_alexa.say(c.NO)
    assert speech(fake_alexa.say(c.REPEAT)) == question("breathless")
    assert speech(fake_alexa.say(c.NO)) == question("sudden_onset")


def test_repeat_at_the_age_question_asks_it_again(fake_alexa: FakeAlexa) -> None:
    fake_alexa.launch()
    assert speech(fake_alexa.say(c.REPEAT)) == AGE_QUESTION


def test_repeat_that_in_a_new_session_says_nothing_is_kept_in_one_sentence(fake_alexa: FakeAlexa) -> None:
    """ "Alexa, ask back pain check to repeat that": nothing is kept between conversations."""
    out = fake_alexa.say(c.REPEAT)
    said = speech(out)
    assert said == (
        "I keep nothing between conversations, but any advice I gave you is in your Alexa app: say, open back "
        "pain check, to start a new check."
    )
    assert said.count(". ") == 0 and ends_session(out)


def test_start_over_clears_the_answers_and_the_age_and_asks_the_age_again(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa, age=67)
    fake_alexa.say(c.NO)
    fake_alexa.say(c.NO)
    out = fake_alexa.say(c.START_OVER)
    assert speech(out) == heard(TEXTS["start.over"], TEXTS["question.age"])
    assert out["sessionAttributes"] == AT_THE_AGE_QUESTION
    out = fake_alexa.tell_age(40)
    assert speech(out) == THANKS
    assert out["sessionAttributes"]["answers"] == [] and out["sessionAttributes"]["age"] == 40


def test_check_my_back_pain_during_the_check_carries_on(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    fake_alexa.say(c.NO)
    assert speech(fake_alexa.say(c.START_CHECK)) == question("breathless")


@pytest.mark.parametrize("intent", [c.STOP, c.CANCEL, c.NAVIGATE_HOME])
def test_stopping_mid_check_says_goodbye_with_the_emergency_reminder(fake_alexa: FakeAlexa, intent: str) -> None:
    started(fake_alexa)
    out = fake_alexa.say(intent)
    assert speech(out) == f"Okay, stopping the check. {SAFETY_NET} Goodbye."
    assert ends_session(out) and outcome(out) is None and out["sessionAttributes"] == {}


@pytest.mark.parametrize("intent", [c.STOP, c.CANCEL, c.NAVIGATE_HOME])
def test_stopping_before_the_check_says_a_short_goodbye(fake_alexa: FakeAlexa, intent: str) -> None:
    out = fake_alexa.say(intent)  # "Alexa, tell back pain check to stop"
    assert speech(out) == "Okay. Take care of yourself. Goodbye." and ends_session(out)
    fake_alexa.launch()
    out = fake_alexa.say(intent)  # at the age question: the check has begun, so the safety net
    assert speech(out).startswith("Okay, stopping the check. Call 911 at once for") and ends_session(out)


def test_fallback_mid_check_asks_for_yes_or_no_and_repeats_the_question(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    out = fake_alexa.say(c.FALLBACK)
    assert speech(out) == (
        "Sorry, I didn't catch that. Please say yes if that's true for you, or no if it isn't. If this is an "
        "emergency, call 911 now. " + FIRST_QUESTION
    )
    assert not ends_session(out)


def test_fallback_at_the_age_question_says_how_to_give_it(fake_alexa: FakeAlexa) -> None:
    fake_alexa.launch()
    out = fake_alexa.say(c.FALLBACK)
    assert speech(out).startswith("Sorry, I didn't catch your age. Please say it as a number") and not ends_session(out)


# --- Session end, errors, broken attributes ------------------------------------


@pytest.mark.parametrize(
    ("reason", "error"),
    [
        ("USER_INITIATED", None),
        ("EXCEEDED_MAX_REPROMPTS", None),
        ("ERROR", {"type": "INVALID_RESPONSE", "message": "The response is invalid."}),
    ],
)
def test_session_ended_takes_no_speech(fake_alexa: FakeAlexa, reason: str, error: dict[str, str] | None) -> None:
    started(fake_alexa)
    out = fake_alexa.end(reason, error)
    assert "outputSpeech" not in out["response"] and "reprompt" not in out["response"]


def test_an_intent_the_skill_does_not_have_is_not_understood_and_the_answers_are_kept(
    fake_alexa: FakeAlexa,
) -> None:
    started(fake_alexa)
    out = fake_alexa.say("AMAZON.PauseIntent")
    assert speech(out).startswith("Sorry, I didn't catch that.") and speech(out).endswith(FIRST_QUESTION)
    assert not ends_session(out)
    assert speech(fake_alexa.say(c.NO)) == question("breathless")


@pytest.mark.parametrize(
    "attributes",
    [
        {"v": 2, "phase": "checking", "age": 40, "answers": [["made_up", "no"]], "explained": False},
        {"v": 2, "phase": "checking", "age": 40, "answers": [["bladder_bowel", "yes"]], "explained": False},
        {"v": 2, "phase": "checking", "age": 40, "answers": "everything is fine", "explained": False},
        {
            "v": 2,
            "phase": "checking",
            "age": 40,
            "answers": [["chest_pain", "yes"], ["chest_pain_recent", "yes"]],
            "explained": False,
        },
        {"v": 2, "phase": "checking", "answers": [], "explained": False},  # no age at all
        {"v": 2, "phase": "checking", "age": 12, "answers": [], "explained": False},  # a child's
        {"v": 2, "phase": "checking", "age": 400, "answers": [], "explained": False},
        {"v": 2, "phase": "checking", "age": "40", "answers": [], "explained": False},
        {"v": 2, "phase": "checking", "age": True, "answers": [], "explained": False},
        {"v": 1, "phase": "checking", "answers": [], "explained": False},  # from before the age question
        {"v": 99, "phase": "checking", "answers": [], "explained": False},
        {"phase": "offered"},
        {"v": 2, "phase": 7},
        {"outcome": "home"},
    ],
)
@pytest.mark.parametrize("intent", [c.YES, c.NO, c.NOT_SURE, c.HELP, c.REPEAT, c.FALLBACK, c.AGE])
def test_stale_or_tampered_attributes_restart_the_check_safely(
    handler: Handler, attributes: dict[str, Any], intent: str
) -> None:
    out = handler(envelope("intent_request", intent=intent, attributes=attributes), None)
    assert speech(out) == to_text(TEXTS["start.restart"]) + " " + AGE_QUESTION
    assert not ends_session(out) and outcome(out) is None
    assert out["sessionAttributes"] == AT_THE_AGE_QUESTION


def test_an_unsupported_locale_gets_the_us_english_content(handler: Handler) -> None:
    fake_alexa = FakeAlexa(handler, locale="fr-FR")
    assert speech(fake_alexa.launch()) == WELCOME


# --- Contract: outcome, skill ID, routing, privacy ---------------------------------


def test_only_the_verdict_sets_outcome(fake_alexa: FakeAlexa) -> None:
    at_age_question(fake_alexa)
    fake_alexa.say(c.HELP)
    fake_alexa.say(c.FALLBACK)
    fake_alexa.tell_age(40)
    for intent in [c.HELP, c.NOT_SURE, c.NO, c.REPEAT, c.FALLBACK] + [c.NO] * len(WARNING_SIGNS):
        out = fake_alexa.say(intent)
        if outcome(out) is not None:
            break
    assert [outcome(r) for r in fake_alexa.responses] == [None] * (len(fake_alexa.responses) - 1) + ["home"]
    out = fake_alexa.say(c.NO)  # "want to hear that again?" "no"
    assert speech(out) == "Okay. Take care of yourself. Goodbye." and ends_session(out)
    assert out["sessionAttributes"] == {"outcome": "home"}  # no answers are sent back once it ends


def test_requests_for_another_skill_are_refused_when_a_skill_id_is_set() -> None:
    handler = build_skill_builder("amzn1.ask.skill.some-other-skill").lambda_handler()
    with pytest.raises(AskSdkException, match="Skill ID Verification failed"):
        handler(envelope("launch_request"), None)
    assert speech(build_skill_builder(SKILL_ID).lambda_handler()(envelope("launch_request"), None))


ENTRY_POINT_RUN = """
import json, logging, sys
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
from skill.alexa.lambda_function import handler
from tests.support.fake_alexa import envelope
try:
    print(json.dumps(handler(envelope("launch_request"), None)))
except Exception as error:
    print(type(error).__name__, error)
"""


def run_entry_point(skill_id: str | None) -> subprocess.CompletedProcess[str]:
    """``skill.alexa.lambda_function.handler`` as Lambda loads it: a fresh interpreter, the environment set."""
    env = {k: v for k, v in os.environ.items() if k != "ALEXA_SKILL_ID"}
    if skill_id is not None:
        env["ALEXA_SKILL_ID"] = skill_id
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-c", ENTRY_POINT_RUN], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_the_lambda_entry_point_reads_the_skill_id_from_the_environment() -> None:
    refused = run_entry_point("amzn1.ask.skill.some-other-skill")
    assert refused.stdout.strip() == "RefusedEvent request is for another skill"
    answered = run_entry_point(SKILL_ID)
    assert speech(json.loads(answered.stdout)) == WELCOME


def test_without_a_skill_id_the_lambda_entry_point_refuses_every_request_with_one_clear_log_line() -> None:
    for skill_id in (None, "", "   "):
        result = run_entry_point(skill_id)
        assert result.stdout.strip() == "MissingSkillId ALEXA_SKILL_ID is not set"
        [line] = result.stderr.strip().splitlines()
        assert line.startswith("ERROR refused request: ALEXA_SKILL_ID is not set") and "amzn1" not in line


def test_no_health_answer_reaches_the_log(fake_alexa: FakeAlexa, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    started(fake_alexa)
    fake_alexa.say(c.NO)
    fake_alexa.say(c.NOT_SURE)
    out = fake_alexa.answer_until_verdict({"injury", "immune_medicines", "rest_pain"})
    fake_alexa.end("ERROR", {"type": "INTERNAL_SERVICE_ERROR", "message": "Alexa had a problem"})
    assert outcome(out) == "urgent"
    logged = caplog.text.lower()
    assert "request: intentrequest in phase checking" in logged  # the log is not simply empty
    forbidden = ["yesintent", "nointent", "notsure", "ageintent", "urgent", "emergency", "outcome", "answers"]
    forbidden += [s.id for s in WARNING_SIGNS]
    for word in forbidden:
        assert word not in logged, word


# --- Certification: help always ends with a question; stop and cancel always end ----------


def in_phase(fake_alexa: FakeAlexa, phase: Phase) -> FakeAlexa:
    """``alexa`` with its session in ``phase``."""
    if phase is Phase.OFFERED:
        fake_alexa.launch()
    elif phase is Phase.AGE:
        at_age_question(fake_alexa)
    elif phase is Phase.CHECKING:
        started(fake_alexa)
    elif phase is Phase.BROKEN:
        fake_alexa.attributes = {"v": 0, "phase": "checking"}
    return fake_alexa


@pytest.mark.parametrize("phase", Phase)
def test_help_in_every_phase_ends_with_a_question_and_keeps_the_session_open(
    fake_alexa: FakeAlexa, phase: Phase
) -> None:
    out = in_phase(fake_alexa, phase).say(c.HELP)
    assert speech(out).endswith("?") and reprompt(out)
    assert not ends_session(out)


@pytest.mark.parametrize("intent", [c.STOP, c.CANCEL])
@pytest.mark.parametrize("phase", Phase)
def test_stop_and_cancel_in_every_phase_end_the_session(fake_alexa: FakeAlexa, phase: Phase, intent: str) -> None:
    out = in_phase(fake_alexa, phase).say(intent)
    assert ends_session(out) and "Goodbye" in speech(out)


# --- Opened again within the same session ------------------------------------------


def launch_in_session(fake_alexa: FakeAlexa) -> dict[str, Any]:
    """'Alexa, open back pain check' said while the session is open: a LaunchRequest in the same session."""
    env = envelope("launch_request")
    env["session"]["new"] = False
    env["session"]["attributes"] = fake_alexa.attributes
    return fake_alexa.send(env)


def test_opening_the_skill_again_mid_check_carries_on_with_the_pending_question(fake_alexa: FakeAlexa) -> None:
    started(fake_alexa)
    fake_alexa.say(c.NO)
    out = launch_in_session(fake_alexa)
    assert speech(out) == heard(TEXTS["carry_on"], TEXTS["question.breathless"])
    assert question("breathless") in reprompt(out)
    out = fake_alexa.say(c.NO)
    assert speech(out).endswith(question("sudden_onset")), "the earlier answer still counts"


def test_opening_the_skill_again_at_the_age_question_asks_it_again(fake_alexa: FakeAlexa) -> None:
    at_age_question(fake_alexa)
    out = launch_in_session(fake_alexa)
    assert speech(out) == heard(TEXTS["carry_on"], TEXTS["question.age"]) and not ends_session(out)
    assert out["sessionAttributes"] == AT_THE_AGE_QUESTION


def test_opening_the_skill_again_at_the_age_question_carries_on(fake_alexa: FakeAlexa) -> None:
    fake_alexa.launch()
    out = launch_in_session(fake_alexa)
    assert speech(out) == "Let's carry on. How old are you?" and not ends_session(out)
