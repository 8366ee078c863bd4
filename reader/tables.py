"""Table rows as the readers write them: one paragraph a row, its cells
joined by `SEPARATOR` (``reader.readers.html`` and ``.markdown``). The
figures and entities stages and plain mode read the cells back here, so
the convention lives in one place."""

from __future__ import annotations

SEPARATOR = " | "


def is_row(text: str) -> bool:
    return SEPARATOR in text


def cells(text: str) -> list[tuple[int, str]]:
    """Each cell of a row, trimmed, with its offset in the row's text."""
    out: list[tuple[int, str]] = []
    at = 0
    for cell in text.split(SEPARATOR):
        name = cell.strip()
        out.append((at + (cell.index(name) if name else 0), name))
        at += len(cell) + len(SEPARATOR)
    return out


def header(text: str) -> list[str] | None:
    """The column names, if the row reads as a table's header: two cells or
    more and no digit in any of them."""
    if not is_row(text) or any(c.isdigit() for c in text):
        return None
    return [name for _, name in cells(text)]
