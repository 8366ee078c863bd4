"""A feed's items in the app: one screen, one list, Enter opens an item.

The list draws only the rows on screen (Textual's line API), so a feed of
10,000 items is listed as fast as one of ten: Textual's OptionList and
DataTable lay out every row first (4-7 s for 10,000 here). An item is
fetched in a worker thread while the list keeps taking keys; a status line
with Textual's loading indicator (static "Loading..." when animations are
off) says what is loading, and Escape cancels it. The screen knows nothing
of the reader: it is given a hook, ``open_document(document, item)``,
that shows a fetched Document however the app shows articles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.events import Click
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Footer, LoadingIndicator, Static
from textual.worker import get_current_worker

from reader.errors import InputError
from reader.ingest import Document
from reader.web.feeds import Feed, FeedItem, item_document
from reader.web.fetch import FetchOptions

OpenDocument = Callable[[Document, FeedItem], None]
FEED_SCREEN = "feed"  # the name the feed list is installed under (it keeps its place when left)
ROW = 2  # lines an item takes: its title, then source, date and summary


def readable_date(date: str | None) -> str:
    if date and len(date) == 20 and date[10] == "T" and date.endswith("Z"):
        return f"{date[:10]} {date[11:16]} UTC"
    return date or ""


def item_lines(number: int, item: FeedItem) -> tuple[str, str]:
    """The two lines of an item, as plain text (never markup)."""
    title = f"{number:>5}. {item.title or '(untitled)'}"
    meta = " · ".join(part for part in (item.source, readable_date(item.date), item.summary) if part)
    return title, "       " + meta


class ItemList(ScrollView, can_focus=True):
    """The items of a feed, two lines each, drawn only where visible."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"item-list--cursor", "item-list--meta"}
    DEFAULT_CSS = """
    ItemList { height: 1fr; }
    ItemList > .item-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground;
                                    text-style: bold; }
    ItemList > .item-list--meta { color: $text-muted; }
    """
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("down,j", "move(1)", "Next item", show=False, id="feed.next"),
        Binding("up,k", "move(-1)", "Previous item", show=False, id="feed.previous"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="feed.page_down"),
        Binding("pageup,b", "page(-1)", "Page up", show=False, id="feed.page_up"),
        Binding("home,g", "jump(0)", "First item", show=False, id="feed.first"),
        Binding("end,G", "jump(-1)", "Last item", show=False, id="feed.last"),
        Binding("enter", "choose", "Open", id="feed.open"),
    ]

    cursor = reactive(0, always_update=True)

    class Chosen(Message):
        """Enter (or a click) on an item."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, items: Sequence[FeedItem], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.items = items

    def on_mount(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.items) * ROW)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.items) * ROW)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        line = self.scroll_offset.y + y
        index, part = divmod(line, ROW)
        base = self.rich_style
        if index >= len(self.items):
            return Strip.blank(width, base)
        text = item_lines(index + 1, self.items[index])[part]
        style = base
        if part == 1:
            style = base + self.get_component_rich_style("item-list--meta", partial=True)
        if index == self.cursor and self.has_focus_within:
            style = base + self.get_component_rich_style("item-list--cursor", partial=True)
        elif index == self.cursor:
            style = style + Style(reverse=True)
        return Strip([Segment(text, style)]).crop_extend(0, width, style if index == self.cursor else base)

    def watch_cursor(self, old: int, new: int) -> None:
        self.scroll_to_region(Region(0, new * ROW, max(1, self.size.width), ROW), animate=False, force=True)
        self.refresh()
        # Keep the terminal cursor on the chosen item: braille displays and speakup follow it.
        self.app.cursor_position = Offset(self.region.x, self.region.y + new * ROW - self.scroll_offset.y)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    def action_move(self, step: int) -> None:
        if self.items:
            self.cursor = max(0, min(len(self.items) - 1, self.cursor + step))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.size.height // ROW - 1))

    def action_jump(self, where: int) -> None:
        if self.items:
            self.cursor = where % len(self.items)

    def action_choose(self) -> None:
        if self.items:
            self.post_message(self.Chosen(self.cursor))

    def on_click(self, event: Click) -> None:
        index = (self.scroll_offset.y + event.y) // ROW
        if 0 <= index < len(self.items):
            self.cursor = index
            if event.chain >= 2:
                self.action_choose()


class FeedScreen(Screen[None]):
    """A feed's items; Enter fetches one in a worker and hands it to ``open_document``."""

    DEFAULT_CSS = """
    FeedScreen #feed-title { height: 1; padding: 0 1; text-style: bold; }
    FeedScreen #feed-loading { height: 1; display: none; padding: 0 1; }
    FeedScreen #feed-loading.-active { display: block; }
    FeedScreen #feed-loading LoadingIndicator { width: 12; height: 1; min-height: 1; }
    FeedScreen #feed-status { width: 1fr; height: 1; }
    """
    BINDINGS: ClassVar[list[Binding | tuple[str, str] | tuple[str, str, str]]] = [
        Binding("escape", "cancel", "Cancel loading", id="feed.cancel"),
        Binding("q", "app.quit", "Quit", id="feed.quit"),
    ]

    def __init__(self, feed: Feed, open_document: OpenDocument, options: FetchOptions | None = None) -> None:
        super().__init__()
        self.feed = feed
        self.open_document = open_document
        self.options = options
        self.loading_item: FeedItem | None = None

    def compose(self) -> ComposeResult:
        count = len(self.feed.items)
        yield Static(Content(f"{self.feed.title}: {count} item{'' if count == 1 else 's'}"), id="feed-title")
        yield ItemList(self.feed.items, id="feed-items")
        with Horizontal(id="feed-loading"):
            yield LoadingIndicator()
            yield Static(id="feed-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(ItemList).focus()
        if not self.feed.items:
            self.set_status(Content("The feed has no items."), loading=False)

    def set_status(self, text: Content | None, *, loading: bool) -> None:
        box = self.query_one("#feed-loading")
        box.set_class(text is not None, "-active")
        self.query_one(LoadingIndicator).display = loading
        self.query_one("#feed-status", Static).update(text or "")

    @on(ItemList.Chosen)
    def _chosen(self, event: ItemList.Chosen) -> None:
        item = self.feed.items[event.index]
        self.loading_item = item
        self.set_status(Content(f"Loading {item.title or item.link or 'item'} (Esc cancels)"), loading=True)
        self._fetch(item)

    @work(thread=True, exclusive=True, group="feed-item")
    def _fetch(self, item: FeedItem) -> None:
        worker = get_current_worker()
        try:
            document = item_document(item, self.options)
        except InputError as exc:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._failed, item, str(exc))
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self._fetched, item, document)

    def _fetched(self, item: FeedItem, document: Document) -> None:
        if item is not self.loading_item:
            return  # cancelled, or another item chosen since
        self.loading_item = None
        self.set_status(None, loading=False)
        self.open_document(document, item)

    def _failed(self, item: FeedItem, reason: str) -> None:
        if item is not self.loading_item:
            return
        self.loading_item = None
        self.set_status(Content(f"Could not open it: {reason}"), loading=False)

    def action_cancel(self) -> None:
        if self.loading_item is None:
            self.set_status(None, loading=False)
            return
        self.loading_item = None
        for worker in self.workers:
            if worker.group == "feed-item":
                worker.cancel()
        self.set_status(Content("Loading cancelled."), loading=False)

    def worker_running(self) -> bool:
        return any(w.group == "feed-item" and w.is_running for w in self.workers)


# -- wiring into the app ---------------------------------------------------------------


def feed_app(feed: Feed, *, options: FetchOptions | None = None, max_size: int | None = None,
             show_cursor: bool = False):
    """The reader app opened on a feed's list: Enter reads an item in the
    reader screen, Escape there (with no search or chosen entity to clear)
    comes back to the list, where it was."""
    from reader.app.app import KzReaderApp
    from reader.app.reader_screen import ReaderScreen
    from reader.ingest import DEFAULT_MAX_SIZE

    class FeedReaderScreen(ReaderScreen):
        def action_clear(self) -> None:
            nothing_marked = self.nav is None or (not self.nav.query and self.nav.entity is None)
            super().action_clear()
            if nothing_marked:
                self.app.push_screen(FEED_SCREEN)

    class FeedReaderApp(KzReaderApp):
        def get_default_screen(self) -> Screen:
            return FeedReaderScreen(self.max_size)

        def on_mount(self) -> None:  # (Textual runs KzReaderApp.on_mount too, first)
            self.install_screen(FeedScreen(feed, lambda document, item: self.open_document(document), options),
                                FEED_SCREEN)
            self.push_screen(FEED_SCREEN)

    return FeedReaderApp(None, show_cursor=show_cursor, max_size=max_size or DEFAULT_MAX_SIZE)


def run_feed_app(feed: Feed, args, options: FetchOptions | None = None) -> int:
    app = feed_app(feed, options=options, max_size=args.max_size, show_cursor=args.show_cursor)
    app.run()
    return app.return_code or 0
