"""The cache and config directories: platformdirs' answers, without importing it on start-up."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from reader.userdirs import cache_dir, config_file


@pytest.mark.parametrize("xdg", [None, "/tmp/some-xdg-dir", "  "])
@pytest.mark.parametrize("variable, ours, theirs", [
    ("XDG_CACHE_HOME", cache_dir, lambda: platformdirs.user_cache_dir("kzreader", appauthor=False)),
    ("XDG_CONFIG_HOME", config_file,
     lambda: str(platformdirs.user_config_path("kzreader", appauthor=False) / "config.toml"))])
def test_same_directories_as_platformdirs(monkeypatch, xdg, variable, ours, theirs) -> None:
    monkeypatch.delenv("KZREADER_CACHE_DIR", raising=False)
    monkeypatch.delenv("KZREADER_CONFIG", raising=False)
    if xdg is None:
        monkeypatch.delenv(variable, raising=False)
    else:
        monkeypatch.setenv(variable, xdg)
    assert ours() == theirs()


def test_config_override(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("KZREADER_CONFIG", str(tmp_path / "mine.toml"))
    assert config_file() == str(tmp_path / "mine.toml")


def test_override(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("KZREADER_CACHE_DIR", str(tmp_path))
    assert cache_dir() == str(tmp_path)


def test_other_platforms_ask_platformdirs(monkeypatch) -> None:
    monkeypatch.delenv("KZREADER_CACHE_DIR", raising=False)
    monkeypatch.delenv("KZREADER_CONFIG", raising=False)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert cache_dir() == platformdirs.user_cache_dir("kzreader", appauthor=False)
    assert config_file() == str(platformdirs.user_config_path("kzreader", appauthor=False) / "config.toml")


def test_gazetteer_caches_of_other_installations_are_kept_a_month(monkeypatch, tmp_path) -> None:
    import os
    import time

    from reader.analysis import gazetteer as gz

    monkeypatch.setenv("KZREADER_CACHE_DIR", str(tmp_path))
    fresh, old = tmp_path / "gazetteer-0-other-install.marshal", tmp_path / "gazetteer-0-long-gone.marshal"
    fresh.write_bytes(b"x")
    old.write_bytes(b"x")
    month_and_a_day = time.time() - 31 * 86400
    os.utime(old, (month_and_a_day, month_and_a_day))
    built = gz.gazetteer.__wrapped__()  # builds and writes this installation's cache
    assert "Kazakhstan" in built.countries
    assert fresh.exists() and not old.exists()
    assert len(list(tmp_path.glob("gazetteer-*.marshal"))) == 2
