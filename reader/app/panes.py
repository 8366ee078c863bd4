"""The panes beside the article: outline, entities, figures, notes.

Each pane turns its own keys into a message (reader.app.messages) for the
reader screen, and keeps the terminal's cursor on its highlighted line, so
a braille display or screen reader that follows the cursor follows it.

Every label built from article text is a ``Content`` or a Rich ``Text``,
never a markup string, so nothing in an article can style or drive the app.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Offset
from textual.lazy import Lazy
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.app.messages import EntityChosen, FigureChosen, NotesChosen, PaneMounted, SectionChosen
from reader.describe import (
    KIND_NAMES,
    NOTE_NAMES,
    SCOPE_TITLES,
    TYPE_NAMES,
    figures_by_scope,
    short_amount,
    toll_sentence,
)
from reader.model import Article, Figure


def set_title(pane: Widget, title: str, count: int) -> None:
    """The pane's frame title with its count ("Entities: 17"); the focus key
    is in the subtitle, apart from it."""
    frame = pane.parent
    if isinstance(frame, Widget):
        frame.border_title = f"{title}: {count}"


class PaneList(OptionList):
    """An option list that keeps the terminal cursor on its highlighted line.
    ``article`` is the article it shows (set by ``show``)."""

    article: Article | None = None

    def on_mount(self) -> None:
        self.post_message(PaneMounted(self))  # the reader screen fills it at once

    def show(self, article: Article) -> None:
        """List what the article holds (each pane its own part of it)."""
        raise NotImplementedError

    def update_cursor(self) -> None:
        if self.has_focus and self.highlighted is not None:
            region = self.scrollable_content_region
            self.app.cursor_position = region.offset + Offset(0, max(0, self.highlighted - int(self.scroll_y)))

    def on_focus(self) -> None:
        self.update_cursor()

    @on(OptionList.OptionHighlighted)
    def _highlighted(self) -> None:
        self.update_cursor()

TYPE_LETTERS = {"PERSON": "P", "PLACE": "L", "ORG": "O", "GROUP": "G", "DATE": "D"}


class Outline(PaneList):
    """Sections in reading order, then the publisher notes."""

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id == "notes":
            self.post_message(NotesChosen())
        elif event.option.id:
            self.post_message(SectionChosen(int(event.option.id[1:]) - 1))

    labels: tuple[str, ...] = ()
    current = -1

    def follow(self, section: int) -> None:
        """Mark the section being read with a pointer (seen without colour)
        and highlight it (the reading position moved)."""
        if not self.labels or section == self.current:
            return
        for index, mark in ((self.current, "  "), (section, "\u25b8 ")):
            if 0 <= index < len(self.labels):
                self.replace_option_prompt_at_index(index, Content(mark + self.labels[index]))
        self.current = section
        if self.highlighted != section:
            self.highlighted = section

    def show(self, article: Article) -> None:
        self.article = article
        self.clear_options()
        self.current = -1
        labels = []
        for section in article.sections:
            label = KIND_NAMES[section.kind]
            if section.kind == "body" and section.title:
                label = section.title
            labels.append(f"{section.id[1:]}. {label}")
        self.labels = tuple(labels)
        options = [Option(Content(f"  {label}"), id=section.id)
                   for label, section in zip(self.labels, article.sections, strict=True)]
        options.append(Option(Content(f"  Notes ({len(article.notes)})"), id="notes"))
        self.add_options(options)
        set_title(self, "Sections", len(article.sections))


class EntityList(PaneList):
    """Entities grouped by type: name, other forms, mention count. Moving
    onto an entity chooses it; Enter also goes to its next mention."""

    @on(OptionList.OptionHighlighted)
    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionHighlighted | OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id and event.option.id.startswith("entity-"):
            step = isinstance(event, OptionList.OptionSelected)
            self.post_message(EntityChosen(int(event.option.id.removeprefix("entity-")), step))

    def show(self, article: Article) -> None:
        self.article = article
        self.clear_options()
        options: list[Option | None] = []
        for etype, title in TYPE_NAMES.items():
            members = [(i, e) for i, e in enumerate(article.entities) if e.type == etype]
            if not members:
                continue
            options.append(Option(Content.styled(f"{TYPE_LETTERS[etype]}  {title} ({len(members)})", "bold"),
                                  disabled=True, id=f"type-{etype}"))
            for index, entity in members:
                label = f" {len(entity.mentions):>3}\u00d7 {entity.name}"
                if entity.aliases:
                    label += f" (also {', '.join(entity.aliases)})"
                options.append(Option(Content(label), id=f"entity-{index}"))
        if not options:
            options.append(Option(Content("No entities found."), disabled=True))
        self.add_options(options)
        set_title(self, "Entities", len(article.entities))


def disputer(figure: Figure) -> str:
    """Who disputes a figure, in words: the model's ``disputed_by`` where it
    has one, else that the article's dispute is not tied to anyone."""
    return f"disputed by {figure.disputed_by}" if figure.disputed_by else "disputed (by whom is not recorded)"


def dispute_note(figure: Figure) -> str:
    """What the status line adds about a disputed figure whose sentence names no disputer."""
    if not figure.disputed or figure.disputed_by:
        return ""  # (figure_sentence says "disputed by X.")
    return f" {disputer(figure).removeprefix('disputed ').strip('()').capitalize()}."


def figure_label(n: int, figure: Figure) -> Content:
    """One figure as wrapped lines (no sideways scrolling at any width):
    number, category, who, then its source and whether it is disputed."""
    head = f"{n + 1}. {short_amount(figure)} {figure.category}: {figure.who or 'people'}"
    source = f"Source: {figure.source or 'the article'}"
    if figure.disputed:
        return Content.assemble(head, "\n   ", source, "\n   ", (disputer(figure).upper()[:8], "bold"),
                                disputer(figure)[8:])
    return Content.assemble(head, "\n   ", source)


class FigureList(PaneList):
    """Casualty figures, one wrapped entry each. Moving onto a figure (when
    focused) or Enter chooses it."""

    def show(self, article: Article) -> None:
        """The incident's toll first, then the figures grouped by scope (this
        incident, other events, totals over a period or place)."""
        self.article = article
        self.clear_options()
        options = [Option(Content(toll_sentence(article)), disabled=True)] if article.figures else []
        for scope, members in figures_by_scope(article):
            options.append(Option(Content.assemble((SCOPE_TITLES[scope], "bold")), disabled=True))
            options.extend(Option(figure_label(n, article.figures[n]), id=f"f{n}") for n in members)
        self.add_options(options or [Option(Content("No casualty figures in this article."), disabled=True)])
        set_title(self, "Casualty figures", len(article.figures))

    @on(OptionList.OptionHighlighted)
    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionHighlighted | OptionList.OptionSelected) -> None:
        event.stop()
        self.update_cursor()
        if event.option.id and (self.has_focus or isinstance(event, OptionList.OptionSelected)):
            self.post_message(FigureChosen(int(event.option.id[1:])))

    def on_focus(self) -> None:
        """Focusing the pane chooses its first figure, if none is yet."""
        if self.highlighted is None and self.option_count:
            self.highlighted = next((i for i in range(self.option_count) if self.get_option_at_index(i).id), None)
        self.update_cursor()

    def follow(self, figure: int) -> None:
        """Highlight the figure chosen elsewhere (f, F)."""
        try:
            index = self.get_option_index(f"f{figure}")
        except OptionDoesNotExist:
            return
        if self.highlighted != index:
            self.highlighted = index


class NoteList(PaneList):
    """Publisher notes grouped by kind, kept apart from the article."""

    def show(self, article: Article) -> None:
        self.article = article
        self.clear_options()
        options: list[Option] = []
        for kind, title in NOTE_NAMES.items():
            members = [(i, n) for i, n in enumerate(article.notes) if n.kind == kind]
            if not members:
                continue
            options.append(Option(Content.styled(f"{title} ({len(members)})", "bold"), disabled=True))
            options.extend(Option(Content(f"   {note.text}"), id=f"n{i}") for i, note in members)
        if not options:
            options.append(Option(Content("No publisher notes: the page was all article."), disabled=True))
        self.add_options(options)
        set_title(self, "Publisher notes", len(article.notes))


SIDE_PANES = {"entities": (EntityList, "Entities", "2"), "figures": (FigureList, "Casualty figures", "3"),
              "notes": (NoteList, "Publisher notes", "4")}


class SidePanes(Vertical):
    """The entities, figures and notes panes beside (or, on narrow screens,
    under) the article. Their frames are there from the first frame; their
    lists mount just after it (``Lazy``), so the article paints without
    waiting for them and does not move when they come. One pane is active:
    on narrow screens it is the one shown."""

    def compose(self) -> ComposeResult:
        for name, (kind, title, key) in SIDE_PANES.items():
            frame = Vertical(id=f"{name}-pane", classes="pane")
            frame.border_title = title  # the count comes with the article (set_title)
            frame.border_subtitle = f"key {key}"
            with frame:
                yield Lazy(kind(id=name))

    def on_mount(self) -> None:
        self.activate("entities")

    def activate(self, name: str) -> None:
        if name in SIDE_PANES:
            for other in SIDE_PANES:
                self.query_one(f"#{other}-pane").set_class(other == name, "-active")

    def on_descendant_focus(self, event) -> None:
        if event.widget.id in SIDE_PANES:
            self.activate(event.widget.id)
