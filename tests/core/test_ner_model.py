"""Issue 13: the shipped entity labeller on sentences written for these
tests (names that appear in no sample and, as far as we know, in no
training text). Never reads ../shared."""

from __future__ import annotations

import os

from tests.conftest import article_of


def _found(*paragraphs: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    from reader.analysis.entities import find_entities
    from reader.model import Paragraph

    found = find_entities([Paragraph(id=f"p{n}", section="s2", text=text) for n, text in enumerate(paragraphs, 1)])
    return {e.name: (e.type, e.aliases) for e in found}


def test_the_model_ships_with_the_package() -> None:
    from reader.analysis.ner import MODEL, tagger

    assert os.path.isfile(MODEL) and os.path.getsize(MODEL) < 5_000_000
    assert tagger() is tagger()  # loaded once
    assert {"B-PER", "B-LOC", "B-ORG", "B-GROUP"} <= set(tagger().labels())


def test_unseen_names_typed_and_a_surname_linked_to_the_full_name() -> None:
    found = _found("Regional governor Dauren Kalymbetov told reporters in Zhezkazgan on Monday that the dam "
                   "would hold.",
                   "Kalymbetov said engineers from Ekibastuz Grid Corp would inspect it again.")
    assert found["Dauren Kalymbetov"][0] == "PERSON"
    assert "Kalymbetov" in found["Dauren Kalymbetov"][1] and "Kalymbetov" not in found
    assert found["Zhezkazgan"][0] == "PLACE"
    assert found["Ekibastuz Grid Corp"][0] == "ORG"


def test_a_company_named_like_a_place_and_a_title_outside_the_name() -> None:
    found = _found("Shares of Santa Clara Mining rose 4 percent after the company said output would double, "
                   "while Defender Ruslan Omarov of Astana United was left out of the squad.")
    assert found.get("Santa Clara Mining", ("",))[0] == "ORG"
    assert "Santa Clara" not in found
    assert found.get("Ruslan Omarov", ("",))[0] == "PERSON"
    assert "Defender Ruslan Omarov" not in found


def test_a_spelling_variant_and_an_acronym_join_their_entity() -> None:
    found = _found("The Union of Steppe Herders (USH) accused Senator Yerlan Dzhaksybekov of ignoring the drought.",
                   "USH leaders said Jaksybekov had not replied.")
    assert found["Union of Steppe Herders"][0] == "ORG" and "USH" in found["Union of Steppe Herders"][1]
    assert "Jaksybekov" in found["Yerlan Dzhaksybekov"][1]


def test_an_all_caps_headline_and_a_dateline_keep_their_entities() -> None:
    text = ("FLOODWATERS CUT OFF VILLAGES NEAR ATYRAU AS URAL RIVER RISES\n\n"
            "ATYRAU, Kazakhstan (Steppe Wire) - Rising water on the Ural River cut road links to 14 villages on "
            "Tuesday, regional emergency chief Marat Seitkali said.\n\n"
            "Rescuers from the Emergencies Ministry used boats to reach families near Atyrau, Seitkali said.\n")
    article = article_of(text)
    assert article.title == "FLOODWATERS CUT OFF VILLAGES NEAR ATYRAU AS URAL RIVER RISES"
    assert any(p.text.startswith("ATYRAU, Kazakhstan (Steppe Wire) -") for p in article.paragraphs)
    assert not any("Steppe Wire" in n.text for n in article.notes)
    entities = {e.name: e for e in article.entities}
    headline = article.paragraphs[0]
    assert headline.text.startswith("FLOODWATERS")
    atyrau = entities["Atyrau"]
    assert atyrau.type == "PLACE"
    assert any(m.paragraph == headline.id for m in atyrau.mentions)  # found in the capitals too
    assert entities["Marat Seitkali"].type == "PERSON"


def test_a_wire_dateline_alone_on_its_line_is_article_text() -> None:
    text = ("BANDY - KARAGANDA BEAT PAVLODAR IN CUP FINAL .\n\n"
            "KARAGANDA 2024-03-11\n\n"
            "Karaganda beat Pavlodar 3-2 in the cup final on Sunday , with forward Timur Abenov scoring twice "
            "in front of 4,000 fans .\n")
    article = article_of(text)
    assert article.title == "BANDY - KARAGANDA BEAT PAVLODAR IN CUP FINAL ."
    assert any(p.text == "KARAGANDA 2024-03-11" for p in article.paragraphs)
    assert not article.notes
    types = {e.name: e.type for e in article.entities}
    assert types.get("Timur Abenov") == "PERSON"
