"""What a user's first request costs a fresh Lambda process: the import, a real Echo's launch, then its first
answer (with the launch's session attributes, as Alexa sends them back): ``python cold_pair.py LAUNCH ANSWER``."""

import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())  # the skill from the current folder, as Lambda's task root
started = time.perf_counter()
from skill.alexa.lambda_function import handler  # noqa: E402  (timed: the import is the measure)

imported = time.perf_counter()
with open(sys.argv[1]) as launch_file, open(sys.argv[2]) as answer_file:
    launch, answer = json.load(launch_file), json.load(answer_file)
before_launch = time.perf_counter()
out = handler(launch, None)
answer["session"]["attributes"] = out.get("sessionAttributes") or {}
before_answer = time.perf_counter()
handler(answer, None)
done = time.perf_counter()
print(
    json.dumps(
        {
            "import_ms": (imported - started) * 1e3,
            "launch_ms": (before_answer - before_launch) * 1e3,
            "answer_ms": (done - before_answer) * 1e3,
        }
    )
)
