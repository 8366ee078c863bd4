"""A large RSS feed of made-up items (tests and benchmarks/feeds.py)."""

from __future__ import annotations

from xml.sax.saxutils import escape

_TOPICS = ("Flood waters rise in river towns", "Council approves new bus routes", "Fire at a timber yard",
           "Harvest festival draws crowds", "Storm cuts power to villages", "Court hears appeal over mine")


def rss(items: int, base: str = "http://feeds.example.test") -> bytes:
    """An RSS 2.0 feed of ``items`` items, each with HTML in its description."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
             "<title>Big Regional Feed</title>", f"<link>{base}/</link>"]
    for n in range(items):
        title = f"{_TOPICS[n % len(_TOPICS)]} (report {n + 1})"
        summary = escape(f"<p>Story {n + 1}: officials said the situation was <b>under control</b> by evening; "
                         "residents were told to stay indoors.</p>")
        parts.append(
            f"<item><title>{escape(title)}</title><link>{base}/story/{n + 1}.html</link>"
            f"<guid>{base}/story/{n + 1}.html</guid>"
            f"<pubDate>{('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')[n % 7]}, {1 + n % 28:02d} Feb 2026 "
            f"{n % 24:02d}:{n % 60:02d}:00 GMT</pubDate><description>{summary}</description></item>"
        )
    parts.append("</channel></rss>\n")
    return "".join(parts).encode("utf-8")
