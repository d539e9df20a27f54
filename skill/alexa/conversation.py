"""The conversation: in each phase, what each intent does, and where the session goes next.

Pure (no ask-sdk, no I/O): a behaviour takes the session's state, the intent and the
locale's texts, and returns a ``Turn``: what to say, and the next state (None ends the
session). ``ROUTES`` is the whole state machine in one table; ``turn_for`` looks a
request up in it. tests/conversation/test_conversation.py checks that every intent in every
phase has exactly one route.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import NamedTuple

from skill.alexa import constants as c
from skill.alexa.session import Phase, SessionState, asking_age, checking, given, offered
from skill.core import responses
from skill.core.emergency_words import says_emergency
from skill.core.free_answers import free_answer, named_sign, says_its_path
from skill.core.meaning import Said, age_in_words, age_of_decade, age_said, meaning, needs_confirming
from skill.core.responses import Speech, Texts
from skill.core.signs import SIGNS_BY_ID, Question, Tier, age_facts, is_adult, is_asked, path_to
from skill.core.triage import (
    Answer,
    Check,
    Recorded,
    Step,
    before,
    change_last_answer,
    first_no_on_the_way,
    go_back,
    next_question,
    take_reply,
    tier_of,
    tier_of_check,
    verdict,
    verdict_for,
)


class Turn(NamedTuple):
    """What one request leads to."""

    speech: Speech
    state: SessionState | None  # None: the session ends
    outcome: Tier | None = None  # set by the verdict only
    # Set a two-week reminder, with permission (skill.alexa.reminders); ``speech`` is said if it can't be.
    remind: bool = False


class Heard(NamedTuple):
    """What Alexa made of what was said: the intent, the number in it (an age, or a year of birth), the
    symptom it names (an echo), the decade ("in my sixties") or the free words (a SearchQuery) if any; the
    year the request was made in (to turn a year of birth into an age) and the language it was said in."""

    intent: str
    number: str | None = None
    symptom: str | None = None
    decade: str | None = None
    year: int | None = None
    words: str | None = None
    language: str = "en"


Behaviour = Callable[[SessionState, Heard, Texts], Turn]


def pending(state: SessionState) -> Question:
    """The question a CHECKING state waits on (``read_session`` accepts only unfinished checks)."""
    assert state.check is not None
    question = next_question(state.check)
    assert question is not None
    return question


def _ask_age(intro_id: str, t: Texts) -> Turn:
    """The check begins with the age question."""
    return Turn(responses.ask_age(t, t[intro_id]), asking_age())


def _first_question(check: Check, t: Texts, *before: str) -> Turn:
    """After the age: what the check is not (a diagnosis; for pregnancy), said once, then the first question."""
    return Turn(responses.ask(t, pending(checking(check)), *before, t["start.note"], intro=True), checking(check))


# --- Behaviours -------------------------------------------------------------------------


def welcome(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """The welcome: the emergency line first, what happens and how long it takes, then the age question."""
    return Turn(responses.welcome(t), asking_age())


def start_check(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """The age question; a new session hears the welcome first (a one-shot: "is my back pain serious?")."""
    if state.phase is Phase.NEW:
        return welcome(state, heard, t)
    return _ask_age("start.after_offer", t)


def start_over(state: SessionState, heard: Heard, t: Texts) -> Turn:
    if state.phase is Phase.NEW:
        return welcome(state, heard, t)
    return _ask_age("start.over", t)


def restart(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """Attributes that were stale or tampered with: start the check again, safely."""
    return _ask_age("start.restart", t)


MAX_AGE_MISSES = 3  # then the check goes on without the age, as "I'd rather not say" does


def take_age(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """An age, a decade ("in my sixties": its oldest year, the cautious choice) or a year of birth. An age a
    mishearing of its tens would change the rules for ("sixty" heard as "sixteen") is confirmed first; an
    under-16's, then where a young person should get help, and the end."""
    if heard.decade is not None:
        age = age_of_decade(heard.decade)
        if age is None:
            return not_understood(state, heard, t)
        if needs_confirming(age, t):  # "sesenta y tantos" and "setenta y tantos" differ by a dropped s
            return Turn(
                responses.confirm_decade(t, heard.decade), asking_age(misses=state.misses, decade_heard=heard.decade)
            )
        return _start_with_decade(heard.decade, t)
    age = age_said(heard.number, heard.year)
    if age is None and heard.words:  # "pues tengo cincuenta y dos años ya", "I'll be eighty-one next month"
        age = age_in_words(heard.words, heard.language, heard.year)
    if age is None:
        return not_understood(state, heard, t)
    if needs_confirming(age, t) or not is_adult(age):
        return Turn(responses.confirm_age(t, age), asking_age(age_heard=age, misses=state.misses))
    return _start_with_age(age, t)


def _start_with_age(age: int, t: Texts) -> Turn:
    """An adult's age heard (and confirmed where it had to be): echoed, then the first question."""
    if not is_adult(age):
        return Turn(responses.child(t), None)
    return _first_question(Check(age=age), t, responses.age_echo(t, age))


def _start_with_decade(decade: str, t: Texts) -> Turn:
    """A decade heard (and confirmed where it had to be): its oldest year, said back as the decade."""
    return _first_question(Check(age=age_of_decade(decade)), t, t[f"ack.age.decade.{decade}"])


def confirm_age(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """Yes or no to "did you say sixteen?": the check with that age (or, under 16, the young person's
    advice), or the age again, with the year of birth offered (a year is not misheard as a teen's age).
    With no age to confirm, yes or no does not answer "how old are you?"."""
    if state.age_heard is None and state.decade_heard is None:
        return not_understood(state, heard, t)
    if heard.intent in (c.YES, c.YES_ANSWER, c.CHANGE_TO_YES):
        if state.decade_heard is not None:
            return _start_with_decade(state.decade_heard, t)
        assert state.age_heard is not None
        return _start_with_age(state.age_heard, t)
    misses = state.misses + 1
    if misses >= MAX_AGE_MISSES:
        return _without_age(t, t["age.given_up"])
    return Turn(responses.ask_age(t, t["age.again"]), asking_age(misses=misses))


def rather_not_say(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """No age: the check goes on as for the oldest group, the cautious choice."""
    return _without_age(t, t["ack.age.declined"])


def _without_age(t: Texts, *before: str) -> Turn:
    return _first_question(Check(age=None), t, *before)


def correct_age(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """An age said at the first question ("no, fourteen", after "Forty, thanks."): the age taken again.
    Later in the check, an age is not an answer."""
    assert state.check is not None
    if state.check.answers or state.check.explained:
        return not_understood(state, heard, t)
    return take_age(asking_age(), heard, t)


def decline(state: SessionState, heard: Heard, t: Texts) -> Turn:
    return Turn(responses.goodbye(t, mid_check=False), None)


def no_to_the_age(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "No" to "how old are you?" is no thanks; to "did you say sixteen?", the age again."""
    if state.age_heard is not None or state.decade_heard is not None:
        return confirm_age(state, heard, t)
    return decline(state, heard, t)


def goodbye(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """Stop, cancel: a goodbye, with the safety net if a check was under way; after the verdict, its own."""
    if state.phase is Phase.VERDICT:
        return farewell(state, heard, t)
    return Turn(responses.goodbye(t, mid_check=state.phase in (Phase.AGE, Phase.CHECKING, Phase.BROKEN)), None)


def emergency_now(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """'Call an ambulance', 'I can't feel my legs': the number now, that Alexa can't call, and end."""
    return Turn(responses.emergency_now(t), None)


_SAID = {
    c.YES: Said.YES,
    c.YES_ANSWER: Said.YES,
    c.NO: Said.NO,
    c.NO_ANSWER: Said.NO,
    c.NOT_SURE: Said.NOT_SURE,
    c.BOTH_LEGS: Said.BOTH_LEGS,
    c.ONE_LEG: Said.ONE_LEG,
    c.QUALIFIED_YES: Said.QUALIFIED_YES,
    c.HEDGED_NO: Said.HEDGED_NO,
    c.ECHO: Said.ECHO,
}


_SAID_BEFORE_WORDS = {c.NO_BUT: Answer.NO, c.YES_BUT: Answer.YES}  # "no, but my leg is numb"


def answer(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """An answer to the pending question; one that does not fit it ("both" to "any chest pain?": both what?)
    is a miss, re-asked with what yes and no mean."""
    assert state.check is not None
    reply = meaning(_SAID[heard.intent], pending(state), heard.symptom)
    if reply is None:
        return not_understood(state, heard, t)
    return _after(take_reply(state.check, reply), t, noted=state.noted)


def free_words(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """Words that are not a yes or a no ("it started when I lifted a box", "no, but my leg is numb"): the
    answer they give, a re-ask that says what yes and no mean for this question, or the sign they name."""
    question = pending(state)
    found = free_answer(heard.words, question.id, heard.language, _SAID_BEFORE_WORDS.get(heard.intent))
    if found.clarify is not None:
        return Turn(responses.clarify(t, question, found.clarify), state._replace(misses=0))
    if found.mentions is not None:
        return _mentioned(state, found.mentions, found.reply, t)
    if found.reply is not None:
        assert state.check is not None
        return _after(take_reply(state.check, found.reply), t, noted=state.noted)
    return not_understood(state, heard, t)


def _yes_so_far(check: Check) -> frozenset[str]:
    """The signs answered yes (or counted as yes) so far, and the age's facts."""
    said = {question for question, recorded in check.answers if recorded is not Recorded.NO}
    return frozenset(said | age_facts(check.age))


def _emergency_if_yes(check: Check, sign_id: str) -> frozenset[str] | None:
    """The signs that would be yes if ``sign_id`` (and what leads to it) were answered yes now, when that is an
    emergency: the answer is then taken at once ("I have numbness between my legs" before it is asked)."""
    yes = _yes_so_far(check) | set(path_to(sign_id))
    if not all(is_asked(SIGNS_BY_ID[step], yes) for step in path_to(sign_id)):
        return None  # a question not asked of this person (an aneurysm, under 60)
    return yes if tier_of(yes) is Tier.EMERGENCY else None


def _mentioned(state: SessionState, sign_id: str, reply: Answer | None, t: Texts) -> Turn:
    """A sign named while another question waits ("no, but my leg is numb"): ``reply`` to the question asked
    (if any); then the sign counted at once where it was answered no or would make it an emergency, or asked
    in its turn."""
    assert state.check is not None
    check = state.check
    emergency = _emergency_if_yes(check, sign_id)
    if emergency is not None:  # act, don't listen: the emergency verdict, with what they said as its reason
        said = responses.verdict(t, verdict_for(emergency), age_said=check.age is not None)
        return Turn(said, None, Tier.EMERGENCY)
    earlier = first_no_on_the_way(check, sign_id)
    if earlier is not None:  # answered no before: that answer, and those after it, taken again from there
        return _after(take_reply(before(check, earlier), Answer.YES), t, t["noted.earlier"], state.noted)
    noted = tuple(dict.fromkeys((*state.noted, sign_id)))  # its question, when it comes, is answered yes
    if reply is None:
        return Turn(responses.ask(t, pending(state), t["noted.later"]), state._replace(misses=0, noted=noted))
    return _after(take_reply(check, reply), t, t["noted.later"], noted)


def _after(step: Step, t: Texts, changed: str = "", noted: tuple[str, ...] = ()) -> Turn:
    """What follows an answer: the next question or the verdict. A question a sign named earlier settles ("no,
    but my leg is numb": "pain or numbness in a leg?", "is the leg numb?") is answered yes, and said to be."""
    settled = {asked: sign_id for sign_id in noted if sign_id in SIGNS_BY_ID for asked in path_to(sign_id)}
    while step.verdict is None and step.question is not None and step.question.id in settled:
        changed = changed or responses.counted_earlier(t, settled[step.question.id])
        step = take_reply(step.check, Answer.YES)
    speech = responses.after_reply(t, step, changed)
    if step.verdict is None:
        return Turn(speech, checking(step.check)._replace(noted=noted))
    if step.verdict.tier is Tier.EMERGENCY:  # act, don't listen: the session ends (the card keeps it)
        return Turn(speech, None, step.verdict.tier)
    return Turn(speech, given(step.check), step.verdict.tier)


def verdict_again(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "Want to hear that again?" "Yes" (or "repeat"): the verdict again, and the offer again."""
    assert state.check is not None
    result = verdict(state.check)
    assert result is not None
    said = responses.verdict(t, result, age_said=state.check.age is not None, card_said=False)
    return Turn(said, state._replace(misses=0), result.tier)


def farewell(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "No" (or anything else) after the verdict: goodbye; the session ends with the verdict's outcome."""
    assert state.check is not None
    return Turn(responses.farewell(t), None, tier_of_check(state.check))


def take_your_time(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "Hold on", "give me a minute": a short "take your time"; what was asked is kept, and asked again if
    nothing is said."""
    return Turn(responses.take_your_time(t, _asked(state, t)), state)


def _asked(state: SessionState, t: Texts) -> Speech:
    """What the session is waiting on, asked again: the question, the age, the offer, or "hear it again?"."""
    if state.phase is Phase.CHECKING:
        return responses.ask(t, pending(state))
    if state.phase is Phase.AGE:
        return responses.ask_age(t)
    if state.phase is Phase.VERDICT:
        return responses.verdict_offer(t)
    return responses.offer(t)


def thanks(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "Thanks", "okay", "got it": after the verdict, a kind goodbye (the verdict is not replayed); to "shall we
    start?" or "did you say sixty?", a yes; to a warning-sign question, not an answer."""
    if state.phase is Phase.VERDICT:
        return farewell(state, heard, t)
    if state.phase is Phase.OFFERED:
        return start_check(state, heard, t)
    if state.phase is Phase.AGE and (state.age_heard is not None or state.decade_heard is not None):
        return confirm_age(state, heard._replace(intent=c.YES), t)
    return not_understood(state, heard, t)


def remind_me(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "Remind me in two weeks": after a home or routine verdict, a reminder set with the person's permission
    (the handler sets it; if it can't, how to ask Alexa for one); after an emergency or a today verdict, no
    reminder but the verdict's action again; elsewhere, not an answer."""
    if state.phase is not Phase.VERDICT:
        return not_understood(state, heard, t)
    assert state.check is not None
    result = verdict(state.check)
    assert result is not None
    if result.tier >= Tier.URGENT:
        return Turn(responses.reminder_not_now(t, result), None, result.tier)
    return Turn(responses.how_to_remind(t), None, result.tier, remind=True)


def nothing_kept(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "Ask back pain check to repeat that", in a new session: nothing is kept between conversations."""
    return Turn(responses.nothing_kept(t), None)


def change_answer(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "Wait, I meant yes": the last answer taken back and this one recorded, with a word to say so.
    Before any answer, it answers the pending question."""
    assert state.check is not None
    to_yes = heard.intent == c.CHANGE_TO_YES
    reply = Answer.YES if to_yes else Answer.NO
    step = change_last_answer(state.check, reply)
    if step is None or state.check.explained:  # no answer yet, or it answers the question asked again
        return _after(step or take_reply(state.check, reply), t)
    return _after(step, t, t["ack.changed.yes" if to_yes else "ack.changed.no"])


def explain(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "What do you mean?", "why?", "what do you mean by clammy?": the question explained and asked again."""
    if state.phase is Phase.CHECKING:
        return Turn(responses.explain(t, pending(state)), state._replace(misses=0))
    return help_(state, heard, t)


def how_long(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "How long will this take?", "how many more?": counted from the data, then the question again."""
    if state.phase is Phase.CHECKING:
        assert state.check is not None
        return Turn(responses.how_long(t, state.check, pending(state)), state._replace(misses=0))
    if state.phase is Phase.AGE:
        return Turn(responses.how_long_age(t), state._replace(misses=0))
    return help_(state, heard, t)


def should_i_go(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """ "Should I go to A and E?": the emergency number first; then the check offered, or carried on."""
    if state.phase in (Phase.NEW, Phase.OFFERED):
        return Turn(responses.should_i_go_offer(t), offered())
    if state.phase is Phase.BROKEN:
        turn = restart(state, heard, t)
    elif state.phase is Phase.VERDICT:
        turn = verdict_again(state, heard, t)
    else:  # "Let's carry on." and the pending question, as when the skill is opened again
        turn = launch(state._replace(misses=0, age_heard=None, decade_heard=None), t)
    return turn._replace(speech=responses.should_i_go(t, turn.speech))


def previous_question(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """'Go back', 'change my answer': the previous question again, its answer forgotten (before the
    first question, the age)."""
    assert state.check is not None
    before = go_back(state.check)
    if before is None:
        return Turn(responses.ask_age(t, t["went_back"]), asking_age())
    return Turn(responses.went_back(t, pending(checking(before))), checking(before))


def help_(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """Help (or "not sure" to the offer): the emergency line first, then the question explained, or what the
    skill does; after the verdict, the verdict again."""
    if state.phase is Phase.CHECKING:
        return Turn(responses.help_question(t, pending(state)), state._replace(misses=0))
    if state.phase is Phase.AGE:
        return Turn(responses.help_age(t), asking_age())
    if state.phase is Phase.VERDICT:
        return verdict_again(state, heard, t)
    return Turn(responses.help_general(t), offered())


def repeat(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """Repeat (or 'go back' at the offer, or 'check my back' mid-check): say it again."""
    if state.phase is Phase.CHECKING:
        return Turn(responses.ask(t, pending(state)), state._replace(misses=0))
    if state.phase is Phase.AGE:
        return Turn(responses.ask_age(t), asking_age(age_heard=None, misses=state.misses))
    return Turn(responses.offer(t), offered())


def not_understood(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """Not understood at the offer, the age or a question: each miss in a row says more; the third at the age
    goes on without it."""
    misses = state.misses + 1
    if state.phase is Phase.VERDICT:  # the verdict offered once more; then the check is done
        if misses > 1:
            return farewell(state, heard, t)
        return Turn(responses.fallback_verdict(t), state._replace(misses=misses))
    if state.phase is Phase.CHECKING:
        speech = responses.fallback_question(t, pending(state), misses)
    elif state.phase is Phase.AGE:
        if misses >= MAX_AGE_MISSES:
            return _without_age(t, t["age.given_up"], responses.emergency_line(t))
        speech = _confirm_again(state, t) or responses.fallback_age(t, misses)
    else:
        speech = responses.fallback_offer(t, misses)
    return Turn(speech, state._replace(misses=misses))


def _confirm_again(state: SessionState, t: Texts) -> Speech | None:
    """ "Did you say sixty?" once more, saying what to answer ("c'est correct" is neither a yes nor a no)."""
    if state.age_heard is not None:
        speech = responses.confirm_age(t, state.age_heard)
    elif state.decade_heard is not None:
        speech = responses.confirm_decade(t, state.decade_heard)
    else:
        return None
    return speech._replace(ssml=f"{responses.emergency_line(t)} {speech.reprompt or speech.ssml}")


def launch(state: SessionState, t: Texts) -> Turn:
    """'Open back pain check': the welcome; said again within a session, carry on where it was."""
    if state.phase is Phase.CHECKING:
        return Turn(responses.ask(t, pending(state), t["carry_on"]), state)
    if state.phase is Phase.AGE:
        return Turn(responses.ask_age(t, t["carry_on"]), state)
    if state.phase is Phase.OFFERED:
        return Turn(responses.welcome_again(t), offered())
    return welcome(state, Heard(c.FALLBACK), t)  # a new session, or a new check after a verdict


# --- The state machine ----------------------------------------------------------------------


class Route(NamedTuple):
    phases: Collection[Phase]
    intents: Collection[str]
    behaviour: Behaviour


NEW, OFFERED, AGE, CHECKING, VERDICT, BROKEN = (
    Phase.NEW,
    Phase.OFFERED,
    Phase.AGE,
    Phase.CHECKING,
    Phase.VERDICT,
    Phase.BROKEN,
)
EVERY = frozenset(Phase)
ANSWERS = c.ANSWER_INTENTS
LEGS = (c.BOTH_LEGS, c.ONE_LEG)
AGES = (c.AGE, c.AGE_RANGE, c.RATHER_NOT_SAY)
CHANGES = (c.CHANGE_TO_YES, c.CHANGE_TO_NO)
QUESTIONS_ABOUT_IT = (c.WHAT_DO_YOU_MEAN, c.HOW_LONG)
FREE = (c.FREE_ANSWER, c.NO_BUT, c.YES_BUT)
YESES = (c.YES, c.YES_ANSWER, c.QUALIFIED_YES, c.CHANGE_TO_YES, c.ECHO)
NOES = (c.NO, c.NO_ANSWER, c.HEDGED_NO, c.CHANGE_TO_NO)

# fmt: off
ROUTES: tuple[Route, ...] = (
    # in phases                 these intents                                 do this
    Route(EVERY,                (c.EMERGENCY,),                               emergency_now),
    Route(EVERY,                (c.SHOULD_I_GO,),                             should_i_go),
    Route(EVERY,                (c.STOP, c.CANCEL, c.NAVIGATE_HOME),          goodbye),
    Route(EVERY,                (c.START_OVER,),                              start_over),
    Route({NEW},                (*ANSWERS, *AGES, *CHANGES, c.FALLBACK, c.PREVIOUS, c.HOLD_ON,
                                 *FREE),                                      welcome),
    Route({NEW},                (c.REPEAT,),                                  nothing_kept),
    Route(EVERY - {BROKEN},     (c.THANKS,),                                  thanks),
    Route(EVERY - {BROKEN},     (c.REMIND_ME,),                               remind_me),
    Route({NEW, OFFERED},       (c.START_CHECK,),                             start_check),
    Route({NEW, OFFERED, AGE},  (c.HELP,),                                    help_),
    Route({OFFERED},            (c.REPEAT,),                                  repeat),
    Route({NEW, OFFERED, AGE,
           CHECKING},           (c.WHAT_DO_YOU_MEAN,),                        explain),
    Route({NEW, OFFERED, AGE,
           CHECKING},           (c.HOW_LONG,),                                how_long),
    Route({OFFERED, AGE,
           CHECKING, VERDICT},  (c.HOLD_ON,),                                 take_your_time),
    Route({OFFERED},            YESES,                                        start_check),
    Route({OFFERED},            NOES,                                         decline),
    Route({OFFERED},            (c.NOT_SURE,),                                help_),
    Route({OFFERED},            (c.PREVIOUS,),                                repeat),
    Route({OFFERED},            (c.FALLBACK, *LEGS, *AGES, *FREE),            not_understood),
    Route({AGE},                (c.AGE, c.AGE_RANGE),                         take_age),
    Route({AGE},                (c.RATHER_NOT_SAY, c.NOT_SURE),               rather_not_say),
    Route({AGE},                (c.REPEAT, c.START_CHECK, c.PREVIOUS),        repeat),
    Route({AGE},                (c.YES, c.YES_ANSWER, c.CHANGE_TO_YES),       confirm_age),
    Route({AGE},                (c.NO, c.NO_ANSWER, c.CHANGE_TO_NO),          no_to_the_age),
    Route({AGE},                (c.FALLBACK, *LEGS, c.QUALIFIED_YES,
                                 c.HEDGED_NO, c.ECHO),                        not_understood),
    Route({AGE},                FREE,                                         take_age),
    Route({CHECKING},           ANSWERS,                                      answer),
    Route({CHECKING},           FREE,                                         free_words),
    Route({CHECKING, VERDICT},  CHANGES,                                      change_answer),
    Route({CHECKING, VERDICT},  (c.PREVIOUS,),                                previous_question),
    Route({CHECKING},           (c.HELP,),                                    help_),
    Route({CHECKING},           (c.REPEAT, c.START_CHECK),                    repeat),
    Route({CHECKING},           (c.FALLBACK, c.RATHER_NOT_SAY),               not_understood),
    Route({CHECKING},           (c.AGE, c.AGE_RANGE),                         correct_age),
    Route({VERDICT},            (c.YES, c.YES_ANSWER, c.QUALIFIED_YES, c.ECHO, c.NOT_SURE, c.REPEAT,
                                 c.HELP, *QUESTIONS_ABOUT_IT),                verdict_again),
    Route({VERDICT},            (c.NO, c.NO_ANSWER, c.HEDGED_NO, c.NO_BUT),   farewell),
    Route({VERDICT},            (c.FALLBACK, *LEGS, *AGES, c.FREE_ANSWER,
                                 c.YES_BUT),                                  not_understood),
    Route({VERDICT},            (c.START_CHECK,),                             start_over),
    Route({BROKEN},             (*ANSWERS, *AGES, *CHANGES, *QUESTIONS_ABOUT_IT,
                                 c.HELP, c.REPEAT, c.FALLBACK, c.START_CHECK,
                                 c.PREVIOUS, c.HOLD_ON, c.THANKS, c.REMIND_ME,
                                 *FREE),                                      restart),
)
# fmt: on

_TABLE: dict[tuple[Phase, str], Behaviour] = {
    (phase, intent): route.behaviour for route in ROUTES for phase in route.phases for intent in route.intents
}


def turn_for(
    state: SessionState,
    intent: str,
    t: Texts,
    number: str | None = None,
    symptom: str | None = None,
    decade: str | None = None,
    year: int | None = None,
    words: str | None = None,
    language: str = "en",
) -> Turn:
    """What ``intent`` (with what was said in it: a ``number``, a ``symptom``, a ``decade``, free ``words``;
    and the ``year`` and ``language`` it is said in) does in ``state``; an intent the model does not have
    counts as not understood."""
    return take_turn(state, Heard(intent, number, symptom, decade, year, words, language), t)


def take_turn(state: SessionState, heard: Heard, t: Texts) -> Turn:
    """What ``heard`` does in ``state``, as the table says; an intent the model does not have counts as not
    understood. Free words that say there is an emergency get the number first, in any phase."""
    if (state.phase, heard.intent) not in _TABLE:
        heard = heard._replace(intent=c.FALLBACK)
    if heard.words and heard.intent in FREE and _is_emergency(state, heard):  # not "what do you mean by …?"
        return emergency_now(state, heard, t)
    return _TABLE[(state.phase, heard.intent)](state, heard, t)


def _is_emergency(state: SessionState, heard: Heard) -> bool:
    """Free words that say there is an emergency, in any phase (the verdict and after it included): a stroke,
    a heart attack, not breathing, a collapse, heavy bleeding, asking for an ambulance; outside the check, a
    warning sign that is an emergency alone ("I've wet myself" at the age question). In the check, a warning
    sign named is an answer (``free_words``): to the question asked, or to its own at once if an emergency."""
    named = named_sign(heard.words, heard.language)
    if state.phase is Phase.CHECKING:
        assert state.check is not None
        if named is not None and named == pending(state).id:
            return False  # "my chest feels tight" to the chest pain question: its answer (a yes)
        at_once = named is not None and says_its_path(named) and _emergency_if_yes(state.check, named) is not None
        return not at_once and says_emergency(heard.words, heard.language)
    if says_emergency(heard.words, heard.language):
        return True
    return named is not None and says_its_path(named) and tier_of(path_to(named)) is Tier.EMERGENCY
