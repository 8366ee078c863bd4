"""The notes rules that look at a block's neighbours, run in order by
``_revise``: the headline and what sits above it, repeats, running heads,
pull quotes, media titles, service boxes, lists under headings, legal
words after notes, footnotes, comment threads, trailing links, captions
and datelines (and ``headline_index``, which several of them ask)."""

from __future__ import annotations

import re

from reader import rx
from reader.analysis import notes_match as match
from reader.analysis.notes_furniture import ARTICLE, Labelled, _has, title_like, words
from reader.analysis.notes_vocab import _BLURB_PHRASE, _CAPTION_ANCHORS, _CAPTION_MARK, _END, _I, _TOKEN
from reader.readers.block import HEADLINE, Block

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable


def _revise(out: list[Labelled], extracted: bool = False) -> None:
    """The rules that look at a block's neighbours (``NEIGHBOUR_RULES``), in
    order; a block whose label a rule changes takes the rule's name. With an
    extractor's reading (``extracted``), the rules that guess where the
    story ends (comment threads, trailing links, lists under a heading,
    legal words after notes) are the extractor's business and do not run."""
    for name, rule, with_extractor in NEIGHBOUR_RULES:
        if extracted and not with_extractor:
            continue
        before = [item.label for item in out]
        rule(out)
        for item, label in zip(out, before, strict=True):
            if item.label != label:
                item.rule = "" if item.label == ARTICLE else name


# A wire story's dateline on a line of its own: "LONDON 1996-08-30",
# "ALMATY, Kazakhstan -", "MOSCOW (Reuters) -", "NUR-SULTAN, June 3 (Agency) --".
_DATELINE_ALONE = re.compile(
    r"[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}(?:, [A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,2})?"
    r"(?:,? (?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?))?"
    r"(?: \([\w .&/-]{2,30}\))?(?:\s*(?:--|\u2014|\u2013|-|:))?"
)


def _datelines(out: list[Labelled]) -> None:
    """A dateline is the story's first words, never a publisher's note."""
    for item in out:
        text = item.block.text.strip()
        if (
            item.label != ARTICLE
            and len(text) <= 60
            and _DATELINE_ALONE.fullmatch(text)
            and (any(c.isdigit() for c in text) or text[-1:] in "-:\u2014\u2013" or "," in text or "(" in text)
        ):
            item.label = ARTICLE


_THREAD_START = rx.compile(r"(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|sort by\b.*|level \d+\s*\u00b7.*)", _I)


def _comment_threads(out: list[Labelled]) -> None:
    """After a comment section's start ("212 comments", "Sort by: best", a
    comment's header) below the story, the readers' comments: notes."""
    start = next(
        (
            i
            for i, item in enumerate(out)
            if item.label != ARTICLE
            and _THREAD_START.fullmatch(item.block.text)
            and sum(1 for x in out[:i] if x.label == ARTICLE and words(x.block.text) > 15) >= 2
        ),
        None,
    )
    if start is None:
        return
    for item in out[start + 1 :]:
        if item.label == ARTICLE and words(item.block.text) <= 80 and item.block.level == 0:
            item.label = "other"


_FOOTNOTE = rx.compile(r"(\d{1,3})\s+\S")  # ("1. ..." is a numbered list, not a note)


def _footnotes(out: list[Labelled]) -> None:
    """A run of numbered lines at the end ("14 Interviews with survivors
    ...", "15 Mission database ..."), numbered one after another: a
    report's footnotes, not its text."""
    run: list[int] = []
    numbers: list[str] = []  # the footnote number of each block in run
    for i in range(len(out) - 1, -1, -1):
        item = out[i]
        if item.label != ARTICLE:
            if run:
                break
            continue  # the page's own furniture after the notes
        number = _FOOTNOTE.match(item.block.text)
        if number is None or words(item.block.text) > 60 or item.block.tag == "li":
            break
        if run and int(number.group(1)) + 1 != int(numbers[-1]):
            break
        run.append(i)
        numbers.append(number.group(1))
    if len(run) >= 2:
        for i in run:
            out[i].label = "other"


def _trailing_links(out: list[Labelled]) -> None:
    """After the story's last paragraph and the page furniture that follows
    it, short lines that end no sentence ("Help", "All topics", "Advertise
    with us") are more of the page's links, not the story."""
    last = max(
        (
            i
            for i, item in enumerate(out)
            if item.label == ARTICLE
            and words(item.block.text) >= 8
            and item.block.text.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?"))
        ),
        default=None,
    )
    if last is None:
        return
    furniture_seen = False
    for item in out[last + 1 :]:
        if item.label != ARTICLE:
            furniture_seen = True
        elif furniture_seen and words(item.block.text) <= 6 and not item.block.text.endswith((".", "!", "?", ":")):
            item.label = "navigation"


def _legal_after_notes(out: list[Labelled]) -> None:
    """A block with legal words ("undesirable organization") right after
    other page furniture is part of the page's legal notice."""
    for i in range(1, len(out)):
        item = out[i]
        if (
            item.label == ARTICLE
            and out[i - 1].label != ARTICLE
            and words(item.block.text) <= 80
            and match.first(item.block.text, "weak", "legal")
        ):
            item.label = "legal"


def _lists_after_headings(out: list[Labelled]) -> None:
    """Short link-like lines under a "Related topics" heading belong
    to it, until a real paragraph comes (a list of links in a scraped page)."""
    kind = None
    head = headline_index(out)
    for i, item in enumerate(out):
        if head is not None and i <= head:
            continue
        text = item.block.text
        if item.label == "related" and words(text) <= 5:
            kind = item.label
            continue
        if kind is None:
            continue
        if item.label == ARTICLE and item.block.level >= 2:
            kind = None  # a heading of the story's own ends the list
        elif item.label == ARTICLE and words(text) <= 14 and not text.endswith((".", ":", ";")):
            item.label = kind
        elif item.label == ARTICLE or item.label in ("legal",):
            kind = None


def headline_index(out: list[Labelled]) -> int | None:
    """The article block that reads as the headline.

    An ``<h1>`` or Markdown ``#`` heading when there is one; otherwise, above
    the first long paragraph, the first block of four to thirty words that
    does not end a sentence (title or sentence case); a site name or a
    section kicker above it is shorter. On a web page, the block that its
    metadata names (the "headline" hint of the HTML reader) comes first.
    """
    named = next((i for i, item in enumerate(out) if item.label == ARTICLE and HEADLINE in item.block.hints), None)
    if named is not None:
        return named
    h1 = _h1_headline(out)
    if h1 is not None:
        return h1
    restated = _restated_title(out)
    if restated is not None:
        return restated
    first = None
    for i, item in enumerate(out):
        if item.label != ARTICLE:
            continue
        text = item.block.text
        if first is None:
            first = i
        if words(text) > 30 and not title_like(text):
            break
        if (
            4 <= words(text) <= 30
            and without_leading_symbols(text).lstrip("".join(QUOTE_OPENERS))[:1].isupper()
            and (title_like(text) or not text.endswith(".") or text.isupper())
            and not _in_menu(out, i)
            and not _ORG_NAME_ONLY.fullmatch(text)
        ):
            return i
    return first


def _h1_headline(out: list[Labelled]) -> int | None:
    """The first <h1> or "#" heading, unless it is the site's name (then the next big heading)."""
    for i, item in enumerate(out):
        if item.label == ARTICLE and item.block.tag == "h1":
            if not _site_name(out, i):
                return i
            return next(
                (
                    j
                    for j in range(i + 1, len(out))
                    if out[j].label == ARTICLE and out[j].block.level in (1, 2) and words(out[j].block.text) >= 5
                ),
                i,
            )
    return None


# Emoji and other symbols a post puts before its title: "\u26a1\ufe0f Overnight strike ..."
_LEADING_SYMBOLS = rx.compile("^(?:[\u2190-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]\\s*)+")


def without_leading_symbols(text: str) -> str:
    return _LEADING_SYMBOLS.sub("", text)


def _restated_title(out: list[Labelled]) -> int | None:
    """A short first line ("2026 Kermanshah earthquake") that the first
    long paragraph opens by restating ("The 2026 Kermanshah earthquake
    struck ..."), as an encyclopedia's article does: the title."""
    first = next((i for i, item in enumerate(out) if item.label == ARTICLE), None)
    if first is None:
        return None
    text = out[first].block.text
    if not 2 <= words(text) <= 3 or _END.search(text):
        return None
    long = next(
        (
            item.block.text
            for item in out[first + 1 : first + 30]
            if item.label == ARTICLE and words(item.block.text) > 30
        ),
        "",
    )
    return first if text.casefold() in long[: len(text) + 12].casefold() else None


# A line that is only an institution's name ("Metro Nashville Police
# Department", "Office of Public Affairs"): the issuer of a release, never
# its headline.
_ORG_NAME_ONLY = rx.compile(
    r"(?:The )?(?:[A-Z][\w.&'-]*\s+){0,5}(?:Department|Ministry|Office|Agency|Police|Service|Commission|Council|"
    r"Authority|Bureau|Directorate|Command|Embassy|Secretariat)(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w.&'-]*){1,5})?"
)


def _site_name(out: list[Labelled], i: int) -> bool:
    """A short top heading whose words come back at the start of a later
    block ("X Weekly is a reader-supported publication", "(c) X Media"),
    with a headline-sized heading after it: the publication's name."""
    text = out[i].block.text
    if words(text) > 5:
        return False
    key = text.casefold()
    later = any(item.block.text.casefold().lstrip("\u00a9(c) ").startswith(key) for item in out[i + 1 :])
    heading_after = any(item.block.level in (1, 2) and words(item.block.text) >= 5 for item in out[i + 1 : i + 16])
    return later and heading_after


def _menu_item(item: Labelled) -> bool:
    text = item.block.text
    return item.label == ARTICLE and words(text) <= 3 and not text.endswith((".", "!", "?", ":"))


def _in_menu(out: list[Labelled], i: int) -> bool:
    """A line followed by three or more one-to-three-word lines ("News",
    "Opinion", "Sport") is an entry of the page's menu, not a headline: a
    headline is followed by its standfirst, byline or story."""
    following = [item for item in out[i + 1 : i + 8] if item.label == ARTICLE][:3]
    return len(following) == 3 and all(_menu_item(item) for item in following)


_BYLINE_IN = rx.compile(
    r"[A-Z][\w'.\u2019-]+(?: [A-Z][\w'.\u2019-]+){1,3}(?: and [A-Z][\w'.\u2019-]+(?: [A-Z][\w'.\u2019-]+){1,3})?"
    r" in [A-Z][\w .'-]{2,30}"
)
# a line that is only a name or two: "Jana Novak", "Jana Novak and Ali Reza"
_NAMES_ONLY = rx.compile(
    r"[A-Z][\w'\u2019-]+(?: [A-Z][\w'.\u2019-]+){1,3}(?:(?:,| and| &) [A-Z][\w'\u2019-]+(?: [A-Z][\w'.\u2019-]+){1,3})*"
)
# the desk and place under such a name: "BBC News Indonesian, Jakarta", "Staff reporter, Lagos"
_DESK_LINE = rx.compile(r"[A-Z][\w&'.\u2019 -]{1,40}, [A-Z][\w.'\u2019 -]{1,30}")


def _headline_first(out: list[Labelled]) -> None:
    """Short lines above the headline are page chrome (kickers, menus); a
    "Jana Novak in Bratislava" line under it, before the story starts, is
    the byline."""
    head = headline_index(out)
    if head is None:
        return
    for item in out[:head]:
        if item.label == ARTICLE:
            item.label = "navigation" if words(item.block.text) <= 10 else "other"
    after = out[head + 1 :]
    for n, item in enumerate(after):
        if item.label == ARTICLE and words(item.block.text) > 30:
            break
        if item.label != ARTICLE or words(item.block.text) > 10:
            continue
        text = item.block.text
        if _BYLINE_IN.fullmatch(text):
            item.label = "publisher"
        elif (
            _NAMES_ONLY.fullmatch(text)
            and n + 1 < len(after)
            and (after[n + 1].label != ARTICLE or _DESK_LINE.fullmatch(after[n + 1].block.text))
        ):
            # A name alone between the headline and the story, with the
            # page's furniture or the reporter's desk after it: the byline.
            item.label = "publisher"
            if after[n + 1].label == ARTICLE:
                after[n + 1].label = "publisher"


def _repeats(out: list[Labelled]) -> None:
    seen: dict[str, int] = {}
    head = None
    for i, item in enumerate(out):
        key = item.block.text.casefold()
        if HEADLINE in item.block.hints:
            seen[key] = i  # the headline, repeated in share links and meta tags, is never the repeat
            continue
        if key in seen and len(key) > 12:
            first = out[seen[key]]
            if head is None:
                head = headline_index(out)
            if item.label == ARTICLE and seen[key] == head:
                item.label = "other"  # the title again (an infobox's heading): not a caption
            elif item.label == ARTICLE:
                item.label = (
                    "caption"
                    if first.label == ARTICLE and (i - seen[key] <= 2 or first.role == "caption")
                    else (first.label if first.label != ARTICLE else "other")
                )
                if first.label == ARTICLE and item.label == "caption":
                    first.role = "caption"
        else:
            seen.setdefault(key, i)


_PAGE_NUMBER = rx.compile(r"^\d{1,4}\s+|\s+\d{1,4}$")


def _running_heads(out: list[Labelled]) -> None:
    """A short line that comes back with another page number at its start
    or end ("Rights Monitor | September 2025  3") is a page's running head
    or foot, copied with the text from a PDF: a note."""
    pages: dict[str, list[int]] = {}
    for i, item in enumerate(out):
        text = item.block.text
        if item.label == ARTICLE and words(text) <= 12 and (text[-1:].isdigit() or text[:1].isdigit()):
            rest = _PAGE_NUMBER.sub("", text, count=1)
            if rest != text and sum(c.isalpha() for c in rest) >= 6:
                pages.setdefault(rest, []).append(i)
    for found in pages.values():
        if len(found) >= 2:
            for i in found:
                out[i].label = "other"


_NOT_LETTERS = rx.compile(r"[\W\d_]+")
QUOTE_OPENERS = ('"', "\u201c", "'", "\u2018", "\u00ab")  # (also the figures stage's: a quotation that goes on)


def _pull_quotes(out: list[Labelled]) -> None:
    """A short quotation standing alone whose words come again inside a
    longer paragraph near it is a pull quote: the page's display of the
    story's own line, a note (the story keeps the line where it is said)."""
    letters: dict[int, str] = {}

    def key(n: int) -> str:
        if n not in letters:
            letters[n] = _NOT_LETTERS.sub("", out[n].block.text).casefold()
        return letters[n]

    for i, item in enumerate(out):
        text = item.block.text
        if (
            item.label != ARTICLE
            or not text.startswith(QUOTE_OPENERS)
            or words(text) > 40
            or words(text) < 4
            or item.block.level >= 2
            or not text.rstrip("'\"\u2019\u201d\u00bb").endswith((".", "!", "?"))
        ):
            continue  # (a quoted subheading, "'We could not breathe'", heads its section)
        own = key(i)
        if any(
            j != i and out[j].label == ARTICLE and len(out[j].block.text) > len(text) and own in key(j)
            for j in range(max(0, i - 40), min(len(out), i + 41))
        ):
            item.label = "other"


def _media_titles(out: list[Labelled]) -> None:
    for i in range(len(out) - 1):
        item, after = out[i], out[i + 1]
        if item.label == ARTICLE and after.label == "media" and title_like(item.block.text) and i > 0:
            item.label = "media"


def _publisher_blurb(text: str) -> bool:
    """A blurb about a publisher: one of BLURB_WORDS (rules/notes.toml), or "is a leading ...", "news and"."""
    words_in = set(_TOKEN.findall(text.lower()))
    return not match.vocabulary("BLURB_WORDS").isdisjoint(words_in) or bool(_BLURB_PHRASE.search(text))


def _service_boxes(out: list[Labelled]) -> None:
    for i in range(len(out) - 1):
        name, blurb = out[i], out[i + 1]
        text = name.block.text
        if (
            words(text) <= 8
            and title_like(text)
            and blurb.block.text.startswith(text)
            and blurb.block.text != text
            and _publisher_blurb(blurb.block.text)
        ):
            if name.label == ARTICLE or name.label == "other":
                name.label = "publisher"
            if blurb.label == ARTICLE:
                blurb.label = "publisher"


_IMAGE_LABEL = rx.compile(r"\b(?:image|photo|picture|caption)\b", _I)


def _captions(out: list[Labelled]) -> None:
    head = headline_index(out)
    for i, item in enumerate(out):
        if item.label != ARTICLE or i == head:
            continue
        previous = out[i - 1] if i else None
        if (
            previous is not None
            and previous.label == "media"
            and _IMAGE_LABEL.search(previous.block.text)
            and words(item.block.text) <= 40
        ):
            item.role = "caption"  # the text under "Image caption," is the caption
            continue
        if _captioned(item.block):
            item.role = "caption"


def _captioned(block: Block) -> bool:
    """A caption by its page context, or by its credit line ("... Photo: Jane Roe/Agency")."""
    hints, n = block.hints, words(block.text)
    if block.tag == "caption" or hints & {"figcaption", "caption", "credit"} or ("figure" in hints and n <= 60):
        return True
    return n <= 60 and _has(block.text.casefold(), _CAPTION_ANCHORS) and bool(_CAPTION_MARK.search(block.text))


NEIGHBOUR_RULES: tuple[tuple[str, Callable[[list[Labelled]], None], bool], ...] = (
    ("neighbours.headline-first", _headline_first, True),
    ("neighbours.repeats", _repeats, True),
    ("neighbours.running-heads", _running_heads, True),
    ("neighbours.pull-quotes", _pull_quotes, True),
    ("neighbours.media-titles", _media_titles, True),
    ("neighbours.service-boxes", _service_boxes, True),
    ("neighbours.lists-after-headings", _lists_after_headings, False),
    ("neighbours.legal-after-notes", _legal_after_notes, False),
    ("neighbours.footnotes", _footnotes, True),
    ("neighbours.comment-threads", _comment_threads, False),
    ("neighbours.trailing-links", _trailing_links, False),
    ("neighbours.captions", _captions, True),
    ("neighbours.datelines", _datelines, True),
)
"""The rules that look at a block's neighbours, in the order they run: (name,
the rule, whether it runs on a page read with an extractor)."""
