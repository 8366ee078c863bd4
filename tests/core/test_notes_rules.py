"""The notes rules kept as data (rules/notes.toml): every rule's examples run
as tests, and every note of every sample names a rule that exists (issue 15 item 3)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reader.analysis import notes, notes_match
from reader.analysis.rules import engine
from reader.readers.block import Block
from tests.conftest import sample_file, sample_names

SOURCE = engine.read_toml(notes_match.RULES_SOURCE)
TABLE = notes_match._Table(SOURCE)
EXAMPLES = [(rule.name, text, True) for rule in TABLE.rules for text in rule.match] + [
    (rule.name, text, False) for rule in TABLE.rules for text in rule.no_match]


@pytest.mark.parametrize("name, text, fires", EXAMPLES, ids=[f"{n}:{'+' if m else '-'}:{t[:30]}"
                                                             for n, t, m in EXAMPLES])
def test_rule_example(name: str, text: str, fires: bool) -> None:
    rule = next(r for r in TABLE.rules if r.name == name)
    assert notes_match.fires(rule, text, TABLE.phrases.get(name)) is fires  # (its trigger words too)


def test_every_rule_has_examples_both_ways_and_gives_a_note_kind() -> None:
    assert [r.name for r in TABLE.rules if not r.match or not r.no_match] == []
    kinds = {"navigation", "media", "caption", "publisher", "legal", "related", "other"}
    assert {r.value for r in TABLE.rules} <= kinds
    assert {r.kind for r in TABLE.rules} <= {"whole", "any", "weak", "start"}


def test_compiled_rules_are_the_toml_source() -> None:
    with open(notes_match.RULES_FILE, encoding="utf-8") as fh:
        assert json.load(fh) == SOURCE, "run: python -m reader.analysis.rules"


def test_plain_phrase_lists_are_set_lookups_without_a_pattern() -> None:
    assert {"nav.words", "nav.words-punctuated"} <= set(TABLE.phrases)
    rule = next(r for r in TABLE.rules if r.name == "nav.words")
    before = dict(engine._COMPILED)
    assert notes_match.fires(rule, "Back to top", TABLE.phrases["nav.words"])
    assert engine._COMPILED == before  # nothing compiled


def test_a_rule_is_only_tried_on_text_holding_its_trigger_words() -> None:
    rule = next(r for r in TABLE.rules if r.name == "publisher.newsletter")
    assert not notes_match.tried(rule, "The river rose overnight.")
    assert notes_match.tried(rule, "Get our newsletter.")


def test_the_furniture_kind_names_its_rule() -> None:
    assert notes.note_of(Block("Skip to main content", (0,))) == ("navigation", "nav.skip-link")
    assert notes.note_of(Block("\u00a9 2026 Example Media. All rights reserved.", (0,))) == (
        "legal", "legal.copyright-mark")
    assert notes.note_of(Block("Flood waters rose through the night and reached the square.", (0,))) is None


@pytest.mark.parametrize("name", sample_names())
def test_every_note_of_every_sample_names_a_known_rule(name: str) -> None:
    from reader.analysis import analyze_document
    from reader.ingest import from_bytes

    path = sample_file(name)
    article = analyze_document(from_bytes(path.read_bytes(), name=path.name), entities=False, figures=False)
    known = notes.rule_names()
    assert [(n.kind, n.text[:40]) for n in article.notes if n.rule not in known] == []


def test_cli_explain_names_each_notes_rule() -> None:
    path = sample_file("aj-style-shelling")
    out = subprocess.run([sys.executable, "-m", "reader", "--json", "--explain", str(path)],
                         capture_output=True, text=True, check=True).stdout
    found = {(n["text"], n["rule"]) for n in json.loads(out)["notes"]}
    assert ("Skip to Content", "nav.skip-link") in found
    plain = subprocess.run([sys.executable, "-m", "reader", "--json", str(path)],
                           capture_output=True, text=True, check=True).stdout
    assert all("rule" not in n for n in json.loads(plain)["notes"])


HINT_EXAMPLES = [(h["name"], tuple(hints), True) for h in SOURCE["hint"] for hints in h["match"]] + [
    (h["name"], tuple(hints), False) for h in SOURCE["hint"] for hints in h["no_match"]]


@pytest.mark.parametrize("name, hints, fires", HINT_EXAMPLES, ids=[f"{n}:{'+' if m else '-'}:{'-'.join(h)}"
                                                                   for n, h, m in HINT_EXAMPLES])
def test_page_context_rule_example(name: str, hints: tuple[str, ...], fires: bool) -> None:
    # (alone: the rule itself fires or not, whatever the rules before it say)
    rule = next(r for r in TABLE.hints if r[0] == name)
    assert (bool(rule[1] & set(hints)) and not rule[2] & set(hints)) is fires


def test_page_context_rules_run_in_file_order_and_name_themselves() -> None:
    assert [h[0] for h in notes.hint_rules()] == [h["name"] for h in SOURCE["hint"]]
    block = Block("Sign up for alerts", (0,), "p", frozenset({"newsletter", "footer"}))
    assert notes.note_of(Block("Weekly digest of the best", (0,), "p", frozenset({"newsletter", "footer"}))) == (
        "publisher", "hint.publisher-box")
    assert notes.note_of(block)[1] == "publisher.sign-up"  # (the text's own rule first)
    assert all(h["match"] and h["no_match"] for h in SOURCE["hint"])


def test_the_publishers_voice_is_a_set_lookup_on_tokens() -> None:
    from reader.analysis.notes_furniture import _our_thing
    from reader.analysis.notes_rules import _publisher_blurb

    assert _our_thing("Please support our independent local journalism")
    assert not _our_thing("He told our staff that the camp was a displacement site")
    assert notes.note_of(Block("Please support our independent local journalism today, if you can.", (0,))) == (
        "publisher", "voice.our-thing")
    assert _publisher_blurb("Example News offers daily coverage of the region")
    assert _publisher_blurb("Example News is an independent newsroom")
    assert not _publisher_blurb("Example River rose two metres overnight")
