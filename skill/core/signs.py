"""The warning signs the check asks about, the age rules, and the combinations that raise the tier, as data.

Each sign is one yes/no question. The order of ``WARNING_SIGNS`` is the order they are
asked: the time-critical questions first (chest, breathlessness, sudden onset,
faintness), then every other question that can lead to an emergency, alone, through a
follow-up or through a combination, before any that cannot (a test enforces this). A
follow-up (``follows``) is asked only after a yes to the question it follows, or, when
it follows an age fact (``AGE_FACTS``), only to people of that age.

Age is asked once, before the signs. It is not a sign: it adds the age facts that
hold (``age_facts``) to the signs answered yes, so an age rule is a combination with an
age group (``COMBINATIONS``). Someone who would rather not say their age is treated as
the oldest group, the cautious choice.

The verdict is the most urgent tier among the signs answered yes (or "not sure") and
the combinations whose every group has such a sign or age fact
(``skill.core.triage.tier_of``).

What is said to the user lives in ``skill.core.speech``, keyed by the sign's id. Why each
sign has its tier, with sources, is in docs/clinical-safety.md (generated in part
from this module; a test keeps it current).
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple


class Tier(IntEnum):
    """How urgent a verdict is; higher is more urgent."""

    HOME = 0
    DOCTOR = 1
    URGENT = 2
    EMERGENCY = 3

    @property
    def id(self) -> str:
        """The name used in session attributes, speech keys and the card."""
        return self.name.lower()


class Question(NamedTuple):
    """One warning sign (or one follow-up about it)."""

    id: str
    tier: Tier
    # Where the sign and its tier come from (docs/clinical-safety.md lists them in full).
    source: str
    # The article's bullet lines this question covers; empty for the signs that
    # public guidance adds.
    article_lines: tuple[str, ...] = ()
    # Asked only after a yes to the question with this id, or only when this age fact holds.
    follows: str | None = None


class AgeFact(NamedTuple):
    """A fact about the person's age that a rule uses: it holds from ``min_age`` on."""

    id: str
    min_age: int
    source: str


class Combination(NamedTuple):
    """Signs (and age facts) that together mean more than each alone: one of every group."""

    id: str
    tier: Tier
    groups: tuple[frozenset[str], ...]
    source: str


# --- Age -------------------------------------------------------------------------------------

ADULT_AGE = 16  # NICE NG59 and CKS are for over 16s; a younger person is outside the intended use
OLDEST_AGE = 120  # an age above this was misheard: ask again

AGE_FACTS: tuple[AgeFact, ...] = (
    AgeFact(
        "over_50",
        50,
        "NICE CKS low back pain: age over 50 is a risk factor for cancer; IRAD and Canto: aortic dissection and "
        "heart attacks without chest pain are commoner from middle age",
    ),
    AgeFact("over_65", 65, "NICE CKS: minor trauma, such as a fall or a lift, is a fracture red flag in older people"),
    AgeFact("over_70", 70, "Henschke 2009 (Arthritis Rheum 60:3072): age over 70 is a red flag for fracture"),
)


def age_facts(age: int | None) -> frozenset[str]:
    """The age facts that hold at ``age``; all of them when the age is not known (the cautious choice)."""
    return frozenset(fact.id for fact in AGE_FACTS if age is None or age >= fact.min_age)


def is_adult(age: int) -> bool:
    return age >= ADULT_AGE


# --- The signs ---------------------------------------------------------------------------------

NHS_999 = "NHS back pain and cauda equina syndrome pages: call 999 or go to A&E"
GIRFT = "GIRFT national suspected cauda equina syndrome pathway (2023): new within the last 14 days"
NHS_URGENT = "NHS back pain: ask for an urgent GP appointment or call 111"
NG59 = "NICE NG59 and CKS low back pain: red flags for spinal infection"
THIRD_PASS = "third clinical review: doctor alone, urgent with a risk factor (Downie, BMJ 2013: weak alone)"
IRAD = "IRAD registry and ESC 2024 aortic guideline: aortic dissection as abrupt, severe back pain"
HEART = "NHS heart attack page; Canto, JAMA 2000 (283:3223) and 2012 (307:813): a third have no chest pain"

WARNING_SIGNS: tuple[Question, ...] = (
    # Time-critical: the heart and the aorta. Asked first.
    Question("chest_pain", Tier.EMERGENCY, NHS_999 + " for chest pain with back pain"),
    Question(
        "breathless_sweaty", Tier.URGENT, HEART + "; urgent alone, an emergency with upper back pain or faintness"
    ),
    Question("sudden_onset", Tier.URGENT, IRAD + "; urgent alone, an emergency with upper back pain or faintness"),
    Question("faintness", Tier.URGENT, "NHS abdominal aortic aneurysm: dizziness with back pain; cautious grade"),
    Question(
        "passed_out",
        Tier.EMERGENCY,
        "NHS abdominal aortic aneurysm and heart attack pages: fainting with back pain, call 999",
        follows="faintness",
    ),
    Question(
        "aortic_aneurysm",
        Tier.EMERGENCY,
        "NICE NG156: new back or tummy pain with a known aortic aneurysm, think of rupture, refer immediately "
        "(asked from 50, below NG156's 60, to be cautious)",
        follows="over_50",
    ),
    Question("upper_back", Tier.DOCTOR, "NICE CG75 (thoracic pain); " + THIRD_PASS),
    Question("serious_accident", Tier.EMERGENCY, NHS_999 + " for back pain after a serious accident"),
    # The nerves at the bottom of the spine (cauda equina syndrome): new, in the last two weeks.
    Question(
        "bladder_bowel",
        Tier.EMERGENCY,
        NHS_999 + " for loss of bladder or bowel control, or difficulty peeing; " + GIRFT,
        (
            "If you've had a recent bladder or bowel control problem",
            "Loss of bowel or bladder control",
        ),
    ),
    Question(
        "saddle_numbness",
        Tier.EMERGENCY,
        NHS_999 + " for numbness around the genitals or buttocks; " + GIRFT + " (altered sensation when wiping)",
    ),
    Question("sexual_change", Tier.EMERGENCY, GIRFT + " (new sexual dysfunction)"),
    # Risk factors: urgent alone, emergencies with a nerve symptom (COMBINATIONS).
    Question(
        "cancer_history",
        Tier.URGENT,
        "NICE CG75/NG234: new back pain after cancer, contact the team within 24 hours (not non-melanoma skin cancer)",
        ("If you have a history of cancer and you develop new back pain", "History of cancer"),
    ),
    Question("fever", Tier.URGENT, NHS_URGENT + " for a high temperature", ("If it's accompanied by fever", "Fever")),
    Question(
        "recent_infection",
        Tier.URGENT,
        NG59 + ": a bacterial infection (urine, kidney, chest, skin) or an operation or injection on the back",
        ("Recent infection",),
    ),
    Question("iv_drug_use", Tier.URGENT, NG59, ("History of IV drug use",)),
    Question(
        "immune_medicines",
        Tier.URGENT,
        NG59 + "; fracture risk with long-term steroid tablets",
        ("Use of steroids or drugs that weaken the immune system",),
    ),
    # Nerve symptoms: emergencies in both legs, when worsening, or with a risk factor above.
    Question(
        "walking_difficulty",
        Tier.URGENT,
        "NICE CKS: gait disturbance (cord or cauda equina compression): legs weak, unsteady or giving way, new",
    ),
    Question(
        "leg_weakness",
        Tier.DOCTOR,
        "The article; NHS sciatica: see a GP; " + THIRD_PASS + " (tingling in one leg)",
        ("If it causes weakness, numbness, or tingling in one or both legs",),
    ),
    Question(
        "leg_weakness_both",
        Tier.EMERGENCY,
        NHS_999 + " for weakness or numbness in both legs (new or getting worse)",
        follows="leg_weakness",
    ),
    Question(
        "leg_weakness_worse",
        Tier.EMERGENCY,
        "NICE CKS: severe or progressive neurological deficit",
        follows="leg_weakness",
    ),
    Question(
        "leg_pain",
        Tier.DOCTOR,
        "The article; NHS sciatica: see a GP if it is not improving",
        ("If the pain spreads down one or both legs, especially if the pain extends below the knee",),
    ),
    Question(
        "leg_pain_both",
        Tier.EMERGENCY,
        "NHS sciatica: call 999 for sciatica on both sides (new or getting worse)",
        follows="leg_pain",
    ),
    Question(
        "leg_pain_below_knee",
        Tier.DOCTOR,
        "The article (especially below the knee); NICE NG59: sciatica, the nerve symptom the combinations need",
        follows="leg_pain",
    ),
    Question(
        "abdominal_pain",
        Tier.URGENT,
        "The article (red flag); it can come from the aorta, or an ectopic pregnancy, not the back",
        ("Abdominal pain",),
    ),
    Question(
        "abdominal_pain_sudden",
        Tier.EMERGENCY,
        "NHS abdominal aortic aneurysm: sudden or severe pain in the tummy or lower back, call 999",
        follows="abdominal_pain",
    ),
    # Cannot lead to an emergency: fracture, cancer and the article's doctor signs.
    Question("osteoporosis", Tier.URGENT, "NICE CKS: fracture risk with osteoporosis"),
    Question(
        "fall",
        Tier.URGENT,
        "NICE CKS: minor trauma (a fall, a knock or a lift) in an older person is a fracture red flag",
        follows="over_65",
    ),
    Question(
        "weight_loss",
        Tier.DOCTOR,
        "The article; NHS back pain (a lump, or the back changing shape); " + THIRD_PASS,
        ("If it's accompanied by unexplained weight loss", "Weight loss without trying"),
    ),
    Question(
        "night_pain",
        Tier.DOCTOR,
        "The article; Harding, Spine 2005 and NICE CKS: pain at night even lying still; " + THIRD_PASS,
        ("Pain that's worse at night or wakes you up",),
    ),
    Question(
        "severe_rest_pain",
        Tier.DOCTOR,
        "The article (seek medical help); third clinical review: doctor alone, 'severe' defined in plain words",
        (
            "If your pain is severe and doesn't improve with rest",
            "Severe pain that doesn't improve with rest",
        ),
    ),
    Question(
        "not_improving",
        Tier.DOCTOR,
        "The article; NHS: see a GP if it does not improve after a few weeks of home treatment",
        ("If your back pain doesn't improve within a few weeks",),
    ),
)

# --- Combinations -----------------------------------------------------------------------------------

# For the emergency combinations: walking trouble, a leg giving way or getting weaker, sciatica below the
# knee. Numbness or tingling in one leg is a doctor flag instead (urgent with a risk factor): the third review.
NERVE_SYMPTOMS = frozenset({"walking_difficulty", "leg_weakness_worse", "leg_pain_below_knee"})
INFECTION_RISKS = frozenset({"fever", "recent_infection", "iv_drug_use", "immune_medicines"})
HEART_OR_AORTA_SIGNS = frozenset({"sudden_onset", "breathless_sweaty"})
DOCTOR_FLAGS = frozenset({"upper_back", "weight_loss", "leg_weakness", "night_pain"})
RISK_FACTORS = frozenset({"cancer_history", "immune_medicines", "osteoporosis", "over_70", "fall"})
CANCER_FLAGS = frozenset({"upper_back", "weight_loss", "night_pain"})

COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        "heart_or_aorta_with_upper_back_pain",
        Tier.EMERGENCY,
        (HEART_OR_AORTA_SIGNS, frozenset({"upper_back"})),
        IRAD + " (type B, between the shoulder blades); " + HEART,
    ),
    Combination(
        "heart_or_aorta_with_faintness",
        Tier.EMERGENCY,
        (HEART_OR_AORTA_SIGNS, frozenset({"faintness"})),
        "NHS abdominal aortic aneurysm (sudden severe pain with dizziness, call 999); " + HEART,
    ),
    Combination(
        "heart_or_aorta_over_50",
        Tier.EMERGENCY,
        (HEART_OR_AORTA_SIGNS, frozenset({"over_50"})),
        "IRAD and ESC 2024 (abrupt, severe pain is the cardinal sign of an aortic syndrome, mean age about 63); "
        "Canto 2000 and 2012 (heart attacks without chest pain are commoner in older people)",
    ),
    Combination(
        "sudden_pain_with_breathlessness",
        Tier.EMERGENCY,
        (frozenset({"sudden_onset"}), frozenset({"breathless_sweaty"})),
        IRAD + "; " + HEART,
    ),
    Combination(
        "sudden_pain_with_tummy_pain",
        Tier.EMERGENCY,
        (frozenset({"sudden_onset"}), frozenset({"abdominal_pain"})),
        "NHS abdominal aortic aneurysm: sudden, severe pain in the tummy or lower back, call 999",
    ),
    Combination(
        "faintness_with_tummy_pain",
        Tier.EMERGENCY,
        (frozenset({"faintness"}), frozenset({"abdominal_pain"})),
        "NICE NG126 and NHS ectopic pregnancy (tummy pain with fainting); NHS abdominal aortic aneurysm",
    ),
    Combination(
        "cancer_with_nerve_symptoms",
        Tier.EMERGENCY,
        (frozenset({"cancer_history"}), NERVE_SYMPTOMS),
        "NICE CG75/NG234: suspected spinal cord compression with nerve symptoms is an oncological emergency",
    ),
    Combination(
        "infection_risk_with_nerve_symptoms",
        Tier.EMERGENCY,
        (INFECTION_RISKS, NERVE_SYMPTOMS),
        "NICE CKS: infection risk with a neurological deficit (spinal epidural abscess)",
    ),
    Combination(
        "walking_difficulty_with_nerve_symptoms",
        Tier.EMERGENCY,
        (frozenset({"walking_difficulty"}), frozenset({"leg_weakness", "leg_pain_below_knee"})),
        "NICE CKS: gait disturbance with other nerve symptoms (cord or cauda equina compression)",
    ),
    Combination(
        "fracture_risk_with_a_fall",
        Tier.URGENT,
        (frozenset({"osteoporosis", "immune_medicines"}), frozenset({"fall"})),
        "NICE CKS: minor trauma in people with osteoporosis or corticosteroid use (vertebral fracture)",
    ),
    Combination(
        "doctor_flag_with_a_risk_factor",
        Tier.URGENT,
        (DOCTOR_FLAGS, RISK_FACTORS),
        "Third clinical review (NICE CKS, CG75): upper back pain, weight loss, a lump, tingling in one leg or "
        "night pain with cancer, steroids, osteoporosis, age 70 or over, or a fall at 65 or over",
    ),
    Combination(
        "cancer_flag_over_50",
        Tier.URGENT,
        (CANCER_FLAGS, frozenset({"over_50"})),
        "NICE CKS: age over 50 with weight loss, night pain or thoracic pain (cancer red flags)",
    ),
    Combination(
        "over_70",
        Tier.DOCTOR,
        (frozenset({"over_70"}),),
        "Henschke 2009: age over 70 is one of the few red flags that raises the chance of a fracture; "
        "new back pain at that age should see a doctor",
    ),
)

# Questions about the legs, for answers such as "just one" or "both" (skill.core.meaning).
LEG_QUESTIONS = frozenset({"leg_weakness", "walking_difficulty", "leg_pain"})  # one leg or both is a yes
BOTH_LEGS_QUESTIONS = frozenset({"leg_weakness_both", "leg_pain_both"})  # "just one" is a no

SIGNS_BY_ID: dict[str, Question] = {sign.id: sign for sign in WARNING_SIGNS}
AGE_FACTS_BY_ID: dict[str, AgeFact] = {fact.id: fact for fact in AGE_FACTS}


def follows_a_yes(sign: Question) -> bool:
    """Whether ``sign`` is asked only after a yes to another question (not just at some ages)."""
    return sign.follows in SIGNS_BY_ID


# Each sign's and age fact's own tier: an age fact alone is nothing (a rule gives it a tier).
TIERS: dict[str, Tier] = {**{fact.id: Tier.HOME for fact in AGE_FACTS}, **{s.id: s.tier for s in WARNING_SIGNS}}
# An emergency behind which may be the heart or the aorta: "don't drive yourself" (NHS heart attack and AAA pages).
HEART_OR_AORTA = frozenset(
    {
        "chest_pain",
        "breathless_sweaty",
        "sudden_onset",
        "faintness",
        "passed_out",
        "aortic_aneurysm",
        "abdominal_pain_sudden",
    }
)
# "A bit" to one of these is not a yes: it asks how bad or how sudden (skill.core.meaning).
SEVERITY_QUESTIONS = frozenset({"sudden_onset", "leg_weakness_worse", "abdominal_pain_sudden", "severe_rest_pain"})
