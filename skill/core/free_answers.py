"""What words that are not a yes or a no mean for the question asked, as a clinician would take them.

"It started when I lifted a box", "I had skin cancer removed", "I haven't checked", "I have a
catheter", "no, but my leg is numb": Alexa cannot match these to a sample, so the interaction model
passes them in an AMAZON.SearchQuery slot (``FreeAnswerIntent``), and these rules, per language, look
for the words that decide. They give the answer the words give to the question asked, a re-ask that
says what yes and no mean for it (``clarify.<id>`` in the speech), or a sign the words name that is
asked at another point of the check. Words that match no rule are a miss: a re-ask that says what yes
and no mean, never a bare "didn't catch that" (skill.alexa.conversation). Pure; no Alexa here.
docs/design.md ("Free answers") says how it is matched, and its limits.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from skill.core.triage import Answer


class FreeAnswer(NamedTuple):
    reply: Answer | None = None  # the answer to the question asked
    clarify: str | None = None  # a re-ask for this question that says what yes and no mean (clarify.<id>)
    mentions: str | None = None  # a sign asked at another point that the words say yes to


class _Rule(NamedTuple):
    questions: frozenset[str]  # the questions it applies to (empty: any)
    words: re.Pattern[str]
    meaning: FreeAnswer


def _rule(questions: str, words: str, meaning: FreeAnswer) -> _Rule:
    return _Rule(frozenset(questions.split()), re.compile(words, re.I), meaning)


YES, NO = FreeAnswer(Answer.YES), FreeAnswer(Answer.NO)

# The answer for one question, from the words that decide it (the first rule that matches wins).
_CLARIFY: dict[str, tuple[_Rule, ...]] = {
    "en": (
        _rule("cancer_history", r"melanoma", YES),
        _rule("cancer_history", r"skin|basal|squamous|mole", FreeAnswer(clarify="skin_cancer")),
        _rule("fever", r"\b(checked|check|taken it|measured)\b|thermometer", FreeAnswer(clarify="fever_unchecked")),
        _rule("bladder_bowel bladder_hard_to_start bladder_lost_feeling", r"catheter", FreeAnswer(clarify="catheter")),
        _rule(
            "sudden_onset",
            r"lift|lifted|lifting|bent|bending|twist|picked|carrying|moving|exercis|gym|sport",
            FreeAnswer(clarify="sudden_lifted"),
        ),
        _rule("injury", r"lift|lifted|lifting|bent|bending|twist|picked|fell|fall|knock|slipped|tripped", YES),
        _rule("rest_pain", r"\b(can'?t|cannot|unable to) (lie|keep|stay|sit) still|too (bad|much) to lie still", YES),
        _rule("legs_both", r"\bboth\b|\bthe other\b|\bas well\b", YES),
        _rule("legs_both", r"\b(only|just) (one|the left|the right)\b", NO),  # "yes, but only the left"
        _rule("leg_symptoms", r"\b(numb\w*|tingl\w*|pins and needles|weak\w*)\b", YES),
    ),
    "es": (
        _rule("cancer_history", r"melanoma", YES),
        _rule("cancer_history", r"piel|lunar|basal|escamoso", FreeAnswer(clarify="skin_cancer")),
        _rule("fever", r"\b(tomado|medido|tom[eé]|med[ií])\b|term[oó]metro", FreeAnswer(clarify="fever_unchecked")),
        _rule("bladder_bowel bladder_hard_to_start bladder_lost_feeling", r"sonda", FreeAnswer(clarify="catheter")),
        _rule("sudden_onset", r"levant|carg|agach|gir|ejercicio|gimnasio", FreeAnswer(clarify="sudden_lifted")),
        _rule("injury", r"levant|carg|agach|ca[ií]|golpe|resbal|tropec", YES),
        _rule("rest_pain", r"no (puedo|aguanto) (estar|quedarme) quiet|no encuentro (postura|posici[oó]n)", YES),
        # "no solo una, las dos" is "not only one": both
        _rule("legs_both", r"\b(las dos|los dos|ambas|la otra|tambi[eé]n)\b", YES),
        _rule("legs_both", r"\b(nada m[aá]s|nom[aá]s|solo|s[oó]lo) (una|la izquierda|la derecha)\b", NO),
        _rule("leg_symptoms", r"\b(hormigue\w*|dormid[ao]s?|acorchad[ao]s?|adormecid[ao]s?|d[eé]bil\w*)\b", YES),
    ),
    "fr": (
        _rule("cancer_history", r"m[ée]lanome", YES),
        _rule("cancer_history", r"peau|grain de beaut[ée]|basocellulaire", FreeAnswer(clarify="skin_cancer")),
        _rule("fever", r"\b(pris|mesur[ée]e?|v[ée]rifi[ée]e?)\b|thermom[eè]tre", FreeAnswer(clarify="fever_unchecked")),
        _rule("bladder_bowel bladder_hard_to_start bladder_lost_feeling", r"sonde", FreeAnswer(clarify="catheter")),
        _rule("sudden_onset", r"soulev|forç|pench|tourn|sport|gym", FreeAnswer(clarify="sudden_lifted")),
        _rule("injury", r"soulev|forç|pench|tomb|chut|coup|gliss", YES),
        _rule("rest_pain", r"(peux|capable de) (pas )?rester (immobile|tranquille|en place)|pas de position", YES),
        _rule("legs_both", r"\b(les deux|l'autre|aussi)\b", YES),  # "non seulement la gauche, mais aussi…"
        _rule("legs_both", r"\b(juste|seulement) (une|la gauche|la droite)\b", NO),
        _rule("leg_symptoms", r"\b(engourd\w*|picot\w*|faible\w*)\b", YES),
    ),
}

# Every re-ask the rules can give (a speech key each: clarify.<id>).
CLARIFICATIONS = frozenset(
    rule.meaning.clarify for rules in _CLARIFY.values() for rule in rules if rule.meaning.clarify is not None
)

# Words that name a sign: said to its own question, a yes; to another, the sign they name.
_SIGNS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "en": (
        ("chest_pain", re.compile(r"\bchest\b", re.I)),
        (
            "leg_numb",
            re.compile(
                r"\b(leg|legs|foot|feet|thigh|calf)\b.*\b(numb|tingl\w*|pins)|\b(numb|tingl\w*)\b.*"
                r"\b(leg|legs|foot|feet)\b",
                re.I,
            ),
        ),
        ("leg_symptoms", re.compile(r"\b(leg|legs|thigh|calf|sciatica)\b", re.I)),
        ("faintness", re.compile(r"\b(faint\w*|pass(ed)? out|black(ed)? out)\b", re.I)),
        ("fever", re.compile(r"\b(fever|temperature|shiver\w*)\b", re.I)),
        ("abdominal_pain", re.compile(r"\b(stomach|tummy|belly|abdom\w*)\b", re.I)),
        ("bladder_bowel", re.compile(r"\b(pee\w*|urin\w*|bladder|bowel\w*|wet myself)\b", re.I)),
    ),
    "es": (
        ("chest_pain", re.compile(r"\bpecho\b", re.I)),
        (
            "leg_numb",
            re.compile(r"\bpierna.*\b(dormida|hormigue\w*|acorchada)|\b(dormida|hormigue\w*)\b.*\bpierna", re.I),
        ),
        ("leg_symptoms", re.compile(r"\b(pierna|piernas|muslo|ci[aá]tica)\b", re.I)),
        ("faintness", re.compile(r"\b(desmay\w*)\b", re.I)),
        ("fever", re.compile(r"\b(fiebre|temperatura|escalofr[ií]\w*)\b", re.I)),
        ("abdominal_pain", re.compile(r"\b(est[oó]mago|barriga|vientre|panza)\b", re.I)),
        ("bladder_bowel", re.compile(r"\b(orin\w*|vejiga|pip[ií]|pis)\b", re.I)),
    ),
    "fr": (
        ("chest_pain", re.compile(r"\bpoitrine\b", re.I)),
        ("leg_numb", re.compile(r"\bjambe.*\b(engourd\w*|picot\w*)|\b(engourd\w*|picot\w*)\b.*\bjambe", re.I)),
        ("leg_symptoms", re.compile(r"\b(jambe|jambes|cuisse|mollet|sciatique)\b", re.I)),
        ("faintness", re.compile(r"\b([ée]vanou\w*|perdu connaissance)\b", re.I)),
        ("fever", re.compile(r"\b(fi[eè]vre|temp[ée]rature|frissons?)\b", re.I)),
        ("abdominal_pain", re.compile(r"\bventre\b", re.I)),
        ("bladder_bowel", re.compile(r"\b(urin\w*|vessie|pipi)\b", re.I)),
    ),
}
# A sign the words name, said to a question it answers too: "my leg is numb" to "pain or numbness in a leg?".
_ALSO_ANSWERS = {"leg_numb": frozenset({"leg_symptoms"})}


def free_answer(words: str | None, question_id: str, language: str, said: Answer | None = None) -> FreeAnswer:
    """What ``words`` (said to the question ``question_id``, in ``language``) mean for it; ``said`` is the
    yes or no they came after, if any ("no, but my leg is numb": the words are "my leg is numb")."""
    text = (words or "").strip()
    for rule in _CLARIFY.get(language, ()):
        if (not rule.questions or question_id in rule.questions) and rule.words.search(text):
            return rule.meaning
    named = next((sign for sign, pattern in _SIGNS.get(language, ()) if pattern.search(text)), None)
    if named is not None and (named == question_id or question_id in _ALSO_ANSWERS.get(named, ())):
        return YES  # "my leg is numb" to the legs question
    return FreeAnswer(said, mentions=named)
