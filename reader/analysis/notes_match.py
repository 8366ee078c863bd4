"""The notes rules kept as data (rules/notes.toml), run over a block's text.

The rules are the figure engine's (``reader.analysis.rules.engine``: a
named pattern, its trigger words, its own examples); this module only says
how a notes rule is tried, by its ``kind``: ``whole`` (the block is nothing
but this: a full match), ``any`` and ``weak`` (the block holds it: a search),
``start`` (the block opens with it). A rule whose pattern is only a list of
plain phrases is a set lookup of the whole line, with no regular expression.
A rule's pattern is compiled the first time a block holds its trigger words.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache

from reader.analysis.rules import engine

RULES_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules", "notes.toml")
RULES_FILE = RULES_SOURCE[:-5] + ".json"
"""What the package reads: notes.toml compiled by ``python -m reader.analysis.rules``."""

_WORDS = re.compile(r"[a-z]+")
_PHRASE = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_PLAIN = re.compile(r"[\w' -]+")
_TRAILING = " .,:;!?\u2026\u00bb\u203a\u2192()|-"


class _Table:
    """The rules by (kind, note kind), in file order, and the phrase sets of the plain-phrase rules."""

    __slots__ = ("by_kind", "phrases", "rules")

    def __init__(self, data: dict) -> None:
        self.rules = engine.build(data, "notes.toml")
        self.by_kind: dict[tuple[str, str], tuple[engine.Rule, ...]] = {}
        for rule in self.rules:
            key = (rule.kind, rule.value)
            self.by_kind[key] = (*self.by_kind.get(key, ()), rule)
        vocab = data.get("vocab", {})
        self.phrases: dict[str, tuple[frozenset[str], bool]] = {}
        for entry in data.get("rule", []):
            whole = _PHRASE.fullmatch(entry["pattern"])
            if whole and all(_PLAIN.fullmatch(w) for w in vocab.get(whole.group(1), ["("])):
                phrases = frozenset(w.casefold() for w in vocab[whole.group(1)])
                self.phrases[entry["name"]] = phrases, bool(entry.get("punctuated", False))


def read_data(path: str = RULES_FILE) -> dict:
    """The rule data (the compiled .json, or the .toml source)."""
    if path.endswith(".toml"):
        return engine.read_toml(path)
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@cache
def table() -> _Table:
    return _Table(read_data())


def rules() -> tuple[engine.Rule, ...]:
    return table().rules


_last: list[object] = ["", frozenset()]  # the last text's words (a block is asked about several times)


def words_of(text: str) -> frozenset[str]:
    if _last[0] is not text:
        _last[0], _last[1] = text, frozenset(_WORDS.findall(text.lower()))
    return _last[1]  # type: ignore[return-value]


def tried(rule: engine.Rule, text: str) -> bool:
    """Does the text hold one of the rule's trigger words (or its quick pattern)?"""
    if not (rule.needs or rule.needs_text):
        return True
    return not rule.needs.isdisjoint(words_of(text)) or bool(rule.needs_text and rule.needs_text.search(text))


def fires(rule: engine.Rule, text: str, phrases: tuple[frozenset[str], bool] | None = None) -> bool:
    """Does this one rule fire on the text, tried the way its kind says?"""
    if phrases is not None:
        line = " ".join(text.casefold().split())
        return (line.rstrip(_TRAILING) if phrases[1] else line) in phrases[0]
    if not tried(rule, text):
        return False
    if rule.kind == "whole":
        return rule.pattern.fullmatch(text) is not None
    if rule.kind == "start":
        return rule.pattern.match(text) is not None
    return rule.pattern.search(text) is not None


def first(text: str, kind: str, value: str) -> engine.Rule | None:
    """The first rule of this kind giving this note kind that fires on the text."""
    t = table()
    for rule in t.by_kind.get((kind, value), ()):
        if fires(rule, text, t.phrases.get(rule.name)):
            return rule
    return None


def name_of(text: str, kind: str, value: str) -> str | None:
    rule = first(text, kind, value)
    return rule.name if rule else None


def example_fires(name: str, text: str) -> bool:
    """For the tests: does the named rule fire on one of its examples?"""
    t = table()
    rule = next(r for r in t.rules if r.name == name)
    return fires(rule, text, t.phrases.get(name))
