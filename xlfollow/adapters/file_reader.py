"""Reading a workbook's values, safely: the zip is checked (sizes, ratios, names, required parts)
and each sheet's extent is checked before python-calamine inflates it, so that a hostile or
broken file gives a clear message instead of a crash, a hang or gigabytes of memory."""

from __future__ import annotations

import functools
import io
import math
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from xlfollow.core.colours import MARKS, SYMBOL_FONTS, glyph_status, mark_statuses
from xlfollow.core.errors import InputError
from xlfollow.core.filled import shaded_heading
from xlfollow.core.lazy import lazy
from xlfollow.core.models import Layout
from xlfollow.core.numbers import is_number
from xlfollow.core.settings import Settings
from xlfollow.core.status import FILL_STATUSES, Status
from xlfollow.core.texts import Phrase
from xlfollow.core.values import (
    BookValues,
    CellError,
    CellFill,
    CellGlyph,
    CellIcon,
    CellRuled,
    SheetValues,
    cell_value,
    cell_values,
)
from xlfollow.ooxml.limits import MAX_SHEET_CELLS, load_package, sheet_extent
from xlfollow.ooxml.package import Package

__all__ = [
    "BookValues",
    "SheetValues",
    "cell_value",
    "load_package",
    "read_values",
    "statuses_from_formatting",
]


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
    fonts = _may_set_apart(package) or _may_show_looks(package)
    for sheet_name, sheet in list(sheets.items()):
        data = package.read(parts[sheet_name]) if sheet_name in parts else b""
        merged, hidden = _merged_rows(data), _hidden_columns(data)
        emphasis = _emphasis(package, data, sheet.rows) if fonts and data else None
        if sheet_name in visible or merged or hidden or emphasis:
            sheets[sheet_name] = SheetValues(
                sheet_name, sheet.rows, visible.get(sheet_name, True), merged, hidden, emphasis
            )
    return BookValues(
        path=name,
        sheets=sheets,
        package=package,
        owned=frozenset(owned),
        region_book=package.region_book(),
        fills=_fills_of(package, parts),
    )


_BOLD_OR_ITALIC = lazy(rb"<(?:\w+:)?[bi](?:\s[^>]*)?/?>")


def _may_set_apart(package: Package) -> bool:
    """Whether the workbook's styles have a bold or italic font at all (a scan of the bytes; fills:
    ``_may_show_looks``)."""
    return _BOLD_OR_ITALIC.search(_styles_bytes(package)) is not None


def _styles_bytes(package: Package) -> bytes:
    """The workbook's styles part as bytes (empty when it has none)."""
    for _, rtype, target, _ in package.rels(package.workbook):
        if rtype.endswith("/styles") and package.has(target):
            return package.read(target)
    return b""


def _emphasis(package: Package, sheet: bytes, rows: list[list[Any]]) -> Callable[[int, int], bool]:
    """Whether a cell is set apart by its font (ooxml/fills.emphasis_of), the formats read only when
    first asked for (a row with one text that might be a heading)."""
    found: list[Callable[[int, int], bool]] = []

    def emphasised(row: int, col: int) -> bool:
        if not found:
            from xlfollow.ooxml.fills import emphasis_of

            found.append(emphasis_of(package, sheet, rows))
        return found[0](row, col)

    return emphasised


def _fills_of(package: Package, parts: dict[str, str]) -> Callable[[str], dict[tuple[int, int], str]]:
    """The fills of a sheet's cells, read when first asked for (a table whose status is the colour
    of its cells) and kept."""
    read: dict[str, dict[tuple[int, int], str]] = {}

    def fills(sheet: str) -> dict[tuple[int, int], str]:
        if sheet not in read:
            part = parts.get(sheet)
            if part is None or not _may_show_looks(package):
                read[sheet] = {}
            else:
                from xlfollow.ooxml.fills import sheet_fills

                read[sheet] = sheet_fills(package, package.read(part))
        return read[sheet]

    return fills


def settings_rows(path: Path) -> list[list[Any]] | None:
    """Only the rows of the settings sheet (``xlfollow``), for what a message needs (its language)
    without reading the data: None when there is none or the file cannot be read this way (the
    full reader says why where it matters)."""
    from python_calamine import CalamineWorkbook

    from xlfollow.core.settings import SETTINGS_SHEET

    try:
        book = CalamineWorkbook.from_path(str(path))
        name = next((n for n in book.sheet_names if n.strip().casefold() == SETTINGS_SHEET), None)
        return None if name is None else [list(row) for row in book.get_sheet_by_name(name).to_python()]
    except Exception:  # calamine's own errors (a damaged, encrypted or strict file): no language here
        return None


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
        values = cell_values(sheet.to_python(skip_empty_area=False))
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
        sheets[sheet_name] = SheetValues(sheet_name, cell_values(rows))
    return sheets


_MERGE = lazy(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})"')


def _merged_rows(sheet_xml: bytes) -> frozenset[int]:
    """The rows whose first row holds a cell merged across columns (a heading over the table)."""
    # merged cells follow the cell data: looked for after it (found from the end), not through it
    at = sheet_xml.find(b"mergeCells", max(sheet_xml.rfind(b"sheetData"), 0))
    if at < 0:
        return frozenset()
    rows = set()
    for first, top, last, _ in _MERGE.findall(sheet_xml, max(0, at - 8)):
        if first != last:
            rows.add(int(top))
    return frozenset(rows)


_COL = lazy(rb"<(?:\w+:)?col\b([^>]*)>")
_COL_SPAN = lazy(rb'\bmin="(\d+)"[^>]*?\bmax="(\d+)"|\bmax="(\d+)"[^>]*?\bmin="(\d+)"')
_HIDDEN = lazy(rb'\bhidden="(?:1|true)"')


def _hidden_columns(sheet_xml: bytes) -> frozenset[int]:
    """The columns the user hid (``<col min max hidden="1">``, before the cell data)."""
    end = sheet_xml.find(b"sheetData")
    head = sheet_xml[: end if end >= 0 else len(sheet_xml)]
    if b"hidden" not in head:
        return frozenset()
    hidden: set[int] = set()
    for attrs in _COL.findall(head):
        span = _COL_SPAN.search(attrs)
        if span and _HIDDEN.search(attrs):
            low = int(span.group(1) or span.group(4))
            high = int(span.group(2) or span.group(3))
            if high - low < 1000:  # a whole sheet's columns hidden is no choice among periods
                hidden.update(range(low, high + 1))
    return frozenset(hidden)


_ERROR_CELL = lazy(
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


def statuses_from_formatting(
    book: BookValues, layout: Layout, settings: Settings
) -> tuple[dict[int, Status], bool]:
    """Statuses that the status column of the table ``layout`` shows by its look rather than its
    text (issue 8): icon sets over numbers, fill colours of blank cells, letters in symbol fonts.
    The cells' values are replaced by values the vocabulary reads (:class:`CellIcon`,
    :class:`CellFill`, :class:`CellGlyph`). Returned: row -> the status the fill of a cell with
    text says, and whether any value was replaced."""
    col = layout.column("status")
    package = book.package
    if col is None or package is None or layout.sheet not in book.sheets:
        return {}, False
    part = package.sheet_part(layout.sheet)
    if part is None:
        return {}, False
    rows, sheet = book.sheets[layout.sheet].rows, package.read(part)
    if layout.by_fill and book.fills is not None:  # the status is the colour of the cells, whatever they hold
        from xlfollow.core.filled import status_from_fills

        return {}, status_from_fills(rows, layout, book.fills(layout.sheet), settings.vocabulary())
    last = len(rows) if layout.last_row is None else min(layout.last_row, len(rows))
    changed = _icon_carried(sheet, rows, layout, col, last)
    ruled = b"cfRule" in sheet  # conditional formats (the sheet's bytes scanned once)
    if ruled and not settings.thresholds:  # the settings' thresholds go before the sheet's own rules
        changed = _number_rule_carried(package, sheet, rows, layout, col, last, settings) or changed

    def row_fills() -> Mapping[tuple[int, int], str]:
        return book.fills(layout.sheet) if book.fills is not None else {}

    said, coloured = _colour_carried(package, sheet, rows, layout, col, settings, last, row_fills)
    # a rule's fill is what Excel shows over the cell's own (as desktop Excel's buttons read it)
    if ruled:
        said.update(_rule_carried(package, sheet, rows, layout, col, last, settings))
    return said, changed or coloured


def _rule_carried(
    package: Package,
    sheet: bytes,
    rows: list[list[Any]],
    layout: Layout,
    col: int,
    last: int,
    settings: Settings,
) -> dict[int, Status]:
    """row -> the status a conditional format colours a status cell's text with ("Slipping" filled
    amber by a rule "text that contains"): what the cell shows, read as a static fill is (the
    settings' ``colour.`` lines first). Asked only of a sheet with conditional formats."""
    from xlfollow.ooxml.textrules import text_rules

    rules = [rule for rule in text_rules(package, sheet) if col in rule.cols]
    if not rules:
        return {}
    classify = settings.vocabulary().classify
    said: dict[int, Status] = {}
    for r in range(layout.header_row, last):
        value = rows[r][col - 1] if col - 1 < len(rows[r]) else None
        if not isinstance(value, str) or not value.strip():
            continue
        rule = next((x for x in rules if x.rows[0] <= r + 1 <= x.rows[1] and x.matches(value)), None)
        meaning = classify(CellFill(rule.colour)) if rule else None
        if meaning in FILL_STATUSES:
            said[r + 1] = meaning
    return said


NOT_COMPUTED = object()  # a formula's value the file does not hold: no comparison with it holds or fails


def _number_rule_carried(
    package: Package,
    sheet: bytes,
    rows: list[list[Any]],
    layout: Layout,
    col: int,
    last: int,
    settings: Settings,
) -> bool:
    """Numbers in the status column filled by a conditional format ("Cell value >= 0,9" green,
    "=$D5<0,75" red) become the status of the fill Excel shows them with
    (:class:`CellRuled`); a number no rule fills, or whose fill xlfollow cannot know, stays a
    number. Asked only of a sheet with conditional formats."""
    numbers = [
        r for r in range(layout.header_row, last) if col - 1 < len(rows[r]) and is_number(rows[r][col - 1])
    ]
    if not numbers:
        return False
    from xlfollow.ooxml.numberrules import number_rules, shown_fill

    rules = [rule for rule in number_rules(package, sheet) if col in rule.cols]
    if not rules:
        return False
    # a number the settings name (status.0,95) keeps it; a colour reads as a fill does (colour.)
    classify = settings.vocabulary().classify
    saved = {r + 1: rows[r][col - 1] for r in numbers}  # the numbers as saved, before any is read
    formulas: set[tuple[int, int]] | None = None

    def lookup(row: int, column: int) -> Any:
        nonlocal formulas
        if column == col and row in saved:
            return saved[row]
        line = rows[row - 1] if 0 < row <= len(rows) else []
        value = line[column - 1] if 0 < column <= len(line) else None
        if value is None:  # empty, or a formula saved without its result: then its value is not known
            if formulas is None:
                from xlfollow.ooxml.sheetbytes import formulas_of

                formulas = set(formulas_of(sheet))
            if (row, column) in formulas:
                return NOT_COMPUTED
        return value

    changed = False
    for r in numbers:
        value = rows[r][col - 1]
        if classify(value) is not None:
            continue
        known, rule = shown_fill(rules, r + 1, col, value, lookup)
        colour = rule.colour if known and rule is not None else None
        meaning = classify(CellFill(colour)) if colour else None
        if rule is not None and meaning in FILL_STATUSES:
            rows[r][col - 1] = CellRuled(meaning.value, float(value), rule.shown)
            changed = True
    return changed


def _icon_carried(sheet: bytes, rows: list[list[Any]], layout: Layout, col: int, last: int) -> bool:
    """Numbers in the status column shown as icons by a conditional-format icon set become the
    status of their icon. Read only when the status column holds numbers."""
    below = range(layout.header_row, last)
    numbers = {
        r + 1: float(rows[r][col - 1])
        for r in below
        if col - 1 < len(rows[r])
        and isinstance(rows[r][col - 1], int | float)
        and not isinstance(rows[r][col - 1], bool)
    }
    if not numbers:
        return False
    from xlfollow.ooxml.iconsets import icon_rules

    rules = [rule for rule in icon_rules(sheet) if col in rule.cols]
    changed = False
    for rule in rules:
        covered = {r: v for r, v in numbers.items() if rule.rows[0] <= r <= rule.rows[1]}
        values = list(covered.values())
        for row, value in covered.items():
            rows[row - 1][col - 1] = CellIcon(rule.status(value, values), value)
            changed = True
    return changed


_FILLED = re.compile(
    rb'patternType\s*=\s*["\'](?!none|gray125)|<(?:\w+:)?gradientFill\b|(?i:wingdings|webdings)'
)


def _may_show_looks(package: Package) -> bool:
    """Whether the workbook's styles have any fill or symbol font at all: a scan of the bytes, so
    that a workbook without them (most) never parses its styles for looks."""
    return _FILLED.search(_styles_bytes(package)) is not None


def _fill_at(fills: Callable[[], Mapping[tuple[int, int], str]], row: int, col: int) -> str | None:
    return fills().get((row, col))


def _colour_carried(
    package: Package,
    sheet: bytes,
    rows: list[list[Any]],
    layout: Layout,
    col: int,
    settings: Settings,
    last: int,
    row_fills: Callable[[], Mapping[tuple[int, int], str]],
) -> tuple[dict[int, Status], bool]:
    """A blank status cell with a fill that is not xlfollow's own look gets the fill as its
    value (not on a shaded heading row: ``row_fills``, the sheet's fills when one is met); a
    one-letter symbol-font cell its shape. Only the status column's formats are read,
    and only when the workbook's formats have fills or symbol fonts at all."""
    # a mark alone in a status cell ("●"): its font colour may carry the status
    # (one pass without a call per row: the check of 100,000 rows feels every call)
    try:
        column = [line[col - 1] for line in rows[layout.header_row : last]]
    except IndexError:  # a row shorter than the status column
        column = [line[col - 1] for line in rows[layout.header_row : last] if len(line) >= col]
    marked = any(isinstance(v, str) and v.strip() in MARKS for v in set(column))  # (each value once)
    if not marked and not _may_show_looks(package):
        return {}, False
    from xlfollow.core.a1 import col_letter
    from xlfollow.ooxml.fills import Fills, column_styles

    fills = Fills(package)
    if not marked and not fills.any_fill() and not fills.symbol_fonts():
        return {}, False
    vocabulary = settings.vocabulary()
    said: dict[int, Status] = {}
    changed = False
    marks: dict[int, tuple[str, str]] = {}
    for row, xf in column_styles(sheet, col_letter(col)).items():
        look = fills.look(xf)
        if look.own or row <= layout.header_row or row > last:
            continue
        fill = CellFill(look.colour or "FFFFFF", look.builtin)
        line = rows[row - 1] if row - 1 < len(rows) else None
        if line is None:
            continue
        if len(line) < col:
            line.extend([None] * (col - len(line)))
        value = line[col - 1]
        if isinstance(value, str) and len(value.strip()) == 1 and look.font.casefold() in SYMBOL_FONTS:
            letter = value.strip()
            line[col - 1] = CellGlyph(letter, look.font, glyph_status(letter, look.font, look.font_colour))
            changed = True
            continue
        if marked and isinstance(value, str) and value.strip() in MARKS and look.font_colour:
            marks[row] = (value.strip(), look.font_colour)
        if look.colour is None:
            continue
        if line[col - 1] is None:
            if settings.status_by == "text":
                continue  # words only (next-period wrote it): a blank cell's fill is last round's
            if shaded_heading(line, layout, col, look.colour, functools.partial(_fill_at, row_fills, row)):
                continue
            line[col - 1] = fill
            changed = True
        elif not isinstance(line[col - 1], CellFill):
            status = vocabulary.classify(fill)
            if status not in (None, Status.MISSING):
                said[row] = status
    for row, glyph in mark_statuses(marks).items():
        if not isinstance(rows[row - 1][col - 1], CellFill):  # a fill the cell has is its status
            rows[row - 1][col - 1] = glyph
            changed = True
    return said, changed


def worded_fills(book: BookValues, layout: Layout, settings: Settings) -> dict[str, set[int]]:
    """The status cells that hold a word and a fill of the user's own that says a status (Kent
    2024/25: "GREEN" on green): sheet -> rows. Emptied for the next round, such a cell's fill would
    read as last round's status (next-period then writes status_by = text)."""
    from xlfollow.core.a1 import col_letter
    from xlfollow.core.values import CellFill
    from xlfollow.ooxml.fills import Fills, column_styles

    package = book.package
    found: dict[str, set[int]] = {}
    if package is None or not _may_show_looks(package):
        return found
    fills = Fills(package)
    if not fills.any_fill():
        return found
    classify = settings.vocabulary().classify
    for table in layout.tables():
        col = table.column("status")
        part = package.sheet_part(table.sheet) if col is not None else None
        if col is None or part is None or table.sheet not in book.sheets:
            continue
        rows = book.sheets[table.sheet].rows
        last = len(rows) if table.last_row is None else min(table.last_row, len(rows))
        for row, xf in column_styles(package.read(part), col_letter(col)).items():
            look = fills.look(xf)
            if look.own or look.colour is None or not table.header_row < row <= last:
                continue
            value = rows[row - 1][col - 1] if col - 1 < len(rows[row - 1]) else None
            if isinstance(value, str) and value.strip() and classify(CellFill(look.colour)) in FILL_STATUSES:
                found.setdefault(table.sheet, set()).add(row)
    return found


def formula_cells(
    book: BookValues, layout: Layout, fields: tuple[str, ...] = ("status",)
) -> dict[str, set[tuple[int, int]]]:
    """The cells of the data sheets' columns of ``fields`` that hold a formula: sheet -> cells."""
    from xlfollow.core.rounds import formula_columns
    from xlfollow.ooxml.sheetbytes import formulas_of

    package = book.package
    found: dict[str, set[tuple[int, int]]] = {}
    if package is None:
        return found
    for sheet, cols in formula_columns(layout, fields).items():
        part = package.sheet_part(sheet)
        if part is not None:
            found[sheet] = {cell for cell in formulas_of(package.read(part)) if cell[1] in cols}
    return found


_MODIFIED = lazy(rb"<dcterms:modified\b[^>]*>([^<]+)</dcterms:modified>")


def saved_at(book: BookValues) -> float | None:
    """When the workbook was last saved, as the file says (``docProps/core.xml``, which Excel
    writes on every save): seconds since the epoch, or None. Unlike the file's own time, it stays
    when an attachment is saved to disk."""
    import datetime as dt

    package = book.package
    if package is None or not package.has("docProps/core.xml"):
        return None
    found = _MODIFIED.search(package.read("docProps/core.xml"))
    if found is None:
        return None
    try:
        stamp = dt.datetime.fromisoformat(found.group(1).decode().strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return (stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.UTC)).timestamp()
