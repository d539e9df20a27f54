"""The simulated cohorts of ``python -m tools.population``, as data: who they are, and how often
they answer yes to each question, with where each rate comes from.

A rate for a follow-up is given a yes to the question it follows; a rate for an age-gated
question (the aneurysm at 60 and over, a fall or a lift at 65 and over) is among those
asked. A question a cohort does not name is answered no. Few of these rates are measured
for the skill's exact wording: "estimate" says so, with the reasoning, and a cited figure
says where it comes from. docs/clinical-safety.md shows this table (generated).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from types import MappingProxyType
from typing import NamedTuple

from skill.core.signs import Tier


class Rate(NamedTuple):
    yes: float  # the share who answer yes (at ages ``by_age`` does not name)
    source: str
    by_age: tuple[tuple[int, float], ...] = ()  # (from this age on, the share), youngest first

    def at(self, age: int) -> float:
        """The share who answer yes at ``age``."""
        return next((rate for start, rate in reversed(self.by_age) if age >= start), self.yes)

    def times(self, factor: float) -> Rate:
        return Rate(min(1.0, self.yes * factor), self.source, tuple((a, min(1.0, r * factor)) for a, r in self.by_age))


class Cohort(NamedTuple):
    name: str
    title: str
    ages: tuple[int, int]  # inclusive: drawn uniformly, or from ``age_spread`` kept to this range
    rates: Mapping[str, Rate]
    # For a serious cause: the tier it must reach, and the least share that must reach it.
    tier: Tier = Tier.HOME
    least_reaching: float = 0.0
    target: str = ""
    about: str = ""
    age_spread: tuple[float, float] | None = None  # a normal distribution's mean and standard deviation

    def yes_rates(self, age: int) -> dict[str, float]:
        """The share who answer yes to each question, at ``age``."""
        return {sign_id: rate.at(age) for sign_id, rate in self.rates.items()}

    def scaled(self, factor: float, only: Collection[str] | None = None) -> Cohort:
        """The same cohort with every yes-rate (or those of the questions in ``only``) multiplied by ``factor``
        (at most 1): how much the result hangs on the estimates."""
        rates = {
            sign_id: rate.times(factor) if only is None or sign_id in only else rate
            for sign_id, rate in self.rates.items()
        }
        return self._replace(rates=MappingProxyType(rates))  # the same name: the same people, paired


def _rates(**rates: tuple[float, str] | tuple[float, str, tuple[tuple[int, float], ...]]) -> Mapping[str, Rate]:
    return MappingProxyType({sign_id: Rate(*rate) for sign_id, rate in rates.items()})


HENSCHKE = "Henschke 2009 (Arthritis Rheum 60:3072): 1,172 primary-care patients with acute low back pain"
EST = "estimate"

ORDINARY = Cohort(
    "ordinary",
    "Ordinary (non-specific) back pain",
    (18, 90),
    _rates(
        chest_pain=(
            0.005,
            EST + ": chest pain, pressure or tightness today beside back pain (chest-wall or rib pain, heartburn); "
            "the question asks about today, not chest pain long past or long known",
        ),
        breathless_sweaty=(0.05, EST + ": sickness from painkillers, breathlessness from anxiety or asthma"),
        breathless_with_pain=(0.25, EST + ": of those, came on with the back pain (sickness with severe pain)"),
        breathing_pain=(0.20, EST + ": of those, pain that catches on breathing in (rib and muscle pain)"),
        sudden_onset=(
            0.12,
            EST + ": at its worst within a minute, whatever the cause; many strains build over hours as the muscles "
            "go into spasm",
        ),
        blood_thinner=(
            0.005,
            EST + ": about 1 in 30 adults in England take an anticoagulant (not aspirin), mostly for atrial "
            "fibrillation, which is rare under 60 and common over 75: 0.5% under 60, 3% in the sixties, 8% in the "
            "seventies, 15% from 80 (the fifth clinical review asked for rates by age)",
            ((60, 0.03), (70, 0.08), (80, 0.15)),
        ),
        rest_pain=(0.12, EST + ": just as bad lying still, whatever the position (the old 'severe, no rest' rate)"),
        faintness=(0.02, EST + ": light-headedness with severe pain, since it began"),
        passed_out=(0.10, EST + ": of those, a few actually fainted"),
        aortic_aneurysm=(
            0.005,
            EST + ": about 1 in 90 men of 65 screened have an aneurysm (NHS AAA screening), fewer women, and only "
            "some know of one; asked of half men, half women of 50 and over",
        ),
        upper_back=(0.08, EST + ": thoracic pain beside low back pain"),
        injury=(0.35, EST + ": a lift, a bend, a knock or a small fall is the start people most often name"),
        serious_accident=(0.01, HENSCHKE + ": major trauma uncommon; after a serious accident people go to hospital"),
        bladder_bowel=(
            0.02,
            EST + ": a new problem peeing in the last two weeks (a urine infection, stress leaks, going more often)",
        ),
        bladder_control=(0.10, EST + ": of those, trouble starting or stopping, or not feeling the need"),
        saddle_numbness=(0.003, HENSCHKE + ": saddle anaesthesia rare"),
        cancer_history=(0.03, HENSCHKE + ": history of cancer in a few per cent; non-melanoma skin cancer excluded"),
        fever=(0.015, HENSCHKE + ": fever uncommon"),
        sepsis_signs=(0.05, EST + ": of those with a fever, breathing fast or looking pale with it"),
        recent_infection=(0.02, EST + ": bacterial infections only; colds and flu excluded"),
        diabetes=(0.08, EST + ": diabetes in about 1 in 12 adults (IDF Diabetes Atlas)"),
        iv_drug_use=(0.003, HENSCHKE + ": intravenous drug use rare"),
        immune_medicines=(0.015, HENSCHKE + ": prolonged corticosteroid use in a few per cent"),
        leg_symptoms=(
            0.45,
            EST + ": pain into the leg is common in acute back pain (Konstantinou and Dunn 2008), numbness or "
            "tingling less so",
        ),
        leg_below_knee=(0.30, EST + ": of those, below the knee (sciatica)"),
        leg_numb=(0.30, EST + ": of those, numbness or tingling"),
        leg_weak=(0.05, EST + ": of those, a leg weak or giving way, not just sore"),
        legs_both=(0.03, EST + ": of those, come on in both legs in the last two weeks (bilateral sciatica is rare)"),
        abdominal_pain=(0.05, EST),
        abdominal_new=(0.40, EST + ": of those, new or different for them (not their usual IBS or periods)"),
        abdominal_severe=(0.10, EST + ": of those, severe"),
        osteoporosis=(
            0.04,
            EST + ": known osteoporosis among those asked (at 50 and over, or after a fall or sudden pain)",
        ),
        weight_loss=(0.02, HENSCHKE + ": unexplained weight loss uncommon"),
        lump=(0.01, EST + ": a lump or swelling on the back, rarer still"),
        night_pain=(
            0.50,
            "Harding, Spine 2005: night pain is common; of those with pain just as bad lying still, half",
        ),
        not_improving=(0.30, EST + ": many first ask after a few weeks"),
    ),
    target="emergency at most 5%; home or doctor at least 60%",
    about="adults 18 to 90, ages spread as in Henschke's cohort (mean about 44, standard deviation about 15); "
    + HENSCHKE
    + ": 80% had a red flag, under 1% serious disease",
    age_spread=(44.0, 15.0),
)

SERIOUS: tuple[Cohort, ...] = (
    Cohort(
        "cauda_equina",
        "Cauda equina syndrome",
        (25, 65),
        _rates(
            bladder_bowel=(0.75, "GIRFT pathway: urinary symptoms in most presentations; estimate"),
            bladder_control=(0.85, "GIRFT pathway: difficulty starting or reduced sensation; estimate"),
            saddle_numbness=(0.70, "GIRFT pathway: saddle sensory change common; estimate"),
            leg_symptoms=(0.95, "NHS cauda equina syndrome: sciatica in one or both legs"),
            leg_below_knee=(0.80, EST),
            leg_numb=(0.70, EST),
            leg_weak=(0.40, EST),
            legs_both=(0.50, EST),
            rest_pain=(0.40, EST),
        ),
        Tier.EMERGENCY,
        0.93,  # was 0.95: the bladder question's follow-up (docs/clinical-safety.md, section 4)
        "emergency",
    ),
    Cohort(
        "cord_compression",
        "Metastatic spinal cord compression",
        (50, 85),
        _rates(
            cancer_history=(0.77, "NICE NG234: most have a known cancer; about a quarter present first this way"),
            upper_back=(0.60, "NICE CG75: thoracic spine most often affected"),
            leg_symptoms=(
                0.88,
                EST + ": radicular pain, weakness or numbness, any of them (the earlier model's separate leg "
                "questions, 0.4, 0.5 and 0.6, together)",
            ),
            leg_numb=(0.50, EST),
            leg_weak=(0.60, EST),
            legs_both=(0.40, EST),
            leg_below_knee=(0.40, EST),
            rest_pain=(0.60, EST),
            night_pain=(0.70, EST),
            weight_loss=(0.30, EST),
        ),
        Tier.EMERGENCY,
        0.6,
        "emergency",
    ),
    Cohort(
        "dissection",
        "Aortic dissection (felt in the back)",
        (45, 85),
        _rates(
            sudden_onset=(0.85, "IRAD: abrupt onset in about 85%"),
            rest_pain=(0.90, "IRAD: the pain is severe, tearing and constant, whatever the position; estimate"),
            upper_back=(0.65, "IRAD: back pain in about two thirds of type B"),
            chest_pain=(0.40, "IRAD: chest pain is absent in many type B dissections; estimate"),
            faintness=(0.05, "IRAD: syncope in about 1 in 20 type B dissections (1 in 10 of all)"),
            breathless_sweaty=(0.30, EST),
            breathless_with_pain=(0.90, EST),
            abdominal_pain=(0.30, "IRAD: abdominal pain in about a third of type B"),
            abdominal_new=(0.95, EST),
            abdominal_severe=(0.80, EST),
            aortic_aneurysm=(0.10, EST),
        ),
        Tier.EMERGENCY,
        0.9,
        "emergency",
    ),
    Cohort(
        "aaa",
        "Leaking or ruptured aortic aneurysm",
        (60, 90),
        _rates(
            sudden_onset=(0.70, "NHS AAA: sudden, severe pain in the tummy or lower back"),
            rest_pain=(0.85, EST + ": a leaking aneurysm's pain is constant"),
            faintness=(0.50, "NHS AAA: dizziness, fainting"),
            passed_out=(0.50, EST + ": of those, half pass out (NHS AAA: fainting)"),
            abdominal_pain=(0.60, "NHS AAA page: tummy pain"),
            abdominal_new=(0.95, EST),
            abdominal_severe=(0.85, "NHS AAA page: sudden, severe pain"),
            aortic_aneurysm=(0.30, "NICE NG156: many are found by screening before they leak; estimate"),
            breathless_sweaty=(0.40, "NHS AAA: sweaty, clammy skin, shortness of breath"),
            breathless_with_pain=(0.90, EST),
        ),
        Tier.EMERGENCY,
        0.92,
        "emergency",
    ),
    Cohort(
        "heart_attack",
        "Heart attack felt in the back",
        (45, 90),
        _rates(
            chest_pain=(0.30, "Canto 2000 and 2012: a third have no chest pain; in this cohort, fewer have it"),
            breathless_sweaty=(0.80, "NHS heart attack: breathless, sweaty, feeling sick"),
            breathless_with_pain=(0.90, EST + ": they came on together"),
            upper_back=(0.70, "NHS heart attack: pain spreading to the back; between the shoulder blades"),
            faintness=(0.25, "NHS heart attack: light-headed or dizzy"),
            passed_out=(0.20, EST),
            sudden_onset=(0.30, EST),
            rest_pain=(0.70, EST),
        ),
        Tier.EMERGENCY,
        0.85,
        "emergency",
    ),
    Cohort(
        "pulmonary_embolism",
        "Pulmonary embolism felt in the back",
        (20, 85),
        _rates(
            breathless_sweaty=(0.85, "NHS pulmonary embolism: difficulty breathing"),
            breathless_with_pain=(0.90, EST + ": they came on together"),
            breathing_pain=(0.70, "NHS pulmonary embolism: pain worse when breathing in"),
            upper_back=(0.40, "NHS pulmonary embolism: pain in the chest or upper back"),
            chest_pain=(0.50, EST),
            faintness=(0.15, EST),
            sudden_onset=(0.40, EST),
        ),
        Tier.EMERGENCY,
        0.85,
        "emergency",
    ),
    Cohort(
        "ectopic",
        "Ectopic pregnancy felt in the back",
        (18, 45),
        _rates(
            abdominal_pain=(0.95, "NICE NG126 and NHS ectopic pregnancy: tummy pain low on one side"),
            abdominal_new=(0.80, EST + ": some take it for period pain"),
            abdominal_severe=(0.50, EST),
            faintness=(0.60, "NHS ectopic pregnancy: dizziness or fainting with rupture"),
            passed_out=(0.40, EST),
            breathless_sweaty=(0.30, EST),
            breathless_with_pain=(0.80, EST),
        ),
        Tier.EMERGENCY,
        0.7,
        "emergency",
    ),
    Cohort(
        "spinal_bleed",
        "Spinal epidural haematoma on a blood thinner",
        (50, 90),
        _rates(
            sudden_onset=(0.85, EST + ": sudden severe pain, often between the shoulder blades"),
            blood_thinner=(0.90, EST + ": most take an anticoagulant (the cohort is defined by it)"),
            rest_pain=(0.80, EST),
            upper_back=(0.40, EST),
            leg_symptoms=(0.50, EST),
            leg_weak=(0.60, EST),
        ),
        Tier.EMERGENCY,
        0.8,
        "emergency",
    ),
    Cohort(
        "infection",
        "Spinal infection (discitis, epidural abscess)",
        (25, 80),
        _rates(
            fever=(0.50, "NICE CKS: fever in about half"),
            sepsis_signs=(0.20, EST + ": of those, signs of sepsis"),
            recent_infection=(0.40, EST),
            diabetes=(0.30, "NICE CKS: diabetes is a common risk factor; estimate"),
            iv_drug_use=(0.20, EST),
            immune_medicines=(0.15, EST),
            rest_pain=(0.60, EST),
            night_pain=(0.70, EST),
            leg_symptoms=(0.40, EST),
            leg_numb=(0.50, EST),
            leg_weak=(0.40, EST),
            not_improving=(0.60, EST + ": the pain grows over days or weeks (NICE CKS: progressive pain)"),
        ),
        Tier.URGENT,
        0.82,
        "urgent or emergency",
    ),
    Cohort(
        "fracture",
        "Osteoporotic vertebral fracture",
        (65, 95),
        _rates(
            injury=(
                0.70,
                EST + ": most follow minor trauma or a lift (Henschke 2009's fractures); the question includes a lift",
            ),
            osteoporosis=(0.30, EST + ": many are not yet diagnosed"),
            immune_medicines=(0.10, EST),
            sudden_onset=(0.30, EST),
            upper_back=(0.40, EST + ": thoracic fractures are common"),
            rest_pain=(0.40, EST),
        ),
        Tier.URGENT,
        0.85,
        "urgent or emergency",
    ),
    Cohort(
        "cancer",
        "Spinal metastasis without nerve symptoms",
        (50, 85),
        _rates(
            cancer_history=(0.70, "NICE NG234: most have a known cancer"),
            weight_loss=(0.30, EST),
            rest_pain=(0.50, EST),
            night_pain=(0.80, EST),
            upper_back=(0.40, EST),
            not_improving=(0.60, EST),
        ),
        Tier.URGENT,
        0.88,
        "urgent or emergency",
    ),
)
