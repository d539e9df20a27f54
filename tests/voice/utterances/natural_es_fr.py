"""Test utterances for Back Pain Check in es-US, es-MX, es-ES and fr-CA.

Each entry is what a person might say right after Alexa asked `asked`
(copied word for word from docs/transcripts/<locale>.md), written the way
Alexa's speech recognition would hand it over: lower case, no punctuation
(apostrophes and the hyphens inside French numbers kept), accents kept,
numbers mostly as words.

`means` is what the skill should understand:
  "age:<n>", "yes", "no", "not sure", "stop", "repeat", "hold on", "help".

Ages given as a year of birth are worked out as of 2026-12-07.  When the
birthday is not said, the larger plausible age is used (birthday already
passed this year); the comment on each such line gives the other one.
"Voy a cumplir X en enero" / "je vais avoir X ans en février" said on
2026-12-07 means the person is X - 1 now.

Plain Python, standard library only.  Run it to check the data.
"""

# The questions as Alexa asks them, per locale (from docs/transcripts/).
_AGE_ES = "¿Cuántos años tiene?"
_AGE_FR = "Quel âge avez-vous?"

UTTERANCES: tuple[dict, ...] = (
    # ------------------------------------------------------------------
    # es-US
    # ------------------------------------------------------------------
    # Ages
    {"locale": "es-US", "asked": _AGE_ES, "register": "informal",
     "said": "pues tengo cincuenta y dos años ya", "means": "age:52"},
    {"locale": "es-US", "asked": _AGE_ES, "register": "informal",
     "said": "cumplí sesenta el mes pasado", "means": "age:60"},
    # Born 1965: 61 if the birthday has passed by 7 Dec, 60 if it falls 8-31 Dec.
    {"locale": "es-US", "asked": _AGE_ES, "register": "informal",
     "said": "nací en el sesenta y cinco", "means": "age:61"},
    # Turns 49 in January 2027, so 48 on 2026-12-07.
    {"locale": "es-US", "asked": _AGE_ES, "register": "informal",
     "said": "voy a cumplir cuarenta y nueve en enero", "means": "age:48"},
    {"locale": "es-US", "asked": _AGE_ES, "register": "formal",
     "said": "tengo setenta y un años señorita", "means": "age:71"},
    {"locale": "es-US", "asked": _AGE_ES, "register": "informal",
     "said": "treinta y nueve recién cumplidos", "means": "age:39"},
    # Not sure
    {"locale": "es-US", "asked": "¿Tiene fiebre, o siente calor y escalofríos?",
     "register": "informal", "said": "ni idea", "means": "not sure"},
    {"locale": "es-US", "asked": "¿El dolor se puso al máximo en menos de un minuto?",
     "register": "formal", "said": "no sabría decirle", "means": "not sure"},
    {"locale": "es-US", "asked": "¿Ha bajado de peso sin querer?",
     "register": "informal", "said": "a lo mejor", "means": "not sure"},
    {"locale": "es-US", "asked": "¿Toma cortisona, en pastillas o inyecciones, o medicinas que bajan las defensas?",
     "register": "formal", "said": "no estoy segura la verdad", "means": "not sure"},
    # Stop
    {"locale": "es-US", "asked": "¿El dolor está entre los omóplatos?",
     "register": "informal", "said": "ya basta", "means": "stop"},
    {"locale": "es-US", "asked": "¿Tiene también dolor en el vientre o la panza?",
     "register": "formal", "said": "quisiera terminar aquí por favor", "means": "stop"},
    {"locale": "es-US", "asked": "¿Ha tenido alguna vez un cáncer que no sea de piel, o un melanoma?",
     "register": "informal", "said": "ya no más", "means": "stop"},
    # Repeat
    {"locale": "es-US", "asked": "¿Ha tenido alguna vez un cáncer que no sea de piel, o un melanoma?",
     "register": "formal", "said": "me lo puede repetir", "means": "repeat"},
    {"locale": "es-US", "asked": "¿Le falta el aire, tiene sudor frío o náuseas?",
     "register": "informal", "said": "otra vez porfa", "means": "repeat"},
    {"locale": "es-US", "asked": "¿El dolor sigue siendo fuerte en reposo, en cualquier postura?",
     "register": "formal", "said": "cómo dijo", "means": "repeat"},
    # Hold on
    {"locale": "es-US", "asked": _AGE_ES, "register": "formal",
     "said": "un momentito por favor", "means": "hold on"},
    {"locale": "es-US", "asked": "¿Ha notado un bulto o una hinchazón nueva en la espalda?",
     "register": "informal", "said": "dame un chance", "means": "hold on"},
    # Yes / no said naturally
    {"locale": "es-US", "asked": "¿El dolor empezó con una caída, un golpe, o al levantar algo?",
     "register": "formal", "said": "sí cómo no", "means": "yes"},
    {"locale": "es-US", "asked": "¿Alguna vez se ha inyectado drogas ilegales?",
     "register": "informal", "said": "no no no para nada", "means": "no"},
    {"locale": "es-US", "asked": "¿Le baja más abajo de la rodilla?",
     "register": "informal", "said": "ajá", "means": "yes"},
    {"locale": "es-US", "asked": "¿Quiere oírlo otra vez?",
     "register": "formal", "said": "no gracias así está bien", "means": "no"},
    # Help
    {"locale": "es-US", "asked": "¿Ha tenido hoy dolor, presión u opresión en el pecho?",
     "register": "formal", "said": "qué tengo que decir", "means": "help"},

    # ------------------------------------------------------------------
    # es-MX
    # ------------------------------------------------------------------
    # Ages
    {"locale": "es-MX", "asked": _AGE_ES, "register": "informal",
     "said": "ahorita tengo cincuenta y ocho", "means": "age:58"},
    {"locale": "es-MX", "asked": _AGE_ES, "register": "informal",
     "said": "acabo de cumplir sesenta y cuatro", "means": "age:64"},
    # Born 1972: 54, or 53 if the birthday falls 8-31 Dec.
    {"locale": "es-MX", "asked": _AGE_ES, "register": "formal",
     "said": "nací en mil novecientos setenta y dos", "means": "age:54"},
    # Turns 50 in March 2027, so 49 on 2026-12-07.
    {"locale": "es-MX", "asked": _AGE_ES, "register": "informal",
     "said": "cumplo cincuenta en marzo", "means": "age:49"},
    {"locale": "es-MX", "asked": _AGE_ES, "register": "informal",
     "said": "ya tengo mis setenta y tres", "means": "age:73"},
    # Not sure
    {"locale": "es-MX", "asked": "¿Le falta el aire, tiene sudor frío o náuseas?",
     "register": "informal", "said": "quién sabe", "means": "not sure"},
    {"locale": "es-MX", "asked": "¿Tiene fiebre, o siente calor y escalofríos?",
     "register": "informal", "said": "pues no sé", "means": "not sure"},
    {"locale": "es-MX", "asked": "¿Ha bajado de peso sin querer?",
     "register": "informal", "said": "puede que sí", "means": "not sure"},
    {"locale": "es-MX", "asked": "¿Le han dicho que tiene osteoporosis, descalcificación o huesos débiles?",
     "register": "formal", "said": "fíjese que no estoy segura", "means": "not sure"},
    # Stop
    {"locale": "es-MX", "asked": "¿El dolor está entre los omóplatos?",
     "register": "informal", "said": "ya estuvo", "means": "stop"},
    {"locale": "es-MX", "asked": "¿Tiene en alguna pierna dolor, hormigueo, debilidad, o la siente dormida?",
     "register": "informal", "said": "ya no le sigas", "means": "stop"},
    {"locale": "es-MX", "asked": "¿Alguna vez se ha inyectado drogas ilegales?",
     "register": "formal", "said": "ya no quiero continuar gracias", "means": "stop"},
    # Repeat
    {"locale": "es-MX", "asked": "¿Ha sentido mareo o que se iba a desmayar desde que empezó el dolor?",
     "register": "formal", "said": "mande", "means": "repeat"},
    {"locale": "es-MX", "asked": "¿Siente dormidos los genitales o las nalgas, aunque sea al limpiarse con papel después de ir al baño, o en las relaciones sexuales?",
     "register": "informal", "said": "repítemelo", "means": "repeat"},
    {"locale": "es-MX", "asked": "¿El dolor se puso al máximo en menos de un minuto?",
     "register": "informal", "said": "cómo", "means": "repeat"},
    # Hold on
    {"locale": "es-MX", "asked": _AGE_ES, "register": "informal",
     "said": "espérame tantito", "means": "hold on"},
    {"locale": "es-MX", "asked": "¿Toma cortisona o dexametasona, en pastillas o inyecciones, o medicamentos que bajan las defensas?",
     "register": "formal", "said": "permítame tantito", "means": "hold on"},
    {"locale": "es-MX", "asked": "¿Ha notado un bulto o una hinchazón nueva en la espalda?",
     "register": "informal", "said": "aguanta un segundo", "means": "hold on"},
    # Yes / no said naturally
    {"locale": "es-MX", "asked": "¿Dijo 63 años?",
     "register": "informal", "said": "simón", "means": "yes"},
    {"locale": "es-MX", "asked": "¿El dolor empezó con una caída, un golpe, o al levantar algo?",
     "register": "informal", "said": "sí señor", "means": "yes"},
    {"locale": "es-MX", "asked": "¿Tiene también dolor en el vientre o la panza?",
     "register": "informal", "said": "nel", "means": "no"},
    {"locale": "es-MX", "asked": "¿Ha tenido alguna vez un cáncer que no sea de piel, o un melanoma?",
     "register": "informal", "said": "pos no", "means": "no"},
    {"locale": "es-MX", "asked": "¿Tiene diabetes?",
     "register": "informal", "said": "no hombre para nada", "means": "no"},
    {"locale": "es-MX", "asked": "¿El dolor sigue siendo fuerte en reposo, en cualquier postura?",
     "register": "formal", "said": "no fíjese que no", "means": "no"},
    # Help
    {"locale": "es-MX", "asked": "¿Ha tenido hoy dolor, presión u opresión en el pecho?",
     "register": "informal", "said": "cómo le hago", "means": "help"},

    # ------------------------------------------------------------------
    # es-ES
    # ------------------------------------------------------------------
    # Ages
    {"locale": "es-ES", "asked": _AGE_ES, "register": "informal",
     "said": "tengo sesenta y ocho tacos", "means": "age:68"},
    # Born 1959: 67, or 66 if the birthday falls 8-31 Dec.
    {"locale": "es-ES", "asked": _AGE_ES, "register": "informal",
     "said": "soy del cincuenta y nueve", "means": "age:67"},
    {"locale": "es-ES", "asked": _AGE_ES, "register": "informal",
     "said": "acabo de cumplir setenta", "means": "age:70"},
    {"locale": "es-ES", "asked": _AGE_ES, "register": "informal",
     "said": "tengo cuarenta y cuatro voy para cuarenta y cinco", "means": "age:44"},
    # Born 1981: 45, or 44 if the birthday falls 8-31 Dec.
    {"locale": "es-ES", "asked": _AGE_ES, "register": "formal",
     "said": "nací en mil novecientos ochenta y uno", "means": "age:45"},
    # Not sure
    {"locale": "es-ES", "asked": "¿Tiene fiebre, o siente calor y escalofríos?",
     "register": "informal", "said": "yo qué sé", "means": "not sure"},
    {"locale": "es-ES", "asked": "¿Ha bajado de peso sin querer?",
     "register": "informal", "said": "igual sí", "means": "not sure"},
    {"locale": "es-ES", "asked": "¿Le han dicho que tiene osteoporosis, descalcificación o huesos débiles?",
     "register": "formal", "said": "pues no sabría decirle", "means": "not sure"},
    {"locale": "es-ES", "asked": "¿Toma corticoides, en pastillas o inyecciones, o medicamentos que bajan las defensas?",
     "register": "formal", "said": "no estoy seguro", "means": "not sure"},
    {"locale": "es-ES", "asked": "¿Lleva unas semanas o más con el dolor igual o peor?",
     "register": "informal", "said": "puede ser", "means": "not sure"},
    # Stop
    {"locale": "es-ES", "asked": "¿El dolor está entre los omóplatos?",
     "register": "informal", "said": "para ya", "means": "stop"},
    {"locale": "es-ES", "asked": "¿Tiene también dolor en la barriga?",
     "register": "informal", "said": "ya está bien", "means": "stop"},
    {"locale": "es-ES", "asked": "¿Ha tenido alguna vez un cáncer que no sea de piel, o un melanoma?",
     "register": "informal", "said": "déjalo", "means": "stop"},
    {"locale": "es-ES", "asked": "¿Tiene en alguna pierna dolor, hormigueo, debilidad, o la siente dormida o acorchada?",
     "register": "formal", "said": "déjelo no quiero seguir", "means": "stop"},
    # Repeat
    {"locale": "es-ES", "asked": "¿Siente dormidos o acorchados los genitales o las nalgas, aunque sea al limpiarse con papel tras ir al baño, o en las relaciones sexuales?",
     "register": "formal", "said": "perdone puede repetirlo", "means": "repeat"},
    {"locale": "es-ES", "asked": "¿Le falta el aire, tiene sudor frío o náuseas?",
     "register": "informal", "said": "qué has dicho", "means": "repeat"},
    {"locale": "es-ES", "asked": "En el último mes, ¿ha tenido una infección de orina, de pulmón o de piel, o una operación o una infiltración en la espalda?",
     "register": "formal", "said": "cómo dice", "means": "repeat"},
    # Hold on
    {"locale": "es-ES", "asked": _AGE_ES, "register": "informal",
     "said": "espera un segundo", "means": "hold on"},
    {"locale": "es-ES", "asked": "¿Ha notado un bulto o una hinchazón nueva en la espalda?",
     "register": "formal", "said": "espéreme un momentito", "means": "hold on"},
    # Yes / no said naturally
    {"locale": "es-ES", "asked": "¿Ha dicho 67 años?",
     "register": "informal", "said": "sí sí", "means": "yes"},
    {"locale": "es-ES", "asked": "¿Alguna vez se ha inyectado drogas ilegales?",
     "register": "informal", "said": "qué va", "means": "no"},
    {"locale": "es-ES", "asked": "¿Le baja más abajo de la rodilla?",
     "register": "formal", "said": "sí señora", "means": "yes"},
    {"locale": "es-ES", "asked": "¿El dolor empezó con una caída, un golpe, o al levantar algo?",
     "register": "informal", "said": "pues sí", "means": "yes"},
    {"locale": "es-ES", "asked": "¿El dolor sigue siendo fuerte en reposo, en cualquier postura?",
     "register": "informal", "said": "que no", "means": "no"},
    # Help
    {"locale": "es-ES", "asked": "¿Ha tenido hoy dolor, presión u opresión en el pecho?",
     "register": "formal", "said": "qué le tengo que decir", "means": "help"},

    # ------------------------------------------------------------------
    # fr-CA (Québec)
    # ------------------------------------------------------------------
    # Ages
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "informal",
     "said": "j'ai eu soixante-sept ans la semaine passée", "means": "age:67"},
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "informal",
     "said": "je viens d'avoir soixante-dix ans", "means": "age:70"},
    # Born 1958 (recognised as digits): 68, or 67 if the birthday falls 8-31 Dec.
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "formal",
     "said": "je suis née en 1958", "means": "age:68"},
    # Born 1952: 74, or 73 if the birthday falls 8-31 Dec.
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "informal",
     "said": "j'suis né en cinquante-deux", "means": "age:74"},
    # Born 1964: 62, or 61 if the birthday falls 8-31 Dec.
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "formal",
     "said": "je suis née en mille neuf cent soixante-quatre", "means": "age:62"},
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "informal",
     "said": "ben j'ai cinquante-trois ans", "means": "age:53"},
    # Turns 60 in February 2027, so 59 on 2026-12-07.
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "informal",
     "said": "je vais avoir soixante ans en février", "means": "age:59"},
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "formal",
     "said": "j'ai quatre-vingt-un ans", "means": "age:81"},
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "formal",
     "said": "soixante et onze ans", "means": "age:71"},
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "informal",
     "said": "trente-neuf ans et demi", "means": "age:39"},
    # Not sure
    {"locale": "fr-CA", "asked": "Vous faites de la fièvre, ou vous avez chaud avec des frissons?",
     "register": "informal", "said": "chépas", "means": "not sure"},
    {"locale": "fr-CA", "asked": "La douleur est arrivée à son maximum en moins d'une minute?",
     "register": "informal", "said": "je sais pas trop", "means": "not sure"},
    {"locale": "fr-CA", "asked": "Vous avez maigri sans le vouloir?",
     "register": "informal", "said": "aucune idée", "means": "not sure"},
    {"locale": "fr-CA", "asked": "Vous avez trouvé une nouvelle bosse ou une enflure dans le dos?",
     "register": "informal", "said": "peut-être ben", "means": "not sure"},
    {"locale": "fr-CA", "asked": "Vous avez le souffle court, des sueurs froides ou mal au cœur?",
     "register": "informal", "said": "j'suis pas certain", "means": "not sure"},
    {"locale": "fr-CA", "asked": "On vous a dit que vous avez de l'ostéoporose, ou les os fragiles?",
     "register": "formal", "said": "je ne saurais pas vous dire", "means": "not sure"},
    {"locale": "fr-CA", "asked": "Ça fait quelques semaines ou plus que vous avez mal comme ça?",
     "register": "informal", "said": "ça se peut", "means": "not sure"},
    {"locale": "fr-CA", "asked": "Vous prenez de la cortisone en comprimés, ou des médicaments qui baissent l'immunité?",
     "register": "formal", "said": "je ne suis pas certaine", "means": "not sure"},
    # Stop
    {"locale": "fr-CA", "asked": "La douleur est entre les omoplates?",
     "register": "informal", "said": "c'est assez", "means": "stop"},
    {"locale": "fr-CA", "asked": "Vous avez aussi mal au ventre?",
     "register": "informal", "said": "laisse faire", "means": "stop"},
    {"locale": "fr-CA", "asked": "Vous vous êtes déjà injecté des drogues de rue?",
     "register": "informal", "said": "arrête ça", "means": "stop"},
    {"locale": "fr-CA", "asked": "La douleur reste forte au repos, peu importe la position?",
     "register": "informal", "said": "ça va faire", "means": "stop"},
    {"locale": "fr-CA", "asked": "Vous avez déjà eu un cancer, mélanome compris, sans compter les autres cancers de peau?",
     "register": "formal", "said": "je voudrais arrêter s'il vous plaît", "means": "stop"},
    {"locale": "fr-CA", "asked": "Vous avez de la douleur, de l'engourdissement, des picotements ou de la faiblesse dans une jambe?",
     "register": "formal", "said": "laissez faire", "means": "stop"},
    # Repeat
    {"locale": "fr-CA", "asked": "Vous avez un nouvel engourdissement autour des parties génitales ou des fesses, même seulement en vous essuyant ou pendant les relations sexuelles?",
     "register": "informal", "said": "peux-tu répéter", "means": "repeat"},
    {"locale": "fr-CA", "asked": "Depuis un mois, vous avez eu une infection urinaire, pulmonaire ou de peau, ou une opération ou une injection dans le dos?",
     "register": "formal", "said": "pardon", "means": "repeat"},
    {"locale": "fr-CA", "asked": "Depuis le début de la douleur, vous avez eu des étourdissements ou failli vous évanouir?",
     "register": "informal", "said": "hein", "means": "repeat"},
    {"locale": "fr-CA", "asked": "Vous avez eu aujourd'hui une douleur, une pression ou un serrement à la poitrine?",
     "register": "informal", "said": "répète", "means": "repeat"},
    {"locale": "fr-CA", "asked": "Depuis deux semaines, vous avez un nouveau problème pour uriner, ou pour retenir vos selles?",
     "register": "formal", "said": "pouvez-vous répéter s'il vous plaît", "means": "repeat"},
    {"locale": "fr-CA", "asked": "Vous prenez de la cortisone en comprimés, ou des médicaments qui baissent l'immunité?",
     "register": "informal", "said": "redis-moi ça", "means": "repeat"},
    {"locale": "fr-CA", "asked": "Vous avez aussi mal au ventre?",
     "register": "formal", "said": "excusez-moi j'ai pas compris", "means": "repeat"},
    {"locale": "fr-CA", "asked": "La douleur a commencé avec une chute, un coup, ou en soulevant quelque chose?",
     "register": "informal", "said": "quoi", "means": "repeat"},
    # Hold on
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "informal",
     "said": "attends une minute", "means": "hold on"},
    {"locale": "fr-CA", "asked": "Vous avez maigri sans le vouloir?",
     "register": "informal", "said": "deux secondes", "means": "hold on"},
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "formal",
     "said": "attendez un petit moment", "means": "hold on"},
    {"locale": "fr-CA", "asked": "Vous faites de la fièvre, ou vous avez chaud avec des frissons?",
     "register": "informal", "said": "minute là", "means": "hold on"},
    {"locale": "fr-CA", "asked": "Vous prenez de la cortisone en comprimés, ou des médicaments qui baissent l'immunité?",
     "register": "informal", "said": "donne-moi une seconde", "means": "hold on"},
    # Yes / no said naturally
    {"locale": "fr-CA", "asked": "La douleur a commencé avec une chute, un coup, ou en soulevant quelque chose?",
     "register": "informal", "said": "ouin", "means": "yes"},
    {"locale": "fr-CA", "asked": "Vous vous êtes déjà injecté des drogues de rue?",
     "register": "informal", "said": "pantoute", "means": "no"},
    {"locale": "fr-CA", "asked": "Vous avez aussi mal au ventre?",
     "register": "informal", "said": "pas pantoute", "means": "no"},
    {"locale": "fr-CA", "asked": "Vous avez de la douleur, de l'engourdissement, des picotements ou de la faiblesse dans une jambe?",
     "register": "informal", "said": "oui oui", "means": "yes"},
    {"locale": "fr-CA", "asked": "Ça descend plus bas que le genou?",
     "register": "informal", "said": "ben oui", "means": "yes"},
    {"locale": "fr-CA", "asked": "La douleur est entre les omoplates?",
     "register": "informal", "said": "ben non", "means": "no"},
    {"locale": "fr-CA", "asked": "Vous avez dit 63 ans?",
     "register": "informal", "said": "c'est ça", "means": "yes"},
    {"locale": "fr-CA", "asked": "Vous avez un anévrisme de l'aorte déjà diagnostiqué?",
     "register": "formal", "said": "non madame", "means": "no"},
    {"locale": "fr-CA", "asked": "Vous faites de la fièvre, ou vous avez chaud avec des frissons?",
     "register": "formal", "said": "absolument", "means": "yes"},
    {"locale": "fr-CA", "asked": "La jambe est engourdie ou elle picote?",
     "register": "informal", "said": "en plein ça", "means": "yes"},
    {"locale": "fr-CA", "asked": "Vous voulez l'entendre encore?",
     "register": "informal", "said": "non ça va être correct merci", "means": "no"},
    {"locale": "fr-CA", "asked": "Vous avez trouvé une nouvelle bosse ou une enflure dans le dos?",
     "register": "informal", "said": "pas vraiment", "means": "no"},
    # Help
    {"locale": "fr-CA", "asked": "Vous avez eu aujourd'hui une douleur, une pression ou un serrement à la poitrine?",
     "register": "formal", "said": "qu'est-ce que je peux dire", "means": "help"},
    {"locale": "fr-CA", "asked": _AGE_FR, "register": "informal",
     "said": "comment ça marche", "means": "help"},
)


# Every question Alexa asks in the transcripts, per locale, so `asked` can be
# checked without reading the transcripts (copied from docs/transcripts/).
_COMMON_ES = {
    "¿Cuántos años tiene?",
    "¿Ha tenido hoy dolor, presión u opresión en el pecho?",
    "¿Le falta el aire, tiene sudor frío o náuseas?",
    "¿El dolor se puso al máximo en menos de un minuto?",
    "¿El dolor sigue siendo fuerte en reposo, en cualquier postura?",
    "¿Ha sentido mareo o que se iba a desmayar desde que empezó el dolor?",
    "¿El dolor está entre los omóplatos?",
    "¿El dolor empezó con una caída, un golpe, o al levantar algo?",
    "En las últimas dos semanas, ¿ha tenido un problema nuevo para orinar, o para controlar el intestino?",
    "¿Ha tenido alguna vez un cáncer que no sea de piel, o un melanoma?",
    "¿Tiene fiebre, o siente calor y escalofríos?",
    "¿Alguna vez se ha inyectado drogas ilegales?",
    "¿Ha bajado de peso sin querer?",
    "¿Ha notado un bulto o una hinchazón nueva en la espalda?",
    "¿Lleva unas semanas o más con el dolor igual o peor?",
    "¿Quiere oírlo otra vez?",
    "¿Eso empezó junto con el dolor de espalda?",
    "¿Tiene un aneurisma de aorta ya diagnosticado?",
    "¿Respira muy rápido, o tiene la piel con manchas, pálida o azulada?",
    "¿Tiene diabetes?",
    "¿Le baja más abajo de la rodilla?",
    "¿Siente la pierna débil, o se le dobla?",
    "En las últimas dos semanas, ¿le ha empezado en las dos piernas?",
    "¿Toma algún anticoagulante, como warfarina, apixabán o rivaroxabán?",
    "¿Le cuesta empezar o parar de orinar, controlar el intestino, o sentir cuándo necesita ir?",
    "¿El dolor empeora al respirar hondo?",
    "¿Le han dicho que tiene osteoporosis, descalcificación o huesos débiles?",
}
_AMERICAS_ES = _COMMON_ES | {
    "¿Siente dormidos los genitales o las nalgas, aunque sea al limpiarse con papel después de ir al baño, o en las relaciones sexuales?",
    "¿Tiene en alguna pierna dolor, hormigueo, debilidad, o la siente dormida?",
    "¿Tiene también dolor en el vientre o la panza?",
    "¿Siente la pierna dormida o con hormigueo?",
    "¿Fue un accidente grave, como un choque de auto o una caída fuerte?",
    "¿Dijo 63 años?", "¿Dijo 67 años?", "¿Dijo 12 años?", "¿Dijo 15 años?",
    "¿Dijo 16 años?", "¿Dijo 60 años?", "¿Dijo sesenta y tantos?",
}
QUESTIONS: dict[str, frozenset[str]] = {
    "es-US": frozenset(_AMERICAS_ES | {
        "En el último mes, ¿ha tenido una infección de orina, de pulmón o de piel, o una operación, inyección o bloqueo en la espalda?",
        "¿Toma cortisona, en pastillas o inyecciones, o medicinas que bajan las defensas?",
    }),
    "es-MX": frozenset(_AMERICAS_ES | {
        "En el último mes, ¿ha tenido una infección de orina, de pulmón o de piel, o una operación o un bloqueo en la espalda?",
        "¿Toma cortisona o dexametasona, en pastillas o inyecciones, o medicamentos que bajan las defensas?",
    }),
    "es-ES": frozenset(_COMMON_ES | {
        "¿Siente dormidos o acorchados los genitales o las nalgas, aunque sea al limpiarse con papel tras ir al baño, o en las relaciones sexuales?",
        "En el último mes, ¿ha tenido una infección de orina, de pulmón o de piel, o una operación o una infiltración en la espalda?",
        "¿Toma corticoides, en pastillas o inyecciones, o medicamentos que bajan las defensas?",
        "¿Tiene en alguna pierna dolor, hormigueo, debilidad, o la siente dormida o acorchada?",
        "¿Tiene también dolor en la barriga?",
        "¿Siente la pierna dormida, acorchada o con hormigueo?",
        "¿Ha sido un accidente grave, como un accidente de coche o una caída fuerte?",
        "¿Ha dicho 63 años?", "¿Ha dicho 67 años?", "¿Ha dicho 12 años?",
        "¿Ha dicho 15 años?", "¿Ha dicho 16 años?", "¿Ha dicho 60 años?",
        "¿Ha dicho sesenta y tantos?",
    }),
    "fr-CA": frozenset({
        "Quel âge avez-vous?",
        "Vous avez eu aujourd'hui une douleur, une pression ou un serrement à la poitrine?",
        "Vous avez le souffle court, des sueurs froides ou mal au cœur?",
        "La douleur est arrivée à son maximum en moins d'une minute?",
        "La douleur reste forte au repos, peu importe la position?",
        "Depuis le début de la douleur, vous avez eu des étourdissements ou failli vous évanouir?",
        "La douleur est entre les omoplates?",
        "La douleur a commencé avec une chute, un coup, ou en soulevant quelque chose?",
        "Depuis deux semaines, vous avez un nouveau problème pour uriner, ou pour retenir vos selles?",
        "Vous avez un nouvel engourdissement autour des parties génitales ou des fesses, même seulement en vous essuyant ou pendant les relations sexuelles?",
        "Vous avez déjà eu un cancer, mélanome compris, sans compter les autres cancers de peau?",
        "Vous faites de la fièvre, ou vous avez chaud avec des frissons?",
        "Depuis un mois, vous avez eu une infection urinaire, pulmonaire ou de peau, ou une opération ou une injection dans le dos?",
        "Vous vous êtes déjà injecté des drogues de rue?",
        "Vous prenez de la cortisone en comprimés, ou des médicaments qui baissent l'immunité?",
        "Vous avez de la douleur, de l'engourdissement, des picotements ou de la faiblesse dans une jambe?",
        "Vous avez aussi mal au ventre?",
        "Vous avez maigri sans le vouloir?",
        "Vous avez trouvé une nouvelle bosse ou une enflure dans le dos?",
        "Ça fait quelques semaines ou plus que vous avez mal comme ça?",
        "Vous voulez l'entendre encore?",
        "C'est venu en même temps que le mal de dos?",
        "Vous avez un anévrisme de l'aorte déjà diagnostiqué?",
        "Vous respirez très vite, ou votre peau est marbrée, pâle ou bleutée?",
        "Vous faites du diabète?",
        "Ça descend plus bas que le genou?",
        "La jambe est engourdie ou elle picote?",
        "La jambe est faible, ou elle lâche?",
        "Depuis deux semaines, c'est apparu dans les deux jambes?",
        "Vous prenez un anticoagulant, comme la warfarine, l'apixaban ou le rivaroxaban?",
        "C'est difficile de commencer ou d'arrêter d'uriner, de retenir vos selles, ou de sentir quand vous devez y aller?",
        "La douleur augmente quand vous respirez à fond?",
        "On vous a dit que vous avez de l'ostéoporose, ou les os fragiles?",
        "C'était un accident grave, comme un accident d'auto ou une mauvaise chute?",
        "Vous avez dit 63 ans?", "Vous avez dit 67 ans?", "Vous avez dit 12 ans?",
        "Vous avez dit 15 ans?", "Vous avez dit 16 ans?", "Vous avez dit 60 ans?",
        "Vous avez dit dans la soixantaine?",
    }),
}

LOCALES = ("es-US", "es-MX", "es-ES", "fr-CA")
KINDS = ("age", "yes", "no", "not sure", "stop", "repeat", "hold on", "help")
_AGE_QUESTION = {"es-US": _AGE_ES, "es-MX": _AGE_ES, "es-ES": _AGE_ES, "fr-CA": _AGE_FR}


def kind(means: str) -> str:
    return "age" if means.startswith("age:") else means


def check() -> None:
    import re
    from collections import Counter

    allowed_chars = re.compile(r"^[a-z0-9áéíóúüñàâçèêëîïôûùœæÿ' -]+$")
    seen = set()
    for i, u in enumerate(UTTERANCES):
        where = f"UTTERANCES[{i}] {u.get('said')!r}"
        assert set(u) == {"locale", "asked", "said", "register", "means"}, where
        assert u["locale"] in LOCALES, where
        assert u["register"] in ("formal", "informal"), where
        assert u["asked"] in QUESTIONS[u["locale"]], where + ": asked not in transcript"
        said = u["said"]
        assert said == said.lower() == said.strip(), where
        assert "  " not in said and allowed_chars.match(said), where + ": punctuation or case"
        m = u["means"]
        if m.startswith("age:"):
            assert m[4:].isdigit() and 18 <= int(m[4:]) <= 110, where
            assert u["asked"] == _AGE_QUESTION[u["locale"]], where
        else:
            assert m in KINDS, where
        key = (u["locale"], said)
        assert key not in seen, where + ": duplicate"
        seen.add(key)

    per_locale = Counter(u["locale"] for u in UTTERANCES)
    spanish = sum(per_locale[l] for l in ("es-US", "es-MX", "es-ES"))
    assert spanish >= 36 and per_locale["fr-CA"] >= 36, per_locale
    for loc in ("es-US", "es-MX", "es-ES"):
        assert per_locale[loc] >= 10, (loc, per_locale[loc])
    for loc in LOCALES:
        kinds = {kind(u["means"]) for u in UTTERANCES if u["locale"] == loc}
        missing = set(KINDS) - kinds
        assert not missing, (loc, missing)
        regs = {u["register"] for u in UTTERANCES if u["locale"] == loc}
        assert regs == {"formal", "informal"}, (loc, regs)

    table = Counter((u["locale"], kind(u["means"])) for u in UTTERANCES)
    print("locale  " + "".join(f"{k:>10}" for k in KINDS) + "     total")
    for loc in LOCALES:
        print(f"{loc:<8}" + "".join(f"{table[loc, k]:>10}" for k in KINDS)
              + f"{per_locale[loc]:>10}")
    print(f"{'all':<8}" + "".join(
        f"{sum(table[l, k] for l in LOCALES):>10}" for k in KINDS) + f"{len(UTTERANCES):>10}")
    reg = Counter((u["locale"], u["register"]) for u in UTTERANCES)
    print("register: " + ", ".join(
        f"{l} {reg[l, 'formal']} formal / {reg[l, 'informal']} informal" for l in LOCALES))
    print(f"Spanish {spanish}, French {per_locale['fr-CA']}: OK")


if __name__ == "__main__":
    check()
