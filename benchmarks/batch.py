"""Batch export and the library screen on many generated articles.

    python benchmarks/batch.py [--count 10000] [--repeat 1] [--folder DIR] [--skip-library]
                               [--skip-export] [--first-rows-only] [--library-runs N]

Generates COUNT articles (benchmarks/generate.py, seed 19; kept in --folder
if given, so later runs skip that step), then times ``kzreader --json
FOLDER > /dev/null`` with --jobs 1 and --jobs 2, in turns, REPEAT times,
and prints the articles per second and the ratio of the medians (goal:
>= 1.8x on 2 cores). The machine is shared: it prints the load average
before and after, and the ratio only means something when the load was
below about 0.5 besides this run. So it also prints the CPU time (user and
system) of the main process and of its workers per article, which shows
what running in two processes costs whatever the load. Then it launches
the library screen on the folder (headless, through Textual's Pilot, in a
fresh process) and prints the time from launch to its first rows (goal:
within 1 s), to its first analysed row, and to all rows.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import write_many  # noqa: E402

LIBRARY_PROBE = r"""
import os, sys, time
start = float(sys.argv[2])
import asyncio
from reader.batch.launch import start_library
paths, pool = start_library([sys.argv[1]], None)  # as `kzreader DIR` does, before Textual loads
from reader.app.library import LibraryApp, LibraryTable

async def probe():
    app = LibraryApp(paths, pool=pool)
    async with app.run_test(size=(120, 40)) as pilot:
        first = analysed = None
        while True:
            await pilot.pause(0.01)
            table = app.library.query(LibraryTable)
            rows = table.first().row_count if table else 0
            if rows and first is None:
                first, first_cpu = time.time() - start, sum(os.times()[:2])
            if app.library.summaries and analysed is None:
                analysed = time.time() - start
            if app.library.done or (analysed is not None and sys.argv[3] == "first"):
                break
        await pilot.pause(0.5)  # let the app settle before it is closed
        import resource
        own = resource.getrusage(resource.RUSAGE_SELF)
        print(f"{first:.3f} {first_cpu:.3f} {analysed:.3f} {time.time() - start:.3f} {rows} "
              f"{own.ru_utime + own.ru_stime:.2f}")

asyncio.run(probe())
"""


EXPORT = r"""
import resource, sys
from reader.cli import main
status = main(sys.argv[1:])
own, workers = (resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
print(f"cpu {own.ru_utime} {own.ru_stime} {workers.ru_utime} {workers.ru_stime}", file=sys.stderr)
sys.exit(status)
"""


class Run(NamedTuple):
    wall: float
    parent: tuple[float, float]   # (user, sys) CPU seconds of the kzreader process
    workers: tuple[float, float]  # (user, sys) of its worker processes

    @property
    def cpu(self) -> float:
        return sum(self.parent) + sum(self.workers)


def export_time(folder: Path, jobs: int) -> Run:
    """One ``kzreader --json FOLDER --jobs N > /dev/null``: its wall time and its processes' CPU."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", EXPORT, "--json", str(folder), "--jobs", str(jobs)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False, cwd=ROOT)
    wall = time.perf_counter() - start
    last = (done.stderr.strip().splitlines() or [""])[-1].split()
    if last[:1] != ["cpu"]:
        raise SystemExit(f"--jobs {jobs} failed: {done.stderr.strip()[-500:]}")
    user, system, w_user, w_system = map(float, last[1:])
    return Run(wall, (user, system), (w_user, w_system))


def per_article(run: Run, count: int) -> str:
    ms = 1000 / count
    return (f"CPU per article {run.cpu * ms:.2f} ms: main process {run.parent[0] * ms:.2f} user + "
            f"{run.parent[1] * ms:.2f} sys, workers {run.workers[0] * ms:.2f} user + {run.workers[1] * ms:.2f} sys")


def library_times(folder: Path, first_only: bool) -> str:
    done = subprocess.run([sys.executable, "-c", LIBRARY_PROBE, str(folder), repr(time.time()),
                           "first" if first_only else "all"],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode:
        return f"library probe failed: {done.stderr.strip().splitlines()[-1:]}"
    first, first_cpu, analysed, whole, rows, cpu = done.stdout.split()
    line = (f"library screen: first rows {float(first):.2f} s after launch (titles from a look at the files; "
            f"{float(first_cpu):.2f} s of the app's CPU), first analysed row {float(analysed):.2f} s")
    if first_only:
        return line
    return f"{line}, all {rows} rows {float(whole):.1f} s (the app's own process: {float(cpu):.1f} s of CPU)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--skip-library", action="store_true")
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--first-rows-only", action="store_true",
                        help="stop the library at its first analysed row")
    parser.add_argument("--library-runs", type=int, default=1, help="launch the library this many times")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch) / "articles"
        if not folder.is_dir() or sum(1 for _ in folder.rglob("article-*")) != args.count:
            started = time.perf_counter()
            write_many(folder, args.count)
            print(f"generated {args.count} articles in {time.perf_counter() - started:.1f} s")
        print(f"cores available: {len(os.sched_getaffinity(0))}; load average before: "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        runs: dict[int, list[Run]] = {1: [], 2: []}
        for _ in range(0 if args.skip_export else args.repeat):
            for jobs in (1, 2):
                run = export_time(folder, jobs)
                runs[jobs].append(run)
                print(f"--jobs {jobs}: {run.wall:.1f} s, {args.count / run.wall:.0f} articles/s; "
                      + per_article(run, args.count))
        if not args.skip_export:
            one, two = (statistics.median(r.wall for r in runs[j]) for j in (1, 2))
            cpu_one, cpu_two = (statistics.median(r.cpu for r in runs[j]) for j in (1, 2))
            print(f"medians of {args.repeat}: --jobs 2 is {one / two:.2f}x the one-process rate (goal >= 1.8x); "
                  f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
            # What two idle cores would give: the same work spread over two, its overhead included
            # (a ratio under 1 is the noise of a shared machine: its CPU time varies too).
            print(f"CPU: --jobs 2 spends {cpu_two / cpu_one:.3f}x the CPU of --jobs 1, so two idle cores "
                  f"would give about {min(2.0, 2 * cpu_one / cpu_two):.2f}x")
        for _ in range(0 if args.skip_library else args.library_runs):
            print(library_times(folder, args.first_rows_only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
