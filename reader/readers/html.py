"""HTML -> blocks, with lxml: visible text only, in reading order.

Script, style, templates, comments and hidden elements never produce text.
Each block carries hints from its ancestors (landmark elements, ARIA roles,
class and id words) that the notes stage uses to tell page furniture apart.
The walk is iterative, so 10,000-deep nesting cannot exhaust the stack.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from reader import rx, tables
from reader.readers.block import Block
from reader.textutil import clean, squash

_TITLE_SEPARATOR = rx.compile(r"\s+[|\u2013\u2014-]\s+(?=[^|\u2013\u2014-]{1,40}$)")  # "Headline - Site Name"
_SITE_FIRST = rx.compile(r"[^|:\u00bb]{2,40}?\s+(?:::|\u00bb|\|)\s+(?=\S)")
_SKIP = {"script", "style", "noscript", "template", "head", "iframe", "svg", "math", "canvas",
         "object", "embed", "video", "audio", "select", "textarea", "input", "map", "meta", "link"}
_BLOCK = {"p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "h1", "h2", "h3",
          "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table",
          "tr", "caption", "form", "ul", "ol", "dl", "address", "details", "summary",
          "dialog", "hr", "br", "body", "html", "fieldset", "legend", "button", "label", "center"}
_LANDMARKS = {"nav", "header", "footer", "aside", "figure", "figcaption", "form", "dialog", "address",
              "button", "label", "legend", "blockquote", "time"}
_ROLES = {"navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "aside",
          "dialog": "dialog", "alertdialog": "dialog", "search": "nav", "menu": "nav", "menubar": "nav"}
_KEYWORDS = ("cookie", "consent", "gdpr", "newsletter", "subscribe", "signup", "promo", "advert",
             "sponsor", "related", "recommend", "popular", "trending", "share", "social", "byline",
             "author", "dateline", "timestamp", "caption", "credit", "breadcrumb", "menu", "footer",
             "header", "sidebar", "comment", "tags", "topics", "copyright", "legal", "disclaimer",
             "banner", "modal", "popup", "paywall", "player", "video", "media", "nav", "masthead",
             "toolbar", "skip", "ad", "ads", "more", "tweet", "twitter", "embed", "instagram", "tiktok",
             "standfirst", "subhead", "dek", "deck", "strapline", "support", "membership", "donate", "donation")
_WORD = rx.compile(r"[a-z]+")
_HIDDEN_STYLE = rx.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TAG_OF = {"blockquote": "quote", "figcaption": "caption", "caption": "caption", "li": "li",
           "dt": "li", "dd": "li", "pre": "pre", "h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4",
           "h5": "h5", "h6": "h6"}


def _hints_of(el: etree._Element) -> set[str]:
    hints: set[str] = set()
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _LANDMARKS:
        hints.add(tag)
    role = (el.get("role") or "").lower()
    if role in _ROLES:
        hints.add(_ROLES[role])
    words = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("data-component"))))
    if words:
        lowered = words.lower()
        tokens = set(_WORD.findall(lowered))
        for key in _KEYWORDS:
            if key in tokens or (len(key) > 4 and key in lowered):
                hints.add(key)
    return hints


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def html_blocks(text: str) -> list[Block]:
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    has_main = bool(root.xpath("//article|//main|//*[@role='main']"))
    blocks: list[Block] = []
    stack: list[tuple[str, frozenset[str]]] = [("p", frozenset({"outside"} if has_main else set()))]
    buffer: list[str] = []
    line: list[int] = [0]

    def flush() -> None:
        if buffer:
            joined = squash(clean("".join(buffer)))
            buffer.clear()
            if joined:
                tag, hints = stack[-1]
                blocks.append(Block(text=joined, lines=(line[0],), tag=tag, hints=hints))

    walker = etree.iterwalk(root, events=("start", "end"))
    skipped: set[int] = set()
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if not tag or tag in _SKIP or _hidden(el):
                skipped.add(id(el))
                walker.skip_subtree()
                continue
            if tag in _BLOCK:
                flush()
                parent_tag, parent_hints = stack[-1]
                hints = set(parent_hints)
                if tag in ("article", "main") or (el.get("role") or "").lower() == "main":
                    hints.discard("outside")
                hints |= _hints_of(el)
                stack.append((_TAG_OF.get(tag, parent_tag if parent_tag != "p" else "p"), frozenset(hints)))
                line[0] = (el.sourceline or 1) - 1
            elif tag == "a" and buffer and buffer[-1][-1:].isalnum() and el.getprevious() is not None \
                    and el.getprevious().tag == "a":
                buffer.append(" ")  # links side by side ("Home</a><a>World"): a menu's words, not one word
            elif tag in ("td", "th") and _layout_cell(el):
                flush()  # a cell that holds paragraphs or a menu: the page's layout, not a data table
            elif tag in ("td", "th") and buffer and "".join(buffer).strip():
                buffer.append(tables.SEPARATOR)  # a table row is one block: its cells, in order
                tag_now, hints_now = stack[-1]
                stack[-1] = (tag_now, hints_now | {"row"})  # a data row, not a "News | Sport" menu
            elif _hints_of(el) & {"byline", "author", "dateline", "timestamp", "caption", "credit"}:
                # Inline elements with telling classes still tell the block.
                tag_now, hints_now = stack[-1]
                stack[-1] = (tag_now, hints_now | _hints_of(el))
            if el.text:
                buffer.append(el.text)
        else:
            if id(el) in skipped:
                skipped.discard(id(el))
            elif tag in _BLOCK:
                flush()
                if len(stack) > 1:
                    stack.pop()
            if el.tail:
                if not buffer and tag in _BLOCK:
                    line[0] = (el.sourceline or 1) - 1
                buffer.append(el.tail)
    flush()
    if not any(b.level in (1, 2) for b in blocks):
        title = _page_title(root)
        if title:  # no heading in the page: the <title> names the story ("Headline - Site")
            shown = next((n for n, b in enumerate(blocks) if b.text.casefold() == title[0].casefold()), None)
            if shown is not None:  # the page shows that line (in big bold type): it is the headline
                old = blocks[shown]
                blocks[shown] = Block(text=old.text, lines=old.lines, tag="h1", hints=old.hints | {"title"})
            else:
                blocks.insert(0, Block(text=title[0], lines=(title[1],), tag="h1", hints=frozenset({"title"})))
    return blocks


_LAYOUT_INSIDE = frozenset({"br", "p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


def _layout_cell(cell: etree._Element) -> bool:
    """A table cell holding line breaks, paragraphs or lists: an old page's
    layout grid (a menu in one column, the story in the next), whose cells
    are blocks of their own, not the cells of one data row."""
    return any(isinstance(d.tag, str) and d.tag.lower() in _LAYOUT_INSIDE for d in cell.iterdescendants())


def _page_title(root) -> tuple[str, int] | None:
    """The page's <title> without its site's name, and its line."""
    element = root.find(".//title")
    text = squash(clean(element.text or "")) if element is not None else ""
    if not text:
        return None
    site_first = _SITE_FIRST.match(text)
    if site_first and text[site_first.end():].count(" ") >= 3:
        text = text[site_first.end():]  # "Daily Post :: Headline", "Site \u00bb Headline"
    parts = _TITLE_SEPARATOR.split(text)
    head = parts[0] if len(parts) > 1 and parts[0].count(" ") >= 3 else text
    if head.count(" ") < 3:
        return None  # "Old CMS", "Home": a site's name, not a story's
    return head, (element.sourceline or 1) - 1
