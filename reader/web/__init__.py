"""Reading from the web: pages by URL, RSS and Atom feeds, a cache of both.

Core-side: nothing here imports Textual or rich. This package module itself
imports nothing, so asking whether a source is a URL costs nothing; httpx
and feedparser are imported only when a URL or a feed is actually read.
"""

from __future__ import annotations

_SCHEMES = ("http://", "https://")


def is_url(source: object) -> bool:
    """True for an http(s) address (what ``kzreader URL`` fetches)."""
    return isinstance(source, str) and source[:8].lower().startswith(_SCHEMES)
