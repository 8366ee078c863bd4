"""RSS and Atom feeds: a URL or a file -> a Feed of items (title, date, source, summary, link).

Two readers give the same records. Well-formed RSS 2.0, RSS 1.0 and Atom
1.0 documents, which is what nearly every news site serves, are read
directly with lxml (a dependency already), because feedparser takes about
0.5 ms an item: 5 s for a 10,000-item feed, against the goal of listing it
within 1 s. Everything else (broken XML, older Atom, odd dialects) goes to
feedparser, which forgives far more. tests/web/test_feeds.py checks that both
readers give the same items on the fixtures.

Entities are never resolved and the network is never used while parsing
(no external DTDs), so a hostile feed cannot read files or make requests.
"""

from __future__ import annotations

import email.utils
import html
import json
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin, urlsplit

from reader.errors import InputError
from reader.textutil import clean
from reader.web import is_url

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from reader.ingest import Document
    from reader.web.fetch import FetchOptions

FEED_SCHEMA = "kzreader.feed/1"
_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
_TAG = re.compile(r"<(?:[A-Za-z/!?][^<>]*)>")
_RFC822 = re.compile(r"(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?"
                     r"\s+(GMT|UT|UTC|Z|[ECMP][SD]T|[+-]\d{4})")
_MONTHS = {m: n for n, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                        "Dec"), 1)}
_ZONES = {"GMT": 0, "UT": 0, "UTC": 0, "Z": 0, "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420,
          "MDT": -360, "PST": -480, "PDT": -420}
_DROPPED = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed, as text (any HTML in the feed is reduced to text)."""

    title: str
    link: str | None
    date: str | None
    """ISO 8601 in UTC ("2026-06-01T10:00:00Z") when the feed's date parses, else as written."""
    source: str
    """Who published it: the item's own source element, else the feed's title, else its host."""
    summary_markup: str = ""
    """The summary as the feed gives it (often HTML). Reduced to text only when
    read (``summary``): a list shows a screenful, not 10,000 summaries."""

    @property
    def summary(self) -> str:
        """The summary as text: markup and entities out, whitespace collapsed."""
        return text_of(self.summary_markup)


@dataclass(frozen=True, slots=True)
class Feed:
    source: str
    title: str
    items: tuple[FeedItem, ...]
    warnings: tuple[str, ...] = ()


# -- text ------------------------------------------------------------------------


def text_of(value: str | None) -> str:
    """Markup and entities out, whitespace collapsed, unsafe characters removed."""
    if not value:
        return ""
    if "<" in value:
        value = _TAG.sub(" ", _DROPPED.sub(" ", value))
    if "&" in value:
        value = html.unescape(value)
    value = " ".join(value.split())
    # Printable text has no control, escape or bidi-override character: clean() would keep it all.
    return value if value.isprintable() else " ".join(clean(value).split())


def iso_date(value: str | None) -> str | None:
    """An RFC 822 (RSS) or ISO 8601 (Atom) date as ISO 8601 UTC; other text as written."""
    if not value:
        return None
    value = value.strip()
    moment = _quick_rfc822(value) or _slow_date(value)
    if moment is None:
        return text_of(value)[:80] or None
    return _stamp(moment)


def _quick_rfc822(value: str) -> datetime | None:
    """The common RSS date ("Mon, 01 Jun 2026 10:00:00 GMT") without the email parser."""
    quick = _RFC822.fullmatch(value)
    if quick is None or quick.group(2).title() not in _MONTHS:
        return None
    day, month, year, hour, minute, second, zone = quick.groups()
    if zone in _ZONES:
        offset = _ZONES[zone]
    else:
        offset = (int(zone[1:3]) * 60 + int(zone[3:])) * (1 if zone[0] == "+" else -1)
    try:
        return datetime(int(year), _MONTHS[month.title()], int(day), int(hour), int(minute), int(second or 0),
                        tzinfo=UTC) - timedelta(minutes=offset)
    except ValueError:
        return None


def _slow_date(value: str) -> datetime | None:
    moment: datetime | None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _stamp(moment: datetime) -> str:
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
            f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}Z")


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


# -- the direct reader (lxml) ----------------------------------------------------


def _child_text(node: Any, *tags: str) -> str | None:
    for tag in tags:
        child = node.find(tag)
        if child is not None:
            found = _element_text(child)
            if found:
                return found
    return None


def _element_text(child: Any) -> str | None:
    if child.get("type") == "xhtml":
        return " ".join(child.itertext())
    text = child.text
    return text if text and not text.isspace() else None


def _children(node: Any) -> dict[str, Any]:
    """First child of each tag: one pass over an item instead of a search per field."""
    children: dict[str, Any] = {}
    for child in node:
        tag = child.tag
        if tag not in children and isinstance(tag, str):
            children[tag] = child
    return children


def _first(children: dict[str, Any], *tags: str) -> str | None:
    for tag in tags:
        child = children.get(tag)
        if child is not None:
            found = _element_text(child)
            if found:
                return found
    return None


def _atom_link(entry: Any) -> str | None:
    fallback = None
    for link in entry.iterfind(_ATOM + "link"):
        rel = link.get("rel", "alternate")
        if rel == "alternate" and link.get("href"):
            return link.get("href")
        fallback = fallback or link.get("href")
    return fallback


def _rss_items(root: Any) -> tuple[str, list[tuple[Any, str]]] | None:
    """(feed title, [(item, dialect)]) for RSS 2.0 / 1.0 / Atom 1.0; None for anything else."""
    tag = root.tag
    if tag == "rss":
        channel = root.find("channel")
        if channel is None:
            return None
        return _child_text(channel, "title") or "", [(item, "rss") for item in channel.iterfind("item")]
    if tag == _ATOM + "feed":
        return _child_text(root, _ATOM + "title") or "", [(e, "atom") for e in root.iterfind(_ATOM + "entry")]
    if tag == _RDF + "RDF":
        channel = root.find(_RSS1 + "channel")
        title = _child_text(channel, _RSS1 + "title") if channel is not None else None
        return title or "", [(item, "rss1") for item in root.iterfind(_RSS1 + "item")]
    return None


def _item_fields(item: Any, dialect: str) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """(title, link, date, summary, source) as the feed writes them."""
    kids = _children(item)
    if dialect == "atom":
        source = kids.get(_ATOM + "source")
        return (_first(kids, _ATOM + "title"), _atom_link(item), _first(kids, _ATOM + "published", _ATOM + "updated"),
                _first(kids, _ATOM + "summary", _ATOM + "content"),
                _child_text(source, _ATOM + "title") if source is not None else None)
    if dialect == "rss1":
        return (_first(kids, _RSS1 + "title"), _first(kids, _RSS1 + "link") or item.get(_RDF + "about"),
                _first(kids, _DC + "date"), _first(kids, _RSS1 + "description", _CONTENT + "encoded"),
                _first(kids, _DC + "source"))
    link = _first(kids, "link")
    guid = kids.get("guid")
    if link is None and guid is not None and guid.get("isPermaLink", "true") == "true" and guid.text:
        link = guid.text
    return (_first(kids, "title"), link, _first(kids, "pubDate", _DC + "date"),
            _first(kids, "description", _CONTENT + "encoded"), _first(kids, "source"))


def _direct(data: bytes, base: str) -> tuple[str, list[FeedItem]] | None:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    found = _rss_items(root)
    if found is None:
        return None
    raw_title, entries = found
    title = text_of(raw_title)
    fallback_source = title or _host(base)
    items = []
    for entry, dialect in entries:
        item_title, link, date, summary, source = _item_fields(entry, dialect)
        items.append(FeedItem(
            title=text_of(item_title), link=_absolute(base, link),
            date=iso_date(date), source=text_of(source) or fallback_source, summary_markup=summary or "",
        ))
    return title, items


def _absolute(base: str, link: str | None) -> str | None:
    """The link, whitespace and unsafe characters out, resolved against the feed's address."""
    if link is None:
        return None
    link = "".join(link.split())
    if not link.isprintable():
        link = "".join(clean(link).split())
    if not link or not base or link.startswith(("http://", "https://")):
        return link or None
    return urljoin(base, link)


# -- the forgiving reader (feedparser) -----------------------------------------------


def _forgiving(data: bytes, base: str, name: str) -> tuple[str, list[FeedItem], list[str]]:
    import feedparser  # type: ignore[import-untyped]

    # As XML, like the direct reader: the encoding comes from the BOM or the XML declaration.
    headers = {"content-type": "application/xml", **({"content-location": base} if base else {})}
    parsed = feedparser.parse(data, response_headers=headers, sanitize_html=False)
    if not parsed.get("version") and not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "getMessage", lambda: "")() or "no RSS or Atom elements"
        raise InputError(f"{name}: not an RSS or Atom feed ({' '.join(str(reason).split())[:120]})")
    title = text_of(parsed.feed.get("title"))
    fallback_source = title or _host(base)
    items = []
    for entry in parsed.entries:
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        date = time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp) if stamp else iso_date(entry.get("published")
                                                                                   or entry.get("updated"))
        source = entry.get("source") or {}
        summary = entry.get("summary") or (entry.get("content") or [{}])[0].get("value")
        link = _absolute("", entry.get("link"))
        items.append(FeedItem(title=text_of(entry.get("title")), link=link, date=date,
                              source=text_of(source.get("title")) or fallback_source,
                              summary_markup=summary or ""))
    problem = parsed.get("bozo_exception")
    minor = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)
    broken = parsed.get("bozo") and problem is not None and not isinstance(problem, minor)
    warnings = [f"{name}: the feed is not well-formed XML; read leniently"] if broken else []
    return title, items, warnings


# -- the public functions --------------------------------------------------------


def parse_feed(data: bytes, *, base: str = "", name: str = "<feed>", lenient_only: bool = False) -> Feed:
    """Read feed bytes (``base``: the feed's address, for relative links)."""
    if not data.strip():
        raise InputError(f"{name}: empty feed")
    direct = None if lenient_only else _direct(data, base)
    warnings: list[str] = []
    if direct is not None:
        title, items = direct
    else:
        title, items, warnings = _forgiving(data, base, name)
    return Feed(source=name, title=title or _host(base) or name, items=tuple(items), warnings=tuple(warnings))


def load_feed(source: str, options: FetchOptions | None = None) -> Feed:
    """A feed from a URL (through the fetcher and its cache) or a file."""
    if is_url(source):
        from reader.web.fetch import fetch

        page = fetch(source, options, kind="feed")
        feed = parse_feed(page.data, base=page.final_url, name=source)
        if page.from_cache:
            return Feed(source=feed.source, title=feed.title, items=feed.items,
                        warnings=(*feed.warnings, f"{source}: read from the cache"))
        return feed
    from reader.ingest import DEFAULT_MAX_SIZE, read_path

    max_size = options.max_size if options is not None else DEFAULT_MAX_SIZE
    # A local feed's relative links have no address to resolve against: kept as written.
    return parse_feed(read_path(source, max_size=max_size), name=source)


def item_dict(number: int, item: FeedItem) -> dict[str, Any]:
    return {"n": number, "title": item.title, "link": item.link, "date": item.date, "source": item.source,
            "summary": item.summary}


def to_dict(feed: Feed) -> dict[str, Any]:
    return {"schema": FEED_SCHEMA, "source": feed.source, "title": feed.title,
            "items": [item_dict(n, item) for n, item in enumerate(feed.items, 1)]}


def to_json(feed: Feed, *, indent: int | None = 2) -> str:
    return json.dumps(to_dict(feed), ensure_ascii=False, indent=indent)


def item_document(item: FeedItem, options: FetchOptions | None = None) -> Document:
    """The item's page, fetched (or from the cache) as a Document; an item
    without a link is read as itself, its title and summary."""
    if not item.link:
        from reader.ingest import from_text

        text = f"{item.title}\n\n{item.summary}\n" if item.summary else f"{item.title}\n"
        return from_text(text, name=item.title[:80] or "feed item", format="txt")
    from reader.web.fetch import fetch_document

    return fetch_document(item.link, options)


__all__ = ["FEED_SCHEMA", "Feed", "FeedItem", "item_document", "load_feed", "parse_feed", "to_json"]
