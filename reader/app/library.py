"""The library screen: many articles in one list, filled as worker processes analyse them.

``kzreader DIR`` (or several paths, or a glob) opens it. One row an article:
title, date when found, counts of people, places and figures, the largest
casualty figure. ``s`` sorts by the next column and ``r`` reverses (or click
a header); ``/`` filters by an entity's name, any spelling (aliases are
merged across the articles, see reader.batch.names); ``l`` opens the
figures ledger; Enter opens the article in the reader.

The first rows are there when the screen is first drawn: a row for each of
the first articles (GLANCED of them) from a look at the file (its title,
reader.batch.glance), whose counts fill in when its analysis arrives; so the
list does not wait for the workers to start. The analysis is reader.batch's:
the same per-article function as ``kzreader --json DIR``, in a process pool
that is forked before Textual starts (see reader.batch.pool.start_pool),
read from a thread worker that hands the rows to the screen in small
batches. The screen knows one thing of the app: a callback that opens a
path (at a paragraph, for the ledger).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import AwaitMount
from textual.widgets import DataTable, Footer, Input, ProgressBar, Static

from reader.app import messages
from reader.app.app import KzReaderApp
from reader.app.ledger_screen import LedgerScreen
from reader.app.reader_screen import ReaderScreen
from reader.batch.glance import glance
from reader.batch.names import NameIndex
from reader.batch.paths import expand
from reader.batch.pool import default_jobs, run_local, start_pool
from reader.batch.work import error, summaries_for, warm_up
from reader.ingest import DEFAULT_MAX_SIZE, Document
from reader.model import Article

OpenArticle = Callable[[str, "str | None"], None]
"""Opens an article in the reader: (path, paragraph id or None)."""

Summary = dict[str, Any]

COLUMNS = (("title", "Title"), ("date", "Date"), ("people", "People"), ("places", "Places"),
           ("figures", "Figures"), ("largest", "Largest figure"), ("file", "File"))
POST_EVERY = 0.5  # seconds: after the first, rows reach the screen in batches at most this often
# (each batch redraws the table, a tenth of a second of the app's own process on these machines),
POST_EVERY_LATER = 2.0  # and once this many rows are in (2,000), at most this often
LATER = 2000
FILTER_AFTER = 0.15  # seconds after the last key typed in the filter
GLANCED = 100  # rows shown from a look at the file before their analysis (a screenful and more)


def _number(text: Text) -> int:
    """The size of a "Largest figure" cell ("30-50 displaced" -> 50)."""
    head = text.plain.split(" ", 1)[0].rsplit("-", 1)[-1]
    return int(head) if head.isdigit() else -1


def _count(cell: Any) -> int:
    """A count cell's number; -1 for a row whose analysis has not arrived (an empty Text)."""
    return cell if isinstance(cell, int) else -1


SORT_KEYS: dict[str, Callable[[Any], Any]] = {
    "title": lambda cell: cell.plain.casefold(), "date": lambda cell: cell.plain,
    "people": _count, "places": _count, "figures": _count, "largest": _number, "file": lambda cell: cell.plain,
}


def row_cells(summary: Summary) -> tuple[Any, ...]:
    """A summary -> the row's cells; article text is always a plain Text, never markup."""
    name = Path(summary["path"]).name
    if "error" in summary:
        return (Text(f"cannot read: {summary['error']}", style="italic"), Text(""), 0, 0, 0, Text(""), Text(name))
    return (Text(summary["title"] or name), Text(summary["date"] or ""), summary["people"], summary["places"],
            len(summary["figures"]), Text(summary["largest"]), Text(name))


def glance_cells(seen: dict[str, str]) -> tuple[Any, ...]:
    """A row before its analysis: the title from a look at the file (reader.batch.glance), no counts."""
    name = Path(seen["path"]).name
    return (Text(seen["title"] or name), Text(""), Text(""), Text(""), Text(""), Text(""), Text(name))


class LibraryTable(DataTable[Any]):
    """The articles, one a row (row key: the path)."""


class LibraryScreen(Screen[None]):
    # The list takes the room left: the filter, progress bar and status line stay in view.
    DEFAULT_CSS = """
    LibraryScreen #library-table { height: 1fr; }
    LibraryScreen #library-status { height: 1; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "filter", "Filter by name", key_display="/", id="library.filter"),
        Binding("s", "sort", "Sort", id="library.sort"),
        Binding("r", "reverse", "Reverse", id="library.reverse"),
        Binding("l", "ledger", "Figures ledger", id="library.ledger"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear"),
    ]

    def __init__(self, paths: list[str], open_article: OpenArticle, *, jobs: int | None = None,
                 pool: ProcessPoolExecutor | None = None, max_size: int | None = None) -> None:
        super().__init__()
        self.paths = paths
        self.open_article = open_article
        self.jobs = jobs
        self.pool = pool
        self.max_size = max_size
        self.summaries: dict[str, Summary] = {}  # in arrival order
        self.glanced: dict[str, dict[str, str]] = {}  # first looks, until their analysis arrives
        self.names = NameIndex()
        self.query_text = ""
        self.matching: set[str] | None = None  # None: no filter
        self.sort_column: str | None = None
        self.sort_reverse = False
        self._sort_due = False
        self._filter_timer: Timer | None = None
        self.done = False

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Filter by name: a person, place or organisation, any spelling (Enter, Esc)",
                    id="library-filter")
        yield ProgressBar(total=len(self.paths), show_eta=True, id="library-progress")
        yield LibraryTable(cursor_type="row", zebra_stripes=True, id="library-table")
        yield Static(id="library-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = "kzreader library"
        table = self.query_one(LibraryTable)
        for key, label in COLUMNS:
            table.add_column(label, key=key)
        self.glanced = {path: glance(path) for path in self.paths[:GLANCED]}
        for path, seen in self.glanced.items():
            table.add_row(*glance_cells(seen), key=path)
        table.focus()
        self._status()
        self._load()

    # -- analysis -----------------------------------------------------------------

    def _results(self) -> Iterator[Summary]:
        work_fn = partial(summaries_for, max_size=self.max_size) if self.max_size else summaries_for
        return run_local(self.paths, work_fn, error, self.jobs, pool=self.pool)

    @work(thread=True, exclusive=True, group="library")
    def _load(self) -> None:
        batch: list[Summary] = []
        posted, count = 0.0, 0
        for summary in self._results():
            batch.append(summary)
            count += 1
            if time.monotonic() - posted >= (POST_EVERY if count < LATER else POST_EVERY_LATER):
                if not self._post(batch):
                    return
                batch, posted = [], time.monotonic()
        self._post(batch)
        self._post(None)

    def _post(self, batch: list[Summary] | None) -> bool:
        """(In the worker.) Hand rows to the screen; False when the app has gone."""
        if not self.app.is_running:
            return False
        try:
            self.app.call_from_thread(self._add if batch is not None else self._finished, batch)
        except RuntimeError:
            return False
        return True

    def _add(self, batch: list[Summary]) -> None:
        table = self.query_one(LibraryTable)
        for summary in batch:
            path = summary["path"]
            self.summaries[path] = summary
            self.names.add(path, summary.get("names", ()))
        if self.matching is not None:  # the new names may join entities: ask again
            self.matching = self.names.articles(self.query_text)
        shown = 0
        for summary in batch:
            path = summary["path"]
            if self.glanced.pop(path, None) is not None and path in table.rows:
                self._fill_in(table, summary)  # the row from its first look stays where it is
            elif self.matching is None or path in self.matching:
                table.add_row(*row_cells(summary), key=path)
            else:
                continue
            shown += 1
        self._sort_due = bool(shown) and self.sort_column is not None
        self._resort_if_due()  # new rows take their place at once (batches come at most every 0.5 s)
        self.query_one(ProgressBar).advance(len(batch))
        self._status()

    @staticmethod
    def _fill_in(table: LibraryTable, summary: Summary) -> None:
        for (key, _), cell in zip(COLUMNS, row_cells(summary), strict=True):
            table.update_cell(summary["path"], key, cell, update_width=True)

    def _finished(self, _: None) -> None:
        self.done = True
        if self.matching is not None:
            self._refill()
        self._resort_if_due()
        self._status()

    def _status(self) -> None:
        failed = sum("error" in s for s in self.summaries.values())
        parts = [f"{len(self.summaries):,} of {len(self.paths):,} articles analysed"
                 + ("" if self.done else "\u2026")]
        if failed:
            parts.append(f"{failed:,} could not be read")
        if self.matching is not None:
            parts.append(f"{self.query_one(LibraryTable).row_count:,} mention \u201c{self.query_text}\u201d")
        if self.sort_column:
            label = dict(COLUMNS)[self.sort_column]
            parts.append(f"sorted by {label.lower()}{', reversed' if self.sort_reverse else ''}")
        self.query_one("#library-status", Static).update(Text(" \u00b7 ".join(parts)))

    def on_unmount(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)

    # -- sorting ------------------------------------------------------------------

    def action_sort(self) -> None:
        keys = [key for key, _ in COLUMNS]
        self._sort_by(keys[(keys.index(self.sort_column) + 1) % len(keys)] if self.sort_column else keys[0])

    def action_reverse(self) -> None:
        self.sort_reverse = not self.sort_reverse
        self._sort_by(self.sort_column or COLUMNS[0][0])

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        key = str(event.column_key.value)
        if key == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        self._sort_by(key)

    def _sort_by(self, column: str) -> None:
        self.sort_column = column
        self._sort_due = True
        self._resort_if_due()
        self._status()

    def _resort_if_due(self) -> None:
        if self._sort_due and self.sort_column is not None:
            self._sort_due = False
            self.query_one(LibraryTable).sort(self.sort_column, key=SORT_KEYS[self.sort_column],
                                               reverse=self.sort_reverse)

    # -- filtering ----------------------------------------------------------------

    def action_filter(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        # Typing stays quick on 10,000 rows: the table is refilled once typing pauses.
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(FILTER_AFTER, partial(self.apply_filter, event.value))

    def apply_filter(self, text: str) -> None:
        self._filter_timer = None
        self.query_text = text.strip()
        self.matching = self.names.articles(self.query_text) if self.query_text else None
        self._refill()
        self._status()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self) -> None:
        self.query_one(LibraryTable).focus()

    def action_clear_filter(self) -> None:
        field = self.query_one(Input)
        field.value = ""
        if self.matching is not None:
            self.apply_filter("")
        self.query_one(LibraryTable).focus()

    def _refill(self) -> None:
        table = self.query_one(LibraryTable)
        table.clear()
        for summary in self.summaries.values():
            if self.matching is None or summary["path"] in self.matching:
                table.add_row(*row_cells(summary), key=summary["path"])
        if self.matching is None:  # no filter: the first looks not analysed yet come back
            for path, seen in self.glanced.items():
                table.add_row(*glance_cells(seen), key=path)
        self._sort_due = self.sort_column is not None
        self._resort_if_due()

    # -- opening ------------------------------------------------------------------

    @on(DataTable.RowSelected, "#library-table")
    def _open(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is not None:
            self.open_article(event.row_key.value, None)

    def action_ledger(self) -> None:
        self.app.push_screen(LedgerScreen(list(self.summaries.values()), len(self.paths), self.open_article))


# -- the app around it (until the app routes screens itself) ---------------------------------

class LibraryReaderScreen(ReaderScreen):
    """The reader over the library: Escape goes back to the list (ending a search first)."""

    def action_clear(self) -> None:
        searching = self.nav is not None and bool(self.nav.query)
        super().action_clear()
        if not searching and self.app.screen is self:
            self.app.pop_screen()


class LibraryApp(KzReaderApp):
    """The reader app opened on the library screen: Enter reads, Escape returns.

    The library is the App's default screen, so the first frame builds the
    list alone; the reader screen is built when the first article is opened
    (a tenth of a second of the app's start-up before) and installed, so
    both keep their state: the library its rows, filter and analysis while
    an article is read. Every way of opening an article (reader.app.app's
    open_path, open_document, open_article) brings the reader up over the
    library first, and opens the article once the reader is mounted.
    """

    def __init__(self, paths: list[str], *, jobs: int | None = None, pool: ProcessPoolExecutor | None = None,
                 max_size: int = DEFAULT_MAX_SIZE, show_cursor: bool = False) -> None:
        super().__init__(None, max_size=max_size, show_cursor=show_cursor)
        self.library = LibraryScreen(paths, self.read_at, jobs=jobs, pool=pool, max_size=max_size)
        self._reader: LibraryReaderScreen | None = None
        self._mounting: AwaitMount | None = None  # the reader's first mount

    def get_default_screen(self) -> Screen:
        return self.library

    @property
    def reader(self) -> ReaderScreen:
        """The reader screen, built the first time it is asked for."""
        if self._reader is None:
            self._reader = LibraryReaderScreen(self.max_size)
            self.install_screen(self._reader, name="reader")
        return self._reader

    def _reading(self, then: Callable[[ReaderScreen], None]) -> None:
        """Bring the reader up over the library (closing the screens above), then ``then(reader)``
        at once, or once the reader is mounted the first time (the last article asked for wins)."""
        while len(self.screen_stack) > 1 and self.screen is not self._reader:
            self.pop_screen()
        reader = self.reader
        if self.screen is not reader:
            self._mounting = self.push_screen(reader)
        if reader.is_mounted:
            then(reader)
            return
        mounting = self._mounting

        async def when_mounted() -> None:
            if mounting is not None:
                await mounting
            then(reader)

        self.run_worker(when_mounted(), group="library-reading", exclusive=True)

    def open_path(self, path: str) -> None:
        self._reading(lambda reader: reader.loader.open_path(path))

    def open_document(self, document: Document) -> None:
        self._reading(lambda reader: reader.loader.open_document(document))

    def open_article(self, article: Article) -> None:
        self._reading(lambda reader: reader.show_article(article))

    def read_at(self, path: str, paragraph: str | None) -> None:
        """Open an article in the reader (at the first figure of a paragraph, from the ledger)."""
        self._reading(lambda reader: self._open_at(reader, path, paragraph))

    def _open_at(self, reader: ReaderScreen, path: str, paragraph: str | None) -> None:
        reader.loader.open_path(path)
        if paragraph is None or reader.article is None or reader.article.source != path:
            return  # (a large article is analysed in the background: it opens at its start)
        figures = [n for n, f in enumerate(reader.article.figures) if f.paragraph == paragraph]
        if figures:
            self.call_after_refresh(reader.post_message, messages.FigureChosen(figures[0]))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        if self._reader is not None and self._reader.is_mounted:
            yield from super().get_system_commands(screen)  # the reader's actions too
        else:
            yield from App.get_system_commands(self, screen)


def library_app(arguments: list[str], *, jobs: int | None = None, max_size: int = DEFAULT_MAX_SIZE,
                show_cursor: bool = False) -> LibraryApp:
    """The library on folders, paths or globs, its worker processes started (call before Textual runs)."""
    paths = expand(arguments)
    jobs = jobs or default_jobs()
    return LibraryApp(paths, jobs=jobs, pool=start_pool(jobs, warm_up), max_size=max_size, show_cursor=show_cursor)


def run_library(paths: list[str], pool: ProcessPoolExecutor | None, args: Any) -> int:
    """``kzreader DIR``: the paths expanded and the pool started by reader.batch.launch.start_library."""
    app = LibraryApp(paths, jobs=args.jobs or default_jobs(), pool=pool, max_size=args.max_size,
                     show_cursor=args.show_cursor)
    app.run()
    return app.return_code or 0
