"""The messages the app's widgets and screens post.

Widgets own their keys and say what the reader asked for; the reader screen
(or, for opening things, the App) decides what it means. Any screen pushed
on top of the reader (a feed list, a library) opens an article by posting
one of the ``Open*`` messages: they bubble to the App, which goes back to
the reader screen and shows it there.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message
from textual.widget import Widget

from reader.ingest import Document
from reader.model import Article


@dataclass
class OpenPath(Message):
    """Open a file (or URL, where the loader takes one) in the reader screen."""

    path: str


@dataclass
class OpenDocument(Message):
    """Open a document already read into memory (analysed in the background when large)."""

    document: Document


@dataclass
class OpenArticle(Message):
    """Show an article that is already analysed."""

    article: Article


@dataclass
class SectionChosen(Message):
    """The outline chose a section (0-based)."""

    section: int


class NotesChosen(Message):
    """The outline chose the publisher notes."""


@dataclass
class EntityChosen(Message):
    """The entities pane chose an entity (its index in ``article.entities``);
    ``step`` also asks to go to its next mention (Enter, not just a move)."""

    entity: int
    step: bool = False


@dataclass
class FigureChosen(Message):
    """The figures table chose a figure (its index in ``article.figures``)."""

    figure: int


@dataclass
class SearchSubmitted(Message):
    """The search line was submitted ("" ends the search)."""

    query: str


@dataclass
class PaneMounted(Message):
    """A pane's list was mounted (its ``Lazy`` mounts it just after the first frame)."""

    pane: Widget


class PanesFilled(Message):
    """The side panes show the current article (tests and benchmarks wait for it)."""
