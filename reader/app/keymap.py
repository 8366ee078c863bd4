"""User key remapping: ``[keymap]`` in the platform's config directory.

    # ~/.config/kzreader/config.toml (Linux; see `kzreader --help`)
    [keymap]
    "section.next" = "n,right_square_bracket,l"
    "app.quit" = "q,ctrl+q"

Keys are binding ids (listed in the help screen and the README); values
are comma-separated Textual key names.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path


def config_path() -> Path:
    override = os.environ.get("KZREADER_CONFIG")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("kzreader", appauthor=False)) / "config.toml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """(keymap, problem): a bad file is reported, never fatal."""
    path = path or config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, f"{path}: {exc}"
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in keymap.items()):
        return {}, f"{path}: [keymap] must map binding ids to key strings"
    return dict(keymap), None
