from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = ROOT / "tests" / "gold"


def sample_names() -> list[str]:
    return sorted(p.stem for p in GOLD.glob("*.json"))


def sample_file(name: str) -> Path:
    return next(SAMPLES.glob(f"{name}.*"))


@cache
def analysis_of(name: str) -> dict:
    from reader.analysis import analyze
    from reader.export import to_dict

    return to_dict(analyze(sample_file(name)))


def article_of(text: str, name: str = "t.txt"):
    """The analysis of a text written in a test, read as a file of that name would be."""
    from reader.analysis import analyze_document
    from reader.ingest import from_bytes

    return analyze_document(from_bytes(text.encode(), name=name))


@cache
def gold_of(name: str) -> dict:
    return json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(params=sample_names())
def sample(request) -> str:
    return request.param
