"""The Textual reader: the App holds config, keymap and theme, and routes screens.

Everything about reading one article is the reader screen's
(reader.app.reader_screen); the App keeps what outlives an article (the
size limit, the user's keymap, the theme) and decides which screen shows.

Adding a screen (a feed list, a library, ...)
----------------------------------------------
Write the screen in its own module and push it from an action, a key or the
command palette: ``app.push_screen(MyScreen())``. The reader screen stays at
the bottom of the stack (it is the App's default screen), so the screen
can be dismissed to get back to the article. To open something from it,
either call one of

    app.open_path(path)          # a file (read and analysed as the CLI would)
    app.open_document(document)  # a reader.ingest.Document already read
    app.open_article(article)    # a reader.model.Article already analysed

or post the matching message from any widget of the screen:

    self.post_message(messages.OpenPath(path))       # reader.app.messages
    self.post_message(messages.OpenDocument(document))
    self.post_message(messages.OpenArticle(article))

Each one pops every screen above the reader and shows the article there.
To give the screen a key, add a ``Binding`` with an ``id`` (users remap keys
by binding id in their keymap file) to ``KzReaderApp.BINDINGS`` or to the
screen's own ``BINDINGS``; the help screen lists both.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.app import messages
from reader.app.article_view import ArticleView
from reader.app.keymap import keymap_path, load_keymap
from reader.app.reader_screen import ReaderBody, ReaderScreen
from reader.app.screens import HelpScreen, OpenScreen
from reader.app.themes import HIGH_CONTRAST, THEMES
from reader.errors import InputError
from reader.ingest import DEFAULT_MAX_SIZE, Document, from_bytes
from reader.model import Article
from reader.resources import data_dir

# Help's words where a key does more than its footer label says.
HELP_WORDS = {
    "section.next": "Next section (during a search n goes to the next match)",
    "section.previous": "Previous section (to the start of this one first)",
    "section.next_always": "Next section, also during a search",
    "section.previous_always": "Previous section, also during a search",
    "search.next": "Next match, while a search is on",
    "search.previous": "Previous match, while a search is on",
    "search.end": "End the search (while one is on)",
    "search.clear": "Clear the marks: chosen entity, selection",
    "mention.next": "Next entity mention (of the entity chosen in the entities pane, if any)",
    "view.panes": "Hide or show the outline and side panes",
    "view.maximize": "The article alone on the screen (m or Esc restores)",
    "focus.article": "Focus the article",
    "focus.entities": "Focus the entities pane (shows the panes)",
    "focus.figures": "Focus the casualty figures pane (shows the panes)",
    "focus.notes": "Focus the publisher notes pane (shows the panes)",
}


def known_binding_ids() -> set[str]:
    """The id of every binding of every widget, screen and app class loaded
    (the keymap file may remap any of them, other screens' keys too)."""
    from textual.dom import DOMNode

    ids: set[str] = set()
    classes: list[type] = [DOMNode]
    while classes:
        cls = classes.pop()
        classes.extend(cls.__subclasses__())
        ids.update(b.id for b in cls.__dict__.get("BINDINGS", ()) if isinstance(b, Binding) and b.id)
    return ids


class KzReaderApp(App[None]):
    """Read a news article: highlighted entities, casualty figures, publisher notes."""

    TITLE = "kzreader"
    CSS_PATH = str(data_dir("styles") / "app.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("t", "next_theme", "Theme", id="view.theme"),
        Binding("o", "open", "Open", id="app.open"),
    ]

    def __init__(self, source: str | Path | None = None, *, document: Document | None = None,
                 max_size: int = DEFAULT_MAX_SIZE, show_cursor: bool = False) -> None:
        super().__init__()
        self.source = str(source) if source is not None else None
        self.document = document
        self.max_size = max_size
        self.show_cursor = show_cursor
        self.register_theme(HIGH_CONTRAST)
        keymap, self.keymap_problems = load_keymap(known_ids=known_binding_ids())
        if keymap:
            self.set_keymap(keymap)

    def get_default_screen(self) -> Screen:
        # The reader opens the article given on the command line as it mounts.
        return ReaderScreen(self.max_size, source=self.source, document=self.document)

    @property
    def reader(self) -> ReaderScreen:
        """The reader screen (always at the bottom of the screen stack)."""
        screen = self.default_screen
        assert isinstance(screen, ReaderScreen)
        return screen

    @property
    def article(self) -> Article | None:
        """The article in the reader screen (None until one is shown)."""
        return self.reader.article

    def on_mount(self) -> None:
        if os.environ.get("NO_COLOR"):
            self.theme = "ansi-dark"
        if self.show_cursor and self._driver is not None and not self.is_headless:
            self._driver.write("\x1b[?25h")
        for problem in self.keymap_problems:
            self.notify(problem, title="Keymap", severity="warning", markup=False, timeout=15)

    # -- routing: every way of opening an article ends in the reader screen ----------

    def _to_reader(self) -> ReaderScreen:
        while len(self.screen_stack) > 1:
            self.pop_screen()
        return self.reader

    def open_path(self, path: str) -> None:
        """Open a file in the reader screen (above it, screens are closed)."""
        self._to_reader().loader.open_path(path)

    def open_document(self, document: Document) -> None:
        """Open a document already read (large ones are analysed in the background)."""
        self._to_reader().loader.open_document(document)

    def open_article(self, article: Article) -> None:
        """Show an article that is already analysed."""
        self._to_reader().show_article(article)

    @on(messages.OpenPath)
    def _on_open_path(self, event: messages.OpenPath) -> None:
        self.open_path(event.path)

    @on(messages.OpenDocument)
    def _on_open_document(self, event: messages.OpenDocument) -> None:
        self.open_document(event.document)

    @on(messages.OpenArticle)
    def _on_open_article(self, event: messages.OpenArticle) -> None:
        self.open_article(event.article)

    # -- app-wide actions ------------------------------------------------------------

    def action_next_theme(self) -> None:
        current = THEMES.index(self.theme) if self.theme in THEMES else -1
        self.theme = THEMES[(current + 1) % len(THEMES)]
        self.notify(f"Theme: {self.theme}", timeout=2, markup=False)

    def action_open(self) -> None:
        def opened(path: Path | str | None) -> None:
            if path is not None:
                self.open_path(str(path))

        self.push_screen(OpenScreen(), opened)

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.key_rows(), keymap_path()))

    def key_rows(self) -> list[tuple[str, str]]:
        """(keys, description) for every key of the app and the reader, as
        the user's keymap has them (one row per action)."""
        rows: list[tuple[str, str]] = []
        for binding in [*self.BINDINGS, *ReaderScreen.BINDINGS, *ReaderBody.BINDINGS, *ArticleView.BINDINGS]:
            assert isinstance(binding, Binding)
            keys = self._keymap.get(binding.id, binding.key) if binding.id else binding.key
            display = ", ".join(self.get_key_display(Binding(k.strip(), "")) for k in keys.split(","))
            rows.append((display, HELP_WORDS.get(binding.id or "", binding.description)))
        return [*rows, ("tab, shift+tab", "Move focus between panes"),
                ("ctrl+p", "Command palette: every action by name")]

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        body = self.reader.query_one(ReaderBody)
        for owner, bindings in ((self, self.BINDINGS), (self.reader, ReaderScreen.BINDINGS), (body, body.BINDINGS)):
            for binding in bindings:
                assert isinstance(binding, Binding)
                if binding.action == "quit":
                    continue
                yield SystemCommand(binding.description, f"{binding.description} ({binding.key.split(',')[0]})",
                                    lambda action=binding.action, owner=owner: self.run_action(action, owner))


def run_app(source: str | Document, args) -> int:
    import sys

    document = None
    if isinstance(source, Document):  # a page fetched from a URL (reader.web)
        document, source = source, source.name
    elif source == "-":
        # Read the article from the pipe, then take keys from the terminal.
        data = sys.stdin.buffer.read(args.max_size + 1)
        if len(data) > args.max_size:
            raise InputError("standard input: larger than the --max-size limit")
        document = from_bytes(data, name="<stdin>")
        try:
            tty = os.open("/dev/tty", os.O_RDONLY)
            os.dup2(tty, 0)
        except OSError:
            raise InputError("standard input was the article and no terminal is left for keys; "
                             "use --plain or --json") from None
    app = KzReaderApp(None if document else source, document=document, max_size=args.max_size,
                      show_cursor=args.show_cursor)
    start(app)
    return app.return_code or 0


def start(app: App[None]) -> None:
    """Run the app as the command line does (benchmarks/_launch.py too)."""
    app.run()
