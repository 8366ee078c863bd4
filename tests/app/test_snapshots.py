"""Snapshots of the main screen at 80x24 and 120x40 in the dark and light
themes and under NO_COLOR, a figure selected, and the help screen.

Update them with ``pytest tests/app/test_snapshots.py --snapshot-update``
after a deliberate change, and look at the report before committing.
"""

from __future__ import annotations

import pytest

from tests.app.helpers import make_app, ready


async def _settle(pilot) -> None:
    await ready(pilot.app, pilot)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("look", ["textual-dark", "textual-light", "no-color"])
def test_main_screen(snap_compare, monkeypatch, size, look) -> None:
    if look == "no-color":
        monkeypatch.setenv("NO_COLOR", "1")

    async def settle(pilot) -> None:
        if look != "no-color":
            pilot.app.theme = look
        await _settle(pilot)
        await pilot.press("e")  # a mention selected and said in the status line
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=size, run_before=settle)


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
