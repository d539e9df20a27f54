"""Spanish (es-US, es-MX, es-ES) and Canadian French (fr-CA) by utterance: what a person says in
their language reaches the same intents, and they hear the local number, place and advice line."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from skill.alexa import constants as c
from skill.alexa.lambda_function import build_handler
from skill.core.speech import LOCALES, back_translations, language_of, texts_for
from skill.core.ssml import to_text
from skill.core.triage import Answer, Check, next_question, take_reply
from tests.support.fake_alexa import SKILL_ID, FakeAlexa, ends_session, outcome, speech
from tests.support.locales import EXPECTED, firm_opening, heard_in, number_first
from tools.console import Resolver, load_language_model, normalise, spoken_number

ENTRY_POINT = build_handler(SKILL_ID)
NEW = ["es-US", "es-MX", "es-ES", "fr-CA"]


def resolver(locale: str) -> Resolver:
    return Resolver(load_language_model(locale), language_of(locale))


def converse(locale: str, *utterances: str) -> list[dict[str, Any]]:
    """Say each utterance, through the locale's model, to the skill; every response."""
    fake_alexa, found = FakeAlexa(ENTRY_POINT, locale=locale), resolver(locale)
    out = []
    for utterance in utterances:
        resolved = found.resolve(utterance)
        if resolved.request_type == "LaunchRequest":
            out.append(fake_alexa.launch())
        else:
            assert resolved.intent is not None, utterance
            if resolved.opens:
                fake_alexa.attributes = None
            number = next((value for name, value, _ in resolved.slots if name == c.AGE_SLOT), None)
            others = tuple(slot for slot in resolved.slots if slot[0] != c.AGE_SLOT)
            out.append(fake_alexa.say(resolved.intent, number, others))
    return out


EMERGENCY = {
    "es": [
        "llama a una ambulancia",
        "no siento las piernas",
        "me duele el pecho",
        "es una emergencia",
        "me desmayé",
        # the person's own words (issue 27)
        "creo que me está dando un infarto",
        "no puedo respirar",
        "me caí y no me puedo levantar",
        "creo que es un derrame",
        "pide ayuda",
        "necesito ayuda",
    ],
    "fr": [
        "appelle une ambulance",
        "je ne sens plus mes jambes",
        "j'ai mal à la poitrine",
        "c'est une urgence",
        "je pense que je fais une crise cardiaque",
        "je ne peux pas respirer",
        "je suis tombé et je ne peux pas me relever",
        "je pense que c'est un a. v. c.",
        "appelle de l'aide",
        "j'ai besoin d'aide",
    ],
}
LOCAL_EMERGENCY = {
    "es-US": ["llama al 911"],
    "es-MX": ["llama al 911"],
    "es-ES": ["llama al 112"],
    "fr-CA": ["appelle le 911"],
}


@pytest.mark.parametrize("locale", NEW)
def test_emergency_words_get_the_local_number_and_place_at_once(locale: str) -> None:
    opening = {"es": ["abre chequeo de espalda", "cincuenta"], "fr": ["ouvre bilan du dos", "cinquante"]}
    no = {"es": "no", "fr": "non"}[language_of(locale)]
    check, asked = Check(age=50), 0
    while next_question(check) is not None:
        check, asked = take_reply(check, Answer.NO).check, asked + 1
    at_the_age, mid_check = opening[language_of(locale)][:1], opening[language_of(locale)]
    after_the_verdict = [*mid_check, *[no] * asked]
    for phrase, before in itertools.product(
        EMERGENCY[language_of(locale)] + LOCAL_EMERGENCY[locale], (at_the_age, mid_check, after_the_verdict)
    ):
        out = converse(locale, *before, phrase)[-1]
        said = speech(out)
        assert said.startswith(firm_opening(locale) + EXPECTED[locale][3]), (phrase, said)
        assert heard_in(locale, "I can't call for you") in said and heard_in(locale, "I can't call for you") in said
        assert ends_session(out) and out["response"]["card"]["title"] == EXPECTED[locale][2]


ANSWERS = {
    "es": {
        c.YES_ANSWER: ["sí claro", "claro", "creo que sí", "sí me duele"],
        c.QUALIFIED_YES: ["un poco", "a veces", "sí una vez", "más o menos"],
        c.NO_ANSWER: ["para nada", "no tengo", "nada de eso"],
        c.HEDGED_NO: ["creo que no", "no realmente", "que yo sepa no", "no creo"],
        c.WHAT_DO_YOU_MEAN: ["qué quiere decir", "no entiendo la pregunta"],
        c.HOW_LONG: ["cuánto falta", "cuántas preguntas quedan"],
        c.CHANGE_TO_YES: ["perdón quise decir que sí", "en realidad sí"],
        c.CHANGE_TO_NO: ["perdón quise decir que no", "en realidad no"],
        c.SHOULD_I_GO: ["debo ir a urgencias", "debo ir al hospital"],
        c.NOT_SURE: ["no sé", "no estoy segura", "tal vez", "quizás"],
        c.YES: ["sí", "si"],
        c.RATHER_NOT_SAY: ["prefiero no decirlo", "prefiero no decir mi edad"],
        c.BOTH_LEGS: ["las dos", "en ambas piernas"],
        c.ONE_LEG: ["solo la izquierda", "una pierna"],
    },
    "fr": {
        c.YES_ANSWER: ["je pense que oui", "ça fait mal"],
        c.QUALIFIED_YES: ["un peu", "des fois", "parfois", "oui une fois"],
        c.NO_ANSWER: ["pas du tout", "je n'en ai pas"],
        c.HEDGED_NO: ["pas vraiment", "je ne pense pas", "je ne crois pas", "pas que je sache"],
        c.WHAT_DO_YOU_MEAN: ["qu'est-ce que vous voulez dire", "je ne comprends pas la question"],
        c.HOW_LONG: ["combien de temps ça prend", "combien de questions il reste"],
        c.CHANGE_TO_YES: ["en fait oui", "pardon je voulais dire oui"],
        c.CHANGE_TO_NO: ["en fait non", "pardon je voulais dire non"],
        c.SHOULD_I_GO: ["est-ce que je dois aller à l'urgence", "dois-je aller à l'urgence"],
        c.NOT_SURE: ["je ne sais pas", "pas sûr", "peut-être", "aucune idée"],
        c.YES: ["oui", "ouais"],
        c.RATHER_NOT_SAY: ["je préfère ne pas le dire", "je prefere ne pas le dire"],
        c.BOTH_LEGS: ["les deux", "les deux jambes"],
        c.ONE_LEG: ["juste la gauche", "une seule jambe"],
    },
}


@pytest.mark.parametrize("locale", NEW)
def test_natural_answers_reach_their_intents_with_or_without_accents(locale: str) -> None:
    found = resolver(locale)
    for intent, phrases in ANSWERS[language_of(locale)].items():
        for phrase in phrases:
            assert found.resolve(phrase).intent == intent, phrase


@pytest.mark.parametrize(
    ("locale", "said", "age"),
    [
        ("es-US", "tengo cuarenta y cinco años", "45"),
        ("es-MX", "sesenta y siete", "67"),
        ("es-ES", "tengo 81 años", "81"),
        ("fr-CA", "j'ai quarante-cinq ans", "45"),
        ("fr-CA", "soixante-sept", "67"),
        ("fr-CA", "quatre-vingt-un", "81"),
        ("fr-CA", "soixante-dix", "70"),
        ("fr-CA", "soixante et onze ans", "71"),
    ],
)
def test_an_age_in_words_is_the_number(locale: str, said: str, age: str) -> None:
    assert resolver(locale).resolve(said) == resolver(locale).resolve(said)
    resolved = resolver(locale).resolve(said)
    assert (resolved.intent, resolved.slots) == (c.AGE, ((c.AGE_SLOT, age, ""),))


def test_numbers_and_accents_are_folded_alike() -> None:
    assert normalise("¿Sí?") == normalise("si") == "si"
    assert normalise("Tête") == "tete" and normalise("año") == "año"
    assert spoken_number("noventa y nueve") == "99" and spoken_number("quatre vingt dix sept") == "97"
    assert spoken_number("ciento uno") == "101" and spoken_number("cent deux") == "102"


@pytest.mark.parametrize("locale", NEW)
def test_a_whole_check_by_utterance_hears_the_local_words_at_each_verdict(locale: str) -> None:
    es = language_of(locale) == "es"
    opening = ["abre chequeo de espalda", "cuarenta"] if es else ["ouvre bilan du dos", "quarante"]
    yes, no = ("sí", "no") if es else ("oui", "non")
    # no to chest, breathless, sudden, at rest, faint, upper back, how it began; yes to the saddle question
    heard = converse(locale, *opening, no, no, no, no, no, no, no, no, yes)
    assert outcome(heard[-1]) == "emergency" and speech(heard[-1]).startswith(EXPECTED[locale][0])
    assert EXPECTED[locale][3] in speech(heard[-1])
    one_shot = (
        "pregunta a chequeo de espalda si mi dolor de espalda es grave"
        if es
        else ("demande à bilan du dos si mon mal de dos est grave")
    )
    started = converse(locale, one_shot, "cincuenta" if es else "cinquante")
    assert not ends_session(started[-1]) and speech(started[-1]).endswith(
        to_text(texts_for(locale)["question.chest_pain"])
    )


@pytest.mark.parametrize("locale", NEW)
def test_the_listing_leads_with_the_local_invocation(locale: str) -> None:
    t = texts_for(locale)
    assert (
        t["listing.example.1"]
        == {"es": "Alexa, abre chequeo de espalda", "fr": "Alexa, ouvre bilan du dos"}[language_of(locale)]
    )
    for n in (1, 2, 3):
        resolved = resolver(locale).resolve(t[f"listing.example.{n}"])
        assert resolved.opens and resolved.intent in (None, c.START_CHECK), t[f"listing.example.{n}"]


@pytest.mark.parametrize("locale", NEW)
def test_every_question_has_a_back_translation_for_review(locale: str) -> None:
    back = back_translations(locale)
    questions = {key for key in texts_for(locale) if key.startswith("question.") and key != "question.reprompt"}
    questions -= {"question.age.reprompt"}
    assert questions == set(back)
    assert all(text.endswith("?") for text in back.values())


def test_english_has_no_back_translations_and_every_locale_is_here() -> None:
    assert back_translations("en-US") == {}
    assert set(NEW) | {locale for locale in LOCALES if locale.startswith("en-")} == set(LOCALES)


# --- Natural answers through the Lambda entry point (as tests/voice/test_natural_answers.py, a few per language)

OPEN = {
    "es": ["abre chequeo de espalda", "cuarenta y cinco"],
    "fr": ["ouvre bilan du dos", "quarante-cinq"],
}
NATURAL = {
    "es": {
        "hedge": "creo que no",
        "qualified": "un poco",
        "echo": "tengo dolor de pecho",
        "what": "qué quiere decir",
        "how_long": "cuántas preguntas quedan",
        "change": "perdón quise decir que sí",
        "should": "debo ir a urgencias",
    },
    "fr": {
        "hedge": "je ne pense pas",
        "qualified": "un peu",
        "echo": "oui douleur à la poitrine",
        "what": "qu'est-ce que vous voulez dire",
        "how_long": "combien de questions il reste",
        "change": "pardon je voulais dire oui",
        "should": "est-ce que je dois aller à l'urgence",
    },
}


def question(locale: str, sign: str) -> str:
    return to_text(texts_for(locale)[f"question.{sign}"])


@pytest.mark.parametrize("locale", ["es-US", "fr-CA"])
def test_natural_answers_work_in_spanish_and_french_through_the_lambda(locale: str) -> None:
    language, t = language_of(locale), texts_for(locale)
    said = NATURAL[language]
    # A hedge to chest pain is asked once more; a qualified yes is a yes (an emergency here).
    out = converse(locale, *OPEN[language], said["hedge"])[-1]
    assert speech(out) == f"{to_text(t['ask_again'])} {question(locale, 'chest_pain')}"
    out = converse(locale, *OPEN[language], said["qualified"])[-1]
    assert out["sessionAttributes"]["answers"] == [["chest_pain", "yes"]] and speech(out).endswith(
        question(locale, "chest_pain_recent")
    )
    # Echoing the symptom is a yes to the question it names.
    out = converse(locale, *OPEN[language], said["echo"])[-1]
    assert out["sessionAttributes"]["answers"] == [["chest_pain", "yes"]]
    # "What do you mean?" explains the question and asks it again; "how long?" says how many are left.
    out = converse(locale, *OPEN[language], said["what"])[-1]
    assert to_text(t["explain.chest_pain"]) in speech(out) and speech(out).endswith(question(locale, "chest_pain"))
    out = converse(locale, *OPEN[language], said["how_long"])[-1]
    assert speech(out).endswith(question(locale, "chest_pain")) and not ends_session(out)
    # A correction changes the last answer.
    no = "no" if language == "es" else "non"
    out = converse(locale, *OPEN[language], no, said["change"])[-1]
    assert speech(out).startswith(to_text(t["ack.changed.yes"]))
    # "Should I go?" gives the number first, then offers the check.
    out = converse(locale, OPEN[language][0], said["should"])[-1]
    assert speech(out).startswith(number_first(locale) + EXPECTED[locale][3]), speech(out)
    assert not ends_session(out)
