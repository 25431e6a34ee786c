"""The sheet *Historik*: the workbook's own memory across rounds, with no server and no other file.

A finished round leaves one row per item (its period, place, text, status and comment: the event
"round closed", written by next-period); every answer collected from a unit leaves one row per
changed item (the unit, the date it was saved, what changed). The last closed round is the
previous follow-up that run, check and the buttons compare with by default. Pure: rows in, rows
and a sheet plan out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from xlfollow.core.models import Item, Report
from xlfollow.core.owned import HISTORY_COLUMNS, HISTORY_SHEET
from xlfollow.core.plan_types import SheetPlan
from xlfollow.core.rollup import status_key
from xlfollow.core.status import Status
from xlfollow.core.texts import LANGUAGES, localised

CLOSED, COLLECTED = "history.closed", "history.collected"
_FIELDS = ("period", "sheet", "row", "id", "item", "status", "comment", "event", "unit", "date", "change")


@dataclass(frozen=True)
class HistoryRow:
    period: str | None
    sheet: str | None
    row: int | None
    id: str | None
    item: str
    status: str | None  # the status's word as written ("grön", "green")
    comment: str | None
    event: str | None = None  # CLOSED, COLLECTED, None (blank, or an older Historik: a round closed)
    unit: str | None = None
    date: str | None = None
    change: str | None = None

    def cells(self, lang: str) -> list[Any]:
        """The row's cells as written, its event in ``lang``."""
        cells = [getattr(self, name) for name in _FIELDS]
        if self.event in (CLOSED, COLLECTED):
            cells[7] = localised(self.event, lang)
        return cells


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def _event_key(value: Any) -> str | None:
    text = (_text(value) or "").casefold()
    if not text:
        return None
    for key in (CLOSED, COLLECTED):
        if text in {localised(key, lang).casefold() for lang in LANGUAGES}:
            return key
    return text


def read_history(rows: Sequence[Sequence[Any]]) -> list[HistoryRow]:
    """The rows of a Historik sheet (read by its header, in either language; an older Historik
    has only the first seven columns)."""
    if not rows:
        return []
    names = {
        localised(key, lang).casefold(): key.split(".", 1)[1] for key in HISTORY_COLUMNS for lang in LANGUAGES
    }
    where: dict[str, int] = {}
    for index, value in enumerate(rows[0]):
        field = names.get((_text(value) or "").casefold())
        if field is not None and field not in where:
            where[field] = index
    if "item" not in where:
        return []
    out = []
    for row in rows[1:]:

        def get(field: str, row: Sequence[Any] = row) -> Any:
            index = where.get(field)
            return row[index] if index is not None and index < len(row) else None

        item = _text(get("item"))
        if item is None:
            continue
        number = get("row")
        out.append(
            HistoryRow(
                period=_text(get("period")),
                sheet=_text(get("sheet")),
                row=int(number) if isinstance(number, int | float) and not isinstance(number, bool) else None,
                id=_text(get("id")),
                item=item,
                status=_text(get("status")),
                comment=_text(get("comment")),
                event=_event_key(get("event")),
                unit=_text(get("unit")),
                date=_text(get("date")),
                change=_text(get("change")),
            )
        )
    return out


def status_of_word(word: str | None) -> Status | None:
    """The status a Historik row's word names (xlfollow writes these words itself); unknown: None."""
    if word is None:
        return Status.MISSING
    folded = word.casefold()
    for status in Status:
        if folded in {localised(f"status.{status.value}", lang).casefold() for lang in LANGUAGES}:
            return status
    return None


def last_closed(history: Sequence[HistoryRow]) -> list[HistoryRow]:
    """The rows of the last round that closed (none when no round has closed yet)."""
    closed = [h for h in history if h.event in (None, CLOSED)]
    return [h for h in closed if h.period == closed[-1].period] if closed else []


def last_round(history: Sequence[HistoryRow]) -> tuple[str | None, list[Item]] | None:
    """The last round that closed (its period and its items, as the comparison takes them), or
    None when no round has closed yet."""
    rows = last_closed(history)
    if not rows:
        return None
    period = rows[-1].period
    items = [
        Item(
            row=h.row or n,
            text=h.item,
            id=h.id,
            status=status_of_word(h.status),
            status_value=h.status,
            comment=h.comment,
        )
        for n, h in enumerate(rows, start=1)
    ]
    return period, items


def closing_rows(report: Report) -> list[HistoryRow]:
    """A finished round's rows: one per item, with its status and comment."""
    lang = report.language
    tables = report.layout.tables()
    period = report.layout.period or localised("history.no-period", lang)
    return [
        HistoryRow(
            period,
            tables[item.table].sheet,
            item.row,
            item.id,
            item.text,
            localised(f"status.{status_key(item.status)}", lang),
            item.comment,
            CLOSED,
        )
        for item in report.items
    ]


def history_sheet(earlier: Sequence[Sequence[Any]], added: Sequence[HistoryRow], lang: str) -> SheetPlan:
    """The Historik sheet: the rows it had (read back as they stand) and the rows ``added``."""
    sheet = SheetPlan(HISTORY_SHEET, owned=True)
    for col, key in enumerate(HISTORY_COLUMNS, start=1):
        sheet.put(1, col, localised(key, lang), "header")
    for number, row in enumerate([*read_history(earlier), *added], start=2):
        for col, value in enumerate(row.cells(lang), start=1):
            if value is not None:
                sheet.put(number, col, value, "cell")
    sheet.widths = {1: 14, 2: 16, 3: 6, 4: 6, 5: 60, 6: 12, 7: 70, 8: 18, 9: 18, 10: 17, 11: 40}
    sheet.freeze_row = 1
    sheet.repeat_rows = (1, 1)
    return sheet
