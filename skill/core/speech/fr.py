"""French speech shared by every French locale, keyed by the same message ids as the English.

A faithful translation of ``skill/core/speech/en.py`` in plain words a lay person uses
(``vous`` throughout); ``{name}`` fields are filled from the locale's own values
(``fr_CA.py``). The medical wording comes only from the English; ``BACK_TRANSLATIONS`` says
in English what each question asks, for review (docs/translations.md, hazard H22 in
docs/clinical-safety.md).

Every ``reason.*`` starts with "la", "l'", "votre" or "vos", as each follows "de" ("reason.each"), and
an "or" inside one repeats the "de" ("de la sueur froide ou du mal de cœur").
"""

# Every non-emergency verdict, and stopping part-way, ends with this person's safety net ("net").
DISCLAIMER = "De l'information générale, pas un diagnostic."

TEXTS: dict[str, str] = {
    # --- Around the check -------------------------------------------------
    "welcome": (
        "Si c'est une urgence, appelez le {emergency_number} maintenant. Bilan du dos : jusqu'à "
        "{question_count} questions, oui ou non, environ {minutes} minutes, pour adultes."
    ),
    "welcome.again": "Bilan du dos. Si c'est une urgence, appelez le {emergency_number} maintenant. On commence?",
    "offer.reprompt": "On commence le bilan du dos? Dites oui ou non, s'il vous plaît.",
    "start.after_offer": "",
    "help.emergency": "Si c'est une urgence, appelez le {emergency_number} maintenant.",
    "hold_on": "Prenez votre temps.",
    "nothing_kept": (
        "Je ne garde rien d'une conversation à l'autre, mais mes conseils sont dans votre appli Alexa : dites, "
        "ouvre bilan du dos, pour commencer un nouveau bilan."
    ),
    "goodbye.after_verdict": "D'accord. Prenez soin de vous. Au revoir.",
    "card.said": "C'est dans votre appli Alexa.",
    "card.said.emergency": "C'est dans votre appli Alexa.",
    "fallback.verdict": "Désolée, je n'ai pas compris.",
    "remind.yourself": (
        "Pour qu'Alexa vous le rappelle, dites : Alexa, rappelle-moi dans deux semaines de vérifier mon dos. "
        "Prenez soin de vous. Au revoir."
    ),
    "remind.set": (
        "D'accord. Je vous rappellerai dans deux semaines de vérifier votre dos. Prenez soin de vous. Au revoir."
    ),
    "reminder.text": "Vérifier votre dos",
    "remind.not_now": "Pas maintenant : ça ne peut pas attendre deux semaines.",
    "verdict.offer": "Vous voulez l'entendre encore?",
    "verdict.offer.reprompt": "Vous voulez l'entendre encore? Dites oui ou non, s'il vous plaît.",
    "noted.later": "D'accord, je vous pose la question là-dessus dans un instant.",
    "noted.earlier": "D'accord, j'ai changé pour oui votre réponse là-dessus.",
    "noted.counted": "Vous m'avez déjà parlé {signs}, alors je l'ai compté.",
    "clarify.skin_cancer": (
        "Parmi les cancers de la peau, seul le mélanome compte. Dites oui si c'était un mélanome ou un autre "
        "cancer, ou non si c'était un autre cancer de la peau."
    ),
    "clarify.fever_unchecked": (
        "Pas besoin de thermomètre. Dites oui si vous avez chaud avec des frissons, ou non sinon."
    ),
    "clarify.no_and_the_sign": (
        "Pardon, j'ai entendu un non, puis ce que je vous demandais. Dites juste oui ou non, s'il vous plaît."
    ),
    "clarify.catheter": (
        "Avec une sonde, dites oui si quelque chose a changé pour la vessie ou l'intestin depuis deux "
        "semaines, ou non si rien n'a changé."
    ),
    "clarify.sudden_lifted": (
        "Même si ça a commencé en soulevant quelque chose ou en bougeant, dites oui si la douleur est arrivée "
        "à son maximum en moins d'une minute, ou non si elle a augmenté peu à peu."
    ),
    "start.note": DISCLAIMER,
    "start.over": "D'accord, on recommence.",
    "carry_on": "Continuons.",
    "start.restart": "Désolée, j'ai perdu le fil, alors recommençons le bilan.",
    "help.general": (
        "Si vous pensez que c'est une urgence, appelez le {emergency_number} maintenant. Bilan du dos vous "
        "demande votre âge et jusqu'à {question_count} questions par oui ou non sur les signes d'alerte du "
        "mal de dos, moins si une réponse suffit, puis vous dit s'il faut appeler à l'aide, consulter "
        "{doctor} ou vous soigner à la maison. Ça prend environ {minutes} minutes. On commence?"
    ),
    "help.check": ("Répondez oui, non ou je ne sais pas. Vous pouvez aussi dire répète, retour, recommence ou arrête."),
    "help.age": "Vous pouvez aussi dire répète, recommence ou arrête.",
    "fallback.check": "Désolée, je n'ai pas compris. Dites oui si c'est votre cas, ou non si ce ne l'est pas.",
    "fallback.again": "Désolée, je ne comprends toujours pas.",
    "answer_ways": "Vous pouvez dire oui, non ou je ne sais pas, ou dire répète pour entendre la question encore.",
    "fallback.check.last": (
        "Désolée, je ne comprends toujours pas. Si c'est une urgence, appelez le {emergency_number} maintenant. "
        "Vous pouvez répondre oui, non ou je ne sais pas, ou dire arrête pour terminer le bilan."
    ),
    "fallback.age": "Désolée, je n'ai pas compris votre âge. Dites-le en chiffres, par exemple, quarante-cinq.",
    "fallback.offer": "Désolée, je n'ai pas compris. Dites oui pour commencer le bilan, ou non pour arrêter.",
    "fallback.offer.last": (
        "Désolée, je ne comprends toujours pas. Si c'est une urgence, appelez le {emergency_number} maintenant. "
        "Dites oui pour commencer le bilan, ou arrête pour terminer."
    ),
    "emergency.now": (
        "Appelez le {emergency_number} maintenant, ou allez à {emergency_place}. Ce que vous décrivez demande "
        "de l'aide tout de suite. Je ne peux pas appeler pour vous : prenez un téléphone maintenant."
    ),
    "should_i_go": (
        "Si vous pensez que c'est une urgence, appelez le {emergency_number} maintenant, ou allez à "
        "{emergency_place}. Je ne peux pas appeler pour vous."
    ),
    "should_i_go.offer": (
        "Si vous hésitez, je peux vous poser quelques questions pour vous aider à décider. On commence?"
    ),
    "went_back": "D'accord, on revient en arrière.",
    "question.reprompt": "{question} Dites oui, non ou je ne sais pas, s'il vous plaît.",
    "ack.yes": "D'accord.",
    "ack.age": "{age} ans, merci.",
    "ack.changed.yes": "D'accord, j'ai changé ça pour oui.",
    "ack.changed.no": "D'accord, j'ai changé ça pour non.",
    "ask_again": "Pour être sûre, je vous repose la question.",
    "how_long.left": "Il reste environ {count} questions, moins si une réponse suffit.",
    "how_long.last": "C'est la dernière question.",
    "how_long.age": "Ça prend environ {minutes} minutes.",
    "ack.age.declined": "Pas de problème.",
    "counted_as_yes": "Comme vous ne saviez pas, j'ai compté un oui, par prudence.",
    "progress.halfway": "À mi-chemin.",
    "progress.few_more": "Encore quelques-unes.",
    "progress.last": "Dernière question.",
    "goodbye": "D'accord. Prenez soin de vous. Au revoir.",
    "goodbye.mid_check": "D'accord, j'arrête le bilan. {safety_net} Au revoir.",
    "error": (
        "Désolée, quelque chose n'a pas fonctionné de mon côté. Si c'est une urgence, appelez le "
        "{emergency_number} maintenant. Répétez, s'il vous plaît."
    ),
    "error.reprompt": "Répétez, s'il vous plaît, ou dites arrête.",
    "disclaimer": DISCLAIMER,
    "age.again": "Désolée. Vous pouvez aussi dire votre année de naissance.",
    "child": (
        "Bilan du dos est pour les adultes, alors je m'arrête ici. Le mal de dos chez un enfant ou un "
        "adolescent doit être vérifié : demandez à un parent ou à l'adulte qui s'occupe de vous de vous aider "
        "à {urgent_action}. Si c'est une urgence, appelez le {emergency_number} maintenant."
    ),
    # --- On a screen ----------------------------------------------------------
    "button.yes": "Oui",
    "button.no": "Non",
    "button.not_sure": "Je ne sais pas",
    "button.start": "Commencer le bilan",
    "button.help": "Comment ça marche",
    "screen.emergency": "Si c'est une urgence, appelez le {emergency_number_text} maintenant.",
    "screen.number": "{emergency_number_text}",
    # --- Verdicts -----------------------------------------------------------
    "verdict.emergency": (
        'Appelez le {emergency_number} <emphasis level="strong">maintenant</emphasis>, ou allez à {emergency_place}. '
        "{reasons} "
        "N'attendez pas : appelez le {emergency_number} maintenant."
    ),
    "dont_drive": "Ne conduisez pas vous-même.",
    "verdict.urgent": "Veuillez {urgent_action}. {reasons} {safety_net} " + DISCLAIMER,
    "verdict.doctor": (
        "Prenez rendez-vous avec {doctor} d'ici une ou deux semaines. {reasons} {safety_net} " + DISCLAIMER
    ),
    "verdict.home": (
        "Soignez-vous à la maison. Bougez : le repos au lit ralentit la guérison. "
        "L'ibuprofène peut aider, sauf pendant la grossesse; après 65 ans ou avec un anticoagulant, demandez "
        "d'abord à un pharmacien. Consultez {doctor} si ça dure quelques semaines. "
        "{safety_net} " + DISCLAIMER
    ),
    "reasons": "C'est en raison {signs}.",
    "reason.each": "de {reason}",  # "en raison de la douleur et de votre âge": "de" before each
    "reason.age": "votre âge",
    "reason.age_not_said": "votre âge, que je ne connais pas",
    "list.and": "et",
    "list.others": "d'autres signes",
    "card.title.emergency": "Appelez le {emergency_number_text} maintenant",
    "card.title.urgent": "Contactez un médecin aujourd'hui",
    "card.title.doctor": "Consultez un médecin d'ici une ou deux semaines",
    "card.title.home": "Soins à la maison",
    "card.home.painkillers": (
        "La chaleur, comme un bain chaud ou un coussin chauffant, peut soulager la douleur. Ibuprofène : n'en "
        "prenez pas si vous êtes enceinte. Demandez d'abord à un pharmacien si vous faites de l'asthme, avez un "
        "ulcère d'estomac, une maladie du cœur ou des reins, prenez des anticoagulants ou avez plus de 65 ans."
    ),
    "card.home.reminder": (
        "Pour y revenir plus tard, dites : « Alexa, rappelle-moi dans deux semaines de vérifier mon dos. »"
    ),
    # --- Age ------------------------------------------------------------------
    "question.age": "Quel âge avez-vous?",
    "question.age.reprompt": "Quel âge avez-vous? Dites votre âge en chiffres, ou dites : je préfère ne pas le dire.",
    "explain.age": (
        "Certains signes d'alerte comptent plus avec l'âge, et ce bilan est pour les adultes. Votre âge sert "
        "seulement pendant cette conversation. Si vous préférez ne pas le donner, dites : je préfère ne pas le dire."
    ),
    # --- The questions --------------------------------------------------------
    "question.sudden_onset": "La douleur est arrivée à son maximum en moins d'une minute?",
    "explain.sudden_onset": (
        "Une douleur qui arrive à son maximum en moins d'une minute peut, rarement, venir d'une déchirure du gros "
        "vaisseau sanguin, pas du dos. Dites oui même si ça a commencé en soulevant quelque chose ou en "
        "forçant."
    ),
    "reason.sudden_onset": "la douleur arrivée à son maximum en moins d'une minute",
    "question.passed_out": "Vous avez perdu connaissance, même un instant?",
    "explain.passed_out": (
        "Perdre connaissance avec un mal de dos peut venir du cœur ou d'un gros vaisseau sanguin, ce qui "
        "demande de l'aide tout de suite. Dites oui si vous avez perdu connaissance ou fait une faiblesse."
    ),
    "reason.passed_out": "la perte de connaissance",
    "explain.aortic_aneurysm": (
        "Un anévrisme de l'aorte est un gonflement du principal vaisseau sanguin du corps, dans le {tummy} ou "
        "la poitrine. Un nouveau mal de dos avec un anévrisme doit être vérifié tout de suite. Dites oui si "
        "un médecin vous a dit que vous en avez un."
    ),
    "reason.aortic_aneurysm": "la douleur au dos avec un anévrisme de l'aorte",
    "question.upper_back": "La douleur est entre les omoplates?",
    "explain.upper_back": (
        "La douleur dans le haut du dos, entre les omoplates, est moins fréquente que dans le bas du dos, et "
        "peut venir du cœur, d'un vaisseau sanguin ou des poumons. Dites oui pour toute douleur dans le haut "
        "du dos."
    ),
    "reason.upper_back": "la douleur entre les omoplates",
    "question.serious_accident": "C'était un accident grave, comme un accident d'auto ou une mauvaise chute?",
    "explain.serious_accident": (
        "Un mal de dos après un accident grave peut être une blessure à la colonne. Dites oui pour un "
        "accident d'auto, une chute de haut ou dans l'escalier, ou un coup violent."
    ),
    "reason.serious_accident": "l'accident grave",
    "intro.bladder_bowel": "Quelques questions personnelles maintenant, sur les nerfs du bas de la colonne.",
    "explain.bladder_bowel": (
        "Un nouveau problème avec l'urine ou les selles peut venir des nerfs du bas de la colonne, ou de "
        "quelque chose de plus simple, comme une infection urinaire. Ne comptez pas un problème que vous avez "
        "depuis longtemps."
    ),
    "reason.saddle_numbness": "l'engourdissement autour des parties génitales ou des fesses",
    "question.cancer_history": (
        "Vous avez déjà eu un cancer, mélanome compris, sans compter les autres cancers de peau?"
    ),
    "explain.cancer_history": (
        "Un nouveau mal de dos chez une personne qui a eu un cancer doit être vérifié, au cas où il se serait "
        "étendu à la colonne. La plupart des cancers de la peau ne s'étendent pas : parmi eux, comptez "
        "seulement le mélanome."
    ),
    "reason.cancer_history": "vos antécédents de cancer",
    "question.fever": "Vous faites de la fièvre, ou vous avez chaud avec des frissons?",
    "explain.fever": (
        "La fièvre avec le mal de dos peut être un signe d'infection de la colonne. Dites oui si vous avez chaud "
        "avec des frissons, ou si un thermomètre indique une température élevée."
    ),
    "reason.fever": "la fièvre",
    "question.recent_infection": (
        "Depuis un mois, vous avez eu une infection urinaire, pulmonaire ou de peau, ou une opération ou "
        "une injection dans le dos?"
    ),
    "explain.recent_infection": (
        "Les microbes d'une infection comme celles-là, ou d'une opération ou d'une injection dans le dos, "
        "peuvent parfois atteindre la colonne. Un rhume ou une grippe ne comptent pas."
    ),
    "reason.recent_infection": "l'infection récente",
    "explain.iv_drug_use": (
        "S'injecter des drogues qui n'ont pas été prescrites augmente le risque d'infection de la colonne. "
        "Dites oui si vous l'avez déjà fait, même il y a longtemps. Les médicaments prescrits par un médecin, "
        "comme l'insuline, ne comptent pas."
    ),
    "reason.iv_drug_use": "l'injection de drogues",
    "question.immune_medicines": (
        "Vous prenez de la cortisone en comprimés, ou des médicaments qui baissent l'immunité?"
    ),
    "explain.immune_medicines": (
        "La cortisone en comprimés, la chimiothérapie et les médicaments qui affaiblissent le système "
        "immunitaire augmentent le risque d'infection et d'os fragiles. Les pompes et les crèmes ne comptent "
        "pas."
    ),
    "reason.immune_medicines": "la cortisone en comprimés ou des médicaments qui affaiblissent l'immunité",
    "question.abdominal_pain": "Vous avez aussi mal au {tummy}?",
    "explain.abdominal_pain": (
        "La douleur au {tummy}, ou à l'abdomen, avec le mal de dos peut venir d'autre chose que le dos, et "
        "doit être vérifiée. Dites oui si vous avez aussi mal au {tummy}."
    ),
    "reason.abdominal_pain": "la douleur au {tummy}",
    "question.osteoporosis": "On vous a dit que vous avez de l'ostéoporose, ou les os fragiles?",
    "explain.osteoporosis": (
        "L'ostéoporose, ce sont des os minces et fragiles, qui peuvent se casser dans la colonne sans grande "
        "force. Dites oui si un médecin vous l'a dit."
    ),
    "reason.osteoporosis": "l'ostéoporose",
    "question.weight_loss": "Vous avez maigri sans le vouloir?",
    "explain.weight_loss": (
        "Maigrir sans le vouloir, avec un mal de dos, doit être vérifié par un médecin. Dites oui si vous "
        "avez perdu du poids depuis quelques mois sans faire de régime."
    ),
    "reason.weight_loss": "la perte de poids sans le vouloir",
    "explain.not_improving": (
        "La plupart des maux de dos s'améliorent en quelques semaines. Dites oui si le vôtre dure depuis "
        "quelques semaines et ne s'est pas amélioré."
    ),
    "reason.not_improving": "la douleur qui ne s'améliore pas depuis quelques semaines",
    # --- The listing (plain text) -----------------------------------------------
    "net": "Appelez le {emergency_number} immédiatement pour {items}, ou si ça empire beaucoup.",
    "list.or": "ou",
    "ack.age.decade.20": "Dans la vingtaine, merci.",
    "ack.age.decade.30": "Dans la trentaine, merci.",
    "ack.age.decade.40": "Dans la quarantaine, merci.",
    "ack.age.decade.50": "Dans la cinquantaine, merci.",
    "ack.age.decade.60": "Dans la soixantaine, merci.",
    "ack.age.decade.70": "Dans les soixante-dix ans, merci.",
    "ack.age.decade.80": "Dans les quatre-vingts ans, merci.",
    "ack.age.decade.90": "Dans les quatre-vingt-dix ans, merci.",
    "age.confirm": "13-19 60-79",
    "confirm.age": "Vous avez dit {age} ans?",
    "confirm.age.reprompt": "Vous avez dit {age} ans? Dites oui ou non, s'il vous plaît.",
    "confirm.decade.60": "Vous avez dit dans la soixantaine?",
    "confirm.decade.70": "Vous avez dit dans les soixante-dix ans?",
    "confirm.decade.reprompt": "{question} Dites oui ou non, s'il vous plaît.",
    "age.given_up": "Désolée, je ne comprends toujours pas, alors continuons sans votre âge, par prudence.",
    "card.title.emergency_department_today": "Allez à {emergency_place} aujourd'hui",
    "card.title.cancer_team": "Appelez votre équipe d'oncologie maintenant",
    "net.sudden_onset": "une douleur forte et soudaine",
    "question.rest_pain": "La douleur reste forte au repos, peu importe la position?",
    "explain.rest_pain": (
        "La plupart des maux de dos se calment au repos, dans une position confortable. Dites oui si elle "
        "reste forte peu importe la position, ou si elle est trop forte pour rester immobile."
    ),
    "reason.rest_pain": "la douleur forte qui ne se calme pas au repos",
    "net.rest_pain": "une douleur qui ne se calme pas",
    "net.upper_back": "une douleur entre les omoplates",
    "question.injury": "La douleur a commencé avec une chute, un coup, ou en soulevant quelque chose?",
    "explain.injury": (
        "La plupart des maux de dos qui commencent en soulevant quelque chose ou avec un petit coup sont un "
        "étirement. Ça compte plus après un accident grave, ou avec des os fragiles."
    ),
    "reason.injury": "la douleur apparue avec une chute, un coup ou en soulevant quelque chose",
    "net.bladder_bowel": "un nouveau problème pour uriner",
    "net.saddle_numbness": "des fesses engourdies",
    "net.fever": "de la fièvre",
    "question.diabetes": "Vous faites du diabète?",
    "explain.diabetes": (
        "Avec de la fièvre ou une infection, le diabète rend une infection de la colonne plus probable. Dites "
        "oui pour tout type de diabète."
    ),
    "reason.diabetes": "votre diabète",
    "question.leg_symptoms": (
        "Vous avez de la douleur, de l'engourdissement, des picotements ou de la faiblesse dans une jambe?"
    ),
    "explain.leg_symptoms": (
        "Une douleur qui descend dans la jambe, ou une jambe engourdie, qui picote ou qui est faible, peut "
        "venir d'un nerf du dos. Dites oui pour n'importe lequel, dans une jambe ou les deux."
    ),
    "reason.leg_symptoms": "la douleur ou l'engourdissement dans une jambe",
    "net.leg_symptoms": "une douleur qui descend dans une jambe",
    "question.leg_below_knee": "Ça descend plus bas que le genou?",
    "explain.leg_below_knee": (
        "Une douleur ou un engourdissement qui passe le genou, jusqu'au mollet ou au pied, vient souvent d'un "
        "nerf du dos. Dites oui si vous le sentez sous le genou."
    ),
    "reason.leg_below_knee": "la douleur ou l'engourdissement sous le genou",
    "net.leg_below_knee": "une douleur sous le genou",
    "question.leg_numb": "La jambe est engourdie ou elle picote?",
    "explain.leg_numb": (
        "Une jambe engourdie ou qui picote peut vouloir dire qu'un nerf du dos est comprimé. Dites oui si une "
        "partie de la jambe est engourdie, insensible ou picote."
    ),
    "reason.leg_numb": "l'engourdissement ou des picotements dans une jambe",
    "net.leg_numb": "une jambe engourdie",
    "question.leg_weak": "La jambe est faible, ou elle lâche?",
    "explain.leg_weak": (
        "Une jambe faible, ou qui lâche quand vous marchez, peut vouloir dire qu'un nerf est très comprimé. "
        "Dites non si ça fait seulement mal de marcher."
    ),
    "reason.leg_weak": "la faiblesse de la jambe",
    "net.leg_weak": "une jambe faible",
    "reason.legs_both": "vos symptômes dans les deux jambes",
    "net.abdominal_pain": "une douleur au {tummy}",
    "question.abdominal_new": "Ce mal de {tummy} est nouveau ou différent pour vous?",
    "explain.abdominal_new": (
        "Une douleur au {tummy} nouvelle ou différente peut venir d'un gros vaisseau sanguin, ou d'une "
        "grossesse hors de l'utérus. Dites oui si vous n'avez pas de maux de {tummy} d'habitude. Dites non si "
        "c'est votre douleur habituelle, comme avec le côlon irritable ou les règles."
    ),
    "reason.abdominal_new": "la nouvelle douleur au {tummy}",
    "net.abdominal_new": "une nouvelle douleur au {tummy}",
    "question.lump": "Vous avez trouvé une nouvelle bosse ou une enflure dans le dos?",
    "explain.lump": (
        "Une nouvelle bosse ou une enflure dans le dos, ou un changement de sa forme, doit être vérifiée par "
        "un médecin."
    ),
    "reason.lump": "la bosse dans le dos",
    "verdict.emergency_department_today": (
        "Allez à {emergency_place} aujourd'hui, car vous pourriez avoir besoin d'un examen d'imagerie tout de "
        "suite. {reasons} {safety_net} " + DISCLAIMER
    ),
    "verdict.cancer_team": (
        "Appelez maintenant la ligne 24 heures de votre équipe d'oncologie, ou allez à {emergency_place} "
        "maintenant. {reasons} Si vous ne pouvez pas les joindre, appelez le {emergency_number}."
    ),
    "listing.name": "Bilan du dos",
    "listing.summary": (
        "Mon mal de dos est-il grave? Des questions par oui ou non sur ses signes d'alerte, puis s'il faut "
        "appeler à l'aide, voir un médecin ou se soigner chez soi."
    ),
    "listing.description": (
        "Ouvrez Bilan du dos quand vous, ou une personne avec vous, avez mal au dos et voulez savoir si c'est "
        "grave : s'il faut appeler le {emergency_number_text} maintenant, contacter {doctor} aujourd'hui, "
        "prendre rendez-vous avec {doctor} dans les semaines qui viennent, ou vous soigner à la maison. Il "
        "pose une question par oui ou non à la fois sur les signes d'alerte qui veulent dire qu'un mal de dos "
        "demande des soins médicaux, comme la perte de contrôle de l'urine ou des selles, un engourdissement "
        "ou une faiblesse dans les jambes, la fièvre ou des antécédents de cancer. Il fonctionne à la voix "
        "seulement, pour les personnes couchées ou qui ont mal. Il est pour les adultes, et pas pour le mal "
        "de dos pendant la grossesse."
        "\n\n"
        "Avertissement : Bilan du dos donne seulement de l'information générale. Ce n'est pas un diagnostic ni "
        "un remplacement d'un avis médical professionnel. Si vous pensez avoir une urgence médicale, composez "
        "le numéro d'urgence local, le {emergency_number_text}, maintenant plutôt que d'utiliser cette skill."
        "\n\n"
        "{privacy}"
    ),
    "listing.example.1": "Alexa, ouvre bilan du dos",
    "listing.example.2": "Alexa, demande à bilan du dos si je devrais voir un médecin pour mon dos",
    "listing.example.3": "Alexa, demande à bilan du dos si mon mal de dos est grave",
    "listing.keywords": (
        "mal de dos, douleur lombaire, lombalgie, sciatique, mal de dos grave, consulter un médecin, "
        "signes d'alerte, symptômes, santé"
    ),
    "net.words": "33",
    "question.chest_pain": (
        "Depuis trois jours, vous avez eu une douleur, une pression ou un serrement à la poitrine?"
    ),
    "explain.chest_pain": (
        "Une douleur à la poitrine avec le mal de dos peut venir du cœur ou d'un gros vaisseau sanguin, pas "
        "du dos. Dites oui pour toute douleur, pression ou serrement à la poitrine dans les trois derniers "
        "jours, même si c'est passé."
    ),
    "reason.chest_pain": "la douleur à la poitrine des trois derniers jours",
    "net.chest_pain": "une douleur à la poitrine",
    "question.chest_pain_recent": "Vous en avez eu depuis hier à la même heure?",
    "explain.chest_pain_recent": (
        "Une douleur à la poitrine dans la dernière journée peut être une crise cardiaque en cours, qui "
        "demande de l'aide tout de suite. Dites oui si vous en avez eu depuis hier à la même heure."
    ),
    "reason.chest_pain_recent": "la douleur à la poitrine depuis hier",
    "net.chest_pain_recent": "une nouvelle douleur à la poitrine",
    "question.breathless": "Vous êtes plus essoufflé que d'habitude?",
    "explain.breathless": (
        "Une crise cardiaque ou un caillot dans les poumons peut se faire sentir dans le dos, avec de "
        "l'essoufflement et sans douleur à la poitrine. Dites non si vous êtes essoufflé comme d'habitude, "
        "par exemple avec l'asthme."
    ),
    "reason.breathless": "l'essoufflement plus fort que d'habitude",
    "net.breathless": "un nouvel essoufflement",
    "question.breathless_new": "Ça a commencé dans les deux dernières semaines?",
    "explain.breathless_new": (
        "Un essoufflement nouveau, des deux dernières semaines, peut venir du cœur ou d'un caillot dans les "
        "poumons. Dites oui s'il a commencé, ou clairement empiré, dans les deux dernières semaines."
    ),
    "reason.breathless_new": "le nouvel essoufflement",
    "net.breathless_new": "un nouvel essoufflement",
    "net.breathless_new.after_yes": "un essoufflement qui empire",
    "question.breathing_pain": "La douleur vous pince quand vous inspirez?",
    "explain.breathing_pain": (
        "Avec un nouvel essoufflement, une douleur qui pince quand vous inspirez peut venir d'un caillot dans "
        "les poumons, qui demande de l'aide tout de suite."
    ),
    "reason.breathing_pain": "la douleur quand vous inspirez",
    "net.breathing_pain": "une douleur en respirant",
    "question.coughed_blood": "Vous avez craché du sang en toussant?",
    "explain.coughed_blood": (
        "Avec un nouvel essoufflement, cracher du sang peut venir d'un caillot dans les poumons. Dites oui "
        "pour n'importe quelle quantité de sang."
    ),
    "reason.coughed_blood": "le sang craché en toussant",
    "net.coughed_blood": "du sang en toussant",
    "question.calf_swollen": "Vous avez un mollet enflé ou douloureux?",
    "explain.calf_swollen": (
        "Un mollet enflé ou douloureux d'un seul côté peut être un caillot dans la jambe, qui peut monter aux poumons."
    ),
    "reason.calf_swollen": "le mollet enflé ou douloureux",
    "net.calf_swollen": "un mollet enflé",
    "question.unlike_before": "C'est différent de tous les maux de dos que vous avez déjà eus?",
    "explain.unlike_before": (
        "Un mal de dos fort, différent de ceux que vous avez déjà eus, peut venir, chez une personne plus "
        "âgée, du principal vaisseau sanguin. Dites non si c'est comme une crise que vous avez déjà eue."
    ),
    "reason.unlike_before": "la douleur différente de toutes celles que vous avez eues",
    "net.unlike_before": "une douleur différente d'avant",
    "question.cold_sweat": "Vous avez eu des sueurs froides avec la douleur?",
    "explain.cold_sweat": (
        "Des sueurs froides avec le mal de dos peuvent venir du cœur ou d'un gros vaisseau sanguin. Dites non "
        "si vous avez seulement chaud à cause de la fièvre."
    ),
    "reason.cold_sweat": "les sueurs froides",
    "net.cold_sweat": "des sueurs froides",
    "question.faintness": "Depuis le début de la douleur, vous avez perdu connaissance, ou failli perdre connaissance?",
    "explain.faintness": (
        "Perdre connaissance, ou presque, avec le mal de dos peut venir d'un gros vaisseau sanguin, pas du "
        "dos. Dites non si vous êtes seulement un peu étourdi en vous levant, ou si tout tourne."
    ),
    "reason.faintness": "la sensation d'être sur le point de perdre connaissance",
    "net.faintness": "une sensation d'évanouissement",
    "net.passed_out": "une perte de connaissance",
    "question.aortic_aneurysm": "On vous a dit que vous avez un anévrisme de l'aorte?",
    "net.serious_accident": "un accident grave",
    "question.bladder_bowel": (
        "Depuis deux semaines, vous avez eu un nouveau problème pour uriner, ou avec vos intestins?"
    ),
    "reason.bladder_bowel": "le nouveau problème pour uriner ou avec vos intestins",
    "question.bladder_hard_to_start": "C'est difficile de commencer à uriner, ou le jet est faible?",
    "explain.bladder_hard_to_start": (
        "De la difficulté à commencer à uriner, ou un jet faible, peut vouloir dire que les nerfs du bas de "
        "la colonne sont comprimés. Dites non si c'est seulement une brûlure, ou des envies plus fréquentes."
    ),
    "reason.bladder_hard_to_start": "la difficulté à commencer à uriner",
    "net.bladder_hard_to_start": "une perte de contrôle de la vessie ou des intestins",
    "question.bladder_lost_feeling": "Vous ne sentez plus le besoin d'y aller, ou l'urine ou les selles sortir?",
    "explain.bladder_lost_feeling": (
        "Ne plus sentir que la vessie est pleine, ou ne plus sentir l'urine ou les selles sortir, peut "
        "vouloir dire que les nerfs du bas de la colonne sont comprimés. Dites non si vous devez seulement "
        "vous dépêcher, ou si vous avez des fuites en toussant."
    ),
    "reason.bladder_lost_feeling": "la perte de la sensation du besoin d'y aller",
    "net.bladder_lost_feeling": "une perte de la sensation du besoin d'y aller",
    "question.saddle_numbness": (
        "Vous avez un nouvel engourdissement autour des parties génitales ou des fesses, même juste en vous essuyant?"
    ),
    "explain.saddle_numbness": (
        "Un engourdissement ou des picotements dans la zone qui touche une selle de vélo, ou moins de "
        "sensation en vous essuyant, peut vouloir dire que les nerfs du bas de la colonne sont comprimés. "
        "Dites oui si c'est engourdi, sans sensation ou si ça picote."
    ),
    "question.cancer_team": "Vous êtes suivi par une équipe d'oncologie en ce moment?",
    "explain.cancer_team": (
        "Dites oui si vous recevez des traitements ou des suivis d'une équipe d'oncologie en ce moment. Dites "
        "non si votre cancer a été traité et que vous n'êtes plus suivi pour ça."
    ),
    "reason.cancer_team": "votre suivi en oncologie",
    "question.sepsis_confused": "Vous êtes confus, ou quelqu'un vous a dit que vous ne parlez pas de façon sensée?",
    "explain.sepsis_confused": (
        "Avec de la fièvre ou une infection, une confusion nouvelle peut être une septicémie, qui demande de "
        "l'aide tout de suite."
    ),
    "reason.sepsis_confused": "la confusion avec une infection",
    "net.sepsis_confused": "de la confusion",
    "question.sepsis_breathing": "Vous respirez très vite?",
    "explain.sepsis_breathing": (
        "Avec de la fièvre ou une infection, respirer très vite peut être une septicémie, qui demande de "
        "l'aide tout de suite."
    ),
    "reason.sepsis_breathing": "la respiration très rapide avec une infection",
    "net.sepsis_breathing": "une respiration très rapide",
    "question.sepsis_skin": "Votre peau ou vos lèvres sont marbrées, grises ou bleutées?",
    "explain.sepsis_skin": (
        "Avec de la fièvre ou une infection, une peau, des lèvres ou une langue marbrées, grises ou bleutées "
        "peuvent être une septicémie, qui demande de l'aide tout de suite."
    ),
    "reason.sepsis_skin": "la peau marbrée, grise ou bleutée avec une infection",
    "net.sepsis_skin": "une peau marbrée ou bleutée",
    "question.sepsis_no_pee": "Vous n'avez pas uriné du tout aujourd'hui?",
    "explain.sepsis_no_pee": (
        "Avec de la fièvre ou une infection, ne pas uriner de la journée peut être une septicémie. Dites oui "
        "si vous n'avez pas uriné du tout aujourd'hui."
    ),
    "reason.sepsis_no_pee": "l'absence d'urine de la journée avec une infection",
    "net.sepsis_no_pee": "aucune urine de la journée",
    "question.iv_drug_use": "Vous vous êtes déjà injecté des drogues qui ne vous étaient pas prescrites?",
    "question.iv_recent": "C'était dans la dernière année?",
    "explain.iv_recent": (
        "Dites oui si vous vous êtes injecté des drogues non prescrites à n'importe quel moment de la dernière année."
    ),
    "reason.iv_recent": "l'injection de drogues dans la dernière année",
    "question.legs_both": "C'est dans les deux jambes?",
    "explain.legs_both": (
        "Des symptômes de nerfs dans les deux jambes peuvent vouloir dire que les nerfs du bas de la colonne "
        "sont comprimés. Dites oui si vous avez de la douleur sous le genou, un engourdissement, des "
        "picotements ou de la faiblesse dans les deux jambes."
    ),
    "net.legs_both": "les deux jambes faibles",
    "question.legs_worse": "Ce que vous avez aux jambes, c'est nouveau, ou ça empire?",
    "explain.legs_worse": (
        "Dites oui si ça a commencé récemment dans les deux jambes, ou si ça empire. Dites non si les deux "
        "jambes sont pareilles depuis longtemps."
    ),
    "reason.legs_worse": "vos symptômes nouveaux ou qui empirent dans les deux jambes",
    "net.legs_worse": "des jambes de plus en plus faibles ou engourdies",
    "question.blood_thinner": "Vous prenez un anticoagulant, comme la warfarine, l'apixaban ou le rivaroxaban?",
    "explain.blood_thinner": (
        "Un anticoagulant augmente le risque de saignement autour de la colonne. Dites oui pour la warfarine, "
        "l'apixaban, le rivaroxaban, l'édoxaban, le dabigatran ou des injections d'héparine. L'aspirine seule "
        "ne compte pas."
    ),
    "reason.blood_thinner": "la prise d'un anticoagulant",
    "question.steadily_worse": "La douleur empire de plus en plus?",
    "explain.steadily_worse": (
        "Une douleur qui empire de jour en jour doit être vérifiée plus vite. Dites non si elle va et vient, "
        "ou si elle diminue."
    ),
    "reason.steadily_worse": "la douleur qui empire de plus en plus",
    "net.steadily_worse": "une douleur qui continue d'empirer",
    "question.abdominal_sudden": "Le mal de {tummy} est arrivé d'un coup, et fort?",
    "explain.abdominal_sudden": (
        "Un mal de {tummy} qui arrive d'un coup, et fort, avec le mal de dos, peut venir d'un vaisseau "
        "sanguin qui a éclaté ou d'une inflammation du pancréas, qui demandent de l'aide tout de suite."
    ),
    "reason.abdominal_sudden": "la douleur au {tummy} arrivée d'un coup, et forte",
    "net.abdominal_sudden": "une douleur au {tummy} forte et soudaine",
    "question.pregnant": "Est-ce possible que vous soyez enceinte, même si vous n'êtes pas sûre?",
    "explain.pregnant": (
        "Avec un mal de {tummy} ou une sensation d'évanouissement, une grossesse hors de l'utérus doit être "
        "vérifiée rapidement, même si vous ne savez pas encore que vous êtes enceinte. Dites oui s'il y a une "
        "possibilité."
    ),
    "reason.pregnant": "la possibilité d'une grossesse",
    "question.night_pain": "La douleur est pire la nuit, ou elle vous réveille?",
    "explain.night_pain": (
        "Un mal de dos qui est pire la nuit, ou qui vous réveille, doit être vu par un médecin. Dites oui "
        "même s'il vous réveille seulement quand vous vous retournez."
    ),
    "reason.night_pain": "la douleur pire la nuit",
    "net.night_pain": "une douleur la nuit",
    "question.night_still": "Elle est là même quand vous restez immobile?",
    "explain.night_still": (
        "Une douleur la nuit qui reste même immobile, et pas seulement quand vous vous retournez, compte "
        "davantage. Dites oui si vous avez mal la nuit même sans bouger."
    ),
    "reason.night_still": "la douleur la nuit même immobile",
    "net.night_still": "une douleur la nuit même immobile",
    "question.not_improving": "Ça dure depuis quelques semaines sans s'améliorer?",
}

PRIVACY = (
    "Confidentialité : Bilan du dos ne garde rien sur vous. Vos réponses servent seulement pendant la "
    "conversation, pour choisir le conseil; elles ne sont jamais conservées ni journalisées, et sont oubliées "
    "à la fin de la conversation, donc un bilan interrompu recommence du début la fois suivante. Amazon garde "
    "ses propres enregistrements de ce que vous dites à Alexa, que vous pouvez revoir et supprimer dans "
    "l'application Alexa. Si vous demandez un rappel, Alexa le crée avec votre permission; il dit seulement "
    "« vérifier votre dos », rien sur vos réponses, et vous pouvez le supprimer dans l'application Alexa."
)

# What each question asks, said back in plain English (not the English original), for review.
BACK_TRANSLATIONS: dict[str, str] = {
    "question.age": "What age are you?",
    "question.sudden_onset": "Did the pain reach its worst in less than a minute?",
    "question.passed_out": "Did you lose consciousness, even for an instant?",
    "question.upper_back": "Is the pain between the shoulder blades?",
    "question.serious_accident": "Was it a serious accident, like a car accident or a bad fall?",
    "question.cancer_history": "Have you ever had a cancer, melanoma included, not counting the other skin cancers?",
    "question.fever": "Do you have a fever, or do you feel hot with shivers?",
    "question.recent_infection": (
        "In the past month, have you had a urinary, lung or skin infection, or an operation or an injection "
        "in the back?"
    ),
    "question.immune_medicines": "Do you take cortisone as tablets, or medicines that lower immunity?",
    "question.abdominal_pain": "Do you also have a sore belly?",
    "question.osteoporosis": "You were told that you have osteoporosis, or fragile bones?",
    "question.weight_loss": "Have you lost weight without wanting to?",
    "question.rest_pain": "Does the pain stay strong at rest, whatever the position?",
    "question.injury": "Did the pain start with a fall, a blow, or when lifting something?",
    "question.diabetes": "Do you have diabetes?",
    "question.leg_symptoms": "Do you have pain, numbness, tingling or weakness in a leg?",
    "question.leg_below_knee": "Does it go further down than the knee?",
    "question.leg_numb": "Is the leg numb or tingling?",
    "question.leg_weak": "Is the leg weak, or does it give way?",
    "question.abdominal_new": "Is this belly ache new or different for you?",
    "question.lump": "Have you found a new lump or swelling on your back?",
    "question.chest_pain": "In the last three days, have you had a pain, a pressure or a tightness in the chest?",
    "question.chest_pain_recent": "Have you had some since yesterday at the same time?",
    "question.breathless": "Are you more out of breath than usual?",
    "question.breathless_new": "Did it start in the last two weeks?",
    "question.breathing_pain": "Does the pain pinch when you breathe in?",
    "question.coughed_blood": "Have you spat out blood when coughing?",
    "question.calf_swollen": "Do you have a swollen or painful calf?",
    "question.unlike_before": "Is it different from all the back pains you have already had?",
    "question.cold_sweat": "Have you had cold sweats with the pain?",
    "question.faintness": "Since the pain began, have you lost consciousness, or nearly lost consciousness?",
    "question.aortic_aneurysm": "Were you told that you have an aneurysm of the aorta?",
    "question.bladder_bowel": "In the last two weeks, have you had a new problem urinating, or with your bowels?",
    "question.bladder_hard_to_start": "Is it hard to start urinating, or is the stream weak?",
    "question.bladder_lost_feeling": "You no longer feel the need to go, or the urine or stools coming out?",
    "question.saddle_numbness": "Do you have a new numbness around the genitals or buttocks, even just when wiping?",
    "question.cancer_team": "Are you followed by a cancer team at the moment?",
    "question.sepsis_confused": "Are you confused, or has someone told you that you are not talking sensibly?",
    "question.sepsis_breathing": "Are you breathing very fast?",
    "question.sepsis_skin": "Are your skin or lips mottled, grey or bluish?",
    "question.sepsis_no_pee": "You have not urinated at all today?",
    "question.iv_drug_use": "Have you ever injected drugs that were not prescribed to you?",
    "question.iv_recent": "Was it in the last year?",
    "question.legs_both": "Is it in both legs?",
    "question.legs_worse": "What you have in your legs, is it new, or is it getting worse?",
    "question.blood_thinner": "Do you take an anticoagulant, like warfarin, apixaban or rivaroxaban?",
    "question.steadily_worse": "Is the pain getting worse and worse?",
    "question.abdominal_sudden": "Did the belly ache come all at once, and strong?",
    "question.pregnant": "Is it possible that you are pregnant, even if you are not sure?",
    "question.night_pain": "Is the pain worse at night, or does it wake you?",
    "question.night_still": "Is it there even when you stay still?",
    "question.not_improving": "Has it lasted for a few weeks without getting better?",
}
