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
from itertools import pairwise
from typing import NamedTuple

from skill.core.emergency_words import folded
from skill.core.signs import SIGNS_BY_ID, path_to, refines
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
        _rule("sudden_onset", r"gradual\w*|built up|building up|slowly|over (the|a|several|a few) \w+", NO),
        _rule("sudden_onset", r"all at once|sudden\w*|out of nowhere|like a knife|instantly|straight away", YES),
        _rule(
            "injury",
            r"lift|lifted|lifting|bent|bending|twist|picked|picking|carry\w*|fell|fall|knock|slipped|tripped",
            YES,
        ),
        _rule("serious_accident", r"\b(just|only) (lifted|bent|picked|twisted)", NO),
        _rule("serious_accident", r"rear ended|crash\w*|collision|hit by|knocked down|accident", YES),
        _rule("rest_pain", r"\b(can'?t|cannot|unable to) (lie|keep|stay|sit) still|too (bad|much) to lie still", YES),
        _rule("rest_pain", r"\b(eases|easier|better|goes away|settles)\b.*\b(lie|lying|rest\w*|sit\w*)", NO),
        _rule("rest_pain", r"no matter (how|what)|whatever (i do|position)|any position", YES),
        _rule("upper_back", r"\blower\b", NO),
        _rule("upper_back", r"between (my|the) shoulder", YES),
        _rule("breathing_pain", r"deep breath|breath(e|ing)? in|when i breathe", YES),
        _rule("sepsis_skin", r"\b(blue|blotchy|grey|gray|mottled)\b", YES),
        _rule("diabetes", r"borderline|pre ?diabet\w*", FreeAnswer(Answer.NOT_SURE)),
        _rule("iv_drug_use", r"years ago|when i was young", YES),
        _rule("immune_medicines", r"^((just|only) )?(my )?(blood pressure|cholesterol|vitamin|painkiller|heart)", NO),
        _rule("chest_pain abdominal_pain leg_symptoms", r"^((just|only) )?(my|the|in my) (lower )?back$", NO),
        _rule("leg_below_knee", r"^(?!.*\b(knee|shin|calf|ankle|foot|feet|toes)\b).*\b(thigh|bum|buttock|hip)", NO),
        _rule("weight_loss", r"put on|gained|heavier", NO),
        _rule(
            "not_improving", r"(only )?started (yesterday|today|this week)|\b(a few|two|three|four|couple of) days", NO
        ),
        _rule("not_improving", r"since (christmas|last \w+|the summer|the spring)|for (weeks|months|years)", YES),
        _rule("legs_both", r"for years|always been|been like that", NO),  # not new in the last two weeks
        _rule("legs_both", r"\bboth\b|\bthe other\b|\bother (one|leg)\b|\bas well\b", YES),
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

# A no said with the asked sign's own words ("no chest pain", or "no, only a little chest pain"): asked again.
NO_AND_THE_SIGN = FreeAnswer(clarify="no_and_the_sign")

# Every re-ask free_answer can give (a speech key each: clarify.<id>).
CLARIFICATIONS = frozenset(
    meaning.clarify
    for meaning in (*(rule.meaning for rules in _CLARIFY.values() for rule in rules), NO_AND_THE_SIGN)
    if meaning.clarify is not None
)


# Words that name a sign: said to its own question, a yes; to another, the sign they name (a yes to it at once
# where that makes it an emergency, else asked in its turn). Matched on folded words (no accents, lower case);
# the first that matches wins, so the narrower come first. Ids the signs no longer have are never named.
def _signs(*pairs: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((sign_id, re.compile(words)) for sign_id, words in pairs)


_SIGNS: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    "en": _signs(
        (
            "saddle_numbness",
            r"\bnumb\w*\b.*\b(between (my|the|her|his) legs|down there|bottom|bum|backside|genitals|groin|privates?)\b"
            r"|\bcan'?t feel (my )?(bottom|bum|backside|down there)\b",
        ),
        (
            "bladder_lost_feeling",
            r"\b(wet|peed|pissed|soiled|messed|pooed) (myself|my pants|my trousers|the bed)\b"
            r"|\blost control of (my )?(bladder|bowels?)\b|\bcan'?t (control|hold) (my )?(bladder|bowels?|pee|wee)\b"
            r"|\bcan'?t feel when i need to go\b",
        ),
        ("passed_out", r"\b(passed|blacked) out\b|\bfainted\b|\bcollaps\w*"),
        (
            "recent_infection",
            r"\b(uti|water infection|urine infection|bladder infection|kidney infection|chest infection|skin "
            r"infection|antibiotics?|injection in my back|back (surgery|operation)|epidural)\b",
        ),
        ("chest_pain", r"\bchest\b(?! infection)"),
        ("breathless", r"\b(short of breath|out of breath|breathless|can'?t catch my breath)\b"),
        ("cold_sweat", r"\b(cold sweat\w*|sweat\w*|clammy)\b"),
        ("aortic_aneurysm", r"\b(aort\w*|aneurysm)\b"),
        (
            "blood_thinner",
            r"\b(warfarin|apixaban|rivaroxaban|eliquis|xarelto|edoxaban|dabigatran|pradaxa|heparin|coumadin"
            r"|blood thinners?)\b",
        ),
        (
            "immune_medicines",
            r"\b(methotrexate|prednis\w*|steroids?|immunosuppress\w*|biologics?|humira|azathioprine|tacrolimus"
            r"|ciclosporin|cyclosporine|dexamethasone|hydrocortisone)\b",
        ),
        ("cancer_history", r"\b(cancer|tumou?r|leuka?emia|lymphoma|myeloma|chemo\w*|radiotherapy)\b"),
        ("osteoporosis", r"\b(osteoporosis|osteopenia|brittle bones|weak bones|thin bones|bones are thin\w*)\b"),
        ("diabetes", r"\b(diabet\w*|type (one|two|1|2)|insulin|metformin)\b"),
        (
            "leg_numb",
            r"\b(leg|legs|foot|feet|thigh|calf|toes)\b.*\b(numb|tingl\w*|pins)|\b(numb|tingl\w*)\b.*"
            r"\b(leg|legs|foot|feet|toes)\b|\bfoot'?s? (gone )?(all )?(numb|tingl\w*)",
        ),
        (
            "leg_weak",
            r"\b(leg|legs|knee|knees)\b.*\b(weak\w*|jelly|gave way|give way|giving way|buckl\w*)|\bbuckl\w*"
            r"|\b(gave|gives|giving) way\b",
        ),
        ("leg_below_knee", r"\b(below|under|past) (the|my) knee\b|\b(ankle|shin|foot|feet|toes)\b"),
        ("leg_symptoms", r"\b(leg|legs|thigh|calf|sciatica)\b"),
        ("faintness", r"\b(faint\w*|pass(ed)? out|black(ed)? out)\b"),
        ("fever", r"\b(fever|temperature|shiver\w*)\b"),
        ("abdominal_pain", r"\b(stomach|tummy|belly|abdom\w*)\b"),
        ("weight_loss", r"\blost\b.*\b(weight|pounds|kilos?|stone|lbs?)\b"),
        ("lump", r"\b(lump|bump|swelling)\b"),
        ("bladder_bowel", r"\b(pee\w*|urin\w*|bladder|bowel\w*)\b"),
        ("injury", r"\b(fell|fallen|fall|slipped|tripped|knocked)\b"),
    ),
    "es": _signs(
        (
            "saddle_numbness",
            r"\b(dormid|acorchad|adormecid)\w* (entre las piernas|los genitales|las nalgas|ahi abajo)\b"
            r"|\bno (siento|me siento) (las nalgas|ahi abajo|entre las piernas)\b",
        ),
        (
            "bladder_lost_feeling",
            r"\bme (hice|he hecho|orine|he orinado|mee|he meado|cague) encima\b|\bme hice pipi\b"
            r"|\bno (controlo|aguanto) (la orina|el pis|la vejiga|el intestino)\b",
        ),
        ("passed_out", r"\b(me desmaye|perdi el conocimiento)\b"),
        ("chest_pain", r"\bpecho\b"),
        ("cancer_history", r"\b(cancer|tumor|leucemia|linfoma|quimio\w*)\b"),
        ("immune_medicines", r"\b(metotrexato|prednison\w*|cortisona|corticoides?|dexametasona)\b"),
        ("blood_thinner", r"\b(warfarina|sintrom|apixaban|rivaroxaban|anticoagulante\w*)\b"),
        ("diabetes", r"\b(diabet\w*|azucar alta|insulina)\b"),
        ("leg_numb", r"\bpierna.*\b(dormida|hormigue\w*|acorchada)|\b(dormida|hormigue\w*)\b.*\bpierna"),
        ("leg_symptoms", r"\b(pierna|piernas|muslo|ciatica)\b"),
        ("faintness", r"\b(desmay\w*)\b"),
        ("fever", r"\b(fiebre|temperatura|escalofri\w*)\b"),
        ("abdominal_pain", r"\b(estomago|barriga|vientre|panza)\b"),
        ("bladder_bowel", r"\b(orin\w*|vejiga|pipi|pis)\b"),
    ),
    "fr": _signs(
        (
            "saddle_numbness",
            r"\bengourdi\w* (entre les jambes|aux fesses|des fesses|en bas|aux parties)\b"
            r"|\b(sens|sent) (pas |plus )?(mes|les) fesses\b",
        ),
        (
            "bladder_lost_feeling",
            r"\b(fait|faite) (pipi )?dans (mes|ma|mon) (culottes?|pantalons?|lit)\b|\bme suis (echappe|echappee)\b"
            r"|\burine sur moi\b",
        ),
        ("passed_out", r"\b(evanoui\w*|perdu connaissance|tombe dans les pommes)\b"),
        ("chest_pain", r"\bpoitrine\b"),
        ("cancer_history", r"\b(cancer|tumeur|leucemie|lymphome|chimio\w*)\b"),
        ("immune_medicines", r"\b(methotrexate|prednison\w*|cortisone|corticos?\w*|dexamethasone)\b"),
        ("blood_thinner", r"\b(warfarine|coumadin|apixaban|eliquis|rivaroxaban|xarelto|anticoagulant\w*)\b"),
        ("diabetes", r"\b(diabet\w*|insuline)\b"),
        ("leg_numb", r"\bjambe.*\b(engourd\w*|picot\w*)|\b(engourd\w*|picot\w*)\b.*\bjambe"),
        ("leg_symptoms", r"\b(jambe|jambes|cuisse|mollet|sciatique)\b"),
        ("faintness", r"\b(evanou\w*|perdu connaissance)\b"),
        ("fever", r"\b(fievre|temperature|frissons?)\b"),
        ("abdominal_pain", r"\bventre\b"),
        ("bladder_bowel", r"\b(urin\w*|vessie|pipi)\b"),
    ),
}
# A sign the words name, said to a question it answers too: "my leg is numb" to "pain or numbness in a leg?".
_ALSO_ANSWERS = {
    "leg_numb": frozenset({"leg_symptoms"}),
    "leg_weak": frozenset({"leg_symptoms"}),
    "leg_below_knee": frozenset({"leg_symptoms"}),
}
# Words that say the sign is not there ("I don't have cancer", "never had cancer"): not a yes to it.
_NOT = {
    "en": re.compile(r"\b(no|not|never|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|isn'?t|wasn'?t|without)\b"),
    "es": re.compile(r"\b(no|nunca|jamas|ni|sin)\b"),
    "fr": re.compile(r"\b(pas|jamais|aucun\w*|sans|ni)\b"),
}


def named_sign(words: str | None, language: str) -> str | None:
    """The warning sign ``words`` say is there, if any ("I've wet myself": the bladder's control); none for a
    sign said not to be there ("I've never had cancer")."""
    text = folded(words or "")
    for sign, pattern in _SIGNS.get(language, ()):
        found = pattern.search(text)
        if found is not None and sign in SIGNS_BY_ID:
            before = text[: found.start()]
            return None if _NOT[language].search(before) else sign
    return None


def free_answer(words: str | None, question_id: str, language: str, said: Answer | None = None) -> FreeAnswer:
    """What ``words`` (said to the question ``question_id``, in ``language``) mean for it; ``said`` is the
    yes or no they came after, if any ("no, but my leg is numb": the words are "my leg is numb")."""
    text = (words or "").strip()
    for rule in _CLARIFY.get(language, ()):
        if (not rule.questions or question_id in rule.questions) and rule.words.search(text):
            return rule.meaning
    named = named_sign(text, language)
    if named is not None and named == question_id and said is Answer.NO:
        # "No chest pain", "no warfarin", "no tomo anticoagulantes" (a no) or "no, only a little chest pain" (a
        # yes): Alexa gives the same words for both, so the question is asked again, not guessed.
        return NO_AND_THE_SIGN
    if named is not None and (named == question_id or question_id in _ALSO_ANSWERS.get(named, ())):
        return YES  # "my leg is numb" to the legs question
    return FreeAnswer(said, mentions=named if named is not None and says_its_path(named) else None)


def says_its_path(sign_id: str) -> bool:
    """Whether a yes to ``sign_id`` is a yes to each question that leads to it: a follow-up that says its
    question more precisely ("the leg is numb" after "a leg?"), not one that adds a fact ("a blood thinner"
    after "a sudden start"). Only then is a sign named before its turn taken at once."""
    path = path_to(sign_id)
    return all(refines(SIGNS_BY_ID[step]) == parent for parent, step in pairwise(path))
