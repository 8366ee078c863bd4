"""Issue 17: nothing told by colour alone, and readable colours in every theme."""

from __future__ import annotations

from rich.style import Style

from reader.app.article_view import SPAN_CLASSES, ArticleView
from reader.app.themes import MIN_CONTRAST, contrast
from tests.app.helpers import make_app, ready


def attributes(style: Style) -> tuple[bool, bool, bool, bool]:
    return (bool(style.bold), bool(style.italic), bool(style.underline), bool(style.underline2))


async def test_every_entity_colour_is_readable_in_every_theme() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        measured = 0
        for theme in sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            background = view.rich_style.bgcolor
            for entity_type in SPAN_CLASSES:
                color = view.entity_style(entity_type).color
                if color is None or background is None or "ansi" in theme:
                    continue  # the ANSI themes use the terminal's own palette
                fg, bg = color.get_truecolor(), background.get_truecolor()
                ratio = contrast((fg.red, fg.green, fg.blue), (bg.red, bg.green, bg.blue))
                assert ratio >= MIN_CONTRAST, (theme, entity_type, round(ratio, 2))
                measured += 1
        assert measured >= 5 * 10  # (every type in at least ten themes)


async def test_entity_types_differ_inside_bold_and_italic_text() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        for kind in ("headline", "standfirst", "caption", "heading", "lead"):
            around = view.rich_style + view.get_component_rich_style(f"article--{kind}")
            looks = {attributes(around)}
            for entity_type in SPAN_CLASSES:
                looks.add(attributes(around + view.entity_style(entity_type)))
            assert len(looks) == 1 + len(SPAN_CLASSES), kind  # text and five types: six looks


async def test_focus_and_the_current_section_are_marked_without_colour(monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        entities = app.query_one("#entities-pane")
        assert view.styles.border_top[0] == "heavy" and entities.styles.border_top[0] == "round"
        await pilot.press("2")
        await pilot.pause()
        assert view.styles.border_top[0] == "round" and entities.styles.border_top[0] == "heavy"
        outline = app.query_one("#outline")
        marked = [str(outline.get_option_at_index(i).prompt) for i in range(outline.option_count)]
        assert [m[0] for m in marked[:4]] == ["\u25b8", " ", " ", " "]
        await pilot.press("1", "n", "n")
        await pilot.pause()
        marked = [str(outline.get_option_at_index(i).prompt) for i in range(outline.option_count)]
        assert marked[2].startswith("\u25b8") and not marked[0].startswith("\u25b8")


async def test_pane_titles_count_and_keep_the_keys_apart() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        article = app.article
        assert app.query_one("#entities-pane").border_title == f"Entities: {len(article.entities)}"
        assert app.query_one("#figures-pane").border_title == f"Casualty figures: {len(article.figures)}"
        assert app.query_one("#notes-pane").border_title == f"Publisher notes: {len(article.notes)}"
        assert app.query_one("#figures-pane").border_subtitle == "key 3"


async def test_mentions_are_counted_per_entity_and_overall_only_when_none_is_chosen() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        status = str(app.query_one("#status").render())
        toqaev = next(e for e in app.article.entities if e.name == "Qasym-Zhomart Toqaev")
        everything = sum(len(e.mentions) for e in app.article.entities)
        assert f"mention 1 of {len(toqaev.mentions)} of Qasym-Zhomart Toqaev" in status
        assert f"1 of {everything} mentions of all entities" in status
        entities = app.query_one("#entities")
        await pilot.press("2")
        index = next(i for i in range(entities.option_count)
                     if entities.get_option_at_index(i).id == f"entity-{app.article.entities.index(toqaev)}")
        entities.highlighted = index
        await pilot.press("enter")
        status = str(app.query_one("#status").render())
        assert f"of {len(toqaev.mentions)} of Qasym-Zhomart Toqaev" in status and "all entities" not in status


async def test_the_figures_pane_shows_the_source_without_scrolling_at_100_columns() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        figures = app.query_one("#figures")
        await pilot.press("3")
        await pilot.pause()
        assert figures.max_scroll_x == 0
        shown = " ".join(" ".join(figures.render_line(y).text for y in range(figures.size.height)).split())
        assert "1. 227 killed: people Source: Kazakh authorities DISPUTED by Human rights groups" in shown
