"""Stage 4: labelled blocks -> sections, paragraphs and notes, in reading order.

Sections: the headline; image captions; the lead (the first paragraph of the
story, with its dateline when it has one); then body sections, a new one at
each subheading (Markdown/HTML headings, or in plain text a short title-like
line between paragraphs). A subheading is both its section's title and that
section's first paragraph, so no line of the input is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader import rx
from reader.analysis import lexicon as lx
from reader.analysis import notes_match
from reader.analysis.notes import (
    ARTICLE,
    Labelled,
    has_dateline,
    heading_like,
    headline_index,
    without_leading_symbols,
    words,
)
from reader.model import Note, Paragraph, Section

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable

_WIRE_SLUG = rx.compile(rf"^(?:{'|'.join(lx.WIRE_MARKS)}|INSTANT VIEW|BREAKING NEWS)(?: \d+)?\s*[-:\u2013]\s*",
                        re.IGNORECASE)
_SPEAKER = rx.compile(r"(?:Q|A|Question|Answer|[A-Z][A-Z .'-]{1,30}):\s")
LABELS = {"headline": "Headline", "caption": "Caption", "lead": "Lead"}


@dataclass(frozen=True, slots=True)
class Shape:
    """The article's title, sections, paragraphs and notes, before entities and figures."""

    title: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    notes: tuple[Note, ...]
    placed_by: tuple[str, ...] = ()
    """For each paragraph, the name of the section rule that placed it (``SECTION_RULES``)."""


class _Around:
    """For each block, the article blocks just before and after it, found
    once for the whole article (each block looking ahead through a slice
    of the rest made the stage quadratic in the article's length)."""

    __slots__ = ("items", "previous", "next", "next_body")

    def __init__(self, items: list[Labelled]) -> None:
        self.items = items
        n = len(items)
        self.previous: list[int | None] = [None] * n
        self.next: list[int | None] = [None] * n
        self.next_body: list[int | None] = [None] * n  # the next article block that is no caption
        last: int | None = None
        for i, item in enumerate(items):
            self.previous[i] = last
            if item.label == ARTICLE:
                last = i
        following: int | None = None
        body: int | None = None
        for i in range(n - 1, -1, -1):
            self.next[i], self.next_body[i] = following, body
            if items[i].label == ARTICLE:
                following = i
                if items[i].role != "caption":
                    body = i

    def text(self, index: int | None) -> str:
        return self.items[index].block.text if index is not None else ""


def _is_capitalised_heading(text: str, later: str | None) -> bool:
    """A capitalised section heading ("SITUATION OVERVIEW", "KEY FACTS") over a paragraph."""
    return (text.isupper() and words(text) <= 5 and text.replace(" ", "").replace("&", "").isalpha()
            and later is not None and words(later) > 8)


def _is_subheading(around: _Around, i: int, head: int | None = None) -> bool:
    block = around.items[i].block
    if 2 <= block.level <= 6:
        return True
    later = around.next[i]
    later_text = around.text(later) if later is not None else None
    text = block.text
    if block.tag == "p" and _is_capitalised_heading(text, later_text):
        return True
    if block.tag != "p" or not heading_like(text) or _SPEAKER.match(text):
        return False  # ("Q: Who is carrying out these attacks?" is a line of an interview, not a heading)
    earlier = around.previous[i]
    if later_text is None or earlier is None or words(later_text) <= 12:
        return False
    # After a long paragraph; or a shorter one that ends its sentence ("... Darbandikhan.[2]"); or, one or
    # two words such as "Summary", right under the headline.
    before = around.text(earlier)
    return (words(before) > 15
            or words(before) > 8 and _ends_sentence(before.rstrip("]0123456789["))
            or earlier == head and words(text) <= 2 and words(later_text) > 25)


def _ends_sentence(text: str) -> bool:
    return text.endswith((".", "!", "?"))


def _is_standfirst(around: _Around, i: int) -> bool:
    """A short summary line under the headline: before a dateline paragraph,
    or a line that ends no sentence (a dek) before the story's first one."""
    items = around.items
    text = items[i].block.text
    if has_dateline(text) or words(text) > 60:
        return False
    if items[i].block.hints & notes_match.vocabulary("DEK_HINTS"):
        return True  # the page calls it so: class="standfirst", "article__subhead"
    later = around.next_body[i]
    if words(text) > 40 or later is None:
        return False
    later_text = around.text(later)
    if has_dateline(later_text):
        return True
    if any(x.label == "publisher" for x in items[i + 1:later]):
        return True  # under the headline and over the byline and date: the dek
    return (words(text) >= 6 and not text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":"))
            and words(later_text) > words(text) and later_text.rstrip().endswith((".", "\"", "\u201d")))


class _Builder:
    """Sections and paragraphs as the blocks come, in reading order."""

    def __init__(self) -> None:
        self.sections: list[tuple[str, str | None, list[str]]] = []
        self.paragraphs: list[Paragraph] = []
        self.section_id = ""  # one string shared by the section's paragraphs (a long article has 100,000s)

    def open(self, kind: str, title: str | None) -> None:
        self.sections.append((kind, title, []))
        self.section_id = f"s{len(self.sections)}"

    def add(self, item: Labelled) -> None:
        pid = f"p{len(self.paragraphs) + 1}"
        self.sections[-1][2].append(pid)
        self.paragraphs.append(Paragraph(id=pid, section=self.section_id, text=item.block.text,
                                         lines=item.block.lines))

    def kind(self) -> str | None:
        return self.sections[-1][0] if self.sections else None

    def built(self) -> tuple[Section, ...]:
        return tuple(Section(id=f"s{n}", kind=kind, title=title, paragraphs=tuple(pids))  # type: ignore[arg-type]
                     for n, (kind, title, pids) in enumerate(self.sections, 1))


def _headline(out: _Builder, around: _Around, i: int, head: int | None, lead_done: bool) -> bool:
    return i == head


def _caption(out: _Builder, around: _Around, i: int, head: int | None, lead_done: bool) -> bool:
    return around.items[i].role == "caption"


def _standfirst(out: _Builder, around: _Around, i: int, head: int | None, lead_done: bool) -> bool:
    return not lead_done and out.kind() == "headline" and _is_standfirst(around, i)


def _subheading(out: _Builder, around: _Around, i: int, head: int | None, lead_done: bool) -> bool:
    return _is_subheading(around, i, head)


def _lead(out: _Builder, around: _Around, i: int, head: int | None, lead_done: bool) -> bool:
    return not lead_done


def _body(out: _Builder, around: _Around, i: int, head: int | None, lead_done: bool) -> bool:
    return out.kind() != "body"


# The section rules, first match wins: (name, predicate, the section it opens:
# a kind, "" for none (the block joins the open section), "title" when the
# block is a body section's title). Each rule's examples are data:
# rules/sections.toml, run as tests (tests/core/test_section_rules.py).
SECTION_RULES: tuple[tuple[str, Callable[[_Builder, _Around, int, int | None, bool], bool], str], ...] = (
    ("section.headline", _headline, "headline"),
    ("section.caption", _caption, "caption"),
    ("section.standfirst", _standfirst, ""),
    ("section.subheading", _subheading, "title"),
    ("section.lead", _lead, "lead"),
    ("section.body", _body, "body"),
)
CONTINUE = "section.continue"
"""No rule fired: the block joins the open section."""


def _place(out: _Builder, around: _Around, i: int, head: int | None, lead_done: bool) -> tuple[bool, str]:
    """Put the article block ``i`` in its section; return whether the lead is
    done, and the name of the section rule that placed the block."""
    item = around.items[i]
    name, opens = CONTINUE, ""
    for rule_name, rule, section in SECTION_RULES:
        if rule(out, around, i, head, lead_done):
            name, opens = rule_name, section
            break
    if opens == "title":
        out.open("body", item.block.text)
        lead_done = True
    elif opens == "caption":
        if out.kind() != "caption":
            out.open("caption", LABELS["caption"])
    elif opens:
        out.open(opens, LABELS.get(opens))
        lead_done = lead_done or opens == "lead"
    out.add(item)
    return lead_done, name


def build(items: list[Labelled]) -> Shape:
    head = headline_index(items)
    around = _Around(items)
    out = _Builder()
    notes: list[Note] = []
    placed: list[str] = []
    lead_done = False
    for i, item in enumerate(items):
        if item.label != ARTICLE:
            notes.append(Note(kind=item.label, text=item.block.text, lines=item.block.lines,  # type: ignore[arg-type]
                              rule=item.rule))
        else:
            lead_done, name = _place(out, around, i, head, lead_done)
            placed.append(name)
    title = items[head].block.text if head is not None else (out.paragraphs[0].text if out.paragraphs else "")
    title = _WIRE_SLUG.sub("", title) or title  # "UPDATE 3-Fire at ...": the wire's version mark, not the title
    title = without_leading_symbols(title) or title  # "\u26a1\ufe0f Strike on ...": a post's emoji
    return Shape(title=title, sections=out.built(), paragraphs=tuple(out.paragraphs), notes=tuple(notes),
                 placed_by=tuple(placed))
