"""The numbers of a sentence, as the figures stage reads them.

A number is digits ("1,200", India's "1,20,000", "12 000", "2,8 million") or
number words ("twenty-one", "one hundred and twelve"), a range ("between 10
and 20", "10-20", "10 to 20"), a vague amount ("dozens", "tens of
thousands"), a dozen ("half a dozen", "a score"), or the "a" of "including a
7-year-old girl" (one person counted among the figure before).

The digits and the number words are each one small pattern, compiled once;
which of the forms above a number takes is decided at each word start in
the order listed (the order of the alternation this replaces), so a range
reads both of its numbers with the same two patterns instead of copies of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader import rx

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Iterator

WORD_NUMBER = (r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand|million))?"
               # "one hundred and twelve"
               r"(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
               r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?=\s+(?:people|persons|of|were|was|had|"
               r"have|civilians|children|dead|killed|injured|wounded|missing)\b))?)")
# Digits: "1,200", India's "1,20,000", "12 000" (a European writer's space,
# or a no-break space), and "2,8 million" (a decimal comma before millions).
DIGITS = (r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|"
          r"\d{1,3},\d{1,2}(?=\s+million)|\d+)(?:\.\d+)?(?:\s+(?:million|thousand|lakhs?|crores?))?")
# Nouns that name one person ("a 58-year-old man", "one police officer",
# "including a two-year-old girl"): one list for every pattern that counts one.
PERSON_NOUN = (r"(?:man|woman|boy|girl|child|baby|toddler|infant|teenager|person|civilian|resident|soldier|"
               r"police officer|policeman|policewoman|officer|firefighter|rescuer|journalist|reporter|photographer|"
               r"worker|aid worker|farmer|student|driver|passenger|migrant|prisoner|detainee|protester|guard|nurse|"
               r"doctor|paramedic|dealer|suspect|pedestrian|motorist|villager|shepherd|fisherman|pensioner|"
               r"volunteer|teacher)")

_ATOM = rx.compile(rf"(?:(?P<digits>{DIGITS})|{WORD_NUMBER})\b", re.IGNORECASE)
_BETWEEN = rx.compile(r"between\s+", re.IGNORECASE)
_AND = rx.compile(r"\s+and\s+", re.IGNORECASE)
_TO = rx.compile(r"\s*(?:-|\u2013|to)\s*", re.IGNORECASE)
_VAGUE = rx.compile(r"(?:(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands|millions)\b",
                    re.IGNORECASE)
_DOZEN = rx.compile(r"(?:a\s+dozen|half\s+a\s+dozen|a\s+score|a\s+hundred|a\s+thousand|"
                    r"(?:two|three|four|five|six|seven|eight|nine|ten)\s+dozen)\b", re.IGNORECASE)
_ONE = rx.compile(r"(?:(?<=including )|(?<=among them )|(?<=among them, ))an?\b", re.IGNORECASE)
# What follows "a" or "one" counted as a person: "a 7-year-old girl", "one police officer"
ONE_PERSON_AFTER = rx.compile(r"\s+(?P<mod>(?:\d+|[a-z]+)-year-old\s+|young\s+|teenage\s+|little\s+|pregnant\s+)?"
                              rf"{PERSON_NOUN}\b", re.IGNORECASE)
_CLOSE_QUOTE = rx.compile("[\"'\u201d\u2019]?")
# Where a number may start: a digit, or a word that begins one of the forms (the
# search skips every other word at once)
_START = rx.compile(r"(?<![\w.,])(?:\d|(?=(?:between|tens|hundreds|dozens|scores|thousands|millions|an?|half|"
                    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|"
                    r"nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b))", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """One number of a sentence: its span and its parts (the group names of ``group``)."""

    start_: int
    end_: int
    parts: dict[str, str] = field(hash=False)

    def group(self, name: str) -> str:
        """The text of one part ("num", "range", "lo", "hi", "span", "lo2", "hi2", "vague",
        "dozen", "one"); "" when the number has no such part."""
        return self.parts.get(name, "")

    def span(self) -> tuple[int, int]:
        return self.start_, self.end_

    def start(self) -> int:
        return self.start_

    def end(self) -> int:
        return self.end_


def numbers(text: str) -> Iterator[NumberMatch]:
    """The numbers of the text, left to right, none inside a word or another number."""
    pos = 0
    while (start := _START.search(text, pos)) is not None:
        at = start.start()
        found = _number_at(text, at)
        if found is None:
            pos = at + 1
            continue
        end, parts = found
        end = _CLOSE_QUOTE.match(text, end).end()  # type: ignore[union-attr]
        yield NumberMatch(at, end, parts)
        pos = end if end > at else at + 1


def _number_at(text: str, at: int) -> tuple[int, dict[str, str]] | None:
    """The number that starts at ``at`` (its end and parts), trying each form in turn."""
    between = _BETWEEN.match(text, at)
    if between:
        low = _ATOM.match(text, between.end())
        joint = _AND.match(text, low.end()) if low else None
        high = _ATOM.match(text, joint.end()) if joint else None
        if low and high:
            return high.end(), {"range": text[at:high.end()], "lo": low.group(), "hi": high.group()}
    atom = _ATOM.match(text, at)
    if atom and atom.group("digits") is not None:
        joint = _TO.match(text, atom.end("digits"))
        high = _ATOM.match(text, joint.end()) if joint else None
        if high and high.group("digits") is not None and high.end("digits") == high.end():
            return high.end(), {"span": text[at:high.end()], "lo2": atom.group("digits"), "hi2": high.group()}
    for name, pattern in (("vague", _VAGUE), ("dozen", _DOZEN)):
        other = pattern.match(text, at)
        if other:
            return other.end(), {name: other.group()}
    one = _ONE.match(text, at)
    if one and ONE_PERSON_AFTER.match(text, one.end()):
        return one.end(), {"one": one.group()}
    if atom:
        return atom.end(), {"num": atom.group()}
    return None
