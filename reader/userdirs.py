"""Where kzreader keeps its caches and reads its configuration.

On Linux and the BSDs these follow the XDG base directory rules that
platformdirs applies there (``$XDG_CACHE_HOME/kzreader``, else
``~/.cache/kzreader``; ``$XDG_CONFIG_HOME/kzreader``, else
``~/.config/kzreader``), worked out without importing platformdirs: plain
mode and ``--json`` start in about the time Python itself takes, and that
import alone would be a tenth of it (and a few milliseconds of the app's
first frame). Elsewhere platformdirs decides. ``KZREADER_CACHE_DIR``
overrides the cache directory; ``KZREADER_CONFIG`` names the config file.
"""

from __future__ import annotations

import os
import sys

_XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")
_XDG = {"cache": ("XDG_CACHE_HOME", "~/.cache"), "config": ("XDG_CONFIG_HOME", "~/.config")}


def _user_dir(kind: str) -> str | None:
    if sys.platform.startswith(_XDG_PLATFORMS):
        variable, default = _XDG[kind]
        xdg = os.environ.get(variable, "").strip()
        return os.path.join(xdg or os.path.expanduser(default), "kzreader")
    try:
        import platformdirs
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return None
    return getattr(platformdirs, f"user_{kind}_dir")("kzreader", appauthor=False)


def cache_dir() -> str | None:
    """The cache directory (it may not exist yet), or None if none is known."""
    return os.environ.get("KZREADER_CACHE_DIR") or _user_dir("cache")


def config_file() -> str | None:
    """The config file (it may not exist), or None if no place is known."""
    override = os.environ.get("KZREADER_CONFIG")
    if override:
        return override
    folder = _user_dir("config")
    return os.path.join(folder, "config.toml") if folder else None
