"""The warning signs the check asks about, and the rules that combine them, as data: one record per sign.

Each sign is one yes/no question, and its record (``Question``) holds everything about it: its tier
alone, the conditions it serves (``skill.core.conditions``), when it is asked (``after``), the groups
other code asks about (``groups``), the words that answer it yes (``echoes``), its place in the safety
net and its sources. What is said lives in ``skill.core.speech``, keyed by the sign's id. Adding a sign
touches its record, its speech in each locale and its tests.

The order of ``WARNING_SIGNS`` is the asking order (the fourth clinical pass's question budget): the
questions asked of everyone, each followed by its follow-ups. A follow-up is asked only when one of its
``after`` alternatives holds in full: every sign in it answered yes and every age fact in it true for the
person. So follow-ups cost nothing on the all-no path; an age-gated question ("a known aneurysm", from
60) has an alternative of age facts only.

A follow-up that says its one question more precisely ("below the knee" after "a leg") is said as the
reason in place of it (``refines``); one that adds a fact (``adds_fact``: a blood thinner, a cold sweat)
is said beside it.

Age is asked once, before the signs. It is not a sign: it adds the age facts that hold (``age_facts``)
to the signs answered yes, so an age rule is a rule with an age group. Someone who would rather not say
their age is treated as having every age fact, the cautious choice.

The verdict is the most urgent tier among the signs answered yes (or "not sure") and the rules
(``RULES``) whose every group has such a sign or age fact (``skill.core.triage.tier_of``). The fourth
pass's rules hold throughout: a risk factor (a blood thinner, cancer, an infection risk, age) is never an
emergency alone, and nausea and everyday dizziness count for nothing alone.
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from skill.core.conditions import CONDITIONS_BY_ID


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


E, U, D, H = Tier.EMERGENCY, Tier.URGENT, Tier.DOCTOR, Tier.HOME


class Question(NamedTuple):
    """One warning sign (or one follow-up about it): its one record."""

    id: str
    tier: Tier  # its tier alone
    conditions: tuple[str, ...]  # the conditions it serves (skill.core.conditions)
    source: str  # where the sign, its tier and its wording come from
    # The article's bullet lines this question covers; empty for the signs public guidance adds.
    article_lines: tuple[str, ...] = ()
    # Asked only when one of these holds in full (signs answered yes, age facts true); () for everyone.
    after: tuple[tuple[str, ...], ...] = ()
    # What other code asks of a sign (``GROUPS`` says what each means).
    groups: frozenset[str] = frozenset()
    # The symptoms people name in answer (the SYMPTOM slot's ids) that answer this question yes.
    echoes: tuple[str, ...] = ()
    # Its place among the safety net's usual signs (1 first); 0 when it is not one of them.
    net_rank: int = 0
    # A safety net that names one of these already names this sign ("a weak leg" covers "weak legs").
    net_covered_by: tuple[str, ...] = ()
    # A follow-up that adds a fact rather than saying its question more precisely: both are said.
    adds_fact: bool = False

    @property
    def follows(self) -> tuple[str, ...]:
        """Every sign and age fact named in ``after``, in order (what it may follow)."""
        return tuple(dict.fromkeys(fact for alternative in self.after for fact in alternative))


# What each group means; a sign's ``groups`` names some of these.
GROUPS: dict[str, str] = {
    "leg": "about a leg: 'just one' or 'both' is a yes",
    "both_legs": "'is that in both legs?': 'just one' is a no",
    "severity": "asks how bad or how sudden: 'a bit' is not a yes but a 'not sure'",
    "dont_drive": "an emergency behind which may be the heart, the lungs, the aorta or a bleed: 'don't drive yourself'",
    "symptom": "something a person would notice: the safety net may name it",
    "net_always": "named in every safety net, unless answered yes",
    "net_with_nerves": "named in every safety net of someone with a nerve symptom",
    "nerve": "the nerves at the bottom of the spine: cauda equina's signs come first in the safety net",
    "bladder_sign": "a cauda equina bladder sign (GIRFT), not a urine infection's",
    "leg_nerve": "a nerve symptom in a leg (below the knee, numb, weak)",
    "infection_risk": "a risk of spinal infection (block 3): not a fever",
    "fragility": "a risk of a fragility fracture (block 4)",
    "mscc_pain": "a metastatic pain feature (block 2): upper back, steadily worse, severe at rest, night lying still",
}


class AgeFact(NamedTuple):
    """A fact about the person's age that a rule or a question uses: it holds from ``min_age`` to ``max_age``."""

    id: str
    min_age: int
    source: str
    max_age: int | None = None
    groups: frozenset[str] = frozenset()


class Rule(NamedTuple):
    """Signs (and age facts) that together mean more than each alone: one of every group."""

    id: str
    tier: Tier
    groups: tuple[frozenset[str], ...]
    conditions: tuple[str, ...]
    source: str
    # What the verdict advises when this rule sets it, if not its tier's usual words (a speech key:
    # ``verdict.<advice>``); ``ADVICE_WINS`` says which outrank the tier's own.
    advice: str | None = None
    # The advice is given only when this sign is answered yes too ("under a cancer team now").
    advice_when: str | None = None


Combination = Rule  # the name the tools and tests have used


# --- Age -------------------------------------------------------------------------------------

ADULT_AGE = 16  # NICE NG59 and CKS are for over 16s; a younger person is outside the intended use
OLDEST_AGE = 120  # an age above this was misheard: ask again

AGE_FACTS: tuple[AgeFact, ...] = (
    AgeFact(
        "over_50",
        50,
        "Fourth pass blocks 5-8: an aortic syndrome, a heart attack without chest pain and a clot's breathlessness "
        "are emergencies from 50 (IRAD mean age 63; Canto 2000)",
    ),
    AgeFact("over_60", 60, "Fourth pass block 5: NICE NG156 (a known aneurysm from 60; over 60, think AAA)"),
    AgeFact(
        "over_65",
        65,
        "Fourth pass block 4: NICE CKS, a fall, a knock or a lift is a fracture red flag from 65",
        groups=frozenset({"fragility"}),
    ),
    AgeFact("over_70", 70, "Fourth pass block 4: Henschke 2009, age over 70 is a red flag for fracture (D alone)"),
    AgeFact(
        "could_be_pregnant_age",
        ADULT_AGE,
        "Fourth pass block 10: the pregnancy question is asked at ages 16 to 55 (NICE NG126)",
        max_age=55,
    ),
)


def age_facts(age: int | None) -> frozenset[str]:
    """The age facts that hold at ``age``; all of them when the age is not known (the cautious choice)."""
    return frozenset(
        fact.id
        for fact in AGE_FACTS
        if age is None or (age >= fact.min_age and (fact.max_age is None or age <= fact.max_age))
    )


def is_adult(age: int) -> bool:
    return age >= ADULT_AGE


# --- The signs ---------------------------------------------------------------------------------

FOURTH = "fourth clinical pass"
NHS_999 = "NHS back pain and cauda equina syndrome pages: call 999 or go to A&E"
GIRFT = "GIRFT suspected cauda equina syndrome pathway (2023)"
NG59 = "NICE NG59 and CKS low back pain: red flags for spinal infection"


def _g(*names: str) -> frozenset[str]:
    return frozenset(names)


WARNING_SIGNS: tuple[Question, ...] = (
    # 2. The heart and the aorta: chest pain, on the condition's clock (NICE CG95).
    Question(
        "chest_pain",
        U,
        ("acs", "dissection"),
        FOURTH + " block 7: NICE CG95, chest pain 12 to 72 hours ago is seen the same day",
        groups=_g("symptom", "net_always", "dont_drive"),
        echoes=("chest_pain",),
        net_rank=1,
    ),
    Question(
        "chest_pain_recent",
        E,
        ("acs", "dissection"),
        FOURTH + " block 7: NICE CG95, chest pain in the last 12 hours is an emergency (asked as 'since this time "
        "yesterday')",
        after=(("chest_pain",),),
        groups=_g("symptom", "dont_drive"),
    ),
    # 3. Breathlessness: new in the last two weeks, then what separates a clot and a heart attack.
    Question(
        "breathless",
        D,
        ("acs", "pe"),
        FOURTH + " block 7: breathlessness is the commonest heart attack sign without chest pain (Canto 2000); "
        "usual asthma breathlessness is not an emergency",
        groups=_g("symptom"),
        echoes=("breathless",),
    ),
    Question(
        "breathless_new",
        U,
        ("acs", "pe"),
        FOURTH + " blocks 7 and 8: new breathlessness alone is same day under 50, an emergency from 50 (NICE NG158)",
        after=(("breathless",),),
        groups=_g("symptom", "dont_drive"),
        net_rank=2,
    ),
    Question(
        "breathing_pain",
        H,
        ("pe",),
        FOURTH + " block 8: pain catching on breathing in; nothing alone (a strain catches too), an emergency "
        "with new breathlessness (NICE NG158)",
        after=(("breathless_new",),),
        groups=_g("symptom", "dont_drive"),
        adds_fact=True,
    ),
    Question(
        "coughed_blood",
        H,
        ("pe",),
        FOURTH + " block 8: coughing blood (5-7%, Miniati 2012), with new breathlessness an emergency",
        after=(("breathless_new",),),
        groups=_g("symptom", "dont_drive"),
        adds_fact=True,
    ),
    Question(
        "calf_swollen",
        H,
        ("pe",),
        FOURTH + " block 8: a swollen or painful calf (a clot in the leg), with new breathlessness an emergency",
        after=(("breathless_new",),),
        groups=_g("symptom", "dont_drive"),
        adds_fact=True,
    ),
    # 4. How it began, not why (a dissection comes during effort).
    Question(
        "sudden_onset",
        D,
        ("aaa", "dissection", "spinal_bleed"),
        FOURTH + " block 6: sudden alone is a doctor (lifting strains begin this way); IRAD: abrupt severe pain",
        groups=_g("symptom", "severity", "dont_drive"),
    ),
    # 5. The article's severe pain that doesn't improve with rest.
    Question(
        "rest_pain",
        D,
        ("article", "mscc", "spinal_infection", "aaa", "dissection", "spinal_bleed"),
        "The article (severe pain that doesn't improve with rest); " + FOURTH + " blocks 2, 3, 5, 6 and 9: it "
        "gates the aortic, bleed and infection rules; asked as 'stays severe whatever position you rest in'",
        (
            "If your pain is severe and doesn't improve with rest",
            "Severe pain that doesn't improve with rest",
        ),
        groups=_g("symptom", "severity", "mscc_pain"),
    ),
    Question(
        "unlike_before",
        H,
        ("aaa",),
        FOURTH + " block 5: at 60 and over, severe pain at rest unlike any back pain before is an emergency; asked "
        "only where it changes the verdict (the budget asks it at 50+, departures.md)",
        after=(("rest_pain", "over_60"),),
        groups=_g("symptom"),
        adds_fact=True,
    ),
    Question(
        "cold_sweat",
        H,
        ("acs", "aaa", "dissection"),
        FOURTH + " blocks 5-7: a cold sweat, asked apart (no nausea): with new breathlessness, or at 50 and over "
        "with sudden or severe pain at rest, an emergency",
        after=(("breathless_new",), ("sudden_onset", "over_50"), ("rest_pain", "over_50")),
        groups=_g("symptom", "dont_drive"),
        adds_fact=True,
    ),
    # 6. About to faint, not everyday dizziness.
    Question(
        "faintness",
        U,
        ("aaa", "pe", "ectopic"),
        FOURTH + " block 5: nearly fainting alone is same day; dizzy on standing or spinning is not asked",
        groups=_g("symptom", "dont_drive"),
        echoes=("dizzy",),
    ),
    Question(
        "passed_out",
        E,
        ("aaa", "pe", "ectopic", "acs"),
        "NHS abdominal aortic aneurysm and heart attack pages: fainting with back pain, call 999",
        after=(("faintness",),),
        groups=_g("symptom", "dont_drive"),
        net_rank=5,
    ),
    # 7. At 60 and over, a known aneurysm.
    Question(
        "aortic_aneurysm",
        E,
        ("aaa",),
        FOURTH + " block 5: NICE NG156, new back or tummy pain with a known aneurysm, refer immediately (from 60)",
        after=(("over_60",),),
        groups=_g("dont_drive"),
    ),
    # 8. Between the shoulder blades.
    Question(
        "upper_back",
        D,
        ("mscc", "dissection", "acs", "pe"),
        FOURTH + " blocks 2 and 6-8: a doctor alone (16-35% have thoracic pain in a month, Briggs 2009); it "
        "raises the aortic, heart and clot rules",
        groups=_g("symptom", "mscc_pain"),
        echoes=("upper_back",),
    ),
    # 9. A fall, a knock or a lift.
    Question(
        "injury",
        H,
        ("fracture",),
        "The article: back pain 'can start quickly if you fall or lift something heavy', the commonest ordinary "
        "start; " + FOURTH + " block 4",
    ),
    Question(
        "serious_accident",
        E,
        ("fracture",),
        NHS_999 + " for back pain after a serious accident",
        after=(("injury",),),
        groups=_g("symptom"),
    ),
    Question(
        "osteoporosis",
        H,
        ("fracture",),
        FOURTH + " block 4: asked after a fall, lift or sudden start (NICE CKS: fracture risk with osteoporosis)",
        after=(("injury",), ("sudden_onset",)),
        groups=_g("fragility"),
        echoes=("osteoporosis",),
        adds_fact=True,
    ),
    # 10. The bladder and bowels: new, in the last two weeks; the GIRFT bladder signs decide.
    Question(
        "bladder_bowel",
        D,
        ("article", "ces", "spinal_infection", "kidney_infection"),
        "The article; " + FOURTH + " block 1: a new change alone is a doctor (burning, frequency, urge leaks and "
        "diarrhoea are commoner); " + GIRFT + ": new within 14 days",
        (
            "If you've had a recent bladder or bowel control problem",
            "Loss of bowel or bladder control",
        ),
        groups=_g("symptom", "nerve"),
        echoes=("bladder",),
    ),
    Question(
        "bladder_hard_to_start",
        E,
        ("ces",),
        GIRFT + ": difficulty starting to pee or a weak flow; " + NHS_999 + " for difficulty peeing",
        after=(("bladder_bowel",),),
        groups=_g("symptom", "nerve", "bladder_sign", "net_always"),
        net_rank=3,
    ),
    Question(
        "bladder_lost_feeling",
        E,
        ("ces",),
        GIRFT + ": not feeling the bladder fill or the pee or poo pass; " + NHS_999 + " for loss of control",
        after=(("bladder_bowel",),),
        groups=_g("symptom", "nerve", "bladder_sign"),
    ),
    # 11. The saddle.
    Question(
        "saddle_numbness",
        E,
        ("ces",),
        NHS_999 + " for numbness around the genitals or buttocks; " + GIRFT + " (altered sensation when wiping)",
        groups=_g("symptom", "nerve", "net_with_nerves"),
        echoes=("numb",),
        net_rank=6,
    ),
    # 12. Cancer.
    Question(
        "cancer_history",
        U,
        ("article", "mscc"),
        "The article; " + FOURTH + " block 2: any cancer yes is a doctor today (NICE NG234: suggestive pain within "
        "24 hours); not E alone (a risk factor)",
        ("If you have a history of cancer and you develop new back pain", "History of cancer"),
        echoes=("cancer",),
    ),
    Question(
        "cancer_team",
        H,
        ("mscc",),
        FOURTH + " block 2: 'call your cancer team's 24-hour line' only for someone under a team now; a fever "
        "under a team is an emergency (NICE CG151)",
        after=(("cancer_history",),),
        adds_fact=True,
    ),
    # 13. Fever, and the infection risks.
    Question(
        "fever",
        U,
        ("article", "spinal_infection", "kidney_infection", "kidney_stone"),
        "The article; NHS back pain: an urgent appointment or 111 for a high temperature; " + FOURTH + " block 3: "
        "fever alone is same day",
        ("If it's accompanied by fever", "Fever"),
        groups=_g("symptom"),
        echoes=("fever",),
    ),
    # 14.
    Question(
        "recent_infection",
        D,
        ("article", "spinal_infection"),
        "The article; " + NG59 + "; " + FOURTH + " block 3: a risk alone is a doctor",
        ("Recent infection",),
        groups=_g("infection_risk"),
        echoes=("infection",),
    ),
    Question(
        "sepsis_confused",
        E,
        ("spinal_infection", "kidney_infection"),
        FOURTH + " block 3: NICE NG51, new confusion is a high-risk sepsis sign",
        after=(("fever",), ("recent_infection",)),
        groups=_g("symptom"),
        adds_fact=True,
    ),
    Question(
        "sepsis_breathing",
        E,
        ("spinal_infection", "kidney_infection"),
        FOURTH + " block 3: NHS sepsis, breathing very fast, call 999",
        after=(("fever",), ("recent_infection",)),
        groups=_g("symptom"),
        adds_fact=True,
    ),
    Question(
        "sepsis_skin",
        E,
        ("spinal_infection", "kidney_infection"),
        FOURTH + " block 3: NHS sepsis, skin or lips blotchy, grey or blue, call 999",
        after=(("fever",), ("recent_infection",)),
        groups=_g("symptom"),
        adds_fact=True,
    ),
    Question(
        "sepsis_no_pee",
        E,
        ("spinal_infection", "kidney_infection"),
        FOURTH + " block 3: NHS sepsis, not peeing all day, call 999",
        after=(("fever",), ("recent_infection",)),
        groups=_g("symptom"),
        adds_fact=True,
    ),
    Question(
        "diabetes",
        H,
        ("spinal_infection",),
        FOURTH + " block 3: diabetes, asked after a fever or an infection (NICE CKS: epidural abscess risk)",
        after=(("fever",), ("recent_infection",)),
        groups=_g("infection_risk"),
        adds_fact=True,
    ),
    # 15.
    Question(
        "iv_drug_use",
        D,
        ("article", "spinal_infection"),
        "The article; " + NG59 + "; " + FOURTH + " block 3: ever injected alone is a doctor (2.6% ever, Lansky 2014)",
        ("History of IV drug use",),
        groups=_g("infection_risk"),
    ),
    Question(
        "iv_recent",
        U,
        ("spinal_infection",),
        FOURTH + " block 3: injecting in the last year is same day",
        after=(("iv_drug_use",),),
        groups=_g("infection_risk"),
    ),
    # 16.
    Question(
        "immune_medicines",
        D,
        ("article", "spinal_infection", "fracture"),
        "The article; " + NG59 + "; " + FOURTH + " blocks 3 and 4: a risk alone is a doctor; steroid tablets are a "
        "fragility risk",
        ("Use of steroids or drugs that weaken the immune system",),
        groups=_g("infection_risk", "fragility"),
        echoes=("steroids",),
    ),
    # 17. The legs: one question, then what kind, how many, and whether new or worse.
    Question(
        "leg_symptoms",
        D,
        ("article", "ces", "mscc", "spinal_infection", "spinal_bleed"),
        "The article (pain down one or both legs; weakness, numbness or tingling); NHS sciatica: see a GP",
        (
            "If the pain spreads down one or both legs, especially if the pain extends below the knee",
            "If it causes weakness, numbness, or tingling in one or both legs",
        ),
        groups=_g("symptom", "nerve", "leg"),
        echoes=("numb", "sciatica", "below_knee"),
    ),
    Question(
        "leg_below_knee",
        D,
        ("article", "ces", "mscc"),
        "The article (especially below the knee); NICE NG59: sciatica",
        after=(("leg_symptoms",),),
        groups=_g("symptom", "nerve", "leg", "leg_nerve"),
        echoes=("below_knee",),
    ),
    Question(
        "leg_numb",
        D,
        ("article", "ces", "mscc", "spinal_infection", "spinal_bleed", "fracture"),
        "The article; NHS sciatica: see a GP",
        after=(("leg_symptoms",),),
        groups=_g("symptom", "nerve", "leg", "leg_nerve"),
        echoes=("numb",),
    ),
    Question(
        "leg_weak",
        U,
        ("article", "ces", "mscc", "spinal_infection", "spinal_bleed", "fracture"),
        "NICE CKS: a neurological deficit (a weak leg, a leg giving way); one weak leg is same day",
        after=(("leg_symptoms",),),
        groups=_g("symptom", "nerve", "leg", "leg_nerve", "severity"),
    ),
    Question(
        "legs_both",
        D,
        ("ces", "mscc", "spinal_infection"),
        FOURTH + " block 1: asked after a nerve yes (aching thighs or stable stenosis in both legs: a doctor)",
        after=(("leg_below_knee",), ("leg_numb",), ("leg_weak",)),
        groups=_g("symptom", "nerve", "both_legs", "net_with_nerves"),
        net_covered_by=("leg_weak",),
        net_rank=7,
    ),
    Question(
        "legs_worse",
        E,
        ("ces",),
        FOURTH + " block 1: both legs, new or getting worse, is an emergency (NHS: sciatica on both sides, 999)",
        after=(("legs_both",),),
        groups=_g("symptom", "nerve"),
        echoes=("getting_worse",),
    ),
    # After sudden, rest pain, a weak or numb leg, bladder or saddle: a blood thinner (block 9).
    Question(
        "blood_thinner",
        H,
        ("spinal_bleed",),
        FOURTH + " block 9: asked after sudden or severe rest pain, a weak or numb leg, bladder or saddle; never E "
        "alone; anticoagulants, not aspirin alone",
        after=(
            ("sudden_onset",),
            ("rest_pain",),
            ("leg_weak",),
            ("leg_numb",),
            ("bladder_bowel",),
            ("saddle_numbness",),
        ),
        groups=_g("dont_drive"),
        echoes=("blood_thinner",),
        adds_fact=True,
    ),
    Question(
        "steadily_worse",
        H,
        ("mscc", "spinal_infection", "spinal_bleed"),
        FOURTH + " blocks 2, 3 and 9: steadily worse pain, asked after cancer, an infection risk or a blood thinner",
        after=(
            ("cancer_history",),
            ("fever",),
            ("recent_infection",),
            ("iv_drug_use",),
            ("immune_medicines",),
            ("blood_thinner",),
        ),
        groups=_g("symptom", "mscc_pain"),
        adds_fact=True,
        echoes=("getting_worse",),
    ),
    # 18. The tummy.
    Question(
        "abdominal_pain",
        D,
        ("article", "aaa", "dissection", "ectopic", "kidney_stone", "pancreatitis"),
        "The article (red flag); the person's usual tummy pain (IBS, periods) is a doctor",
        ("Abdominal pain",),
        groups=_g("symptom"),
        echoes=("tummy_pain",),
    ),
    Question(
        "abdominal_new",
        U,
        ("aaa", "dissection", "ectopic", "kidney_stone"),
        "The article (red flag): new or different tummy pain can come from the aorta or an ectopic pregnancy",
        after=(("abdominal_pain",),),
        groups=_g("symptom"),
    ),
    Question(
        "abdominal_sudden",
        E,
        ("aaa", "dissection", "pancreatitis"),
        FOURTH + " blocks 5 and 11: tummy pain that came on suddenly and severely (NHS AAA: call 999; CKS "
        "pancreatitis: admit)",
        after=(("abdominal_pain",),),
        groups=_g("symptom", "severity", "dont_drive"),
    ),
    Question(
        "pregnant",
        H,
        ("ectopic",),
        FOURTH + " block 10: asked after tummy pain or faintness at 16 to 55 (NICE NG126: pregnancy may be unknown)",
        after=(("abdominal_pain", "could_be_pregnant_age"), ("faintness", "could_be_pregnant_age")),
        adds_fact=True,
    ),
    # 19. Weight loss, and a lump after it or after cancer.
    Question(
        "weight_loss",
        D,
        ("article", "mscc"),
        "The article; a doctor alone (Downie, BMJ 2013: weak alone)",
        ("If it's accompanied by unexplained weight loss", "Weight loss without trying"),
        echoes=("weight_loss",),
    ),
    Question(
        "lump",
        U,
        ("mscc",),
        FOURTH + ": asked after cancer or weight loss; NHS back pain: a lump or swelling, urgent",
        after=(("cancer_history",), ("weight_loss",)),
        adds_fact=True,
    ),
    # 20.
    Question(
        "not_improving",
        D,
        ("article",),
        "The article; NHS: see a GP if it does not improve after a few weeks of home treatment",
        ("If your back pain doesn't improve within a few weeks",),
    ),
    # 21. Night pain: asked of everyone (the article), never higher than a doctor alone.
    Question(
        "night_pain",
        D,
        ("article", "mscc", "spinal_infection"),
        "The article (pain that's worse at night or wakes you up); " + FOURTH + ": asked of everyone, a doctor at "
        "most alone (44% have night pain, most on turning: Harding, Spine 2005)",
        ("Pain that's worse at night or wakes you up",),
        groups=_g("symptom"),
        echoes=("night_pain",),
    ),
    Question(
        "night_still",
        D,
        ("mscc", "spinal_infection"),
        FOURTH + ": 'is it there even when you lie still?' separates night pain's ordinary form; a doctor at most "
        "alone, a metastatic or infection pain feature with a risk",
        after=(("night_pain",),),
        groups=_g("symptom", "mscc_pain"),
    ),
)

SIGNS_BY_ID: dict[str, Question] = {sign.id: sign for sign in WARNING_SIGNS}
AGE_FACTS_BY_ID: dict[str, AgeFact] = {fact.id: fact for fact in AGE_FACTS}


def having(group: str) -> frozenset[str]:
    """The signs (and age facts) in ``group``."""
    signs = frozenset(sign.id for sign in WARNING_SIGNS if group in sign.groups)
    return signs | frozenset(fact.id for fact in AGE_FACTS if group in fact.groups)


def _one(*ids: str) -> frozenset[str]:
    return frozenset(ids)


# --- Rules: each names its conditions and its source ------------------------------------------------

SUDDEN, REST = _one("sudden_onset"), _one("rest_pain")
BLADDER_SIGNS = having("bladder_sign")
LEG_NERVE = having("leg_nerve")
INFECTION_RISKS = having("infection_risk")
FRAGILITY = having("fragility")
MSCC_PAIN = having("mscc_pain")
FALL_OR_SUDDEN = _one("injury", "sudden_onset")
WEAK_OR_BOTH = _one("leg_weak", "legs_worse")  # a weak leg, or both legs new or worse (block 1)

RULES: tuple[Rule, ...] = (
    # Block 6: aortic dissection.
    Rule(
        "dissection_sudden_severe_with_a_feature",
        E,
        (
            SUDDEN,
            REST,
            _one(
                "over_50",
                "upper_back",
                "chest_pain",
                "faintness",
                "abdominal_new",
                "breathless_new",
                "cold_sweat",
            ),
        ),
        ("dissection",),
        FOURTH + " block 6: sudden + severe at rest + 50+, upper back, chest pain, nearly fainting, new tummy pain, "
        "new breathlessness or cold sweat (IRAD; ESC 2024)",
    ),
    Rule(
        "dissection_sudden_severe",
        U,
        (SUDDEN, REST),
        ("dissection",),
        FOURTH + " block 6: sudden + severe at rest under 50 alone is same day",
    ),
    # Block 5: abdominal aortic aneurysm.
    Rule(
        "aaa_faint_with_pain",
        E,
        (_one("faintness"), _one("sudden_onset", "rest_pain", "abdominal_pain")),
        ("aaa", "ectopic"),
        FOURTH + " blocks 5 and 10: nearly fainting + sudden or severe-at-rest pain, or + any tummy pain (NHS AAA; "
        "NICE NG126)",
    ),
    Rule(
        "aaa_severe_at_rest_over_50",
        E,
        (REST, _one("over_50"), _one("sudden_onset", "abdominal_new", "cold_sweat")),
        ("aaa",),
        FOURTH + " block 5: at 50+, severe at rest + sudden start, new tummy pain or cold sweat (NICE NG156)",
    ),
    Rule(
        "aaa_severe_at_rest_unlike_before_over_60",
        E,
        (REST, _one("unlike_before"), _one("over_60")),
        ("aaa",),
        FOURTH + " block 5: at 60+, severe at rest and unlike any back pain before (renal colic guidance: over 60, "
        "think AAA)",
    ),
    Rule(
        "aaa_severe_at_rest_over_60",
        U,
        (REST, _one("over_60")),
        ("aaa",),
        FOURTH + " block 5: at 60+, severe pain at rest alone is same day (a usual flare at 60+: U)",
    ),
    # Block 7 and 8: heart attack and clot.
    Rule(
        "acs_new_breathlessness_with_a_feature",
        E,
        (
            _one("breathless_new"),
            _one("over_50", "upper_back", "cold_sweat", "faintness", "sudden_onset", "rest_pain"),
        ),
        ("acs", "pe"),
        FOURTH + " blocks 7 and 8: new breathlessness + 50+, upper back, cold sweat, nearly fainting, or sudden or "
        "severe pain (Canto 2000; NICE NG158: alone at 50+ E)",
    ),
    Rule(
        "pe_new_breathlessness_with_a_clot_sign",
        E,
        (_one("breathless_new"), _one("breathing_pain", "coughed_blood", "calf_swollen", "chest_pain")),
        ("pe",),
        FOURTH + " block 8: new breathlessness + pain on breathing in, coughed blood, a swollen calf or chest pain "
        "(NICE NG158)",
    ),
    # Block 9: spinal bleed.
    Rule(
        "bleed_blood_thinner_with_pain_or_nerves",
        E,
        (_one("blood_thinner"), _one("rest_pain", "steadily_worse", "leg_weak", "leg_numb", "legs_worse")),
        ("spinal_bleed",),
        FOURTH + " block 9: a blood thinner + pain severe at rest or steadily worse, or a weak or numb leg (Fedor "
        "2011); easing pain with no nerve symptom is not",
    ),
    # Block 1: cauda equina.
    Rule(
        "ces_both_legs_new_or_worse",
        E,
        (_one("legs_both"), _one("legs_worse")),
        ("ces",),
        FOURTH + " block 1: nerve symptoms in both legs, new or getting worse (NHS: 999)",
    ),
    Rule(
        "ces_bladder_change_with_a_weak_leg",
        E,
        (_one("bladder_bowel"), _one("leg_weak")),
        ("ces",),
        FOURTH + " block 1: a new bladder or bowel change + a weak leg (GIRFT)",
    ),
    Rule(
        "ces_bladder_change_with_sciatica",
        U,
        (_one("bladder_bowel"), _one("leg_below_knee", "leg_numb")),
        ("ces",),
        FOURTH + " block 1: a new bladder or bowel change + one-sided sciatica is same day (GIRFT)",
    ),
    # Block 2: metastatic spinal cord compression.
    Rule(
        "mscc_cancer_with_a_deficit",
        E,
        (_one("cancer_history"), WEAK_OR_BOTH),
        ("mscc",),
        FOURTH + " block 2: cancer + a weak leg, or both legs new or worse (NICE NG234 and CG75: immediately)",
        advice="cancer_team",
        advice_when="cancer_team",
    ),
    Rule(
        "mscc_cancer_with_sciatica_and_a_pain_feature",
        E,
        (_one("cancer_history"), _one("leg_below_knee", "leg_numb"), MSCC_PAIN),
        ("mscc",),
        FOURTH + " block 2: cancer + sciatica or a numb leg with a metastatic pain feature (upper back, steadily "
        "worse, severe at rest, at night lying still)",
        advice="cancer_team",
        advice_when="cancer_team",
    ),
    Rule(
        "mscc_fever_under_a_cancer_team",
        E,
        (_one("cancer_team"), _one("fever")),
        ("mscc", "spinal_infection"),
        FOURTH + " block 2: a fever while under a cancer team (NICE CG151: on treatment, assess immediately)",
        advice="cancer_team",
        advice_when="cancer_team",
    ),
    # Block 3: spinal infection and sepsis.
    Rule(
        "infection_fever_or_risk_with_a_deficit",
        E,
        (INFECTION_RISKS | {"fever"}, WEAK_OR_BOTH),
        ("spinal_infection",),
        FOURTH + " block 3: a fever or an infection risk + a weak leg, or both legs new or worse (NICE CKS: "
        "epidural abscess)",
    ),
    Rule(
        "infection_with_a_risk_and_a_numb_leg",
        E,
        (_one("fever", "recent_infection"), _one("diabetes", "immune_medicines", "iv_drug_use"), _one("leg_numb")),
        ("spinal_infection",),
        FOURTH + " block 3: fever or infection + a numb leg + diabetes, immune medicines or injecting",
    ),
    Rule(
        "infection_fever_with_a_risk",
        U,
        (_one("fever"), _one("iv_recent", "immune_medicines", "diabetes")),
        ("spinal_infection",),
        FOURTH + " block 3: a fever + injecting in the last year, immune medicines or diabetes: the emergency "
        "department today (a scan)",
        advice="emergency_department_today",
    ),
    Rule(
        "infection_risk_with_a_pain_feature",
        U,
        (INFECTION_RISKS, _one("steadily_worse", "rest_pain", "night_still")),
        ("spinal_infection",),
        FOURTH + " block 3: an infection risk + steadily worse, severe at rest or night pain lying still",
    ),
    # Block 4: fracture.
    Rule(
        "fracture_fragility_with_a_nerve_symptom",
        E,
        (FRAGILITY, FALL_OR_SUDDEN, _one("leg_weak", "leg_numb", "legs_worse")),
        ("fracture",),
        FOURTH + " block 4: a fragility risk + a fall, lift or sudden start + a nerve symptom",
    ),
    Rule(
        "fracture_fragility_severe_at_rest",
        U,
        (FRAGILITY, FALL_OR_SUDDEN, REST),
        ("fracture",),
        FOURTH + " block 4: a fragility risk + a fall, lift or sudden start + severe at rest",
    ),
    Rule(
        "fracture_fragility",
        D,
        (FRAGILITY, FALL_OR_SUDDEN),
        ("fracture",),
        FOURTH + " block 4: a fragility risk + a fall, lift or sudden start (a lift at 65+ that eases lying down: D)",
    ),
    Rule(
        "fracture_over_70",
        D,
        (_one("over_70"),),
        ("fracture",),
        FOURTH + " block 4: 70+ alone is a doctor (Henschke 2009)",
    ),
    # Block 10: ectopic pregnancy.
    Rule(
        "ectopic_pregnant_with_tummy_pain",
        U,
        (_one("pregnant"), _one("abdominal_pain")),
        ("ectopic",),
        FOURTH + " block 10: possibly pregnant + tummy pain is same day (NICE NG126)",
    ),
    Rule(
        "ectopic_pregnant_nearly_fainting",
        E,
        (_one("pregnant"), _one("faintness", "abdominal_sudden")),
        ("ectopic",),
        FOURTH + " block 10: possibly pregnant + nearly fainting or sudden severe pain (NICE NG126: rupture)",
    ),
    # Block 2 (and the third pass): weight loss at 50+.
    Rule(
        "mscc_weight_loss_over_50",
        U,
        (_one("weight_loss"), _one("over_50")),
        ("mscc",),
        "Third pass (NICE CKS: age over 50 with weight loss, a cancer red flag), not changed by the fourth",
    ),
)
COMBINATIONS = RULES  # the name the tools and tests have used

# Advice that outranks its tier's usual words: the emergency department today is more than "your doctor
# today". The cancer team's line does not outrank "call the emergency number": it is said only when a
# cancer rule alone sets the tier, for someone under a team now.
ADVICE_WINS = frozenset({"emergency_department_today"})


# --- Derived from the records: what other modules use ------------------------------------------

LEG_QUESTIONS = having("leg")  # one leg or both: a yes
BOTH_LEGS_QUESTIONS = having("both_legs")  # "just one" is a no
SEVERITY_QUESTIONS = having("severity")
HEART_OR_AORTA = having("dont_drive")
SYMPTOMS = having("symptom")
NERVE_SIGNS = having("nerve")
SAFETY_NET = tuple(sorted((s.id for s in WARNING_SIGNS if s.net_rank), key=lambda i: SIGNS_BY_ID[i].net_rank))
NET_ALWAYS = tuple(s for s in SAFETY_NET if "net_always" in SIGNS_BY_ID[s].groups)
NET_ALWAYS_WITH_NERVES = tuple(s for s in SAFETY_NET if "net_with_nerves" in SIGNS_BY_ID[s].groups)
NET_COVERED_BY: dict[str, frozenset[str]] = {
    s.id: frozenset(s.net_covered_by) for s in WARNING_SIGNS if s.net_covered_by
}
NOT_REFINEMENTS = frozenset(s.id for s in WARNING_SIGNS if s.adds_fact)


def is_asked(sign: Question, yes: frozenset[str]) -> bool:
    """Whether ``sign`` is asked, given the signs answered yes so far and the age facts that hold."""
    return not sign.after or any(yes.issuperset(alternative) for alternative in sign.after)


def follows_a_yes(sign: Question) -> bool:
    """Whether ``sign`` is asked only after a yes to another question (not just at some ages)."""
    return bool(sign.after) and all(any(f in SIGNS_BY_ID for f in alternative) for alternative in sign.after)


def path_to(sign_id: str) -> tuple[str, ...]:
    """The questions a yes leads through to ``sign_id`` (its first alternative's sign, up the chain), and it."""
    after = SIGNS_BY_ID[sign_id].after
    parents = [parent for parent in (after[0] if after else ()) if parent in SIGNS_BY_ID]
    return (*path_to(parents[0]), sign_id) if parents else (sign_id,)


def refines(sign: Question) -> str | None:
    """The one question ``sign`` says more precisely, if it follows exactly one ("below the knee" after "a leg")."""
    if sign.adds_fact or len(sign.after) != 1 or len(sign.after[0]) != 1 or sign.after[0][0] not in SIGNS_BY_ID:
        return None
    return sign.after[0][0]


def conditions_of(sign_id: str) -> tuple[str, ...]:
    """The conditions a sign or a rule serves."""
    if sign_id in SIGNS_BY_ID:
        return SIGNS_BY_ID[sign_id].conditions
    return next(rule.conditions for rule in RULES if rule.id == sign_id)


# Each sign's and age fact's own tier: an age fact alone is nothing (a rule gives it a tier).
TIERS: dict[str, Tier] = {**{fact.id: Tier.HOME for fact in AGE_FACTS}, **{s.id: s.tier for s in WARNING_SIGNS}}

_KNOWN = set(SIGNS_BY_ID) | set(AGE_FACTS_BY_ID)
assert all(c in CONDITIONS_BY_ID for s in WARNING_SIGNS for c in s.conditions), "a sign serves known conditions"
assert all(c in CONDITIONS_BY_ID for r in RULES for c in r.conditions), "a rule serves known conditions"
assert all(f in _KNOWN for s in WARNING_SIGNS for f in s.follows), "a follow-up follows a known fact"
assert all(f in _KNOWN for r in RULES for g in r.groups for f in g), "a rule names known facts"
assert all(g in GROUPS for s in WARNING_SIGNS for g in s.groups), "a known group"
