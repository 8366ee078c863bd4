"""The trained entity labeller: a linear-chain CRF (python-crfsuite).

The model (model.crfsuite, package data) is written by training/ner.py and
loaded lazily, once, on the first tagging.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

MODEL = Path(__file__).with_name("model.crfsuite")


@cache
def tagger():
    """The CRF tagger, opened on first use."""
    import pycrfsuite  # type: ignore[import-untyped]

    opened = pycrfsuite.Tagger()
    opened.open(str(MODEL))
    return opened
