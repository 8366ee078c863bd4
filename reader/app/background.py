"""Analysis of large articles in a separate process.

A thread would hold the GIL for the whole analysis and starve the screen;
a process leaves the interpreter to the app and uses another core. It is a
plain subprocess (``python -m reader.analysis.child``) fed the document on
its standard input and answering with the pickled Article on its standard
output: ``multiprocessing`` cannot be used under Textual, which replaces
``sys.stderr`` with an object that has no file descriptor. The child is
killed when the app stops or opens another file, so quitting never waits.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import threading
from collections.abc import Callable

from reader.ingest import Document
from reader.model import Article


class Analysis:
    """One analysis in a child process; ``result()`` blocks (call it from a thread)."""

    def __init__(self, document: Document) -> None:
        self._lock = threading.Lock()
        self._process = subprocess.Popen(
            [sys.executable, "-m", "reader.analysis.child"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, close_fds=True,
        )
        self._document = document
        self._progress: Callable[[str, float], None] | None = None
        threading.Thread(target=self._read_progress, daemon=True).start()

    def _read_progress(self) -> None:
        """The child reports "0.65 finding casualty figures" lines on stderr."""
        assert self._process.stderr is not None
        for line in self._process.stderr:
            done, _, stage = line.decode("utf-8", "replace").strip().partition(" ")
            try:
                fraction = float(done)
            except ValueError:
                continue
            if self._progress is not None:
                self._progress(stage, fraction)

    def on_progress(self, callback: Callable[[str, float], None]) -> None:
        self._progress = callback

    def result(self) -> Article:
        # Each pipe has one owner: this thread writes stdin and reads stdout,
        # the progress thread alone reads stderr (communicate() would read it
        # too, and two readers of one pipe can block each other).
        process = self._process
        assert process.stdin is not None and process.stdout is not None
        try:
            process.stdin.write(pickle.dumps(self._document, protocol=pickle.HIGHEST_PROTOCOL))
            process.stdin.close()
            output = process.stdout.read()
            process.stdout.close()
        except (OSError, ValueError):
            output = b""
        process.wait()
        if process.returncode != 0 or not output:
            raise RuntimeError("analysis stopped" if process.returncode else "no result")
        status, value = pickle.loads(output)
        if status != "ok":
            raise RuntimeError(value)
        return value

    def cancel(self) -> None:
        with self._lock:
            if self._process.poll() is None:
                self._process.kill()
