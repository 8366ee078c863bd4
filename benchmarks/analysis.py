"""Analysis cost against input size: time and peak memory of `kzreader --json`.

    python benchmarks/analysis.py [--sizes 5,20,50] [--stages] [--quick]

For each size (MB of generated news text, benchmarks/generate.py) a fresh
child process runs what `kzreader --json FILE > /dev/null` runs (reading,
the analysis, writing the JSON) and reports:

* the time of that work (the interpreter's own start-up and kzreader's
  imports are left out: benchmarks/startup.py measures those) and its
  CPU time. The work is single-threaded, so on an idle machine the two
  agree; on a shared, loaded one the time also counts the other tenants,
  so the goals below are judged on the CPU time;
* the throughput in MB/s of CPU time (goal: >= 0.6 at any size);
* the CPU time against the smallest size's run scaled by size (goal: the
  50 MB run within 11x the 5 MB run, i.e. about linear);
* peak memory: the child's peak resident set (ru_maxrss) and, the figure
  the goal is about, the peak above what the process held before it read
  the input (goal: under 10x the input).

Before reading the input the child analyses the bundled sample once, so
that the fixed costs (modules imported on first use, the patterns the
stages compile on first use, the gazetteer) count in neither the time
nor the memory of the input.

With --stages the child also prints each stage's time and the peak
resident set after it, to show which stage grows faster than its input.
--quick measures 1 and 5 MB only. The sample's own analysis time is
printed first (median of 15 runs, in this process).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import article  # noqa: E402

MB = 1_000_000
GOAL_SCALE, GOAL_RATE, GOAL_MEMORY = 11.0, 0.6, 10.0

# The child: what `kzreader --json FILE > /dev/null` does, timed, with its
# memory read from the kernel (/proc: the current and the peak resident set).
CHILD = r"""
import json, os, resource, sys, time
path, report, stages = sys.argv[1], sys.argv[2], sys.argv[3] == "1"

def rss_kb(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

from reader.cli import main
from reader import readers
from reader.analysis import notes, sections
from reader.analysis.entities import find_entities
from reader.analysis.figures import find_figures
from reader.analysis.toll import find_toll
from reader.analysis.gazetteer import gazetteer
from reader.export import write_json
from reader.ingest import load
from reader.model import Article
from reader.analysis import analyze
from reader.resources import sample_path
gazetteer()
analyze(sample_path())  # the fixed costs: lazy imports, the patterns the stages reach, the gazetteer
base = rss_kb("VmRSS:")
out = {"stages": []}
if stages:
    def timed(name, fn, *args):
        start, cpu = time.perf_counter(), time.process_time()
        result = fn(*args)
        out["stages"].append((name, time.perf_counter() - start, time.process_time() - cpu, rss_kb("VmHWM:")))
        return result
    start, cpu = time.perf_counter(), time.process_time()
    document = timed("ingest", load, path)
    blocks, meta = timed("readers", lambda: readers.read(document.text, document.format,
                                                         furniture=notes.whole_line_furniture,
                                                         stands_alone=notes.stands_alone))
    labelled = timed("notes", notes.classify, blocks)
    shape = timed("sections", sections.build, labelled)
    entities = timed("entities", find_entities, shape.paragraphs)
    figures = timed("figures", find_figures, shape.paragraphs)
    toll = timed("toll", find_toll, figures, shape.sections)
    article = Article(source=path, title=shape.title, format=document.format, encoding=document.encoding,
                      sections=shape.sections, paragraphs=shape.paragraphs, entities=entities, figures=figures,
                      toll=toll, notes=shape.notes, warnings=document.warnings, meta=meta)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        timed("json", write_json, article, sink.write)
    out["seconds"], out["cpu"] = time.perf_counter() - start, time.process_time() - cpu
else:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")
    start, cpu = time.perf_counter(), time.process_time()
    code = main(["--json", path])
    out["seconds"], out["cpu"] = time.perf_counter() - start, time.process_time() - cpu
    sys.stdout.close()
    sys.stdout = sys.__stdout__
    if code:
        raise SystemExit(code)
out["base_kb"], out["peak_kb"] = base, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
with open(report, "w") as handle:
    json.dump(out, handle)
"""


def run_child(path: Path, stages: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-c", CHILD, str(path), str(report), "1" if stages else "0"],
                       check=True, env=env)
        return json.loads(report.read_text())


def sample_time() -> float:
    from reader.analysis import analyze
    from reader.resources import sample_path

    analyze(sample_path())  # imports and the gazetteer
    times = []
    for _ in range(15):
        start = time.perf_counter()
        analyze(sample_path())
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,20,50", help="input sizes in MB, comma-separated (default 5,20,50)")
    parser.add_argument("--stages", action="store_true", help="also time each stage and its peak memory")
    parser.add_argument("--quick", action="store_true", help="1 and 5 MB only")
    args = parser.parse_args()
    sizes = [1.0, 5.0] if args.quick else [float(s) for s in args.sizes.split(",")]
    print(f"sample: {sample_time() * 1000:.1f} ms (median of 15)")
    print(f"{'input':>7} {'seconds':>8} {'CPU s':>7} {'MB/s':>6} {'x first, per MB':>16} {'peak RSS':>9} "
          f"{'above start':>12} {'x input':>8}")
    first: tuple[float, float] | None = None
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"news-{size:g}mb.txt"
            path.write_text(article(int(size * MB)), encoding="utf-8")
            nbytes = path.stat().st_size
            result = run_child(path, args.stages)
            path.unlink()
            seconds = result["cpu"]
            first = first or (seconds, nbytes)
            scale = (seconds / first[0]) / (nbytes / first[1])  # 1.0 = linear
            above = (result["peak_kb"] - result["base_kb"]) * 1024
            rate = nbytes / MB / seconds
            print(f"{size:>5g}MB {result['seconds']:>8.1f} {seconds:>7.1f} {rate:>6.2f} {scale:>16.2f} "
                  f"{result['peak_kb'] / 1024:>7.0f}MB {above / MB:>10.0f}MB {above / nbytes:>8.1f}")
            for name, took, cpu, peak_kb in result["stages"]:
                print(f"{'':>9}{name:<14} {took:>7.2f} s  CPU {cpu:>7.2f} s  peak RSS so far {peak_kb / 1024:>6.0f} MB")
            failures += [f"{size:g} MB: {rate:.2f} MB/s < {GOAL_RATE}"] if rate < GOAL_RATE else []
            failures += [f"{size:g} MB: memory {above / nbytes:.1f}x input"] if above / nbytes >= GOAL_MEMORY else []
            if nbytes / first[1] >= 9.5 and seconds / first[0] > GOAL_SCALE:
                failures.append(f"{size:g} MB took {seconds / first[0]:.1f}x the {first[1] / MB:.0f} MB run "
                                f"(goal <= {GOAL_SCALE:g}x)")
    print("goals: " + ("all met" if not failures else "NOT met: " + "; ".join(failures)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
