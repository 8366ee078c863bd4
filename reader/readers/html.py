"""HTML -> blocks, with lxml: visible text only, in reading order.

Script, style, templates, comments and hidden elements never produce text.
Each block carries hints from its ancestors (landmark elements, ARIA roles,
class and id words) that the notes stage uses to tell page furniture apart:

* class and id words are whole tokens, split on "-", "_" and camelCase
  ("subType-unsubscribed" holds no "subscribe", "headerstyle-dark" no
  "header");
* nearer ancestors weigh more: an element that calls itself the story's
  ("article-body", "story-content") drops the words of farther ones;
* ``<html>``, ``<body>`` and any wrapper holding most of the page's text
  give no hint at all (a "paywall" class on the body is not the story's).

For a whole page (``html_page``) an extractor's reading marks each block
"main" or "extra" (``reader.readers.mainzone``), the page's metadata is read
(``reader.readers.pagemeta``) and its headline block found and marked.
The walk is iterative, so 10,000-deep nesting cannot exhaust the stack.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from reader import tables
from reader.model import PageMeta
from reader.readers.block import HEADLINE, Block
from reader.readers.pagemeta import page_facts
from reader.textutil import clean, squash

_TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014-]\s+(?=[^|\u2013\u2014-]{1,40}$)")  # "Headline - Site Name"
_SITE_FIRST = re.compile(r"[^|:\u00bb]{2,40}?\s+(?:::|\u00bb|\|)\s+(?=\S)")
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
# Class and id words that tell page furniture, as whole tokens; a plural
# ("comments", "tags") is its singular's token.
KEYWORDS = frozenset({
    "cookie", "consent", "gdpr", "newsletter", "subscribe", "signup", "promo", "advert", "advertisement",
    "sponsor", "sponsored", "related", "recommend", "recommended", "popular", "trending", "share", "sharing",
    "social", "byline", "author", "dateline", "timestamp", "caption", "credit", "breadcrumb", "menu",
    "footer", "header", "sidebar", "comment", "tag", "topic", "copyright", "legal", "disclaimer", "banner",
    "modal", "popup", "paywall", "player", "video", "media", "nav", "navbar", "navigation", "masthead",
    "toolbar", "skip", "ad", "ads", "more", "tweet", "twitter", "embed", "instagram", "tiktok", "standfirst",
    "subhead", "dek", "deck", "strapline", "support", "membership", "donate", "donation", "teaser", "gallery",
    "slideshow", "carousel", "slide", "outbrain", "taboola", "promoted", "about", "bio",
})
# The same hint under another word ("navigation" is "nav", "sharing" is "share").
_SAME_AS = {"navigation": "nav", "navbar": "nav", "sharing": "share", "recommended": "recommend",
            "advertisement": "advert", "sponsored": "sponsor", "promoted": "promo", "tag": "tags",
            "topic": "topics", "slideshow": "gallery", "carousel": "gallery", "slide": "gallery",
            "outbrain": "related", "taboola": "related"}
# Words by which an element calls itself the story: its farther ancestors' words no longer count.
STORY_WORDS = frozenset({"article", "story", "content", "post", "entry", "body", "main", "text", "prose", "news"})
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TAG_OF = {"blockquote": "quote", "figcaption": "caption", "caption": "caption", "li": "li",
           "dt": "li", "dd": "li", "pre": "pre", "h1": "h1", "h2": "h2", "h3": "h3", "h4": "h4",
           "h5": "h5", "h6": "h6"}
_FIELDS = frozenset({"select", "textarea"})
_INLINE_TELLING = frozenset({"byline", "author", "dateline", "timestamp", "caption", "credit"})
_WRAPPER_SHARE = 0.5
"""An element holding at least this share of the page's text is a wrapper: its words give no hint."""


def tokens(words: str) -> set[str]:
    """Class or id words as whole tokens: "relatedStories sub_type-x" -> related, stories, sub, type, x."""
    return set(filter(None, _NON_WORD.split(_CAMEL.sub(" ", words).lower())))


def word_hints(words: str) -> set[str]:
    """The furniture hints of class/id words (whole tokens only)."""
    hints: set[str] = set()
    for token in tokens(words):
        key = token if token in KEYWORDS else token[:-1] if token.endswith("s") and token[:-1] in KEYWORDS else None
        if key:
            hints.add(_SAME_AS.get(key, key))
    return hints


def _words_of(el: etree._Element) -> str:
    return " ".join(filter(None, (el.get("class"), el.get("id"), el.get("data-component"))))


def _landmarks_of(el: etree._Element) -> set[str]:
    hints: set[str] = set()
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _LANDMARKS:
        hints.add(tag)
    role = (el.get("role") or "").lower()
    if role in _ROLES:
        hints.add(_ROLES[role])
    return hints


def _word_hints_of(el: etree._Element) -> set[str]:
    words = _words_of(el)
    return word_hints(words) if words else set()


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


def _text_sizes(root: etree._Element) -> dict[etree._Element, int]:
    """The length of each element's text (children's included), in one pass from the leaves up."""
    sizes: dict[etree._Element, int] = {}
    for el in reversed(list(root.iter())):
        if not isinstance(el.tag, str) or el.tag.lower() in _SKIP and el.tag.lower() != "noscript":
            sizes[el] = 0
            continue
        size = len((el.text or "").strip())
        for child in el:
            size += sizes.get(child, 0) + len((child.tail or "").strip())
        sizes[el] = size
    return sizes


class _Walk:
    """One walk over the page: text into blocks, each with its ancestors' hints."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.blocks: list[Block] = []
        has_main = bool(root.xpath("//article|//main|//*[@role='main']"))
        # each open element: the tag its text takes, its landmarks (all ancestors') and its class words (the nearest)
        self.stack: list[tuple[str, frozenset[str], frozenset[str]]] = [
            ("p", frozenset({"outside"} if has_main else set()), frozenset())]
        self.buffer: list[str] = []
        self.line = 0
        self.sizes = _text_sizes(root)
        self.wrapper = _WRAPPER_SHARE * max(1, self.sizes.get(root, 0))

    def field(self, el: etree._Element, tag: str) -> None:
        """A drop-down's options or a text field's text (visible, never the
        story): one block of their own, a menu or a form."""
        self.flush()
        text = " \u00b7 ".join(squash(clean("".join(o.itertext()))) for o in el.iter("option")) if tag == "select" \
            else squash(clean(el.text or ""))
        if text.strip(" \u00b7"):
            hints = frozenset({"nav"} if tag == "select" else {"form"})
            self.blocks.append(Block(text=text, lines=((el.sourceline or 1) - 1,), tag="p", hints=hints))

    def misnested(self, el: etree._Element, tag: str) -> bool:
        """A <noscript> holding most of the page's text: a page whose unclosed
        <noscript> swallowed its body when parsed, not a script's fallback."""
        return tag == "noscript" and self.sizes.get(el, 0) >= self.wrapper

    def flush(self) -> None:
        if self.buffer:
            joined = squash(clean("".join(self.buffer)))
            self.buffer.clear()
            if joined:
                tag, landmarks, words = self.stack[-1]
                self.blocks.append(Block(text=joined, lines=(self.line,), tag=tag, hints=landmarks | words))

    def open_block(self, el: etree._Element, tag: str) -> None:
        self.flush()
        parent_tag, landmarks, words = self.stack[-1]
        if tag in ("html", "body") or self.sizes.get(el, 0) >= self.wrapper:
            own_marks, own_words = set(), set()  # <html>, <body>, the page's big wrappers: no hint
        else:
            own_marks, own_words = _landmarks_of(el), _word_hints_of(el)
        if tag in ("article", "main") or (el.get("role") or "").lower() == "main":
            landmarks = landmarks - {"outside"}
        if not own_words and tokens(_words_of(el)) & STORY_WORDS:
            words = frozenset()  # the story's own wrapper ("article-body"): farther words count no more
        self.stack.append((_TAG_OF.get(tag, parent_tag if parent_tag != "p" else "p"), landmarks | own_marks,
                           words | own_words))
        self.line = (el.sourceline or 1) - 1

    def inline(self, el: etree._Element, tag: str) -> None:
        previous = el.getprevious()
        if tag == "a" and self.buffer and self.buffer[-1][-1:].isalnum() and previous is not None \
                and previous.tag == "a":
            self.buffer.append(" ")  # links side by side ("Home</a><a>World"): a menu's words, not one word
        elif tag in ("td", "th") and _layout_cell(el):
            self.flush()  # a cell that holds paragraphs or a menu: the page's layout, not a data table
        elif tag in ("td", "th") and self.buffer and "".join(self.buffer).strip():
            self.buffer.append(tables.SEPARATOR)  # a table row is one block: its cells, in order
            tag_now, landmarks, words = self.stack[-1]
            self.stack[-1] = (tag_now, landmarks | {"row"}, words)  # a data row, not a "News | Sport" menu
        else:
            telling = _word_hints_of(el) & _INLINE_TELLING
            if telling:  # inline elements with telling classes still tell the block
                tag_now, landmarks, words = self.stack[-1]
                self.stack[-1] = (tag_now, landmarks, words | telling)

    def run(self) -> list[Block]:
        walker = etree.iterwalk(self.root, events=("start", "end"))
        skipped: set[int] = set()
        for event, el in walker:
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if event == "start":
                if tag in _FIELDS and not _hidden(el):
                    self.field(el, tag)
                if not tag or tag in _SKIP and not self.misnested(el, tag) or _hidden(el):
                    skipped.add(id(el))
                    walker.skip_subtree()
                    continue
                self.open_block(el, tag) if tag in _BLOCK else self.inline(el, tag)
                if el.text:
                    self.buffer.append(el.text)
                continue
            if id(el) in skipped:
                skipped.discard(id(el))
            elif tag in _BLOCK:
                self.flush()
                if len(self.stack) > 1:
                    self.stack.pop()
            if el.tail:
                if not self.buffer and tag in _BLOCK:
                    self.line = (el.sourceline or 1) - 1
                self.buffer.append(el.tail)
        self.flush()
        return self.blocks


_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")


def _parse(text: str) -> etree._Element | None:
    # (lxml refuses a str that declares its encoding: "<?xml ... encoding='UTF-8'?>" on an XHTML page)
    text = _XML_DECLARATION.sub("", text, count=1)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    _drop_comments(root)
    return root


def _drop_comments(root: etree._Element) -> None:
    """Comments and processing instructions go, the text after them stays
    (the walk never sees them: their tails would be lost with them)."""
    for node in root.xpath("//comment()|//processing-instruction()"):
        parent = node.getparent()
        if parent is None:
            continue
        tail, node.tail = node.tail or "", None
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(node)


def html_blocks(text: str) -> list[Block]:
    """The page's blocks by lxml alone (no extractor, no metadata)."""
    root = _parse(text)
    if root is None:
        return []
    blocks = _Walk(root).run()
    _title_as_headline(root, blocks)
    return blocks


def html_page(text: str) -> tuple[list[Block], PageMeta | None]:
    """The page's blocks, marked by the extractor's reading and with the
    headline found, and the page's metadata (None when it gives none)."""
    root = _parse(text)
    if root is None:
        return [], None
    facts = page_facts(root)
    blocks = _Walk(root).run()
    if not _mark_headline(blocks, facts.headlines, facts.site):
        _title_as_headline(root, blocks)
    from reader.readers.mainzone import mark, with_story_from_metadata

    blocks = with_story_from_metadata(mark(blocks, text), facts.body)
    return blocks, (None if facts.meta.empty else facts.meta)


def _key(text: str) -> str:
    return " ".join(_NON_WORD.split(text.casefold())).strip()


def _without_site(title: str, site: str | None) -> str:
    """A <title> or og:title without the site's name ("Headline | Site", "Site: Headline")."""
    if site:
        key = _key(site)
        parts = [p for p in re.split(r"\s+[|\u2013\u2014:\u00bb-]\s+|\s*::\s*", title) if _key(p) != key]
        if parts:
            title = " - ".join(parts)
    return title


def _matches(block: str, headline: str) -> bool:
    a, b = _key(block), _key(headline)
    return bool(a and b) and (a == b or (len(a) >= 0.6 * len(b) and a in b) or (len(b) >= 0.6 * len(a) and b in a))


def _mark_headline(blocks: list[Block], headlines: tuple[str, ...], site: str | None) -> bool:
    """Mark the page's headline block: the <h1> that the page's metadata
    names (or the only <h1>), else the first block that a metadata headline
    matches. Returns whether one was marked."""
    names = [_without_site(h, site) for h in headlines]
    h1s = [i for i, b in enumerate(blocks) if b.tag == "h1"]
    named = [i for i in h1s if any(_matches(blocks[i].text, n) for n in names)]
    choice = (named or h1s[:1] if len(h1s) == 1 or named else [])
    if not choice and not h1s:
        choice = [next((i for i, b in enumerate(blocks) if b.level in (0, 2, 3) and b.tag != "li"
                        and any(_matches(b.text, n) for n in names) and b.text.count(" ") >= 2), -1)]
    if not choice or choice[0] < 0:
        return False
    old = blocks[choice[0]]
    blocks[choice[0]] = Block(text=old.text, lines=old.lines, tag="h1", hints=old.hints | {HEADLINE})
    return True


def _title_as_headline(root: etree._Element, blocks: list[Block]) -> None:
    """No heading in the page: the <title> names the story ("Headline - Site")."""
    if any(b.level in (1, 2) for b in blocks):
        return
    title = _page_title(root)
    if not title:
        return
    shown = next((n for n, b in enumerate(blocks) if b.text.casefold() == title[0].casefold()), None)
    if shown is not None:  # the page shows that line (in big bold type): it is the headline
        old = blocks[shown]
        blocks[shown] = Block(text=old.text, lines=old.lines, tag="h1", hints=old.hints | {"title"})
    else:
        blocks.insert(0, Block(text=title[0], lines=(title[1],), tag="h1", hints=frozenset({"title"})))


_LAYOUT_INSIDE = frozenset({"br", "p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


def _layout_cell(cell: etree._Element) -> bool:
    """A table cell holding line breaks, paragraphs or lists: an old page's
    layout grid (a menu in one column, the story in the next), whose cells
    are blocks of their own, not the cells of one data row."""
    return any(isinstance(d.tag, str) and d.tag.lower() in _LAYOUT_INSIDE for d in cell.iterdescendants())


def _page_title(root: etree._Element) -> tuple[str, int] | None:
    """The page's <title> without its site's name, and its line."""
    element = root.find(".//title")
    text = squash(clean(element.text or "")) if element is not None else ""
    if element is None or not text:
        return None
    site_first = _SITE_FIRST.match(text)
    if site_first and text[site_first.end():].count(" ") >= 3:
        text = text[site_first.end():]  # "Daily Post :: Headline", "Site \u00bb Headline"
    parts = _TITLE_SEPARATOR.split(text)
    head = parts[0] if len(parts) > 1 and parts[0].count(" ") >= 3 else text
    if head.count(" ") < 3:
        return None  # "Old CMS", "Home": a site's name, not a story's
    return head, (element.sourceline or 1) - 1
