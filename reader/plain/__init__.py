"""Plain mode: the whole reader as linear text for screen readers and braille.

No colour, no escape sequences, no box drawing, no redraws: every line is
printed once, wrapped at word boundaries. Never imports Textual or rich.
"""

from reader.plain.run import run_plain

__all__ = ["run_plain"]
