"""``python -m skill.tools.population``: simulated people played through the real conversation.

Two kinds of cohort (``skill/tools/cohorts.py``): adults with ordinary, non-specific back
pain, and patients with each serious cause. Each simulated person has an age drawn from the
cohort's range and answers each question the skill asks with yes at the cohort's rate for
that question (a follow-up's rate is given a yes to the question it follows). The answers
go through the conversation the skill runs on Alexa (``skill.alexa.conversation``: the
welcome, the age, every question, the verdict), and the verdicts are counted.

It prints each cohort's verdict distribution with 95% confidence intervals; the safety
case shows the table and its assumptions, and tests/test_population.py holds the
distribution to the targets below. The random generator is seeded; the seed is printed.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from skill.alexa import constants as c
from skill.alexa.conversation import launch, pending, turn_for
from skill.alexa.session import Phase, SessionState
from skill.core.signs import COMBINATIONS, SIGNS_BY_ID, Tier
from skill.core.speech import texts_for
from skill.core.triage import Answer, Check, next_question, take_reply, verdict
from skill.tools.cohorts import ORDINARY, SERIOUS, Cohort

COMBINATIONS_BY_ID = {combination.id: combination for combination in COMBINATIONS}
SEED = 20261201
PEOPLE = 5_000  # per cohort
# Targets for the ordinary cohort (the third and fourth clinical reviews): at most 5% told to call the
# emergency number (or their cancer team now), at least 60% home or a routine appointment.
MOST_EMERGENCY = 0.05
LEAST_HOME_OR_ROUTINE = 0.60


def person_says(cohort: Cohort, rng: random.Random) -> tuple[int, dict[str, bool]]:
    """One person of the cohort: an age, and a yes or no to every question they could be asked."""
    low, high = cohort.ages
    if cohort.age_spread is None:
        age = rng.randint(low, high)
    else:
        age = min(high, max(low, round(rng.gauss(*cohort.age_spread))))
    return age, {sign_id: rng.random() < rate for sign_id, rate in cohort.yes_rates.items()}


def play(age: int, says_yes: dict[str, bool], locale: str = "en-US") -> Tier:
    """The verdict the skill gives this person: open the skill, say yes, give the age, answer every question."""
    t = texts_for(locale)
    turn = launch(SessionState(), t)
    turn = turn_for(turn.state or SessionState(), c.YES, t)
    turn = turn_for(turn.state or SessionState(), c.AGE, t, str(age))
    if turn.state is not None and turn.state.phase is Phase.AGE:  # "Did you say nineteen?"
        turn = turn_for(turn.state, c.YES, t)
    while turn.state is not None:
        assert turn.state.phase is Phase.CHECKING
        question = pending(turn.state)
        turn = turn_for(turn.state, c.YES if says_yes.get(question.id, False) else c.NO, t)
    assert turn.outcome is not None, "every adult gets a verdict"
    return turn.outcome


def verdicts(cohort: Cohort, people: int, seed: int = SEED) -> Counter[Tier]:
    """How many of ``people`` simulated members of ``cohort`` get each verdict."""
    rng = random.Random(f"{seed}:{cohort.name}")
    return Counter(play(*person_says(cohort, rng)) for _ in range(people))


def what_sets_it(age: int, says_yes: dict[str, bool]) -> str:
    """What sets this person's verdict: the combination, or the signs, behind it (the core's own walk)."""
    check = Check(age=age)
    while (question := next_question(check)) is not None:
        check = take_reply(check, Answer.YES if says_yes.get(question.id, False) else Answer.NO).check
    result = verdict(check)
    assert result is not None
    if result.combinations:
        return " + ".join(c.id for c in result.combinations)
    return " + ".join(s.id for s in result.reasons if SIGNS_BY_ID[s.id].tier == result.tier) or "no sign"


def routes(cohort: Cohort, people: int, tier: Tier, seed: int = SEED) -> Counter[str]:
    """For ``people`` members of ``cohort``: how many get ``tier``, by what sets it (the profile of a tier)."""
    rng = random.Random(f"{seed}:{cohort.name}")
    said = (person_says(cohort, rng) for _ in range(people))
    return Counter(what_sets_it(age, yes) for age, yes in said if play(age, yes) is tier)


def route_signs(route: str) -> frozenset[str]:
    """The questions a route names: a sign's own id, or every sign in the groups of its combinations."""
    named: set[str] = set()
    for part in route.split(" + "):
        combination = COMBINATIONS_BY_ID.get(part)
        named |= {s for g in combination.groups for s in g} if combination is not None else {part}
    return frozenset(named & SIGNS_BY_ID.keys())


class Sensitivity(NamedTuple):
    route: str
    share: float  # of the ordinary cohort, sent to the emergency number by this route
    doubled: float  # the same route's share with its questions' yes-rates doubled
    halved: float
    emergency_doubled: float  # the whole emergency share with them doubled


def sensitivity(people: int = PEOPLE, seed: int = SEED) -> list[Sensitivity]:
    """For each route that sends ordinary backs to the emergency number: its share, and its share (and the
    whole emergency share) with the yes-rates of the questions it names doubled and halved."""
    profile = routes(ORDINARY, people, Tier.EMERGENCY, seed)
    rows = []
    for route, count in profile.most_common():
        scaled = {f: routes(ORDINARY.scaled(f, route_signs(route)), people, Tier.EMERGENCY, seed) for f in (2, 0.5)}
        rows.append(
            Sensitivity(
                route,
                count / people,
                scaled[2][route] / people,
                scaled[0.5][route] / people,
                sum(scaled[2].values()) / people,
            )
        )
    return rows


def sensitivity_table(rows: Sequence[Sensitivity]) -> str:
    lines = [
        ["route to the emergency number", "share", "its yes-rates doubled", "halved", "all emergencies, doubled"],
        ["---"] * 5,
    ]
    for row in rows:
        cells = (row.share, row.doubled, row.halved, row.emergency_doubled)
        lines.append([f"`{row.route}`", *(f"{cell:.2%}" for cell in cells)])
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def interval(count: int, total: int) -> tuple[float, float]:
    """A 95% Wilson score interval for a proportion."""
    z = 1.96
    p = count / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


def share(counts: Counter[Tier], *tiers: Tier) -> float:
    return sum(counts[t] for t in tiers) / sum(counts.values())


def reaching(counts: Counter[Tier], tier: Tier) -> float:
    """The share told ``tier`` or something more urgent."""
    return share(counts, *(t for t in Tier if t >= tier))


class Row(NamedTuple):
    cohort: Cohort
    counts: Counter[Tier]


def table(rows: Sequence[Row]) -> str:
    """The verdict distribution of each cohort, as Markdown, with 95% intervals."""
    tiers = sorted(Tier, reverse=True)
    header = ["cohort", "people", *(t.id for t in tiers), "target"]
    lines = [header, ["---"] * len(header)]
    for row in rows:
        total = sum(row.counts.values())
        cells = [row.cohort.title, f"{total:,}"]
        for tier in tiers:
            low, high = interval(row.counts[tier], total)
            cells.append(f"{row.counts[tier] / total:.1%} ({low:.1%} to {high:.1%})")
        cells.append(row.cohort.target)
        lines.append(cells)
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def run(people: int = PEOPLE, seed: int = SEED) -> list[Row]:
    return [Row(cohort, verdicts(cohort, people, seed)) for cohort in (ORDINARY, *SERIOUS)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.tools.population", description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=PEOPLE, help=f"per cohort (default {PEOPLE:,})")
    parser.add_argument("--seed", type=int, default=SEED, help=f"the random seed (default {SEED})")
    args = parser.parse_args(argv)
    if args.people < 1:
        parser.error("--people must be at least 1")
    rows = run(args.people, args.seed)
    print(f"seed {args.seed}, {args.people:,} people per cohort, played through the en-US conversation\n")
    print(table(rows))
    ordinary = rows[0].counts
    emergency = share(ordinary, Tier.EMERGENCY)
    print(
        f"\nWhat sends ordinary backs to the emergency number ({emergency:.1%} in all; target {MOST_EMERGENCY:.0%}), "
        "and each route with the yes-rates of the questions it names doubled and halved:\n"
    )
    print(sensitivity_table(sensitivity(args.people, args.seed)))
    doubled = verdicts(ORDINARY.scaled(2), args.people, args.seed)
    print(
        f"\nWith every ordinary yes-rate doubled: emergency {share(doubled, Tier.EMERGENCY):.1%}, home or doctor "
        f"{share(doubled, Tier.HOME, Tier.DOCTOR):.1%}."
    )
    failures = []
    if emergency > MOST_EMERGENCY:
        failures.append(f"ordinary backs told to call the emergency number: over {MOST_EMERGENCY:.1%}")
    if share(ordinary, Tier.HOME, Tier.DOCTOR) < LEAST_HOME_OR_ROUTINE:
        failures.append(f"ordinary backs told home or a routine appointment: under {LEAST_HOME_OR_ROUTINE:.0%}")
    for row in rows[1:]:
        if reaching(row.counts, row.cohort.tier) < row.cohort.least_reaching:
            failures.append(f"{row.cohort.title}: under {row.cohort.least_reaching:.0%} reach {row.cohort.tier.id}")
    print("\n" + ("\n".join("target missed: " + f for f in failures) if failures else "every target holds"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
