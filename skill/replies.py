"""What the skill says: pure functions from the triage core's results to speech.

Texts come from ``skill.speech`` (per locale); nothing here knows about Alexa's JSON.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from skill.signs import Question, Tier
from skill.ssml import to_text
from skill.triage import Answer, Check, Step, Verdict, questions_left

Texts = Mapping[str, str]


class Card(NamedTuple):
    title: str
    text: str


class Speech(NamedTuple):
    """One response: SSML (without ``<speak>``), a reprompt, an optional home card.

    A response without a reprompt ends the session.
    """

    ssml: str
    reprompt: str | None = None
    card: Card | None = None

    @property
    def ends_session(self) -> bool:
        return self.reprompt is None


def _join(parts: Sequence[str]) -> str:
    return " ".join(part for part in parts if part)


SPOKEN_REASONS = 3  # more than three reasons in one breath is hard to follow


def _listed(t: Texts, items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'; past three, 'a, b, c and other signs'."""
    if len(items) > SPOKEN_REASONS:
        items = [*items[:SPOKEN_REASONS], t["list.others"]]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t['list.and']} {items[-1]}"


def welcome(t: Texts) -> Speech:
    return Speech(t["welcome"], t["offer.reprompt"])


def welcome_again(t: Texts) -> Speech:
    """Opened again within the same session: the disclaimer was heard, the emergency line is kept."""
    return Speech(t["welcome.again"], t["offer.reprompt"])


def help_general(t: Texts) -> Speech:
    return Speech(t["help.general"], t["offer.reprompt"])


def fallback_offer(t: Texts) -> Speech:
    return Speech(t["fallback.offer"], t["offer.reprompt"])


def goodbye(t: Texts, mid_check: bool) -> Speech:
    return Speech(t["goodbye.mid_check"] if mid_check else t["goodbye"])


def error(t: Texts) -> Speech:
    return Speech(t["error"], t["error.reprompt"])


def ask(t: Texts, question: Question, *before: str) -> Speech:
    """Ask ``question``, after whatever must be said first."""
    text = t[f"question.{question.id}"]
    return Speech(_join([*before, text]), t["question.reprompt"].format(question=text))


def start(t: Texts, intro_id: str, question: Question) -> Speech:
    """Begin (or begin again) with the first question."""
    return ask(t, question, t[intro_id])


def help_question(t: Texts, question: Question) -> Speech:
    return ask(t, question, t[f"explain.{question.id}"], t["help.check"])


def fallback_question(t: Texts, question: Question) -> Speech:
    return ask(t, question, t["fallback.check"])


def _progress(t: Texts, check: Check, question: Question) -> str:
    if question.follows is not None:
        return ""
    left = questions_left(check)
    return {3: t["progress.few_more"], 1: t["progress.last"]}.get(left, "")


def after_reply(t: Texts, step: Step) -> Speech:
    """What to say after the user answered (or was not sure about) a question."""
    if step.verdict is not None:
        return verdict(t, step.verdict, counted_as_yes=step.counted_as_yes)
    assert step.question is not None
    if step.explain:
        return ask(t, step.question, t[f"explain.{step.question.id}"])
    last_answer = step.check.answers[-1][1]
    return ask(
        t,
        step.question,
        t["counted_as_yes"] if step.counted_as_yes else "",
        t["ack.yes"] if last_answer is Answer.YES else "",
        _progress(t, step.check, step.question),
    )


def verdict(t: Texts, result: Verdict, counted_as_yes: bool = False) -> Speech:
    """The verdict, spoken and on a home card; it ends the session.

    The tier's advice comes first, so an emergency is the first thing heard.
    """
    reasons = [t[f"reason.{sign.id}"] for sign in result.reasons]
    said_reasons = t["reasons"].format(signs=_listed(t, reasons)) if reasons else ""
    ssml = t[f"verdict.{result.tier.id}"].format(reasons=said_reasons)
    if counted_as_yes:
        ssml = _join([ssml, t["counted_as_yes"]])
    card_text = [to_text(ssml)]
    if result.tier is Tier.HOME:
        card_text.append(t["card.home.painkillers"])
    elif result.tier is Tier.EMERGENCY:
        card_text.append(t["disclaimer"])  # spoken in every other verdict, not in the short emergency one
    return Speech(ssml, None, Card(t[f"card.title.{result.tier.id}"], _join(card_text)))
