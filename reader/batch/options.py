"""The command-line options for many articles, and when they apply.

Imported by ``reader.cli`` on every run, so it imports nothing but ``os``.
"""

from __future__ import annotations

import argparse
import os

_GLOB_CHARS = frozenset("*?[")


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("jobs must be at least 1")
    return jobs


def add_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("many articles (a folder, several paths or a glob)")
    group.add_argument("--jobs", type=_jobs, metavar="N",
                       help="analyse many articles in N processes (default: every core)")
    group.add_argument("--skip-done", metavar="OUT.jsonl",
                       help="--json: skip the paths that already have a line in OUT.jsonl (to resume)")
    group.add_argument("--scheduler", metavar="ADDRESS",
                       help="--json/--ledger: run on a Dask cluster (needs kzreader[dask])")
    group.add_argument("--ledger", action="store_true",
                       help="print every casualty figure of the articles, grouped by event")
    group.add_argument("--format", choices=("csv", "jsonl"), default="csv", help="--ledger: csv (default) or jsonl")


def is_many(paths: list[str]) -> bool:
    """Several paths, a folder, or a glob (a pattern that is not itself a file)."""
    if len(paths) != 1:
        return len(paths) > 1
    path = paths[0]
    return os.path.isdir(path) or (not os.path.exists(path) and bool(_GLOB_CHARS & set(path)))


def wants_batch(args: argparse.Namespace, paths: list[str]) -> bool:
    """Whether this run is over many articles (a single --json PATH keeps its one object)."""
    if args.ledger:
        return True
    if args.json and (args.jobs or args.skip_done or args.scheduler):
        return True
    return is_many(paths)
