"""A first look at an article file, without analysing it: the library's first rows.

The library screen shows a row for each of its first articles as soon as it
is drawn, from this look (a title from the file's first few kilobytes), and
fills in the counts when the worker processes' analysis arrives. The title
here is a guess the analysis replaces: an HTML page's ``<title>`` (else its
first ``<h1>``), else the first line that is not blank, less Markdown's
``#``. It is cleaned as article text is (reader.textutil): no escape
sequence or control character reaches the screen.
"""

from __future__ import annotations

import html
import os
import re

from reader import rx
from reader.textutil import clean, squash

HEAD = 8192  # bytes read of each file
LONGEST = 200  # characters of a title kept

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_HTML_TITLE = rx.compile(r"<(title|h1)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = rx.compile(r"<[^>]*>")


def _html_title(head: str) -> str:
    found = {name.lower(): text for name, text in _HTML_TITLE.findall(head)}
    text = found.get("title") or found.get("h1") or ""
    return html.unescape(_TAG.sub(" ", text))


def _text_title(head: str) -> str:
    for line in head.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line
    return ""


def glance(path: str) -> dict[str, str]:
    """``{"path": ..., "title": ...}``; the title is "" when the file has none, cannot be read, or is binary."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD).decode("utf-8", errors="replace").removeprefix("\ufeff")
    except OSError:
        head = ""
    if "\x00" in head:  # a binary file: its analysis will say so
        head = ""
    suffix = os.path.splitext(path)[1].lower()
    title = _html_title(head) if suffix in _HTML_SUFFIXES else _text_title(head)
    title = squash(clean(title.replace("\r", " ")))
    return {"path": path, "title": title[:LONGEST]}
