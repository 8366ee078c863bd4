"""Where kzreader keeps its caches (compiled patterns, reference data).

On Linux and the BSDs this is the XDG base directory rule that platformdirs
applies there (``$XDG_CACHE_HOME/kzreader``, else ``~/.cache/kzreader``),
worked out without importing platformdirs: plain mode and ``--json`` start
in about the time Python itself takes, and that import alone would be a
tenth of it. Elsewhere platformdirs decides. ``KZREADER_CACHE_DIR``
overrides both.
"""

from __future__ import annotations

import os
import sys

_XDG_PLATFORMS = ("linux", "freebsd", "openbsd", "netbsd")


def cache_dir() -> str | None:
    """The cache directory (it may not exist yet), or None if none is known."""
    base = os.environ.get("KZREADER_CACHE_DIR")
    if base:
        return base
    if sys.platform.startswith(_XDG_PLATFORMS):
        xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
        return os.path.join(xdg or os.path.expanduser("~/.cache"), "kzreader")
    try:
        from platformdirs import user_cache_dir
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return None
    return user_cache_dir("kzreader", appauthor=False)
