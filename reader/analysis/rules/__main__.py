"""Compile the rule files: ``python -m reader.analysis.rules`` writes each
rules/*.toml as the .json beside it that the package reads at run time."""

from __future__ import annotations

import glob
import os

from reader.analysis.rules.engine import compile_json

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    for source in sorted(glob.glob(os.path.join(HERE, "*.toml"))):
        target = source[:-5] + ".json"
        compile_json(source, target)
        print(f"wrote {os.path.relpath(target)}")
