"""Word wrapping by terminal cells, as offsets into the text.

The article view draws only the lines on screen (Textual's line API), so it
needs, for every paragraph, where each wrapped line starts and ends. ASCII
and other narrow text is wrapped by one regular expression (fast enough for
multi-megabyte articles); text with wide or zero-width characters (CJK,
emoji, combining marks) is wrapped by measuring cells.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import cell_len

_NARROW = re.compile(r"^[\u0020-\u007e\u00a0-\u02ff\u0370-\u052f\u0590-\u06ff\u2010-\u2027\u2030-\u205e]*$")


@lru_cache(maxsize=64)
def _pattern(width: int) -> re.Pattern[str]:
    # A line is up to `width` characters ending before a space, or a run of
    # exactly `width` non-spaces (a long word or URL is broken, never lost).
    return re.compile(rf"(?:\S.{{0,{width - 1}}}(?=\s|$)|\S{{{width}}}|\S.{{0,{width - 1}}})\s*")


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """[(start, end)] of each wrapped line of ``text`` at ``width`` cells.

    ``end`` excludes the spaces the line was broken at. An empty text is one
    empty line.
    """
    width = max(1, width)
    if not text:
        return [(0, 0)]
    if len(text) <= width and _NARROW.match(text):
        return [(0, len(text.rstrip()))]
    if not _NARROW.match(text):
        return _wrap_cells(text, width)
    lines: list[tuple[int, int]] = []
    for match in _pattern(width).finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] == " ":
            end -= 1
        lines.append((start, end))
    return lines or [(0, 0)]


def _wrap_cells(text: str, width: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    start = 0
    used = 0
    last_space = -1
    index = 0
    while index < len(text):
        char = text[index]
        cells = cell_len(char)
        if char == " ":
            last_space = index
        if used + cells > width and index > start:
            if last_space > start:
                lines.append((start, last_space))
                start = last_space + 1
            else:
                lines.append((start, index))
                start = index
            while start < len(text) and text[start] == " ":
                start += 1
            used = cell_len(text[start:index + 1]) if start <= index else 0
            last_space = -1
            index += 1
            continue
        used += cells
        index += 1
    lines.append((start, len(text)))
    return lines
