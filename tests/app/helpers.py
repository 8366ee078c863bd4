from __future__ import annotations

from reader.app import KzReaderApp
from tests.conftest import SAMPLES


def make_app(name: str = "kazakh-party-leader.txt") -> KzReaderApp:
    return KzReaderApp(str(SAMPLES / name))


async def ready(app: KzReaderApp, pilot) -> None:
    """Wait until the worker has analysed the article and the screen settled."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert app.article is not None
