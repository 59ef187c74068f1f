"""Text for a terminal: what the graph holds is shown, never obeyed.

An article id, a label or a sentence is data from files anyone may write: an
ANSI escape sequence in it could clear or retitle the terminal, a line break
fake a line of output, U+202E turn the rest of the line around. `shown` escapes
control characters, bidirectional controls, line separators and lone
surrogates wherever a value is printed for reading; the files keep them as
they are. `safe_output` lets output to a terminal or pipe that cannot encode
a character (LANG=C, a Latin-1 locale) degrade to escapes instead of failing.
"""
from __future__ import annotations

import re
import sys

# C0 and C1 controls, DEL, bidirectional marks, embeddings, overrides and isolates, line and paragraph
# separators, lone surrogates.
_BEYOND_C0 = "\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
UNSAFE = re.compile(f"[\x00-\x1f{_BEYOND_C0}]")
_UNSAFE_IN_JSON = re.compile(f"[{_BEYOND_C0}]")  # json.dumps escapes C0 controls in strings itself
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def shown(value: object) -> str:
    """`str(value)` safe to print: control and bidirectional characters written as escapes.

    >>> shown("Nga\\x1b[2J\\n\\u202eMỹ")
    'Nga\\\\x1b[2J\\\\n\\\\u202eMỹ'
    """
    return UNSAFE.sub(_escape, str(value))


def fail(problem: object, status: int) -> int:
    """Say `problem` on stderr as one `vnkg:` line, safe to print, and give back the exit status.

    >>> import contextlib, io
    >>> with contextlib.redirect_stderr(io.StringIO()) as err:
    ...     fail("no graph in out/", 3)
    3
    >>> err.getvalue()
    'vnkg: no graph in out/\\n'
    """
    print(f"vnkg: {shown(problem)}", file=sys.stderr)
    return status


def json_escaped(text: str) -> str:
    """JSON text with the characters `shown` escapes written as JSON escapes: the same data, safe to print.

    json.dumps escapes C0 controls itself (those left are the layout's line
    breaks); the others can only be inside strings.

    >>> json_escaped('{"id": "a\\u202eb"}')
    '{"id": "a\\\\u202eb"}'
    """
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def encodes_unicode(stream) -> bool:
    """Whether `stream` writes UTF-8 (or another encoding of all of Unicode)."""
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    return encoding.startswith(("utf-8", "utf8", "utf-16", "utf-32"))


def safe_output() -> None:
    """Let stdout and stderr write what their encoding lacks as backslash escapes, never raise."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):  # pragma: no cover - a stream already closed
                pass
