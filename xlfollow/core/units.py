"""Sending a follow-up out (``xlfollow send``), as data: which rows go to which unit, and what each
unit's workbook holds. Pure: the pipeline reads the master, this module decides, and the unit-book
writer (:mod:`xlfollow.adapters.unit_book`) writes each workbook.

A unit's workbook is the master's own table cut down to the unit's rows:
- the rows above the header and the header, then each of the unit's items, with every column of
  the master in its own place (so a settings line ``column.status = C`` still holds, and collect
  writes each answer back into the same column); blank perspective, goal and committee cells
  (which belong to the row above in the master) filled in, and the perspective and strategic goal
  added as columns after the table where the master gives them as headings;
- the cells a unit answers (status, comment, outcome, activities) unlocked, a dropdown of statuses,
  the sheet protected without a password (a guide, not a lock);
- a hidden column with each row's key (the master's sheet and row) and a hidden sheet with what
  was sent, so that collect can tell an answer from an untouched cell and a changed master cell
  from a changed answer;
- the master's settings, with the columns named as the master reads them and the round's identity
  (master, unit, every unit, period, round id), which survives Excel saving the file again and
  xlfollow's e-mail copy."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from xlfollow.core.a1 import col_letter, is_col_letters
from xlfollow.core.errors import InputError
from xlfollow.core.layout import told_columns
from xlfollow.core.models import Item, Layout, Report
from xlfollow.core.numbers import is_number
from xlfollow.core.settings import sheet_and_key, sheets_own, unqualified
from xlfollow.core.status import Status
from xlfollow.core.texts import localised
from xlfollow.core.values import BookValues, CellFill, CellGlyph, CellIcon

KEY_HEADER = "xlfollow-nyckel"  # the hidden column of each row's key in a unit's workbook
SENT_SHEET = "Utskick"  # the hidden sheet of what was sent
INSTRUCTIONS_SHEET = "Instruktioner"
ANSWER_FIELDS = ("status", "comment", "outcome", "activities")
SENT_COLUMNS = ("key", "item", *ANSWER_FIELDS)
BY_FIELDS = ("committee", "perspective", "goal")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class UnitRow:
    """A row of a unit's sheet: the master's row ``source`` (None: none, a blank row), with the
    cells ``put`` (column -> value) written over it."""

    target: int
    source: int | None
    put: dict[int, Any] = field(default_factory=dict)
    key: str | None = None  # an item's row: the master's sheet and row ("Framgångsfaktorer!12")


@dataclass(frozen=True)
class UnitSheet:
    name: str  # the master's sheet name
    source: str  # the master's sheet the rows come from
    rows: tuple[UnitRow, ...]
    header_rows: tuple[int, ...]  # the header row of each table (target rows)
    answer_cols: tuple[int, ...]  # unlocked on item rows
    status_col: int | None
    key_col: int  # hidden
    added_cols: dict[int, str]  # columns added after the master's (perspective, goal): header text
    last_col: int
    steps: tuple[int, ...] = ()  # a scale's steps (core/scale.py): the status is a mark under one, unlocked


@dataclass(frozen=True)
class UnitBook:
    unit: str
    file_stem: str
    sheets: tuple[UnitSheet, ...]
    settings: tuple[tuple[str, Any], ...]  # the settings sheet's lines
    sent: tuple[tuple[Any, ...], ...]  # SENT_COLUMNS, one row per item
    choices: tuple[str, ...]  # the status dropdown
    email: str | None
    items: int
    numbers: bool = False  # the status is a number (read against rules or thresholds): no list of words
    steps: str = ""  # the scale's steps, where the status is a mark under one (core/scale.py): no list

    @property
    def asks_comment(self) -> bool:
        """The unit writes more than the status (a comment, an outcome): its table has a column for it."""
        return any(set(s.answer_cols) - {s.status_col, *s.steps} for s in self.sheets)


@dataclass(frozen=True)
class SendRound:
    by: str
    units: tuple[UnitBook, ...]
    id: str
    period: str | None


def by_field(report: Report, wanted: str | None) -> str:
    """What divides the items into units: ``wanted`` (committee, perspective, goal, or a column's
    header or letter), else the committee where the items have one, else the perspective, else
    the strategic goal."""
    if wanted:
        return wanted
    for name in BY_FIELDS:
        if any(_values_of(item, name) for item in report.items):
            return name
    raise InputError("send-nothing-to-divide", path=report.path)


def _values_of(item: Item, by: str) -> tuple[str, ...]:
    if by == "committee":
        return item.committees
    value = getattr(item, by, None)
    return (value,) if value else ()


def group_items(report: Report, book: BookValues, by: str) -> dict[str, list[Item]]:
    """unit -> its items, in the master's order (an item with several committees goes to each)."""
    columns = None
    if by not in BY_FIELDS:
        columns = {i: _column_of(table, by) for i, table in enumerate(report.layout.tables())}
    units: dict[str, list[Item]] = {}
    filled: dict[int, Any] = {}  # table -> the value above (a column's blank cells belong to it)
    for item in report.items:
        if columns is None:
            names = _values_of(item, by)
        else:
            col = columns[item.table]
            table = report.layout.tables()[item.table]
            row = book.sheets[table.sheet].rows[item.row - 1]
            value = row[col - 1] if col - 1 < len(row) else None
            if value is not None and str(value).strip():
                filled[item.table] = str(value).strip()
            names = (filled[item.table],) if filled.get(item.table) else ()
        for name in names or (
            localised(f"units.none.{by if by in BY_FIELDS else 'column'}", report.language),
        ):
            units.setdefault(name, []).append(item)
    return units


def _column_of(table: Layout, spec: str) -> int:
    """The column ``spec`` names in ``table``: a letter, or a header's text (any case)."""
    from xlfollow.core.a1 import col_index

    text = spec.strip()
    if is_col_letters(text) and not any(h.casefold() == text.casefold() for h in table.headers.values()):
        return col_index(text.upper())
    for col, header in table.headers.items():
        if " ".join(header.split()).casefold() == " ".join(text.split()).casefold():
            return col
    raise InputError("send-no-column", column=spec, sheet=table.sheet)


def file_stem(master: str, unit: str) -> str:
    """A file name for a unit's workbook: the master's name and the unit's, without characters a
    file name cannot hold."""
    name = _UNSAFE.sub("-", unit).strip(" .-") or "enhet"
    return f"{master}-{name}"[:120]


def numeric_status(report: Report) -> bool:
    """Whether the status is written as a number (a figure the sheet's conditional formatting, icon
    set, legend or the settings' thresholds read): most of the filled status cells hold numbers."""
    filled = [item.status_value for item in report.items if item.status_value is not None]
    numbers = sum(
        isinstance(value, CellIcon) or (is_number(value) and not isinstance(value, CellFill))
        for value in filled
    )
    return bool(filled) and numbers * 2 > len(filled)


def status_choices(report: Report) -> tuple[str, ...]:
    """The dropdown's statuses: for green, yellow, red and not applicable, the text the master
    writes most often for it (its own arrows or words), else the Swedish or English word."""
    typed: dict[Status, Counter[str]] = {s: Counter() for s in _CHOICES}
    for item in report.items:
        value = item.status_value
        if (
            item.status in typed
            and isinstance(value, str)
            and not isinstance(value, CellFill | CellIcon | CellGlyph)
        ):
            typed[item.status][value.strip()] += 1
    choices = []
    for status in _CHOICES:
        common = typed[status].most_common(1)
        choices.append(common[0][0] if common else localised(f"status.{status.value}", report.language))
    return tuple(c.replace(",", " ") for c in choices)


_CHOICES = (Status.GREEN, Status.YELLOW, Status.RED, Status.NOT_APPLICABLE)


def round_id(master: str, period: str | None, units: Sequence[str], sent: str) -> str:
    text = "\n".join([master, period or "", *units, sent])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def plan_send(
    report: Report,
    book: BookValues,
    master: str,
    by: str | None,
    sent: str,
    settings_rows: Sequence[Sequence[Any]],
    emails: Mapping[str, str],
    extra_settings: Sequence[tuple[str, Any]] = (),
    lineage: str | None = None,
) -> SendRound:
    """The unit workbooks of a send round of ``report`` (the master ``book``, its file name
    ``master`` without suffix), sent at ``sent`` (an ISO date and time); ``extra_settings``: lines
    of a settings file the master was read with (the unit's workbook reads the same way)."""
    if report.layout.form:  # a unit's workbook holds its rows, not the blocks around them
        raise InputError("send-blocks", path=report.path, sheet=report.layout.sheet)
    by = by_field(report, by)
    groups = group_items(report, book, by)
    if not groups:
        raise InputError("send-no-items", path=report.path)
    none = localised(f"units.none.{by if by in BY_FIELDS else 'column'}", report.language)
    if list(groups) == [none]:  # nothing tells the units apart
        raise InputError("send-nothing-to-divide", path=report.path)
    names = tuple(groups)
    period = report.layout.period
    ident = round_id(master, period, names, sent)
    numbers = numeric_status(report)
    # by colour, a number, or a mark under a scale's step: no list of words
    scale = next((t for t in report.layout.tables() if t.scale), None)
    steps = ", ".join(scale.steps) if scale is not None else ""
    choices = () if report.layout.by_fill or numbers or steps else status_choices(report)
    base_settings = _kept_settings(settings_rows) + tuple(extra_settings)
    folded = {k.casefold(): v for k, v in emails.items()}
    units = []
    stems: set[str] = set()
    for unit, items in groups.items():
        identity = (
            ("round.master", master),
            ("round.unit", unit),
            ("round.units", "; ".join(names)),
            ("round.period", period or ""),
            ("round.id", ident),
            ("round.sent", sent),
            ("round.by", by),
            ("round.lineage", lineage or master),
        )
        lines = (
            _for_its_tables(base_settings, report.layout, items)
            + _read_by_values(report.layout, items, base_settings, report.language)
            + identity
        )
        if period and not any(k.casefold() == "period" for k, _ in lines):
            lines += (("period", period),)
        lines += _by_fill_lines(report.layout, lines)
        sheets, sent_rows = _unit_sheets(report, book, items)
        held = {sheet.name for sheet in sheets}  # a sheet's own lines (BUN!column.status) where it is sent
        lines = tuple((k, v) for k, v in lines if not sheets_own(k) or sheet_and_key(k)[0] in held)
        stem = file_stem(master, unit)
        number = 2
        while stem.casefold() in stems:  # two units whose names differ only by a character a file cannot hold
            stem = f"{file_stem(master, unit)}-{number}"
            number += 1
        stems.add(stem.casefold())
        units.append(
            UnitBook(
                unit=unit,
                file_stem=stem,
                sheets=sheets,
                settings=lines,
                sent=sent_rows,
                choices=choices,
                email=folded.get(unit.casefold()),
                items=len(items),
                numbers=numbers,
                steps=steps,
            )
        )
    return SendRound(by, tuple(units), ident, period)


def _for_its_tables(
    lines: Sequence[tuple[str, Any]], layout: Layout, items: Sequence[Item]
) -> tuple[tuple[str, Any], ...]:
    """The kept lines, less a header row and columns by letter that name another table than the
    unit's own (next-period's lines for a table without a header above a headed one: the headed
    table's unit read its header as an item and its perspectives as goals)."""
    tables = layout.tables()
    own = {tables[i.table].header_row for i in items if i.table < len(tables)}
    given = next((v for k, v in lines if k.strip().casefold() == "header_row"), None)
    try:
        elsewhere = (
            given is not None and int(given) not in own and all(tables[i.table].headers for i in items)
        )
    except (TypeError, ValueError):
        elsewhere = False
    if not elsewhere:
        return tuple(lines)
    return tuple(
        (k, v)
        for k, v in lines
        if k.strip().casefold() != "header_row"
        and not (k.strip().casefold().startswith("column.") and is_col_letters(str(v)))
    )


def _by_fill_lines(layout: Layout, lines: Sequence[tuple[str, Any]]) -> tuple[tuple[str, Any], ...]:
    """A table whose status is the colour of its cells reads so in the unit's workbook too, however
    few its rows (the fills alone would not make so few rows a table kept by colour): its status
    column named, by letter, where the master's lines do not name it."""
    if not layout.by_fill:
        return ()
    keys = {k.casefold() for k, _ in lines}
    added: tuple[tuple[str, Any], ...] = () if "status_by" in keys else (("status_by", "fill"),)
    col = layout.column("status")
    if "column.status" not in keys and col is not None:
        added += (("column.status", col_letter(col)),)
    return added


def _read_by_values(
    layout: Layout, items: Sequence[Item], kept: Sequence[tuple[str, Any]], lang: str
) -> tuple[tuple[str, Any], ...]:
    """The lines that tell a unit's workbook the columns the master's values told
    (``layout.told_columns``), where the kept settings do not already say them, for the sheet or
    the whole workbook: a unit's few rows, or its empty status cells, may no longer show them. Of a
    workbook of several tables, those of the unit's own tables (Kent 2024/25: a directorate's
    table, its header naming the directorate), each sheet's as its own lines."""
    named = {key.casefold() for key, _ in kept}
    tables = layout.tables()
    own = sorted({i.table for i in items})
    # the unit's own tables as one layout: its sheet then holds only them (units._unit_sheets)
    unit = replace(tables[own[0]], more=tuple(tables[t] for t in own[1:])) if own else layout
    return tuple(
        (key, value)
        for key, value in told_columns(unit, lang, unit=True)
        if key.casefold() not in named and unqualified(key) not in named
    )


MAX_COLUMN = 16384  # XFD


def _named(table: Layout) -> bool:
    """The table's header names two columns of its fields at least (not a title alone above the rows)."""
    return sum(c in table.headers for c in table.columns.values()) >= 2


def _last_filled(row: Sequence[Any]) -> int:
    """The 1-based column of a row's last filled cell (0 when it has none)."""
    return next((i for i in range(len(row), 0, -1) if row[i - 1] not in (None, "")), 0)


def _kept_settings(rows: Sequence[Sequence[Any]]) -> tuple[tuple[str, Any], ...]:
    """The master's settings lines a unit's workbook keeps: how to read it (vocabulary, colours,
    committees, kind, language, sheet, header row, columns: the unit's sheet keeps the master's
    columns in place, so a column named by letter or header is the same column), not the master's
    own round (previous, e-mail addresses, an earlier send round's identity)."""
    kept = []
    for row in rows:
        key = row[0] if row else None
        value = row[1] if len(row) > 1 else None
        if not isinstance(key, str) or not key.strip() or value is None:
            continue
        lower = key.strip().casefold()
        if lower == "previous" or lower.startswith(("round.", "email.", "e-post.", "epost.")):
            continue
        kept.append((key.strip(), value))
    return tuple(kept)


def _unit_sheets(
    report: Report, book: BookValues, items: Sequence[Item]
) -> tuple[tuple[UnitSheet, ...], tuple[tuple[Any, ...], ...]]:
    tables = report.layout.tables()
    by_sheet: dict[str, dict[int, list[Item]]] = {}
    for item in items:
        by_sheet.setdefault(tables[item.table].sheet, {}).setdefault(item.table, []).append(item)
    sheets = []
    sent = []
    for sheet_name, by_table in by_sheet.items():
        rows: list[UnitRow] = []
        header_rows = []
        answer: set[int] = set()
        steps: set[int] = set()
        status_col: int | None = None
        widest = max(max(tables[t].headers, default=1) for t in by_table)
        # every column a field is read in, whatever stands above it (a title over a table the
        # settings describe: its one "header" is the title in A, the status in B)
        widest = max([widest, *(c for t in by_table for c in tables[t].columns.values())])
        if not any(_named(tables[t]) for t in by_table):  # (a title alone names no column)
            # a table without a header (read from its values): the added columns go right of its
            # rows' own cells, a trend or a note beside the items (within the sheet's last column)
            used = book.sheets[sheet_name].rows
            own = [
                _last_filled(used[i.row - 1]) for t in by_table.values() for i in t if i.row - 1 < len(used)
            ]
            columns = [c for t in by_table for c in tables[t].columns.values()]
            widest = min(max([widest, *columns, *own]), MAX_COLUMN - 3)
        added: dict[int, str] = {}
        need = {f for t in by_table for f in ("perspective", "goal") if tables[t].column(f) is None}
        need = {f for f in need if any(getattr(i, f) for t in by_table.values() for i in t)}
        for offset, name in enumerate(sorted(need, key=("perspective", "goal").index), start=1):
            added[widest + offset] = name
        key_col = widest + len(added) + 1
        target = 0
        # the sheet's own lines above its first table (a title, a legend), never another unit's table
        first_top = min(t.top_row for t in tables if t.sheet == sheet_name)
        for table_index, table_items in by_table.items():
            table = tables[table_index]
            top = table.top_row
            if target == 0:
                end = first_top
                if top > first_top:  # not the first table's own title either: up to the blank row above it
                    used = book.sheets[sheet_name].rows
                    blank = [r for r in range(1, first_top) if not _last_filled(used[r - 1])]
                    end = blank[-1] if blank else 1
                for source in range(1, end):
                    target += 1
                    rows.append(UnitRow(target, source))
                target += top > first_top  # a blank row between those lines and a later table's header
            else:
                target += 1  # a blank row, then this table's header
            for source in range(top, table.header_row + 1):  # its rows: two for a group over its columns
                target += 1
                rows.append(UnitRow(target, source))
            header_rows.append(target)
            header = rows[-1]
            for col, name in added.items():
                header.put[col] = localised(f"field.{name}.header", report.language)
            header.put[key_col] = KEY_HEADER
            answer.update(c for name in ANSWER_FIELDS if (c := table.column(name)) is not None)
            answer.update(table.scale)  # a mark under any step (core/scale.py)
            steps.update(table.scale)
            status_col = status_col or table.column("status")
            for item in table_items:
                target += 1
                key = f"{sheet_name}!{item.row}"
                put: dict[int, Any] = {key_col: key}
                for name in ("perspective", "goal"):
                    at = table.column(name)
                    value = getattr(item, name)
                    if at is not None and value:
                        put[at] = value  # a blank cell belongs to the row above in the master
                for col, name in added.items():
                    put[col] = getattr(item, name)
                at = table.column("committee")
                if at is not None:
                    row_values = book.sheets[sheet_name].rows[item.row - 1]
                    if at - 1 >= len(row_values) or row_values[at - 1] is None:
                        put[at] = " ".join(item.committees) or None
                rows.append(UnitRow(target, item.row, put, key))
                sent.append(_sent_row(key, item, table, book))
        sheets.append(
            UnitSheet(
                name=sheet_name,
                source=sheet_name,
                rows=tuple(rows),
                header_rows=tuple(header_rows),
                answer_cols=tuple(sorted(answer)),
                status_col=status_col,
                key_col=key_col,
                added_cols=added,
                last_col=key_col,
                steps=tuple(sorted(steps)),
            )
        )
    return tuple(sheets), tuple(sent)


def _sent_row(key: str, item: Item, table: Layout, book: BookValues) -> tuple[Any, ...]:
    """What was sent for an item: its key, text and the answer cells' values as they stood."""
    row = book.sheets[table.sheet].rows[item.row - 1]
    values: list[Any] = [key, item.text]
    for name in ANSWER_FIELDS:
        col = table.column(name)
        value = row[col - 1] if col is not None and col - 1 < len(row) else None
        if name == "status" and table.scale:  # the step marked (core/scale.py), as collect reads it
            value = item.status_value
        values.append(plain_value(value))
    return tuple(values)


def plain_value(value: Any) -> Any:
    """A cell's value as sent and compared: text stripped, a reading's stand-ins (a fill, an
    icon) as what the cell holds (nothing or its figure, the number)."""
    if isinstance(value, CellFill):
        return plain_value(value.shown)
    if isinstance(value, CellIcon):
        return value.number
    if isinstance(value, CellGlyph):
        return str(value).split(" (")[0]
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


__all__ = (
    "KEY_HEADER",
    "SENT_SHEET",
    "SendRound",
    "UnitBook",
    "UnitRow",
    "UnitSheet",
    "plan_send",
)
