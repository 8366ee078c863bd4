"""A 10,000-item feed: from downloaded bytes to the list on screen (goal: within 1 s).

    python benchmarks/feeds.py [--items N] [--runs N]

Medians of N runs, taking turns in the same process:

1. baseline: ``feedparser.parse`` alone on the bytes (what reading the feed
   "through feedparser" would cost before anything is shown);
2. kzreader's reader, ``reader.web.feeds.parse_feed`` (lxml for well-formed
   feeds, feedparser for the rest): the bytes to a Feed of items;
3. the bytes to the list painted: parse_feed, then the FeedScreen pushed in
   a running headless Textual app until its first frame with the items,
   and pressing End to reach the last item.

Prints the times, each against the baseline, and against the 1 s goal.
The feed is made up (tests/web/bigfeed.py), like a news site's long archive
feed: a title, link, guid, date and an HTML summary per item.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.web.feeds import parse_feed  # noqa: E402
from tests.web.bigfeed import rss  # noqa: E402


def feedparser_alone(data: bytes) -> float:
    import feedparser  # type: ignore[import-untyped]

    start = time.perf_counter()
    parsed = feedparser.parse(data)
    elapsed = time.perf_counter() - start
    assert parsed.entries
    return elapsed


def kzreader_parse(data: bytes) -> float:
    start = time.perf_counter()
    feed = parse_feed(data, base="http://feeds.example.test/")
    elapsed = time.perf_counter() - start
    assert feed.items
    return elapsed


async def listed(data: bytes) -> tuple[float, float]:
    """Seconds from bytes to the list's first frame, and to the last item shown."""
    from textual.app import App

    from reader.app.feed_screen import FeedScreen, ItemList

    class Host(App[None]):
        pass

    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        start = time.perf_counter()
        feed = parse_feed(data, base="http://feeds.example.test/")
        screen = FeedScreen(feed, lambda document, item: None)
        await app.push_screen(screen)
        await pilot.pause()  # the first frame of the list has been drawn
        first = time.perf_counter() - start
        items = screen.query_one(ItemList)
        await pilot.press("end")
        await pilot.pause()
        assert items.cursor == len(feed.items) - 1
        return first, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = rss(args.items)
    print(f"feed: {args.items} items, {len(data) / 1e6:.1f} MB; median of {args.runs} runs")
    baseline, ours, first_frames, last_items = [], [], [], []
    for _ in range(args.runs):
        baseline.append(feedparser_alone(data))
        ours.append(kzreader_parse(data))
        first, last = asyncio.run(listed(data))
        first_frames.append(first)
        last_items.append(last)
    base = statistics.median(baseline)
    for label, times in (("feedparser.parse alone (baseline)", baseline), ("kzreader parse_feed", ours),
                         ("bytes -> list on screen", first_frames), ("bytes -> list, End pressed", last_items)):
        median = statistics.median(times)
        print(f"{label:36} {median * 1000:8.1f} ms   ratio to baseline {median / base:5.2f}   "
              f"{'within' if median <= 1.0 else 'OVER'} the 1 s goal")


if __name__ == "__main__":
    main()
