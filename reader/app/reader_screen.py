"""The reader screen: the article view, the outline and the side panes.

It composes the widgets, turns their messages (reader.app.messages) and its
own keys into moves of the one navigator (reader.navigator, shared with
plain mode), and shows where each move went. Loading is the Loader's
(reader.app.loading); the App only routes to this screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.lazy import Lazy
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header

from reader.app import messages
from reader.app.article_view import ArticleView, ViewParagraph
from reader.app.bars import KeyBar, Legend, SearchLine, StatusLine
from reader.app.loading import Loader
from reader.app.panes import (
    EntityList,
    FigureList,
    NoteList,
    Outline,
    PaneList,
    SidePanes,
    dispute_note,
)
from reader.describe import TYPE_SINGULAR, figure_sentence, meta_line, plural
from reader.ingest import DEFAULT_MAX_SIZE, Document
from reader.model import Article
from reader.navigator import Navigator

WIDE = 100  # columns from which the outline and the side panes stand beside the article
TALL = 32  # rows from which, on a narrow terminal, the side panes fit under the article


def panes_fit(width: int, height: int) -> bool:
    """Whether the side panes are shown by default at this size: beside the
    article when it is wide, under it only when it is tall as well (at 80x24
    the article gets the screen; z or 2, 3, 4 bring the panes)."""
    return width >= WIDE or height >= TALL


PANE_LISTS = (Outline, EntityList, FigureList, NoteList)  # the lists the article fills
PANES: dict[str, type[Widget]] = {"article": ArticleView, "entities": EntityList, "figures": FigureList,
                                  "notes": NoteList}


def view_paragraphs(article: Article) -> list[ViewParagraph]:
    """The article's paragraphs as the article view draws them, with the
    entity spans and the kind of each (headline, standfirst, heading...)."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for entity in article.entities:
        for mention in entity.mentions:
            spans.setdefault(mention.paragraph, []).append((mention.start, mention.end, entity.type))
    out: list[ViewParagraph] = []
    for section in article.sections:
        for n, pid in enumerate(section.paragraphs):
            text = article.paragraph(pid).text
            kind: str = section.kind
            if section.kind == "headline":
                kind = "headline" if n == 0 else "standfirst"
            elif section.kind == "body":
                kind = "heading" if n == 0 and section.title and text == section.title else "body"
            out.append(ViewParagraph(pid, kind, text, spans.get(pid, [])))
    return out


class ReaderBody(Horizontal):
    """The outline, the article and the side panes side by side (or, on
    narrow screens, the side panes under the article). It owns the keys that
    change what is shown and which pane has the focus: the focus is always
    inside it, except in the search line, where keys are typed."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("z", "toggle_panes", "Panes", id="view.panes"),
        Binding("m", "maximize", "Maximize", id="view.maximize"),
        Binding("h", "toggle_highlights", "Highlights", id="view.highlights"),
        Binding("1", "focus_pane('article')", "Article", show=False, id="focus.article"),
        Binding("2", "focus_pane('entities')", "Entities", show=False, id="focus.entities"),
        Binding("3", "focus_pane('figures')", "Figures", show=False, id="focus.figures"),
        Binding("4", "focus_pane('notes')", "Notes", show=False, id="focus.notes"),
    ]

    panes_wanted: bool | None = None  # z chose to show (True) or hide them; None: by the size

    def action_toggle_panes(self) -> None:
        """Hide the outline and side panes, or show them again."""
        self.panes_wanted = self.screen.has_class("-panes-off")
        self.apply_panes()

    def apply_panes(self) -> None:
        size = self.app.size
        shown = panes_fit(size.width, size.height) if self.panes_wanted is None else self.panes_wanted
        self.screen.set_class(not shown, "-panes-off")

    def on_resize(self) -> None:
        self.apply_panes()

    def action_maximize(self) -> None:
        """The article alone on the screen (m or Esc again restores the panes)."""
        if self.screen.maximized is not None:
            self.screen.minimize()
        else:
            view = self.query_one(ArticleView)
            self.screen.maximize(view, container=False)
            view.focus()

    def action_toggle_highlights(self) -> None:
        view = self.query_one(ArticleView)
        view.highlights = not view.highlights
        self.screen.query_one(Legend).display = view.highlights
        self.notify("Highlights on." if view.highlights else "Highlights off.", timeout=2)

    def action_focus_pane(self, pane: str) -> None:
        if self.screen.maximized is not None:
            self.screen.minimize()
        if pane != "article" and self.screen.has_class("-panes-off"):
            self.panes_wanted = True
            self.apply_panes()
        self.query_one(SidePanes).activate(pane)
        widget = next(iter(self.query(PANES[pane])), None)
        if widget is not None:  # (a pane's list is mounted just after the first frame)
            widget.focus()


class ReaderScreen(Screen[None]):
    """One article: the text, its sections, entities, figures and notes."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]  # noqa: RUF012 (Textual's own declaration)
    ALLOW_IN_MAXIMIZED_VIEW = "Header, KeyBar"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "section(1)", "Next section", id="section.next"),
        Binding("p", "section(-1)", "Prev section", id="section.previous"),
        Binding("n", "match(1)", "Next match", id="search.next"),
        Binding("N", "match(-1)", "Prev match", id="search.previous"),
        Binding("escape", "end_search", "End search", id="search.end"),
        Binding("right_square_bracket", "any_section(1)", "Next section", show=False, id="section.next_always"),
        Binding("left_square_bracket", "any_section(-1)", "Prev section", show=False, id="section.previous_always"),
        Binding("e", "mention(1)", "Mention", id="mention.next"),
        Binding("E", "mention(-1)", "Prev mention", show=False, id="mention.previous"),
        Binding("f", "figure(1)", "Figure", id="figure.next"),
        Binding("F", "figure(-1)", "Prev figure", show=False, id="figure.previous"),
        # priority: the App runs it before it hands the next key on, so keys
        # typed at once after / (a paste, a fast typist) reach the search line.
        Binding("slash", "search", "Search", key_display="/", priority=True, id="search.open"),
        Binding("escape", "clear", "Clear marks", show=False, id="search.clear"),
    ]

    def __init__(self, max_size: int = DEFAULT_MAX_SIZE, *, source: str | None = None,
                 document: Document | None = None) -> None:
        super().__init__()
        self.article: Article | None = None
        self._filled: Article | None = None  # the article all four panes show
        self._panes: list[PaneList] = []  # the panes' lists mounted so far (PaneMounted)
        self.nav: Navigator | None = None
        self.loader = Loader(self, max_size)
        self._first = (source, document)  # what to open as the screen mounts

    def compose(self) -> ComposeResult:
        # The breakpoint class the first Resize would set, set before the
        # widgets mount: otherwise that Resize restyles every widget once more.
        width, height = self.app.size
        self.set_class(width < WIDE, "-narrow", update=False)
        self.set_class(width >= WIDE, "-wide", update=False)
        self.set_class(not panes_fit(width, height), "-panes-off", update=False)
        yield Header()
        with ReaderBody(id="body"):
            with Vertical(id="outline-pane") as outline:
                outline.border_title = "Sections"
                yield Lazy(Outline(id="outline"))
            with Vertical(id="reading"):
                view = ArticleView(id="article")
                view.border_title = "Article"
                view.border_subtitle = "key 1"
                yield view
                yield Legend(id="legend")
                yield StatusLine(id="status")
            yield SidePanes(id="side")
        yield KeyBar()

    def on_mount(self) -> None:
        source, document = self._first
        if document is not None:
            self.loader.open_document(document)
        elif source is not None:
            self.loader.open_path(source)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """The keys in the footer's order: quit and help first (Textual lists
        the focused widget's keys first), so a narrow footer keeps them."""
        bindings = super().active_bindings
        first = {key: active for key, active in bindings.items()
                 if active.node is self.app and active.binding.action in ("quit", "help")}
        return {**first, **bindings}

    def on_unmount(self) -> None:
        self.loader.cancel()

    # -- showing ------------------------------------------------------------------

    def show_article(self, article: Article) -> None:
        """Paint the article and fill the side panes mounted (at start-up they
        mount, and fill, just after the first frame)."""
        self.article = article
        self.nav = Navigator(article)
        self.app.title = article.title or "kzreader"
        self.app.sub_title = (f"{Path(article.source).name} \u00b7 "
                              f"{plural(len(article.entities), 'entity', 'entities')} \u00b7 "
                              f"{plural(len(article.figures), 'figure')} \u00b7 {plural(len(article.notes), 'note')}")
        view = self.query_one(ArticleView)
        view.show(view_paragraphs(article), keep_position=False)
        view.border_subtitle = Content(meta_line(article) or "")  # a web page's own claims (Content: never markup)
        self.set_status("")
        self.refresh_bindings()
        self._fill_panes(article)  # the panes mounted yet; the others fill as they mount

    def show_raw(self, document: Document, raw: list[ViewParagraph], keep_position: bool = False) -> None:
        """Paint the text at once; the analysis fills in the rest."""
        self.set_status(f"Analysing {len(document.text) / 1e6:.1f} million characters in the background\u2026 "
                        "the text is shown as it stands until then.")
        if raw:
            self.query_one(ArticleView).show(raw, keep_position=keep_position)
        self.app.sub_title = Path(document.name).name
        self.query_one(ArticleView).border_subtitle = ""

    def failed(self, reason: str) -> None:
        self.set_status(reason)
        self.notify(reason, title="Cannot open", severity="error", markup=False, timeout=8)
        if self.article is None:
            self.query_one(ArticleView).show([ViewParagraph("e", "body", f"{reason}. Press o to open another file.")])

    def set_status(self, text: str) -> None:
        self.query_one(StatusLine).say(text)

    def _fill_panes(self, article: Article) -> None:
        """Show the article in every pane mounted (their ``Lazy`` mounts them
        just after the first frame, and each says so: PaneMounted); once all
        four show it, say so (PanesFilled)."""
        if article is not self.article:
            return  # another article was opened meanwhile
        for pane in self._panes:
            if pane.article is not article:
                pane.show(article)
                if isinstance(pane, Outline):
                    self._follow_section()
        if self._filled is article or len(self._panes) < len(PANE_LISTS):
            return
        self._filled = article
        for warning in article.warnings:
            self.notify(warning, title="Input", severity="warning", markup=False)
        self.post_message(messages.PanesFilled())

    @on(messages.PaneMounted)
    def _on_pane_mounted(self, event: messages.PaneMounted) -> None:
        event.stop()
        if isinstance(event.pane, PaneList) and event.pane not in self._panes:
            self._panes.append(event.pane)
        if self.article is not None:
            self._fill_panes(self.article)

    def _synced(self) -> Navigator | None:
        """The navigator, its reading position the paragraph at the top of
        the article pane (a selection that needed no scrolling leaves the
        top where it was)."""
        if self.nav is not None:
            self.nav.at(self.query_one(ArticleView).top_paragraph())
        return self.nav

    # -- sections -------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """During a search n and N go to matches and Esc ends it, and the
        footer says so; ] and [ still move by section."""
        if action == "search":  # (a priority key: in the search line, / is typed)
            return not isinstance(self.focused, SearchLine)
        searching = self.nav is not None and bool(self.nav.query)
        if action in ("match", "end_search"):
            return searching
        if action == "section":
            return not searching
        return True

    def action_section(self, direction: int) -> None:
        nav = self._synced()
        if nav is None:
            return
        view = self.query_one(ArticleView)
        if direction > 0:
            stop = nav.next_section()
        else:
            stop = nav.previous_section(view.scroll_y <= view.line_of(nav.section_start(nav.section_index())))
        if stop is None:
            self.notify("This is the last section." if direction > 0 else "This is the first section.", timeout=2)
            return
        view.scroll_to_paragraph(stop.paragraph)
        self._follow_section()

    @on(ArticleView.TopParagraph)
    def _follow_section(self, event: ArticleView.TopParagraph | None = None) -> None:
        """The outline highlights the section being read."""
        if event is not None and self.nav is not None:
            self.nav.at(event.index)
        outline = next(iter(self.query(Outline)), None)
        if outline is not None and self.nav is not None:
            outline.follow(self.nav.section_index())

    @on(messages.SectionChosen)
    def _on_section(self, event: messages.SectionChosen) -> None:
        if self.nav is not None and (stop := self.nav.goto_section(event.section)) is not None:
            self.query_one(ArticleView).scroll_to_paragraph(stop.paragraph)

    # -- mentions, figures ----------------------------------------------------------

    def action_mention(self, direction: int) -> None:
        nav = self._synced()
        stop = nav.step_mention(direction) if nav is not None else None
        if nav is None or stop is None:
            self.notify("No entity mentions.", timeout=2)
            return
        self.query_one(ArticleView).select(stop.paragraph, stop.start, stop.end)
        entity = nav.mention_entity()
        assert entity is not None
        n, total = nav.entity_place()
        said = f"{TYPE_SINGULAR[entity.type].capitalize()}: {entity.name}, mention {n} of {total} of {entity.name}"
        if nav.entity is None:  # every entity's mentions in turn: say that count too, as such
            overall, everything = nav.mention_place()
            said += f"; {overall} of {everything} mentions of all entities"
        else:
            said += " (this entity only; Esc steps through every entity's)"
        self.set_status(said)

    @on(messages.EntityChosen)
    def _on_entity(self, event: messages.EntityChosen) -> None:
        if self.nav is None:
            return
        spans: dict[int, list[tuple[int, int]]] = {}
        for mention in self.nav.choose_entity(event.entity):
            spans.setdefault(mention.paragraph, []).append((mention.start, mention.end))
        self.query_one(ArticleView).mark(chosen=spans)
        if event.step:
            self.action_mention(1)

    def action_figure(self, direction: int) -> None:
        if self.nav is None or not self.nav.article.figures:
            self.notify("This article reports no casualty figures.", timeout=2)
            return
        self.nav.step_figure(direction)
        self._show_figure()

    @on(messages.FigureChosen)
    def _show_figure(self, event: messages.FigureChosen | None = None) -> None:
        """Mark the current figure (the one chosen in the table, for ``event``)."""
        if self.nav is None or (event is not None and (event.figure == self.nav.figure_at
                                                       or not self.nav.select_figure(event.figure))):
            return
        figure = self.nav.figure
        assert figure is not None
        n = self.nav.figure_at
        stop = self.nav.figure_stop(n)
        self.query_one(ArticleView).select(stop.paragraph, stop.start, stop.end, "figure")
        table = next(iter(self.query(FigureList)), None)
        if table is not None:
            table.follow(n)
        self.set_status(f"Figure {n + 1} of {len(self.nav.article.figures)}: {figure_sentence(figure)}"
                        f"{dispute_note(figure)}")

    # -- search ------------------------------------------------------------------------

    async def action_search(self) -> None:
        # The search line is mounted the first time it is asked for; the
        # mount is awaited, so keys typed at once (a paste) reach it, not
        # the reader's own keys.
        search = next(iter(self.query(SearchLine)), None)
        if search is None:
            search = SearchLine()
            await self.mount(search, before=self.query_one(KeyBar))
        search.display = True
        search.value = self.nav.query if self.nav is not None else ""
        self.set_focus(search)  # at once (focus() waits for the queue): the next key is its

    @on(messages.SearchSubmitted)
    def _on_search(self, event: messages.SearchSubmitted) -> None:
        view = self.query_one(ArticleView)
        view.focus()
        if self._synced() is None:
            return
        assert self.nav is not None
        count = self.nav.search(event.query)
        grouped: dict[int, list[tuple[int, int]]] = {}
        for match in self.nav.matches:
            grouped.setdefault(match.paragraph, []).append((match.start, match.end))
        view.mark(matches=grouped)
        self.refresh_bindings()
        if event.query and not count:
            self.set_status(f"Not found: {event.query}")
        elif count:
            self.action_match(1)

    def action_match(self, direction: int) -> None:
        stop = self.nav.step_match(direction) if self.nav is not None else None
        if self.nav is None or stop is None:
            return
        self.query_one(ArticleView).select(stop.paragraph, stop.start, stop.end)
        self.set_status(f"Match {self.nav.match_at + 1} of {len(self.nav.matches)} for \u201c{self.nav.query}\u201d "
                        "\u00b7 n/N next/previous \u00b7 Esc ends the search")

    def action_clear(self) -> None:
        view = self.query_one(ArticleView)
        if self.nav is not None:
            self.nav.clear_search()
            self.nav.choose_entity(None)
        view.mark(chosen={}, matches={}, clear_selection=True)
        self.set_status("")
        self.refresh_bindings()

    # ] and [ move by section during a search too; Esc ends a search (the
    # footer shows it then) or clears the marks.
    action_any_section = action_section
    action_end_search = action_clear

