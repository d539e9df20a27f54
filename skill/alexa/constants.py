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
AGE = "AgeIntent"  # "I'm sixty-seven", "67": the age question's answer
AGE_SLOT = "age"  # AgeIntent's AMAZON.NUMBER slot
RATHER_NOT_SAY = "RatherNotSayIntent"  # "I'd rather not say" (to the age question)

BUILT_IN_INTENTS = (YES, NO, HELP, STOP, CANCEL, NAVIGATE_HOME, FALLBACK, REPEAT, START_OVER, PREVIOUS)
CUSTOM_INTENTS = (NOT_SURE, START_CHECK, EMERGENCY, YES_ANSWER, NO_ANSWER, BOTH_LEGS, ONE_LEG, AGE, RATHER_NOT_SAY)
# Everything that answers a question: what each means depends on the question (skill.core.meaning).
ANSWER_INTENTS = (YES, NO, NOT_SURE, YES_ANSWER, NO_ANSWER, BOTH_LEGS, ONE_LEG)
HANDLED_INTENTS = BUILT_IN_INTENTS + CUSTOM_INTENTS

# Session attributes.
PHASE = "phase"  # skill.alexa.session.Phase's value
ANSWERS = "answers"
AGE_KEY = "age"  # the person's age (None: would rather not say); in the session only, never logged
AGE_HEARD = "age_heard"  # an age under 16 heard, waiting to be confirmed ("fifty" heard as "fifteen")
EXPLAINED = "explained"
MISSES = "misses"  # misunderstood replies in a row, for the escalating fallback
VERSION = "v"
OUTCOME = "outcome"

# The phases a session can be in: skill.alexa.session.Phase.

SESSION_VERSION = 2  # 2: the age question
