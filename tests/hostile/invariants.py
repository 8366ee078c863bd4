"""Properties every analysis must keep, whatever the input."""

from __future__ import annotations

import re

from reader.ingest import Document
from reader.model import Article
from reader.textutil import clean, is_clean, squash

_ALNUM = re.compile(r"\w")


def assert_nothing_lost(document: Document, article: Article) -> None:
    """Every non-blank line of the decoded input ends in exactly one paragraph
    or note, in order (lines with no letter or digit, such as a Markdown
    rule, are markup and exempt)."""
    if document.format == "html":
        _assert_visible_text_kept(document, article)
        return
    lines = document.text.split("\n")
    owners: dict[int, str] = {}
    for kind, items in (("paragraph", article.paragraphs), ("note", article.notes)):
        firsts = [item.lines[0] for item in items if item.lines]
        assert firsts == sorted(firsts), f"{kind}s out of reading order"
        for item in items:
            assert item.text.strip(), f"empty {kind}"
            assert is_clean(item.text)
            for number in item.lines:
                assert number not in owners, f"line {number + 1} is in two places"
                owners[number] = item.text
                if document.format == "txt":
                    # (a word broken by a hyphen at a line's end is mended: the hyphen is the one character
                    # a line may lose, "civil-" / "ians" -> "civilians")
                    line = squash(lines[number])
                    assert line in item.text or line.endswith("-") and line[:-1] in item.text, \
                        f"line {number + 1} changed"
    if document.format in ("txt", "md"):
        for number, line in enumerate(lines):
            if _ALNUM.search(line):
                assert number in owners, f"line {number + 1} lost: {line[:80]!r}"


def assert_offsets_point_at_text(article: Article) -> None:
    texts = {p.id: p.text for p in article.paragraphs}
    for entity in article.entities:
        forms = {entity.name.casefold(), *(a.casefold() for a in entity.aliases)}
        for mention in entity.mentions:
            text = texts[mention.paragraph]
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start:mention.end].casefold() in forms
    for figure in article.figures:
        text = texts[figure.paragraph]
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.quote in text


def _assert_visible_text_kept(document: Document, article: Article) -> None:
    """HTML: every word of the page's visible text is in a paragraph or note
    (checked against lxml's own text extraction), and nothing hidden is."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(document.text)
    except Exception:  # noqa: BLE001 - nothing parseable: nothing to keep
        return
    # (Not shown either: an SVG's <title> and <desc>, which name an icon for a screen reader and a tooltip, and
    # the fallback inside <iframe>, <video>, <audio>, <object> and <canvas>, shown only where those are unsupported.)
    for bad in root.xpath("//script|//style|//noscript|//template|//head|//*[@hidden]|//*[@aria-hidden='true']"
                          "|//*[contains(translate(@style,' ',''),'display:none')]"
                          "|//*[contains(translate(@style,' ',''),'visibility:hidden')]"
                          "|//svg//title|//svg//desc|//iframe|//video|//audio|//object|//canvas"):
        for child in list(bad):  # empty it, keep its tail (text after it is visible)
            bad.remove(child)
        bad.text = None
    # What ingest strips (terminal controls) is not text; compare the rest.
    # (Inline elements join words without a space, so look for each word of
    # each text node as a substring.)
    # Text next to an escape character may rightly be eaten with the escape
    # sequence it forms once inline text is joined: those nodes are exempt.
    nodes, after_escape = [], False
    for text in root.itertext():
        if not after_escape and not re.search("[\x1b\x80-\x9f]", text):
            nodes.append(text)
        after_escape = bool(re.search("[\x1b\x80-\x9f]\\s*$", text)) or (after_escape and not text.strip())
    visible = set(re.findall(r"\w+", clean(" ".join(nodes))))
    kept = " ".join([p.text for p in article.paragraphs] + [n.text for n in article.notes])
    lost = sorted(word for word in visible if word not in kept)
    assert not lost, f"visible words lost: {lost[:20]}"
