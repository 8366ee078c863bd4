"""The panes beside the article: outline, entities, figures, notes.

Every label built from article text is a ``Content`` or a Rich ``Text``,
never a markup string, so nothing in an article can style or drive the app.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.widgets import DataTable, OptionList
from textual.widgets.option_list import Option

from reader.describe import KIND_NAMES, NOTE_NAMES, TYPE_NAMES, short_amount
from reader.model import Article

TYPE_LETTERS = {"PERSON": "P", "PLACE": "L", "ORG": "O", "GROUP": "G", "DATE": "D"}


class Outline(OptionList):
    """Sections in reading order, then the publisher notes."""

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


class EntityList(OptionList):
    """Entities grouped by type: name, other forms, mention count."""

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
    """Casualty figures: number, category, who, source, disputed."""

    def show(self, article: Article) -> None:
        self.clear(columns=True)
        self.cursor_type = "row"
        self.zebra_stripes = True
        self.add_columns("Number", "Category", "Disputed", "Who", "Source")
        for n, figure in enumerate(article.figures):
            self.add_row(Text(short_amount(figure)), Text(figure.category),
                         Text("DISPUTED", style="bold") if figure.disputed else Text("-"),
                         Text(figure.who or "people"), Text(figure.source or "(the article)"), key=f"f{n}")


class NoteList(OptionList):
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
