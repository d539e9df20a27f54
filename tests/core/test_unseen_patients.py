"""The unseen patients (tests/patients/) through the real conversation, and the matcher that answers for them.

The matcher answers from a question's words, so these tests hold across rewordings: today's questions
and the fourth pass's (../shared/triage-notes.md, "Question budget" and the condition blocks' "Ask:").
The score is held to the measured baseline, not to 100%: the rules are being rebuilt (issue 33).
"""

from __future__ import annotations

from collections import Counter

import pytest

from skill.core.signs import WARNING_SIGNS
from skill.core.speech import texts_for
from skill.core.ssml import to_text
from tests.patients.unseen_2026_12 import PATIENTS, Fact, Patient
from tests.support.matcher import Reading, UnknownQuestion, reply, resolve, says_yes
from tools.patients import Scored, main, play, summary

F = Fact

# Measured on main's rules at ed5127d, 2026-12-07 (before the fourth pass's rules), with
# `python -m tools.patients`; /work/handoff/patients-baseline.md has every wrong patient.
# group: (patients, right, over-triage, under-triage, two tiers low)
BASELINE: dict[str, tuple[int, int, int, int, int]] = {
    "emergent": (34, 31, 0, 3, 1),
    "non-emergent": (29, 17, 11, 1, 0),
    "self-care": (20, 14, 6, 0, 0),
}
# Two tiers low at the baseline (a bleed on rivaroxaban whose pain was not sudden, told "a week or two"):
# the rebuilt rules should empty this set; no other patient may join it.
KNOWN_TWO_LOW = frozenset({"seh_not_sudden_f66"})

# The fourth pass's questions (the notes' wording), with the question each follow-up follows.
FOURTH_PASS: tuple[tuple[str, str | None], ...] = (
    ("In the last three days, have you had chest pain, pressure or tightness?", None),
    (
        "Was any of it since this time yesterday?",
        "In the last three days, have you had chest pain, pressure or tightness?",
    ),
    ("Are you more short of breath than is normal for you?", None),
    ("Did it start in the last two weeks?", "Are you more short of breath than is normal for you?"),
    ("Have you had a cold sweat with it?", None),
    ("Does the pain catch when you breathe in?", None),
    ("Have you coughed up blood?", None),
    ("Is one calf swollen or painful?", None),
    ("Did the pain reach its worst within a minute of starting?", None),
    ("Is it unlike any back pain you've had before?", None),
    ("Does the pain stay severe, whatever position you rest in?", None),
    ("Since the pain began, have you fainted, or felt about to faint?", None),
    ("Did you pass out, even for a moment?", None),
    ("Have you been told you have an aortic aneurysm?", None),
    ("Is the pain between your shoulder blades?", None),
    ("Did the pain start with a fall, a knock, or lifting something?", None),
    ("Was it a serious accident, like a car crash or a bad fall?", None),
    ("Have you been told you have osteoporosis, or weak bones?", None),
    ("In the last two weeks, have you had a new problem peeing, or with your bowels?", None),
    ("Is it hard to start peeing, or is the flow weak?", None),
    ("Have you lost the feeling of needing to go, or of pee or poo coming out?", None),
    ("Is there new numbness around your genitals or bottom, even just when wiping?", None),
    ("Do you take a blood thinner, like warfarin, apixaban or rivaroxaban?", None),
    ("Have you ever had cancer, other than a skin cancer that wasn't melanoma?", None),
    ("Are you under a cancer team now?", None),
    ("Is the pain getting steadily worse?", None),
    ("Have you found a new lump or swelling on your back?", None),
    ("Do you have a fever, or feel hot and shivery?", None),
    ("In the last month, have you had a urine, chest or skin infection, or a back operation or injection?", None),
    ("Do you have diabetes?", None),
    ("Are you confused, or has anyone said you're not making sense?", None),
    ("Are you breathing very fast?", None),
    ("Are your skin or lips blotchy, grey or blue?", None),
    ("Have you not peed at all today?", None),
    ("Have you ever injected drugs that weren't prescribed?", None),
    ("In the last year?", "Have you ever injected drugs that weren't prescribed?"),
    ("Do you take steroid tablets, or medicines that lower your immunity?", None),
    ("Do you have pain, numbness, tingling or weakness in either leg?", None),
    ("Does it go below the knee?", "Do you have pain, numbness, tingling or weakness in either leg?"),
    ("Is the leg numb or tingly?", None),
    ("Is the leg weak, or does it give way?", None),
    ("Is that in both legs?", "Do you have pain, numbness, tingling or weakness in either leg?"),
    ("Is it new, or getting worse?", "Do you have pain, numbness, tingling or weakness in either leg?"),
    ("Do you have tummy pain too?", None),
    ("Is this tummy pain new or different for you?", None),
    ("Did the tummy pain come on suddenly and severely?", None),
    ("Could you be pregnant, even if you're not sure?", None),
    ("Have you lost weight without trying?", None),
    ("Has it lasted a few weeks without getting better?", None),
    ("Is the pain worse at night, or does it wake you up?", None),
    ("Is it there even when you lie still?", "Is the pain worse at night, or does it wake you up?"),
)
REWORDED = (  # the same question in today's words and in new ones (mostly the fourth pass's)
    ("Have you ever had cancer, counting melanoma but no other skin cancer?", FOURTH_PASS[23][0]),
    ("Have you felt faint or dizzy since the pain began?", "Have you felt faint or dizzy since your back pain began?"),
    ("Do you take a blood thinner, such as warfarin, apixaban or rivaroxaban?", FOURTH_PASS[22][0]),
    ("Has it been this bad for a few weeks or more?", FOURTH_PASS[48][0]),
    ("Do you have stomach pain too?", FOURTH_PASS[43][0]),
)


def person(age: int, *facts: Fact) -> Patient:
    back = F("back_pain", "low back pain", 5, side="centre", trend="stable", detail={"where": "low"})
    return Patient("test", "test", "self-care", "home", frozenset({"home"}), age, "female", "", (back, *facts), "")


@pytest.fixture(scope="module")
def scored() -> list[Scored]:
    return [play(patient) for patient in PATIENTS]


# --- The matcher -------------------------------------------------------------------------------------


def test_time_windows_count_what_was_there_within_them() -> None:
    chest_two_days_ago = person(55, F("chest_pain", "tightness", 2, ended_days_ago=2, trend="new"))
    three_days = "In the last three days, have you had chest pain, pressure or tightness?"
    assert says_yes(three_days, chest_two_days_ago)
    assert not says_yes("Have you had chest pain, pressure or tightness today?", chest_two_days_ago)
    assert not says_yes("Was any of it since this time yesterday?", chest_two_days_ago, three_days)
    infection_gone = person(50, F("urine_infection", "cystitis", 50, ended_days_ago=40))
    month = "In the last month, have you had a urine, chest or skin infection, or a back operation or injection?"
    assert not says_yes(month, infection_gone)
    assert says_yes(month, person(50, F("urine_infection", "cystitis", 10, ended_days_ago=3)))


def test_began_within_a_window_and_ever() -> None:
    injected = "Have you ever injected drugs that weren't prescribed?"
    years_ago = person(50, F("injected_drugs", "in my twenties", None, detail={"last": "15 years ago"}))
    months_ago = person(33, F("injected_drugs", "until the spring", None, detail={"last": "6 months ago"}))
    assert says_yes(injected, years_ago) and says_yes(injected, months_ago)
    assert not says_yes("In the last year?", years_ago, injected)
    assert says_yes("In the last year?", months_ago, injected)
    breathless = "Are you more short of breath than is normal for you?"
    assert not says_yes("Did it start in the last two weeks?", person(60, F("breathlessness", "", 30)), breathless)
    assert says_yes("Did it start in the last two weeks?", person(60, F("breathlessness", "", 2)), breathless)


def test_new_leaves_out_what_is_usual_for_the_person() -> None:
    copd = person(61, F("breathlessness", "puffed on hills for years", None, usual=True, trend="longstanding"))
    assert says_yes("Are you short of breath, clammy, or sick to your stomach?", copd)
    assert not says_yes("Are you more short of breath than is normal for you?", copd)
    prostate = person(64, F("weak_flow", "for years", None, usual=True, trend="longstanding"))
    assert not says_yes("In the last two weeks, have you had a new problem peeing, or with your bowels?", prostate)
    period = person(33, F("tummy_pain", "period cramps", 1, usual=True))
    assert says_yes("Do you have tummy pain too?", period)
    assert not says_yes("Is this tummy pain new or different for you?", period)


def test_both_legs_and_new_or_getting_worse() -> None:
    legs = "Do you have pain, numbness, tingling or weakness in either leg?"
    one = person(40, F("leg_pain", "down the left leg", 7, side="left", detail={"below_knee": "yes"}))
    stable_both = person(68, F("leg_tingling", "for years", None, side="both", usual=True, trend="longstanding"))
    worse_both = person(
        51, F("leg_pain", "both legs", 120, side="both", trend="worse", detail={"worse_since_days": "5"})
    )
    assert all(says_yes(legs, p) for p in (one, stable_both, worse_both))
    assert not says_yes("Is that in both legs?", one, legs)
    assert says_yes("Is that in both legs?", stable_both, legs)
    both = resolve("Is that in both legs?", legs)  # "it" in the next follow-up: symptoms in both legs
    assert not says_yes("Is it new, or getting worse?", stable_both, both)
    assert says_yes("Is it new, or getting worse?", worse_both, both)
    assert not says_yes("Is it new, or getting worse?", one, both)
    assert not says_yes("In the last two weeks, has it come on in both legs?", stable_both, legs)
    assert says_yes("In the last two weeks, has it come on in both legs?", worse_both, legs)
    assert says_yes("Does it go below the knee?", one, legs)
    assert not says_yes("Does it go below the knee?", stable_both, legs)


def test_exclusions_leave_out_what_the_question_does_not_count() -> None:
    skin = person(55, F("non_melanoma_skin_cancer", "basal cell carcinoma", None))
    breast = person(62, F("cancer_history", "breast cancer", None, detail={"treated_years_ago": "22"}))
    assert says_yes("Have you ever had cancer?", skin)
    for question in (
        "Have you ever had cancer, other than a skin cancer that wasn't melanoma?",
        "Have you ever had cancer, counting melanoma but no other skin cancer?",
        "Have you ever had cancer, not counting a skin cancer that wasn't melanoma?",
    ):
        assert not says_yes(question, skin), question
        assert says_yes(question, breast), question


def test_pain_there_even_when_lying_still() -> None:
    night = "Is the pain worse at night, or does it wake you up?"
    turning = person(41, F("woken_turning_over", "wakes me turning over; fine lying still", 5))
    constant = person(64, F("night_pain", "wakes me even lying still", 20))
    assert says_yes(night, turning) and says_yes(night, constant)
    assert not says_yes("Is it there even when you lie still?", turning, night)
    assert says_yes("Is it there even when you lie still?", constant, night)


def test_since_the_pain_began_and_with_the_pain() -> None:
    dizzy = person(58, F("dizzy_on_standing", "since BP tablets", 120, usual=True, trend="longstanding"))
    assert says_yes("Have you felt faint or dizzy since the pain began?", dizzy)  # the word "dizzy"
    assert not says_yes("Since the pain began, have you fainted, or felt about to faint?", dizzy)
    sick = "Are you short of breath, clammy, or sick to your stomach?"
    codeine = person(48, F("nausea", "on co-codamol", 3, detail={"caused_by": "codeine"}))
    sweat = person(67, F("cold_sweat", "clammy", 0.1))
    assert says_yes(sick, codeine) and says_yes(sick, sweat)
    assert not says_yes("Did that come on with the back pain?", codeine, sick)
    assert says_yes("Did that come on with the back pain?", sweat, sick)


def test_the_age_question_gets_the_age() -> None:
    assert reply("How old are you?", person(47)) == 47


def test_an_unknown_question_fails_loudly_naming_it() -> None:
    with pytest.raises(UnknownQuestion, match="rash"):
        says_yes("Do you have chest pain or a rash?", person(40))
    with pytest.raises(UnknownQuestion, match="Is that in both legs"):
        says_yes("Is that in both legs?", person(40))  # a follow-up with nothing to follow


def test_the_same_question_reworded_gets_the_same_answers() -> None:
    for today, reworded in REWORDED:
        assert [says_yes(today, p) for p in PATIENTS] == [says_yes(reworded, p) for p in PATIENTS], today


def test_every_question_the_skill_can_ask_is_understood() -> None:
    """Read from signs.py: every sign and follow-up, in the words en-US says, a follow-up read against the
    question it follows (and that one against its own): UnknownQuestion names any the matcher cannot read."""
    t = texts_for("en-US")
    signs = {sign.id: sign for sign in WARNING_SIGNS}

    def reading(sign_id: str) -> Reading:
        sign = signs[sign_id]
        before = next((reading(f) for f in sign.follows if f in signs), None)
        return resolve(to_text(t[f"question.{sign_id}"]), before)

    for sign in WARNING_SIGNS:
        assert reading(sign.id).findings, sign.id


@pytest.mark.parametrize(("question", "before"), FOURTH_PASS, ids=[q for q, _ in FOURTH_PASS])
def test_every_fourth_pass_question_is_understood(question: str, before: str | None) -> None:
    answers = Counter(says_yes(question, patient, before) for patient in PATIENTS)
    assert answers[True] + answers[False] == len(PATIENTS)


# --- The patients through the conversation ------------------------------------------------------------


def test_every_patient_plays_to_a_verdict(scored: list[Scored]) -> None:
    assert len(scored) == len(PATIENTS) >= 80
    assert {s.verdict for s in scored} <= {"emergency", "today", "soon", "home"}


def test_no_emergent_patient_is_sent_home(scored: list[Scored]) -> None:
    home = [s.patient.id for s in scored if s.patient.group == "emergent" and s.verdict == "home"]
    assert home == []


def test_no_patient_newly_two_tiers_low(scored: list[Scored]) -> None:
    two_low = {s.patient.id for s in scored if s.two_low}
    assert two_low <= KNOWN_TWO_LOW, sorted(two_low - KNOWN_TWO_LOW)


def test_the_score_is_no_worse_than_the_baseline(scored: list[Scored]) -> None:
    table = summary(scored)
    for group, (patients, right, _over, under, two_low) in BASELINE.items():
        row = table[group]
        assert row["patients"] == patients, group
        assert row["right"] >= right, (group, dict(row))
        assert row["under"] <= under, (group, dict(row))
        assert row["two_low"] <= two_low, (group, dict(row))


def test_the_report_shows_the_groups_and_every_wrong_patient(
    scored: list[Scored], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    for group in BASELINE:
        assert f"| {group} | {BASELINE[group][0]} |" in out
    for s in scored:
        assert (f"- {s.patient.id} (" in out) is not s.right, s.patient.id
