"""The panes beside the article: outline, entities, figures, notes.

Each pane turns its own keys into a message (reader.app.messages) for the
reader screen, and keeps the terminal's cursor on its highlighted line, so
a braille display or screen reader that follows the cursor follows it.

Every label built from article text is a ``Content`` or a Rich ``Text``,
never a markup string, so nothing in an article can style or drive the app.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Offset
from textual.lazy import Lazy
from textual.widgets import DataTable, OptionList
from textual.widgets.option_list import Option

from reader.app.messages import EntityChosen, FigureChosen, NotesChosen, SectionChosen
from reader.describe import KIND_NAMES, NOTE_NAMES, TYPE_NAMES, short_amount
from reader.model import Article


class PaneList(OptionList):
    """An option list that keeps the terminal cursor on its highlighted line."""

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

    def follow(self, section: int) -> None:
        """Highlight the section being read (the reading position moved)."""
        if self.option_count and self.highlighted != section:
            self.highlighted = section

    def show(self, article: Article) -> None:
        self.clear_options()
        options: list[Option] = []
        for section in article.sections:
            label = KIND_NAMES[section.kind]
            if section.kind == "body" and section.title:
                label = section.title
            options.append(Option(Content(f"{section.id[1:]}. {label}"), id=section.id))
        options.append(Option(Content(f"Notes ({len(article.notes)})"), id="notes"))
        self.add_options(options)


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


class FigureTable(DataTable):
    """Casualty figures: number, category, who, source, disputed. Moving the
    row cursor (when focused) or Enter chooses a figure."""

    def update_cursor(self) -> None:
        if self.has_focus:
            region = self.scrollable_content_region
            self.app.cursor_position = region.offset + Offset(0, 1 + max(0, self.cursor_row - int(self.scroll_y)))

    def on_focus(self) -> None:
        self.update_cursor()

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if self.has_focus:
            self.post_message(FigureChosen(event.cursor_row))
        self.update_cursor()

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.post_message(FigureChosen(event.cursor_row))

    def follow(self, figure: int) -> None:
        """Put the row cursor on the figure chosen elsewhere (f, F)."""
        if self.row_count and self.cursor_row != figure:
            self.move_cursor(row=figure)

    def show(self, article: Article) -> None:
        self.clear(columns=True)
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_columns("Number", "Category", "Disputed", "Who", "Source")
        for n, figure in enumerate(article.figures):
            self.add_row(Text(short_amount(figure)), Text(figure.category),
                         Text("DISPUTED", style="bold") if figure.disputed else Text("-"),
                         Text(figure.who or "people"), Text(figure.source or "(the article)"), key=f"f{n}")


class NoteList(PaneList):
    """Publisher notes grouped by kind, kept apart from the article."""

    def show(self, article: Article) -> None:
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


SIDE_PANES = {"entities": (EntityList, "Entities (2)"), "figures": (FigureTable, "Casualty figures (3)"),
              "notes": (NoteList, "Publisher notes (4)")}


class SidePanes(Vertical):
    """The entities, figures and notes panes beside (or, on narrow screens,
    under) the article. Their frames are there from the first frame; their
    lists mount just after it (``Lazy``), so the article paints without
    waiting for them and does not move when they come. One pane is active:
    on narrow screens it is the one shown."""

    def compose(self) -> ComposeResult:
        for name, (kind, title) in SIDE_PANES.items():
            frame = Vertical(id=f"{name}-pane", classes="pane")
            frame.border_title = title
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
