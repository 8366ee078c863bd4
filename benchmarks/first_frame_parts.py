"""Where the app's first frame goes: a bare Textual app, then the same
app with each of kzreader's fixed costs added, then kzreader itself.

    python benchmarks/first_frame_parts.py [--runs N]

Each step is a one-Static app that shows the sample, like the baseline of
benchmarks/startup.py, plus:

    imports   it imports reader.app (kzreader's code and the widgets it uses)
    css       ... and loads kzreader's stylesheet
    analysis  ... and analyses the sample before its first frame
    kzreader  the real app's first frame (benchmarks/_launch.py kz-first)

Medians of N launches on a pseudo-terminal, the steps taking turns; ratios
to the bare app. What kzreader adds beyond "analysis" is Textual's work for
its widgets (styling, layout, rendering).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("bare", "imports", "css", "analysis")


def app(step: str, path: str) -> None:
    """(In the child process.) The one-Static app with the costs up to ``step``."""
    sys.path.insert(0, str(ROOT))

    def report() -> None:
        elapsed = time.time() - float(os.environ["KZ_BENCH_T0"])
        Path(os.environ["KZ_BENCH_OUT"]).write_text(f"{elapsed:.6f} {time.process_time():.6f}")  # wall, CPU
        os._exit(0)

    from textual.app import App, ComposeResult
    from textual.content import Content
    from textual.widgets import Static

    level = STEPS.index(step)
    css = None
    if level >= 1:
        from reader.app import KzReaderApp

        css = KzReaderApp.CSS_PATH if level >= 2 else None

    class Step(App[None]):
        CSS_PATH = css

        def compose(self) -> ComposeResult:
            yield Static(Content(Path(path).read_text(encoding="utf-8")))

        def on_mount(self) -> None:
            if level >= 3:
                from reader.analysis import analyze_document
                from reader.ingest import load

                analyze_document(load(path))
            self.call_after_refresh(report)

    Step().run()


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        app(sys.argv[2], sys.argv[3])
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from benchmarks.startup import LAUNCH, in_pty, interleaved
    from reader.resources import sample_path

    sample = str(sample_path())
    commands = {step: [sys.executable, __file__, "--child", step, sample] for step in STEPS}
    commands["kzreader"] = [sys.executable, LAUNCH, "kz-first", sample]
    medians = interleaved(in_pty, commands, args.runs)
    bare = medians["bare"]
    for step, value in medians.items():
        print(f"{step:<10} {value * 1000:7.1f} ms   {value / bare:5.2f}x the bare app")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
