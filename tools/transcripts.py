"""``python -m tools.transcripts``: what Alexa says, as plain sentences, for review.

Whole conversations, typed as a person would say them (in the locale's language: the
scripts are written in English and said through ``UTTERANCES``), resolved against the locale's
interaction model and answered by the skill's Lambda entry point, exactly as the console
does (``tools.console``). One Markdown file per locale in docs/transcripts/;
tests/docs/test_transcripts.py fails, with the difference, when the skill no longer says what
they say. A change to the speech is then a diff of plain sentences in review.
"""

from __future__ import annotations

import io
from collections.abc import Collection, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import NamedTuple

from skill.core.signs import SIGNS_BY_ID
from skill.core.speech import LOCALES, language_of, texts_for
from skill.core.ssml import to_text
from tools import console, generated
from tools.generated import Generated

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "docs" / "transcripts"
MORE = "…"  # in a script: answer each question that comes until the verdict (or ``until``)


class Conversation(NamedTuple):
    title: str
    said: Sequence[str]  # what the person says, in order; MORE answers the questions that come
    yes: Collection[str] = ()  # the signs the person says yes to while answering
    until: str | None = None  # stop answering when this sign's question is asked


CONVERSATIONS: tuple[Conversation, ...] = (
    Conversation("The welcome, help, and no thanks", ["open back pain check", "help", "no"]),
    Conversation("No to every question: home (age 45)", ["open back pain check", "forty five", MORE]),
    Conversation(
        "Chest pain since yesterday: an emergency (age 30)",
        ["open back pain check", "I'm thirty", MORE],
        ["chest_pain", "chest_pain_recent"],
    ),
    Conversation(
        "Chest pain two days ago, none since: a doctor today (age 30)",
        ["open back pain check", "I'm thirty", MORE],
        ["chest_pain"],
    ),
    Conversation(
        "A heart attack felt in the back: an emergency (age 63)",
        ["open back pain check", "sixty three", MORE],
        ["breathless", "breathless_new", "upper_back"],
    ),
    Conversation(
        "A clot in the lung, the breathlessness first: an emergency (age 34)",
        ["open back pain check", "thirty four", MORE],
        ["breathless", "breathless_new", "breathing_pain"],
    ),
    Conversation(
        "Breathless as usual with asthma: a doctor (age 58)",
        ["open back pain check", "fifty eight", MORE],
        ["breathless"],
    ),
    Conversation("A fever: a doctor today (age 52)", ["open back pain check", "fifty two", MORE], ["fever"]),
    Conversation(
        "A fever with new confusion: an emergency (age 45)",
        ["open back pain check", "forty five", MORE],
        ["fever", "sepsis_confused"],
    ),
    Conversation(
        "Sciatica in one leg: a doctor in the next week or two (age 38)",
        ["open back pain check", "thirty eight years old", MORE],
        ["leg_symptoms", "leg_below_knee"],
    ),
    Conversation(
        "Sciatica in both legs, getting worse: an emergency (age 40)",
        ["open back pain check", "forty", MORE],
        ["leg_symptoms", "leg_below_knee", "legs_both", "legs_worse"],
    ),
    Conversation(
        "Tearing pain between the shoulder blades while lifting: an emergency (age 47)",
        ["open back pain check", "forty seven", MORE],
        ["sudden_onset", "rest_pain", "upper_back", "injury"],
    ),
    Conversation(
        "Severe pain at rest at 67, unlike before, not sudden: an emergency",
        ["open back pain check", "sixty seven", MORE],
        ["rest_pain", "unlike_before"],
    ),
    Conversation(
        "On a blood thinner, a back that went and is easing: a doctor (age 67)",
        ["open back pain check", "sixty seven", MORE],
        ["sudden_onset", "blood_thinner"],
    ),
    Conversation(
        "A burning pee, not the nerves: a doctor (age 34)",
        ["open back pain check", "thirty four", MORE],
        ["bladder_bowel"],
    ),
    Conversation(
        "Tummy pain, could be pregnant: a doctor today (age 34)",
        ["open back pain check", "thirty four", MORE],
        ["abdominal_pain", "pregnant"],
    ),
    Conversation(
        "Pain at night, only on turning over: a doctor (age 40)",
        ["open back pain check", "forty", MORE],
        ["night_pain"],
    ),
    Conversation("A lift at 45, nothing else: home", ["open back pain check", "forty five", MORE], ["injury"]),
    Conversation(
        "Cancer long ago, with sciatica: a doctor today (age 63)",
        ["open back pain check", "sixty three", MORE],
        ["cancer_history", "leg_symptoms", "leg_below_knee"],
    ),
    Conversation(
        "Under a cancer team, with a weak leg: the cancer team now (age 58)",
        ["open back pain check", "fifty eight", MORE],
        ["cancer_history", "cancer_team", "leg_symptoms", "leg_weak"],
    ),
    Conversation(
        "I'd rather not say my age, then no to everything",
        ["open back pain check", "I'd rather not say", MORE],
    ),
    Conversation(
        "Help in every phase, not sure twice, and stop",
        ["open back pain check", "help", "yes", "help", "sixty seven", "help", "not sure", "not sure", "help", "stop"],
    ),
    Conversation(
        "An emergency said in the middle of the check",
        ["open back pain check", "fifty", MORE, "I can't feel my legs"],
        until="bladder_bowel",
    ),
    Conversation(
        "A one-shot start, and a child (the age confirmed first)",
        ["ask back pain check is my back pain serious", "twelve", "yes"],
    ),
    Conversation(
        "Fifty heard as fifteen, corrected",
        ["open back pain check", "fifteen", "no", "fifty", "no", "stop"],
    ),
    Conversation(
        "Sixty heard as sixteen, corrected",
        ["open back pain check", "sixteen", "no", "sixty", "stop"],
    ),
    Conversation("In my sixties", ["open back pain check", "in my sixties", "stop"]),
    Conversation(
        "Not understood three times, then go back",
        ["open back pain check", "banana", "pizza", "purple", "forty", "no", "banana", "go back", "no", "stop"],
    ),
    Conversation(
        "The verdict again, then goodbye (age 40)",
        ["open back pain check", "forty", MORE, "yes", "no"],
    ),
    Conversation(
        "Repeat that, in a new session",
        ["ask back pain check to repeat that"],
    ),
    Conversation(
        "Hold on, why, huh, and what do you mean",
        ["open back pain check", "hold on", "forty", "why", "no", "what do you mean by clammy", "huh", "no", "stop"],
    ),
    Conversation(
        "A heart attack said at the age question", ["open back pain check", "I think I'm having a heart attack"]
    ),
    Conversation("I can't breathe, said at a question", ["open back pain check", "forty", "I can't breathe"]),
    Conversation("I need help, said at the verdict", ["open back pain check", "forty", MORE, "I need help"]),
    Conversation(
        "No, but my leg is numb",
        ["open back pain check", "forty", MORE, "no but my leg is numb", MORE],
        ["leg_symptoms", "leg_numb"],
        until="breathless",
    ),
    Conversation(
        "Both legs, to the legs question (age 40)",
        ["open back pain check", "forty", MORE, "both legs", "stop"],
        until="leg_symptoms",
    ),
    Conversation(
        "I had skin cancer removed",
        ["open back pain check", "forty", MORE, "I had skin cancer removed", "no", "stop"],
        until="cancer_history",
    ),
    Conversation(
        "I haven't checked my temperature",
        ["open back pain check", "forty", MORE, "I haven't checked", "no", "stop"],
        until="fever",
    ),
    Conversation(
        "I have a catheter",
        ["open back pain check", "forty", MORE, "I have a catheter", "stop"],
        until="bladder_bowel",
    ),
    Conversation(
        "It started when I lifted a box",
        ["open back pain check", "forty", MORE, "it started when I lifted a box", "no", "stop"],
        until="sudden_onset",
    ),
    Conversation(
        "Remind me in two weeks: allowed, the reminder set (age 45)",
        ["open back pain check", "forty five", MORE, "remind me in two weeks", "yes"],
    ),
    Conversation(
        "Remind me in two weeks: not allowed (age 45)",
        ["open back pain check", "forty five", MORE, "remind me in two weeks", "no"],
    ),
)


# What the person says in the scripts above, as a Spanish or French speaker says it.
UTTERANCES: dict[str, dict[str, str]] = {
    "es": {
        "open back pain check": "abre chequeo de espalda",
        "ask back pain check is my back pain serious": "pregunta a chequeo de espalda si mi dolor de espalda es grave",
        "help": "ayuda",
        "yes": "sí",
        "remind me in two weeks": "recuérdame en dos semanas",
        "no": "no",
        "not sure": "no sé",
        "stop": "para",
        "go back": "atrás",
        "forty five": "cuarenta y cinco",
        "I'm thirty": "tengo treinta",
        "sixty three": "sesenta y tres",
        "fifty two": "cincuenta y dos",
        "thirty eight years old": "treinta y ocho años",
        "I'd rather not say": "prefiero no decirlo",
        "sixty seven": "sesenta y siete",
        "I'm sixty seven": "tengo sesenta y siete",
        "sixty seven years old": "sesenta y siete años",
        "fifty": "cincuenta",
        "forty": "cuarenta",
        "forty seven": "cuarenta y siete",
        "thirty four": "treinta y cuatro",
        "sixty": "sesenta",
        "sixteen": "dieciséis",
        "fifty eight": "cincuenta y ocho",
        "in my sixties": "sesenta y tantos",
        "twelve": "doce",
        "I can't feel my legs": "no siento las piernas",
        "banana": "plátano",
        "pizza": "pizza",
        "repeat": "repite",
        "purple": "morado",
        "seventy": "setenta",
        "ask back pain check to repeat that": "pide a chequeo de espalda que repita eso",
        "hold on": "espere un momento",
        "why": "por qué",
        "huh": "eh",
        "what do you mean by clammy": "qué quiere decir sudor frío",
        "I think I'm having a heart attack": "creo que me está dando un infarto",
        "I can't breathe": "no puedo respirar",
        "I need help": "necesito ayuda",
        "no but my leg is numb": "no pero tengo la pierna dormida",
        "both legs": "las dos piernas",
        "I had skin cancer removed": "tuve un cáncer de piel que me quitaron",
        "I haven't checked": "no me la he tomado",
        "I have a catheter": "tengo una sonda",
        "it started when I lifted a box": "empezó cuando levanté una caja",
    },
    "fr": {
        "open back pain check": "ouvre bilan du dos",
        "ask back pain check is my back pain serious": "demande à bilan du dos si mon mal de dos est grave",
        "help": "aide",
        "yes": "oui",
        "remind me in two weeks": "rappelle-moi dans deux semaines",
        "no": "non",
        "not sure": "je ne sais pas",
        "stop": "arrête",
        "go back": "retour",
        "forty five": "quarante-cinq",
        "I'm thirty": "j'ai trente ans",
        "sixty three": "soixante-trois",
        "fifty two": "cinquante-deux",
        "thirty eight years old": "trente-huit ans",
        "I'd rather not say": "je préfère ne pas le dire",
        "sixty seven": "soixante-sept",
        "I'm sixty seven": "j'ai soixante-sept ans",
        "sixty seven years old": "soixante-sept ans",
        "fifty": "cinquante",
        "forty": "quarante",
        "forty seven": "quarante-sept",
        "thirty four": "trente-quatre",
        "sixty": "soixante",
        "sixteen": "seize",
        "fifty eight": "cinquante-huit",
        "in my sixties": "dans la soixantaine",
        "twelve": "douze",
        "I can't feel my legs": "je ne sens plus mes jambes",
        "banana": "banane",
        "pizza": "pizza",
        "repeat": "répète",
        "purple": "violet",
        "seventy": "soixante-dix",
        "ask back pain check to repeat that": "demande à bilan du dos de répéter",
        "hold on": "un instant",
        "why": "pourquoi",
        "huh": "hein",
        "what do you mean by clammy": "qu'est-ce que vous voulez dire par sueurs froides",
        "I think I'm having a heart attack": "je pense que je fais une crise cardiaque",
        "I can't breathe": "je ne peux pas respirer",
        "I need help": "j'ai besoin d'aide",
        "no but my leg is numb": "non mais ma jambe est engourdie",
        "both legs": "les deux jambes",
        "I had skin cancer removed": "j'ai eu un cancer de la peau enlevé",
        "I haven't checked": "je n'ai pas vérifié",
        "I have a catheter": "j'ai une sonde",
        "it started when I lifted a box": "ça a commencé quand j'ai soulevé une boîte",
    },
}


def say(locale: str, english: str) -> str:
    """What a person in ``locale`` says for the script's ``english`` (as it is, in English)."""
    return UTTERANCES.get(language_of(locale), {}).get(english, english)


def _reply_to(heard: str, conversation: Conversation, locale: str) -> str | None:
    """ "yes" or "no" to the sign's question ``heard`` ends with, "yes" to "did you say sixty-three?" (the age the
    script said); None when it asks none, or the one to stop at."""
    t = texts_for(locale)
    before, _, after = to_text(t["confirm.age"]).partition("{age}")
    decades = (to_text(text) for key, text in t.items() if key.startswith("confirm.decade.") and "{" not in text)
    if (heard.startswith(before) and heard.endswith(after)) or heard in decades:
        return say(locale, "yes")
    for sign in SIGNS_BY_ID.values():
        if heard.endswith(to_text(t[f"question.{sign.id}"])):
            return (
                None if sign.id == conversation.until else say(locale, "yes" if sign.id in conversation.yes else "no")
            )
    return None


def transcript(conversation: Conversation, locale: str, handler: console.SkillHandler | None = None) -> list[str]:
    """The conversation as lines of "User: …" and "Alexa: …" (and any card); ``handler``: the skill's entry
    point, if not the usual one (one that records what it returns)."""
    printed = io.StringIO()
    lines: list[str] = []

    def utterances() -> Iterator[str]:
        """What the person says; the console reads each after printing Alexa's reply to the one before."""
        for said in conversation.said:
            while said == MORE and (reply := _reply_to(_last_said(printed.getvalue()), conversation, locale)):
                lines.append(f"User: {reply}")
                yield reply
            if said != MORE:
                lines.append(f"User: {say(locale, said)}")
                yield say(locale, said)

    console.run(utterances(), printed, locale, handler)
    replies = _replies(printed.getvalue())
    return [line for user, reply in zip(lines, replies, strict=False) for line in (user, *reply)]


def _replies(printed: str) -> list[list[str]]:
    """The console's output, one reply (its "Alexa:" line and any card) per utterance."""
    replies: list[list[str]] = []
    for line in printed.splitlines():
        if line.startswith("Alexa: ") or not replies:
            replies.append([])
        replies[-1].append(line)
    return replies


def _last_said(printed: str) -> str:
    said = [line for line in printed.splitlines() if line.startswith("Alexa: ")]
    return said[-1][len("Alexa: ") :] if said else ""


def document(locale: str) -> str:
    parts = [
        f"# Back Pain Check ({locale}): what Alexa says",
        "",
        "Generated by `python -m tools.transcripts` from the skill itself (through the console, on a "
        "voice-only device); `tests/docs/test_transcripts.py` fails when the skill no longer says this. "
        "Read a change here as a listener would.",
    ]
    for conversation in CONVERSATIONS:
        parts += ["", f"## {conversation.title}", "", *transcript(conversation, locale)]
    return "\n".join(parts) + "\n"


def path_for(locale: str) -> Path:
    return TRANSCRIPTS / f"{locale}.md"


def documents() -> list[Generated]:
    return [Generated(path_for(locale), partial(document, locale)) for locale in sorted(LOCALES)]


def main(argv: list[str] | None = None) -> int:
    return generated.main("python -m tools.transcripts", __doc__.splitlines()[0], documents, argv)


if __name__ == "__main__":
    raise SystemExit(main())
