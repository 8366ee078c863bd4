"""Plain mode's two faces: a dump when piped, line commands on a terminal."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

from reader.describe import plural
from reader.model import Article
from reader.navigator import Navigator
from reader.plain import render
from reader.textutil import terminal_columns

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import TextIO

HELP = """Commands (type one and press Enter):
n: next paragraph. p: previous paragraph.
N: next section. P: previous section.
s: list sections. g NUMBER: go to section NUMBER.
r: read from here to the end.
e: entities. f: casualty figures. notes: publisher notes.
/WORD: search the article for WORD; / alone: next match.
w: where am I. t: title and summary. h: this help. q: quit (or Ctrl-D)."""


# Command words and the Session method (do_NAME) each runs; a command that
# takes a number accepts it with or without a space ("g 2", "g2").
COMMANDS = {
    "n": "next_paragraph", "p": "previous_paragraph", "N": "next_section", "P": "previous_section",
    "s": "sections", "g": "goto_section", "r": "read_on", "e": "entities", "f": "figures",
    "notes": "notes", "no": "notes", "w": "where", "t": "title", "h": "help", "help": "help", "?": "help",
}


def width_for(args: argparse.Namespace | None, stream: TextIO) -> int:
    if args is not None and getattr(args, "width", None):
        return args.width
    columns = terminal_columns(stream) if stream.isatty() else 80
    return max(20, min(columns, 200) - 1)


def run_plain(source: str, args: argparse.Namespace | None = None, *, stdin: TextIO | None = None,
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
    """An interactive reading session: line commands that move the same
    navigator as the app's keys (reader.navigator) and read where it went."""

    def __init__(self, article: Article, width: int, marks: bool, inp: TextIO, out: TextIO) -> None:
        self.article = article
        self.nav = Navigator(article)
        self.width = width
        self.marks = marks
        self.inp = inp
        self.out = out

    @property
    def at(self) -> int:
        """The paragraph being read (0-based)."""
        return self.nav.paragraph

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
                self.say("Goodbye.")
                return 0
            command = line.strip()
            if command in ("q", "quit", "exit"):
                self.say("Goodbye.")
                return 0
            self.dispatch(command)

    def dispatch(self, command: str) -> None:
        """Run one command line: "/WORD", or a command word (COMMANDS) and
        its argument ("g 2" or "g2")."""
        if not command:
            self.say("Type h for help.")
            return
        if command.startswith("/"):
            self.search(command[1:].strip())
            return
        word, _, arg = command.partition(" ")
        if word not in COMMANDS and word[:1] in COMMANDS and word[1:].isdigit():
            word, arg = word[:1], word[1:]
        name = COMMANDS.get(word)
        if name is None:
            self.say(f"Unknown command {command[:20]!r}. Type h for help.")
        else:
            getattr(self, f"do_{name}")(arg.strip())

    def do_next_paragraph(self, arg: str) -> None:
        self.move(1)

    def do_previous_paragraph(self, arg: str) -> None:
        self.move(-1)

    def do_next_section(self, arg: str) -> None:
        if self.nav.next_section() is None:
            self.say("No next section.")
        else:
            self.read_current(force_heading=True)

    def do_previous_section(self, arg: str) -> None:
        if self.nav.previous_section() is None:
            self.say("No previous section.")
        else:
            self.read_current(force_heading=True)

    def do_sections(self, arg: str) -> None:
        a = self.article
        for section in a.sections:
            self.say(render.section_heading(a, section) + f", {plural(len(section.paragraphs), 'paragraph')}.")

    def do_goto_section(self, arg: str) -> None:
        if arg.isdigit() and self.nav.goto_section(int(arg) - 1) is not None:
            self.read_current(force_heading=True)
        else:
            self.say(f"Give a section number from 1 to {len(self.article.sections)}, for example g 2.")

    def do_read_on(self, arg: str) -> None:
        for index in range(self.at, len(self.article.paragraphs)):
            self.nav.goto_paragraph(index)
            self.read_current()
        self.say("End of article.")

    def do_entities(self, arg: str) -> None:
        _write(self.out, render.entity_lines(self.article, self.width))

    def do_figures(self, arg: str) -> None:
        _write(self.out, render.figure_lines(self.article, self.width))

    def do_notes(self, arg: str) -> None:
        _write(self.out, render.note_lines(self.article, self.width))

    def do_where(self, arg: str) -> None:
        a = self.article
        section = a.section_of(a.paragraphs[self.at].id)
        self.say(f"Paragraph {self.at + 1} of {len(a.paragraphs)}, in {render.section_heading(a, section)}.")

    def do_title(self, arg: str) -> None:
        a = self.article
        self.say(f"Article: {a.title}", f"Source: {render.source_name(a.source)}. " + render.summary(a))

    def do_help(self, arg: str) -> None:
        self.say(*HELP.splitlines())

    def move(self, direction: int) -> None:
        if (self.nav.next_paragraph() if direction > 0 else self.nav.previous_paragraph()) is not None:
            self.read_current()
        else:
            self.say("End of article." if direction > 0 else "Already at the first paragraph.")

    def read_current(self, force_heading: bool = False) -> None:
        a = self.article
        paragraph = a.paragraphs[self.at]
        section = a.section_of(paragraph.id)
        if force_heading or section.paragraphs[0] == paragraph.id:
            self.say(render.section_heading(a, section))
        _write(self.out, render.paragraph_lines(a, self.at, self.width, self.marks))

    def search(self, word: str) -> None:
        if word and not self.nav.search(word):
            self.say(f"{word!r} is not in the article.")
            return
        if not self.nav.query:
            self.say("Type / and a word to search, for example /killed.")
            return
        stop = self.nav.step_match(1, new_paragraph=True)
        assert stop is not None
        total = self.nav.match_paragraphs()
        self.say(f"Found {self.nav.query!r} in paragraph {stop.paragraph + 1} "
                 f"({plural(total, 'paragraph')} {'matches' if total == 1 else 'match'}).")
        self.read_current()


