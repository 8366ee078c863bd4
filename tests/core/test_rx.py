"""rx.compile: a pattern that compiles on first use and matches like re.compile."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from reader import rx

PATTERN = r"(?P<n>\d{1,3}(?:,\d{3})*)\s+(?i:people|civilians)\b|(?P<w>dozens)"
TEXTS = ("At least 1,200 People died", "DOZENS fled", "none here", "12 civilians and 3 people")


def test_nothing_is_compiled_before_first_use() -> None:
    lazy = rx.compile(r"never used \d+")
    assert not lazy.is_compiled  # type: ignore[attr-defined]
    assert lazy.pattern == r"never used \d+"  # the text is there without compiling
    assert not lazy.is_compiled  # type: ignore[attr-defined]
    assert lazy.search("never used 42")
    assert lazy.is_compiled  # type: ignore[attr-defined]


def test_matches_like_re() -> None:
    lazy = rx.compile(PATTERN, re.IGNORECASE)
    reference = re.compile(PATTERN, re.IGNORECASE)
    assert lazy.flags == reference.flags and lazy.groups == reference.groups
    assert lazy.groupindex == reference.groupindex
    for text in TEXTS:
        assert [m.groupdict() for m in lazy.finditer(text)] == [m.groupdict() for m in reference.finditer(text)]
        assert lazy.sub("#", text) == reference.sub("#", text) and lazy.split(text) == reference.split(text)
        assert lazy.findall(text) == reference.findall(text)
        assert bool(lazy.match(text)) == bool(reference.match(text))
        assert bool(lazy.fullmatch(text)) == bool(reference.fullmatch(text))
    assert lazy.compiled is re.compile(PATTERN, re.IGNORECASE)  # type: ignore[attr-defined]  # re's own cache


def test_a_bad_pattern_fails_on_first_use_with_re_error() -> None:
    bad = rx.compile(r"(unclosed")
    try:
        bad.search("x")
    except re.error:
        return
    raise AssertionError("a bad pattern must raise re.error")


def test_no_cache_file_and_no_regex_internals() -> None:
    source = Path(rx.__file__).read_text(encoding="utf-8")
    assert "_sre" not in source and "_parser" not in source and "marshal" not in source


def test_a_text_run_compiles_no_html_or_markdown_pattern(tmp_path) -> None:
    """A stage that does not run compiles nothing: the HTML and Markdown
    readers are not even imported for a text input."""
    sample = tmp_path / "a.txt"
    sample.write_text("Flood in the valley\n\nAt least 12 people died on Monday, officials said.\n", encoding="utf-8")
    code = ("import sys, io; from reader.cli import main; out = sys.stdout; sys.stdout = io.StringIO(); "
            f"main(['--plain', '--all', {str(sample)!r}]); sys.stdout = out; "
            "print(sorted(m for m in sys.modules if m in ('reader.readers.html', 'reader.readers.markdown', "
            "'lxml', 'markdown_it')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "[]"
