"""The region level: every unit's items in one list, the roll-up per unit and in total, and each
unit's issues. Pure: works on reports and roll-ups, returns the sheets to write."""

from __future__ import annotations

from dataclasses import dataclass

from xlfollow.core.models import Item, Report
from xlfollow.core.pages import Pager, Put
from xlfollow.core.plan import (
    CONTROL_SHEET,
    SUMMARY_SHEET,
    SheetPlan,
    count_table,
    fit_heights,
    key_text,
    legend,
    put_issue,
    shown_keys,
    status_chart,
    summary_head,
)
from xlfollow.core.rollup import KEYS, UNKNOWN, RollUp, roll_up
from xlfollow.core.settings import MIXED_KIND
from xlfollow.core.texts import REPORT_TITLES, capitalise, counted, say, summary_sentence

ITEMS_SHEET = "Poster"


@dataclass(frozen=True)
class Unit:
    """One unit's workbook: its report, or why it could not be used."""

    name: str
    path: str
    report: Report | None = None
    problem: str | None = None
    key: str | None = None  # the problem's message key


@dataclass(frozen=True)
class Region:
    units: tuple[Unit, ...]
    items: tuple[tuple[str, Item], ...]  # (unit, item)
    rollup: RollUp
    by_unit: dict[str, dict[str, int]]
    kind: str
    period: str | None


def reports(units: tuple[Unit, ...] | list[Unit]) -> list[tuple[str, Report]]:
    """The units that could be read, with their reports."""
    return [(u.name, u.report) for u in units if u.report is not None]


def consolidate_units(units: list[Unit], language: str = "sv") -> Region:
    usable = reports(units)
    items = tuple((name, item) for name, report in usable for item in report.items)
    no_perspective, no_goal = say("summary.no_perspective", language), say("summary.no_goal", language)
    rollup = roll_up([i for _, i in items], no_perspective, no_goal)
    by_unit: dict[str, dict[str, int]] = {}
    for name, report in usable:
        counts = dict.fromkeys(KEYS, 0)
        for item in report.items:
            counts[item.status.value if item.status is not None else UNKNOWN] += 1
        by_unit[name] = counts
    kinds = [report.layout.kind for _, report in usable if report.layout.kind != MIXED_KIND]
    periods = {report.layout.period for _, report in usable} - {None}
    kind = max(dict.fromkeys(kinds), key=kinds.count) if kinds else MIXED_KIND
    period = periods.pop() if len(periods) == 1 else None
    return Region(tuple(units), items, rollup, by_unit, kind, period)


def region_sheets(region: Region, title: str | None, language: str = "sv") -> list[SheetPlan]:
    return [_summary(region, title, language), _items(region, language), _control(region, language)]


def _summary(region: Region, title: str | None, lang: str) -> SheetPlan:
    keys = shown_keys(region.rollup)
    last = len(keys) + 3
    sheet = SheetPlan(SUMMARY_SHEET)
    pager = Pager(sheet, {1: 44, **{c: 10 for c in range(2, last + 1)}})
    heading = title or REPORT_TITLES.get(region.kind, REPORT_TITLES["framgangsfaktorer"])[lang == "en"]
    line = say(
        "region.source",
        lang,
        units=counted(len(reports(region.units)), "unit", lang),
        items=counted(region.rollup.items, "item", lang),
    )
    if region.period:
        line = say("summary.period", lang, period=region.period) + " · " + line
    summary_head(pager, heading, line, last)
    errors = sum(r.errors for _, r in reports(region.units)) + sum(
        1 for u in region.units if u.report is None
    )
    if errors:
        banner = say("summary.banner", lang, errors=counted(errors, "error", lang), sheet=CONTROL_SHEET)
        pager.put_row([Put(1, banner, "banner", to=last)], size=12)
    pager.gap()
    pager.put_row(
        [Put(1, summary_sentence(region.kind, region.rollup.status, lang), "sentence", to=last)], size=12
    )
    pager.put_row([Put(1, legend(keys, lang), "note", to=last)], size=9)
    pager.gap()
    by_unit = {**region.by_unit, say("summary.total", lang): region.rollup.status}
    for key, table in (
        ("region.by_unit", by_unit),
        ("summary.by_perspective", region.rollup.by_perspective),
        ("summary.by_committee", region.rollup.by_committee),
        ("summary.by_goal", region.rollup.by_goal),
    ):
        if not table:
            continue
        first, names = count_table(pager, say(key, lang), table, keys, lang)
        pager.gap()
        if key == "summary.by_perspective":
            top = pager.block(20)
            chart_anchor = (1, top, last, top + 19)
            sheet.chart = status_chart(first, names, region.rollup.by_perspective, keys, lang, chart_anchor)
            pager.gap()
    sheet.header = heading + (f" – {region.period}" if region.period else "")
    sheet.footer = say("summary.footer", lang)
    return sheet


def _items(region: Region, lang: str) -> SheetPlan:
    sheet = SheetPlan(ITEMS_SHEET, owned=False)  # the region's data: it rolls up again
    headers: tuple[str, ...] = (
        "region.unit",
        "field.perspective",
        "field.goal",
        "summary.id",
        "summary.item",
    )
    headers += ("field.committee", "summary.status", "summary.comment", "summary.row")
    for col, key in enumerate(headers, start=1):
        sheet.put(1, col, capitalise(say(key, lang)), "header")
    for row, (unit, item) in enumerate(region.items, start=2):
        key = item.status.value if item.status is not None else UNKNOWN
        sheet.put(row, 1, unit, "cell")
        sheet.put(row, 2, item.perspective, "cell")
        sheet.put(row, 3, item.goal, "cell")
        sheet.put(row, 4, item.id, "cell")
        sheet.put(row, 5, item.text, "cell")
        sheet.put(row, 6, " ".join(item.committees) or None, "cell")
        sheet.put(row, 7, key_text(key, lang), f"status.{key}")
        sheet.put(row, 8, item.comment, "cell")
        sheet.put(row, 9, item.row, "count")
    sheet.widths = {1: 18, 2: 16, 3: 28, 4: 6, 5: 55, 6: 10, 7: 13, 8: 60, 9: 6}
    sheet.repeat_rows = (1, 1)
    sheet.freeze_row = 1
    sheet.header = say("region.items_title", lang)
    sheet.footer = say("summary.footer", lang)
    return sheet


def _control(region: Region, lang: str) -> SheetPlan:
    sheet = SheetPlan(CONTROL_SHEET)
    sheet.put(1, 1, say("region.control_title", lang), "title")
    usable = reports(region.units)
    skipped = [u for u in region.units if u.report is None]
    errors = sum(report.errors for _, report in usable) + len(
        skipped
    )  # each set-aside unit is a row marked fel
    warnings = sum(report.warnings for _, report in usable)
    summary = say(
        "control.summary",
        lang,
        errors=counted(errors, "error", lang),
        warnings=counted(warnings, "warning", lang),
    )
    if skipped:
        summary += " " + (
            say("region.skipped_one", lang)
            if len(skipped) == 1
            else say("region.skipped", lang, n=len(skipped))
        )
    sheet.put(2, 1, summary, "subtitle")
    headers: tuple[str, ...] = (
        "region.unit",
        "control.severity",
        "control.code",
        "control.sheet",
        "control.cell",
    )
    headers += ("control.id", "control.message")
    for col, key in enumerate(headers, start=1):
        sheet.put(4, col, say(key, lang), "header")
    row = 5
    for unit in skipped:
        sheet.put(row, 1, unit.name, "cell")
        sheet.put(row, 2, say("severity.error", lang), "error")
        sheet.put(row, 3, unit.key if unit.key == "unit-other-kind" else "unreadable-file", "cell")
        sheet.put(row, 7, unit.problem, "cell")
        row += 1
    for name, report in usable:
        for issue in report.issues:
            sheet.put(row, 1, name, "cell")
            put_issue(sheet, row, 2, issue, lang, link=False)  # the cell is in the unit's own file
            row += 1
    sheet.widths = {1: 18, 2: 10, 3: 19, 4: 18, 5: 8, 6: 8, 7: 90}
    fit_heights(sheet)
    sheet.repeat_rows = (4, 4)
    sheet.freeze_row = 4
    sheet.header = say("region.control_title", lang)
    sheet.footer = say("summary.footer", lang)
    return sheet
