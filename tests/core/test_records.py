"""The model's records: frozen, slotted dataclasses built with keywords."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from reader.ingest import Document
from reader.model import Article, Entity, Figure, Mention, Note, Paragraph, Section
from reader.readers.block import Block


def test_fields_defaults_and_keywords() -> None:
    p = Paragraph(id="p1", section="s1", text="Text.")
    assert (p.id, p.section, p.text, p.lines) == ("p1", "s1", "Text.", ())
    assert Paragraph(id="p2", section="s1", text="More.", lines=(3,)).lines == (3,)
    assert [f.name for f in dataclasses.fields(Paragraph)] == ["id", "section", "text", "lines"]
    with pytest.raises(TypeError):
        Paragraph(id="p1")  # type: ignore[call-arg]  # required fields are required


@pytest.mark.parametrize("record", [Paragraph, Section, Note, Mention, Entity, Figure, Article, Document, Block])
def test_every_record_is_a_frozen_slotted_dataclass(record: type) -> None:
    assert dataclasses.is_dataclass(record)
    assert record.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert "__slots__" in record.__dict__ and "__dict__" not in record.__dict__


def test_immutable_equal_hashable_and_replaceable() -> None:
    m = Mention(paragraph="p1", start=0, end=5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 3  # type: ignore[misc]
    with pytest.raises((AttributeError, TypeError)):
        m.extra = 1  # type: ignore[attr-defined]  # slots: no other attributes
    assert m == Mention(paragraph="p1", start=0, end=5) and hash(m) == hash(Mention(paragraph="p1", start=0, end=5))
    moved = dataclasses.replace(m, start=2)
    assert moved == Mention(paragraph="p1", start=2, end=5) and m.start == 0
    assert repr(m) == "Mention(paragraph='p1', start=0, end=5)"
    assert m != ("p1", 0, 5)  # a record is not a tuple


def test_methods_and_pickling() -> None:
    article = Article(source="x.txt", title="Title", format="txt", encoding="utf-8",
                      sections=(Section(id="s1", kind="body", title=None, paragraphs=("p1",)),),
                      paragraphs=(Paragraph(id="p1", section="s1", text="Text."),))
    assert article.paragraph("p1").text == "Text."
    assert article.section_of("p1").id == "s1"
    assert article.entities == () and article.warnings == ()
    assert pickle.loads(pickle.dumps(article)) == article  # the app's analysis child sends it this way
    assert Figure.__module__ == "reader.model" and Figure.__qualname__ == "Figure"


def test_block_level_property() -> None:
    assert Block(text="Title", tag="h2").level == 2 and Block(text="Text.").level == 0
