"""User key remapping: ``[keymap]`` in the platform's config directory.

    # ~/.config/kzreader/config.toml (Linux; see `kzreader --help`)
    [keymap]
    "section.next" = "n,right_square_bracket,l"
    "app.quit" = "q,ctrl+q"

Keys are binding ids (listed in the help screen and the README); values
are comma-separated Textual key names.
"""

from __future__ import annotations

from pathlib import Path

from reader.resources import config_file


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """(keymap, problem): a bad file is reported, never fatal. (tomllib is
    imported only when there is a file: most users have none, and the app's
    first frame should not wait for a parser it does not need.)"""
    name = path or config_file()
    if name is None:
        return {}, None
    path = Path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as exc:
        return {}, f"{path}: {exc}"
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return {}, f"{path}: {exc}"
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in keymap.items()):
        return {}, f"{path}: [keymap] must map binding ids to key strings"
    return dict(keymap), None
