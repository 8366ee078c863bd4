"""The notes stage on a web page with an extractor's reading
(reader.readers.mainzone): each block is "main" (in the extracted story)
or "extra"; main blocks are the article unless their own text says
furniture, extra blocks are notes of the kind their text or context says."""

from __future__ import annotations

import re

from reader.analysis import notes_match as match
from reader.analysis.notes_furniture import (
    ARTICLE,
    Labelled,
    _from_hints,
    hint_note,
    text_furniture,
    text_note,
    title_like,
    words,
)
from reader.analysis.notes_rules import _revise
from reader.analysis.notes_vocab import _END, _QUOTED
from reader.readers.block import HEADLINE, HINT_EXTRA, HINT_MAIN, Block

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from reader.analysis.notes_furniture import Found


# A web page read with an extractor's signal (reader.readers.mainzone): each
# block is "main" (in the extracted story) or "extra".
_MIN_STORY_WORDS = 40


def _by_extractor(blocks: list[Block]) -> list[Labelled] | None:
    """Main blocks are the article unless their own text says furniture;
    extra blocks are notes, of the kind their text or page context says.
    The headline and a lead or standfirst the extractor left out are kept.
    None when this leaves no story (the rule-based reading then stands)."""
    first = next(i for i, b in enumerate(blocks) if HINT_MAIN in b.hints)  # (the caller saw one)
    last = max(i for i, b in enumerate(blocks) if HINT_MAIN in b.hints)
    start = next((i for i, b in enumerate(blocks) if HINT_MAIN in b.hints and words(b.text) >= 15), first)
    blocks = _with_headline(blocks, start)
    head = next((i for i, b in enumerate(blocks) if HEADLINE in b.hints), first)
    out = [Labelled(block, *_extracted_label(block, i, (first, head, last))) for i, block in enumerate(blocks)]
    _keep_lead(out, start)
    _revise(out, extracted=True)
    _trust_extractor(out)
    story = sum(words(item.block.text) for item in out if item.label == ARTICLE and item.block.level == 0)
    return out if story >= _MIN_STORY_WORDS else None


PAGE_RULES = {
    "page.caption": "a caption or credit outside the extracted story",
    "page.embed-in-story": "an embedded post or player inside the extracted story",
    "page.aside-in-story": "a box beside the story inside the extracted story: a pull quote, links",
    "page.menu-outside-story": "a menu, breadcrumb or header block outside the extracted story",
    "page.before-story": "a block above the extracted story that no other rule names",
    "page.link-outside-story": "a short line below the story that ends no sentence: a teaser's title",
    "page.outside-story": "any other block outside the extracted story",
}
"""The named predicates of a page read with an extractor."""


_KEPT_SHARE = 0.3


def _trust_extractor(out: list[Labelled]) -> None:
    """When the rules above filed most of the extracted story as notes (a
    story about subscriptions), or the page's headline says its story is a
    legal notice (a privacy policy), the extractor wins: a page never loses
    its whole article to the notes."""
    main = [item for item in out if HINT_MAIN in item.block.hints]
    total = sum(words(item.block.text) for item in main)
    kept = sum(words(item.block.text) for item in main if item.label == ARTICLE)
    if total >= _MIN_STORY_WORDS and (kept < _KEPT_SHARE * total or _policy_page(out)):
        for item in main:
            if item.label in ("legal", "publisher", "other"):
                item.label = ARTICLE


def _policy_page(out: list[Labelled]) -> bool:
    """The page's headline names a legal notice ("Privacy Policy", "Terms of
    Service"): its story is the notice, so the legal words of the extracted
    story are the article (beside another story they would be notes)."""
    head = next((item.block for item in out if HEADLINE in item.block.hints), None)
    return head is not None and words(head.text) <= 12 and text_furniture(head) == "legal"


def _extracted_label(block: Block, i: int, marks: tuple[int, int, int]) -> tuple[str, str, str]:
    """A block's first label on a page with an extractor's reading, and the
    rule that gave it (``Labelled``'s label, role and rule); ``marks``: the
    first main block, the headline and the last main block."""
    first, head, last = marks
    if HEADLINE in block.hints:
        return ARTICLE, "", ""
    if HINT_MAIN in block.hints:
        found = _main_text_kind(block) or _main_hints(block)
        return (found[0], "", found[1]) if found else (ARTICLE, "", "")
    if head < i <= last and _story_caption(block):
        return ARTICLE, "", ""  # a picture's caption inside the story: the caption section (the _captions rule)
    found = (
        text_note(block)
        or (("caption", "page.caption") if _caption_like(block) else None)
        or hint_note(block)
        or _extra_kind(block, i < first, i > last)
    )
    return found[0], "", found[1]


def _with_headline(blocks: list[Block], first: int) -> list[Block]:
    """When the page's metadata named no headline block: the last big
    heading (h1, h2) at or above the extracted story's start, else the
    story's first heading, is the headline (not an <h1> of a box below)."""
    named = next((i for i, b in enumerate(blocks) if HEADLINE in b.hints), None)
    if named is not None and named <= first + 2:
        return blocks
    blocks = list(blocks)
    if named is not None:  # named by the metadata, but below the story's start: a share box's copy of the title
        old = blocks[named]
        blocks[named] = Block(text=old.text, lines=old.lines, tag=old.tag, hints=old.hints - {HEADLINE})
    above = [i for i in range(max(0, first - 25), first + 1) if blocks[i].level in (1, 2)]
    inside = [i for i in range(first, len(blocks)) if blocks[i].level in (1, 2, 3) and HINT_MAIN in blocks[i].hints]
    pick = above[-1] if above else inside[0] if inside else None
    if pick is None:
        return blocks
    old = blocks[pick]
    blocks[pick] = Block(text=old.text, lines=old.lines, tag=old.tag, hints=old.hints | {HEADLINE})
    return blocks


def _main_text_kind(block: Block) -> Found | None:
    """Inside the extracted story, a block's words make it a note only when
    it is short: a long paragraph about cookies or subscriptions is the
    story's own (a page about privacy, a story about a newsletter)."""
    n = words(block.text)
    if n > _MAIN_LONGEST_NOTE:
        return None
    found = text_note(block)
    if n <= _MAIN_NOTE_WORDS or found is None:
        return found
    # longer: a notice in the publisher's voice to its reader ("We may receive compensation ...", "you can log in")
    return found if found[0] in ("legal", "publisher") and _READER_VOICE.search(_QUOTED.sub("", block.text)) else None


_MAIN_NOTE_WORDS = 25
_READER_VOICE = re.compile(r"\b(?:our|us|we|you|your)\b|\u00a9", re.IGNORECASE)
_MAIN_LONGEST_NOTE = 60


def _main_hints(block: Block) -> Found | None:
    """Page context that still counts inside the extracted story: a cookie
    or newsletter box, a share bar, a player, a gallery."""
    hints = block.hints
    embedded = hints & match.vocabulary("EMBED_HINTS") and not hints & {"caption", "figcaption"}
    if embedded and block.level == 0:
        return "media", "page.embed-in-story"  # an embedded post or player in the story
    if "aside" in hints:
        return "related", "page.aside-in-story"  # a box beside the story: a pull quote, links to other stories
    found = hint_note(block)
    return found if found and found[0] in ("legal", "publisher") and hints & match.vocabulary("STRONG_HINTS") else None




def _extra_kind(block: Block, before: bool, after: bool) -> Found:
    """The kind of a block outside the extracted story that no rule names."""
    if _caption_like(block):
        return "caption", "page.caption"
    hints = block.hints
    if hints & {"nav", "menu", "breadcrumb", "header"}:
        return "navigation", "page.menu-outside-story"
    if before:
        return ("navigation" if words(block.text) <= 8 else "other"), "page.before-story"
    if words(block.text) <= 16 and not _END.search(block.text):
        return "related", "page.link-outside-story"  # a teaser's title, a link to another story
    return "other", "page.outside-story"


def _caption_like(block: Block) -> bool:
    return block.tag == "caption" or bool(block.hints & {"figure", "figcaption", "caption", "credit"})


def _lead_like(block: Block) -> bool:
    """A paragraph of the story by its shape: a sentence of twelve words or
    more, or six to forty words in sentence case (a dek), and no page context
    calling it anything else."""
    if block.hints & match.vocabulary("NOT_LEAD_HINTS") or _named_furniture(block) or block.level:
        return False
    n = words(block.text)
    return bool(n >= 12 and _END.search(block.text)) or (
        6 <= n <= 40 and not title_like(block.text) and not block.text.endswith(":")
    )


def _named_furniture(block: Block) -> bool:
    """Page context names the block furniture (beyond being in the page's header or outside its <article>)."""
    hints = block.hints - {"outside", "header", HINT_EXTRA}
    return _from_hints(Block(text=block.text, lines=block.lines, tag=block.tag, hints=hints)) is not None


def _story_caption(block: Block) -> bool:
    """A picture's caption under the headline, in the story (not the
    header's lead picture, not a credit line alone)."""
    return (
        block.level == 0
        and "header" not in block.hints
        and _caption_like(block)
        and not text_furniture(block)
        and words(block.text) >= 4
    )


def _keep_lead(out: list[Labelled], first: int) -> None:
    """Between the headline and the extracted story, a standfirst (the page
    calls it so) or a sentence-long paragraph is the story's, not a note."""
    head = next((i for i, item in enumerate(out) if HEADLINE in item.block.hints), None)
    if head is None or head >= first:
        return
    for item in out[head + 1 : first]:
        block = item.block
        if text_furniture(block):
            continue
        if block.hints & match.vocabulary("DEK_HINTS") or _lead_like(block):
            item.label = ARTICLE  # the standfirst, or the lead the extractor left out
