"""Reading a workbook's values, safely: the zip is checked (sizes, ratios, names, required parts)
and each sheet's extent is checked before python-calamine inflates it, so that a hostile or
broken file gives a clear message instead of a crash, a hang or gigabytes of memory."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from xlfollow.core.errors import InputError
from xlfollow.core.texts import Phrase
from xlfollow.core.values import BookValues, CellError, SheetValues, cell_value
from xlfollow.ooxml.limits import MAX_SHEET_CELLS, load_package, sheet_extent

__all__ = ["BookValues", "SheetValues", "cell_value", "load_package", "read_values"]


def read_values(path: Path) -> BookValues:
    """Every worksheet's values (cached values of formulas); blank and whitespace-only cells
    as ``None``. The sheets' extents are checked before python-calamine reads them."""
    import python_calamine as calamine

    name = str(path)
    package = load_package(path)
    try:
        package.xml("[Content_Types].xml")  # the writer edits it: it must be well-formed
        parts = package.sheet_parts()
        for sheet_name, part in parts:
            rows, cols = sheet_extent(package.read(part))
            if rows * cols > MAX_SHEET_CELLS:
                raise InputError(
                    "too-large",
                    path=name,
                    detail=Phrase("detail.extent", sheet=sheet_name, rows=rows, cols=cols),
                    limit=Phrase("detail.cells", n=f"{MAX_SHEET_CELLS:,}".replace(",", " ")),
                )
    except InputError:
        raise
    except Exception:  # malformed XML, missing parts
        raise InputError("corrupt", path=name, detail=Phrase("detail.cells-unreadable")) from None
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(package.data))
        sheets: dict[str, SheetValues] = {}
        for meta in book.sheets_metadata:
            if meta.typ != calamine.SheetTypeEnum.WorkSheet:
                continue
            sheet = book.get_sheet_by_name(meta.name)
            values = [[cell_value(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            part_of = dict(parts)
            if meta.name in part_of:
                _error_values(package.read(part_of[meta.name]), values)
            sheets[meta.name] = SheetValues(
                meta.name, values, meta.visible == calamine.SheetVisibleEnum.Visible
            )
    except InputError:
        raise
    except Exception:
        raise InputError("corrupt", path=name, detail=Phrase("detail.cells-unreadable")) from None
    return BookValues(path=name, sheets=sheets, package=package)


_ERROR_CELL = re.compile(
    rb'<(?:\w+:)?c\b(?=[^>]*\bt="e")[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*>(?:(?!</(?:\w+:)?c>).)*?'
    rb"<(?:\w+:)?v>([^<]{1,16})</(?:\w+:)?v>",
    re.DOTALL,
)


def _error_values(sheet_xml: bytes, values: list[list[Any]]) -> None:
    """python-calamine gives error cells as blanks; put their error value (#N/A ...) back, so
    that an error in the status column is unknown, not missing."""
    if b't="e"' not in sheet_xml:
        return
    for letters, row, error in _ERROR_CELL.findall(sheet_xml):
        r, c = int(row) - 1, 0
        for ch in letters:
            c = c * 26 + ch - 64
        c -= 1
        if r < len(values) and c < len(values[r]) and values[r][c] is None:
            values[r][c] = CellError(error.decode("ascii", "replace"))
