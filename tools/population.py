"""``python -m tools.population``: simulated people played through the real conversation.

Two kinds of cohort (``tools/cohorts.py``): adults with ordinary, non-specific back
pain, and patients with each serious cause. Each simulated person has an age drawn from the
cohort's range and answers each question the skill asks with yes at the cohort's rate for
that question (a follow-up's rate is given a yes to the question it follows). The answers
go through the conversation the skill runs on Alexa (``skill.alexa.conversation``: the
welcome, the age, every question, the verdict), and the verdicts are counted.

It prints each cohort's verdict distribution with 95% confidence intervals; the safety
case shows the table and its assumptions, and tests/core/test_population.py holds the
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
from skill.core.triage import Answer, Check, Verdict, next_question, take_reply, verdict
from tools.cache import cached
from tools.cohorts import ORDINARY, SERIOUS, Cohort

COMBINATIONS_BY_ID = {combination.id: combination for combination in COMBINATIONS}
SEED = 20261201
PEOPLE = 2_000  # per cohort, in the table (played through the conversation; the targets use far more)
ORDINARY_PEOPLE = 40_000  # ordinary backs for the targets, through the triage core: the share to 0.1 points
SENSITIVITY_PEOPLE = ORDINARY_PEOPLE // 4  # ordinary backs for the sensitivity table (each route twice more)
# Targets for the ordinary cohort (the third and fourth clinical reviews): at most 5% told to call the
# emergency number, at least 60% home or a routine appointment. The emergency tier also holds the cancer
# team's 24-hour line, now (cancer with leg symptoms or a fever, NICE NG234 and NG151): all "now" together is
# reported beside it, and kept under 6% as a guard against drift (not a target: the brief counts the number).
MOST_EMERGENCY = 0.05
MOST_NOW = 0.06
LEAST_HOME_OR_ROUTINE = 0.60


def person_says(cohort: Cohort, rng: random.Random) -> tuple[int, dict[str, bool]]:
    """One person of the cohort: an age, and a yes or no to every question they could be asked."""
    age, draws = person_drawn(cohort, rng)
    return age, answers(cohort, draws, age)


def person_drawn(cohort: Cohort, rng: random.Random) -> tuple[int, dict[str, float]]:
    """One person of the cohort: an age, and for each question a number in [0, 1) that is a yes below the
    question's yes-rate (so the same person can be asked again with other rates: a paired comparison)."""
    low, high = cohort.ages
    if cohort.age_spread is None:
        age = rng.randint(low, high)
    else:
        age = min(high, max(low, round(rng.gauss(*cohort.age_spread))))
    return age, {sign_id: rng.random() for sign_id in cohort.rates}


def answers(cohort: Cohort, draws: dict[str, float], age: int) -> dict[str, bool]:
    return {sign_id: draws[sign_id] < rate for sign_id, rate in cohort.yes_rates(age).items()}


def play(age: int, says_yes: dict[str, bool], locale: str = "en-US") -> Tier:
    """The verdict the skill gives this person: open the skill, give the age, answer every question."""
    t = texts_for(locale)
    turn = launch(SessionState(), t)  # the welcome asks the age
    turn = turn_for(turn.state or SessionState(), c.AGE, t, str(age))
    if turn.state is not None and turn.state.phase is Phase.AGE:  # "Did you say nineteen?"
        turn = turn_for(turn.state, c.YES, t)
    while turn.state is not None and turn.state.phase is not Phase.VERDICT:
        assert turn.state.phase is Phase.CHECKING
        question = pending(turn.state)
        turn = turn_for(turn.state, c.YES if says_yes.get(question.id, False) else c.NO, t)
    assert turn.outcome is not None, "every adult gets a verdict"
    return turn.outcome


@cached
def verdicts(cohort: Cohort, people: int, seed: int = SEED) -> Counter[Tier]:
    """How many of ``people`` simulated members of ``cohort`` get each verdict."""
    rng = random.Random(f"{seed}:{cohort.name}")
    return Counter(play(*person_says(cohort, rng)) for _ in range(people))


def core_verdict(age: int, says_yes: dict[str, bool]) -> Verdict:
    """The verdict the triage core gives this person (the conversation gives the same: tested), faster than
    playing the whole conversation, for the profile and the sensitivity table."""
    check = Check(age=age)
    while (question := next_question(check)) is not None:
        check = take_reply(check, Answer.YES if says_yes.get(question.id, False) else Answer.NO).check
    result = verdict(check)
    assert result is not None
    return result


def what_sets_it(result: Verdict) -> str:
    """What sets a verdict: the combination, or the signs, behind it."""
    if result.combinations:
        return " + ".join(c.id for c in result.combinations)
    return " + ".join(s.id for s in result.reasons if SIGNS_BY_ID[s.id].tier == result.tier) or "no sign"


@cached
def routes(cohort: Cohort, people: int, tier: Tier, seed: int = SEED) -> Counter[str]:
    """For ``people`` members of ``cohort``: how many get ``tier``, by what sets it (the profile of a tier)."""
    rng = random.Random(f"{seed}:{cohort.name}")
    results = (core_verdict(*person_says(cohort, rng)) for _ in range(people))
    return Counter(what_sets_it(result) for result in results if result.tier is tier)


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


@cached
def sensitivity(people: int = SENSITIVITY_PEOPLE, seed: int = SEED) -> list[Sensitivity]:
    """For each route that sends ordinary backs to the emergency number: its share, and its share (and the
    whole emergency share) with the yes-rates of the questions it names doubled and halved.

    The same people each time (their draws kept): only those whose answer to a named question changes are
    asked again, so the table costs little more than the profile."""
    rng = random.Random(f"{seed}:{ORDINARY.name}")
    drawn = [person_drawn(ORDINARY, rng) for _ in range(people)]
    base = [core_verdict(age, answers(ORDINARY, draws, age)) for age, draws in drawn]
    profile = Counter(what_sets_it(v) for v in base if v.tier is Tier.EMERGENCY)
    rows = []
    for route, count in profile.most_common():
        scaled = {}
        for factor in (2.0, 0.5):
            cohort = ORDINARY.scaled(factor, route_signs(route))
            results = [
                core_verdict(age, answers(cohort, draws, age)) if _changes(draws, age, route, factor) else before
                for (age, draws), before in zip(drawn, base, strict=True)
            ]
            scaled[factor] = Counter(what_sets_it(v) for v in results if v.tier is Tier.EMERGENCY)
        doubled, halved = scaled[2.0], scaled[0.5]
        rows.append(
            Sensitivity(
                route, count / people, doubled[route] / people, halved[route] / people, sum(doubled.values()) / people
            )
        )
    return rows


def _changes(draws: dict[str, float], age: int, route: str, factor: float) -> bool:
    """Whether scaling the yes-rates of the questions ``route`` names by ``factor`` changes this person's answers."""
    rates = ORDINARY.yes_rates(age)
    return any((draws[s] < rates[s]) != (draws[s] < min(1.0, rates[s] * factor)) for s in route_signs(route))


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


class OrdinaryShares(NamedTuple):
    emergency_number: float  # told to call the emergency number now
    cancer_team: float  # told to call their cancer team's 24-hour line now
    home_or_doctor: float  # home, or an appointment in the next week or two
    home: float

    @property
    def now(self) -> float:
        return self.emergency_number + self.cancer_team


@cached
def ordinary_shares(people: int = ORDINARY_PEOPLE, seed: int = SEED) -> OrdinaryShares:
    """What ordinary backs are told, by advice, through the triage core (many people, quickly)."""
    rng = random.Random(f"{seed}:{ORDINARY.name}")
    told = Counter(core_verdict(*person_says(ORDINARY, rng)).said_as for _ in range(people))
    return OrdinaryShares(
        told["emergency"] / people,
        told["cancer_team"] / people,
        (told["home"] + told["doctor"]) / people,
        told["home"] / people,
    )


AGE_BANDS = ((18, 49), (50, 69), (70, 90))


@cached
def by_age_band(people: int = ORDINARY_PEOPLE, seed: int = SEED) -> str:
    """What ordinary backs are told, by age band, through the triage core (the same people as the shares)."""
    rng = random.Random(f"{seed}:{ORDINARY.name}")
    told: dict[tuple[int, int], Counter[str]] = {band: Counter() for band in AGE_BANDS}
    for _ in range(people):
        age, says_yes = person_says(ORDINARY, rng)
        result = core_verdict(age, says_yes)
        band = next(band for band in AGE_BANDS if band[0] <= age <= band[1])
        told[band][result.said_as if result.said_as == "cancer_team" else result.tier.id] += 1
    lines = [["ages", "people", "emergency number", "cancer team now", "urgent", "doctor", "home"], ["---"] * 7]
    for (low, high), counts in told.items():
        total = sum(counts.values())
        cells = [counts[k] / total for k in ("emergency", "cancer_team", "urgent", "doctor", "home")]
        lines.append([f"{low} to {high}", f"{total:,}", *(f"{cell:.1%}" for cell in cells)])
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


@cached
def urgent_routes(people: int = SENSITIVITY_PEOPLE, seed: int = SEED, most: int = 10) -> str:
    """The routes that send most ordinary backs to a doctor today (urgent), as Markdown."""
    counts = routes(ORDINARY, people, Tier.URGENT, seed)
    lines = [["route to 'today'", "share"], ["---"] * 2]
    lines += [[f"`{route}`", f"{count / people:.2%}"] for route, count in counts.most_common(most)]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def run(people: int = PEOPLE, seed: int = SEED) -> list[Row]:
    return [Row(cohort, verdicts(cohort, people, seed)) for cohort in (ORDINARY, *SERIOUS)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.population", description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=PEOPLE, help=f"per cohort (default {PEOPLE:,})")
    parser.add_argument("--seed", type=int, default=SEED, help=f"the random seed (default {SEED})")
    parser.add_argument(
        "--ordinary",
        type=int,
        default=ORDINARY_PEOPLE,
        help=f"ordinary backs for the targets, through the triage core (default {ORDINARY_PEOPLE:,}); a quarter of "
        "them for the sensitivity table",
    )
    args = parser.parse_args(argv)
    if args.people < 1 or args.ordinary < 4:
        parser.error("--people must be at least 1, --ordinary at least 4")
    rows = run(args.people, args.seed)
    print(f"seed {args.seed}, {args.people:,} people per cohort, played through the en-US conversation\n")
    print(table(rows))
    shares = ordinary_shares(args.ordinary, args.seed)
    print(
        f"\nOrdinary backs, {args.ordinary:,} people through the triage core: the emergency number "
        f"{shares.emergency_number:.1%} (target at most {MOST_EMERGENCY:.0%}), their cancer team's 24-hour line now "
        f"{shares.cancer_team:.1%} (all 'now' {shares.now:.1%}, a guard at {MOST_NOW:.0%}), home or a routine "
        f"appointment {shares.home_or_doctor:.1%} (target at least {LEAST_HOME_OR_ROUTINE:.0%})."
    )
    print(
        "\nWhat sends ordinary backs to the emergency number or the cancer team now, and each route with the "
        "yes-rates of the questions it names doubled and halved:\n"
    )
    print(sensitivity_table(sensitivity(args.ordinary // 4, args.seed)))
    print("\nBy age band:\n")
    print(by_age_band(args.ordinary, args.seed))
    print("\nWhat sends ordinary backs to a doctor today:\n")
    print(urgent_routes(args.ordinary // 4, args.seed))
    doubled = verdicts(ORDINARY.scaled(2), args.people, args.seed)
    print(
        f"\nWith every ordinary yes-rate doubled: emergency {share(doubled, Tier.EMERGENCY):.1%}, home or doctor "
        f"{share(doubled, Tier.HOME, Tier.DOCTOR):.1%}."
    )
    failures = []
    if shares.emergency_number > MOST_EMERGENCY:
        failures.append(f"ordinary backs told to call the emergency number: over {MOST_EMERGENCY:.0%}")
    if shares.now > MOST_NOW:
        failures.append(
            f"ordinary backs told to call the emergency number or their cancer team now: over {MOST_NOW:.1%}"
        )
    if shares.home_or_doctor < LEAST_HOME_OR_ROUTINE:
        failures.append(f"ordinary backs told home or a routine appointment: under {LEAST_HOME_OR_ROUTINE:.0%}")
    for row in rows[1:]:
        if reaching(row.counts, row.cohort.tier) < row.cohort.least_reaching:
            failures.append(f"{row.cohort.title}: under {row.cohort.least_reaching:.0%} reach {row.cohort.tier.id}")
    print("\n" + ("\n".join("target missed: " + f for f in failures) if failures else "every target holds"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
