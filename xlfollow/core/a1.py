"""Pure A1-reference helpers (rows and columns are 1-based, as in Excel)."""

from __future__ import annotations

from xlfollow.core.lazy import lazy

MAX_ROW = 1_048_576
MAX_COL = 16_384
_CELL = lazy(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$")
_LETTERS = lazy(r"[A-Za-z]{1,3}")


def is_col_letters(text: str) -> bool:
    """'C', 'ab', 'XFD': written as a column's letters (a settings line's "column.status = C")."""
    return _LETTERS.fullmatch(text) is not None


def col_letter(col: int) -> str:
    """1 -> 'A', 27 -> 'AA', 16384 -> 'XFD'."""
    if not 1 <= col <= MAX_COL:
        raise ValueError(f"column {col} out of range")
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def col_index(letters: str) -> int:
    """'A' -> 1, 'xfd' -> 16384."""
    if not letters.isascii() or not letters.isalpha() or not 1 <= len(letters) <= 3:
        raise ValueError(f"not a column: {letters!r}")
    col = 0
    for ch in letters.upper():
        col = col * 26 + ord(ch) - 64
    if col > MAX_COL:
        raise ValueError(f"column {letters!r} out of range")
    return col


def cell_ref(row: int, col: int) -> str:
    """(5, 3) -> 'C5'."""
    if not 1 <= row <= MAX_ROW:
        raise ValueError(f"row {row} out of range")
    return f"{col_letter(col)}{row}"


def parse_cell(ref: str) -> tuple[int, int]:
    """'C5' (or '$C$5') -> (5, 3)."""
    m = _CELL.match(ref.strip())
    if not m:
        raise ValueError(f"not a cell reference: {ref!r}")
    row = int(m.group(2))
    if not 1 <= row <= MAX_ROW:
        raise ValueError(f"row out of range: {ref!r}")
    return row, col_index(m.group(1))


def quote_sheet(name: str) -> str:
    """A sheet name as it must stand in a formula or a hyperlink location."""
    return "'" + name.replace("'", "''") + "'"


def sheet_cell(sheet: str, row: int, col: int) -> str:
    """'Data'!C5 style location (always quoted: safe for any name)."""
    return f"{quote_sheet(sheet)}!{cell_ref(row, col)}"
