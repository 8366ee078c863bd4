"""Markdown -> blocks, with markdown-it-py (CommonMark).

Each block keeps the source lines it came from, so the nothing-lost check
holds for Markdown as for plain text. Inline markup is reduced to its text;
link targets and HTML tags are dropped, link texts and image alt text kept.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from reader import rx, tables
from reader.readers.block import Block
from reader.textutil import squash

_TAG = rx.compile(r"<[^>]*>")
_parser = MarkdownIt("commonmark").enable("table")


def _inline_text(token) -> str:
    return _children_text(token.children or ())


def _children_text(children) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content or "")
        elif child.type == "html_inline":
            continue
    return "".join(parts)


def _leading_image_lines(token) -> int:
    """How many of a paragraph's first lines hold only images (0 if none)."""
    count = 0
    seen_image = False
    for child in token.children or ():
        if child.type == "image":
            seen_image = True
        elif child.type in ("softbreak", "hardbreak"):
            if not seen_image:
                return count
            count += 1
            seen_image = False
        elif not (child.type == "text" and not child.content.strip()):
            return count
    return count


def _text_after_lines(token, skip: int) -> str:
    """The paragraph's text after its first ``skip`` lines."""
    children = list(token.children or ())
    breaks = 0
    for n, child in enumerate(children):
        if child.type in ("softbreak", "hardbreak"):
            breaks += 1
            if breaks == skip:
                return _children_text(children[n + 1:])
    return ""


def _only_images(token) -> bool:
    kinds = {c.type for c in token.children or () if not (c.type == "text" and not c.content.strip())}
    return "image" in kinds and kinds <= {"image", "softbreak", "hardbreak"}


_META_TITLE = rx.compile(r"title\s*[:=]\s*[\"']?(.+?)[\"']?\s*$", re.IGNORECASE)
_FRONT_MATTER = rx.compile(r"\A(?:---|\+\+\+)[ \t]*\n(.*?\n)(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def _only_bold(token) -> bool:
    children = [c for c in token.children or () if not (c.type == "text" and not c.content.strip())]
    return (len(children) >= 3 and children[0].type == "strong_open" and children[-1].type == "strong_close"
            and all(c.type in ("text", "code_inline") for c in children[1:-1]))


def markdown_blocks(text: str) -> list[Block]:
    lines = text.split("\n")
    walk = _Walk(lines)
    front = _FRONT_MATTER.match(text)
    if front:
        text = walk.front_matter(front)
    walk.run(_parser.parse(text))
    blocks = walk.blocks
    # Any line the parser gave no block (link reference definitions, stray
    # markup) still ends somewhere: as its own block, never dropped.
    for number, line in enumerate(lines):
        if number not in walk.covered and line.strip() and not _is_rule(line):
            blocks.append(Block(text=squash(line), lines=(number,), tag="p"))
    blocks.sort(key=lambda b: b.lines[0] if b.lines else 0)
    if front and not any(b.level == 1 for b in blocks):
        _front_title(blocks)
    return blocks


def _front_title(blocks: list[Block]) -> None:
    """No "# Title" in the body: the front matter's title is the headline."""
    for n, block in enumerate(blocks):
        title = _META_TITLE.match(block.text) if block.tag == "meta" else None
        if title:
            blocks[n] = Block(text=title.group(1).strip(), lines=block.lines, tag="h1", hints=block.hints)
            return


_OPENS = {"heading_open": None, "blockquote_open": "quote", "list_item_open": "li"}
_CLOSES = frozenset({"heading_close", "blockquote_close", "list_item_close"})


class _Walk:
    """One pass over markdown-it's tokens: blocks with their source lines."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.blocks: list[Block] = []
        self.covered: set[int] = set()
        self.tags: list[str] = []
        self.row: list[str] | None = None  # the cells of a table row being read
        self.row_lines: tuple[int, ...] = (0, 0)
        self.table_start = 0
        self.table_lines = range(0)

    def front_matter(self, front: re.Match[str]) -> str:
        """YAML/TOML front matter: the post's metadata, one block a line (the
        notes stage files them as publisher notes); the body is parsed alone."""
        count = front.group(0).count("\n")
        for number in range(count):
            line = self.lines[number]
            if line.strip() and line.strip() not in ("---", "+++", "..."):
                self.blocks.append(Block(text=squash(line), lines=(number,), tag="meta"))
            self.covered.add(number)
        return "\n" * count + front.string[front.end():]

    def add(self, span, body, tag, hints=frozenset()) -> None:
        _add(self.blocks, self.lines, span, body, tag, self.covered, hints)

    def run(self, tokens) -> None:
        for index, token in enumerate(tokens):
            kind = token.type
            if kind.startswith(("table_", "tr_")):
                self.table(token)
            elif kind == "inline":
                self.inline(token, tokens[index - 1] if index else None)
            elif kind in _OPENS:
                self.tags.append(_OPENS[kind] or token.tag)
            elif kind in _CLOSES:
                if self.tags:
                    self.tags.pop()
            elif kind in ("fence", "code_block", "html_block"):
                start, end = token.map or (0, 0)
                body = _TAG.sub(" ", token.content) if kind == "html_block" else token.content
                self.add(range(start, end), body, "pre" if kind != "html_block" else "p")
            elif kind == "hr":
                self.covered.update(range(*(token.map or (0, 0))))

    def table(self, token) -> None:
        if token.type == "table_open":
            self.table_start = len(self.blocks)
            self.table_lines = range(*(token.map or (0, 0)))
        elif token.type == "table_close":
            # The delimiter row ("| --- | --- |") is markup: it joins the header row's lines.
            markup = tuple(n for n in self.table_lines if n not in self.covered and self.lines[n].strip())
            self.covered.update(self.table_lines)
            if markup and len(self.blocks) > self.table_start:
                first = self.blocks[self.table_start]
                self.blocks[self.table_start] = Block(text=first.text, lines=tuple(sorted((*first.lines, *markup))),
                                                      tag=first.tag, hints=first.hints)
        elif token.type == "tr_open":
            self.row, self.row_lines = [], tuple(token.map or (0, 0))
        elif token.type == "tr_close" and self.row is not None:
            # a table row is one block, its cells joined as for HTML tables
            self.add(range(*self.row_lines), tables.SEPARATOR.join(cell for cell in self.row if cell), "p",
                     hints=frozenset({"row"}))
            self.row = None

    def inline(self, token, parent) -> None:
        if self.row is not None:
            self.row.append(squash(_inline_text(token)))
            return
        start, end = token.map or (0, 0)
        if parent is not None and parent.map:
            start, end = parent.map
        tag = self.tags[-1] if self.tags else "p"
        image_lines = _leading_image_lines(token)
        if image_lines and start + image_lines < end:
            # "![alt](src)" with the caption on the next lines of the same
            # paragraph: the picture's alt text, then its caption, apart.
            text = "".join(c.content or "" for c in token.children or () if c.type == "image")
            self.add(range(start, start + image_lines), text, "img")
            rest = _text_after_lines(token, image_lines)
            self.add(range(start + image_lines, end), rest, "p", hints=frozenset({"caption"}))
            return
        if _only_images(token):
            tag = "img"
        elif tag == "p" and _only_bold(token):
            tag = "h3"  # "**What we know**" on a line of its own is a subheading
        self.add(range(start, end), _inline_text(token), tag)


def _add(blocks, lines, span, body, tag, covered, hints=frozenset()) -> None:
    numbers = tuple(n for n in span if lines[n].strip())
    covered.update(span)
    text = squash(body)
    if text:
        blocks.append(Block(text=text, lines=numbers, tag=tag, hints=hints))
    else:
        for n in numbers:  # markup-only lines (an empty link, a bare tag, an image without alt text)
            if squash(_TAG.sub(" ", lines[n])):
                blocks.append(Block(text=squash(lines[n]), lines=(n,), tag="img" if tag == "img" else "p"))


def _is_rule(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= 3 and len(set(stripped.replace(" ", ""))) == 1 and stripped[0] in "-*_="
