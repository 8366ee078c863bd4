"""Apps that report the moment of a frame, for benchmarks/startup.py.

    python benchmarks/_launch.py kz PATH       # kzreader: the analysed article and its panes are painted
    python benchmarks/_launch.py kz-first PATH # kzreader: its first frame (the raw text)
    python benchmarks/_launch.py bare PATH     # a bare Textual app: the same text in one Static

The launcher puts its clock in KZ_BENCH_T0 (time.time() before spawning) and
a file name in KZ_BENCH_OUT; the app writes the seconds from launch to that
frame there, and the CPU seconds the process used until then, and leaves at once (shutdown is not part of start-up).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

mode, path = sys.argv[1], sys.argv[2]


def report() -> None:
    elapsed = time.time() - float(os.environ["KZ_BENCH_T0"])
    Path(os.environ["KZ_BENCH_OUT"]).write_text(f"{elapsed:.6f} {time.process_time():.6f}")  # wall, CPU
    os._exit(0)


if mode == "bare":
    from textual.app import App, ComposeResult
    from textual.content import Content
    from textual.widgets import Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Static(Content(Path(path).read_text(encoding="utf-8")))

        def on_mount(self) -> None:
            self.call_after_refresh(report)

    Bare().run()
else:
    from reader.app import KzReaderApp
    from reader.app.app import start

    class Timed(KzReaderApp):
        def on_mount(self) -> None:  # Textual calls KzReaderApp.on_mount too (every class in the MRO)
            if mode == "kz-first":
                self.call_after_refresh(report)

        def on_panes_filled(self) -> None:  # reader.app.messages.PanesFilled, bubbled up from the reader screen
            self.call_after_refresh(report)

    start(Timed(path))  # as the command line runs it (reader.app.app.run_app)
