"""The ``--json`` view: an Article as the "kzreader.analysis/1" contract.

See docs/analysis-json.md. JSON escapes every character that needs it, so
article text in it is data, never markup or terminal control.

``CONTRACT`` says which fields of each record the JSON carries, in order
(its keys are the records' own field names); ``to_dict`` and
``write_json`` both follow it. ``write_json`` lays the JSON out as
``json.dumps(to_dict(article), ensure_ascii=False, indent=2)`` does, byte
for byte, but writes it a record at a time and escapes strings with the
json module's C escaper: about five times faster than the json module's
indenting encoder (which is pure Python), and the whole JSON (several
times the article's size) is never one string in memory.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring

from reader.model import Article, Entity, Figure, Mention, Note, PageMeta, Paragraph, Section

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

SCHEMA = "kzreader.analysis/1"

CONTRACT: dict[type, tuple[str, ...]] = {
    Section: ("id", "kind", "title", "paragraphs"),
    Paragraph: ("id", "section", "text"),
    Entity: ("name", "type", "aliases", "mentions"),
    Mention: ("paragraph", "start", "end"),
    Figure: ("count", "low", "high", "category", "qualifier", "who", "source", "disputed", "disputed_by", "quote",
             "paragraph", "scope"),
    Note: ("kind", "text"),
    PageMeta: ("published", "authors", "publisher", "url", "language"),
}
EXPLAINED: dict[type, tuple[str, ...]] = {
    Figure: (*CONTRACT[Figure], "rule"),
    Note: (*CONTRACT[Note], "rule"),
}
"""With ``--explain``, these records also name the rule that produced them."""
_TOP = ("schema", "source", "title", "sections", "paragraphs", "entities", "figures", "toll", "notes", "meta")


def _toll(article: Article) -> dict[str, dict[str, Any]]:
    """The incident's toll, keyed by category, as the contract lays it out."""
    return {t.category: {"count": t.count, "low": t.low, "high": t.high, "figures": list(t.figures)}
            for t in article.toll}


def _top(article: Article) -> tuple[object, ...]:
    return (SCHEMA, article.source, article.title, article.sections, article.paragraphs, article.entities,
            article.figures, _toll(article), article.notes, article.meta)


def _fields(value: object, explain: bool) -> tuple[str, ...] | None:
    kind = type(value)
    return (EXPLAINED.get(kind) if explain else None) or CONTRACT.get(kind)


def _plain(value: Any, explain: bool = False) -> Any:
    fields = _fields(value, explain)
    if fields is not None:
        return {name: _plain(getattr(value, name), explain) for name in fields}
    if isinstance(value, tuple | list):
        return [_plain(item, explain) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item, explain) for key, item in value.items()}
    return value


def to_dict(article: Article, *, explain: bool = False) -> dict[str, Any]:
    """The analysis as the JSON contract; with ``explain``, each figure and
    each note also names the rule that produced it."""
    return {key: _plain(value, explain) for key, value in zip(_TOP, _top(article), strict=True)}


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    raise TypeError(f"not part of the JSON contract: {type(value).__name__}")


def _layout(value: object, pad: str, explain: bool = False) -> str:
    """``value`` as json.dumps(..., indent=2) lays it out at the depth of ``pad``."""
    fields = _fields(value, explain)
    inner = pad + "  "
    if fields is not None:
        value = {name: getattr(value, name) for name in fields}
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [f"{encode_basestring(key)}: {_layout(item, inner, explain)}" for key, item in value.items()]
        return "{\n" + inner + f",\n{inner}".join(parts) + f"\n{pad}}}"
    if isinstance(value, tuple | list):
        if not value:
            return "[]"
        return "[\n" + inner + f",\n{inner}".join(_layout(item, inner, explain) for item in value) + f"\n{pad}]"
    return _scalar(value)


def write_json(article: Article, write: Callable[[str], object], *, explain: bool = False) -> None:
    """Write what ``to_json(article)`` returns, one record at a time."""
    write("{")
    for n, (key, value) in enumerate(zip(_TOP, _top(article), strict=True)):
        write(f'{"," if n else ""}\n  "{key}": ')
        if not isinstance(value, tuple) or not value:
            write(_layout(value, "  ", explain))
        else:
            write("[")
            for i, record in enumerate(value):
                write(f'{"," if i else ""}\n    {_layout(record, "    ", explain)}')
            write("\n  ]")
    write("\n}")


def to_json(article: Article, *, indent: int | None = 2, explain: bool = False) -> str:
    if indent != 2:
        return json.dumps(to_dict(article, explain=explain), ensure_ascii=False, indent=indent)
    pieces: list[str] = []
    write_json(article, pieces.append, explain=explain)
    return "".join(pieces)
