"""Plain mode's two faces: a dump when piped, line commands on a terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

from reader.describe import plural
from reader.model import Article
from reader.plain import render
from reader.textutil import terminal_columns

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import TextIO

    from reader.ingest import Document

HELP = """Commands (type one and press Enter):
n: next paragraph. p: previous paragraph.
N: next section. P: previous section.
s: list sections. g NUMBER: go to section NUMBER.
r: read from here to the end.
e: entities. f: casualty figures. notes: publisher notes.
/WORD: search the article for WORD; / alone: next match.
w: where am I. t: title and summary. h: this help. q: quit (or Ctrl-D)."""


def width_for(args: argparse.Namespace | None, stream: TextIO) -> int:
    if args is not None and getattr(args, "width", None):
        return args.width
    columns = terminal_columns(stream) if stream.isatty() else 80
    return max(20, min(columns, 200) - 1)


def run_plain(source: str | Document, args: argparse.Namespace | None = None, *, stdin: TextIO | None = None,
              stdout: TextIO | None = None) -> int:
    from reader.analysis import analyze
    from reader.ingest import DEFAULT_MAX_SIZE

    out = stdout or sys.stdout
    inp = stdin or sys.stdin
    max_size = getattr(args, "max_size", DEFAULT_MAX_SIZE) if args else DEFAULT_MAX_SIZE
    article = analyze(source, max_size=max_size)
    width = width_for(args, out)
    marks = bool(args and args.marks)
    interactive = not (args and args.all) and out.isatty() and inp.isatty() and source != "-"
    if not interactive:
        _write(out, render.dump(article, width, marks))
        return 0
    return Session(article, width, marks, inp, out).loop()


def _write(out: TextIO, lines: Iterable[str]) -> None:
    out.write("".join(f"{line}\n" for line in lines))
    out.flush()


class Session:
    """An interactive reading session: a cursor on a paragraph, line commands."""

    farewell = "Goodbye."
    """Said on q or Ctrl-D (an article opened from a feed says it goes back to the list)."""

    def __init__(self, article: Article, width: int, marks: bool, inp: TextIO, out: TextIO) -> None:
        self.article = article
        self.width = width
        self.marks = marks
        self.inp = inp
        self.out = out
        self.at = 0  # paragraph index
        self.query = ""
        self.hit = -1

    def say(self, *lines: str) -> None:
        _write(self.out, [w for line in lines for w in render.wrap(line, self.width)] if lines else [""])

    def loop(self) -> int:
        a = self.article
        self.say(f"Article: {a.title}", render.summary(a) + " Type h for help.")
        while True:
            self.out.write("> ")
            self.out.flush()
            line = self.inp.readline()
            if not line:  # end of input (Ctrl-D)
                self.out.write("\n")
                self.say(self.farewell)
                return 0
            command = line.strip()
            if command in ("q", "quit", "exit"):
                self.say(self.farewell)
                return 0
            self.dispatch(command)

    def dispatch(self, command: str) -> None:
        a = self.article
        if not command:
            self.say("Type h for help.")
        elif command == "n":
            self.move(self.at + 1)
        elif command == "p":
            self.move(self.at - 1)
        elif command in ("N", "P"):
            current = int(a.paragraphs[self.at].section[1:]) - 1
            target = current + (1 if command == "N" else -1)
            if 0 <= target < len(a.sections):
                self.goto_section(target)
            else:
                self.say("No next section." if command == "N" else "No previous section.")
        elif command == "s":
            for section in a.sections:
                self.say(render.section_heading(a, section) + f", {plural(len(section.paragraphs), 'paragraph')}.")
        elif command.startswith("g"):
            arg = command[1:].strip()
            if arg.isdigit() and 1 <= int(arg) <= len(a.sections):
                self.goto_section(int(arg) - 1)
            else:
                self.say(f"Give a section number from 1 to {len(a.sections)}, for example g 2.")
        elif command == "r":
            for index in range(self.at, len(a.paragraphs)):
                self.at = index
                self.read_current()
            self.say("End of article.")
        elif command == "e":
            _write(self.out, render.entity_lines(a, self.width))
        elif command == "f":
            _write(self.out, render.figure_lines(a, self.width))
        elif command in ("notes", "no"):
            _write(self.out, render.note_lines(a, self.width))
        elif command.startswith("/"):
            self.search(command[1:].strip())
        elif command == "w":
            paragraph = a.paragraphs[self.at]
            section = a.section_of(paragraph.id)
            self.say(f"Paragraph {self.at + 1} of {len(a.paragraphs)}, in "
                     + render.section_heading(a, section) + ".")
        elif command == "t":
            self.say(f"Article: {a.title}", f"Source: {render.source_name(a.source)}. " + render.summary(a))
        elif command in ("h", "help", "?"):
            self.say(*HELP.splitlines())
        else:
            self.say(f"Unknown command {command[:20]!r}. Type h for help.")

    def move(self, index: int) -> None:
        if index < 0:
            self.say("Already at the first paragraph.")
        elif index >= len(self.article.paragraphs):
            self.say("End of article.")
        else:
            self.at = index
            self.read_current()

    def goto_section(self, index: int) -> None:
        section = self.article.sections[index]
        self.at = self.article.paragraph_index(section.paragraphs[0])
        self.read_current(force_heading=True)

    def read_current(self, force_heading: bool = False) -> None:
        a = self.article
        paragraph = a.paragraphs[self.at]
        section = a.section_of(paragraph.id)
        if force_heading or section.paragraphs[0] == paragraph.id:
            self.say(render.section_heading(a, section))
        _write(self.out, render.paragraph_lines(a, self.at, self.width, self.marks))

    def search(self, word: str) -> None:
        if word:
            self.query, self.hit = word, self.at - 1
        if not self.query:
            self.say("Type / and a word to search, for example /killed.")
            return
        needle = self.query.casefold()
        paragraphs = self.article.paragraphs
        order = list(range(self.hit + 1, len(paragraphs))) + list(range(0, self.hit + 1))
        for index in order:
            if needle in paragraphs[index].text.casefold():
                total = sum(needle in p.text.casefold() for p in paragraphs)
                self.hit = self.at = index
                self.say(f"Found {self.query!r} in paragraph {index + 1} ({plural(total, 'paragraph')} {'matches' if total == 1 else 'match'}).")
                self.read_current()
                return
        self.say(f"{self.query!r} is not in the article.")


