"""Module-level regular expressions that compile on first use.

``rx.compile(pattern, flags)`` returns a stand-in for ``re.compile(pattern,
flags)`` that compiles the pattern the first time one of its methods or
attributes is asked for, so a stage that does not run (the HTML reader on
a text input, the figure finder under ``--no-figures``) compiles nothing,
and an input only pays for the patterns it reaches. After the first use
the pattern's own bound methods sit in the stand-in's slots: a call such as
``PATTERN.search(text)`` costs what it costs on the compiled pattern.

Type checkers see ``re.compile`` itself. The stand-in offers the whole
public API of a compiled pattern (methods, ``pattern``, ``flags``,
``groups``, ``groupindex``); pass ``.compiled`` where ``re`` functions
need a real ``re.Pattern``.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_COMPILED_ATTRIBUTES = ("groups", "groupindex", "compiled")


class LazyPattern:
    """A pattern and its flags, compiled by ``re.compile`` on first use."""

    __slots__ = ("pattern", "_flags", *_METHODS, *_COMPILED_ATTRIBUTES)

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = int(flags)

    def _compile(self) -> re.Pattern[str]:
        compiled = re.compile(self.pattern, self._flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        self.compiled = compiled
        return compiled

    def __getattr__(self, name: str) -> object:
        # Only called for a slot not filled yet: compile, then answer.
        if name in _METHODS or name in _COMPILED_ATTRIBUTES:
            self._compile()
            return getattr(self, name)
        raise AttributeError(name)

    @property
    def flags(self) -> int:
        return self.compiled.flags  # the flags re reports (with the inline ones and re.UNICODE)

    @property
    def is_compiled(self) -> bool:
        try:
            object.__getattribute__(self, "compiled")
        except AttributeError:
            return False
        return True

    def __repr__(self) -> str:
        return f"rx.compile({self.pattern!r}, {self._flags})"


if TYPE_CHECKING:
    from re import compile as compile
else:

    def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
        return LazyPattern(pattern, flags)
