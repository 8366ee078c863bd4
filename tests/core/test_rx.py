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


def test_an_older_versions_patterns_are_dropped(monkeypatch, tmp_path) -> None:
    """A cache holding many patterns this run does not use (an older
    version's) is cut to this run's when it is written again."""
    import marshal

    from reader import rx

    monkeypatch.setenv("KZREADER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(rx, "_cache", {(f"old{n}", 0): (0, b"", 0, {}, ()) for n in range(200)})
    monkeypatch.setattr(rx, "_used", set())
    monkeypatch.setattr(rx, "_dirty", False)
    for n in range(70):
        rx.compile(f"new{n}")
    rx._save()
    saved = marshal.loads(next(tmp_path.glob("regex-*.marshal")).read_bytes())
    assert set(saved) == {(f"new{n}", 0) for n in range(70)}
