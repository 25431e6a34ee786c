"""The plan of changes, as data: which status cells get which look, which notes go where, and the
cells of the sheets xlfollow writes. The file writer and the live-Excel writer both apply a plan;
neither decides anything of its own."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from xlfollow.core.a1 import sheet_cell
from xlfollow.core.layout import OWNED_SHEETS
from xlfollow.core.models import Issue, Report, Severity
from xlfollow.core.rollup import KEYS, RollUp, share
from xlfollow.core.status import ORDER, SYMBOL, Status
from xlfollow.core.styles import CHART_COLOURS, status_label
from xlfollow.core.texts import REPORT_TITLES, capitalise, counted, say, summary_sentence

SUMMARY_SHEET, CONTROL_SHEET = OWNED_SHEETS
NOTE_AUTHOR = "xlfollow"
# A summary lists at most this many red and missing items each; a summary that lists thousands is
# no summary (every item stays on the data sheet, and every missing status on Kontroll).
LIST_LIMIT = 200


@dataclass(slots=True)
class Mark:  # not frozen: one per status cell, built in a hot loop
    """Give a status cell the look of ``status`` (``None``: clear xlfollow's look, for blank or
    unknown statuses). ``cue`` is the symbol shown beside the typed text, or ``None``; ``typed``
    is what the cell holds (a live writer may find cells by it)."""

    row: int
    col: int
    status: Status | None
    cue: str | None
    typed: object = None


@dataclass(frozen=True)
class Note:
    row: int
    col: int
    text: str


@dataclass(slots=True)
class Cell:  # not frozen: built once per cell of the sheets xlfollow writes, tens of thousands
    row: int
    col: int
    value: Any  # str | int | float | None; text is always written as text, never as a formula
    style: str | None = None
    link: str | None = None  # an internal location, e.g. "'Data'!C5"


@dataclass(frozen=True)
class Series:
    name_cell: tuple[int, int]
    name: str
    first_row: int
    last_row: int
    col: int
    values: tuple[float, ...]
    colour: str


@dataclass(frozen=True)
class Chart:
    title: str
    categories_col: int
    first_row: int
    last_row: int
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    anchor: tuple[int, int, int, int]  # from col, from row, to col, to row (1-based, cells)


@dataclass
class SheetPlan:
    name: str
    owned: bool = True  # marked as xlfollow's (rewritten on every run, never read as data)
    cells: list[Cell] = field(default_factory=list)
    widths: dict[int, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    repeat_rows: tuple[int, int] | None = None
    freeze_row: int | None = None
    page_breaks: list[int] = field(default_factory=list)  # a page ends after each of these rows
    header: str = ""
    footer: str = ""
    chart: Chart | None = None

    def put(self, row: int, col: int, value: Any, style: str | None = None, link: str | None = None) -> None:
        self.cells.append(Cell(row, col, value, style, link))


@dataclass
class Plan:
    data_sheet: str
    marks: list[Mark]
    notes: list[Note]
    sheets: list[SheetPlan]
    language: str = "sv"


def build_plan(
    report: Report, rollup: RollUp, *, colour: bool = True, summarise: bool = True, check: bool | None = None
) -> Plan:
    """The changes for a run: ``colour`` the status cells, write the issues as notes and the
    Kontroll sheet when ``check`` (default: with colour or summarise), write the summary when
    ``summarise``."""
    check = colour or summarise if check is None else check
    lang = report.language
    layout = report.layout
    marks: list[Mark] = []
    status_col = layout.column("status")
    if colour and status_col:
        for item in report.items:
            status = item.status if item.status not in (None, Status.MISSING) else None
            cue = None
            if status is not None:
                typed = str(item.status_value)
                cue = None if SYMBOL[status] in typed else SYMBOL[status]
            marks.append(Mark(item.row, status_col, status, cue, item.status_value))
    notes = _notes(report.issues, lang) if check else []
    sheets = ([_summary_sheet(report, rollup)] if summarise else []) + (
        [_control_sheet(report)] if check else []
    )
    return Plan(data_sheet=layout.sheet, marks=marks, notes=notes, sheets=sheets, language=lang)


def _notes(issues: tuple[Issue, ...], lang: str) -> list[Note]:
    by_cell: dict[tuple[int, int], list[str]] = defaultdict(list)
    for issue in issues:
        if issue.code == "missing-column":
            continue
        by_cell[(issue.row, issue.col)].append(f"{issue.severity.label(lang)}: {issue.message(lang)}")
    prefix = say("note.prefix", lang)
    return [Note(r, c, prefix + "\n".join(lines)) for (r, c), lines in sorted(by_cell.items())]


def status_text(status: Status, lang: str) -> str:
    return status_label(status, say(f"status.{status.value}", lang))


def put_issue(sheet: SheetPlan, row: int, col: int, issue: Issue, lang: str, link: bool) -> None:
    """One issue as a row of a Kontroll sheet from column ``col``: severity, code, sheet, cell
    (a link to it when the cell is in this workbook), item id and message."""
    style = "error" if issue.severity is Severity.ERROR else "warning"
    sheet.put(row, col, issue.severity.label(lang), style)
    sheet.put(row, col + 1, issue.code, "cell")
    sheet.put(row, col + 2, issue.sheet, "cell")
    if link:
        sheet.put(row, col + 3, issue.cell, "link", link=sheet_cell(issue.sheet, issue.row, issue.col))
    else:
        sheet.put(row, col + 3, issue.cell, "cell")
    sheet.put(row, col + 4, issue.item_id, "cell")
    sheet.put(row, col + 5, issue.message(lang), "cell")


def _control_sheet(report: Report) -> SheetPlan:
    lang = report.language
    sheet = SheetPlan(CONTROL_SHEET)
    sheet.put(1, 1, say("control.title", lang, sheet=report.layout.sheet), "title")
    if report.issues:
        sheet.put(
            2,
            1,
            say(
                "control.summary",
                lang,
                errors=counted(report.errors, "error", lang),
                warnings=counted(report.warnings, "warning", lang),
            ),
            "subtitle",
        )
    else:
        sheet.put(2, 1, say("control.none", lang), "subtitle")
    headers = (
        "control.severity",
        "control.code",
        "control.sheet",
        "control.cell",
        "control.id",
        "control.message",
    )
    for col, key in enumerate(headers, start=1):
        sheet.put(4, col, say(key, lang), "header")
    for row, issue in enumerate(report.issues, start=5):
        put_issue(sheet, row, 1, issue, lang, link=True)
    sheet.widths = {1: 10, 2: 19, 3: 18, 4: 8, 5: 8, 6: 95}
    fit_heights(sheet)
    sheet.repeat_rows = (4, 4)
    sheet.freeze_row = 4
    sheet.header = say("control.title", lang, sheet=report.layout.sheet)
    sheet.footer = say("summary.footer", lang)
    return sheet


def _summary_sheet(report: Report, rollup: RollUp) -> SheetPlan:
    lang = report.language
    layout = report.layout
    sheet = SheetPlan(SUMMARY_SHEET)
    title = report.title or REPORT_TITLES.get(layout.kind, REPORT_TITLES["framgangsfaktorer"])[lang == "en"]
    sheet.put(1, 1, title, "title")
    line = say("summary.source", lang, sheet=layout.sheet, items=rollup.items)
    if layout.period:
        line = say("summary.period", lang, period=layout.period) + " · " + line
    sheet.put(2, 1, line, "subtitle")
    sheet.put(4, 1, summary_sentence(layout.kind, rollup.status, lang), "sentence")
    sheet.merges.append((4, 1, 4, 8))
    sheet.put(5, 1, say("summary.legend", lang), "note")
    sheet.merges.append((5, 1, 5, 8))

    row = 7
    sheet.put(row, 1, say("summary.total", lang), "heading")
    row += 1
    for col, key in enumerate(("summary.status", "summary.count", "summary.share"), start=1):
        sheet.put(row, col, say(key, lang), "header")
    for status in ORDER:
        row += 1
        n = rollup.status[status.value]
        sheet.put(row, 1, status_text(status, lang), f"status.{status.value}")
        sheet.put(row, 2, n, "count")
        sheet.put(row, 3, share(n, rollup.items), "share")
    row += 1
    sheet.put(row, 1, say("summary.total", lang), "total_label")
    sheet.put(row, 2, rollup.items, "total")
    sheet.put(row, 3, 1.0 if rollup.items else 0.0, "share")
    row += 2

    for key, table in (
        ("summary.by_perspective", rollup.by_perspective),
        ("summary.by_goal", rollup.by_goal),
        ("summary.by_committee", rollup.by_committee),
    ):
        if not table:
            continue
        sheet.put(row, 1, say(key, lang), "heading")
        first, names = count_table(sheet, row + 1, table, lang)
        row = first + len(names) + 1
        if key == "summary.by_perspective":
            sheet.page_breaks.append(row - 1)  # the chart starts a page of its own, never cut in two
            sheet.chart = status_chart(first, names, rollup, lang, anchor=(1, row, 8, row + 18))
            row += 20

    for key, wanted in (("summary.red_list", Status.RED), ("summary.missing_list", Status.MISSING)):
        sheet.put(row, 1, say(key, lang), "heading")
        row += 1
        listed = [i for i in report.items if (i.status or Status.MISSING) is wanted]
        if not listed:
            sheet.put(row, 1, say("summary.none_listed", lang), "note")
            row += 2
            continue
        sheet.put(row, 1, say("summary.item", lang), "header")
        sheet.put(row, 2, say("summary.id", lang), "header")
        sheet.put(row, 3, say("summary.comment", lang), "header")
        sheet.merges.append((row, 3, row, 8))
        for item in listed[:LIST_LIMIT]:
            row += 1
            where = sheet_cell(layout.sheet, item.row, layout.column("item") or 1)
            sheet.put(row, 1, _clip(item.text, 250), "link", link=where)
            sheet.put(row, 2, item.id, "cell")
            sheet.put(row, 3, _clip(item.comment or "", 400), "cell")
            sheet.merges.append((row, 3, row, 8))
        if len(listed) > LIST_LIMIT:
            row += 1
            sheet.put(
                row, 1, say("summary.more", lang, n=len(listed) - LIST_LIMIT, sheet=layout.sheet), "note"
            )
            sheet.merges.append((row, 1, row, 8))
        row += 2

    sheet.widths = {1: 48, **{c: 11 for c in range(2, 9)}}
    fit_heights(sheet)
    sheet.header = title + (f" – {layout.period}" if layout.period else "")
    sheet.footer = say("summary.footer", lang)
    return sheet


def count_table(
    sheet: SheetPlan, row: int, table: dict[str, dict[str, int]], lang: str
) -> tuple[int, list[str]]:
    sheet.put(row, 1, "", "header")
    for col, status in enumerate(ORDER, start=2):
        sheet.put(row, col, status_text(status, lang), "header")
    sheet.put(row, 7, say("summary.total", lang), "header")
    sheet.put(row, 8, capitalise(say("summary.share", lang)) + " " + SYMBOL[Status.GREEN], "header")
    names = list(table)
    for offset, name in enumerate(names, start=1):
        counts = table[name]
        total = sum(counts.values())
        sheet.put(row + offset, 1, name, "cell")
        for col, key in enumerate(KEYS, start=2):
            sheet.put(row + offset, col, counts[key], "count")
        sheet.put(row + offset, 7, total, "total")
        sheet.put(row + offset, 8, share(counts["green"], total), "share")
    return row + 1, names


def status_chart(
    first: int, names: list[str], rollup: RollUp, lang: str, anchor: tuple[int, int, int, int]
) -> Chart:
    last = first + len(names) - 1
    series = []
    for col, status in enumerate(ORDER, start=2):
        values = tuple(float(rollup.by_perspective[n][status.value]) for n in names)
        series.append(
            Series(
                (first - 1, col), status_text(status, lang), first, last, col, values, CHART_COLOURS[status]
            )
        )
    return Chart(say("summary.chart_title", lang), 1, first, last, tuple(names), tuple(series), anchor)


LINE_HEIGHT = 16.0  # points per line of 11-12 pt text


def fit_heights(sheet: SheetPlan) -> None:
    """Row heights that show wrapped text whole. Excel and LibreOffice do not grow rows of merged
    cells, and not every reader re-measures rows on opening, so the plan sets them."""
    spans = {
        (r1, c1): sum(sheet.widths.get(c, 8.43) for c in range(c1, c2 + 1))
        for r1, c1, r2, c2 in sheet.merges
        if r1 == r2
    }
    preset = set(sheet.heights)
    for cell in sheet.cells:
        if not isinstance(cell.value, str) or cell.row in preset:
            continue
        width = spans.get((cell.row, cell.col), sheet.widths.get(cell.col, 8.43))
        per_line = max(int(width * 1.1), 1)
        if len(cell.value) <= per_line and "\n" not in cell.value:
            continue
        lines = sum(max(1, -(-len(part) // per_line)) for part in cell.value.split("\n"))
        if lines > 1:
            sheet.heights[cell.row] = max(sheet.heights.get(cell.row, 0.0), min(lines * LINE_HEIGHT, 409.0))


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
