"""The analysis pipeline: source -> Article, one stage a module.

ingest -> blocks -> notes -> sections -> entities -> figures
"""

from __future__ import annotations

import os

from reader.analysis import blocks, notes, sections
from reader.ingest import DEFAULT_MAX_SIZE, Document, load
from reader.model import Article

__all__ = ["analyze", "analyze_document"]


def analyze(source: str | os.PathLike[str] | Document, *, max_size: int = DEFAULT_MAX_SIZE,
            entities: bool = True, figures: bool = True) -> Article:
    """Read and analyse an article: a path, ``"-"`` for stdin, or a Document."""
    document = source if isinstance(source, Document) else load(source, max_size=max_size)
    return analyze_document(document, entities=entities, figures=figures)


def analyze_document(document: Document, *, entities: bool = True, figures: bool = True) -> Article:
    labelled = notes.classify(blocks.split(document.text, document.format))
    shape = sections.build(labelled)
    found_entities: tuple = ()
    found_figures: tuple = ()
    if entities:
        from reader.analysis.entities import find_entities

        found_entities = find_entities(shape.paragraphs)
    if figures:
        from reader.analysis.figures import find_figures

        found_figures = find_figures(shape.paragraphs)
    return Article(
        source=document.name,
        title=shape.title,
        format=document.format,
        encoding=document.encoding,
        sections=shape.sections,
        paragraphs=shape.paragraphs,
        entities=found_entities,
        figures=found_figures,
        notes=shape.notes,
        warnings=document.warnings,
    )
