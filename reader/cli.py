"""The ``kzreader`` command: choose a view, turn bad input into one line.

Only the chosen view is imported: ``--json`` and ``--plain`` never load
Textual, so they start in about the time Python itself takes.
"""

from __future__ import annotations

import argparse
import os
import re
import sys

from reader import __version__
from reader.batch.options import add_options as add_batch_options
from reader.errors import InputError, UsageError
from reader.ingest import DEFAULT_MAX_SIZE
from reader.textutil import terminal_columns

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at run time
if TYPE_CHECKING:
    from typing import NoReturn

    from reader.ingest import Document

PROG = "kzreader"


def _size(value: str) -> int:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*", value, re.IGNORECASE)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (try 200M)")
    number, unit = float(match.group(1)), match.group(2).lower()
    return int(number * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit])


def _width(value: str) -> int:
    try:
        width = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if width < 20:
        raise argparse.ArgumentTypeError("width must be at least 20")
    return width


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, as for bad paths
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _formatter(prog: str) -> argparse.HelpFormatter:
    # argparse builds a formatter for every add_argument; the default one
    # imports shutil to ask the terminal its width each time.
    return argparse.HelpFormatter(prog, width=terminal_columns(sys.stdout) - 2)


def parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        formatter_class=_formatter,
        description="Read a news article in the terminal: its entities, casualty figures and publisher notes.",
        epilog="With no PATH, opens the bundled sample article. Plain mode is chosen by itself when "
               "TERM is dumb or unset, when KZREADER_PLAIN=1, or when output is not a terminal.",
    )
    p.add_argument("path", nargs="*", metavar="PATH | -",
                   help="article to read: plain text, Markdown or HTML; '-' reads standard input; "
                        "a folder, several paths or a glob open the library (see --json, --ledger)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the analysis as JSON (schema kzreader.analysis/1)")
    mode.add_argument("--plain", action="store_true", help="screen-reader-friendly linear text, no colour or drawing")
    p.add_argument("--explain", action="store_true",
                   help="with --json: name, for each figure, the rule that produced it")
    p.add_argument("--all", action="store_true", help="plain mode: print everything at once instead of prompting")
    p.add_argument("--marks", action="store_true", help="plain mode: mark entities inline in brackets")
    p.add_argument("--width", type=_width, metavar="N", help="plain mode: wrap lines at N columns")
    p.add_argument("--max-size", type=_size, default=DEFAULT_MAX_SIZE, metavar="SIZE",
                   help="refuse inputs larger than SIZE (default 200M)")
    p.add_argument("--show-cursor", action="store_true",
                   help="app: show the terminal cursor on the focused line (for braille displays)")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _web_arguments(p)
    add_batch_options(p)
    return p


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 < seconds <= 3600:
        raise argparse.ArgumentTypeError("timeout must be between 0 and 3600 seconds")
    return seconds


def _web_arguments(p: argparse.ArgumentParser) -> None:
    """Options for reading from the web (issue #18); PATH may also be an http(s) URL."""
    web = p.add_argument_group("reading from the web (PATH may be an http:// or https:// URL)")
    web.add_argument("--feed", metavar="URL|FILE",
                     help="list the items of an RSS or Atom feed; open one to read it")
    web.add_argument("--offline", action="store_true",
                     help="read pages and feeds only from the cache of those fetched before")
    web.add_argument("--timeout", type=_seconds, default=20.0, metavar="SECONDS",
                     help="give up when the server sends nothing for SECONDS (default 20)")


def wants_plain(args: argparse.Namespace, environ: os._Environ[str] | dict[str, str] = os.environ) -> bool:
    if args.plain or args.all:
        return True
    term = environ.get("TERM", "")
    if not term or term == "dumb" or environ.get("KZREADER_PLAIN") == "1":
        return True
    return not sys.stdout.isatty()


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    paths, args.path = args.path, (args.path[0] if args.path else None)
    source = args.path
    if source is None:
        from reader.resources import sample_file

        source = sample_file()
    try:
        if args.feed is not None or _is_url(source):
            return _web(source if args.path is not None else None, args)
        many = _many(paths or [source], args)
        if many is not None:
            return many
        if args.json:
            return _json(source, args)
        if wants_plain(args):
            from reader.plain import run_plain

            return run_plain(source, args)
        from reader.app import run_app

        return run_app(source, args)
    except InputError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (| head): not an error of ours.
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return 0


def _is_url(source: str) -> bool:
    from reader.web import is_url  # the package module imports nothing

    return is_url(source)


def _web(url: str | None, args: argparse.Namespace) -> int:
    """``kzreader URL`` and ``kzreader --feed URL|FILE``: fetch, then the chosen view."""
    from reader.web.fetch import FetchOptions

    options = FetchOptions(max_size=args.max_size, read_timeout=args.timeout,
                           connect_timeout=min(args.timeout, 10.0), offline=args.offline)
    if args.feed is None:
        from reader.web.fetch import fetch_document

        document = fetch_document(url or "", options)
        if args.json:
            return _json(document, args)
        if wants_plain(args):
            from reader.plain import run_plain

            return run_plain(document, args)
        from reader.app import run_app

        return run_app(document, args)
    if url is not None:
        raise UsageError("give either PATH or --feed, not both")
    from reader.web.feeds import load_feed

    feed = load_feed(args.feed, options)
    for warning in feed.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    if args.json:
        from reader.web.feeds import to_json

        sys.stdout.write(to_json(feed) + "\n")
        sys.stdout.flush()
        return 0
    if wants_plain(args):
        from reader.plain.feed import run_feed_plain

        return run_feed_plain(feed, args, options)
    from reader.app.feed_screen import run_feed_app

    return run_feed_app(feed, args, options)


def _many(paths: list[str], args: argparse.Namespace) -> int | None:
    """Many articles (issue 19): batch --json, --ledger, the library screen. None: not many."""
    from reader.batch.options import wants_batch

    if not wants_batch(args, paths):
        return None
    if args.json or args.ledger:
        from reader.batch.command import run as run_batch

        return run_batch(args, paths)
    if wants_plain(args):
        what = f"{paths[0]}: is a directory" if len(paths) == 1 and os.path.isdir(paths[0]) else "several articles"
        print(f"{PROG}: {what}; plain mode reads one article (--json or --ledger read many)", file=sys.stderr)
        return 2
    from reader.batch.launch import start_library

    articles, pool = start_library(paths, args.jobs)  # workers fork before Textual loads
    from reader.app.library import run_library

    return run_library(articles, pool, args)


def _json(source: str | Document, args: argparse.Namespace) -> int:
    from reader.analysis import analyze
    from reader.export import write_json

    article = analyze(source, max_size=args.max_size)
    for warning in article.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    write_json(article, sys.stdout.write, explain=args.explain)  # a piece at a time: the whole JSON is never one string
    sys.stdout.write("\n")
    sys.stdout.flush()
    return 0

