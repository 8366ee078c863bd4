r"""A small engine for rules kept as data (TOML beside the code).

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

Long word lists are not compiled into each pattern that names them (Python's
re compiler costs about 2 us per pattern character, and one list of 1,000
characters named in twenty patterns is 40 ms at start-up). The rule file's
``[slots]`` table names them: a ``words`` list stands in a pattern as one
generic word whose text is looked up in the list's set (WordSlot); a
``phrases`` list that ends a pattern is matched where the pattern ends, from
its entries that begin with the word found there (PhraseSlot). A slot word
refused by its list is hidden and the match tried again at the same start,
so the pattern goes on to the next word as the alternation would; a slot
therefore only moves right, and an optional word before a slot is written
lazy (``(?:\w+\s+)??{PEOPLE}``) in the data.
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
    checks: tuple[tuple[str, frozenset[str], str], ...] = ()
    """Small predicates on named groups: (group, words it may be, a pattern it may match
    instead); e.g. the word before the verb must be one of the PERSON nouns."""
    needs: frozenset[str] = frozenset()
    """Words one of which the text must hold for the rule to be tried (none: always
    tried), the way spaCy's Matcher only tries patterns whose first token can match."""
    needs_text: re.Pattern[str] | None = None
    """Or a quick pattern the text must hold ("needs = ['re:[$\u20ac]']" in the data)."""
    gates: tuple[frozenset[str], ...] = ()
    """Word sets that the text must each share a word with, for the rule to be tried: one per
    vocabulary list the pattern needs a word of (its slots and checks), so a rule about "a man"
    is not tried, nor compiled, on a sentence that names no person."""
    slots: tuple[tuple[str, WordSlot], ...] = ()
    """Word slots of the pattern: (group, the vocabulary list its word must be in)."""
    phrase: PhraseSlot | None = None
    """The vocabulary phrase the pattern ends with (matched after the pattern, see PhraseSlot)."""
    suffix: str = ""
    """What must follow that phrase (``\\b``, ``(?![\\w-])`` or nothing)."""
    otherwise: str = ""
    """A pattern tried where the phrase does not match (the rest of ``(?:{DIED}|killed)``)."""

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern. A rule is compiled the first time a sentence
        holds its trigger words, so a run pays only for the rules its text reaches."""
        return _compiled(self.source, self.flags)


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


_PLAIN_WORD = re.compile(r"[\w-]+")


@dataclass(frozen=True, slots=True)
class WordSlot:
    """A vocabulary list matched as data: the pattern holds one generic word
    (``[\\w-]+``) where the list stands, and the word is looked up in a set,
    the way a spaCy Matcher token pattern tests ``LOWER IN [...]``. Entries of
    several words ("family members", "13 year old") are read backwards from
    the slot's word by one small pattern of those entries only."""

    name: str
    words: frozenset[str]
    tail: str
    """The entries that are not one plain word, as one pattern that must end where the slot ends."""

    def holds(self, text: str, start: int, end: int, flags: int) -> bool:
        word = text[start:end]
        if (word.lower() if flags & re.IGNORECASE else word) in self.words:
            return True
        return bool(self.tail) and _compiled(self.tail, flags).search(text, max(0, end - 60), end) is not None


def _word_slot(name: str, entries: list[str]) -> WordSlot:
    words = frozenset(e.lower() for e in entries if _PLAIN_WORD.fullmatch(e))
    rest = [e for e in entries if not _PLAIN_WORD.fullmatch(e)
            and not (re.fullmatch(r"[\w' -]+", e) and e.rpartition(" ")[2].lower() in words)]
    # (an entry of plain words whose last word is itself a word of the list needs no pattern)
    tail = "(?<![\\w'-])(?:" + "|".join(sorted(rest, key=len, reverse=True)) + ")$" if rest else ""
    return WordSlot(name=name, words=words, tail=tail)


_LEAD = re.compile(r"\(\?:([a-z'| ]+)\)(?= )|([a-z']+)(?=[ (]|$)")


@dataclass(frozen=True, slots=True)
class PhraseSlot:
    """A vocabulary list of phrases ("was shot and killed", "is in critical
    condition") that a pattern ends with. The pattern is compiled without it
    and ends in a look-ahead on the phrase's first word; the phrase is then
    matched where the pattern ends, from the list's entries that begin with
    that word only (first-word index; each group keeps the list's order, so
    the first entry that matches wins as in the alternation)."""

    name: str
    first: dict[str, tuple[str, ...]] = field(hash=False, compare=False)

    def lookahead(self) -> str:
        return "(?:" + "|".join(sorted(self.first, key=len, reverse=True)) + ")\\b"

    def match(self, text: str, pos: int, suffix: str, flags: int) -> int | None:
        """Where the phrase that starts at ``pos`` ends (None: no phrase there)."""
        word = _FIRST_WORD.match(text, pos)
        if word is None:
            return None
        entries = self.first.get(word.group().lower())
        if not entries:
            return None
        found = _compiled("(?:" + "|".join(entries) + ")" + suffix, flags).match(text, pos)
        return found.end() if found else None


_FIRST_WORD = re.compile(r"[\w']+")


def _phrase_slot(name: str, entries: list[str]) -> PhraseSlot | None:
    """The first-word index of a phrase list; None when an entry's first word cannot be read."""
    first: dict[str, list[str]] = {}
    for entry in entries:
        lead = _LEAD.match(entry)
        if lead is None:
            return None
        for word in {w.split()[0] for w in (lead.group(1) or lead.group(2)).split("|")}:
            first.setdefault(word, []).append(entry)
    return PhraseSlot(name=name, first={w: tuple(e) for w, e in first.items()})


def _compiled(source: str, flags: int) -> re.Pattern[str]:
    compiled = _COMPILED.get((source, flags))
    if compiled is None:
        compiled = _COMPILED[source, flags] = re.compile(source, flags)
    return compiled


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
    """Compile rule data (a ``vocab`` table, its ``slots``, and ``rule`` entries)."""
    raw = data.get("vocab", {})
    vocab = {name: _alternation(list(words)) for name, words in raw.items()}
    slots = data.get("slots", {})
    words = {name: _word_slot(name, list(raw[name])) for name in slots.get("words", ())}
    phrases = {name: slot for name in slots.get("phrases", ()) if (slot := _phrase_slot(name, list(raw[name])))}
    rules = [_rule(entry, raw, vocab, words, phrases) for entry in data.get("rule", [])]
    names = [r.name for r in rules]
    duplicate = {n for n in names if names.count(n) > 1}
    if duplicate:
        raise ValueError(f"{label}: rule names used twice: {sorted(duplicate)}")
    return tuple(rules)


def _rule(entry: dict, raw: dict[str, list[str]], vocab: dict[str, str], words: dict[str, WordSlot],
          phrases: dict[str, PhraseSlot]) -> Rule:
    flags = 0 if entry.get("case", "insensitive") == "sensitive" else re.IGNORECASE
    pattern, word_slots = _word_slots(entry["pattern"], words)
    phrase, suffix, otherwise = None, "", ""
    tail = _PHRASE_TAIL.search(pattern)
    if tail and tail.group("name") in phrases and _top_level(pattern[:tail.start()], tail.group("other") or ""):
        phrase, suffix, otherwise = phrases[tail.group("name")], tail.group("suffix"), tail.group("other") or ""
        ahead = phrase.lookahead() + (f"|{otherwise}" if otherwise else "")
        pattern = pattern[:tail.start()] + f"(?={ahead})"
    fills = tuple(Fill(category=f["category"], formula=str(f.get("count", 1)), shot=bool(f.get("shot", False)),
                       besides=bool(f.get("besides", False)))
                  for f in entry.get("fill", []))
    return Rule(name=entry["name"], kind=entry["kind"], source=_expand(pattern, vocab), flags=flags, fills=fills,
                value=entry.get("value", ""), match=tuple(entry.get("match", ())),
                no_match=tuple(entry.get("no_match", ())), doc=entry.get("doc", ""),
                needs=_needs([n for n in entry.get("needs", ()) if not n.startswith("re:")], raw),
                needs_text=_needs_text(entry.get("needs", ())),
                checks=tuple(_check(group, name, raw) for group, name in entry.get("check", {}).items()),
                gates=tuple({_gate(raw[name]) for name in _required(entry["pattern"], entry.get("check", {}),
                                                                    [slot.name for _, slot in word_slots], raw)}),
                slots=word_slots, phrase=phrase, suffix=suffix, otherwise=otherwise)


# A pattern that ends with a phrase list: "... {ADV}(?:{DIED})\b", or "(?:{DIED}|killed)\b"
_PHRASE_TAIL = re.compile(r"\(\?:\{(?P<name>[A-Z][A-Z0-9_]*)\}(?:\|(?P<other>[^{}]*))?\)"
                          r"(?P<suffix>\\b|\(\?!\[\\w-\]\)|)$")


def _top_level(before: str, other: str) -> bool:
    """Whether the phrase group stands at the pattern's top level (not in a look-ahead) and the
    alternative beside it is whole (its parentheses balance)."""
    return _depth(before) == 0 and _depth(other) == 0 and all(_depth(other[:n]) >= 0 for n in range(len(other)))


def _depth(pattern: str) -> int:
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
    return depth


def _word_slots(pattern: str, words: dict[str, WordSlot]) -> tuple[str, tuple[tuple[str, WordSlot], ...]]:
    """The pattern with each word-slot list replaced by one generic word in a group of its own."""
    found: list[tuple[str, WordSlot]] = []

    def one(m: re.Match[str]) -> str:
        if m.group(1) not in words:
            return m.group()
        group = f"_w{len(found)}"
        found.append((group, words[m.group(1)]))
        return f"(?P<{group}>{_SLOT_WORD})"

    return _MACRO.sub(one, pattern), tuple(found)


def _required(pattern: str, checks: dict[str, str], slotted: list[str], vocab: dict[str, list[str]]) -> list[str]:
    """The slotted and checked lists whose word every match of the pattern holds: those not
    inside an alternation or an optional group ("(?:{ONE}\\s+)?", "(?:couple|{PERSON})")."""
    places = [(m.group(1), m.start()) for m in _MACRO.finditer(pattern) if m.group(1) in slotted]
    for group, name in checks.items():  # (a checked group is in the pattern, or in a list it names)
        inside = {n for n, words in vocab.items() if any(f"(?P<{group}>" in w for w in words)}
        places += [(name, m.start()) for m in re.finditer(rf"\(\?P<{group}>", pattern)]
        places += [(name, m.start()) for m in _MACRO.finditer(pattern) if m.group(1) in inside]
    return [name for name, at in places if not _optional(pattern, at)]


def _optional(pattern: str, at: int) -> bool:
    """Whether the text at ``at`` lies in an alternation or an optional group of the pattern."""
    for start, end in [*(span for span in _groups(pattern) if span[0] < at < span[1]), (-1, len(pattern))]:
        if _alternation_in(pattern[start + 1:end]):
            return True
        if pattern[end + 1:end + 2] in ("?", "*") or pattern.startswith("{0", end + 1):
            return True
    return False


def _groups(pattern: str) -> list[tuple[int, int]]:
    """The spans (opening to closing parenthesis) of the pattern's groups."""
    opened: list[int] = []
    spans: list[tuple[int, int]] = []
    escaped, in_class = False, False
    for n, char in enumerate(pattern):
        if escaped or in_class:
            escaped, in_class = False, in_class and char != "]"
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "(":
            opened.append(n)
        elif char == ")" and opened:
            spans.append((opened.pop(), n))
    return spans


def _alternation_in(inner: str) -> bool:
    """Whether a group's text has a "|" of its own (not in a group inside it)."""
    depth, escaped = 0, False
    for char in inner:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def _gate(entries: list[str]) -> frozenset[str]:
    """Every letter run of a list's entries, their pattern escapes and classes set aside: a text
    that holds a word (or a match) of the list holds one of these."""
    return frozenset(w for e in entries for w in _WORDS.findall(_ESCAPES.sub(" ", e.lower())))


_ESCAPES = re.compile(r"\\[a-z]|\[[^\]]*\]|\{[^}]*\}")


def _needs(items: list[str] | tuple[str, ...], vocab: dict[str, list[str]]) -> frozenset[str]:
    """A rule's trigger words; an upper-case name stands for a vocabulary list of plain words."""
    words: set[str] = set()
    for item in items:
        words.update(w.lower() for w in vocab[item]) if item in vocab else words.add(item.lower())
    return frozenset(words)


def _needs_text(items: list[str]) -> re.Pattern[str] | None:
    patterns = [n[3:] for n in items if n.startswith("re:")]
    return re.compile("|".join(patterns)) if patterns else None


def _check(group: str, name: str, vocab: dict[str, list[str]]) -> tuple[str, frozenset[str], str]:
    """A group's predicate: one of a vocabulary list's plain words, or one of its patterns."""
    if name not in vocab:
        raise ValueError(f"check of {group!r}: unknown vocabulary {name!r}")
    plain = frozenset(w.lower() for w in vocab[name] if _PLAIN_PHRASE.fullmatch(w))
    other = [w for w in vocab[name] if not _PLAIN_PHRASE.fullmatch(w)]
    return group, plain, "|".join(other)


_PLAIN_PHRASE = re.compile(r"[\w' -]+")


def _passes(rule: Rule, m: re.Match[str]) -> bool:
    for group, plain, other in rule.checks:
        value = m.group(group)
        if value is not None and value.lower() not in plain and not (
                other and _compiled(other, re.IGNORECASE).fullmatch(value)):
            return False
    return True


def _failed_slot(rule: Rule, text: str, m: re.Match[str]) -> tuple[int, int, int] | None:
    """The first slot of the match whose word is not in its list, and the word's span (None: all are)."""
    for n, (group, slot) in enumerate(rule.slots):
        start, end = m.span(group)
        if start >= 0 and not slot.holds(text, start, end, rule.flags):
            return n, start, end
    return None


def _end(rule: Rule, text: str, m: re.Match[str]) -> int | None:
    """Where a match of the rule ends: after its phrase, if it ends with one; None when no
    phrase (nor the alternative beside it) follows."""
    if rule.phrase is None:
        return m.end()
    end = rule.phrase.match(text, m.end(), rule.suffix, rule.flags)
    if end is None and rule.otherwise:
        other = _compiled(f"(?:{rule.otherwise}){rule.suffix}", rule.flags).match(text, m.end())
        end = other.end() if other else None
    return end


# A word that a slot has refused is replaced by this letter, which a slot cannot
# match (the rest of the pattern reads it as any letter), and the match is tried
# again at the same start: so "an {MOD}{PERSON}" goes on from "an armed" to "an
# armed robber", as the alternation would have. A retry whose slot stands before
# the hidden word is refused (the pattern after the slot read the letter).
_HIDDEN = "\u01c2"
_SLOT_WORD = f"(?:[^\\W{_HIDDEN}]|-)+"


def _hit(rule: Rule, text: str, m: re.Match[str]) -> Hit | None:
    """The rule's hit for a match of its pattern, or None when the match fails its checks."""
    if rule.checks and not _passes(rule, m):
        return None
    masked = text
    for _ in range(4):
        failed = _failed_slot(rule, text, m) if rule.slots else None
        if failed is None:
            break
        slot, start, end = failed
        masked = masked[:start] + _HIDDEN * (end - start) + masked[end:]
        again = rule.pattern.match(masked, m.start())
        if again is None or again.start(rule.slots[slot][0]) < end or rule.checks and not _passes(rule, again):
            return None  # (a slot word before the hidden one: the rest of the pattern saw the letter)
        m = again
    else:
        return None
    stop = _end(rule, text, m)
    if stop is None:
        return None
    groups = {name: text[a:b] if a >= 0 else None for name in m.re.groupindex if not name.startswith("_")
              for a, b in (m.span(name),)}
    return Hit(rule=rule, start=m.start(), end=stop, groups=groups)


_WORDS = re.compile(r"[a-z]+")


def find(rules: tuple[Rule, ...], text: str, kind: str | None = None) -> Iterator[Hit]:
    """Every match of every rule (of one kind) in the text, in rule order. Where a
    match fails its checks the search goes on from the next character, so a later
    start can still match (the words a failed match spanned are not skipped)."""
    words: set[str] | None = None
    for rule in rules:
        if kind is not None and rule.kind != kind:
            continue
        if rule.needs or rule.needs_text or rule.gates:
            if words is None:
                words = set(_WORDS.findall(text.lower()))
            if (rule.needs or rule.needs_text) and rule.needs.isdisjoint(words) and not (
                    rule.needs_text and rule.needs_text.search(text)):
                continue
            if any(gate.isdisjoint(words) for gate in rule.gates):
                continue
        pattern, pos = rule.pattern, 0
        while pos <= len(text):
            m = pattern.search(text, pos)
            if m is None:
                break
            hit = _hit(rule, text, m)
            if hit is None:
                pos = m.start() + 1
                continue
            yield hit
            pos = hit.end if hit.end > hit.start else hit.end + 1
