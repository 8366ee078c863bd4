"""The Textual reader: the article, its entities, figures and notes, by keyboard.

One app-level cursor (section, mention, figure) that keys, the command
palette and the panes all move. Analysis runs in a worker thread: the raw
text paints first, the analysed article replaces it when ready.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, OptionList, Static

from rich.style import Style
from rich.text import Text

from reader.analysis import analyze_document
from reader.app.article_view import SPAN_CLASSES, ArticleView, ViewParagraph
from reader.app.background import Analysis
from reader.app.keymap import load_keymap
from reader.app.panes import EntityList, FigureTable, NoteList, Outline
from reader.app.screens import HelpScreen, OpenScreen
from reader.app.themes import HIGH_CONTRAST, THEMES
from reader.describe import figure_sentence, plural
from reader.errors import InputError
from reader.ingest import DEFAULT_MAX_SIZE, Document, from_bytes, load
from reader.model import Article
from reader.resources import data_dir

PaneT = TypeVar("PaneT", Outline, EntityList, FigureTable, NoteList)
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
FIRST_PAINT = 200_000  # characters of a large file laid out before its first frame


def raw_paragraphs(text: str, limit: int | None = None) -> list[ViewParagraph]:
    """The text as it stands, split at blank lines, shown while a large file
    is analysed (cut at ``limit`` characters for the very first frame)."""
    if limit is not None and len(text) > limit:
        cut = text.rfind("\n\n", 0, limit)
        text = text[:cut if cut > 0 else limit]
    return [ViewParagraph(f"r{n}", "raw", " ".join(chunk.split()))
            for n, chunk in enumerate(_BLANK_LINES.split(text)) if chunk.strip()]


PANES = {"article": "#article", "entities": "#entities", "figures": "#figures", "notes": "#notes"}
SMALL = 256 * 1024  # files up to this size are analysed before the first frame


def view_paragraphs(article: Article) -> list[ViewParagraph]:
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for entity in article.entities:
        for mention in entity.mentions:
            spans.setdefault(mention.paragraph, []).append((mention.start, mention.end, entity.type))
    out: list[ViewParagraph] = []
    for section in article.sections:
        for n, pid in enumerate(section.paragraphs):
            text = article.paragraph(pid).text
            kind = section.kind
            if section.kind == "headline":
                kind = "headline" if n == 0 else "standfirst"
            elif section.kind == "body":
                kind = "heading" if n == 0 and section.title and text == section.title else "body"
            out.append(ViewParagraph(pid, kind, text, spans.get(pid, [])))
    return out


def legend(view: ArticleView) -> Text:
    """One line, each type written in its own highlight style."""
    parts: list[str | tuple[str, Style]] = ["Legend: "]
    for etype, label in (("PERSON", "person"), ("PLACE", "place"), ("ORG", "organisation"), ("GROUP", "group"),
                         ("DATE", "date")):
        parts.append((label, view.get_component_rich_style(SPAN_CLASSES[etype])))
        parts.append("  ")
    return Text.assemble(*parts)


class KzReaderApp(App[None]):
    """Read a news article: highlighted entities, casualty figures, publisher notes."""

    class PanesFilled(Message):
        """The side panes show the current article (tests and benchmarks wait for it)."""

    TITLE = "kzreader"
    CSS_PATH = str(data_dir("styles") / "app.tcss")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("n,right_square_bracket", "next_section", "Next section", key_display="n", id="section.next"),
        Binding("p,left_square_bracket", "previous_section", "Prev section", key_display="p", id="section.previous"),
        Binding("n", "next_match", "Next match", id="search.next"),
        Binding("N", "previous_match", "Prev match", id="search.previous"),
        Binding("e", "next_mention", "Mention", id="mention.next"),
        Binding("E", "previous_mention", "Prev mention", show=False, id="mention.previous"),
        Binding("f", "next_figure", "Figure", id="figure.next"),
        Binding("F", "previous_figure", "Prev figure", show=False, id="figure.previous"),
        Binding("slash", "search", "Search", key_display="/", id="search.open"),
        Binding("escape", "clear", "Clear", show=False, id="search.clear"),
        Binding("h", "toggle_highlights", "Highlights", id="view.highlights"),
        Binding("t", "next_theme", "Theme", id="view.theme"),
        Binding("o", "open", "Open", id="app.open"),
        Binding("1", "focus_pane('article')", "Article", show=False, id="focus.article"),
        Binding("2", "focus_pane('entities')", "Entities", show=False, id="focus.entities"),
        Binding("3", "focus_pane('figures')", "Figures", show=False, id="focus.figures"),
        Binding("4", "focus_pane('notes')", "Notes", show=False, id="focus.notes"),
    ]

    def __init__(self, source: str | Path | None = None, *, document: Document | None = None,
                 max_size: int = DEFAULT_MAX_SIZE, show_cursor: bool = False) -> None:
        super().__init__()
        self.source = str(source) if source is not None else None
        self.document = document
        self.max_size = max_size
        self.show_cursor = show_cursor
        self.article: Article | None = None
        self._analysis: Analysis | None = None
        self.mentions: list[tuple[int, int, int, int]] = []  # (paragraph index, start, end, entity index)
        self.mention_at = -1
        self.entity: int | None = None  # entity chosen in the entities pane
        self.figure_at = -1
        self.search_text = ""  # the active search ("" when none)
        self.matches: list[tuple[int, int, int]] = []
        self._panes_mounted = False
        self.match_at = -1
        self.register_theme(HIGH_CONTRAST)
        keymap, self.keymap_problem = load_keymap()
        if keymap:
            self.set_keymap(keymap)

    # -- layout ---------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The breakpoint class the first Resize would set, set before the
        # widgets mount: otherwise that Resize restyles every widget once more.
        width = self.size.width
        classes = {name: False for _, name in self.HORIZONTAL_BREAKPOINTS}
        classes[max((b for b in self.HORIZONTAL_BREAKPOINTS if width >= b[0]), default=(0, ""))[1]] = True
        self.screen.update_classes({k: v for k, v in classes.items() if k}, update=False)
        yield Header()
        # The panes are empty frames here: their lists and table are mounted
        # just after the first frame (see _mount_panes), so the article
        # paints without waiting for them, and without moving when they come.
        with Horizontal(id="body"):
            yield Vertical(id="outline-pane")
            with Vertical(id="reading"):
                yield ArticleView(id="article")
                yield Static(id="legend")
                yield Static(id="status")
            with Vertical(id="side"):
                yield Vertical(id="entities-pane", classes="pane -active")
                yield Vertical(id="figures-pane", classes="pane")
                yield Vertical(id="notes-pane", classes="pane")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if os.environ.get("NO_COLOR"):
            self.theme = "ansi-dark"
        self.query_one("#entities-pane").border_title = "Entities (2)"
        self.query_one("#figures-pane").border_title = "Casualty figures (3)"
        self.query_one("#notes-pane").border_title = "Publisher notes (4)"
        self.query_one("#outline-pane").border_title = "Sections"
        view = self.query_one(ArticleView)
        view.border_title = "Article (1)"
        # (The article is the first focusable widget, so Textual's auto focus
        # gives it the focus before the footer first draws its keys.)
        self._refresh_legend()
        self.call_after_refresh(self._mount_panes)
        if self.show_cursor and self._driver is not None and not self.is_headless:
            self._driver.write("\x1b[?25h")
        if self.keymap_problem:
            self.notify(self.keymap_problem, title="Keymap not loaded", severity="warning", markup=False)
        if self.document is not None:
            if len(self.document.text) <= SMALL:
                self.show_article(analyze_document(self.document))
            else:
                self.analyse(self.document)
        elif self.source is not None:
            self.open_path(self.source)

    # -- loading ----------------------------------------------------------------

    def open_path(self, source: str) -> None:
        self._cancel_analysis()
        try:
            size = os.stat(source).st_size
        except OSError:
            size = None  # let the loader give the one-line reason
        if size is not None and size <= SMALL:
            # A few milliseconds of work: do it now, so the first frame shows
            # the analysed article (a thread would only compete with painting).
            try:
                document = load(source, max_size=self.max_size)
                self.show_article(analyze_document(document))
            except InputError as exc:
                self.failed(str(exc))
            return
        self.set_status(f"Opening {source}\u2026")
        self.load_and_analyse(source)

    @work(thread=True, exclusive=True, group="load")
    def load_and_analyse(self, source: str) -> None:
        try:
            document = load(source, max_size=self.max_size)
        except InputError as exc:
            self._from_thread(self.failed, str(exc))
            return
        self._analyse(document)

    @work(thread=True, exclusive=True, group="load")
    def analyse(self, document: Document) -> None:
        self._analyse(document)

    def _from_thread(self, callback, *args) -> bool:
        """call_from_thread that tolerates the app having stopped meanwhile."""
        if not self.is_running:
            return False
        try:
            self.call_from_thread(callback, *args)
        except RuntimeError:
            return False
        return True

    def _analyse(self, document: Document) -> None:
        """(In a worker thread.) Show the text as it stands, then the analysis."""
        raw = document.format != "html"  # raw HTML would be markup, not text
        if not self._from_thread(self._show_raw, document, raw_paragraphs(document.text, FIRST_PAINT) if raw else []):
            return
        if raw and len(document.text) > FIRST_PAINT:
            if not self._from_thread(self._show_raw, document, raw_paragraphs(document.text), True):
                return
        self._cancel_analysis()
        megabytes = len(document.text) / 1e6

        def progress(stage: str, done: float) -> None:
            if self._analysis is analysis and stage != "done":
                self._from_thread(self.set_status, f"Analysing {megabytes:.1f} million characters: {stage}, "
                                  f"{done:.0%} \u2026 the text is shown as it stands until then.")

        analysis = self._analysis = Analysis(document)
        analysis.on_progress(progress)
        try:
            article = analysis.result()
        except RuntimeError as exc:
            if self._analysis is analysis:
                self._from_thread(self.failed, f"{document.name}: analysis failed ({exc})")
            return
        if self._analysis is analysis:
            self._from_thread(self.show_article, article)

    def _cancel_analysis(self) -> None:
        analysis, self._analysis = self._analysis, None
        if analysis is not None:
            analysis.cancel()

    def on_unmount(self) -> None:
        self._cancel_analysis()

    def _show_raw(self, document: Document, raw: list[ViewParagraph], keep_position: bool = False) -> None:
        """Paint the text at once; the analysis fills in the rest."""
        self.set_status(f"Analysing {len(document.text) / 1e6:.1f} million characters in the background\u2026 "
                        "the text is shown as it stands until then.")
        if raw:
            self.query_one(ArticleView).show(raw, keep_position=keep_position)
        self.sub_title = Path(document.name).name

    def failed(self, reason: str) -> None:
        self.set_status(reason)
        self.notify(reason, title="Cannot open", severity="error", markup=False, timeout=8)
        if self.article is None:
            self.query_one(ArticleView).show([ViewParagraph("e", "body", f"{reason}. Press o to open another file.")])

    def show_article(self, article: Article) -> None:
        """Paint the article now; fill the side panes right after that frame."""
        self.article = article
        self.title = article.title or "kzreader"
        self.sub_title = (f"{Path(article.source).name} \u00b7 {plural(len(article.entities), 'entity', 'entities')} \u00b7 "
                          f"{plural(len(article.figures), 'figure')} \u00b7 {plural(len(article.notes), 'note')}")
        view = self.query_one(ArticleView)
        view.show(view_paragraphs(article), keep_position=False)
        self.mentions = sorted((article.paragraph_index(m.paragraph), m.start, m.end, i)
                               for i, e in enumerate(article.entities) for m in e.mentions)
        self.mention_at = self.figure_at = self.match_at = -1
        self.entity = None
        self.matches = []
        self.search_text = ""
        self.set_status("")
        self.call_after_refresh(self._fill_panes, article)

    async def _mount_panes(self) -> None:
        """(Just after the first frame.) The outline, entity and note lists and
        the figure table, into their frames; _fill_panes comes after this."""
        waits = [self.query_one(f"#{frame}").mount(widget) for frame, widget in (
            ("outline-pane", Outline(id="outline")), ("entities-pane", EntityList(id="entities")),
            ("figures-pane", FigureTable(id="figures")), ("notes-pane", NoteList(id="notes")))]
        for wait in waits:
            await wait
        self._panes_mounted = True

    def _pane(self, kind: type[PaneT]) -> PaneT | None:
        """A side pane's widget, or None in the moment before it is mounted."""
        return self.query(kind).first() if self._panes_mounted else None

    def _fill_panes(self, article: Article) -> None:
        if article is not self.article:
            return  # another article was opened meanwhile
        if not self._panes_mounted:
            self.call_after_refresh(self._fill_panes, article)
            return
        self.query_one(Outline).show(article)
        self.query_one(EntityList).show(article)
        self.query_one(FigureTable).show(article)
        self.query_one(NoteList).show(article)
        for warning in article.warnings:
            self.notify(warning, title="Input", severity="warning", markup=False)
        self._follow_section(self._section_index())
        self.post_message(self.PanesFilled())

    def set_status(self, text: str) -> None:
        status = self.query_one("#status", Static)
        status.update(Content(text))
        status.display = bool(text)

    # -- sections -------------------------------------------------------------

    def _section_index(self) -> int:
        if self.article is None:
            return 0
        top = self.query_one(ArticleView).top_paragraph()
        top = min(top, len(self.article.paragraphs) - 1)
        return int(self.article.paragraphs[top].section[1:]) - 1 if self.article.paragraphs else 0

    def action_next_section(self) -> None:
        self._goto_section(self._section_index() + 1)

    def action_previous_section(self) -> None:
        if self.article is None:
            return
        view = self.query_one(ArticleView)
        current = self._section_index()
        first = self.article.paragraph_index(self.article.sections[current].paragraphs[0])
        # Like a reader's "previous": to the start of this section first.
        target = current - 1 if view.scroll_y <= view.line_of(first) else current
        self._goto_section(max(0, target))

    def _goto_section(self, index: int) -> None:
        if self.article is None or not self.article.sections:
            return
        if index >= len(self.article.sections):
            self.notify("This is the last section.", timeout=2)
            return
        section = self.article.sections[index]
        view = self.query_one(ArticleView)
        view.scroll_to(y=view.line_of(self.article.paragraph_index(section.paragraphs[0])), animate=False,
                       immediate=True)
        self._follow_section(index)

    @on(ArticleView.TopParagraph)
    def _on_top(self, event: ArticleView.TopParagraph) -> None:
        if self.article is not None and self.article.paragraphs:
            index = min(event.index, len(self.article.paragraphs) - 1)
            self._follow_section(int(self.article.paragraphs[index].section[1:]) - 1)

    def _follow_section(self, index: int) -> None:
        outline = self._pane(Outline)
        if outline is not None and outline.option_count and outline.highlighted != index:
            outline.highlighted = index

    @on(OptionList.OptionSelected, "#outline")
    def _outline_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id == "notes":
            self.action_focus_pane("notes")
        elif event.option.id:
            self._goto_section(int(event.option.id[1:]) - 1)

    # -- mentions ---------------------------------------------------------------

    def _steps(self) -> list[tuple[int, int, int, int]]:
        if self.entity is None:
            return self.mentions
        return [m for m in self.mentions if m[3] == self.entity]

    def action_next_mention(self) -> None:
        self._step_mention(1)

    def action_previous_mention(self) -> None:
        self._step_mention(-1)

    def _step_mention(self, direction: int) -> None:
        steps = self._steps()
        if not steps:
            self.notify("No entity mentions.", timeout=2)
            return
        current = self.selected_mention()
        if current in steps:
            at = (steps.index(current) + direction) % len(steps)
        else:
            top = self.query_one(ArticleView).top_paragraph()
            after = [i for i, m in enumerate(steps) if m[0] >= top]
            at = (after[0] if after else 0) if direction > 0 else ((after[0] - 1) if after else len(steps) - 1)
        self._select_mention(steps[at % len(steps)])

    def _select_mention(self, mention: tuple[int, int, int, int]) -> None:
        self.mention_at = self.mentions.index(mention)
        index, start, end, entity_index = mention
        self.query_one(ArticleView).select(index, start, end, "selected")
        assert self.article is not None
        entity = self.article.entities[entity_index]
        steps = self._steps()
        self.set_status(f"{entity.type.title()}: {entity.name}, mention {steps.index(mention) + 1} of {len(steps)}")

    def selected_mention(self) -> tuple[int, int, int, int] | None:
        return self.mentions[self.mention_at] if 0 <= self.mention_at < len(self.mentions) else None

    @on(OptionList.OptionHighlighted, "#entities")
    def _entity_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id.startswith("entity-"):
            self._choose_entity(int(event.option.id.removeprefix("entity-")))

    def _choose_entity(self, index: int | None) -> None:
        self.entity = index
        spans: dict[int, list[tuple[int, int]]] = {}
        for paragraph, start, end, entity in self.mentions:
            if entity == index:
                spans.setdefault(paragraph, []).append((start, end))
        self.query_one(ArticleView).set_chosen(spans)

    @on(OptionList.OptionSelected, "#entities")
    def _entity_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id and event.option.id.startswith("entity-"):
            self._choose_entity(int(event.option.id.removeprefix("entity-")))
            self._step_mention(1)

    # -- figures ---------------------------------------------------------------

    def action_next_figure(self) -> None:
        self._step_figure(1)

    def action_previous_figure(self) -> None:
        self._step_figure(-1)

    def _step_figure(self, direction: int) -> None:
        if self.article is None or not self.article.figures:
            self.notify("This article reports no casualty figures.", timeout=2)
            return
        count = len(self.article.figures)
        self._select_figure((self.figure_at + direction) % count if self.figure_at >= 0 else
                            (0 if direction > 0 else count - 1))

    def _select_figure(self, n: int) -> None:
        assert self.article is not None
        self.figure_at = n
        figure = self.article.figures[n]
        index = self.article.paragraph_index(figure.paragraph)
        text = self.article.paragraphs[index].text
        start = text.find(figure.quote)
        start, end = (start, start + len(figure.quote)) if start >= 0 else (figure.start, figure.end)
        self.query_one(ArticleView).select(index, start, end, "figure")
        table = self._pane(FigureTable)
        if table is not None and table.row_count and table.cursor_row != n:
            table.move_cursor(row=n)
        self.set_status(f"Figure {n + 1} of {len(self.article.figures)}: {figure_sentence(figure)}")

    @on(DataTable.RowHighlighted, "#figures")
    def _figure_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.article is not None and event.cursor_row != self.figure_at and self.focused is event.data_table:
            self._select_figure(event.cursor_row)
        self._track_cursor()

    @on(DataTable.RowSelected, "#figures")
    def _figure_selected(self, event: DataTable.RowSelected) -> None:
        if self.article is not None:
            self._select_figure(event.cursor_row)

    # -- search ------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        searching = bool(self.search_text)
        if action in ("next_match", "previous_match"):
            return searching
        if action == "next_section" and searching:
            return None  # "]" still moves by section; "n" goes to the match binding
        return True

    def action_search(self) -> None:
        # The search line is mounted the first time it is asked for.
        search = self._search_line()
        if search is None:
            search = Input(placeholder="Search the article (Enter to search, Esc to cancel)", id="search")
            self.mount(search, before=self.query_one(Footer))
        search.display = True
        search.value = self.search_text
        search.focus()

    def _search_line(self) -> Input | None:
        return next(iter(self.query("#search").results(Input)), None)

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.input.display = False
        self.query_one(ArticleView).focus()
        self.run_search(event.value.strip())

    def run_search(self, query: str) -> None:
        view = self.query_one(ArticleView)
        self.search_text = query
        self.matches = []
        if query and self.article is not None:
            needle = query.casefold()
            for index, paragraph in enumerate(self.article.paragraphs):
                folded = paragraph.text.casefold()
                at = folded.find(needle)
                while at >= 0:
                    self.matches.append((index, at, at + len(needle)))
                    at = folded.find(needle, at + max(1, len(needle)))
        grouped: dict[int, list[tuple[int, int]]] = {}
        for index, start, end in self.matches:
            grouped.setdefault(index, []).append((start, end))
        view.set_matches(grouped)
        self.refresh_bindings()
        if query and not self.matches:
            self.set_status(f"Not found: {query}")
            self.search_text = ""
            self.refresh_bindings()
            return
        if query:
            self.match_at = -1
            top = view.top_paragraph()
            self.match_at = next((i - 1 for i, m in enumerate(self.matches) if m[0] >= top), -1)
            self.action_next_match()

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, direction: int) -> None:
        if not self.matches:
            return
        self.match_at = (self.match_at + direction) % len(self.matches)
        index, start, end = self.matches[self.match_at]
        self.query_one(ArticleView).select(index, start, end, "selected")
        self.set_status(f"Match {self.match_at + 1} of {len(self.matches)} for \u201c{self.search_text}\u201d "
                        "\u00b7 n/N next/previous \u00b7 Esc ends the search")

    def action_clear(self) -> None:
        search = self._search_line()
        if search is not None and search.display:
            search.display = False
            self.query_one(ArticleView).focus()
            return
        self.search_text = ""
        self.matches = []
        self._choose_entity(None)
        view = self.query_one(ArticleView)
        view.set_matches({})
        view.clear_selection()
        self.set_status("")
        self.refresh_bindings()

    # -- view ----------------------------------------------------------------------

    def action_toggle_highlights(self) -> None:
        view = self.query_one(ArticleView)
        view.highlights = not view.highlights
        self.query_one("#legend").display = view.highlights
        self.notify("Highlights on." if view.highlights else "Highlights off.", timeout=2)

    def action_next_theme(self) -> None:
        current = THEMES.index(self.theme) if self.theme in THEMES else -1
        self.theme = THEMES[(current + 1) % len(THEMES)]
        self.notify(f"Theme: {self.theme}", timeout=2, markup=False)
        self.call_after_refresh(self._refresh_legend)

    def _refresh_legend(self) -> None:
        self.query_one("#legend", Static).update(legend(self.query_one(ArticleView)))

    def action_focus_pane(self, pane: str) -> None:
        widget = self.query(PANES[pane])
        self._activate_pane(pane)
        if widget:  # (a pane's list is mounted just after the first frame)
            widget.first().focus()

    def _activate_pane(self, pane: str) -> None:
        if pane == "article":
            return
        for name in ("entities", "figures", "notes"):
            self.query_one(f"#{name}-pane").set_class(name == pane, "-active")

    def on_descendant_focus(self, event) -> None:
        widget = event.widget
        for name in ("entities", "figures", "notes"):
            if widget.id == name:
                self._activate_pane(name)
        self._track_cursor()

    def _track_cursor(self) -> None:
        """Keep the terminal cursor on the focused line for braille users."""
        focused = self.focused
        if isinstance(focused, ArticleView):
            focused.update_cursor()
        elif isinstance(focused, OptionList) and focused.highlighted is not None:
            region = focused.scrollable_content_region
            self.cursor_position = region.offset + (0, max(0, focused.highlighted - int(focused.scroll_y)))
        elif isinstance(focused, DataTable):
            region = focused.scrollable_content_region
            self.cursor_position = region.offset + (0, 1 + max(0, focused.cursor_row - int(focused.scroll_y)))

    @on(OptionList.OptionHighlighted)
    def _any_highlight(self) -> None:
        self._track_cursor()

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.key_rows()))

    def key_rows(self) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        for binding in [*self.BINDINGS, *ArticleView.BINDINGS]:
            assert isinstance(binding, Binding)
            keys = self._keymap.get(binding.id, binding.key) if binding.id else binding.key
            display = ", ".join(self.get_key_display(Binding(k.strip(), "")) for k in keys.split(","))
            rows.append((display, f"{binding.description}  [{binding.id}]"))
        rows.append(("tab, shift+tab", "Move focus between panes"))
        rows.append(("ctrl+p", "Command palette: every action by name"))
        return rows

    def action_open(self) -> None:
        def opened(path: Path | None) -> None:
            if path is not None:
                self.open_path(str(path))

        self.push_screen(OpenScreen(), opened)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for binding in self.BINDINGS:
            assert isinstance(binding, Binding)
            if binding.action in ("quit",):
                continue
            yield SystemCommand(binding.description, f"{binding.description} ({binding.key.split(',')[0]})",
                                lambda action=binding.action: self.run_action(action))


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
    app.run()
    return app.return_code or 0
