"""What the skill says: pure functions from the triage core's results to speech.

Texts come from ``skill.core.speech`` (per locale); nothing here knows about Alexa's JSON.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from functools import partial
from typing import NamedTuple

from skill.core.signs import (
    HEART_OR_AORTA,
    NERVE_SIGNS,
    NET_ALWAYS,
    NET_ALWAYS_WITH_NERVES,
    SIGNS_BY_ID,
    WARNING_SIGNS,
    Question,
    Tier,
    follows_a_yes,
    refines,
)
from skill.core.ssml import ACTION_PAUSE, EMERGENCY_PAUSE, after_first_sentence, to_text
from skill.core.triage import Check, Recorded, Step, Verdict, escalations, questions_left

Texts = Mapping[str, str]


class Card(NamedTuple):
    title: str
    text: str


class Screen(NamedTuple):
    """What a device with a screen shows: which kind of screen, and its texts (plain, from the
    locale's speech data). Sent only to devices that have a screen (``skill.alexa.screens``)."""

    kind: str  # "welcome", "question" or "verdict"
    data: Mapping[str, str]


class Speech(NamedTuple):
    """One response: SSML (without ``<speak>``), a reprompt, an optional home card and screen.

    A response without a reprompt ends the session.
    """

    ssml: str
    reprompt: str | None = None
    card: Card | None = None
    # What a screen shows, built only for a device that has one (voice-only turns skip the work).
    screen: Callable[[], Screen] | None = None

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


def _listed_all(t: Texts, items: Sequence[str]) -> str:
    """'a', 'a or b', 'a, b or c': every item (the safety net's own list ends in "or if it gets worse")."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t['list.or']} {items[-1]}"


def _first_sentence(text: str) -> str:
    plain = to_text(text)
    end = plain.find(". ")
    return plain if end < 0 else plain[: end + 1]


def _buttons(t: Texts, *names: str) -> dict[str, str]:
    return {f"button_{name}": t[f"button.{name}"] for name in names}


def welcome_screen(t: Texts) -> Screen:
    return Screen(
        "welcome",
        {
            "title": t["listing.name"],
            "emergency": to_text(t["screen.emergency"]),
            "body": to_text(t["disclaimer"]),
            **_buttons(t, "start", "help"),
        },
    )


def welcome(t: Texts) -> Speech:
    """The emergency line first, what happens and about how long it takes, who it is for, then the age."""
    length = check_length(t)
    said = t["welcome"].format(question_count=length.questions, minutes=length.minutes)
    return ask_age(t, paced(t, said))


def emergency_line(t: Texts) -> str:
    """ "If this is an emergency, call 911 now.", and a pause: said in every fallback, and first in help."""
    return t["help.emergency"] + EMERGENCY_PAUSE


def paced(t: Texts, ssml: str) -> str:
    """``ssml`` with a pause after the emergency line in it, if it has one."""
    line = t["help.emergency"]
    return ssml.replace(line, line + EMERGENCY_PAUSE, 1) if EMERGENCY_PAUSE not in ssml else ssml


def offer(t: Texts) -> Speech:
    """ "Shall we start the back pain check?" (after "should I go to the emergency room?")."""
    return Speech(t["offer.reprompt"], t["offer.reprompt"], screen=partial(welcome_screen, t))


def welcome_again(t: Texts) -> Speech:
    """Opened again within the same session: the disclaimer was heard, the emergency line is kept."""
    return Speech(paced(t, t["welcome.again"]), t["offer.reprompt"], screen=partial(welcome_screen, t))


WORDS_PER_SECOND = 2.5  # Alexa speaks at about 150 words a minute
SECONDS_PER_ANSWER = 3  # the person hears the question, thinks, answers


class CheckLength(NamedTuple):
    questions: int  # yes or no questions, the most anyone is asked with no to everything (age aside)
    minutes: int  # saying them all and hearing the answers, rounded


def check_length(t: Texts) -> CheckLength:
    """How long the longest usual check (no to everything, at an age every question applies to) takes,
    measured from the data: the main questions and those asked at some ages."""
    main = [sign for sign in WARNING_SIGNS if not follows_a_yes(sign)]
    spoken = sum(len(to_text(t[f"question.{sign.id}"]).split()) for sign in main) / WORDS_PER_SECOND
    seconds = spoken + SECONDS_PER_ANSWER * len(main)
    return CheckLength(len(main), max(1, round(seconds / 60)))


def help_general(t: Texts) -> Speech:
    """What the skill does, the emergency line first (as every help does)."""
    length = check_length(t)
    said = t["help.general"].format(question_count=length.questions, minutes=length.minutes)
    return Speech(after_first_sentence(said, EMERGENCY_PAUSE), t["offer.reprompt"], screen=partial(welcome_screen, t))


def fallback_offer(t: Texts, misses: int) -> Speech:
    """Not understood at the offer: a nudge, then the skill explained, then the emergency line and how to stop."""
    if misses == 2:
        return help_general(t)
    said = _join([t["fallback.offer"], emergency_line(t)]) if misses < 2 else paced(t, t["fallback.offer.last"])
    return Speech(said, t["offer.reprompt"], screen=partial(welcome_screen, t))


EMERGENCY_NOW = Verdict(Tier.EMERGENCY, ())  # what the person said is the reason


def emergency_now(t: Texts) -> Speech:
    """'Call an ambulance', 'I can't feel my legs': the number at once, and that Alexa can't call."""
    text = to_text(t["emergency.now"])
    screen = partial(_verdict_screen, t, EMERGENCY_NOW, text, "", "")
    return Speech(
        after_first_sentence(t["emergency.now"], EMERGENCY_PAUSE), None, Card(t["card.title.emergency"], text), screen
    )


def goodbye(t: Texts, mid_check: bool) -> Speech:
    return Speech(t["goodbye.mid_check"].format(safety_net=safety_net(t)) if mid_check else t["goodbye"])


def safety_net(t: Texts, yes: Collection[str] = ()) -> str:
    """When to call the emergency number at once, for this person: the symptoms that would make it an
    emergency for them first (``triage.escalations``), then the usual ones, as many as fit in the locale's
    ``net.words`` (25 in English: short enough to remember); never a sign they said yes to, and always "or if
    it's much worse". Chest pain and bladder or bowel control are always named (and, with a nerve symptom,
    cauda equina's other signs): the others compete for the words left."""
    yes = frozenset(yes)
    order = escalations(yes)
    always = set(NET_ALWAYS) | (set(NET_ALWAYS_WITH_NERVES) if not yes.isdisjoint(NERVE_SIGNS) else set())
    always &= set(order)
    chosen = set(always)
    for sign_id in order:  # the words a list takes do not depend on its order
        if sign_id not in chosen and _net_words(t, [*chosen, sign_id], yes) <= int(t["net.words"]):
            chosen.add(sign_id)
    return _net(t, [s for s in order if s in always] + [s for s in order if s in chosen - always], yes)


def _net_item(t: Texts, sign_id: str, yes: frozenset[str]) -> str:
    """How the net names a sign: "worse breathlessness", not "new", to someone breathless already."""
    variant = t.get(f"net.{sign_id}.after_yes") if refines(SIGNS_BY_ID[sign_id]) in yes else None
    return variant or t[f"net.{sign_id}"]


def _net(t: Texts, signs: Sequence[str], yes: frozenset[str]) -> str:
    items = list(dict.fromkeys(_net_item(t, sign_id, yes) for sign_id in signs))
    return t["net"].format(items=_listed_all(t, items))


def _net_words(t: Texts, signs: Sequence[str], yes: frozenset[str]) -> int:
    return len(to_text(_net(t, signs, yes)).split())


def error(t: Texts) -> Speech:
    return Speech(paced(t, t["error"]), t["error.reprompt"])


def question_screen(t: Texts, question: Question) -> Screen:
    return Screen(
        "question",
        {
            "title": to_text(t[f"question.{question.id}"]),
            "hint": _first_sentence(t[f"explain.{question.id}"]),
            **_buttons(t, "yes", "no", "not_sure"),
        },
    )


def ask(t: Texts, question: Question, *before: str, intro: bool = False) -> Speech:
    """Ask ``question``, after whatever must be said first; ``intro``: as it comes in the check, with its
    introduction if it has one (said once, not when it is asked again)."""
    text = t[f"question.{question.id}"]
    reprompt = t["question.reprompt"].format(question=text)
    said = _join([*before, t.get(f"intro.{question.id}", "") if intro else "", text])
    return Speech(said, reprompt, screen=partial(question_screen, t, question))


def ask_age(t: Texts, *before: str) -> Speech:
    """Ask the person's age (the first question), after whatever must be said first."""
    return Speech(_join([*before, t["question.age"]]), t["question.age.reprompt"], screen=partial(welcome_screen, t))


def help_age(t: Texts) -> Speech:
    return ask_age(t, emergency_line(t), t["explain.age"], t["help.age"])


def fallback_age(t: Texts, misses: int) -> Speech:
    """The age not understood: say how to answer, then why it is asked (a third miss goes on without it); the
    emergency line each time."""
    said = (t["fallback.again"], t["explain.age"]) if misses >= 2 else (t["fallback.age"],)
    return ask_age(t, *said, emergency_line(t))


def _age_said(age: int) -> str:
    return f'<say-as interpret-as="cardinal">{age}</say-as>'


def confirm_age(t: Texts, age: int) -> Speech:
    """An age a mishearing could have changed ("sixteen" for "sixty", "fifteen" for "fifty"): confirmed first."""
    return Speech(t["confirm.age"].format(age=_age_said(age)), t["confirm.age.reprompt"].format(age=_age_said(age)))


def confirm_decade(t: Texts, decade: str) -> Speech:
    """A decade a mishearing could have changed ("sesenta y tantos" for "setenta y tantos"): confirmed first."""
    question = t[f"confirm.decade.{decade}"]
    return Speech(question, t["confirm.decade.reprompt"].format(question=question))


def age_echo(t: Texts, age: int) -> str:
    """ "Sixty, thanks.": every age is said back, so a mishearing can be heard and corrected."""
    return t["ack.age"].format(age=_age_said(age))


def child(t: Texts) -> Speech:
    """Under 16: outside the intended use. Where to get help, and the session ends."""
    return Speech(t["child"], None, Card(t["listing.name"], to_text(t["child"])))


def help_question(t: Texts, question: Question) -> Speech:
    return ask(t, question, emergency_line(t), t[f"explain.{question.id}"], t["help.check"])


def clarify(t: Texts, question: Question, clarification: str) -> Speech:
    """A re-ask that says what yes and no mean for this question ("Even if it started with lifting, ...")."""
    return ask(t, question, t[f"clarify.{clarification}"])


def take_your_time(t: Texts, asked: Speech) -> Speech:
    """ "Hold on": a short "take your time"; what was asked is asked again if nothing is said."""
    return Speech(t["hold_on"], asked.reprompt or to_text(asked.ssml), screen=asked.screen)


def nothing_kept(t: Texts) -> Speech:
    """ "Repeat that" in a new session: nothing is kept between conversations, but a verdict is on the card in
    the Alexa app; and the end."""
    return Speech(t["nothing_kept"])


def counted_earlier(t: Texts, sign_id: str) -> str:
    """ "You told me about numbness or tingling in a leg earlier, so I've counted it.": a question a sign named
    earlier settles, answered yes."""
    return t["noted.counted"].format(signs=t["reason.each"].format(reason=t[f"reason.{sign_id}"]))


def how_to_remind(t: Texts) -> Speech:
    """ "Remind me in two weeks" after the verdict, with no reminder set here: how to ask Alexa for one."""
    return Speech(t["remind.yourself"])


def reminder_set(t: Texts) -> Speech:
    """The reminder is set (with the person's permission): when, and what it will say; goodbye."""
    return Speech(t["remind.set"])


def reminder_not_now(t: Texts, result: Verdict) -> Speech:
    """ "Remind me" after an emergency or a today verdict: no reminder, the verdict's action again, briefly."""
    advice = t[f"verdict.{result.said_as}"].format(reasons="", safety_net="")
    found = re.search(r"[.?!](?= |$)", advice)
    action = advice if found is None else advice[: found.end()]
    return Speech(_join([t["remind.not_now"], action]))


def fallback_verdict(t: Texts) -> Speech:
    """Not understood after the verdict: the emergency line, and the verdict offered once more."""
    return Speech(_join([t["fallback.verdict"], emergency_line(t), t["verdict.offer"]]), t["verdict.offer.reprompt"])


def farewell(t: Texts) -> Speech:
    """After the verdict, "no" to hearing it again: goodbye (the verdict's safety net was said)."""
    return Speech(t["goodbye.after_verdict"])


def verdict_offer(t: Texts) -> Speech:
    return Speech(t["verdict.offer"], t["verdict.offer.reprompt"])


def fallback_question(t: Texts, question: Question, misses: int) -> Speech:
    """Not understood during a question; ``misses`` in a row (1, 2, 3 or more) escalate the help."""
    if misses <= 1:
        return ask(t, question, t["fallback.check"], emergency_line(t))
    if misses == 2:
        return ask(t, question, t["fallback.again"], t[f"explain.{question.id}"], t["answer_ways"], emergency_line(t))
    return ask(t, question, paced(t, t["fallback.check.last"]))


def went_back(t: Texts, question: Question) -> Speech:
    """'Go back': the previous question again."""
    return ask(t, question, t["went_back"])


HALFWAY = sum(not sign.follows for sign in WARNING_SIGNS) // 2


def _progress(t: Texts, check: Check, question: Question) -> str:
    """Where the person is, in words: about halfway, a few more, the last question."""
    if question.follows:
        return ""
    left = questions_left(check)
    return {HALFWAY: t["progress.halfway"], 3: t["progress.few_more"], 1: t["progress.last"]}.get(left, "")


def after_reply(t: Texts, step: Step, changed: str = "") -> Speech:
    """What to say after the user answered (or was not sure about) a question; ``changed`` says an
    answer was changed ("Okay, I've changed that to yes.")."""
    if step.verdict is not None:
        said = verdict(t, step.verdict, counted_as_yes=step.counted_as_yes, age_said=step.check.age is not None)
        return said._replace(ssml=_join([changed, said.ssml])) if changed else said
    assert step.question is not None
    if step.explain:
        return ask(t, step.question, t[f"explain.{step.question.id}"])
    if step.ask_again:
        return ask(t, step.question, t["ask_again"])
    last_answer = step.check.answers[-1][1]
    return ask(
        t,
        step.question,
        changed,
        t["counted_as_yes"] if step.counted_as_yes else "",
        t["ack.yes"] if last_answer is Recorded.YES and not changed else "",
        _progress(t, step.check, step.question),
        intro=True,
    )


def explain(t: Texts, question: Question) -> Speech:
    """ "What do you mean?": the question in plain words, then asked again."""
    return ask(t, question, t[f"explain.{question.id}"])


def how_long(t: Texts, check: Check, question: Question) -> Speech:
    """ "How many more?": counted from the data, then the question again."""
    left = questions_left(check)
    said = t["how_long.last"] if left <= 1 else t["how_long.left"].format(count=left)
    return ask(t, question, said)


def how_long_age(t: Texts) -> Speech:
    return ask_age(t, t["how_long.age"].format(minutes=check_length(t).minutes))


def should_i_go(t: Texts, then: Speech) -> Speech:
    """ "Should I go to the emergency room?": the number first, then whatever comes next."""
    return then._replace(ssml=_join([t["should_i_go"] + EMERGENCY_PAUSE, then.ssml]))


def should_i_go_offer(t: Texts) -> Speech:
    return Speech(
        _join([t["should_i_go"] + EMERGENCY_PAUSE, t["should_i_go.offer"]]),
        t["offer.reprompt"],
        screen=partial(welcome_screen, t),
    )


def verdict(
    t: Texts, result: Verdict, counted_as_yes: bool = False, age_said: bool = True, card_said: bool = True
) -> Speech:
    """The verdict, spoken and on a home card: the advice first (a pause after it), then why, then (but for an
    emergency) this person's safety net, that it is in the Alexa app (``card_said``: the first time only), and
    "want to hear that again?" (an emergency ends the session: act, don't listen).

    An age rule is a reason too: "your age", or "not knowing your age" for someone who would rather not say.
    """
    each = t["reason.each"]
    reasons = [each.format(reason=t[f"reason.{sign.id}"]) for sign in result.reasons]
    if result.age_counted:
        # beside the sign it goes with (the reasons behind the tier come first)
        reasons.insert(1, each.format(reason=t["reason.age" if age_said else "reason.age_not_said"]))
    said_reasons = t["reasons"].format(signs=_listed(t, reasons)) if reasons else ""
    if result.tier is Tier.EMERGENCY and any(sign.id in HEART_OR_AORTA for sign in result.reasons):
        said_reasons = _join([said_reasons, t["dont_drive"]])
    net = "" if result.tier is Tier.EMERGENCY else safety_net(t, result.yes)
    advice = t[f"verdict.{result.said_as}"].format(reasons=said_reasons, safety_net=net)
    counted = t["counted_as_yes"] if counted_as_yes else ""
    card_text = [to_text(_join([advice, counted]))]
    ssml = after_first_sentence(advice, ACTION_PAUSE)
    if card_said and result.tier is Tier.EMERGENCY:  # the number stays last
        last = ssml.rfind(". ") + 1
        ssml = _join([ssml[:last], t["card.said.emergency"], ssml[last:].strip()])
    elif card_said:
        ssml = _join([ssml, t["card.said"]])
    ssml = _join([ssml, counted])
    if result.tier is Tier.HOME:
        card_text += [t["card.home.painkillers"], t["card.home.reminder"]]
    elif result.tier is Tier.EMERGENCY:
        card_text.append(t["disclaimer"])  # spoken in every other verdict, not in the short emergency one
    card = Card(t[f"card.title.{result.said_as}"], _join(card_text))
    screen = partial(_verdict_screen, t, result, said_reasons, _join([advice, counted]), net)
    if result.tier is Tier.EMERGENCY:
        return Speech(ssml, None, card, screen)
    return Speech(_join([ssml, t["verdict.offer"]]), t["verdict.offer.reprompt"], card, screen)


def _verdict_screen(t: Texts, result: Verdict, reasons: str, said: str, net: str) -> Screen:  # SSML
    """The advice as the headline; for an emergency, the number large; then why, the safety net and the
    disclaimer."""
    tier = result.tier
    return Screen(
        "verdict",
        {
            "tier": tier.id,
            "headline": t[f"card.title.{result.said_as}"],
            "number": t["screen.number"] if tier is Tier.EMERGENCY else "",
            "reasons": to_text(reasons),
            "safety_net": to_text(net),
            "advice": to_text(said) if tier is Tier.HOME else "",
            "disclaimer": to_text(t["disclaimer"]),
        },
    )
