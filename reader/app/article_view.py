"""The article pane: wrapped paragraphs with entity highlights, drawn line by
line (Textual's line API), so a multi-megabyte article scrolls as fast as a
short one. Article text is turned into Segments directly: it is never
parsed as markup, so "[bold]" or "[@click=app.quit]" in an article is text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import pairwise
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding, BindingType
from textual.geometry import Offset, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.app.themes import readable
from reader.app.wrap import wrap_offsets

SPAN_CLASSES = {
    "PERSON": "article--person", "PLACE": "article--place", "ORG": "article--org",
    "GROUP": "article--group", "DATE": "article--date",
}


ENTITY_CLASSES = frozenset(SPAN_CLASSES.values())


@dataclass(slots=True)
class ViewParagraph:
    pid: str
    kind: str  # headline, standfirst, caption, lead, heading, body, raw
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, entity type)


class ArticleView(ScrollView, can_focus=True):
    """Scrollable, wrapped article text with highlights and one selection."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article--headline", "article--heading", "article--caption", "article--standfirst", "article--lead",
        "article--person", "article--place", "article--org", "article--group", "article--date",
        "article--selected", "article--figure", "article--match", "article--chosen",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_lines(1)", "Down", show=False, id="article.down"),
        Binding("k,up", "scroll_lines(-1)", "Up", show=False, id="article.up"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="article.page_down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="article.page_up"),
        Binding("d", "page(0.5)", "Half page down", show=False, id="article.half_down"),
        Binding("u", "page(-0.5)", "Half page up", show=False, id="article.half_up"),
        Binding("g,home,less_than_sign", "end(0)", "Top", show=False, id="article.top"),
        Binding("G,end,greater_than_sign", "end(1)", "Bottom", show=False, id="article.bottom"),
    ]

    highlights: reactive[bool] = reactive(True)

    class TopParagraph(Message):
        """The paragraph at the top of the pane changed (the reading position)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.paragraphs: list[ViewParagraph] = []
        self._lines: list[tuple[int, int, int]] = []  # (paragraph, start, end); paragraph -1 = blank
        self._first_line: list[int] = []
        self._span_starts: list[list[int]] = []
        self._wrapped_width = 0
        self._strips: dict[int, Strip] = {}
        self.selection: tuple[int, int, int, str] | None = None  # (paragraph, start, end, kind)
        self.matches: dict[int, list[tuple[int, int]]] = {}
        self.chosen: dict[int, list[tuple[int, int]]] = {}
        self._top_paragraph = -1
        self._styles: dict[str, Style] = {}

    def _style(self, name: str) -> Style:
        """A component's Rich style, looked up once per theme or CSS change;
        an entity's colour raised to readable contrast (themes.readable)."""
        style = self._styles.get(name)
        if style is None:
            style = self.get_component_rich_style(name)
            if name in ENTITY_CLASSES:
                style = readable(style, self.rich_style.bgcolor)
            self._styles[name] = style
        return style

    def entity_style(self, entity_type: str) -> Style:
        """How mentions of an entity type are drawn (the legend uses it)."""
        return self._style(SPAN_CLASSES[entity_type])

    # -- content ----------------------------------------------------------

    def show(self, paragraphs: list[ViewParagraph], keep_position: bool = False) -> None:
        anchor = self.reading_anchor() if keep_position else None
        self.paragraphs = paragraphs
        for paragraph in paragraphs:
            paragraph.spans.sort()
        self._span_starts = [[s for s, _, _ in p.spans] for p in paragraphs]
        self.selection = None
        self.matches = {}
        self.chosen = {}
        self._top_paragraph = -1
        self._rewrap(force=True)
        if anchor is not None:
            self.restore(anchor)
        else:
            self.scroll_to(y=0, animate=False, immediate=True)

    def _content_width(self) -> int:
        return max(10, self.scrollable_content_region.width or self.size.width or 80)

    def _rewrap(self, force: bool = False) -> None:
        width = self._content_width()
        if not force and width == self._wrapped_width:
            return
        self._wrapped_width = width
        lines: list[tuple[int, int, int]] = []
        first: list[int] = []
        for index, paragraph in enumerate(self.paragraphs):
            if index:
                lines.append((-1, 0, 0))
            first.append(len(lines))
            lines.extend((index, s, e) for s, e in wrap_offsets(paragraph.text, width))
        self._lines, self._first_line = lines, first
        self._strips.clear()
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def on_resize(self) -> None:
        anchor = self.reading_anchor()
        self._rewrap()
        self.restore(anchor)

    def reading_anchor(self) -> tuple[int, int]:
        """The reading position: (paragraph, character offset) of the top line."""
        if not self._lines:
            return (0, 0)
        y = min(int(self.scroll_y), len(self._lines) - 1)
        while y > 0 and self._lines[y][0] < 0:
            y -= 1
        index, start, _ = self._lines[y]
        return (max(index, 0), start)

    def restore(self, anchor: tuple[int, int]) -> None:
        self.scroll_to(y=self.line_of(*anchor), animate=False, immediate=True)

    def line_of(self, index: int, offset: int = 0) -> int:
        if not self._first_line:
            return 0
        index = max(0, min(index, len(self._first_line) - 1))
        line = self._first_line[index]
        while line + 1 < len(self._lines) and self._lines[line + 1][0] == index and self._lines[line + 1][1] <= offset:
            line += 1
        return line

    def top_paragraph(self) -> int:
        return self.reading_anchor()[0]

    def scroll_to_paragraph(self, index: int) -> None:
        """Bring paragraph ``index`` to the top of the pane."""
        self.scroll_to(y=self.line_of(index), animate=False, immediate=True)


    # -- selection, search, highlights ------------------------------------

    def select(self, index: int, start: int, end: int, kind: str = "selected") -> None:
        """Mark a span and bring it into view (a third of the way down)."""
        self.selection = (index, start, end, kind)
        self._strips.clear()
        line = self.line_of(index, start)
        height = self.scrollable_content_region.height or 10
        if not (self.scroll_y <= line < self.scroll_y + height - 1):
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)
        self.refresh()
        self.update_cursor()

    def mark(self, *, chosen: dict[int, list[tuple[int, int]]] | None = None,
             matches: dict[int, list[tuple[int, int]]] | None = None, clear_selection: bool = False) -> None:
        """Mark every mention of the entity chosen in the entities pane
        (``chosen``), the search's matches (``matches``), by paragraph;
        ``clear_selection`` drops the selected span."""
        if chosen is not None:
            self.chosen = chosen
        if matches is not None:
            self.matches = matches
        if clear_selection:
            self.selection = None
        self._strips.clear()
        self.refresh()

    def watch_highlights(self) -> None:
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        self._strips.clear()
        self._styles.clear()
        super().notify_style_update()

    # -- scrolling ---------------------------------------------------------

    def action_scroll_lines(self, lines: int) -> None:
        self.scroll_to(y=self.scroll_y + lines, animate=False, immediate=True)

    def action_page(self, pages: float) -> None:
        """A page (less one line, kept for context) or a half page (0.5) down, or up (negative)."""
        height = self.scrollable_content_region.height
        step = max(1, height - 1) if abs(pages) >= 1 else max(1, int(height * abs(pages)))
        self.scroll_to(y=self.scroll_y + (step if pages > 0 else -step), animate=False, immediate=True)

    def action_end(self, bottom: int) -> None:
        """The top (0) or the bottom (1) of the article."""
        self.scroll_to(y=self.max_scroll_y if bottom else 0, animate=False, immediate=True)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        top = self.top_paragraph()
        if top != self._top_paragraph:
            self._top_paragraph = top
            self.post_message(self.TopParagraph(top))
        self.update_cursor()

    def on_focus(self) -> None:
        self.update_cursor()

    def update_cursor(self) -> None:
        """Put the terminal's cursor on the selection (or the top line) so a
        braille display or screen reader that follows the cursor follows us."""
        if not self.has_focus or not self.is_mounted:
            return
        line = int(self.scroll_y)
        x = 0
        if self.selection is not None:
            index, start, _, _ = self.selection
            candidate = self.line_of(index, start)
            if self.scroll_y <= candidate < self.scroll_y + self.scrollable_content_region.height:
                line = candidate
                x = start - self._lines[candidate][1]
        region = self.scrollable_content_region
        self.app.cursor_position = Offset(region.x + max(0, x), region.y + line - int(self.scroll_y))

    # -- drawing ------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        vy = y + int(self.scroll_y)
        if vy >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        cached = self._strips.get(vy)
        if cached is not None and cached.cell_length == width:
            return cached
        strip = self._render_virtual_line(vy, width)
        if len(self._strips) > 2000:
            self._strips.clear()
        self._strips[vy] = strip
        return strip

    def _render_virtual_line(self, vy: int, width: int) -> Strip:
        base = self.rich_style
        index, start, end = self._lines[vy]
        if index < 0:
            return Strip.blank(width, base)
        paragraph = self.paragraphs[index]
        kind_class = f"article--{paragraph.kind}"
        line_style = base + self._style(kind_class) if kind_class in self.COMPONENT_CLASSES else base
        marks: list[tuple[int, int, Style]] = []
        if self.highlights:
            spans = paragraph.spans
            first = max(0, bisect_right(self._span_starts[index], start) - 1)
            for s, e, etype in spans[first:]:
                if s >= end:
                    break
                if e > start:
                    marks.append((s, e, self._style(SPAN_CLASSES[etype])))
        for s, e in self.chosen.get(index, ()):
            if s < end and e > start:
                marks.append((s, e, self._style("article--chosen")))
        for s, e in self.matches.get(index, ()):
            if s < end and e > start:
                marks.append((s, e, self._style("article--match")))
        if self.selection is not None and self.selection[0] == index:
            _, s, e, kind = self.selection
            if s < end and e > start:
                marks.append((s, e, self._style(f"article--{kind}")))
        segments = _segments(paragraph.text, start, end, line_style, marks)
        return Strip(segments).adjust_cell_length(width, base)


def _segments(text: str, start: int, end: int, style: Style, marks: list[tuple[int, int, Style]]) -> list[Segment]:
    if not marks:
        return [Segment(text[start:end], style)]
    # Cut the line at every mark boundary; later marks layer over earlier ones.
    cuts = sorted({start, end, *(max(start, min(end, p)) for s, e, _ in marks for p in (s, e))})
    segments: list[Segment] = []
    for a, b in pairwise(cuts):
        if a == b:
            continue
        piece_style = style
        for s, e, mark in marks:
            if s <= a and b <= e:
                piece_style = piece_style + mark
        segments.append(Segment(text[a:b], piece_style))
    return segments
