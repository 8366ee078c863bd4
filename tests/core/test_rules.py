"""Rules as data: every rule's own examples run as tests (issue 15 item 3, issue 16 item 4)."""

from __future__ import annotations

import json

import pytest

from reader.analysis import figure_rules
from reader.analysis.rules import engine

SOURCE = engine.read_toml(figure_rules.RULES_SOURCE)
RULES = engine.build(SOURCE, "figures.toml")
EXAMPLES = [(rule.name, text, True) for rule in RULES for text in rule.match] + [
    (rule.name, text, False) for rule in RULES for text in rule.no_match]


@pytest.mark.parametrize("name, text, matches", EXAMPLES, ids=[f"{n}:{'+' if m else '-'}:{t[:30]}"
                                                               for n, t, m in EXAMPLES])
def test_rule_example(name: str, text: str, matches: bool) -> None:
    rule = next(r for r in RULES if r.name == name)
    assert (next(engine.find((rule,), text), None) is not None) is matches  # (its trigger words too)


def test_every_rule_has_examples_both_ways() -> None:
    lacking = [r.name for r in RULES if not r.match or not r.no_match]
    assert lacking == []


def test_compiled_rules_are_the_toml_source() -> None:
    with open(figure_rules.RULES_FILE, encoding="utf-8") as fh:
        assert json.load(fh) == SOURCE, "run: python -m reader.analysis.rules"


def test_a_match_names_its_rule_and_reads_its_counts() -> None:
    hits = list(engine.find(RULES, "Five people were shot, two fatally.", "person"))
    fired = {h.rule.name for h in hits}
    assert "people_shot_some_fatally" in fired and "people_shot" not in fired
    hit = next(h for h in hits if h.rule.name == "people_shot_some_fatally")
    assert [(f.category, hit.amount(f, figure_rules_number)) for f in hit.rule.fills] == [
        ("killed", 2), ("wounded", 3)]


def figure_rules_number(text: str) -> int | None:
    from reader.analysis.figures import _to_int

    return _to_int(text)


def test_unknown_vocabulary_and_duplicate_names_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown vocabulary"):
        engine.build({"rule": [{"name": "x", "kind": "person", "pattern": "{NOPE}"}]})
    with pytest.raises(ValueError, match="twice"):
        engine.build({"rule": [{"name": "x", "kind": "scope", "pattern": "a"},
                               {"name": "x", "kind": "scope", "pattern": "b"}]})


def test_named_victims_count_one_each() -> None:
    hit = next(engine.find(RULES, "Ana Ruiz, 23, Ed Long, 30, and Tom Bell, 19, were killed.", "person"))
    assert hit.rule.name == "named_victims_died"
    assert hit.amount(hit.rule.fills[0], figure_rules_number) == 3
