"""Frogmouth, timed as benchmarks/_launch.py times kzreader (run by the
Python of a virtual environment that has frogmouth, never kzreader's: its
Textual is older).

    FROGMOUTH_PYTHON benchmarks/_launch_frogmouth.py first PATH   # its first frame
    FROGMOUTH_PYTHON benchmarks/_launch_frogmouth.py shown PATH   # the document's blocks are mounted

Reads KZ_BENCH_T0 and KZ_BENCH_OUT like _launch.py, writes the seconds from
launch to that frame (and the process's CPU seconds) and leaves at once.
"""

from __future__ import annotations

import os
import sys
import time
from argparse import Namespace
from pathlib import Path

mode, path = sys.argv[1], sys.argv[2]


def report() -> None:
    elapsed = time.time() - float(os.environ["KZ_BENCH_T0"])
    Path(os.environ["KZ_BENCH_OUT"]).write_text(f"{elapsed:.6f} {time.process_time():.6f}")  # wall, CPU
    os._exit(0)


from frogmouth.app.app import MarkdownViewer  # noqa: E402
from textual.widgets import Markdown  # noqa: E402


class Timed(MarkdownViewer):
    def on_mount(self) -> None:  # Textual calls MarkdownViewer.on_mount too
        if mode == "first":
            self.call_after_refresh(report)
        else:
            self.set_interval(0.005, self._check)

    def _check(self) -> None:
        if any(markdown.children for markdown in self.screen.query(Markdown)):
            self.call_after_refresh(report)


Timed(Namespace(file=path)).run()
