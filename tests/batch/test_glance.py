"""The first look at an article file that gives the library its first rows."""

from __future__ import annotations

from pathlib import Path

from reader.batch.glance import LONGEST, glance


def _title(path: Path, data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return glance(str(path))["title"]


def test_the_title_is_the_first_line_or_the_pages_title(tmp_path: Path) -> None:
    assert _title(tmp_path / "a.txt", "\n\n  Floods in Lindmoor  \n\nAt least 3 people died.\n") == "Floods in Lindmoor"
    assert _title(tmp_path / "b.md", "# Storm hits *Orlen*\n\nText.\n") == "Storm hits *Orlen*"
    assert _title(tmp_path / "c.html", "<html><head><TITLE lang=en>Quake &amp; fire\n in Brakka</TITLE></head>"
                                      "<body><h1>Other</h1></body></html>") == "Quake & fire in Brakka"
    assert _title(tmp_path / "d.htm", "<body><h1 class=x>Fire in <b>Vasht</b></h1><p>x</p></body>") == "Fire in Vasht"
    assert _title(tmp_path / "e.txt", "\ufeffWith a BOM\n") == "With a BOM"
    assert _title(tmp_path / "f.txt", "x" * 5000 + "\n") == "x" * LONGEST


def test_nothing_that_could_drive_a_terminal_and_no_title_from_a_bad_file(tmp_path: Path) -> None:
    assert _title(tmp_path / "a.txt", "Flood\x1b]0;owned\x07 in \x1b[2JKerrow\u202e\r\n") == "Flood in Kerrow"
    assert _title(tmp_path / "b.txt", b"\xff\xfeLatin-1 \xe9t\xe9\n") == "\ufffd\ufffdLatin-1 \ufffdt\ufffd"
    assert _title(tmp_path / "c.txt", b"\x00\x01\x02PK\x03\x04" * 10) == ""
    assert _title(tmp_path / "d.txt", "") == ""
    assert glance(str(tmp_path / "missing.txt")) == {"path": str(tmp_path / "missing.txt"), "title": ""}
