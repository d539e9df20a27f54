"""The import of the Lambda entry point and a launch, from the zip unpacked in the current folder:
``python shipped.py LAUNCH.json``."""

import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())  # the zip's folder, as Lambda's task root
started = time.perf_counter()
from skill.alexa.lambda_function import handler  # noqa: E402  (timed: the import is the measure)

with open(sys.argv[1]) as file:
    handler(json.load(file), None)
print(json.dumps({"ms": (time.perf_counter() - started) * 1e3}))
