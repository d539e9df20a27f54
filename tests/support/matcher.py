"""Answers the skill's yes/no questions for a written patient, from the question's words.

A patient (tests/patients/) is facts about a person: findings from a controlled vocabulary, each with
when it began (``since_days``), when it ended (``ended_days_ago``), its side, its trend and whether it is
usual for the person. The matcher reads a question's English words, never its id, so the patients
survive every rewording: phrases name findings ("short of breath" is breathlessness) and qualifiers
("in the last three days", "new", "both legs", "getting worse", "other than a skin cancer that wasn't
melanoma", "even when you lie still") narrow which facts count. A follow-up that names nothing of its
own ("Is that in both legs?", "In the last year?") is about the question it follows: the caller passes
that question's words as ``about``.

Every word of a question must be understood: a question with a word the matcher does not know (beyond
the small words of English) raises ``UnknownQuestion`` naming the question, never a silent no.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Protocol

DAY = 1.0
# Findings that wake a person only when they move in bed: not "there even when you lie still".
ONLY_ON_MOVING = frozenset({"woken_turning_over"})
LEG_FINDINGS = frozenset({"leg_pain", "leg_numbness", "leg_tingling", "leg_weakness", "walking_difficulty"})
BELOW_KNEE_WORDS = re.compile(r"\b(foot|feet|toes?|calf|calves|shin|ankle|below the knee)\b")


class Fact(Protocol):
    @property
    def finding(self) -> str: ...
    @property
    def since_days(self) -> float | None: ...
    @property
    def ended_days_ago(self) -> float | None: ...
    @property
    def side(self) -> str | None: ...
    @property
    def trend(self) -> str | None: ...
    @property
    def usual(self) -> bool: ...
    @property
    def detail(self) -> dict[str, str]: ...
    @property
    def words(self) -> str: ...


class Patient(Protocol):
    @property
    def age(self) -> int: ...
    @property
    def facts(self) -> tuple[Fact, ...]: ...


class UnknownQuestion(ValueError):
    """A question (or a word in it) the matcher has no pattern for."""


@dataclass(frozen=True)
class Reading:
    """What a question asks: which findings, and which of their facts count."""

    findings: frozenset[str] = frozenset()
    excluded: frozenset[str] = frozenset()
    window: float | None = None  # days: the fact was there at some time in the last ``window`` days
    began_within: float | None = None  # days: the fact began (or got worse) in the last ``began_within`` days
    since_pain_began: bool = False
    came_with_pain: bool = False
    present: bool = False  # "are you", "do you": there now
    new: bool = False
    new_or_worse: bool = False
    worse: bool = False
    both: bool = False
    below_knee: bool = False
    lying_still: bool = False
    age: bool = False


# --- The words: qualifiers first (they are removed before findings are looked for), then findings ---------
# Each rule is a pattern and what it adds. Order matters: a longer phrase is read before the words in it.

WINDOWS: tuple[tuple[str, float], ...] = (
    (r"since this time yesterday", 1 * DAY),
    (r"in the (?:last|past) (?:three|3) days", 3 * DAY),
    (r"in the (?:last|past) (?:two|2) weeks|in the (?:last|past) fortnight", 14 * DAY),
    (r"in the (?:last|past) (?:few|several) weeks", 42 * DAY),
    (r"in the (?:last|past) month", 30 * DAY),
    (r"in the (?:last|past) year", 365 * DAY),
    (r"\btoday\b", 1 * DAY),
)
ONSET = r"\b(?:come on|came on|start|started|begin|began)\b"

QUALIFIERS: tuple[tuple[str, dict[str, bool]], ...] = (
    (r"(?:did (?:that|it)|has (?:that|it)) come on with the (?:back )?pain", {"came_with_pain": True}),
    (r"since the pain (?:began|started)|since your back pain (?:began|started)", {"since_pain_began": True}),
    (r"(?:is it|it is|is that) there even when you lie still|even when you lie still", {"lying_still": True}),
    (r"(?:does|do) (?:it|they) go below the knee|below the knee", {"below_knee": True}),
    (r"(?:is|are) (?:that|it|they) in both legs|in both legs|both legs", {"both": True}),
    (
        r"(?:is it|are the leg symptoms) new,? or (?:is it )?getting worse|new or (?:getting )?worse",
        {"new_or_worse": True},
    ),
    (r"than (?:is )?normal for you", {"new": True}),
    (r"new or different for you", {"new": True}),
    (r"\bnew\b", {"new": True}),
    (r"getting worse", {"worse": True}),
    (r"\bhow old are you\b", {"age": True}),
)

# A phrase, and the findings a person with any of them would say yes to.
FINDING_WORDS: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (pattern, frozenset(findings.split()))
    for pattern, findings in (
        # pain itself
        (r"unlike any back pain you'?ve had before", "unlike_previous_back_pain"),
        (r"(?:is )?the pain getting steadily worse|steadily worse", "pain_steadily_worse"),
        (r"reach(?:ed)? its worst within a minute(?: of starting)?", "pain_peaked_within_a_minute"),
        (r"stay severe,? whatever position you rest in", "pain_severe_whatever_position"),
        (r"between your shoulder blades", "pain_between_shoulder_blades"),
        (
            r"worse at night,? or does it wake you(?: up)?|wake you (?:up )?at night|wake you up",
            "night_pain woken_turning_over wakes_second_half_night",
        ),
        (
            r"lasted a few weeks without getting better|been this bad for a few weeks or more",
            "pain_not_improving_weeks not_improving_for_weeks",
        ),
        (r"(?:get worse|catch(?:es)?) when you breathe in", "pain_catches_breathing_in"),
        # chest, breathing, circulation
        (r"chest pain,? pressure,? or tightness|chest pain", "chest_pain"),
        (r"(?:more )?short of breath|breathless", "breathlessness"),
        (r"a cold sweat|clammy", "cold_sweat"),
        (r"sick to your stomach|feeling sick|feel sick|\bsick\b", "nausea vomiting"),
        (r"coughed up blood", "coughed_blood"),
        (r"one calf swollen,? or painful|calf swollen", "swollen_calf"),
        (r"felt faint or dizzy", "fainted near_faint DIZZY"),
        (r"fainted,? or felt about to faint", "fainted near_faint"),
        (r"pass(?:ed)? out(?:,? even for a moment)?|fainted|blacked out", "fainted"),
        (r"felt about to faint|felt faint|nearly faint", "near_faint"),
        (r"\bdizzy\b", "DIZZY"),
        (r"(?:have you been told you have|do you have) (?:a known )?(?:an )?aortic aneurysm", "known_aortic_aneurysm"),
        (r"blood thinner", "blood_thinner"),
        (r",? (?:such as|like) warfarin,? apixaban,? or rivaroxaban", ""),
        # injury
        (r"start with a fall,? a knock,? or lifting something", "fall knock lift serious_accident"),
        (r"a serious accident,? like a car crash,? or a bad fall", "serious_accident"),
        # bladder, bowel, saddle
        (r"numbness around your genitals or bottom", "saddle_numbness numb_when_wiping"),
        (r",? even just when wiping(?: or during sex)?", ""),
        (r"hard to start or stop peeing", "hard_to_start_peeing leak_without_urge urge_leaks"),
        (r"hard to start peeing", "hard_to_start_peeing"),
        (r"is the flow weak", "weak_flow"),
        (r"to control your bowels|with bowel control", "leak_without_urge lost_bowel_sensation"),
        (r"to feel when you need to go", "lost_bladder_sensation lost_bowel_sensation"),
        (
            r"lost the feeling of needing to go,? or of pee or poo coming out",
            "lost_bladder_sensation lost_bowel_sensation",
        ),
        (r"not peed at all(?: today)?", "no_pee_today"),
        (
            r"a (?:new )?problem peeing",
            "hard_to_start_peeing weak_flow lost_bladder_sensation leak_without_urge urge_leaks stress_leaks "
            "burning_pee frequency blood_in_pee no_pee_today",
        ),
        (r"(?:with )?your bowels", "leak_without_urge lost_bowel_sensation diarrhoea"),
        # cancer
        (r"a skin cancer that wasn'?t melanoma|other skin cancer|non-melanoma skin cancer", "non_melanoma_skin_cancer"),
        (r"counting melanoma", "cancer_history"),
        (r"under a cancer team(?: now)?", "under_cancer_team"),
        (r"\bcancer\b", "cancer_history non_melanoma_skin_cancer"),
        # infection and sepsis
        (r"a fever,? or feel hot and shivery|a fever|hot and shivery", "fever hot_and_shivery"),
        (r"breathing very fast", "fast_breathing"),
        (r"(?:is )?your skin(?: or lips)? blotchy,? (?:pale|grey),? or blue", "blotchy_skin pale"),
        (r"confused,? or has anyone said you'?re not making sense|confused", "confusion"),
        (r"a urine,? chest,? or skin infection", "urine_infection chest_infection skin_infection"),
        (r"(?:a )?back (?:surgery|operation)(?: or injection)?", "back_operation spinal_injection"),
        (r"diabetes", "diabetes"),
        (r"injected (?:street drugs|drugs that weren'?t prescribed)", "injected_drugs"),
        (r"steroid tablets", "oral_steroids"),
        (r"medicines that lower your immunity", "immune_lowering_medicine"),
        # legs
        (
            r"pain,? numbness,? tingling,? or weakness in either leg",
            "leg_pain leg_numbness leg_tingling leg_weakness walking_difficulty aching_thighs_walking",
        ),
        (r"(?:is )?the leg numb or tingly", "leg_numbness leg_tingling"),
        (r"(?:is )?the leg weak,? or does it give way", "leg_weakness walking_difficulty"),
        # tummy and pregnancy
        (r"did the (?:tummy|stomach) pain come on suddenly and severely", "tummy_pain_sudden_severe"),
        (r"(?:is )?the (?:tummy|stomach) pain severe", "tummy_pain_sudden_severe"),
        (r"(?:this )?(?:tummy|stomach|belly|abdominal) pain(?: too)?", "tummy_pain tummy_pain_sudden_severe"),
        (r"could you be pregnant,? even if you'?re not sure", "could_be_pregnant"),
        # other
        (r"osteoporosis,? or weak bones|osteoporosis", "osteoporosis"),
        (r"lost weight without trying", "weight_loss"),
        (r"(?:found )?a (?:new )?lump or swelling on your back|a lump", "lump"),
    )
)
# The small words of a question, which carry no finding or qualifier.
SMALL_WORDS = frozenset(
    re.findall(
        r"\S+",
        "a an and any are at but been did do does even ever felt for had has have in is it its me now of on or pain"
        " please since so take than that the there these this those to told too was were what when with you your"
        " you've yet",
    )
)
# What the word "dizzy" covers: everyday dizziness (on standing, a spinning room) and nearly fainting.
DIZZY = frozenset({"dizzy_on_standing", "spinning_dizziness", "near_faint"})
NOT_IMPROVING = "not_improving_for_weeks"  # derived: back pain for two weeks or more that is not easing


def read(question: str) -> Reading:
    """What ``question`` asks, from its words; ``UnknownQuestion`` if any word is not understood."""
    text = " " + question.lower().replace("\u2019", "'") + " "
    values: dict[str, object] = {}
    findings: set[str] = set()
    excluded: set[str] = set()

    def take(pattern: str) -> re.Match[str] | None:
        nonlocal text
        match = re.search(pattern, text)
        if match is not None:
            text = re.sub(r"\s+", " ", text[: match.start()] + " " + text[match.end() :])
        return match

    text = re.sub(r"\s+", " ", text)
    # "other than X", "not counting X", "but no X": X is read as findings and left out.
    for marker in (r"other than", r"not counting", r"except(?: for)?", r"but no"):
        while (match := take(rf"\b{marker} (?P<x>[^?,]+)")) is not None:
            excluded |= _findings_in(match["x"], question)
    for pattern, days in WINDOWS:
        if take(pattern) is not None:
            values["window"] = days
    if take(r"\bever\b") is not None:
        values["window"] = None
    for pattern, adds in QUALIFIERS:
        while take(pattern) is not None:
            values |= adds
    if values.get("window") is not None and take(ONSET) is not None:  # "did it start in the last two weeks?"
        values["began_within"] = values.pop("window")
    findings |= _findings_in(text, question, consume=True)
    if "DIZZY" in findings:
        findings = (findings - {"DIZZY"}) | DIZZY
    if re.match(r"\s*(?:are you|do you|is |does )", question.lower()) and "window" not in values:
        values["present"] = True
    return Reading(findings=frozenset(findings), excluded=frozenset(excluded), **values)  # type: ignore[arg-type]


def _findings_in(text: str, question: str, consume: bool = False) -> set[str]:
    found: set[str] = set()
    for pattern, findings in FINDING_WORDS:
        while (match := re.search(pattern, text)) is not None:
            found |= findings
            text = text[: match.start()] + " " + text[match.end() :]
    if consume:
        unknown = [w for w in re.findall(r"[a-z']+", text) if w not in SMALL_WORDS]
        if unknown:
            raise UnknownQuestion(f"no pattern for {' '.join(unknown)!r} in the question {question!r}")
    return found


def resolve(question: str, about: Reading | str | None = None) -> Reading:
    """What ``question`` asks, a follow-up that names nothing of its own ("Is that in both legs?") being
    about ``about`` (the question it follows, or what that was resolved to): its findings and every
    qualifier it had, and its time window unless the follow-up gives its own."""
    reading = read(question)
    if reading.findings or reading.age:
        return reading
    if about is None:
        raise UnknownQuestion(f"the question {question!r} names nothing, and follows no question")
    before = resolve(about) if isinstance(about, str) else about
    own_time = reading.window is not None or reading.began_within is not None
    return replace(
        reading,
        findings=before.findings,
        excluded=reading.excluded | before.excluded,
        window=reading.window if own_time else before.window,
        began_within=reading.began_within if own_time else before.began_within,
        since_pain_began=reading.since_pain_began or before.since_pain_began,
        came_with_pain=reading.came_with_pain or before.came_with_pain,
        present=reading.present or before.present,
        new=reading.new or before.new,
        new_or_worse=reading.new_or_worse or before.new_or_worse,
        worse=reading.worse or before.worse,
        both=reading.both or before.both,
        below_knee=reading.below_knee or before.below_knee,
        lying_still=reading.lying_still or before.lying_still,
    )


def reply(question: str, patient: Patient, about: Reading | str | None = None) -> bool | int:
    """The patient's answer to ``question``: their age to the age question, else yes or no."""
    reading = resolve(question, about)
    if reading.age:
        return patient.age
    return answers_yes(reading, patient)


def answers_yes(reading: Reading, patient: Patient) -> bool:
    """Whether any fact about the patient is what ``reading`` asks about."""
    return any(_counts(fact, reading, patient) for fact in _facts(patient, reading))


def says_yes(question: str, patient: Patient, about: Reading | str | None = None) -> bool:
    answer = reply(question, patient, about)
    if isinstance(answer, bool):
        return answer
    raise UnknownQuestion(f"{question!r} asks for a number, not yes or no")


def _facts(patient: Patient, reading: Reading) -> Iterable[Fact]:
    wanted = reading.findings - reading.excluded
    for fact in patient.facts:
        if fact.finding in wanted:
            yield fact
    if NOT_IMPROVING in wanted:  # back pain for a few weeks that is not getting better
        yield from (f for f in patient.facts if f.finding == "back_pain" and _lasted_without_easing(f))


def _lasted_without_easing(fact: Fact) -> bool:
    return fact.since_days is not None and fact.since_days >= 14 and fact.trend not in {"easing"}


def _pain_began(patient: Patient) -> float:
    return next((f.since_days for f in patient.facts if f.finding == "back_pain" and f.since_days), 0.0)


UNIT_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}


def _ended(fact: Fact) -> float:
    """How many days ago the fact last held: 0 if it still does ("last": "6 months ago" says when)."""
    if fact.ended_days_ago is not None:
        return fact.ended_days_ago
    last = re.fullmatch(r"(\d+(?:\.\d+)?) (hour|day|week|month|year)s? ago", fact.detail.get("last", ""))
    return float(last[1]) * UNIT_DAYS[last[2]] if last else 0.0


def _counts(fact: Fact, reading: Reading, patient: Patient) -> bool:
    ended = _ended(fact)
    if fact.detail.get("she_thinks", "").startswith("no"):  # she would say no: she doesn't think she could be
        return False
    if reading.present and ended > 0.5:
        return False
    if reading.window is not None and ended > reading.window:
        return False
    if reading.began_within is not None and not _began_within(fact, reading.began_within):
        return False
    if reading.since_pain_began and ended > _pain_began(patient):
        return False
    if reading.came_with_pain and not _came_with_pain(fact, patient):
        return False
    if reading.new and (fact.usual or fact.trend == "longstanding"):
        return False
    if reading.worse and fact.trend != "worse":
        return False
    if reading.new_or_worse and not _new_or_worse(fact):
        return False
    if reading.both and fact.side != "both":
        return False
    if reading.below_knee and not _below_knee(fact):
        return False
    return not (reading.lying_still and fact.finding in ONLY_ON_MOVING)


def _began_within(fact: Fact, days: float) -> bool:
    """Began, or changed (spread to the other leg, got worse), in the last ``days`` days."""
    if fact.usual or fact.trend == "longstanding":
        return False
    changes = [float(fact.detail[k]) for k in ("left_leg_since_days", "worse_since_days") if k in fact.detail]
    began = [fact.since_days] if fact.since_days is not None else []
    return any(d <= days for d in began + changes)


def _came_with_pain(fact: Fact, patient: Patient) -> bool:
    """Came on with the back pain (a day before it at most): not usual, not caused by a medicine."""
    if fact.usual or fact.since_days is None or "caused_by" in fact.detail:
        return False
    return fact.since_days <= _pain_began(patient) + 1


def _new_or_worse(fact: Fact) -> bool:
    if fact.usual or fact.trend in {"longstanding", "stable", "easing"}:
        return False
    return fact.trend in {"new", "worse"} or (fact.since_days is not None and fact.since_days <= 14)


def _below_knee(fact: Fact) -> bool:
    if fact.finding not in LEG_FINDINGS:
        return False
    if "below_knee" in fact.detail:
        return fact.detail["below_knee"] == "yes"
    return BELOW_KNEE_WORDS.search(fact.words) is not None
