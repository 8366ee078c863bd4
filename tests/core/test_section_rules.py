"""The section finder's rules: named predicates (sections.SECTION_RULES) whose
examples are data (rules/sections.toml), run here (issue 15 item 3)."""

from __future__ import annotations

import json
import os

import pytest

from reader.analysis import notes, sections
from reader.analysis.rules import engine
from reader.readers import read

SOURCE_PATH = os.path.join(os.path.dirname(sections.__file__), "rules", "sections.toml")
SOURCE = engine.read_toml(SOURCE_PATH)
MARK = ">> "
EXAMPLES = [(r["name"], r.get("format", "txt"), text, True) for r in SOURCE["rule"] for text in r["match"]] + [
    (r["name"], r.get("format", "txt"), text, False) for r in SOURCE["rule"] for text in r["no_match"]]


def placed_by(text: str, fmt: str) -> str:
    """The rule that placed the marked line of an example article."""
    marked = next(line[len(MARK):] for line in text.splitlines() if line.startswith(MARK))
    blocks, _ = read(text.replace(MARK, ""), fmt, furniture=notes.whole_line_furniture,
                     stands_alone=notes.stands_alone)
    shape = sections.build(notes.classify(blocks))
    return next(rule for paragraph, rule in zip(shape.paragraphs, shape.placed_by, strict=True)
                if paragraph.text == marked)


@pytest.mark.parametrize("name, fmt, text, fires", EXAMPLES,
                         ids=[f"{n}:{'+' if m else '-'}:{t[:25]}" for n, _, t, m in EXAMPLES])
def test_section_rule_example(name: str, fmt: str, text: str, fires: bool) -> None:
    assert (placed_by(text, fmt) == name) is fires


def test_the_examples_cover_every_rule_of_the_code_and_only_those() -> None:
    in_code = [name for name, _, _ in sections.SECTION_RULES] + [sections.CONTINUE]
    assert sorted(r["name"] for r in SOURCE["rule"]) == sorted(in_code)
    assert all(r["match"] and r["no_match"] for r in SOURCE["rule"])
    opens = {name: section for name, _, section in sections.SECTION_RULES}
    assert all(opens.get(r["name"], "") == r["opens"] for r in SOURCE["rule"])


def test_compiled_examples_are_the_toml_source() -> None:
    with open(SOURCE_PATH[:-5] + ".json", encoding="utf-8") as fh:
        assert json.load(fh) == SOURCE, "run: python -m reader.analysis.rules"


def test_every_paragraph_is_placed_by_a_named_rule() -> None:
    text = SOURCE["rule"][3]["match"][0].replace(MARK, "")
    blocks, _ = read(text, "txt", furniture=notes.whole_line_furniture, stands_alone=notes.stands_alone)
    shape = sections.build(notes.classify(blocks))
    assert len(shape.placed_by) == len(shape.paragraphs)
    assert shape.placed_by[:3] == ("section.headline", "section.lead", "section.body")
