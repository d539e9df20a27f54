"""``python -m tools.utterances``: how many everyday utterances the skill understands, per set.

The utterances were written by helpers who never saw the interaction models (tests/voice/utterances/, with
who wrote them and when): what a person says after a question, and what a careful listener would take it to
mean. Each is said, in a fresh session brought to the question it answers, through the locale's
interaction model (``tools.console``'s resolver, standing in for Alexa) to the Lambda entry point. It is
understood when the skill does what its meaning does: what it says, and whether the session ends, are those
of the plain answer ("yes", "stop", the age as a number) in the same place. An emergency is understood when
the emergency number is given at once, or the sign it names is taken as the answer to its question.
tests/voice/test_utterance_shares.py holds the shares measured as floors.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NamedTuple

from skill.alexa import constants as c
from skill.core.signs import SIGNS_BY_ID, WARNING_SIGNS, Tier
from skill.core.speech import texts_for
from skill.core.ssml import to_text
from tests.support.conversations import yes_path
from tests.support.fake_alexa import ends_session, outcome, speech
from tests.support.person import Person
from tests.voice.utterances import everyday_en, natural_es_fr

ADULT = 40
# The plain answer each meaning stands for: the intents a person could have said instead (any of them).
PLAIN: dict[str, tuple[str, ...]] = {
    "yes": (c.YES, c.CHANGE_TO_YES),  # "wait, I meant yes" said to the next question
    "no": (c.NO, c.HEDGED_NO),  # a no said tentatively is asked once more where a yes would be an emergency
    "not sure": (c.NOT_SURE,),
    "hold on": (c.HOLD_ON,),
    "repeat": (c.REPEAT,),
    "stop": (c.STOP,),
    "help": (c.HELP, c.WHAT_DO_YOU_MEAN, c.HOW_LONG),
}


class Case(NamedTuple):
    locale: str
    asked: str  # what Alexa asked last ("How old are you?"), or an emergency variant's phase
    said: str
    means: str


class Result(NamedTuple):
    case: Case
    understood: bool
    heard: str  # what the skill said back


Setup = Callable[[], Person]

# The helpers wrote their utterances (2026-12-07) to the questions as the skill asked them then; clinical round
# five reworded some. Each sentence as they heard it, and the question that asks the same thing now.
REWORDED: dict[str, str] = {
    "Do you have a known aortic aneurysm?": "aortic_aneurysm",
    "Vous avez un anévrisme de l'aorte déjà diagnostiqué?": "aortic_aneurysm",
    "Depuis deux semaines, vous avez un nouveau problème pour uriner, ou pour retenir vos selles?": "bladder_bowel",
    "In the last two weeks, have you had a new problem peeing, or with bowel control?": "bladder_bowel",
    "Is it hard to start or stop peeing, to control your bowels, or to feel when you need to go?": "bladder_hard_to_start",
    "Do you take a blood thinner, such as warfarin, apixaban or rivaroxaban?": "blood_thinner",
    "Does the pain get worse when you breathe in?": "breathing_pain",
    "Are you short of breath, clammy, or sick to your stomach?": "breathless",
    "Vous avez le souffle court, des sueurs froides ou mal au cœur?": "breathless",
    "¿Le falta el aire, tiene sudor frío o náuseas?": "breathless",
    "Did that come on with the back pain?": "breathless_new",
    "Have you ever had cancer, counting melanoma but no other skin cancer?": "cancer_history",
    "Have you had chest pain, pressure or tightness today?": "chest_pain",
    "Vous avez eu aujourd'hui une douleur, une pression ou un serrement à la poitrine?": "chest_pain",
    "¿Ha tenido hoy dolor, presión u opresión en el pecho?": "chest_pain",
    "Depuis le début de la douleur, vous avez eu des étourdissements ou failli vous évanouir?": "faintness",
    "Have you felt faint or dizzy since the pain began?": "faintness",
    "¿Ha sentido mareo o que se iba a desmayar desde que empezó el dolor?": "faintness",
    "Have you ever injected street drugs?": "iv_drug_use",
    "Vous vous êtes déjà injecté des drogues de rue?": "iv_drug_use",
    "¿Alguna vez se ha inyectado drogas ilegales?": "iv_drug_use",
    "In the last two weeks, has it come on in both legs?": "legs_both",
    "Has it been this bad for a few weeks or more?": "not_improving",
    "¿Lleva unas semanas o más con el dolor igual o peor?": "not_improving",
    "Ça fait quelques semaines ou plus que vous avez mal comme ça?": "not_improving",
    "In the last month, have you had a urine, chest or skin infection, or back surgery or injection?": "recent_infection",
    "Is there new numbness around your genitals or bottom, even just when wiping or during sex?": "saddle_numbness",
    "Vous avez un nouvel engourdissement autour des parties génitales ou des fesses, même seulement en vous essuyant ou pendant les relations sexuelles?": "saddle_numbness",
    "¿Siente dormidos los genitales o las nalgas, aunque sea al limpiarse con papel después de ir al baño, o en las relaciones sexuales?": "saddle_numbness",
    "¿Siente dormidos o acorchados los genitales o las nalgas, aunque sea al limpiarse con papel tras ir al baño, o en las relaciones sexuales?": "saddle_numbness",
    "Are you breathing very fast, or is your skin blotchy, pale or blue?": "sepsis_skin",
}


def _open(locale: str) -> Person:
    person = Person(locale)
    person.fake_alexa.launch()
    return person


def _at_age(locale: str) -> Person:
    return _open(locale)


def _confirming(locale: str, age: int) -> Person:
    person = _open(locale)
    person.fake_alexa.say(c.AGE, str(age))
    return person


def _at_question(locale: str, sign_id: str) -> Person | None:
    """A session whose pending question is ``sign_id``: yes up its chain of follow-ups, no to the rest, at an
    age it is asked at."""
    parents = [p for p in SIGNS_BY_ID[sign_id].follows if p in SIGNS_BY_ID] or [None]
    t = texts_for(locale)
    by_question = {to_text(t[f"question.{s.id}"]): s.id for s in WARNING_SIGNS}
    # Any question it follows may lead there (the check may end before one chain reaches it).
    for parent, age in ((parent, age) for parent in parents for age in (ADULT, 70, 55)):
        yes = set(yes_path(parent)) if parent is not None else set()
        person = _open(locale)
        out = person.fake_alexa.say(c.AGE, str(age))
        while not ends_session(out) and outcome(out) is None:
            if (person.fake_alexa.attributes or {}).get(c.AGE_HEARD) is not None:
                out = person.fake_alexa.say(c.YES)
                continue
            pending = next((s for q, s in by_question.items() if speech(out).endswith(q)), None)
            if pending is None:
                break
            if pending == sign_id:
                return person
            out = person.fake_alexa.say(c.YES if pending in yes else c.NO)
    return None


def _at_verdict(locale: str, replayed: bool = False) -> Person:
    """The all-no check at 40, its verdict given ("want to hear that again?"); ``replayed``: heard again."""
    person = _open(locale)
    person.fake_alexa.answer_until_verdict(age=ADULT)
    if replayed:
        person.fake_alexa.say(c.YES)
    return person


def setup_for(locale: str, asked: str) -> Setup | None:
    """How to bring a session to where ``asked`` was just said; None when the skill never asks it."""
    t = texts_for(locale)
    if asked in (to_text(t["question.age"]), "age"):
        return lambda: _at_age(locale)
    if asked in (to_text(t["verdict.offer"]), "verdict"):
        return lambda: _at_verdict(locale)
    if asked == "after verdict":
        return lambda: _at_verdict(locale, replayed=True)
    if asked == "question":
        return lambda: _at_question_or_fail(locale, WARNING_SIGNS[0].id)
    confirm = re.escape(to_text(t["confirm.age"].format(age="AGE"))).replace("AGE", r"(\d+)")
    matched = re.fullmatch(confirm, asked)
    if matched:
        return lambda: _confirming(locale, int(matched.group(1)))
    sign_id = next((s.id for s in WARNING_SIGNS if to_text(t[f"question.{s.id}"]) == asked), REWORDED.get(asked))
    if sign_id is None or _at_question(locale, sign_id) is None:
        return None
    return lambda: _at_question_or_fail(locale, sign_id)


def _at_question_or_fail(locale: str, sign_id: str) -> Person:
    person = _at_question(locale, sign_id)
    assert person is not None
    return person


def _said(out: dict[str, Any]) -> tuple[str, bool]:
    return speech(out), ends_session(out)


def _is_emergency(person: Person, out: dict[str, Any], before: Sequence[Any]) -> bool:
    """The emergency number given at once, or a sign named taken as a yes (its answer recorded)."""
    t = person.texts
    if outcome(out) == Tier.EMERGENCY.id or speech(out).startswith(to_text(t["emergency.now"])[:30]):
        return True
    answers = (out.get("sessionAttributes") or {}).get(c.ANSWERS) or []
    return any(answer not in before and answer[1] == "yes" for answer in answers)


def understood(case: Case, setup: Setup) -> Result:
    person = setup()
    before = list((person.fake_alexa.attributes or {}).get(c.ANSWERS) or [])
    out = person.says(case.said)
    heard = speech(out)
    means = case.means
    if means == "emergency":
        return Result(case, _is_emergency(person, out, before), heard)
    if means.startswith("no+"):
        noted = (to_text(person.texts["noted.later"]), to_text(person.texts["noted.earlier"]))
        return Result(case, any(n in heard for n in noted), heard)
    if means.startswith("age:"):
        plain = setup()
        return Result(case, _said(out) == _said(plain.fake_alexa.say(c.AGE, means[4:])), heard)
    intents = PLAIN.get(means.split(":")[0])
    assert intents is not None, means
    for intent in intents:
        plain = setup()
        if _said(out) == _said(plain.fake_alexa.say(intent)):
            return Result(case, True, heard)
    return Result(case, False, heard)


def everyday_en_cases() -> list[Case]:
    return [Case("en-US", e["asked"], e["said"], e["means"]) for e in everyday_en.EVERYDAY]


def emergency_cases() -> list[Case]:
    return [Case("en-US", e["phase"], e["said"], "emergency") for e in everyday_en.EMERGENCY_VARIANTS]


def es_fr_cases() -> list[Case]:
    return [Case(u["locale"], u["asked"], u["said"], u["means"]) for u in natural_es_fr.UTTERANCES]


SETS: dict[str, Callable[[], list[Case]]] = {
    "everyday_en": everyday_en_cases,
    "emergency_en": emergency_cases,
    "es_fr": es_fr_cases,
}


def measure(cases: Iterable[Case]) -> tuple[list[Result], list[Case]]:
    """Each case's result; the cases whose question the skill never asks are left out (and returned)."""
    results, skipped = [], []
    setups: dict[tuple[str, str], Setup | None] = {}
    for case in cases:
        key = (case.locale, case.asked)
        if key not in setups:
            setups[key] = setup_for(*key)
        setup = setups[key]
        if setup is None:
            skipped.append(case)
        else:
            results.append(understood(case, setup))
    return results, skipped


def share(results: Sequence[Result], locale_prefix: str = "") -> tuple[int, int]:
    chosen = [r for r in results if r.case.locale.startswith(locale_prefix)]
    return sum(r.understood for r in chosen), len(chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.utterances", description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help=f"some of: {', '.join(SETS)}")
    parser.add_argument("--misses", action="store_true", help="list the utterances not understood")
    args = parser.parse_args(argv)
    for name in args.sets or list(SETS):
        results, skipped = measure(SETS[name]())
        got, total = share(results)
        print(f"{name}: {got} of {total} understood ({100 * got / max(total, 1):.0f}%)")
        for prefix in sorted({r.case.locale for r in results}) if name == "es_fr" else ():
            got, total = share(results, prefix)
            print(f"  {prefix}: {got} of {total}")
        for case in skipped:
            print(f"  not asked now, left out: [{case.locale}] {case.asked!r}: {case.said!r}")
        if args.misses:
            for result in results:
                if not result.understood:
                    case = result.case
                    heard = result.heard[:70]
                    print(f"  MISS [{case.locale}] {case.asked[:40]!r} {case.said!r} ({case.means}) -> {heard}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
