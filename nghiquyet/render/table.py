"""Rich tables for a person at a terminal. Article text is always a ``Text``, never
markup, so ``[bold]`` in an article stays literal."""

from __future__ import annotations

from collections.abc import Iterable

from rich import box
from rich.table import Table
from rich.text import Text

from .views import Column

MATCH_STYLE = "bold yellow"


def _cell(column: Column, item) -> Text:
    text = Text((column.for_people or column.value)(item), style=column.style or "")
    for start, end in column.highlights(item) if column.highlights else ():
        text.stylize(MATCH_STYLE, start, end)
    if column.detail:
        text.append("\n" + " · ".join(d for d in column.detail(item) if d), style="dim")
    return text


def _table(columns: tuple[Column, ...], title: str | None) -> Table:
    table = Table(box=box.SIMPLE_HEAD, title=Text(title, style="bold") if title else None,
                  title_justify="left", expand=True, pad_edge=False)
    for column in columns:
        if column.share:
            table.add_column(column.header, ratio=column.share, overflow="fold")
        else:
            table.add_column(column.header, no_wrap=True, overflow="ellipsis")
    return table


def listing(console, items: Iterable, columns: tuple[Column, ...], title: str | None = None) -> None:
    table = _table(columns, title)
    for item in items:
        table.add_row(*(_cell(c, item) for c in columns))
    console.print(table)


def pairs(console, rows: Iterable[tuple[str, str]], title: str | None = None) -> None:
    table = Table(box=box.SIMPLE, show_header=False, title=Text(title, style="bold") if title else None,
                  title_justify="left", pad_edge=False, expand=True)
    table.add_column(style="cyan", no_wrap=True)
    table.add_column(overflow="fold", ratio=1)
    for key, value in rows:
        table.add_row(Text(key), Text(value))
    console.print(table)
