"""The analysis pipeline: source -> Article, one stage a module.

ingest -> readers (blocks) -> notes -> sections -> entities -> figures
"""

from __future__ import annotations

import os
from collections.abc import Callable

from reader import readers
from reader.analysis import notes, sections
from reader.ingest import DEFAULT_MAX_SIZE, Document, load
from reader.model import Article

__all__ = ["analyze", "analyze_document"]


def analyze(source: str | os.PathLike[str] | Document, *, max_size: int = DEFAULT_MAX_SIZE,
            entities: bool = True, figures: bool = True) -> Article:
    """Read and analyse an article: a path, ``"-"`` for stdin, or a Document."""
    if isinstance(source, Document):
        return analyze_document(source, entities=entities, figures=figures)
    # (no reference kept here: analyze_document lets go of the decoded text once it is split)
    return analyze_document(load(source, max_size=max_size), entities=entities, figures=figures)


Progress = Callable[[str, float], None]
"""Called with a stage name and the fraction of the whole analysis done."""


def analyze_document(document: Document, *, entities: bool = True, figures: bool = True,
                     progress: Progress | None = None) -> Article:
    report = progress or (lambda stage, done: None)
    report("reading the page", 0.0)
    blocks, meta = readers.read(document.text, document.format, furniture=notes.whole_line_furniture,
                                stands_alone=notes.stands_alone)
    source, fmt, encoding, warnings = document.name, document.format, document.encoding, document.warnings
    del document  # the blocks hold the text now: a caller that kept no reference frees the whole input
    labelled = notes.classify(blocks)
    del blocks
    report("finding sections", 0.15)
    shape = sections.build(labelled)
    del labelled  # the blocks and their labels: the shape's paragraphs and notes are what stays
    found_entities: tuple = ()
    found_figures: tuple = ()
    found_toll: tuple = ()
    if entities:
        from reader.analysis.entities import find_entities

        report("finding entities", 0.2)
        found_entities = find_entities(shape.paragraphs)
    if figures:
        from reader.analysis.figures import find_figures

        report("finding casualty figures", 0.65)
        found_figures = find_figures(shape.paragraphs)
        from reader.analysis.toll import find_toll

        found_toll = find_toll(found_figures, shape.sections)
    report("done", 1.0)
    return Article(
        source=source,
        title=shape.title,
        format=fmt,
        encoding=encoding,
        sections=shape.sections,
        paragraphs=shape.paragraphs,
        entities=found_entities,
        figures=found_figures,
        toll=found_toll,
        notes=shape.notes,
        warnings=warnings,
        meta=meta,
    )
