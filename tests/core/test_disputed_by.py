"""Issue 17: a disputed figure says by whom, when the article says (sentences written for these tests)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze_document
from reader.app.panes import dispute_note, disputer
from reader.describe import figure_sentence
from reader.export import to_dict
from reader.ingest import from_text
from reader.model import Figure


def _figures(body: str) -> tuple[Figure, ...]:
    return analyze_document(from_text("A report on the clashes\n\n" + body)).figures


@pytest.mark.parametrize("body, by", [
    ("The interior ministry said 31 miners were killed, a figure the opposition rejects.", "opposition"),
    ("Officials said 64 villagers died in the floods. Rights groups say the real toll is far higher.", "Rights groups"),
    ("The army said 18 people were killed. Amnesty International rejected the figure as a cover-up.",
     "Amnesty International"),
    ("Police said 9 protesters were killed. The toll may be much higher, according to the opposition.", "opposition"),
])
def test_the_disputer_the_article_names(body: str, by: str) -> None:
    figure = _figures(body)[0]
    assert figure.disputed is True and figure.disputed_by == by


def test_a_dispute_that_names_no_one_and_an_undisputed_figure() -> None:
    disputed = _figures("The army said seven soldiers were wounded. He said the figure was false.")[0]
    assert disputed.disputed is True and disputed.disputed_by is None  # (a pronoun names no one)
    plain = _figures("The governor said 12 people were killed in the blast.")[0]
    assert plain.disputed is False and plain.disputed_by is None


def test_the_disputer_is_a_name_not_the_clause_that_says_it() -> None:
    figure = _figures("Officials said 40 people died. Local doctors insist that the true toll is much higher "
                      "because many bodies were never brought to the hospitals.")[0]
    assert figure.disputed_by == "Local doctors"


def test_json_plain_sentence_and_status_line() -> None:
    article = analyze_document(from_text("A report\n\nPolice said 14 protesters were killed, a figure the "
                                         "opposition rejects."))
    assert to_dict(article)["figures"][0]["disputed_by"] == "opposition"
    named = article.figures[0]
    assert figure_sentence(named).endswith("according to Police; disputed by opposition.")
    assert disputer(named) == "disputed by opposition" and dispute_note(named) == ""
    unnamed = Figure(count=3, low=3, high=3, category="killed", qualifier="exact", who=None, source=None,
                     disputed=True, quote="", paragraph="p2")
    assert figure_sentence(unnamed) == "3 people killed; disputed."
    assert dispute_note(unnamed) == " By whom is not recorded."
