"""The ``--json`` view: an Article as the "kzreader.analysis/1" contract.

See docs/analysis-json.md. JSON escapes every character that needs it, so
article text in it is data, never markup or terminal control.
"""

from __future__ import annotations

import json

from reader.model import Article, Entity, Figure, Note, Paragraph, Section

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

SCHEMA = "kzreader.analysis/1"


def _section(s: Section) -> dict[str, Any]:
    return {"id": s.id, "kind": s.kind, "title": s.title, "paragraphs": list(s.paragraphs)}


def _paragraph(p: Paragraph) -> dict[str, Any]:
    return {"id": p.id, "section": p.section, "text": p.text}


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "name": e.name,
        "type": e.type,
        "aliases": list(e.aliases),
        "mentions": [{"paragraph": m.paragraph, "start": m.start, "end": m.end} for m in e.mentions],
    }


def _figure(f: Figure) -> dict[str, Any]:
    return {
        "count": f.count, "low": f.low, "high": f.high, "category": f.category,
        "qualifier": f.qualifier, "who": f.who, "source": f.source, "disputed": f.disputed,
        "quote": f.quote, "paragraph": f.paragraph,
    }


def _note(n: Note) -> dict[str, Any]:
    return {"kind": n.kind, "text": n.text}


class _Items:
    """A list of the contract: its model items and the function that converts one."""

    __slots__ = ("convert", "items")

    def __init__(self, convert: Callable[[Any], dict[str, Any]], items: Sequence[Any]) -> None:
        self.convert, self.items = convert, items


def _parts(article: Article) -> list[tuple[str, object]]:
    """The contract's keys in order, each with its value or its _Items."""
    return [
        ("schema", SCHEMA), ("source", article.source), ("title", article.title),
        ("sections", _Items(_section, article.sections)), ("paragraphs", _Items(_paragraph, article.paragraphs)),
        ("entities", _Items(_entity, article.entities)), ("figures", _Items(_figure, article.figures)),
        ("notes", _Items(_note, article.notes)),
    ]


def to_dict(article: Article) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in _parts(article):
        out[key] = [value.convert(x) for x in value.items] if isinstance(value, _Items) else value
    return out


def write_json(article: Article, write: Callable[[str], object]) -> None:
    """Write what ``to_json(article)`` returns, a piece at a time: one item
    of a list is converted and encoded at a time, so the memory it takes
    does not grow with the article (a 50 MB article's JSON is several
    times its size)."""
    write("{")
    for n, (key, value) in enumerate(_parts(article)):
        write(f"{',' if n else ''}\n  {_dumps(key)}: ")
        if not isinstance(value, _Items):
            write(_dumps(value))
            continue
        convert, items = value.convert, value.items
        if not items:
            write("[]")
            continue
        write("[")
        for i, item in enumerate(items):
            # an item at depth 2: every line of its own indented layout moves four spaces in
            text = json.dumps(convert(item), ensure_ascii=False, indent=2).replace("\n", "\n    ")
            write(f"{',' if i else ''}\n    {text}")
        write("\n  ]")
    write("\n}")


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def to_json(article: Article, *, indent: int | None = 2) -> str:
    if indent != 2:
        return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)
    pieces: list[str] = []
    write_json(article, pieces.append)
    return "".join(pieces)
