"""Issue 6: nothing lost, offsets true, on every sample and on generated input."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import analyze_document
from reader.ingest import from_bytes, from_text, load
from tests.conftest import sample_file
from tests.hostile.invariants import assert_nothing_lost, assert_offsets_point_at_text

EXAMPLES = int(os.environ.get("KZREADER_HYPOTHESIS_EXAMPLES", "150"))
PROFILE = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_samples_lose_nothing(sample: str) -> None:
    document = load(sample_file(sample))
    article = analyze_document(document)
    assert_nothing_lost(document, article)
    assert_offsets_point_at_text(article)


# Text made of the pieces articles are made of, markup and controls included.
PIECES = st.sampled_from([
    "The", "President", "Ministry", "said", "killed", "were", "at least", "12", "1,200", "dozens", "of",
    "people", "in", "Almaty", "(UN)", "United Nations", "January 5", "2021", "[bold]", "[/]", "[@click=app.quit]",
    "\x1b[2J", "\x1b]52;c;aGk=\x07", "\u202e", "\t", "\f", "\u200b", "\u0301", "\u65e5\u672c", "\U0001F600",
    "\u0645\u0631\u062d\u0628\u0627", "\u041a\u0430\u0437\u0430\u0445", "--", "\u2014", ".", ",", "\"", "'s",
    "\n", "\n\n", "\r\n", "\r", "#", "##", "*", "- ", "> ", "<p>", "</p>", "<div>", "&amp;", "http://x.io/a_b",
    "\n| Province | Dead |\n| --- | --- |\n| Kandahar | 31 |\n", "|",
])
ARTICLE_TEXT = st.lists(PIECES, min_size=1, max_size=80).map(" ".join)


@PROFILE
@given(ARTICLE_TEXT)
def test_generated_articles_lose_nothing(text: str) -> None:
    try:
        document = from_text(text, name="generated.txt", format="txt")
    except Exception as exc:  # only "no text" may be refused
        assert "no text" in str(exc)
        return
    article = analyze_document(document)
    assert_nothing_lost(document, article)
    assert_offsets_point_at_text(article)


@PROFILE
@given(st.text(min_size=1, max_size=400))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    for fmt in ("txt", "md", "html"):
        try:
            document = from_text(text, name=f"any.{fmt}", format=fmt)
        except Exception as exc:
            assert "no text" in str(exc)
            return
        article = analyze_document(document)
        assert_offsets_point_at_text(article)
        if fmt == "txt":
            assert_nothing_lost(document, article)


@PROFILE
@given(st.binary(min_size=1, max_size=600))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    from reader.errors import InputError

    try:
        document = from_bytes(data, name="bytes.txt")
    except InputError:
        return
    article = analyze_document(document)
    assert_offsets_point_at_text(article)
