"""Modal screens: help (built from the bindings themselves) and open-a-file."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from reader.web import is_url

LEGEND = ("Highlights, all underlined, so they stand out in a bold headline or an italic caption too: "
          "people bold, places plain, organisations italic, groups bold italic, dates double underlined.")
SEARCH_SCHEME = ("Search: / opens the search line. While a search is active, n and N go to the next and "
                 "previous match and ] and [ still move by section; Esc ends the search and n/p move by "
                 "section again.")


class HelpScreen(ModalScreen[None]):
    """Every key of the app, from its BINDINGS, with the current keymap."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close"),
    ]

    def __init__(self, rows: list[tuple[str, str]], keymap: Path | None = None) -> None:
        super().__init__()
        self.rows = rows
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        width = max(len(k) for k, _ in self.rows) + 2
        lines = [f"{keys.ljust(width)}{description}" for keys, description in self.rows]
        with Vertical(id="help-box"):
            yield Label(Content("kzreader keys"), id="help-title")
            with VerticalScroll(id="help-body"):
                yield Static(Content("\n".join(lines)), id="help-keys")
                yield Static(Content(LEGEND), classes="help-note")
                yield Static(Content(SEARCH_SCHEME), classes="help-note")
                yield Static(Content(self.keymap_note()), classes="help-note")
            yield Label(Content("Esc or ? closes this help."), id="help-footer")


    def keymap_note(self) -> str:
        if self.keymap is None:
            return "Keys can be remapped in a keymap file; no config folder is known on this system."
        state = "it exists" if self.keymap.exists() else "it does not exist yet"
        return (f"Your keymap file: {self.keymap} ({state}). Remap a key with a [keymap] table of binding ids "
                "and keys; the README's keys table lists the ids.")


class OpenScreen(ModalScreen[Path | str | None]):
    """Ask for a path (or an http(s) address, kept as a string) to open; Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="open.cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="open-box"):
            yield Label(Content("Open an article (text, Markdown or HTML; a file or an http(s) address):"))
            yield Input(placeholder="path/to/article.txt", id="open-path")
            yield Label(Content("Enter opens it; Esc cancels."), id="open-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if is_url(value):
            self.dismiss(value)  # (a Path would fold its "//")
            return
        self.dismiss(Path(value).expanduser() if value else None)

    def action_cancel(self) -> None:
        self.dismiss(None)
