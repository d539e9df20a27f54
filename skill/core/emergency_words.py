"""Emergencies said in a person's own words: looked for in any free words, in every phase.

Alexa hands words it cannot match to a sample to the skill in a catch-all (an AMAZON.SearchQuery slot); the
emergency samples (EmergencyIntent) cover the usual phrasings, and these rules the rest: the signs of a
stroke (face, arm, speech), legs that cannot be felt or moved, a heart attack, not being able to breathe,
chest pain, a collapse, heavy bleeding, a fall the person cannot get up from, and asking for an ambulance or
for help (docs/design.md, "Emergency first, whatever was heard"; docs/clinical-safety.md, H13). Warning signs
the check asks about (a numb bottom, wetting oneself) are found by ``skill.core.free_answers`` and taken as
the answer to their question.

Matched on words folded to lower case without accents, as Alexa's text may or may not carry them. Pure.
"""

from __future__ import annotations

import re
import unicodedata

_EN = (
    # a stroke: the face, an arm, speech (NHS FAST)
    r"\bstroke\b",
    r"\bface\b.*\b(droop\w*|dropp?\w*|fall\w*|numb|twist\w*|lopsided)",
    r"\b(droop\w*|lopsided)\b",
    r"\bslurr?\w*",
    r"\bspeech\b.*\b(slurr\w*|strange|funny|gone)\b",
    r"\b(can'?t|cannot|can not|unable to) (talk|speak|lift (my|her|his|their) arm|raise (my|her|his|their) arm)",
    r"\barms?\b.*\b(weak|numb|dead|gone)\b|\bweak\b.*\barm\b",
    # legs that cannot be felt or moved
    r"\b(can'?t|cannot|can not|unable to) (feel|move) (my|her|his|their|either|both|the) (legs?|feet)",
    r"\blegs?\b.*\b(gone dead|went dead|are dead|won'?t (work|move)|stopped working|paraly\w*)",
    r"\bparaly\w*",
    # the heart, breathing, the chest
    r"\bheart attack\b|\bcardiac arrest\b",
    r"\b(can'?t|cannot|can not|can hardly|can barely|struggling to|unable to) (breathe|catch my breath|get my breath)",
    r"\bchoking\b|\bnot breathing\b",
    r"\bchest\b.*\b(pain\w*|hurt\w*|crush\w*|tight\w*|pressure|heavy|squeez\w*)",
    r"\b(pain|crush\w*|tight\w*|pressure|squeez\w*)\b.*\bchest\b",
    # a fall the person cannot get up from (docs/design.md, "I can't get up")
    r"\b(fell|fallen|fall|on the floor)\b.*\bcan'?t get up\b",
    # a collapse
    r"\bcollaps\w*|\b(passed|blacked) out\b|\bunconscious\b|\bwon'?t wake\b|\bfainted\b",
    # heavy bleeding
    r"\bbleed\w*\b.*\b(heav\w*|a lot|won'?t stop|badly|lots)\b|\b(heav\w*|badly)\b.*\bbleed",
    r"\bblood everywhere\b|\blot of blood\b|\bha?emorrhag\w*",
    # an ambulance, the number, help
    r"\bambulance\b|\bparamedic\w*",
    r"\b(call|dial|ring) (nine one one|nine eleven|nine nine nine|one one two|one oh eight|one zero eight|"
    r"triple (zero|nine)|zero zero zero|emergency)",
    r"\b(somebody|someone|anybody|anyone) help\b|\bhelp help\b|\bi need help\b|\b(call|get|send) (for )?help\b",
)

_ES = (
    r"\b(derrame|ictus|embolia)\b",
    r"\b(cara|boca)\b.*\b(caid\w*|torcid\w*|chueca|dormida)\b",
    r"\b(arrastr\w*|trab\w*) (las|la) (palabras|lengua)\b|\bhablo raro\b|\bhabla rara\b",
    r"\bno (puedo|puede) (hablar|levantar el brazo|mover el brazo)\b",
    r"\bno (puedo|puede) (mover|sentir) las piernas\b|\bno (siento|siente) las piernas\b|\bparaliz\w*",
    r"\b(infarto|ataque al corazon|ataque cardiaco|paro cardiaco)\b",
    r"\bno (puedo|puede) respirar\b|\bme ahogo\b|\bse ahoga\b|\bno me entra (el )?aire\b",
    r"\b(dolor|opresion|presion)\b.*\bpecho\b|\bpecho\b.*\b(duele|dolor|aprieta|oprime)",
    r"\b(desmay[eoa]|desmayad[oa]|perdi el conocimiento|perdio el conocimiento|colaps\w*|inconsciente)\b",
    r"\bsangr\w* (mucho|demasiado|sin parar)\b|\bno (para|deja) de sangrar\b|\bhemorragia\b",
    r"\bambulancia\b|\bparamedicos?\b",
    r"\b(llam[aeo]n?|marc[aeo]n?) (al )?(nueve uno uno|uno uno dos|emergencias)\b",
    r"\b(auxilio|socorro)\b|\bnecesito ayuda\b|\b(que )?alguien (me )?ayude\b|\bllam[ae]n? a alguien\b",
)

_FR = (
    r"\b(avc|accident vasculaire)\b",
    r"\b(visage|bouche|face)\b.*\b(tombe\w*|croche|paralys\w*|engourdi\w*|de travers)\b",
    r"\b(peux|peut|suis pas capable de) (pas |plus )?(parler|lever (le|mon) bras)\b|\bparle tout croche\b",
    r"\bbras\b.*\b(faible|mort|engourdi)\b",
    r"\b(sens|sent) (pas |plus )?(mes|les|ses) jambes\b|\b(peux|peut) (pas |plus )?bouger (mes|les|ses) jambes\b",
    r"\bparalys\w*",
    r"\b(crise cardiaque|infarctus|arret cardiaque)\b",
    r"\b(peux|peut|suis pas capable de) (pas |plus )?respirer\b|\bj'?etouffe\b|\bmanque d'?air\b",
    r"\b(douleur|mal|serrement|pression)\b.*\bpoitrine\b",
    r"\b(evanoui\w*|perdu connaissance|effondr\w*|tombe dans les pommes|inconscient\w*)\b",
    r"\bsaign\w* (beaucoup|enormement|sans arret)\b|\b(arrete|arrete) pas de saigner\b|\bhemorragie\b",
    r"\bambulance\b|\bparamedic\w*",
    r"\b(appel\w*|compos\w*) (le )?(neuf un un|neuf onze|urgences?)\b",
    r"\b(a l'?aide|au secours)\b|\bj'?ai besoin d'?aide\b|\bquelqu'?un (m'?)?aide\b",
)

_RULES: dict[str, re.Pattern[str]] = {
    language: re.compile("|".join(f"(?:{rule})" for rule in rules))
    for language, rules in (("en", _EN), ("es", _ES), ("fr", _FR))
}


def folded(words: str) -> str:
    """Lower case, accents and punctuation other than apostrophes removed, spaces tidied."""
    text = unicodedata.normalize("NFKD", words.lower().replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w' ]+", " ", text).split())


# A word just before that says it is not so: "no chest pain", "I don't think I'm having a heart attack".
_NOT_BEFORE = {
    "en": re.compile(r"\b(no|not|never|don'?t|without)\b(\s+\S+){0,3}\s*$"),
    "es": re.compile(r"\b(no|nunca|sin|ni)\b(\s+\S+){0,3}\s*$"),
    "fr": re.compile(r"\b(pas|jamais|sans|ni)\b(\s+\S+){0,3}\s*$"),
}


def says_emergency(words: str | None, language: str) -> bool:
    """Whether ``words`` say there is an emergency now (in ``language``; English for one we do not have)."""
    if not words:
        return False
    language = language if language in _RULES else "en"
    text = folded(words)
    return any(_NOT_BEFORE[language].search(text[: found.start()]) is None for found in _RULES[language].finditer(text))
