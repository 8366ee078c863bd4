"""The --json writer: byte for byte json.dumps(to_dict(article), indent=2), written a record at a time."""

from __future__ import annotations

import json

import pytest

from reader.analysis import analyze
from reader.export import CONTRACT, to_dict, to_json, write_json
from reader.model import Article, Entity, Figure, Mention, Note, PageMeta, Paragraph, Section
from tests.conftest import sample_file, sample_names

TRICKY = 'Quote "marks", a back\\slash, a tab\t, \u00e9, \u0416, \u202e, emoji \U0001f600, <b>[bold]</b>'


def _article() -> Article:
    return Article(
        source="x.txt", title=TRICKY, format="txt", encoding="utf-8",
        sections=(Section(id="s1", kind="headline", title=None, paragraphs=("p1",)),
                  Section(id="s2", kind="body", title="Body", paragraphs=())),
        paragraphs=(Paragraph(id="p1", section="s1", text=TRICKY, lines=(0, 1)),),
        entities=(Entity(name="Oldtown", type="PLACE", aliases=(), mentions=(Mention(paragraph="p1", start=0, end=5),)),
                  Entity(name="Jo Marsh", type="PERSON", aliases=("Marsh",), mentions=())),
        figures=(Figure(count=None, low=30, high=None, category="killed", qualifier="vague", who=None, source="police",
                        disputed=True, quote=TRICKY, paragraph="p1", start=3, end=9),
                 Figure(count=0, low=0, high=0, category="other", qualifier="exact", who="men", source=None,
                        disputed=False, quote="", paragraph="p1")),
        notes=(Note(kind="legal", text="\u00a9 2024", rule="legal.copyright-mark"),),
    )


def test_layout_is_json_dumps_byte_for_byte_on_edge_values() -> None:
    article = _article()
    assert to_json(article) == json.dumps(to_dict(article), ensure_ascii=False, indent=2)
    assert json.loads(to_json(article))["title"] == TRICKY
    assert to_json(article, indent=None) == json.dumps(to_dict(article), ensure_ascii=False)
    explained = to_json(article, explain=True)
    assert explained == json.dumps(to_dict(article, explain=True), ensure_ascii=False, indent=2)
    assert all("rule" in figure for figure in json.loads(explained)["figures"])
    assert json.loads(explained)["notes"] == [{"kind": "legal", "text": "\u00a9 2024", "rule": "legal.copyright-mark"}]
    assert json.loads(to_json(article))["notes"] == [{"kind": "legal", "text": "\u00a9 2024"}]


def test_private_fields_stay_out() -> None:
    data = to_dict(_article())
    assert "lines" not in data["paragraphs"][0] and "start" not in data["figures"][0]
    assert list(data) == ["schema", "source", "title", "sections", "paragraphs", "entities", "figures", "toll", "notes",
                          "meta"]
    assert set(CONTRACT) == {Section, Paragraph, Entity, Mention, Figure, Note, PageMeta}


def test_written_a_record_at_a_time() -> None:
    pieces: list[str] = []
    write_json(_article(), pieces.append)
    assert "".join(pieces) == to_json(_article())
    longest = max(len(p) for p in pieces)
    assert longest < len("".join(pieces)) / 2  # never the whole document in one piece


@pytest.mark.parametrize("name", sample_names()[::10])
def test_samples_are_laid_out_as_json_dumps(name: str) -> None:
    article = analyze(sample_file(name))
    assert to_json(article) == json.dumps(to_dict(article), ensure_ascii=False, indent=2)
