"""``--scheduler ADDRESS``: the same per-article function as a Dask bag on a cluster.

Needs the ``kzreader[dask]`` extra (dask[bag] and distributed), and kzreader
installed on the workers. Partitions are computed as futures and their
results yielded as each partition finishes, so output streams like the
local run's (in completion order, each line with its path).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from reader.errors import UsageError

T = TypeVar("T")

PARTITION = 64  # paths a partition: a task's overhead on a cluster is a few milliseconds


def run_dask(paths: Sequence[str], per_path: Callable[[str], T], address: str,
             partition_size: int = PARTITION) -> Iterator[T]:
    try:
        import dask.bag as db
        from distributed import Client, as_completed
    except ImportError:
        raise UsageError("--scheduler needs Dask: pip install 'kzreader[dask]'") from None
    if not paths:
        return
    try:
        client = Client(address)  # waits distributed.comm.timeouts.connect (Dask config)
    except OSError as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    with client:
        bag = db.from_sequence(list(paths), partition_size=partition_size).map(per_path)
        futures = client.compute(bag.to_delayed())
        for future in as_completed(futures):
            yield from future.result()
