"""Plain text -> blocks: split on blank lines; a group of lines is kept
together only when it reads as one hard-wrapped paragraph.

Which lines are page furniture by themselves (a menu entry, a byline) is
the notes stage's knowledge: the caller passes it in as predicates, so this
reader never imports the analysis.
"""

from __future__ import annotations

from collections.abc import Callable

from reader import rx
from reader.readers.block import Block
from reader.textutil import squash

LinePredicate = Callable[[str], bool]


def never(text: str) -> bool:
    """The default predicate: no line is furniture."""
    return False


_SENTENCE_END = rx.compile(r"[.!?:;\"'\u201d\u2019)\]]$")


def text_blocks(text: str, *, furniture: LinePredicate = never, stands_alone: LinePredicate = never) -> list[Block]:
    """``furniture(line)``: the line is page furniture by itself (a menu's
    entry); ``stands_alone(line)``: it is never part of a wrapped paragraph."""
    blocks: list[Block] = []
    group: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            group.append((number, line))
            continue
        if group:
            blocks.extend(_group_blocks(group, furniture, stands_alone))
            group = []
    if group:
        blocks.extend(_group_blocks(group, furniture, stands_alone))
    return blocks


def _group_blocks(group: list[tuple[int, str]], furniture: LinePredicate, stands_alone: LinePredicate) -> list[Block]:
    if len(group) > 1 and (_is_wrapped(group) and not any(stands_alone(squash(line)) for _, line in group)
                           or _wrapped_capitals(group, furniture)):
        return [Block(text=_unwrap([line for _, line in group]), lines=tuple(n for n, _ in group))]
    return [Block(text=squash(line), lines=(n,)) for n, line in group]


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


def _wrapped_capitals(group: list[tuple[int, str]], furniture: LinePredicate) -> bool:
    """A capitalised headline wrapped by hand: "EARTHQUAKE IN WESTERN
    AFGHANISTAN: DEATH TOLL" / "CLIMBS PAST 1,000" (two or three lines of
    capitals, the first of four words or more, none ending a sentence
    before the last; not a menu's one-word lines)."""
    texts = [squash(line) for _, line in group]
    return (len(group) <= 3 and all(t.isupper() and t.count(" ") >= 1 for t in texts) and texts[0].count(" ") >= 3
            and not any(_SENTENCE_END.search(t) and not t.endswith(":") for t in texts[:-1])
            and not any(map(furniture, texts)))


def _is_wrapped(group: list[tuple[int, str]]) -> bool:
    """Do these consecutive lines read as one paragraph wrapped by hand?"""
    lengths = [len(line.strip()) for _, line in group]
    longest = max(lengths)
    if longest < 40:
        return False
    texts = [squash(line) for _, line in group]
    if len(set(texts)) < len(texts):
        return False  # a repeated line (alt text then caption) is two blocks
    for (_, line), length in zip(group[:-1], lengths[:-1], strict=True):
        stripped = line.strip()
        if length < 0.6 * longest:
            return False
        if stripped.startswith(("- ", "* ", "\u2022")):
            return False
    # A wrapped paragraph's lines (but the last) rarely end a sentence and
    # the next line continues it; headings and list-like lines do not.
    ends = sum(1 for _, line in group[:-1] if _SENTENCE_END.search(line.strip()))
    return ends < len(group) - 1 or len(group) == 2 and ends == 0
