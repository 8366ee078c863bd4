"""Token features for the entity labeller, shared by training and run time.

A token's own features (word, lower case, shape, affixes, vocabulary hits)
depend on the word alone and are cached per word; the features of its
neighbours are the same strings with an offset prefix, cached too. Per
token only the sentence-dependent features are built afresh: position, the
line in capitals, bigrams, multi-word gazetteer spans, and whether the
word appears capitalised elsewhere in the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import groupby

from reader.analysis import lexicon as lx
from reader.analysis.gazetteer import gazetteer

# CoNLL-style tokens: "U.S." and "Mr." whole, "'s" apart, hyphenated words whole.
_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}(?![A-Za-z])"  # U.S., U.N., a.m.
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: "M. Bevan", "K. Srinivasa Rao"
    r"|(?:Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Rev|Inc|Corp|Ltd|Co|No|vs)\.(?=\s)"
    r"|\d+(?:[.,:/]\d+)*(?:-\w+)*"
    r"|[^\W\d_](?:[\w]|[-'\u2019](?!s\b)(?=\w))*"
    r"|['\u2019]s\b"
    r"|\S"
)
_ORG_WORDS = lx.ORG_HEADS
_PLACE_WORDS = lx.PLACE_HEADS
_CALENDAR = frozenset(m.casefold() for m in (*lx.MONTHS, *lx.MONTH_ABBREVIATIONS, *lx.WEEKDAYS))
_SHAPE_MAP = str.maketrans(
    {**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}, **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"},
     **{c: "d" for c in "0123456789"}})
_CONNECTORS = lx.CONNECTORS | {"'s", "\u2019s", "-", "de", "la", "do", "dos", "das", "della", "der", "den",
                                "y", "e", "du", "des", "al", "bin"}
_ENDS = frozenset({".", "!", "?"})
_OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", "["})


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) for every token of a text."""
    return [(*m.span(), m.group()) for m in _TOKEN.finditer(text)]


def sentences(words: Sequence[str]) -> list[tuple[int, int]]:
    """(first, past-last) token indices of each sentence."""
    cuts: list[tuple[int, int]] = []
    start = 0
    for i, word in enumerate(words):
        if word in _ENDS and i + 1 < len(words):
            nxt = words[i + 1]
            if nxt[:1].isupper() or nxt in _OPENERS:
                cuts.append((start, i + 1))
                start = i + 1
    if start < len(words):
        cuts.append((start, len(words)))
    return cuts


def candidates(words: Sequence[str]) -> list[tuple[int, int]]:
    """(first, past-last) runs of the tokens that may be in a name: words
    with a capital or a digit, and the connectors between them ("of", "de",
    "'s", "&"). Every other token is outside any name; tagging only these
    runs (with the whole sentence as their context) saves most of the work."""
    runs: list[tuple[int, int]] = []
    start = None
    n = len(words)
    for i, word in enumerate(words):
        if word[0].isupper() or word[0].isdigit() or not word.islower() and any(map(str.isupper, word)):
            keep = True
        else:
            keep = word.casefold() in _CONNECTORS and start is not None and i + 1 < n and (
                any(c.isupper() for c in words[i + 1]) or words[i + 1].casefold() in _CONNECTORS)
        if keep and start is None:
            start = i
        elif not keep and start is not None:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, n))
    return runs


def title_case(text: str) -> bool:
    """A title-case line (a headline, a heading): capitals prove little there."""
    tokens = [t for t in text.split() if len(t) > 3 and t[0].isalpha()]
    return len(tokens) >= 2 and sum(t[0].isupper() for t in tokens) / len(tokens) >= 0.8 and not text.endswith(".")


def true_case(words: Sequence[str], document: DocumentWords) -> list[str]:
    """A title-case heading's words as the article writes them in prose:
    "Ruling Party Leader" -> "ruling party leader" where the prose has
    those words in lower case and never capitalised inside a sentence."""
    out = []
    for word in words:
        low = word.casefold()
        lower = (low in document.lower or low in lx.FUNCTION_WORDS) and word not in document.inner
        out.append(low if lower and len(low) == len(word) else word)
    return out


def shouting(words: Sequence[str]) -> bool:
    """A line in capitals: most of its letters are upper case."""
    text = "".join(words)
    upper = sum(map(str.isupper, text))
    return upper >= 4 and upper > 2 * sum(map(str.islower, text))


def _squeeze(shape: str) -> str:
    """A shape's runs as one character each: "Xxxxx" -> "Xx", "d,ddd" -> "d,d"."""
    return "".join(char for char, _ in groupby(shape))


def _case_flag(word: str) -> str:
    if not word[:1].isupper():
        return ""
    return "title" if word[1:].islower() or len(word) == 1 else "upper" if word.isupper() else "mixed"


def _shape(word: str) -> str:
    translated = word.translate(_SHAPE_MAP)
    if not translated.isascii():
        translated = "".join("X" if c.isupper() else "x" if c.islower() else c for c in translated)
    return translated


def _vocabulary(word: str, gaz) -> list[str]:
    """The project's vocabularies as features (never as verdicts)."""
    lower = word.casefold()
    found = []
    if word[:1].isupper():  # the gazetteer's names are all capitalised
        title = word if not word.isupper() or len(word) <= 3 else word.title()
        if title in gaz.places:
            found.append("g:place")
        if title in gaz.countries:
            found.append("g:country")
        bare = title.removesuffix("s")
        if title in gaz.groups or bare in gaz.groups or title in lx.GROUP_WORDS or bare in lx.GROUP_WORDS:
            found.append("g:group")
    if lower.rstrip(".") in lx.PERSON_TITLES:
        found.append("g:title")
    if lower in _ORG_WORDS:
        found.append("g:orghead")
    if lower in _PLACE_WORDS:
        found.append("g:placehead")
    if lower in _CALENDAR:
        found.append("g:calendar")
    if lower in lx.FUNCTION_WORDS:
        found.append("g:function")
    if lower in lx.ROLE_NOUNS:
        found.append("g:role")
    return found


class Features:
    """Feature lists for sentences; per-word parts cached."""

    def __init__(self) -> None:
        self.gaz = gazetteer()
        self._own: dict[str, list[str]] = {}
        self._context: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {}
        self._ngrams: dict[str, bool] = {}

    def own(self, word: str) -> list[str]:
        found = self._own.get(word)
        if found is None:
            found = self._own[word] = self._build(word)
        return found

    def _build(self, word: str) -> list[str]:
        lower = word.casefold()
        shape = _shape(word)
        short = _squeeze(shape)
        feats = [f"w={word}", f"l={lower}", f"s={shape if len(shape) <= 8 else short}", f"ss={short}"]
        for n in (1, 2, 3, 4):
            if len(word) > n:
                feats.append(f"p{n}={word[:n]}")
                feats.append(f"x{n}={lower[-n:]}")
        flag = _case_flag(word)
        if flag:
            feats.append(flag)
        if any(c.isdigit() for c in word):
            feats.append("digit")
        if "-" in word:
            feats.append("hyphen")
        if "." in word:
            feats.append("dot")
        feats.extend(_vocabulary(word, self.gaz))
        return feats

    def context(self, word: str) -> tuple[list[str], list[str], list[str], list[str]]:
        """The features a neighbour at -2, -1, +1, +2 contributes."""
        found = self._context.get(word)
        if found is None:
            own = self._own.get(word)
            if own is None:  # a neighbour only (most are): no affixes needed
                short = _squeeze(_shape(word))
                flag = _case_flag(word)
                own = ["", f"l={word.casefold()}", "", f"ss={short}", *([flag] if flag else []),
                       *_vocabulary(word, self.gaz)]
            vocab = [f for f in own if f.startswith("g:") or f in ("title", "upper")]
            parts = [own[1], own[3], *vocab]  # l=, ss=
            found = self._context[word] = (
                [f"-2{p}" for p in parts[:2]], [f"-1{p}" for p in parts], [f"+1{p}" for p in parts],
                [f"+2{p}" for p in parts[:2]])
        return found

    def sentence(self, words: Sequence[str], *, capitals: bool = False,
                 document: DocumentWords | None = None) -> tuple[list[int], list[list[str]]]:
        """The tokens of one sentence the labeller reads (the runs of
        ``candidates``; every other token is outside any name) and their
        feature lists, with the whole sentence as their context. A run's
        first token after skipped ones has the feature "gap"."""
        n = len(words)
        runs = candidates(words)
        indices = [i for first, last in runs for i in range(first, last)]
        if not indices:
            return indices, []
        spans = self._gazetteer_spans(words, capitals, indices)
        run_of = self._run_features(words, runs)
        context = self.context
        lowers = [w.casefold() for w in words]
        out: list[list[str]] = []
        previous = -1
        for i in indices:
            word = words[i]
            feats = ["b", *self.own(word)]
            if i >= 2:
                feats += context(words[i - 2])[0]
            if i >= 1:
                feats += context(words[i - 1])[1]
                feats.append(f"bg-={lowers[i - 1]}|{lowers[i]}")
                if previous != i - 1:
                    feats.append("gap")
            else:
                feats.append("BOS")
            if i + 1 < n:
                feats += context(words[i + 1])[2]
                feats.append(f"bg+={lowers[i]}|{lowers[i + 1]}")
            else:
                feats.append("EOS")
            if i + 2 < n:
                feats += context(words[i + 2])[3]
            if i == 1:
                feats.append("pos1")
            if capitals:
                feats.append("CAPS")
            if i in spans:
                feats.append(spans[i])
            feats += run_of[i]
            if document is not None and word[:1].isupper():
                feats.extend(document.evidence(word, i == 0))
            out.append(feats)
            previous = i
        return indices, out

    @staticmethod
    def _run_features(words: Sequence[str], runs: list[tuple[int, int]]) -> dict[int, list[str]]:
        """What a token's run of capitalised words holds: its length, the
        token's place in it, an organisation's or a place's head word after
        the token ("... Grid Corp", "... River")."""
        found: dict[int, list[str]] = {}
        for first, last in runs:
            size = last - first
            tail: list[str] = []
            for i in range(last - 1, first - 1, -1):
                low = words[i].casefold()
                if words[i][:1].isupper() and low in _ORG_WORDS and "r:org" not in tail:
                    tail.append("r:org")
                if words[i][:1].isupper() and low in _PLACE_WORDS and "r:place" not in tail:
                    tail.append("r:place")
                place = "r:1" if size == 1 else "r:first" if i == first else "r:last" if i == last - 1 else "r:mid"
                found[i] = [place, *tail]
        return found

    def _gazetteer_spans(self, words: Sequence[str], capitals: bool, indices: list[int]) -> dict[int, str]:
        """B/I marks of multi-word place names ("New York", "South Sudan")."""
        marks: dict[int, str] = {}
        known = self._ngrams
        places = self.gaz.places
        skip_to = -1
        for i in indices:
            if i < skip_to or not words[i][:1].isupper() or i + 1 >= len(words):
                continue
            for size in (4, 3, 2):
                if i + size > len(words) or not words[i + size - 1][:1].isupper():
                    continue  # a place's name ends with a capitalised word
                name = " ".join(words[i:i + size])
                found = known.get(name)
                if found is None:
                    found = known[name] = (name.title() if capitals else name) in places
                if found:
                    marks[i] = "gs=B"
                    for k in range(i + 1, i + size):
                        marks[k] = "gs=I"
                    skip_to = i + size
                    break
        return marks


class DocumentWords:
    """What the rest of a document says about a capitalised word: used
    capitalised inside sentences, or in lower case."""

    __slots__ = ("inner", "lower")

    def __init__(self, sentences_words: Sequence[Sequence[str]]) -> None:
        self.inner: dict[str, int] = {}
        self.lower: set[str] = set()
        for words in sentences_words:
            if shouting(words):
                continue
            for i, word in enumerate(words):
                if word[:1].isupper():
                    if i > 0 and words[i - 1] not in _OPENERS:
                        self.inner[word] = self.inner.get(word, 0) + 1
                elif word[:1].islower():
                    self.lower.add(word)

    def evidence(self, word: str, initial: bool) -> list[str]:
        found = []
        key = word.title() if word.isupper() and len(word) > 3 else word
        count = self.inner.get(key, 0) - (0 if initial else 1)
        if count > 0:
            found.append("doc:inner")
        if key.casefold() in self.lower:
            found.append("doc:lower")
        return found


def document_view(sentences_words: list[list[str]], headings: set[int]) -> tuple[DocumentWords, list[list[str]]]:
    """What the labeller reads of a document: the words of its prose (for the
    document features), and its sentences with the title-case headings
    (indices ``headings``) true-cased."""
    document = DocumentWords([w for n, w in enumerate(sentences_words) if n not in headings])
    return document, [true_case(w, document) if n in headings else w for n, w in enumerate(sentences_words)]


@lru_cache(maxsize=1)
def features() -> Features:
    """The one feature builder (its caches grow with the words seen)."""
    return Features()
