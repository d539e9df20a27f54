"""Held-out cohorts, written from the fourth clinical pass (/work/shared/triage-notes.md, "Fourth pass: the
can't-miss conditions") by a writer who had not read the rules, the other cohorts or any score.

Three kinds, in the data API of ``tools/cohorts.py``:

- **emergency**: one per can't-miss condition (blocks 1-10, and the emergency forms of block 11's mimics), in
  strata at the notes' shares where they give them (no chest pain a third, painless dissection 5%, no known
  cancer a quarter...) and at stated estimates where they do not. Every person in a stratum has the condition
  and at least one route to the emergency number that the block names (the stratum's defining facts are
  certain); everything else about them is ordinary life at background rates: leg pain, night pain, an old
  injury, diabetes, a skin cancer removed years ago.
- **other**: a condition's presentations that the notes grade U or D (early spinal metastasis, discitis without
  a nerve deficit, a fragility fracture that eases lying still, chest pain two days ago...).
- **look-alike**: the ordinary reason for a discriminating yes (urge leaks, diarrhoea, everyday dizziness,
  codeine nausea, old cancer with sciatica, an easing strain on apixaban, stable stenosis, a lift at 65+...).
  A rate tagged "misjudged" is the estimated share who take a question as theirs without having the fact.

A non-emergency cohort has one right tier for everyone in it, so its people carry only the ordinary facts
that the notes say leave that tier alone: a fact that would raise it (a cancer history beside sciatica, a blood
thinner beside severe rest pain) is left out and the ``about`` says so, rather than letting the right tier drift.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from skill.core.conditions import CONDITIONS as SKILL_CONDITIONS
from skill.core.signs import Tier
from tools.cohorts import (
    ACS_NCI,
    FACTS_BY_ID,
    HILL,
    NHIS,
    Cohort,
    Rate,
    Stratum,
    data,
    derived,
    estimate,
)

ARTICLE = "article"  # a look-alike for one of the article's own signs, not for one condition
CONDITIONS = tuple(condition.id for condition in SKILL_CONDITIONS if condition.id != ARTICLE)

DEFINES = "defines this stratum (the presentation as the notes describe it)"
MISJUDGED = "misjudged: the share who take the question as theirs without the fact (estimate)"
HOLDOUT = "holdout writer's estimate from clinical experience; the notes give no figure"

Rates = dict[str, Rate]


def _est(source: str, **values: float) -> Rates:
    """Estimates sharing one stated reason."""
    return {fact: estimate(value, source) for fact, value in values.items()}


def _misjudged(**values: float) -> Rates:
    return _est(MISJUDGED, **values)


def _aged(young: float, source: str, *steps: tuple[int, float]) -> Rate:
    """An estimate that changes with age: ``young`` below the first step's age."""
    return estimate(young, source, tuple(steps))


def _certain(rates: Mapping[str, Rate], facts: Sequence[str]) -> Rates:
    """``rates`` with ``facts`` certain, and each one's parents: a follow-up is true only after its parent's yes.
    A fact with several parents takes the one already certain, or the first."""
    out = dict(rates)
    pending = list(facts)
    while pending:
        fact = pending.pop()
        out[fact] = estimate(1.0, DEFINES)
        parents = FACTS_BY_ID[fact].given
        if parents and not any(out.get(p, estimate(0.0)).yes == 1.0 and not out[p].by_age for p in parents):
            pending.append(parents[0])
    return out


def _stratum(name: str, share: float, source: str, rates: Mapping[str, Rate], *certain: str) -> Stratum:
    return Stratum(name, share, MappingProxyType(_certain(rates, certain)), source)


def _either(
    name: str, share: float, source: str, rates: Mapping[str, Rate], routes: Mapping[str, tuple[float, Sequence[str]]]
) -> tuple[Stratum, ...]:
    """One presentation reached by different routes: a stratum per route at its part of ``share``."""
    total = sum(part for part, _ in routes.values())
    return tuple(
        _stratum(f"{name}: {route}", share * part / total, source, rates, *facts)
        for route, (part, facts) in routes.items()
    )


# --- Everyday facts ------------------------------------------------------------------------------------------
# People with a can't-miss condition have ordinary lives too. These are the background rates for the emergency
# cohorts (a higher tier than emergency does not exist, so nothing here can make their right tier wrong).

YARDLEY = "Yardley 1998; Neuhauser 2008: dizziness in the past month about 23% of adults"
HARDING = "Harding, Spine 2005: night pain 44% of back-pain consulters, most of it on turning"
BRIGGS = "Briggs 2009: thoracic pain 16-35% a month"
LANSKY = "Lansky, PLoS One 2014: ever injected 2.6%, past year 0.3% (0.3/2.6 given ever)"
OVERMAN = "Overman 2013: oral glucocorticoids 1.2% of adults"
HIDER_SHORT = "Hider 2015"
ANTICOAG = "notes (How to measure): anticoagulants about 8% at 65+ (AF prevalence x share treated); 1% younger"


def _everyday(spinal: bool) -> Rates:
    """Background facts for a person with back pain; ``spinal`` when the pain comes from the spine (leg and night
    symptoms as in primary-care back pain), else a visceral pain in someone who also has an ordinary back."""
    legs = data(0.61, HILL) if spinal else estimate(0.25, HOLDOUT + ": leg symptoms in a visceral pain")
    return {
        **_est(
            HOLDOUT,
            chest_pain=0.03,
            chest_pain_recent=0.5,
            breathless=0.06,
            breathless_new=0.3,
            breathing_pain=0.3,
            coughed_blood=0.01,
            calf_swollen=0.05,
            cold_sweat=0.05,
            nausea=0.15,
            sudden_onset=0.1,
            rest_pain=0.3,
            unlike_before=0.3,
            faintness=0.01,
            passed_out=0.2,
            injury=0.25,
            serious_accident=0.03,
            bladder_bowel=0.05,
            bladder_hard_to_start=0.1,
            bladder_lost_feeling=0.05,
            saddle_numbness=0.003,
            cancer_team=0.25,
            steadily_worse=0.2,
            lump=0.01,
            fever=0.02,
            recent_infection=0.05,
            sepsis_confused=0.02,
            sepsis_breathing=0.02,
            sepsis_skin=0.01,
            sepsis_no_pee=0.01,
            leg_numb=0.4,
            leg_weak=0.1,
            legs_both=0.25,
            legs_worse=0.3,
            abdominal_pain=0.1,
            abdominal_new=0.4,
            abdominal_sudden=0.1,
            weight_loss=0.04,
            not_improving=0.2,
            night_still=0.4,
        ),
        "dizzy": data(0.23, YARDLEY),
        "upper_back": data(0.2, BRIGGS),
        "night_pain": data(0.44, HARDING) if spinal else estimate(0.3, HOLDOUT),
        "leg_symptoms": legs,
        "leg_below_knee": derived(0.59, f"{HILL}; {HIDER_SHORT}: 36% below the knee / 61% with leg pain"),
        "aortic_aneurysm": _aged(0.0, HOLDOUT + ": known aneurysm about 1% from 60", (60, 0.01)),
        "osteoporosis": _aged(0.01, HOLDOUT + ": diagnosed osteoporosis by age", (50, 0.05), (65, 0.15)),
        "cancer_history": derived(0.03, ACS_NCI + ": 5% overall, 21% at 65+", ((45, 0.08), (65, 0.21))),
        "diabetes": data(0.03, NHIS, ((45, 0.12), (65, 0.21))),
        "iv_drug_use": data(0.026, LANSKY),
        "iv_recent": derived(0.12, LANSKY),
        "immune_medicines": data(0.012, OVERMAN),
        "blood_thinner": derived(0.01, ANTICOAG, ((65, 0.08),)),
        "pregnant": _aged(0.04, HOLDOUT + ": half are women, about 1 in 12 of them could be pregnant", (55, 0.0)),
    }


def _with(base: Mapping[str, Rate], source: str, **values: float) -> Rates:
    """``base`` with some rates replaced by estimates for this presentation."""
    return {**base, **_est(source, **values)}


# Right tier of the non-emergency cohorts: only these everyday facts, which leave HOME alone (the notes: nausea
# and everyday dizziness count for nothing; night pain on turning is the ordinary form; a fall or lift under 65).
def _home_everyday() -> Rates:
    return {
        "dizzy": data(0.23, YARDLEY),
        "nausea": estimate(0.1, HOLDOUT),
        "night_pain": estimate(0.3, HARDING + "; only the turning-over kind here (night_still never)"),
        "injury": _aged(0.3, HOLDOUT + ": a lift, bend or small knock under 65", (65, 0.0)),
        "diabetes": data(0.03, NHIS, ((45, 0.12), (65, 0.21))),
    }


def _doctor_everyday() -> Rates:
    """Everyday facts that the notes grade D at most alone (upper back, still at night, weeks without improving)."""
    return {
        **_home_everyday(),
        "night_still": estimate(0.3, HOLDOUT + ": of night pain, there lying still too"),
        "upper_back": estimate(0.12, BRIGGS + "; lower here: a low back cohort"),
        "not_improving": estimate(0.25, HOLDOUT),
    }


# --- Emergency cohorts ------------------------------------------------------------------------------------

CES_SOURCE = "CES block: GIRFT 2023 pathway, NHS CES; split estimated (the notes: often starts one-sided)"
_ces_people = _with(
    _everyday(spinal=True),
    "CES block: a disc prolapse with weeks of sciatica first (estimate)",
    leg_symptoms=0.95,
    leg_below_knee=0.9,
    leg_numb=0.6,
    leg_weak=0.3,
    legs_both=0.3,
    legs_worse=0.8,
    night_pain=0.55,
    night_still=0.5,
    rest_pain=0.45,
    steadily_worse=0.5,
    unlike_before=0.6,
    not_improving=0.45,
    injury=0.35,
    sudden_onset=0.1,
    bladder_bowel=0.6,
    bladder_hard_to_start=0.5,
    bladder_lost_feeling=0.4,
    saddle_numbness=0.4,
)
CES = Cohort(
    "holdout_ces_emergency",
    "ces",
    "Cauda equina syndrome: a disc prolapse pressing on the cauda equina",
    "emergency",
    Tier.EMERGENCY,
    (22, 70),
    (
        _stratum(
            "both legs now, worse, with saddle or bladder change (late, CES-R)",
            0.25,
            CES_SOURCE,
            _with(_ces_people, CES_SOURCE, saddle_numbness=0.8, bladder_bowel=0.85),
            "legs_worse",
            "legs_both",
            "leg_below_knee",
        ),
        _stratum(
            "sciatica in one leg, numb when wiping (started one-sided)",
            0.3,
            CES_SOURCE,
            _with(_ces_people, CES_SOURCE, legs_both=0.0, bladder_bowel=0.45),
            "saddle_numbness",
            "leg_below_knee",
        ),
        _stratum(
            "sciatica in one leg, hard to start peeing or a weak flow, saddle not noticed",
            0.25,
            CES_SOURCE,
            _with(_ces_people, CES_SOURCE, legs_both=0.0, saddle_numbness=0.15, bladder_lost_feeling=0.3),
            "bladder_hard_to_start",
            "leg_below_knee",
        ),
        _stratum(
            "lost the feeling of the bladder filling or pee passing, little leg pain",
            0.1,
            CES_SOURCE,
            _with(_ces_people, CES_SOURCE, leg_symptoms=0.6, saddle_numbness=0.5),
            "bladder_lost_feeling",
        ),
        _stratum(
            "one weak leg (foot drop) and a new bladder change that is not one of the bladder signs",
            0.1,
            CES_SOURCE,
            _with(
                _ces_people,
                CES_SOURCE,
                legs_both=0.0,
                bladder_hard_to_start=0.0,
                bladder_lost_feeling=0.0,
                saddle_numbness=0.0,
            ),
            "leg_weak",
            "bladder_bowel",
        ),
    ),
    age_spread=(43.0, 10.0),
    about="Mostly 30-50 (notes). Every stratum has a route the block names: saddle, a bladder sign, both legs new "
    "or worse, or a new bladder change with a weak leg.",
)

MSCC_SOURCE = "MSCC block: NICE NG234/CG75; about 1 in 4 has no known cancer (notes); the rest split estimated"
_mscc_people = _with(
    _everyday(spinal=True),
    "MSCC block: weeks of pain first, between the shoulder blades, steadily worse, at rest, at night (estimate)",
    upper_back=0.45,
    steadily_worse=0.85,
    rest_pain=0.6,
    night_pain=0.7,
    night_still=0.7,
    unlike_before=0.7,
    weight_loss=0.3,
    not_improving=0.6,
    cancer_team=0.6,
    chest_pain=0.1,
    chest_pain_recent=0.8,
    leg_symptoms=0.8,
    leg_below_knee=0.4,
    leg_numb=0.5,
    leg_weak=0.5,
    legs_both=0.6,
    legs_worse=0.9,
    bladder_bowel=0.2,
    bladder_hard_to_start=0.5,
    bladder_lost_feeling=0.3,
    saddle_numbness=0.05,
    injury=0.1,
    lump=0.03,
    immune_medicines=0.1,
)
MSCC = Cohort(
    "holdout_mscc_emergency",
    "mscc",
    "Metastatic spinal cord compression",
    "emergency",
    Tier.EMERGENCY,
    (35, 92),
    (
        _stratum("known cancer, legs heavy or weak", 0.35, MSCC_SOURCE, _mscc_people, "cancer_history", "leg_weak"),
        _stratum(
            "known cancer, a band of pain or a numb leg, no weakness yet (a metastatic pain feature at its rates)",
            0.25,
            MSCC_SOURCE,
            _with(_mscc_people, MSCC_SOURCE, leg_weak=0.0, legs_both=0.3),
            "cancer_history",
            "leg_numb",
        ),
        _stratum(
            "known cancer, bladder retention (late)",
            0.15,
            MSCC_SOURCE,
            _mscc_people,
            "cancer_history",
            "bladder_hard_to_start",
        ),
        _stratum(
            "no known cancer: both legs weak and getting worse (first presentation, myeloma, lung)",
            0.25,
            MSCC_SOURCE,
            _with(_mscc_people, MSCC_SOURCE, cancer_history=0.0, weight_loss=0.4),
            "legs_worse",
            "legs_both",
            "leg_weak",
        ),
    ),
    age_spread=(66.0, 11.0),
    about="The stratum with a numb leg and no weakness has at least one metastatic pain feature in 99% (upper back "
    "0.45, steadily worse 0.85, severe at rest 0.6, night 0.7): the 1% left is the realistic miss.",
)

INFECTION_SOURCE = (
    "infection block: fever in a third to two thirds, pain + fever + deficit in about 10% (Darouiche 2006); "
    "split estimated"
)
_infection_people = _with(
    _everyday(spinal=True),
    "infection block: constant worsening pain at rest and at night; up to 75% missed at first (estimate)",
    steadily_worse=0.8,
    rest_pain=0.7,
    night_pain=0.75,
    night_still=0.8,
    unlike_before=0.7,
    not_improving=0.5,
    fever=0.5,
    recent_infection=0.4,
    iv_drug_use=0.15,
    iv_recent=0.6,
    immune_medicines=0.1,
    leg_symptoms=0.6,
    leg_numb=0.4,
    leg_weak=0.35,
    legs_both=0.4,
    legs_worse=0.9,
    sepsis_confused=0.08,
    sepsis_breathing=0.08,
    sepsis_skin=0.03,
    sepsis_no_pee=0.03,
    weight_loss=0.1,
    lump=0.03,
)
_infection_people["diabetes"] = estimate(0.25, "infection block: diabetes a leading risk (Darouiche 2006: ~30%)")
SPINAL_INFECTION = Cohort(
    "holdout_spinal_infection_emergency",
    "spinal_infection",
    "Spinal epidural abscess, discitis, and sepsis from them",
    "emergency",
    Tier.EMERGENCY,
    (20, 90),
    (
        _stratum("fever with a weak leg", 0.2, INFECTION_SOURCE, _infection_people, "fever", "leg_weak"),
        *_either(
            "no fever: a risk with a weak leg, both legs or a bladder sign",
            0.3,
            INFECTION_SOURCE,
            _with(_infection_people, INFECTION_SOURCE, fever=0.0),
            {
                "injecting this year, weak leg": (0.35, ("iv_recent", "leg_weak")),
                "back injection or operation last month, both legs worse": (
                    0.35,
                    ("recent_infection", "legs_worse", "legs_both", "leg_numb"),
                ),
                "immune medicines, weak leg": (0.15, ("immune_medicines", "leg_weak")),
                "urine infection last month, hard to start peeing": (
                    0.15,
                    ("recent_infection", "bladder_hard_to_start"),
                ),
            },
        ),
        *_either(
            "a recent infection and a sepsis sign (the elderly: confusion first)",
            0.25,
            INFECTION_SOURCE,
            _with(_infection_people, INFECTION_SOURCE, fever=0.55),
            {
                "confused": (0.4, ("recent_infection", "sepsis_confused")),
                "breathing fast": (0.3, ("recent_infection", "sepsis_breathing")),
                "blotchy or grey": (0.1, ("recent_infection", "sepsis_skin")),
                "no pee today": (0.2, ("recent_infection", "sepsis_no_pee")),
            },
        ),
        *_either(
            "fever and a numb leg in someone at risk",
            0.25,
            INFECTION_SOURCE,
            _with(_infection_people, INFECTION_SOURCE, leg_weak=0.0, legs_both=0.2),
            {
                "diabetes": (0.5, ("fever", "leg_numb", "diabetes")),
                "immune medicines": (0.2, ("fever", "leg_numb", "immune_medicines")),
                "injecting": (0.3, ("fever", "leg_numb", "iv_drug_use")),
            },
        ),
    ),
    age_spread=(55.0, 15.0),
    about="Fever in about 59% overall (certain in 45%, 55% of the sepsis stratum, none in the 30% without fever): "
    "within the notes' third to two thirds.",
)

FRACTURE_SOURCE = "fracture block: CKS, Henschke 2009; split estimated (traumatic fractures dominate in ED)"
_fracture_people = _with(
    _everyday(spinal=True),
    "fracture block: sudden central pain, often mid-back (estimate)",
    upper_back=0.4,
    sudden_onset=0.6,
    rest_pain=0.5,
    unlike_before=0.7,
    night_pain=0.3,
    leg_symptoms=0.35,
    injury=0.9,
    serious_accident=0.0,
)
FRACTURE = Cohort(
    "holdout_fracture_emergency",
    "fracture",
    "Vertebral fracture: after a serious accident, or a fragility fracture with a nerve symptom",
    "emergency",
    Tier.EMERGENCY,
    (18, 95),
    (
        _stratum(
            "a serious accident: car crash, fall from a height, a bad fall down stairs",
            0.6,
            FRACTURE_SOURCE,
            _with(_fracture_people, FRACTURE_SOURCE, leg_numb=0.2, leg_weak=0.1),
            "serious_accident",
            "injury",
        ),
        *_either(
            "fragility (osteoporosis or steroid tablets under 65; 65+) with a new nerve symptom",
            0.4,
            FRACTURE_SOURCE,
            {
                **_fracture_people,
                "osteoporosis": _aged(1.0, "under 65 the fragility is known osteoporosis (defines)", (65, 0.35)),
            },
            {
                "small fall, numb leg": (0.35, ("injury", "leg_numb")),
                "small fall, weak leg": (0.25, ("injury", "leg_weak")),
                "sudden start with a cough or bend, numb leg": (0.4, ("sudden_onset", "leg_numb")),
            },
        ),
    ),
    age_spread=(58.0, 20.0),
)

AAA_SOURCE = "AAA block: NICE NG156; classic triad in under half (notes); strata shares estimated"
_aaa_people = _with(
    _everyday(spinal=False),
    "AAA block: severe constant pain in back, side or tummy, no position eases it (estimate)",
    rest_pain=0.9,
    sudden_onset=0.5,
    unlike_before=0.8,
    cold_sweat=0.45,
    faintness=0.3,
    passed_out=0.3,
    abdominal_pain=0.5,
    abdominal_new=0.9,
    abdominal_sudden=0.5,
    nausea=0.4,
)
_aaa_people["blood_thinner"] = estimate(0.1, HOLDOUT + ": older vascular patients")
AAA = Cohort(
    "holdout_aaa_emergency",
    "aaa",
    "Leaking or ruptured abdominal aortic aneurysm",
    "emergency",
    Tier.EMERGENCY,
    (60, 92),
    (
        _stratum(
            "sudden or severe pain with nearly fainting",
            0.35,
            AAA_SOURCE,
            _with(_aaa_people, AAA_SOURCE, rest_pain=0.95, cold_sweat=0.7, abdominal_pain=0.7),
            "faintness",
        ),
        _stratum("known aneurysm under surveillance, new pain", 0.15, AAA_SOURCE, _aaa_people, "aortic_aneurysm"),
        _stratum(
            "pain built over an hour into the side, severe at rest, no faintness (taken for a kidney stone)",
            0.3,
            AAA_SOURCE,
            _with(_aaa_people, AAA_SOURCE, faintness=0.0, sudden_onset=0.2, unlike_before=0.9, abdominal_pain=0.55),
            "rest_pain",
        ),
        _stratum(
            "a stoical older man: back pain severe at rest, unlike any before, nothing else",
            0.2,
            AAA_SOURCE,
            _with(_aaa_people, AAA_SOURCE, faintness=0.0, sudden_onset=0.15, cold_sweat=0.15, abdominal_pain=0.15),
            "rest_pain",
            "unlike_before",
        ),
    ),
    age_spread=(74.0, 7.0),
    about="Men 65+, women 70+. The kidney-stone stratum reaches the emergency number through severe rest pain with "
    "a sudden start, new tummy pain, a cold sweat (50+) or unlike before (60+); about 2% has none of them.",
)

DISSECTION_SOURCE = "dissection block: IRAD (Pape 2015; Tolenaar 2013): type B back pain 70%, painless 4-6%"
_dissection_people = _with(
    _everyday(spinal=False),
    "dissection block: abrupt severe pain, tearing in half (estimate)",
    sudden_onset=0.9,
    rest_pain=0.9,
    unlike_before=0.9,
    cold_sweat=0.4,
    faintness=0.08,
    chest_pain=0.6,
    chest_pain_recent=0.95,
    abdominal_pain=0.35,
    abdominal_new=0.95,
    abdominal_sudden=0.7,
    upper_back=0.6,
    breathless=0.15,
    breathless_new=0.9,
    injury=0.2,
    nausea=0.3,
)
DISSECTION = Cohort(
    "holdout_dissection_emergency",
    "dissection",
    "Aortic dissection",
    "emergency",
    Tier.EMERGENCY,
    (30, 90),
    (
        _stratum(
            "type B: sudden tearing pain between the shoulder blades, severe whatever position",
            0.45,
            DISSECTION_SOURCE,
            _dissection_people,
            "sudden_onset",
            "rest_pain",
            "upper_back",
        ),
        _stratum(
            "type A: sudden chest and back pain, today",
            0.3,
            DISSECTION_SOURCE,
            _dissection_people,
            "chest_pain_recent",
        ),
        _stratum(
            "sudden low back and tummy pain, no chest pain, a hypertensive under 50 or older",
            0.2,
            DISSECTION_SOURCE,
            _with(_dissection_people, DISSECTION_SOURCE, chest_pain=0.0, upper_back=0.2),
            "sudden_onset",
            "rest_pain",
            "abdominal_new",
        ),
        _stratum(
            "painless: fainted, newly breathless, an ordinary back ache",
            0.05,
            DISSECTION_SOURCE,
            _with(
                _dissection_people,
                DISSECTION_SOURCE,
                sudden_onset=0.0,
                rest_pain=0.0,
                unlike_before=0.1,
                chest_pain=0.0,
                abdominal_pain=0.0,
                passed_out=0.5,
            ),
            "faintness",
            "breathless_new",
        ),
    ),
    age_spread=(63.0, 13.0),
    about="Mean age 63 (notes). The painless stratum (5%, notes 4-6%) reaches the number only through new "
    "breathlessness with nearly fainting (the ACS and PE rules): estimated, since painless dissection in a back-pain "
    "caller is an ordinary back plus the dissection's other signs.",
)

ACS_SOURCE = "ACS block: Canto 2000 (no chest pain a third), Canto 2012 (women 42%, men 31%); no-chest split estimated"
_acs_people = _with(
    _everyday(spinal=False),
    "ACS block: pressure, or pain between the shoulder blades; breathless, sweaty, light-headed (estimate)",
    upper_back=0.45,
    cold_sweat=0.45,
    nausea=0.4,
    breathless=0.45,
    breathless_new=0.9,
    faintness=0.12,
    sudden_onset=0.2,
    rest_pain=0.4,
    unlike_before=0.7,
    chest_pain_recent=0.85,
)
_acs_people["diabetes"] = estimate(0.3, "ACS block: diabetes in about 30% of ACS (estimate)")
ACS = Cohort(
    "holdout_acs_emergency",
    "acs",
    "Heart attack felt in the back",
    "emergency",
    Tier.EMERGENCY,
    (38, 92),
    (
        _stratum(
            "chest pressure or tightness since this time yesterday, back or shoulder-blade pain with it",
            0.67,
            ACS_SOURCE,
            _acs_people,
            "chest_pain_recent",
        ),
        _stratum(
            "no chest pain: newly breathless (the commonest without chest pain), older or sweating",
            0.23,
            ACS_SOURCE,
            {
                **_with(_acs_people, ACS_SOURCE, chest_pain=0.0),
                "cold_sweat": _aged(1.0, "under 50 the stratum is the sweating ones (defines)", (50, 0.45)),
            },
            "breathless_new",
        ),
        *_either(
            "no chest pain, no breathlessness: pain between the shoulder blades, cold sweat, light-headed",
            0.1,
            ACS_SOURCE,
            {
                **_with(_acs_people, ACS_SOURCE, chest_pain=0.0, breathless=0.0, upper_back=0.8),
                "sudden_onset": _aged(1.0, "under 50 the stratum is those with a sudden start (defines)", (50, 0.4)),
            },
            {
                "cold sweat with severe pain at rest": (0.6, ("cold_sweat", "rest_pain")),
                "nearly fainting with severe pain at rest": (0.4, ("faintness", "rest_pain")),
            },
        ),
    ),
    age_spread=(66.0, 12.0),
    about="Men 45+, women 55+. The last stratum (10%) has neither chest pain nor breathlessness and reaches the "
    "number only through the aorta blocks' rules (rest pain with sweat or faintness): the notes give no share for it.",
)

PE_SOURCE = "PE block: Miniati 2012: sudden breathlessness ~80%, pleuritic pain 39-56%, fainting 22-26%, blood 5-7%"
_pe_people = _with(
    _everyday(spinal=False),
    "PE block (estimate where Miniati gives no figure)",
    breathless=0.85,
    breathless_new=0.95,
    breathing_pain=0.45,
    coughed_blood=0.06,
    calf_swollen=0.3,
    chest_pain=0.45,
    chest_pain_recent=0.8,
    upper_back=0.3,
    faintness=0.24,
    passed_out=0.4,
    cold_sweat=0.2,
    sudden_onset=0.3,
    recent_infection=0.15,
)
PE = Cohort(
    "holdout_pe_emergency",
    "pe",
    "Pulmonary embolism with back pain",
    "emergency",
    Tier.EMERGENCY,
    (18, 90),
    (
        _stratum(
            "newly breathless, pain catching on breathing in (chest or upper back)",
            0.45,
            PE_SOURCE,
            _pe_people,
            "breathless_new",
            "breathing_pain",
        ),
        _stratum(
            "breathlessness first and alone (under 50: with a swollen calf)",
            0.25,
            PE_SOURCE,
            {
                **_with(_pe_people, PE_SOURCE, breathing_pain=0.0, chest_pain=0.0, faintness=0.0, upper_back=0.0),
                "calf_swollen": _aged(1.0, "under 50 the stratum is those with a calf (defines)", (50, 0.25)),
            },
            "breathless_new",
        ),
        _stratum(
            "newly breathless and nearly fainting",
            0.2,
            PE_SOURCE,
            _pe_people,
            "breathless_new",
            "faintness",
        ),
        _stratum(
            "not breathless: sharp chest pain today with the back pain",
            0.1,
            PE_SOURCE,
            _with(_pe_people, PE_SOURCE, breathless=0.0),
            "chest_pain_recent",
        ),
    ),
    age_spread=(57.0, 17.0),
    about="About a fifth of PE has no breathlessness (notes: ~80% have it): that tenth here has chest pain today.",
)

BLEED_SOURCE = "bleed block: Fedor 2011 (anticoagulants about half; mostly 50+); strata shares estimated"
_bleed_people = _with(
    _everyday(spinal=True),
    "bleed block: sudden severe neck or back pain, often upper back; legs within hours (estimate)",
    sudden_onset=0.8,
    rest_pain=0.8,
    upper_back=0.5,
    unlike_before=0.85,
    steadily_worse=0.6,
    leg_symptoms=0.6,
    leg_numb=0.5,
    leg_weak=0.5,
    legs_both=0.6,
    legs_worse=0.95,
    bladder_bowel=0.25,
    bladder_hard_to_start=0.6,
    bladder_lost_feeling=0.4,
    saddle_numbness=0.2,
    recent_infection=0.15,
)
SPINAL_BLEED = Cohort(
    "holdout_spinal_bleed_emergency",
    "spinal_bleed",
    "Spinal epidural haematoma",
    "emergency",
    Tier.EMERGENCY,
    (40, 92),
    (
        _stratum(
            "on an anticoagulant: sudden severe pain, severe whatever position",
            0.35,
            BLEED_SOURCE,
            _with(_bleed_people, BLEED_SOURCE, leg_symptoms=0.3),
            "blood_thinner",
            "rest_pain",
        ),
        *_either(
            "on an anticoagulant: a leg weak or numb within hours",
            0.2,
            BLEED_SOURCE,
            _bleed_people,
            {"weak": (0.5, ("blood_thinner", "leg_weak")), "numb": (0.5, ("blood_thinner", "leg_numb"))},
        ),
        *_either(
            "no anticoagulant (spinal injection, bleeding disorder, none found): both legs or the bladder",
            0.3,
            BLEED_SOURCE,
            _with(_bleed_people, BLEED_SOURCE, blood_thinner=0.0),
            {
                "both legs worse": (0.6, ("legs_worse", "legs_both", "leg_weak")),
                "hard to start peeing": (0.25, ("bladder_hard_to_start",)),
                "saddle numbness": (0.15, ("saddle_numbness",)),
            },
        ),
        _stratum(
            "no anticoagulant, before the legs go: sudden severe pain at rest (under 50: between the shoulder blades)",
            0.15,
            BLEED_SOURCE,
            {
                **_with(
                    _bleed_people,
                    BLEED_SOURCE,
                    blood_thinner=0.0,
                    leg_symptoms=0.2,
                    bladder_bowel=0.0,
                    saddle_numbness=0.0,
                ),
                "upper_back": _aged(1.0, "under 50 the stratum is those with upper back pain (defines)", (50, 0.5)),
            },
            "sudden_onset",
            "rest_pain",
        ),
    ),
    age_spread=(66.0, 11.0),
)

ECTOPIC_SOURCE = "ectopic block: NICE NG126; 'often not knowing' (notes); the split estimated"
_ectopic_people = _with(
    _everyday(spinal=False),
    "ectopic block: low one-sided period-like tummy pain, bleeding, shoulder tip, back pain (estimate)",
    abdominal_pain=1.0,
    abdominal_new=0.85,
    abdominal_sudden=0.45,
    faintness=0.5,
    passed_out=0.2,
    pregnant=0.6,
    nausea=0.4,
    dizzy=0.4,
    rest_pain=0.4,
    sudden_onset=0.3,
    upper_back=0.1,
    blood_thinner=0.0,
    cancer_history=0.01,
    aortic_aneurysm=0.0,
    bladder_bowel=0.15,
    bladder_hard_to_start=0.05,
    bladder_lost_feeling=0.02,
)
_ectopic_people["diabetes"] = estimate(0.02, HOLDOUT + ": women 16-45")
ECTOPIC = Cohort(
    "holdout_ectopic_emergency",
    "ectopic",
    "Ruptured or rupturing ectopic pregnancy",
    "emergency",
    Tier.EMERGENCY,
    (16, 46),
    (
        _stratum(
            "knows she could be pregnant: tummy pain and nearly fainting",
            0.4,
            ECTOPIC_SOURCE,
            _with(_ectopic_people, ECTOPIC_SOURCE, pregnant=0.9),
            "faintness",
            "abdominal_pain",
        ),
        _stratum(
            "not knowing: tummy pain that built up, nearly fainting, thinks she is not pregnant",
            0.35,
            ECTOPIC_SOURCE,
            _with(_ectopic_people, ECTOPIC_SOURCE, pregnant=0.2, abdominal_new=0.7, abdominal_sudden=0.2),
            "faintness",
            "abdominal_pain",
        ),
        _stratum(
            "could be pregnant: sudden severe one-sided tummy pain, not faint yet",
            0.25,
            ECTOPIC_SOURCE,
            _with(_ectopic_people, ECTOPIC_SOURCE, faintness=0.0),
            "pregnant",
            "abdominal_sudden",
        ),
    ),
    age_spread=(29.0, 6.0),
    about="Women. 'Could you be pregnant, even if you're not sure?': 20% yes among those not knowing (estimate).",
)

KIDNEY_SOURCE = "block 11: NHS kidney infection; sepsis signs NICE NG51; split estimated"
_kidney_people = _with(
    _everyday(spinal=False),
    "block 11: fever, pain under the ribs, burning pee (estimate)",
    fever=0.8,
    recent_infection=0.5,
    bladder_bowel=0.7,
    bladder_hard_to_start=0.1,
    bladder_lost_feeling=0.05,
    abdominal_pain=0.6,
    abdominal_new=0.9,
    abdominal_sudden=0.1,
    nausea=0.5,
    rest_pain=0.4,
    cold_sweat=0.2,
    faintness=0.15,
)
KIDNEY_INFECTION = Cohort(
    "holdout_kidney_infection_emergency",
    "kidney_infection",
    "Kidney infection with sepsis",
    "emergency",
    Tier.EMERGENCY,
    (18, 95),
    (
        *_either(
            "older, on antibiotics for a urine infection, now septic (often no fever felt)",
            0.5,
            KIDNEY_SOURCE,
            _with(_kidney_people, KIDNEY_SOURCE, fever=0.55),
            {
                "confused": (0.45, ("recent_infection", "sepsis_confused")),
                "breathing fast": (0.2, ("recent_infection", "sepsis_breathing")),
                "no pee today": (0.25, ("recent_infection", "sepsis_no_pee")),
                "blotchy or grey": (0.1, ("recent_infection", "sepsis_skin")),
            },
        ),
        *_either(
            "fever and loin pain, untreated, with a sepsis sign",
            0.5,
            KIDNEY_SOURCE,
            _with(_kidney_people, KIDNEY_SOURCE, recent_infection=0.2),
            {
                "breathing fast": (0.4, ("fever", "sepsis_breathing")),
                "no pee today": (0.25, ("fever", "sepsis_no_pee")),
                "confused": (0.2, ("fever", "sepsis_confused")),
                "blotchy or grey": (0.15, ("fever", "sepsis_skin")),
            },
        ),
    ),
    age_spread=(58.0, 20.0),
)

STONE_SOURCE = "block 11: NICE NG118 (fever, or pain painkillers don't ease: admit); split estimated"
_stone_people = _with(
    _everyday(spinal=False),
    "block 11: colicky side pain into the groin (estimate)",
    abdominal_pain=0.7,
    abdominal_new=0.9,
    abdominal_sudden=0.55,
    sudden_onset=0.45,
    nausea=0.6,
    cold_sweat=0.35,
    bladder_bowel=0.35,
    bladder_hard_to_start=0.1,
    bladder_lost_feeling=0.02,
    unlike_before=0.8,
    faintness=0.05,
)
KIDNEY_STONE = Cohort(
    "holdout_kidney_stone_emergency",
    "kidney_stone",
    "Kidney stone needing admission: infected and blocked, or pain painkillers don't ease",
    "emergency",
    Tier.EMERGENCY,
    (20, 59),
    (
        _stratum(
            "a blocked, infected stone: fever, side pain that came on suddenly and severely",
            0.3,
            STONE_SOURCE,
            _stone_people,
            "fever",
            "abdominal_sudden",
        ),
        _stratum(
            "pain painkillers don't ease: came on suddenly and severely, severe in every position",
            0.7,
            STONE_SOURCE,
            _stone_people,
            "rest_pain",
            "abdominal_sudden",
        ),
    ),
    age_spread=(42.0, 10.0),
    about="Under 60: at 60+ a first 'stone' is an aneurysm until shown otherwise (block 5), not this cohort. Only "
    "stones whose side pain is taken as tummy pain that came on suddenly and severely (about half of renal colic, "
    "estimate): a stone with fever or unrelieved pain that built up answers like a kidney infection or an ordinary "
    "flare under 50, and no question tells them apart, so it is left out and reported.",
)

PANCREATITIS_SOURCE = "block 11: CKS acute pancreatitis (admit); onset split estimated (most rapid)"
_pancreatitis_people = _with(
    _everyday(spinal=False),
    "block 11: pain high in the tummy through to the back, vomiting (estimate)",
    abdominal_pain=1.0,
    abdominal_new=0.85,
    abdominal_sudden=0.8,
    nausea=0.9,
    rest_pain=0.7,
    sudden_onset=0.3,
    upper_back=0.3,
    cold_sweat=0.3,
    faintness=0.15,
    fever=0.2,
)
PANCREATITIS = Cohort(
    "holdout_pancreatitis_emergency",
    "pancreatitis",
    "Acute pancreatitis (gallstones, alcohol)",
    "emergency",
    Tier.EMERGENCY,
    (22, 90),
    (
        _stratum(
            "tummy pain that came on suddenly and severely, through to the back",
            0.8,
            PANCREATITIS_SOURCE,
            _pancreatitis_people,
            "abdominal_sudden",
        ),
        _stratum(
            "pain that built over a couple of hours, vomiting, now nearly fainting",
            0.2,
            PANCREATITIS_SOURCE,
            _with(_pancreatitis_people, PANCREATITIS_SOURCE, abdominal_sudden=0.0),
            "faintness",
            "abdominal_pain",
        ),
    ),
    age_spread=(54.0, 16.0),
)

EMERGENCY_COHORTS: tuple[Cohort, ...] = (
    CES,
    MSCC,
    SPINAL_INFECTION,
    FRACTURE,
    AAA,
    DISSECTION,
    ACS,
    PE,
    SPINAL_BLEED,
    ECTOPIC,
    KIDNEY_INFECTION,
    KIDNEY_STONE,
    PANCREATITIS,
)


# --- The conditions' presentations that are not emergencies ------------------------------------------------
# Each carries only facts that leave its right tier where the notes put it; what was left out is said.


def _cohort(
    id: str,
    condition: str,
    title: str,
    kind: str,
    tier: Tier,
    ages: tuple[int, int],
    spread: tuple[float, float],
    strata: Sequence[Stratum],
    about: str,
) -> Cohort:
    return Cohort(f"holdout_{id}", condition, title, kind, tier, ages, tuple(strata), spread, about)


def _all(source: str, rates: Mapping[str, Rate], *certain: str) -> tuple[Stratum, ...]:
    return (_stratum("all", 1.0, source, rates, *certain),)


OTHER_SOURCE = "the block's grade for this presentation; strata shares estimated"

CES_EARLY = _cohort(
    "ces_new_bladder_one_sided_sciatica",
    "ces",
    "Sciatica in one leg with a new bladder or bowel change that is not a bladder sign (CES block: U)",
    "other",
    Tier.URGENT,
    (22, 59),
    (40.0, 9.0),
    (
        _stratum(
            "new frequency or urgency",
            0.6,
            OTHER_SOURCE,
            {**_doctor_everyday(), **_est(HOLDOUT, leg_numb=0.5, rest_pain=0.3, steadily_worse=0.3, unlike_before=0.5)},
            "bladder_bowel",
            "leg_below_knee",
        ),
        _stratum(
            "new constipation (codeine) or bowel urgency",
            0.4,
            OTHER_SOURCE,
            {
                **_doctor_everyday(),
                **_est(HOLDOUT, leg_numb=0.5, rest_pain=0.3, steadily_worse=0.3, unlike_before=0.5, nausea=0.35),
            },
            "bladder_bowel",
            "leg_below_knee",
        ),
    ),
    "Under 60; no weakness, both legs, saddle or bladder sign (each E), no cancer, infection risk or blood thinner "
    "(each changes the grade with sciatica).",
)

MSCC_EARLY = _cohort(
    "mscc_early_no_nerve_symptoms",
    "mscc",
    "Known cancer, weeks of suggestive back pain, no nerve symptom yet (MSCC block: U, within 24 h)",
    "other",
    Tier.URGENT,
    (40, 88),
    (65.0, 11.0),
    (
        _stratum(
            "under a cancer team now",
            0.5,
            OTHER_SOURCE,
            {
                **_doctor_everyday(),
                **_est(
                    "MSCC block: pain between the shoulder blades, steadily worse, at night (estimate)",
                    upper_back=0.5,
                    steadily_worse=0.7,
                    night_pain=0.65,
                    night_still=0.6,
                    weight_loss=0.2,
                    not_improving=0.6,
                    unlike_before=0.5,
                    nausea=0.25,
                    immune_medicines=0.08,
                    lump=0.02,
                ),
                "rest_pain": _aged(0.4, "MSCC block; none from 60 (with unlike-before it is block 5's E)", (60, 0.0)),
            },
            "cancer_team",
        ),
        _stratum(
            "cancer treated years ago, in remission, new steadily worsening pain",
            0.5,
            OTHER_SOURCE,
            {
                **_doctor_everyday(),
                **_est(
                    "MSCC block (estimate)",
                    upper_back=0.35,
                    steadily_worse=0.75,
                    night_pain=0.6,
                    night_still=0.6,
                    weight_loss=0.15,
                    not_improving=0.65,
                    unlike_before=0.5,
                    lump=0.02,
                ),
                "rest_pain": _aged(0.35, "MSCC block; none from 60 (with unlike-before it is block 5's E)", (60, 0.0)),
            },
            "cancer_history",
        ),
    ),
    "No leg symptom, bladder or saddle sign, fever, chest pain or blood thinner (each E with cancer here); about 1 in "
    "10 on a blood thinner would in life be E, so they are left out.",
)

INFECTION_EARLY = _cohort(
    "spinal_infection_no_deficit",
    "spinal_infection",
    "Early discitis or abscess: a risk or fever, constant worsening pain, no nerve deficit or sepsis sign (U)",
    "other",
    Tier.URGENT,
    (20, 85),
    (52.0, 16.0),
    (
        *_either(
            "fever with diabetes or immune medicines",
            0.35,
            OTHER_SOURCE,
            {
                **_doctor_everyday(),
                **_est(HOLDOUT, steadily_worse=0.6, night_pain=0.6, unlike_before=0.6, not_improving=0.3),
                "rest_pain": _aged(0.4, HOLDOUT + "; none from 60 (with unlike-before: block 5's E)", (60, 0.0)),
            },
            {"diabetes": (0.7, ("fever", "diabetes")), "immune medicines": (0.3, ("fever", "immune_medicines"))},
        ),
        _stratum(
            "no fever: a urine or skin infection or a back injection last month, pain steadily worse",
            0.4,
            OTHER_SOURCE,
            {
                **_doctor_everyday(),
                **_est(HOLDOUT, night_pain=0.6, unlike_before=0.6, not_improving=0.4),
                "rest_pain": _aged(0.4, HOLDOUT + "; none from 60 (with unlike-before: block 5's E)", (60, 0.0)),
            },
            "recent_infection",
            "steadily_worse",
        ),
        _stratum(
            "injecting in the last year, constant pain, no fever",
            0.25,
            OTHER_SOURCE,
            {
                **_doctor_everyday(),
                **_est(HOLDOUT, steadily_worse=0.5, night_pain=0.5, not_improving=0.4),
                "diabetes": estimate(0.03, HOLDOUT),
            },
            "iv_recent",
        ),
    ),
    "No leg symptom (a nerve symptom with a risk is E), no sepsis sign, no cold sweat, sudden start or breathlessness.",
)

_fragility = {
    **_doctor_everyday(),
    **_est(
        "fracture block: central, often mid-back, eases lying still (estimate)",
        upper_back=0.45,
        night_pain=0.35,
        night_still=0.2,
        unlike_before=0.5,
        dizzy=0.3,
    ),
    "osteoporosis": _aged(1.0, "under 65 the fragility is known osteoporosis (defines)", (65, 0.35)),
    "blood_thinner": derived(0.01, ANTICOAG, ((65, 0.08),)),
}
FRACTURE_EASING = _cohort(
    "fracture_fragility_easing",
    "fracture",
    "Fragility fracture after a small fall, lift or cough, easing lying still (fracture block: D)",
    "other",
    Tier.DOCTOR,
    (55, 95),
    (76.0, 9.0),
    (
        _stratum("a small fall", 0.45, OTHER_SOURCE, {**_fragility, **_est(HOLDOUT, sudden_onset=0.5)}, "injury"),
        _stratum("lifting or bending", 0.3, OTHER_SOURCE, {**_fragility, **_est(HOLDOUT, sudden_onset=0.6)}, "injury"),
        _stratum(
            "a cough or sneeze, no fall",
            0.25,
            OTHER_SOURCE,
            {**_fragility, "injury": estimate(0.0, "this stratum: no fall or lift")},
            "sudden_onset",
        ),
    ),
    "No pain severe at rest (U), no leg symptom (E), no cancer, steroids (with night pain: U) or faintness.",
)

FRACTURE_REST = _cohort(
    "fracture_fragility_severe_at_rest",
    "fracture",
    "Fragility fracture after a small fall, severe whatever position, built up over hours (fracture block: U)",
    "other",
    Tier.URGENT,
    (65, 95),
    (79.0, 7.0),
    (
        _stratum(
            "known osteoporosis",
            0.6,
            OTHER_SOURCE,
            {**_doctor_everyday(), **_est(HOLDOUT, upper_back=0.5, night_pain=0.5, night_still=0.7, dizzy=0.3)},
            "osteoporosis",
            "injury",
            "rest_pain",
        ),
        _stratum(
            "no known osteoporosis (fragile by age)",
            0.4,
            OTHER_SOURCE,
            {**_doctor_everyday(), **_est(HOLDOUT, upper_back=0.5, night_pain=0.5, night_still=0.7, dizzy=0.3)},
            "injury",
            "rest_pain",
        ),
    ),
    "Only those whose pain was not sudden and who have had a fracture like it before (a sudden start or 'unlike "
    "before' with rest pain at this age is block 5's E); no blood thinner (E with rest pain).",
)

ACS_EARLIER = _cohort(
    "acs_chest_pain_two_days_ago",
    "acs",
    "Chest pressure one to three days ago, none since yesterday (ACS block: U)",
    "other",
    Tier.URGENT,
    (45, 88),
    (66.0, 11.0),
    (
        _stratum(
            "pressure in the chest two days ago, now settled, back ache",
            0.6,
            OTHER_SOURCE,
            {**_home_everyday(), **_est(HOLDOUT, cold_sweat=0.3, nausea=0.3), "diabetes": estimate(0.25, HOLDOUT)},
            "chest_pain",
        ),
        _stratum(
            "tightness on exertion with pain between the shoulder blades, last two days",
            0.4,
            OTHER_SOURCE,
            {**_home_everyday(), **_est(HOLDOUT, cold_sweat=0.2), "diabetes": estimate(0.25, HOLDOUT)},
            "chest_pain",
            "upper_back",
        ),
    ),
    "No breathlessness, faintness, sudden start or rest pain (each E beside it here).",
)

PE_YOUNG = _cohort(
    "pe_breathless_alone_under_50",
    "pe",
    "PE under 50 with new breathlessness only (PE block: U)",
    "other",
    Tier.URGENT,
    (18, 49),
    (34.0, 9.0),
    (
        _stratum("on the pill or HRT", 0.5, OTHER_SOURCE, _home_everyday(), "breathless_new"),
        _stratum(
            "after a back operation last month",
            0.3,
            OTHER_SOURCE,
            _home_everyday(),
            "breathless_new",
            "recent_infection",
        ),
        _stratum("after a long journey", 0.2, OTHER_SOURCE, _home_everyday(), "breathless_new"),
    ),
    "Nothing else the PE or ACS blocks name: no pain on breathing in, blood, calf, chest or upper back pain, "
    "faintness, sweat or sudden start.",
)

ECTOPIC_EARLY = _cohort(
    "ectopic_unruptured",
    "ectopic",
    "Ectopic pregnancy before rupture: tummy pain, could be pregnant (ectopic block: U)",
    "other",
    Tier.URGENT,
    (16, 45),
    (29.0, 6.0),
    (
        _stratum(
            "knows she is pregnant, no scan yet",
            0.5,
            OTHER_SOURCE,
            {**_home_everyday(), **_est(HOLDOUT, abdominal_new=0.85, nausea=0.5, bladder_bowel=0.1)},
            "pregnant",
            "abdominal_pain",
        ),
        _stratum(
            "a late period, not sure",
            0.5,
            OTHER_SOURCE,
            {**_home_everyday(), **_est(HOLDOUT, abdominal_new=0.8, nausea=0.3, bladder_bowel=0.1)},
            "pregnant",
            "abdominal_pain",
        ),
    ),
    "Not sudden and severe, not faint (each E). Women.",
)

KIDNEY_INFECTION_U = _cohort(
    "kidney_infection_no_sepsis",
    "kidney_infection",
    "Kidney infection without a sepsis sign (block 11: U)",
    "other",
    Tier.URGENT,
    (18, 75),
    (45.0, 16.0),
    (
        _stratum(
            "cystitis gone up to the kidney",
            0.7,
            OTHER_SOURCE,
            {
                **_home_everyday(),
                **_est(HOLDOUT, bladder_bowel=0.8, recent_infection=0.45, abdominal_pain=0.5, abdominal_new=0.9),
                **_est(HOLDOUT, nausea=0.5),
                "pregnant": _aged(0.05, HOLDOUT, (55, 0.0)),
                "rest_pain": _aged(0.3, HOLDOUT + "; none from 50 (with new tummy pain: block 5's E)", (50, 0.0)),
            },
            "fever",
        ),
        _stratum(
            "no urinary symptoms noticed: fever and loin pain",
            0.3,
            OTHER_SOURCE,
            {
                **_home_everyday(),
                **_est(HOLDOUT, bladder_bowel=0.2, abdominal_pain=0.4, abdominal_new=0.9, nausea=0.4),
                "rest_pain": _aged(0.3, HOLDOUT + "; none from 50 (with new tummy pain: block 5's E)", (50, 0.0)),
            },
            "fever",
        ),
    ),
    "No sepsis sign, leg symptom, cancer, faintness, cold sweat or sudden tummy pain (each E beside a fever).",
)

KIDNEY_STONE_U = _cohort(
    "kidney_stone_eased",
    "kidney_stone",
    "Kidney stone, colic eased by painkillers, under 60 (block 11: U)",
    "other",
    Tier.URGENT,
    (20, 59),
    (42.0, 10.0),
    (
        _stratum(
            "a first stone",
            0.7,
            OTHER_SOURCE,
            {
                **_home_everyday(),
                **_est(
                    "block 11: colicky side pain into the groin, building over 20-30 minutes (estimate)",
                    abdominal_pain=0.6,
                    abdominal_new=1.0,
                    sudden_onset=0.3,
                    nausea=0.6,
                    cold_sweat=0.3,
                    bladder_bowel=0.4,
                    unlike_before=0.8,
                ),
            },
            "abdominal_pain",
        ),
        _stratum(
            "a known stone former, another one",
            0.3,
            OTHER_SOURCE,
            {
                **_home_everyday(),
                **_est(
                    "block 11 (estimate)",
                    abdominal_pain=0.5,
                    abdominal_new=0.3,
                    sudden_onset=0.3,
                    nausea=0.5,
                    cold_sweat=0.2,
                    bladder_bowel=0.3,
                    unlike_before=0.1,
                ),
            },
            "abdominal_pain",
        ),
    ),
    "Side pain into the groin taken as tummy pain (certain here; in life a few would say no). No fever, no pain "
    "severe at rest, no tummy pain that came on suddenly and severely (each E): in life about half of renal colic "
    "would say yes to that.",
)

OTHER_COHORTS: tuple[Cohort, ...] = (
    CES_EARLY,
    MSCC_EARLY,
    INFECTION_EARLY,
    FRACTURE_EASING,
    FRACTURE_REST,
    ACS_EARLIER,
    PE_YOUNG,
    ECTOPIC_EARLY,
    KIDNEY_INFECTION_U,
    KIDNEY_STONE_U,
)


# --- Look-alikes: the ordinary reason for each discriminating yes ------------------------------------------

LOOK_SOURCE = "the notes' grade for this ordinary cause"


def _look(
    id: str,
    condition: str,
    title: str,
    tier: Tier,
    ages: tuple[int, int],
    spread: tuple[float, float],
    rates: Mapping[str, Rate],
    certain: Sequence[str],
    about: str,
) -> Cohort:
    return _cohort(id, condition, title, "look-alike", tier, ages, spread, _all(LOOK_SOURCE, rates, *certain), about)


URGE_LEAKS = _look(
    "ces_urge_leaks_urine_infection",
    "ces",
    "Urge leaks and frequency from a urine infection, no fever (CES block: D)",
    Tier.DOCTOR,
    (18, 85),
    (48.0, 18.0),
    {
        **_doctor_everyday(),
        **_misjudged(bladder_hard_to_start=0.06, bladder_lost_feeling=0.03),
        **_est(HOLDOUT, recent_infection=0.4, nausea=0.15),
        "night_pain": estimate(0.0, "left out: a recent infection with night pain is U (infection block)"),
    },
    ("bladder_bowel",),
    "Suprapubic ache left out: the notes do not grade usual tummy pain alone. No leg symptom (with a new bladder "
    "change: U or E); no night pain (with the infection: U).",
)

DIARRHOEA = _look(
    "ces_diarrhoea",
    "ces",
    "Diarrhoea: a new bowel problem (CES block: D)",
    Tier.DOCTOR,
    (18, 80),
    (40.0, 15.0),
    {
        **_doctor_everyday(),
        **_misjudged(bladder_lost_feeling=0.04, bladder_hard_to_start=0.01, recent_infection=0.03),
        **_est(HOLDOUT, nausea=0.5, dizzy=0.3),
    },
    ("bladder_bowel",),
    "Cramps left out: the notes do not grade usual tummy pain alone. No faintness (U), no fever (U).",
)

CODEINE_CONSTIPATION = _look(
    "ces_codeine_constipation",
    "ces",
    "Constipated on codeine for a back strain: a new bowel problem (CES block: new change alone D)",
    Tier.DOCTOR,
    (20, 75),
    (45.0, 14.0),
    {
        **_doctor_everyday(),
        **_misjudged(bladder_hard_to_start=0.05, bladder_lost_feeling=0.02),
        **_est(HOLDOUT, nausea=0.4, dizzy=0.3),
    },
    ("bladder_bowel",),
    "No leg symptom: codeine for sciatica with a new bowel change is U (CES block).",
)

PROSTATE = _look(
    "ces_long_standing_prostate",
    "ces",
    "Years of a weak flow from the prostate, an ordinary back (CES block: not a yes)",
    Tier.HOME,
    (55, 69),
    (62.0, 4.0),
    {
        **_home_everyday(),
        **_misjudged(bladder_bowel=0.08),
        "bladder_hard_to_start": estimate(0.9, "given a misjudged yes to 'new': his usual weak flow"),
        "bladder_lost_feeling": estimate(0.05, MISJUDGED),
    },
    (),
    "Men. The notes: long-standing leaks or prostate symptoms are not a yes to a new problem.",
)

STENOSIS = _look(
    "ces_stable_stenosis",
    "ces",
    "Stable spinal stenosis: years of aching, numb legs on walking (CES block: D)",
    Tier.DOCTOR,
    (60, 88),
    (72.0, 7.0),
    {
        **_doctor_everyday(),
        **_est(
            HOLDOUT,
            leg_below_knee=0.6,
            leg_numb=0.6,
            legs_both=0.9,
            not_improving=0.7,
            night_pain=0.3,
            night_still=0.15,
            dizzy=0.3,
        ),
        **_misjudged(legs_worse=0.1),
    },
    ("leg_symptoms",),
    "No weakness (ungraded alone), no fall, sudden start, rest pain, cancer, blood thinner, steroids or infection: "
    "each, beside a nerve symptom or at this age, raises the grade.",
)

ACHING_THIGHS = _look(
    "ces_aching_thighs",
    "ces",
    "Aching thighs from a back strain (CES block: D)",
    Tier.DOCTOR,
    (20, 64),
    (40.0, 12.0),
    {**_doctor_everyday(), **_misjudged(leg_numb=0.04), **_est(HOLDOUT, legs_both=0.8, legs_worse=0.5)},
    ("leg_symptoms",),
    "Pain in the thighs only: nothing below the knee, no weakness.",
)

ONE_SIDED_SCIATICA = _look(
    "ces_one_sided_sciatica",
    "ces",
    "Ordinary sciatica in one leg, below the knee, tingling (article: D)",
    Tier.DOCTOR,
    (22, 64),
    (42.0, 10.0),
    {
        **_doctor_everyday(),
        **_est(HOLDOUT, leg_numb=0.5, not_improving=0.35, night_pain=0.5, night_still=0.3),
        **_misjudged(legs_both=0.04),
        "legs_worse": estimate(0.6, "given a misjudged 'both': it is getting worse"),
    },
    ("leg_below_knee",),
    "The group that can progress to CES (notes): here it has not. No weakness, bladder change, cancer or risk.",
)

OLD_CANCER_SCIATICA = _look(
    "mscc_old_cancer_sciatica",
    "mscc",
    "Breast or bowel cancer decades ago, now ordinary one-sided sciatica (MSCC block: U)",
    Tier.URGENT,
    (45, 85),
    (64.0, 10.0),
    {
        **_home_everyday(),
        **_est(HOLDOUT, leg_numb=0.4, not_improving=0.4, nausea=0.2),
        **_misjudged(cancer_team=0.03, steadily_worse=0.08),
        "night_pain": estimate(0.2, HARDING + "; woken turning over only (night_still never)"),
    },
    ("cancer_history", "leg_below_knee"),
    "No metastatic pain feature (upper back, steadily worse, severe at rest, there lying still at night): with one "
    "it is E. No weakness; no lift at 65+ (fragility with a nerve symptom is E).",
)

SKIN_CANCER = _look(
    "mscc_skin_cancer_removed",
    "mscc",
    "A basal cell skin cancer removed years ago, an ordinary back (MSCC block: not a yes)",
    Tier.HOME,
    (50, 69),
    (60.0, 5.0),
    {
        **_home_everyday(),
        **_misjudged(cancer_history=0.08),
        "cancer_team": estimate(0.05, "given a misjudged cancer yes: a dermatology follow-up"),
    },
    (),
    "The question excludes skin cancer that wasn't melanoma; some still say yes.",
)

APIXABAN_STRAIN = _look(
    "spinal_bleed_easing_strain_on_apixaban",
    "spinal_bleed",
    "On apixaban, the back 'went' days ago lifting and is easing, no nerve symptom (bleed block: D)",
    Tier.DOCTOR,
    (55, 90),
    (74.0, 9.0),
    {
        **_doctor_everyday(),
        **_est(HOLDOUT, injury=0.7, unlike_before=0.2, dizzy=0.3, night_still=0.15),
        **_misjudged(rest_pain=0.05, steadily_worse=0.03),
        "osteoporosis": _aged(0.05, HOLDOUT, (65, 0.15)),
    },
    ("blood_thinner", "sudden_onset"),
    "The back 'went': at its worst within a minute. No leg symptom: a weak or numb leg on a blood thinner is E.",
)

LIFT_65 = _look(
    "fracture_lift_at_65_plus",
    "fracture",
    "A lift at 65+, muscular pain easing lying down (fracture block: D)",
    Tier.DOCTOR,
    (65, 88),
    (72.0, 5.0),
    {
        **_doctor_everyday(),
        **_est(HOLDOUT, osteoporosis=0.15, sudden_onset=0.35, unlike_before=0.2, dizzy=0.3, night_still=0.1),
        **_misjudged(rest_pain=0.04, serious_accident=0.01),
        "blood_thinner": derived(0.08, ANTICOAG),
    },
    ("injury",),
    "No leg symptom (fragility with a nerve symptom is E), no cancer (U).",
)

YOUNG_FALL = _look(
    "fracture_slip_under_65",
    "fracture",
    "Slipped on ice or knocked the back under 65, bruised (fracture block: not E)",
    Tier.HOME,
    (18, 64),
    (38.0, 13.0),
    {**_home_everyday(), **_misjudged(serious_accident=0.06)},
    ("injury",),
    "'A bad fall' read as their own by a few: estimate.",
)

DIZZY = _look(
    "aaa_everyday_dizziness",
    "aaa",
    "Everyday dizziness: light-headed on standing, spinning (AAA block: nothing alone)",
    Tier.HOME,
    (20, 64),
    (45.0, 12.0),
    {
        **_home_everyday(),
        **_misjudged(faintness=0.08),
        "passed_out": estimate(0.05, "given a misjudged faintness yes"),
    },
    ("dizzy",),
    "Light-headedness on standing is read as 'about to faint' by some: estimate.",
)

USUAL_FLARE_60 = _look(
    "aaa_usual_flare_60_plus",
    "aaa",
    "A usual flare at 60+, severe whatever position, built up over a day (AAA block: U)",
    Tier.URGENT,
    (60, 85),
    (68.0, 6.0),
    {
        **_home_everyday(),
        **_est(
            HOLDOUT,
            not_improving=0.4,
            night_pain=0.6,
            night_still=0.5,
            leg_symptoms=0.3,
            leg_below_knee=0.5,
            leg_numb=0.2,
            legs_both=0.1,
            upper_back=0.15,
        ),
        **_misjudged(unlike_before=0.06, sudden_onset=0.03, cold_sweat=0.02),
        "injury": estimate(0.0, "no fall or lift here (fragility with a nerve symptom is E)"),
    },
    ("rest_pain",),
    "Not unlike before, not sudden (each E with rest pain at this age). No blood thinner (E with rest pain; 8% at "
    "65+ in life), cancer or known aneurysm.",
)

CODEINE_NAUSEA = _look(
    "acs_codeine_nausea",
    "acs",
    "Feeling sick on codeine (ACS block: nausea alone counts for nothing)",
    Tier.HOME,
    (20, 64),
    (44.0, 12.0),
    {**_home_everyday(), **_misjudged(cold_sweat=0.04, faintness=0.02), "dizzy": estimate(0.35, HOLDOUT)},
    ("nausea",),
    "Not yet constipated (that is its own look-alike).",
)

ASTHMA = _look(
    "acs_usual_asthma",
    "acs",
    "Usual asthma, no more breathless than normal (ACS block: not a yes)",
    Tier.HOME,
    (18, 64),
    (40.0, 13.0),
    {
        **_home_everyday(),
        **_misjudged(breathless=0.1),
        "breathless_new": estimate(0.3, "given a misjudged breathless yes: a wheezy few days"),
        "breathing_pain": estimate(0.1, "given a misjudged breathless yes"),
    },
    (),
    "",
)

RIB_STRAIN = _look(
    "pe_rib_strain_catching_on_breath",
    "pe",
    "A rib or side strain that catches on a deep breath (PE block: nothing alone)",
    Tier.HOME,
    (18, 64),
    (40.0, 13.0),
    {
        **_home_everyday(),
        **_est(HOLDOUT, injury=0.6),
        **_misjudged(breathless=0.06, chest_pain=0.05),
        "breathless_new": estimate(0.9, "given a misjudged breathless yes: since the strain"),
        "breathing_pain": estimate(1.0, "given a breathless yes: it does catch on breathing in"),
        "chest_pain_recent": estimate(0.9, "given a misjudged chest pain yes"),
    },
    (),
    "Low on the side, not between the shoulder blades (that is D).",
)

LIFTING_STRAIN = _look(
    "dissection_sudden_lifting_strain",
    "dissection",
    "A lifting strain that came on at once and eases lying still (dissection block: D)",
    Tier.DOCTOR,
    (25, 64),
    (44.0, 11.0),
    {
        **_doctor_everyday(),
        **_est(HOLDOUT, unlike_before=0.3, leg_symptoms=0.2, leg_below_knee=0.6, night_still=0.1),
        **_misjudged(rest_pain=0.06),
    },
    ("sudden_onset", "injury"),
    "No blood thinner (asked after a sudden start) and no numb or weak leg.",
)

YOUNG_SPASM = _look(
    "dissection_acute_spasm_under_50",
    "dissection",
    "Under 50, an acute disc or muscle spasm: sudden, severe whatever position (dissection block: U)",
    Tier.URGENT,
    (20, 49),
    (33.0, 8.0),
    {
        **_home_everyday(),
        **_est(
            HOLDOUT,
            injury=0.5,
            leg_symptoms=0.35,
            leg_below_knee=0.5,
            leg_numb=0.3,
            unlike_before=0.5,
            night_pain=0.5,
            night_still=0.4,
        ),
        **_misjudged(cold_sweat=0.03),
    },
    ("sudden_onset", "rest_pain"),
    "Nothing else the dissection block names: no upper back, chest, faintness, tummy pain or breathlessness.",
)

FLU = _look(
    "spinal_infection_flu",
    "spinal_infection",
    "Flu with back ache, no sepsis sign (infection block: U)",
    Tier.URGENT,
    (18, 80),
    (45.0, 17.0),
    {
        **_home_everyday(),
        **_est(HOLDOUT, nausea=0.3, dizzy=0.3, cold_sweat=0.1, leg_symptoms=0.25),
        **_misjudged(
            sepsis_breathing=0.04, sepsis_confused=0.02, recent_infection=0.15, leg_weak=0.03, breathless=0.05
        ),
        "breathless_new": estimate(1.0, "given a misjudged breathless yes: since the flu"),
        "legs_both": estimate(0.8, "given a misjudged weak leg: both legs feel weak"),
        "legs_worse": estimate(0.8, "given the above"),
        "immune_medicines": data(0.012, OVERMAN),
        "rest_pain": _aged(0.2, HOLDOUT + "; none from 50 (with a sweat: block 5's E)", (50, 0.0)),
    },
    ("fever",),
    "Aching thighs only. No cancer (fever under a cancer team is E).",
)

COLD = _look(
    "spinal_infection_a_cold",
    "spinal_infection",
    "A cold last month (not a bacterial infection), an ordinary back (infection block: not a yes)",
    Tier.HOME,
    (18, 64),
    (40.0, 13.0),
    {**_home_everyday(), **_misjudged(recent_infection=0.12)},
    (),
    "",
)

PAST_INJECTING = _look(
    "spinal_infection_injected_years_ago",
    "spinal_infection",
    "Injected drugs years ago, in recovery, ordinary back pain (infection block: D)",
    Tier.DOCTOR,
    (25, 64),
    (42.0, 10.0),
    {
        **_home_everyday(),
        **_est(HOLDOUT, leg_symptoms=0.4, leg_below_knee=0.6, not_improving=0.3, upper_back=0.1),
        **_misjudged(iv_recent=0.03),
        "night_pain": estimate(0.0, "left out: a risk with night pain is U"),
    },
    ("iv_drug_use",),
    "No night pain, steadily worse or rest pain (each U with a risk), no numb or weak leg.",
)

STEROID_TABLETS = _look(
    "spinal_infection_steroid_tablets",
    "spinal_infection",
    "On prednisolone for polymyalgia or arthritis, an ordinary back (infection block: other risk alone D)",
    Tier.DOCTOR,
    (50, 85),
    (68.0, 9.0),
    {
        **_est(
            HOLDOUT,
            osteoporosis=0.25,
            injury=0.2,
            sudden_onset=0.1,
            diabetes=0.2,
            dizzy=0.25,
            nausea=0.1,
            upper_back=0.1,
            not_improving=0.3,
        )
    },
    ("immune_medicines",),
    "No night pain, rest pain or steadily worse (each U with a risk), no leg symptom, fever or infection.",
)

INHALER = _look(
    "spinal_infection_steroid_inhaler",
    "spinal_infection",
    "A steroid inhaler or cream, an ordinary back (infection block: not a yes)",
    Tier.HOME,
    (18, 64),
    (40.0, 13.0),
    {**_home_everyday(), **_misjudged(immune_medicines=0.05)},
    (),
    "The question says tablets; a few still say yes.",
)

NIGHT_TURNING = _look(
    "article_woken_turning_over",
    ARTICLE,
    "Woken by turning over, fine lying still (notes: the ordinary form of night pain)",
    Tier.HOME,
    (20, 64),
    (42.0, 12.0),
    {**_home_everyday(), **_misjudged(night_still=0.1)},
    ("night_pain",),
    "",
)

POSTURAL_UPPER_BACK = _look(
    "article_postural_upper_back",
    ARTICLE,
    "Pain between the shoulder blades from a desk and a phone (upper back alone: D)",
    Tier.DOCTOR,
    (20, 64),
    (38.0, 11.0),
    _doctor_everyday(),
    ("upper_back",),
    "No breathlessness, chest pain or sudden start (each raises upper back pain).",
)

WEIGHT_LOSS = _look(
    "article_weight_loss_low_mood",
    ARTICLE,
    "Lost weight off their food with pain, low mood or stress (weight loss alone: D)",
    Tier.DOCTOR,
    (25, 69),
    (45.0, 12.0),
    _doctor_everyday(),
    ("weight_loss",),
    "No cancer (U) and no lump (U).",
)

NOT_IMPROVING = _look(
    "article_weeks_without_improving",
    ARTICLE,
    "Ordinary back pain lasting weeks without getting better (article: D)",
    Tier.DOCTOR,
    (25, 69),
    (46.0, 12.0),
    {
        **_doctor_everyday(),
        **_est(HOLDOUT, night_pain=0.4, leg_symptoms=0.4, leg_below_knee=0.5, leg_numb=0.3),
    },
    ("not_improving",),
    "One-sided leg symptoms at most; no weakness.",
)

LOOK_ALIKE_COHORTS: tuple[Cohort, ...] = (
    URGE_LEAKS,
    DIARRHOEA,
    CODEINE_CONSTIPATION,
    PROSTATE,
    STENOSIS,
    ACHING_THIGHS,
    ONE_SIDED_SCIATICA,
    OLD_CANCER_SCIATICA,
    SKIN_CANCER,
    APIXABAN_STRAIN,
    LIFT_65,
    YOUNG_FALL,
    DIZZY,
    USUAL_FLARE_60,
    CODEINE_NAUSEA,
    ASTHMA,
    RIB_STRAIN,
    LIFTING_STRAIN,
    YOUNG_SPASM,
    FLU,
    COLD,
    PAST_INJECTING,
    STEROID_TABLETS,
    INHALER,
    NIGHT_TURNING,
    POSTURAL_UPPER_BACK,
    WEIGHT_LOSS,
    NOT_IMPROVING,
)

# The notes' own list of look-alikes (How to measure, 1): a test holds that each is here.
NOTES_LOOK_ALIKES: Mapping[str, str] = MappingProxyType(
    {
        "urge leaks": URGE_LEAKS.id,
        "diarrhoea": DIARRHOEA.id,
        "dizziness": DIZZY.id,
        "codeine nausea": CODEINE_NAUSEA.id,
        "old cancer with sciatica": OLD_CANCER_SCIATICA.id,
        "easing strain on apixaban": APIXABAN_STRAIN.id,
        "stenosis": STENOSIS.id,
        "a lift at 65+": LIFT_65.id,
    }
)

HOLDOUT_COHORTS: tuple[Cohort, ...] = EMERGENCY_COHORTS + OTHER_COHORTS + LOOK_ALIKE_COHORTS
