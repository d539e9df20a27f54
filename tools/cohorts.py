"""The simulated people of ``python -m tools.population``, as data: who they are, the facts about them, and how
often each fact is true, with where each rate comes from.

A person is an age and a set of **facts** ("leg pain below the knee", "on apixaban", "urge leaks since a bladder
infection"), not answers to today's questions. The facts are keyed by the fourth clinical pass's questions
(docs/clinical-safety.md, section 7); ``QUESTION_FACTS`` says which facts make a yes to each of the skill's
questions, so the model survives a change of the questions' ids or wording: only that table follows them.

A fact with ``given`` parents can be true only when one of them is, and its rate is given that (a follow-up's
rate is conditional on the yes it follows). Every rate is tagged ``data`` (a published figure), ``derived``
(computed from published figures, the sum shown) or ``estimate`` (reasoned, the reasoning shown); the
sensitivity table moves each estimate (tools/population.py).

Three kinds of cohort beside the ordinary backs: a cohort per can't-miss condition, in strata at the shares the
notes give for the typical and atypical presentations; the condition's presentations that are not emergencies;
and beside each, a **look-alike** cohort, the ordinary reason for each discriminating yes. In every cohort but
the ordinary backs a true yes is answered no at ``MISUNDERSTOOD`` (misheard, or misjudged), and a look-alike's
rates for facts it does not have are the stated rates at which such a person takes the question as theirs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from types import MappingProxyType
from typing import NamedTuple

from skill.core.signs import Tier


class Kind(Enum):
    DATA = "data"
    DERIVED = "derived"
    ESTIMATE = "estimate"


class Fact(NamedTuple):
    """Something true or not about a person, with the fourth pass's question that asks it."""

    id: str
    question: str
    given: tuple[str, ...] = ()  # true only when one of these is; its rate is conditional on that


# In the fourth pass's order (question budget): a fact's parents come before it.
FACTS: tuple[Fact, ...] = (
    Fact("chest_pain", "In the last three days, have you had chest pain, pressure or tightness?"),
    Fact("chest_pain_recent", "Was any of it since this time yesterday?", ("chest_pain",)),
    Fact("breathless", "Are you more short of breath than is normal for you?"),
    Fact("breathless_new", "Did it start in the last two weeks?", ("breathless",)),
    Fact("breathing_pain", "Does the pain catch when you breathe in?", ("breathless",)),
    Fact("coughed_blood", "Have you coughed up blood?", ("breathless",)),
    Fact("calf_swollen", "Is one calf swollen or painful?", ("breathless",)),
    Fact("cold_sweat", "Have you had a cold sweat with it?"),
    Fact("nausea", "Feeling sick (asked by no question of its own: nausea alone counts for nothing)"),
    Fact("sudden_onset", "Did the pain reach its worst within a minute of starting?"),
    Fact("rest_pain", "Does the pain stay severe, whatever position you rest in?"),
    Fact("unlike_before", "Is it unlike any back pain you've had before?"),
    Fact("faintness", "Since the pain began, have you fainted, or felt about to faint?"),
    Fact("passed_out", "Did you pass out?", ("faintness",)),
    Fact("dizzy", "Everyday dizziness: on standing, spinning (a yes only to a question that says 'dizzy')"),
    Fact("aortic_aneurysm", "Have you been told you have an aortic aneurysm?"),
    Fact("upper_back", "Is the pain between your shoulder blades?"),
    Fact("injury", "Did the pain start with a fall, a knock, or lifting something?"),
    Fact("serious_accident", "Was it a serious accident, like a car crash or a bad fall?", ("injury",)),
    Fact("osteoporosis", "Have you been told you have osteoporosis (thin bones)?"),
    Fact("bladder_bowel", "In the last two weeks, have you had a new problem peeing, or with your bowels?"),
    Fact("bladder_hard_to_start", "Is it hard to start peeing, or is the flow weak?", ("bladder_bowel",)),
    Fact(
        "bladder_lost_feeling",
        "Have you lost the feeling of needing to go, or of pee or poo coming out?",
        ("bladder_bowel",),
    ),
    Fact("saddle_numbness", "Is there new numbness around your genitals or bottom, even just when wiping?"),
    Fact("cancer_history", "Have you ever had cancer, other than a skin cancer that wasn't melanoma?"),
    Fact("cancer_team", "Are you under a cancer team now?", ("cancer_history",)),
    Fact("steadily_worse", "Is the pain getting steadily worse?"),
    Fact("lump", "Is there a lump or swelling on your back?"),
    Fact("fever", "Do you have a fever, or feel hot and shivery?"),
    Fact(
        "recent_infection",
        "In the last month, have you had a urine, chest or skin infection, or a back operation or injection?",
    ),
    Fact(
        "sepsis_confused",
        "Are you confused, or has anyone said you're not making sense?",
        ("fever", "recent_infection"),
    ),
    Fact("sepsis_breathing", "Are you breathing very fast?", ("fever", "recent_infection")),
    Fact("sepsis_skin", "Are your skin or lips blotchy, grey or blue?", ("fever", "recent_infection")),
    Fact("sepsis_no_pee", "Have you not peed at all today?", ("fever", "recent_infection")),
    Fact("diabetes", "Do you have diabetes?"),
    Fact("iv_drug_use", "Have you ever injected drugs that weren't prescribed?"),
    Fact("iv_recent", "In the last year?", ("iv_drug_use",)),
    Fact("immune_medicines", "Do you take steroid tablets, or medicines that lower your immunity?"),
    Fact("blood_thinner", "Do you take a blood thinner, like warfarin, apixaban or rivaroxaban?"),
    Fact("leg_symptoms", "Do you have pain, numbness, tingling or weakness in either leg?"),
    Fact("leg_below_knee", "Does the pain go below the knee?", ("leg_symptoms",)),
    Fact("leg_numb", "Is the leg numb or tingling?", ("leg_symptoms",)),
    Fact("leg_weak", "Is the leg weak, or does it give way?", ("leg_symptoms",)),
    Fact("legs_both", "Is that in both legs?", ("leg_below_knee", "leg_numb", "leg_weak")),
    Fact("legs_worse", "Is it new, or getting worse?", ("legs_both",)),
    Fact("abdominal_pain", "Do you have tummy pain too?"),
    Fact("abdominal_new", "Is the tummy pain new for you?", ("abdominal_pain",)),
    Fact("abdominal_sudden", "Did the tummy pain come on suddenly and severely?", ("abdominal_pain",)),
    Fact("pregnant", "Could you be pregnant, even if you're not sure?"),
    Fact("weight_loss", "Have you lost weight without trying?"),
    Fact("not_improving", "Has it lasted a few weeks without getting better?"),
    Fact("night_pain", "Is the pain worse at night, or does it wake you up?"),
    Fact("night_still", "Is it there even when you lie still?", ("night_pain",)),
)
FACTS_BY_ID: dict[str, Fact] = {fact.id: fact for fact in FACTS}

# The facts carry the skill's question ids (skill/core/signs.py, round five), so a fact answers its own question.
# A question whose words also take in something else names every fact that makes a yes to it here: a test holds
# that every question the skill asks is answered by some fact, so the model never answers one no by default.
QUESTION_FACTS: Mapping[str, tuple[str, ...]] = MappingProxyType({})


def facts_for(question_id: str) -> tuple[str, ...]:
    """The facts that make a yes to the skill's question ``question_id`` (none when it is not modelled)."""
    if question_id in QUESTION_FACTS:
        return QUESTION_FACTS[question_id]
    return (question_id,) if question_id in FACTS_BY_ID else ()


class Rate(NamedTuple):
    yes: float  # the share with the fact (given a parent's yes, for a fact with parents), at ages by_age does not name
    kind: Kind
    source: str
    by_age: tuple[tuple[int, float], ...] = ()  # (from this age on, the share), youngest first

    def at(self, age: int) -> float:
        return next((rate for start, rate in reversed(self.by_age) if age >= start), self.yes)

    def times(self, factor: float) -> Rate:
        return self._replace(
            yes=min(1.0, self.yes * factor), by_age=tuple((a, min(1.0, r * factor)) for a, r in self.by_age)
        )

    def shown(self) -> str:
        return "; ".join([f"{self.yes:.2%}", *(f"{share:.2%} from {age}" for age, share in self.by_age)])


def data(yes: float, source: str, by_age: tuple[tuple[int, float], ...] = ()) -> Rate:
    return Rate(yes, Kind.DATA, source, by_age)


def derived(yes: float, source: str, by_age: tuple[tuple[int, float], ...] = ()) -> Rate:
    return Rate(yes, Kind.DERIVED, source, by_age)


def estimate(yes: float, source: str = "", by_age: tuple[tuple[int, float], ...] = ()) -> Rate:
    return Rate(yes, Kind.ESTIMATE, source, by_age)


class Stratum(NamedTuple):
    """One presentation within a cohort, at its share, with its own rates."""

    name: str
    share: float
    rates: Mapping[str, Rate]
    source: str = ""  # where the share comes from


class Cohort(NamedTuple):
    id: str
    condition: str  # the condition id (``CONDITIONS`` in tools/conditions.py), or "" for the ordinary backs
    title: str
    kind: str  # "ordinary", "emergency", "other" (the condition's presentations that are not emergencies), "look-alike"
    tier: Tier  # the right tier: what a careful clinician would advise
    ages: tuple[int, int]
    strata: tuple[Stratum, ...]
    age_spread: tuple[float, float] | None = None  # a normal distribution's mean and sd, kept to ``ages``
    about: str = ""

    @property
    def rates(self) -> Mapping[str, Rate]:
        """The first stratum's rates (the ordinary backs have one)."""
        return self.strata[0].rates

    def scaled(self, factors: Mapping[str, float]) -> Cohort:
        """The same cohort (the same name: the same people, paired) with these facts' rates multiplied."""
        strata = tuple(
            stratum._replace(
                rates=MappingProxyType(
                    {f: rate.times(factors[f]) if f in factors else rate for f, rate in stratum.rates.items()}
                )
            )
            for stratum in self.strata
        )
        return self._replace(strata=strata)


MISUNDERSTOOD = 0.03  # a true yes answered no, in every cohort but the ordinary backs (an estimate, stated)


def _rates(**rates: Rate | float) -> Mapping[str, Rate]:
    """Rates by fact; a bare number is an estimate from the condition's block in the fourth pass."""
    return MappingProxyType(
        {
            f: rate if isinstance(rate, Rate) else estimate(rate, "fourth pass block; estimate")
            for f, rate in rates.items()
        }
    )


def _each_of(
    name: str, share: float, defining: Sequence[str], source: str, **rates: Rate | float
) -> tuple[Stratum, ...]:
    """A presentation that has at least one of ``defining``: one stratum per defining fact (that fact certain,
    the others at their rates), the share split evenly, so nobody in it lacks what defines it."""
    return tuple(
        Stratum(f"{name}: {fact}", share / len(defining), _rates(**{**rates, fact: 1.0}), source) for fact in defining
    )


def _one(rates: Mapping[str, Rate]) -> tuple[Stratum, ...]:
    return (Stratum("all", 1.0, rates),)


# --- The ordinary backs: published rates --------------------------------------------------------------

HILL = "Hill, Spine 2011 (1,247 UK primary-care consulters with back pain)"
HIDER = "Hider, Eur Spine J 2015"
ACS_NCI = "ACS/NCI Cancer Treatment and Survivorship Statistics 2022 (non-melanoma skin cancer not counted)"
NHIS = "NHIS (CDC National Diabetes Statistics Report): diagnosed diabetes about 3% under 45, 12% at 45-64, 21% at 65+"

R6 = "sources round six: an independent reader of the literature, who had not read the rules"

ORDINARY_RATES = _rates(
    chest_pain=estimate(
        0.04,
        "chest pain, pressure or tightness in 3 days: no 3-day figure found; non-cardiac chest pain about 25% a year "
        "(Gastroenterol Clin North Am 2004), 5-9% current or recent (Chen, J Neurogastroenterol Motil 2023; a Tehran "
        "household survey), a 3-day window a sixth to a third of that, not below 2% beside back pain: 4% (" + R6 + ")",
    ),
    chest_pain_recent=estimate(
        0.5, "of those, any of it since this time yesterday: 2% of all in 24 hours (" + R6 + ")"
    ),
    breathless=data(
        0.10,
        "more short of breath than is normal for them: clinically important breathlessness (mMRC 2 or more) in 9.5% "
        "of adults (National Breathlessness Survey, Respirology 2021)",
    ),
    breathless_new=estimate(
        0.3,
        "of those, started in the last two weeks: no two-week incidence found; 29% of breathless older men had had it "
        "under a year (Olsson, ERJ Open Res 2022); new breathlessness about 3% of all (" + R6 + ")",
    ),
    breathing_pain=estimate(0.3, "of those, the pain catches on breathing in (rib and muscle strain)"),
    coughed_blood=estimate(0.01, "of those, coughed up blood (streaks with a chest infection)"),
    calf_swollen=estimate(0.05, "of those, one calf swollen or painful (cramp, a strain)"),
    cold_sweat=estimate(0.03, "a cold sweat with the pain (severe pain, anxiety)"),
    nausea=estimate(0.10, "feeling sick: codeine and other painkillers, severe pain"),
    sudden_onset=estimate(
        0.20,
        "at its worst within a minute: no published share found; a sudden start or a start during a lift 20-50% "
        "(" + R6 + ", from Steffens 2015's triggers); the question is narrower (a lift that builds over hours is a "
        "no): the range's low end, 20%",
    ),
    rest_pain=estimate(
        0.20,
        "stays severe whatever position they rest in: 'bed rest gives no relief' had a false-positive rate over 10% "
        "in Henschke 2009 (a floor); 20% (" + R6 + ")",
    ),
    unlike_before=estimate(
        0.20,
        "unlike any back pain before, at 50+ (asked at 60+): 67% of new-episode consulters 55+ have monthly or yearly "
        "recurrences (Vigdal, BACE-N, BMJ Open 2021), first episodes 10-15% and 5-10% who call this one different: "
        "20% (" + R6 + ")",
    ),
    faintness=estimate(
        0.01,
        "felt about to faint since the pain began: no presyncope prevalence found; commoner than a first faint (6.2 "
        "per 1,000 person-years, Soteriades, NEJM 2002) and far rarer than dizziness (23% a month, Neuhauser 2008): 1% "
        "(" + R6 + "; the round-five estimate was 3%)",
    ),
    passed_out=estimate(
        0.05,
        "of those, passed out: a faint about 0.05% a month (Soteriades, NEJM 2002), of the 1% nearly fainting about "
        "a twentieth",
    ),
    dizzy=estimate(0.12, "dizziness in the past month 23% (Yardley; Neuhauser 2008), since the pain began: about half"),
    aortic_aneurysm=estimate(
        0.0,
        "a known aortic aneurysm: about 1 in 90 men of 65 screened (NHS AAA screening), women fewer, about half known: "
        "0.3% at 60+, 0.6% at 70+",
        ((60, 0.003), (70, 0.006)),
    ),
    upper_back=derived(
        0.20,
        "thoracic pain 16-35% a month (Briggs 2009, a systematic review of the general population), taken near the "
        "lower end for the pain between the shoulder blades beside low back pain: 20%",
    ),
    injury=estimate(0.35, "a lift, a bend, a knock or a small fall: the start people most often name"),
    serious_accident=estimate(0.02, "of those, a serious accident (after one, most go to hospital, not to a check)"),
    osteoporosis=derived(
        0.005,
        "told they have osteoporosis: measured in 13.1% of women 50-64 and 27.1% at 65+, men fewer (NCHS Data Brief "
        "405, NHANES 2017-18), 69% undiagnosed: women 6% and 15%, men 1% and 3%; half each: 3.5% at 50-64, 9% at 65+ "
        "(" + R6 + ")",
        ((50, 0.035), (65, 0.09)),
    ),
    bladder_bowel=estimate(
        0.08,
        "a new problem peeing or with the bowels in two weeks: diarrhoea (acute gastroenteritis about 5% a month), "
        "urine infections, constipation and retention from codeine, new hesitancy (" + R6 + ")",
    ),
    bladder_hard_to_start=estimate(
        0.25,
        "of those, hard to start or a weak flow: new hesitancy since the pain began about 2% of all (men 2-6% by age, "
        "women 1.5%; voiding symptoms in 25.7% of men and 19.5% of women, Irwin, EPIC, Eur Urol 2006; " + R6 + ")",
    ),
    bladder_lost_feeling=estimate(
        0.06,
        "of those, lost the feeling of needing to go or of it coming out: 0.5% of all, no source found (" + R6 + ")",
    ),
    saddle_numbness=estimate(
        0.003, "new saddle numbness: rare in primary care (Henschke 2009: saddle anaesthesia rare)"
    ),
    cancer_history=data(
        0.02,
        ACS_NCI + ": survivors about 5% of all, 21% at 65+; 2% under 50, 8% at 50-64",
        ((50, 0.08), (65, 0.21)),
    ),
    cancer_team=estimate(0.2, "of survivors, under a cancer team now (treatment or its follow-up)"),
    steadily_worse=estimate(0.15, "getting steadily worse (most acute backs ease over days to weeks)"),
    lump=estimate(0.02, "a lump or swelling on the back (a lipoma, muscle spasm)"),
    fever=estimate(
        0.015,
        "a fever or hot and shivery: rare in benign back pain (fever LR+ 68.8, Shaw, Eur Spine J 2020); 1.5% ("
        + R6
        + ")",
    ),
    recent_infection=estimate(0.05, "a urine, chest or skin infection, or a back operation or injection, in a month"),
    sepsis_confused=estimate(0.01, "of those, confused (elderly, on codeine)"),
    sepsis_breathing=estimate(0.03, "of those, breathing very fast (anxiety, a chest infection)"),
    sepsis_skin=estimate(0.01, "of those, blotchy, grey or blue skin or lips"),
    sepsis_no_pee=estimate(0.01, "of those, no pee at all today"),
    diabetes=data(0.03, NHIS, ((45, 0.12), (65, 0.21))),
    iv_drug_use=data(0.026, "Lansky, PLoS One 2014: ever injected drugs 2.6% of US adults"),
    iv_recent=derived(0.115, "Lansky 2014: past year 0.3% of adults, of the 2.6% ever: 0.3 / 2.6"),
    immune_medicines=data(
        0.012,
        "Overman 2013: oral glucocorticoids 1.2% of adults (other immune-lowering medicines not counted)",
    ),
    blood_thinner=derived(
        0.01,
        "anticoagulants: DOACs alone 7.7% of people 75+ (Int J Clin Pract 2020), 40% of anticoagulant users at 80+ "
        "on a DOAC (IJERPH 2021), so about 15-19% at 75+; 1% under 50, 3% at 50-64, 8% at 65-74, 15% at 75+ "
        "(" + R6 + ")",
        ((50, 0.03), (65, 0.08), (75, 0.15)),
    ),
    leg_symptoms=data(0.61, HILL + ": leg pain in 61%"),
    leg_below_knee=derived(0.59, HILL + " and " + HIDER + ": below the knee 34-38% of all, of the 61%: 0.36 / 0.61"),
    leg_numb=estimate(0.35, "of those with leg symptoms, numbness or tingling"),
    leg_weak=derived(
        0.25,
        "of those with leg symptoms, a leg weak or giving way: 85% of sciatica patients report weakness, 34% have it "
        "on examination (Dove, Eur Spine J 2024); sciatica in 30-40% of consulters: about 15% of all say so ("
        + R6
        + ")",
    ),
    legs_both=derived(
        0.15,
        "of those with a nerve symptom in a leg (below the knee, numb or weak), in both legs: 6 of 48 radiculopathy "
        "patients bilateral (12.5%, PMC3872655), about 1 in 10 sciatica (" + R6 + "); lay reports of any ache or "
        "tingling in both legs raise it: 15%",
    ),
    legs_worse=estimate(
        0.5,
        "of those, new or getting worse: new both-legs nerve symptoms about 4% of all, 3% under 50, 6% at 65+ "
        "(" + R6 + ")",
        ((65, 0.7),),
    ),
    abdominal_pain=estimate(0.06, "tummy pain too: IBS (about 1 in 10 adults), periods, constipation"),
    abdominal_new=estimate(0.3, "of those, new for them"),
    abdominal_sudden=estimate(0.05, "of those, came on suddenly and severely"),
    pregnant=estimate(
        0.0,
        "could be pregnant, at 16-55: half are women, of whom about 1 in 20 of those 16-44 might be (estimate): 2.5% "
        "to 44, 0.5% at 45-55",
        ((16, 0.025), (45, 0.005), (56, 0.0)),
    ),
    weight_loss=estimate(0.03, "weight loss without trying (Henschke 2009: uncommon)"),
    not_improving=estimate(0.30, "lasted a few weeks without getting better: many first ask after a few weeks"),
    night_pain=data(0.44, "Harding, Spine 2005: night pain in 44% of back-pain patients"),
    night_still=estimate(0.30, "of those, there even lying still (Harding 2005: most night pain is on turning)"),
)

ORDINARY = Cohort(
    "ordinary",
    "",
    "Ordinary (non-specific) back pain",
    "ordinary",
    Tier.DOCTOR,
    (18, 90),
    _one(ORDINARY_RATES),
    age_spread=(44.0, 15.0),
    about="adults 18 to 90, ages spread as in Henschke 2009's primary-care cohort (mean about 44, sd about 15); "
    "80% answer yes to at least one red-flag question, under 1% have a serious cause",
)

# --- A cohort per condition ----------------------------------------------------------------------------


def _cohort(
    id: str,
    condition: str,
    title: str,
    kind: str,
    tier: Tier,
    ages: tuple[int, int],
    *strata: Stratum,
    spread: tuple[float, float] | None = None,
    about: str = "",
) -> Cohort:
    return Cohort(id, condition, title, kind, tier, ages, strata, spread, about)


E, U, D, H = Tier.EMERGENCY, Tier.URGENT, Tier.DOCTOR, Tier.HOME

CONDITION_COHORTS: tuple[Cohort, ...] = (
    _cohort(
        "ces",
        "ces",
        "Cauda equina syndrome",
        "emergency",
        E,
        (20, 70),
        Stratum(
            "sciatica in both legs, bladder signs",
            0.45,
            _rates(
                leg_symptoms=1,
                leg_below_knee=0.9,
                leg_numb=0.7,
                leg_weak=0.5,
                legs_both=1,
                legs_worse=0.95,
                bladder_bowel=0.85,
                bladder_hard_to_start=0.7,
                bladder_lost_feeling=0.6,
                saddle_numbness=0.7,
                rest_pain=0.4,
                night_pain=0.4,
            ),
            "estimate: GIRFT 2023 describes both forms; no published split",
        ),
        Stratum(
            "starting one-sided",
            0.40,
            _rates(
                leg_symptoms=1,
                leg_below_knee=0.9,
                leg_numb=0.7,
                leg_weak=0.4,
                bladder_bowel=0.9,
                bladder_hard_to_start=0.7,
                bladder_lost_feeling=0.6,
                saddle_numbness=0.6,
                rest_pain=0.3,
                night_pain=0.4,
            ),
            "fourth pass: often starts one-sided (GIRFT); share an estimate",
        ),
        Stratum(
            "saddle and bladder, little leg pain",
            0.15,
            _rates(
                leg_symptoms=0.3,
                leg_below_knee=0.5,
                leg_numb=0.5,
                saddle_numbness=0.8,
                bladder_bowel=0.9,
                bladder_hard_to_start=0.7,
                bladder_lost_feeling=0.6,
            ),
            "estimate",
        ),
        spread=(40.0, 10.0),
        about="adults with a disc prolapse, mostly 30-50 (GIRFT 2023)",
    ),
    _cohort(
        "mscc",
        "mscc",
        "Metastatic spinal cord compression, with nerve symptoms",
        "emergency",
        E,
        (40, 90),
        *_each_of(
            "known cancer, a deficit",
            0.45,
            ("leg_weak", "legs_both"),
            "fourth pass: about 1 in 4 has no known cancer (NICE NG234); the split of the rest an estimate",
            cancer_history=1,
            cancer_team=0.6,
            upper_back=0.6,
            rest_pain=0.6,
            night_pain=0.7,
            night_still=0.7,
            steadily_worse=0.8,
            weight_loss=0.3,
            leg_symptoms=1,
            leg_below_knee=0.5,
            leg_numb=0.6,
            leg_weak=0.6,
            legs_both=0.5,
            legs_worse=0.9,
            bladder_bowel=0.2,
            bladder_hard_to_start=0.6,
            bladder_lost_feeling=0.5,
            saddle_numbness=0.15,
        ),
        *_each_of(
            "known cancer, radicular pain or numbness",
            0.30,
            ("leg_below_knee", "leg_numb"),
            "fourth pass block 2: with a metastatic pain feature (upper back, steadily worse, severe at rest, night)",
            cancer_history=1,
            cancer_team=0.6,
            upper_back=0.6,
            rest_pain=0.6,
            night_pain=0.7,
            night_still=0.7,
            steadily_worse=0.8,
            weight_loss=0.3,
            leg_symptoms=1,
            leg_below_knee=0.5,
            leg_numb=0.5,
        ),
        *_each_of(
            "no known cancer, a deficit",
            0.25,
            ("leg_weak", "legs_both"),
            "fourth pass: about 1 in 4 has no known cancer (NICE NG234)",
            upper_back=0.6,
            rest_pain=0.6,
            night_pain=0.7,
            night_still=0.7,
            steadily_worse=0.8,
            weight_loss=0.4,
            leg_symptoms=1,
            leg_below_knee=0.5,
            leg_numb=0.6,
            leg_weak=0.6,
            legs_both=0.6,
            legs_worse=0.9,
            bladder_bowel=0.25,
            bladder_hard_to_start=0.6,
            bladder_lost_feeling=0.5,
            saddle_numbness=0.2,
        ),
        spread=(65.0, 10.0),
        about="weeks of pain first, then heavy or weak legs, numbness; bladder late",
    ),
    _cohort(
        "spinal_infection",
        "spinal_infection",
        "Spinal abscess with a nerve deficit, or sepsis",
        "emergency",
        E,
        (20, 85),
        *_each_of(
            "abscess with fever and a deficit",
            0.35,
            ("leg_weak", "legs_both"),
            "fever in a third to two thirds (Darouiche 2006); the deficit defines the stratum",
            fever=1,
            recent_infection=0.4,
            diabetes=0.3,
            iv_drug_use=0.2,
            iv_recent=0.8,
            immune_medicines=0.15,
            leg_symptoms=1,
            leg_weak=0.7,
            leg_numb=0.6,
            legs_both=0.4,
            legs_worse=0.9,
            rest_pain=0.7,
            night_pain=0.7,
            steadily_worse=0.8,
        ),
        *_each_of(
            "abscess without fever, a risk and a deficit",
            0.40,
            ("recent_infection", "diabetes", "iv_drug_use", "immune_medicines"),
            "fever absent in a third to two thirds (Darouiche 2006); each has a risk (the fourth pass's 'who')",
            recent_infection=0.4,
            diabetes=0.3,
            iv_drug_use=0.2,
            iv_recent=0.8,
            immune_medicines=0.15,
            leg_symptoms=1,
            leg_weak=1,
            leg_numb=0.6,
            legs_both=0.4,
            legs_worse=0.9,
            bladder_bowel=0.2,
            bladder_hard_to_start=0.6,
            rest_pain=0.7,
            night_pain=0.7,
            steadily_worse=0.8,
        ),
        *_each_of(
            "sepsis",
            0.25,
            ("sepsis_confused", "sepsis_breathing", "sepsis_skin", "sepsis_no_pee"),
            "NICE NG51; NHS sepsis: the share an estimate; each has a sepsis sign",
            fever=0.9,
            recent_infection=0.6,
            sepsis_confused=0.3,
            sepsis_breathing=0.3,
            sepsis_skin=0.2,
            sepsis_no_pee=0.2,
            faintness=0.4,
            diabetes=0.3,
            rest_pain=0.5,
        ),
        spread=(55.0, 15.0),
        about="injecting drugs, diabetes, immune-lowering medicines, a recent infection or back procedure",
    ),
    _cohort(
        "spinal_infection_early",
        "spinal_infection",
        "Spinal infection without a deficit or sepsis sign",
        "other",
        U,
        (20, 85),
        Stratum(
            "fever with a risk",
            0.5,
            _rates(
                fever=1,
                recent_infection=0.5,
                diabetes=0.35,
                iv_drug_use=0.2,
                iv_recent=0.8,
                immune_medicines=0.2,
                rest_pain=0.6,
                night_pain=0.7,
                night_still=0.6,
                steadily_worse=0.8,
            ),
        ),
        Stratum(
            "no fever, a risk and worsening pain",
            0.5,
            _rates(
                recent_infection=0.6,
                diabetes=0.35,
                iv_drug_use=0.25,
                iv_recent=0.8,
                immune_medicines=0.2,
                rest_pain=0.6,
                night_pain=0.7,
                night_still=0.6,
                steadily_worse=0.85,
            ),
            "up to 75% missed at first (fourth pass)",
        ),
        spread=(55.0, 15.0),
    ),
    _cohort(
        "fracture_traumatic",
        "fracture",
        "Vertebral fracture after a serious accident",
        "emergency",
        E,
        (18, 90),
        Stratum("serious accident", 1.0, _rates(injury=1, serious_accident=1, sudden_onset=0.7, rest_pain=0.5)),
    ),
    _cohort(
        "fracture_fragility",
        "fracture",
        "Fragility vertebral fracture",
        "other",
        U,
        (65, 95),
        Stratum(
            "after a small fall, lift or cough, severe at rest",
            1.0,
            _rates(injury=0.7, sudden_onset=0.6, osteoporosis=0.35, immune_medicines=0.1, upper_back=0.5, rest_pain=1),
            "CKS: only about a third come to attention; severe at rest is the U stratum (D without it)",
        ),
        spread=(78.0, 8.0),
    ),
    _cohort(
        "aaa",
        "aaa",
        "Abdominal aortic aneurysm leak",
        "emergency",
        E,
        (60, 95),
        Stratum(
            "classic: pain, faintness, tummy",
            0.45,
            _rates(
                sudden_onset=0.6,
                rest_pain=0.95,
                unlike_before=0.8,
                faintness=0.9,
                passed_out=0.3,
                cold_sweat=0.6,
                abdominal_pain=0.9,
                abdominal_new=0.95,
                abdominal_sudden=0.6,
                aortic_aneurysm=0.2,
            ),
            "classic triad in under half (fourth pass)",
        ),
        Stratum(
            "back or side pain without faintness (taken for a stone)",
            0.55,
            _rates(
                sudden_onset=0.5,
                rest_pain=0.9,
                unlike_before=0.8,
                cold_sweat=0.4,
                abdominal_pain=0.4,
                abdominal_new=0.9,
                abdominal_sudden=0.5,
                aortic_aneurysm=0.2,
            ),
            "30-60% first misdiagnosed, most often as a kidney stone (fourth pass)",
        ),
        spread=(74.0, 7.0),
    ),
    _cohort(
        "dissection",
        "dissection",
        "Aortic dissection",
        "emergency",
        E,
        (30, 90),
        Stratum(
            "abrupt severe pain",
            0.95,
            _rates(
                sudden_onset=0.9,
                rest_pain=0.95,
                upper_back=0.7,
                chest_pain=0.71,
                chest_pain_recent=1,
                abdominal_pain=0.35,
                abdominal_new=0.95,
                abdominal_sudden=0.6,
                faintness=0.1,
                passed_out=0.5,
                breathless=0.2,
                breathless_new=1,
                cold_sweat=0.4,
                unlike_before=0.9,
            ),
            "IRAD type B (Tolenaar 2013): back pain 70%, chest pain 71%, tummy a third or more, fainting 4-13%",
        ),
        Stratum(
            "painless",
            0.05,
            _rates(faintness=0.6, passed_out=0.5, breathless=0.3, breathless_new=1, cold_sweat=0.3),
            "IRAD: painless 4-6% (fourth pass)",
        ),
        spread=(63.0, 12.0),
        about="high blood pressure (3 in 4), mean age 63",
    ),
    _cohort(
        "acs",
        "acs",
        "Heart attack felt in the back",
        "emergency",
        E,
        (40, 95),
        Stratum(
            "with chest pain",
            0.64,
            _rates(
                chest_pain=1,
                chest_pain_recent=0.95,
                upper_back=0.5,
                breathless=0.6,
                breathless_new=0.9,
                cold_sweat=0.5,
                nausea=0.4,
                faintness=0.2,
                sudden_onset=0.3,
                rest_pain=0.5,
            ),
            "Canto 2012: chest pain absent in 42% of women, 31% of men: about 36% of a half-and-half cohort",
        ),
        Stratum(
            "no chest pain (women 42%, men 31%)",
            0.36,
            _rates(
                upper_back=0.6,
                breathless=0.75,
                breathless_new=0.9,
                cold_sweat=0.5,
                nausea=0.5,
                faintness=0.25,
                sudden_onset=0.2,
                rest_pain=0.5,
            ),
            "Canto 2000 and 2012: breathlessness the commonest symptom without chest pain",
        ),
        spread=(67.0, 12.0),
    ),
    _cohort(
        "pe",
        "pe",
        "Pulmonary embolism felt in the back",
        "emergency",
        E,
        (18, 90),
        Stratum(
            "breathlessness first",
            1.0,
            _rates(
                breathless=0.85,
                breathless_new=0.95,
                breathing_pain=0.5,
                coughed_blood=0.06,
                calf_swollen=0.3,
                chest_pain=0.45,
                chest_pain_recent=0.9,
                upper_back=0.35,
                faintness=0.24,
                passed_out=0.5,
                sudden_onset=0.3,
            ),
            "Miniati 2012: sudden breathlessness about 80%, chest pain 39-56%, fainting 22-26%, blood 5-7%",
        ),
        spread=(58.0, 17.0),
    ),
    _cohort(
        "spinal_bleed",
        "spinal_bleed",
        "Spinal epidural haematoma",
        "emergency",
        E,
        (30, 95),
        Stratum(
            "on a blood thinner",
            0.5,
            _rates(
                blood_thinner=1,
                sudden_onset=0.7,
                rest_pain=0.85,
                upper_back=0.4,
                steadily_worse=0.6,
                leg_symptoms=0.6,
                leg_weak=0.6,
                leg_numb=0.6,
                legs_both=0.5,
                legs_worse=1,
                bladder_bowel=0.2,
                bladder_hard_to_start=0.6,
            ),
            "anticoagulants in about half of cases (Fedor 2011)",
        ),
        Stratum(
            "no blood thinner",
            0.5,
            _rates(
                sudden_onset=0.8,
                rest_pain=0.85,
                upper_back=0.4,
                leg_symptoms=0.85,
                leg_weak=0.7,
                leg_numb=0.7,
                legs_both=0.6,
                legs_worse=1,
                bladder_bowel=0.3,
                bladder_hard_to_start=0.6,
                saddle_numbness=0.3,
            ),
            "Fedor 2011: within hours, weak or numb legs",
        ),
        spread=(64.0, 12.0),
    ),
    _cohort(
        "ectopic_ruptured",
        "ectopic",
        "Ruptured ectopic pregnancy",
        "emergency",
        E,
        (16, 45),
        Stratum(
            "not knowing she is pregnant",
            0.5,
            _rates(
                abdominal_pain=0.95,
                abdominal_new=0.8,
                abdominal_sudden=0.6,
                pregnant=0.5,
                faintness=0.8,
                passed_out=0.3,
                sudden_onset=0.5,
                rest_pain=0.6,
            ),
            "fourth pass: often not knowing; share an estimate",
        ),
        Stratum(
            "knowing she could be",
            0.5,
            _rates(
                abdominal_pain=0.95,
                abdominal_new=0.8,
                abdominal_sudden=0.6,
                pregnant=1,
                faintness=0.8,
                passed_out=0.3,
                sudden_onset=0.5,
                rest_pain=0.6,
            ),
        ),
        spread=(30.0, 6.0),
    ),
    _cohort(
        "ectopic_early",
        "ectopic",
        "Ectopic pregnancy before rupture",
        "other",
        U,
        (16, 45),
        Stratum(
            "pain low on one side",
            1.0,
            _rates(abdominal_pain=1, abdominal_new=0.7, pregnant=0.8),
            "NICE NG126: period-like pain; some not knowing",
        ),
        spread=(30.0, 6.0),
    ),
    _cohort(
        "kidney_infection_sepsis",
        "kidney_infection",
        "Kidney infection with a sepsis sign",
        "emergency",
        E,
        (18, 90),
        *_each_of(
            "fever and a sepsis sign",
            1.0,
            ("sepsis_confused", "sepsis_breathing", "sepsis_skin", "sepsis_no_pee"),
            "NHS kidney infection and sepsis: each has a sepsis sign",
            fever=0.95,
            recent_infection=0.8,
            sepsis_confused=0.3,
            sepsis_breathing=0.3,
            sepsis_skin=0.2,
            sepsis_no_pee=0.2,
            bladder_bowel=0.6,
            abdominal_pain=0.5,
            abdominal_new=0.9,
            faintness=0.3,
        ),
        spread=(55.0, 20.0),
    ),
    _cohort(
        "kidney_infection",
        "kidney_infection",
        "Kidney infection",
        "other",
        U,
        (18, 90),
        Stratum(
            "fever, pain under the ribs, burning pee",
            1.0,
            _rates(
                fever=0.9, recent_infection=0.7, bladder_bowel=0.7, abdominal_pain=0.4, abdominal_new=0.9, rest_pain=0.3
            ),
        ),
        spread=(45.0, 18.0),
    ),
    _cohort(
        "kidney_stone",
        "kidney_stone",
        "Kidney stone",
        "other",
        U,
        (20, 59),
        Stratum(
            "colicky side pain to the groin",
            1.0,
            _rates(
                sudden_onset=0.5,
                rest_pain=0.8,
                abdominal_pain=0.6,
                abdominal_new=0.8,
                abdominal_sudden=0.4,
                bladder_bowel=0.4,
                nausea=0.5,
                cold_sweat=0.2,
            ),
            "NICE NG118; a first 'stone' at 60+ is the aneurysm's cohort",
        ),
        spread=(42.0, 10.0),
    ),
    _cohort(
        "pancreatitis",
        "pancreatitis",
        "Acute pancreatitis",
        "emergency",
        E,
        (20, 90),
        Stratum(
            "sudden severe pain high in the tummy through to the back",
            1.0,
            _rates(
                abdominal_pain=1,
                abdominal_new=0.9,
                abdominal_sudden=0.9,
                rest_pain=0.8,
                upper_back=0.5,
                nausea=0.8,
                sudden_onset=0.5,
                fever=0.2,
                faintness=0.2,
            ),
            "CKS: admit",
        ),
        spread=(55.0, 15.0),
    ),
    _cohort(
        "article",
        "article",
        "The article's warning signs, each alone",
        "other",
        D,
        (18, 49),
        Stratum("night pain lying still", 0.2, _rates(night_pain=1, night_still=1)),
        Stratum("weight loss without trying", 0.2, _rates(weight_loss=1)),
        Stratum("pain below the knee", 0.2, _rates(leg_symptoms=1, leg_below_knee=1)),
        Stratum("a few weeks without getting better", 0.2, _rates(not_improving=1)),
        Stratum("tummy pain, usual for them", 0.2, _rates(abdominal_pain=1)),
        spread=(35.0, 8.0),
        about="each article sign alone in an adult under 50: at least a doctor",
    ),
)

LOOK_ALIKES: tuple[Cohort, ...] = (
    _cohort(
        "ces_urge_leaks",
        "ces",
        "Urge leaks from a bladder infection",
        "look-alike",
        D,
        (18, 70),
        Stratum(
            "urge leaks",
            1.0,
            _rates(
                bladder_bowel=1,
                bladder_hard_to_start=estimate(0.04, "misunderstanding: an urge taken as 'hard to start'"),
                bladder_lost_feeling=estimate(0.04, "misunderstanding: a leak taken as 'lost the feeling'"),
                leg_symptoms=0.3,
            ),
        ),
        spread=(45.0, 14.0),
    ),
    _cohort(
        "ces_diarrhoea",
        "ces",
        "Diarrhoea with a bad back",
        "look-alike",
        D,
        (18, 80),
        Stratum(
            "diarrhoea",
            1.0,
            _rates(
                bladder_bowel=1,
                bladder_lost_feeling=estimate(0.03, "misunderstanding: urgency taken as lost feeling"),
                bladder_hard_to_start=estimate(0.02, "misunderstanding"),
                leg_symptoms=0.5,
            ),
        ),
        spread=(45.0, 15.0),
    ),
    _cohort(
        "ces_stenosis",
        "ces",
        "Stable spinal stenosis, aching in both legs for years",
        "look-alike",
        D,
        (55, 90),
        Stratum(
            "stable stenosis",
            1.0,
            _rates(
                leg_symptoms=1,
                legs_both=1,
                leg_numb=0.4,
                leg_below_knee=0.6,
                not_improving=0.8,
                legs_worse=estimate(0.05, "misunderstanding: a bad day taken as 'getting worse'"),
            ),
        ),
        spread=(70.0, 8.0),
    ),
    _cohort(
        "mscc_old_cancer",
        "mscc",
        "A cancer treated decades ago, with one-sided sciatica",
        "look-alike",
        U,
        (40, 90),
        Stratum(
            "old cancer, sciatica",
            1.0,
            _rates(
                cancer_history=1,
                cancer_team=estimate(0.03, "misunderstanding: yearly checks taken as 'under a team'"),
                leg_symptoms=1,
                leg_below_knee=0.9,
                leg_numb=0.5,
                night_pain=0.5,
                steadily_worse=estimate(0.1, "a bad week taken as 'steadily worse'"),
            ),
        ),
        spread=(65.0, 10.0),
    ),
    _cohort(
        "infection_flu",
        "spinal_infection",
        "Flu with a bad back",
        "look-alike",
        U,
        (18, 80),
        Stratum(
            "flu",
            1.0,
            _rates(
                fever=1,
                sepsis_breathing=estimate(0.05, "misunderstanding: a blocked nose taken as fast breathing"),
                sepsis_confused=estimate(0.02, "misunderstanding"),
                breathless=0.1,
                breathless_new=1,
            ),
        ),
        spread=(40.0, 15.0),
    ),
    _cohort(
        "fracture_lift",
        "fracture",
        "A lift at 65 and over, eases lying down",
        "look-alike",
        D,
        (65, 90),
        Stratum(
            "a lift",
            1.0,
            _rates(
                injury=1,
                sudden_onset=0.4,
                osteoporosis=0.1,
                night_pain=0.4,
                rest_pain=estimate(0.03, "misunderstanding: pain on turning taken as 'stays severe'"),
            ),
        ),
        spread=(72.0, 6.0),
    ),
    _cohort(
        "aaa_dizzy",
        "aaa",
        "A usual flare at 60 and over, severe at rest, dizzy on standing",
        "look-alike",
        U,
        (60, 90),
        Stratum(
            "a usual flare",
            1.0,
            _rates(
                rest_pain=1,
                dizzy=1,
                faintness=estimate(0.15, "dizziness on standing taken as 'about to faint'"),
                unlike_before=estimate(0.05, "misunderstanding: a bad flare taken as unlike before"),
                injury=0.3,
                leg_symptoms=0.4,
            ),
        ),
        spread=(70.0, 7.0),
    ),
    _cohort(
        "dissection_strain",
        "dissection",
        "A lifting strain that eases lying still",
        "look-alike",
        D,
        (25, 75),
        Stratum(
            "strain",
            1.0,
            _rates(
                injury=1,
                sudden_onset=0.8,
                upper_back=0.3,
                rest_pain=estimate(0.05, "misunderstanding: pain on moving taken as 'stays severe'"),
            ),
        ),
        spread=(45.0, 12.0),
    ),
    _cohort(
        "acs_codeine_nausea",
        "acs",
        "Feeling sick from codeine",
        "look-alike",
        D,
        (40, 85),
        Stratum(
            "codeine",
            1.0,
            _rates(nausea=1, cold_sweat=estimate(0.05, "a sweat with the pain"), leg_symptoms=0.5, leg_below_knee=0.5),
        ),
        spread=(55.0, 12.0),
    ),
    _cohort(
        "acs_asthma",
        "acs",
        "Usual asthma breathlessness",
        "look-alike",
        D,
        (18, 85),
        Stratum(
            "asthma",
            1.0,
            _rates(
                breathless=0.6,
                breathless_new=estimate(0.05, "misunderstanding: a bad week taken as new"),
                leg_symptoms=0.4,
            ),
        ),
        spread=(45.0, 15.0),
    ),
    _cohort(
        "acs_old_chest_pain",
        "acs",
        "Chest pain that went over three days ago",
        "look-alike",
        D,
        (40, 85),
        Stratum(
            "old chest pain",
            1.0,
            _rates(
                chest_pain=estimate(0.05, "misunderstanding: last week counted as 'three days'"),
                chest_pain_recent=estimate(0.2, "misunderstanding"),
            ),
        ),
        spread=(55.0, 12.0),
    ),
    _cohort(
        "pe_deep_breath",
        "pe",
        "A strain that catches on a deep breath",
        "look-alike",
        D,
        (18, 80),
        Stratum(
            "catches on breathing in",
            1.0,
            _rates(
                upper_back=0.6,
                breathing_pain=1,
                injury=0.6,
                breathless=estimate(0.1, "a catch taken as 'short of breath'"),
                breathless_new=estimate(0.9, "and, if so, it is new"),
            ),
        ),
        spread=(42.0, 14.0),
    ),
    _cohort(
        "bleed_easing_strain",
        "spinal_bleed",
        "A back that 'went' days ago and is easing, on apixaban",
        "look-alike",
        D,
        (60, 90),
        Stratum(
            "easing strain",
            1.0,
            _rates(
                blood_thinner=1,
                sudden_onset=0.6,
                injury=0.8,
                leg_symptoms=0.3,
                leg_below_knee=0.3,
                rest_pain=estimate(0.03, "misunderstanding"),
                steadily_worse=estimate(0.03, "misunderstanding"),
            ),
        ),
        spread=(74.0, 7.0),
    ),
    _cohort(
        "ectopic_period_pain",
        "ectopic",
        "Period pain with a bad back, not pregnant",
        "look-alike",
        D,
        (16, 45),
        Stratum(
            "period pain",
            1.0,
            _rates(
                abdominal_pain=1,
                abdominal_new=estimate(0.05, "a worse month taken as new"),
                pregnant=estimate(0.03, "'not sure' to 'could you be pregnant', during a period"),
            ),
        ),
        spread=(30.0, 7.0),
    ),
    _cohort(
        "kidney_cystitis",
        "kidney_infection",
        "A bladder infection without fever",
        "look-alike",
        D,
        (18, 80),
        Stratum("cystitis", 1.0, _rates(bladder_bowel=1, recent_infection=0.7, abdominal_pain=0.4, abdominal_new=0.5)),
        spread=(40.0, 15.0),
    ),
    _cohort(
        "stone_muscle_spasm",
        "kidney_stone",
        "Side pain from a muscle spasm",
        "look-alike",
        D,
        (20, 70),
        Stratum("spasm", 1.0, _rates(sudden_onset=0.5, injury=0.5, abdominal_pain=0.2, abdominal_new=0.5)),
        spread=(42.0, 12.0),
    ),
    _cohort(
        "pancreatitis_indigestion",
        "pancreatitis",
        "Indigestion with a bad back",
        "look-alike",
        U,
        (18, 85),
        Stratum(
            "indigestion",
            1.0,
            _rates(
                abdominal_pain=1,
                abdominal_new=0.3,
                nausea=0.4,
                abdominal_sudden=estimate(0.03, "misunderstanding"),
            ),
        ),
        spread=(45.0, 15.0),
    ),
    _cohort(
        "article_night_turning",
        "article",
        "Woken by turning over, fine lying still",
        "look-alike",
        D,
        (18, 85),
        Stratum(
            "night pain on turning",
            1.0,
            _rates(night_pain=1, night_still=estimate(0.05, "misunderstanding"), leg_symptoms=0.5),
        ),
        spread=(45.0, 15.0),
    ),
)

COHORTS: tuple[Cohort, ...] = (*CONDITION_COHORTS, *LOOK_ALIKES)
COHORTS_BY_ID: dict[str, Cohort] = {cohort.id: cohort for cohort in COHORTS}
