"""English speech shared by every English locale, keyed by message id.

Templates are SSML fragments. ``{name}`` fields are filled from the locale's own
values (``skill/core/speech/en_US.py`` and friends): emergency number, where to go,
who to call today. Medical wording follows docs/clinical-safety.md, where every sign,
tier and piece of advice has its source.

Words are counted: the path of a check with no warning sign stays at or under 400
words, with no single reply over 90 (tests/test_handlers.py).
"""

# Every non-emergency verdict, and stopping part-way, ends with when to call the
# emergency number (docs/clinical-safety.md, "Safety net").
SAFETY_NET = (
    "Call {emergency_number} at once for loss of bladder or bowel control, difficulty peeing, "
    "numbness around your genitals or buttocks, weakness or numbness in both legs, or chest pain."
)
DISCLAIMER = "This is general information, not a diagnosis."

TEXTS: dict[str, str] = {
    # --- Around the check -------------------------------------------------
    "welcome": (
        "Welcome to Back Pain Check. If this is an emergency, call {emergency_number} now. "
        "I'll ask about warning signs, then say whether to call for help, see a doctor, "
        "or look after it at home. " + DISCLAIMER + " Shall we start?"
    ),
    "welcome.again": "Back Pain Check. If this is an emergency, call {emergency_number} now. Shall we start?",
    "offer.reprompt": "Shall we start the back pain check? Please say yes or no.",
    "start.after_offer": "Okay.",
    "start.one_shot": (
        "This is Back Pain Check. If this is an emergency, call {emergency_number} now. "
        + DISCLAIMER
        + " Recorded each question with yes, no, or not sure."
    ),
    "start.over": "Okay, let's start again.",
    "carry_on": "Let's carry on.",
    "start.restart": "Sorry, I lost track of where we were, so let's start the check again.",
    # {question_count} and {minutes} are measured from the data (skill.core.responses.check_length).
    "help.general": (
        "Back Pain Check asks up to {question_count} yes or no questions about warning signs in back pain, "
        "fewer if an answer settles it, then tells you whether to call for help, see a doctor, or look after "
        "it at home. It takes about {minutes} minutes. If you think this is an emergency, call "
        "{emergency_number} now. Shall we start?"
    ),
    "help.check": "Recorded yes, no, or not sure. You can also say repeat, go back, start over, or stop.",
    # Not understood: the first time, a short nudge; the second, the question explained and
    # the ways to answer; from the third, the emergency line and how to stop.
    "fallback.check": "Sorry, I didn't catch that. Please answer yes, no, or not sure.",
    "fallback.again": "Sorry, I still didn't catch that.",
    "answer_ways": "You can say yes, no, or not sure, or say repeat to hear the question again.",
    "fallback.check.last": (
        "Sorry, I'm still not understanding. If this is an emergency, call {emergency_number} now. "
        "You can answer yes, no, or not sure, or say stop to end the check."
    ),
    "fallback.offer": "Sorry, I didn't catch that. Say yes to start the check, or no to stop.",
    "fallback.offer.last": (
        "Sorry, I'm still not understanding. If this is an emergency, call {emergency_number} now. "
        "Say yes to start the check, or stop to end it."
    ),
    # An emergency said in any phase: the number at once; Alexa cannot call anyone.
    "emergency.now": (
        "If this is an emergency, call {emergency_number} now, or go to {emergency_place}. "
        "I can't call for you: please use a phone now."
    ),
    "went_back": "Okay, going back.",
    "went_back.first": "That's the first question.",
    "question.reprompt": "{question} Please say yes, no, or not sure.",
    "ack.yes": "Okay.",
    "counted_as_yes": "As you weren't sure, I counted that as a yes, to be careful.",
    "progress.few_more": "A few more.",
    "progress.last": "Last question.",
    "goodbye": "Okay. Take care of yourself. Goodbye.",
    "goodbye.mid_check": "Okay, stopping the check. " + SAFETY_NET + " Goodbye.",
    "error": (
        "Sorry, something went wrong on my side. If this is an emergency, call "
        "{emergency_number} now. Please say that again."
    ),
    "error.reprompt": "Please say that again, or say stop.",
    "disclaimer": DISCLAIMER,
    "safety_net": SAFETY_NET,
    # --- On a screen (skill.alexa.screens): buttons and the emergency line --------------
    "button.yes": "Yes",
    "button.no": "No",
    "button.not_sure": "Not sure",
    "button.start": "Start the check",
    "button.help": "How it works",
    "screen.emergency": "If this is an emergency, call {emergency_number_text} now.",
    "screen.number": "{emergency_number_text}",
    # --- Verdicts -----------------------------------------------------------
    # Emergency: short, the number first and last.
    "verdict.emergency": (
        "Call {emergency_number} now, or go to {emergency_place}. {reasons} Don't wait: call {emergency_number} now."
    ),
    "verdict.urgent": "Please {urgent_action}. {reasons} " + SAFETY_NET + " " + DISCLAIMER,
    # "In the next week or two": the routine-appointment standard (docs/clinical-safety.md).
    "verdict.doctor": (
        "Please make an appointment to see a {doctor} in the next week or two. {reasons} "
        + SAFETY_NET
        + " "
        + DISCLAIMER
    ),
    # Self-care: NHS and NICE NG59 (stay active; ibuprofen if safe, not paracetamol alone).
    "verdict.home": (
        "With no warning signs, you can look after this at home. Keep active; "
        "bed rest slows recovery. Heat can help. Ibuprofen may help, but not in pregnancy; ask a "
        "pharmacist first if you have a health condition or are over 65. See a {doctor} if "
        "it's not better in a few weeks. " + SAFETY_NET + " " + DISCLAIMER
    ),
    "reasons": "This is because of {signs}.",
    "list.and": "and",
    "list.others": "other signs",
    "card.title.emergency": "Call {emergency_number_text} now",
    "card.title.urgent": "Contact a doctor today",
    "card.title.doctor": "See a doctor in the next week or two",
    "card.title.home": "Self-care at home",
    "card.home.painkillers": (
        "Ibuprofen: don't take it if you're pregnant. Ask a pharmacist first if you have asthma, "
        "a stomach ulcer, heart or kidney disease, take blood thinners, or are over 65."
    ),
    # --- The questions: question.<id>, explain.<id>, reason.<id> --------------
    # One symptom per emergency question; "recently" as a span people can answer.
    "question.bladder_bowel": "In the last two weeks, have you lost control of your bladder or bowels?",
    "explain.bladder_bowel": (
        "Losing control of your bladder or bowels with back pain can mean the nerves at the "
        "bottom of your spine are being pressed on. Say yes if you have wet or soiled "
        "yourself, or can't hold it in the way you usually can."
    ),
    "reason.bladder_bowel": "a problem controlling your bladder or bowels",
    "question.peeing_difficulty": "Have you had trouble peeing, or not known when your bladder is full?",
    "explain.peeing_difficulty": (
        "Trouble starting to pee, or not feeling when your bladder is full, can mean the "
        "nerves at the bottom of your spine are being pressed on."
    ),
    "reason.peeing_difficulty": "difficulty peeing",
    "question.saddle_numbness": "Is there numbness around your genitals, buttocks or inner thighs?",
    "explain.saddle_numbness": (
        "Numbness in the area you would sit on a saddle can mean the nerves at the bottom of "
        "your spine are being pressed on. Say yes if it feels numb, dead or tingly there."
    ),
    "reason.saddle_numbness": "numbness around your genitals or buttocks",
    "question.wiping_numbness": "Is there less feeling when you wipe after the toilet?",
    "explain.wiping_numbness": (
        "Feeling less than usual when you wipe can mean the nerves at the bottom of your "
        "spine are being pressed on. Say yes if it has changed in the last two weeks."
    ),
    "reason.wiping_numbness": "less feeling when you wipe",
    "question.sexual_change": "Have you had new problems with erections or feeling during sex?",
    "explain.sexual_change": (
        "A new problem getting an erection, or less feeling during sex, can come from the "
        "nerves at the bottom of your spine. Say yes if it started in the last two weeks."
    ),
    "reason.sexual_change": "new problems with erections or feeling during sex",
    "question.chest_pain": "Do you have any chest pain?",
    "explain.chest_pain": (
        "Chest pain together with back pain can come from the heart or a large blood vessel, "
        "not the back. Say yes if you have any pain or tightness in your chest."
    ),
    "reason.chest_pain": "chest pain",
    "question.faintness": "Have you felt faint or dizzy, or fainted?",
    "explain.faintness": (
        "Feeling faint or dizzy with back pain can come from a large blood vessel, not the "
        "back. Say yes if you have felt light-headed, faint or dizzy, or passed out, since the pain began."
    ),
    "reason.faintness": "feeling faint or dizzy",
    "question.faintness_sudden": "Did the back pain come on suddenly, and is it severe?",
    "explain.faintness_sudden": (
        "Sudden, severe back pain with faintness can come from a burst blood vessel, which needs "
        "help straight away. Say yes if the pain started all at once and is very bad."
    ),
    "reason.faintness_sudden": "sudden, severe pain with faintness",
    "question.serious_accident": "Did the pain start after a serious accident, like a car crash?",
    "explain.serious_accident": (
        "Back pain after a serious accident can mean an injury to the spine. Say yes if the "
        "pain began after a crash, a bad fall, or a heavy blow."
    ),
    "reason.serious_accident": "a serious accident",
    "question.leg_weakness": "Do you have weakness, numbness or tingling in either leg?",
    "explain.leg_weakness": (
        "Weakness, numbness or pins and needles in a leg can mean a nerve from your back is "
        "being pressed on. Say yes if a leg feels weak, numb or tingly."
    ),
    "reason.leg_weakness": "weakness, numbness or tingling in a leg",
    "question.leg_weakness_both": "Is that in both legs?",
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
    "question.walking_difficulty": "Have you had trouble walking, or have your legs given way?",
    "explain.walking_difficulty": (
        "Trouble walking, feeling unsteady, or legs giving way can mean the nerves in your "
        "spine are being pressed on. Say yes if walking has become harder because of this."
    ),
    "reason.walking_difficulty": "trouble walking",
    "question.leg_pain": "Does the pain spread down one or both legs?",
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
    "question.abdominal_pain": "Do you have tummy pain as well?",
    "explain.abdominal_pain": (
        "Tummy pain, or abdominal pain, with back pain can come from something other than "
        "the back, and should be checked. Say yes if your tummy hurts too."
    ),
    "reason.abdominal_pain": "tummy pain",
    "question.abdominal_pain_sudden": "Did the tummy and back pain come on suddenly and severely?",
    "explain.abdominal_pain_sudden": (
        "Sudden, severe tummy and back pain can come from a burst blood vessel, which needs help straight away."
    ),
    "reason.abdominal_pain_sudden": "sudden, severe tummy and back pain",
    "question.cancer_history": "Have you ever had cancer?",
    "explain.cancer_history": (
        "New back pain in someone who has had cancer needs checking, in case the cancer has "
        "spread to the spine. Say yes if you have had cancer at any time."
    ),
    "reason.cancer_history": "having had cancer",
    "question.fever": "Do you have a high temperature, or feel hot and shivery?",
    "explain.fever": (
        "A fever with back pain can be a sign of an infection in the spine. Say yes if you "
        "feel hot and shivery, or a thermometer says you have a high temperature."
    ),
    "reason.fever": "a high temperature",
    "question.recent_infection": "Have you had an infection in the last few weeks?",
    "explain.recent_infection": (
        "An infection elsewhere in the body, such as a urine or chest infection, can sometimes "
        "spread to the spine. Say yes if you have had one in the last few weeks."
    ),
    "reason.recent_infection": "a recent infection",
    "question.iv_drug_use": "Have you ever injected drugs?",
    "explain.iv_drug_use": (
        "Injecting drugs raises the risk of an infection in the spine. Say yes if you have "
        "ever done this, even a long time ago."
    ),
    "reason.iv_drug_use": "having injected drugs",
    "question.immune_medicines": "Do you take steroid tablets, or medicines that weaken your immune system?",
    "explain.immune_medicines": (
        "Steroid tablets, and medicines that damp down the immune system, raise the risk of "
        "infection and of weak bones. Inhalers and creams don't count."
    ),
    "reason.immune_medicines": "taking steroid tablets or medicines that weaken the immune system",
    "question.osteoporosis": "Have you been told you have osteoporosis, or weak bones?",
    "explain.osteoporosis": (
        "Osteoporosis means thin, weak bones, which can break in the spine without much force. "
        "Say yes if a doctor has told you that you have it."
    ),
    "reason.osteoporosis": "osteoporosis",
    "question.fall": "Did the pain start after a fall or knock, even a small one?",
    "explain.fall": (
        "Even a small fall or knock can break a bone in the spine, especially in older people "
        "or with weak bones. Say yes if the pain began after one."
    ),
    "reason.fall": "a fall or knock",
    "question.lump": "Is there a lump on your back, or has its shape changed?",
    "explain.lump": (
        "A new lump or swelling on the back, or the back changing shape, should be checked "
        "soon. Say yes if you or someone else has noticed one."
    ),
    "reason.lump": "a lump on your back or a change in its shape",
    "question.upper_back": "Is the pain in your upper back, between the shoulder blades?",
    "explain.upper_back": (
        "Pain in the upper back, between the shoulder blades, is less common than low back "
        "pain and should be checked soon."
    ),
    "reason.upper_back": "pain in your upper back",
    "question.weight_loss": "Have you lost weight without trying?",
    "explain.weight_loss": (
        "Losing weight without trying, together with back pain, should be checked by a "
        "doctor. Say yes if you have lost weight and don't know why."
    ),
    "reason.weight_loss": "losing weight without trying",
    "question.night_pain": "Is the pain worse at night, or does it wake you?",
    "explain.night_pain": (
        "Back pain that is worse at night, or wakes you, is a warning sign that should be "
        "checked. Say yes if the pain is worse when you lie down at night or wakes you up."
    ),
    "reason.night_pain": "pain that is worse at night",
    "question.severe_rest_pain": "Is the pain severe, and no better when you rest?",
    "explain.severe_rest_pain": (
        "Most back pain eases with rest. Severe pain that does not should be checked. "
        "Say yes if the pain is severe and resting doesn't help."
    ),
    "reason.severe_rest_pain": "severe pain that rest doesn't ease",
    "question.cough_pain": "Is it worse when you cough, sneeze or strain on the toilet?",
    "explain.cough_pain": (
        "Pain that gets worse when you cough, sneeze or strain can come from a nerve in your "
        "back, and should be checked."
    ),
    "reason.cough_pain": "pain worse when you cough or strain",
    "question.not_improving": "Has this pain lasted a few weeks without getting better?",
    "explain.not_improving": (
        "Most back pain gets better within a few weeks. Say yes if yours has lasted a few weeks and hasn't improved."
    ),
    "reason.not_improving": "pain that hasn't improved in a few weeks",
    # --- The skill's listing in the Alexa app (skill.tools.manifest): plain text, not SSML --
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
        "call {emergency_number_text} now. It is hands-free, for people who may be lying down or in pain. "
        "It is for adults, and not for back pain in pregnancy."
        "\n\n"
        "Disclaimer: Back Pain Check gives general information only. It is not a diagnosis and not a "
        "substitute for professional medical advice. If you think you may have a medical emergency, dial "
        "your local emergency number, {emergency_number_text}, now rather than using this skill."
        "\n\n"
        "{privacy}"
    ),
    "listing.example.1": "Alexa, open back pain check",
    "listing.example.2": "Alexa, ask back pain check should I see a doctor about my back",
    "listing.example.3": "Alexa, ask back pain check if my back pain is serious",
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
