"""Cue words of English news prose: general vocabulary, never names.

These lists say how English marks a kind of name (a title before a person,
a head noun at the end of an organisation), not which names exist: the
names themselves come from the article and from reference data
(reader.analysis.gazetteer).

The lists live in ``lexicon.json`` beside this module, each with what it
is for and examples (tests/core/test_lexicon.py checks every example and
checks the number words against text2num); this module loads them once, as
module-level names: a ``sequence`` list becomes a tuple, a ``set`` list a
frozenset (with the words of the lists it ``include``s).
"""

from __future__ import annotations

import json
import os

DATA_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lexicon.json")


def _load() -> dict[str, dict]:
    with open(DATA_FILE, encoding="utf-8") as handle:
        lists: dict[str, dict] = json.load(handle)["lists"]
    return lists


_LISTS = _load()


def _sequence(name: str) -> tuple[str, ...]:
    entry = _LISTS[name]
    if entry["kind"] != "sequence":
        raise ValueError(f"{DATA_FILE}: {name} is not a sequence")
    return tuple(entry["words"])


def _set(name: str) -> frozenset[str]:
    entry = _LISTS[name]
    if entry["kind"] != "set":
        raise ValueError(f"{DATA_FILE}: {name} is not a set")
    included = (word for other in entry.get("include", ()) for word in words_of(other))
    return frozenset((*entry["words"], *included))


def words_of(name: str) -> tuple[str, ...] | frozenset[str]:
    """A list by its name, as this module exposes it."""
    return _sequence(name) if _LISTS[name]["kind"] == "sequence" else _set(name)


MONTHS = _sequence("MONTHS")
MONTH_ABBREVIATIONS = _sequence("MONTH_ABBREVIATIONS")
WEEKDAYS = _sequence("WEEKDAYS")
NUMBER_WORDS = _set("NUMBER_WORDS")
FUNCTION_WORDS = _set("FUNCTION_WORDS")
PERSON_TITLES = _set("PERSON_TITLES")
ORG_HEADS = _set("ORG_HEADS")
PLACE_HEADS = _set("PLACE_HEADS")
PLACE_PREPOSITIONS = _set("PLACE_PREPOSITIONS")
PLACE_NOUNS_BEFORE = _set("PLACE_NOUNS_BEFORE")
CONNECTORS = _set("CONNECTORS")
GROUP_WORDS = _set("GROUP_WORDS")
ROLE_NOUNS = _set("ROLE_NOUNS")
WIRE_MARKS = _sequence("WIRE_MARKS")
WIRE_MARKS_SET = frozenset(WIRE_MARKS)
TRANSCRIPT_LABELS = _set("TRANSCRIPT_LABELS")
COMMON_ACRONYMS = _set("COMMON_ACRONYMS")
