"""Where the config file is: $KZREADER_CONFIG, else platformdirs' config directory."""

from __future__ import annotations

import os

import platformdirs

from reader.resources import config_file


def test_config_override(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("KZREADER_CONFIG", str(tmp_path / "mine.toml"))
    assert config_file() == str(tmp_path / "mine.toml")


def test_platformdirs_decides_otherwise(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("KZREADER_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    expected = os.path.join(platformdirs.user_config_dir("kzreader", appauthor=False), "config.toml")
    assert config_file() == expected
    if os.name == "posix" and platformdirs.user_config_dir("x").startswith(str(tmp_path)):
        assert config_file() == str(tmp_path / "kzreader" / "config.toml")
