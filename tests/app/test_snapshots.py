"""Issue 4: snapshots of the main screen (120x40, 80x24) and the help screen.

Update them with ``pytest tests/app/test_snapshots.py --snapshot-update``
after a deliberate change, and look at the report before committing.
"""

from __future__ import annotations

from tests.app.helpers import make_app, ready


async def _settle(pilot) -> None:
    await ready(pilot.app, pilot)


def test_main_screen_wide(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_settle)


def test_main_screen_narrow(snap_compare) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_settle)


def test_figure_selected(snap_compare) -> None:
    async def select(pilot) -> None:
        await _settle(pilot)
        await pilot.press("f")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=select)


def test_help_screen(snap_compare) -> None:
    async def open_help(pilot) -> None:
        await _settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=open_help)
