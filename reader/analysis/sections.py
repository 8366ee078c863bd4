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
from reader.analysis.notes import (ARTICLE, Labelled, has_dateline, heading_like, headline_index,
                                   without_leading_symbols, words)
from reader.model import Note, Paragraph, Section

_DEK_HINTS = frozenset({"standfirst", "subhead", "dek", "deck", "strapline"})
_WIRE_SLUG = rx.compile(rf"^(?:{'|'.join(lx.WIRE_MARKS)}|INSTANT VIEW|BREAKING NEWS)(?: \d+)?\s*[-:\u2013]\s*",
                        re.IGNORECASE)
_SPEAKER = rx.compile(r"(?:Q|A|Question|Answer|[A-Z][A-Z .'-]{1,30}):\s")
LABELS = {"headline": "Headline", "caption": "Caption", "lead": "Lead"}


@dataclass(frozen=True, slots=True)
class Shape:
    title: str
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    notes: tuple[Note, ...]


def _is_subheading(items: list[Labelled], i: int, head: int | None = None) -> bool:
    block = items[i].block
    if 2 <= block.level <= 6:
        return True
    later = next((x for x in items[i + 1:] if x.label == ARTICLE), None)
    text = block.text
    if (block.tag == "p" and text.isupper() and words(text) <= 5 and text.replace(" ", "").replace("&", "").isalpha()
            and later is not None and words(later.block.text) > 8):
        return True  # "SITUATION OVERVIEW", "KEY FACTS": a capitalised section heading
    if block.tag != "p" or not heading_like(block.text) or _SPEAKER.match(block.text):
        return False  # ("Q: Who is carrying out these attacks?" is a line of an interview, not a heading)
    earlier = next((j for j in range(i - 1, -1, -1) if items[j].label == ARTICLE), None)
    # (after a long paragraph; or, one or two words such as "Summary", right under the headline)
    before = items[earlier].block.text if earlier is not None else ""
    return (later is not None and words(later.block.text) > 12
            and earlier is not None and (words(before) > 15
                                         # (or a shorter paragraph that ends its sentence: "... Darbandikhan.[2]")
                                         or words(before) > 8 and before.rstrip("]0123456789[").endswith((".", "!", "?"))
                                         or earlier == head and words(text) <= 2 and words(later.block.text) > 25))


def _is_standfirst(items: list[Labelled], i: int) -> bool:
    """A short summary line under the headline: before a dateline paragraph,
    or a line that ends no sentence (a dek) before the story's first one."""
    text = items[i].block.text
    if has_dateline(text) or words(text) > 60:
        return False
    if items[i].block.hints & _DEK_HINTS:
        return True  # the page calls it so: class="standfirst", "article__subhead"
    if words(text) > 40:
        return False
    later = next((x for x in items[i + 1:] if x.label == ARTICLE and x.role != "caption"), None)
    if later is None:
        return False
    if has_dateline(later.block.text):
        return True
    between = items[i + 1:items.index(later)]
    if words(text) <= 40 and any(x.label == "publisher" for x in between):
        return True  # under the headline and over the byline and date: the dek
    return (words(text) >= 6 and not text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":"))
            and words(later.block.text) > words(text) and later.block.text.rstrip().endswith((".", "\"", "\u201d")))


def build(items: list[Labelled]) -> Shape:
    head = headline_index(items)
    sections: list[tuple[str, str | None, list[str]]] = []
    paragraphs: list[Paragraph] = []
    notes: list[Note] = []
    lead_done = False

    def open_section(kind: str, title: str | None) -> None:
        sections.append((kind, title, []))

    def add(item: Labelled) -> None:
        pid = f"p{len(paragraphs) + 1}"
        sections[-1][2].append(pid)
        paragraphs.append(Paragraph(pid, f"s{len(sections)}", item.block.text, item.block.lines))

    for i, item in enumerate(items):
        text = item.block.text
        if item.label != ARTICLE:
            notes.append(Note(item.label, text, item.block.lines))  # type: ignore[arg-type]
            continue
        if i == head:
            open_section("headline", LABELS["headline"])
            add(item)
            continue
        if item.role == "caption":
            if not sections or sections[-1][0] != "caption":
                open_section("caption", LABELS["caption"])
            add(item)
            continue
        if not lead_done and sections and sections[-1][0] == "headline" and _is_standfirst(items, i):
            add(item)  # the standfirst (dek) belongs with its headline
            continue
        heading = _is_subheading(items, i, head)
        if not lead_done and not heading:
            open_section("lead", LABELS["lead"])
            add(item)
            lead_done = True
            continue
        if heading:
            lead_done = True
            open_section("body", text)
        elif not sections or sections[-1][0] != "body":
            open_section("body", None)
        add(item)

    built = tuple(Section(f"s{n}", kind, title, tuple(pids))  # type: ignore[arg-type]
                  for n, (kind, title, pids) in enumerate(sections, 1))
    title = items[head].block.text if head is not None else (paragraphs[0].text if paragraphs else "")
    title = _WIRE_SLUG.sub("", title) or title  # "UPDATE 3-Fire at ...": the wire's version mark, not the title
    title = without_leading_symbols(title) or title  # "\u26a1\ufe0f Strike on ...": a post's emoji
    return Shape(title, built, tuple(paragraphs), tuple(notes))
