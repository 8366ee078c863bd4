"""Record: the model's immutable records behave like typing.NamedTuple."""

from __future__ import annotations

import pickle

import pytest

from reader.model import Article, Figure, Mention, Paragraph, Section
from reader.records import Record


def test_fields_defaults_and_keywords() -> None:
    p = Paragraph("p1", "s1", "Text.")
    assert (p.id, p.section, p.text, p.lines) == ("p1", "s1", "Text.", ())
    assert Paragraph(id="p2", section="s1", text="More.", lines=(3,)).lines == (3,)
    assert Paragraph._fields == ("id", "section", "text", "lines")
    with pytest.raises(TypeError):
        Paragraph("p1")  # required fields are required


def test_immutable_equal_hashable_and_replaceable() -> None:
    m = Mention("p1", 0, 5)
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]
    assert m == Mention("p1", 0, 5) and hash(m) == hash(Mention("p1", 0, 5))
    moved = m._replace(start=2)
    assert moved == Mention("p1", 2, 5) and m.start == 0
    assert repr(m) == "Mention(paragraph='p1', start=0, end=5)"


def test_methods_docstrings_and_pickling() -> None:
    article = Article("x.txt", "Title", "txt", "utf-8", (Section("s1", "body", None, ("p1",)),),
                      (Paragraph("p1", "s1", "Text."),))
    assert article.paragraph("p1").text == "Text."
    assert article.section_of("p1").id == "s1"
    assert article.entities == () and article.warnings == ()
    assert pickle.loads(pickle.dumps(article)) == article  # the app's analysis child sends it this way
    assert Figure.__module__ == "reader.model" and Figure.__qualname__ == "Figure"


def test_a_required_field_after_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="without a default"):

        class Bad(Record):
            a: int = 0
            b: str
