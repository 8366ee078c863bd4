from __future__ import annotations

from reader.app import KzReaderApp
from tests.conftest import SAMPLES


def make_app(name: str = "kazakh-party-leader.txt") -> KzReaderApp:
    return KzReaderApp(str(SAMPLES / name))


async def ready(app: KzReaderApp, pilot) -> None:
    """Wait until the article is analysed, shown, and the side panes filled."""
    from reader.app.panes import Outline

    await app.workers.wait_for_complete()
    for _ in range(50):
        await pilot.pause()
        if app.article is not None and app.query(Outline) and app.query_one(Outline).option_count:
            return
    raise AssertionError("the article never showed")
