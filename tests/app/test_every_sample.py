"""Every sample opens in the app and its keys work (a smoke test across shapes)."""

from __future__ import annotations

from reader.app import KzReaderApp
from reader.app.article_view import ArticleView
from tests.app.helpers import ready
from tests.conftest import sample_file


async def test_every_sample_opens_and_its_keys_work(sample: str) -> None:
    app = KzReaderApp(str(sample_file(sample)))
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        assert app.title == app.article.title and app.title
        for key in ("n", "n", "e", "f", "F", "right_square_bracket", "2", "3", "4", "1", "G", "g"):
            await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.focused, ArticleView)  # "1" brought focus back; nothing raised on the way
        if app.article.figures:
            assert app.reader.nav.figure_at >= 0  # "f" selected a figure
