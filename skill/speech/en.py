"""English speech shared by every English locale, keyed by message id.

Templates are SSML fragments. ``{name}`` fields are filled from the locale's own
values (``skill/speech/en_US.py`` and friends): emergency number, where to go,
who to call today. Medical wording follows shared/triage-notes.md and the article.
"""

TEXTS: dict[str, str] = {
    # --- Around the check -------------------------------------------------
    "welcome": (
        "Welcome to Back Pain Check. If this is an emergency, call {emergency_number} now. "
        "I'll ask yes or no questions about warning signs, then tell you whether to rest at "
        "home or contact a doctor. It's general information, not a diagnosis, and doesn't "
        "replace a doctor. Shall we start?"
    ),
    "welcome.again": "Back Pain Check. If this is an emergency, call {emergency_number} now. Shall we start?",
    "offer.reprompt": "Shall we start the back pain check? Please say yes or no.",
    "start.after_offer": "Okay. Answer each question with yes, no, or not sure.",
    "start.one_shot": (
        "This is Back Pain Check. If this is an emergency, call {emergency_number} now. "
        "It's general information, not a diagnosis, and doesn't replace a doctor. "
        "Answer each question with yes, no, or not sure."
    ),
    "start.over": "Okay, let's start again.",
    "carry_on": "Let's carry on.",
    "start.restart": "Sorry, I lost track of where we were, so let's start the check again.",
    "help.general": (
        "Back Pain Check asks yes or no questions about the warning signs that mean back pain "
        "needs a doctor, and then tells you what to do next. It takes a minute or two. "
        "If you think this is an emergency, call {emergency_number} now. Shall we start?"
    ),
    "help.check": ("Answer yes, no, or not sure. You can also say repeat, start over, or stop."),
    "fallback.check": "Sorry, I didn't catch that. Please answer yes, no, or not sure.",
    "fallback.offer": "Sorry, I didn't catch that. Say yes to start the check, or no to stop.",
    "question.reprompt": "{question} Please say yes, no, or not sure.",
    "ack.yes": "Okay.",
    "counted_as_yes": "As you're not sure, I'll count that as a yes, to be careful.",
    "progress.few_more": "Just a few more questions.",
    "progress.last": "Last question.",
    "goodbye": "Okay. Take care of yourself. Goodbye.",
    "goodbye.short": "Take care of yourself. Goodbye.",
    "goodbye.mid_check": (
        "Okay, stopping the check. If you lose control of your bladder or bowels, or get "
        "numbness or weakness in both legs, call {emergency_number} straight away. Goodbye."
    ),
    "error": (
        "Sorry, something went wrong on my side. If this is an emergency, call "
        "{emergency_number} now. Please say that again."
    ),
    "error.reprompt": "Please say that again, or say stop.",
    "disclaimer": ("This is general information, not a diagnosis, and doesn't replace a doctor."),
    # --- Verdicts -----------------------------------------------------------
    "verdict.emergency": (
        "Please call {emergency_number} or go to {emergency_place} now. {reasons} "
        "That needs medical help straight away."
    ),
    "verdict.urgent": (
        "Please {urgent_action}. {reasons} That is a warning sign that needs checking soon. "
        "If things get worse, or you lose control of your bladder or bowels, call "
        "{emergency_number}."
    ),
    "verdict.doctor": (
        "Please make an appointment to see your {doctor}. {reasons} That should be checked. "
        "If the pain gets worse, or you notice other warning signs, contact a doctor sooner."
    ),
    "verdict.home": (
        "You didn't mention any of the warning signs, so you can look after this at home. "
        "Stay as active as you can and keep up your normal activities; bed rest slows "
        "recovery. Heat, such as a hot bath or a heat pack, can ease pain and stiffness. "
        "Pain relief such as ibuprofen or {paracetamol} can help, used as the pack says. "
        "Gentle stretches help too, and most back pain gets better within a few weeks. "
        "Contact a doctor if the pain isn't better within a few weeks, gets worse, or any "
        "warning signs appear. For loss of bladder or bowel control, or numbness or weakness "
        "in both legs, call {emergency_number} at once."
    ),
    "reasons": "This advice is because of {signs}.",
    "list.and": "and",
    "card.title.emergency": "Call {emergency_number_text} now",
    "card.title.urgent": "Contact a doctor today",
    "card.title.doctor": "See a doctor soon",
    "card.title.home": "Self-care at home",
    # --- The questions: question.<id>, explain.<id>, reason.<id> --------------
    "question.bladder_bowel": "Have you recently had any problem controlling your bladder or bowels?",
    "explain.bladder_bowel": (
        "Losing control of your bladder or bowels with back pain can mean the nerves at the "
        "bottom of your spine are being pressed on. Say yes if you have wet or soiled "
        "yourself, or can't hold it in the way you usually can."
    ),
    "reason.bladder_bowel": "a problem controlling your bladder or bowels",
    "question.peeing_difficulty": (
        "Have you had difficulty peeing, or not been able to tell when your bladder is full?"
    ),
    "explain.peeing_difficulty": (
        "Trouble starting to pee, or not feeling when your bladder is full, can mean the "
        "nerves at the bottom of your spine are being pressed on."
    ),
    "reason.peeing_difficulty": "difficulty peeing, or not feeling when your bladder is full",
    "question.saddle_numbness": ("Do you have numbness or tingling around your genitals, buttocks or inner thighs?"),
    "explain.saddle_numbness": (
        "Numbness in the area you would sit on a saddle can mean the nerves at the bottom of "
        "your spine are being pressed on. Say yes if it feels numb, dead or tingly there."
    ),
    "reason.saddle_numbness": "numbness or tingling around your genitals, buttocks or inner thighs",
    "question.chest_pain": "Do you have chest pain as well as the back pain?",
    "explain.chest_pain": (
        "Chest pain together with back pain can come from the heart or a large blood vessel, "
        "not the back. Say yes if you have any pain or tightness in your chest."
    ),
    "reason.chest_pain": "chest pain",
    "question.serious_accident": (
        "Did your back pain start after a serious accident, such as a car crash or a bad fall?"
    ),
    "explain.serious_accident": (
        "Back pain after a serious accident can mean an injury to the spine. Say yes if the "
        "pain began after a crash, a bad fall, or a heavy blow."
    ),
    "reason.serious_accident": "back pain that started after a serious accident",
    "question.leg_weakness": "Do you have weakness, numbness or tingling in one or both legs?",
    "explain.leg_weakness": (
        "Weakness, numbness or pins and needles in a leg can mean a nerve from your back is "
        "being pressed on. Say yes if a leg feels weak, numb or tingly."
    ),
    "reason.leg_weakness": "weakness, numbness or tingling in a leg",
    "question.leg_weakness_both": "Is that weakness, numbness or tingling in both legs?",
    "explain.leg_weakness_both": (
        "When both legs are affected, the nerves at the bottom of your spine may be pressed "
        "on, which needs help straight away."
    ),
    "reason.leg_weakness_both": "weakness, numbness or tingling in both legs",
    "question.leg_weakness_worse": "Is the weakness severe, or getting worse?",
    "explain.leg_weakness_worse": (
        "Weakness that is severe, or getting worse, can mean a nerve is being badly pressed "
        "on. Say yes if the leg gives way, or is weaker than it was."
    ),
    "reason.leg_weakness_worse": "leg weakness that is severe or getting worse",
    "question.leg_pain": "Does the pain spread down one or both legs, especially below the knee?",
    "explain.leg_pain": (
        "Pain that travels down a leg, often called sciatica, comes from a nerve in your back. "
        "Say yes if the pain goes down your leg, especially past the knee."
    ),
    "reason.leg_pain": "pain spreading down your leg",
    "question.leg_pain_both": "Is that pain in both legs?",
    "explain.leg_pain_both": (
        "Pain down both legs can mean the nerves at the bottom of your spine are being "
        "pressed on, which needs help straight away."
    ),
    "reason.leg_pain_both": "pain spreading down both legs",
    "question.abdominal_pain": "Do you have pain in your tummy as well as your back?",
    "explain.abdominal_pain": (
        "Tummy pain, or abdominal pain, with back pain can come from something other than "
        "the back, and should be checked. Say yes if your tummy hurts too."
    ),
    "reason.abdominal_pain": "tummy pain",
    "question.abdominal_pain_sudden": (
        "Did the tummy and back pain come on suddenly and severely, or have you felt dizzy or fainted?"
    ),
    "explain.abdominal_pain_sudden": (
        "Sudden, severe tummy and back pain, especially with dizziness or fainting, can come "
        "from a burst blood vessel, which needs help straight away."
    ),
    "reason.abdominal_pain_sudden": "sudden, severe tummy and back pain, or dizziness or fainting",
    "question.cancer_history": "Have you ever had cancer?",
    "explain.cancer_history": (
        "New back pain in someone who has had cancer needs checking, in case the cancer has "
        "spread to the spine. Say yes if you have had cancer at any time."
    ),
    "reason.cancer_history": "having had cancer",
    "question.fever": "Do you have a fever, or a high temperature?",
    "explain.fever": (
        "A fever with back pain can be a sign of an infection in the spine. Say yes if you "
        "feel hot and shivery, or a thermometer says you have a high temperature."
    ),
    "reason.fever": "a fever",
    "question.recent_infection": "Have you had an infection recently?",
    "explain.recent_infection": (
        "An infection elsewhere in the body can sometimes spread to the spine. Say yes if you "
        "have had an infection anywhere in your body recently."
    ),
    "reason.recent_infection": "a recent infection",
    "question.iv_drug_use": "Have you ever injected drugs into a vein?",
    "explain.iv_drug_use": (
        "Injecting drugs raises the risk of an infection in the spine. Say yes if you have "
        "ever done this, even a long time ago."
    ),
    "reason.iv_drug_use": "having injected drugs",
    "question.immune_medicines": ("Do you take steroids, or other medicines that weaken the immune system?"),
    "explain.immune_medicines": (
        "Steroids, and medicines that weaken the immune system, raise the risk of infection "
        "and of weak bones. Say yes if you take steroid tablets, or medicines that damp down "
        "your immune system."
    ),
    "reason.immune_medicines": "taking steroids or medicines that weaken the immune system",
    "question.weight_loss": "Have you lost weight recently without trying?",
    "explain.weight_loss": (
        "Losing weight without trying, together with back pain, should be checked by a "
        "doctor. Say yes if you have lost weight and don't know why."
    ),
    "reason.weight_loss": "losing weight without trying",
    "question.night_pain": "Is the pain worse at night, or does it wake you up?",
    "explain.night_pain": (
        "Back pain that is worse at night, or wakes you, is a warning sign that should be "
        "checked. Say yes if the pain is worse when you lie down at night or wakes you up."
    ),
    "reason.night_pain": "pain that is worse at night or wakes you up",
    "question.severe_rest_pain": "Is the pain severe, and no better when you rest?",
    "explain.severe_rest_pain": (
        "Most back pain eases with rest. Severe pain that does not should be checked. "
        "Say yes if the pain is severe and resting doesn't help."
    ),
    "reason.severe_rest_pain": "severe pain that doesn't get better with rest",
    "question.not_improving": "Have you had this back pain for a few weeks without it getting better?",
    "explain.not_improving": (
        "Most back pain gets better within a few weeks. Say yes if yours has lasted a few weeks and hasn't improved."
    ),
    "reason.not_improving": "back pain that hasn't improved in a few weeks",
    # --- The skill's listing in the Alexa app (skill.manifest): plain text, not SSML --
    "listing.name": "Back Pain Check",
    "listing.summary": (
        "Yes or no questions about the warning signs in back pain, then whether to call for help, "
        "see a doctor, or look after it at home."
    ),
    "listing.description": (
        "Back Pain Check asks you, one yes or no question at a time, about the warning signs that mean "
        "back pain needs medical attention, such as loss of bladder or bowel control, numbness or weakness "
        "in the legs, fever, or a history of cancer. It then tells you whether you can look after your back "
        "at home, should make an appointment with a {doctor}, should contact a {doctor} today, or should "
        "call {emergency_number_text} now. It is hands-free, for people who may be lying down or in pain."
        "\n\n"
        "Disclaimer: Back Pain Check gives general information only. It is not a diagnosis and not a "
        "substitute for professional medical advice. If you think you may have a medical emergency, dial "
        "your local emergency number, {emergency_number_text}, now rather than using this skill."
        "\n\n"
        "{privacy}"
    ),
    "listing.example.1": "Alexa, ask back pain check if my back pain is serious",
    "listing.example.2": "Alexa, ask back pain check should i see a doctor about my back",
    "listing.example.3": "Alexa, ask back pain check should i worry about my back pain",
    "listing.keywords": "back pain, health, sciatica, doctor, symptoms, red flags",
}

PRIVACY = (
    "Privacy: Back Pain Check keeps nothing about you. Your answers are used only during the "
    "conversation, to choose the advice; they are never stored or logged, and they are forgotten when "
    "the conversation ends, so a check that is cut off starts again from the beginning next time. "
    "Amazon keeps its own records of what you say to Alexa, which you can review and delete in the "
    "Alexa app."
)
"""What the skill does with data, in one place: the listing, the privacy page and the README say this."""
