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

# Custom intents, defined in interaction_model/<locale>.json.
NOT_SURE = "NotSureIntent"
START_CHECK = "StartCheckIntent"

BUILT_IN_INTENTS = (YES, NO, HELP, STOP, CANCEL, NAVIGATE_HOME, FALLBACK, REPEAT, START_OVER)
CUSTOM_INTENTS = (NOT_SURE, START_CHECK)
HANDLED_INTENTS = BUILT_IN_INTENTS + CUSTOM_INTENTS

# Session attributes.
PHASE = "phase"
ANSWERS = "answers"
EXPLAINED = "explained"
VERSION = "v"
OUTCOME = "outcome"

# Phases of a session.
OFFERED = "offered"  # the welcome offered to start the check
CHECKING = "checking"  # a question is pending
BROKEN = "broken"  # the attributes were stale or tampered with: restart safely
PHASES = (None, OFFERED, CHECKING, BROKEN)

SESSION_VERSION = 1
