"""``python -m tools.population``: simulated people played through the skill's rules.

Who they are is data (``tools/cohorts.py``): ordinary backs whose yes-rates come from published prevalence, and
a cohort per can't-miss condition with a look-alike cohort beside each. Each person is an age and the facts
about them; they answer each question the skill asks from those facts (a true yes is answered no at the stated
misunderstanding rate in the condition and look-alike cohorts). Large runs go through the triage core's walk
(``core_verdict``), which gives the conversation's verdict (tested on a sample through the real conversation).

It prints each cohort's share reaching its right tier, two tiers low and sent higher; the ordinary backs'
shares with 95% intervals; the routes to the emergency number and to the same day; and the sensitivity table,
in which each estimated rate alone goes to half and to double, then every estimate to its worst together.
The random generator is seeded; the people are paired across the table's rows (the same draws).
"""

from __future__ import annotations

import argparse
import functools
import math
import random
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from skill.alexa import constants as c
from skill.alexa.conversation import launch, pending, turn_for
from skill.alexa.session import Phase, SessionState
from skill.core.signs import SIGNS_BY_ID, Tier, age_facts
from skill.core.speech import texts_for
from skill.core.triage import Answer, Check, Verdict, next_question, take_reply, verdict
from tools.cache import cached
from tools.cohorts import COHORTS, FACTS, MISUNDERSTOOD, ORDINARY, Cohort, Kind, facts_for
from tools.fresh_cohorts import FRESH_COHORTS
from tools.holdout_cohorts import HOLDOUT_COHORTS

SEED = 20261207
PEOPLE = 2_000  # per condition and look-alike cohort
ORDINARY_PEOPLE = 40_000  # ordinary backs: the shares to about 0.2 points
SENSITIVITY_PEOPLE = 20_000  # ordinary backs for the sensitivity table (paired: the same people in every row)
# Targets (issue 33, the fourth pass's "How to measure"): ordinary backs; the cancer team's line counted apart.
MOST_EMERGENCY = 0.05
MOST_SAME_DAY = 0.20
LEAST_HOME_OR_ROUTINE = 0.60
# Condition cohorts: an emergency cohort reaches the emergency tier in at least 95%, none two tiers low; a
# look-alike is sent higher than its right tier in at most 10%.
LEAST_REACHING = 0.95
MOST_OVER = 0.10


# --- People ------------------------------------------------------------------------------------------


class Drawn(NamedTuple):
    """One person's draws: an age, a stratum, and per fact a number in [0, 1) that is a yes below its rate and
    one that is a misunderstanding below ``MISUNDERSTOOD`` (kept, so the same person can be asked again with
    other rates: a paired comparison)."""

    age: int
    stratum: int
    draws: tuple[float, ...]
    misses: tuple[float, ...]


def draw(cohort: Cohort, rng: random.Random) -> Drawn:
    low, high = cohort.ages
    if cohort.age_spread is None:
        age = rng.randint(low, high)
    else:
        age = min(high, max(low, round(rng.gauss(*cohort.age_spread))))
    pick, stratum = rng.random(), 0
    for index, candidate in enumerate(cohort.strata):
        stratum = index
        pick -= candidate.share
        if pick < 0:
            break
    return Drawn(age, stratum, tuple(rng.random() for _ in FACTS), tuple(rng.random() for _ in FACTS))


def facts_of(cohort: Cohort, person: Drawn) -> frozenset[str]:
    """The facts true of ``person``: each below its rate at their age, and only where a parent is true."""
    rates = cohort.strata[person.stratum].rates
    true: set[str] = set()
    for fact, value in zip(FACTS, person.draws, strict=True):
        rate = rates.get(fact.id)
        if rate is None or (fact.given and true.isdisjoint(fact.given)):
            continue
        if value < rate.at(person.age):
            true.add(fact.id)
    return frozenset(true)


def _answered(cohort: Cohort, person: Drawn, facts: frozenset[str]) -> frozenset[str]:
    """The true facts the person answers yes to: all, for the ordinary backs (their rates are the answers);
    less the misunderstood ones in the other cohorts."""
    if cohort.kind == "ordinary":
        return facts
    return frozenset(
        f.id for f, miss in zip(FACTS, person.misses, strict=True) if f.id in facts and miss >= MISUNDERSTOOD
    )


def says_yes(answered: frozenset[str]) -> frozenset[str]:
    """The skill's questions this person answers yes to."""
    own, others = _questions()
    return (answered & own) | frozenset(q for q, facts in others if not answered.isdisjoint(facts))


_QUESTIONS: list[tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]] = []


def _questions() -> tuple[frozenset[str], tuple[tuple[str, tuple[str, ...]], ...]]:
    """The questions a fact of the same id answers, and the others with the facts that answer them."""
    if not _QUESTIONS:
        own = frozenset(q for q in SIGNS_BY_ID if facts_for(q) == (q,))
        _QUESTIONS.append((own, tuple((q, facts_for(q)) for q in SIGNS_BY_ID if q not in own)))
    return _QUESTIONS[0]


def person_says(cohort: Cohort, rng: random.Random) -> tuple[int, frozenset[str]]:
    """One person of the cohort: an age, and the questions they answer yes to."""
    person = draw(cohort, rng)
    return person.age, says_yes(_answered(cohort, person, facts_of(cohort, person)))


# --- Verdicts ----------------------------------------------------------------------------------------

_VERDICTS: dict[tuple[frozenset[str], frozenset[str]], Verdict] = {}


@functools.cache
def _age_key(age: int) -> frozenset[str]:
    """What the walk knows of the age: the age facts that hold (so people of one age band share their walks)."""
    return age_facts(age)


def core_verdict(age: int, yes: frozenset[str]) -> Verdict:
    """The verdict the triage core gives this person (the conversation gives the same: tested), remembered by
    the age facts and the yes answers (many people share them)."""
    key = (_age_key(age), yes)
    found = _VERDICTS.get(key)
    if found is None:
        check = Check(age=age)
        while (question := next_question(check)) is not None:
            check = take_reply(check, Answer.YES if question.id in yes else Answer.NO).check
        found = verdict(check)
        assert found is not None
        if len(_VERDICTS) > 500_000:
            _VERDICTS.clear()
        _VERDICTS[key] = found
    return found


def play(age: int, yes: Iterable[str], locale: str = "en-US") -> Tier:
    """The verdict the skill gives this person through the conversation: the welcome, the age, every question."""
    yes = frozenset(yes)
    t = texts_for(locale)
    turn = launch(SessionState(), t)
    turn = turn_for(turn.state or SessionState(), c.AGE, t, str(age))
    if turn.state is not None and turn.state.phase is Phase.AGE:  # "Did you say nineteen?"
        turn = turn_for(turn.state, c.YES, t)
    while turn.state is not None and turn.state.phase is not Phase.VERDICT:
        question = pending(turn.state)
        turn = turn_for(turn.state, c.YES if question.id in yes else c.NO, t)
    assert turn.outcome is not None, "every adult gets a verdict"
    return turn.outcome


def advice(result: Verdict) -> str:
    """What the person is told: "emergency", "cancer_team", "urgent" (the emergency department today counted
    here), "doctor" or "home"."""
    return "cancer_team" if result.said_as == "cancer_team" else result.tier.id


def what_sets_it(result: Verdict) -> str:
    """The rule, or the signs, behind a verdict."""
    if result.combinations:
        return " + ".join(rule.id for rule in result.combinations)
    return " + ".join(s.id for s in result.reasons if SIGNS_BY_ID[s.id].tier == result.tier) or "no sign"


# --- Condition and look-alike cohorts ------------------------------------------------------------------


class CohortResult(NamedTuple):
    cohort_id: str
    people: int
    told: Counter[str]  # by tier id
    reaching: float  # the share told the right tier or higher
    two_low: float  # two tiers or more below the right tier
    over: float  # higher than the right tier
    routes_low: Counter[str]  # for those below the right tier: what set their verdict
    routes_over: Counter[str]  # for those above it
    two_low_truthful: float  # two tiers low when every answer follows the facts (no misunderstanding)

    @property
    def cohort(self) -> Cohort:
        return ANY_COHORT_BY_ID[self.cohort_id]


# Every set of cohorts the model plays, with the title it is printed under: the model's own, and the unseen ones
# (tools/fresh_cohorts.py, tools/holdout_cohorts.py), written by people who had not read the rules.
COHORT_SETS: tuple[tuple[str, tuple[Cohort, ...]], ...] = (
    ("Each condition's cohort and its look-alikes", COHORTS),
    ("The unseen cohorts (written by someone who had not read the rules)", FRESH_COHORTS),
    ("The held-out cohorts (a second writer, who had read neither the rules nor the other cohorts)", HOLDOUT_COHORTS),
)
ANY_COHORT_BY_ID: dict[str, Cohort] = {cohort.id: cohort for _, cohorts in COHORT_SETS for cohort in cohorts}


@cached
def cohort_result(cohort: Cohort, people: int = PEOPLE, seed: int = SEED) -> CohortResult:
    rng = random.Random(f"{seed}:{cohort.id}")
    told: Counter[str] = Counter()
    reaching = two_low = over = 0
    low: Counter[str] = Counter()
    high: Counter[str] = Counter()
    truthful_two_low = 0
    for _ in range(people):
        person = draw(cohort, rng)
        facts = facts_of(cohort, person)
        age, yes = person.age, says_yes(_answered(cohort, person, facts))
        result = core_verdict(age, yes)
        truthful_two_low += core_verdict(age, says_yes(facts)).tier <= cohort.tier - 2
        if result.tier > cohort.tier:
            high[what_sets_it(result)] += 1
        told[result.tier.id] += 1
        reaching += result.tier >= cohort.tier
        two_low += result.tier <= cohort.tier - 2
        over += result.tier > cohort.tier
        if result.tier < cohort.tier:
            low[what_sets_it(result) if result.tier > Tier.HOME else "no yes that counts"] += 1
    return CohortResult(
        cohort.id,
        people,
        told,
        reaching / people,
        two_low / people,
        over / people,
        low,
        high,
        truthful_two_low / people,
    )


def results_of(cohorts: Iterable[Cohort], people: int = PEOPLE, seed: int = SEED) -> list[CohortResult]:
    return [cohort_result(cohort, people, seed) for cohort in cohorts]


def cohort_results(people: int = PEOPLE, seed: int = SEED) -> list[CohortResult]:
    return results_of(COHORTS, people, seed)


def fresh_results(people: int = PEOPLE, seed: int = SEED) -> list[CohortResult]:
    """The unseen cohorts, written from the fourth pass by someone who had not read the rules."""
    return results_of(FRESH_COHORTS, people, seed)


def holdout_results(people: int = PEOPLE, seed: int = SEED) -> list[CohortResult]:
    """The held-out cohorts: a second writer who had read neither the rules nor the other cohorts, scored only
    at the end of the round."""
    return results_of(HOLDOUT_COHORTS, people, seed)


def cohort_table(results: Sequence[CohortResult]) -> str:
    header = [
        "cohort",
        "condition",
        "kind",
        "right tier",
        "people",
        "reaching it",
        "two tiers low (answering truly)",
        "sent higher",
    ]
    rows = []
    for r in results:
        rows.append(
            [
                r.cohort.title,
                f"`{r.cohort.condition}`",
                r.cohort.kind,
                r.cohort.tier.id,
                f"{r.people:,}",
                f"{r.reaching:.1%}",
                f"{r.two_low:.1%} ({r.two_low_truthful:.1%})",
                f"{r.over:.1%}",
            ]
        )
    return markdown(header, rows)


def semigran_table(results: Sequence[CohortResult]) -> str:
    """The cohorts by Semigran's groups (emergent: an emergency is right; non-emergent: a doctor, today or
    later, is right; self-care: home is right), each person counted at, under or over their right tier."""
    groups = {"emergent": [], "non-emergent": [], "self-care": []}  # type: dict[str, list[CohortResult]]
    for result in results:
        tier = result.cohort.tier
        groups["emergent" if tier is Tier.EMERGENCY else "self-care" if tier is Tier.HOME else "non-emergent"].append(
            result
        )
    rows = []
    for group, members in groups.items():
        people = sum(r.people for r in members)
        if not people:
            rows.append([group, "0", "", "", ""])
            continue
        right = sum(r.told[r.cohort.tier.id] for r in members) / people
        over = sum(r.over * r.people for r in members) / people
        under = max(0.0, 1 - right - over)  # not "-0.0%" when nobody is under
        rows.append([group, str(len(members)), f"{right:.1%}", f"{under:.1%}", f"{over:.1%}"])
    return markdown(["Semigran's group", "cohorts", "at the right tier", "under it", "over it"], rows)


def failures_of(result: CohortResult) -> list[str]:
    """The targets a cohort misses."""
    cohort, failures = result.cohort, []
    if cohort.kind == "emergency" and result.reaching < LEAST_REACHING:
        failures.append(f"{cohort.title}: {result.reaching:.1%} reach the emergency tier (target {LEAST_REACHING:.0%})")
    if cohort.kind in ("emergency", "other") and result.two_low_truthful > 0.0:
        failures.append(f"{cohort.title}: {result.two_low_truthful:.1%} two tiers low answering truly (target none)")
    if cohort.kind == "look-alike" and result.over > MOST_OVER:
        failures.append(f"{cohort.title}: {result.over:.1%} sent higher than {cohort.tier.id} (target {MOST_OVER:.0%})")
    return failures


# --- The ordinary backs ----------------------------------------------------------------------------------


def interval(count: int, total: int) -> tuple[float, float]:
    """A 95% Wilson score interval for a proportion."""
    z = 1.96
    p = count / total
    centre = (p + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return max(0.0, centre - half), min(1.0, centre + half)


class Shares(NamedTuple):
    """What ordinary backs are told, by advice: counts out of ``people``."""

    people: int
    told: Counter[str]
    emergency_routes: Counter[str]
    same_day_routes: Counter[str]
    by_band: Counter[tuple[str, str]]  # (age band, advice)
    emergency_alone: Counter[str]  # the emergency-alone signs answered yes by those told the emergency number

    @property
    def emergency_by_one_sign(self) -> float:
        """The share told the emergency number who answered yes to a sign that is an emergency alone: no
        combination rule, however it were changed, would move them."""
        return self.emergency_alone["any"] / self.people

    def share(self, *advice: str) -> float:
        return sum(self.told[a] for a in advice) / self.people

    def interval(self, *advice: str) -> tuple[float, float]:
        return interval(sum(self.told[a] for a in advice), self.people)

    @property
    def emergency(self) -> float:
        return self.share("emergency")

    @property
    def same_day(self) -> float:
        return self.share("urgent")

    @property
    def home_or_routine(self) -> float:
        return self.share("home", "doctor")

    def holds(self) -> bool:
        return (
            self.emergency <= MOST_EMERGENCY
            and self.same_day <= MOST_SAME_DAY
            and self.home_or_routine >= LEAST_HOME_OR_ROUTINE
        )


def _ordinary_people(people: int, seed: int) -> list[Drawn]:
    rng = random.Random(f"{seed}:{ORDINARY.id}")
    return [draw(ORDINARY, rng) for _ in range(people)]


def _shares(cohort: Cohort, people: Sequence[Drawn]) -> Shares:
    """What ``people`` of ``cohort`` are told, with the routes to the emergency number and the same day."""
    told: Counter[str] = Counter()
    emergency: Counter[str] = Counter()
    same_day: Counter[str] = Counter()
    by_band: Counter[tuple[str, str]] = Counter()
    alone: Counter[str] = Counter()
    for person in people:
        yes = says_yes(facts_of(cohort, person))
        result = core_verdict(person.age, yes)
        said = advice(result)
        told[said] += 1
        by_band[(band_of(person.age), said)] += 1
        if said == "emergency":
            emergency[what_sets_it(result)] += 1
            alone.update(yes & EMERGENCY_ALONE)
            alone["any"] += bool(yes & EMERGENCY_ALONE)
        elif said == "urgent":
            same_day[what_sets_it(result)] += 1
    return Shares(len(people), told, emergency, same_day, by_band, alone)


EMERGENCY_ALONE = frozenset(sign.id for sign in SIGNS_BY_ID.values() if sign.tier is Tier.EMERGENCY)


def one_sign_table(shares: Shares) -> str:
    """The emergency share that single emergency signs carry alone, sign by sign (a person may have two)."""
    rows = [["any of them", f"{shares.emergency_by_one_sign:.2%}"]] + [
        [f"`{sign}`", f"{count / shares.people:.2%}"]
        for sign, count in shares.emergency_alone.most_common()
        if sign != "any"
    ]
    return markdown(["yes to a sign that is an emergency alone", "share of ordinary backs"], rows)


AGE_BANDS = ((18, 49), (50, 64), (65, 90))
ADVICE = ("emergency", "cancer_team", "urgent", "doctor", "home")


def band_of(age: int) -> str:
    return next(f"{low} to {high}" for low, high in AGE_BANDS if low <= age <= high)


def bands_table(shares: Shares) -> str:
    """What ordinary backs are told in each age band."""
    rows = []
    for low, high in AGE_BANDS:
        band = f"{low} to {high}"
        total = sum(shares.by_band[(band, a)] for a in ADVICE)
        if total:
            rows.append([band, f"{total:,}", *(f"{shares.by_band[(band, a)] / total:.1%}" for a in ADVICE)])
    return markdown(["ages", "people", "emergency number", "cancer team now", "today", "a week or two", "home"], rows)


@cached
def ordinary_shares(people: int = ORDINARY_PEOPLE, seed: int = SEED) -> Shares:
    """What ordinary backs are told, with the routes to the emergency number and to the same day."""
    return _shares(ORDINARY, _ordinary_people(people, seed))


def estimates() -> list[str]:
    """The ordinary backs' facts whose rate is an estimate: the sensitivity table moves each."""
    return [fact for fact, rate in ORDINARY.rates.items() if rate.kind is Kind.ESTIMATE]


class Row(NamedTuple):
    what: str
    emergency: float
    same_day: float
    home_or_routine: float


class Sensitivity(NamedTuple):
    centre: Row
    rows: tuple[tuple[str, Row, Row], ...]  # each estimate: at half, at double
    worst_emergency: Row  # every estimate at whichever of half or double raises the emergency share
    worst_same_day: Row  # the same for the same-day share


@cached
def sensitivity(people: int = SENSITIVITY_PEOPLE, seed: int = SEED) -> Sensitivity:
    """Each estimate alone at half and at double, then all at their worst together, on the same people (paired:
    a person whose facts the change leaves as they were keeps their verdict, so a row costs only its changes)."""
    drawn = _ordinary_people(people, seed)
    base_facts = [facts_of(ORDINARY, person) for person in drawn]
    base = [advice(core_verdict(p.age, says_yes(f))) for p, f in zip(drawn, base_facts, strict=True)]

    def row(what: str, factors: Mapping[str, float]) -> Row:
        cohort = ORDINARY.scaled(factors)
        index = [i for i, fact in enumerate(FACTS) if fact.id in factors]
        told: Counter[str] = Counter()
        for person, facts, said in zip(drawn, base_facts, base, strict=True):
            if any(_moves(person, i, ORDINARY, cohort) for i in index):
                now = facts_of(cohort, person)
                if now != facts:
                    said = advice(core_verdict(person.age, says_yes(now)))
            told[said] += 1
        total = len(drawn)
        return Row(what, told["emergency"] / total, told["urgent"] / total, (told["home"] + told["doctor"]) / total)

    centre = row("centre", {})
    rows = tuple((fact, row(f"{fact} x0.5", {fact: 0.5}), row(f"{fact} x2", {fact: 2.0})) for fact in estimates())
    worst_e = {fact: 2.0 if double.emergency >= half.emergency else 0.5 for fact, half, double in rows}
    worst_u = {fact: 2.0 if double.same_day >= half.same_day else 0.5 for fact, half, double in rows}
    return Sensitivity(
        centre,
        rows,
        row("every estimate at its worst for the emergency share", worst_e),
        row("every estimate at its worst for the same-day share", worst_u),
    )


def _moves(person: Drawn, index: int, before: Cohort, after: Cohort) -> bool:
    """Whether the person's draw for fact ``index`` falls between its rate before and after (a yes that changes)."""
    fact = FACTS[index].id
    old, new = before.rates[fact].at(person.age), after.rates[fact].at(person.age)
    return min(old, new) <= person.draws[index] < max(old, new)


def markdown(header: list[str], rows: Iterable[list[str]]) -> str:
    lines = [header, ["---"] * len(header), *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def sensitivity_table(table: Sensitivity) -> str:
    rows = [["centre", "", f"{table.centre.emergency:.2%}", f"{table.centre.same_day:.1%}", ""]]
    for fact, half, double in table.rows:
        rows.append(
            [
                f"`{fact}`",
                "x0.5 / x2",
                f"{half.emergency:.2%} / {double.emergency:.2%}",
                f"{half.same_day:.1%} / {double.same_day:.1%}",
                f"{half.home_or_routine:.1%} / {double.home_or_routine:.1%}",
            ]
        )
    for worst in (table.worst_emergency, table.worst_same_day):
        rows.append(
            [
                f"**{worst.what}**",
                "all together",
                f"**{worst.emergency:.2%}**",
                f"**{worst.same_day:.1%}**",
                f"**{worst.home_or_routine:.1%}**",
            ]
        )
    return markdown(["estimate", "moved", "emergency number", "same day", "home or routine"], rows)


def shares_table(shares: Shares) -> str:
    rows = []
    for what, advice_ids, target in (
        ("the emergency number", ("emergency",), f"at most {MOST_EMERGENCY:.0%}"),
        ("their cancer team's 24-hour line, now", ("cancer_team",), "counted apart"),
        ("a doctor today (same day)", ("urgent",), f"at most {MOST_SAME_DAY:.0%}"),
        ("a doctor in a week or two", ("doctor",), ""),
        ("home", ("home",), ""),
        ("home or routine", ("home", "doctor"), f"at least {LEAST_HOME_OR_ROUTINE:.0%}"),
    ):
        low, high = shares.interval(*advice_ids)
        rows.append([what, f"{shares.share(*advice_ids):.1%}", f"{low:.1%} to {high:.1%}", target])
    return markdown(["told", "share", "95% interval", "target"], rows)


def routes_table(routes: Counter[str], people: int, most: int = 10) -> str:
    return markdown(
        ["route", "share of ordinary backs"],
        [[f"`{route}`", f"{count / people:.2%}"] for route, count in routes.most_common(most)],
    )


def rates_table(cohort: Cohort = ORDINARY) -> str:
    return markdown(
        ["fact (question)", "given", "yes-rate", "kind", "source"],
        [
            [
                f"`{fact}`",
                " or ".join(f"`{p}`" for p in _given(fact)) or "everyone",
                rate.shown(),
                rate.kind.value,
                rate.source,
            ]
            for fact, rate in cohort.rates.items()
        ],
    )


def _given(fact_id: str) -> tuple[str, ...]:
    return next(f.given for f in FACTS if f.id == fact_id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.population", description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=PEOPLE, help=f"per cohort (default {PEOPLE:,})")
    parser.add_argument("--seed", type=int, default=SEED, help=f"the random seed (default {SEED})")
    parser.add_argument(
        "--ordinary", type=int, default=ORDINARY_PEOPLE, help=f"ordinary backs (default {ORDINARY_PEOPLE:,})"
    )
    parser.add_argument(
        "--sensitivity",
        type=int,
        default=SENSITIVITY_PEOPLE,
        help=f"ordinary backs for the sensitivity table (default {SENSITIVITY_PEOPLE:,})",
    )
    args = parser.parse_args(argv)
    if args.people < 1 or args.ordinary < 1 or args.sensitivity < 1:
        parser.error("--people, --ordinary and --sensitivity must be at least 1")
    ordinary = ordinary_shares(args.ordinary, args.seed)
    print(f"seed {args.seed}, {args.people:,} people per cohort, through the triage core\n")
    head = ordinary_shares(args.people, args.seed)
    print(
        markdown(
            ["cohort", "people", "emergency", "urgent", "doctor", "home"],
            [
                [ORDINARY.title, f"{args.people:,}"]
                + [f"{head.share(t):.1%}" for t in ("emergency", "urgent", "doctor", "home")]
            ],
        )
    )
    every_result: list[CohortResult] = []
    for title, cohorts in COHORT_SETS:
        results = results_of(cohorts, args.people, args.seed)
        every_result += results
        print(f"\n{title}:\n")
        print(cohort_table(results))
        print("\nBy Semigran's groups:\n")
        print(semigran_table(results))
    print(f"\nOrdinary backs, {args.ordinary:,} people:\n")
    print(shares_table(ordinary))
    print("\nBy age band:\n")
    print(bands_table(ordinary))
    print("\nWhat sends ordinary backs to the emergency number:\n")
    print(routes_table(ordinary.emergency_routes, ordinary.people))
    print("\nOf those, a yes to a sign that is an emergency alone (no combination rule moves them):\n")
    print(one_sign_table(ordinary))
    print("\nWhat sends ordinary backs to a doctor today:\n")
    print(routes_table(ordinary.same_day_routes, ordinary.people))
    table = sensitivity(args.sensitivity, args.seed)
    print(f"\nSensitivity ({args.sensitivity:,} ordinary backs, the same people in every row):\n")
    print(sensitivity_table(table))
    failures = [failure for result in every_result for failure in failures_of(result)]
    if ordinary.emergency > MOST_EMERGENCY:
        failures.append(
            f"ordinary backs told the emergency number: {ordinary.emergency:.1%}, over {MOST_EMERGENCY:.0%}"
        )
    if ordinary.same_day > MOST_SAME_DAY:
        failures.append(f"ordinary backs told a doctor today: {ordinary.same_day:.1%}, over {MOST_SAME_DAY:.0%}")
    if ordinary.home_or_routine < LEAST_HOME_OR_ROUTINE:
        failures.append(
            f"ordinary backs told home or routine: {ordinary.home_or_routine:.1%}, under {LEAST_HOME_OR_ROUTINE:.0%}"
        )
    worst = table.worst_emergency, table.worst_same_day
    print(
        f"\nWorst case (every estimate at its worst together): emergency number {worst[0].emergency:.1%}, "
        f"same day {worst[1].same_day:.1%} (targets {MOST_EMERGENCY:.0%} and {MOST_SAME_DAY:.0%})."
    )
    print("\n" + ("\n".join("target missed: " + f for f in failures) if failures else "every target holds"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
