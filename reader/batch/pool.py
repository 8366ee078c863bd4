"""Run a per-chunk function over many paths in worker processes (or in this one).

``run_local`` yields results in the order chunks complete. Work goes out in
small chunks (a few paths each) with a bounded number in flight, so a
million paths never sit in memory as futures, the first results come
quickly, and the main process only writes what the workers have serialised.
A worker that dies (a crash in a parser, the memory killer) breaks the pool:
its chunks are run again one path each in a fresh pool, and a path that
kills its worker again gets an error result; the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.context import BaseContext
from typing import TypeVar

T = TypeVar("T")

Work = Callable[[list[str]], list[T]]
Failed = Callable[[str, str], T]

FIRST_CHUNK = 1  # the first chunk each worker takes: first results as soon as possible
CHUNK = 8        # then this many paths a task: the cost of a round trip is shared
IN_FLIGHT = 4    # chunks queued per worker


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunks(paths: Sequence[str], jobs: int, size: int = CHUNK) -> Iterator[list[str]]:
    first = min(len(paths), jobs * FIRST_CHUNK)
    for start in range(0, first, FIRST_CHUNK):
        yield list(paths[start:start + FIRST_CHUNK])
    for start in range(first, len(paths), size):
        yield list(paths[start:start + size])


def start_method(name: str | None = None) -> BaseContext:
    """``name``'s start method, else fork wherever there is one (not on Windows).

    Forked workers inherit what the main process has imported and warmed up;
    spawn and forkserver (Python 3.14's default on Linux) start each worker
    cold, to import the analysis and warm it up again: about 0.3 s of CPU a
    worker on 300 articles here (benchmarks/batch.py's tree, 2026-12-02).
    """
    if name is None and "fork" in multiprocessing.get_all_start_methods():
        name = "fork"
    return multiprocessing.get_context(name)


def _quiet_worker(nice: int = 0) -> None:
    # Ctrl-C reaches the whole process group: the main process stops the
    # batch; the workers should not each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if nice:
        os.nice(nice)


def start_pool(jobs: int, warm_up: Callable[[], None] | None = None, nice: int = 0) -> ProcessPoolExecutor:
    """A pool whose workers are forked now and warm up at once, each in parallel.

    For the app: call it before Textual starts its threads (forking a process
    with threads is unsafe) and before it replaces ``sys.stderr``; the workers
    warm up while the app imports and draws its first frame. ``nice`` lowers
    the workers' priority, so that the screen wins when they compete for a core.
    """
    pool = ProcessPoolExecutor(jobs, mp_context=start_method(), initializer=_quiet_worker, initargs=(nice,))
    for _ in range(jobs):
        pool.submit(warm_up or _nothing)  # with fork, the first submit starts every worker
    return pool


def _nothing() -> None:
    pass


def run_local(paths: Sequence[str], work: Work[T], failed: Failed[T], jobs: int | None = None,
              context: str | None = None, warm_up: Callable[[], None] | None = None,
              pool: ProcessPoolExecutor | None = None) -> Iterator[T]:
    """Yield ``work(chunk)``'s results for every path; ``jobs`` processes (1: in this one).

    ``warm_up`` runs here first: forked workers inherit what it loaded. ``pool``
    (from :func:`start_pool`) is used, and shut down, instead of a new one.
    """
    jobs = jobs or default_jobs()
    if warm_up is not None and paths and pool is None:
        warm_up()
    if jobs <= 1 and pool is None:
        for chunk in chunks(paths, 1):
            yield from work(chunk)
        return
    lost = yield from _pool(chunks(paths, jobs), work, jobs, jobs * IN_FLIGHT, context, pool)
    # Again, one path at a time, so the path that kills its worker is known.
    queue = [[path] for chunk in lost for path in chunk]
    while queue:
        lost = yield from _pool(iter(queue), work, 1, 1, context, None)
        if not lost:
            break
        yield failed(lost[0][0], "the worker process analysing it died")
        queue = lost[1:]


def _pool(todo: Iterator[list[str]], work: Work[T], jobs: int, in_flight: int, context: str | None,
          pool: ProcessPoolExecutor | None) -> Generator[T, None, list[list[str]]]:
    """Run the chunks; yield results; return the chunks lost to a broken pool."""
    if pool is None:
        pool = ProcessPoolExecutor(jobs, mp_context=start_method(context), initializer=_quiet_worker)
    pending: dict[Future[list[T]], list[str]] = {}
    lost: list[list[str]] = []
    try:
        for _ in range(in_flight):
            if not _submit(pool, pending, todo, work):
                break
        while pending:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                chunk = pending.pop(future)
                try:
                    results = future.result()
                except BrokenProcessPool:
                    lost.append(chunk)
                    continue
                yield from results
                if not lost:
                    _submit(pool, pending, todo, work)
        lost.extend(todo)  # not sent once the pool broke
    finally:
        pool.shutdown(wait=not lost, cancel_futures=True)
    return lost


def _submit(pool: ProcessPoolExecutor, pending: dict[Future[list[T]], list[str]], todo: Iterator[list[str]],
            work: Work[T]) -> bool:
    chunk = next(todo, None)
    if chunk is None:
        return False
    try:
        pending[pool.submit(work, chunk)] = chunk
    except BrokenProcessPool:
        pending_failed: Future[list[T]] = Future()
        pending_failed.set_exception(BrokenProcessPool("broken"))
        pending[pending_failed] = chunk
    return True
