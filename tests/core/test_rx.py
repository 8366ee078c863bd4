"""The regex code cache must behave exactly like re.compile."""

from __future__ import annotations

import re

from reader import rx


def test_cached_patterns_match_like_re(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("KZREADER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_cache", None)
    pattern = r"(?P<n>\d{1,3}(?:,\d{3})*)\s+(?i:people|civilians)\b|(?P<w>dozens)"
    fresh = rx.compile(pattern, re.IGNORECASE)
    rx._save()
    monkeypatch.setattr(rx, "_cache", None)
    cached = rx.compile(pattern, re.IGNORECASE)
    reference = re.compile(pattern, re.IGNORECASE)
    assert (tmp_path / next(p.name for p in tmp_path.iterdir())).stat().st_size > 0
    for compiled in (fresh, cached):
        assert compiled.pattern == reference.pattern and compiled.flags == reference.flags
        assert compiled.groupindex == reference.groupindex
        for text in ("At least 1,200 People died", "DOZENS fled", "none here", "12 civilians and 3 people"):
            assert [m.groupdict() for m in compiled.finditer(text)] == [m.groupdict() for m in reference.finditer(text)]


def test_a_run_keeps_the_patterns_other_runs_compiled(tmp_path, monkeypatch) -> None:
    # A text run must not drop the HTML reader's patterns from the cache.
    monkeypatch.setenv("KZREADER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_cache", None)
    monkeypatch.setattr(rx, "_used", set())
    rx.compile(r"html-only \d+")
    rx._save()
    monkeypatch.setattr(rx, "_cache", None)
    monkeypatch.setattr(rx, "_used", set())
    rx.compile(r"text-only \d+")  # a miss: this run writes the file
    rx._save()
    assert set(p for p, _ in rx._load()) >= {r"html-only \d+", r"text-only \d+"}
