"""Text hygiene shared by every stage: what an article may never smuggle in.

Article text is untrusted. Before any analysis we remove what could drive a
terminal or make displayed text lie about itself:

* ANSI/ECMA-48 escape sequences (CSI such as ``ESC[2J``, OSC such as OSC 8
  hyperlinks, OSC 52 clipboard writes and title setting, DCS/APC/PM strings),
* every other C0 and C1 control character except newline (tabs and form
  feeds become spaces),
* bidirectional embedding, override and isolate controls (U+202A-U+202E,
  U+2066-U+2069), the "Trojan Source" characters; plain direction marks
  (LRM/RLM) and right-to-left text itself are kept.

Markup-like text such as ``[bold]`` is *kept*: it is text, and every view
displays it literally.
"""

from __future__ import annotations

import os
import re
import sys

from reader import rx

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import TextIO

# ESC-introduced sequences that a terminal would obey: CSI (ESC [ params
# final), and OSC/DCS/SOS/PM/APC strings up to their terminator (BEL or
# ST), also in their 8-bit C1 forms. A string with no terminator nearby, and
# every other escape, loses only its introducer: the text after it stays
# (a stray ESC must not eat the next letter of the article).
_ESCAPES = rx.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]                 # CSI
  | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])           # OSC, DCS, SOS, PM, APC ...
        [^\x07\x1b\x9c]{0,512}(?:\x07|\x1b\\|\x9c)      # ... and their terminator
    """,
    re.VERBOSE,
)
_ESCAPE_START = rx.compile("[\x1b\x90-\x9f]")
_SPACES = {"\t": " ", "\f": " ", "\v": " "}
_DROP = "".join(
    [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\n\t\f\v"]
    + ["\x7f"]
    + [chr(c) for c in range(0x80, 0xA0)]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
_TABLE = str.maketrans({**{c: None for c in _DROP}, **_SPACES})
_UNSAFE = rx.compile(f"[{re.escape(_DROP)}\x1b]")


def clean(text: str) -> str:
    """Return ``text`` with control sequences and unsafe characters removed.

    Newlines are kept; CR and CRLF must already be normalised to LF.
    """
    if _ESCAPE_START.search(text):
        text = _ESCAPES.sub("", text)
    return text.translate(_TABLE)


def is_clean(text: str) -> bool:
    return _UNSAFE.search(text) is None


def normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Unicode line and paragraph separators count as line breaks too.
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    return text


_WS = rx.compile(r"\s+")


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return _WS.sub(" ", text).strip()


def terminal_columns(stream: TextIO | None = None) -> int:
    """The terminal's width as ``shutil.get_terminal_size`` reads it
    (``$COLUMNS`` first, then the terminal), 80 when there is none; without
    importing shutil and the archive modules it pulls in at start-up."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    stream = stream or sys.__stdout__
    if columns <= 0 and stream is not None:
        try:
            columns = os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80
