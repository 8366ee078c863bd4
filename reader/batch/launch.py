"""Starting the library's worker processes as early as possible.

``kzreader DIR`` calls :func:`start_library` before anything heavy is
imported: the workers fork from a small process and import and warm up the
analysis themselves (more than a second on a busy machine), while this
process imports Textual and draws the first frame. So this module imports
only the path expansion and the pool.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor

from reader.batch.paths import ARTICLE_SUFFIXES, expand
from reader.batch.pool import default_jobs, start_pool
from reader.errors import UsageError

WORKER_NICE = 5
"""The library's workers yield a core to the screen when both want it: the list
stays responsive (and its first frame comes sooner) while the rest are analysed."""


def warm_up() -> None:
    """(In a worker.) Import the analysis and run it once (reader.batch.work.warm_up)."""
    from reader.batch.work import warm_up as analyse_once

    analyse_once()


def nothing_found_reason(arguments: list[str]) -> str:
    suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
    return f"{' '.join(arguments)}: is a directory or pattern with no article files ({suffixes}) in it"


def start_library(arguments: list[str], jobs: int | None) -> tuple[list[str], ProcessPoolExecutor]:
    """The library's paths, and its worker processes already started and warming up."""
    paths = expand(arguments)
    if not paths:
        raise UsageError(nothing_found_reason(arguments))
    return paths, start_pool(jobs or default_jobs(), warm_up, nice=WORKER_NICE)
