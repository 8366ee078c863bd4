"""Readers: decoded text -> ordered blocks (paragraph candidates), per format.

A block is the smallest unit that becomes either one paragraph or one note.
Plain text is split on blank lines (``text``); Markdown and HTML are parsed
by libraries (markdown-it-py, lxml), imported only for those inputs.

The readers sit below the analysis: they import ``reader.readers.block``
and helpers of the package root, never ``reader.analysis`` (an
import-linter contract says so). What the text reader needs to know of
page furniture (is this line a menu entry?) the caller passes in.
"""

from __future__ import annotations

from reader.readers.block import Block
from reader.readers.text import LinePredicate, never, text_blocks

__all__ = ["Block", "split"]


def split(text: str, fmt: str, *, furniture: LinePredicate = never, stands_alone: LinePredicate = never) -> list[Block]:
    """The blocks of ``text`` read as ``fmt`` ("html", "md" or "txt").

    ``furniture`` and ``stands_alone`` tell the text reader which lines are
    page furniture by themselves (never joined into a wrapped paragraph).
    """
    if fmt == "html":
        from reader.readers.html import html_blocks

        return html_blocks(text)
    if fmt == "md":
        from reader.readers.markdown import markdown_blocks

        return markdown_blocks(text)
    return text_blocks(text, furniture=furniture, stands_alone=stands_alone)
