"""The library and ledger screens under Pilot: rows arrive while the rest are analysed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from benchmarks.generate import write_many
from reader.app import library
from reader.app.ledger_screen import LedgerScreen, LedgerTable
from reader.app.library import LibraryScreen, LibraryTable, library_app
from tests.batch.articles import write_articles


@pytest.fixture(autouse=True)
def _quiet_app(monkeypatch, tmp_path):
    monkeypatch.setenv("KZREADER_CONFIG", str(tmp_path / "none.toml"))
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")


def _table(app) -> LibraryTable:
    return app.library.query_one(LibraryTable)


async def _until(pilot, condition, tries: int = 3000) -> None:
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("never happened")


async def test_first_rows_come_while_the_rest_are_analysed_and_keys_act_meanwhile(tmp_path: Path) -> None:
    write_many(tmp_path, 1000)  # one worker: seconds of work on any machine
    app = library_app([str(tmp_path)], jobs=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: _table(app).row_count > 0)
        assert not app.library.done and _table(app).row_count < 1000
        await pilot.press("s")  # sort by title
        assert app.library.sort_column == "title"
        titles = [_table(app).get_row_at(n)[0].plain.casefold() for n in range(_table(app).row_count)]
        assert titles == sorted(titles)
        await pilot.press("slash", *"kerr")
        await _until(pilot, lambda: app.library.matching is not None)
        shown = _table(app).row_count
        assert app.library.matching is not None and 0 < shown <= len(app.library.summaries)
        assert not app.library.done  # all of this while the analysis goes on
        await pilot.press("escape")
        await _until(pilot, lambda: app.library.done)
        assert _table(app).row_count == 1000
        assert app.library.query_one("#library-progress").percentage == 1
        titles = [_table(app).get_row_at(n)[0].plain.casefold() for n in range(1000)]
        assert titles == sorted(titles)  # the rows that came later are sorted in too


def _hold_the_analysis(monkeypatch) -> threading.Event:
    """The library's analysis waits until the returned event is set (set it before the test ends)."""
    go = threading.Event()
    real = LibraryScreen._results

    def held(self):
        go.wait(60)
        yield from real(self)

    monkeypatch.setattr(LibraryScreen, "_results", held)
    return go


async def test_rows_show_before_their_analysis_and_fill_in_where_they_are(tmp_path: Path, monkeypatch) -> None:
    write_articles(tmp_path)
    go = _hold_the_analysis(monkeypatch)
    app = library_app([str(tmp_path)], jobs=1)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            table = _table(app)
            await pilot.pause()
            assert table.row_count == 6 and not app.library.summaries  # every row, before any analysis
            cells = {table.get_row(key)[6].plain: table.get_row(key) for key in table.rows}
            assert cells["quake.html"][0].plain == "Quake hits Tessaly Valley"
            assert cells["storm.md"][0].plain == "Floods in Mombasa: death toll rises"
            assert cells["binary.txt"][0].plain == "binary.txt" and cells["storm.txt"][4].plain == ""
            order = [table.get_row_at(n)[6].plain for n in range(6)]
            await pilot.press("slash", *"marrow", "enter")  # keys act: nothing analysed mentions it yet
            await _until(pilot, lambda: app.library.matching is not None)
            assert table.row_count == 0
            await pilot.press("escape")
            assert table.row_count == 6 and [table.get_row_at(n)[6].plain for n in range(6)] == order
            go.set()
            await _until(pilot, lambda: app.library.done)
            assert table.row_count == 6 and not app.library.glanced
            assert [table.get_row_at(n)[6].plain for n in range(6)] == order  # filled in where they were
            cells = {table.get_row(key)[6].plain: table.get_row(key) for key in table.rows}
            assert cells["storm.txt"][4] == 3 and cells["storm.txt"][5].plain == "300 displaced"
            assert cells["binary.txt"][0].plain.startswith("cannot read")
    finally:
        go.set()


async def test_only_the_first_rows_come_from_a_look_and_sorting_meanwhile_works(tmp_path: Path,
                                                                                monkeypatch) -> None:
    write_articles(tmp_path)
    monkeypatch.setattr(library, "GLANCED", 4)
    go = _hold_the_analysis(monkeypatch)
    app = library_app([str(tmp_path)], jobs=2)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            table = _table(app)
            await pilot.pause()
            assert table.row_count == 4
            await pilot.press("s", "s", "s")  # sort by people: no counts yet
            assert app.library.sort_column == "people"
            go.set()
            await _until(pilot, lambda: app.library.done)
            assert table.row_count == 6 and len({table.get_row_at(n)[6].plain for n in range(6)}) == 6
            people = [table.get_row_at(n)[2] for n in range(6)]
            assert people == sorted(people) and all(isinstance(n, int) for n in people)
    finally:
        go.set()


async def test_enter_reads_escape_returns_filter_merges_aliases(tmp_path: Path) -> None:
    write_articles(tmp_path)
    (tmp_path / "markup.txt").write_text("[bold red]Not markup[/bold red] in Lindmoor\n\nTwo people were hurt "
                                         "in Lindmoor on Monday.\n", encoding="utf-8")
    app = library_app([str(tmp_path)], jobs=2)
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: app.library.done)
        table = _table(app)
        assert table.row_count == 7
        cells = {table.get_row(key)[6].plain: table.get_row(key) for key in table.rows}
        assert cells["markup.txt"][0].plain.startswith("[bold red]Not markup[/bold red]")
        assert cells["storm.txt"][1].plain == "2025-03-04" and cells["storm.txt"][4] == 3
        assert cells["storm.txt"][5].plain == "300 displaced"
        assert cells["empty.txt"][0].plain.startswith("cannot read")
        await pilot.press("slash", *"marrow", "enter")
        await _until(pilot, lambda: app.library.matching is not None)
        assert sorted(table.get_row_at(n)[6].plain for n in range(table.row_count)) == ["storm.md", "storm.txt"]
        await pilot.press("enter")
        assert not isinstance(app.screen, LibraryScreen) and app.article is not None
        assert app.article.source.endswith(("storm.md", "storm.txt"))
        await pilot.press("slash", *"river", "enter")
        assert app.reader.nav is not None and app.reader.nav.query == "river"
        await pilot.press("escape")  # ends the search first
        assert app.screen is app.reader and not app.reader.nav.query
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen) and table.row_count == 2  # the filter is kept
        await pilot.press("escape")
        assert table.row_count == 7


async def test_the_ledger_opens_the_article_at_its_figure(tmp_path: Path) -> None:
    write_articles(tmp_path)
    app = library_app([str(tmp_path)], jobs=2)
    async with app.run_test(size=(140, 40)) as pilot:
        await _until(pilot, lambda: app.library.done)
        await pilot.press("l")
        assert isinstance(app.screen, LedgerScreen)
        ledger = app.screen
        table = app.screen.query_one(LedgerTable)
        assert table.row_count == len(ledger.rows) == 6
        wounded = next(n for n, r in enumerate(ledger.rows) if r["category"] == "wounded" and r["count"] == 40)
        table.move_cursor(row=wounded)
        await pilot.press("enter")
        await _until(pilot, lambda: app.reader.nav is not None and app.reader.nav.figure_at >= 0)
        assert app.screen is app.reader
        assert app.article is not None and app.article.source.endswith("outlet-a/storm.txt")
        figure = app.article.figures[app.reader.nav.figure_at]
        assert figure.paragraph == ledger.rows[wounded]["paragraph"]
        await pilot.press("escape")
        assert isinstance(app.screen, LibraryScreen)
