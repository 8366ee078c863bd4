"""Stage 3: blocks -> article blocks and publisher notes (nothing lost).

Every block ends as exactly one of: an article block (paragraph candidate)
or a note with a kind. The rules are general, never phrases of one sample:

* page furniture vocabulary (menus, players, share bars, newsletter and
  cookie boxes, copyright and legal notices), matched only on blocks short
  or shaped enough to be furniture;
* page context from HTML (landmarks, roles, class and id words);
* the publisher's own voice ("our content", "contact us") outside quotes;
* repetition (an image's alt text then its caption: the repeat is a note);
* adjacency (a title right above a media player is the video's title; a
  name line followed by a blurb that starts with that name is a service box);
* position (short chrome before the headline).

Every note says which rule filed it (``Labelled.rule``; the Note's ``rule``):
a rule of rules/notes.toml (``notes_match`` runs them: the text's rules and
the page-context ``hint`` rules), a shape, or a neighbour rule of ``notes_rules``.

The stage is split by what each part looks at (this module keeps the
public API and re-exports the names other modules import from it):
``notes_vocab`` (the small patterns left in code), ``notes_match`` (the
rules kept as data), ``notes_furniture`` (a block by
itself), ``notes_rules`` (a block's neighbours) and ``notes_page`` (a web
page with an extractor's reading).
"""

from __future__ import annotations

from reader.analysis import notes_match
from reader.analysis.notes_furniture import (
    ARTICLE,
    SHAPE_RULES,
    Labelled,
    _has,
    furniture,
    has_dateline,
    heading_like,
    hint_rules,
    note_of,
    stands_alone,
    text_furniture,
    title_like,
    whole_line_furniture,
    words,
)
from reader.analysis.notes_page import PAGE_RULES, _by_extractor
from reader.analysis.notes_rules import NEIGHBOUR_RULES, QUOTE_OPENERS, _revise, headline_index, without_leading_symbols
from reader.readers.block import HINT_MAIN, Block

__all__ = [
    "ARTICLE",
    "QUOTE_OPENERS",
    "Labelled",
    "_has",
    "classify",
    "furniture",
    "has_dateline",
    "heading_like",
    "headline_index",
    "hint_rules",
    "note_of",
    "rule_names",
    "stands_alone",
    "text_furniture",
    "title_like",
    "whole_line_furniture",
    "without_leading_symbols",
    "words",
]


def classify(blocks: list[Block]) -> list[Labelled]:
    out = _by_extractor(blocks) if any(HINT_MAIN in b.hints for b in blocks) else None
    if out is None:
        out = _by_rules(blocks)
    return out


def _by_rules(blocks: list[Block]) -> list[Labelled]:
    out = []
    for b in blocks:
        found = note_of(b)
        out.append(Labelled(b, found[0], rule=found[1]) if found else Labelled(b, ARTICLE))
    _revise(out)
    return out


def rule_names() -> frozenset[str]:
    """Every name a note's ``rule`` may hold: the rules kept as data, the
    page-context rules, the named predicates and the neighbour rules."""
    return frozenset(
        [r.name for r in notes_match.rules()]
        + [rule[0] for rule in hint_rules()]
        + list(SHAPE_RULES)
        + list(PAGE_RULES)
        + [rule[0] for rule in NEIGHBOUR_RULES]
    )
