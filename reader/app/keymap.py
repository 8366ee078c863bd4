"""User key remapping: ``[keymap]`` in the platform's config directory.

    # ~/.config/kzreader/config.toml (Linux; see `kzreader --help`)
    [keymap]
    "section.next" = "n,l"
    "app.quit" = "q,ctrl+q"

Keys are binding ids (the README's keys table lists them); values are
comma-separated Textual key names ("n", "ctrl+q", "right_square_bracket",
"pagedown"). Every entry is checked when the app starts: an unknown id or
a key Textual has no name for is reported, naming its line, and that
binding keeps its default keys (a typo never unbinds a key).
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.resources import config_file

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})


def valid_key(key: str) -> bool:
    """Whether Textual knows ``key`` ("n", "ctrl+q", "pagedown", "right_square_bracket")."""
    from textual.keys import Keys, key_to_character

    *modifiers, base = key.split("+")
    if not base or any(m not in MODIFIERS for m in modifiers):
        return False
    if len(base) == 1:
        return base.isprintable() and not base.isspace()
    return base in {k.value for k in Keys} or key_to_character(base) is not None


def keymap_path() -> Path | None:
    """The keymap file's path (it may not exist), or None where no config place is known."""
    name = config_file()
    return Path(name) if name else None


def _line_of(text: str, binding_id: str) -> int | None:
    """The 1-based line where ``binding_id`` is given a value."""
    name = re.escape(binding_id)
    pattern = re.compile(rf"""^\s*(?:"{name}"|'{name}'|{name})\s*=""")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return None


def check_entries(keymap: object, text: str, path: Path,
                  known_ids: set[str] | None) -> tuple[dict[str, str], list[str]]:
    """The entries that can be applied, and one problem line per entry that cannot."""
    if not isinstance(keymap, dict):
        return {}, [f"{path}: [keymap] must be a table of binding ids and key strings"]
    good: dict[str, str] = {}
    problems: list[str] = []
    for binding_id, keys in keymap.items():
        line = _line_of(text, str(binding_id))
        where = f"{path}, line {line}" if line else f"{path}"
        if known_ids is not None and binding_id not in known_ids:
            problems.append(f"{where}: no binding has the id {binding_id!r}; ignored")
        elif not isinstance(keys, str) or not keys.strip():
            problems.append(f"{where}: {binding_id!r} needs keys in a string, like \"n,l\"; the default keys are kept")
        elif bad := [k for k in (part.strip() for part in keys.split(",")) if not valid_key(k)]:
            problems.append(f"{where}: {', '.join(repr(k) for k in bad)} is not a key name Textual knows; "
                            f"{binding_id!r} keeps its default keys")
        else:
            good[binding_id] = ",".join(part.strip() for part in keys.split(","))
    return good, problems


def load_keymap(path: Path | None = None, known_ids: set[str] | None = None) -> tuple[dict[str, str], list[str]]:
    """(keymap, problems): a bad file or entry is reported, never fatal.
    (tomllib is imported only when there is a file: most users have none,
    and the app's first frame should not wait for a parser it does not need.)"""
    path = path or keymap_path()
    if path is None:
        return {}, []
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, []
    except (OSError, UnicodeDecodeError) as exc:
        return {}, [f"{path}: {exc}"]
    if not text.strip():
        return {}, []  # an empty file (or KZREADER_CONFIG=/dev/null) remaps nothing
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return {}, [f"{path}: {exc}; no key was remapped"]
    return check_entries(data.get("keymap", {}), text, path, known_ids)
