"""Start-up: kzreader against a bare Textual app, and plain mode against Python.

    python benchmarks/startup.py [--runs N] [--only app|plain] [--no-large] [--frogmouth PYTHON]

Every figure is a median of N launches, each in a fresh process (on a
pseudo-terminal for the apps), the launches of a figure and its baseline
taking turns in the same run (print ratios: these machines are noisy).
For the apps' start-up the CPU time each process used until the frame is
printed too: under load the wall-clock times are mostly waiting for a core.

1. Launch to first frame of the sample in kzreader (small files are
   analysed before it), against a bare Textual app that shows the same text
   in one Static (goal <= 1.3), and launch to the analysed article with
   its side panes filled (they fill just after the first frame; goal <=
   1.5). The same two against frogmouth showing the same article, when a
   Python with frogmouth is given (--frogmouth, or KZ_FROGMOUTH_PYTHON):
   frogmouth pins an older Textual, so it lives in a virtual environment
   of its own, e.g.
       python3 -m venv /tmp/fm && /tmp/fm/bin/pip install frogmouth
       python benchmarks/startup.py --frogmouth /tmp/fm/bin/python
   (benchmarks/_launch_frogmouth.py: its first frame, and the frame once
   its Markdown document's blocks are mounted).
2. A generated 5 MB article: launch to first frame (the raw text paints
   before the analysis ends), against the bare app on the sample. Goal < 2.
   Then the time until the analysed article is shown, and one page-down
   step in the analysed article (goal < 50 ms).
3. `kzreader --plain --all` on the sample, against `python -c pass` (goal
   <= 5x) and against `python -c "import textual.app"`; then both on a
   first run with an empty user cache directory (goal <= 8x; kzreader
   keeps no cache, and this fails if it writes one).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pexpect

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import article  # noqa: E402
from reader.resources import sample_path  # noqa: E402

LAUNCH = str(ROOT / "benchmarks" / "_launch.py")
FROGMOUTH = str(ROOT / "benchmarks" / "_launch_frogmouth.py")
# Bytecode is allowed to be cached, as pip does when it installs a package:
# some sandboxes set PYTHONDONTWRITEBYTECODE, which would make an editable
# checkout recompile kzreader's sources at every launch (Textual's are
# already compiled by pip), an unfair cost no installed copy pays.
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
       "TERM": "xterm-256color", "TEXTUAL_ANIMATIONS": "none", "KZREADER_CONFIG": os.devnull}


def in_pty(args: list[str]) -> float:
    """Seconds from launch to the frame the app reports (see _launch.py)."""
    return in_pty_times(args)[0]


def in_pty_times(args: list[str]) -> tuple[float, float]:
    """(wall, CPU): seconds from launch to the frame the app reports, and
    the CPU seconds its process used until then (see _launch.py)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "t"
        env = {**ENV, "KZ_BENCH_T0": repr(time.time()), "KZ_BENCH_OUT": str(out)}
        child = pexpect.spawn(args[0], args[1:], env=env, dimensions=(40, 120), timeout=300)
        child.expect(pexpect.EOF)
        child.close()
        if not out.exists():
            raise SystemExit(f"{args} reported no frame: {child.before[-500:]!r}")
        wall, cpu = out.read_text().split()
        return float(wall), float(cpu)


def plain_run(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV, check=True)
    return time.perf_counter() - start


async def scroll_step(path: Path) -> tuple[float, float]:
    from reader.app import KzReaderApp
    from reader.app.article_view import ArticleView

    app = KzReaderApp(str(path))
    async with app.run_test(size=(120, 40)) as pilot:
        start = time.perf_counter()
        await app.workers.wait_for_complete()
        await pilot.pause()
        analysed = time.perf_counter() - start
        view = app.query_one(ArticleView)
        view.focus()
        steps, work = [], []
        for _ in range(20):
            start = time.perf_counter()
            await pilot.press("space")
            steps.append(time.perf_counter() - start)
        for _ in range(20):
            # The app's own work for one step: the action, then every visible
            # line drawn afresh (no cached lines), without Pilot's round trip.
            start = time.perf_counter()
            view.action_page(1)
            view._strips.clear()
            for y in range(view.scrollable_content_region.height):
                view.render_line(y)
            work.append(time.perf_counter() - start)
        return analysed, statistics.median(steps), statistics.median(work)


async def bare_scroll_step(path: Path) -> float:
    """The same Pilot page-down in a bare Textual app (a VerticalScroll of Statics)."""
    from textual.app import App, ComposeResult
    from textual.containers import VerticalScroll
    from textual.content import Content
    from textual.widgets import Static

    paragraphs = path.read_text(encoding="utf-8").split("\n\n")[:400]

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            with VerticalScroll():
                for text in paragraphs:
                    yield Static(Content(text))

    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        app.query_one(VerticalScroll).focus()
        await pilot.pause()
        steps = []
        for _ in range(20):
            start = time.perf_counter()
            await pilot.press("pagedown")
            steps.append(time.perf_counter() - start)
        return statistics.median(steps)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--only", choices=("app", "plain"), help="measure only the app (1, 2) or plain mode (3)")
    parser.add_argument("--no-large", action="store_true", help="skip the 5 MB article (2)")
    parser.add_argument("--frogmouth", metavar="PYTHON", default=os.environ.get("KZ_FROGMOUTH_PYTHON"),
                        help="a Python whose environment has frogmouth installed (see above)")
    args = parser.parse_args()
    py = sys.executable
    sample = str(sample_path())
    runs = args.runs

    if args.only != "plain":
        app_startup(py, sample, runs, args.frogmouth)
        if not args.no_large:
            large_article(py, sample, runs)
    if args.only != "app":
        plain_startup(py, sample, runs)
    return 0


def interleaved(fn, commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median of each command, the commands taking turns, so that the
    machine's drift during the run falls on all of them alike."""
    for args in commands.values():
        fn(args)  # warm the file cache and kzreader's own caches
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, args in commands.items():
            times[name].append(fn(args))
    return {name: statistics.median(values) for name, values in times.items()}


def interleaved_pairs(commands: dict[str, list[str]], runs: int) -> tuple[dict[str, float], dict[str, float]]:
    """As ``interleaved`` for apps on a pseudo-terminal: the medians of the
    wall-clock times, and of the CPU times, to the frame."""
    for args in commands.values():
        in_pty_times(args)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, args in commands.items():
            wall, cpu = in_pty_times(args)
            walls[name].append(wall)
            cpus[name].append(cpu)
    return ({name: statistics.median(v) for name, v in walls.items()},
            {name: statistics.median(v) for name, v in cpus.items()})


def app_startup(py: str, sample: str, runs: int, frogmouth: str | None) -> None:
    commands = {"bare": [py, LAUNCH, "bare", sample], "first": [py, LAUNCH, "kz-first", sample],
                "kz": [py, LAUNCH, "kz", sample]}
    if frogmouth:
        commands["fm-first"] = [frogmouth, FROGMOUTH, "first", sample]
        commands["fm-shown"] = [frogmouth, FROGMOUTH, "shown", sample]
    medians, cpu = interleaved_pairs(commands, runs)
    bare, first, kz = medians["bare"], medians["first"], medians["kz"]
    print(f"first frame, sample:        kzreader {first * 1000:7.1f} ms   bare Textual {bare * 1000:7.1f} ms   "
          f"ratio {first / bare:5.2f}  (goal <= 1.3)")
    print(f"panes filled, sample:       kzreader {kz * 1000:7.1f} ms   bare Textual {bare * 1000:7.1f} ms   "
          f"ratio {kz / bare:5.2f}  (goal <= 1.5; outline, entities, figures, notes filled)")
    # On a loaded machine the wall-clock times are mostly waiting for a
    # core; the CPU each process used until its frame is the steadier measure.
    print(f"  in CPU time (the process's own, to the same frames): first frame {cpu['first'] * 1000:6.1f} ms, "
          f"panes filled {cpu['kz'] * 1000:6.1f} ms, bare {cpu['bare'] * 1000:6.1f} ms: "
          f"ratios {cpu['first'] / cpu['bare']:4.2f} and {cpu['kz'] / cpu['bare']:4.2f}")
    if not frogmouth:
        print("frogmouth: not measured (give --frogmouth PYTHON, a Python with frogmouth installed; see the docstring)")
        return
    fm_first, fm_shown = medians["fm-first"], medians["fm-shown"]
    print(f"first frame vs frogmouth:   kzreader {first * 1000:7.1f} ms   frogmouth {fm_first * 1000:7.1f} ms   "
          f"ratio {first / fm_first:5.2f}  (goal < 1)")
    print(f"filled vs frogmouth:        kzreader {kz * 1000:7.1f} ms   frogmouth {fm_shown * 1000:7.1f} ms   "
          f"ratio {kz / fm_shown:5.2f}  (kzreader's panes filled; frogmouth's document shown; goal < 1)")
    print(f"  in CPU time: frogmouth first frame {cpu['fm-first'] * 1000:6.1f} ms, document shown "
          f"{cpu['fm-shown'] * 1000:6.1f} ms: kzreader's ratios {cpu['first'] / cpu['fm-first']:4.2f} "
          f"and {cpu['kz'] / cpu['fm-shown']:4.2f}")


def large_article(py: str, sample: str, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "five-mb.txt"
        big.write_text(article(5_000_000), encoding="utf-8")
        medians = interleaved(in_pty, {"bare": [py, LAUNCH, "bare", sample],
                                       "first": [py, LAUNCH, "kz-first", str(big)]}, max(3, runs // 2))
        bare, first = medians["bare"], medians["first"]
        print(f"first frame, 5 MB article:  kzreader {first * 1000:7.1f} ms   bare Textual {bare * 1000:7.1f} ms   "
              f"ratio {first / bare:5.2f}  (goal < 2)")
        analysed, step, work = asyncio.run(scroll_step(big))
        bare_step = asyncio.run(bare_scroll_step(big))
        print(f"5 MB article analysed and shown after {analysed:5.2f} s")
        print(f"page-down in it: app work {work * 1000:5.1f} ms (goal < 50 ms); through Pilot {step * 1000:5.1f} ms, "
              f"bare Textual app through Pilot {bare_step * 1000:5.1f} ms (ratio {step / bare_step:4.2f})")



def plain_startup(py: str, sample: str, runs: int) -> None:
    # The command a user types: the console script beside this Python (as
    # pip installs it), else the module.
    script = Path(py).with_name("kzreader")
    command = [str(script)] if script.exists() else [py, "-m", "reader"]
    commands = {"python": [py, "-c", "pass"], "textual": [py, "-c", "import textual.app"],
                "plain": [*command, "--plain", "--all", sample]}
    medians = interleaved(plain_run, commands, max(runs, 15))
    python, textual, plain = (medians[name] for name in ("python", "textual", "plain"))
    print(f"plain mode, sample, warm:   {plain * 1000:7.1f} ms   python -c pass {python * 1000:6.1f} ms   "
          f"ratio {plain / python:5.2f}  (goal <= 5)   import textual.app {textual * 1000:6.1f} ms "
          f"(plain/textual {plain / textual:4.2f})")
    # A first run: an empty user cache directory (a fresh XDG_CACHE_HOME
    # each launch), as after installing; Python's own bytecode is compiled.
    cold = interleaved(first_run, {"python": [py, "-c", "pass"], "plain": commands["plain"]}, max(runs, 15))
    print(f"plain mode, sample, first run (empty cache dir): {cold['plain'] * 1000:7.1f} ms   "
          f"python -c pass {cold['python'] * 1000:6.1f} ms   ratio {cold['plain'] / cold['python']:5.2f}  (goal <= 8)")


def first_run(args: list[str]) -> float:
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                       env={**ENV, "XDG_CACHE_HOME": cache})
        elapsed = time.perf_counter() - start
        if any(Path(cache).iterdir()):
            raise SystemExit(f"{args[0]} wrote to the user cache directory: {sorted(Path(cache).iterdir())}")
        return elapsed


if __name__ == "__main__":
    raise SystemExit(main())
