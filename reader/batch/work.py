"""The one per-article function, and what the runners send back for it.

``analyse_path(path)`` gives the object ``kzreader --json PATH`` prints,
with ``"path"`` in front, or ``{"path": ..., "error": ...}`` when the file
cannot be read or analysed: one bad file never stops a batch. The other
functions here are built on it and run in worker processes, so they are
plain module-level functions (picklable) taking a list of paths.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from reader.analysis import analyze
from reader.errors import InputError
from reader.export import to_dict
from reader.ingest import DEFAULT_MAX_SIZE

Analysis = dict[str, Any]

# JSON leaves these unescaped with ensure_ascii=False, and str.splitlines()
# (and some JSONL readers) split lines at them: escape them so one article
# is always one line.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_LINE_BREAK = re.compile("[\x85\u2028\u2029]")


def analyse_path(path: str, max_size: int = DEFAULT_MAX_SIZE) -> Analysis:
    """Path -> the analysis as a JSON-able dict (``"error"`` instead when it fails)."""
    try:
        article = analyze(path, max_size=max_size)
    except InputError as exc:
        return error(path, str(exc))
    except Exception as exc:  # noqa: BLE001 - a batch never stops for one file
        return error(path, f"analysis failed ({type(exc).__name__}: {exc})")
    result: Analysis = {"path": path}
    result.update(to_dict(article))
    return result


_WARM_UP = ("Flood kills 3 in a town\n\nAt least 3 people were killed in Lindmoor on Monday, "
            "the Interior Ministry said.\n")


def warm_up() -> None:
    """Load the analysis's modules, reference data and rules once (about 0.3 s): in the
    parent before workers fork from it (batch), or in each worker at once (the library)."""
    from reader.analysis import analyze_document
    from reader.ingest import from_text

    analyze_document(from_text(_WARM_UP, name="warm-up.txt"))


def error(path: str, reason: str) -> Analysis:
    # The loader's reasons start with the path already ("x.txt: empty").
    prefix = f"{path}: "
    return {"path": path, "error": reason.removeprefix(prefix)}


def json_line(data: Analysis) -> str:
    """One line of JSONL: compact, UTF-8 text, no character that could break the line."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return _LINE_BREAK.sub(lambda m: _LINE_BREAKS[m.group()], text)


def line_for(path: str, max_size: int = DEFAULT_MAX_SIZE) -> str:
    return json_line(analyse_path(path, max_size))


def lines_for(paths: list[str], max_size: int = DEFAULT_MAX_SIZE) -> list[str]:
    """(In a worker.) JSON lines for a chunk of paths, serialised where the work is."""
    return [line_for(path, max_size) for path in paths]


def line_error(path: str, reason: str) -> str:
    return json_line(error(path, reason))


# -- summaries: what the library screen and the ledger need of an article -----

_FULL_DATE = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]+)\.?,?\s+(\d{4})\b"), ("d", "M", "y")),
    (re.compile(r"\b([A-Z][a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"), ("M", "d", "y")),
    (re.compile(r"\b([A-Z][a-z]+)\.?\s+(\d{4})\b"), ("M", "y")),
]
_MONTHS = {name: n for n, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for name in names}


def calendar_date(text: str) -> str | None:
    """A calendar date named in ``text`` as ISO ("2024-03-12", or "2024-03" for a month).

    >>> calendar_date("12 March 2024"), calendar_date("Sept. 3, 2021"), calendar_date("Monday")
    ('2024-03-12', '2021-09-03', None)
    """
    for pattern, order in _FULL_DATE:
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = int(parts["m"]) if "m" in parts else _MONTHS.get(parts["M"].lower())
        day = int(parts.get("d", "1"))
        if month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
            continue
        return f"{parts['y']}-{month:02d}" + (f"-{day:02d}" if "d" in parts else "")
    return None


def article_date(analysis: Analysis) -> str | None:
    """The page's own publication date when it gives one (``meta.published``), else the
    first calendar date among the article's DATE entities (a day before a month)."""
    published = (analysis.get("meta") or {}).get("published")
    if isinstance(published, str) and (date := calendar_date(published)) is not None:
        return date
    found = [d for e in analysis["entities"] if e["type"] == "DATE"
             for d in [calendar_date(e["name"])] if d is not None]
    days = [d for d in found if len(d) == 10]
    return next(iter(days or found), None)


def figure_number(figure: dict[str, Any]) -> int:
    """The size of a figure for ranking: its count, else the top of its range."""
    return max(v for v in (figure["count"], figure["high"], figure["low"], 0) if v is not None)


def figure_text(figure: dict[str, Any]) -> str:
    """ "14 killed", "30-50 displaced" """
    if figure["count"] is None and figure["low"] is not None and figure["high"] is not None:
        amount = f"{figure['low']}-{figure['high']}"
    else:
        amount = str(figure_number(figure))
    return f"{amount} {figure['category']}"


def _places_by_paragraph(analysis: Analysis) -> tuple[dict[str, list[str]], Counter[str]]:
    """Each paragraph's places in reading order (canonical names, aliases merged), and
    how often the article mentions each place."""
    found: dict[str, list[tuple[int, str]]] = {}
    counts: Counter[str] = Counter()
    for entity in analysis["entities"]:
        if entity["type"] != "PLACE":
            continue
        counts[entity["name"]] += len(entity["mentions"])
        for mention in entity["mentions"]:
            found.setdefault(mention["paragraph"], []).append((mention["start"], entity["name"]))
    where = {pid: list(dict.fromkeys(name for _, name in sorted(spots))) for pid, spots in found.items()}
    return where, counts


def main_place(places: list[str], counts: Counter[str]) -> str | None:
    """The place a figure is about: of its paragraph's places, the one the article names
    most (the first in the paragraph on a tie); the article's most-named place when the
    paragraph names none."""
    if not places:
        return counts.most_common(1)[0][0] if counts else None
    return max(places, key=lambda p: (counts[p], -places.index(p)))


def summarise(analysis: Analysis) -> Analysis:
    """(In a worker.) What the library's row, its filter and the ledger need of one article."""
    if "error" in analysis:
        return dict(analysis)
    entities = analysis["entities"]
    where, counts = _places_by_paragraph(analysis)
    figures = [
        {key: f[key] for key in ("count", "low", "high", "category", "qualifier", "who", "source",
                                 "disputed", "quote", "paragraph")} | {"scope": f.get("scope")}
        | {"places": where.get(f["paragraph"], []), "place": main_place(where.get(f["paragraph"], []), counts)}
        for f in analysis["figures"]
    ]
    largest = max(figures, key=figure_number, default=None)
    return {
        "path": analysis["path"],
        "title": analysis["title"],
        "date": article_date(analysis),
        "people": sum(1 for e in entities if e["type"] == "PERSON"),
        "places": sum(1 for e in entities if e["type"] == "PLACE"),
        "largest": figure_text(largest) if largest else "",
        "largest_number": figure_number(largest) if largest else 0,
        "names": [[e["name"], *e["aliases"]] for e in entities if e["type"] != "DATE"],
        "figures": figures,
    }


def summaries_for(paths: list[str], max_size: int = DEFAULT_MAX_SIZE) -> list[Analysis]:
    """(In a worker.) Summaries for a chunk of paths."""
    return [summarise(analyse_path(path, max_size)) for path in paths]


def summary_for(path: str, max_size: int = DEFAULT_MAX_SIZE) -> Analysis:
    return summarise(analyse_path(path, max_size))


def is_error_line(line: str) -> bool:
    """Whether a line of :func:`json_line` is an error: ``{"path": ..., "error": ...}``
    (the path is decoded to find where it ends; the analysis is not parsed)."""
    if not line.startswith(_PATH_KEY):
        return False
    _, end = _DECODER.raw_decode(line, len(_PATH_KEY))
    return line.startswith(_ERROR_KEY, end)


_DECODER = json.JSONDecoder()
_PATH_KEY = '{"path":'
_ERROR_KEY = ',"error":'
