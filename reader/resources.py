"""Where the bundled sample articles and styles are, installed or not.

A wheel carries them under ``reader/_data/`` (see ``pyproject.toml``); a
source checkout (editable install) has them at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
DEFAULT_SAMPLE = "kazakh-party-leader.txt"


def data_dir(name: str) -> Path:
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kzreader's {name}/ folder is missing from this installation")


def sample_path(name: str = DEFAULT_SAMPLE) -> Path:
    return data_dir("samples") / name

