"""The simulated cohorts of ``python -m skill.tools.population``, as data: who they are, and how often
they answer yes to each question, with where each rate comes from.

A rate for a follow-up is given a yes to the question it follows; a rate for an age-gated
question (the aneurysm at 60 and over, a fall or a lift at 65 and over) is among those
asked. A question a cohort does not name is answered no. Few of these rates are measured
for the skill's exact wording: "estimate" says so, with the reasoning, and a cited figure
says where it comes from. docs/clinical-safety.md shows this table (generated).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from skill.core.signs import Tier


class Rate(NamedTuple):
    yes: float  # the share who answer yes
    source: str


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

    @property
    def yes_rates(self) -> dict[str, float]:
        return {sign_id: rate.yes for sign_id, rate in self.rates.items()}

    def scaled(self, factor: float) -> Cohort:
        """The same cohort with every yes-rate multiplied by ``factor`` (at most 1): how much the
        result hangs on the estimates."""
        rates = {sign_id: Rate(min(1.0, rate.yes * factor), rate.source) for sign_id, rate in self.rates.items()}
        return self._replace(name=f"{self.name}x{factor:g}", rates=MappingProxyType(rates))


def _rates(**rates: tuple[float, str]) -> Mapping[str, Rate]:
    return MappingProxyType({sign_id: Rate(*rate) for sign_id, rate in rates.items()})


HENSCHKE = "Henschke 2009 (Arthritis Rheum 60:3072): 1,172 primary-care patients with acute low back pain"
EST = "estimate"

ORDINARY = Cohort(
    "ordinary",
    "Ordinary (non-specific) back pain",
    (18, 90),
    _rates(
        chest_pain=(0.004, EST + ": chest-wall pain beside back pain; any chest pain counts"),
        breathless_sweaty=(0.015, EST + ": sweating or sickness from the pain itself"),
        sudden_onset=(
            0.05,
            EST + ": many acute backs have no clear trigger, but few are severe and sudden for no reason "
            "(the clinical review thought lower figures too low)",
        ),
        faintness=(0.02, EST + ": light-headedness with severe pain"),
        passed_out=(0.10, EST + ": of those, a few actually fainted"),
        aortic_aneurysm=(
            0.01,
            EST + ", conservative: about 1 in 100 men of 65 screened have an aneurysm (NHS AAA screening); fewer "
            "women, and fewer know of one",
        ),
        upper_back=(0.08, EST + ": thoracic pain beside low back pain"),
        serious_accident=(0.003, HENSCHKE + ": major trauma uncommon; after a serious accident people go to hospital"),
        bladder_bowel=(0.004, HENSCHKE + ": bladder or bowel symptoms rare; the question asks for new ones"),
        saddle_numbness=(0.003, HENSCHKE + ": saddle anaesthesia rare"),
        sexual_change=(0.003, EST + ": new, in the last two weeks"),
        cancer_history=(0.03, HENSCHKE + ": history of cancer in a few per cent; non-melanoma skin cancer excluded"),
        fever=(0.015, HENSCHKE + ": fever uncommon"),
        recent_infection=(0.02, EST + ": bacterial infections only; colds and flu excluded"),
        iv_drug_use=(0.003, HENSCHKE + ": intravenous drug use rare"),
        immune_medicines=(0.015, HENSCHKE + ": prolonged corticosteroid use in a few per cent"),
        walking_difficulty=(0.02, EST + ": legs weak or unsteady, new, not just sore"),
        leg_weakness=(0.15, EST + ": numbness or tingling in a leg is common with leg pain"),
        leg_weakness_both=(0.02, EST + ": of those, in both legs and new or getting worse"),
        leg_weakness_worse=(0.02, EST + ": of those, a leg giving way or getting weaker"),
        leg_pain=(0.35, EST + ": pain into the leg is common in acute back pain (Konstantinou and Dunn 2008)"),
        leg_pain_both=(0.02, EST + ": of those, both legs and new or getting worse (bilateral sciatica is uncommon)"),
        leg_pain_below_knee=(0.40, EST + ": of those, below the knee (sciatica)"),
        abdominal_pain=(0.05, EST),
        abdominal_pain_sudden=(0.08, EST + ": of those, sudden or severe"),
        osteoporosis=(0.04, EST + ": known osteoporosis, mostly older women"),
        fall=(0.15, EST + ": of those 65 and over, after a fall, knock or lift"),
        weight_loss=(0.02, HENSCHKE + ": unexplained weight loss uncommon; a lump rarer"),
        night_pain=(0.06, "Harding, Spine 2005: night pain is common, pain even lying still much less so; estimate"),
        severe_rest_pain=(0.12, EST + ": no comfortable position even at rest"),
        not_improving=(0.30, EST + ": many first ask after a few weeks"),
    ),
    target="emergency at most 5% asked (missed: section 6); home or doctor at least 60%",
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
            saddle_numbness=(0.70, "GIRFT pathway: saddle sensory change common; estimate"),
            sexual_change=(0.40, EST),
            leg_pain=(0.90, "NHS cauda equina syndrome: sciatica in one or both legs"),
            leg_pain_both=(0.50, EST),
            leg_pain_below_knee=(0.80, EST),
            leg_weakness=(0.70, EST),
            leg_weakness_both=(0.40, EST),
            walking_difficulty=(0.40, EST),
        ),
        Tier.EMERGENCY,
        0.95,
        "emergency",
    ),
    Cohort(
        "cord_compression",
        "Metastatic spinal cord compression",
        (50, 85),
        _rates(
            cancer_history=(0.77, "NICE NG234: most have a known cancer; about a quarter present first this way"),
            upper_back=(0.60, "NICE CG75: thoracic spine most often affected"),
            leg_weakness=(0.60, EST),
            leg_weakness_worse=(0.50, EST),
            walking_difficulty=(0.50, EST),
            night_pain=(0.50, EST),
            weight_loss=(0.30, EST),
            leg_pain=(0.40, EST),
            leg_pain_below_knee=(0.50, EST),
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
            upper_back=(0.65, "IRAD: back pain in about two thirds of type B"),
            chest_pain=(0.40, "IRAD: chest pain is absent in many type B dissections; estimate"),
            faintness=(0.05, "IRAD: syncope in about 1 in 20 type B dissections (1 in 10 of all)"),
            breathless_sweaty=(0.30, EST),
            abdominal_pain=(0.30, "IRAD: abdominal pain in about a third of type B"),
            abdominal_pain_sudden=(0.80, EST),
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
            faintness=(0.50, "NHS AAA: dizziness, fainting"),
            passed_out=(0.50, EST + ": of those, half pass out (NHS AAA: fainting)"),
            abdominal_pain=(0.60, "NHS AAA page: tummy pain"),
            abdominal_pain_sudden=(0.85, "NHS AAA page: sudden, severe pain"),
            aortic_aneurysm=(0.30, "NICE NG156: many are found by screening before they leak; estimate"),
            breathless_sweaty=(0.40, "NHS AAA: sweaty, clammy skin, shortness of breath"),
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
            upper_back=(0.70, "NHS heart attack: pain spreading to the back; between the shoulder blades"),
            faintness=(0.25, "NHS heart attack: light-headed or dizzy"),
            passed_out=(0.20, EST),
            sudden_onset=(0.30, EST),
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
            abdominal_pain_sudden=(0.50, EST),
            faintness=(0.60, "NHS ectopic pregnancy: dizziness or fainting with rupture"),
            passed_out=(0.40, EST),
            breathless_sweaty=(0.30, EST),
        ),
        Tier.EMERGENCY,
        0.7,
        "emergency",
    ),
    Cohort(
        "infection",
        "Spinal infection (discitis, epidural abscess)",
        (25, 80),
        _rates(
            fever=(0.50, "NICE CKS: fever in about half"),
            recent_infection=(0.40, EST),
            iv_drug_use=(0.20, EST),
            immune_medicines=(0.15, EST),
            night_pain=(0.50, EST),
            severe_rest_pain=(0.60, EST),
            leg_weakness=(0.30, EST),
            walking_difficulty=(0.20, EST),
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
            fall=(
                0.70,
                EST + ": most follow minor trauma or a lift (Henschke 2009's fractures); the question includes a lift",
            ),
            osteoporosis=(0.30, EST + ": many are not yet diagnosed"),
            immune_medicines=(0.10, EST),
            sudden_onset=(0.20, EST),
            upper_back=(0.40, EST + ": thoracic fractures are common"),
            severe_rest_pain=(0.40, EST),
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
            night_pain=(0.45, EST),
            upper_back=(0.40, EST),
            not_improving=(0.60, EST),
        ),
        Tier.URGENT,
        0.88,
        "urgent or emergency",
    ),
)
