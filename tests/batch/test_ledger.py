"""The figures ledger: rows, event groups, RFC 4180 CSV and JSONL."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from reader.batch.ledger import COLUMNS, event_groups, ledger, write_csv
from reader.batch.work import calendar_date, summary_for
from tests.batch.articles import write_articles


def _row(article: str, category: str = "killed", place: str | None = "Mombasa", date: str | None = "2025-03-04",
         paragraph: str = "p2") -> dict:
    return {"group": 0, "category": category, "count": 3, "low": 3, "high": 3, "qualifier": "exact", "who": None,
            "source": None, "disputed": False, "scope": "incident", "article": article, "paragraph": paragraph,
            "date": date, "place": place, "places": [place] if place else [], "title": "t", "quote": "q"}


def _groups(rows: list[dict]) -> list[list[tuple[str, str]]]:
    return [[(r["article"], r["paragraph"]) for r in g] for g in event_groups(rows)]


def test_same_category_place_and_month_is_one_event() -> None:
    rows = [_row("b.txt", date="2025-03-05"), _row("a.txt"), _row("c.txt", place="MOMBASA", date="2025-03-31")]
    assert _groups(rows) == [[("a.txt", "p2"), ("b.txt", "p2"), ("c.txt", "p2")]]


def test_category_place_or_month_apart_is_another_event() -> None:
    rows = [_row("a.txt"), _row("b.txt", category="wounded"), _row("c.txt", place="Lindmoor"),
            _row("d.txt", date="2024-03-04")]
    assert len(_groups(rows)) == 4


def test_an_undated_article_joins_the_only_month_and_a_placeless_figure_stands_alone() -> None:
    assert _groups([_row("a.txt"), _row("b.txt", date=None)]) == [[("a.txt", "p2"), ("b.txt", "p2")]]
    three = _groups([_row("a.txt"), _row("b.txt", date="2024-01-01"), _row("c.txt", date=None)])
    assert sorted(map(len, three)) == [1, 1, 1]
    assert _groups([_row("a.txt", place=None), _row("b.txt", place=None)]) == [[("a.txt", "p2")], [("b.txt", "p2")]]


def test_calendar_dates() -> None:
    assert calendar_date("4 March 2025") == "2025-03-04"
    assert calendar_date("Wednesday, March 5, 2025") == "2025-03-05"
    assert calendar_date("2024-06-09") == "2024-06-09" == calendar_date("2024-06-09T09:15:00Z")
    assert calendar_date("June 2024") == "2024-06"
    assert calendar_date("Monday") is None and calendar_date("Flood 2024") is None
    assert calendar_date("31 Smarch 2024") is None


def test_two_outlets_on_one_storm_share_a_group(tmp_path: Path) -> None:
    paths = write_articles(tmp_path, bad=False)
    rows = ledger(summary_for(str(p)) for p in paths)
    killed = {r["article"]: r for r in rows if r["category"] == "killed"}
    a, b, quake = (str(tmp_path / n) for n in ("outlet-a/storm.txt", "outlet-b/storm.md", "other/quake.html"))
    assert killed[a]["count"] == 12 and killed[b]["count"] == 14
    assert killed[a]["group"] == killed[b]["group"] != killed[quake]["group"]
    assert killed[a]["place"] == "Mombasa" and killed[a]["date"] == "2025-03-04"
    assert [r["group"] for r in rows] == sorted(r["group"] for r in rows)
    assert not any(r["article"].endswith("budget.txt") for r in rows)


def test_csv_is_rfc4180_utf8_with_a_header(tmp_path: Path) -> None:
    write_articles(tmp_path / "in")
    (tmp_path / "in" / "quotes.txt").write_text(
        'Émeute à Brézolles: "2 morts", dit-on\n\n'
        'Two people were killed in Brézolles, the mayor, Jean "Jo" Arnaud, said, as 5 others were hurt.\n',
        encoding="utf-8")
    ascii_locale = os.environ | {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "reader", "--ledger", str(tmp_path / "in"), "--format", "csv"],
                          capture_output=True, check=False, env=ascii_locale)  # UTF-8 whatever the locale
    assert done.returncode == 1  # the empty and the binary file
    assert done.stderr.decode().count("\n") == 3  # each one line, and the count
    text = done.stdout.decode("utf-8")
    assert text.startswith(",".join(COLUMNS) + "\r\n") and text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    quoted = [r for r in rows if "Brézolles" in r["quote"]]
    assert quoted and '"Jo"' in quoted[0]["quote"] and '""Jo""' in text
    assert {r["disputed"] for r in rows} <= {"true", "false"}


def test_jsonl_rows_have_the_csv_columns(tmp_path: Path) -> None:
    write_articles(tmp_path, bad=False)
    done = subprocess.run([sys.executable, "-m", "reader", "--ledger", str(tmp_path), "--format", "jsonl",
                           "--jobs", "1"], capture_output=True, check=True)
    rows = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert rows and all(tuple(r) == COLUMNS for r in rows)
    assert {r["category"] for r in rows} >= {"killed", "wounded"}


def test_write_csv_quotes_what_needs_it() -> None:
    out = io.StringIO(newline="")
    write_csv([_row("a,b.txt") | {"quote": 'line "one"\nline two', "group": 1}], out)
    assert list(csv.reader(io.StringIO(out.getvalue(), newline="")))[1][10:12] == ["a,b.txt", "p2"]
    assert '"line ""one""\nline two"' in out.getvalue()
