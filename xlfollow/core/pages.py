"""Laying out xlfollow's sheets as printed pages: rows are written one after another while the
height used on the page is counted, so that a table that would split starts on a new page and a
table longer than a page repeats its heading row at the top of each page it continues on. Row
heights are set from the text they hold (wrapped in full: no list text is clipped)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from xlfollow.core.plan_types import SheetPlan

# A4 landscape, top and bottom margins 0.75 in: 595 - 108 = 487 pt; kept below for the header
# and footer lines and for readers that measure text a little taller.
PAGE_HEIGHT = 460.0
ROW_HEIGHT = 15.0  # one line of 11 pt text
LINE_HEIGHT = 15.0  # each further line of wrapped text
MAX_ROW_HEIGHT = 409.0  # Excel's limit


@dataclass(frozen=True)
class PageCell:
    """One cell of a row: its column, value and style; ``to`` merges it over further columns."""

    col: int
    value: Any
    style: str | None = None
    link: str | None = None
    to: int | None = None


def lines_of(text: str, width: float) -> int:
    """The lines ``text`` wraps to in a cell ``width`` characters wide (11 pt Calibri: a
    character of the width unit holds about one average letter)."""
    per_line = max(int(width * 1.05), 1)
    total = 0
    for part in text.split("\n"):
        words = part.split(" ")
        lines, used = 1, 0
        for word in words:
            length = len(word)
            if used and used + 1 + length > per_line:
                lines, used = lines + 1, 0
            while length > per_line:  # a word longer than the line breaks anywhere
                lines, length = lines + 1, length - per_line
            used = used + 1 + length if used else length
        total += lines
    return total


class Pager:
    """Writes rows of ``sheet`` from row 1 down, breaking pages where a row would not fit."""

    def __init__(self, sheet: SheetPlan, widths: dict[int, float]) -> None:
        self.sheet = sheet
        sheet.widths = dict(widths)
        self.row = 1
        self.used = 0.0
        self.header: Sequence[PageCell] | None = None  # the heading row of the table being written

    def width(self, cell: PageCell) -> float:
        last = cell.to or cell.col
        return sum(self.sheet.widths.get(c, 8.43) for c in range(cell.col, last + 1))

    def height(self, cells: Sequence[PageCell], size: float = 11) -> float:
        lines = max(
            (lines_of(c.value, self.width(c)) for c in cells if isinstance(c.value, str) and c.value),
            default=1,
        )
        line = LINE_HEIGHT * size / 11
        return min(max(ROW_HEIGHT * size / 11, lines * line + 2), MAX_ROW_HEIGHT)

    def fits(self, height: float) -> bool:
        return self.used + height <= PAGE_HEIGHT

    def new_page(self) -> None:
        if self.used == 0:
            return
        self.sheet.page_breaks.append(self.row - 1)
        self.used = 0.0
        if self.header is not None:
            self._write(self.header, self.height(self.header))

    def put_row(self, cells: Sequence[PageCell], size: float = 11) -> int:
        """Write a row; returns its number."""
        height = self.height(cells, size)
        if not self.fits(height):
            self.new_page()
        return self._write(cells, height)

    def _write(self, cells: Sequence[PageCell], height: float) -> int:
        row = self.row
        for c in cells:
            self.sheet.put(row, c.col, c.value, c.style, link=c.link)
            if c.to and c.to > c.col:
                self.sheet.merges.append((row, c.col, row, c.to))
        if height > ROW_HEIGHT + 0.5:
            self.sheet.heights[row] = height
        self.used += height
        self.row += 1
        return row

    def gap(self, rows: int = 1) -> None:
        """Empty rows (none at the top of a page)."""
        for _ in range(rows):
            if self.used == 0:
                return
            if not self.fits(ROW_HEIGHT):
                self.new_page()
                return
            self.used += ROW_HEIGHT
            self.row += 1

    def keep_together(self, height: float) -> None:
        """Start a new page unless ``height`` more fits on this one (and would fit on a page)."""
        if not self.fits(height) and height <= PAGE_HEIGHT:
            self.new_page()

    def block(self, rows: int) -> int:
        """Reserve ``rows`` default-height rows on one page (for a chart); returns the first."""
        height = rows * ROW_HEIGHT
        if not self.fits(height):
            self.new_page()
        first = self.row
        self.row += rows
        self.used += height
        return first

    def table(self, header: Sequence[PageCell] | None) -> None:
        """The heading row repeated when the table continues on a new page (None: no table)."""
        self.header = header
