"""A small engine for rules kept as data (TOML beside the code).

A rule file has a ``[vocab]`` table of word lists and ``[[rule]]`` entries.
Each rule has a ``name``, a ``kind`` (what the rule is for: a figure, a
number that is not a count, a figure's scope), a ``pattern`` (a regular
expression over the sentence in which ``{NAME}`` stands for the vocabulary
list NAME as an alternation), the fields it fills (``fill``: one table per
figure it gives, e.g. ``{category = "killed", count = "n-m"}``, a count
being a literal, a named group read as a number, or a sum or difference of
those), and its own examples: ``match`` sentences it must match and
``no_match`` sentences it must not. A match names the rule that fired, the
way a spaCy Matcher match carries its rule's id and a duckling token its
rule's name.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
_TERM = re.compile(r"[+-]?[^+-]+")


@dataclass(frozen=True, slots=True)
class Fill:
    """What one figure of a match is: its category, how to read its count."""

    category: str
    formula: str
    """How to read the count: "1", "n", "n-m", "1+n", "ages:list" (one a person's age in the group),
    "ordinal:nth" (the group's "second", "third")."""
    shot: bool = False
    """People shot whose fate the words leave open (killed or wounded)."""
    besides: bool = False
    """People counted besides any group the same sentence counts ("... killing
    four, before shooting himself": five dead)."""


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kind: str
    source: str
    """The pattern's text, vocabulary lists expanded; compiled on first use (``pattern``)."""
    flags: int
    fills: tuple[Fill, ...] = ()
    value: str = ""
    """For kinds without figures: what the rule decides (a scope's name)."""
    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()
    doc: str = ""
    checks: tuple[tuple[str, frozenset[str], re.Pattern[str] | None], ...] = ()
    """Small predicates on named groups: (group, words it may be, a pattern it may match
    instead); e.g. the word before the verb must be one of the PERSON nouns."""
    needs: frozenset[str] = frozenset()
    """Words one of which the text must hold for the rule to be tried (none: always
    tried), the way spaCy's Matcher only tries patterns whose first token can match."""
    needs_text: re.Pattern[str] | None = None
    """Or a quick pattern the text must hold ("needs = ['re:[$\u20ac]']" in the data)."""

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern. A rule is compiled the first time a sentence
        holds its trigger words, so a run pays only for the rules its text reaches."""
        compiled = _COMPILED.get((self.source, self.flags))
        if compiled is None:
            compiled = _COMPILED[self.source, self.flags] = re.compile(self.source, self.flags)
        return compiled


_COMPILED: dict[tuple[str, int], re.Pattern[str]] = {}


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule that fired: where, and its named groups."""

    rule: Rule
    start: int
    end: int
    groups: dict[str, str | None] = field(default_factory=dict)

    def amount(self, fill: Fill, number: Callable[[str], int | None]) -> int | None:
        """The count a fill asks for: "1", "n", "n-m", "1+n"; None when a part cannot be read."""
        total = 0
        for term in _TERM.findall(fill.formula.replace(" ", "")):
            sign, name = (-1, term[1:]) if term.startswith("-") else (1, term.lstrip("+"))
            if name.isdigit():
                value: int | None = int(name)
            elif name.startswith("ordinal:"):  # "a second teen has died": two
                value = _ORDINALS.get((self.groups.get(name[8:]) or "").lower())
            elif name.startswith("ages:"):  # "Ana Ruiz, 23, and Tom Bell, 19": one person an age
                value = len(_AGE.findall(self.groups.get(name[5:]) or ""))
            else:
                text = self.groups.get(name)
                value = number(text) if text else None
            if value is None:
                return None
            total += sign * value
        return total


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
_AGE = re.compile(r",\s*\d{1,3}\s*,?")


def _expand(pattern: str, vocab: dict[str, str]) -> str:
    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in vocab:
            raise ValueError(f"unknown vocabulary {{{name}}} in pattern {pattern!r}")
        return vocab[name]

    for _ in range(4):  # a list may name another list
        pattern, n = _MACRO.subn(one, pattern)
        if not n:
            break
    return pattern


def _alternation(words: list[str]) -> str:
    # the longest first, so that "police officer" wins over "police"
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def read_toml(path: str) -> dict:
    """The rule data of a TOML file (the source the rules are written in)."""
    import tomllib  # (only at build time and in tests: it imports typing)

    with open(path, "rb") as fh:
        return tomllib.load(fh)


def compile_json(toml_path: str, json_path: str) -> None:
    """Write the TOML rule file as JSON, the form the package reads at run
    time (no TOML parser at start-up); run by ``python -m reader.analysis.rules``."""
    data = read_toml(toml_path)
    with open(json_path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def load(path: str) -> tuple[Rule, ...]:
    """The rules of one rule file (the compiled .json, or the .toml source), in file order."""
    if path.endswith(".toml"):
        data = read_toml(path)
    else:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    return build(data, os.path.basename(path))


def build(data: dict, label: str = "rules") -> tuple[Rule, ...]:
    """Compile rule data (a ``vocab`` table and ``rule`` entries)."""
    raw = data.get("vocab", {})
    vocab = {name: _alternation(list(words)) for name, words in raw.items()}
    rules = []
    for entry in data.get("rule", []):
        source = _expand(entry["pattern"], vocab)
        flags = 0 if entry.get("case", "insensitive") == "sensitive" else re.IGNORECASE
        fills = tuple(Fill(category=f["category"], formula=str(f.get("count", 1)), shot=bool(f.get("shot", False)),
                           besides=bool(f.get("besides", False)))
                      for f in entry.get("fill", []))
        rules.append(Rule(name=entry["name"], kind=entry["kind"], source=source, flags=flags, fills=fills,
                          value=entry.get("value", ""), match=tuple(entry.get("match", ())),
                          no_match=tuple(entry.get("no_match", ())), doc=entry.get("doc", ""),
                          needs=_needs([n for n in entry.get("needs", ()) if not n.startswith("re:")], raw),
                          needs_text=_needs_text(entry.get("needs", ())),
                          checks=tuple(_check(group, name, raw) for group, name in entry.get("check", {}).items())))
    names = [r.name for r in rules]
    duplicate = {n for n in names if names.count(n) > 1}
    if duplicate:
        raise ValueError(f"{label}: rule names used twice: {sorted(duplicate)}")
    return tuple(rules)


def _needs(items: list[str] | tuple[str, ...], vocab: dict[str, list[str]]) -> frozenset[str]:
    """A rule's trigger words; an upper-case name stands for a vocabulary list of plain words."""
    words: set[str] = set()
    for item in items:
        words.update(w.lower() for w in vocab[item]) if item in vocab else words.add(item.lower())
    return frozenset(words)


def _needs_text(items: list[str]) -> re.Pattern[str] | None:
    patterns = [n[3:] for n in items if n.startswith("re:")]
    return re.compile("|".join(patterns)) if patterns else None


def _check(group: str, name: str, vocab: dict[str, list[str]]) -> tuple[str, frozenset[str], re.Pattern[str] | None]:
    """A group's predicate: one of a vocabulary list's plain words, or one of its patterns."""
    if name not in vocab:
        raise ValueError(f"check of {group!r}: unknown vocabulary {name!r}")
    plain = frozenset(w.lower() for w in vocab[name] if re.fullmatch(r"[\w' -]+", w))
    other = [w for w in vocab[name] if not re.fullmatch(r"[\w' -]+", w)]
    return group, plain, re.compile("|".join(other), re.IGNORECASE) if other else None


def _passes(rule: Rule, m: re.Match[str]) -> bool:
    for group, plain, other in rule.checks:
        value = m.group(group)
        if value is not None and value.lower() not in plain and not (other and other.fullmatch(value)):
            return False
    return True


_WORDS = re.compile(r"[a-z]+")


def find(rules: tuple[Rule, ...], text: str, kind: str | None = None) -> Iterator[Hit]:
    """Every match of every rule (of one kind) in the text, in rule order."""
    words: set[str] | None = None
    for rule in rules:
        if kind is not None and rule.kind != kind:
            continue
        if rule.needs or rule.needs_text:
            if words is None:
                words = set(_WORDS.findall(text.lower()))
            if rule.needs.isdisjoint(words) and not (rule.needs_text and rule.needs_text.search(text)):
                continue
        for m in rule.pattern.finditer(text):
            if rule.checks and not _passes(rule, m):
                continue
            yield Hit(rule=rule, start=m.start(), end=m.end(), groups=m.groupdict())
