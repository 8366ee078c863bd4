"""Plain mode's terminal side: the prompt, its line editing, and progress.

- The prompt reads with ``input()`` and the standard ``readline`` module
  where Python has it: arrow keys, Home/End and the rest of line editing,
  and Up/Down through this session's earlier commands. Readline's
  bracketed-paste mode is turned off: it writes an escape sequence before
  every prompt, which braille displays and speech would show or say.
  Without readline a line holding terminal key codes (an arrow key) is
  answered in words, never echoed back.
- With the article piped in (``cat page.html | kzreader --plain -``) and a
  terminal at hand, the commands are read from the terminal (/dev/tty).
- Reading and analysing an input that takes more than a second writes a
  line on standard error for each stage, so a large file is not silence.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import TextIO

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
PROGRESS_AFTER = 1.0  # seconds of work before progress is reported


def terminal_for_commands() -> bool:
    """With the article read from a pipe, take commands from the terminal:
    /dev/tty becomes standard input. False when there is no terminal."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        return False
    os.dup2(tty, 0)
    os.close(tty)
    import io

    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding=sys.stdin.encoding or "utf-8")
    return True


def line_editing() -> bool:
    """Turn on readline's line editing and history for ``input()``, if Python has it."""
    try:
        import readline
    except ImportError:
        return False
    readline.parse_and_bind("set enable-bracketed-paste off")
    readline.parse_and_bind("set enable-meta-key off")
    readline.set_history_length(500)
    return True


def prompter(inp: TextIO, out: TextIO) -> Callable[[str], str | None]:
    """A function that shows the prompt and returns the line typed (None at
    end of input): ``input()`` with readline on the real terminal, else a
    plain read of ``inp``."""
    if inp is sys.stdin and out is sys.stdout and inp.isatty() and line_editing():
        def read(prompt: str) -> str | None:
            try:
                return input(prompt)
            except EOFError:
                return None
        return read

    def plain(prompt: str) -> str | None:
        out.write(prompt)
        out.flush()
        line = inp.readline()
        return line or None
    return plain


def has_key_codes(line: str) -> bool:
    """Whether a typed line holds terminal control codes (an arrow key
    pressed where no line editing reads it)."""
    return CONTROL.search(line) is not None


class Progress:
    """Stage lines on standard error once the work has taken over a second:
    "kzreader: analysing 5.2 million characters: finding entities (40%)"."""

    def __init__(self, what: str, stream: TextIO | None = None, clock: Callable[[], float] = time.monotonic,
                 after: float = PROGRESS_AFTER) -> None:
        self.what = what
        self.stream = stream or sys.stderr
        self.clock = clock
        self.start = clock()
        self.after = after
        self.said: set[str] = set()
        self.spoke = False

    def __call__(self, stage: str, done: float) -> None:
        if stage in self.said or self.clock() - self.start < self.after:
            return
        self.said.add(stage)
        self.spoke = True
        self.stream.write(f"kzreader: {self.what}: {stage} ({done:.0%})\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.spoke:
            self.stream.write(f"kzreader: {self.what}: done in {self.clock() - self.start:.1f} s\n")
            self.stream.flush()
