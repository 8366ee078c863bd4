"""``Record``: immutable typed records that cost nothing to import.

The model is written as classes of annotated fields, the way
``typing.NamedTuple`` and ``dataclasses`` read, and type checkers see
exactly ``typing.NamedTuple``. At run time the class body becomes a
``collections.namedtuple`` (which ``typing.NamedTuple`` itself builds on):
positional or keyword construction with defaults, ``repr``, equality,
hashing, immutability, ``_replace`` and pickling, all from the standard
library.

Why not ``dataclasses`` or ``typing`` directly: plain mode and ``--json``
must start in a few times Python's own start-up (issue #5), and measured
on this project's machines ``import dataclasses`` alone costs about 0.8x
that start-up (it imports inspect, ast, dis and tokenize), each frozen
slotted dataclass about 0.8 ms more, and ``import typing`` about 0.3x.
``collections`` is already imported by ``re``.
"""

from __future__ import annotations

from collections import namedtuple

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time

if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:

    class _RecordMeta(type):
        def __new__(mcls, name, bases, namespace):
            if not bases:  # Record itself
                return super().__new__(mcls, name, bases, namespace)
            fields = list(namespace.get("__annotations__", {}))
            defaults = [namespace[f] for f in fields if f in namespace]
            if any(f not in namespace for f in fields[len(fields) - len(defaults):]):
                raise TypeError(f"{name}: a field without a default follows one with a default")
            cls = namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
            cls.__qualname__ = namespace.get("__qualname__", name)
            for key, value in namespace.items():  # methods, properties, the docstring
                if key not in fields and key not in ("__module__", "__qualname__", "__annotations__", "__slots__"):
                    setattr(cls, key, value)
            cls.__annotations__ = namespace.get("__annotations__", {})
            return cls

    class Record(metaclass=_RecordMeta):
        """Base of the immutable records: subclass it with annotated fields."""

        __slots__ = ()
