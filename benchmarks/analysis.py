"""Analysis speed: the sample, and generated articles of 100 KB, 1 MB, 10 MB.

    python benchmarks/analysis.py [--quick] [--stages]

Prints, for each input, the analysis time (median of several runs), the
throughput in MB/s, and the ratio to ``Path.read_text`` of the same file
measured in the same run (these machines are noisy: the ratio is the
figure to compare between runs). Goals: the sample in under 5 ms, at least
5 MB/s on large inputs, cost linear in size (the last column should stay
flat as the size grows). With --stages it also prints where the 1 MB
article's time goes, stage by stage (median of three runs).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import article  # noqa: E402
from reader.analysis import analyze  # noqa: E402
from reader.analysis.gazetteer import gazetteer  # noqa: E402
from reader.resources import sample_path  # noqa: E402


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="skip the 10 MB input")
    parser.add_argument("--stages", action="store_true", help="also time each stage on the 1 MB input")
    args = parser.parse_args()
    gazetteer()  # reference data is loaded once per process; not part of a document's cost
    analyze(sample_path())  # warm imports and caches
    sizes = [("sample", None), ("100 KB", 100_000), ("1 MB", 1_000_000)]
    if not args.quick:
        sizes.append(("10 MB", 10_000_000))
    print(f"{'input':<8} {'bytes':>11} {'analysis':>11} {'MB/s':>7} {'x read_text':>12} {'us/KB':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for label, size in sizes:
            path = sample_path() if size is None else Path(tmp) / f"gen-{size}.txt"
            if size is not None:
                path.write_text(article(size), encoding="utf-8")
            nbytes = path.stat().st_size
            repeat = 15 if nbytes < 200_000 else 3 if nbytes < 2_000_000 else 1
            read = median_time(lambda p=path: p.read_text(encoding="utf-8"), max(3, repeat))
            took = median_time(lambda p=path: analyze(p), repeat)
            print(f"{label:<8} {nbytes:>11,} {took * 1000:>9.1f}ms {nbytes / took / 1e6:>7.2f} "
                  f"{took / read:>12.0f} {took * 1e6 / (nbytes / 1000):>7.1f}")
    if args.stages:
        stages(article(1_000_000))
    return 0


def stages(text: str) -> None:
    """Milliseconds of each stage of the analysis on one generated article."""
    from reader import readers
    from reader.analysis import notes, sections
    from reader.analysis.entities import find_entities
    from reader.analysis.figures import find_figures
    from reader.ingest import from_text

    times: dict[str, list[float]] = {}

    def timed(name, fn, *args):
        start = time.perf_counter()
        result = fn(*args)
        times.setdefault(name, []).append(time.perf_counter() - start)
        return result

    for _ in range(3):
        document = timed("ingest", lambda: from_text(text, name="gen.txt"))  # cleaning and format sniffing
        split = timed("blocks", lambda t, f: readers.split(t, f, furniture=notes.whole_line_furniture,
                                                          stands_alone=notes.stands_alone), document.text, document.format)
        labelled = timed("notes", notes.classify, split)
        shape = timed("sections", sections.build, labelled)
        timed("entities", find_entities, shape.paragraphs)
        timed("figures", find_figures, shape.paragraphs)
    print("stages, 1 MB: " + ", ".join(f"{name} {statistics.median(t) * 1000:.0f} ms" for name, t in times.items()))


if __name__ == "__main__":
    raise SystemExit(main())
