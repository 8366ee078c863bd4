"""Issue 14: real web pages keep the whole article, and only the article.

The pages are the project's own (tests/fixtures/pages), in the shapes real
news pages take; they run through the whole HTML path: lxml blocks, the
extractor's reading, the notes rules, the page's metadata.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache

import pytest

from tests.conftest import ROOT
from tests.hostile.invariants import assert_nothing_lost

PAGES = ROOT / "tests" / "fixtures" / "pages"


@cache
def read(name: str):
    from reader.analysis import analyze_document
    from reader.ingest import from_bytes

    document = from_bytes((PAGES / name).read_bytes(), name=name)
    return document, analyze_document(document, entities=False, figures=False)


def article_text(name: str) -> str:
    return " ".join(p.text for p in read(name)[1].paragraphs)


def note_kind(name: str, start: str) -> str | None:
    return next((n.kind for n in read(name)[1].notes if n.text.startswith(start)), None)


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_nothing_lost_and_a_story_kept(name: str) -> None:
    document, article = read(name)
    assert_nothing_lost(document, article)
    assert sum(len(p.text.split()) for p in article.paragraphs) > 120


def test_class_words_on_body_and_wrappers_never_make_the_story_notes() -> None:
    # body: "subType-unsubscribed paywall-metered headerstyle-dark author-beachbody"
    text = article_text("body-classes.html")
    for opening in ("A passenger ferry ran aground", "The ferry had left the north quay", "Two passengers were treated",
                    "The marine accident investigators"):
        assert opening in text
    assert "All rights reserved" not in text
    assert note_kind("body-classes.html", "By Marta Quillfeather") == "publisher"


def test_related_stories_gallery_about_box_and_share_bar_are_notes_of_their_kind() -> None:
    name = "related-gallery.html"
    text = article_text(name)
    assert "Flash floods swept through three mountain valleys" in text
    assert "The weather service warned" in text
    for teaser in ("Drought fears return", "Reservoirs in the south", "Mountain pass reopens", "Town council approves"):
        assert teaser not in text
        assert note_kind(name, teaser) == "related"
    for slide in ("Volunteers fill sandbags", "The river in full spate", "A tractor pulls a car"):
        assert slide not in text
        assert note_kind(name, slide) == "caption"
    assert note_kind(name, "The Valley Herald is an independent newspaper") == "publisher"
    assert note_kind(name, "Share on Facebook") == "navigation"


def test_the_lead_pictures_caption_is_the_caption_section() -> None:
    article = read("related-gallery.html")[1]
    captions = [s for s in article.sections if s.kind == "caption"]
    assert captions and article.paragraph(captions[0].paragraphs[0]).text.startswith("A washed-out road above")


def test_json_ld_and_open_graph_give_the_pages_metadata() -> None:
    meta = read("json-ld.html")[1].meta
    assert meta is not None
    assert meta.published == "2026-03-02T09:15:00Z"  # JSON-LD before article:published_time
    assert meta.authors == ("Ilse Marrow", "Joaquim Tell")
    assert meta.publisher == "Northern Ledger"
    assert meta.url == "https://ledger.example/news/2026/03/02/kessin-wildfire"
    assert meta.language == "en-GB"


def test_meta_in_json_and_plain_mode() -> None:
    from reader.export import to_dict
    from reader.plain.render import dump

    article = read("json-ld.html")[1]
    assert to_dict(article)["meta"]["authors"] == ["Ilse Marrow", "Joaquim Tell"]
    lines = list(dump(article, 200))
    assert lines[0].startswith("Article: Wildfire near Kessin")
    assert "Published 2026-03-02T09:15:00Z by Ilse Marrow, Joaquim Tell, Northern Ledger." in lines[1]


def test_text_input_has_no_meta() -> None:
    from reader.analysis import analyze_document
    from reader.export import to_dict
    from reader.ingest import from_text

    article = analyze_document(from_text("A title line\n\nA paragraph of text.\n"), entities=False, figures=False)
    assert article.meta is None and to_dict(article)["meta"] is None


def test_a_headline_repeated_in_meta_tags_and_share_links_is_the_headline() -> None:
    article = read("repeated-headline.html")[1]
    assert article.title == "Port strike halts container traffic for a third day"
    assert article.sections[0].kind == "headline"
    assert article.paragraphs[0].text == article.title
    assert article.paragraphs[1].text.startswith("Dock workers at the country's largest container port")
    assert sum(1 for p in article.paragraphs if p.text == article.title) == 1


@pytest.mark.parametrize(("words", "hints"), [
    ("subType-unsubscribed", set()),  # "unsubscribed" is no "subscribe"
    ("headerstyle-dark", set()),  # nor "headerstyle" a "header"
    ("relatedStories", {"related"}),
    ("newsletter_signup-box", {"newsletter", "signup"}),
    ("c-share-bar", {"share"}),
    ("comments-section", {"comment"}),
    ("shareholder-news", set()),
])
def test_class_words_are_whole_tokens(words: str, hints: set[str]) -> None:
    from reader.readers.html import word_hints

    assert word_hints(words) == hints


def test_the_storys_own_wrapper_drops_farther_class_words() -> None:
    from reader.readers.html import html_blocks

    page = ("<html><body><div class='promo-rail'><p>Subscribe today</p>"
            "<div class='article-body'><p>The council voted on Tuesday to close the old bridge.</p></div></div>"
            "<div class='main'>" + "<p>filler words here</p>" * 5 + "</div></body></html>")
    blocks = {b.text: b for b in html_blocks(page)}
    assert "promo" in blocks["Subscribe today"].hints
    assert "promo" not in blocks["The council voted on Tuesday to close the old bridge."].hints


def test_text_and_markdown_never_import_the_extractor() -> None:
    code = ("import sys\nfrom reader.analysis import analyze_document\nfrom reader.ingest import from_text\n"
            "analyze_document(from_text('# Title\\n\\nSome text here.\\n', name='a.md'))\n"
            "analyze_document(from_text('Title\\n\\nSome text here.\\n', name='a.txt'))\n"
            "bad = [m for m in ('trafilatura', 'readability', 'reader.readers.mainzone', 'reader.readers.html')"
            " if m in sys.modules]\nassert not bad, bad\n")
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=ROOT,
                            timeout=120)
    assert result.returncode == 0, result.stderr


def test_an_xhtml_page_with_an_encoding_declaration_is_read() -> None:
    from reader.readers.html import html_blocks

    page = "<?xml version='1.0' encoding='UTF-8'?>\n<html><body><p>The text of the page.</p></body></html>"
    assert [b.text for b in html_blocks(page)] == ["The text of the page."]


def test_text_after_a_comment_and_a_drop_downs_options_are_kept() -> None:
    from reader.readers.html import html_blocks

    page = ("<html><body><p>Before <!-- a note -->after the comment.</p>"
            "<select><option>January</option><option>February</option></select></body></html>")
    texts = [b.text for b in html_blocks(page)]
    assert texts == ["Before after the comment.", "January \u00b7 February"]


def test_without_an_h1_the_block_that_og_title_names_is_the_headline() -> None:
    from reader.analysis import analyze_document
    from reader.ingest import from_bytes

    story = " ".join(["The committee met for six hours and agreed on a new timetable for the works."] * 12)
    page = ("<html><head><title>Bridge repairs to start in May | Town Gazette</title>"
            "<meta property='og:title' content='Bridge repairs to start in May'>"
            "<meta property='og:site_name' content='Town Gazette'></head><body>"
            "<div class='kicker'><a href='/local'>Local news</a></div>"
            "<h2 class='title'>Bridge repairs to start in May</h2>"
            f"<p>{story}</p><p>{story}</p></body></html>")
    article = analyze_document(from_bytes(page.encode(), name="p.html"), entities=False, figures=False)
    assert article.title == "Bridge repairs to start in May"
    assert article.sections[0].kind == "headline"



def test_a_story_only_in_the_pages_metadata_is_the_article() -> None:
    # A page a script draws: the story's only copy is its JSON-LD articleBody.
    text = article_text("script-drawn.html")
    assert "A temporary flood barrier gave way on Tuesday night" in text
    assert "still waiting for money from the regional budget" in text
    assert "All rights reserved" not in text and "Sport" not in text
    assert read("script-drawn.html")[1].title == "Flood barrier fails in river town, hundreds moved"


def test_metadata_never_repeats_a_story_the_page_shows() -> None:
    # The page shows its story and gives it again as articleBody: one copy is kept.
    text = article_text("story-and-body.html")
    assert text.count("A landslide closed the mountain road") == 1
    assert text.count("a retaining wall promised after the last slide") == 1


def test_a_page_whose_story_is_a_privacy_policy_keeps_the_policy_as_its_article() -> None:
    name = "policy-page.html"
    text = article_text(name)
    for opening in ("This privacy policy explains how our apps", "Our website uses cookies to remember",
                    "We may change this privacy policy from time to time", "If you would like us to delete"):
        assert opening in text
    assert "All rights reserved" not in text
    assert "Blog archive" not in text


def test_legal_boilerplate_beside_another_story_stays_a_note() -> None:
    # the landslide story's footer: a copyright line beside a story that is not a legal notice
    assert "All rights reserved" not in article_text("story-and-body.html")
    assert note_kind("story-and-body.html", "\u00a9 2026 Fjord Post") == "legal"
