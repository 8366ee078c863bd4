"""The ``--json`` view: an Article as the "kzreader.analysis/1" contract.

See docs/analysis-json.md. JSON escapes every character that needs it, so
article text in it is data, never markup or terminal control.
"""

from __future__ import annotations

import json

from reader.model import Article, Figure

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

SCHEMA = "kzreader.analysis/1"


def to_dict(article: Article, *, explain: bool = False) -> dict[str, Any]:
    """The analysis as the JSON contract; with ``explain``, each figure also
    names the rule that produced it."""
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
        "figures": [_figure(f, explain) for f in article.figures],
        "toll": {
            t.category: {"count": t.count, "low": t.low, "high": t.high, "figures": list(t.figures)}
            for t in article.toll
        },
        "notes": [{"kind": n.kind, "text": n.text} for n in article.notes],
    }


def _figure(f: Figure, explain: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "count": f.count, "low": f.low, "high": f.high, "category": f.category,
        "qualifier": f.qualifier, "who": f.who, "source": f.source, "disputed": f.disputed,
        "quote": f.quote, "paragraph": f.paragraph, "scope": f.scope,
    }
    if explain:
        out["rule"] = f.rule
    return out


def to_json(article: Article, *, indent: int | None = 2, explain: bool = False) -> str:
    return json.dumps(to_dict(article, explain=explain), ensure_ascii=False, indent=indent)
