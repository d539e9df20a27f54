"""The warning signs the check asks about, as data.

Each entry is one yes/no question. The order of the tuple is the order they are
asked: every question that can lead to an emergency comes before any that cannot
(a test enforces this). A follow-up (``follows``) is asked only after a yes to the
question it follows, and a yes to it raises the tier.

What is said to the user lives in ``skill.speech``, keyed by the question's id;
the tiers and their reasons come from ``shared/triage-notes.md``.
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
    # The article's bullet lines this question covers; empty for the signs that
    # public guidance adds (triage-notes.md, "Emergency signs the article does not name").
    article_lines: tuple[str, ...] = ()
    # A follow-up is asked only after a yes to the question with this id.
    follows: str | None = None


WARNING_SIGNS: tuple[Question, ...] = (
    # Emergencies: asked first.
    Question(
        "bladder_bowel",
        Tier.EMERGENCY,
        (
            "If you've had a recent bladder or bowel control problem",
            "Loss of bowel or bladder control",
        ),
    ),
    Question("peeing_difficulty", Tier.EMERGENCY),
    Question("saddle_numbness", Tier.EMERGENCY),
    Question("chest_pain", Tier.EMERGENCY),
    Question("serious_accident", Tier.EMERGENCY),
    # Signs that become emergencies through a follow-up.
    Question(
        "leg_weakness",
        Tier.URGENT,
        ("If it causes weakness, numbness, or tingling in one or both legs",),
    ),
    Question("leg_weakness_both", Tier.EMERGENCY, follows="leg_weakness"),
    Question("leg_weakness_worse", Tier.EMERGENCY, follows="leg_weakness"),
    Question(
        "leg_pain",
        Tier.DOCTOR,
        ("If the pain spreads down one or both legs, especially if the pain extends below the knee",),
    ),
    Question("leg_pain_both", Tier.EMERGENCY, follows="leg_pain"),
    Question("abdominal_pain", Tier.URGENT, ("Abdominal pain",)),
    Question("abdominal_pain_sudden", Tier.EMERGENCY, follows="abdominal_pain"),
    # Urgent: contact a doctor today.
    Question(
        "cancer_history",
        Tier.URGENT,
        ("If you have a history of cancer and you develop new back pain", "History of cancer"),
    ),
    Question("fever", Tier.URGENT, ("If it's accompanied by fever", "Fever")),
    Question("recent_infection", Tier.URGENT, ("Recent infection",)),
    Question("iv_drug_use", Tier.URGENT, ("History of IV drug use",)),
    Question(
        "immune_medicines",
        Tier.URGENT,
        ("Use of steroids or drugs that weaken the immune system",),
    ),
    Question(
        "weight_loss",
        Tier.URGENT,
        ("If it's accompanied by unexplained weight loss", "Weight loss without trying"),
    ),
    Question("night_pain", Tier.URGENT, ("Pain that's worse at night or wakes you up",)),
    Question(
        "severe_rest_pain",
        Tier.URGENT,
        (
            "If your pain is severe and doesn't improve with rest",
            "Severe pain that doesn't improve with rest",
        ),
    ),
    # See a doctor soon.
    Question(
        "not_improving",
        Tier.DOCTOR,
        ("If your back pain doesn't improve within a few weeks",),
    ),
)

SIGNS_BY_ID: dict[str, Question] = {sign.id: sign for sign in WARNING_SIGNS}
