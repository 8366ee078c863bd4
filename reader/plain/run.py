"""Plain mode's two faces: a dump when piped, line commands on a terminal.

The commands move the same navigator (reader.navigator) as the app's keys,
with the same letters: n/p sections, e/E mentions, f/F figures, g/G top
and bottom, / search and n/N its matches; j/k (or Enter) go by paragraph
where the app goes by line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable

from reader.describe import TYPE_SINGULAR, figure_sentence, plural
from reader.model import Article
from reader.navigator import Navigator
from reader.plain import prompt, render
from reader.textutil import terminal_columns

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import TextIO

    from reader.ingest import Document

HELP = """Commands (type one and press Enter; Up and Down recall earlier commands). The letters are the app's keys.
Enter or j: next paragraph. k: previous paragraph.
n: next section. p: previous section. ] and [ too.
g: first paragraph. g NUMBER: paragraph NUMBER. G: last paragraph.
s: list sections. s NUMBER: go to section NUMBER.
e: next entity mention. E: previous mention.
f: next casualty figure. F: previous figure. f NUMBER: figure NUMBER, in its paragraph.
/WORD: search for WORD. While a search is on, n and N go to the next and previous match; c ends it.
r: read from here to the end.
entities, figures, notes: list them.
w: where am I. t: title and summary. h: this help. q: quit (or Ctrl-D)."""


# Command words: the Session method (do_NAME) each runs and the argument it
# gets when none is typed; a number may follow with or without a space
# ("g 12", "g12").
COMMANDS = {
    "": ("move", "next"), "j": ("move", "next"), "k": ("move", "previous"),
    "n": ("next", ""), "p": ("section", "previous"), "]": ("section", "next"), "[": ("section", "previous"),
    "N": ("previous_match", ""), "c": ("clear", ""),
    "g": ("goto", "1"), "G": ("goto", "last"), "s": ("sections", ""),
    "e": ("mention", "next"), "E": ("mention", "previous"), "f": ("figure", "next"), "F": ("figure", "previous"),
    "r": ("read_on", ""), "entities": ("list", "entities"), "ent": ("list", "entities"),
    "figures": ("list", "figures"), "fig": ("list", "figures"), "notes": ("list", "notes"), "no": ("list", "notes"),
    "w": ("where", ""), "t": ("title", ""), "h": ("help", ""), "help": ("help", ""), "?": ("help", ""),
}


def width_for(args: argparse.Namespace | None, stream: TextIO) -> int:
    if args is not None and getattr(args, "width", None):
        return args.width
    columns = terminal_columns(stream) if stream.isatty() else 80
    return max(20, min(columns, 200) - 1)


def read_article(source: str | Document, max_size: int) -> Article:
    """Read and analyse, saying on standard error how it goes when that takes over a second.
    (A Document is a page already fetched from the web: reader.web.)"""
    from reader.analysis import analyze_document
    from reader.ingest import Document, load

    name = source.name if isinstance(source, Document) else source
    progress = prompt.Progress(f"reading {render.source_name(name) if name != '-' else 'standard input'}")
    document = source if isinstance(source, Document) else load(source, max_size=max_size)
    progress.what = f"analysing {len(document.text) / 1e6:.1f} million characters"
    article = analyze_document(document, progress=progress)
    progress.finish()
    return article


def run_plain(source: str | Document, args: argparse.Namespace | None = None, *, stdin: TextIO | None = None,
              stdout: TextIO | None = None) -> int:
    from reader.ingest import DEFAULT_MAX_SIZE

    out = stdout or sys.stdout
    max_size = getattr(args, "max_size", DEFAULT_MAX_SIZE) if args else DEFAULT_MAX_SIZE
    article = read_article(source, max_size)
    width = width_for(args, out)
    marks = bool(args and args.marks)
    interactive = not (args and args.all) and out.isatty()
    if interactive and source == "-" and stdin is None:
        interactive = prompt.terminal_for_commands()  # the article came down the pipe
    inp = stdin or sys.stdin
    if not interactive or not inp.isatty():
        _write(out, render.dump(article, width, marks))
        return 0
    return Session(article, width, marks, inp, out).loop()


def _write(out: TextIO, lines: Iterable[str]) -> None:
    out.write("".join(f"{line}\n" for line in lines))
    out.flush()


class Session:
    """An interactive reading session: line commands that move the same
    navigator as the app's keys (reader.navigator) and read where it went."""

    farewell = "Goodbye."
    """Said on q or Ctrl-D (an article opened from a feed says it goes back to the list)."""

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
        self.say(f"Article: {a.title}", *filter(None, [render.meta_line(a)]), render.summary(a) + " Type h for help.")
        read = prompt.prompter(self.inp, self.out)
        while True:
            line = read("> ")
            if line is None:  # end of input (Ctrl-D)
                self.out.write("\n")
                self.say(self.farewell)
                return 0
            command = line.strip()
            if command in ("q", "quit", "exit"):
                self.say(self.farewell)
                return 0
            self.dispatch(command)

    def dispatch(self, command: str) -> None:
        """Run one command line: "/WORD", or a command word (COMMANDS) and
        its argument ("g 12" or "g12")."""
        if prompt.has_key_codes(command):
            self.say("That line held a key this prompt cannot use here (an arrow key?). Type h for help.")
            return
        if command.startswith("/"):
            self.search(command[1:].strip())
            return
        word, _, arg = command.partition(" ")
        if word not in COMMANDS and word[:1] in COMMANDS and word[1:].isdigit():
            word, arg = word[:1], word[1:]
        if word not in COMMANDS:
            self.say(f"Unknown command {command[:20]!r}. Type h for help.")
            return
        name, default = COMMANDS[word]
        getattr(self, f"do_{name}")(arg.strip() or default)

    # -- paragraphs and sections ---------------------------------------------------

    def do_move(self, arg: str) -> None:
        """Next or previous paragraph."""
        if (self.nav.next_paragraph() if arg == "next" else self.nav.previous_paragraph()) is not None:
            self.read_current()
        else:
            self.say("End of article." if arg == "next" else "Already at the first paragraph.")

    def do_goto(self, arg: str) -> None:
        """Paragraph NUMBER, or the last one."""
        count = len(self.article.paragraphs)
        number = count if arg == "last" else int(arg) if arg.isdigit() else 0
        if self.nav.goto_paragraph(number - 1) is not None:
            self.read_current()
        else:
            self.say(f"Give a paragraph number from 1 to {count}, for example g 3.")

    def do_next(self, arg: str) -> None:
        """n: the next match while a search is on (as in the app), else the next section."""
        if self.nav.query:
            self.search("")
        else:
            self.do_section("next")

    def do_section(self, arg: str) -> None:
        if (self.nav.next_section() if arg == "next" else self.nav.previous_section()) is None:
            self.say(f"No {arg} section.")
        else:
            self.read_current(force_heading=True)

    def do_sections(self, arg: str) -> None:
        """List the sections, or go to section NUMBER."""
        a = self.article
        if arg:
            if arg.isdigit() and self.nav.goto_section(int(arg) - 1) is not None:
                self.read_current(force_heading=True)
            else:
                self.say(f"Give a section number from 1 to {len(a.sections)}, for example s 2.")
            return
        for section in a.sections:
            self.say(render.section_heading(a, section) + f", {plural(len(section.paragraphs), 'paragraph')}.")

    def do_read_on(self, arg: str) -> None:
        for index in range(self.at, len(self.article.paragraphs)):
            self.nav.goto_paragraph(index)
            self.read_current()
        self.say("End of article.")

    # -- mentions and figures ----------------------------------------------------------

    def do_mention(self, arg: str) -> None:
        stop = self.nav.step_mention(1 if arg == "next" else -1)
        entity = self.nav.mention_entity()
        if stop is None or entity is None:
            self.say("No entity mentions.")
            return
        n, total = self.nav.entity_place()
        overall, everything = self.nav.mention_place()
        self.say(f"{TYPE_SINGULAR[entity.type].capitalize()}: {entity.name}, mention {n} of {total} "
                 f"of {entity.name}; {overall} of {everything} mentions of all entities; "
                 f"in paragraph {stop.paragraph + 1}:")
        self.read_current()

    def do_figure(self, arg: str) -> None:
        """The next or previous figure, or figure NUMBER: its sentence, then its paragraph."""
        figures = self.article.figures
        if not figures:
            self.say("This article reports no casualty figures.")
            return
        if arg in ("next", "previous"):
            self.nav.step_figure(1 if arg == "next" else -1)
        elif not arg.isdigit() or self.nav.select_figure(int(arg) - 1) is None:
            self.say(f"Give a figure number from 1 to {len(figures)}, for example f 2.")
            return
        figure = self.nav.figure
        assert figure is not None
        self.say(f"Figure {self.nav.figure_at + 1} of {len(figures)}: {figure_sentence(figure)} "
                 f"In paragraph {self.at + 1}:")
        self.read_current()

    # -- lists and the rest ---------------------------------------------------------------

    def do_list(self, arg: str) -> None:
        lines = {"entities": render.entity_lines, "figures": render.figure_lines, "notes": render.note_lines}[arg]
        _write(self.out, lines(self.article, self.width))

    def do_where(self, arg: str) -> None:
        a = self.article
        section = a.section_of(a.paragraphs[self.at].id)
        self.say(f"Paragraph {self.at + 1} of {len(a.paragraphs)}, in {render.section_heading(a, section)}.")

    def do_title(self, arg: str) -> None:
        a = self.article
        self.say(f"Article: {a.title}", *filter(None, [render.meta_line(a)]),
                 f"Source: {render.source_name(a.source)}. " + render.summary(a))

    def do_help(self, arg: str) -> None:
        self.say(*HELP.splitlines())

    def read_current(self, force_heading: bool = False) -> None:
        a = self.article
        paragraph = a.paragraphs[self.at]
        section = a.section_of(paragraph.id)
        if force_heading or section.paragraphs[0] == paragraph.id:
            self.say(render.section_heading(a, section))
        _write(self.out, render.paragraph_lines(a, self.at, self.width, self.marks))

    # -- search -----------------------------------------------------------------------------

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

    def do_previous_match(self, arg: str) -> None:
        stop = self.nav.step_match(-1, new_paragraph=True)
        if stop is None:
            self.say("No search is on. Type / and a word to search, for example /killed.")
            return
        self.say(f"Found {self.nav.query!r} in paragraph {stop.paragraph + 1}.")
        self.read_current()

    def do_clear(self, arg: str) -> None:
        self.nav.clear_search()
        self.say("Search ended: n and p move by section again.")
