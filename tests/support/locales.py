"""What each locale's user should hear: numbers, places, advice lines, the word for a doctor,
and the fixed phrases the tests listen for, as heard in Spanish and French."""

from skill.core.speech import language_of

# (the emergency verdict's opening, the number in the welcome, the card title, where to go,
#  same-day advice as heard, the word for a doctor)
EXPECTED = {
    "en-US": ("Call 911 now", "call 911", "Call 911 now", "the emergency room", "contact your doctor today", "doctor"),
    "en-CA": (
        "Call 911 now",
        "call 911",
        "Call 911 now",
        "the emergency department",
        "call 811 where your province has it",
        "doctor",
    ),
    "en-GB": ("Call 999 now", "call 999", "Call 999 now", "A and E", "call NHS 111", "GP"),
    "en-AU": (
        "Call triple zero now",
        "call triple zero",
        "Call 000 (triple zero) now",
        "the emergency department",
        "1800 633 422",
        "GP",
    ),
    "en-IN": (
        "Call 112 now, or 108 for an ambulance",
        "call 112",
        "Call 112 (ambulance 108) now",
        "emergency department",
        "contact your doctor today",
        "doctor",
    ),
    "es-US": (
        "Llame al 911 ahora",
        "llame al 911",
        "Llame al 911 ahora",
        "la sala de emergencias",
        "comunicarse hoy con su médico, o ir a una clínica de atención urgente",
        "un médico",
    ),
    "es-MX": (
        "Llame al 911 ahora",
        "llame al 911",
        "Llame al 911 ahora",
        "urgencias",
        "ver hoy a su médico",
        "un médico",
    ),
    "es-ES": (
        "Llame al 112 ahora",
        "llame al 112",
        "Llame al 112 ahora",
        "urgencias",
        "pedir hoy una cita urgente con su médico de cabecera en su centro de salud",
        "su médico de cabecera",
    ),
    "fr-CA": (
        "Appelez le 911 maintenant",
        "appelez le 911",
        "Appelez le 911 maintenant",
        "l'urgence",
        "appeler Info-Santé au 811",
        "un médecin",
    ),
}

# The English the tests listen for, as the Spanish and French listener hears it (the same message).
PHRASES: dict[str, dict[str, str]] = {
    "es": {
        "If this is an emergency, {number} now.": "Si es una emergencia, {number} ahora.",
        "Call {number} now": "Llame al {number} ahora",
        "call {number} now.": "llame al {number} ahora.",
        "Call {number} at once": "Llame al {number} de inmediato",
        "emergency": "emergencia",
        "not a diagnosis": "no un diagnóstico",
        "for adults": "para adultos",
        "pregnant": "embarazada",
        "midwife": "partera",
        "This is general information, not a diagnosis.": "Esto es información general, no un diagnóstico.",
        "chest pain": "dolor en el pecho",
        "sudden severe pain": "dolor fuerte y repentino",
        "fainting": "desmayos",
        "new bladder or bowel problems": "problemas nuevos para orinar o para controlar la orina o las heces",
        "numbness around your genitals or bottom": "entumecimiento alrededor de los genitales o las nalgas",
        "pain, numbness or weakness in both legs": "dolor, entumecimiento o debilidad en las dos piernas",
        "today": "hoy",
        "soon": "pronto",
        "in the next week or two": "para las próximas una o dos semanas",
        "make an appointment to see a {doctor} in the next week or two.": (
            "Pida una cita con {doctor} para las próximas una o dos semanas."
        ),
        "Ibuprofen may help, but not in pregnancy": "El ibuprofeno puede ayudar, pero no en el embarazo",
        "pharmacist": "farmacéutico",
        "bed rest slows recovery": "el reposo en cama retrasa la recuperación",
        "asthma": "asma",
        "blood thinners": "anticoagulantes",
        "Don't drive yourself.": "No maneje usted.",
        "drive": "manej",
        "See a ": "Vea a ",
        " if it lasts a few weeks.": " si dura unas semanas.",
        "much worse": "empeora mucho",
        "over 65": "más de 65 años",
        "blood thinner": "anticoagulantes",
        "Alexa, remind me in two weeks to check my back": "Alexa, recuérdame en dos semanas revisar mi espalda",
        "About halfway.": "Vamos por la mitad.",
        "A few more.": "Quedan pocas.",
        "Last question.": "Última pregunta.",
        "Now some personal questions": "Ahora unas preguntas personales",
        "bladder or bowel control?": "controlar la orina o las heces?",
        "Now some personal questions about the nerves in your spine. In the last two weeks": (
            "Ahora unas preguntas personales sobre los nervios de la columna. En las últimas dos semanas"
        ),
        "now, or go to": "ahora, o vaya a",
        "You can look after this at home": "Puede cuidarse en casa",
        "How old are you?": "¿Cuántos años tiene?",
        "Back Pain Check is for adults": "Chequeo de Espalda es para adultos",
        "I can't call for you": "Yo no puedo llamar por usted",
    },
    "fr": {
        "If this is an emergency, {number} now.": "Si c'est une urgence, {number} maintenant.",
        "Call {number} now": "Appelez le {number} maintenant",
        "call {number} now.": "appelez le {number} maintenant.",
        "Call {number} at once": "Appelez le {number} immédiatement",
        "emergency": "urgence",
        "not a diagnosis": "pas un diagnostic",
        "for adults": "pour adultes",
        "pregnant": "enceinte",
        "midwife": "sage-femme",
        "This is general information, not a diagnosis.": "De l'information générale, pas un diagnostic.",
        "chest pain": "douleur à la poitrine",
        "sudden severe pain": "douleur forte et soudaine",
        "fainting": "évanouissement",
        "new bladder or bowel problems": "nouveaux problèmes pour uriner ou retenir les selles",
        "numbness around your genitals or bottom": "engourdissement autour des parties génitales ou des fesses",
        "pain, numbness or weakness in both legs": "douleur, engourdissement ou faiblesse dans les deux jambes",
        "today": "aujourd'hui",
        "soon": "bientôt",
        "in the next week or two": "dans la semaine ou les deux semaines qui viennent",
        "make an appointment to see a {doctor} in the next week or two.": (
            "Prenez rendez-vous avec {doctor} dans la semaine ou les deux semaines qui viennent."
        ),
        "Ibuprofen may help, but not in pregnancy": "L'ibuprofène peut aider, sauf pendant la grossesse",
        "pharmacist": "pharmacien",
        "bed rest slows recovery": "le repos au lit ralentit la guérison",
        "asthma": "asthme",
        "blood thinners": "anticoagulants",
        "Don't drive yourself.": "Ne conduisez pas vous-même.",
        "drive": "condui",
        "See a ": "Consultez ",
        " if it lasts a few weeks.": " si ça dure quelques semaines.",
        "much worse": "empire beaucoup",
        "over 65": "65 ans",
        "blood thinner": "anticoagulant",
        "Alexa, remind me in two weeks to check my back": "Alexa, rappelle-moi dans deux semaines de vérifier mon dos",
        "About halfway.": "À mi-chemin.",
        "A few more.": "Encore quelques-unes.",
        "Last question.": "Dernière question.",
        "Now some personal questions": "Maintenant, des questions personnelles",
        "bladder or bowel control?": "retenir l'urine ou les selles?",
        "Now some personal questions about the nerves in your spine. In the last two weeks": (
            "Maintenant, des questions personnelles sur les nerfs de la colonne. Ces deux dernières semaines"
        ),
        "now, or go to": "maintenant, ou allez à",
        "You can look after this at home": "Soignez-vous à la maison",
        "How old are you?": "Quel âge avez-vous?",
        "Back Pain Check is for adults": "Bilan du dos est pour les adultes",
        "I can't call for you": "Je ne peux pas appeler pour vous",
    },
}
# Where the words differ within a language.
PHRASES_BY_LOCALE: dict[str, dict[str, str]] = {
    "es-ES": {"midwife": "matrona", "Don't drive yourself.": "No conduzca usted.", "drive": "conduz"},
    "es-MX": {"much worse": "va empeorando mucho"},
}


def heard_in(locale: str, english: str, **fields: str) -> str:
    """``english`` (a phrase a test listens for) as a listener in ``locale`` hears it, fields filled."""
    phrase = PHRASES_BY_LOCALE.get(locale, {}).get(english) or PHRASES.get(language_of(locale), {}).get(
        english, english
    )
    return phrase.format(**fields)


PHRASES["es"] |= {
    "numbness or tingling around your genitals or bottom": (
        "entumecimiento u hormigueo alrededor de los genitales o las nalgas"
    ),
    "pain, numbness, tingling or weakness in both legs": (
        "dolor, entumecimiento, hormigueo o debilidad en las dos piernas"
    ),
    "feeling faint or fainting": "sensación de desmayo o desmayos",
    "bleeding": "sangrado",
    "Some personal questions now": "Ahora, unas preguntas personales",
    "Some personal questions now, about the nerves at the bottom of your spine. In the last two weeks": (
        "Ahora, unas preguntas personales, sobre los nervios de la parte baja de la columna. En las últimas dos semanas"
    ),
    "or with your bowels?": "o con el intestino?",
    "Did you say you're {age}?": "¿Dijo que tiene {age} años?",
    ", or go to ": ", o vaya a ",
    "If you think it's an emergency, {call}, or go to ": "Si cree que es una emergencia, {call}, o vaya a ",
    "To be sure, I'll ask once more.": "Para estar seguros, se lo pregunto otra vez.",
    "Okay, I've changed that to yes.": "De acuerdo, lo cambié a sí.",
    "Okay, I've changed that to no.": "De acuerdo, lo cambié a no.",
    "Back Pain Check is for adults, so I'll stop here.": "Chequeo de Espalda es para adultos, así que termino aquí.",
    "please ask a parent or carer to help you": "que le ayude a",
    "If it's an emergency, {number} now.": "Si es una emergencia, {number} ahora.",
    "You can look after this at home.": "Puede cuidarse en casa.",
    "your age": "su edad",
}
PHRASES["fr"] |= {
    "numbness or tingling around your genitals or bottom": (
        "engourdissement ou picotements autour des parties génitales ou des fesses"
    ),
    "pain, numbness, tingling or weakness in both legs": (
        "douleur, engourdissement, picotements ou faiblesse dans les deux jambes"
    ),
    "feeling faint or fainting": "malaise ou évanouissement",
    "bleeding": "saignement",
    "Some personal questions now": "Quelques questions personnelles maintenant",
    "Some personal questions now, about the nerves at the bottom of your spine. In the last two weeks": (
        "Quelques questions personnelles maintenant, sur les nerfs du bas de la colonne. Depuis deux semaines"
    ),
    "or with your bowels?": "ou avec vos intestins?",
    "Did you say you're {age}?": "Avez-vous dit que vous avez {age} ans?",
    ", or go to ": ", ou allez à ",
    "If you think it's an emergency, {call}, or go to ": ("Si vous pensez que c'est une urgence, {call}, ou allez à "),
    "To be sure, I'll ask once more.": "Pour plus de sûreté, je repose la question.",
    "Okay, I've changed that to yes.": "D'accord, j'ai changé ça pour oui.",
    "Okay, I've changed that to no.": "D'accord, j'ai changé ça pour non.",
    "in the next week or two": "d'ici une ou deux semaines",
    "make an appointment to see a {doctor} in the next week or two.": (
        "Prenez rendez-vous avec {doctor} d'ici une ou deux semaines."
    ),
    "Back Pain Check is for adults, so I'll stop here.": "Bilan du dos est pour les adultes, alors je m'arrête ici.",
    "please ask a parent or carer to help you": "de vous aider à",
    "If it's an emergency, {number} now.": "Si c'est une urgence, {number} maintenant.",
    "You can look after this at home.": "Soignez-vous à la maison.",
    "your age": "votre âge",
}


def firm_opening(locale: str) -> str:
    """How emergency words and an emergency verdict both begin: "Call 999 now, or go to "."""
    return EXPECTED[locale][0] + heard_in(locale, ", or go to ")


def number_first(locale: str) -> str:
    """How the answer to "should I go to A and E?" begins: the number, then where to go."""
    call = EXPECTED[locale][0]
    return heard_in(locale, "If you think it's an emergency, {call}, or go to ", call=f"{call[0].lower()}{call[1:]}")
