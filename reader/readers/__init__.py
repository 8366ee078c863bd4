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

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from reader.model import PageMeta

__all__ = ["Block", "read", "split"]


def read(text: str, fmt: str, *, furniture: LinePredicate = never,
         stands_alone: LinePredicate = never) -> tuple[list[Block], PageMeta | None]:
    """The blocks of ``text`` and, for a web page, its metadata.

    A web page's blocks are also marked by an extractor's reading ("main"
    or "extra", see ``reader.readers.mainzone``) and its headline found.
    """
    if fmt == "html":
        from reader.readers.html import html_page

        return html_page(text)
    return split(text, fmt, furniture=furniture, stands_alone=stands_alone), None


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
