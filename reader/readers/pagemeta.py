"""A web page's metadata: JSON-LD (NewsArticle and its kin), OpenGraph and
other meta tags -> a ``PageMeta`` record, and the headlines the page gives
itself (to find and keep its headline among the blocks).

Everything here is the page's own claim and untrusted text: cleaned of
control characters like any article text, URLs kept only as http(s).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from reader.model import PageMeta
from reader.textutil import clean, squash

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

# schema.org types of a story (NewsArticle and its subtypes, and kin)
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "liveblogposting",
    "blogposting", "socialmediaposting", "report", "scholarlyarticle", "techarticle", "satiricalarticle",
    "medicalscholarlyarticle", "advertisercontentarticle", "discussionforumposting", "webpage",
})
_DATE_NAMES = ("article:published_time", "og:article:published_time", "datepublished", "date", "pubdate",
               "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "dc.date", "dc.date.issued",
               "dcterms.created", "article.published", "citation_publication_date")
_AUTHOR_NAMES = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "citation_author")
_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
_MAX_FIELD = 300


@dataclass(frozen=True, slots=True)
class PageFacts:
    meta: PageMeta
    headlines: tuple[str, ...] = ()
    """The page's own names for its story, best first: JSON-LD headline, og:title, <title>."""
    site: str | None = None
    """The site's name (og:site_name, the JSON-LD publisher), to strip from a <title>."""
    body: tuple[str, ...] = ()
    """The story's text as its JSON-LD ``articleBody`` gives it, a paragraph an
    item: on some pages the only copy of the story (a script draws the page)."""


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = squash(clean(value))[:_MAX_FIELD]
    return text or None


def _url(value: object) -> str | None:
    text = _text(value)
    return text if text and text.lower().startswith(("http://", "https://")) and " " not in text else None


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.casefold() for k in kinds if isinstance(k, str)}


def _objects(data: Any, depth: int = 0) -> Iterator[dict]:
    """Every JSON-LD object, @graph members and list items included (shallow: pages nest little)."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"], depth + 1)


def _json_ld(root) -> list[dict]:
    found: list[dict] = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        found.extend(_objects(data))
    return found


def _names(value: object) -> list[str]:
    """Author or publisher names: a string, {"name": ...} or a list of them."""
    if isinstance(value, list):
        return [name for item in value[:12] for name in _names(item)]
    if isinstance(value, dict):
        value = value.get("name")
    text = _text(value)
    return [text] if text and not text.lower().startswith(("http://", "https://")) else []


def _story(objects: list[dict]) -> dict:
    """The JSON-LD object that describes the story (the most specific type)."""
    stories = [o for o in objects if _types(o) & ARTICLE_TYPES]
    specific = [o for o in stories if _types(o) - {"webpage"}]
    return (specific or stories or [{}])[0]


def _meta_tags(root) -> dict[str, str]:
    tags: dict[str, str] = {}
    for el in root.xpath("//meta[@content]"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").casefold()
        if key and key not in tags:
            tags[key] = el.get("content") or ""
    return tags


def _language(root, story: dict, tags: dict[str, str]) -> str | None:
    candidates = [root.get("lang"), root.get("xml:lang"), story.get("inLanguage"), tags.get("content-language"),
                  (tags.get("og:locale") or "").replace("_", "-")]
    for value in candidates:
        text = _text(value)
        if text and _TAG.fullmatch(text):
            return text
    return None


def _first(*values: object) -> str | None:
    return next((t for t in map(_text, values) if t), None)


def page_facts(root) -> PageFacts:
    """The metadata of a parsed page (an lxml.html document)."""
    objects = _json_ld(root)
    story = _story(objects)
    tags = _meta_tags(root)
    canonical = root.xpath("//link[@rel='canonical']/@href")
    entity = story.get("mainEntityOfPage")
    authors = _names(story.get("author")) or [a for key in _AUTHOR_NAMES for a in _names(tags.get(key))][:1]
    publishers = _names(story.get("publisher"))
    publisher = publishers[0] if publishers else _first(tags.get("og:site_name"))
    meta = PageMeta(
        published=_first(story.get("datePublished"), story.get("dateCreated"), *map(tags.get, _DATE_NAMES)),
        authors=tuple(dict.fromkeys(authors)),
        publisher=publisher,
        url=_url(canonical[0] if canonical else None) or _url(tags.get("og:url"))
        or _url(entity.get("@id") if isinstance(entity, dict) else entity) or _url(story.get("url")),
        language=_language(root, story, tags),
    )
    title = root.find(".//title")
    headlines = [_text(story.get("headline")), _text(story.get("name")), _text(tags.get("og:title")),
                 _text(tags.get("twitter:title")), _text(title.text if title is not None else None)]
    return PageFacts(meta=meta, headlines=tuple(dict.fromkeys(h for h in headlines if h)),
                     site=_first(tags.get("og:site_name"), publisher), body=_body(story.get("articleBody")))


def _body(value: object) -> tuple[str, ...]:
    """``articleBody`` as cleaned paragraphs (control characters removed, as from any page text)."""
    if not isinstance(value, str):
        return ()
    return tuple(p for p in (squash(line) for line in clean(value).split("\n")) if p)
