"""The vocabulary layer: every list in reader/analysis/lexicon.json says what
it is for, shows examples that use it, and loads under its public name."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from text_to_num import text2num

from reader.analysis import lexicon as lx

DATA = json.loads(Path(lx.DATA_FILE).read_text(encoding="utf-8"))
LISTS = DATA["lists"]
_WORD = re.compile(r"[\w'\u2019]+|&")


@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_list_is_documented_and_loaded(name: str) -> None:
    entry = LISTS[name]
    assert len(entry["for"]) > 20 and entry["examples"] and entry["words"]
    assert entry["kind"] in ("sequence", "set")
    assert len(set(entry["words"])) == len(entry["words"]), "a word listed twice"
    loaded = getattr(lx, name)
    assert isinstance(loaded, tuple if entry["kind"] == "sequence" else frozenset)
    assert set(entry["words"]) <= set(loaded)
    for other in entry.get("include", ()):
        assert set(getattr(lx, other)) <= set(loaded)


@pytest.mark.parametrize("name", sorted(LISTS))
def test_every_example_uses_a_word_of_its_list(name: str) -> None:
    words = set(getattr(lx, name))
    lower = all(w == w.lower() for w in words)
    for example in LISTS[name]["examples"]:
        tokens = {t.lower() if lower else t for t in _WORD.findall(example)}
        assert tokens & words, f"{name}: no word of the list in {example!r}"


@pytest.mark.parametrize("word", sorted(lx.NUMBER_WORDS))
def test_number_words_are_text2nums(word: str) -> None:
    assert isinstance(text2num(word, "en"), int)


def test_a_word_that_is_no_number_is_refused_by_text2num() -> None:
    with pytest.raises(ValueError):
        text2num("dozens", "en")  # (so it stays in FUNCTION_WORDS by itself)
    assert "dozens" in lx.FUNCTION_WORDS and "dozens" not in lx.NUMBER_WORDS


def test_sequences_keep_their_order() -> None:
    assert lx.MONTHS[2] == "March" and lx.WEEKDAYS[0] == "Monday" and len(lx.MONTHS) == 12
    assert lx.WIRE_MARKS_SET == frozenset(lx.WIRE_MARKS)
    assert lx.WIRE_MARKS_SET <= lx.COMMON_ACRONYMS and lx.TRANSCRIPT_LABELS <= lx.COMMON_ACRONYMS
