"""English speech shared by every English locale, keyed by message id.

Templates are SSML fragments. ``{name}`` fields are filled from the locale's own
values (``skill/core/speech/en_US.py`` and friends): emergency number, where to go,
who to call today. Medical wording follows docs/clinical-safety.md, where every sign,
tier and piece of advice has its source.

Words are counted: the path of a check with no warning sign stays at or under 400
words, with no single reply over 90 (tests/test_clinical_safety.py).
"""

# Every non-emergency verdict, and stopping part-way, ends with when to call the
# emergency number (docs/clinical-safety.md, "Safety net").
SAFETY_NET_SIGNS = (
    "chest pain, sudden severe pain, feeling faint or fainting, new bladder or bowel problems, numbness or "
    "tingling around your genitals or bottom, or pain, numbness, tingling or weakness in both legs."
)
SAFETY_NET = "Call {emergency_number} at once for " + SAFETY_NET_SIGNS
DISCLAIMER = "This is general information, not a diagnosis."
FOR_ADULTS = (
    "It's for adults. If you may be pregnant, contact your {pregnancy_contact}, or call "
    "{emergency_number} for bleeding, bad {tummy} pain or fainting."
)

TEXTS: dict[str, str] = {
    # --- Around the check -------------------------------------------------
    "welcome": (
        "Welcome to Back Pain Check. If this is an emergency, call {emergency_number} now. "
        + FOR_ADULTS
        + " "
        + DISCLAIMER
        + " Shall we start?"
    ),
    "welcome.again": (
        "Back Pain Check. If this is an emergency, call {emergency_number} now. It's for adults, and not in "
        "pregnancy. Shall we start?"
    ),
    "offer.reprompt": "Shall we start the back pain check? Please say yes or no.",
    "start.after_offer": "",
    "start.one_shot": (
        "This is Back Pain Check. If this is an emergency, call {emergency_number} now. "
        + FOR_ADULTS
        + " "
        + DISCLAIMER
        + " Answer each question with yes, no, or not sure."
    ),
    "start.over": "Okay, let's start again.",
    "carry_on": "Let's carry on.",
    "start.restart": "Sorry, I lost track of where we were, so let's start the check again.",
    # {question_count} and {minutes} are measured from the data (skill.core.responses.check_length).
    "help.general": (
        "Back Pain Check asks your age and up to {question_count} yes or no questions about warning signs in "
        "back pain, fewer if an answer settles it, then tells you whether to call for help, see a {doctor}, or "
        "look after it at home. It takes about {minutes} minutes. If you think this is an emergency, call "
        "{emergency_number} now. Shall we start?"
    ),
    "help.check": "Answer yes, no, or not sure. You can also say repeat, go back, start over, or stop.",
    "help.age": "You can also say repeat, start over, or stop.",
    # Not understood: the first time, a short nudge; the second, the question explained and
    # the ways to answer; from the third, the emergency line and how to stop.
    "fallback.check": "Sorry, I didn't catch that. Please answer yes, no, or not sure.",
    "fallback.again": "Sorry, I still didn't catch that.",
    "answer_ways": "You can say yes, no, or not sure, or say repeat to hear the question again.",
    "fallback.check.last": (
        "Sorry, I'm still not understanding. If this is an emergency, call {emergency_number} now. "
        "You can answer yes, no, or not sure, or say stop to end the check."
    ),
    "fallback.age": "Sorry, I didn't catch your age. Please say it as a number, like forty-five.",
    "fallback.age.last": (
        "Sorry, I'm still not understanding. If this is an emergency, call {emergency_number} now. "
        "You can say stop to end the check."
    ),
    "fallback.offer": "Sorry, I didn't catch that. Say yes to start the check, or no to stop.",
    "fallback.offer.last": (
        "Sorry, I'm still not understanding. If this is an emergency, call {emergency_number} now. "
        "Say yes to start the check, or stop to end it."
    ),
    # An emergency said in any phase: the same firm words as an emergency verdict; Alexa cannot call anyone.
    "emergency.now": (
        "Call {emergency_number} now, or go to {emergency_place}. What you describe needs help straight away. "
        "I can't call for you: please use a phone now."
    ),
    # "Should I go to the emergency room?": the number first, then the check offered (or carried on).
    "should_i_go": (
        "If you think it's an emergency, call {emergency_number} now, or go to {emergency_place}. I can't call for you."
    ),
    "should_i_go.offer": "If you're not sure, I can ask a few questions to help you decide. Shall we start?",
    "went_back": "Okay, going back.",
    "question.reprompt": "{question} Please say yes, no, or not sure.",
    "ack.yes": "Okay.",
    "ack.age": "Thanks.",
    "ack.changed.yes": "Okay, I've changed that to yes.",
    "ack.changed.no": "Okay, I've changed that to no.",
    # A hedged no ("not really") to a question where a yes is an emergency: asked once more.
    "ask_again": "To be sure, I'll ask once more.",
    # "How long will this take?", "how many more?": {count} and {minutes} from the data.
    "how_long.left": "About {count} more questions, fewer if an answer settles it.",
    "how_long.last": "This is the last question.",
    "how_long.age": "It takes about {minutes} minutes.",
    "ack.age.declined": "That's fine.",
    "counted_as_yes": "As you weren't sure, I counted that as a yes, to be careful.",
    "progress.halfway": "About halfway.",
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
    # Under 16: confirmed first ("fifty" can be heard as "fifteen"), then outside the intended use.
    "confirm.child": "Did you say you're {age}?",
    "confirm.child.reprompt": "Did you say you're {age}? Please say yes or no.",
    "age.again": "Sorry about that.",
    "child": (
        "Back Pain Check is for adults, so I'll stop here. Back pain in a child or teenager should be "
        "checked: please ask a parent or carer to help you {urgent_action}. If it's an emergency, call "
        "{emergency_number} now."
    ),
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
    # When the heart or the aorta may be behind it (NHS heart attack and aortic aneurysm pages).
    "dont_drive": "Don't drive yourself.",
    # Urgent: today, and when not to wait for that.
    # Urgent: today, and when not to wait for that (the safety net as what would change it).
    "verdict.urgent": (
        "Please {urgent_action}. {reasons} If it gets worse before you're seen, don't wait: call "
        "{emergency_number} at once for " + SAFETY_NET_SIGNS + " " + DISCLAIMER
    ),
    # "In the next week or two": the routine-appointment standard (docs/clinical-safety.md).
    "verdict.doctor": (
        "Please make an appointment to see a {doctor} in the next week or two. {reasons} "
        + SAFETY_NET
        + " "
        + DISCLAIMER
    ),
    # Self-care: NHS and NICE NG59 (stay active; ibuprofen if safe, not paracetamol alone).
    "verdict.home": (
        "You can look after this at home. Keep active: bed rest slows recovery. "
        "Ibuprofen may help, but not in pregnancy; check with a pharmacist first. "
        "See a {doctor} if it gets worse or lasts a few weeks. " + SAFETY_NET + " " + DISCLAIMER
    ),
    "reasons": "This is because of {signs}.",
    "reason.age": "your age",
    "reason.age_not_said": "not knowing your age",
    "list.and": "and",
    "list.others": "other signs",
    "card.title.emergency": "Call {emergency_number_text} now",
    "card.title.urgent": "Contact a doctor today",
    "card.title.doctor": "See a doctor in the next week or two",
    "card.title.home": "Self-care at home",
    "card.home.painkillers": (
        "Heat, such as a hot bath or a heat pack, can ease the pain. Ibuprofen: don't take it if you're "
        "pregnant. Ask a pharmacist first if you have asthma, a stomach ulcer, heart or kidney disease, "
        "take blood thinners, or are over 65."
    ),
    # The person asks Alexa, not the skill: no permission is needed, and nothing is kept by the skill.
    "card.home.reminder": 'To check on it later, say: "Alexa, remind me in two weeks to check my back."',
    # --- Age: asked once, first ----------------------------------------------
    "question.age": "How old are you?",
    "question.age.reprompt": "How old are you? Please say your age as a number, or say, I'd rather not say.",
    "explain.age": (
        "Some warning signs matter more as we get older, and this check is for adults. Your age is used "
        "only during this conversation. If you'd rather not give it, say, I'd rather not say."
    ),
    # --- The questions: question.<id>, explain.<id>, reason.<id>; intro.<id> is said before it --------
    # One symptom per emergency question; "recently" as a span people can answer.
    "question.chest_pain": "Do you have any chest pain, pressure or tightness?",
    "explain.chest_pain": (
        "Chest pain together with back pain can come from the heart or a large blood vessel, "
        "not the back. Say yes if you have any pain or tightness in your chest."
    ),
    "reason.chest_pain": "chest pain",
    "question.breathless_sweaty": "Are you short of breath, clammy, or feeling sick?",
    "explain.breathless_sweaty": (
        "A heart attack can be felt in the back, without chest pain, with breathlessness, a cold, clammy "
        "sweat or feeling sick. Say yes if any of these came with the back pain."
    ),
    "reason.breathless_sweaty": "being short of breath, clammy or sick with the pain",
    "question.sudden_onset": "Did severe pain start suddenly, for no reason?",
    "explain.sudden_onset": (
        "Very bad pain that starts all at once, for no reason, can come from the heart or the main blood "
        "vessel, not the back. Say no if it started when you lifted, bent or twisted."
    ),
    "reason.sudden_onset": "sudden, severe pain that came on by itself",
    "question.faintness": "Have you felt faint or dizzy, or fainted?",
    "explain.faintness": (
        "Feeling faint or dizzy with back pain can come from a large blood vessel, not the "
        "back. Say yes if you have felt light-headed, faint or dizzy, or passed out, since the pain began."
    ),
    "reason.faintness": "feeling faint or dizzy",
    "question.passed_out": "Did you actually pass out?",
    "explain.passed_out": (
        "Passing out with back pain can come from the heart or a large blood vessel, which needs help "
        "straight away. Say yes if you fainted or blacked out, even for a moment."
    ),
    "reason.passed_out": "passing out",
    "question.aortic_aneurysm": "Do you have a known aortic aneurysm?",
    "explain.aortic_aneurysm": (
        "An aortic aneurysm is a swelling of the body's main blood vessel, in the {tummy} or chest. New back "
        "pain with one needs checking straight away. Say yes if a doctor has told you that you have one."
    ),
    "reason.aortic_aneurysm": "back pain with an aortic aneurysm",
    "question.upper_back": "Is the pain between your shoulder blades?",
    "explain.upper_back": (
        "Pain in the upper back, between the shoulder blades, is less common than low back "
        "pain, and with some other signs can come from the heart or a blood vessel. Say yes for any "
        "pain in your upper back."
    ),
    "reason.upper_back": "pain between your shoulder blades",
    "question.serious_accident": "Did it start after a serious accident?",
    "explain.serious_accident": (
        "Back pain after a serious accident can mean an injury to the spine. Say yes if the "
        "pain began after a car crash, a bad fall, or a heavy blow."
    ),
    "reason.serious_accident": "a serious accident",
    "intro.bladder_bowel": "Some personal questions now, about your nerves.",
    "question.bladder_bowel": (
        "In the last two weeks, have you had new trouble peeing, or with bladder or bowel control?"
    ),
    "explain.bladder_bowel": (
        "A new problem peeing, or losing control of your bladder or bowels, in the last two weeks, can mean "
        "the nerves at the bottom of your spine are being pressed on. Don't count a problem you have had "
        "for a long time that hasn't changed."
    ),
    "reason.bladder_bowel": "a new problem with your bladder or bowels",
    "question.saddle_numbness": "Is there new numbness or tingling around your genitals or bottom, or when you wipe?",
    "explain.saddle_numbness": (
        "Numbness or tingling in the area you would sit on a saddle, or less feeling when you wipe, can mean "
        "the nerves at the bottom of your spine are being pressed on. Say yes if it feels numb, dead or tingly "
        "there."
    ),
    "reason.saddle_numbness": "numbness or tingling around your genitals or bottom",
    "question.sexual_change": "Have you had new problems with erections or feeling during sex?",
    "explain.sexual_change": (
        "A new problem getting an erection, or less feeling during sex, can come from the "
        "nerves at the bottom of your spine. Say yes if it started in the last two weeks."
    ),
    "reason.sexual_change": "new problems with erections or feeling during sex",
    "question.cancer_history": "Have you ever had cancer, counting melanoma but no other skin cancer?",
    "explain.cancer_history": (
        "New back pain in someone who has had cancer needs checking, in case it has spread to "
        "the spine. Most skin cancers don't spread: among skin cancers, count only melanoma."
    ),
    "reason.cancer_history": "having had cancer",
    "question.fever": "Do you have a fever, or feel hot and shivery?",
    "explain.fever": (
        "A fever with back pain can be a sign of an infection in the spine. Say yes if you "
        "feel hot and shivery, or a thermometer says you have a high temperature."
    ),
    "reason.fever": "a high temperature",
    "question.recent_infection": (
        "In the last month, have you had a urine, chest or skin infection, or back surgery or injection?"
    ),
    "explain.recent_infection": (
        "Germs from an infection like these, or from an operation or injection in the back, can "
        "sometimes reach the spine. A cold or flu doesn't count."
    ),
    "reason.recent_infection": "a recent infection",
    "question.iv_drug_use": "Have you ever injected street drugs?",
    "explain.iv_drug_use": (
        "Injecting drugs that weren't prescribed raises the risk of an infection in the spine. Say yes if you "
        "have ever done this, even a long time ago. Medicines a doctor prescribed, like insulin, don't count."
    ),
    "reason.iv_drug_use": "having injected drugs",
    "question.immune_medicines": "Do you take steroid tablets, or medicines that lower your immunity?",
    "explain.immune_medicines": (
        "Steroid tablets, and medicines that damp down the immune system, raise the risk of "
        "infection and of weak bones. Inhalers and creams don't count."
    ),
    "reason.immune_medicines": "taking steroid tablets or medicines that weaken the immune system",
    "question.walking_difficulty": "Are your legs newly weak, unsteady or giving way, not just sore?",
    "explain.walking_difficulty": (
        "Legs that feel weak or unsteady when you walk, or give way, can mean the nerves in your spine are "
        "being pressed on. Say no if you only walk slowly because it hurts, or it's been the same for a long "
        "time."
    ),
    "reason.walking_difficulty": "legs that are weak or unsteady when you walk",
    "question.leg_weakness": "Is either leg weak, numb or tingly?",
    "explain.leg_weakness": (
        "Weakness, numbness or pins and needles in a leg can mean a nerve from your back is "
        "being pressed on. Say yes if a leg feels weak, numb or tingly."
    ),
    "reason.leg_weakness": "weakness, numbness or tingling in a leg",
    "question.leg_weakness_both": "Is that in both legs, and new or getting worse?",
    "explain.leg_weakness_both": (
        "When both legs are newly affected, the nerves at the bottom of your spine may be pressed "
        "on, which needs help straight away."
    ),
    "reason.leg_weakness_both": "weakness, numbness or tingling in both legs",
    "question.leg_weakness_worse": "Does the leg give way, or is it getting weaker?",
    "explain.leg_weakness_worse": (
        "Weakness that is severe, or getting worse, can mean a nerve is being badly pressed "
        "on. Say yes if the leg gives way, or is weaker than it was."
    ),
    "reason.leg_weakness_worse": "leg weakness that is severe or getting worse",
    "question.leg_pain": "Does the pain spread down one or both legs?",
    "explain.leg_pain": (
        "Pain that travels down a leg, often called sciatica, can come from a nerve in your back. "
        "Say yes if the pain goes down your leg, especially past the knee."
    ),
    "reason.leg_pain": "pain spreading down your leg",
    "question.leg_pain_both": "Is that pain in both legs, and new or getting worse?",
    "explain.leg_pain_both": (
        "New pain down both legs can mean the nerves at the bottom of your spine are being "
        "pressed on, which needs help straight away."
    ),
    "reason.leg_pain_both": "pain spreading down both legs",
    "question.leg_pain_below_knee": "Does it go below the knee?",
    "explain.leg_pain_below_knee": (
        "Pain that goes past the knee can come from a nerve in your back, not only the muscles. "
        "Say yes if you feel it in your calf or foot."
    ),
    "reason.leg_pain_below_knee": "pain spreading below your knee",
    "question.abdominal_pain": "Do you have {tummy} pain too?",
    "explain.abdominal_pain": (
        "Pain in your {tummy}, or abdomen, with back pain can come from something other than "
        "the back, and should be checked. Say yes if your {tummy} hurts too."
    ),
    "reason.abdominal_pain": "{tummy} pain",
    "question.abdominal_pain_sudden": "Did the {tummy} pain come on suddenly, or is it severe?",
    "explain.abdominal_pain_sudden": (
        "Sudden or severe {tummy} and back pain can come from a burst blood vessel, which needs help straight away."
    ),
    "reason.abdominal_pain_sudden": "sudden or severe {tummy} pain",
    "question.osteoporosis": "Have you been told you have osteoporosis, or weak bones?",
    "explain.osteoporosis": (
        "Osteoporosis means thin, weak bones, which can break in the spine without much force. "
        "Say yes if a doctor has told you that you have it."
    ),
    "reason.osteoporosis": "osteoporosis",
    "question.fall": "Did it start after a fall, knock, or lifting something?",
    "explain.fall": (
        "As we get older, even a small fall, a knock or lifting shopping can break a bone in the spine. "
        "Say yes if the pain began after one, however small."
    ),
    "reason.fall": "pain that began after a fall, a knock or lifting something",
    "question.weight_loss": "Have you lost weight without trying, or found a lump on your back?",
    "explain.weight_loss": (
        "Losing weight without trying, or a new lump or change of shape in the back, should be checked "
        "by a doctor. Say yes if either is true."
    ),
    "reason.weight_loss": "losing weight without trying or a lump on your back",
    "question.night_pain": "Does it hurt at night, even lying still?",
    "explain.night_pain": (
        "Pain at night that stays even when you lie still, whatever position you try, should be checked. "
        "Say no if it only wakes you when you turn over."
    ),
    "reason.night_pain": "pain at night even when lying still",
    "question.severe_rest_pain": "Is it so bad no position is comfortable?",
    "explain.severe_rest_pain": (
        "Most back pain eases when you rest. Say yes if the pain is severe: so bad that no position and no rest helps."
    ),
    "reason.severe_rest_pain": "severe pain that rest doesn't ease",
    "question.not_improving": "Has it lasted a few weeks without getting better?",
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
