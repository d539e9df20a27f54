"""French speech shared by every French locale, keyed by the same message ids as the English.

A faithful translation of ``skill/core/speech/en.py`` in plain words a lay person uses
(``vous`` throughout); ``{name}`` fields are filled from the locale's own values
(``fr_CA.py``). The medical wording comes only from the English; ``BACK_TRANSLATIONS`` says
in English what each question asks, for review (docs/translations.md, hazard H22 in
docs/clinical-safety.md).

Every ``reason.*`` starts with "la", "l'", "votre" or "vos", as it follows "en raison de".
"""

# Every non-emergency verdict, and stopping part-way, ends with when to call the emergency number.
SAFETY_NET_SIGNS = (
    "douleur à la poitrine, douleur forte et soudaine, malaise ou évanouissement, nouveaux "
    "problèmes pour uriner ou retenir les selles, engourdissement ou picotements autour des parties génitales "
    "ou des fesses, ou douleur, engourdissement, picotements ou faiblesse dans les deux jambes."
)
SAFETY_NET = "Appelez le {emergency_number} tout de suite pour : " + SAFETY_NET_SIGNS
DISCLAIMER = "C'est de l'information générale, pas un diagnostic."
FOR_ADULTS = (
    "C'est pour les adultes. Si vous pourriez être enceinte, consultez votre {pregnancy_contact}, ou appelez "
    "le {emergency_number} en cas de saignement, de fort mal de {tummy} ou d'évanouissement."
)

TEXTS: dict[str, str] = {
    # --- Around the check -------------------------------------------------
    "welcome": (
        "Bienvenue dans Bilan de dos. Si c'est une urgence, appelez le {emergency_number} maintenant. "
        + FOR_ADULTS
        + " "
        + DISCLAIMER
        + " On commence?"
    ),
    "welcome.again": (
        "Bilan de dos. Si c'est une urgence, appelez le {emergency_number} maintenant. C'est pour les "
        "adultes, et pas pendant la grossesse. On commence?"
    ),
    "offer.reprompt": "On commence le bilan de dos? Dites oui ou non, s'il vous plaît.",
    "start.after_offer": "",
    "start.one_shot": (
        "Ici Bilan de dos. Si c'est une urgence, appelez le {emergency_number} maintenant. "
        + FOR_ADULTS
        + " "
        + DISCLAIMER
        + " Répondez à chaque question par oui, non ou je ne sais pas."
    ),
    "start.over": "D'accord, on recommence.",
    "carry_on": "Continuons.",
    "start.restart": "Désolée, j'ai perdu le fil, alors recommençons le bilan.",
    "help.general": (
        "Bilan de dos vous demande votre âge et jusqu'à {question_count} questions par oui ou non sur les signes "
        "d'alerte du mal de dos, moins si une réponse suffit, puis vous dit s'il faut appeler à l'aide, "
        "consulter {doctor} ou vous soigner à la maison. Ça prend environ {minutes} minutes. Si vous pensez que "
        "c'est une urgence, appelez le {emergency_number} maintenant. On commence?"
    ),
    "help.check": ("Répondez oui, non ou je ne sais pas. Vous pouvez aussi dire répète, retour, recommence ou arrête."),
    "help.age": "Vous pouvez aussi dire répète, recommence ou arrête.",
    "fallback.check": "Désolée, je n'ai pas compris. Répondez oui, non ou je ne sais pas, s'il vous plaît.",
    "fallback.again": "Désolée, je ne comprends toujours pas.",
    "answer_ways": "Vous pouvez dire oui, non ou je ne sais pas, ou dire répète pour entendre la question encore.",
    "fallback.check.last": (
        "Désolée, je ne comprends toujours pas. Si c'est une urgence, appelez le {emergency_number} maintenant. "
        "Vous pouvez répondre oui, non ou je ne sais pas, ou dire arrête pour terminer le bilan."
    ),
    "fallback.age": "Désolée, je n'ai pas compris votre âge. Dites-le en chiffres, par exemple, quarante-cinq.",
    "fallback.age.last": (
        "Désolée, je ne comprends toujours pas. Si c'est une urgence, appelez le {emergency_number} maintenant. "
        "Vous pouvez dire arrête pour terminer le bilan."
    ),
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
    "ack.age": "Merci.",
    "ack.changed.yes": "D'accord, j'ai changé ça pour oui.",
    "ack.changed.no": "D'accord, j'ai changé ça pour non.",
    "ask_again": "Pour plus de sûreté, je repose la question.",
    "how_long.left": "Il reste environ {count} questions, moins si une réponse suffit.",
    "how_long.last": "C'est la dernière question.",
    "how_long.age": "Ça prend environ {minutes} minutes.",
    "ack.age.declined": "Pas de problème.",
    "counted_as_yes": "Comme vous ne saviez pas, j'ai compté un oui, par prudence.",
    "progress.halfway": "Environ à mi-chemin.",
    "progress.few_more": "Encore quelques-unes.",
    "progress.last": "Dernière question.",
    "goodbye": "D'accord. Prenez soin de vous. Au revoir.",
    "goodbye.mid_check": "D'accord, j'arrête le bilan. " + SAFETY_NET + " Au revoir.",
    "error": (
        "Désolée, quelque chose n'a pas fonctionné de mon côté. Si c'est une urgence, appelez le "
        "{emergency_number} maintenant. Répétez, s'il vous plaît."
    ),
    "error.reprompt": "Répétez, s'il vous plaît, ou dites arrête.",
    "disclaimer": DISCLAIMER,
    "safety_net": SAFETY_NET,
    "confirm.child": "Avez-vous dit que vous avez {age} ans?",
    "confirm.child.reprompt": "Avez-vous dit que vous avez {age} ans? Dites oui ou non, s'il vous plaît.",
    "age.again": "Désolée.",
    "child": (
        "Bilan de dos est pour les adultes, alors je m'arrête ici. Le mal de dos chez un enfant ou un "
        "adolescent doit être vérifié : demandez à un parent ou à l'adulte qui s'occupe de vous de vous aider à "
        "{urgent_action}. Si c'est une urgence, appelez le {emergency_number} maintenant."
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
        "Appelez le {emergency_number} maintenant, ou allez à {emergency_place}. {reasons} "
        "N'attendez pas : appelez le {emergency_number} maintenant."
    ),
    "dont_drive": "Ne conduisez pas vous-même.",
    "verdict.urgent": (
        "Veuillez {urgent_action}. {reasons} Si ça empire avant qu'on vous voie, n'attendez pas : appelez le "
        "{emergency_number} tout de suite pour : " + SAFETY_NET_SIGNS + " " + DISCLAIMER
    ),
    "verdict.doctor": (
        "Prenez rendez-vous avec {doctor} d'ici une ou deux semaines. {reasons} " + SAFETY_NET + " " + DISCLAIMER
    ),
    "verdict.home": (
        "Vous pouvez vous soigner à la maison. Continuez à bouger : le repos au lit ralentit la guérison. "
        "L'ibuprofène peut aider, mais pas pendant la grossesse; demandez d'abord à un pharmacien. "
        "Consultez {doctor} si ça empire ou dure quelques semaines. " + SAFETY_NET + " " + DISCLAIMER
    ),
    "reasons": "C'est en raison de {signs}.",
    "reason.age": "votre âge",
    "reason.age_not_said": "l'âge, que je ne connais pas",
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
    "question.chest_pain": "Vous avez une douleur, une pression ou un serrement à la poitrine?",
    "explain.chest_pain": (
        "Une douleur à la poitrine avec le mal de dos peut venir du cœur ou d'un gros vaisseau sanguin, pas du "
        "dos. Dites oui si vous avez de la douleur ou un serrement dans la poitrine."
    ),
    "reason.chest_pain": "la douleur à la poitrine",
    "question.breathless_sweaty": "Avez-vous le souffle court, des sueurs froides ou mal au cœur?",
    "explain.breathless_sweaty": (
        "Une crise cardiaque peut se sentir dans le dos, sans douleur à la poitrine, avec de l'essoufflement, "
        "une sueur froide et moite ou mal au cœur. Dites oui si l'un d'eux est venu avec le mal de dos."
    ),
    "reason.breathless_sweaty": "l'essoufflement, la sueur froide ou le mal de cœur avec la douleur",
    "question.sudden_onset": "Une douleur forte a-t-elle commencé d'un coup, sans raison?",
    "explain.sudden_onset": (
        "Une très forte douleur qui commence d'un coup, sans raison, peut venir du cœur ou du principal "
        "vaisseau sanguin, pas du dos. Dites non si elle a commencé en soulevant, en vous penchant ou en "
        "tournant."
    ),
    "reason.sudden_onset": "la douleur forte et soudaine apparue toute seule",
    "question.faintness": "Avez-vous eu des étourdissements, failli vous évanouir, ou perdu connaissance?",
    "explain.faintness": (
        "Des étourdissements ou l'impression de s'évanouir avec le mal de dos peuvent venir d'un gros "
        "vaisseau sanguin, pas du dos. Dites oui si c'est arrivé, ou si vous avez perdu connaissance, depuis "
        "le début de la douleur."
    ),
    "reason.faintness": "la sensation d'évanouissement ou les étourdissements",
    "question.passed_out": "Avez-vous vraiment perdu connaissance?",
    "explain.passed_out": (
        "Perdre connaissance avec le mal de dos peut venir du cœur ou d'un gros vaisseau sanguin, ce qui "
        "demande de l'aide tout de suite. Dites oui si vous avez perdu connaissance, même un instant."
    ),
    "reason.passed_out": "la perte de connaissance",
    "question.aortic_aneurysm": "Avez-vous un anévrisme de l'aorte déjà diagnostiqué?",
    "explain.aortic_aneurysm": (
        "Un anévrisme de l'aorte est un gonflement du principal vaisseau sanguin du corps, dans le {tummy} ou "
        "la poitrine. Un nouveau mal de dos avec un anévrisme doit être vérifié tout de suite. Dites oui si "
        "un médecin vous a dit que vous en avez un."
    ),
    "reason.aortic_aneurysm": "la douleur au dos avec un anévrisme de l'aorte",
    "question.upper_back": "La douleur est-elle entre les omoplates?",
    "explain.upper_back": (
        "La douleur dans le haut du dos, entre les omoplates, est moins fréquente que dans le bas du dos, et "
        "avec d'autres signes peut venir du cœur ou d'un vaisseau sanguin. Dites oui pour toute douleur dans "
        "le haut du dos."
    ),
    "reason.upper_back": "la douleur entre les omoplates",
    "question.serious_accident": "Ça a commencé après un accident grave?",
    "explain.serious_accident": (
        "Un mal de dos après un accident grave peut vouloir dire une blessure à la colonne. Dites oui si la "
        "douleur a commencé après un accident d'auto, une mauvaise chute ou un coup violent."
    ),
    "reason.serious_accident": "l'accident grave",
    "intro.bladder_bowel": "Maintenant, des questions personnelles, sur vos nerfs.",
    "question.bladder_bowel": (
        "Ces deux dernières semaines, avez-vous eu de nouveaux problèmes pour "
        "uriner, faire pipi, ou retenir l'urine ou les selles?"
    ),
    "explain.bladder_bowel": (
        "Un problème nouveau pour uriner, ou ne plus retenir l'urine ou les selles, ces deux dernières "
        "semaines, peut vouloir dire que les nerfs du bas de la colonne sont comprimés. Ne comptez pas un "
        "problème que vous avez depuis longtemps et qui n'a pas changé."
    ),
    "reason.bladder_bowel": "la difficulté nouvelle avec l'urine ou les selles",
    "question.saddle_numbness": (
        "Vous avez un engourdissement ou des picotements nouveaux autour des parties génitales ou des fesses, "
        "ou en vous essuyant?"
    ),
    "explain.saddle_numbness": (
        "Un engourdissement ou des picotements dans la zone qui touche une selle de vélo, ou moins de "
        "sensation en vous essuyant, peuvent vouloir dire que les nerfs du bas de la colonne sont comprimés. "
        "Dites oui si c'est engourdi, insensible ou si ça picote à cet endroit."
    ),
    "reason.saddle_numbness": "l'engourdissement ou les picotements autour des parties génitales ou des fesses",
    "question.sexual_change": (
        "Avez-vous des problèmes nouveaux d'érection ou de sensation pendant les relations sexuelles?"
    ),
    "explain.sexual_change": (
        "Un problème nouveau pour avoir une érection, ou moins de sensation pendant les relations sexuelles, "
        "peut venir des nerfs du bas de la colonne. Dites oui si ça a commencé ces deux dernières semaines."
    ),
    "reason.sexual_change": "les problèmes nouveaux d'érection ou de sensation pendant les relations sexuelles",
    "question.cancer_history": (
        "Vous avez déjà eu un cancer, mélanome compris, sans compter les autres cancers de peau?"
    ),
    "explain.cancer_history": (
        "Un nouveau mal de dos chez une personne qui a eu un cancer doit être vérifié, au cas où il se serait "
        "étendu à la colonne. La plupart des cancers de la peau ne s'étendent pas : parmi eux, comptez "
        "seulement le mélanome."
    ),
    "reason.cancer_history": "vos antécédents de cancer",
    "question.fever": "Faites-vous de la fièvre, ou avez-vous chaud avec des frissons?",
    "explain.fever": (
        "La fièvre avec le mal de dos peut être un signe d'infection de la colonne. Dites oui si vous avez chaud "
        "avec des frissons, ou si un thermomètre indique une température élevée."
    ),
    "reason.fever": "la fièvre",
    "question.recent_infection": (
        "Depuis un mois, vous avez eu une infection urinaire, pulmonaire ou de peau, ou une opération ou "
        "injection au dos?"
    ),
    "explain.recent_infection": (
        "Les microbes d'une infection comme celles-là, ou d'une opération ou d'une injection dans le dos, "
        "peuvent parfois atteindre la colonne. Un rhume ou une grippe ne comptent pas."
    ),
    "reason.recent_infection": "l'infection récente",
    "question.iv_drug_use": "Vous êtes-vous déjà injecté des drogues de rue?",
    "explain.iv_drug_use": (
        "S'injecter des drogues qui n'ont pas été prescrites augmente le risque d'infection de la colonne. "
        "Dites oui si vous l'avez déjà fait, même il y a longtemps. Les médicaments prescrits par un médecin, "
        "comme l'insuline, ne comptent pas."
    ),
    "reason.iv_drug_use": "l'injection de drogues",
    "question.immune_medicines": (
        "Prenez-vous de la cortisone en comprimés, ou des médicaments qui baissent l'immunité?"
    ),
    "explain.immune_medicines": (
        "La cortisone en comprimés et les médicaments qui affaiblissent le système immunitaire augmentent le "
        "risque d'infection et d'os fragiles. Les pompes et les crèmes ne comptent pas."
    ),
    "reason.immune_medicines": "la cortisone en comprimés ou les médicaments qui affaiblissent l'immunité",
    "question.walking_difficulty": (
        "Depuis peu, vos jambes sont faibles, instables ou lâchent, pas juste douloureuses?"
    ),
    "explain.walking_difficulty": (
        "Des jambes faibles ou instables quand vous marchez, ou qui lâchent, peuvent vouloir dire que les "
        "nerfs de la colonne sont comprimés. Dites non si vous marchez lentement seulement parce que ça fait "
        "mal, ou si c'est pareil depuis longtemps."
    ),
    "reason.walking_difficulty": "la faiblesse ou l'instabilité des jambes à la marche",
    "question.leg_weakness": "Avez-vous une jambe faible, engourdie ou qui picote?",
    "explain.leg_weakness": (
        "La faiblesse, l'engourdissement ou des picotements dans une jambe peuvent vouloir dire qu'un nerf du "
        "dos est comprimé. Dites oui si une jambe est faible, engourdie ou si elle picote."
    ),
    "reason.leg_weakness": "la faiblesse, l'engourdissement ou les picotements dans une jambe",
    "question.leg_weakness_both": "Est-ce dans les deux jambes, et nouveau ou de pire en pire?",
    "explain.leg_weakness_both": (
        "Quand les deux jambes sont touchées depuis peu, les nerfs du bas de la colonne sont peut-être "
        "comprimés, ce qui demande de l'aide tout de suite."
    ),
    "reason.leg_weakness_both": "la faiblesse, l'engourdissement ou les picotements dans les deux jambes",
    "question.leg_weakness_worse": "La jambe lâche-t-elle, ou devient-elle de plus en plus faible?",
    "explain.leg_weakness_worse": (
        "Une faiblesse forte, ou qui empire, peut vouloir dire qu'un nerf est très comprimé. Dites oui si la "
        "jambe lâche, ou si elle est plus faible qu'avant."
    ),
    "reason.leg_weakness_worse": "la faiblesse de la jambe, forte ou qui empire",
    "question.leg_pain": "La douleur descend-elle dans une jambe ou les deux?",
    "explain.leg_pain": (
        "Une douleur qui descend dans la jambe, souvent appelée sciatique, peut venir d'un nerf du dos. Dites "
        "oui si la douleur descend dans votre jambe, surtout plus bas que le genou."
    ),
    "reason.leg_pain": "la douleur qui descend dans la jambe",
    "question.leg_pain_both": "Cette douleur est-elle dans les deux jambes, et nouvelle ou de pire en pire?",
    "explain.leg_pain_both": (
        "Une douleur nouvelle qui descend dans les deux jambes peut vouloir dire que les nerfs du bas de la "
        "colonne sont comprimés, ce qui demande de l'aide tout de suite."
    ),
    "reason.leg_pain_both": "la douleur qui descend dans les deux jambes",
    "question.leg_pain_below_knee": "Descend-elle plus bas que le genou?",
    "explain.leg_pain_below_knee": (
        "Une douleur qui passe le genou peut venir d'un nerf du dos, pas seulement des muscles. Dites oui si "
        "vous la sentez dans le mollet ou le pied."
    ),
    "reason.leg_pain_below_knee": "la douleur qui descend plus bas que le genou",
    "question.abdominal_pain": "Avez-vous aussi mal au {tummy}?",
    "explain.abdominal_pain": (
        "La douleur au {tummy}, ou à l'abdomen, avec le mal de dos peut venir d'autre chose que le dos, et "
        "doit être vérifiée. Dites oui si vous avez aussi mal au {tummy}."
    ),
    "reason.abdominal_pain": "la douleur au {tummy}",
    "question.abdominal_pain_sudden": "La douleur au {tummy} est-elle venue d'un coup, ou est-elle forte?",
    "explain.abdominal_pain_sudden": (
        "Une douleur soudaine ou forte au {tummy} et au dos peut venir d'un vaisseau sanguin qui a éclaté, ce "
        "qui demande de l'aide tout de suite."
    ),
    "reason.abdominal_pain_sudden": "la douleur au {tummy}, soudaine ou forte",
    "question.osteoporosis": "On vous a dit que vous avez de l'ostéoporose, ou les os fragiles?",
    "explain.osteoporosis": (
        "L'ostéoporose, ce sont des os minces et fragiles, qui peuvent se casser dans la colonne sans grande "
        "force. Dites oui si un médecin vous l'a dit."
    ),
    "reason.osteoporosis": "l'ostéoporose",
    "question.fall": "Ça a commencé après une chute, un coup, ou en soulevant quelque chose?",
    "explain.fall": (
        "Avec l'âge, même une petite chute, un coup ou soulever l'épicerie peut casser un os de la colonne. "
        "Dites oui si la douleur a commencé après ça, même si c'était peu de chose."
    ),
    "reason.fall": "la douleur apparue après une chute, un coup ou en soulevant quelque chose",
    "question.weight_loss": "Avez-vous maigri sans le vouloir, ou trouvé une bosse dans le dos?",
    "explain.weight_loss": (
        "Perdre du poids sans le vouloir, ou une nouvelle bosse ou un changement de forme du dos, doit être "
        "vérifié par un médecin. Dites oui si l'un ou l'autre est vrai."
    ),
    "reason.weight_loss": "la perte de poids sans le vouloir ou la bosse dans le dos",
    "question.night_pain": "Avez-vous mal la nuit, même au lit sans bouger?",
    "explain.night_pain": (
        "Une douleur la nuit qui reste même sans bouger, peu importe la position, doit être vérifiée. Dites non "
        "si elle vous réveille seulement quand vous vous retournez."
    ),
    "reason.night_pain": "la douleur la nuit même sans bouger",
    "question.severe_rest_pain": "Est-ce si fort qu'aucune position n'est confortable?",
    "explain.severe_rest_pain": (
        "La plupart des maux de dos se calment au repos. Dites oui si la douleur est forte : au point qu'aucune "
        "position et aucun repos ne l'aident."
    ),
    "reason.severe_rest_pain": "la douleur forte que le repos ne calme pas",
    "question.not_improving": "Ça dure depuis quelques semaines sans s'améliorer?",
    "explain.not_improving": (
        "La plupart des maux de dos s'améliorent en quelques semaines. Dites oui si le vôtre dure depuis "
        "quelques semaines sans s'améliorer."
    ),
    "reason.not_improving": "la douleur qui ne s'améliore pas depuis quelques semaines",
    # --- The listing (plain text) -----------------------------------------------
    "listing.name": "Bilan de dos",
    "listing.summary": (
        "Des questions par oui ou non sur les signes d'alerte du mal de dos, puis s'il faut appeler à l'aide, "
        "consulter un médecin ou se soigner à la maison."
    ),
    "listing.description": (
        "Bilan de dos vous pose, une question par oui ou non à la fois, des questions sur les signes d'alerte "
        "qui veulent dire qu'un mal de dos demande des soins médicaux, comme la perte de contrôle de l'urine "
        "ou des selles, un engourdissement ou une faiblesse dans les jambes, la fièvre ou des antécédents de "
        "cancer. Il vous dit ensuite si vous pouvez vous soigner à la maison, prendre rendez-vous avec "
        "{doctor}, contacter {doctor} aujourd'hui, ou appeler le {emergency_number_text} maintenant. Il "
        "fonctionne à la voix seulement, pour les personnes couchées ou qui ont mal. Il est pour les adultes, "
        "et pas pour le mal de dos pendant la grossesse."
        "\n\n"
        "Avertissement : Bilan de dos donne seulement de l'information générale. Ce n'est pas un diagnostic ni "
        "un remplacement d'un avis médical professionnel. Si vous pensez avoir une urgence médicale, composez "
        "le numéro d'urgence local, le {emergency_number_text}, maintenant plutôt que d'utiliser cette skill."
        "\n\n"
        "{privacy}"
    ),
    "listing.example.1": "Alexa, ouvre bilan de dos",
    "listing.example.2": "Alexa, demande à bilan de dos si je devrais voir un médecin pour mon dos",
    "listing.example.3": "Alexa, demande à bilan de dos si mon mal de dos est grave",
    "listing.keywords": "mal de dos, santé, sciatique, médecin, symptômes, signes d'alerte, lombalgie",
}

PRIVACY = (
    "Confidentialité : Bilan de dos ne garde rien sur vous. Vos réponses servent seulement pendant la "
    "conversation, pour choisir le conseil; elles ne sont jamais conservées ni journalisées, et sont oubliées "
    "à la fin de la conversation, donc un bilan interrompu recommence du début la fois suivante. Amazon garde "
    "ses propres enregistrements de ce que vous dites à Alexa, que vous pouvez revoir et supprimer dans "
    "l'application Alexa."
)

# What each question asks, said back in plain English (not the English original), for review.
BACK_TRANSLATIONS: dict[str, str] = {
    "question.age": "What age are you?",
    "question.chest_pain": "Do you have pain, pressure or tightness in the chest?",
    "question.breathless_sweaty": "Are you short of breath, in cold sweats, or feeling sick to your stomach?",
    "question.sudden_onset": "Did a strong pain start all at once, for no reason?",
    "question.faintness": "Have you had dizzy spells, nearly fainted, or lost consciousness?",
    "question.passed_out": "Did you really lose consciousness?",
    "question.aortic_aneurysm": "Do you have an aneurysm of the aorta, already diagnosed?",
    "question.upper_back": "Is the pain between the shoulder blades?",
    "question.serious_accident": "It started after a serious accident?",
    "question.bladder_bowel": (
        "These last two weeks, have you had new problems urinating, peeing, or holding in urine or stools?"
    ),
    "question.saddle_numbness": (
        "Do you have new numbness or tingling around the genitals or the buttocks, or when wiping?"
    ),
    "question.sexual_change": "Do you have new problems with erection or with sensation during sexual relations?",
    "question.cancer_history": "Have you ever had a cancer, melanoma included, not counting the other skin cancers?",
    "question.fever": "Do you have a fever, or do you feel hot with shivers?",
    "question.recent_infection": (
        "In the past month, have you had a urinary, lung or skin infection, or an operation or an injection "
        "in the back?"
    ),
    "question.iv_drug_use": "Have you ever injected street drugs?",
    "question.immune_medicines": "Do you take cortisone as tablets, or medicines that lower immunity?",
    "question.walking_difficulty": "Recently, your legs are weak, unsteady or giving way, not just painful?",
    "question.leg_weakness": "Do you have a leg that is weak, numb or tingling?",
    "question.leg_weakness_both": "Is it in both legs, and new or getting worse and worse?",
    "question.leg_weakness_worse": "Does the leg give way, or is it becoming weaker and weaker?",
    "question.leg_pain": "Does the pain go down into one leg or both?",
    "question.leg_pain_both": "Is this pain in both legs, and new or getting worse and worse?",
    "question.leg_pain_below_knee": "Does it go down lower than the knee?",
    "question.abdominal_pain": "Do you also have a sore belly?",
    "question.abdominal_pain_sudden": "Did the belly pain come all at once, or is it strong?",
    "question.osteoporosis": "You were told that you have osteoporosis, or fragile bones?",
    "question.fall": "It started after a fall, a knock, or while lifting something?",
    "question.weight_loss": "Have you got thinner without wanting to, or found a bump on your back?",
    "question.night_pain": "Do you hurt at night, even in bed without moving?",
    "question.severe_rest_pain": "Is it so strong that no position is comfortable?",
    "question.not_improving": "It has lasted for a few weeks without getting better?",
}
