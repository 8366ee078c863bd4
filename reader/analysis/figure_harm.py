"""The figures stage's harm words, compiled once.

Every harm phrase of every category is one alternation in one pattern
(``HARM``, a named group per category, in the order "killed", "wounded",
"detained", "missing", "displaced", "other"). The questions the figure finder
asks of a clause ("is there a harm word?", "which category?", "does the
clause end with a harm verb?", "a count of the harmed, then 'rose to'?") are
answered by small patterns for the structure around it and this one pattern
for the words, instead of a copy of the 1,700-character alternation compiled
into each question (Python's re compiler costs about 2 us a character).
"""

from __future__ import annotations

import re

from reader import rx

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from reader.model import Category

HARM_PHRASES = {
    "killed": r"killed|killing|kills|dead|died|dying|deaths?|slain|murdered|executed|perished|lost their lives|"
              r"fatalities|fatally|massacred|shot dead|bodies|drowned|drowning|electrocuted|beheaded|lynched|"
              r"suffocated|burned to death|crushed to death|martyred|succumbed to (?:their|his|her) (?:injuries|"
              r"wounds)|"
              r"succumbed|eliminated|liquidated|neutrali[sz]ed",
    "wounded": r"wounded|wounding|injured|injuring|injuries|hurt|maimed|hospitali[sz]ed|needed (?:medical )?treatment|"
               r"treated for|treated in hospital|treated at|taken to hospitals?|burns|wounds|"
               r"undergoing treatment|receiving treatment|being treated|admitted to (?:the |a )?hospitals?",
    "detained": r"detained|detaining|detentions?|arrested|arresting|arrests?|jailed|imprisoned|taken into custody|"
                r"in custody|rounded up|held(?! hostage)|behind bars|jails|jailing",
    "missing": r"missing|unaccounted for|disappeared|vanished|trapped|feared trapped|(?:still )?under (?:the )?rubble",
    "displaced": r"displaced|evacuated|evacuees|fled|homeless|forced from their homes|driven from their homes|"
                 r"made homeless|uprooted|to (?:leave|flee|abandon) their homes|to (?:evacuate|flee)|from their homes|"
                 r"(?:moved|taken|relocated|sent) to (?:[a-z]+ )?(?:camps?|shelters?|centres?|centers?)|"
                 r"spent (?:the|a|at least one|one|several|two|three) nights? (?:in tents|in shelters|outdoors|"
                 r"in the open|in (?:their )?cars)|"
                 r"sleeping (?:in tents|outdoors|rough|in the open|in (?:their )?cars)|"
                 r"(?:sheltering|taking shelter|taken shelter|living|staying) (?:in|at) (?:\d+ )?(?:evacuation |"
                 r"accommodation |temporary |"
                 r"displacement |relief )?(?:centres|centers|shelters|camps|sites|schools)",
    "other": r"abducted|abducting|kidnapped|kidnapping|tortured|raped|sentenced|convicted|deported|deporting|"
             r"expelled|expelling|beaten|ill-treated|"
             r"taken hostage|held hostage",
}
CATEGORIES: tuple[Category, ...] = ("killed", "wounded", "detained", "missing", "displaced", "other")
HARM = rx.compile(r"\b(?:" + "|".join(f"(?P<{cat}>{p})" for cat, p in HARM_PHRASES.items()) + r")\b",
                  re.IGNORECASE)
# Words that may stand between a count and its harm: "were", "have been", "reportedly", "confirmed"
_LINK_WORDS = frozenset(
    "were was are is have has had been being be reportedly also later still all now remain remained remains left "
    "reported confirmed feared believed presumed thought understood to found who people in the country seriously "
    "critically badly severely slightly lightly gravely mortally allegedly initially subsequently said told us "
    "they that say says among estimated went gone".split())
_LINK_STEP = rx.compile(r"\s+([A-Za-z]+)(?=\s)")
_SPACE = rx.compile(r"\s+")
_WORD_START = rx.compile(r"\b\w")
_TOLLS = rx.compile(r"\btolls?\b", re.IGNORECASE)
_LIST_AND = rx.compile(r"\s+(?:[\w'-]+\s+){1,6}and\s+$")
_PAIRED = rx.compile(r"\s+(?:and|or)\s+(?:about\s+|some\s+)?\d[\d,.]*\s+", re.IGNORECASE)
_WORD_GAP = {"-": rx.compile(r"[\w-]+\s+"), "a": rx.compile(r"[a-z]+ ", re.IGNORECASE)}
_COUNT_OF = rx.compile(r"\b(?:number|total|tally|count)\b", re.IGNORECASE)
_COUNT_HEADS = (rx.compile(r"(?:number|total|tally|count) of ", re.IGNORECASE),
                rx.compile(r"total number of ", re.IGNORECASE), rx.compile(r"total ", re.IGNORECASE))
_COUNT_TAIL = rx.compile(r"[^.]{0,60}\b(?:to|at|reached|of|is|was|stood at|stands at)\s*$", re.IGNORECASE)
_RISEN_TAIL = rx.compile(r"[^.;]{0,150}?\b(?:risen|rose|climbed|jumped|increased|reached|stands|stood|hit)"
                         r"(?:\s+(?:to|at))?\s*$", re.IGNORECASE)


def category(match: re.Match[str]) -> Category:
    """The category of a match of HARM."""
    return match.lastgroup  # type: ignore[return-value]


def categories_in(text: str) -> set[Category]:
    """The categories of every harm phrase of the text."""
    return {category(m) for m in HARM.finditer(text)}


def which(text: str) -> Category:
    """The first category (in CATEGORIES' order) any harm phrase of the text has; "other" when none."""
    found = categories_in(text)
    return next((cat for cat in CATEGORIES if cat in found), "other")


def harm_or_toll(text: str) -> bool:
    return HARM.search(text) is not None or _TOLLS.search(text) is not None


def right_harm(rest: str) -> str | None:
    """The text up to the harm that follows a count's link words ("were reportedly killed"), or None."""
    stops, pos = [0], 0
    while (step := _LINK_STEP.match(rest, pos)) and step.group(1).lower() in _LINK_WORDS:
        pos = step.end()
        stops.append(pos)
    for stop in reversed(stops):  # as many link words as can be, as the pattern's greedy repetition
        space = _SPACE.match(rest, stop)
        harm = HARM.match(rest, space.end()) if space else None
        if harm:
            return rest[:harm.end()]
    return None


def left_verb(before: str) -> str | None:
    """The harm phrase the text ends with ("... killing"), or None."""
    end = len(before.rstrip())
    for start in _WORD_START.finditer(before, 0, end):
        if HARM.fullmatch(before, start.start(), end):
            return before[start.start():end]
    return None


def harm_list_before(before: str) -> bool:
    """Whether the text ends with a harm word, a few words and "and" ("killing four police and ")."""
    for start in _WORD_START.finditer(before):
        harm = HARM.match(before, start.start())
        if harm and _LIST_AND.match(before, harm.end()):
            return True
    return False


def _after_words(text: str, pos: int, most: int, gap: str) -> re.Match[str] | None:
    """A harm phrase after at most ``most`` words from ``pos`` (the fewest words first)."""
    for _ in range(most + 1):
        harm = HARM.match(text, pos)
        if harm:
            return harm
        word = _WORD_GAP[gap].match(text, pos)
        if word is None:
            return None
        pos = word.end()
    return None


def paired_count(rest: str) -> str | None:
    """The harm of a second count joined to the first: " and 4,100 heat-related deaths"."""
    head = _PAIRED.match(rest)
    harm = _after_words(rest, head.end(), 2, "-") if head else None
    return harm.group() if harm else None


def count_of_harmed(before: str, far: bool = False) -> str | None:
    """The harm of "the number of people killed ... to" that the text ends with; ``far``: the
    longer form, "the number of ... killed ... rose to" over up to 150 characters."""
    tail = _RISEN_TAIL if far else _COUNT_TAIL
    for start in _COUNT_OF.finditer(before):
        for head in _COUNT_HEADS[:1] if far else _COUNT_HEADS:
            found = head.match(before, start.start())
            pos = found.end() if found else -1
            for _ in range(4 if found else 0):  # up to three words before the harm, the fewest first
                harm = HARM.match(before, pos)
                if harm and tail.match(before, harm.end()):
                    return harm.group()
                word = _WORD_GAP["a"].match(before, pos)
                if word is None:
                    break
                pos = word.end()
    return None
