"""A table whose status is the colour of its cells, with no status text anywhere (Hart District
Council's KPI tiles: each row filled green, amber or red; its quarterly table: each quarter's figure
on the colour of its assessment). Pure: the readers give the fills of the cells
(``BookValues.fills``), read only when no column's header or values make it the status column.

Which column: one that no field's header names but the outcome's, whose cells are filled in most
rows of the table with colours of two statuses at least (a column shaded one colour, or banded, is a
format, not a status); of several such columns under period headers ("Q1 2014/15", "Q2 2014/15"),
the latest one filled; of several others, the one whose header says it is the latest, else none.
What a colour means: the settings' ``colour.RRGGBB`` lines, then the sheet's own colour legend (a
filled cell whose text is a status, "above target" on green; or a filled blank cell beside it),
then the colour's hue (green, amber, red); grey and other colours are unknown until one of them
says."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from xlfollow.core.colours import classify_colour
from xlfollow.core.models import Layout
from xlfollow.core.status import Status, Vocabulary, no_mark
from xlfollow.core.values import CellFill

MIN_SHARE = 0.6  # of the table's rows: a column filled in fewer is shaded here and there, no status
MIN_ROWS = 3


def item_rows(
    rows: Sequence[Sequence[Any]],
    header_row: int,
    item_col: int,
    fills: Mapping[tuple[int, int], str] | None = None,
    status_col: int = 0,
) -> list[int]:
    """The rows (1-based) under the header whose item cell holds a text and that hold a value
    besides (not counting ``status_col``), or whose status cell has a fill the item cell does not
    share: rows of the table, not headings (a text alone, or a shaded row) or notes."""
    found = []
    for number in range(header_row + 1, len(rows) + 1):
        line = rows[number - 1]
        item = line[item_col - 1] if item_col - 1 < len(line) else None
        if not isinstance(item, str) or not item.strip():
            continue
        others = any(v is not None for i, v in enumerate(line, start=1) if i not in (item_col, status_col))
        fill = fills.get((number, status_col)) if fills and status_col else None
        if others or (fill is not None and fills and fill != fills.get((number, item_col))):
            found.append(number)
    return found


def item_like_rows(rows: Sequence[Sequence[Any]], col: int) -> list[int]:
    """The rows (1-based) with a text in ``col`` and a value besides, but the first (the header
    row, often bold): a table's items, whose look a heading's is told from (headings and notes
    stand alone on their rows)."""
    return [
        r
        for r, line in enumerate(rows, start=1)
        if col - 1 < len(line) and isinstance(line[col - 1], str) and len(line) - line.count(None) >= 2
    ][1:]


def items_plain(set_apart: int, items: int) -> bool:
    """A column's items are plain when at most one in ten has the look (bold, italic, shading) a
    heading would have: then the look tells a heading; banded rows or items bolded for attention
    tell nothing."""
    return items > 0 and set_apart * 10 <= items


def shading(colour: str) -> bool:
    """A fill that may shade a heading: not white, and no status colour (a row filled red is a
    red item, never a heading)."""
    return classify_colour(colour) is None


def shaded_heading(
    line: Sequence[Any], layout: Layout, col: int, colour: str, fill_of: Callable[[int], str | None]
) -> bool:
    """A row whose one text stands in the item column and whose blank status cell has the item
    cell's fill: a heading shaded across the table, its fill no status (``fill_of``: a column's
    fill on this row, asked only for such a row)."""
    item = layout.column("item")
    if item is None or item - 1 >= len(line) or not isinstance(line[item - 1], str):
        return False
    if any(v is not None for c, v in enumerate(line, start=1) if c not in (item, col)):
        return False
    return shading(colour) and fill_of(item) == colour


def _banded(colours: Sequence[str | None]) -> bool:
    """Two colours taking turns row by row, four rows or more: a table's banding, not its statuses."""
    return (
        len(colours) >= 4
        and len(set(colours)) == 2
        and all(colours[i] != colours[i + 1] for i in range(len(colours) - 1))
    )


# a header that names the latest of several columns ("Latest value", "Senaste värde")
_LATEST = frozenset({"latest", "current", "senaste", "aktuellt", "aktuell", "nuvarande", "siste", "nyeste"})


def fill_status_column(
    rows: Sequence[Sequence[Any]],
    header_row: int,
    columns: Mapping[str, int],
    fills: Mapping[tuple[int, int], str],
    period_of: Mapping[int, tuple[int, int, int]],
    hidden: Collection[int] = (),
) -> tuple[int, tuple[int, ...]] | None:
    """The column whose fills are the table's statuses, and the other period columns filled so
    (the choice made among periods, said in the summary); None when no column is such, or when
    several are and differ with nothing to tell which is the latest. ``period_of``: the columns
    whose headers are periods, with each one's period key."""
    item_col = columns.get("item")
    if item_col is None or not fills:
        return None
    lines = item_rows(rows, header_row, item_col)
    if len(lines) < MIN_ROWS:
        return None
    width = max((c for _, c in fills), default=0)
    # the outcome's cells may carry the status as their fill (Helsingborg 2016: "Utfall 2016" green)
    named = {c for f, c in columns.items() if f != "outcome"}
    found: dict[int, list[str | None]] = {}
    for col in range(1, width + 1):
        if col in named or col in hidden:
            continue
        colours = [fills.get((r, col)) for r in lines]
        filled = [c for c in colours if c is not None]
        said = {classify_colour(c) for c in filled} - {None, "missing"}
        # the outcome's own cells only where every row is filled (else its figures, computed)
        needed = len(lines) if col == columns.get("outcome") else max(MIN_ROWS, MIN_SHARE * len(lines))
        if len(filled) >= needed and len(said) >= 2 and not _banded(colours):
            found[col] = colours
    if not found:
        return None
    periods = sorted((period_of[c], c) for c in found if c in period_of)
    if len(periods) > 1:
        chosen = periods[-1][1]
        return chosen, tuple(c for _, c in periods if c != chosen)
    if len({tuple(colours) for colours in found.values()}) == 1:  # a row filled whole: any of them
        return next(iter(found)), ()
    header = rows[header_row - 1]
    latest = [
        c for c in found if c - 1 < len(header) and _LATEST & set(str(header[c - 1] or "").casefold().split())
    ]
    return (latest[0], tuple(c for c in found if c != latest[0])) if len(latest) == 1 else None


def status_from_fills(
    rows: list[list[Any]],
    layout: Layout,
    fills: Mapping[tuple[int, int], str],
    vocabulary: Vocabulary | None = None,
) -> bool:
    """Put each table row's fill in its status cell (what the cell holds is kept beneath, in the
    :class:`CellFill`, whatever it is: the fill is the status). A cell without a fill is not
    assessed (white), unless it holds a status in words, read as written. Headings and notes keep
    their cells. Whether any cell was replaced."""
    col, item_col = layout.column("status"), layout.column("item")
    if col is None or item_col is None:
        return False
    last = len(rows) if layout.last_row is None else min(layout.last_row, len(rows))
    changed = False
    for number in item_rows(rows[:last], layout.header_row, item_col, fills, col):
        line = rows[number - 1]
        if len(line) < col:
            line.extend([None] * (col - len(line)))
        value = line[col - 1]
        if isinstance(value, CellFill):
            continue  # read already
        fill = fills.get((number, col))
        if (
            fill is None
            and vocabulary is not None
            and isinstance(value, str)
            and vocabulary.classify(value) not in (None, Status.MISSING)
        ):
            continue  # a status in words in a cell without a colour
        line[col - 1] = CellFill(fill or "FFFFFF", None, shown=value)
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
        said = vocabulary.classify(text)  # "Uppföljning är inte genomförd" on grey: not assessed
        if said is not None and not no_mark(text):
            meanings.setdefault("#" + colour.upper(), set()).add(said)
    return {key: said.pop() for key, said in meanings.items() if len(said) == 1}
