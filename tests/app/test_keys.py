"""Issue 4: every binding pressed in a running app, and what it changed."""

from __future__ import annotations

import pytest
from textual.binding import Binding
from textual.widgets import Input, OptionList

from reader.app import KzReaderApp
from reader.app.article_view import ArticleView
from reader.app.reader_screen import ReaderBody, ReaderScreen
from reader.app.screens import HelpScreen, OpenScreen
from tests.app.helpers import make_app, ready
from tests.conftest import SAMPLES


def section_of_top(app: KzReaderApp) -> str:
    view = app.query_one(ArticleView)
    return app.article.paragraphs[view.top_paragraph()].section


async def test_opens_the_bundled_sample_with_no_argument() -> None:
    from reader.resources import sample_path

    app = KzReaderApp(str(sample_path()))
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        assert app.title.startswith("President Toqaev Consolidates Power")
        assert isinstance(app.focused, ArticleView)


async def test_panes_arrive_after_the_first_frame_without_moving_the_article() -> None:
    """The panes' lists are mounted just after the first frame, into frames
    that were there from the start: the article does not re-wrap or move
    when they arrive, and pane keys pressed before then do no harm."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        first_region = app.query_one(ArticleView).region
        app.reader.query_one(ReaderBody).action_focus_pane("figures")  # whether or not the table is mounted yet
        await ready(app, pilot)
        assert app.query_one(ArticleView).region == first_region
        app.reader.action_figure(1)
        figures = app.query_one("#figures", OptionList)
        ids = [figures.get_option_at_index(i).id for i in range(figures.option_count)]
        assert [i for i in ids if i] == [f"f{n}" for n in range(len(app.article.figures))]  # one entry a figure
        assert str(figures.get_option_at_index(0).prompt).startswith("The incident's toll:")  # the toll first
        await pilot.press("3")
        assert app.focused.id == "figures"


@pytest.mark.parametrize("next_key, previous_key", [("n", "p"), ("right_square_bracket", "left_square_bracket")])
async def test_sections_next_and_previous(next_key: str, previous_key: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        assert section_of_top(app) == "s1"
        await pilot.press(next_key)
        assert section_of_top(app) == "s2"
        await pilot.press(next_key, next_key)
        assert section_of_top(app) == "s4"
        assert app.query_one("#outline", OptionList).highlighted == 3  # the outline follows
        await pilot.press(previous_key)
        assert section_of_top(app) == "s3"


@pytest.mark.parametrize("key, pane", [("1", "article"), ("2", "entities"), ("3", "figures"), ("4", "notes")])
async def test_number_keys_focus_panes(key: str, pane: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        if key == "1":
            await pilot.press("2")
        await pilot.press(key)
        assert app.focused.id == pane


async def test_tab_moves_focus_between_panes() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        seen = {app.focused.id}
        for _ in range(5):
            await pilot.press("tab")
            seen.add(app.focused.id)
        assert {"article", "entities", "figures", "notes"} <= seen
        before = app.focused.id
        await pilot.press("shift+tab")
        assert app.focused.id != before


@pytest.mark.parametrize("keys, expect", [
    (["j"], 1), (["down"], 1), (["j", "j", "k"], 1), (["j", "up"], 0),
    (["space"], "page"), (["pagedown"], "page"), (["space", "b"], 0), (["pagedown", "pageup"], 0),
    (["G"], "bottom"), (["end"], "bottom"), (["G", "g"], 0), (["G", "home"], 0),
])
async def test_scrolling_keys(keys: list[str], expect) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press(*keys)
        if expect == "page":
            assert view.scroll_y >= view.scrollable_content_region.height - 1
        elif expect == "bottom":
            assert view.scroll_y == view.max_scroll_y > 0
        else:
            assert view.scroll_y == expect


async def test_entity_mentions_forward_and_back() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("e")
        first = view.selection
        text = app.article.paragraphs[first[0]].text[first[1]:first[2]]
        assert text == "Toqaev"  # the first mention in reading order, in the headline
        await pilot.press("e")
        assert view.selection != first
        await pilot.press("E")
        assert view.selection == first


async def test_choosing_an_entity_steps_through_its_mentions() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        entities = app.query_one("#entities", OptionList)
        await pilot.press("2")
        names = {f"entity-{i}": e.name for i, e in enumerate(app.article.entities)}
        target = next(i for i in range(entities.option_count)
                      if names.get(entities.get_option_at_index(i).id) == "Almaty")
        entities.highlighted = target
        await pilot.press("enter")
        view = app.query_one(ArticleView)
        index, start, end, _ = view.selection
        assert app.article.paragraphs[index].text[start:end] == "Almaty"
        assert "Almaty, mention 1 of 1" in str(app.query_one("#status").render())
        assert view.chosen == {index: [(start, end)]}  # every mention of it is marked
        await pilot.press("escape")
        assert view.chosen == {} and app.reader.nav.entity is None


async def test_figures_forward_and_back_scroll_to_the_sentence() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("f")
        assert app.reader.nav.figure_at == 0
        index, start, end, kind = view.selection
        assert kind == "figure" and "227 people were killed" in app.article.paragraphs[index].text[start:end]
        assert view.scroll_y > 0  # the sentence was brought into view
        await pilot.press("f", "f")
        assert app.reader.nav.figure_at == 2
        await pilot.press("F")
        assert app.reader.nav.figure_at == 1
        figures = app.query_one("#figures", OptionList)
        assert figures.highlighted is not None and figures.get_option_at_index(figures.highlighted).id == "f1"


async def test_selecting_a_figure_row_marks_it() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("3", "down", "down")
        assert app.reader.nav.figure_at == 2
        assert app.query_one(ArticleView).selection[3] == "figure"


async def test_search_uses_n_for_matches_only_while_active() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash")
        assert isinstance(app.focused, Input)
        await pilot.press(*"nazarbaev", "enter")
        assert len(app.reader.nav.matches) == 7
        first = app.reader.nav.match_at
        await pilot.press("n")
        assert app.reader.nav.match_at == first + 1
        await pilot.press("N")
        assert app.reader.nav.match_at == first
        sections_before = section_of_top(app)
        await pilot.press("escape")
        assert app.reader.nav.matches == [] and app.reader.nav.query == ""
        await pilot.press("g", "n")  # n moves by section again
        assert section_of_top(app) == "s2"
        assert sections_before  # (the search had moved the view)


async def test_search_not_found_says_so() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", *"qwertyzz", "enter")
        assert app.reader.nav.matches == [] and "Not found" in str(app.query_one("#status").render())


async def test_keys_typed_at_once_after_slash_reach_the_search_line() -> None:
    """A paste or a fast typist: the keys after / arrive before the search
    line exists. They are its text, not the reader's keys (z, h), and a /
    in the search line is typed, not a new search."""
    from textual import events

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        for character in "/kazakh/z":
            key = "slash" if character == "/" else character
            app.post_message(events.Key(key, character))  # all queued before any is handled
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.focused, Input) and app.focused.value == "kazakh/z"
        assert view.highlights and not app.reader.has_class("-panes-off")  # h and z were typed, not pressed


async def test_highlights_toggle() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        view = app.query_one(ArticleView)
        assert view.highlights
        await pilot.press("h")
        assert not view.highlights and not app.query_one("#legend").display
        await pilot.press("h")
        assert view.highlights


async def test_theme_cycles_including_high_contrast() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        seen = set()
        for _ in range(4):
            await pilot.press("t")
            seen.add(app.theme)
        assert "kzreader-high-contrast" in seen and len(seen) == 4


async def test_help_screen_lists_every_binding() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        bindings = [*app.BINDINGS, *ReaderScreen.BINDINGS, *ReaderBody.BINDINGS, *ArticleView.BINDINGS]
        assert len(app.screen.rows) == len(bindings) + 2  # and tab, ctrl+p
        for binding, (keys, _) in zip(bindings, app.screen.rows[:len(bindings)], strict=True):
            assert app.get_key_display(Binding(binding.key.split(",")[0], "")) in keys
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_open_another_file_and_a_bad_one() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("o")
        assert isinstance(app.screen, OpenScreen)
        await pilot.press(*str(SAMPLES / "nope.txt"), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.article.title.startswith("President Toqaev")  # still usable
        assert "no such file" in str(app.query_one("#status").render())
        await pilot.press("o", *str(SAMPLES / "rights-report-darfur.txt"), "enter")
        await ready(app, pilot)
        assert app.title.startswith("Sudan: Attacks")


async def test_command_palette_lists_the_actions() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for binding in [*app.BINDINGS, *ReaderScreen.BINDINGS, *ReaderBody.BINDINGS]:
            if binding.action != "quit":
                assert binding.description in titles


async def test_quit() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("q")
        assert app._exit  # the app is closing


async def test_keymap_file_remaps_by_binding_id(tmp_path, monkeypatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[keymap]\n"section.next" = "x"\n', encoding="utf-8")
    monkeypatch.setenv("KZREADER_CONFIG", str(config))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("x")
        assert section_of_top(app) == "s2"


async def test_resizing_keeps_the_reading_position() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("n", "n", "n")
        view = app.query_one(ArticleView)
        before = view.top_paragraph()
        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        assert view.top_paragraph() == before
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert view.top_paragraph() == before


async def test_cursor_follows_the_selection_for_braille() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("f")
        view = app.query_one(ArticleView)
        index, start, _, _ = view.selection
        line = view.line_of(index, start) - int(view.scroll_y)
        assert app.cursor_position.y == view.scrollable_content_region.y + line
