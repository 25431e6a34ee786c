"""``xlfollow next-period``: start the next round of a follow-up from a finished workbook (issue 11).

The new workbook is the old one with, and only with: the status cells emptied (their value goes,
the user's own format stays, xlfollow's look goes), xlfollow's notes removed, each item's status and
comment of the finished round added to the sheet *Historik* (kept across rounds: an audit trail
without a server), and two settings lines added at the end of the settings sheet *xlfollow* (made
if there is none): ``period`` (the new round) and ``previous`` (the finished workbook), so that the
next run compares with it by itself. The check after writing proves that every other cell holds
what it held.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from xlfollow.actions import owned_parts, report_from_values, settings_for, valid_output
from xlfollow.adapters.file_reader import read_values
from xlfollow.adapters.lock import writing
from xlfollow.core.errors import InputError, WorkbookError, os_reason
from xlfollow.core.models import Report
from xlfollow.core.plan_types import SheetPlan
from xlfollow.core.settings import SETTINGS_SHEET
from xlfollow.core.texts import say
from xlfollow.core.values import BookValues, CellFill
from xlfollow.ooxml.limits import check_input, check_writable
from xlfollow.ooxml.package import Package

HISTORY_SHEET = "Historik"
HISTORY_HEADER = (
    "history.period",
    "history.sheet",
    "history.row",
    "history.id",
    "history.item",
    "history.status",
    "history.comment",
)


@dataclass(frozen=True)
class NextRound:
    report: Report  # the finished round
    written: Path
    emptied: int  # status cells emptied
    coloured: int  # status cells whose colour is the status (left as they are)


def next_period(
    path: Path,
    output: Path | None,
    period: str,
    config: Path | None = None,
    language: str | None = None,
) -> NextRound:
    check_input(path)
    if not period.strip():
        raise InputError("period-missing")
    target = valid_output(path, output or path.with_name(f"{path.stem}-{_slug(period)}{path.suffix}"))
    book = read_values(path)
    settings = settings_for(book, config, language)
    report = report_from_values(book, settings)
    package = book.package
    assert package is not None
    tables = report.layout.tables()
    blanked: dict[str, set[tuple[int, int]]] = {}
    coloured = 0
    for item in report.items:
        table = tables[item.table]
        col = table.column("status")
        if col is None or item.status_value is None:
            continue
        if isinstance(item.status_value, CellFill):
            coloured += 1  # the colour is the status: the user's format, not emptied
            continue
        blanked.setdefault(table.sheet, set()).add((item.row, col))
    history = _history(book, report)
    with writing(target):
        for name in report.layout.sheets():
            check_writable(package, package.sheet_part(name))
        # the finished workbook as the next run will look for it: relative to the new one's folder
        previous = os.path.relpath(path.resolve(), target.resolve().parent)
        _write(package, target, report, blanked, history, period, previous)
    return NextRound(report, target, sum(len(c) for c in blanked.values()), coloured)


def _slug(period: str) -> str:
    return "-".join(period.split()).replace("/", "-")


def _history(book: BookValues, report: Report) -> SheetPlan:
    """The history sheet: the rows it had (earlier rounds) and this round's, one per item."""
    lang = report.language
    sheet = SheetPlan(HISTORY_SHEET, owned=True)
    rows: list[list[object]] = []
    earlier = next(
        (
            s
            for name, s in book.sheets.items()
            if name in book.owned and name.casefold().startswith("historik")
        ),
        None,
    )
    if earlier is not None:
        rows = [list(r) for r in earlier.rows[1:] if any(v is not None for v in r)]
    tables = report.layout.tables()
    period = report.layout.period or say("history.no-period", lang)
    for item in report.items:
        status = say(f"status.{item.status.value}", lang) if item.status else say("status.unknown", lang)
        rows.append([period, tables[item.table].sheet, item.row, item.id, item.text, status, item.comment])
    for col, key in enumerate(HISTORY_HEADER, start=1):
        sheet.put(1, col, say(key, lang), "header")
    for number, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            if value is not None:
                sheet.put(number, col, value, "cell")
    sheet.widths = {1: 14, 2: 16, 3: 6, 4: 6, 5: 60, 6: 12, 7: 80}
    sheet.freeze_row = 1
    sheet.repeat_rows = (1, 1)
    return sheet


def _write(
    package: Package,
    target: Path,
    report: Report,
    blanked: dict[str, set[tuple[int, int]]],
    history: SheetPlan,
    period: str,
    previous: str,
) -> None:
    from xlfollow.adapters.file_writer import find_styles_part, write_owned_sheet
    from xlfollow.ooxml.notes import write_notes
    from xlfollow.ooxml.sheetbytes import SheetBytes
    from xlfollow.ooxml.stylesheet import StyleSheet
    from xlfollow.ooxml.verify import verify_written

    styles_part = find_styles_part(package)
    styles = StyleSheet(package.xml(styles_part))
    data_parts: dict[str, str] = {}
    for name in report.layout.sheets():
        part = package.sheet_part(name)
        if part is None:
            continue
        data_parts[name] = part
        sheet = SheetBytes(package.read(part))
        package.forget(part)
        cells = blanked.get(name, set())
        for col in {c for _, c in cells}:
            rows = [r for r, c in cells if c == col]
            try:
                sheet.blank(col, rows)
            except ValueError:
                raise InputError("next-period-odd-cells", path=package.source, sheet=name) from None
            sheet.restyle(col, dict.fromkeys(rows), lambda _look, base: styles.without_own_look(base))
        write_notes(package, part, sheet, [])  # xlfollow's notes belong to the finished round
        package.put(part, sheet.to_bytes())
    lines = [["period", period], ["previous", previous]]
    settings_part = next((p for n, p in package.sheet_parts() if n.casefold() == SETTINGS_SHEET), None)
    if settings_part is not None:
        settings = SheetBytes(package.read(settings_part))
        settings.append_rows(lines)
        package.put(settings_part, settings.to_bytes())
    else:
        plan = SheetPlan(SETTINGS_SHEET, owned=False)
        header = [say("history.setting", report.language), say("history.value", report.language)]
        for number, (key, value) in enumerate([header, *lines], start=1):
            plan.put(number, 1, key, "header" if number == 1 else "cell")
            plan.put(number, 2, value, "header" if number == 1 else "cell")
        plan.widths = {1: 16, 2: 40}
        write_owned_sheet(package, plan, styles)
    write_owned_sheet(package, history, styles)
    package.put_xml(styles_part, styles.root)
    owned = owned_parts(package)
    try:
        package.save(target, lambda pkg, out: verify_written(pkg, data_parts, owned, out, blanked=blanked))
    except (InputError, WorkbookError):
        raise
    except OSError as exc:
        raise WorkbookError("write-failed", path=str(target), detail=os_reason(exc)) from None


__all__ = ["HISTORY_SHEET", "NextRound", "next_period"]
