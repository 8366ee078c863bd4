"""The figures ledger: every casualty figure across many articles, grouped by event.

Figures are grouped by a key: the figure's category, its place, and the
month of the article's date. Its place is, of the places named in its
paragraph, the one the article names most (aliases merged within the
article; the first in the paragraph on a tie), or the article's most-named
place when the paragraph names none; places compare case-insensitively.
The article's date is the page's publication date (meta.published) when
given, else its first full calendar date (else its first month
and year). An article with no date joins the group of its category and
place when that group has one month only; a figure with no place at all
is a group by itself. README says the same.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from typing import IO, Any

Row = dict[str, Any]

COLUMNS = ("group", "category", "count", "low", "high", "qualifier", "who", "source", "disputed", "scope",
           "article", "paragraph", "date", "place", "places", "title", "quote")


def rows_of(summary: dict[str, Any]) -> list[Row]:
    """One article's summary (reader.batch.work.summarise) -> its ledger rows, without groups."""
    return [
        {"group": 0, "category": f["category"], "count": f["count"], "low": f["low"], "high": f["high"],
         "qualifier": f["qualifier"], "who": f["who"], "source": f["source"], "disputed": f["disputed"],
         "scope": f["scope"],
         "article": summary["path"], "paragraph": f["paragraph"], "date": summary["date"],
         "place": f["place"], "places": list(f["places"]), "title": summary["title"], "quote": f["quote"]}
        for f in summary.get("figures", ())
    ]


def _order(row: Row) -> tuple[str, int]:
    return row["article"], int(row["paragraph"][1:]) if row["paragraph"][1:].isdigit() else 0


def _month(row: Row) -> str | None:
    return row["date"][:7] if row["date"] else None


def _by_month(members: list[Row]) -> list[list[Row]]:
    """One group per month; rows with no date join the only month there is, else stay together."""
    months = sorted({m for m in map(_month, members) if m is not None})
    if len(months) <= 1:
        return [members]
    groups = [[r for r in members if _month(r) == month] for month in months]
    undated = [r for r in members if _month(r) is None]
    return groups + ([undated] if undated else [])


def event_groups(rows: list[Row]) -> list[list[Row]]:
    """Rows that report the same event, in a stable order (see the module's docstring)."""
    by_key: dict[tuple[str, str], list[Row]] = defaultdict(list)
    groups: list[list[Row]] = []
    for row in rows:
        if row["place"]:
            by_key[row["category"], row["place"].casefold()].append(row)
        else:
            groups.append([row])
    for key in sorted(by_key):
        groups.extend(_by_month(by_key[key]))
    for group in groups:
        group.sort(key=_order)
    groups.sort(key=lambda g: (_order(g[0]), g[0]["category"]))
    return groups


def ledger(summaries: Iterable[dict[str, Any]]) -> list[Row]:
    """All the figures of the articles, grouped, each row numbered with its ``group``."""
    rows = [row for summary in summaries if "error" not in summary for row in rows_of(summary)]
    numbered = []
    for number, group in enumerate(event_groups(rows), start=1):
        for row in group:
            numbered.append(row | {"group": number})
    return numbered


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


def write_csv(rows: Iterable[Row], out: IO[str]) -> None:
    """RFC 4180: a header row, CRLF line ends, fields quoted when they need it (UTF-8 is the caller's)."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([_cell(row[c]) for c in COLUMNS])


def write_jsonl(rows: Iterable[Row], out: IO[str]) -> None:
    from reader.batch.work import json_line

    for row in rows:
        out.write(json_line({c: row[c] for c in COLUMNS}) + "\n")

