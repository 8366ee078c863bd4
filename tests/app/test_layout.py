"""Issue 17: the article first on small screens, a footer that tells the
truth in whole words, help without ids, and keymap mistakes reported."""

from __future__ import annotations

import pytest

from reader.app.article_view import ArticleView
from reader.app.bars import KeyBar
from reader.app.screens import HelpScreen
from tests.app.helpers import make_app, ready


def article_rows(app) -> int:
    return app.query_one(ArticleView).scrollable_content_region.height


@pytest.mark.parametrize("size, rows", [((80, 24), 16), ((60, 20), 14), ((120, 40), 30)])
async def test_the_article_gets_the_screen_by_default(size, rows) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        assert article_rows(app) >= rows
        await pilot.press("f")  # the status line takes a row; the article keeps the rest
        await pilot.pause()
        assert article_rows(app) >= rows - 1


async def test_z_hides_and_shows_the_panes_and_number_keys_bring_them() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        side = app.query_one("#side")
        assert not side.display or not side.region.height  # hidden at 80x24
        alone = article_rows(app)
        await pilot.press("z")
        await pilot.pause()
        assert side.region.height > 0 and article_rows(app) < alone
        await pilot.press("z")
        await pilot.pause()
        assert article_rows(app) == alone
        await pilot.press("3")  # a pane key shows the panes it needs
        await pilot.pause()
        assert app.focused.id == "figures" and side.region.height > 0
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        outline = app.query_one("#outline-pane")
        width = app.query_one(ArticleView).region.width
        await pilot.press("z")
        await pilot.pause()
        assert outline.region.width == 0 and app.query_one(ArticleView).region.width > width


async def test_m_maximises_the_article_and_m_or_escape_restores() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("m")
        await pilot.pause()
        assert app.screen.maximized is view and view.region.width >= 118
        await pilot.press("m")
        await pilot.pause()
        assert app.screen.maximized is None
        await pilot.press("m", "escape")
        await pilot.pause()
        assert app.screen.maximized is None


def footer_text(app) -> str:
    return app.query_one(KeyBar).render().plain


@pytest.mark.parametrize("width", [60, 80, 120])
async def test_the_footer_shows_whole_keys_that_fit(width: int) -> None:
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        await ready(app, pilot)
        text = footer_text(app).rstrip()
        assert len(text) <= width
        items = app.query_one(KeyBar).items()
        shown = [f"{key} {description}" for key, description in items if f"{key} {description}" in text]
        assert text == "  ".join(shown)  # nothing cut: every item whole, in order
        assert text.startswith("q Quit  ? Help")
        if width >= 80:
            assert "z Panes" in text and "m Maximize" in text


async def test_the_footer_tells_the_search_keys_during_a_search() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        assert "n/p Section" in footer_text(app) and "Match" not in footer_text(app)
        await pilot.press("slash", *"nazarbaev", "enter")
        await pilot.pause()
        text = footer_text(app)
        assert "n/N Match" in text and "esc End search" in text and "Section" not in text
        await pilot.press("right_square_bracket")  # ] still moves by section
        await pilot.press("escape")
        await pilot.pause()
        assert "n/p Section" in footer_text(app) and "Match" not in footer_text(app)


async def test_help_names_the_keymap_file_and_shows_no_binding_ids(tmp_path, monkeypatch) -> None:
    config = tmp_path / "my-config.toml"
    monkeypatch.setenv("KZREADER_CONFIG", str(config))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        described = " ".join(d for _, d in screen.rows)
        assert "section.next" not in described and "[" not in described
        assert str(config) in screen.keymap_note() and "does not exist yet" in screen.keymap_note()
        keys = " ".join(k for k, _ in screen.rows)
        for key in ("z", "m", "n", "p", "e", "f", "/"):
            assert key in keys.split(", ") or f" {key}" in f" {keys}"


async def test_keymap_mistakes_are_reported_by_line_and_keep_the_defaults(tmp_path, monkeypatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"section.next" = "n;]"\n"secton.previous" = "x"\n"figure.next" = "y"\n',
                      encoding="utf-8")
    monkeypatch.setenv("KZREADER_CONFIG", str(config))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        problems = app.keymap_problems
        assert len(problems) == 2
        assert "line 2" in problems[0] and "'n;]'" in problems[0] and "keeps its default keys" in problems[0]
        assert "line 3" in problems[1] and "'secton.previous'" in problems[1]
        await pilot.press("n")  # the typo did not unbind n
        view = app.query_one(ArticleView)
        assert app.article.paragraphs[view.top_paragraph()].section == "s2"
        await pilot.press("y")  # the good line was applied
        assert app.reader.nav.figure_at == 0
