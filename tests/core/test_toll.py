"""Issue 16: the incident's toll, people counted without numerals, scope, and numbers that are no counts.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reader.export import to_dict
from reader.plain.render import figure_lines
from tests.conftest import analysis_of, article_of, gold_of, sample_file, sample_names


def toll(text: str) -> dict[str, int | None]:
    """The toll of an article: headline, blank line, paragraphs."""
    return {t.category: t.count if t.count is not None else t.low for t in article_of(text).toll}


def figures(text: str) -> list[tuple]:
    return [(f.category, f.count, f.scope) for f in article_of(text).figures]


@pytest.mark.parametrize("text, expected", [
    ("Girl dies in shooting\n\nA 13-year-old girl was shot and killed on Friday night, police said.\n",
     {"killed": 1}),
    ("Shooting on Elm Street\n\nA Riverton man died after being shot outside a bar early Sunday.\n", {"killed": 1}),
    ("Woman hurt\n\nA woman is in critical condition after being shot on Elm Street, police said.\n",
     {"wounded": 1}),
    ("Teen hurt\n\nA 17-year-old boy was shot in the leg while walking home.\n", {"wounded": 1}),
    ("Five shot\n\nFive people were shot, two fatally, at a party on Oak Road late Saturday.\n",
     {"killed": 2, "wounded": 3}),
    ("Couple dead\n\nAn elderly couple were found shot to death in their home on Monday.\n", {"killed": 2}),
    ("Family dead\n\nA mother and her two children were killed in the shooting, the sheriff said.\n",
     {"killed": 3}),
    ("Two dead\n\nAna Ruiz, 23, and Tom Bell, 19, were killed when a gunman opened fire on the porch.\n",
     {"killed": 2}),
    ("Warehouse\n\nThe gunman killed three workers and wounded two others before fatally shooting himself.\n",
     {"killed": 4, "wounded": 2}),
    ("Party\n\nTwo men were shot outside a club early Sunday. One of them died at the hospital.\n",
     {"killed": 1, "wounded": 1}),
])
def test_people_counted_without_numerals(text: str, expected: dict) -> None:
    assert toll(text) == expected


def test_one_person_told_three_times_is_counted_once() -> None:
    text = ("Man killed in Elm Street shooting\n\n"
            "A 23-year-old man died after being shot on Elm Street on Saturday night, police said.\n\n"
            "Officers found the victim lying in the street. The man was pronounced dead at the scene.\n\n"
            "The victim later died, a police spokeswoman said.\n")
    assert toll(text) == {"killed": 1}


def test_victims_reported_in_one_sentence_add_up() -> None:
    text = "Two dead\n\nA man died at the scene and his wife was killed in the kitchen, police said.\n"
    assert toll(text) == {"killed": 2}


def test_another_event_and_a_total_are_not_the_toll() -> None:
    text = ("Man shot dead in Riverton\n\n"
            "A man was shot and killed outside a store in Riverton on Tuesday, police said.\n\n"
            "The shooting came a year after the Lakeside attack that killed 32 people.\n\n"
            "Some 640 people died of gun injuries in the state in 2014, according to health officials.\n")
    found = figures(text)
    assert ("killed", 32, "other") in found and ("killed", 640, "aggregate") in found
    assert toll(text) == {"killed": 1}


def test_the_headline_counts_when_the_text_gives_no_count() -> None:
    text = ("Four men wounded in shooting at bar\n\n"
            "Police said the men were taken to a hospital after shots were fired inside the bar.\n")
    assert toll(text) == {"wounded": 4}


@pytest.mark.parametrize("sentence", [
    "Police were called to the 600 block of Elm Street, where the man was killed.",
    "An 8 yo boy was killed, police said.",
    "The 23-year-old was killed on Sunday.",
    "Shots rang out at 4:30 p.m. and a man was killed.",
    "He was killed with a 9mm handgun.",
    "A $5,000 reward is offered for the killing.",
    "The bill passed by a 52-48 vote after the killing.",
    "A man was killed on March 3 in 2015.",
    "He went on a fifteen-minute rampage that killed a man.",
    "A police K-9 was injured in the arrest.",
])
def test_numbers_that_are_no_counts(sentence: str) -> None:
    counts = {f.count for f in article_of(f"Headline\n\n{sentence}\n").figures}
    assert counts <= {1}, counts  # only the one person the sentence names, never 600, 8, 23, 4, 9 ...


def test_toll_and_scope_in_the_json_and_the_rule_only_with_explain() -> None:
    article = article_of("Shooting\n\nFive people were shot, two fatally, on Elm Street.\n")
    plain = to_dict(article)
    assert {c: (t["count"], t["low"], len(t["figures"])) for c, t in plain["toll"].items()} == {
        "killed": (2, 2, 1), "wounded": (3, 3, 1)}
    for category, entry in plain["toll"].items():
        assert plain["figures"][entry["figures"][0]]["category"] == category
    assert [f["scope"] for f in plain["figures"]] == ["incident", "incident"]
    assert all("rule" not in f for f in plain["figures"])
    explained = to_dict(article, explain=True)
    assert "people_shot_some_fatally" in {f["rule"] for f in explained["figures"]}
    assert all(f["rule"] for f in explained["figures"])


def test_cli_explain_names_the_rule(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Shooting\n\nA 19-year-old man was shot and killed on Elm Street.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "reader", "--json", "--explain", str(path)],
                         capture_output=True, text=True, check=True).stdout
    analysis = json.loads(out)
    assert analysis["toll"]["killed"]["count"] == 1
    assert analysis["figures"][0]["rule"] == "person_died"


def test_plain_mode_says_the_toll_first_then_the_figures_by_scope() -> None:
    article = article_of("Shooting\n\nA man was shot and killed on Elm Street on Sunday.\n\n"
                         "In a separate shooting, two women were wounded.\n")
    lines = list(figure_lines(article, 200))
    assert lines[1] == "The incident's toll: 1 killed."
    assert lines.index("About this incident: 1.") < lines.index("About other events the article mentions: 1.")


@pytest.mark.parametrize("name", [n for n in sample_names() if "toll" in gold_of(n)])
def test_sample_tolls(name: str) -> None:
    got = {c: t["count"] if t["count"] is not None else t["low"] for c, t in analysis_of(name)["toll"].items()}
    assert got == gold_of(name)["toll"]


def test_samples_have_tolls_in_their_gold() -> None:
    assert len([n for n in sample_names() if "toll" in gold_of(n)]) >= 5 and sample_file("kazakh-party-leader")
