"""The Textual app: the only part of kzreader that imports Textual."""

from reader.app.app import KzReaderApp, run_app

__all__ = ["KzReaderApp", "run_app"]
