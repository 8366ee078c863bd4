"""Regular expressions that start fast.

CPython compiles a pattern in two steps: parsing and code generation, in
Python (about 40 ms for all of this package's patterns, most of the plain
mode's start-up), then ``_sre.compile`` of the generated code, in C (well
under a millisecond). This module keeps the generated code in the user
cache directory, keyed by the interpreter's build and the ``_sre`` magic,
so later runs skip the slow step. On any miss or surprise it is plain
``re.compile``: the cache can only make start-up faster, never different.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array

from reader.userdirs import cache_dir

try:  # CPython internals; without them this module is re.compile.
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = None
if _sre is not None and array("I").itemsize != getattr(_sre, "CODESIZE", 0):  # pragma: no cover - exotic builds
    _sre = None

_FORMAT = 3  # keys (module, pattern, flags); code as the bytes of an array("I"): ten times faster to load than lists
_KEEP_AT_MOST = 1000
_cache: dict[tuple[str, str, int], tuple] | None = None
_used: set[tuple[str, str, int]] = set()
_modules: set[str] = set()  # the modules that compiled patterns in this run
_dirty = False


def _cache_path() -> str | None:
    base = cache_dir()
    if base is None:
        return None
    tag = f"{_FORMAT}-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}-{sys.hexversion:x}"
    return os.path.join(base, f"regex-{tag}.marshal")


def _load() -> dict[tuple[str, str, int], tuple]:
    path = _cache_path()
    if path is None:
        return {}
    try:
        with open(path, "rb") as handle:
            data = marshal.loads(handle.read())
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def _save() -> None:
    path = _cache_path()
    if path is None or not _dirty or _cache is None:
        return
    # A module compiles its patterns when it is imported, so a pattern that
    # a module imported in this run did not ask for is an older version's
    # (the cache grew 1.5 MB in a day of changing patterns, and plain mode's
    # start-up with it): drop those. Keep every pattern of the modules this
    # run did not import (a text run must not drop the HTML reader's, or the
    # two would rewrite the file in turn). A run that compiled nothing new
    # writes nothing.
    kept = {key: entry for key, entry in _cache.items() if key in _used or key[0] not in _modules}
    if len(kept) > _KEEP_AT_MOST:
        kept = {key: entry for key, entry in kept.items() if key in _used}
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as handle:
            handle.write(marshal.dumps(kept))
        os.replace(tmp, path)
        folder, name = os.path.split(path)
        this_python = name.split("-", 2)[2]
        for stale in os.listdir(folder):  # this Python's caches in older formats
            if stale.startswith("regex-") and stale.endswith(this_python) and stale != name:
                os.unlink(os.path.join(folder, stale))
    except (OSError, ValueError):
        pass


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    global _cache, _dirty
    if _sre is None or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    flags = int(flags)
    if _cache is None:
        _cache = _load()
    module = sys._getframe(1).f_globals.get("__name__", "")
    _modules.add(module)
    key = (module, pattern, flags)
    _used.add(key)
    entry = _cache.get(key)
    if entry is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            words = array("I")
            words.frombytes(code)
            return _sre.compile(pattern, final_flags, words.tolist(), groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 - a stale entry: compile afresh
            pass
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        words = [int(c) for c in code]
        compiled = _sre.compile(pattern, int(flags | parsed.state.flags), words, int(parsed.state.groups - 1),
                                groupindex, tuple(indexgroup))
        entry = (int(flags | parsed.state.flags), array("I", words).tobytes(), int(parsed.state.groups - 1),
                 groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - whatever changed inside re, stay correct
        return re.compile(pattern, flags)
    if not _dirty:
        atexit.register(_save)
    _cache[key] = entry
    _dirty = True
    return compiled
