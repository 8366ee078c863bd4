"""Crashes and failures the fuzzer (tests/hostile/fuzz.py) found, kept fixed."""

from __future__ import annotations

import os

from tests.hostile.fuzz import check, fuzz


def test_fuzz_strategies_briefly() -> None:
    fuzz(int(os.environ.get("KZREADER_FUZZ_EXAMPLES", "60")))


def test_five_thousand_letter_word_does_not_hang() -> None:
    # Found while writing the hard-text test: a nested quantifier in the menu
    # pattern backtracked for minutes on one enormous word.
    check(b"Headline Of The Story Here\n\n" + b"x" * 5000 + b"\n")


def test_stray_escape_keeps_the_next_word() -> None:
    # Found by the fuzzer: "&#x1b; The" lost its "T" to a two-byte escape.
    check(b"<div><div><div><div>&#x1b; The")


def test_escape_before_a_hidden_element() -> None:
    # Found by the fuzzer: an ESC then text after a hidden element.
    check(b"<p><p>&#x1b;<br hidden>[bold]</br>")
    check(b"<p><p><p><br hidden>&#x1b;")


def test_inline_words_join_without_space() -> None:
    check(b"<p><p><p><p>The<b>The")
