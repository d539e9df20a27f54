"""``python -m tools.patients``: the unseen patients (tests/patients/) played through the real conversation.

Each patient opens the skill in en-US, gives their age, and answers every question the skill asks, from
the question's words (``tests.support.matcher``), until a verdict. The report counts the verdicts by
Semigran's groups (emergent, non-emergent, self-care): right (the verdict is one the patient's writer
accepted), over-triage, under-triage, and two tiers or more low; then each wrong patient with the
verdict, the right tier, and the yes answers that led there.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from skill.alexa import constants as c
from skill.alexa.conversation import launch, pending, turn_for
from skill.alexa.session import Phase, SessionState
from skill.core.signs import Tier
from skill.core.speech import texts_for
from skill.core.ssml import to_text
from tests.patients.unseen_2026_12 import PATIENTS, Patient
from tests.support.matcher import Reading, answers_yes, reply, resolve
from tools.population import core_verdict, what_sets_it

TIER_OF = {Tier.EMERGENCY: "emergency", Tier.URGENT: "today", Tier.DOCTOR: "soon", Tier.HOME: "home"}
RANK = {"home": 0, "soon": 1, "today": 2, "emergency": 3}
GROUPS = ("emergent", "non-emergent", "self-care")
LOCALE = "en-US"


@dataclass(frozen=True)
class Scored:
    patient: Patient
    verdict: str  # "emergency", "today", "soon" or "home"
    yes: tuple[str, ...]  # the questions answered yes, in the skill's words
    sets_it: str  # what sets the verdict (the rule), as tools.population names it

    @property
    def right(self) -> bool:
        return self.verdict in self.patient.acceptable

    @property
    def over(self) -> bool:
        return not self.right and RANK[self.verdict] > RANK[self.patient.right_tier]

    @property
    def under(self) -> bool:
        return not self.right and RANK[self.verdict] < RANK[self.patient.right_tier]

    @property
    def two_low(self) -> bool:
        return RANK[self.patient.right_tier] - RANK[self.verdict] >= 2 and self.under


def play(patient: Patient, locale: str = LOCALE) -> Scored:
    """Open the skill, answer the age and every question from the patient's facts, to the verdict."""
    t = texts_for(locale)
    turn = launch(SessionState(), t)
    age = reply(to_text(t["question.age"]), patient)
    turn = turn_for(turn.state or SessionState(), c.AGE, t, str(age))
    if turn.state is not None and turn.state.phase is Phase.AGE:  # "Did you say nineteen?"
        turn = turn_for(turn.state, c.YES, t)
    readings: dict[str, Reading] = {}  # what each question answered yes was about, for its follow-ups
    yes_ids: dict[str, bool] = {}
    yes_words: list[str] = []
    while turn.state is not None and turn.state.phase is not Phase.VERDICT:
        question = pending(turn.state)
        words = to_text(t[f"question.{question.id}"])
        # A follow-up's "it" or "that" is whichever question it follows the patient said yes to: yes if any fits.
        abouts: list[Reading | None] = [readings[f] for f in question.follows if f in readings] or [None]
        fitting = [reading for about in abouts if answers_yes(reading := resolve(words, about), patient)]
        answer = bool(fitting)
        if answer:
            readings[question.id] = fitting[0]
            yes_ids[question.id] = True
            yes_words.append(words)
        turn = turn_for(turn.state, c.YES if answer else c.NO, t)
    assert turn.outcome is not None, f"{patient.id} got no verdict"
    result = core_verdict(patient.age, frozenset(yes_ids))
    assert result.tier is turn.outcome, f"{patient.id}: the core and the conversation differ"
    return Scored(patient, TIER_OF[turn.outcome], tuple(yes_words), what_sets_it(result))


def score(patients: Sequence[Patient] = PATIENTS) -> list[Scored]:
    return [play(patient) for patient in patients]


def summary(scored: Sequence[Scored]) -> dict[str, Counter[str]]:
    """Per Semigran group (and "all"): patients, right, over, under, two_low."""
    table: dict[str, Counter[str]] = {group: Counter() for group in (*GROUPS, "all")}
    for s in scored:
        for group in (s.patient.group, "all"):
            row = table[group]
            row["patients"] += 1
            row["right"] += s.right
            row["over"] += s.over
            row["under"] += s.under
            row["two_low"] += s.two_low
    return table


def report(scored: Sequence[Scored]) -> str:
    table = summary(scored)
    lines = [
        "| Semigran group | patients | right | over-triage | under-triage | two tiers low |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for group, row in table.items():
        n = row["patients"] or 1
        cells = [f"{row[k]} ({row[k] / n:.0%})" for k in ("right", "over", "under", "two_low")]
        lines.append(f"| {group} | {row['patients']} | " + " | ".join(cells) + " |")
    lines += ["", "Wrong patients:", ""]
    for s in scored:
        if s.right:
            continue
        p = s.patient
        kind = "OVER" if s.over else "UNDER, two tiers low" if s.two_low else "UNDER"
        accepted = ", ".join(sorted(p.acceptable, key=RANK.__getitem__))
        lines.append(f"- {p.id} ({p.condition}; {p.group}): {kind}: verdict {s.verdict}, right {p.right_tier}")
        lines.append(f"  accepted: {accepted}; age {p.age}")
        lines.append(f"  set by: {s.sets_it}")
        lines.append("  yes to: " + (" / ".join(s.yes) or "nothing"))
        lines.append(f"  right tier because: {p.why}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    argparse.ArgumentParser(
        prog="python -m tools.patients", description=__doc__.splitlines()[0] if __doc__ else None
    ).parse_args(argv)
    print(report(score()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
