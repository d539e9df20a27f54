"""Names shared by the handlers, the interaction models, the console and the tests."""

# Built-in intents the skill handles.
YES = "AMAZON.YesIntent"
NO = "AMAZON.NoIntent"
HELP = "AMAZON.HelpIntent"
STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"
NAVIGATE_HOME = "AMAZON.NavigateHomeIntent"
FALLBACK = "AMAZON.FallbackIntent"
REPEAT = "AMAZON.RepeatIntent"
START_OVER = "AMAZON.StartOverIntent"
PREVIOUS = "AMAZON.PreviousIntent"  # "go back", with our own samples ("change my answer")

# Custom intents, defined in interaction_model/<locale>.json.
NOT_SURE = "NotSureIntent"
START_CHECK = "StartCheckIntent"
EMERGENCY = "EmergencyIntent"  # "call an ambulance", "I can't feel my legs": in every phase
YES_ANSWER = "YesAnswerIntent"  # "I do", "it does", "a little", "sometimes"
NO_ANSWER = "NoAnswerIntent"  # "I don't", "it doesn't", "not at all"
BOTH_LEGS = "BothLegsIntent"  # "both", "both of them"
ONE_LEG = "OneLegIntent"  # "just one", "only the left"
QUALIFIED_YES = "QualifiedYesIntent"  # "a bit", "sometimes", "yes once last week"
HEDGED_NO = "HedgedNoIntent"  # "not really", "I don't think so", "not that I know of"
ECHO = "EchoIntent"  # the symptom repeated: "chest pain", "a fever", "dizzy"
SYMPTOM_SLOT = "symptom"  # EchoIntent's slot, of the SYMPTOM type: its value's id names the symptom
WHAT_DO_YOU_MEAN = "WhatDoYouMeanIntent"  # "what do you mean", "why are you asking"
HOW_LONG = "HowLongIntent"  # "how long will this take", "how many more"
CHANGE_TO_YES = "ChangeToYesIntent"  # "wait, I meant yes", "actually yes"
CHANGE_TO_NO = "ChangeToNoIntent"  # "sorry, no", "actually no"
SHOULD_I_GO = "ShouldIGoIntent"  # "should I go to A and E?": the number first, then the check
AGE = "AgeIntent"  # "I'm sixty-seven", "67": the age question's answer
AGE_SLOT = "age"  # AgeIntent's AMAZON.NUMBER slot
RATHER_NOT_SAY = "RatherNotSayIntent"  # "I'd rather not say" (to the age question)
HOLD_ON = "HoldOnIntent"  # "hold on", "give me a minute", "wait": take your time, the question kept
FREE_ANSWER = "FreeAnswerIntent"  # "it started when I lifted a box", "I had skin cancer removed": free words
NO_BUT = "NoButIntent"  # "no, but my leg is numb": a no, and free words
YES_BUT = "YesButIntent"  # "yes, but only when I walk": a yes, and free words
WORDS_SLOT = "words"  # FreeAnswerIntent's and WhatDoYouMeanIntent's AMAZON.SearchQuery slot: what was said
AGE_RANGE = "AgeRangeIntent"  # "in my sixties", "sixty-something": the age question's answer as a decade
DECADE_SLOT = "decade"  # AgeRangeIntent's slot, of the DECADE type: its value's id is the decade ("60")
THANKS = "ThanksIntent"  # "thanks", "okay", "got it": after the verdict, a kind goodbye (elsewhere, a yes or a miss)
REMIND_ME = "RemindMeIntent"  # "remind me in two weeks": after a home or routine verdict, a reminder

BUILT_IN_INTENTS = (YES, NO, HELP, STOP, CANCEL, NAVIGATE_HOME, FALLBACK, REPEAT, START_OVER, PREVIOUS)
CUSTOM_INTENTS = (
    NOT_SURE,
    START_CHECK,
    EMERGENCY,
    YES_ANSWER,
    NO_ANSWER,
    BOTH_LEGS,
    ONE_LEG,
    AGE,
    AGE_RANGE,
    HOLD_ON,
    FREE_ANSWER,
    NO_BUT,
    YES_BUT,
    RATHER_NOT_SAY,
    QUALIFIED_YES,
    HEDGED_NO,
    ECHO,
    WHAT_DO_YOU_MEAN,
    HOW_LONG,
    CHANGE_TO_YES,
    CHANGE_TO_NO,
    SHOULD_I_GO,
    THANKS,
    REMIND_ME,
)
# Everything that answers a question: what each means depends on the question (skill.core.meaning).
ANSWER_INTENTS = (YES, NO, NOT_SURE, YES_ANSWER, NO_ANSWER, BOTH_LEGS, ONE_LEG, QUALIFIED_YES, HEDGED_NO, ECHO)
HANDLED_INTENTS = BUILT_IN_INTENTS + CUSTOM_INTENTS

# Session attributes.
PHASE = "phase"  # skill.alexa.session.Phase's value
ANSWERS = "answers"
AGE_KEY = "age"  # the person's age (None: would rather not say); in the session only, never logged
AGE_HEARD = "age_heard"  # an age heard, waiting to be confirmed ("sixty" heard as "sixteen")
DECADE_HEARD = "decade_heard"  # a decade heard, waiting to be confirmed ("sesenta y tantos" for "setenta y tantos")
EXPLAINED = "explained"
NOTED = "noted"  # warning signs named before their turn ("no, but my leg is numb"): answered yes when it comes
MISSES = "misses"  # misunderstood replies in a row, for the escalating fallback
VERSION = "v"
OUTCOME = "outcome"

# The phases a session can be in: skill.alexa.session.Phase.

SESSION_VERSION = 2  # 2: the age question
