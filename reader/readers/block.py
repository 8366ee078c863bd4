"""The Block record: the readers' one product, the notes stage's input."""

from __future__ import annotations

from dataclasses import dataclass

# Hints a web page's reader gives, read by the notes stage:
HINT_MAIN = "main"
"""The extractor's reading of the page holds this block's words (reader.readers.mainzone)."""
HINT_EXTRA = "extra"
"""It does not (on a page that the extractor read)."""
HEADLINE = "headline"
"""The block that the page's <h1> and metadata agree is the headline (reader.readers.html)."""


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph candidate with its source lines, tag and page context."""

    text: str
    lines: tuple[int, ...] = ()
    """0-based source lines the block came from (text and Markdown)."""
    tag: str = "p"
    """p, h1..h6, li, quote, pre, caption, title, img (alt text)."""
    hints: frozenset[str] = frozenset()
    """Page context: nav, header, footer, aside, figure, form, plus words
    from class/id/role attributes (cookie, newsletter, related, share ...)."""

    @property
    def level(self) -> int:
        return int(self.tag[1]) if len(self.tag) == 2 and self.tag[0] == "h" and self.tag[1].isdigit() else 0
