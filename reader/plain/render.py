"""Article -> lines of plain text (announcements, sentences, no layout)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator

from reader import tables
from reader.describe import (
    KIND_NAMES,
    NOTE_NAMES,
    SCOPE_TITLES,
    TYPE_NAMES,
    TYPE_SINGULAR,
    entity_sentence,
    figure_sentence,
    figures_by_scope,
    meta_line,
    plural,
    toll_sentence,
)
from reader.model import Article, Section
from reader.resources import bundled_name

# Glyphs a braille display or speech synthesiser would read out as noise.
_DECORATIVE = str.maketrans({c: " " for c in "\u2022\u25aa\u25cf\u25a0\u25a1\u2023\u2043"} |
                            {chr(c): "-" for c in range(0x2500, 0x2580)} | {chr(c): " " for c in range(0x2580, 0x25a0)})


def source_name(source: str) -> str:
    """The source as a reader wants it said: a bundled sample by its name,
    not by the long path into the installed package."""
    name = bundled_name(source)
    return f"{name} (a bundled sample)" if name else source


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
    return (f"{plural(len(article.paragraphs), 'paragraph')}, {plural(len(article.entities), 'entity', 'entities')}, "
            f"{plural(len(article.figures), 'casualty figure')}, {plural(len(article.notes), 'publisher note')}.")


def marked(article: Article, pid: str, text: str) -> str:
    """The paragraph with entity mentions followed by their type in brackets."""
    spans = sorted((m.start, m.end, e.type) for e in article.entities for m in e.mentions if m.paragraph == pid)
    out: list[str] = []
    at = 0
    for start, end, etype in spans:
        if start < at:
            continue
        out.append(text[at:end])
        out.append(f" [{TYPE_SINGULAR[etype]}]")
        at = end
    out.append(text[at:])
    return "".join(out)


def table_row(article: Article, index: int) -> str | None:
    """A table's row read with its column names, for listening ("Punjab:
    Deaths 118; Injured 212."), or its header read as such; None if the
    paragraph is no table row under a header."""
    text = article.paragraphs[index].text
    if not tables.is_row(text):
        return None
    first = index
    while first > 0 and tables.is_row(article.paragraphs[first - 1].text):
        first -= 1
    header = tables.header(article.paragraphs[first].text)
    if header is None:
        return None
    if first == index:
        return f"Table with columns: {', '.join(header)}."
    cells = [cell for _, cell in tables.cells(text)]
    if len(cells) != len(header):
        return None
    return f"{cells[0]}: " + "; ".join(f"{name} {cell}" for name, cell in zip(header[1:], cells[1:], strict=True)) + "."


def paragraph_lines(article: Article, index: int, width: int, marks: bool) -> list[str]:
    paragraph = article.paragraphs[index]
    text = marked(article, paragraph.id, paragraph.text) if marks else table_row(article, index) or paragraph.text
    return wrap(text, width)


def section_lines(article: Article, section: Section, width: int, marks: bool) -> Iterator[str]:
    yield from wrap(section_heading(article, section), width)
    for pid in section.paragraphs:
        yield from paragraph_lines(article, article.paragraph_index(pid), width, marks)
        yield ""


def entity_lines(article: Article, width: int) -> Iterator[str]:
    yield from wrap(f"Entities: {len(article.entities)}.", width)
    for etype, title in TYPE_NAMES.items():
        group = [e for e in article.entities if e.type == etype]
        if group:
            yield from wrap(f"{title}: " + "; ".join(entity_sentence(e) for e in group) + ".", width)


def figure_lines(article: Article, width: int) -> Iterator[str]:
    yield from wrap(f"Casualty figures: {len(article.figures)}.", width)
    if not article.figures:
        return
    yield from wrap(toll_sentence(article), width)
    for scope, members in figures_by_scope(article):
        yield from wrap(f"{SCOPE_TITLES[scope]}: {len(members)}.", width)
        for n in members:
            figure = article.figures[n]
            where = f"In paragraph {figure.paragraph[1:]}"
            if tables.is_row(figure.quote):  # a table's row: say which
                where += f", the table row for {tables.cells(figure.quote)[0][1]}"
            yield from wrap(f"Figure {n + 1}: {figure_sentence(figure)} {where}.", width)


def note_lines(article: Article, width: int) -> Iterator[str]:
    yield from wrap(f"Publisher notes: {len(article.notes)}. These were on the page but are not the article.", width)
    for n, note in enumerate(article.notes, 1):
        yield from wrap(f"Note {n}, {NOTE_NAMES[note.kind]}: {note.text}", width)


def dump(article: Article, width: int, marks: bool = False) -> Iterable[str]:
    yield from wrap(f"Article: {article.title}", width)
    meta = meta_line(article)
    if meta:
        yield from wrap(meta, width)
    yield from wrap(f"Source: {source_name(article.source)}. {summary(article)}", width)
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
