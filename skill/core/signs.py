"""The warning signs the check asks about, the age rules, and the combinations that raise the tier, as data.

Each sign is one yes/no question. The order of ``WARNING_SIGNS`` is the order they are
asked: the time-critical questions first (chest, breathlessness, sudden onset, pain at
rest, faintness), then every other question that can lead to an emergency, alone,
through a follow-up or through a combination, before any that cannot (a test enforces
this). A follow-up (``follows``) is asked only when one of what it follows holds: a yes
to that question, or an age fact (``AGE_FACTS``) that holds for the person.

A follow-up with one question before it says that question more precisely ("does it go
below the knee?" after "pain in a leg?"), so a yes to it is the reason said, not both.
Some follow-ups ask whether a yes had an ordinary reason the other way round: the
question that decides is the specific one ("has it become hard to start or stop
peeing?" after "a new problem peeing?"), so a person whose yes was a burning pee is not
sent to the emergency number, and one whose yes was the serious thing is.

Age is asked once, before the signs. It is not a sign: it adds the age facts that
hold (``age_facts``) to the signs answered yes, so an age rule is a combination with an
age group (``COMBINATIONS``). Someone who would rather not say their age is treated as
the oldest group, the cautious choice.

The verdict is the most urgent tier among the signs answered yes (or "not sure") and
the combinations whose every group has such a sign or age fact
(``skill.core.triage.tier_of``). A combination may carry its own advice (``advice``):
"contact your cancer team's 24-hour line" for spinal cord compression, "the emergency
department today" for a fever with an infection risk.

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
    # Asked only when one of these holds: a yes to the question with that id, or that age fact.
    follows: tuple[str, ...] = ()


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
    # What the verdict advises when this combination sets it, if not its tier's usual words
    # (a speech key: ``verdict.<advice>``); ``ADVICE_WINS`` says which outrank the tier's own.
    advice: str | None = None


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
    AgeFact(
        "over_65",
        65,
        "NICE CKS: minor trauma, such as a fall, a knock or a lift, is a fracture red flag in older people",
    ),
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
FOURTH_PASS = "fourth clinical review (realistic patients): a yes with an ordinary reason"
SAFETY_OFFICER = "clinical safety officer's review (round four)"
CLINICIAN_FIVE = "fifth clinical review (independent clinician, round four)"

WARNING_SIGNS: tuple[Question, ...] = (
    # Time-critical: the heart, the lungs and the aorta. Asked first.
    Question(
        "chest_pain",
        Tier.EMERGENCY,
        NHS_999 + " for chest pain with back pain; asked for today, so chest pain long past or long known is not a yes",
    ),
    Question(
        "breathless_sweaty",
        Tier.DOCTOR,
        HEART + "; " + FOURTH_PASS + " (sickness from painkillers or a long-standing cause): doctor alone, the "
        "follow-up decides",
    ),
    Question(
        "breathless_with_pain",
        Tier.URGENT,
        HEART + ": breathlessness, a cold sweat or sickness that came on with the pain; urgent alone, an emergency "
        "at 50 and over, with upper back pain, faintness or sudden pain",
        follows=("breathless_sweaty",),
    ),
    Question(
        "breathing_pain",
        Tier.URGENT,
        "NHS pulmonary embolism: pain in the chest or upper back, worse when breathing in, with breathlessness: "
        "call 999 or go to A&E; asked after any breathlessness, whether or not it came with the pain ("
        + CLINICIAN_FIVE
        + ": a clot's breathlessness may come first); an emergency with breathlessness that came with the pain or "
        "with pain in the upper back, urgent alone (a low back strain also catches on a deep breath)",
        follows=("breathless_sweaty",),
    ),
    Question(
        "sudden_onset",
        Tier.DOCTOR,
        IRAD + "; " + SAFETY_OFFICER + ": asked as how the pain began (at its worst within a minute), not why, so "
        "a dissection during effort is not missed; doctor alone, as lifting strains begin this way too",
    ),
    Question(
        "blood_thinner",
        Tier.EMERGENCY,
        SAFETY_OFFICER + ": sudden back pain on a blood thinner can be a bleed around the spinal cord (spinal "
        "epidural haematoma), an emergency; anticoagulants only, not aspirin (" + CLINICIAN_FIVE + ")",
        follows=("sudden_onset",),
    ),
    Question(
        "rest_pain",
        Tier.DOCTOR,
        "The article (severe pain that doesn't improve with rest); " + SAFETY_OFFICER + ": pain that stays severe "
        "at rest gates the sudden-pain rules, as a dissection's pain does not ease with rest (IRAD); asked as "
        "'stays severe whatever position you rest in', and 'too bad to lie still' is a yes (" + CLINICIAN_FIVE + ")",
        (
            "If your pain is severe and doesn't improve with rest",
            "Severe pain that doesn't improve with rest",
        ),
    ),
    Question("faintness", Tier.URGENT, "NHS abdominal aortic aneurysm: dizziness with back pain; cautious grade"),
    Question(
        "passed_out",
        Tier.EMERGENCY,
        "NHS abdominal aortic aneurysm and heart attack pages: fainting with back pain, call 999",
        follows=("faintness",),
    ),
    Question(
        "aortic_aneurysm",
        Tier.EMERGENCY,
        "NICE NG156: new back or tummy pain with a known aortic aneurysm, think of rupture, refer immediately "
        "(asked from 50, below NG156's 60, to be cautious)",
        follows=("over_50",),
    ),
    Question(
        "upper_back",
        Tier.URGENT,
        SAFETY_OFFICER + ": pain between the shoulder blades is at least 'today' (ESC 2024 aortic guideline; "
        "Hatzaras 2007; NICE CG75 thoracic pain; the NHS back pain page's urgent list)",
    ),
    Question(
        "injury",
        Tier.HOME,
        "The article: back pain 'can start quickly if you fall or lift something heavy', the commonest ordinary "
        "start; it matters with its follow-up, with osteoporosis or steroids, or at 65 and over (NICE CKS)",
    ),
    Question(
        "serious_accident",
        Tier.EMERGENCY,
        NHS_999 + " for back pain after a serious accident",
        follows=("injury",),
    ),
    # The nerves at the bottom of the spine (cauda equina syndrome): new, in the last two weeks.
    Question(
        "bladder_bowel",
        Tier.URGENT,
        FOURTH_PASS + ": a new problem peeing is often a urine infection or stress leaks (urgent: a doctor "
        "today); the follow-up in the GIRFT wording decides the emergency",
        (
            "If you've had a recent bladder or bowel control problem",
            "Loss of bowel or bladder control",
        ),
    ),
    Question(
        "bladder_control",
        Tier.EMERGENCY,
        NHS_999 + " for loss of bladder or bowel control, or difficulty peeing; " + GIRFT + " (difficulty starting, "
        "stopping or knowing you need to go; not burning); bowel control asked here too (" + CLINICIAN_FIVE + ")",
        follows=("bladder_bowel",),
    ),
    Question(
        "saddle_numbness",
        Tier.EMERGENCY,
        NHS_999 + " for numbness around the genitals or buttocks; " + GIRFT + " (altered sensation when wiping or "
        "during sex; the separate erection question was dropped by the safety officer's review)",
    ),
    # Risk factors: urgent alone, emergencies with a nerve symptom (COMBINATIONS).
    Question(
        "cancer_history",
        Tier.URGENT,
        "NICE CG75/NG234: new back pain after cancer, contact the team within 24 hours (not non-melanoma skin cancer)",
        ("If you have a history of cancer and you develop new back pain", "History of cancer"),
    ),
    Question("fever", Tier.URGENT, NHS_URGENT + " for a high temperature", ("If it's accompanied by fever", "Fever")),
    Question(
        "sepsis_signs",
        Tier.EMERGENCY,
        "NHS sepsis page: call 999 for breathing very fast, or skin, lips or tongue that are blotchy, pale or blue "
        "(" + CLINICIAN_FIVE + ": asked after a fever, in place of counting any breathlessness or sickness)",
        follows=("fever",),
    ),
    Question(
        "recent_infection",
        Tier.URGENT,
        NG59 + ": a bacterial infection (urine, kidney, chest, skin) or an operation or injection on the back",
        ("Recent infection",),
    ),
    Question(
        "diabetes",
        Tier.URGENT,
        "NICE CKS: diabetes is a risk factor for a spinal epidural abscess; asked after a fever or an infection",
        follows=("fever", "recent_infection"),
    ),
    Question("iv_drug_use", Tier.URGENT, NG59, ("History of IV drug use",)),
    Question(
        "immune_medicines",
        Tier.URGENT,
        NG59 + "; fracture risk with long-term steroid tablets",
        ("Use of steroids or drugs that weaken the immune system",),
    ),
    # The legs: one question, and its follow-ups say what kind, where and how many.
    Question(
        "leg_symptoms",
        Tier.DOCTOR,
        "The article (pain down one or both legs; weakness, numbness or tingling); NHS sciatica: see a GP",
        (
            "If the pain spreads down one or both legs, especially if the pain extends below the knee",
            "If it causes weakness, numbness, or tingling in one or both legs",
        ),
    ),
    Question(
        "leg_below_knee",
        Tier.DOCTOR,
        "The article (especially below the knee); NICE NG59: sciatica",
        follows=("leg_symptoms",),
    ),
    Question(
        "leg_numb",
        Tier.DOCTOR,
        "The article; NHS sciatica: see a GP; " + THIRD_PASS + " (numbness or tingling in one leg)",
        follows=("leg_symptoms",),
    ),
    Question(
        "leg_weak",
        Tier.URGENT,
        "NICE CKS: a neurological deficit (a weak leg, a leg giving way, unsteady walking); "
        + SAFETY_OFFICER
        + ": one leg getting weaker is urgent, the NHS 999 list names both legs",
        follows=("leg_symptoms",),
    ),
    Question(
        "legs_both",
        Tier.DOCTOR,
        NHS_999 + " for pain, numbness or weakness in both legs, and NHS sciatica for sciatica on both sides, when "
        "new (in the last two weeks, " + SAFETY_OFFICER + "); aching in both thighs without nerve symptoms "
        "(polymyalgia) is not (" + FOURTH_PASS + ")",
        follows=("leg_symptoms",),
    ),
    Question(
        "abdominal_pain",
        Tier.DOCTOR,
        "The article (red flag); " + FOURTH_PASS + ": the person's usual tummy pain (IBS, periods) is doctor",
        ("Abdominal pain",),
    ),
    Question(
        "abdominal_new",
        Tier.URGENT,
        "The article (red flag): tummy pain that is new or different can come from the aorta, or an ectopic "
        "pregnancy, not the back; asked as 'new for you', so someone who never has tummy pain says yes ("
        + CLINICIAN_FIVE
        + ")",
        follows=("abdominal_pain",),
    ),
    Question(
        "abdominal_severe",
        Tier.EMERGENCY,
        "NHS abdominal aortic aneurysm: sudden, severe pain in the tummy or lower back, call 999",
        follows=("abdominal_new",),
    ),
    # Cannot lead to an emergency: fracture, cancer and the article's doctor signs.
    Question(
        "osteoporosis",
        Tier.URGENT,
        "NICE CKS: fracture risk with osteoporosis; asked at 50 and over, or after a fall, a lift or sudden pain "
        "(known osteoporosis before 50 is rare, and mostly from steroids, asked about)",
        follows=("injury", "sudden_onset", "over_50"),
    ),
    Question(
        "weight_loss",
        Tier.DOCTOR,
        "The article; " + THIRD_PASS,
        ("If it's accompanied by unexplained weight loss", "Weight loss without trying"),
    ),
    Question("lump", Tier.DOCTOR, "NHS back pain (a lump or swelling, or the back changing shape); " + THIRD_PASS),
    Question(
        "night_pain",
        Tier.DOCTOR,
        "The article; Harding, Spine 2005 and NICE CKS: pain at night even lying still (asked after a yes to pain "
        "at rest); " + THIRD_PASS,
        ("Pain that's worse at night or wakes you up",),
        follows=("rest_pain",),
    ),
    Question(
        "not_improving",
        Tier.DOCTOR,
        "The article; NHS: see a GP if it does not improve after a few weeks of home treatment",
        ("If your back pain doesn't improve within a few weeks",),
    ),
)

# --- Combinations -----------------------------------------------------------------------------------

# Nerve symptoms in a leg, for the combinations: any of the legs' follow-ups but "both legs" itself.
LEG_NERVE_SIGNS = frozenset({"leg_below_knee", "leg_numb", "leg_weak"})
INFECTION_RISKS = frozenset({"fever", "recent_infection", "iv_drug_use", "immune_medicines"})
INFECTIONS = frozenset({"fever", "recent_infection"})
DOCTOR_FLAGS = frozenset({"weight_loss", "lump", "leg_numb", "night_pain"})
RISK_FACTORS = frozenset({"cancer_history", "immune_medicines", "osteoporosis", "over_70"})  # with a doctor flag
CANCER_FLAGS = frozenset({"weight_loss", "lump", "night_pain"})
CONSTANT_SUDDEN_PAIN = (frozenset({"sudden_onset"}), frozenset({"rest_pain"}))

COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        "sudden_constant_pain_with_upper_back_pain",
        Tier.EMERGENCY,
        (*CONSTANT_SUDDEN_PAIN, frozenset({"upper_back"})),
        IRAD + " (type B, between the shoulder blades, pain that does not ease); " + SAFETY_OFFICER,
    ),
    Combination(
        "sudden_constant_pain_over_50",
        Tier.EMERGENCY,
        (*CONSTANT_SUDDEN_PAIN, frozenset({"over_50"})),
        "IRAD and ESC 2024 (abrupt, severe pain is the cardinal sign of an aortic syndrome, mean age about 63); "
        + SAFETY_OFFICER
        + ": gated by pain just as bad lying still",
    ),
    Combination(
        "breathlessness_with_upper_back_pain_over_50",
        Tier.EMERGENCY,
        (frozenset({"breathless_sweaty"}), frozenset({"upper_back"}), frozenset({"over_50"})),
        "NHS pulmonary embolism (pain in the upper back with difficulty breathing: call 999) and heart attack "
        "pages: between the shoulder blades at 50 and over, breathlessness, a cold sweat or sickness is an "
        "emergency even when the person puts it down to something else",
    ),
    Combination(
        "sudden_constant_pain",
        Tier.URGENT,
        CONSTANT_SUDDEN_PAIN,
        IRAD + ": abrupt pain that does not ease lying still, at any age, is seen today (" + SAFETY_OFFICER + ")",
    ),
    Combination(
        "breathing_pain_with_new_breathlessness",
        Tier.EMERGENCY,
        (frozenset({"breathing_pain"}), frozenset({"breathless_with_pain"})),
        "NHS pulmonary embolism: pain worse when breathing in, with breathlessness, call 999",
    ),
    Combination(
        "breathing_pain_in_the_upper_back",
        Tier.EMERGENCY,
        (frozenset({"breathing_pain"}), frozenset({"upper_back"})),
        "NHS pulmonary embolism: pain in the chest or upper back, worse when breathing in, with breathlessness, "
        "call 999, whenever the breathlessness began (" + CLINICIAN_FIVE + ")",
    ),
    Combination(
        "heart_signs_with_upper_back_pain",
        Tier.EMERGENCY,
        (frozenset({"breathless_with_pain"}), frozenset({"upper_back"})),
        HEART + "; NHS pulmonary embolism (upper back pain with breathlessness, call 999)",
    ),
    Combination(
        "heart_signs_over_50",
        Tier.EMERGENCY,
        (frozenset({"breathless_with_pain"}), frozenset({"over_50"})),
        "Canto 2000 and 2012 (heart attacks without chest pain are commoner in older people)",
    ),
    Combination(
        "heart_signs_with_faintness",
        Tier.EMERGENCY,
        (frozenset({"breathless_with_pain"}), frozenset({"faintness"})),
        HEART + "; NHS heart attack: light-headed or dizzy",
    ),
    Combination(
        "sudden_pain_with_faintness",
        Tier.EMERGENCY,
        (frozenset({"sudden_onset"}), frozenset({"faintness"})),
        "NHS abdominal aortic aneurysm (sudden severe pain with dizziness, call 999); no longer gated by pain at "
        "rest (" + CLINICIAN_FIVE + ")",
    ),
    Combination(
        "faintness_with_severe_or_sudden_pain_over_50",
        Tier.EMERGENCY,
        (frozenset({"faintness"}), frozenset({"sudden_onset", "rest_pain"}), frozenset({"over_50"})),
        "NHS abdominal aortic aneurysm and NICE NG156 (dizziness with severe back pain in an older person: a "
        "leaking aneurysm); " + CLINICIAN_FIVE + ": pain that built over minutes but stays severe counts",
    ),
    Combination(
        "constant_pain_with_new_tummy_pain_over_50",
        Tier.EMERGENCY,
        (frozenset({"rest_pain"}), frozenset({"abdominal_new"}), frozenset({"over_50"})),
        "NHS abdominal aortic aneurysm and NICE NG156 (back and tummy pain that will not ease, in an older person); "
        + CLINICIAN_FIVE,
    ),
    Combination(
        "sudden_pain_with_breathlessness",
        Tier.EMERGENCY,
        (frozenset({"sudden_onset"}), frozenset({"breathless_with_pain"})),
        IRAD + "; " + HEART,
    ),
    Combination(
        "sudden_constant_pain_with_new_tummy_pain",
        Tier.EMERGENCY,
        (*CONSTANT_SUDDEN_PAIN, frozenset({"abdominal_new"})),
        "NHS abdominal aortic aneurysm: sudden, severe pain in the tummy or lower back, call 999",
    ),
    Combination(
        "faintness_with_tummy_pain",
        Tier.EMERGENCY,
        (frozenset({"faintness"}), frozenset({"abdominal_pain"})),
        "NICE NG126 and NHS ectopic pregnancy (tummy pain with fainting; the pain can feel like a period's, so the "
        "person's usual tummy pain counts too); NHS abdominal aortic aneurysm",
    ),
    Combination(
        "fever_with_faintness",
        Tier.EMERGENCY,
        (frozenset({"fever"}), frozenset({"faintness"})),
        SAFETY_OFFICER + ": sepsis (UK Sepsis Trust: fever with feeling faint, call 999); breathlessness or "
        "sickness no longer counts here, as flu's does not mean sepsis: the sepsis question after a fever asks the "
        "NHS signs (" + CLINICIAN_FIVE + ")",
    ),
    Combination(
        "cancer_with_leg_symptoms",
        Tier.EMERGENCY,
        (frozenset({"cancer_history"}), LEG_NERVE_SIGNS | {"legs_both"}),
        "NICE NG234 and CG75: cancer with radicular pain (down the leg, below the knee: NICE NG59's sciatica), limb "
        "weakness or numbness is an oncological emergency, contact the cancer team immediately ("
        + SAFETY_OFFICER
        + "); leg pain above the knee alone is referred pain, and cancer alone is already 'today'; both legs "
        "newly affected counts (" + CLINICIAN_FIVE + ")",
        advice="cancer_team",
    ),
    Combination(
        "fever_with_cancer",
        Tier.EMERGENCY,
        (frozenset({"cancer_history"}), frozenset({"fever"})),
        "NICE NG151 (neutropenic sepsis: a fever during cancer treatment, assess immediately) and NG234; "
        + CLINICIAN_FIVE
        + ": the cancer team's 24-hour line now",
        advice="cancer_team",
    ),
    Combination(
        "infection_risk_with_a_weak_leg",
        Tier.EMERGENCY,
        (INFECTION_RISKS, frozenset({"leg_weak", "legs_both"})),
        "NICE CKS: infection risk with a neurological deficit (spinal epidural abscess); "
        + SAFETY_OFFICER
        + ": an emergency with a weak leg, urgent with sciatica",
    ),
    Combination(
        "infection_with_diabetes_or_immune_medicines_and_leg_numbness",
        Tier.EMERGENCY,
        (INFECTIONS, frozenset({"diabetes", "immune_medicines", "iv_drug_use"}), frozenset({"leg_numb"})),
        FOURTH_PASS + ": a recent infection with new tingling in a diabetic or immunosuppressed person (spinal "
        "epidural abscess; NICE CKS)",
    ),
    Combination(
        "new_bladder_problem_with_a_nerve_deficit",
        Tier.EMERGENCY,
        (frozenset({"bladder_bowel"}), frozenset({"leg_weak", "legs_both"})),
        GIRFT + ": bladder symptoms with a weak leg or symptoms in both legs is suspected cauda equina syndrome",
    ),
    Combination(
        "both_legs_with_nerve_symptoms",
        Tier.EMERGENCY,
        (frozenset({"legs_both"}), LEG_NERVE_SIGNS),
        NHS_999 + " (pain, numbness or weakness in both legs; sciatica on both sides), new in the last two weeks",
    ),
    Combination(
        "fever_with_an_infection_risk",
        Tier.URGENT,
        (frozenset({"fever"}), frozenset({"iv_drug_use", "immune_medicines"})),
        SAFETY_OFFICER + ": a fever in someone who injects drugs or takes immune-lowering medicines needs an "
        "emergency department today (a scan; an urgent care clinic cannot do one)",
        advice="emergency_department_today",
    ),
    Combination(
        "fracture_risk_with_an_injury",
        Tier.URGENT,
        (frozenset({"osteoporosis", "immune_medicines", "over_65"}), frozenset({"injury"})),
        "NICE CKS: minor trauma (a fall, a knock or a lift) in older people or people with osteoporosis or "
        "corticosteroid use (vertebral fracture); Henschke 2009",
    ),
    Combination(
        "doctor_flag_with_a_risk_factor",
        Tier.URGENT,
        (DOCTOR_FLAGS, RISK_FACTORS),
        "Third clinical review (NICE CKS, CG75): weight loss, a lump, tingling in one leg or night pain with "
        "cancer, steroids, osteoporosis, or age 70 or over",
    ),
    Combination(
        "cancer_flag_over_50",
        Tier.URGENT,
        (CANCER_FLAGS, frozenset({"over_50"})),
        "NICE CKS: age over 50 with weight loss, a lump or night pain (cancer red flags)",
    ),
    Combination(
        "over_70",
        Tier.DOCTOR,
        (frozenset({"over_70"}),),
        "Henschke 2009: age over 70 is one of the few red flags that raises the chance of a fracture; "
        "new back pain at that age should see a doctor",
    ),
)
# Advice that outranks its tier's usual words: the emergency department today is more than "your doctor
# today". The cancer team's line does not outrank "call the emergency number": it is said only when the
# cancer combination alone sets the tier.
ADVICE_WINS = frozenset({"emergency_department_today"})

# Questions about the legs, for answers such as "just one" or "both" (skill.core.meaning).
LEG_QUESTIONS = frozenset({"leg_symptoms", "leg_below_knee", "leg_numb", "leg_weak"})  # one leg or both: a yes
BOTH_LEGS_QUESTIONS = frozenset({"legs_both"})  # "just one" is a no

SIGNS_BY_ID: dict[str, Question] = {sign.id: sign for sign in WARNING_SIGNS}
AGE_FACTS_BY_ID: dict[str, AgeFact] = {fact.id: fact for fact in AGE_FACTS}


def is_asked(sign: Question, yes: frozenset[str]) -> bool:
    """Whether ``sign`` is asked, given the signs answered yes so far and the age facts that hold."""
    return not sign.follows or not yes.isdisjoint(sign.follows)


def follows_a_yes(sign: Question) -> bool:
    """Whether ``sign`` is asked only after a yes to another question (not just at some ages)."""
    return bool(sign.follows) and all(parent in SIGNS_BY_ID for parent in sign.follows)


def path_to(sign_id: str) -> tuple[str, ...]:
    """The questions a yes leads through to ``sign_id`` (its first sign parent, up the chain), and it."""
    parents = [parent for parent in SIGNS_BY_ID[sign_id].follows if parent in SIGNS_BY_ID]
    return (*path_to(parents[0]), sign_id) if parents else (sign_id,)


# Follow-ups that add a fact rather than say their question more precisely: both are said.
NOT_REFINEMENTS = frozenset({"blood_thinner"})


def refines(sign: Question) -> str | None:
    """The one question ``sign`` says more precisely, if it follows exactly one ("below the knee" after "a leg")."""
    if len(sign.follows) == 1 and sign.follows[0] in SIGNS_BY_ID and sign.id not in NOT_REFINEMENTS:
        return sign.follows[0]
    return None


# Each sign's and age fact's own tier: an age fact alone is nothing (a rule gives it a tier).
TIERS: dict[str, Tier] = {**{fact.id: Tier.HOME for fact in AGE_FACTS}, **{s.id: s.tier for s in WARNING_SIGNS}}
# An emergency behind which may be the heart, the lungs, the aorta or a bleed: "don't drive yourself" (NHS heart
# attack, pulmonary embolism and aortic aneurysm pages).
HEART_OR_AORTA = frozenset(
    {
        "chest_pain",
        "breathless_with_pain",
        "breathing_pain",
        "sudden_onset",
        "blood_thinner",
        "faintness",
        "passed_out",
        "aortic_aneurysm",
        "abdominal_severe",
    }
)
# What the safety net may name: symptoms a person would notice (not facts such as a diagnosis or a medicine).
SYMPTOMS = frozenset(
    {
        "chest_pain",
        "breathless_sweaty",
        "breathless_with_pain",
        "breathing_pain",
        "sudden_onset",
        "rest_pain",
        "faintness",
        "passed_out",
        "upper_back",
        "bladder_bowel",
        "bladder_control",
        "saddle_numbness",
        "fever",
        "sepsis_signs",
        "leg_symptoms",
        "leg_below_knee",
        "leg_numb",
        "leg_weak",
        "legs_both",
        "abdominal_pain",
        "abdominal_new",
        "abdominal_severe",
    }
)
# The safety net's usual signs (NHS back pain and cauda equina pages' 999 list; heart attack; breathlessness, as
# the clinical safety officer asked), most important first: said after the ones that would make it an emergency
# for this person (``triage.escalations``).
SAFETY_NET = ("chest_pain", "breathless_with_pain", "bladder_control", "saddle_numbness", "passed_out", "legs_both")
# Named in every safety net (unless answered yes), whatever else competes for its words: chest pain and the
# NHS 999 list's bladder or bowel control; for someone with a nerve symptom, cauda equina's other signs too
# (fifth clinical review: the group that can progress must hear them).
NET_ALWAYS = ("chest_pain", "bladder_control")
NET_ALWAYS_WITH_NERVES = ("saddle_numbness", "legs_both")
# A safety net that names the first already says the second: "a weak leg" covers "weak legs".
NET_COVERED_BY: dict[str, frozenset[str]] = {"legs_both": frozenset({"leg_weak"})}
# The nerves at the bottom of the spine: someone with one of these hears cauda equina's signs first in the net.
NERVE_SIGNS = frozenset(
    {
        "bladder_bowel",
        "bladder_control",
        "saddle_numbness",
        "leg_symptoms",
        "leg_below_knee",
        "leg_numb",
        "leg_weak",
        "legs_both",
    }
)
# "A bit" to one of these is not a yes: it asks how bad or how sudden (skill.core.meaning).
SEVERITY_QUESTIONS = frozenset({"sudden_onset", "rest_pain", "leg_weak", "abdominal_severe"})
