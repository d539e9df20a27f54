"""AWS Lambda entry point: ``skill.lambda_function.handler``.

``ALEXA_SKILL_ID``, when set, makes the skill refuse requests for any other skill;
``SKILL_STORE_URL`` names the store for interrupted checks (``skill.store``).
"""

import os

from skill.alexa import build_skill_builder
from skill.store import store_from_environment

skill_builder = build_skill_builder(os.environ.get("ALEXA_SKILL_ID"), store_from_environment())
handler = skill_builder.lambda_handler()
