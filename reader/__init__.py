"""kzreader: a terminal reader for news articles.

The analysis core (``reader.model``, ``reader.ingest``, ``reader.analysis``,
``reader.export``) is pure Python and knows nothing of the screen; the plain
mode (``reader.plain``) and the Textual app (``reader.app``) are views on it.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
