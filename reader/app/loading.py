"""Loading and analysing articles for the reader screen, off the UI thread.

Small files (up to ``SMALL``) are read and analysed at once: a few
milliseconds, so the first frame shows the analysed article. Larger ones are
read in a worker thread, shown as raw text first, and analysed in a child
process (reader.app.background) while the reader reads.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any, Protocol

from reader.analysis import analyze_document
from reader.app.article_view import ViewParagraph
from reader.app.background import Analysis
from reader.errors import InputError
from reader.ingest import Document, load
from reader.model import Article
from reader.web import is_url

SMALL = 256 * 1024  # files up to this size are analysed before the first frame
FIRST_PAINT = 200_000  # characters of a large file laid out before its first frame
_BLANK_LINES = re.compile(r"\n[ \t]*\n")


def raw_paragraphs(text: str, limit: int | None = None) -> list[ViewParagraph]:
    """The text as it stands, split at blank lines, shown while a large file
    is analysed (cut at ``limit`` characters for the very first frame)."""
    if limit is not None and len(text) > limit:
        cut = text.rfind("\n\n", 0, limit)
        text = text[:cut if cut > 0 else limit]
    return [ViewParagraph(f"r{n}", "raw", " ".join(chunk.split()))
            for n, chunk in enumerate(_BLANK_LINES.split(text)) if chunk.strip()]


class Shows(Protocol):
    """What the loader needs of the screen it loads for."""

    app: Any

    def show_article(self, article: Article) -> None: ...
    def show_raw(self, document: Document, raw: list[ViewParagraph], keep_position: bool = False) -> None: ...
    def failed(self, reason: str) -> None: ...
    def set_status(self, text: str) -> None: ...
    def run_worker(self, work: Callable[[], None], *, thread: bool, exclusive: bool, group: str) -> Any: ...


class Loader:
    """Opens paths and documents for one screen; at most one analysis at a time."""

    def __init__(self, screen: Shows, max_size: int) -> None:
        self.screen = screen
        self.max_size = max_size
        self._analysis: Analysis | None = None

    def open_path(self, source: str) -> None:
        self.cancel()
        if is_url(source):  # a web page (issue #18): fetched in a worker, the screen keeps its keys
            self.screen.set_status(f"Fetching {source}\u2026")
            self.screen.run_worker(lambda: self._fetch(source), thread=True, exclusive=True, group="load")
            return
        try:
            size: int | None = os.stat(source).st_size
        except OSError:
            size = None  # let the loader give the one-line reason
        if size is not None and size <= SMALL:
            # A few milliseconds of work: do it now, so the first frame shows
            # the analysed article (a thread would only compete with painting).
            try:
                self.screen.show_article(analyze_document(load(source, max_size=self.max_size)))
            except InputError as exc:
                self.screen.failed(str(exc))
            return
        self.screen.set_status(f"Opening {source}\u2026")
        self.screen.run_worker(lambda: self._load_and_analyse(source), thread=True, exclusive=True, group="load")

    def open_document(self, document: Document) -> None:
        self.cancel()
        if len(document.text) <= SMALL:
            self.screen.show_article(analyze_document(document))
        else:
            self.screen.run_worker(lambda: self._analyse(document), thread=True, exclusive=True, group="load")

    def cancel(self) -> None:
        analysis, self._analysis = self._analysis, None
        if analysis is not None:
            analysis.cancel()

    def _from_thread(self, callback: Callable[..., None], *args: Any) -> bool:
        """call_from_thread that tolerates the app having stopped meanwhile."""
        app = self.screen.app
        if not app.is_running:
            return False
        try:
            app.call_from_thread(callback, *args)
        except RuntimeError:
            return False
        return True

    def _fetch(self, url: str) -> None:
        """(In a worker thread.) Fetch a page as reader.web reads it, then open it as a document."""
        from reader.web.fetch import FetchOptions, fetch_document

        try:
            document = fetch_document(url, FetchOptions(max_size=self.max_size))
        except InputError as exc:
            self._from_thread(self.screen.failed, str(exc))
            return
        self._from_thread(self.open_document, document)

    def _load_and_analyse(self, source: str) -> None:
        try:
            document = load(source, max_size=self.max_size)
        except InputError as exc:
            self._from_thread(self.screen.failed, str(exc))
            return
        self._analyse(document)

    def _analyse(self, document: Document) -> None:
        """(In a worker thread.) Show the text as it stands, then the analysis."""
        raw = document.format != "html"  # raw HTML would be markup, not text
        if not self._from_thread(self.screen.show_raw, document, raw_paragraphs(document.text, FIRST_PAINT)
                                 if raw else []):
            return
        if (raw and len(document.text) > FIRST_PAINT
                and not self._from_thread(self.screen.show_raw, document, raw_paragraphs(document.text), True)):
            return
        self.cancel()
        megabytes = len(document.text) / 1e6
        analysis = self._analysis = Analysis(document)

        def progress(stage: str, done: float) -> None:
            if self._analysis is analysis and stage != "done":
                self._from_thread(self.screen.set_status, f"Analysing {megabytes:.1f} million characters: "
                                  f"{stage}, {done:.0%} \u2026 the text is shown as it stands until then.")

        analysis.on_progress(progress)
        try:
            article = analysis.result()
        except RuntimeError as exc:
            if self._analysis is analysis:
                self._from_thread(self.screen.failed, f"{document.name}: analysis failed ({exc})")
            return
        if self._analysis is analysis:
            self._from_thread(self.screen.show_article, article)
