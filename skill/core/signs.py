"""The warning signs the check asks about, and the combinations that raise the tier, as data.

Each sign is one yes/no question. The order of ``WARNING_SIGNS`` is the order they are
asked: every question that can lead to an emergency, alone, through a follow-up or
through a combination, comes before any that cannot (a test enforces this). A
follow-up (``follows``) is asked only after a yes to the question it follows.

The verdict is the most urgent tier among the signs answered yes (or "not sure") and
the combinations whose every group has such a sign (``skill.core.triage.tier_of``).

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
    # A follow-up is asked only after a yes to the question with this id.
    follows: str | None = None


class Combination(NamedTuple):
    """Signs that together mean more than each alone: a yes to a sign of every group."""

    id: str
    tier: Tier
    groups: tuple[frozenset[str], ...]
    source: str


NHS_999 = "NHS back pain and cauda equina syndrome pages: call 999 or go to A&E"
GIRFT = "GIRFT national suspected cauda equina syndrome pathway (2023): new within the last 14 days"
NHS_URGENT = "NHS back pain: ask for an urgent GP appointment or call 111"
NG59 = "NICE NG59 and CKS low back pain: red flags for spinal infection"

WARNING_SIGNS: tuple[Question, ...] = (
    # Emergencies on their own: asked first.
    Question(
        "bladder_bowel",
        Tier.EMERGENCY,
        NHS_999 + " for loss of bladder or bowel control",
        (
            "If you've had a recent bladder or bowel control problem",
            "Loss of bowel or bladder control",
        ),
    ),
    Question("peeing_difficulty", Tier.EMERGENCY, NHS_999 + " for difficulty peeing"),
    Question("saddle_numbness", Tier.EMERGENCY, NHS_999 + " for numbness around the genitals or buttocks"),
    Question("wiping_numbness", Tier.EMERGENCY, GIRFT + " (altered sensation when wiping)"),
    Question("sexual_change", Tier.EMERGENCY, GIRFT + " (new sexual dysfunction)"),
    Question("chest_pain", Tier.EMERGENCY, NHS_999 + " for chest pain with back pain"),
    Question("faintness", Tier.URGENT, "NHS abdominal aortic aneurysm: dizziness with back pain; cautious grade"),
    Question(
        "faintness_sudden",
        Tier.EMERGENCY,
        "NHS abdominal aortic aneurysm: sudden, severe pain in the tummy or lower back with dizziness, call 999",
        follows="faintness",
    ),
    Question("serious_accident", Tier.EMERGENCY, NHS_999 + " for back pain after a serious accident"),
    # Nerve symptoms: emergencies in both legs, when worsening, or with a risk factor below.
    Question(
        "leg_weakness",
        Tier.URGENT,
        "The article; NHS: urgent GP or 111 for numbness or tingling with back pain",
        ("If it causes weakness, numbness, or tingling in one or both legs",),
    ),
    Question(
        "leg_weakness_both",
        Tier.EMERGENCY,
        NHS_999 + " for weakness or numbness in both legs",
        follows="leg_weakness",
    ),
    Question(
        "leg_weakness_worse",
        Tier.EMERGENCY,
        "NICE CKS: severe or progressive neurological deficit",
        follows="leg_weakness",
    ),
    Question("walking_difficulty", Tier.URGENT, "NICE CKS: gait disturbance (cord or cauda equina compression)"),
    Question(
        "leg_pain",
        Tier.DOCTOR,
        "The article; NHS sciatica: see a GP if it is not improving",
        ("If the pain spreads down one or both legs, especially if the pain extends below the knee",),
    ),
    Question("leg_pain_both", Tier.EMERGENCY, "NHS sciatica: call 999 for sciatica on both sides", follows="leg_pain"),
    Question(
        "abdominal_pain",
        Tier.URGENT,
        "The article (red flag); it can come from the aorta, not the back",
        ("Abdominal pain",),
    ),
    Question(
        "abdominal_pain_sudden",
        Tier.EMERGENCY,
        "NHS abdominal aortic aneurysm: sudden, severe pain in the tummy or lower back, call 999",
        follows="abdominal_pain",
    ),
    # Risk factors: urgent alone, emergencies with a nerve symptom (COMBINATIONS).
    Question(
        "cancer_history",
        Tier.URGENT,
        "NICE CG75/NG234: new back pain after cancer, contact the team within 24 hours",
        ("If you have a history of cancer and you develop new back pain", "History of cancer"),
    ),
    Question("fever", Tier.URGENT, NHS_URGENT + " for a high temperature", ("If it's accompanied by fever", "Fever")),
    Question("recent_infection", Tier.URGENT, NG59, ("Recent infection",)),
    Question("iv_drug_use", Tier.URGENT, NG59, ("History of IV drug use",)),
    Question(
        "immune_medicines",
        Tier.URGENT,
        NG59 + "; fracture risk with long-term steroid tablets",
        ("Use of steroids or drugs that weaken the immune system",),
    ),
    # Urgent: contact a doctor today.
    Question("osteoporosis", Tier.URGENT, "NICE CKS: fracture risk with osteoporosis"),
    Question(
        "fall",
        Tier.URGENT,
        "NICE CKS: a fall or knock in an older person or with osteoporosis; cautious, as age is not asked",
    ),
    Question("lump", Tier.URGENT, "NHS back pain (urgent list): a lump or swelling, or the back changing shape"),
    Question("upper_back", Tier.URGENT, "NICE CG75 (thoracic pain) and the NHS back pain urgent list"),
    Question(
        "weight_loss",
        Tier.URGENT,
        NHS_URGENT + " for weight loss",
        ("If it's accompanied by unexplained weight loss", "Weight loss without trying"),
    ),
    Question(
        "night_pain",
        Tier.URGENT,
        NHS_URGENT + " for pain worse at night",
        ("Pain that's worse at night or wakes you up",),
    ),
    Question(
        "severe_rest_pain",
        Tier.URGENT,
        NHS_URGENT + " for pain that does not improve after resting",
        (
            "If your pain is severe and doesn't improve with rest",
            "Severe pain that doesn't improve with rest",
        ),
    ),
    # See a doctor in the next week or two.
    Question("cough_pain", Tier.DOCTOR, "NHS back pain: pain worse when coughing, sneezing or straining"),
    Question(
        "not_improving",
        Tier.DOCTOR,
        "The article; NHS: see a GP if it does not improve after a few weeks of home treatment",
        ("If your back pain doesn't improve within a few weeks",),
    ),
)

NERVE_SYMPTOMS = frozenset({"leg_weakness", "leg_pain", "walking_difficulty"})
INFECTION_RISKS = frozenset({"fever", "recent_infection", "iv_drug_use", "immune_medicines"})

COMBINATIONS: tuple[Combination, ...] = (
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
        (frozenset({"walking_difficulty"}), frozenset({"leg_weakness", "leg_pain"})),
        "NICE CKS: gait disturbance with other nerve symptoms (cord or cauda equina compression)",
    ),
    Combination(
        "fracture_risk_with_a_fall",
        Tier.URGENT,
        (frozenset({"osteoporosis", "immune_medicines"}), frozenset({"fall"})),
        "NICE CKS: minor trauma in people with osteoporosis or corticosteroid use (vertebral fracture)",
    ),
)

# Questions about the legs, for answers such as "just one" or "both" (skill.core.meaning).
LEG_QUESTIONS = frozenset({"leg_weakness", "walking_difficulty", "leg_pain"})  # one leg or both is a yes
BOTH_LEGS_QUESTIONS = frozenset({"leg_weakness_both", "leg_pain_both"})  # "just one" is a no

SIGNS_BY_ID: dict[str, Question] = {sign.id: sign for sign in WARNING_SIGNS}
