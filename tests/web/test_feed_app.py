"""The feed list in the app (Pilot), against the real local HTTP server."""

from __future__ import annotations

import asyncio
import time

import pytest

from reader.app.feed_screen import FeedScreen, ItemList, feed_app
from reader.web.feeds import load_feed, parse_feed
from tests.web.bigfeed import rss


@pytest.fixture(autouse=True)
def _quiet_app(monkeypatch, tmp_path):
    monkeypatch.setenv("KZREADER_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")
    monkeypatch.delenv("NO_COLOR", raising=False)


async def wait_until(pilot, condition, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the app")
        await pilot.pause(0.05)


def visible_lines(items: ItemList) -> list[str]:
    return [items.render_line(y).text for y in range(items.size.height)]


async def test_the_list_shows_items_and_keys_move_through_it(server, options):
    feed = load_feed(server.url("/rss.xml"), options)
    app = feed_app(feed, options=options)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, FeedScreen))
        items = app.screen.query_one(ItemList)
        lines = visible_lines(items)
        assert lines[0].startswith("    1. Bridge collapse in river town kills seven")
        assert "Valley Courier & Friends: Top stories · 2026-03-03 08:15 UTC · Seven people" in lines[1]
        assert "Coastal Wire" in lines[3]
        await pilot.press("down", "down", "j")
        assert items.cursor == 3
        await pilot.press("k", "G")
        assert items.cursor == len(feed.items) - 1
        await pilot.press("g")
        assert items.cursor == 0


async def test_app_stays_responsive_while_a_slow_item_loads(server, options):
    feed = load_feed(server.url("/atom.xml"), options)
    slow = 2  # the third item is a page that trickles in over about 3 s
    app = feed_app(feed, options=options)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, FeedScreen))
        screen = app.screen
        items = screen.query_one(ItemList)
        await pilot.press("G")
        assert items.cursor == slow
        server_url = feed.items[slow].link
        assert server_url is not None and "/trickle.html" in server_url
        await pilot.press("enter")
        await wait_until(pilot, screen.worker_running)
        status = str(screen.query_one("#feed-status").render())
        assert "Loading Slow page for the patient (Esc cancels)" in status
        # Keys pressed during the download act at once.
        moved_at = []
        for key, expected in (("k", 1), ("k", 0), ("j", 1), ("G", 2)):
            await pilot.press(key)
            assert items.cursor == expected
            moved_at.append(screen.worker_running())
        assert all(moved_at), "the download ended before the keys were tested"
        # Then the article arrives and replaces the list.
        await wait_until(pilot, lambda: not isinstance(app.screen, FeedScreen))
        assert app.article is not None and app.article.title.startswith("Bridge collapse")
        assert "/trickle.html" in app.article.source
        # Escape goes back to the list, where it was.
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, FeedScreen))
        assert app.screen.query_one(ItemList).cursor == slow


async def test_escape_cancels_a_loading_item(server, options):
    feed = load_feed(server.url("/atom.xml"), options)
    app = feed_app(feed, options=options)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, FeedScreen))
        screen = app.screen
        await pilot.press("G", "enter")
        await wait_until(pilot, screen.worker_running)
        await pilot.press("escape")
        assert "Loading cancelled." in str(screen.query_one("#feed-status").render())
        await asyncio.sleep(3.5)  # the download would have finished by now
        await pilot.pause()
        assert app.screen is screen and app.article is None


async def test_an_item_that_fails_says_why_and_stays_on_the_list(server, options):
    feed = load_feed(server.url("/rss.xml"), options)
    app = feed_app(feed, options=options)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, FeedScreen))
        screen = app.screen
        await pilot.press("G", "enter")  # the item whose page went missing
        status = screen.query_one("#feed-status")
        await wait_until(pilot, lambda: "Could not open it" in str(status.render()))
        assert "HTTP 404 Not Found" in str(status.render())
        assert app.screen is screen


async def test_an_item_without_a_link_is_read_from_its_summary(server, options):
    feed = load_feed(server.url("/rss.xml"), options)
    app = feed_app(feed, options=options)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, FeedScreen))
        await pilot.press("down", "down", "down", "enter")
        await wait_until(pilot, lambda: app.article is not None)
        assert app.article.title == "Council meeting moved to Thursday"


async def test_ten_thousand_items_list_at_once_and_the_last_is_reachable():
    feed = parse_feed(rss(10_000))
    app = feed_app(feed)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, FeedScreen))
        items = app.screen.query_one(ItemList)
        await pilot.press("end")
        await pilot.pause()
        assert items.cursor == 9_999
        last = "10000. Harvest festival draws crowds (report 10000)"
        assert any(line.startswith(last) for line in visible_lines(items))
        await pilot.press("pageup")
        assert items.cursor < 9_999 - 5


async def test_feed_text_is_shown_literally_never_as_markup():
    data = ('<rss version="2.0"><channel><title>[bold]Feed[/bold]</title><item><title>[@click=app.quit]Quit'
            ' [red]now[/red]</title><description>$accent [link=x]y[/link]</description></item></channel></rss>')
    feed = parse_feed(data.encode())
    app = feed_app(feed)
    async with app.run_test(size=(100, 20)) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, FeedScreen))
        lines = visible_lines(app.screen.query_one(ItemList))
        assert lines[0].strip() == "1. [@click=app.quit]Quit [red]now[/red]"
        assert lines[1].strip() == "[bold]Feed[/bold] · $accent [link=x]y[/link]"
        assert "[bold]Feed[/bold]: 1 item" in str(app.screen.query_one("#feed-title").render())


async def test_o_opens_a_web_address_in_a_worker_and_a_failure_says_why(server, tmp_path):
    from reader.app import KzReaderApp

    (tmp_path / "first.txt").write_text("A first article\n\nIt has one paragraph of its own.\n")
    app = KzReaderApp(str(tmp_path / "first.txt"))
    async with app.run_test(size=(110, 30)) as pilot:
        await wait_until(pilot, lambda: app.article is not None)
        await pilot.press("o", *server.url("/trickle.html?seconds=2"), "enter")
        await wait_until(pilot, lambda: "Fetching" in str(app.screen.query_one("#status").render()))
        assert app.article.title == "A first article"  # still reading it while the page comes
        await wait_until(pilot, lambda: app.article.title.startswith("Bridge collapse"))
        assert "/trickle.html" in app.article.source
        await pilot.press("o", *server.url("/error.html"), "enter")
        await wait_until(pilot, lambda: "HTTP 500" in str(app.screen.query_one("#status").render()))
        assert app.article.title.startswith("Bridge collapse")
