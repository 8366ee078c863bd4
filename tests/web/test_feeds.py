"""Feeds: RSS 2.0, RSS 1.0, Atom; the direct reader agrees with feedparser; bad feeds fail in one line."""

from __future__ import annotations

import json

import pytest

from reader.errors import InputError
from reader.web.feeds import (
    FEED_SCHEMA,
    iso_date,
    load_feed,
    parse_feed,
    text_of,
    to_dict,
    to_json,
)
from tests.web.bigfeed import rss
from tests.web.server import FIXTURES

BASE = "http://feeds.example.test"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes().replace(b"{{BASE}}", BASE.encode())


def test_rss2_items_title_date_source_summary_link():
    feed = parse_feed(fixture("rss.xml"), base=BASE + "/rss.xml", name="rss")
    assert feed.title == "Valley Courier & Friends: Top stories"
    assert len(feed.items) == 5
    first, second, third, brief = feed.items[:4]
    assert first.title == "Bridge collapse in river town kills seven, officials say"
    assert first.link == BASE + "/article.html"
    assert first.date == "2026-03-03T08:15:00Z"  # +0100 in the feed
    assert first.summary == ("Seven people were killed and at least 22 injured when a road bridge collapsed "
                             "on Tuesday.")  # HTML reduced to text
    assert first.source == feed.title
    assert second.link == BASE + "/report.txt"  # a relative link, resolved against the feed
    assert second.source == "Coastal Wire" and "homes & farms" in second.summary
    assert third.date == "2026-03-01T02:40:00Z"  # EST
    assert brief.link is None and brief.summary.startswith("The town council")


def test_atom_items():
    feed = parse_feed(fixture("atom.xml"), base=BASE + "/atom.xml", name="atom")
    assert feed.title == "Steppe Daily — world"
    fire, inquiry, slow = feed.items
    assert fire.title == "Warehouse fire in Karaganda: three dead <update>"  # escaped markup stays text
    assert fire.link == BASE + "/meta-charset.html"  # the alternate link, not the enclosure
    assert fire.date == "2026-03-03T02:30:00Z"  # published, +06:00
    assert inquiry.summary == "The transport minister ordered an inquiry into the collapse."  # xhtml content
    assert inquiry.source == "Valley Courier" and inquiry.date == "2026-03-03T07:45:00Z"
    assert slow.summary == "A page that arrives slowly, a few bytes at a time."


def test_rss1_items():
    feed = parse_feed(fixture("rdf.xml"), base=BASE + "/rdf.xml", name="rdf")
    assert feed.title == "Regional Bulletin (RSS 1.0)"
    (item,) = feed.items
    assert (item.title, item.date, item.summary) == ("Bridge collapse in river town kills seven",
                                                     "2026-03-03T08:15:00Z", "Seven killed, 22 injured.")


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml", "rdf.xml"])
def test_direct_reader_gives_what_feedparser_gives(name):
    data = fixture(name)
    direct = parse_feed(data, base=BASE + "/" + name, name=name)
    lenient = parse_feed(data, base=BASE + "/" + name, name=name, lenient_only=True)
    assert to_dict(direct) == to_dict(lenient) and not direct.warnings and not lenient.warnings


def test_direct_reader_agrees_with_feedparser_on_a_generated_feed():
    data = rss(300, BASE)
    assert to_dict(parse_feed(data, base=BASE)) == to_dict(parse_feed(data, base=BASE, lenient_only=True))


def test_broken_xml_is_read_leniently_with_a_warning():
    feed = parse_feed(fixture("broken.xml"), base=BASE + "/broken.xml", name="broken")
    assert feed.items[0].title == "Ferry capsizes near the islands & twelve rescued"
    assert feed.items[0].summary == "Twelve people were rescued after the ferry capsized."
    assert any("not well-formed" in w for w in feed.warnings)


def test_html_page_is_not_a_feed():
    with pytest.raises(InputError, match="^page: not an RSS or Atom feed"):
        parse_feed((FIXTURES / "article.html").read_bytes(), name="page")


def test_empty_feed_bytes():
    with pytest.raises(InputError, match="empty feed"):
        parse_feed(b"  \n", name="f")


def test_feed_with_no_items_is_a_feed():
    feed = parse_feed(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>', name="q")
    assert feed.title == "Quiet" and feed.items == ()


def test_hostile_feed_entities_are_not_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    data = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
            '<rss version="2.0"><channel><title>T</title><item><title>A &x; B</title></item></channel></rss>')
    feed = parse_feed(data.encode(), name="hostile")
    assert all("TOP-SECRET" not in item.title for item in feed.items)


def test_control_sequences_in_a_feed_never_reach_the_text():
    data = ('<rss version="2.0"><channel><title>T\x1b[2J</title><item><title>Red &#x1b;[31mtext\u202e</title>'
            '<description>&lt;script&gt;alert(1)&lt;/script&gt;Body [bold]x[/bold]</description></item>'
            '</channel></rss>').encode()
    feed = parse_feed(data.replace(b"\x1b", b""), name="t")
    item = feed.items[0]
    assert "\x1b" not in item.title and "\u202e" not in item.title and item.title.startswith("Red")
    assert item.summary == "Body [bold]x[/bold]"  # script dropped, markup-like text kept as text


def test_dates():
    assert iso_date("Tue, 03 Mar 2026 09:15:00 +0100") == "2026-03-03T08:15:00Z"
    assert iso_date("3 Mar 2026 09:15 GMT") == "2026-03-03T09:15:00Z"
    assert iso_date("2026-03-03T09:15:00.250+05:00") == "2026-03-03T04:15:00Z"
    assert iso_date("2026-03-03") == "2026-03-03T00:00:00Z"
    assert iso_date("Tue, 03 Mar 2026 09:15:00 +0000 (UTC)") == "2026-03-03T09:15:00Z"  # the email parser
    assert iso_date("last Tuesday") == "last Tuesday"
    assert iso_date("") is None


def test_text_of_reduces_html():
    assert text_of("<p>One &amp; <b>two</b></p>\n\n<p>three</p>") == "One & two three"
    assert text_of("a < b and c > d") == "a < b and c > d"


def test_json_shape():
    feed = parse_feed(fixture("rss.xml"), base=BASE + "/rss.xml", name="rss")
    data = json.loads(to_json(feed))
    assert data["schema"] == FEED_SCHEMA and data["title"] == feed.title and data["source"] == "rss"
    assert [item["n"] for item in data["items"]] == [1, 2, 3, 4, 5]
    assert set(data["items"][0]) == {"n", "title", "link", "date", "source", "summary"}
    assert data["items"][3]["link"] is None


def test_load_feed_from_a_file_and_from_the_server(server, options):
    local = load_feed(str(FIXTURES / "atom.xml"), options)
    remote = load_feed(server.url("/atom.xml"), options)
    assert [i.title for i in local.items] == [i.title for i in remote.items]
    assert remote.items[0].link == server.url("/meta-charset.html")


def test_feed_served_as_text_plain_is_still_a_feed(server, options):
    assert len(load_feed(server.url("/feed-as-text.xml"), options).items) == 5


def test_missing_feed_file_is_a_usage_error(tmp_path):
    with pytest.raises(InputError) as caught:
        load_feed(str(tmp_path / "nope.xml"))
    assert caught.value.exit_code == 2


def test_image_is_not_a_feed(server, options):
    with pytest.raises(InputError, match="type image/png is not a feed"):
        load_feed(server.url("/image.png"), options)


def test_ten_thousand_items_are_all_read():
    feed = parse_feed(rss(10_000, BASE), base=BASE)
    assert len(feed.items) == 10_000 and feed.items[-1].link == BASE + "/story/10000.html"
    assert feed.items[-1].date == "2026-02-04T15:39:00Z"


@pytest.mark.parametrize("lenient_only", [False, True], ids=["direct", "feedparser"])
def test_links_lose_whitespace_and_control_characters(lenient_only):
    data = ('<rss version="2.0"><channel><title>T</title><item><title>A</title><link>\n  https://example.test/'
            'a\u202e\u2066b.html  \n</link></item></channel></rss>').encode()
    (item,) = parse_feed(data, base="https://example.test/feed", lenient_only=lenient_only).items
    assert item.link == "https://example.test/ab.html"


def test_a_link_with_control_characters_is_refused_before_any_request():
    from reader.web.fetch import fetch

    with pytest.raises(InputError) as caught:
        fetch("https://example.test/\x1b[2Ja")
    assert caught.value.exit_code == 2 and "\x1b" not in str(caught.value)
