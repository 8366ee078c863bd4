"""Stage 2: decoded text -> ordered blocks (paragraph candidates).

A block is the smallest unit that becomes either one paragraph or one note.
Plain text is split on blank lines, and a group of lines is kept together
only when it reads as one hard-wrapped paragraph. Markdown and HTML are
parsed by libraries (markdown-it-py, lxml) imported only for those inputs.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader import rx
from reader.textutil import squash


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


def split(text: str, fmt: str) -> list[Block]:
    if fmt == "html":
        from reader.analysis.html import html_blocks

        return html_blocks(text)
    if fmt == "md":
        from reader.analysis.markdown import markdown_blocks

        return markdown_blocks(text)
    return text_blocks(text)


_SENTENCE_END = rx.compile(r"[.!?:;\"'\u201d\u2019)\]]$")


def text_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    group: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            group.append((number, line))
            continue
        if group:
            blocks.extend(_group_blocks(group))
            group = []
    if group:
        blocks.extend(_group_blocks(group))
    return blocks


def _group_blocks(group: list[tuple[int, str]]) -> list[Block]:
    if len(group) > 1 and (_is_wrapped(group) and not any(map(_stands_alone, group)) or _wrapped_capitals(group)):
        return [Block(_unwrap([line for _, line in group]), tuple(n for n, _ in group))]
    return [Block(squash(line), (n,)) for n, line in group]


_BROKEN_WORD = rx.compile(r"(?<=[a-z])-$")


def _unwrap(lines: list[str]) -> str:
    """The lines of a wrapped paragraph as one: a word broken at a line's end
    by a hyphen ("civil-" / "ians", as text copied from a PDF) is mended."""
    out = squash(lines[0])
    for line in lines[1:]:
        line = squash(line)
        if _BROKEN_WORD.search(out) and line[:1].islower():
            out = out[:-1] + line
        else:
            out = f"{out} {line}"
    return out


def _wrapped_capitals(group: list[tuple[int, str]]) -> bool:
    """A capitalised headline wrapped by hand: "EARTHQUAKE IN WESTERN
    AFGHANISTAN: DEATH TOLL" / "CLIMBS PAST 1,000" (two or three lines of
    capitals, the first of four words or more, none ending a sentence
    before the last; not a menu's one-word lines)."""
    from reader.analysis.notes import whole_line_furniture

    texts = [squash(line) for _, line in group]
    return (len(group) <= 3 and all(t.isupper() and t.count(" ") >= 1 for t in texts) and texts[0].count(" ") >= 3
            and not any(_SENTENCE_END.search(t) and not t.endswith(":") for t in texts[:-1])
            and not any(map(whole_line_furniture, texts)))


def _stands_alone(item: tuple[int, str]) -> bool:
    """A line that is page furniture by itself is never part of a paragraph."""
    from reader.analysis.notes import title_like, whole_line_furniture

    text = squash(item[1])
    return whole_line_furniture(text) or (title_like(text, strict=True) and text.count(" ") >= 2)


def _is_wrapped(group: list[tuple[int, str]]) -> bool:
    """Do these consecutive lines read as one paragraph wrapped by hand?"""
    lengths = [len(line.strip()) for _, line in group]
    longest = max(lengths)
    if longest < 40:
        return False
    texts = [squash(line) for _, line in group]
    if len(set(texts)) < len(texts):
        return False  # a repeated line (alt text then caption) is two blocks
    for (_, line), length in zip(group[:-1], lengths[:-1]):
        stripped = line.strip()
        if length < 0.6 * longest:
            return False
        if stripped.startswith(("- ", "* ", "\u2022")):
            return False
    # A wrapped paragraph's lines (but the last) rarely end a sentence and
    # the next line continues it; headings and list-like lines do not.
    ends = sum(1 for _, line in group[:-1] if _SENTENCE_END.search(line.strip()))
    return ends < len(group) - 1 or len(group) == 2 and ends == 0
