"""A block by itself: the note kind its own text and page context show
(``furniture``, ``text_furniture``, ``hint_rules``), the ``Labelled``
record the notes rules revise, and the text shapes every notes module
shares (``words``, ``title_like``, ``heading_like`` ...)."""

from __future__ import annotations

import re

from reader import rx, tables
from reader.analysis import notes_match as match
from reader.analysis.notes_vocab import (
    _ALNUM,
    _BULLET,
    _CITATION,
    _CITATION_OPENERS,
    _DOTTED_META,
    _END,
    _OUR_VOICE,
    _QUOTED,
    _TOKEN,
)
from reader.readers.block import Block

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from reader.model import NoteKind

    Found = tuple[NoteKind, str]
    """A note kind and the name of the rule that gave it."""


ARTICLE = "article"


class Labelled:
    """A block and what the rules have made of it so far (they revise it)."""

    __slots__ = ("block", "label", "role", "rule")

    def __init__(self, block: Block, label: str, role: str = "", rule: str = "") -> None:
        self.block = block
        self.label = label  # ARTICLE or a NoteKind
        self.role = role  # for article blocks: "caption" when the block is an image caption
        self.rule = rule  # the name of the rule that gave the label (a note's rule in the JSON with --explain)


SHAPE_RULES = {
    "shape.no-letters": "a block without a letter or digit (a rule of dashes, a lone bullet)",
    "tag.image-alt": "an image's alt text standing alone",
    "tag.front-matter": "a Markdown page's front matter: title, author, date, tags",
    "shape.dotted-meta": "fields in a row around a date, dotted: 'By Jane Roe \u00b7 30 May 2026 \u00b7 4 min'",
    "shape.fields-row": "fields in a row around a date: 'January 13, 2020 | categories: Python | View Comments'",
    "shape.citation": "an entry of the page's references: '1. \"Title\". Publisher. 20 March 2026.'",
    "voice.our-thing": "the publisher's voice about its own work: 'support our journalism'",
    "hint.outside-header": "a block in the page's header, outside its <article>",
    "hint.outside-aside": "a box beside the page's <article>",
    "hint.aside": "an <aside>",
    "hint.outside-story": "a block outside the page's <article>",
}
"""The notes' named predicates in code (the rules of rules/notes.toml aside)."""


def words(text: str) -> int:
    return text.count(" ") + 1


def title_like(text: str, strict: bool = False) -> bool:
    """A short line with no closing punctuation and mostly (strict: all but
    one in ten) capitalised words."""
    n = words(text)
    if n > 20 or _END.search(text) and not text.endswith(('"', "\u201d")):
        return False
    tokens = [t for t in text.split() if len(t) > 3 and t[0].isalpha()]
    if not tokens:
        return n <= 6
    caps = sum(1 for t in tokens if t[0].isupper())
    return caps / len(tokens) >= (0.9 if strict else 0.6)


_DATELINE = rx.compile(
    r"^(?:[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)*)(?:,(?: [A-Z][\w.'-]+){1,3})?(?: \([\w .&/-]{2,30}\))?"
    r"\s*(?:--|\u2014|\u2013|-|:)\s"
)


def has_dateline(text: str) -> bool:
    """NUR-SULTAN -- ..., SYLHET, Bangladesh (Agency) - ..., AREQUIPA, Peru \u2014 ..."""
    return bool(_DATELINE.match(text))


def heading_like(text: str) -> bool:
    """A subheading in plain text: short, capitalised, no closing punctuation
    (quoted words count: "'No warning'", as some sites title a section)."""
    return (
        words(text) <= 12
        and text.lstrip("'\"\u2018\u201c")[:1].isupper()
        and not text.rstrip("'\"\u2019\u201d").endswith((".", ",", ";", ":", "!"))
        and not text.isupper()
        and (not text.endswith("?") or words(text) <= 8)
    )


def whole_line_furniture(text: str) -> bool:
    """Is this line, by itself, a piece of page furniture (menu, player ...)?"""
    text = _BULLET.sub("", text)
    return (
        words(text) <= 12
        and len(text) <= 200
        and any(match.first(text, "whole", kind) for kind in ("media", "navigation", "related", "publisher"))
    )


def stands_alone(text: str) -> bool:
    """A line that is page furniture by itself, or a title of three words
    or more, is never part of a hard-wrapped paragraph (the text reader's
    question, answered here so that the reader needs no analysis)."""
    return whole_line_furniture(text) or (title_like(text, strict=True) and text.count(" ") >= 2)


_YEAR = rx.compile(r"\b(?:19|20)\d\d\b")


def _has_year(text: str) -> bool:
    return bool(_YEAR.search(text))


def _has(low: str, anchors: tuple[str, ...]) -> bool:
    return any(map(low.__contains__, anchors))


def furniture(block: Block) -> NoteKind | None:
    """The note kind that the block's own text (and page context) shows."""
    found = note_of(block)
    return found[0] if found else None


def note_of(block: Block) -> Found | None:
    """The note kind the block's own text (and page context) shows, and the rule that says so."""
    return text_note(block) or hint_note(block)


def text_furniture(block: Block) -> NoteKind | None:
    """The note kind that the block's own text shows (its tag included, its page context not)."""
    found = text_note(block)
    return found[0] if found else None


def text_note(block: Block) -> Found | None:
    """``text_furniture`` with the name of the rule that fired."""
    text = _BULLET.sub("", block.text)
    if not _ALNUM.search(text):
        return "other", "shape.no-letters"
    if len(text) > 2000 and " " not in text[:2000]:
        return None  # one enormous word: no furniture pattern can fit it
    if block.tag == "img":
        return "media", "tag.image-alt"  # an image's alt text standing alone
    if block.tag == "meta":
        return "publisher", "tag.front-matter"  # front matter: title, author, date, tags
    return _furniture_by_shape(block, text) or _furniture_by_words(text)


# fields in a row around a date: "January 13, 2020 at 08:45 AM | categories: Python | View Comments" (not a table's row)
_FIELDS_ROW = re.compile(r"(?=[^\n]*\b(?:19|20)\d\d\b)(?:[^|\n]{1,50}\s\|\s){2,}[^|\n]{1,50}")
_NEW_TAB = re.compile(r"(?<=\w),?\s*\(?opens? (?:in )?(?:a )?new (?:tab|window)\)?\W*$", re.IGNORECASE)


def _legal(text: str, n: int) -> str | None:
    """A legal notice: its forms, or a legal word in a short line or in the publisher's voice (the rule's name)."""
    rule = match.first(text, "any", "legal")
    if rule and (n <= 60 or _OUR_VOICE.search(_QUOTED.sub("", text))):
        return rule.name
    rule = match.first(text, "weak", "legal")
    return rule.name if rule and (n <= 12 or _OUR_VOICE.search(_QUOTED.sub("", text))) else None


def _furniture_by_shape(block: Block, text: str) -> Found | None:
    """Legal notices, headings over links, and short lines that are furniture whole."""
    text = _NEW_TAB.sub("", text)  # "Purchase Licensing Rights, opens new tab": a link's words for screen readers
    n = words(text)
    # Cheapest tests first; a long paragraph is never furniture by its words.
    legal = _legal(text, n) if n <= 150 else None
    if legal:
        return "legal", legal
    related = match.name_of(text, "whole", "related") if block.level >= 2 and n <= 20 else None
    if related:
        return "related", related  # a heading over links: "Keep reading", "More on this story"
    if n <= 24 and "\u00b7" in text and _DOTTED_META.fullmatch(text):
        return "publisher", "shape.dotted-meta"  # "By Jane Roe \u00b7 30 September 2026 \u00b7 4 min read"
    if n > 12 or len(text) > 200:
        return None
    return _whole_line_kind(block, text)


def _whole_line_kind(block: Block, text: str) -> Found | None:
    """A short line that is furniture whole: a player's, a menu's, a byline."""
    for kind in ("media", "other"):
        name = match.name_of(text, "whole", kind)
        if name:
            return kind, name
    # (a table's row of cells is no "News | Sport" menu; "Jane Roe \u00b7 28 April 2025" a byline)
    nav = match.name_of(text, "whole", "navigation")
    nav = nav if nav and not ("row" in block.hints and tables.is_row(text)) else None
    if nav and not _has_year(text):
        return "navigation", nav
    publisher = match.name_of(text, "whole", "publisher")
    if nav and not publisher:
        return "navigation", nav
    if publisher:
        return "publisher", publisher
    if "row" not in block.hints and _FIELDS_ROW.fullmatch(text):
        return "publisher", "shape.fields-row"
    return None


def _furniture_by_words(text: str) -> Found | None:
    """Related-links lines, references, the publisher's calls and voice."""
    n = words(text)
    name = match.name_of(text, "whole", "related") if n <= 20 else None
    if name:
        return "related", name
    if n <= 60 and text[:1] in _CITATION_OPENERS and _CITATION.fullmatch(text):
        return "related", "shape.citation"  # an entry of the page's references
    name = (match.name_of(text, "any", "publisher") or match.name_of(text, "start", "publisher")) if n <= 40 else None
    if name:
        return "publisher", name
    name = match.name_of(text, "any", "navigation") if n <= 15 else None
    if name:
        return "navigation", name
    if n <= 80 and _OUR_VOICE.search(text):
        unquoted = _QUOTED.sub("", text)
        if _our_thing(unquoted) and not _QUOTED.search(text):
            return "publisher", "voice.our-thing"  # "support our journalism", "sign up to our newsletter"
    return None


def _our_thing(text: str) -> bool:
    """"our" or "us" one to four words before one of the publisher's own
    things (OUR_NOUNS in rules/notes.toml): "support our journalism"."""
    tokens = _TOKEN.findall(text.lower())
    nouns = match.vocabulary("OUR_NOUNS")
    return any(t in ("our", "us") and not nouns.isdisjoint(tokens[i + 1 : i + 5]) for i, t in enumerate(tokens))


def hint_rules() -> tuple[tuple[str, frozenset[str], frozenset[str], NoteKind], ...]:
    """Page context -> note kind, first match wins: the ``hint`` rules of
    rules/notes.toml as (name, hints any of which tells it, hints that veto
    it, kind). A block under class="newsletter-box" is a publisher note;
    under class="gallery" a media note unless it is a slide's caption; under
    <footer> a publisher note."""
    return match.table().hints


def _from_hints(block: Block) -> NoteKind | None:
    found = hint_note(block)
    return found[0] if found else None


def hint_note(block: Block) -> Found | None:
    """The note kind the block's page context shows, and the rule that says so."""
    h = block.hints
    if not h:
        return None
    for name, tells, vetoes, kind in match.table().hints:
        if h & tells and not h & vetoes:
            return kind, name
    if "outside" in h and ("header" in h or "aside" in h):
        return ("navigation", "hint.outside-header") if "header" in h else ("related", "hint.outside-aside")
    if "aside" in h:
        return "related", "hint.aside"
    if "outside" in h and "h1" != block.tag:
        return ("navigation" if words(block.text) <= 8 else "other"), "hint.outside-story"
    return None
