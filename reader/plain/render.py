"""Article -> lines of plain text (announcements, sentences, no layout)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator

from reader.model import Article, Entity, Figure, Section

TYPE_NAMES = {"PERSON": "People", "PLACE": "Places", "ORG": "Organisations", "DATE": "Dates", "GROUP": "Groups"}
KIND_NAMES = {"headline": "Headline", "caption": "Caption", "lead": "Lead", "body": "Body"}
NOTE_NAMES = {"navigation": "Navigation", "media": "Media", "caption": "Repeated caption", "publisher": "Publisher",
              "legal": "Legal", "related": "Related", "other": "Other"}
# Glyphs a braille display or speech synthesiser would read out as noise.
_DECORATIVE = str.maketrans({c: " " for c in "\u2022\u25aa\u25cf\u25a0\u25a1\u2023\u2043"} |
                            {chr(c): "-" for c in range(0x2500, 0x2580)} | {chr(c): " " for c in range(0x2580, 0x25a0)})


def wrap(text: str, width: int) -> list[str]:
    text = " ".join(text.translate(_DECORATIVE).split())
    return textwrap.wrap(text, width=width, break_long_words=True, break_on_hyphens=False) or [""]


def section_heading(article: Article, section: Section) -> str:
    number = int(section.id[1:])
    label = KIND_NAMES[section.kind]
    if section.kind == "body" and section.title:
        label = f"Body, {section.title}"
    return f"Section {number} of {len(article.sections)}: {label}"


def summary(article: Article) -> str:
    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    figures = plural(len(article.figures), "casualty figure")
    return (f"{plural(len(article.paragraphs), 'paragraph')}, {plural(len(article.entities), 'entity')}"
            .replace("entitys", "entities") + f", {figures}, {plural(len(article.notes), 'publisher note')}.")


def marked(article: Article, pid: str, text: str) -> str:
    """The paragraph with entity mentions followed by their type in brackets."""
    spans = sorted((m.start, m.end, e.type) for e in article.entities for m in e.mentions if m.paragraph == pid)
    out: list[str] = []
    at = 0
    for start, end, etype in spans:
        if start < at:
            continue
        out.append(text[at:end])
        out.append(f" [{TYPE_NAMES[etype][:-1].lower() if etype != 'PERSON' else 'person'}]")
        at = end
    out.append(text[at:])
    return "".join(out)


def paragraph_lines(article: Article, index: int, width: int, marks: bool) -> list[str]:
    paragraph = article.paragraphs[index]
    text = marked(article, paragraph.id, paragraph.text) if marks else paragraph.text
    return wrap(text, width)


def section_lines(article: Article, section: Section, width: int, marks: bool) -> Iterator[str]:
    yield from wrap(section_heading(article, section), width)
    for pid in section.paragraphs:
        yield from paragraph_lines(article, article.paragraph_index(pid), width, marks)
        yield ""


def entity_sentence(entity: Entity) -> str:
    parts = [entity.name]
    if entity.aliases:
        parts.append("also " + ", ".join(entity.aliases))
    n = len(entity.mentions)
    parts.append(f"{n} mention{'' if n == 1 else 's'}")
    return ", ".join(parts)


def entity_lines(article: Article, width: int) -> Iterator[str]:
    yield from wrap(f"Entities: {len(article.entities)}.", width)
    for etype, title in TYPE_NAMES.items():
        group = [e for e in article.entities if e.type == etype]
        if group:
            yield from wrap(f"{title}: " + "; ".join(entity_sentence(e) for e in group) + ".", width)


def figure_sentence(figure: Figure) -> str:
    if figure.count is not None:
        amount = f"{figure.count:,}"
        if figure.qualifier not in ("exact", "vague"):
            amount = f"{figure.qualifier} {amount}"
    elif figure.low is not None and figure.high is not None:
        amount = f"between {figure.low:,} and {figure.high:,}"
    elif figure.low is not None:
        amount = f"at least {figure.low:,} (vague)"
    else:
        amount = "an unknown number of"
    who = figure.who or "people"
    text = f"{amount} {who} {figure.category}"
    if figure.source:
        text += f", according to {figure.source}"
    text += "; disputed." if figure.disputed else "."
    return text[0].upper() + text[1:]


def figure_lines(article: Article, width: int) -> Iterator[str]:
    yield from wrap(f"Casualty figures: {len(article.figures)}.", width)
    for n, figure in enumerate(article.figures, 1):
        yield from wrap(f"Figure {n}: {figure_sentence(figure)} In paragraph {figure.paragraph[1:]}.", width)


def note_lines(article: Article, width: int) -> Iterator[str]:
    yield from wrap(f"Publisher notes: {len(article.notes)}. These were on the page but are not the article.", width)
    for n, note in enumerate(article.notes, 1):
        yield from wrap(f"Note {n}, {NOTE_NAMES[note.kind]}: {note.text}", width)


def dump(article: Article, width: int, marks: bool = False) -> Iterable[str]:
    yield from wrap(f"Article: {article.title}", width)
    yield from wrap(f"Source: {article.source}. {summary(article)}", width)
    for warning in article.warnings:
        yield from wrap(f"Warning: {warning}", width)
    yield ""
    for section in article.sections:
        yield from section_lines(article, section, width, marks)
    yield from entity_lines(article, width)
    yield ""
    yield from figure_lines(article, width)
    yield ""
    yield from note_lines(article, width)
