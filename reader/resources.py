"""Where the bundled sample articles and styles are, installed or not.

A wheel carries them under ``reader/_data/`` (see ``pyproject.toml``); a
source checkout (editable install) has them at the top of the repository.
(``os.path`` here, not ``pathlib``: plain mode asks ``bundled_name`` and
must not pay for pathlib at start-up.)
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from pathlib import Path

_PACKAGE = os.path.dirname(os.path.realpath(__file__))
DEFAULT_SAMPLE = "kazakh-party-leader.txt"


def _candidates(name: str) -> tuple[str, str]:
    return os.path.join(_PACKAGE, "_data", name), os.path.join(os.path.dirname(_PACKAGE), name)


def data_folder(name: str) -> str:
    """The bundled folder ``name`` (samples, styles) as a path string."""
    for candidate in _candidates(name):
        if os.path.isdir(candidate):
            return candidate
    raise FileNotFoundError(f"kzreader's {name}/ folder is missing from this installation")


def data_dir(name: str) -> Path:
    from pathlib import Path

    return Path(data_folder(name))


def sample_file(name: str = DEFAULT_SAMPLE) -> str:
    """A bundled sample's path as a string (no pathlib: the command's default input)."""
    return os.path.join(data_folder("samples"), name)


def sample_path(name: str = DEFAULT_SAMPLE) -> Path:
    return data_dir("samples") / name


def bundled_name(path: str) -> str | None:
    """The file name of a bundled sample given by its full path, else None."""
    full = os.path.realpath(path) if os.path.isabs(path) else None
    if full and any(os.path.dirname(full) == folder for folder in _candidates("samples")):
        return os.path.basename(full)
    return None


def config_file() -> str | None:
    """The config file (it may not exist): ``$KZREADER_CONFIG``, else
    ``config.toml`` in the platform's config directory (platformdirs,
    imported only when asked: plain mode never asks)."""
    override = os.environ.get("KZREADER_CONFIG")
    if override:
        return override
    import platformdirs

    return os.path.join(platformdirs.user_config_dir("kzreader", appauthor=False), "config.toml")
