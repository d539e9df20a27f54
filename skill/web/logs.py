"""One line a log event: control characters a request carries are escaped in every line written.

A percent-encoded CR, LF or ESC in a path reaches the app (and Granian's access line) decoded;
written raw it would end the line and forge another, or drive a terminal. ``OneLineFormatter``
escapes C0 and C1 control characters, DEL and the Unicode line and paragraph separators as
``\\xNN`` or ``\\uNNNN`` in the whole formatted line (a traceback too), after formatting, so no
field or argument can split it.
"""

from __future__ import annotations

import logging
import re

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """``text`` with every control character escaped: one line, whatever it holds."""
    return _CONTROL.sub(_escaped, text)


class OneLineFormatter(logging.Formatter):
    """A ``logging.Formatter`` whose lines hold no control characters."""

    def format(self, record: logging.LogRecord) -> str:
        return one_line(super().format(record))
