"""The figures ledger in the app: every casualty figure of the library's articles.

The rows and their event groups are reader.batch.ledger's, the same as
``kzreader --ledger``; the screen shows the articles analysed when it was
opened (``l`` again from the library for a fresh one). Enter opens the
article at the figure's paragraph; Escape returns to the library.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from reader.batch.ledger import Row, ledger

COLUMNS = ("Group", "Category", "Count", "Qualifier", "Who", "Source", "Disputed", "Scope", "Place", "Date",
           "Article", "Paragraph")


def amount(row: Row) -> str:
    if row["count"] is None and row["low"] is not None and row["high"] is not None:
        return f"{row['low']}-{row['high']}"
    value = next((v for v in (row["count"], row["low"], row["high"]) if v is not None), None)
    return "" if value is None else str(value)


def ledger_cells(row: Row) -> tuple[Any, ...]:
    """One figure's cells; article text as plain Text, never markup."""
    return (row["group"], Text(row["category"]), Text(amount(row)), Text(row["qualifier"]),
            Text(row["who"] or ""), Text(row["source"] or ""), Text("disputed" if row["disputed"] else ""),
            Text(row["scope"] or ""), Text(row["place"] or ""), Text(row["date"] or ""),
            Text(row["title"] or Path(row["article"]).name), Text(row["paragraph"]))


class LedgerTable(DataTable[Any]):
    """Casualty figures, one a row, grouped by event."""


class LedgerScreen(Screen[None]):
    DEFAULT_CSS = """
    LedgerScreen #ledger-table { height: 1fr; }
    LedgerScreen #ledger-status { height: 1; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "Library", id="ledger.back")]

    def __init__(self, summaries: list[dict[str, Any]], total: int,
                 open_article: Callable[[str, str | None], None]) -> None:
        super().__init__()
        self.rows = ledger(summaries)
        self.analysed = len(summaries)
        self.total = total
        self.open_article = open_article

    def compose(self) -> ComposeResult:
        yield LedgerTable(cursor_type="row", zebra_stripes=True, id="ledger-table")
        yield Static(id="ledger-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = "Casualty figures across the articles"
        table = self.query_one(LedgerTable)
        table.add_columns(*COLUMNS)
        for n, row in enumerate(self.rows):
            table.add_row(*ledger_cells(row), key=str(n))
        groups = len({row["group"] for row in self.rows})
        articles = (f"{self.total:,} articles" if self.analysed == self.total else
                    f"the {self.analysed:,} of {self.total:,} articles analysed so far (l again for more)")
        self.query_one("#ledger-status", Static).update(Text(
            f"{len(self.rows):,} figures in {groups:,} events from {articles}. "
            "Enter opens the article at the figure; Esc returns."))
        table.focus()

    @on(DataTable.RowSelected, "#ledger-table")
    def _open(self, event: DataTable.RowSelected) -> None:
        if event.row_key.value is None:
            return
        row = self.rows[int(event.row_key.value)]
        self.app.pop_screen()
        self.open_article(row["article"], row["paragraph"])

    def action_back(self) -> None:
        self.app.pop_screen()
