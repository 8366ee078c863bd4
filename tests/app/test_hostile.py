"""Issue 6 in the app: bad input keeps it up; hostile text is drawn, never obeyed."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.app import KzReaderApp
from reader.app.article_view import ArticleView
from tests.app.helpers import ready
from tests.hostile.test_inputs import CASES, HOSTILE, bad_files


@pytest.mark.parametrize("case", CASES)
async def test_bad_input_shows_the_reason_and_the_app_stays_usable(tmp_path: Path, case: str) -> None:
    path, _, words = bad_files(tmp_path)[case]
    app = KzReaderApp(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.article is None
        shown = " ".join(p.text for p in app.query_one(ArticleView).paragraphs)
        assert words in shown and "Press o to open another file" in shown
        await pilot.press("o")  # and it still takes keys
        assert app.screen.__class__.__name__ == "OpenScreen"


def visible_text(view: ArticleView) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.scrollable_content_region.height))


async def test_markup_in_an_article_is_drawn_literally_and_never_acted_on(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    app = KzReaderApp(str(path))
    async with app.run_test(size=(200, 30)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        text = visible_text(view)
        for markup in ("[bold]not bold[/bold]", "[@click=app.quit]quit[/]", "[link=http://evil]x[/link]"):
            assert markup in text.replace("\n", " ")
        assert "\x1b" not in text and "pwned" not in text
        # Click where the would-be action link is drawn: nothing happens.
        row = next(y for y in range(30) if "[@click=app.quit]" in view.render_line(y).text)
        column = view.render_line(row).text.index("[@click=app.quit]")
        region = view.scrollable_content_region
        await pilot.click(offset=(region.x + column + 3, region.y + row))
        await pilot.pause()
        assert app.is_running and app.return_code is None


async def test_one_enormous_line_wraps_and_scrolls(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_text("Headline Above One Enormous Line\n\n" + "y" * 1_000_000 + "\n", encoding="utf-8")
    app = KzReaderApp(str(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        width = view.scrollable_content_region.width
        assert view.virtual_size.height > 1_000_000 // width
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y
        assert set(view.render_line(0).text.strip()) == {"y"}


async def test_a_large_article_paints_first_then_is_analysed_in_the_background(tmp_path: Path) -> None:
    from benchmarks.generate import article

    path = tmp_path / "large.txt"
    path.write_text(article(400_000), encoding="utf-8")
    app = KzReaderApp(str(path))
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.05)
            if app.query_one(ArticleView).paragraphs:
                break
        assert app.query_one(ArticleView).paragraphs and app.article is None  # raw text first
        assert "Analysing" in str(app.query_one("#status").render())
        await ready(app, pilot)
        assert len(app.article.entities) > 10 and app.article.figures


async def test_hard_text_renders_within_the_pane(tmp_path: Path) -> None:
    from rich.cells import cell_len

    text = ("Hard Text Headline Goes Here\n\n"
            + "Combining e\u0301 and \u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8 " * 20
            + "emoji \U0001F600\U0001F469\u200d\U0001F4BB and \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 "
            + "\u049a\u0430\u0437\u0430\u049b zero\u200bwidth\ttab\fform https://example.org/" + "a" * 300 + "\n")
    path = tmp_path / "hard.txt"
    path.write_text(text, encoding="utf-8")
    app = KzReaderApp(str(path))
    async with app.run_test(size=(70, 24)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        width = view.scrollable_content_region.width
        for y in range(view.scrollable_content_region.height):
            line = view.render_line(y)
            assert line.cell_length == width
            assert cell_len(line.text.rstrip()) <= width
        shown = "".join(view.render_line(y).text for y in range(view.scrollable_content_region.height))
        assert "\u65e5\u672c\u8a9e" in shown and "\t" not in shown and "\f" not in shown
