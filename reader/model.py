"""The article model: plain, immutable records that every view reads.

Each record is a frozen, slotted dataclass: build it with keyword
arguments, derive a changed copy with ``dataclasses.replace``.

Nothing here parses or renders; the analysis stages build these values and
the views (JSON export, plain mode, Textual app) only read them.
"""

from __future__ import annotations

from dataclasses import dataclass

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:  # the closed vocabularies, for type checkers (the JSON contract lists them too)
    from typing import Literal

    SectionKind = Literal["headline", "caption", "lead", "body"]
    NoteKind = Literal["navigation", "media", "caption", "publisher", "legal", "related", "other"]
    EntityType = Literal["PERSON", "PLACE", "ORG", "DATE", "GROUP"]
    Category = Literal["killed", "wounded", "detained", "missing", "displaced", "other"]
    Qualifier = Literal["exact", "at least", "more than", "up to", "about", "vague"]
    Scope = Literal["incident", "other", "aggregate"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of the article, in reading order."""

    id: str
    section: str
    text: str
    lines: tuple[int, ...] = ()
    """0-based lines of the decoded input this paragraph came from (text and
    Markdown; for HTML the line of its element). Not part of the JSON."""


@dataclass(frozen=True, slots=True)
class Section:
    """A run of paragraphs: the headline, captions, the lead or a body section."""

    id: str
    kind: SectionKind
    title: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Note:
    """A line of publisher furniture (navigation, captions, legal text ...), kept out of the article."""

    kind: NoteKind
    text: str
    lines: tuple[int, ...] = ()
    rule: str = ""
    """The name of the rule that filed the block as a note (in the JSON only with --explain)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """Where an entity is named: a paragraph and character offsets in its text."""

    paragraph: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named person, place, organisation, group or date, with its other names and mentions."""

    name: str
    type: EntityType
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty count: how many, of what, said by whom, and where in the text."""

    count: int | None
    low: int | None
    high: int | None
    category: Category
    qualifier: Qualifier
    who: str | None
    source: str | None
    disputed: bool
    quote: str
    paragraph: str
    start: int = 0
    """Offset of the number in its paragraph (not part of the JSON contract)."""
    end: int = 0
    scope: Scope = "incident"
    """The article's own event ("incident"), another event it mentions
    ("other"), or a count over a period or place ("aggregate")."""
    rule: str = ""
    """The name of the rule that produced the figure (in the JSON only with --explain)."""
    fate_open: bool = False
    """People shot whose fate the words leave open ("two men were shot"): the
    toll counts them wounded unless they are among the killed (not in the JSON)."""
    disputed_by: str | None = None
    """Who disputes the figure, when the article says ("the opposition", "rights
    groups", a named group); None when it is not disputed or the dispute names no one."""


@dataclass(frozen=True, slots=True)
class Toll:
    """The article's own incident's count of one category of harm."""

    category: Category
    count: int | None
    low: int | None
    high: int | None
    figures: tuple[int, ...]
    """Indices into the article's figures that this count rests on."""


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What a web page says of itself (JSON-LD NewsArticle and kin, then
    OpenGraph and other meta tags): the page's claims, shown as such."""

    published: str | None = None
    """The date (and time) published, as the page gives it (ISO 8601 mostly)."""
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    url: str | None = None
    """The canonical URL (http or https only)."""
    language: str | None = None
    """A language tag such as "en" or "en-GB"."""

    @property
    def empty(self) -> bool:
        return not (self.published or self.authors or self.publisher or self.url or self.language)


@dataclass(frozen=True, slots=True)
class Article:
    """The whole analysis of one input; every view reads only this."""

    source: str
    title: str
    format: str
    encoding: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    entities: tuple[Entity, ...] = ()
    figures: tuple[Figure, ...] = ()
    notes: tuple[Note, ...] = ()
    toll: tuple[Toll, ...] = ()
    warnings: tuple[str, ...] = ()
    meta: PageMeta | None = None
    """The page's own metadata (HTML input with any); None otherwise."""

    def paragraph(self, pid: str) -> Paragraph:
        return self.paragraphs[self.paragraph_index(pid)]

    def paragraph_index(self, pid: str) -> int:
        # ids are "p1", "p2", ... in order: the index follows from the id.
        return int(pid[1:]) - 1

    def section_of(self, pid: str) -> Section:
        sid = self.paragraph(pid).section
        return self.sections[int(sid[1:]) - 1]
