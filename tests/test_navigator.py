"""The one navigator (reader.navigator) that the app and plain mode share."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader.navigator import Navigator, Stop
from tests.conftest import article_of

TEXT = """Flood Waters Rise Over Three River Towns

By a staff reporter

MERIDA, Spain -- Heavy rain on Tuesday flooded three towns along the river, and officials
said at least 12 people were killed.

Rescue teams from the Red Cross worked through the night. Maria Delgado, the regional
governor, said 40 people were injured.

## Aftermath

Delgado visited Merida on Wednesday. The Red Cross said the rain would ease.
"""


@pytest.fixture(scope="module")
def article():
    return article_of(TEXT, "flood.md")


def test_sections_forward_back_and_by_number(article) -> None:
    nav = Navigator(article)
    assert nav.section_index() == 0
    seen = [nav.section_index()]
    while nav.next_section() is not None:
        seen.append(nav.section_index())
    assert seen == list(range(len(article.sections)))
    last = nav.paragraph
    assert nav.next_section() is None and nav.paragraph == last  # the end is said, not moved past
    # "previous" goes to the start of this section first, then to the one before.
    nav.goto_paragraph(len(article.paragraphs) - 1)
    if nav.paragraph > nav.section_start(nav.section_index()):
        stop = nav.previous_section()
        assert stop == Stop(paragraph=nav.section_start(len(article.sections) - 1))
    stop = nav.previous_section()
    assert stop is not None and nav.section_index() == len(article.sections) - 2
    assert nav.goto_section(len(article.sections)) is None and nav.goto_section(-1) is None


def test_paragraphs_stop_at_both_ends(article) -> None:
    nav = Navigator(article)
    assert nav.previous_paragraph() is None and nav.paragraph == 0
    for _ in range(len(article.paragraphs) - 1):
        assert nav.next_paragraph() is not None
    assert nav.next_paragraph() is None and nav.paragraph == len(article.paragraphs) - 1
    assert nav.goto_paragraph(1) == Stop(paragraph=1)


def test_mentions_in_reading_order_and_per_entity(article) -> None:
    nav = Navigator(article)
    everyone = [nav.step_mention(1) for _ in range(len(nav.mentions))]
    assert everyone == nav.mentions  # every mention once, in reading order
    assert [(m.paragraph, m.start) for m in everyone] == sorted((m.paragraph, m.start) for m in everyone)
    assert nav.step_mention(1) == nav.mentions[0]  # wraps
    assert nav.step_mention(-1) == nav.mentions[-1]
    cross = next(i for i, e in enumerate(article.entities) if e.name == "Red Cross")
    own = nav.choose_entity(cross)
    assert len(own) == 2 and all(m.entity == cross for m in own)
    first = nav.step_mention(1)
    assert first in own and nav.mention_place() == (own.index(first) + 1, 2)
    text = article.paragraphs[first.paragraph].text[first.start:first.end]
    assert text == "Red Cross"
    nav.choose_entity(None)
    assert nav.mention_place()[1] == len(nav.mentions)


def test_mentions_start_from_the_reading_position(article) -> None:
    nav = Navigator(article)
    nav.at(len(article.paragraphs) - 1)
    stop = nav.step_mention(1)
    assert stop is not None and stop.paragraph == len(article.paragraphs) - 1
    nav = Navigator(article)
    nav.at(len(article.paragraphs) - 1)
    before = nav.step_mention(-1)
    assert before is not None and before.paragraph < len(article.paragraphs) - 1


def test_figures_and_their_quotes(article) -> None:
    nav = Navigator(article)
    assert len(article.figures) >= 2
    first = nav.step_figure(1)
    assert first is not None and nav.figure_at == 0 and nav.paragraph == first.paragraph
    quote = article.paragraphs[first.paragraph].text[first.start:first.end]
    assert "12" in quote
    nav.step_figure(1)
    assert nav.figure_at == 1
    assert nav.step_figure(-1) == first
    assert Navigator(article).step_figure(-1) == nav.figure_stop(len(article.figures) - 1)
    assert nav.select_figure(len(article.figures)) is None


def test_search_steps_and_wraps(article) -> None:
    nav = Navigator(article)
    assert nav.search("RED cross") == 2
    first = nav.step_match(1)
    assert first is not None and article.paragraphs[first.paragraph].text[first.start:first.end] == "Red Cross"
    second = nav.step_match(1)
    assert second is not None and second.paragraph > first.paragraph
    assert nav.step_match(1) == first  # wraps
    assert nav.match_paragraphs() == 2
    assert nav.search("nowhere-to-be-found") == 0 and nav.query == "" and nav.step_match(1) is None


def test_search_from_the_reading_position_and_by_paragraph(article) -> None:
    nav = Navigator(article)
    nav.at(len(article.paragraphs) - 1)
    nav.search("the")
    stop = nav.step_match(1)
    assert stop is not None and stop.paragraph == len(article.paragraphs) - 1
    in_paragraph = [m for m in nav.matches if m.paragraph == stop.paragraph]
    assert len(in_paragraph) >= 2  # "The Red Cross said the rain"
    after = nav.step_match(1, new_paragraph=True)
    assert after is not None and after.paragraph != stop.paragraph
    nav.clear_search()
    assert nav.matches == [] and nav.query == ""


def test_the_navigator_imports_neither_textual_nor_rich() -> None:
    code = ("import sys, reader.navigator; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"
