"""Many articles at once: batch JSON export, the figures ledger, the library's data.

This package is part of the core: it imports neither Textual nor rich, and
no view (``reader.app``, ``reader.plain``). Every runner (one process, a
local process pool, a Dask cluster) applies the one per-article function,
:func:`reader.batch.work.analyse_path`.
"""
