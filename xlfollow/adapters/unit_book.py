"""The unit-book writer (``xlfollow send``): one macro-free workbook per unit, as
:mod:`xlfollow.core.units` planned it. A new package that carries the master's own formats (its
styles and theme, copied byte for byte), so that the unit's rows look as they do in the master;
the cells the unit answers are the only unlocked ones."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from xlfollow.adapters.file_writer import NewWorkbook, add_sheet
from xlfollow.core.a1 import col_letter
from xlfollow.core.plan import text_height
from xlfollow.core.plan_types import SheetPlan
from xlfollow.core.settings import SETTINGS_SHEET
from xlfollow.core.texts import localised
from xlfollow.core.units import INSTRUCTIONS_SHEET, SENT_COLUMNS, SENT_SHEET, UnitBook, UnitSheet, plain_value
from xlfollow.core.values import BookValues, CellFill, CellGlyph, CellIcon
from xlfollow.ooxml.newparts import col_widths, table_sheet_xml
from xlfollow.ooxml.package import Package, qualified
from xlfollow.ooxml.sheetbytes import cell_styles, excel_serial
from xlfollow.ooxml.stylesheet import StyleSheet


def write_unit_book(
    unit: UnitBook, master: BookValues, target: Path, lang: str, check: Callable[[Path], None] | None = None
) -> Path:
    """Write ``unit``'s workbook to ``target`` (atomically), its rows taken from ``master``;
    ``check`` reads the written file back and raises to stop before anything is replaced."""
    source = master.package
    parts = {  # each master sheet's part, read once
        sheet.source: source.read(source.sheet_part(sheet.source) or "") if source is not None else b""
        for sheet in unit.sheets
    }
    unit = _numbered(unit, source, master, parts)
    styles, theme = _formats(source)
    book = NewWorkbook(target, styles=styles, theme=theme)
    for sheet in unit.sheets:
        data = parts[sheet.source]
        xml = _sheet_xml(sheet, master, cell_styles(data), _cols(data), book.styles, unit.choices, data)
        book.package.put(add_sheet(book.package, sheet.name), xml)
    book.add(_instructions(unit, lang))
    settings = SheetPlan(SETTINGS_SHEET, owned=False)
    settings.put(1, 1, localised("history.setting", lang), "header")
    settings.put(1, 2, localised("history.value", lang), "header")
    for number, (key, value) in enumerate(unit.settings, start=2):
        settings.put(number, 1, key, "cell")
        settings.put(number, 2, value, "cell")
    settings.widths = {1: 22, 2: 50}
    book.add(settings)
    sent = SheetPlan(SENT_SHEET, owned=True)
    for col, name in enumerate(SENT_COLUMNS, start=1):
        sent.put(1, col, name, "header")
    for number, row in enumerate(unit.sent, start=2):
        for col, value in enumerate(row, start=1):
            if value is not None:
                sent.put(number, col, _plain(value), "cell")
    book.add(sent)
    _states(book.package, {SETTINGS_SHEET: "hidden", SENT_SHEET: "veryHidden"})
    book.save(check)
    return target


def _numbered(
    unit: UnitBook, source: Package | None, master: BookValues, parts: dict[str, bytes]
) -> UnitBook:
    """A status column the master's conditional formats fill by comparing with a number ("Cell
    value >= 0,9") asks for a number, also in a first round when no number is written yet: no list
    of words. Never where the master's status cells hold words."""
    if unit.numbers or source is None or not unit.sheets or unit.sheets[0].status_col is None:
        return unit
    from xlfollow.ooxml.numberrules import colours_numbers

    sheet = unit.sheets[0]
    data = parts[sheet.source]
    if b"cfRule" not in data or not colours_numbers(source, data, sheet.status_col or 0):
        return unit
    rows = master.sheets[sheet.source].rows
    col = (sheet.status_col or 1) - 1
    for row in sheet.rows:
        line = rows[row.source - 1] if row.key is not None and row.source and row.source <= len(rows) else []
        value = line[col] if col < len(line) else None
        if type(value) is str and value.strip():
            return unit  # a word: the statuses are words, whatever a rule does with numbers
    return replace(unit, numbers=True, choices=())


def _formats(source: Package | None) -> tuple[bytes | None, bytes | None]:
    """The master's styles and theme parts, as they are (None where it has none)."""
    styles = theme = None
    if source is not None:
        for _, rtype, target, _ in source.rels(source.workbook):
            if rtype.endswith("/styles") and source.has(target):
                styles = source.read(target)
            elif rtype.endswith("/theme") and source.has(target):
                theme = source.read(target)
    return styles, theme


def _cols(sheet: bytes) -> bytes:
    found = re.search(rb"<(?:\w+:)?cols\b.*?</(?:\w+:)?cols>", sheet, re.DOTALL)
    return found.group(0) if found else b""


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _value(value: Any) -> Any:
    """A cell's value as written: what the master's cell holds (not the reader's stand-in for a
    status shown by a fill, an icon or a symbol font: the format, copied, shows it), a date as
    Excel's serial number (its format says it is a date)."""
    if isinstance(value, CellFill | CellIcon | CellGlyph):
        return plain_value(value)
    if isinstance(value, dt.date):
        return excel_serial(value)
    return value


def _sheet_xml(
    sheet: UnitSheet,
    master: BookValues,
    styles_of: dict[int, dict[int, int]],
    cols: bytes,
    styles: StyleSheet,
    choices: tuple[str, ...],
    data: bytes = b"",
) -> bytes:
    rows_in = master.sheets[sheet.source].rows
    rows = []
    heights: dict[int, float] = {}
    widths = {col: width for col, (width, _) in col_widths(cols).items()}
    answer = set(sheet.answer_cols)
    header_style: dict[int, int] = {}
    for row in sheet.rows:
        values: dict[int, Any] = {}
        formats: dict[int, int] = {}
        if row.source is not None:
            line = rows_in[row.source - 1] if row.source - 1 < len(rows_in) else []
            for col, value in enumerate(line, start=1):
                if value is not None:
                    values[col] = value
            formats.update(styles_of.get(row.source, {}))
        for col, value in row.put.items():
            values[col] = value
        if row.target in sheet.header_rows:
            header_style = {c: formats.get(c, 0) for c in range(1, sheet.last_col + 1)}
            for col in sheet.added_cols:  # an added column's header looks like the status column's
                formats[col] = header_style.get(sheet.status_col or 1, 0)
        cells = []
        for col in sorted(set(values) | set(formats)):
            style = formats.get(col, 0)
            if row.key is not None and col in answer:
                style = styles.unlocked(style)
            cells.append((col, _value(values.get(col)), style))
            text = values.get(col)
            if isinstance(text, str) and styles.wraps(formats.get(col, 0)):
                height = text_height(text, widths.get(col, 8.43))
                heights[row.target] = max(heights.get(row.target, 0.0), height or 0.0)
        if row.key is not None:
            for col in answer - set(values) - set(formats):
                cells.append((col, None, styles.unlocked(0)))
        rows.append((row.target, cells))
    validations = []
    item_rows = [r.target for r in sheet.rows if r.key is not None]
    if sheet.status_col is not None and item_rows and choices:  # none where the status is a colour
        letter = col_letter(sheet.status_col)
        validations.append((f"{letter}{min(item_rows)}:{letter}{max(item_rows)}", choices))
    formatting = ""
    if sheet.status_col is not None and item_rows and b"cfRule" in data:
        # the master's rules that colour the status: the unit sees its numbers and words as the
        # master shows them, and its workbook reads the same (consolidate, its own checks)
        from xlfollow.ooxml.numberrules import carried_rules

        sources = [r.source for r in sheet.rows if r.key is not None and r.source is not None]
        span = (min(sources), max(sources)) if sources else (0, 0)
        formatting = carried_rules(data, sheet.status_col, min(item_rows), max(item_rows), span)
    freeze = sheet.header_rows[0] if sheet.header_rows else None
    shown = {row: height for row, height in heights.items() if height}
    return table_sheet_xml(
        rows, cols, freeze, [sheet.key_col], validations, protect=True, heights=shown, formatting=formatting
    )


def _instructions(unit: UnitBook, lang: str) -> SheetPlan:
    """The unit's instructions, in the report's language (Swedish first)."""
    sheet = SheetPlan(INSTRUCTIONS_SHEET, owned=True)
    lines = [
        (localised("send.instructions.title", lang, unit=unit.unit), "title"),
        (localised("send.instructions.rows", lang, n=unit.items, sheet=unit.sheets[0].name), "sentence"),
        (
            localised(
                "send.instructions.fill" if unit.asks_comment else "send.instructions.fill-status",
                lang,
            ),
            None,
        ),
        (
            localised("send.instructions.statuses", lang, choices=", ".join(unit.choices))
            if unit.choices
            else localised("send.instructions.steps", lang, steps=unit.steps)
            if unit.steps
            else localised(
                "send.instructions.numbers" if unit.numbers else "send.instructions.colours", lang
            ),
            None,
        ),
        (localised("send.instructions.locked", lang), None),
        (localised("send.instructions.return", lang), None),
        (localised("send.instructions.keep", lang), "note"),
    ]
    for number, (text, style) in enumerate(lines, start=1):
        sheet.put(number, 1, text, style or "cell")
    sheet.widths = {1: 110}
    sheet.heights = {n: 32.0 for n in range(2, len(lines) + 1)}
    return sheet


def _states(package: Package, states: dict[str, str]) -> None:
    """Hide sheets (``hidden`` or ``veryHidden``); the first sheet stays the active one."""
    workbook = package.xml(package.workbook)
    sheets = workbook.find(qualified("sheets"))
    for node in sheets if sheets is not None else []:
        state = states.get(node.get("name", ""))
        if state:
            node.set("state", state)
    package.put_xml(package.workbook, workbook)


__all__ = ["write_unit_book"]
