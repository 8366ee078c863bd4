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
    """The rules by (kind, note kind), in file order; an index from each
    trigger word to the rules it lets through; the phrase sets of the
    plain-phrase rules."""

    __slots__ = ("always", "by_kind", "by_word", "hints", "phrases", "rules", "words")

    def __init__(self, data: dict) -> None:
        self.rules = engine.build(data, "notes.toml")
        grouped: dict[tuple[str, str], list[engine.Rule]] = {}
        for rule in self.rules:
            grouped.setdefault((rule.kind, rule.value), []).append(rule)
        self.by_kind = {key: tuple(rules) for key, rules in grouped.items()}
        self.by_word: dict[str, list[tuple[tuple[str, str], int]]] = {}
        self.always: dict[tuple[str, str], frozenset[int]] = {}
        for key, rules in self.by_kind.items():
            for i, rule in enumerate(rules):
                for word in rule.needs:
                    self.by_word.setdefault(word, []).append((key, i))
            # (a rule with a quick pattern, or with no trigger words, is tried on every text)
            self.always[key] = frozenset(i for i, r in enumerate(rules) if r.needs_text is not None or not r.needs)
        self.hints = tuple((h["name"], frozenset(h["tells"]), frozenset(h.get("vetoes", ())), h["value"])
                           for h in data.get("hint", []))
        """The page-context rules: (name, hints any of which tells it, hints that veto it, note kind)."""
        vocab = data.get("vocab", {})
        self.words = {name: frozenset(w.casefold() for w in words) for name, words in vocab.items()}
        """Each vocabulary list as a set of lower-case words, for the predicates in code."""
        self.phrases: dict[str, tuple[frozenset[str], bool]] = {}
        for entry in data.get("rule", []):
            whole = _PHRASE.fullmatch(entry["pattern"])
            if whole and all(_PLAIN.fullmatch(w) for w in vocab.get(whole.group(1), ["("])):
                phrases = frozenset(w.casefold() for w in vocab[whole.group(1)])
                self.phrases[entry["name"]] = phrases, bool(entry.get("punctuated", False))

    def let_through(self, text: str) -> dict[tuple[str, str], set[int]]:
        """For each (kind, note kind), the rules the text's words let through (one pass over its words)."""
        found: dict[tuple[str, str], set[int]] = {}
        by_word = self.by_word
        for word in words_of(text):
            for key, i in by_word.get(word, ()):
                found.setdefault(key, set()).add(i)
        return found


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


def vocabulary(name: str) -> frozenset[str]:
    """A word list of the data (rules/notes.toml's ``vocab``), as a set."""
    return table().words[name]


_last: list[object] = ["", frozenset(), None]  # the last text, its words and the rules they let through


def words_of(text: str) -> frozenset[str]:
    if _last[0] is not text:
        _last[0], _last[1], _last[2] = text, frozenset(_WORDS.findall(text.lower())), None
    return _last[1]  # type: ignore[return-value]


def _let_through(t: _Table, text: str) -> dict[tuple[str, str], set[int]]:
    words_of(text)  # (the last text now)
    if _last[2] is None:
        _last[2] = t.let_through(text)
    return _last[2]  # type: ignore[return-value]


def tried(rule: engine.Rule, text: str) -> bool:
    """Does the text hold one of the rule's trigger words (or its quick pattern)?"""
    if not (rule.needs or rule.needs_text):
        return True
    return not rule.needs.isdisjoint(words_of(text)) or bool(rule.needs_text and rule.needs_text.search(text))


def fires(rule: engine.Rule, text: str, phrases: tuple[frozenset[str], bool] | None = None) -> bool:
    """Does this one rule fire on the text, tried the way its kind says?"""
    return (phrases is not None or tried(rule, text)) and _matches(rule, text, phrases)


def _matches(rule: engine.Rule, text: str, phrases: tuple[frozenset[str], bool] | None) -> bool:
    if phrases is not None:
        line = " ".join(text.casefold().split())
        return (line.rstrip(_TRAILING) if phrases[1] else line) in phrases[0]
    if rule.kind == "whole":
        return rule.pattern.fullmatch(text) is not None
    if rule.kind == "start":
        return rule.pattern.match(text) is not None
    return rule.pattern.search(text) is not None


def first(text: str, kind: str, value: str) -> engine.Rule | None:
    """The first rule of this kind giving this note kind that fires on the text
    (only the rules its words let through are tried)."""
    t = table()
    key = (kind, value)
    rules = t.by_kind.get(key)
    if rules is None:
        return None
    always = t.always[key]
    hits = _let_through(t, text).get(key)
    for i in sorted(always | hits) if hits else sorted(always):
        rule = rules[i]
        phrases = t.phrases.get(rule.name)
        if (i not in always or phrases is not None or tried(rule, text)) and _matches(rule, text, phrases):
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
