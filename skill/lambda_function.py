"""AWS Lambda entry point: ``skill.lambda_function.handler``.

``ALEXA_SKILL_ID``, when set, makes the skill refuse requests for any other skill.
"""

import os

from skill.alexa import build_skill_builder

skill_builder = build_skill_builder(os.environ.get("ALEXA_SKILL_ID"))
handler = skill_builder.lambda_handler()
