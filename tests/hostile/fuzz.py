"""Fuzz the ingest and the analysis with Hypothesis and a large budget.

    python -m tests.hostile.fuzz --examples 20000      # a few minutes

Generates HTML (deep, unclosed, hidden, scripted), Markdown and plain text,
encodes it in the encodings real files have (with and without BOMs, with
broken bytes), and checks that the whole pipeline never raises anything but
a one-line InputError, loses no text and keeps its offsets true. Crashes it
finds become regression tests in tests/hostile/test_fuzz_regressions.py.
The default test run exercises the same strategies with a small budget
(tests/hostile/test_fuzz_regressions.py::test_fuzz_strategies_briefly).
"""

from __future__ import annotations

import argparse
import codecs

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import analyze_document
from reader.errors import InputError
from reader.ingest import from_bytes
from tests.hostile.invariants import assert_nothing_lost, assert_offsets_point_at_text

WORDS = st.sampled_from([
    "The", "minister", "said", "12", "people", "were", "killed", "in", "Nukus", "on", "Monday", "(UN)", "&amp;",
    "&#x1b;", "&#0;", "&nbsp;", "\u202e", "[bold]", "\x1b[31m", "\u0301", "\u65e5", "\U0001F600", "--", ".", ",",
    "\"", "x" * 300, "Dozens", "according to", "police", "\u041a\u0430\u0437\u0430\u0445", "\u0645\u0631",
])
TEXT = st.lists(WORDS, max_size=30).map(" ".join)
TAGS = st.sampled_from(["p", "div", "span", "h1", "h2", "nav", "footer", "aside", "script", "style", "li", "ul",
                        "figure", "figcaption", "b", "i", "a", "table", "td", "tr", "br", "template", "noscript"])
ATTRS = st.sampled_from(["", " hidden", ' style="display:none"', ' class="cookie-banner"', ' aria-hidden="true"',
                         ' class="related"', ' role="navigation"', ' id="main"', ' class="byline"'])


@st.composite
def html(draw) -> str:
    parts = ["<!DOCTYPE html><html><body>" if draw(st.booleans()) else ""]
    for _ in range(draw(st.integers(0, 25))):
        tag, attr = draw(TAGS), draw(ATTRS)
        parts.append(f"<{tag}{attr}>{draw(TEXT)}")
        if draw(st.booleans()):
            parts.append(f"</{tag}>")
    parts.append("<div>" * draw(st.integers(0, 3000)))
    parts.append(draw(TEXT))
    return "".join(parts)


MARKDOWN = st.lists(st.one_of(TEXT, TEXT.map(lambda t: "# " + t), TEXT.map(lambda t: "> " + t),
                              TEXT.map(lambda t: "- " + t), st.just("---"), st.just("```"),
                              TEXT.map(lambda t: f"[{t}](http://x)")), max_size=20).map("\n\n".join)
PLAIN = st.lists(TEXT, max_size=20).map(lambda ps: "\n\n".join(ps).replace(" . ", "\n"))
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251", "koi8-r",
                             "latin-1", "utf-32"])


@st.composite
def encoded(draw) -> bytes:
    text = draw(st.one_of(html(), MARKDOWN, PLAIN, st.text(max_size=200)))
    encoding = draw(ENCODINGS)
    data = text.encode(encoding, errors="replace")
    if encoding in ("utf-16-le", "utf-16-be") and draw(st.booleans()):
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    if draw(st.booleans()) and data:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=4)) + data[at:]
    return data


def check(data: bytes) -> None:
    try:
        document = from_bytes(data, name="fuzz")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    article = analyze_document(document)
    assert_nothing_lost(document, article)
    assert_offsets_point_at_text(article)


def fuzz(examples: int) -> None:
    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(encoded())
    def run(data: bytes) -> None:
        check(data)

    run()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", type=int, default=20000)
    fuzz(parser.parse_args().examples)
    print("fuzz: no failure")
