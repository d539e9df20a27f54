"""The import of the Lambda entry point, then its first turn: ``python first_turn.py EVENT.json``."""

import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())  # the skill from the current folder, as Lambda's task root
started = time.perf_counter()
from skill.alexa.lambda_function import handler  # noqa: E402  (timed: the import is the measure)

imported = time.perf_counter()
with open(sys.argv[1]) as file:
    event = json.load(file)
before = time.perf_counter()
handler(event, None)
print(json.dumps({"import_ms": (imported - started) * 1e3, "first_turn_ms": (time.perf_counter() - before) * 1e3}))
