"""The plan of changes, as data: which status cells get which look, which notes go where, and the
cells of the sheets xlfollow writes. The file writer and the live-Excel writer both apply a plan;
neither decides anything of its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from xlfollow.core.owned import VALIDATION_TITLE
from xlfollow.core.status import Status
from xlfollow.core.texts import localised

__all__ = [
    "NOTE_AUTHOR",
    "NOTE_PREFIX",
    "VALIDATION_TITLE",
    "Cell",
    "CellValue",
    "Chart",
    "Look",
    "Note",
    "Plan",
    "Series",
    "SheetPlan",
    "Validation",
]

NOTE_AUTHOR = "xlfollow"  # the author of the notes xlfollow writes (and may replace)
# the start of every note xlfollow writes: how a note a button wrote (its author the Excel user) is
# known as xlfollow's, by both writers
NOTE_PREFIX = localised("note.prefix", "sv")  # the same in both languages


@dataclass(slots=True)
class Look:  # not frozen: one per status cell, built in a hot loop
    """Give a status cell the look of ``status`` (``None``: clear xlfollow's look, for blank or
    unknown statuses). ``cue`` is the symbol shown beside the typed text, or ``None``; ``typed``
    is what the cell holds (a live writer may find cells by it)."""

    row: int
    col: int
    status: Status | str | None  # a Status, styles.UNKNOWN_LOOK (a status xlfollow cannot read), None
    cue: str | None
    typed: object = None
    sheet: str | None = None  # None: the plan's data sheet


@dataclass(frozen=True, slots=True)
class CellValue:
    """Put ``value`` into a cell of a user's sheet (``None``: empty it), keeping the cell's format:
    a new round's emptied status cells, collected answers, a settings line. A cell that does not
    exist yet takes the format of the cell ``style_from`` (row, column) when given. Never a cell
    that holds a formula: the planners leave those, and the check after writing refuses it."""

    sheet: str
    row: int
    col: int
    value: Any  # str | int | float | bool | None; text is always written as text, never as a formula
    style_from: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Validation:
    """A dropdown on cells of a user's sheet (``cells``: "B5:B9 B12"): the choices are the cells
    ``choices`` names on the same sheet ("$G$3:$G$7"), which reads the same in every language's
    Excel (a typed list's separator is the computer's list separator). Typed text outside the
    list is warned about, not refused. Marked as xlfollow's, so that it is replaced, never doubled."""

    sheet: str
    cells: str
    choices: str
    prompt: str = ""  # the input message Excel shows on the cell
    area: str = ""  # cells whose earlier dropdowns go first (a live engine cannot tell whose they are)


@dataclass(frozen=True)
class Note:
    row: int
    col: int
    text: str
    sheet: str | None = None  # None: the plan's data sheet


@dataclass(slots=True)
class Cell:  # not frozen: built once per cell of the sheets xlfollow writes, tens of thousands
    row: int
    col: int
    value: Any  # str | int | float | None; text is always written as text, never as a formula
    style: str | None = None
    link: str | None = None  # an internal location, e.g. "'Data'!C5"


@dataclass(frozen=True)
class Series:
    name_cell: tuple[int, int]
    name: str
    first_row: int
    last_row: int
    col: int
    values: tuple[float, ...]
    colour: str
    label_colour: str = "000000"  # the counts written inside the bars


@dataclass(frozen=True)
class Chart:
    title: str
    categories_col: int
    first_row: int
    last_row: int
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    anchor: tuple[int, int, int, int]  # from col, from row, to col, to row (1-based, cells)
    description: str = ""  # the alternative text: what the chart shows, in words and numbers


@dataclass(frozen=True)
class DeferredText:
    """A cell's text given when rows made elsewhere are written (``rows_xml``'s texts): a
    status's word in the region's language, known only once every unit is read."""

    key: str


@dataclass(frozen=True)
class RenderedRows:
    """Rows of a sheet made by a worker process (the file format's ``rows_xml``), to follow the
    sheet's own cells: their XML, made for rows ``first``.. and for the workbook's formats
    ``style_index`` (style -> index, in the order the rows first use them); the writer checks
    both before it joins them."""

    xml: bytes
    first: int
    count: int
    width: int  # the last column used
    style_index: dict[str | None, int]


@dataclass
class SheetPlan:
    name: str
    owned: bool = True  # marked as xlfollow's (rewritten on every run, never read as data)
    cells: list[Cell] = field(default_factory=list)
    widths: dict[int, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    repeat_rows: tuple[int, int] | None = None
    freeze_row: int | None = None
    page_breaks: list[int] = field(default_factory=list)  # a page ends after each of these rows
    header: str = ""
    footer: str = ""
    chart: Chart | None = None
    rendered: list[RenderedRows] = field(default_factory=list)  # rows after the cells, made elsewhere

    def put(self, row: int, col: int, value: Any, style: str | None = None, link: str | None = None) -> None:
        self.cells.append(Cell(row, col, value, style, link))


@dataclass
class Plan:
    data_sheet: str  # the first data sheet; marks and notes name theirs when there are several
    looks: list[Look]
    notes: list[Note]
    sheets: list[SheetPlan]
    language: str = "sv"
    values: list[CellValue] = field(default_factory=list)  # cells of users' sheets given a value
    drop: list[str] = field(default_factory=list)  # xlfollow's sheets to remove (by the name it gives them)
    notes_replaced: bool = True  # xlfollow's notes on the data sheets become ``notes`` (False: left)
    validations: list[Validation] = field(default_factory=list)  # dropdowns on users' sheets

    def data_sheets(self) -> list[str]:
        """The users' sheets the plan changes, the first data sheet first."""
        names = {self.data_sheet: None}
        names.update({m.sheet: None for m in self.looks if m.sheet is not None})
        names.update({n.sheet: None for n in self.notes if n.sheet is not None})
        names.update({v.sheet: None for v in self.values})
        names.update(
            {v.sheet: None for v in self.validations if v.sheet not in {s.name for s in self.sheets}}
        )
        return list(names)

    def values_on(self, sheet: str) -> dict[tuple[int, int], CellValue]:
        """The cells of ``sheet`` given a value, by (row, column)."""
        return {(v.row, v.col): v for v in self.values if v.sheet == sheet}

    def looks_on(self, sheet: str) -> list[Look]:
        return [m for m in self.looks if (m.sheet or self.data_sheet) == sheet]

    def notes_on(self, sheet: str) -> list[Note]:
        return [n for n in self.notes if (n.sheet or self.data_sheet) == sheet]
