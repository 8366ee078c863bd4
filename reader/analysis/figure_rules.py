"""The figure rules kept as data (rules/figures.toml), applied to sentences.

Three kinds of rule, each a named pattern with its own examples:
- ``person``: people harmed counted without a numeral ("a man died", "his
  wife was shot in the leg", "five people were shot, two fatally");
- ``not_count``: numbers that count no people (addresses, ages, times,
  calibres, money, years, votes, dates, "a fifteen-minute rampage");
- ``scope``: a sentence about another event or a count over a period.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache

from reader.analysis.rules import engine
from reader.model import Figure

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from reader.model import Category, Scope

RULES_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rules", "figures.toml")
RULES_FILE = RULES_SOURCE[:-5] + ".json"
"""What the package reads: figures.toml compiled by ``python -m reader.analysis.rules``."""


@cache
def rules() -> tuple[engine.Rule, ...]:
    return engine.load(RULES_FILE)


@cache
def one_by_one() -> frozenset[str]:
    """Person rules that count people one by one (a literal count: "a man died" is 1,
    "a couple" 2), not a number the text states: in one sentence these add up."""
    return frozenset(r.name for r in rules() if r.kind == "person" and r.fills
                     and all(f.formula.isdigit() for f in r.fills))


@cache
def counted_besides() -> frozenset[str]:
    """Rules whose people add to any group their sentence counts ("... before shooting himself")."""
    return frozenset(r.name for r in rules() if any(f.besides for f in r.fills))


def some_died(sentence: str) -> bool:
    """Whether a sentence says some of the people it counts died ("three of the wounded later died")."""
    return next(engine.find(rules(), sentence, "some_died"), None) is not None


@lru_cache(maxsize=64)  # (asked once per number of the sentence)
def not_counts(sentence: str) -> list[tuple[int, int]]:
    """Spans of the sentence that hold numbers counting no people."""
    return [(hit.start, hit.end) for hit in engine.find(rules(), sentence, "not_count")]


def is_not_count(sentence: str, start: int, end: int) -> bool:
    """Whether the number at start..end of the sentence lies in a non-count ("the 600 block")."""
    return any(s <= start < e or s < end <= e for s, e in not_counts(sentence))


def scope_of(sentence: str) -> tuple[Scope, str | None]:
    """The scope a sentence's figures have, and the rule that says so."""
    for hit in engine.find(rules(), sentence, "scope"):
        return hit.rule.value, hit.rule.name  # type: ignore[return-value]
    return "incident", None


def person_figures(sentence: str, offset: int, paragraph: str, source: Callable[[int, int], str | None],
                   number: Callable[[str], int | None], taken: Iterable[Figure]) -> list[Figure]:
    """Figures of the person rules in one sentence; a fill is skipped where a
    figure of the same category already covers its words (``taken``)."""
    covered: list[tuple[int, int, str, int]] = [(f.start - offset, f.end - offset, f.category, f.count or f.low or 0)
                                                for f in taken]
    found: list[Figure] = []
    spans: list[tuple[int, int]] = []
    # Where matches overlap the longest wins ("a man and his daughter were
    # found dead" over "his daughter were found dead"), as spaCy's filter_spans.
    hits = sorted(engine.find(rules(), sentence, "person"), key=lambda h: (h.start - h.end, h.start))
    for hit in hits:
        if any(s < hit.end and hit.start < e for s, e in spans):
            continue  # a longer match read these words
        made = _fills(hit, sentence, offset, paragraph, source, number, covered)
        if made:
            spans.append((hit.start, hit.end))
            found.extend(made)
    return sorted(found, key=lambda f: f.start)


def _fills(hit: engine.Hit, sentence: str, offset: int, paragraph: str, source: Callable[[int, int], str | None],
           number: Callable[[str], int | None], covered: list[tuple[int, int, str, int]]) -> list[Figure]:
    made = []
    for fill in hit.rule.fills:
        count = hit.amount(fill, number)
        if count is None or count <= 0:
            continue
        if any(s < hit.end and hit.start < e and c == fill.category and n >= count for s, e, c, n in covered):
            continue  # a stated number already counts these people
        category: Category = fill.category  # type: ignore[assignment]
        made.append(Figure(count=count, low=count, high=count, category=category, qualifier="exact",
                           who=hit.groups.get("who"), source=source(hit.start, hit.end), disputed=False,
                           quote=sentence.strip(), paragraph=paragraph, start=offset + hit.start,
                           end=offset + hit.end, rule=hit.rule.name, fate_open=fill.shot))
    return made
