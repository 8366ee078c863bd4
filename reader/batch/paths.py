"""Which files a batch reads: folders, globs and paths, and what is done already."""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable, Sequence

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
"""In a folder, files with these endings are articles (given by name or glob, any file is)."""

_GLOB_CHARS = frozenset("*?[")


def _folder(folder: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, name) for name in sorted(files)
                     if not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES)
    return found


def expand(arguments: Sequence[str]) -> list[str]:
    """Folders (searched below, article endings only), globs and paths -> paths, each once.

    A path that does not exist stays in the list: its line says why it failed.
    """
    seen: dict[str, None] = {}
    for argument in arguments:
        if os.path.isdir(argument):
            paths: Iterable[str] = _folder(argument)
        elif not os.path.exists(argument) and _GLOB_CHARS & set(argument):
            paths = sorted(p for p in glob.glob(argument, recursive=True) if not os.path.isdir(p))
        else:
            paths = [argument]
        for path in paths:
            seen.setdefault(path, None)
    return list(seen)




def done_paths(jsonl: str) -> set[str]:
    """The paths (made absolute) that already have a line in a JSONL output.

    A line that does not parse (a run cut off mid-line) does not count, so
    that article is done again. A missing file means nothing is done yet.
    """
    done: set[str] = set()
    try:
        with open(jsonl, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                try:
                    path = json.loads(line).get("path")
                except (ValueError, AttributeError):
                    continue
                if isinstance(path, str):
                    done.add(os.path.abspath(path))
    except FileNotFoundError:
        pass
    return done


def not_done(paths: Iterable[str], done: set[str]) -> list[str]:
    return [p for p in paths if os.path.abspath(p) not in done]
