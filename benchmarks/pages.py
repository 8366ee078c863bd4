"""Real web pages: is the article kept whole, and only the article?

    python benchmarks/pages.py [--details out.jsonl] [--limit N] [--no-trafilatura] [--cli]

Scores ../shared/data/pages-dev (164 saved news pages, each with snippets
that must be in the article and boilerplate that must not) exactly as that
set's README and ``score_pages.py`` say: the article's text is the text of
the analysis's ``paragraphs`` joined by spaces, whitespace collapsed on both
sides; a ``with`` snippet found in it is a true positive, missed a false
negative; a ``without`` snippet found is a false positive, missed a true
negative; totals over all pages give precision, recall, F1 and accuracy.

By default the scoring is reimplemented in process (one Python, no
start-up per page): each page is decoded with ``reader.ingest.from_bytes``
under its ``.html`` name and analysed as ``kzreader --json`` does (entities
and figures off: they do not change the paragraphs). ``--cli`` instead runs
the set's own ``score_pages.py`` with this checkout's installed
``kzreader`` (``.venv/bin/kzreader``), the reference way, slower.

Also printed: the pages that lose their whole article (no ``with``
snippet kept), the nothing-lost invariant of tests/hostile checked on
every page (every text node of the page ends in a paragraph or a note), and
the time per page beside trafilatura's ``extract`` on the same HTML (and
trafilatura's own score by the same counting, when it is installed).
Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "pages-dev"
sys.path.insert(0, str(ROOT))

_WS = re.compile(r"\s+")


def norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


class Tally:
    """The four counts of trafilatura's evaluation, and the pages that lost everything."""

    def __init__(self) -> None:
        self.tp = self.fn = self.fp = self.tn = 0
        self.lost_pages: list[str] = []
        self.details: list[dict] = []

    def add(self, page: dict, text: str) -> None:
        text = norm(text)
        want = [s for s in page["with"] if norm(s)]
        drop = [s for s in page["without"] if norm(s)]
        found = [norm(s) in text for s in want]
        leaked = [norm(s) in text for s in drop]
        self.tp += sum(found)
        self.fn += len(found) - sum(found)
        self.fp += sum(leaked)
        self.tn += len(leaked) - sum(leaked)
        if want and not any(found):
            self.lost_pages.append(page["file"])
        self.details.append({"file": page["file"], "missed": [s for s, f in zip(want, found, strict=True) if not f],
                             "leaked": [s for s, k in zip(drop, leaked, strict=True) if k]})

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        total = self.tp + self.tn + self.fp + self.fn
        acc = (self.tp + self.tn) / total if total else 0.0
        return f"precision={p:.3f} recall={r:.3f} f1={f:.3f} accuracy={acc:.3f}"


def kzreader_text(raw: bytes, name: str) -> tuple[str, str | None, float]:
    """The article text, the nothing-lost failure (None if it holds) and the seconds taken."""
    from reader.analysis import analyze_document
    from reader.ingest import from_bytes
    from tests.hostile.invariants import assert_nothing_lost

    start = time.perf_counter()
    document = from_bytes(raw, name=name)
    article = analyze_document(document, entities=False, figures=False)
    took = time.perf_counter() - start
    try:
        assert_nothing_lost(document, article)
        broken = None
    except AssertionError as exc:
        broken = str(exc).splitlines()[0][:120] if str(exc) else "assertion failed"
    return " ".join(p.text for p in article.paragraphs), broken, took


def trafilatura_text(raw: bytes) -> tuple[str, float] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    html = raw.decode("utf-8", errors="replace")
    start = time.perf_counter()
    text = trafilatura.extract(html) or ""
    return text, time.perf_counter() - start


def run_cli(args: argparse.Namespace) -> int:
    exe = ROOT / ".venv" / "bin" / "kzreader"
    command = [sys.executable, str(DATA / "score_pages.py"), str(exe if exe.exists() else "kzreader")]
    if args.details:
        command += ["--details", args.details]
    return subprocess.call(command)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--details", help="write, per page, the snippets missed and the boilerplate leaked")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--no-trafilatura", action="store_true", help="do not run trafilatura beside it")
    parser.add_argument("--cli", action="store_true", help="run the set's own score_pages.py with .venv/bin/kzreader")
    args = parser.parse_args()
    if not (DATA / "pages-dev.jsonl").exists():
        print(f"pages-dev not found at {DATA}: nothing to measure (see the common data README)")
        return 0
    if args.cli:
        return run_cli(args)
    pages = [json.loads(line) for line in (DATA / "pages-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    if args.limit:
        pages = pages[:args.limit]
    ours, theirs = Tally(), Tally()
    our_times: list[float] = []
    their_times: list[float] = []
    broken: list[str] = []
    for page in pages:
        raw = gzip.decompress((DATA / page["file"]).read_bytes())
        text, failure, took = kzreader_text(raw, Path(page["file"]).name[:-3])
        ours.add(page, text)
        our_times.append(took)
        if failure:
            broken.append(f"{page['file']}: {failure}")
        if not args.no_trafilatura:
            other = trafilatura_text(raw)
            if other is not None:
                theirs.add(page, other[0])
                their_times.append(other[1])
    print(f"pages-dev, {len(pages)} pages (in-process scoring, as score_pages.py counts)")
    print(f"kzreader     {ours.line()}")
    if their_times:
        print(f"trafilatura  {theirs.line()}")
    print(f"pages that lose their whole article: {len(ours.lost_pages)}"
          + (f" ({', '.join(Path(f).name for f in ours.lost_pages[:8])})" if ours.lost_pages else ""))
    print(f"nothing-lost invariant: held on {len(pages) - len(broken)} of {len(pages)} pages")
    for line in broken[:10]:
        print(f"  broken: {line}")
    mean_ms = statistics.mean(our_times) * 1000
    median_ms = statistics.median(our_times) * 1000
    timing = f"time per page: kzreader mean {mean_ms:.1f} ms, median {median_ms:.1f} ms"
    if their_times:
        timing += (f"; trafilatura.extract mean {statistics.mean(their_times) * 1000:.1f} ms,"
                   f" median {statistics.median(their_times) * 1000:.1f} ms"
                   f" (ratio of means {statistics.mean(our_times) / statistics.mean(their_times):.2f}x)")
    print(timing)
    if args.details:
        with open(args.details, "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in ours.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
