"""Issue 14, item 5: the app shows a web page's own metadata, as text."""

from __future__ import annotations

from tests.conftest import ROOT

PAGES = ROOT / "tests" / "fixtures" / "pages"


async def test_the_app_shows_the_pages_metadata_under_the_article_literally(tmp_path) -> None:
    from textual.content import Content

    from reader.app import KzReaderApp
    from reader.app.article_view import ArticleView
    from tests.app.helpers import ready

    page = (PAGES / "json-ld.html").read_text(encoding="utf-8").replace("Joaquim Tell", "Joaquim [b]Tell[/b]")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    app = KzReaderApp(str(path))
    async with app.run_test(size=(160, 40)) as pilot:
        await ready(app, pilot)
        shown = app.query_one(ArticleView).border_subtitle
        assert "Published 2026-03-02T09:15:00Z by Ilse Marrow, Joaquim [b]Tell[/b], Northern Ledger." in \
            Content.from_markup(shown).plain  # the page's brackets stay text
