"""The trained entity labeller: a linear-chain CRF (python-crfsuite).

The model (model.crfsuite, package data) is written by training/ner.py and
loaded lazily, once, on the first tagging.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from types import ModuleType

MODEL = os.path.join(os.path.dirname(__file__), "model.crfsuite")


class _OnFirstUse(ModuleType):
    """A module that is imported when first used. python-crfsuite imports
    tempfile (and with it shutil and random) and its training log parser
    (fractions, decimal) when it loads, for training and model dumps that
    tagging never asks for: a quarter of plain mode's start-up budget."""

    def __getattr__(self, attribute: str):
        import importlib

        return getattr(importlib.import_module(self.__name__), attribute)


@cache
def tagger():
    """The CRF tagger, opened on first use."""
    deferred = [name for name in ("tempfile", "pycrfsuite._logparser") if name not in sys.modules]
    for name in deferred:
        sys.modules[name] = _OnFirstUse(name)
    try:
        import pycrfsuite
    finally:
        for name in deferred:
            if isinstance(sys.modules.get(name), _OnFirstUse):
                del sys.modules[name]
    opened = pycrfsuite.Tagger()
    opened.open(MODEL)
    return opened
