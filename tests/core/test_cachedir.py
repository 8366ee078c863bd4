"""The cache directory: platformdirs' answer, without importing it on start-up."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from reader.cachedir import cache_dir


@pytest.mark.parametrize("xdg", [None, "/tmp/some-xdg-cache", "  "])
def test_same_directory_as_platformdirs(monkeypatch, xdg) -> None:
    monkeypatch.delenv("KZREADER_CACHE_DIR", raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache_dir() == platformdirs.user_cache_dir("kzreader", appauthor=False)


def test_override(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("KZREADER_CACHE_DIR", str(tmp_path))
    assert cache_dir() == str(tmp_path)


def test_other_platforms_ask_platformdirs(monkeypatch) -> None:
    monkeypatch.delenv("KZREADER_CACHE_DIR", raising=False)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert cache_dir() == platformdirs.user_cache_dir("kzreader", appauthor=False)
