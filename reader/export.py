"""The ``--json`` view: an Article as the "kzreader.analysis/1" contract.

See docs/analysis-json.md. JSON escapes every character that needs it, so
article text in it is data, never markup or terminal control.
"""

from __future__ import annotations

import json

from reader.model import Article, PageMeta

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

SCHEMA = "kzreader.analysis/1"


def to_dict(article: Article) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "source": article.source,
        "title": article.title,
        "sections": [
            {"id": s.id, "kind": s.kind, "title": s.title, "paragraphs": list(s.paragraphs)}
            for s in article.sections
        ],
        "paragraphs": [{"id": p.id, "section": p.section, "text": p.text} for p in article.paragraphs],
        "entities": [
            {
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "mentions": [{"paragraph": m.paragraph, "start": m.start, "end": m.end} for m in e.mentions],
            }
            for e in article.entities
        ],
        "figures": [
            {
                "count": f.count, "low": f.low, "high": f.high, "category": f.category,
                "qualifier": f.qualifier, "who": f.who, "source": f.source, "disputed": f.disputed,
                "quote": f.quote, "paragraph": f.paragraph,
            }
            for f in article.figures
        ],
        "notes": [{"kind": n.kind, "text": n.text} for n in article.notes],
        "meta": meta_dict(article.meta),
    }


def meta_dict(meta: PageMeta | None) -> dict[str, Any] | None:
    """The page's own metadata (web pages only; null otherwise)."""
    if meta is None:
        return None
    return {"published": meta.published, "authors": list(meta.authors), "publisher": meta.publisher,
            "url": meta.url, "language": meta.language}


def to_json(article: Article, *, indent: int | None = 2) -> str:
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)
