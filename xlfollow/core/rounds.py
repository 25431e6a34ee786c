"""A new round as a plan (next-period): what the finished round leaves on *Historik*, which status
cells are emptied and which are kept, the column a per-period layout goes on in, the settings lines,
and xlfollow's sheets of the finished round removed. Pure: the pipeline applies the plan through a
writer, and the check after writing proves that only these cells changed.

- A status cell that holds a formula is never emptied (it is the workbook's logic, and a shared
  formula's master must stay); neither is a blank cell whose colour is the status (the user's
  format). Both are counted and said.
- A per-period layout (status columns "Per april", "Per augusti" ...) keeps the finished column:
  the next period's column is used if the sheet has one, else added after the table's last column
  (its header and cells formatted as the finished column's, without xlfollow's look). The setting
  ``period`` says which column the round is read from (:func:`core.layout.latest_column`), on
  every sheet.
- The new workbook needs no other file: Historik holds the finished round, and a ``previous``
  setting is cleared."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from xlfollow.core.forms import IN_CELL, status_label
from xlfollow.core.headers import MONTH_NUMBER
from xlfollow.core.history import closing_rows, history_sheet
from xlfollow.core.layout import header_words, match_header, period_key, told_columns
from xlfollow.core.models import Layout, Report
from xlfollow.core.numbers import YEAR_ALONE, is_year
from xlfollow.core.owned import CONTROL_SHEET, HISTORY_SHEET, SUMMARY_SHEET, own_sheet
from xlfollow.core.plan_types import CellValue, Look, Plan, SheetPlan
from xlfollow.core.report import settings_sheet
from xlfollow.core.scale import marked
from xlfollow.core.settings import SETTINGS_SHEET, quoted_sheet, setting_rows, unqualified
from xlfollow.core.texts import localised
from xlfollow.core.values import BookValues, CellFill


@dataclass(frozen=True)
class NewRound:
    emptied: int  # status cells emptied
    coloured: int  # blank status cells whose colour is the status (left as they are)
    formulas: int  # status cells holding a formula (left as they are)
    column: str | None = None  # the per-period column the new round goes on in (its header)
    added: bool = False  # that column was added


def next_round_plan(
    book: BookValues,
    report: Report,
    period: str,
    formulas: Mapping[str, set[tuple[int, int]]],
    worded_fills: Mapping[str, set[int]] | None = None,
) -> tuple[Plan, NewRound]:
    """The plan that starts the round ``period`` from the finished ``report`` of ``book``;
    ``formulas``: sheet -> the cells that hold a formula; ``worded_fills``: sheet -> the rows whose
    status cell holds a word on a fill of the user's that says a status ("GREEN" on green): the
    fill stays (the user's format), and the settings say the statuses are words (``status_by =
    text``), so that the emptied cell's fill is never read as the new round's status."""
    worded_fills = worded_fills or {}
    fill_kept: dict[str, int] = {}  # sheet -> emptied (or carried) status cells whose fill said their word
    kept_colour: dict[str, int] = {}  # sheet -> status cells kept in their colour alone
    values: list[CellValue] = []
    looks: list[Look] = []
    coloured = kept = emptied = 0
    column: str | None = None
    added = False
    layout = report.layout
    tables = layout.tables()
    per_period = {i: _next_column(t, book, period) for i, t in enumerate(tables)}
    for index, (table, choice) in enumerate(zip(tables, per_period.values(), strict=True)):
        if choice is None:
            continue
        target, header, new = choice
        column, added = header, added or new
        status = table.column("status")
        assert status is not None
        if new:
            top = table.header_row
            if table.header_span == 2:  # the period above as the new column's group label, as the others have
                lower = book.sheets[table.sheet].rows[top - 1]
                below = lower[status - 1] if status - 1 < len(lower) else None
                values.append(CellValue(table.sheet, top - 1, target, period, (top - 1, status)))
                values.append(CellValue(table.sheet, top, target, below or header, (top, status)))
                column = f"{period} {below or header}"  # as the two rows read together
            else:
                values.append(CellValue(table.sheet, top, target, header, (top, status)))
            sheet = None if table.sheet == layout.sheet else table.sheet
            for item in report.items:
                if item.table == index:
                    if item.row in worded_fills.get(table.sheet, ()):
                        fill_kept[table.sheet] = fill_kept.get(table.sheet, 0) + 1
                    values.append(CellValue(table.sheet, item.row, target, None, (item.row, status)))
                    looks.append(Look(item.row, target, None, None, None, sheet))  # no old colour
    for item in report.items:
        table = tables[item.table]
        col = table.column("status")
        if table.scale and per_period[item.table] is None:  # every step's mark (core/scale.py)
            sheet = None if table.sheet == layout.sheet else table.sheet
            for step in marked(book.sheets[table.sheet].rows[item.row - 1], table.scale):
                if (item.row, step) in formulas.get(table.sheet, set()):
                    kept += 1  # the workbook's own logic
                    continue
                values.append(CellValue(table.sheet, item.row, step, None))
                looks.append(Look(item.row, step, None, None, None, sheet))
            continue
        if col is None or item.status_value is None or per_period[item.table] is not None:
            continue
        if isinstance(item.status_value, CellFill):
            coloured += 1  # the colour is the status: the user's format, not emptied
            kept_colour[table.sheet] = kept_colour.get(table.sheet, 0) + 1
            continue
        if (item.row, col) in formulas.get(table.sheet, set()):
            kept += 1  # the workbook's own logic
            continue
        if item.row in worded_fills.get(table.sheet, ()):
            fill_kept[table.sheet] = fill_kept.get(table.sheet, 0) + 1
        if table.form_at and item.status is None:
            continue  # a one-column report's line under the label that is no status: the user's text
        emptied_to = None
        if table.form_at == IN_CELL:  # "Bedömning: På rätt väg": the label stays ("Bedömning:")
            emptied_to = status_label(book.sheets[table.sheet].rows[item.row - 1][col - 1], table)
        values.append(CellValue(table.sheet, item.row, col, emptied_to))
        looks.append(
            Look(item.row, col, None, None, None, None if table.sheet == layout.sheet else table.sheet)
        )
    lines: dict[str, str | int | None] = {"period": period, "previous": None}
    for sheet, count in fill_kept.items():
        if not kept_colour.get(sheet):  # the sheet's statuses are words: its blank cells' fills are no status
            lines[f"{quoted_sheet(sheet)}!status_by"] = "text"
        else:
            # statuses kept in their cells' colour beside words on their own colour, on one sheet:
            # the colours are read, so the emptied words' colours are too; said with the kept ones
            # (to be removed in Excel when their time comes), never a line that drops the kept ones
            coloured += count
    own = settings_sheet(book)
    # columns read from their values (no header; a status under "2025" or "Måluppfyllelse"): emptied,
    # the statuses can no longer tell them, so the settings sheet does, where it does not already
    present = {k.casefold() for k in setting_rows(book.sheets[own].rows)} if own is not None else set()
    if not layout.by_fill:  # (colours stay: they tell their column again)
        # a new period's column is found by its header; a field the settings name for the whole
        # workbook, or for the sheet, is the user's (never a line beside it that says otherwise)
        moved = any(choice is not None for choice in per_period.values())
        for key, value in told_columns(layout, report.language):
            field = unqualified(key)
            if moved and field == "column.status":
                continue
            if key.casefold() not in present and field not in present:
                lines[key] = value
    if "lineage" not in present:
        # the follow-up this round continues, whatever the new file is called: consolidate tells an
        # earlier round's answers from another follow-up's by it (collect writes the master's name)
        lines["lineage"] = PurePath(report.path).stem
    if own is not None:  # a sheet's own period (BUN!period = T2) was the finished round's: cleared
        lines.update(
            dict.fromkeys((k for k in setting_rows(book.sheets[own].rows) if k.endswith("!period")), None)
        )
    settings_values, new_settings = settings_changes(book, lines, report.language)
    values.extend(settings_values)
    history = own_sheet(HISTORY_SHEET, book.owned)
    earlier = book.sheets[history].rows if history is not None and history in book.sheets else []
    sheets = [history_sheet(earlier, closing_rows(report), report.language)]
    if new_settings is not None:
        sheets.insert(0, new_settings)
    plan = Plan(
        data_sheet=layout.sheet,
        looks=looks,
        notes=[],  # xlfollow's notes belong to the finished round
        sheets=sheets,
        language=report.language,
        values=values,
        drop=[SUMMARY_SHEET, CONTROL_SHEET],  # the finished round's
    )
    emptied = sum(
        1 for v in values if v.value is None and v.style_from is None and v.sheet in layout.sheets()
    )
    return plan, NewRound(emptied, coloured, kept, column, added)


def settings_changes(
    book: BookValues, lines: Mapping[str, Any], lang: str
) -> tuple[list[CellValue], SheetPlan | None]:
    """Lines set on the settings sheet: a key's value replaced where the sheet has the key, else a
    line added after its last line (``None``: a value cleared, nothing added). Without a settings
    sheet, a new one (a user's sheet, not xlfollow's)."""
    name = settings_sheet(book)
    if name is None:
        sheet = SheetPlan(SETTINGS_SHEET, owned=False)
        made = [(localised("history.setting", lang), localised("history.value", lang), "header")]
        made += [(k, v, "cell") for k, v in lines.items() if v is not None]
        for number, (key, value, style) in enumerate(made, start=1):
            sheet.put(number, 1, key, style)
            sheet.put(number, 2, value, style)
        sheet.widths = {1: 16, 2: 40}
        return [], sheet
    rows = book.sheets[name].rows
    where = setting_rows(rows)
    values = []
    free = max((n for n, row in enumerate(rows, start=1) if any(v is not None for v in row)), default=0) + 1
    for key, value in lines.items():
        row = where.get(key.casefold())
        if row is not None:
            current = rows[row - 1][1] if len(rows[row - 1]) > 1 else None
            if current != value:
                values.append(CellValue(name, row, 2, value))
        elif value is not None:
            values += [CellValue(name, free, 1, key), CellValue(name, free, 2, value)]
            free += 1
    return values, None


def _next_column(table: Layout, book: BookValues, period: str) -> tuple[int, str, bool] | None:
    """Where a per-period table's next round goes: (column, its header, whether it is added), or
    None for a table with one status column (which is emptied)."""
    current = table.column("status")
    if current is None:
        return None
    # the status's period columns: by their headers ("Läge april"), or a status column per period
    # found by its values ("Mål | 2018 | 2019", "T1 | T2"; the others are the layout's periods
    # passed); a year's column is one per year even alone ("Mål | 2024 | Kommentar"). Never where
    # the settings name the status column (the user's line would still name the finished one's), nor
    # in a table kept by colour per period (the user adds and colours the next column).
    header_now = table.headers.get(current, "")
    year = re.search(r"\b(?:19|20)\d{2}\b", period)
    later_year = is_year(header_now) and year is not None and int(year.group(0)) > int(header_now)
    by_year = (
        # a year's column goes on for a year ("2026") or a later year's part ("T1 2026"); columns of
        # tertials or quarters ("T1 | T2 | T3") for any period
        (YEAR_ALONE.fullmatch(period) is not None or later_year or not is_year(header_now))
        and "status" not in table.given
        and not table.by_fill
    )
    yearly = by_year and is_year(header_now)
    per_year = {table.headers.get(current), *table.passed} if yearly or (table.passed and by_year) else set()
    candidates = sorted(
        (key, col)
        for col, text in table.headers.items()
        if (match_header(text) == "status" or text in per_year) and (key := period_key(text)) is not None
    )
    if (len(candidates) < 2 and not yearly) or current not in {c for _, c in candidates}:
        return None
    now = next(k for k, c in candidates if c == current)
    later = [(k, c) for k, c in candidates if k > now]
    month = next((MONTH_NUMBER[w] for w in header_words(period) if w in MONTH_NUMBER), None)
    if yearly:  # a column per year: the period's year's, or one added for it ("2026", whatever the month)
        same = [col for key, col in later if year is not None and key[0] == int(year.group(0))]
        if same:
            return same[0], table.header_of(same[0]), False
        if year is not None:
            return _free_column(table, book), year.group(0), True
    for key, col in later:
        if month is not None and key[1] == month:
            return col, table.header_of(col), False
    if later and month is None:
        col = later[0][1]
        return col, table.header_of(col), False
    col = _free_column(table, book)
    header = _header_for(table.headers[current], period)
    if any(h.casefold() == header.casefold() for h in table.headers.values()):  # next year's April beside
        header = f"{header} {year.group(0)}" if year else f"{header} ({period})"
    return col, header, True


def _free_column(table: Layout, book: BookValues) -> int:
    """The first column right of the table's headers that is empty on all of the table's rows."""
    rows = book.sheets[table.sheet].rows
    last = len(rows) if table.last_row is None else table.last_row
    col = max(table.headers) + 1
    while any(col - 1 < len(r) and r[col - 1] is not None for r in rows[table.header_row - 1 : last]):
        col += 1
    return col


def _header_for(header: str, period: str) -> str:
    """The finished column's header with the new period in it ("Per april" -> "Per augusti")."""
    words = header_words(period)
    month = next((w for w in words if w in MONTH_NUMBER), None)
    if month is not None:
        for word in re.findall(r"[A-Za-zÅÄÖåäö]+", header):
            if word.casefold() in MONTH_NUMBER:
                return header.replace(word, month if word.islower() else month.capitalize(), 1)
    part, finished = _PART.search(period), _PART.search(header)
    if part is not None and finished is not None:  # "Läge T3" -> "Läge T1 2026", never "Läge T3 T1 2026"
        header = header[: finished.start()] + part.group(0) + header[finished.end() :]
        period = period[: part.start()] + period[part.end() :]
    stripped = re.sub(r"\s*(?:19|20)\d{2}(?:-\d{2}-\d{2})?", "", header).strip()
    return f"{stripped} {period.strip()}".strip()


_PART = re.compile(r"\b[TtQqKk]\s?[1-4]\b")  # a tertial's or quarter's "T2", "Q3", "K1"


def formula_columns(layout: Layout, fields: Sequence[str] = ("status",)) -> dict[str, set[int]]:
    """The columns of ``fields`` on each data sheet (where a reader looks for formulas)."""
    out: dict[str, set[int]] = {}
    for table in layout.tables():
        for field in fields:
            col = table.column(field)
            if col is not None:
                out.setdefault(table.sheet, set()).add(col)
            if field == "status" and table.scale:  # every step of a scale (core/scale.py)
                out.setdefault(table.sheet, set()).update(table.scale)
    return out


__all__: Sequence[str] = ("NewRound", "formula_columns", "next_round_plan", "settings_changes")
