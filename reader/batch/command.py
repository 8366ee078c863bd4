"""``kzreader --json MANY`` and ``kzreader --ledger MANY``: the batch commands.

JSON lines come out in the order the articles finish (each line carries its
``"path"``); with ``--jobs 1`` that is the order of the paths. The exit
status is 0 when every article was analysed, 1 when some lines are errors
(the batch still wrote a line for every path), 2 for a bad command.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, TypeVar

from reader.batch import ledger, work
from reader.batch import paths as batch_paths
from reader.batch.launch import nothing_found_reason
from reader.batch.pool import run_local

T = TypeVar("T")
PROG = "kzreader"


def _utf8(stream: IO[str]) -> IO[str]:
    """Standard output as UTF-8 whatever the locale, and "\\r\\n" written as is."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", newline="")
    return stream


def _progress(results: Iterator[T], total: int, failed: Callable[[T], bool]) -> Iterator[T]:
    """A progress bar on standard error, only when it is a terminal (tqdm: light, pure Python)."""
    if not sys.stderr.isatty():
        yield from results
        return
    from tqdm import tqdm  # type: ignore[import-untyped]

    with tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True) as bar:
        errors = 0
        for result in results:
            errors += failed(result)
            bar.update(1)
            if errors:
                bar.set_postfix(failed=errors, refresh=False)
            yield result


def results(args: argparse.Namespace, paths: Sequence[str], per_chunk: Callable[[list[str]], list[T]],
            per_path: Callable[[str], T], failed: Callable[[str, str], T]) -> Iterator[T]:
    """Every path's result, from a Dask cluster (``--scheduler``) or local processes."""
    if args.scheduler:
        from reader.batch.dask_run import run_dask

        return run_dask(paths, per_path, args.scheduler)
    return run_local(paths, per_chunk, failed, args.jobs, warm_up=work.warm_up)


def run_json(args: argparse.Namespace, arguments: list[str], out: IO[str]) -> int:
    paths = batch_paths.expand(arguments)
    if not paths:
        return nothing_found(arguments)
    if args.skip_done:
        paths = batch_paths.not_done(paths, batch_paths.done_paths(args.skip_done))
        if not paths:
            return 0  # all done already
    lines = results(args, paths, functools.partial(work.lines_for, max_size=args.max_size),
                    functools.partial(work.line_for, max_size=args.max_size), work.line_error)
    errors = 0
    for line in _progress(lines, len(paths), work.is_error_line):
        out.write(line + "\n")
        out.flush()
        errors += work.is_error_line(line)
    return _report(errors, len(paths))


def run_ledger(args: argparse.Namespace, arguments: list[str], out: IO[str]) -> int:
    paths = batch_paths.expand(arguments)
    if not paths:
        return nothing_found(arguments)
    summaries = results(args, paths, functools.partial(work.summaries_for, max_size=args.max_size),
                        functools.partial(work.summary_for, max_size=args.max_size), work.error)
    collected: list[dict[str, Any]] = []
    for summary in _progress(summaries, len(paths), lambda s: "error" in s):
        if "error" in summary:
            print(f"{PROG}: {summary['path']}: {summary['error']}", file=sys.stderr)
        collected.append(summary)
    rows = ledger.ledger(collected)
    (ledger.write_csv if args.format == "csv" else ledger.write_jsonl)(rows, out)
    out.flush()
    return _report(sum("error" in s for s in collected), len(paths))


def nothing_found(arguments: list[str]) -> int:
    """One line for a folder with no articles or a glob that matches nothing; status 2."""
    print(f"{PROG}: {nothing_found_reason(arguments)}", file=sys.stderr)
    return 2


def _report(errors: int, total: int) -> int:
    if errors:
        print(f"{PROG}: {errors} of {total} articles could not be analysed (their lines say why)", file=sys.stderr)
        return 1
    return 0


def run(args: argparse.Namespace, arguments: list[str]) -> int:
    """The batch commands; the library screen is the app's (reader.app.library)."""
    if args.skip_done and not args.json:
        print(f"{PROG}: --skip-done goes with --json", file=sys.stderr)
        return 2
    if args.ledger:
        return run_ledger(args, arguments, _utf8(sys.stdout))
    return run_json(args, arguments, _utf8(sys.stdout))
