"""Casualty figures on real news: the GVA development set, scored in-process.

    python benchmarks/figures_news.py [--limit N] [--wrong] [--details FILE]

Reads ../shared/data/gvc-dev/gvc-dev.jsonl (beside the checkout; see its
README), builds each article's text exactly as that set's score_gvc.py
does (headline, blank line, paragraphs separated by blank lines), runs the
analysis in this process, turns it into the ``--json`` dictionary, and
applies score_gvc.py's own prediction rule (the top-level ``toll`` when
present, else the largest body figure). Prints killed / injured exact
accuracy overall and by stratum (gold 0, 1, 2+), the over/under confusion,
and documents per second. Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "gvc-dev"

from reader.analysis import analyze_document  # noqa: E402
from reader.export import to_dict  # noqa: E402
from reader.ingest import from_text  # noqa: E402


def _scorer():
    """score_gvc.py itself: its article_text and predict are the rule."""
    spec = importlib.util.spec_from_file_location("score_gvc", DATA / "score_gvc.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stratum(gold: int) -> str:
    return "0" if gold == 0 else "1" if gold == 1 else "2+"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--wrong", action="store_true", help="list the wrong documents")
    ap.add_argument("--details", help="write one JSON line per document here")
    args = ap.parse_args(argv)
    if not (DATA / "gvc-dev.jsonl").is_file() or not (DATA / "score_gvc.py").is_file():
        print(f"figures_news: no development set at {DATA}; nothing measured")
        return 0
    score = _scorer()
    with open(DATA / "gvc-dev.jsonl", encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    if args.limit > 0:
        docs = docs[:args.limit]
    rows = []
    started = time.perf_counter()
    for doc in docs:
        document = from_text(score.article_text(doc), name=doc["id"] + ".txt")
        analysis = to_dict(analyze_document(document, entities=False))
        rows.append({"id": doc["id"], "gold": {"killed": doc["gold_killed"], "wounded": doc["gold_injured"]},
                     "pred": {c: score.predict(analysis, c)[0] or 0 for c in ("killed", "wounded")},
                     "toll": analysis.get("toll"), "figures": analysis.get("figures")})
    elapsed = time.perf_counter() - started
    print(f"docs={len(rows)}  {len(rows) / elapsed:.1f} docs/s (analysis without entities, in-process)")
    for category, label in (("killed", "killed"), ("wounded", "injured")):
        right = [r for r in rows if r["pred"][category] == r["gold"][category]]
        parts = []
        for stratum in ("0", "1", "2+"):
            group = [r for r in rows if _stratum(r["gold"][category]) == stratum]
            ok = sum(r["pred"][category] == r["gold"][category] for r in group)
            parts.append(f"gold {stratum}: {ok / max(1, len(group)):.3f} ({ok}/{len(group)})")
        over = sum(r["pred"][category] > r["gold"][category] for r in rows)
        under = sum(r["pred"][category] < r["gold"][category] for r in rows)
        print(f"{label:8s} exact {len(right) / max(1, len(rows)):.3f}  " + "  ".join(parts)
              + f"  over {over} under {under}")
    if args.wrong:
        for r in rows:
            bad = [f"{c} gold={r['gold'][c]} pred={r['pred'][c]}" for c in ("killed", "wounded")
                   if r["pred"][c] != r["gold"][c]]
            if bad:
                print("WRONG", r["id"], "; ".join(bad))
    if args.details:
        with open(args.details, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
