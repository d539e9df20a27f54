"""A fresh set of condition cohorts for the population model, written from the fourth pass's condition blocks
(the triage notes, "Fourth pass: the can't-miss conditions") by someone who has not read the skill's rules.

Three kinds, as in tools/cohorts.py: an **emergency** cohort per condition, in strata at the shares the block gives
for the typical and the atypical presentations; the condition's presentations that are **other** than emergencies,
at the tier the block gives; and **look-alikes**, the ordinary reason for each discriminating yes.

How the rates are chosen:
- An emergency cohort gives a rate to every fact (a test holds it): a person with a burst aneurysm may also have old
  sciatica, diabetes or a blood thinner. The risk facts come from the published figures the notes cite (``_RISKS``),
  raised where the block's "Who" line says so.
- A look-alike or other cohort has its defining fact certain; another discriminating question is answered yes at the
  rate at which such a person takes it as theirs (stated as an estimate). A background fact that would, with the
  defining one, change the right tier by the block's own verdict (cancer with a both-legs yes, a blood thinner with
  severe pain at rest) is left out, so the cohort's tier stays true of every person in it.
- A bare number is an estimate from the condition's block (``_rates``); where the block gives a figure, the rate or
  the stratum's share says so. A stratum's source says where its share comes from, and "estimate" when the notes give
  none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from skill.core.signs import Tier
from tools.cohorts import Cohort, Rate, Stratum, _rates, data, derived, estimate

R = Rate | float
Layer = Mapping[str, R]

# --- Published background rates (the notes' "How to measure", item 2) --------------------------------------------

NHIS = "NHIS (CDC National Diabetes Statistics Report): diagnosed diabetes about 3% under 45, 12% at 45-64, 21% at 65+"
ACS_NCI = "ACS/NCI Cancer Treatment and Survivorship Statistics 2022: cancer survivors about 5% of adults, 21% at 65+"
LANSKY = "Lansky, PLoS One 2014: ever injected drugs 2.6% of adults, in the past year 0.3%"
OVERMAN = "Overman 2013: oral steroids 1.2% of adults"
YARDLEY = "Yardley; Neuhauser 2008: dizziness in the past month 23% of adults"
HARDING = "Harding, Spine 2005: night pain in 44% of back pain, most of it on turning"
HILL = "Hill, Spine 2011: leg pain 61% of primary-care back pain; Hider 2015: below the knee 34-38%"

DIABETES = data(0.03, NHIS, ((45, 0.12), (65, 0.21)))
CANCER_EVER = estimate(
    0.02, ACS_NCI + "; split under 65 estimated: about 2% under 50, 8% at 50-64", ((50, 0.08), (65, 0.21))
)
CANCER_TEAM_NOW = estimate(0.15, "share of cancer survivors under a cancer team now (treatment or early follow-up)")
IV_EVER = data(0.026, LANSKY)
IV_LAST_YEAR = derived(0.115, LANSKY + ": 0.3% / 2.6% = 11.5% of those who ever did")
STEROID_TABLETS = data(0.012, OVERMAN)
ANTICOAGULANT = estimate(
    0.01,
    "notes: about 8% at 65+ (AF prevalence x share treated); 1% under 50 and 3% at 50-64 estimated",
    ((50, 0.03), (65, 0.08)),
)
ANTICOAGULANT_65 = data(0.08, "notes, How to measure: anticoagulants about 8% at 65+ (AF prevalence x share treated)")
OSTEOPOROSIS_TOLD = estimate(
    0.005,
    "told of osteoporosis, mixed sexes: about 5% at 50-64, 12% at 65+ (women several times men)",
    ((50, 0.05), (65, 0.12)),
)
ANEURYSM_TOLD = estimate(
    0.0, "told of an aortic aneurysm: about 0.5% at 65+ (screening finds about 1 in 100 men)", ((65, 0.005),)
)
COULD_BE_PREGNANT = estimate(
    0.04, "mixed sexes: about half women, of whom about 8% could be pregnant at 16-49; none from 50", ((50, 0.0),)
)
EVERYDAY_DIZZY = data(0.23, YARDLEY)

# The risk facts of any adult, at the published rates; a cohort raises those its block's "Who" line names.
_RISKS: Layer = {
    "diabetes": DIABETES,
    "cancer_history": CANCER_EVER,
    "cancer_team": CANCER_TEAM_NOW,
    "iv_drug_use": IV_EVER,
    "iv_recent": IV_LAST_YEAR,
    "immune_medicines": STEROID_TABLETS,
    "blood_thinner": ANTICOAGULANT,
    "osteoporosis": OSTEOPOROSIS_TOLD,
    "aortic_aneurysm": ANEURYSM_TOLD,
    "pregnant": COULD_BE_PREGNANT,
    "dizzy": EVERYDAY_DIZZY,
}
# What a look-alike keeps of them: the facts that change no tier alone or with an ordinary back.
_EVERYDAY: Layer = {"diabetes": DIABETES, "dizzy": EVERYDAY_DIZZY}

SEPSIS_SIGNS = ("sepsis_confused", "sepsis_breathing", "sepsis_skin", "sepsis_no_pee")


# --- Fact groups: a question and its follow-ups together ----------------------------------------------------------


def _f(**rates: R) -> dict[str, R]:
    return rates


def _chest(pain: R, since_yesterday: R = 0.0) -> dict[str, R]:
    return _f(chest_pain=pain, chest_pain_recent=since_yesterday)


def _breath(breathless: R, new: R = 0.0, catch: R = 0.0, blood: R = 0.0, calf: R = 0.0) -> dict[str, R]:
    return _f(breathless=breathless, breathless_new=new, breathing_pain=catch, coughed_blood=blood, calf_swollen=calf)


def _faint(faint: R, passed_out: R = 0.0) -> dict[str, R]:
    return _f(faintness=faint, passed_out=passed_out)


def _injury(injury: R, serious: R = 0.0) -> dict[str, R]:
    return _f(injury=injury, serious_accident=serious)


def _bladder(new: R, hard_to_start: R = 0.0, lost_feeling: R = 0.0, saddle: R = 0.0) -> dict[str, R]:
    return _f(
        bladder_bowel=new,
        bladder_hard_to_start=hard_to_start,
        bladder_lost_feeling=lost_feeling,
        saddle_numbness=saddle,
    )


def _cancer(ever: R, team: R = 0.0) -> dict[str, R]:
    return _f(cancer_history=ever, cancer_team=team)


def _infection(fever: R, recent: R, confused: R = 0.0, fast: R = 0.0, skin: R = 0.0, no_pee: R = 0.0) -> dict[str, R]:
    return _f(
        fever=fever,
        recent_infection=recent,
        sepsis_confused=confused,
        sepsis_breathing=fast,
        sepsis_skin=skin,
        sepsis_no_pee=no_pee,
    )


def _injecting(ever: R, last_year: R = 0.0) -> dict[str, R]:
    return _f(iv_drug_use=ever, iv_recent=last_year)


def _legs(any_leg: R, below_knee: R = 0.0, numb: R = 0.0, weak: R = 0.0, both: R = 0.0, worse: R = 0.0) -> dict[str, R]:
    return _f(
        leg_symptoms=any_leg, leg_below_knee=below_knee, leg_numb=numb, leg_weak=weak, legs_both=both, legs_worse=worse
    )


def _tummy(pain: R, new: R = 0.0, sudden: R = 0.0) -> dict[str, R]:
    return _f(abdominal_pain=pain, abdominal_new=new, abdominal_sudden=sudden)


def _night(pain: R, still: R = 0.0) -> dict[str, R]:
    return _f(night_pain=pain, night_still=still)


def _stratum(name: str, share: float, source: str, *layers: Layer) -> Stratum:
    """One presentation: its layers of rates merged, a later layer's rate standing over an earlier one's."""
    merged: dict[str, R] = {}
    for layer in layers:
        merged.update(layer)
    return Stratum(name, share, _rates(**merged), source)


def _kinds(
    name: str, share: float, source: str, base: Layer, kinds: Sequence[tuple[str, float, Layer]]
) -> tuple[Stratum, ...]:
    """A presentation in kinds, each certain of what defines it, its share split by the kinds' weights (summing to 1),
    so nobody in it lacks what defines it (tools.cohorts._each_of, with weights and follow-ups' parents)."""
    return tuple(_stratum(f"{name}: {label}", share * weight, source, base, rates) for label, weight, rates in kinds)


def _each_sepsis_sign(**others: R) -> list[tuple[str, float, Layer]]:
    """One kind per sepsis sign, that sign certain, the others at these rates (the weights even)."""
    return [(sign, 0.25, {**others, sign: 1.0}) for sign in SEPSIS_SIGNS]


def _cohort(
    id: str,
    condition: str,
    title: str,
    kind: str,
    tier: Tier,
    ages: tuple[int, int],
    spread: tuple[float, float],
    strata: Sequence[Stratum],
    about: str = "",
) -> Cohort:
    return Cohort(id, condition, title, kind, tier, ages, tuple(strata), spread, about)


# ================================================================================================================
# Emergency cohorts: the right tier for everyone in them is EMERGENCY.
# ================================================================================================================

# --- 1. Cauda equina syndrome -----------------------------------------------------------------------------------

_CES: Layer = {
    **_RISKS,
    **_chest(0.02, 0.5),
    **_breath(0.03, new=0.5, catch=0.2),
    **_faint(0.03, 0.2),
    **_injury(0.25),  # a lift or a bend set the disc off
    **_infection(0.02, 0.03),
    **_tummy(0.12, new=0.8, sudden=0.1),  # a full bladder felt low in the tummy
    **_night(0.5, 0.4),
    **_legs(1.0, below_knee=0.85, numb=0.65, weak=0.45),
    **_f(
        cold_sweat=0.03,
        nausea=0.15,  # pain and codeine
        sudden_onset=0.1,
        rest_pain=0.45,
        unlike_before=0.6,
        upper_back=0.05,
        steadily_worse=0.5,
        lump=0.01,
        weight_loss=0.03,
        not_improving=0.45,  # weeks of sciatica first
    ),
}
_CES_BLADDER_OR_SADDLE: list[tuple[str, float, Layer]] = [
    ("saddle numbness", 0.45, {**_bladder(0.6, hard_to_start=0.55, lost_feeling=0.45), "saddle_numbness": 1.0}),
    ("hard to start peeing", 0.35, _bladder(1.0, hard_to_start=1.0, lost_feeling=0.4, saddle=0.5)),
    ("lost the feeling of the bladder", 0.20, _bladder(1.0, hard_to_start=0.5, lost_feeling=1.0, saddle=0.5)),
]

FRESH_CES = _cohort(
    "fresh_ces_emergency",
    "ces",
    "Cauda equina syndrome: saddle numbness, a bladder sign or both legs",
    "emergency",
    Tier.EMERGENCY,
    (18, 80),
    (43.0, 12.0),
    [
        _stratum(
            "both legs, with saddle numbness or a bladder sign (typical)",
            0.35,
            "block 1 presentations (sciatica in one, then both legs; saddle; bladder); share estimated",
            _CES,
            _legs(1.0, below_knee=0.85, numb=0.7, weak=0.5, both=1.0, worse=0.95),
            _bladder(0.85, hard_to_start=0.7, lost_feeling=0.55, saddle=0.75),
        ),
        *_kinds(
            "starting one-sided: sciatica in one leg",
            0.45,
            "block 1: 'often starts one-sided' (no share given: 45% estimated)",
            _CES,
            _CES_BLADDER_OR_SADDLE,
        ),
        *_kinds(
            "bladder or saddle first, little leg pain",
            0.10,
            "block 1 presentations; central disc with back pain only: share estimated",
            {**_CES, **_legs(0.3, below_knee=0.6, numb=0.5, weak=0.3, both=0.3, worse=0.9), "not_improving": 0.3},
            _CES_BLADDER_OR_SADDLE,
        ),
        _stratum(
            "both legs new or worse, before any bladder or saddle change",
            0.10,
            "block 1: both legs new or worse; the early stage before the bladder: share estimated",
            _CES,
            _legs(1.0, below_knee=0.85, numb=0.6, weak=0.45, both=1.0, worse=1.0),
            _bladder(0.1, hard_to_start=0.3, lost_feeling=0.2),
        ),
    ],
    about="GIRFT 2023: disc prolapse, mostly 30-50; ages as a normal spread about 43.",
)

# --- 2. Metastatic spinal cord compression ------------------------------------------------------------------------

_MSCC: Layer = {
    **_RISKS,
    **_chest(0.15, 0.8),  # a band round the chest, felt as pressure or tightness
    **_breath(0.2, new=0.3, catch=0.2, blood=0.05, calf=0.05),  # lung cancer's own breathlessness, mostly not new
    **_faint(0.05, 0.2),
    **_injury(0.1),
    **_infection(0.04, 0.05),
    **_tummy(0.1, new=0.7, sudden=0.1),
    **_night(0.75, 0.75),
    **_legs(1.0, below_knee=0.35, numb=0.6, weak=0.75, both=0.65, worse=0.95),
    **_bladder(0.35, hard_to_start=0.7, lost_feeling=0.4, saddle=0.15),
    **_f(
        cold_sweat=0.05,
        nausea=0.25,
        sudden_onset=0.1,
        rest_pain=0.6,
        unlike_before=0.8,
        upper_back=estimate(0.6, "thoracic spine in about 60-70% of MSCC (the block: between the shoulder blades)"),
        osteoporosis=0.05,
        steadily_worse=0.8,
        lump=0.03,
        weight_loss=0.35,
        not_improving=0.8,  # weeks of pain first
        blood_thinner=0.1,  # clots with cancer
        immune_medicines=0.2,
    ),
}

FRESH_MSCC = _cohort(
    "fresh_mscc_emergency",
    "mscc",
    "Spinal cord compression from cancer, with nerve symptoms in the legs",
    "emergency",
    Tier.EMERGENCY,
    (30, 95),
    (66.0, 11.0),
    [
        _stratum(
            "known cancer, under a cancer team now",
            0.45,
            "block 2: about 3 in 4 have known cancer (data); the split by a team now estimated",
            _MSCC,
            _cancer(1.0, 1.0),
            {"immune_medicines": 0.35},  # chemotherapy, dexamethasone
        ),
        _stratum(
            "cancer treated before, not under a team now",
            0.30,
            "block 2: about 3 in 4 have known cancer (data); relapse after treatment ended estimated 30%",
            _MSCC,
            _cancer(1.0, 0.0),
            {"immune_medicines": 0.05},
        ),
        _stratum(
            "no known cancer: compression is its first sign",
            0.25,
            "block 2: about 1 in 4 has no known cancer (data)",
            _MSCC,
            _cancer(0.0),
            {"weight_loss": 0.45, "immune_medicines": 0.02},
        ),
    ],
    about="Breast, prostate, lung, kidney, myeloma; weeks of pain first, then heavy or weak legs, bladder late.",
)

# --- 3. Spinal infection and sepsis -----------------------------------------------------------------------------

_INFECTION: Layer = {
    **_RISKS,
    **_chest(0.03, 0.5),
    **_breath(0.1, new=0.8, catch=0.2),
    **_faint(0.05, 0.2),
    **_injury(0.1),
    **_infection(0.5, 0.45, confused=0.05, fast=0.1, skin=0.03, no_pee=0.05),
    **_tummy(0.1, new=0.9, sudden=0.1),
    **_night(0.7, 0.8),
    **_legs(0.3, below_knee=0.5, numb=0.3, weak=0.2, both=0.3, worse=0.9),
    **_bladder(0.05, hard_to_start=0.3, lost_feeling=0.3),
    **_injecting(0.2, 0.75),
    **_f(
        cold_sweat=0.2,
        nausea=0.3,
        sudden_onset=0.05,
        rest_pain=0.75,
        unlike_before=0.8,
        upper_back=0.25,  # thoracic abscess or discitis
        steadily_worse=0.85,
        lump=0.05,
        weight_loss=0.1,
        not_improving=0.35,
        diabetes=0.35,
        immune_medicines=0.12,
    ),
}
_DEFICIT: Layer = {
    **_legs(1.0, below_knee=0.5, numb=0.6, weak=0.75, both=0.5, worse=0.95),
    **_bladder(0.4, hard_to_start=0.6, lost_feeling=0.5, saddle=0.25),
}
_INFECTION_RISKS: list[tuple[str, float, Layer]] = [
    ("after a recent infection, back operation or injection", 0.4, {"recent_infection": 1.0}),
    ("injects drugs", 0.2, _injecting(1.0, 0.8)),
    ("diabetes", 0.3, {"diabetes": 1.0}),
    ("immune-lowering medicines", 0.1, {"immune_medicines": 1.0}),
]
_SEPSIS_OTHERS = _f(sepsis_confused=0.3, sepsis_breathing=0.5, sepsis_skin=0.15, sepsis_no_pee=0.25)

FRESH_SPINAL_INFECTION = _cohort(
    "fresh_spinal_infection_emergency",
    "spinal_infection",
    "Spinal abscess or discitis with a nerve deficit, or with sepsis",
    "emergency",
    Tier.EMERGENCY,
    (18, 92),
    (58.0, 15.0),
    [
        _stratum(
            "nerve deficit, with fever",
            0.35,
            "block 3: fever in a third to two thirds (about half, derived); deficit vs sepsis 70:30 estimated",
            _INFECTION,
            _DEFICIT,
            {"fever": 1.0},
        ),
        *_kinds(
            "nerve deficit, no fever (abscess without fever)",
            0.35,
            "block 3: fever in a third to two thirds, so about half without (derived); risk mix estimated",
            {**_INFECTION, **_DEFICIT, "fever": 0.0},
            _INFECTION_RISKS,
        ),
        *_kinds(
            "sepsis sign, with fever",
            0.25,
            "block 3: a sepsis sign (NICE NG51); share estimated",
            {**_INFECTION, "fever": 1.0},
            _each_sepsis_sign(**_SEPSIS_OTHERS),
        ),
        *_kinds(
            "sepsis sign, no fever, after a recent infection",
            0.05,
            "block 3: sepsis without fever, mostly older people: share estimated",
            {**_INFECTION, "fever": 0.0, "recent_infection": 1.0},
            _each_sepsis_sign(**_SEPSIS_OTHERS),
        ),
    ],
    about="Constant worsening pain at rest and at night; up to 75% missed at first (block 3).",
)

# --- 4. Vertebral fracture --------------------------------------------------------------------------------------

_SERIOUS_ACCIDENT: Layer = {
    **_RISKS,
    **_chest(0.1, 0.9),  # chest wall bruising
    **_breath(0.1, new=1.0, catch=0.7, blood=0.03, calf=0.02),
    **_faint(0.05, 0.3),
    **_injury(1.0, 1.0),
    **_infection(0.01, 0.02),
    **_tummy(0.1, new=1.0, sudden=0.5),
    **_night(0.2, 0.5),
    **_legs(0.1, below_knee=0.3),  # bruised buttock or thigh
    **_bladder(0.03, hard_to_start=0.3, lost_feeling=0.2),
    **_f(
        cold_sweat=0.05,
        nausea=0.2,
        sudden_onset=0.75,
        rest_pain=0.5,
        unlike_before=0.8,
        upper_back=0.35,  # the thoracolumbar junction
        steadily_worse=0.1,
        lump=0.05,  # swelling over the break
        weight_loss=0.0,
        not_improving=0.05,  # most ask within days
    ),
}

FRESH_FRACTURE_ACCIDENT = _cohort(
    "fresh_fracture_serious_accident",
    "fracture",
    "Traumatic vertebral fracture after a serious accident",
    "emergency",
    Tier.EMERGENCY,
    (18, 95),
    (45.0, 20.0),
    [
        _stratum(
            "car crash or bad fall, no nerve symptom",
            0.8,
            "block 4: traumatic, any age; without nerve symptoms estimated 80%",
            _SERIOUS_ACCIDENT,
        ),
        _stratum(
            "car crash or bad fall, with a nerve symptom in the legs",
            0.2,
            "block 4: traumatic; with nerve symptoms estimated 20%",
            _SERIOUS_ACCIDENT,
            _legs(1.0, below_knee=0.4, numb=0.6, weak=0.6, both=0.5, worse=0.95),
            _bladder(0.15, hard_to_start=0.5, lost_feeling=0.5, saddle=0.15),
        ),
    ],
)

_FRAGILITY_NERVE: Layer = {
    **_RISKS,
    **_chest(0.03, 0.5),
    **_breath(0.15, new=0.2, catch=0.3),  # older lungs: mostly not new
    **_faint(0.03, 0.3),
    **_infection(0.03, 0.05),
    **_tummy(0.08, new=0.8, sudden=0.2),
    **_night(0.3, 0.4),
    **_legs(1.0, below_knee=0.3, numb=0.6, weak=0.6, both=0.5, worse=0.95),
    **_bladder(0.1, hard_to_start=0.5, lost_feeling=0.4, saddle=0.05),
    **_f(
        cold_sweat=0.03,
        nausea=0.1,
        sudden_onset=0.7,
        rest_pain=0.5,
        unlike_before=0.7,
        upper_back=0.3,
        steadily_worse=0.3,
        lump=0.02,
        weight_loss=0.03,
        not_improving=0.3,
        blood_thinner=ANTICOAGULANT_65,
    ),
}

FRESH_FRACTURE_FRAGILITY_NERVE = _cohort(
    "fresh_fracture_fragility_nerve",
    "fracture",
    "Fragility fracture with a nerve symptom in the legs",
    "emergency",
    Tier.EMERGENCY,
    (65, 98),
    (79.0, 7.0),
    [
        _stratum(
            "known osteoporosis, a small fall or lift",
            0.4,
            "block 4: fragility + a nerve symptom; known osteoporosis share estimated",
            _FRAGILITY_NERVE,
            _injury(1.0),
            {"osteoporosis": 1.0},
        ),
        _stratum(
            "steroid tablets",
            0.1,
            "block 4: steroid tablets a fragility risk; share estimated",
            _FRAGILITY_NERVE,
            _injury(0.6),
            {"immune_medicines": 1.0, "osteoporosis": 0.3},
        ),
        _stratum(
            "no known osteoporosis, a fall or lift",
            0.3,
            "block 4: only about a third come to attention, so most are not told; share estimated",
            _FRAGILITY_NERVE,
            _injury(1.0),
            {"osteoporosis": 0.0},
        ),
        _stratum(
            "no known osteoporosis, sudden start on bending or coughing",
            0.2,
            "block 4: after a bend or cough, no injury; share estimated",
            _FRAGILITY_NERVE,
            _injury(0.0),
            {"osteoporosis": 0.0, "sudden_onset": 1.0},
        ),
    ],
    about="A second emergency cohort for block 4: its people are 65+, unlike the accident cohort's.",
)

# --- 5. Abdominal aortic aneurysm leak ----------------------------------------------------------------------------

_AAA: Layer = {
    **_RISKS,
    **_chest(0.05, 1.0),
    **_breath(0.15, new=0.4, catch=0.1),  # smokers' lungs
    **_injury(0.05),
    **_infection(0.02, 0.03),
    **_night(0.1, 1.0),
    **_legs(0.2, below_knee=0.3, numb=0.5, weak=0.4, both=0.4, worse=0.8),  # a cold or numb leg
    **_bladder(0.1, hard_to_start=0.1, lost_feeling=0.1),  # an urge to open the bowels
    **_f(
        cold_sweat=0.45,
        nausea=0.35,
        rest_pain=estimate(0.9, "block 5: severe constant pain, no position eases it"),
        unlike_before=0.85,
        upper_back=0.1,
        steadily_worse=0.4,
        lump=0.02,  # a pulsing swelling, felt in the tummy more than the back
        weight_loss=0.02,
        not_improving=0.02,
        dizzy=0.3,
        aortic_aneurysm=estimate(0.15, "ruptures in people already told (screening, surveillance): estimated"),
        diabetes=0.12,  # fewer than their age would give
        blood_thinner=ANTICOAGULANT_65,
        pregnant=0.0,
    ),
}

FRESH_AAA = _cohort(
    "fresh_aaa_leak",
    "aaa",
    "Leaking or burst abdominal aortic aneurysm",
    "emergency",
    Tier.EMERGENCY,
    (55, 95),
    (75.0, 8.0),
    [
        _stratum(
            "classic: sudden severe tummy and back pain, nearly fainting",
            0.4,
            "block 5: the classic triad in under half (40% estimated)",
            _AAA,
            _tummy(1.0, new=0.95, sudden=0.9),
            _faint(1.0, 0.35),
            {"sudden_onset": 0.8},
        ),
        _stratum(
            "like a kidney stone: side and back pain built over an hour",
            0.35,
            "block 5: 30-60% first misdiagnosed, most often as a kidney stone (35% estimated)",
            _AAA,
            _tummy(0.6, new=0.95, sudden=0.4),
            _faint(0.25, 0.3),
            {"sudden_onset": 0.3, "nausea": 0.5},
        ),
        _stratum(
            "back pain only: severe and constant, no tummy pain, no faintness",
            0.25,
            "block 5: pain in the back alone; no faintness or tummy pain (25% estimated)",
            _AAA,
            _tummy(0.0),
            _faint(0.0),
            {"sudden_onset": 0.45},
        ),
    ],
    about="Men 65+, smokers, high blood pressure; women 70+ (block 5).",
)

# --- 6. Aortic dissection ---------------------------------------------------------------------------------------

_DISSECTION: Layer = {
    **_RISKS,
    **_breath(0.15, new=0.9, catch=0.2, blood=0.01, calf=0.02),
    **_faint(data(0.09, "block 6: fainting 4-13% (IRAD)"), 0.5),
    **_injury(0.2),  # it comes during effort: a heavy lift
    **_infection(0.02, 0.03),
    **_tummy(data(0.35, "block 6: tummy pain a third or more (IRAD)"), new=0.95, sudden=0.8),
    **_night(0.05, 1.0),
    **_legs(0.15, below_knee=0.5, numb=0.6, weak=0.6, both=0.4, worse=0.9),  # a leg's blood supply cut off
    **_bladder(0.02, hard_to_start=0.3, lost_feeling=0.3),
    **_f(
        cold_sweat=0.45,
        nausea=0.3,
        sudden_onset=estimate(0.85, "block 6: abrupt onset in most (IRAD about 85%)"),
        rest_pain=0.85,
        unlike_before=0.9,
        upper_back=0.65,
        steadily_worse=0.2,
        lump=0.0,
        weight_loss=0.02,
        not_improving=0.02,
        dizzy=0.3,
    ),
}

FRESH_DISSECTION = _cohort(
    "fresh_dissection",
    "dissection",
    "Aortic dissection",
    "emergency",
    Tier.EMERGENCY,
    (25, 95),
    (63.0, 14.0),
    [
        _stratum(
            "sudden back pain with chest pain (typical)",
            0.67,
            "block 6: type B chest pain 71%; of the 95% with pain, 0.95 x 0.71 = 0.67 (derived)",
            _DISSECTION,
            _chest(1.0, 0.95),
        ),
        _stratum(
            "sudden tearing pain between the shoulder blades, no chest pain",
            0.28,
            "block 6: no chest pain in 29% of type B; 0.95 x 0.29 = 0.28 (derived)",
            _DISSECTION,
            _chest(0.0),
            {"upper_back": 0.8},
        ),
        _stratum(
            "painless or nearly so: fainting, breathlessness or a weak leg",
            0.05,
            "block 6: painless 4-6% (data); what they have instead estimated",
            _DISSECTION,
            _chest(0.05, 1.0),
            _faint(0.5, 0.5),
            _breath(0.35, new=0.9, catch=0.1),
            _legs(0.3, below_knee=0.5, numb=0.6, weak=0.7, both=0.4, worse=0.9),
            _tummy(0.05, new=1.0, sudden=0.5),
            {"sudden_onset": 0.1, "rest_pain": 0.1, "unlike_before": 0.3, "upper_back": 0.2, "cold_sweat": 0.3},
        ),
    ],
    about="High blood pressure (3 in 4), mean age 63 (block 6).",
)

# --- 7. Heart attack felt in the back --------------------------------------------------------------------------------

_ACS: Layer = {
    **_RISKS,
    **_faint(0.15, 0.2),
    **_injury(0.03),
    **_infection(0.03, 0.05),
    **_tummy(0.15, new=0.9, sudden=0.4),  # inferior heart attacks: pain high in the tummy
    **_night(0.1, 0.8),
    **_legs(0.15, below_knee=0.5, numb=0.6, weak=0.2, both=0.6, worse=0.15),  # old sciatica, diabetic feet
    **_bladder(0.02, hard_to_start=0.3, lost_feeling=0.2),
    **_f(
        sudden_onset=0.2,
        rest_pain=0.45,
        unlike_before=0.75,
        upper_back=0.55,
        steadily_worse=0.3,
        lump=0.0,
        weight_loss=0.02,
        not_improving=0.05,
        diabetes=estimate(0.3, "block 7 Who: diabetes; about 3 in 10 heart attacks (estimate)"),
        dizzy=0.3,
    ),
}

FRESH_ACS = _cohort(
    "fresh_acs",
    "acs",
    "Heart attack felt in the back",
    "emergency",
    Tier.EMERGENCY,
    (35, 95),
    (67.0, 12.0),
    [
        _stratum(
            "chest pain or pressure with the back pain",
            0.67,
            "block 7: no chest pain in a third (Canto 2000: 33%), so 67% with it (data)",
            _ACS,
            _chest(1.0, 0.92),
            _breath(0.5, new=0.9, catch=0.1, calf=0.03),
            {"cold_sweat": 0.5, "nausea": 0.35},
        ),
        _stratum(
            "no chest pain, breathless",
            0.17,
            "block 7: breathlessness the commonest without chest pain; half of the third estimated",
            _ACS,
            _chest(0.0),
            _breath(1.0, new=0.9, catch=0.1, calf=0.03),
            _faint(0.2, 0.2),
            {"cold_sweat": 0.35, "nausea": 0.35},
        ),
        _stratum(
            "no chest pain, not breathless: shoulder-blade pain with a cold sweat, sickness or light-headedness",
            0.16,
            "block 7 (third pass: no chest pain, a cold sweat or sickness); the rest of the third estimated",
            _ACS,
            _chest(0.0),
            _breath(0.0),
            _faint(0.25, 0.2),
            {"cold_sweat": 0.5, "nausea": 0.5, "upper_back": 0.7},
        ),
    ],
    about="Men 45+, women 55+ (no chest pain: women 42%, men 31%, Canto 2012); a mixed cohort at a third.",
)

# --- 8. Pulmonary embolism ----------------------------------------------------------------------------------------

_PE: Layer = {
    **_RISKS,
    **_faint(data(0.24, "block 8: fainting 22-26%"), 0.5),
    **_injury(0.05),
    # A low fever in some; when it is there, the fast breathing is a yes to "breathing very fast".
    **_infection(0.12, 0.08, confused=0.03, fast=0.4, skin=0.05, no_pee=0.02),
    **_tummy(0.05, new=1.0, sudden=0.3),
    **_night(0.1, 0.7),
    **_legs(0.3, below_knee=0.9, numb=0.1, weak=0.05, both=0.1, worse=0.9),  # the clot's calf: a yes to leg pain
    **_bladder(0.01, hard_to_start=0.2, lost_feeling=0.2),
    **_cancer(estimate(0.2, "block 8 Who: cancer; active cancer in about a fifth of PE (estimate)"), 0.7),
    **_f(
        cold_sweat=0.2,
        nausea=0.15,
        sudden_onset=0.25,
        rest_pain=0.3,
        unlike_before=0.6,
        upper_back=0.3,
        steadily_worse=0.2,
        lump=0.0,
        weight_loss=0.03,
        not_improving=0.05,
        blood_thinner=0.05,  # an earlier clot, treatment stopped or failing
        immune_medicines=0.03,
        pregnant=0.03,
        dizzy=0.3,
    ),
}
_PE_BREATH: dict[str, R] = {
    "breathless_new": 0.95,
    "coughed_blood": data(0.06, "block 8: coughing blood 5-7% (Miniati 2012)"),
    "calf_swollen": estimate(0.25, "block 8: one calf swollen or painful, about a quarter (estimate)"),
}

FRESH_PE = _cohort(
    "fresh_pe",
    "pe",
    "Pulmonary embolism with back pain",
    "emergency",
    Tier.EMERGENCY,
    (18, 95),
    (58.0, 18.0),
    [
        _stratum(
            "sudden breathlessness with pain catching on breathing in, or chest pain",
            0.45,
            "block 8: sudden breathlessness about 80% (data); split with the next estimated",
            _PE,
            {"breathless": 1.0, **_PE_BREATH, "breathing_pain": 0.75},
            _chest(0.6, 0.9),
        ),
        _stratum(
            "breathlessness first, back pain with little chest pain",
            0.35,
            "block 8: breathlessness often first; with the row above, 80% breathless (data)",
            _PE,
            {"breathless": 1.0, **_PE_BREATH, "breathing_pain": 0.3},
            _chest(0.15, 0.9),
        ),
        _stratum(
            "not breathless: pain catching on breathing, chest pain or fainting",
            0.20,
            "block 8: the 20% not breathless (data); overall chest pain then 44%, within 39-56% (derived)",
            _PE,
            _breath(0.0),
            _chest(0.6, 0.9),
            _faint(0.35, 0.5),
        ),
    ],
    about="Recent operation or long journey (no fact asks it), cancer, pregnancy, the pill or HRT, an earlier clot.",
)

# --- 9. Spinal epidural haematoma ---------------------------------------------------------------------------------

_BLEED: Layer = {
    **_RISKS,
    **_chest(0.05, 1.0),
    **_breath(0.05, new=0.5),
    **_faint(0.05, 0.3),
    **_injury(0.1),  # a minor strain or nothing
    **_infection(0.02, 0.05),
    **_tummy(0.05, new=1.0, sudden=0.6),
    **_night(0.1, 1.0),
    **_legs(1.0, below_knee=0.3, numb=0.7, weak=0.8, both=0.7, worse=0.95),
    **_bladder(0.35, hard_to_start=0.6, lost_feeling=0.5, saddle=0.25),
    **_f(
        cold_sweat=0.15,
        nausea=0.2,
        sudden_onset=0.8,
        rest_pain=0.8,
        unlike_before=0.9,
        upper_back=0.5,  # often upper back (block 9)
        steadily_worse=0.5,
        lump=0.0,
        weight_loss=0.02,
        not_improving=0.0,  # hours, not weeks
    ),
}

FRESH_SPINAL_BLEED = _cohort(
    "fresh_spinal_bleed",
    "spinal_bleed",
    "Spinal epidural haematoma",
    "emergency",
    Tier.EMERGENCY,
    (30, 95),
    (64.0, 13.0),
    [
        _stratum(
            "on a blood thinner, with leg weakness or numbness",
            0.4,
            "block 9: anticoagulants in about half (data); the nerve stage 40 of those 50 estimated",
            _BLEED,
            {"blood_thinner": 1.0},
        ),
        _stratum(
            "on a blood thinner, the first hours: pain only",
            0.1,
            "block 9: sudden severe pain first, legs within hours; 10 of the 50 estimated",
            _BLEED,
            _legs(0.2, below_knee=0.3, numb=0.6, weak=0.4, both=0.5, worse=1.0),
            _bladder(0.0),
            {"blood_thinner": 1.0, "rest_pain": 0.9},
        ),
        _stratum(
            "no blood thinner: spontaneous, a bleeding disorder, or after a spinal injection",
            0.5,
            "block 9: the other half (data); a recent spinal injection in a quarter of them estimated",
            _BLEED,
            {"blood_thinner": 0.0, "recent_infection": 0.25},
        ),
    ],
    about="Mostly 50+ (block 9).",
)

# --- 10. Ectopic pregnancy ----------------------------------------------------------------------------------------

_ECTOPIC: Layer = {
    **_RISKS,
    **_chest(0.03, 1.0),
    **_breath(0.1, new=1.0, catch=0.3),
    **_injury(0.02),
    **_infection(0.03, 0.08),  # a urine or pelvic infection
    **_night(0.05, 1.0),
    **_legs(0.05, below_knee=0.2, numb=0.1),
    **_bladder(0.15, hard_to_start=0.05, lost_feeling=0.05),  # pressure on the bowel: an urge to go
    **_cancer(0.005),
    **_f(
        cold_sweat=0.35,
        nausea=0.4,
        sudden_onset=0.4,
        rest_pain=0.5,
        unlike_before=0.8,
        upper_back=0.1,  # shoulder-tip pain, sometimes taken for it
        steadily_worse=0.3,
        lump=0.0,
        weight_loss=0.0,
        not_improving=0.02,
        dizzy=0.4,
        blood_thinner=0.0,
        osteoporosis=0.0,
        aortic_aneurysm=0.0,
    ),
}
_RUPTURE_SUDDEN: Layer = {**_tummy(0.95, new=0.9, sudden=0.85), **_faint(0.5, 0.3)}
_RUPTURE_BUILT_UP: Layer = {**_tummy(0.95, new=0.9, sudden=0.2), **_faint(1.0, 0.3)}
_NOT_KNOWING = estimate(0.3, "does not know she is pregnant, yet takes 'could you be, even if not sure' as hers")

FRESH_ECTOPIC = _cohort(
    "fresh_ectopic_rupture",
    "ectopic",
    "Ruptured ectopic pregnancy",
    "emergency",
    Tier.EMERGENCY,
    (16, 48),
    (30.0, 6.0),
    [
        _stratum(
            "knows she could be pregnant: sudden severe pain",
            0.33,
            "block 10: rupture; knowing 55% and sudden 60% estimated (0.55 x 0.6)",
            _ECTOPIC,
            _RUPTURE_SUDDEN,
            {"pregnant": 1.0},
        ),
        _stratum(
            "knows she could be pregnant: pain built up, nearly fainting",
            0.22,
            "block 10, third pass: faintness with tummy pain that built up; 0.55 x 0.4 estimated",
            _ECTOPIC,
            _RUPTURE_BUILT_UP,
            {"pregnant": 1.0},
        ),
        _stratum(
            "does not know she is pregnant: sudden severe pain",
            0.27,
            "block 10: 'often not knowing' (45% estimated); 0.45 x 0.6",
            _ECTOPIC,
            _RUPTURE_SUDDEN,
            {"pregnant": _NOT_KNOWING},
        ),
        _stratum(
            "does not know she is pregnant: pain built up, nearly fainting",
            0.18,
            "block 10: 'often not knowing'; third pass: tummy pain that built up; 0.45 x 0.4 estimated",
            _ECTOPIC,
            _RUPTURE_BUILT_UP,
            {"pregnant": _NOT_KNOWING},
        ),
    ],
    about="Anyone who could be pregnant; earlier ectopic, pelvic infection, a coil; 1 in 90 pregnancies (block 10).",
)

# --- 11. Mimics that are emergencies ----------------------------------------------------------------------------------

_KIDNEY_INFECTION: Layer = {
    **_RISKS,
    **_chest(0.02, 1.0),
    **_breath(0.3, new=1.0, catch=0.1),  # breathing fast, felt as short of breath
    **_faint(0.3, 0.2),
    **_injury(0.02),
    **_tummy(0.5, new=0.9, sudden=0.1),
    **_night(0.3, 0.7),
    **_legs(0.1, below_knee=0.4, numb=0.3, weak=0.3, both=0.5, worse=0.8),
    **_bladder(0.55, hard_to_start=0.15, lost_feeling=0.1, saddle=0.01),  # burning and going often, new
    **_f(
        cold_sweat=0.35,  # rigors
        nausea=0.6,
        sudden_onset=0.05,
        rest_pain=0.4,
        unlike_before=0.6,
        upper_back=0.05,
        steadily_worse=0.5,
        lump=0.0,
        weight_loss=0.02,
        not_improving=0.02,
        diabetes=0.25,
        immune_medicines=0.05,
        dizzy=0.4,
    ),
}

FRESH_KIDNEY_INFECTION_SEPSIS = _cohort(
    "fresh_kidney_infection_sepsis",
    "kidney_infection",
    "Kidney infection with a sepsis sign",
    "emergency",
    Tier.EMERGENCY,
    (18, 95),
    (58.0, 20.0),
    [
        *_kinds(
            "with fever",
            0.85,
            "block 11: kidney infection with a sepsis sign (NHS); fever in most, 85% estimated",
            {**_KIDNEY_INFECTION, **_infection(1.0, 0.5)},
            _each_sepsis_sign(**_SEPSIS_OTHERS),
        ),
        *_kinds(
            "no fever, older, after a urine infection",
            0.15,
            "block 11; sepsis without fever in older people: 15% estimated",
            {**_KIDNEY_INFECTION, **_infection(0.0, 1.0)},
            _each_sepsis_sign(**_SEPSIS_OTHERS),
        ),
    ],
)

_STONE: Layer = {
    **_RISKS,
    **_chest(0.02, 1.0),
    **_breath(0.05, new=1.0, catch=0.2),
    **_faint(0.1, 0.1),
    **_injury(0.03),
    **_tummy(0.75, new=0.6, sudden=0.65),  # side pain to the groin, often called tummy pain; half have had one before
    **_night(0.3, 0.8),
    **_legs(0.15, below_knee=0.1, numb=0.1, weak=0.05, both=0.1, worse=1.0),  # pain into the groin and thigh
    **_bladder(0.3, hard_to_start=0.1, lost_feeling=0.05),  # going often, blood in the pee
    **_f(
        cold_sweat=0.3,
        nausea=0.6,
        sudden_onset=0.45,
        rest_pain=0.7,
        unlike_before=0.5,
        upper_back=0.02,
        steadily_worse=0.4,
        lump=0.0,
        weight_loss=0.0,
        not_improving=0.02,
        dizzy=0.3,
    ),
}

FRESH_KIDNEY_STONE_EMERGENCY = _cohort(
    "fresh_kidney_stone_emergency",
    "kidney_stone",
    "Kidney stone with fever, or pain that painkillers don't ease",
    "emergency",
    Tier.EMERGENCY,
    (20, 80),
    (46.0, 13.0),
    [
        _stratum(
            "with fever: an infected, blocked kidney",
            0.4,
            "block 11: E with fever (NICE NG118); share estimated",
            _STONE,
            _infection(1.0, 0.15, confused=0.05, fast=0.15, skin=0.05, no_pee=0.1),
        ),
        _stratum(
            "pain that painkillers don't ease",
            0.6,
            "block 11: E with pain painkillers don't ease (NICE NG118); share estimated",
            _STONE,
            _infection(0.0, 0.15),
            {"rest_pain": 0.9},
        ),
    ],
    about="No fact asks whether painkillers have eased it: only the rest-pain question comes near.",
)

_PANCREATITIS: Layer = {
    **_RISKS,
    **_chest(0.15, 1.0),  # pressure high in the tummy, felt in the chest
    **_breath(0.15, new=1.0, catch=0.3),
    **_faint(0.1, 0.2),
    **_injury(0.02),
    **_infection(0.2, 0.02, confused=0.05, fast=0.2, skin=0.03, no_pee=0.05),
    **_night(0.15, 0.8),
    **_legs(0.1, below_knee=0.4, numb=0.3, weak=0.1, both=0.3, worse=0.3),
    **_bladder(0.05, hard_to_start=0.1, lost_feeling=0.1),
    **_f(
        cold_sweat=0.25,
        nausea=0.9,  # vomiting
        rest_pain=0.6,  # sitting forward may ease it
        unlike_before=0.85,
        upper_back=0.35,  # through to the back
        steadily_worse=0.4,
        lump=0.0,
        weight_loss=0.05,
        not_improving=0.02,
        diabetes=0.15,
        dizzy=0.3,
    ),
}

FRESH_PANCREATITIS = _cohort(
    "fresh_pancreatitis",
    "pancreatitis",
    "Acute pancreatitis",
    "emergency",
    Tier.EMERGENCY,
    (20, 92),
    (55.0, 17.0),
    [
        _stratum(
            "sudden severe pain high in the tummy through to the back",
            0.75,
            "block 11: sudden severe pain through to the back, vomiting (CKS: admit); share estimated",
            _PANCREATITIS,
            _tummy(1.0, new=0.8, sudden=0.95),
            {"sudden_onset": 0.4},
        ),
        _stratum(
            "pain that built up over hours",
            0.25,
            "block 11; onset over hours in some: 25% estimated",
            _PANCREATITIS,
            _tummy(1.0, new=0.8, sudden=0.3),
            {"sudden_onset": 0.05},
        ),
    ],
    about="About one in five has had it before, so the tummy pain is not new for them (estimate).",
)

# ================================================================================================================
# Other presentations: the conditions' non-emergencies, at the tier their block gives.
# ================================================================================================================

FRESH_CES_THREATENED = _cohort(
    "fresh_ces_threatened",
    "ces",
    "One-sided sciatica with a new bladder or bowel change, no bladder sign",
    "other",
    Tier.URGENT,
    (18, 80),
    (43.0, 12.0),
    [
        _stratum(
            "all",
            1.0,
            "block 1: new bladder/bowel change + one-sided sciatica -> U",
            _EVERYDAY,
            _legs(1.0, below_knee=0.9, numb=0.5),
            _bladder(1.0),
            _injury(0.25),
            _night(0.4, 0.3),
            {"rest_pain": 0.3, "steadily_worse": 0.3, "not_improving": 0.5, "nausea": 0.15},
        )
    ],
    about="No weak leg, blood thinner, cancer or infection risk: each raises the tier by block 1, 2, 3 or 9.",
)

FRESH_MSCC_PAIN = _cohort(
    "fresh_mscc_pain_only",
    "mscc",
    "Known cancer with pain suggesting spinal spread, no nerve symptoms yet",
    "other",
    Tier.URGENT,
    (35, 92),
    (66.0, 11.0),
    [
        _stratum(
            label,
            share,
            source,
            _EVERYDAY,
            _cancer(1.0, team),
            _night(0.7, 0.75),
            _breath(0.15),  # the cancer's own breathlessness, not new
            {
                "upper_back": 0.6,
                "steadily_worse": 0.8,
                "rest_pain": 0.5,
                "weight_loss": 0.3,
                "not_improving": 0.8,
                "lump": 0.03,
                "nausea": 0.2,
                "immune_medicines": immune,
            },
        )
        for label, share, team, immune, source in (
            ("under a cancer team now", 0.6, 1.0, 0.3, "block 2: any other cancer yes -> U (NG234: within 24 h)"),
            ("cancer treated before", 0.4, 0.0, 0.02, "block 2: cancer yes -> U; share not under a team estimated"),
        )
    ],
    about="No chest pain, blood thinner or sudden start: with severe pain at rest each would make it E (blocks 5-9).",
)

_INFECTION_EARLY: Layer = {
    **_EVERYDAY,
    **_night(0.7, 0.8),
    **_legs(0.3, below_knee=0.6),  # pain down a leg, no numbness or weakness
    **_injecting(0.15, 0.7),
    **_f(
        steadily_worse=0.8,
        rest_pain=0.7,
        not_improving=0.4,
        upper_back=0.2,
        lump=0.03,
        unlike_before=0.7,
        weight_loss=0.1,
        nausea=0.3,
        diabetes=0.3,
        immune_medicines=0.1,
    ),
}

FRESH_SPINAL_INFECTION_EARLY = _cohort(
    "fresh_spinal_infection_early",
    "spinal_infection",
    "Spinal infection without a nerve deficit or a sepsis sign",
    "other",
    Tier.URGENT,
    (18, 92),
    (55.0, 16.0),
    [
        _stratum(
            "fever",
            0.45,
            "block 3: fever in a third to two thirds (45% estimated); fever alone or with a risk -> U",
            _INFECTION_EARLY,
            _infection(1.0, 0.4),
        ),
        *_kinds(
            "no fever: a risk, with constant worsening pain",
            0.55,
            "block 3: risk + steadily worse, severe at rest or night pain -> U; risk mix estimated",
            {**_INFECTION_EARLY, **_infection(0.0, 0.2)},
            _INFECTION_RISKS,
        ),
    ],
    about="No cold sweat, breathlessness or faintness: with pain at rest they would raise it (blocks 5-8).",
)

_FRAGILITY: Layer = {
    **_EVERYDAY,
    **_night(0.3, 0.1),
    **_f(
        sudden_onset=0.7,
        unlike_before=0.6,
        upper_back=0.3,  # mid-back
        not_improving=0.3,
        nausea=0.1,
        blood_thinner=ANTICOAGULANT_65,
    ),
}
_FRAGILITY_KINDS: tuple[tuple[str, float, Layer, Layer], ...] = (
    ("known osteoporosis, a small fall", 0.35, _injury(1.0), {"osteoporosis": 1.0}),
    ("steroid tablets, a lift or fall", 0.10, _injury(1.0), {"immune_medicines": 1.0, "osteoporosis": 0.3}),
    ("no known osteoporosis, a lift or bend", 0.35, _injury(1.0), {"osteoporosis": 0.0}),
    ("no known osteoporosis, sudden start on a cough", 0.20, _injury(0.0), {"sudden_onset": 1.0}),
)
# With pain severe at rest: the same, less the sudden start (see the cohort's note), the shares scaled to 1.
_FRAGILITY_REST_KINDS: tuple[tuple[str, float, Layer, Layer], ...] = tuple(
    (label, share / 0.8, injury, risk) for label, share, injury, risk in _FRAGILITY_KINDS[:3]
)

FRESH_FRACTURE_FRAGILITY = _cohort(
    "fresh_fracture_fragility",
    "fracture",
    "Fragility fracture that eases lying still",
    "other",
    Tier.DOCTOR,
    (65, 98),
    (78.0, 7.0),
    [
        _stratum(
            label,
            share,
            "block 4: fragility risk + fall, lift or sudden start -> D; share estimated",
            _FRAGILITY,
            injury,
            risk,
        )
        for label, share, injury, risk in _FRAGILITY_KINDS
    ],
    about="No leg symptom or cancer (E or U by block 4 and 2), and no pain severe at rest or getting worse.",
)

FRESH_FRACTURE_FRAGILITY_REST = _cohort(
    "fresh_fracture_fragility_rest_pain",
    "fracture",
    "Fragility fracture with pain severe at rest",
    "other",
    Tier.URGENT,
    (65, 98),
    (78.0, 7.0),
    [
        _stratum(
            label,
            share,
            "block 4: fragility risk + severe at rest -> U; share estimated",
            _FRAGILITY,
            injury,
            risk,
            {"rest_pain": 1.0, "sudden_onset": 0.0, "blood_thinner": 0.0},
        )
        for label, share, injury, risk in _FRAGILITY_REST_KINDS
    ],
    about=(
        "Pain that built up after the fall: a sudden start with severe rest pain at 50+ is E by block 5, and a blood "
        "thinner with it E by block 9, so neither is here."
    ),
)

FRESH_ACS_DAYS_AGO = _cohort(
    "fresh_acs_chest_pain_days_ago",
    "acs",
    "Chest pain one to three days ago, gone since",
    "other",
    Tier.URGENT,
    (40, 92),
    (66.0, 12.0),
    [
        _stratum(
            "all",
            1.0,
            "block 7: chest pain 1-3 days ago -> U (NICE CG95: 12-72 h, same day)",
            _EVERYDAY,
            _chest(1.0, 0.0),
            _breath(0.2),  # not new
            _legs(0.15, below_knee=0.5, numb=0.4),
            {"upper_back": 0.3, "rest_pain": 0.1, "nausea": 0.1, "not_improving": 0.1, "diabetes": 0.3},
        )
    ],
)

_UNRUPTURED: Layer = {
    **_EVERYDAY,
    **_tummy(1.0, new=0.9, sudden=0.0),
    **_bladder(0.1),
    **_infection(0.0, 0.05),
    **_f(nausea=0.4, rest_pain=0.1, upper_back=0.05, dizzy=0.15),
}

FRESH_ECTOPIC_UNRUPTURED = _cohort(
    "fresh_ectopic_unruptured",
    "ectopic",
    "Ectopic pregnancy before rupture: one-sided period-like pain, no faintness",
    "other",
    Tier.URGENT,
    (16, 48),
    (30.0, 6.0),
    [
        _stratum(
            "knows she could be pregnant",
            0.55,
            "block 10: possibly pregnant + tummy pain -> U; knowing 55% estimated",
            _UNRUPTURED,
            {"pregnant": 1.0},
        ),
        _stratum(
            "does not know she is pregnant",
            0.45,
            "block 10: 'often not knowing' (45% estimated)",
            _UNRUPTURED,
            {"pregnant": _NOT_KNOWING},
        ),
    ],
)

FRESH_KIDNEY_INFECTION = _cohort(
    "fresh_kidney_infection",
    "kidney_infection",
    "Kidney infection without a sepsis sign",
    "other",
    Tier.URGENT,
    (18, 90),
    (45.0, 20.0),
    [
        _stratum(
            label,
            share,
            "block 11: fever, pain under the ribs, burning pee -> U (NHS); shares estimated",
            _EVERYDAY,
            infection,
            _tummy(0.5, new=0.9, sudden=0.05),
            # Burning and going often; a few take "hard to start" or "lost the feeling" as theirs.
            _bladder(0.7, hard_to_start=0.08, lost_feeling=0.03),
            _night(0.2, 0.6),
            {"nausea": 0.5, "rest_pain": 0.3, "unlike_before": 0.4, "cold_sweat": 0.1, "steadily_worse": 0.3},
        )
        for label, share, infection in (
            ("with fever", 0.85, _infection(1.0, 0.4)),
            ("no fever, after a bladder infection", 0.15, _infection(0.0, 1.0)),
        )
    ],
)

FRESH_KIDNEY_STONE = _cohort(
    "fresh_kidney_stone",
    "kidney_stone",
    "Kidney stone: colicky side pain to the groin, eased by painkillers",
    "other",
    Tier.URGENT,
    (20, 59),
    (42.0, 10.0),
    [
        _stratum(
            "all",
            1.0,
            "block 11: colicky side pain to the groin -> U (NICE NG118); under 60, where a first stone is not block 5",
            _EVERYDAY,
            _tummy(0.7, new=0.5, sudden=0.6),
            _bladder(0.3, hard_to_start=0.05),
            _legs(0.1, below_knee=0.1),
            _night(0.2, 0.7),
            _infection(0.0, 0.1),
            _injury(0.02),
            {"sudden_onset": 0.4, "rest_pain": 0.5, "unlike_before": 0.4, "nausea": 0.55, "cold_sweat": 0.2},
            {"dizzy": 0.15, "steadily_worse": 0.2, "upper_back": 0.02},
        )
    ],
    about="No faintness: nearly fainting with tummy pain is E by block 5.",
)

# ================================================================================================================
# Look-alikes: the ordinary reason for a discriminating yes.
# ================================================================================================================


def _look_alike(
    id: str,
    condition: str,
    title: str,
    tier: Tier,
    ages: tuple[int, int],
    spread: tuple[float, float],
    source: str,
    *layers: Layer,
    about: str = "",
) -> Cohort:
    """A look-alike of one presentation: the everyday risks, then these layers."""
    return _cohort(
        id,
        condition,
        title,
        "look-alike",
        tier,
        ages,
        spread,
        [_stratum("all", 1.0, source, _EVERYDAY, *layers)],
        about,
    )


# An ordinary back's own pain down one leg, not below the knee in most: D alone.
_ONE_LEG: Layer = _legs(0.3, below_knee=0.5, numb=0.3)

FRESH_URGE_LEAKS = _look_alike(
    "fresh_urge_leaks_after_bladder_infection",
    "ces",
    "Urge leaks since a bladder infection",
    Tier.DOCTOR,
    (18, 90),
    (52.0, 18.0),
    "block 1 Not E: burning, frequency, urge leaks (urine infection: D)",
    _bladder(1.0, hard_to_start=0.1, lost_feeling=0.05, saddle=0.02),
    _infection(0.0, 1.0),
    _tummy(0.2, new=0.5, sudden=0.02),  # a bladder ache
    _injury(0.2),
    {"nausea": 0.05, "not_improving": 0.3, "upper_back": 0.1},
    about="No leg symptom: with a new bladder change, one-sided sciatica is U by block 1.",
)

_BOWEL_BACK: Layer = {**_injury(0.2), "not_improving": 0.3, "upper_back": 0.1}

FRESH_DIARRHOEA = _cohort(
    "fresh_diarrhoea",
    "ces",
    "A new bowel change: diarrhoea, or constipation from codeine",
    "look-alike",
    Tier.DOCTOR,
    (18, 85),
    (45.0, 17.0),
    [
        _stratum(
            "diarrhoea: a stomach bug or something eaten",
            0.7,
            "block 1 Not E: diarrhoea (D); share estimated",
            _EVERYDAY,
            _BOWEL_BACK,
            _bladder(1.0, hard_to_start=0.02, lost_feeling=0.05),  # an accident taken as 'lost the feeling'
            _tummy(0.5, new=0.4, sudden=0.1),  # cramps
            {"nausea": 0.4},
        ),
        _stratum(
            "constipation from codeine",
            0.3,
            "block 1 Not E: diarrhoea (D), the same for codeine constipation (estimate)",
            _EVERYDAY,
            _BOWEL_BACK,
            _bladder(1.0, hard_to_start=0.05, lost_feeling=0.02),
            _tummy(0.3, new=0.5, sudden=0.02),
            {"nausea": 0.3, "not_improving": 0.5},
        ),
    ],
    about="No fever and no pregnancy: with tummy pain they are U by blocks 3 and 10.",
)

FRESH_LONG_STANDING_BLADDER = _cohort(
    "fresh_long_standing_bladder",
    "ces",
    "Prostate symptoms or stress leaks for years",
    "look-alike",
    Tier.DOCTOR,
    (45, 90),
    (66.0, 11.0),
    [
        _stratum(
            "prostate symptoms for years",
            0.5,
            "block 1 Not E: long-standing leaks or prostate symptoms (no); 5% take 'new' as theirs (estimate)",
            _EVERYDAY,
            _bladder(0.05, hard_to_start=1.0, lost_feeling=0.1),
            _ONE_LEG,
            {"not_improving": 0.3},
        ),
        _stratum(
            "stress leaks for years",
            0.5,
            "block 1 Not E: long-standing leaks (no); 5% take 'new' as theirs (estimate)",
            _EVERYDAY,
            _bladder(0.05, hard_to_start=0.05, lost_feeling=0.3),
            _ONE_LEG,
            {"not_improving": 0.3},
        ),
    ],
)

FRESH_STABLE_STENOSIS = _look_alike(
    "fresh_stable_stenosis",
    "ces",
    "Years of stable spinal stenosis in both legs",
    Tier.DOCTOR,
    (60, 92),
    (74.0, 7.0),
    "block 1 Not E: stable stenosis (D); third pass: years of stable spinal stenosis",
    # Legs heavy or giving way after a walk; some call a slow change over years 'getting worse'.
    _legs(1.0, below_knee=0.6, numb=0.6, weak=0.25, both=1.0, worse=0.12),
    _night(0.2, 0.2),
    {"not_improving": 0.8, "rest_pain": 0.05, "blood_thinner": ANTICOAGULANT_65},
    about="No cancer: with a both-legs yes it is E by block 2. A blood thinner stays: block 9 asks for new symptoms.",
)

FRESH_ACHING_THIGHS = _look_alike(
    "fresh_aching_thighs",
    "ces",
    "Aching thighs with an ordinary back",
    Tier.DOCTOR,
    (20, 75),
    (45.0, 14.0),
    "block 1 Not E: aching thighs (D); half call the ache new with this back pain (estimate)",
    _legs(1.0, below_knee=0.0, numb=0.05, weak=0.05, both=0.7, worse=0.5),
    _night(0.3, 0.15),
    _injury(0.3),
    {"not_improving": 0.3},
)

FRESH_DIABETIC_FEET = _look_alike(
    "fresh_diabetic_numb_feet",
    "ces",
    "Numb, burning feet from diabetes",
    Tier.DOCTOR,
    (45, 90),
    (66.0, 11.0),
    "block 1: both legs need 'new or worse'; neuropathy slowly worse in some (estimate)",
    _legs(1.0, below_knee=1.0, numb=1.0, weak=0.1, both=0.95, worse=0.15),
    _night(0.3, 0.5),  # burning feet at night
    {"diabetes": 1.0, "not_improving": 0.3},
    about="No infection: a skin infection with a numb leg and diabetes is E by block 3.",
)

FRESH_BUTTOCK_NUMB = _look_alike(
    "fresh_buttock_numb_sciatica",
    "ces",
    "One-sided sciatica with a numb buttock",
    Tier.DOCTOR,
    (20, 75),
    (45.0, 13.0),
    "third pass: one-sided sciatica is D; 8% take a numb buttock as 'around your bottom' (estimate)",
    _legs(1.0, below_knee=0.85, numb=0.6, weak=0.05),
    {"saddle_numbness": 0.08},
    _night(0.4, 0.25),
    _injury(0.3),
    {"rest_pain": 0.1, "not_improving": 0.5, "steadily_worse": 0.15},
)

FRESH_DIZZINESS = _cohort(
    "fresh_everyday_dizziness",
    "aaa",
    "Everyday dizziness: on standing, or spinning",
    "look-alike",
    Tier.DOCTOR,
    (18, 92),
    (55.0, 18.0),
    [
        _stratum(
            label,
            0.5,
            f"block 5 Not E: {label}; rule (4): everyday dizziness counts for nothing alone; {YARDLEY}",
            _EVERYDAY,
            _ONE_LEG,
            _night(0.3, 0.15),
            _injury(0.25),
            {"dizzy": 1.0, "not_improving": 0.3, "upper_back": 0.15},
            rates,
        )
        for label, rates in (
            ("dizzy on standing", {**_faint(0.2, 0.05)}),  # some take it as 'about to faint'
            ("spinning", {**_faint(0.05), "nausea": 0.5}),
        )
    ],
    about="No tummy pain, sudden start or severe rest pain: with faintness each is E by block 5.",
)

FRESH_USUAL_FLARE_60 = _look_alike(
    "fresh_usual_flare_60",
    "aaa",
    "A usual flare of back pain at 60+, severe at rest",
    Tier.URGENT,
    (60, 92),
    (70.0, 7.0),
    "block 5 Not E: a usual flare at 60+ (U)",
    {"rest_pain": 1.0, "unlike_before": 0.1},  # 10% take a bad flare as unlike any before (estimate)
    _injury(0.3),
    _ONE_LEG,
    _night(0.4, 0.5),
    {"osteoporosis": 0.1, "not_improving": 0.3, "upper_back": 0.1, "cold_sweat": 0.03},
    about=(
        "A flare that built up: with severe rest pain at 50+, a sudden start is E by block 5, as a blood thinner is by "
        "block 9 and cancer with sciatica by block 2, so none is here."
    ),
)

FRESH_HOT_FLUSHES = _look_alike(
    "fresh_hot_flush_sweats",
    "aaa",
    "Menopausal flushes and night sweats with an ordinary back",
    Tier.DOCTOR,
    (45, 60),
    (52.0, 4.0),
    "block 5's cold sweat question, asked at 50+ after severe rest pain; 20% take flushes as a cold sweat (estimate)",
    {"cold_sweat": 0.2, "rest_pain": 0.2},
    _night(0.4, 0.2),
    _ONE_LEG,
    {"not_improving": 0.3},
)

FRESH_SIDE_SPASM = _look_alike(
    "fresh_side_spasm",
    "kidney_stone",
    "A muscle spasm in the side",
    Tier.DOCTOR,
    (18, 59),
    (38.0, 11.0),
    "block 11's kidney stone and block 5's side pain; the spasm's rates estimated",
    {"sudden_onset": 0.5, "rest_pain": 0.1, "unlike_before": 0.2},
    _tummy(0.15, new=0.8, sudden=0.5),  # side pain taken as tummy pain
    _breath(0.05, new=1.0, catch=1.0),  # a spasm that catches on breathing in
    _injury(0.4),  # a twist or lift
    {"nausea": 0.05, "not_improving": 0.1},
)

FRESH_CODEINE_NAUSEA = _look_alike(
    "fresh_codeine_nausea",
    "acs",
    "Feeling sick on codeine",
    Tier.DOCTOR,
    (20, 88),
    (50.0, 16.0),
    "block 7 Not E: nausea alone; rule (4): nausea counts for nothing alone",
    {"nausea": 1.0, "dizzy": 0.35, "cold_sweat": 0.03},
    _faint(0.04),  # light-headed on codeine
    _legs(0.4, below_knee=0.6, numb=0.35),
    _night(0.35, 0.2),
    _injury(0.25),
    {"not_improving": 0.5, "rest_pain": 0.1, "upper_back": 0.1},
)

FRESH_OLD_CHEST_PAIN = _look_alike(
    "fresh_old_chest_pain",
    "acs",
    "Chest pain more than three days ago",
    Tier.DOCTOR,
    (40, 90),
    (64.0, 12.0),
    "block 7 Not E: chest pain gone over 3 days (D); 15% count it within three days (estimate)",
    _chest(0.15, 0.1),
    _ONE_LEG,
    {"upper_back": 0.2, "not_improving": 0.4, "diabetes": 0.2},
)

FRESH_INDIGESTION = _look_alike(
    "fresh_indigestion",
    "acs",
    "Indigestion and heartburn",
    Tier.DOCTOR,
    (25, 85),
    (50.0, 15.0),
    "heartburn taken as chest pain by 15%, upper tummy pain in 60% (estimates)",
    _chest(0.15, 0.8),
    _tummy(0.6, new=0.2, sudden=0.05),
    {"nausea": 0.4, "not_improving": 0.3, "upper_back": 0.15},
    about="A careful clinician treats chest pain since yesterday as E whatever the cause: this is the hard edge.",
)

FRESH_USUAL_ASTHMA = _look_alike(
    "fresh_usual_asthma",
    "acs",
    "Usual asthma breathlessness",
    Tier.DOCTOR,
    (18, 80),
    (42.0, 16.0),
    "block 7 Not E: usual asthma breathlessness; the rates at which asthma is taken as each yes estimated",
    _breath(0.4, new=0.15, catch=0.1, blood=0.01, calf=0.02),
    _chest(0.2, 0.7),  # asthma's tightness
    {"immune_medicines": 0.1},  # a steroid inhaler taken as steroid tablets, or a recent course
    _ONE_LEG,
    {"not_improving": 0.3, "upper_back": 0.2, "nausea": 0.05, "cold_sweat": 0.02},
)

FRESH_BREATHING_CATCH = _look_alike(
    "fresh_breathing_catch_strain",
    "pe",
    "A strain that catches on a deep breath",
    Tier.DOCTOR,
    (18, 80),
    (40.0, 15.0),
    "block 8 Not E: a strain that catches on a deep breath (nothing alone); 20% then say breathless (estimate)",
    _breath(0.2, new=1.0, catch=1.0, blood=0.0, calf=0.02),
    _chest(0.1, 0.9),  # a rib or chest-wall strain
    _injury(0.5),  # a twist, a lift or a cough
    {"upper_back": 0.4, "sudden_onset": 0.3, "rest_pain": 0.05},
)

FRESH_OLD_CANCER_SCIATICA = _look_alike(
    "fresh_old_cancer_sciatica",
    "mscc",
    "Cancer treated decades ago, with one-sided sciatica",
    Tier.URGENT,
    (45, 92),
    (68.0, 10.0),
    "block 2 Not E: cancer decades ago, ordinary pain, one-sided sciatica (U)",
    _cancer(1.0, 0.0),
    _legs(1.0, below_knee=0.9, numb=0.45),
    _injury(0.25),
    {"not_improving": 0.5},
    about="No metastatic pain feature (upper back, worse, severe at rest, night): with sciatica each is E by block 2.",
)

FRESH_SKIN_CANCER = _look_alike(
    "fresh_skin_cancer_removed",
    "mscc",
    "A skin cancer (not melanoma) removed years ago",
    Tier.DOCTOR,
    (45, 92),
    (66.0, 12.0),
    "third pass: ever had cancer -> a skin cancer removed years ago; 10% still say yes (estimate)",
    _cancer(0.1, 0.05),
    _ONE_LEG,
    {"not_improving": 0.3},
)

FRESH_POSTURAL_UPPER_BACK = _look_alike(
    "fresh_postural_upper_back",
    "mscc",
    "Postural pain between the shoulder blades",
    Tier.DOCTOR,
    (18, 70),
    (38.0, 13.0),
    "third pass: upper back pain, common postural causes, doctor alone; thoracic pain 16-35% a month (Briggs 2009)",
    {"upper_back": 1.0, "steadily_worse": 0.05, "rest_pain": 0.02, "not_improving": 0.4},
    _night(0.2, 0.1),
    _breath(0.03, new=0.5),
)

FRESH_LIPOMA = _look_alike(
    "fresh_lipoma",
    "mscc",
    "A fatty lump on the back",
    Tier.DOCTOR,
    (30, 80),
    (52.0, 13.0),
    "third pass: a lump, common benign causes, doctor alone",
    {"lump": 1.0, "not_improving": 0.3},
    _ONE_LEG,
)

FRESH_FLU = _look_alike(
    "fresh_flu",
    "spinal_infection",
    "Flu: fever with aching back and legs",
    Tier.URGENT,
    (18, 85),
    (42.0, 17.0),
    "block 3 Not E: flu with no sepsis sign (U); the rates at which flu is taken as each yes estimated",
    _infection(1.0, 0.1, confused=0.02, fast=0.08, skin=0.02, no_pee=0.03),
    _breath(0.12, new=0.9, catch=0.3, blood=0.03, calf=0.01),
    _chest(0.05, 0.9),
    # Aching legs, both of them, and new: a quarter answer the leg question yes.
    _legs(0.25, below_knee=0.4, numb=0.02, weak=0.1, both=0.85, worse=0.9),
    _faint(0.03),
    _night(0.2, 0.4),
    _injecting(IV_EVER, IV_LAST_YEAR),
    {"immune_medicines": STEROID_TABLETS},
    {"nausea": 0.3, "dizzy": 0.3, "cold_sweat": 0.2, "rest_pain": 0.15, "steadily_worse": 0.1, "upper_back": 0.2},
)

FRESH_INJECTED_LONG_AGO = _look_alike(
    "fresh_injected_long_ago",
    "spinal_infection",
    "Injected drugs years ago, not in the last year",
    Tier.DOCTOR,
    (30, 75),
    (50.0, 10.0),
    "block 3: injecting in the last year is the risk; other risk alone -> D",
    _injecting(1.0, 0.0),
    _ONE_LEG,
    {"not_improving": 0.4},
    about="No night pain, rest pain or worsening: with a risk each is U by block 3.",
)

FRESH_RECENT_COLD = _look_alike(
    "fresh_recent_cold",
    "spinal_infection",
    "A cold or sore throat last month",
    Tier.DOCTOR,
    (18, 85),
    (45.0, 17.0),
    "third pass: an infection in the last few weeks -> a cold; 20% take it as a chest infection (estimate)",
    _infection(0.0, 0.2, fast=0.02),
    _legs(0.3, below_knee=0.5),
    {"not_improving": 0.3, "upper_back": 0.15},
)

FRESH_LIFT_AT_65 = _look_alike(
    "fresh_lift_at_65",
    "fracture",
    "A lift at 65+, pain easing lying down",
    Tier.DOCTOR,
    (65, 92),
    (72.0, 5.0),
    "block 4 Not U: a lift at 65+, pain eases lying down (D)",
    _injury(1.0, 0.0),
    _night(0.25, 0.1),
    {
        "osteoporosis": estimate(0.12, "told of osteoporosis at 65+, mixed sexes (estimate)"),
        "blood_thinner": ANTICOAGULANT_65,
        "sudden_onset": 0.35,
        "unlike_before": 0.2,
        "upper_back": 0.1,
        "not_improving": 0.2,
    },
    about="No leg symptom or cancer (E or U by blocks 4 and 2); no pain severe at rest or getting worse.",
)

FRESH_TEARING_STRAIN = _look_alike(
    "fresh_tearing_strain",
    "dissection",
    "A lifting strain that felt like a tear, easing lying still",
    Tier.DOCTOR,
    (20, 75),
    (42.0, 13.0),
    "block 6 Not E: a lifting strain that eases lying still (D)",
    _injury(1.0, 0.0),
    {"sudden_onset": 0.6, "rest_pain": 0.05, "unlike_before": 0.3, "upper_back": 0.3},
    _night(0.2, 0.1),
    {"nausea": 0.05, "cold_sweat": 0.02},
)

FRESH_APIXABAN_STRAIN = _look_alike(
    "fresh_easing_strain_on_apixaban",
    "spinal_bleed",
    "Back 'went' days ago on apixaban, easing, no nerve symptom",
    Tier.DOCTOR,
    (55, 92),
    (74.0, 8.0),
    "block 9 Not E: back 'went' days ago and easing, no nerve symptom (D)",
    {"blood_thinner": 1.0, "sudden_onset": 0.45, "osteoporosis": 0.1, "unlike_before": 0.2, "upper_back": 0.1},
    _injury(0.6),
    _night(0.2, 0.05),
    {"not_improving": 0.05},
)

FRESH_PERIOD_PAIN = _look_alike(
    "fresh_period_pain",
    "ectopic",
    "Period pain with back ache",
    Tier.DOCTOR,
    (16, 50),
    (28.0, 7.0),
    "block 10: tummy pain is the yes that leads to 'could you be pregnant'; rates estimated",
    _tummy(1.0, new=0.1, sudden=0.05),
    {"pregnant": 0.05, "nausea": 0.3, "rest_pain": 0.1},  # 'not sure' though on her period
    _faint(0.03),
    _legs(0.15, below_knee=0.1, both=0.5, worse=0.3),  # aching thighs
    _night(0.2, 0.2),
)

FRESH_IBS_CRAMPS = _look_alike(
    "fresh_ibs_cramps",
    "pancreatitis",
    "Irritable bowel cramps",
    Tier.DOCTOR,
    (18, 75),
    (40.0, 14.0),
    "block 11's 'suddenly and severely' question; a quarter take a cramp as sudden and severe (estimate)",
    _tummy(1.0, new=0.1, sudden=0.25),
    _bladder(0.15, lost_feeling=0.02),  # a flare's change in the bowels
    {"nausea": 0.25, "not_improving": 0.3},
    about="No pregnancy: with tummy pain it is U by block 10.",
)

FRESH_NIGHT_TURNING = _look_alike(
    "fresh_night_pain_on_turning",
    "article",
    "Woken by turning over, fine lying still",
    Tier.DOCTOR,
    (18, 90),
    (48.0, 17.0),
    f"fourth pass: night pain's ordinary form, woken by turning; {HARDING}",
    _night(1.0, 0.1),
    _ONE_LEG,
    _injury(0.2),
    {"rest_pain": 0.05, "not_improving": 0.35, "upper_back": 0.15},
)


FRESH_COHORTS: tuple[Cohort, ...] = (
    # emergency
    FRESH_CES,
    FRESH_MSCC,
    FRESH_SPINAL_INFECTION,
    FRESH_FRACTURE_ACCIDENT,
    FRESH_FRACTURE_FRAGILITY_NERVE,
    FRESH_AAA,
    FRESH_DISSECTION,
    FRESH_ACS,
    FRESH_PE,
    FRESH_SPINAL_BLEED,
    FRESH_ECTOPIC,
    FRESH_KIDNEY_INFECTION_SEPSIS,
    FRESH_KIDNEY_STONE_EMERGENCY,
    FRESH_PANCREATITIS,
    # other
    FRESH_CES_THREATENED,
    FRESH_MSCC_PAIN,
    FRESH_SPINAL_INFECTION_EARLY,
    FRESH_FRACTURE_FRAGILITY,
    FRESH_FRACTURE_FRAGILITY_REST,
    FRESH_ACS_DAYS_AGO,
    FRESH_ECTOPIC_UNRUPTURED,
    FRESH_KIDNEY_INFECTION,
    FRESH_KIDNEY_STONE,
    # look-alike
    FRESH_URGE_LEAKS,
    FRESH_DIARRHOEA,
    FRESH_LONG_STANDING_BLADDER,
    FRESH_STABLE_STENOSIS,
    FRESH_ACHING_THIGHS,
    FRESH_DIABETIC_FEET,
    FRESH_BUTTOCK_NUMB,
    FRESH_DIZZINESS,
    FRESH_USUAL_FLARE_60,
    FRESH_HOT_FLUSHES,
    FRESH_SIDE_SPASM,
    FRESH_CODEINE_NAUSEA,
    FRESH_OLD_CHEST_PAIN,
    FRESH_INDIGESTION,
    FRESH_USUAL_ASTHMA,
    FRESH_BREATHING_CATCH,
    FRESH_OLD_CANCER_SCIATICA,
    FRESH_SKIN_CANCER,
    FRESH_POSTURAL_UPPER_BACK,
    FRESH_LIPOMA,
    FRESH_FLU,
    FRESH_INJECTED_LONG_AGO,
    FRESH_RECENT_COLD,
    FRESH_LIFT_AT_65,
    FRESH_TEARING_STRAIN,
    FRESH_APIXABAN_STRAIN,
    FRESH_PERIOD_PAIN,
    FRESH_IBS_CRAMPS,
    FRESH_NIGHT_TURNING,
)
