"""The one-line widgets under the article: legend, status line, search line."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Input, Static

from reader.app.article_view import SPAN_CLASSES, ArticleView
from reader.app.messages import SearchSubmitted

LEGEND_TYPES = (("PERSON", "person"), ("PLACE", "place"), ("ORG", "organisation"), ("GROUP", "group"),
                ("DATE", "date"))


class Legend(Static):
    """One line, each entity type written in its own highlight style (it
    follows the theme: the styles come from the article view's CSS)."""

    def on_mount(self) -> None:
        self.watch(self.app, "theme", self._theme_changed, init=False)
        self.redraw()

    def _theme_changed(self) -> None:
        self.call_after_refresh(self.redraw)

    def redraw(self) -> None:
        view = self.screen.query_one(ArticleView)
        parts: list[str | tuple[str, Style]] = ["Legend: "]
        for etype, label in LEGEND_TYPES:
            parts.append((label, view.get_component_rich_style(SPAN_CLASSES[etype])))
            parts.append("  ")
        self.update(Text.assemble(*parts))


class StatusLine(Static):
    """What the last move found ("Figure 2 of 4: ..."), hidden when empty.
    Article text reaches it only as ``Content``, never as markup."""

    def say(self, text: str) -> None:
        self.update(Content(text))
        self.display = bool(text)


class SearchLine(Input):
    """The search line: Enter searches, Escape closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel search", show=False, id="search.cancel")]

    def __init__(self) -> None:
        super().__init__(placeholder="Search the article (Enter to search, Esc to cancel)", id="search")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.display = False
        self.post_message(SearchSubmitted(event.value.strip()))

    def action_cancel(self) -> None:
        self.display = False
        self.screen.query_one(ArticleView).focus()
