"""A table whose status is the colour of its cells, with no status text anywhere (Hart District
Council's KPI tiles: each row filled green, amber or red; its quarterly table: each quarter's figure
on the colour of its assessment). Pure: the readers give the fills of the cells
(``BookValues.fills``), read only when no column's header or values make it the status column.

Which column: one that no field's header names, whose cells are filled in most rows of the table
with colours of two statuses at least (a column shaded one colour is a format, not a status); of
several such columns under period headers ("Q1 2014/15", "Q2 2014/15"), the latest one filled.
What a colour means: the settings' ``colour.RRGGBB`` lines, then the sheet's own colour legend (a
filled cell whose text is a status, "above target" on green; or a filled blank cell beside it),
then the colour's hue (green, amber, red); grey and other colours are unknown until one of them
says."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Any

from xlfollow.core.colours import classify_colour
from xlfollow.core.models import Layout
from xlfollow.core.status import Status, Vocabulary
from xlfollow.core.values import CellFill

MIN_SHARE = 0.6  # of the table's rows: a column filled in fewer is shaded here and there, no status
MIN_ROWS = 3


def item_rows(rows: Sequence[Sequence[Any]], header_row: int, item_col: int, skip: int = 0) -> list[int]:
    """The rows (1-based) under the header whose item cell holds a text and that hold two values
    more besides (``skip``: a column not counted): rows of the table, not headings or notes."""
    found = []
    for number in range(header_row + 1, len(rows) + 1):
        line = rows[number - 1]
        item = line[item_col - 1] if item_col - 1 < len(line) else None
        if not isinstance(item, str) or not item.strip():
            continue
        others = sum(1 for i, v in enumerate(line, start=1) if v is not None and i not in (item_col, skip))
        if others >= 2:
            found.append(number)
    return found


def fill_status_column(
    rows: Sequence[Sequence[Any]],
    header_row: int,
    columns: Mapping[str, int],
    fills: Mapping[tuple[int, int], str],
    period_of: Mapping[int, tuple[int, int, int]],
    hidden: Collection[int] = (),
) -> tuple[int, tuple[int, ...]] | None:
    """The column whose fills are the table's statuses, and the other period columns filled so
    (the choice made among periods, said in the summary); None when no column is such.
    ``period_of``: the columns whose headers are periods, with each one's period key."""
    item_col = columns.get("item")
    if item_col is None or not fills:
        return None
    lines = item_rows(rows, header_row, item_col)
    if len(lines) < MIN_ROWS:
        return None
    width = max((c for _, c in fills), default=0)
    named = set(columns.values())
    found = []
    for col in range(1, width + 1):
        if col in named or col in hidden:
            continue
        colours = [fills[(r, col)] for r in lines if (r, col) in fills]
        said = {classify_colour(c) for c in colours} - {None, "missing"}
        if len(colours) >= max(MIN_ROWS, MIN_SHARE * len(lines)) and len(said) >= 2:
            found.append(col)
    if not found:
        return None
    periods = sorted((period_of[c], c) for c in found if c in period_of)
    if len(periods) > 1:
        chosen = periods[-1][1]
        return chosen, tuple(c for _, c in periods if c != chosen)
    return found[0], ()


def status_from_fills(
    rows: list[list[Any]],
    layout: Layout,
    fills: Mapping[tuple[int, int], str],
    vocabulary: Vocabulary | None = None,
) -> bool:
    """Put each table row's fill in its status cell (what the cell holds is kept beneath, in the
    :class:`CellFill`): a row without a fill there is not assessed (white). A status written in
    words in the cell is read as written (the way to answer where colours cannot be given or
    collected); headings and notes keep their cells. Whether any cell was replaced."""
    col, item_col = layout.column("status"), layout.column("item")
    if col is None or item_col is None:
        return False
    last = len(rows) if layout.last_row is None else min(layout.last_row, len(rows))
    changed = False
    for number in item_rows(rows[:last], layout.header_row, item_col, skip=col):
        line = rows[number - 1]
        if len(line) < col:
            line.extend([None] * (col - len(line)))
        value = line[col - 1]
        if isinstance(value, CellFill):
            continue  # read already
        if isinstance(value, str) and vocabulary and vocabulary.classify(value) not in (None, Status.MISSING):
            continue  # a status in words
        line[col - 1] = CellFill(fills.get((number, col), "FFFFFF"), None, shown=line[col - 1])
        changed = True
    return changed


def colour_legend(
    rows: Sequence[Sequence[Any]],
    fills: Mapping[tuple[int, int], str],
    vocabulary: Vocabulary,
    table_rows: Collection[int],
) -> dict[str, Status]:
    """The sheet's colour legend: "#RRGGBB" (as a :class:`CellFill` reads) -> the status the text
    on that fill says ("above target" on green, "for info only" on grey), or the text in the cell
    right of a filled blank cell. Cells of the table itself (``table_rows``) are never a legend;
    a colour given two meanings means neither."""
    meanings: dict[str, set[Status]] = {}
    for (row, col), colour in fills.items():
        if row in table_rows or row > len(rows):
            continue
        line = rows[row - 1]
        text = line[col - 1] if col - 1 < len(line) else None
        if text is None and col < len(line):
            text = line[col]  # a swatch, its meaning beside it
        if not isinstance(text, str) or not text.strip() or len(text) > 60:
            continue
        said = vocabulary.classify(text)
        if said is not None and said is not Status.MISSING:
            meanings.setdefault("#" + colour.upper(), set()).add(said)
    return {key: said.pop() for key, said in meanings.items() if len(said) == 1}
