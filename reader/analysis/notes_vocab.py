"""The notes stage's small patterns left in code (the publisher's voice,
quotes, captions, shapes of a line); the furniture's patterns and word
lists are rules kept as data (rules/notes.toml, run by ``notes_match``).
Data only: no rules here."""

from __future__ import annotations

import re

from reader import rx

_I = re.IGNORECASE


_OUR_VOICE = rx.compile(r"\b(?:our|us)\b", _I)
_QUOTED = rx.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
# the phrases of a publisher's blurb that are more than a word (its words: BLURB_WORDS in rules/notes.toml)
_BLURB_PHRASE = rx.compile(r"\bis (?:a|an|the) (?:leading|independent|nonprofit|non-profit)\b|\bnews and\b", _I)
_TOKEN = rx.compile(r"\w+")
_CAPTION_MARK = rx.compile(
    r"\((?:file |archive |illustrative |stock )?(?:photo|picture|image|photograph)(?:[^)]{0,60})\)\s*$|"
    r"\b(?:photo|photograph|picture|image|credit)\s*(?:by|:)\s*[\w .,/&'-]{2,60}$|"
    r"\b(?:AP Photo|REUTERS|AFP|EPA|Getty Images)(?:/[\w .'-]+)?\)?\s*$",
    _I,
)
# A metadata line of dotted fields ending in a date: "UA 48/26 \u00b7 Index: AFR 64/1234/2026 \u00b7 Eritrea \u00b7
# Date: 2 May 2026" (its dots count as words, hence a longer limit than other whole-line furniture)
_DOTTED_META = rx.compile(r"(?=[^\n]*\b(?:19|20)\d\d\b)(?:[^\u00b7\n]{1,40}\s\u00b7\s){2,}[^\u00b7\n]{1,40}")
# A reference list's entry: '1. "Title of the story". Publisher. 20 March 2026.', '^ "Title" ...'
_CITATION = rx.compile(r"(?:\d{1,3}\.|\^|\[\d{1,3}\])\s*\^?\s*[\"\u201c][^\"\u201d]{3,200}[\"\u201d]\.?\s.{0,200}")
_CITATION_OPENERS = frozenset("0123456789^[")
_ALNUM = rx.compile(r"[^\W_]")  # (a rule of underscores "___" has none)
_BULLET = rx.compile(r"^[\u2022\u2023\u25aa\u25cf\u00b7*+>|-]+\s*")
_END = rx.compile(r"[.!?\"'\u201d\u2019)]$")


# A substring without which _CAPTION_MARK cannot match: checked first.
_CAPTION_ANCHORS = ("photo", "picture", "image", "credit", "reuters", "afp", "epa", "getty")
