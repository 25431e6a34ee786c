"""Reading a workbook's values, safely: the zip is checked (sizes, ratios, names, required parts)
and each sheet's extent is checked before python-calamine inflates it, so that a hostile or
broken file gives a clear message instead of a crash, a hang or gigabytes of memory."""

from __future__ import annotations

import io
import math
import re
from pathlib import Path
from typing import Any

from xlfollow.core.errors import InputError
from xlfollow.core.texts import Phrase
from xlfollow.core.values import BookValues, CellError, SheetValues, cell_value
from xlfollow.ooxml.limits import MAX_SHEET_CELLS, load_package, sheet_extent
from xlfollow.ooxml.package import Package

__all__ = ["BookValues", "SheetValues", "cell_value", "load_package", "read_values"]


def read_values(path: Path) -> BookValues:
    """Every worksheet's values (cached values of formulas); blank and whitespace-only cells
    as ``None``. The sheets' extents are checked before python-calamine reads them; a sheet
    whose declared extent is too large, and every sheet of a file python-calamine cannot read,
    is read by the streaming reader instead (:mod:`xlfollow.ooxml.cells`), which keeps only
    the cells that hold a value."""
    name = str(path)
    package = load_package(path)
    try:
        package.xml("[Content_Types].xml")  # the writer edits it: it must be well-formed
        if not package.has(package.workbook):
            raise InputError("not-a-workbook", path=name, detail=Phrase("detail.no-workbook-part"))
        parts = dict(package.sheet_parts())
        visible = _visibility(package)
        owned = package.owned_sheets()
        wide = {
            sheet
            for sheet, part in parts.items()
            if math.prod(sheet_extent(package.read(part))) > MAX_SHEET_CELLS
        }
    except InputError:
        raise
    except Exception:  # malformed XML, missing parts
        raise InputError("corrupt", path=name, detail=Phrase("detail.cells-unreadable")) from None
    try:
        sheets = _read_with_calamine(package, parts, wide)
    except InputError:
        raise
    except Exception:  # a file python-calamine refuses: read the cells ourselves
        sheets = None
    if sheets is None or wide:
        sheets = sheets or {}
        streamed = _read_streaming(
            package, name, {n: p for n, p in parts.items() if sheets is None or n in wide or n not in sheets}
        )
        sheets.update(streamed)
        order = list(parts)
        sheets = {
            n: sheets[n] for n in sorted(sheets, key=lambda n: order.index(n) if n in order else len(order))
        }
    for sheet_name, sheet in list(sheets.items()):
        if sheet_name in visible:
            sheets[sheet_name] = SheetValues(sheet_name, sheet.rows, visible[sheet_name])
    return BookValues(
        path=name, sheets=sheets, package=package, owned=frozenset(owned), region_book=package.region_book()
    )


def _visibility(package: Package) -> dict[str, bool]:
    root = package.xml(package.workbook)
    out: dict[str, bool] = {}
    for node in root.iter():
        if isinstance(node.tag, str) and node.tag.endswith("}sheet"):
            out[node.get("name", "")] = node.get("state", "visible") == "visible"
    return out


def _read_with_calamine(package: Package, parts: dict[str, str], skip: set[str]) -> dict[str, SheetValues]:
    import python_calamine as calamine

    book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(package.data))
    sheets: dict[str, SheetValues] = {}
    for meta in book.sheets_metadata:
        if meta.typ != calamine.SheetTypeEnum.WorkSheet or meta.name in skip:
            continue
        sheet = book.get_sheet_by_name(meta.name)
        values = [[cell_value(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
        if meta.name in parts:
            _error_values(package.read(parts[meta.name]), values)
        sheets[meta.name] = SheetValues(meta.name, values)
    return sheets


def _read_streaming(package: Package, name: str, parts: dict[str, str]) -> dict[str, SheetValues]:
    from xlfollow.ooxml.cells import date_styles, read_cells, shared_strings

    try:
        strings = shared_strings(package)
        dates = date_styles(package)
    except InputError:
        raise
    except Exception:
        raise InputError("corrupt", path=name, detail=Phrase("detail.cells-unreadable")) from None
    sheets: dict[str, SheetValues] = {}
    for sheet_name, part in parts.items():
        try:
            rows = read_cells(package.read(part), strings, dates, MAX_SHEET_CELLS)
        except ValueError:
            raise InputError(
                "too-large",
                path=name,
                detail=Phrase("detail.extent-cells", sheet=sheet_name),
                limit=Phrase("detail.cells", n=f"{MAX_SHEET_CELLS:,}".replace(",", " ")),
            ) from None
        except InputError:
            raise
        except Exception:
            raise InputError(
                "corrupt", path=name, detail=Phrase("detail.sheet-unreadable", sheet=sheet_name)
            ) from None
        sheets[sheet_name] = SheetValues(sheet_name, [[cell_value(v) for v in row] for row in rows])
    return sheets


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
