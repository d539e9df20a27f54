"""Nothing about the user is kept: a conversation cut off and opened again starts afresh,
and the skill writes no file and opens no connection anywhere while it runs.

The conversation runs in a fresh interpreter, in an empty folder, with an audit hook
(PEP 578) that records every file opened for writing, every folder or file created,
moved or removed, every SQLite database opened and every socket connection.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from skill.core.speech import texts_for
from tests.support.conversations import after_age, question
from tests.support.fake_alexa import SKILL_ID

ROOT = Path(__file__).parents[2]
TEXTS = texts_for("en-US")
THANKS = after_age(40)

CONVERSATION = r"""
import json, os, sys

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
seen = []

def audit(event, args):
    if event == "open":
        path, mode, flags = args
        writes = any(m in mode for m in "wax+") if isinstance(mode, str) else bool((flags or 0) & WRITE_FLAGS)
        if writes:
            seen.append([event, str(path)])
    elif event in ("os.mkdir", "os.rename", "os.remove", "os.rmdir", "os.symlink", "os.link", "shutil.copyfile",
                   "os.truncate", "sqlite3.connect", "socket.connect", "dbm.open"):
        seen.append([event, repr(args)[:200]])

sys.addaudithook(audit)

from skill.alexa import constants as c
from skill.alexa.lambda_function import handler
from tests.support.fake_alexa import FakeAlexa, speech

fake_alexa = FakeAlexa(handler)
first_welcome = speech(fake_alexa.launch())
asked = [speech(fake_alexa.tell_age(67))]  # the welcome asked the age
asked += [speech(fake_alexa.say(intent)) for intent in (c.NO, c.NO)]
fake_alexa.end("EXCEEDED_MAX_REPROMPTS")  # the user fell silent: FakeAlexa closed the session

again = FakeAlexa(handler)
second_welcome = speech(again.launch())
restarted = [speech(again.tell_age(40))]
print(json.dumps({"first_welcome": first_welcome, "asked": asked, "second_welcome": second_welcome,
                  "restarted": restarted, "writes": seen}))
"""


def test_an_interrupted_conversation_starts_afresh_and_nothing_is_written_anywhere(tmp_path: Path) -> None:
    folder, home, temp = tmp_path / "cwd", tmp_path / "home", tmp_path / "tmp"
    for empty in (folder, home, temp):
        empty.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",  # the interpreter's own bytecode cache is not the skill's doing
        "HOME": str(home),
        "TMPDIR": str(temp),
        "ALEXA_SKILL_ID": SKILL_ID,
    }
    result = subprocess.run(
        [sys.executable, "-c", CONVERSATION], cwd=folder, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    run = json.loads(result.stdout)
    thanks_67 = after_age(67)
    assert run["asked"] == [thanks_67, question("breathless"), question("sudden_onset")]
    assert run["second_welcome"] == run["first_welcome"], "nothing is remembered between sessions"
    assert "Last time" not in run["second_welcome"]
    assert run["second_welcome"].endswith(TEXTS["question.age"])  # the age asked again
    assert run["restarted"] == [THANKS]  # then the first question, not the third
    assert run["writes"] == []
    for empty in (folder, home, temp):
        assert list(empty.iterdir()) == [], empty
