"""A workbook's cell values as the readers give them to the core (and the bytes they came from,
for the writer)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from xlfollow.ooxml.package import Package


class CellError(str):
    """An error value a cell shows (#N/A, #REF!, ...): never a blank, never a status."""


class CellFill(str):
    """A status cell whose fill colour carries the status: the colour as RRGGBB, the built-in
    cell style it has (26 Good, 27 Bad, 28 Neutral), if any, and what the cell holds beneath
    (``shown``: None for a blank cell; a figure where a table's status is its cells' fill)."""

    colour: str
    builtin: int | None
    shown: Any

    def __new__(cls, colour: str, builtin: int | None = None, shown: Any = None) -> CellFill:
        text = super().__new__(cls, "#" + colour.upper())
        text.colour = colour.upper()
        text.builtin = builtin
        text.shown = shown
        return text


class CellIcon(str):
    """A number in the status column shown as an icon by an icon set: the status of the icon
    (its value: "green" ..., None for an icon xlfollow cannot read) and the number."""

    status: str | None
    number: float

    def __new__(cls, status: str | None, number: float) -> CellIcon:
        text = super().__new__(cls, f"{number:.15g} ({status or '?'})")
        text.status = status
        text.number = number
        return text


class CellRuled(CellIcon):
    """A number in the status column filled by a conditional format ("Cell value >= 0,9" green):
    the status of the fill Excel shows, the number, and the rule as the reader knows it."""

    rule: str

    def __new__(cls, status: str | None, number: float, rule: str = "") -> CellRuled:
        text = str.__new__(cls, f"{number:.15g} ({status or '?'})")
        text.status = status
        text.number = number
        text.rule = rule
        return text


class CellGlyph(str):
    """A letter in a symbol font (Wingdings, Webdings) that shows a shape: the font and letter,
    and the status the shape says (its value: "green" ..., None when it says none); or a mark
    alone in its cell whose font colour says the status ("● (#FF0000)": core/colours.mark_statuses)."""

    status: str | None
    font: str  # the symbol font's name, or the mark's font colour ("#FF0000")

    def __new__(cls, letter: str, font: str, status: str | None) -> CellGlyph:
        text = super().__new__(cls, f"{letter} ({font})")
        text.status = status
        text.font = font
        return text


@dataclass(frozen=True)
class SheetValues:
    name: str
    rows: list[list[Any]]  # 0-based rows of cell values; None for blank
    visible: bool = True
    # 1-based rows with a cell merged across columns (a heading when the row holds one text)
    merged_rows: frozenset[int] = frozenset()
    hidden_columns: frozenset[int] = frozenset()  # 1-based columns the user hid
    # (row, col) -> whether the cell is set apart (bold, italic or filled where most of its column's
    # texts are not): a heading when it is its row's only text. None: the reader cannot tell
    emphasis: Callable[[int, int], bool] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class BookValues:
    path: str
    sheets: dict[str, SheetValues]
    package: Package | None = None  # the bytes the values were read from, for the writer
    owned: frozenset[str] = frozenset()  # sheets xlfollow wrote: never the data
    region_book: bool = False  # written by `xlfollow consolidate`
    # the fills of a sheet's cells, where the reader can see them: sheet -> {(row, col): RRGGBB}
    # (1-based; xlfollow's own look left out). Asked only when no column's header or values make
    # it the status column: a table whose status is the colour of its cells
    fills: Callable[[str], Mapping[tuple[int, int], str]] | None = field(
        default=None, compare=False, repr=False
    )

    def hidden(self) -> set[str]:
        return {name for name, sheet in self.sheets.items() if not sheet.visible}

    def hidden_columns(self) -> dict[str, frozenset[int]]:
        return {name: sheet.hidden_columns for name, sheet in self.sheets.items() if sheet.hidden_columns}

    def rows(self) -> dict[str, list[list[Any]]]:
        return {name: sheet.rows for name, sheet in self.sheets.items()}


def cell_value(value: Any) -> Any:
    """A cell's value as the core sees it: blank and whitespace-only text as ``None``."""
    return None if value == "" or (value.__class__ is str and value.isspace()) else value


def cell_values(rows: Iterable[Iterable[Any]]) -> list[list[Any]]:
    """Rows of a reader's values as :func:`cell_value` gives each, in one comprehension without a
    call per cell."""
    return [
        [None if isinstance(v, str) and (not v or (v.__class__ is str and v.isspace())) else v for v in row]
        for row in rows
    ]
