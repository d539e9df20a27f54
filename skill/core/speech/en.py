"""English speech shared by every English locale, keyed by message id.

Templates are SSML fragments. ``{name}`` fields are filled from the locale's own
values (``skill/core/speech/en_US.py`` and friends): emergency number, where to go,
who to call today. Medical wording follows docs/clinical-safety.md, where every sign,
tier and piece of advice has its source.

Words are counted: the path of a check with no warning sign stays at or under 400
words, with no single reply over 90 (tests/core/test_clinical_safety.py).
"""

# Every non-emergency verdict, and stopping part-way, ends with when to call the emergency
# number (docs/clinical-safety.md, "Safety net"): the symptoms are chosen per person
# (skill.core.responses.safety_net) from the ``net.<id>`` names below.
SAFETY_NET = "Call {emergency_number} at once for {items}, or if it's much worse."
DISCLAIMER = "This is general information, not a diagnosis."

TEXTS: dict[str, str] = {
    # --- Around the check -------------------------------------------------
    # The opening: the emergency line first, what happens and about how long it takes ({question_count} and
    # {minutes} are measured from the data), who it is for; then the age question.
    "welcome": (
        "If this is an emergency, call {emergency_number} now. Back Pain Check asks up to {question_count} yes or "
        "no questions, about {minutes} minutes. It's for adults."
    ),
    "welcome.again": "Back Pain Check. If this is an emergency, call {emergency_number} now. Shall we start?",
    "offer.reprompt": "Shall we start the back pain check? Please say yes or no.",
    "start.after_offer": "",
    # After the age, once: what the check is not.
    "start.note": DISCLAIMER,
    "help.emergency": "If this is an emergency, call {emergency_number} now.",
    "hold_on": "Take your time.",
    "nothing_kept": (
        "I keep nothing between conversations, but any advice I gave you is in your Alexa app: say, open back "
        "pain check, to start a new check."
    ),
    # Every verdict says once where it is kept (the card); after it, a miss offers it once more.
    "card.said": "I've put this in your Alexa app.",
    "card.said.emergency": "It's in your Alexa app.",
    "fallback.verdict": "Sorry, I didn't catch that.",
    # "Remind me in two weeks" with no reminder set by the skill: how to ask Alexa (nothing about health).
    "remind.yourself": (
        "To have Alexa remind you, say: Alexa, remind me in two weeks to check on my back. Take care of "
        "yourself. Goodbye."
    ),
    # A reminder the skill set, with permission (skill.alexa.reminders): its only words are "check on your back".
    "remind.set": "Okay. I'll remind you in two weeks to check on your back. Take care of yourself. Goodbye.",
    "reminder.text": "Check on your back",
    # "Remind me" after an emergency or a today verdict: no reminder, the action again.
    "remind.not_now": "Not now: this can't wait two weeks.",
    "goodbye.after_verdict": "Okay. Take care of yourself. Goodbye.",
    "verdict.offer": "Want to hear that again?",
    "verdict.offer.reprompt": "Want to hear that again? Please say yes or no.",
    "noted.later": "Okay, I'll ask about that in a moment.",
    "noted.earlier": "Okay, I've changed your earlier answer about that to yes.",
    "noted.counted": "You told me about {signs} earlier, so I've counted it.",
    "clarify.skin_cancer": (
        "Among skin cancers, only melanoma counts. Say yes if it was a melanoma or any other cancer, or no if "
        "it was another kind of skin cancer."
    ),
    "clarify.fever_unchecked": "You don't need a thermometer. Say yes if you feel hot and shivery, or no if you don't.",
    "clarify.no_and_the_sign": "Sorry, I heard no, and then the thing I asked about. Please say just yes or no.",
    "clarify.catheter": (
        "With a catheter, say yes if anything about your bladder or bowels has changed in the last two weeks, "
        "or no if nothing has."
    ),
    "clarify.sudden_lifted": (
        "Even if it started with lifting or moving, say yes if the pain reached its worst within a minute, or "
        "no if it built up more slowly."
    ),
    "start.over": "Okay, let's start again.",
    "carry_on": "Let's carry on.",
    "start.restart": "Sorry, I lost track of where we were, so let's start the check again.",
    # {question_count} and {minutes} are measured from the data (skill.core.responses.check_length).
    "help.general": (
        "If you think this is an emergency, call {emergency_number} now. Back Pain Check asks your age and up to "
        "{question_count} yes or no questions about warning signs in back pain, fewer if an answer settles it, "
        "then tells you whether to call for help, see a {doctor}, or look after it at home. It takes about "
        "{minutes} minutes. Shall we start?"
    ),
    "help.check": "Answer yes, no, or not sure. You can also say repeat, go back, start over, or stop.",
    "help.age": "You can also say repeat, start over, or stop.",
    # Not understood: the first time, a short nudge; the second, the question explained and
    # the ways to answer; from the third, the emergency line and how to stop.
    "fallback.check": "Sorry, I didn't catch that. Please say yes if that's true for you, or no if it isn't.",
    "fallback.again": "Sorry, I still didn't catch that.",
    "answer_ways": "You can say yes, no, or not sure, or say repeat to hear the question again.",
    "fallback.check.last": (
        "Sorry, I'm still not understanding. If this is an emergency, call {emergency_number} now. "
        "You can answer yes, no, or not sure, or say stop to end the check."
    ),
    "fallback.age": "Sorry, I didn't catch your age. Please say it as a number, like forty-five.",
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
    "ack.age": "{age}, thanks.",
    "ack.age.decade.20": "In your twenties, thanks.",
    "ack.age.decade.30": "In your thirties, thanks.",
    "ack.age.decade.40": "In your forties, thanks.",
    "ack.age.decade.50": "In your fifties, thanks.",
    "ack.age.decade.60": "In your sixties, thanks.",
    "ack.age.decade.70": "In your seventies, thanks.",
    "ack.age.decade.80": "In your eighties, thanks.",
    "ack.age.decade.90": "In your nineties, thanks.",
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
    "goodbye.mid_check": "Okay, stopping the check. {safety_net} Goodbye.",
    "error": (
        "Sorry, something went wrong on my side. If this is an emergency, call "
        "{emergency_number} now. Please say that again."
    ),
    "error.reprompt": "Please say that again, or say stop.",
    "disclaimer": DISCLAIMER,
    "net": SAFETY_NET,
    # An age a mishearing of its tens would change ("sixteen" for "sixty"), and under 16, is confirmed first;
    # "age.confirm" lists those ages (skill.core.meaning.needs_confirming): in English, the teens.
    "age.confirm": "13-19",
    "confirm.age": "Did you say {age}?",
    "confirm.age.reprompt": "Did you say {age}? Please say yes or no.",
    # a decade whose oldest year is in "age.confirm" ("sesenta y tantos" for "setenta y tantos" in Spanish)
    "confirm.decade.60": "Did you say in your sixties?",
    "confirm.decade.70": "Did you say in your seventies?",
    "confirm.decade.reprompt": "{question} Please say yes or no.",
    "age.again": "Sorry about that. You can also say the year you were born.",
    "age.given_up": "Sorry, I'm still not understanding, so let's go on without your age, to be careful.",
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
        'Call {emergency_number} <emphasis level="strong">now</emphasis>, or go to {emergency_place}. {reasons} '
        "Don't wait: call {emergency_number} now."
    ),
    # When the heart or the aorta may be behind it (NHS heart attack and aortic aneurysm pages).
    "dont_drive": "Don't drive yourself.",
    # Urgent: today, and when not to wait for that (the safety net).
    "verdict.urgent": "Please {urgent_action}. {reasons} {safety_net} " + DISCLAIMER,
    # A fever with an infection risk: a scan may be needed today, which an urgent care clinic can't do.
    "verdict.emergency_department_today": (
        "Please go to {emergency_place} today, as you may need a scan straight away. {reasons} {safety_net} "
        + DISCLAIMER
    ),
    # Cancer with nerve symptoms: the cancer team's 24-hour line or the emergency department, now (NICE NG234).
    "verdict.cancer_team": (
        "Call your cancer team's 24-hour line now, or go to {emergency_place} now. {reasons} If you can't reach "
        "them, call {emergency_number}."
    ),
    # "In the next week or two": the routine-appointment standard (docs/clinical-safety.md).
    "verdict.doctor": (
        "Please make an appointment to see a {doctor} in the next week or two. {reasons} {safety_net} " + DISCLAIMER
    ),
    # Self-care: NHS and NICE NG59 (stay active; ibuprofen if safe, not paracetamol alone), its cautions spoken.
    "verdict.home": (
        "You can look after this at home. Keep active: bed rest slows recovery. "
        "Ibuprofen may help, but not in pregnancy; ask a pharmacist first if you're over 65 or take a blood "
        "thinner. See a {doctor} if it lasts a few weeks. {safety_net} " + DISCLAIMER
    ),
    "reasons": "This is because of {signs}.",
    "reason.each": "{reason}",  # French says "de" before each reason
    "reason.age": "your age",
    "reason.age_not_said": "not knowing your age",
    "list.and": "and",
    "list.or": "or",
    "list.others": "other signs",
    "card.title.emergency": "Call {emergency_number_text} now",
    "card.title.urgent": "Contact a doctor today",
    "card.title.doctor": "See a doctor in the next week or two",
    "card.title.home": "Self-care at home",
    "card.title.emergency_department_today": "Go to {emergency_place} today",
    "card.title.cancer_team": "Call your cancer team now",
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
    # --- The questions: question.<id>, explain.<id>, reason.<id>, net.<id> (how the safety net names it,
    # always something new for the person); intro.<id> is said before it, once in a check --------
    "question.chest_pain": "In the last three days, have you had chest pain, pressure or tightness?",
    "explain.chest_pain": (
        "Chest pain together with back pain can come from the heart or a large blood vessel, not the back. Say yes "
        "for any pain, pressure or tightness in your chest in the last three days, even if it has eased."
    ),
    "reason.chest_pain": "chest pain in the last three days",
    "net.words": "25",
    "net.chest_pain": "chest pain",
    "question.chest_pain_recent": "Was any of it since this time yesterday?",
    "explain.chest_pain_recent": (
        "Chest pain in the last day can be a heart attack happening now, which needs help straight away. Say yes "
        "if you've had any of it since this time yesterday."
    ),
    "reason.chest_pain_recent": "chest pain since yesterday",
    "net.chest_pain_recent": "chest pain again",
    "question.breathless": "Are you more short of breath than is normal for you?",
    "explain.breathless": (
        "A heart attack or a clot in the lungs can be felt in the back, with breathlessness and no chest pain. Say "
        "no if you're only as short of breath as usual, for example with asthma."
    ),
    "reason.breathless": "being more short of breath than usual",
    "net.breathless": "new breathlessness",
    "question.breathless_new": "Did it start in the last two weeks?",
    "explain.breathless_new": (
        "Breathlessness that is new in the last two weeks can come from the heart or a clot in the lungs. Say yes "
        "if it started, or got clearly worse, in the last two weeks."
    ),
    "reason.breathless_new": "new breathlessness",
    "net.breathless_new": "new breathlessness",
    "net.breathless_new.after_yes": "worse breathlessness",
    "question.breathing_pain": "Does the pain catch when you breathe in?",
    "explain.breathing_pain": (
        "With new breathlessness, pain that catches when you breathe in can come from a clot in the lungs, which "
        "needs help straight away."
    ),
    "reason.breathing_pain": "pain when you breathe in",
    "net.breathing_pain": "pain when you breathe in",
    "question.coughed_blood": "Have you coughed up blood?",
    "explain.coughed_blood": (
        "With new breathlessness, coughing up blood can come from a clot in the lungs. Say yes for any blood, even "
        "a streak."
    ),
    "reason.coughed_blood": "coughing up blood",
    "net.coughed_blood": "coughing up blood",
    "question.calf_swollen": "Is one calf swollen or painful?",
    "explain.calf_swollen": (
        "A swollen or painful calf on one side can be a clot in the leg, which can travel to the lungs."
    ),
    "reason.calf_swollen": "a swollen or painful calf",
    "net.calf_swollen": "a swollen calf",
    "question.sudden_onset": "Did the pain reach its worst within a minute of starting?",
    "explain.sudden_onset": (
        "Pain that is at its worst within a minute can, rarely, come from a tear in the main blood vessel, not "
        "the back. Say yes even if it began while you were lifting or straining."
    ),
    "reason.sudden_onset": "pain that came on within a minute",
    "net.sudden_onset": "sudden severe pain",
    "question.rest_pain": "Does the pain stay severe, whatever position you rest in?",
    "explain.rest_pain": (
        "Most back pain eases when you rest in a comfortable position. Say yes if it stays severe whatever "
        "position you try, or if it's too bad to lie still."
    ),
    "reason.rest_pain": "severe pain that doesn't ease with rest",
    "net.rest_pain": "pain that won't ease",
    "question.unlike_before": "Is it unlike any back pain you've had before?",
    "explain.unlike_before": (
        "Severe back pain that feels different from any you've had can, in older people, come from the main blood "
        "vessel. Say no if it's like a flare you've had before."
    ),
    "reason.unlike_before": "pain unlike any you've had before",
    "net.unlike_before": "pain unlike before",
    "question.cold_sweat": "Have you had a cold sweat with it?",
    "explain.cold_sweat": (
        "A cold, clammy sweat with back pain can come from the heart or a large blood vessel. Say no if you're "
        "only hot from a fever."
    ),
    "reason.cold_sweat": "a cold sweat",
    "net.cold_sweat": "a cold sweat",
    "question.faintness": "Since the pain began, have you fainted, or felt about to faint?",
    "explain.faintness": (
        "Fainting, or nearly fainting, with back pain can come from a large blood vessel, not the back. Say no if "
        "you're only a little dizzy when you stand up, or the room spins."
    ),
    "reason.faintness": "feeling about to faint",
    "net.faintness": "feeling about to faint",
    "question.passed_out": "Did you pass out, even for a moment?",
    "explain.passed_out": (
        "Passing out with back pain can come from the heart or a large blood vessel, which needs help "
        "straight away. Say yes if you fainted or blacked out."
    ),
    "reason.passed_out": "passing out",
    "net.passed_out": "passing out",
    "question.aortic_aneurysm": "Have you been told you have an aortic aneurysm?",
    "explain.aortic_aneurysm": (
        "An aortic aneurysm is a swelling of the body's main blood vessel, in the {tummy} or chest. New back "
        "pain with one needs checking straight away. Say yes if a doctor has told you that you have one."
    ),
    "reason.aortic_aneurysm": "back pain with an aortic aneurysm",
    "question.upper_back": "Is the pain between your shoulder blades?",
    "explain.upper_back": (
        "Pain in the upper back, between the shoulder blades, is less common than low back pain, and can come "
        "from the heart, a blood vessel or the lungs. Say yes for any pain in your upper back."
    ),
    "reason.upper_back": "pain between your shoulder blades",
    "net.upper_back": "pain between your shoulder blades",
    "question.injury": "Did the pain start with a fall, a knock, or lifting something?",
    "explain.injury": (
        "Most back pain that starts with lifting or a small knock is a strain. It matters more after a serious "
        "accident, or with weak bones."
    ),
    "reason.injury": "pain that began with a fall, a knock or a lift",
    "question.serious_accident": "Was it a serious accident, like a car crash or a bad fall?",
    "explain.serious_accident": (
        "Back pain after a serious accident can mean an injury to the spine. Say yes for a car crash, a fall "
        "from a height or down stairs, or a heavy blow."
    ),
    "reason.serious_accident": "a serious accident",
    "net.serious_accident": "a serious accident",
    "question.osteoporosis": "Have you been told you have osteoporosis, or weak bones?",
    "explain.osteoporosis": (
        "Osteoporosis means thin, weak bones, which can break in the spine without much force. "
        "Say yes if a doctor has told you that you have it."
    ),
    "reason.osteoporosis": "osteoporosis",
    "intro.bladder_bowel": "Some personal questions now, about the nerves at the bottom of your spine.",
    "question.bladder_bowel": "In the last two weeks, have you had a new problem peeing, or with your bowels?",
    "explain.bladder_bowel": (
        "A new problem with your bladder or bowels can come from the nerves at the bottom of your spine, or from "
        "something simpler, like a urine infection. Don't count a problem you've had for a long time."
    ),
    "reason.bladder_bowel": "a new problem peeing or with your bowels",
    "net.bladder_bowel": "a new problem peeing",
    "question.bladder_hard_to_start": "Is it hard to start peeing, or is the flow weak?",
    "explain.bladder_hard_to_start": (
        "Peeing that is hard to start, or a weak flow, can mean the nerves at the bottom of your spine are pressed "
        "on. Say no if it's only burning, or going more often."
    ),
    "reason.bladder_hard_to_start": "peeing that's hard to start",
    "net.bladder_hard_to_start": "losing bladder or bowel control",
    "question.bladder_lost_feeling": "Have you lost the feeling of needing to go, or of pee or poo coming out?",
    "explain.bladder_lost_feeling": (
        "Not feeling when your bladder is full, or not feeling pee or poo pass, can mean the nerves at the bottom "
        "of your spine are pressed on. Say no if you only need to rush, or leak when you cough."
    ),
    "reason.bladder_lost_feeling": "losing the feeling of needing to go",
    "net.bladder_lost_feeling": "losing the feeling of needing to go",
    "question.saddle_numbness": "Is there new numbness around your genitals or bottom, even just when wiping?",
    "explain.saddle_numbness": (
        "Numbness or tingling in the area you would sit on a saddle, or less feeling there when you wipe, can "
        "mean the nerves at the bottom of your spine are pressed on. Say yes if it feels numb, dead or tingly."
    ),
    "reason.saddle_numbness": "numbness around your genitals or bottom",
    "net.saddle_numbness": "a numb bottom",
    "question.cancer_history": "Have you ever had cancer, other than a skin cancer that wasn't melanoma?",
    "explain.cancer_history": (
        "New back pain in someone who has had cancer needs checking, in case it has spread to "
        "the spine. Most skin cancers don't spread: among skin cancers, count only melanoma."
    ),
    "reason.cancer_history": "having had cancer",
    "question.cancer_team": "Are you under a cancer team now?",
    "explain.cancer_team": (
        "Say yes if you're having cancer treatment or check-ups with a cancer team now. Say no if your cancer was "
        "treated and you're no longer seen for it."
    ),
    "reason.cancer_team": "being under a cancer team",
    "question.fever": "Do you have a fever, or feel hot and shivery?",
    "explain.fever": (
        "A fever with back pain can be a sign of an infection in the spine. Say yes if you "
        "feel hot and shivery, or a thermometer says you have a high temperature."
    ),
    "reason.fever": "a high temperature",
    "net.fever": "a fever",
    "question.recent_infection": (
        "In the last month, have you had a urine, chest or skin infection, or a back operation or injection?"
    ),
    "explain.recent_infection": (
        "Germs from an infection like these, or from an operation or injection in the back, can "
        "sometimes reach the spine. A cold or flu doesn't count."
    ),
    "reason.recent_infection": "a recent infection",
    "question.sepsis_confused": "Are you confused, or has anyone said you're not making sense?",
    "explain.sepsis_confused": (
        "With a fever or an infection, new confusion can mean sepsis, which needs help straight away."
    ),
    "reason.sepsis_confused": "confusion with an infection",
    "net.sepsis_confused": "confusion",
    "question.sepsis_breathing": "Are you breathing very fast?",
    "explain.sepsis_breathing": (
        "With a fever or an infection, breathing very fast can mean sepsis, which needs help straight away."
    ),
    "reason.sepsis_breathing": "very fast breathing with an infection",
    "net.sepsis_breathing": "very fast breathing",
    "question.sepsis_skin": "Are your skin or lips blotchy, grey or blue?",
    "explain.sepsis_skin": (
        "With a fever or an infection, skin, lips or tongue that look blotchy, grey or blue can mean sepsis, "
        "which needs help straight away."
    ),
    "reason.sepsis_skin": "blotchy, grey or blue skin with an infection",
    "net.sepsis_skin": "blotchy or blue skin",
    "question.sepsis_no_pee": "Have you not peed at all today?",
    "explain.sepsis_no_pee": (
        "With a fever or an infection, not peeing all day can mean sepsis. Say yes if you haven't peed at all today."
    ),
    "reason.sepsis_no_pee": "not peeing all day with an infection",
    "net.sepsis_no_pee": "not peeing all day",
    "question.diabetes": "Do you have diabetes?",
    "explain.diabetes": (
        "With a fever or an infection, diabetes makes an infection in the spine more likely. Say yes for any "
        "kind of diabetes."
    ),
    "reason.diabetes": "diabetes",
    "question.iv_drug_use": "Have you ever injected drugs that weren't prescribed?",
    "explain.iv_drug_use": (
        "Injecting drugs that weren't prescribed raises the risk of an infection in the spine. Say yes if you "
        "have ever done this, even a long time ago. Medicines a doctor prescribed, like insulin, don't count."
    ),
    "reason.iv_drug_use": "having injected drugs",
    "question.iv_recent": "Was that in the last year?",
    "explain.iv_recent": "Say yes if you have injected drugs that weren't prescribed at any time in the last year.",
    "reason.iv_recent": "injecting drugs in the last year",
    "question.immune_medicines": "Do you take steroid tablets, or medicines that lower your immunity?",
    "explain.immune_medicines": (
        "Steroid tablets, chemotherapy, and medicines that damp down the immune system raise the risk of "
        "infection and of weak bones. Inhalers and creams don't count."
    ),
    "reason.immune_medicines": "taking steroid tablets or medicines that weaken the immune system",
    "question.leg_symptoms": "Do you have pain, numbness, tingling or weakness in either leg?",
    "explain.leg_symptoms": (
        "Pain that travels down a leg, or a leg that is numb, tingly or weak, can come from a nerve in your back. "
        "Say yes for any of these, in one leg or both."
    ),
    "reason.leg_symptoms": "pain or numbness in a leg",
    "net.leg_symptoms": "pain down a leg",
    "question.leg_below_knee": "Does it go below the knee?",
    "explain.leg_below_knee": (
        "Pain or numbness that goes past the knee, into the calf or foot, usually comes from a nerve in your "
        "back. Say yes if you feel it below the knee."
    ),
    "reason.leg_below_knee": "pain or numbness below your knee",
    "net.leg_below_knee": "pain below the knee",
    "question.leg_numb": "Is the leg numb or tingly?",
    "explain.leg_numb": (
        "Numbness or pins and needles in a leg can mean a nerve from your back is being pressed on. Say yes if "
        "any part of a leg feels numb, dead or tingly."
    ),
    "reason.leg_numb": "numbness or tingling in a leg",
    "net.leg_numb": "numbness in a leg",
    "question.leg_weak": "Is the leg weak, or does it give way?",
    "explain.leg_weak": (
        "A leg that is weak, or gives way when you walk, can mean a nerve is being badly pressed on. Say no if "
        "it only hurts to walk."
    ),
    "reason.leg_weak": "a weak leg",
    "net.leg_weak": "a weak leg",
    "question.legs_both": "Is that in both legs?",
    "explain.legs_both": (
        "Nerve symptoms in both legs can mean the nerves at the bottom of your spine are pressed on. Say yes if "
        "you have pain below the knee, numbness, tingling or weakness in both legs."
    ),
    "reason.legs_both": "symptoms in both legs",
    "net.legs_both": "weak legs",
    "question.legs_worse": "Are the leg symptoms new, or getting worse?",
    "explain.legs_worse": (
        "Say yes if it started in both legs recently, or is getting worse. Say no if both legs have been the same "
        "for a long time."
    ),
    "reason.legs_worse": "new or worsening symptoms in both legs",
    "net.legs_worse": "legs getting weaker or more numb",
    "question.blood_thinner": "Do you take a blood thinner, like warfarin, apixaban or rivaroxaban?",
    "explain.blood_thinner": (
        "A blood thinner raises the chance of bleeding around the spine. Say yes for warfarin, apixaban, "
        "rivaroxaban, edoxaban, dabigatran or heparin injections. Aspirin on its own doesn't count."
    ),
    "reason.blood_thinner": "taking a blood thinner",
    "question.steadily_worse": "Is the pain getting steadily worse?",
    "explain.steadily_worse": (
        "Pain that keeps getting worse, day after day, needs checking sooner. Say no if it comes and goes, or is "
        "easing."
    ),
    "reason.steadily_worse": "pain that's getting steadily worse",
    "net.steadily_worse": "pain that keeps getting worse",
    "question.abdominal_pain": "Do you have {tummy} pain too?",
    "explain.abdominal_pain": (
        "Pain in your {tummy}, or abdomen, with back pain can come from something other than "
        "the back, and should be checked. Say yes if your {tummy} hurts too."
    ),
    "reason.abdominal_pain": "{tummy} pain",
    "net.abdominal_pain": "{tummy} pain",
    "question.abdominal_new": "Is this {tummy} pain new or different for you?",
    "explain.abdominal_new": (
        "New or different {tummy} pain can come from a large blood vessel, or a pregnancy outside the womb. "
        "Say yes if you don't usually get {tummy} pain. Say no if it's the pain you usually get, such as with "
        "IBS or periods."
    ),
    "reason.abdominal_new": "new {tummy} pain",
    "net.abdominal_new": "new {tummy} pain",
    "question.abdominal_sudden": "Did the {tummy} pain come on suddenly and severely?",
    "explain.abdominal_sudden": (
        "Pain in your {tummy} that comes on suddenly and severely, with back pain, can come from a burst blood "
        "vessel or an inflamed pancreas, which need help straight away."
    ),
    "reason.abdominal_sudden": "{tummy} pain that came on suddenly and severely",
    "net.abdominal_sudden": "sudden severe {tummy} pain",
    "question.pregnant": "Could you be pregnant, even if you're not sure?",
    "explain.pregnant": (
        "With {tummy} pain or feeling faint, a pregnancy outside the womb needs checking quickly, even one you "
        "don't know about yet. Say yes if there's any chance you're pregnant."
    ),
    "reason.pregnant": "possibly being pregnant",
    "question.weight_loss": "Have you lost weight without trying?",
    "explain.weight_loss": (
        "Losing weight without trying, with back pain, should be checked by a doctor. Say yes if you have lost "
        "weight in the last few months without dieting."
    ),
    "reason.weight_loss": "losing weight without trying",
    "question.lump": "Have you found a new lump or swelling on your back?",
    "explain.lump": "A new lump or swelling on the back, or a change in its shape, should be checked by a doctor.",
    "reason.lump": "a lump on your back",
    "question.not_improving": "Has it lasted a few weeks without getting better?",
    "explain.not_improving": (
        "Most back pain gets better within a few weeks. Say yes if yours has lasted a few weeks and hasn't improved."
    ),
    "reason.not_improving": "pain that hasn't improved in a few weeks",
    "question.night_pain": "Is the pain worse at night, or does it wake you up?",
    "explain.night_pain": (
        "Back pain that is worse at night, or wakes you, should be checked by a doctor. Say yes even if it only "
        "wakes you when you turn over."
    ),
    "reason.night_pain": "pain that's worse at night",
    "net.night_pain": "pain at night",
    "question.night_still": "Is it there even when you lie still?",
    "explain.night_still": (
        "Pain at night that stays when you lie still, rather than only when you turn over, matters more. Say yes "
        "if it hurts at night even lying still."
    ),
    "reason.night_still": "pain at night even lying still",
    "net.night_still": "pain at night even lying still",
    # --- The skill's listing in the Alexa app (tools.manifest): plain text, not SSML --
    "listing.name": "Back Pain Check",
    "listing.summary": (
        "Is my back pain serious? Yes or no questions about its warning signs, then whether to call for help "
        "now, see a doctor, or look after it at home."
    ),
    "listing.description": (
        "Open Back Pain Check when you, or someone with you, has back pain and wants to know whether it is "
        "serious: whether to call {emergency_number_text} now, contact a {doctor} today, make an appointment "
        "with a {doctor} in the next week or two, or look after the back at home. It asks one yes or no "
        "question at a time about the warning signs that mean back pain needs medical attention, such as loss "
        "of bladder or bowel control, numbness or weakness in the legs, fever, or a history of cancer, and "
        "about the heart, lung and aorta emergencies that can be felt in the back. It is hands-free, for "
        "people who may be lying down or in pain. It is for adults, and not for back pain in pregnancy."
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
    "listing.keywords": (
        "back pain, lower back pain, backache, sciatica, is my back pain serious, should I see a doctor, "
        "warning signs, red flags, symptoms, health"
    ),
}

PRIVACY = (
    "Privacy: Back Pain Check keeps nothing about you. Your answers are used only during the "
    "conversation, to choose the advice; they are never stored or logged, and they are forgotten when "
    "the conversation ends, so a check that is cut off starts again from the beginning next time. "
    "Amazon keeps its own records of what you say to Alexa, which you can review and delete in the "
    'Alexa app. If you ask for a reminder, Alexa sets one with your permission; it says only "check on your '
    'back", nothing about your answers, and you can delete it in the Alexa app.'
)
"""What the skill does with data, in one place: the listing, the privacy page and the README say this."""
