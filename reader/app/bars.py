"""The one-line widgets under the article: legend, status line, search line."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Static

from reader.app.article_view import ArticleView
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
            parts.append((label, view.entity_style(etype)))
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

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel search", show=False, id="search.cancel"),
    ]

    def __init__(self) -> None:
        super().__init__(placeholder="Search the article (Enter to search, Esc to cancel)", id="search")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.display = False
        self.post_message(SearchSubmitted(event.value.strip()))

    def action_cancel(self) -> None:
        self.display = False
        self.screen.query_one(ArticleView).focus()


FOOTER_ORDER = ("app.quit", "app.help", "search.next", "search.end", "section.next", "mention.next",
                "figure.next", "search.open", "view.panes", "view.maximize", "view.highlights", "view.theme",
                "app.open")
FOOTER_PAIRS = {"section.next": ("section.previous", "Section"), "search.next": ("search.previous", "Match")}
PAIRED = {other for other, _ in FOOTER_PAIRS.values()}


class KeyBar(Widget):
    """The footer: the keys that work now, in whole words.

    Textual's Footer cuts its last key mid-word when the terminal is
    narrow; this one shows as many keys as fit, each as a whole, with the
    help key first (help lists every key). Keys that do not apply now (the
    next-section key during a search) are not shown: the screen's
    ``check_action`` hides them. Keys are drawn in reverse video, which
    stays visible without colour.
    """

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, screen: object) -> None:
        self.refresh()

    def items(self) -> list[tuple[str, str]]:
        """(keys, description) of every key shown, in FOOTER_ORDER, a pair
        of opposite moves as one item ("n/p Section")."""
        shown: dict[str, Binding] = {}
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if binding.show and active.enabled and binding.id and binding.id not in shown:
                shown[binding.id] = binding
        order = [i for i in FOOTER_ORDER if i in shown] + [i for i in shown if i not in FOOTER_ORDER]
        items: list[tuple[str, str]] = []
        for binding_id in order:
            binding = shown[binding_id]
            key = self.app.get_key_display(binding)
            if binding_id in FOOTER_PAIRS:
                other_id, label = FOOTER_PAIRS[binding_id]
                if other_id in shown:
                    items.append((f"{key}/{self.app.get_key_display(shown[other_id])}", label))
                    continue
            if binding_id not in PAIRED:
                items.append((key, binding.description))
        return items

    def render(self) -> Content:
        width = self.size.width
        parts: list[Content] = []
        used = 0
        for key, description in self.items():
            piece = Content.assemble((key, "reverse"), f" {description}  ")
            if used + piece.cell_length - 2 > width:  # (the last one needs no gap after it)
                break  # whole keys only: the rest are in help (?)
            parts.append(piece)
            used += piece.cell_length
        return Content("").join(parts)
