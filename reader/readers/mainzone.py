"""Where the article is on a web page: an extractor's text, aligned back
onto the page's own blocks.

trafilatura (comments left out, recall favoured) says which text is the
story; it is only a signal. Every block of the page is kept, each marked
"main" (its words are in the extracted story) or "extra" (they are not);
the notes stage decides, with its own rules, what each block is. Nothing is lost whatever the extractor does: it never
removes a block, and a page it cannot read keeps the rule-based reading.

The alignment is fuzzy on purpose: the extractor joins, trims and re-spaces
text, so a block is "main" when most of its word 4-grams occur in the
extracted text (a short block: when its words are one of the extracted
lines). Both libraries are imported only here, only for HTML input.
"""

from __future__ import annotations

import logging
import re

from reader.readers.block import HEADLINE, HINT_EXTRA, HINT_MAIN, Block

_WORD = re.compile(r"\w+")
_SHINGLE = 4
MIN_WORDS = 40
"""An extraction shorter than this is no article: ask the second opinion, or keep the rule-based reading."""
_SHARE = 0.5
"""A block is in the story when at least this share of its 4-grams is in the extracted text."""
_MAX_HTML = 3_000_000
"""Pages larger than this keep the rule-based reading (the extractors' cost grows faster than the page)."""


def _quiet(name: str) -> None:
    # The libraries log their doubts ("discarding data", "empty HTML"); the reader says nothing of them.
    logger = logging.getLogger(name)
    logger.setLevel(logging.CRITICAL + 1)
    logger.propagate = False


def _trafilatura(html: str) -> str:
    import trafilatura

    _quiet("trafilatura")
    _quiet("htmldate")
    _quiet("courlan")
    return trafilatura.extract(html, include_comments=False, favor_recall=True, include_tables=True) or ""


def extracted_text(html: str) -> str | None:
    """The story's text as the extractors see it, or None when they find none."""
    if len(html) > _MAX_HTML:
        return None
    best = ""
    for extractor in (_trafilatura,):
        try:
            text = extractor(html)
        except Exception:  # noqa: BLE001 - a library's failure on a hostile page only costs the signal
            text = ""
        if len(_WORD.findall(text)) >= MIN_WORDS:
            return text
        best = max(best, text, key=len)
    return best if len(_WORD.findall(best)) >= MIN_WORDS // 2 else None


def _tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


class Alignment:
    """The extracted text, indexed for the question "is this block in it?"."""

    def __init__(self, text: str) -> None:
        tokens = _tokens(text)
        self.shingles = {tuple(tokens[i:i + _SHINGLE]) for i in range(max(0, len(tokens) - _SHINGLE + 1))}
        self.lines = {" ".join(_tokens(line)) for line in text.splitlines()}
        self.lines.discard("")

    def holds(self, text: str) -> bool:
        tokens = _tokens(text)
        if not tokens:
            return False
        if len(tokens) < _SHINGLE:
            # a short block: one of the extracted lines ("Updated" alone is no match inside prose)
            return " ".join(tokens) in self.lines
        grams = [tuple(tokens[i:i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1)]
        return sum(g in self.shingles for g in grams) >= _SHARE * len(grams)


def with_story_from_metadata(blocks: list[Block], body: tuple[str, ...]) -> list[Block]:
    """On a page whose story is only in its metadata (the JSON-LD
    ``articleBody`` of a page that a script draws), the story's paragraphs
    join the blocks after the headline, as the story ("main"). A page whose
    own blocks already hold most of that text is left as it is."""
    if len(_tokens(" ".join(body))) < MIN_WORDS:
        return blocks
    page = Alignment("\n".join(b.text for b in blocks))
    if page.holds(" ".join(body)):
        return blocks
    head = next((i for i, b in enumerate(blocks) if HEADLINE in b.hints), -1)
    after = blocks[head].lines if head >= 0 else ()
    story = [Block(text=p, lines=after, tag="p", hints=frozenset({HINT_MAIN, "metadata"})) for p in body]
    return [*blocks[:head + 1], *story, *blocks[head + 1:]]


def mark(blocks: list[Block], html: str) -> list[Block]:
    """The blocks with a "main" or "extra" hint each, or unchanged when no extractor found a story."""
    text = extracted_text(html)
    if text is None:
        return blocks
    align = Alignment(text)
    return [Block(text=b.text, lines=b.lines, tag=b.tag,
                  hints=b.hints | {HINT_MAIN if align.holds(b.text) else HINT_EXTRA}) for b in blocks]
