"""Batch export and the library screen on many generated articles.

    python benchmarks/batch.py [--count 10000] [--repeat 1] [--folder DIR] [--skip-library]
                               [--skip-export] [--first-rows-only]

Generates COUNT articles (benchmarks/generate.py, seed 19; kept in --folder
if given, so later runs skip that step), then times ``kzreader --json
FOLDER > /dev/null`` with --jobs 1 and --jobs 2, in turns, and prints the
articles per second and the ratio (goal: >= 1.8x on 2 cores). The machine
is shared: it prints the load average before and after, and the ratio only
means something when the load was below about 0.5 besides this run. Then
it launches the library screen on the folder (headless, through Textual's
Pilot, in a fresh process) and prints the time from launch to its first
rows (goal: within 1 s) and to all rows.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import write_many  # noqa: E402

LIBRARY_PROBE = r"""
import sys, time
start = float(sys.argv[2])
import asyncio
from reader.batch.launch import start_library
paths, pool = start_library([sys.argv[1]], None)  # as `kzreader DIR` does, before Textual loads
from reader.app.library import LibraryApp, LibraryTable

async def probe():
    app = LibraryApp(paths, pool=pool)
    async with app.run_test(size=(120, 40)) as pilot:
        first = None
        while True:
            await pilot.pause(0.01)
            table = app.library.query(LibraryTable)
            rows = table.first().row_count if table else 0
            if rows and first is None:
                first = time.time() - start
            if app.library.done or (first is not None and sys.argv[3] == "first"):
                break
        await pilot.pause(0.5)  # let the app settle before it is closed
        import resource
        own = resource.getrusage(resource.RUSAGE_SELF)
        print(f"{first:.3f} {time.time() - start:.3f} {rows} {own.ru_utime + own.ru_stime:.2f}")

asyncio.run(probe())
"""


def export_time(folder: Path, jobs: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its worker processes)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "reader", "--json", str(folder), "--jobs", str(jobs)],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def library_times(folder: Path, first_only: bool) -> str:
    done = subprocess.run([sys.executable, "-c", LIBRARY_PROBE, str(folder), repr(time.time()),
                           "first" if first_only else "all"],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode:
        return f"library probe failed: {done.stderr.strip().splitlines()[-1:]}"
    first, whole, rows, cpu = done.stdout.split()
    if first_only:
        return f"library screen: first rows {float(first):.2f} s after launch"
    return (f"library screen: first rows {float(first):.2f} s after launch, all {rows} rows {float(whole):.1f} s "
            f"(the app's own process: {float(cpu):.1f} s of CPU)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--folder", type=Path)
    parser.add_argument("--skip-library", action="store_true")
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--first-rows-only", action="store_true", help="stop the library at its first rows")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.folder or Path(scratch) / "articles"
        if not folder.is_dir() or sum(1 for _ in folder.rglob("article-*")) != args.count:
            started = time.perf_counter()
            write_many(folder, args.count)
            print(f"generated {args.count} articles in {time.perf_counter() - started:.1f} s")
        print(f"cores available: {len(os.sched_getaffinity(0))}; load average before: "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        times: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
        for _ in range(0 if args.skip_export else args.repeat):
            for jobs in (1, 2):
                wall, cpu = export_time(folder, jobs)
                times[jobs].append((wall, cpu))
                print(f"--jobs {jobs}: {wall:.1f} s, {args.count / wall:.0f} articles/s, {cpu:.1f} s of CPU")
        if not args.skip_export:
            (one, cpu_one), (two, cpu_two) = min(times[1]), min(times[2])
            print(f"--jobs 2 is {one / two:.2f}x the one-process rate (goal >= 1.8x); load average after: "
                  f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
            # What two idle cores would give: the same work spread over two, its overhead included.
            print(f"CPU: --jobs 2 spends {cpu_two / cpu_one:.3f}x the CPU of --jobs 1, so two idle cores "
                  f"would give at most {2 * cpu_one / cpu_two:.2f}x")
        if not args.skip_library:
            print(library_times(folder, args.first_rows_only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
