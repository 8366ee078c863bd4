from __future__ import annotations

import pytest

from tests.web.server import LocalServer


@pytest.fixture(scope="session")
def server():
    """One real HTTP server on localhost for the session."""
    running = LocalServer().start()
    yield running
    running.stop()


@pytest.fixture
def options(tmp_path):
    """Fetch options with a cache of the test's own and short timeouts."""
    from reader.web.fetch import FetchOptions

    return FetchOptions(cache_root=str(tmp_path / "cache"), read_timeout=5.0, connect_timeout=5.0)


@pytest.fixture(autouse=True)
def _own_cache(monkeypatch, tmp_path):
    """Never touch the user's cache: the CLI and app caches go under tmp_path."""
    monkeypatch.setenv("KZREADER_CACHE_DIR", str(tmp_path / "user-cache"))
