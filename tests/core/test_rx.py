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


def _compile_in(module: str, pattern: str):
    """rx.compile called from a module of that name."""
    namespace = {"__name__": module, "rx": rx}
    exec(f"compiled = rx.compile({pattern!r})", namespace)  # noqa: S102 - a test's stand-in module
    return namespace["compiled"]


def test_a_run_keeps_the_patterns_of_modules_it_did_not_import(tmp_path, monkeypatch) -> None:
    # A text run must not drop the HTML reader's patterns from the cache.
    monkeypatch.setenv("KZREADER_CACHE_DIR", str(tmp_path))
    for name, value in (("_cache", None), ("_used", set()), ("_modules", set())):
        monkeypatch.setattr(rx, name, value)
    _compile_in("reader.analysis.html", r"html-only \d+")
    _compile_in("reader.analysis.notes", r"notes \d+")
    rx._save()
    for name, value in (("_cache", None), ("_used", set()), ("_modules", set())):
        monkeypatch.setattr(rx, name, value)
    _compile_in("reader.analysis.notes", r"notes \d+")
    _compile_in("reader.analysis.notes", r"notes, new \d+")  # a miss: this run writes the file
    rx._save()
    assert {p for _, p, _ in rx._load()} == {r"html-only \d+", r"notes \d+", r"notes, new \d+"}


def test_an_older_versions_patterns_are_dropped(monkeypatch, tmp_path) -> None:
    """Patterns of a module this run imported that it no longer compiles
    are an older version's: they are dropped when the cache is written."""
    import marshal

    monkeypatch.setenv("KZREADER_CACHE_DIR", str(tmp_path))
    old = {("reader.analysis.figures", f"old{n}", 0): (0, b"", 0, {}, ()) for n in range(5)}
    other = {("reader.analysis.html", "html", 0): (0, b"", 0, {}, ())}
    monkeypatch.setattr(rx, "_cache", {**old, **other})
    monkeypatch.setattr(rx, "_used", set())
    monkeypatch.setattr(rx, "_modules", set())
    monkeypatch.setattr(rx, "_dirty", False)
    for n in range(3):
        _compile_in("reader.analysis.figures", f"new{n}")
    rx._save()
    saved = marshal.loads(next(tmp_path.glob("regex-*.marshal")).read_bytes())
    assert set(saved) == {("reader.analysis.figures", f"new{n}", 0) for n in range(3)} | set(other)
