"""A second reader of cell values, for the sheets python-calamine cannot be trusted with: files it
cannot open (UTF-16 parts, a workbook part not at xl/workbook.xml, sheets of kinds it refuses),
and sheets whose declared extent is huge while their cells are few (a formatted empty row at
1,048,576, as LibreOffice writes). It streams a sheet's cells and keeps only those with a
value, so the memory it takes follows the cells that exist, not the area they span. Transitional
and Strict namespaces alike: elements are matched by their local names."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from lxml import etree

from xlfollow.core.values import CellError
from xlfollow.ooxml.package import Package, local

# Built-in number formats that show dates and times (ECMA-376 18.8.30).
_DATE_FORMATS = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47}
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')
_REF = re.compile(r"([A-Z]{1,3})(\d+)")
_EPOCH = dt.datetime(1899, 12, 30)


def _parser_events(data: bytes) -> Any:
    return etree.iterparse(
        io.BytesIO(data),
        events=("end",),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=True,
    )


def shared_strings(package: Package) -> list[str]:
    part = next((t for _, ty, t, _ in package.rels(package.workbook) if ty.endswith("/sharedStrings")), None)
    if part is None or not package.has(part):
        return []
    return strings_of(package.read(part))


def strings_of(data: bytes) -> list[str]:
    """The texts of a shared-strings part, in order (phonetic runs left out)."""
    out: list[str] = []
    for _, node in _parser_events(data):
        if local(node) == "si":
            out.append(
                "".join(t.text or "" for t in node.iter() if local(t) == "t" and not _in_phonetic(t, node))
            )
            node.clear()
    return out


def _in_phonetic(node: Any, stop: Any) -> bool:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        if local(parent) == "rPh":
            return True
        parent = parent.getparent()
    return False


def date_styles(package: Package) -> set[int]:
    """The cell formats (indices into cellXfs) that show a date or time."""
    part = next((t for _, ty, t, _ in package.rels(package.workbook) if ty.endswith("/styles")), None)
    if part is None or not package.has(part):
        return set()
    root = package.xml(part)
    custom: dict[int, str] = {}
    xfs: list[int] = []
    for node in root:
        name = local(node)
        if name == "numFmts":
            for fmt in node:
                custom[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
        elif name == "cellXfs":
            xfs = [int(xf.get("numFmtId", "0")) for xf in node]
    dated = set()
    for index, fmt_id in enumerate(xfs):
        code = custom.get(fmt_id)
        if fmt_id in _DATE_FORMATS or (code is not None and _DATE_CODE.search(_QUOTED.sub("", code))):
            dated.add(index)
    return dated


def _column(letters: str) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + ord(ch) - 64
    return value


def read_cells(data: bytes, strings: list[str], dates: set[int], max_cells: int) -> list[list[Any]]:
    """The values of a sheet as rows (blank cells as None), from the cells that hold one. More
    than ``max_cells`` of rows x columns with values raises ValueError."""
    cells: dict[tuple[int, int], Any] = {}
    row = 0
    col = 0
    current: Any = None
    for _, node in _parser_events(data):
        name = local(node)
        if name == "row":  # its cells are read: free it and the rows before it
            node.clear()
            while node.getprevious() is not None:
                del node.getparent()[0]
            continue
        if name != "c":
            continue
        parent = node.getparent()
        if parent is not current:  # a new row: placed by its reference, else after the one before
            current = parent
            row_ref = parent.get("r") if parent is not None else None
            row = int(row_ref) if row_ref and row_ref.isdigit() else row + 1
            col = 0
        ref = _REF.fullmatch(node.get("r") or "")
        if ref:
            col, row = _column(ref.group(1)), int(ref.group(2))
        else:
            col += 1
        value = value_of(node, strings, dates)
        if value is not None:
            cells[(row, col)] = value
        node.clear()
    if not cells:
        return []
    last_row = max(r for r, _ in cells)
    last_col = max(c for _, c in cells)
    if last_row * last_col > max_cells:
        raise ValueError("too many cells")
    rows: list[list[Any]] = [[None] * last_col for _ in range(last_row)]
    for (r, c), value in cells.items():
        rows[r - 1][c - 1] = value
    return rows


def value_of(node: Any, strings: list[str], dates: set[int]) -> Any:
    """A cell element's value: shared and inline strings, numbers, booleans, errors, dates."""
    kind = node.get("t", "n")
    text = None
    inline = None
    for part in node:
        name = local(part)
        if name == "v":
            text = part.text
        elif name == "is":
            inline = "".join(t.text or "" for t in part.iter() if local(t) == "t")
    if kind == "inlineStr":
        return inline or None
    if text is None:
        return None
    if kind == "s":
        index = int(text) if text.strip().isdigit() else -1
        return strings[index] if 0 <= index < len(strings) else None
    if kind in ("str", "d"):
        return text or None
    if kind == "b":
        return text.strip() == "1"
    if kind == "e":
        return CellError(text)
    try:
        number = float(text)
    except ValueError:
        return text
    style = int(node.get("s", "0") or 0)
    if style in dates:
        try:
            return _EPOCH + dt.timedelta(days=number)
        except OverflowError:
            return number
    return int(number) if number.is_integer() else number
