"""Everyday and emergency test utterances for Back Pain Check (en-US).

Written from /work/main/docs/transcripts/en-US.md only (what Alexa says),
without looking at the interaction model, the skill code or its tests.
"said" is written as Alexa's speech recognition would hand it over:
lower case, no punctuation except apostrophes, numbers mostly as words.

"means" is what a careful human listener would take the person to mean,
not a guess at what the skill currently understands.
"""

# Every question sentence Alexa asks, copied from the transcript.
QUESTIONS = (
    "How old are you?",
    "Did you say 12?",
    "Did you say 15?",
    "Did you say 16?",
    "Have you had chest pain, pressure or tightness today?",
    "Did that come on with the back pain?",
    "Are you short of breath, clammy, or sick to your stomach?",
    "Did the pain reach its worst within a minute of starting?",
    "Do you take a blood thinner, such as warfarin, apixaban or rivaroxaban?",
    "Does the pain stay severe, whatever position you rest in?",
    "Have you felt faint or dizzy since the pain began?",
    "Do you have a known aortic aneurysm?",
    "Is the pain between your shoulder blades?",
    "Does the pain get worse when you breathe in?",
    "Did the pain start with a fall, a knock, or lifting something?",
    "Was it a serious accident, like a car crash or a bad fall?",
    "Have you been told you have osteoporosis, or weak bones?",
    "In the last two weeks, have you had a new problem peeing, or with bowel control?",
    "Is it hard to start or stop peeing, to control your bowels, or to feel when you need to go?",
    "Is there new numbness around your genitals or bottom, even just when wiping or during sex?",
    "Have you ever had cancer, counting melanoma but no other skin cancer?",
    "Do you have a fever, or feel hot and shivery?",
    "Are you breathing very fast, or is your skin blotchy, pale or blue?",
    "In the last month, have you had a urine, chest or skin infection, or back surgery or injection?",
    "Do you have diabetes?",
    "Have you ever injected street drugs?",
    "Do you take steroid tablets, or medicines that lower your immunity?",
    "Do you have pain, numbness, tingling or weakness in either leg?",
    "Does it go below the knee?",
    "Is the leg numb or tingly?",
    "Is the leg weak, or does it give way?",
    "In the last two weeks, has it come on in both legs?",
    "Do you have stomach pain too?",
    "Have you lost weight without trying?",
    "Have you found a new lump or swelling on your back?",
    "Has it been this bad for a few weeks or more?",
    "Want to hear that again?",
)

AGE = "How old are you?"
CONFIRM_15 = "Did you say 15?"
CONFIRM_16 = "Did you say 16?"
CONFIRM_12 = "Did you say 12?"
CHEST = "Have you had chest pain, pressure or tightness today?"
WITH_PAIN = "Did that come on with the back pain?"
BREATH = "Are you short of breath, clammy, or sick to your stomach?"
SUDDEN = "Did the pain reach its worst within a minute of starting?"
THINNER = "Do you take a blood thinner, such as warfarin, apixaban or rivaroxaban?"
SEVERE = "Does the pain stay severe, whatever position you rest in?"
FAINT = "Have you felt faint or dizzy since the pain began?"
ANEURYSM = "Do you have a known aortic aneurysm?"
SHOULDER = "Is the pain between your shoulder blades?"
BREATHE_IN = "Does the pain get worse when you breathe in?"
TRAUMA = "Did the pain start with a fall, a knock, or lifting something?"
ACCIDENT = "Was it a serious accident, like a car crash or a bad fall?"
OSTEO = "Have you been told you have osteoporosis, or weak bones?"
PEE = "In the last two weeks, have you had a new problem peeing, or with bowel control?"
PEE_HARD = "Is it hard to start or stop peeing, to control your bowels, or to feel when you need to go?"
SADDLE = "Is there new numbness around your genitals or bottom, even just when wiping or during sex?"
CANCER = "Have you ever had cancer, counting melanoma but no other skin cancer?"
FEVER = "Do you have a fever, or feel hot and shivery?"
SEPSIS = "Are you breathing very fast, or is your skin blotchy, pale or blue?"
INFECTION = "In the last month, have you had a urine, chest or skin infection, or back surgery or injection?"
DIABETES = "Do you have diabetes?"
DRUGS = "Have you ever injected street drugs?"
STEROIDS = "Do you take steroid tablets, or medicines that lower your immunity?"
LEG = "Do you have pain, numbness, tingling or weakness in either leg?"
KNEE = "Does it go below the knee?"
LEG_NUMB = "Is the leg numb or tingly?"
LEG_WEAK = "Is the leg weak, or does it give way?"
BOTH_LEGS = "In the last two weeks, has it come on in both legs?"
STOMACH = "Do you have stomach pain too?"
WEIGHT = "Have you lost weight without trying?"
LUMP = "Have you found a new lump or swelling on your back?"
WEEKS = "Has it been this bad for a few weeks or more?"
AGAIN = "Want to hear that again?"  # asked at the end of every verdict


def _e(asked, said, means):
    return {"asked": asked, "said": said, "means": means}


EVERYDAY = (
    # --- the age question -------------------------------------------------
    _e(AGE, "i'm seventy eight", "age:78"),
    _e(AGE, "seventy two years young", "age:72"),
    _e(AGE, "i just turned fifty", "age:50"),
    _e(AGE, "i'm sixty five and a half", "age:65"),
    _e(AGE, "i'll be eighty one next month", "age:80"),
    _e(AGE, "oh i'm eighty seven dear", "age:87"),
    _e(AGE, "my age is 56", "age:56"),
    _e(AGE, "hang on let me think", "hold on"),
    _e(AGE, "why do you need my age", "help"),
    _e(AGE, "what", "repeat"),
    _e(AGE, "one second", "hold on"),
    # --- the "did you say ..." age confirmation ----------------------------
    _e(CONFIRM_16, "no sixty", "age:60"),
    _e(CONFIRM_16, "no i said sixty", "age:60"),
    _e(CONFIRM_16, "no not sixteen sixty", "age:60"),
    _e(CONFIRM_15, "no five zero", "age:50"),
    _e(CONFIRM_15, "nope fifty", "age:50"),
    _e(CONFIRM_12, "that's right", "yes"),
    # --- chest / heart ---------------------------------------------------
    _e(CHEST, "my chest feels a bit tight", "yes"),
    _e(CHEST, "just my back", "no"),
    _e(CHEST, "no but i've been feeling sick", "no+sick to my stomach"),
    _e(CHEST, "wait a moment", "hold on"),
    _e(BREATH, "a little bit", "yes"),
    _e(BREATH, "i feel a bit queasy", "yes"),
    _e(BREATH, "i'm all sweaty", "yes"),
    _e(BREATH, "no but my leg is numb", "no+numb leg"),
    _e(BREATH, "no but my foot's gone all tingly", "no+tingling foot"),
    _e(BREATH, "what do you mean", "help"),
    _e(WITH_PAIN, "they started at the same time", "yes"),
    _e(WITH_PAIN, "no it's the painkillers making me sick", "no"),
    # --- sudden / severe / faint -------------------------------------------
    _e(SUDDEN, "it came on gradually", "no"),
    _e(SUDDEN, "it hit me all at once like a knife", "yes"),
    _e(SUDDEN, "it built up over the day", "no"),
    _e(THINNER, "i take warfarin", "yes"),
    _e(THINNER, "i'm on eliquis", "yes"),
    _e(THINNER, "not that i know of", "no"),
    _e(SEVERE, "it eases off when i lie down", "no"),
    _e(SEVERE, "it hurts no matter how i lie", "yes"),
    _e(FAINT, "i felt a bit lightheaded when i stood up", "yes"),
    _e(FAINT, "now and then", "yes"),
    _e(FAINT, "i passed out on the bathroom floor this morning", "emergency"),
    _e(ANEURYSM, "what's an aortic aneurysm", "help"),
    _e(ANEURYSM, "they're keeping an eye on a bulge in my aorta", "yes"),
    _e(ANEURYSM, "i don't think so", "no"),
    _e(SHOULDER, "no it's lower down", "no"),
    _e(SHOULDER, "right between my shoulders yes", "yes"),
    _e(SHOULDER, "it's more in my lower back", "no"),
    _e(BREATHE_IN, "it catches me when i take a deep breath", "yes"),
    # --- injury / bones ----------------------------------------------------
    _e(TRAUMA, "i slipped on the ice", "yes"),
    _e(TRAUMA, "i was picking up my grandson", "yes"),
    _e(TRAUMA, "not really but i am on warfarin", "no+takes warfarin"),
    _e(ACCIDENT, "i got rear ended on the freeway", "yes"),
    _e(ACCIDENT, "no i just lifted a bag of groceries", "no"),
    _e(OSTEO, "the doctor said my bones are thinning", "yes"),
    _e(OSTEO, "i have thin bones", "yes"),
    # --- bladder, bowel, saddle --------------------------------------------
    _e(PEE, "i can't pee properly", "yes"),
    _e(PEE, "just a sec", "hold on"),
    _e(PEE_HARD, "i can't feel when i need to go", "yes"),
    _e(SADDLE, "it's a bit numb down there", "yes"),
    _e(SADDLE, "why do you ask", "help"),
    _e(SADDLE, "probably not", "no"),
    # --- cancer, infection, immunity ----------------------------------------
    _e(CANCER, "i had bowel cancer ten years ago", "yes"),
    _e(CANCER, "i had breast cancer in twenty fifteen", "yes"),
    _e(CANCER, "i had a melanoma taken off my arm", "yes"),
    _e(CANCER, "just a basal cell on my nose", "no"),
    _e(CANCER, "hang on let me think", "hold on"),
    _e(CANCER, "they took something off my skin but i can't remember what it was", "not sure"),
    _e(CANCER, "no i don't think so but my mother did", "no"),
    # correction: said after answering no to the cancer question and
    # Alexa moving on; "yes" is meant for the previous (cancer) question.
    _e(FEVER, "wait i meant yes", "yes"),
    _e(FEVER, "i've been shivering all night", "yes"),
    _e(FEVER, "sort of", "not sure"),
    _e(SEPSIS, "my lips look a bit blue", "yes"),
    _e(INFECTION, "i had a water infection last week", "yes"),
    _e(INFECTION, "i had an injection in my back three weeks ago", "yes"),
    _e(INFECTION, "i'm on antibiotics for a uti", "yes"),
    _e(DIABETES, "i'm type two", "yes"),
    _e(DIABETES, "they said i'm borderline", "not sure"),
    _e(DRUGS, "never in my life", "no"),
    _e(DRUGS, "years ago when i was young", "yes"),
    _e(STEROIDS, "i'm on methotrexate", "yes"),
    _e(STEROIDS, "i take prednisone every morning", "yes"),
    _e(STEROIDS, "just my blood pressure pills", "no"),
    _e(STEROIDS, "i need a minute", "hold on"),
    # --- legs --------------------------------------------------------------
    _e(LEG, "my left foot tingles", "yes:left leg only"),
    _e(LEG, "just my right leg", "yes:right leg only"),
    _e(LEG, "both but it's been like that for years", "yes:both legs, for years"),
    _e(LEG, "both legs", "yes:both legs"),
    _e(LEG, "how many more questions", "help"),
    _e(KNEE, "it goes right down to my ankle", "yes"),
    _e(KNEE, "only in my bum and thigh", "no"),
    _e(LEG_NUMB, "my left foot tingles", "yes"),
    _e(LEG_NUMB, "i think so", "yes"),
    _e(LEG_WEAK, "it buckled on me on the stairs", "yes"),
    _e(LEG_WEAK, "my legs feel like jelly", "yes"),
    # "in the last two weeks" - years-long both-legs symptoms are not new
    _e(BOTH_LEGS, "both but it's been like that for years", "no"),
    _e(BOTH_LEGS, "the other one started yesterday", "yes"),
    # --- stomach, weight, lump, duration -----------------------------------
    _e(STOMACH, "my tummy hurts", "yes"),
    _e(STOMACH, "sorry", "repeat"),
    _e(WEIGHT, "i've lost about ten pounds and i'm not dieting", "yes"),
    _e(WEIGHT, "i've put on weight if anything", "no"),
    _e(LUMP, "there's a bump on my spine", "yes"),
    _e(LUMP, "maybe i can't really reach back there", "not sure"),
    _e(LUMP, "say that again", "repeat"),
    _e(WEEKS, "it's been going on since christmas", "yes"),
    _e(WEEKS, "it only started yesterday", "no"),
    _e(WEEKS, "about three days", "no"),
    _e(WEEKS, "i'm done i've had enough", "stop"),
    # --- after the verdict ("Want to hear that again?") --------------------
    _e(AGAIN, "thanks", "no"),
    _e(AGAIN, "thank you very much", "no"),
    # "okay" here is an acknowledgement of the verdict, not a request
    _e(AGAIN, "okay", "no"),
    _e(AGAIN, "got it", "no"),
    _e(AGAIN, "one more time please", "yes"),
    _e(AGAIN, "what was the first bit", "repeat"),
    _e(AGAIN, "sorry what", "repeat"),
    # they want a reminder set: the skill should tell them how to ask Alexa
    _e(AGAIN, "remind me in two weeks", "help"),
    _e(AGAIN, "that's all goodbye", "stop"),
)


def _x(phase, said, kind):
    return {"phase": phase, "said": said, "kind": kind}


EMERGENCY_VARIANTS = (
    # cannot feel or move legs
    _x("question", "i can't feel my legs", "cannot feel or move legs"),
    _x("age", "i can't feel my legs anymore", "cannot feel or move legs"),
    _x("question", "my legs have gone dead i can't move them", "cannot feel or move legs"),
    _x("verdict", "i can't move my legs", "cannot feel or move legs"),
    _x("question", "my legs won't work", "cannot feel or move legs"),
    # heart attack
    _x("age", "i think i'm having a heart attack", "heart attack"),
    _x("question", "i think this is a heart attack", "heart attack"),
    _x("question", "am i having a heart attack", "heart attack"),
    _x("after verdict", "i'm having a heart attack", "heart attack"),
    # breathing
    _x("question", "i can't breathe", "breathing"),
    _x("age", "i cannot breathe", "breathing"),
    _x("question", "i can't catch my breath", "breathing"),
    _x("verdict", "i'm struggling to breathe", "breathing"),
    _x("question", "i can hardly breathe", "breathing"),
    # chest pain
    _x("question", "i have chest pain", "chest pain"),
    _x("age", "i've got chest pain", "chest pain"),
    _x("verdict", "my chest hurts really bad now", "chest pain"),
    _x("question", "there's a crushing pain in my chest", "chest pain"),
    # ambulance or help
    _x("question", "call an ambulance", "ambulance or help"),
    _x("age", "please call an ambulance", "ambulance or help"),
    _x("after verdict", "get me an ambulance", "ambulance or help"),
    _x("question", "call nine one one", "ambulance or help"),
    _x("question", "call 911", "ambulance or help"),
    _x("verdict", "help me", "ambulance or help"),
    _x("after verdict", "i need help", "ambulance or help"),
    _x("question", "somebody help me", "ambulance or help"),
    _x("age", "help help", "ambulance or help"),
    _x("question", "i need an ambulance", "ambulance or help"),
    # wet myself / lost bladder or bowel control
    _x("question", "i've wet myself", "wet myself / lost bladder or bowel control"),
    _x("verdict", "i just wet myself", "wet myself / lost bladder or bowel control"),
    _x("question", "i peed myself and didn't even feel it", "wet myself / lost bladder or bowel control"),
    _x("after verdict", "i've soiled myself", "wet myself / lost bladder or bowel control"),
    _x("question", "i've lost control of my bladder", "wet myself / lost bladder or bowel control"),
    # saddle numbness
    _x("question", "i have numbness between my legs", "saddle numbness"),
    _x("verdict", "i'm numb between my legs", "saddle numbness"),
    _x("question", "i can't feel my bottom", "saddle numbness"),
    # stroke signs
    _x("question", "my face is drooping", "stroke"),
    _x("age", "one side of my face has dropped", "stroke"),
    _x("question", "my arm's gone weak", "stroke"),
    _x("verdict", "i can't lift my arm", "stroke"),
    _x("question", "my speech is slurred", "stroke"),
    _x("after verdict", "i'm slurring my words", "stroke"),
    _x("question", "i think i'm having a stroke", "stroke"),
    _x("question", "my wife's face is drooping and she can't talk", "stroke"),
    # collapse / fainted
    _x("question", "i collapsed", "collapse/fainted"),
    _x("age", "i just collapsed", "collapse/fainted"),
    _x("question", "i passed out", "collapse/fainted"),
    _x("verdict", "i blacked out in the bathroom", "collapse/fainted"),
    _x("after verdict", "my husband just collapsed", "collapse/fainted"),
    # heavy bleeding
    _x("question", "i'm bleeding heavily", "heavy bleeding"),
    _x("question", "i'm bleeding a lot", "heavy bleeding"),
    _x("age", "there's blood everywhere", "heavy bleeding"),
    _x("verdict", "i'm bleeding and it won't stop", "heavy bleeding"),
    # fall
    _x("question", "i fell and can't get up", "fall"),
    _x("age", "i've fallen and i can't get up", "fall"),
    _x("after verdict", "i'm on the floor and can't get up", "fall"),
    _x("question", "i fell down the stairs", "fall"),
)


SIMPLE_MEANS = {"yes", "no", "not sure", "hold on", "repeat", "stop", "help", "emergency"}
PHASES = {"age", "question", "verdict", "after verdict"}
KINDS = {
    "stroke", "cannot feel or move legs", "heart attack", "breathing",
    "chest pain", "collapse/fainted", "heavy bleeding", "ambulance or help",
    "saddle numbness", "wet myself / lost bladder or bowel control", "fall",
}
_SAID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789 '")


def _means_ok(m):
    if m in SIMPLE_MEANS:
        return True
    if m.startswith("age:"):
        return m[4:].isdigit()
    if m.startswith("yes:"):
        return bool(m[4:].strip())
    if m.startswith("no+"):
        return bool(m[3:].strip())
    return False


def _said_ok(s):
    return bool(s) and s == s.strip() and "  " not in s and set(s) <= _SAID_CHARS


def _kind_of_means(m):
    for prefix in ("age:", "yes:", "no+"):
        if m.startswith(prefix):
            return prefix
    return m


if __name__ == "__main__":
    from collections import Counter

    problems = []
    if len(EVERYDAY) < 48:
        problems.append(f"EVERYDAY has {len(EVERYDAY)} < 48")
    if len(EMERGENCY_VARIANTS) < 40:
        problems.append(f"EMERGENCY_VARIANTS has {len(EMERGENCY_VARIANTS)} < 40")

    seen = set()
    for d in EVERYDAY:
        if set(d) != {"asked", "said", "means"}:
            problems.append(f"bad keys {d}")
        if d["asked"] not in QUESTIONS:
            problems.append(f"asked not a transcript question: {d}")
        if not _said_ok(d["said"]):
            problems.append(f"said not ASR-like: {d}")
        if not _means_ok(d["means"]):
            problems.append(f"bad means: {d}")
        key = (d["asked"], d["said"])
        if key in seen:
            problems.append(f"duplicate: {d}")
        seen.add(key)

    seen = set()
    for d in EMERGENCY_VARIANTS:
        if set(d) != {"phase", "said", "kind"}:
            problems.append(f"bad keys {d}")
        if d["phase"] not in PHASES:
            problems.append(f"bad phase: {d}")
        if d["kind"] not in KINDS:
            problems.append(f"bad kind: {d}")
        if not _said_ok(d["said"]):
            problems.append(f"said not ASR-like: {d}")
        if d["said"] in seen:
            problems.append(f"duplicate: {d}")
        seen.add(d["said"])

    emergency_said = {d["said"] for d in EMERGENCY_VARIANTS}
    for must in ("i can't feel my legs", "i think i'm having a heart attack",
                 "i can't breathe", "call an ambulance", "i have chest pain",
                 "i've wet myself", "i collapsed", "i'm bleeding heavily",
                 "help me", "i need help", "i have numbness between my legs",
                 "i fell and can't get up"):
        if must not in emergency_said:
            problems.append(f"missing emergency phrasing: {must}")
    missing_kinds = KINDS - {d["kind"] for d in EMERGENCY_VARIANTS}
    if missing_kinds:
        problems.append(f"kinds with no example: {sorted(missing_kinds)}")

    print(f"EVERYDAY: {len(EVERYDAY)}")
    for k, n in sorted(Counter(_kind_of_means(d["means"]) for d in EVERYDAY).items()):
        print(f"  {k:10} {n}")
    print(f"  distinct questions covered: {len({d['asked'] for d in EVERYDAY})} of {len(QUESTIONS)}")
    print(f"EMERGENCY_VARIANTS: {len(EMERGENCY_VARIANTS)}")
    for k, n in sorted(Counter(d["kind"] for d in EMERGENCY_VARIANTS).items()):
        print(f"  {k:45} {n}")
    print("  by phase: " + ", ".join(
        f"{k} {n}" for k, n in sorted(Counter(d["phase"] for d in EMERGENCY_VARIANTS).items())))

    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        raise SystemExit(1)
    print("OK")
