"""The region level: every unit's items in one list, the roll-up per unit and in total, and each
unit's issues. Pure: works on what each unit's reading left (:class:`UnitReport`: counts, issues,
the styles of its rows; the rows themselves are made where the unit was read), returns the
sheets to write."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from xlfollow.core.layout import period_key
from xlfollow.core.models import Issue, Item, Report, Severity
from xlfollow.core.pages import PageCell, Pager
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
from xlfollow.core.plan_types import DeferredText
from xlfollow.core.rollup import KEYS, RollUp, roll_up, status_key
from xlfollow.core.settings import MIXED_KIND
from xlfollow.core.status import Status
from xlfollow.core.texts import (
    REPORT_TITLES,
    capitalise,
    counted,
    counted_kind,
    localised,
    noun,
    number_word,
    period_words,
    quoted_list,
    summary_sentence,
)

ITEMS_SHEET = "Poster"


# a perspective or goal left blank, named in the region's language once every unit is read (NUL:
# no text read from a workbook holds it)
_NONE = "\x00"


@dataclass(frozen=True)
class UnitReport:
    """What the region needs of one unit's report, made where the unit is read (a worker
    process): its counts, its issues and the styles of its rows on the item sheet, not its
    items (sending those back cost the main process more than reading the unit did)."""

    kind: str
    period: str | None
    language: str
    errors: int
    warnings: int
    issues: tuple[Issue, ...]
    rollup: RollUp  # blank perspectives and goals under _NONE
    styles: tuple[str | None, ...]  # the styles of its rows on the item sheet, in first-use order
    computed: bool = False  # its statuses computed from target and outcome (no status column)
    by_fill: bool = False  # its statuses the fill colour of its cells (core/filled.py)


@dataclass(frozen=True)
class Unit:
    """One unit's workbook: what the region needs of its report, or why it could not be used."""

    name: str
    path: str
    report: UnitReport | None = None
    problem: str | None = None
    key: str | None = None  # the problem's message key
    identity: str | None = None  # the unit a workbook from `xlfollow send` names (round.unit)
    expected: tuple[str, ...] = ()  # every unit of that send round (round.units)
    round: str = ""  # that send round's id (round.id) and master (round.master)
    master: str = ""
    saved: float = 0.0  # when the file was last saved (seconds): of two copies, the newest counts
    folders: tuple[str, ...] = ()  # the file's folders, innermost first (names units apart)
    base: str = ""  # the file's name without xlfollow's endings (-klar, -epost)
    period: str = ""  # that send round's period (round.period) and when it was sent (round.sent, ISO)
    sent: str = ""
    lineage: str = ""  # the follow-up its round belongs to (round.lineage; before it, the master's name)


@dataclass(frozen=True)
class Region:
    units: tuple[Unit, ...]
    rollup: RollUp
    by_unit: dict[str, dict[str, int]]
    kind: str
    period: str | None
    expected: tuple[str, ...] = ()  # the units the send round went to, when the units came from one
    missing: tuple[str, ...] = ()  # of those, the ones that did not answer


_ENDINGS = ("-klar", "-epost")
# units set aside because a newer one stands for them (a copy of the same unit, an earlier round's
# answer): said as a warning, not an error
OLDER = ("unit-older-copy", "unit-older-round")


def base_name(stem: str) -> str:
    """A unit file's name without the endings xlfollow gives its copies ("Barn-klar-epost" ->
    "Barn"): the run copy and the e-mail copy are the same unit."""
    changed = True
    while changed:
        changed = False
        for ending in _ENDINGS:
            if stem.casefold().endswith(ending) and len(stem) > len(ending):
                stem, changed = stem[: -len(ending)], True
    return stem


def choose_units(units: Sequence[Unit], language: str = "sv") -> list[Unit]:
    """Each unit once: a workbook from a send round is known by the unit it names, any other by its
    folder and its name without xlfollow's endings; of two copies of one unit (the file, its run
    copy, its e-mail copy, an answer sent twice) the newest counts and the others are set aside
    with a message. Then each unit gets a name of its own: units of the same name in different
    folders are named by as many folders as tell them apart, and no unit is called what the
    total row is called."""

    def key(unit: Unit) -> tuple[str, ...]:
        if unit.identity:  # the same unit of the same master and period (a round sent again too)
            return ("unit", unit.master, unit.period.casefold(), unit.identity.casefold())
        return ("file", *unit.folders, unit.base.casefold())

    # answers of an earlier period's send round (the folder keeps every round's files): of the rounds
    # of one follow-up (round.lineage: next-period carries it to the new file, whatever it is called),
    # the period of the one sent last counts; another follow-up's rounds are other units
    rounds = [u for u in units if u.identity and u.key != "region-book"]
    chains: dict[str, list[Unit]] = {}
    for unit in rounds:
        chains.setdefault((unit.lineage or unit.master).casefold(), []).append(unit)
    latest: dict[int, Unit] = {}
    for chain in chains.values():
        last = max(chain, key=lambda u: (u.sent, period_key(u.period) or (0, 0, 0)))
        latest.update((id(u), last) for u in chain)
    earlier = {id(u) for u in rounds if u.period.casefold() != latest[id(u)].period.casefold()}

    newest: dict[tuple[str, ...], Unit] = {}
    for unit in units:
        if unit.key == "region-book" or id(unit) in earlier:
            continue
        other = newest.get(key(unit))
        if other is None or _better(unit, other):
            newest[key(unit)] = unit
    kept = set(map(id, newest.values()))
    named = _names(
        list(newest.values()), localised("summary.total", language), localised("region.unit-word", language)
    )
    out = []
    for unit in units:
        if id(unit) in earlier:
            problem = localised(
                "unit-older-round",
                language,
                path=unit.path,
                period=unit.period or localised("region.no-period", language),
                newer=latest[id(unit)].period or localised("region.no-period", language),
            )
            out.append(
                replace(unit, name=unit.identity or unit.name, report=None, problem=problem, key=OLDER[1])
            )
        elif id(unit) in kept:
            out.append(replace(unit, name=named[id(unit)]))
        elif unit.key != "region-book":
            chosen = newest[key(unit)]
            problem = localised("unit-older-copy", language, path=unit.path, newer=chosen.path)
            out.append(
                replace(unit, name=named[id(chosen)], report=None, problem=problem, key="unit-older-copy")
            )
    return out


def _better(unit: Unit, other: Unit) -> bool:
    """Of two copies of one unit: one that can be read, then the newest."""
    if (unit.report is None) != (other.report is None):
        return unit.report is not None
    return unit.saved > other.saved


def _names(units: list[Unit], total: str, unit_word: str) -> dict[int, str]:
    """A name per unit: its own (round.unit or the file's), with as many of its folders as it takes
    to tell units of the same name apart; never the total row's. Names are counted once per depth
    of folders (a region of 2,000 units is named in a few passes, not 2,000 x 2,000 comparisons)."""
    names: dict[int, str] = {}
    rounds = {u.round for u in units if u.identity}
    for unit in units:
        if unit.identity:  # named by its master too when units of several send rounds are read
            names[id(unit)] = f"{unit.master}/{unit.identity}" if len(rounds) > 1 else unit.identity

    def name_at(unit: Unit, depth: int) -> str:
        return "/".join([*reversed(unit.folders[:depth]), unit.base])

    left = [u for u in units if not u.identity]
    depth = 0
    while left:
        counts: dict[str, int] = {}
        for unit in left:
            key = name_at(unit, depth).casefold()
            counts[key] = counts.get(key, 0) + 1
        clashing = []
        for unit in left:
            if counts[name_at(unit, depth).casefold()] == 1 or depth >= len(unit.folders):
                names[id(unit)] = name_at(unit, depth)
            else:
                clashing.append(unit)
        left, depth = clashing, depth + 1
    taken = {n.casefold() for n in names.values()}
    for unit_id, name in names.items():
        if name.casefold() == total.casefold():
            candidate = f"{name} ({unit_word})"
            names[unit_id] = candidate if candidate.casefold() not in taken else f"{candidate} {unit_id}"
    return names


NO_PERSPECTIVE, NO_GOAL = "no_perspective", "no_goal"  # DeferredText keys of the item sheet


def item_cells(unit: str, item: Item) -> list[tuple[int, Any, str | None]]:
    """An item's row on the region's item sheet; the status's word is given by the writer."""
    key = status_key(item.status)
    return [
        (1, unit, "cell"),
        # said on every row: a blank cell would take the value above it (another unit's) when the
        # region's workbook is read again (check, run, report)
        (2, item.perspective or DeferredText(NO_PERSPECTIVE), "cell"),
        (3, item.goal or DeferredText(NO_GOAL), "cell"),
        (4, item.id, "cell"),
        (5, item.text, "cell"),
        (6, ", ".join(item.committees) or None, "cell"),  # "RS, Nämnder": read back as two
        (7, DeferredText(key), f"status.{key}"),
        (8, item.comment, "cell"),
        (9, item.row, "count"),
    ]


def item_texts(lang: str) -> dict[str, str]:
    """The texts of the item sheet's DeferredText cells: each status's symbol and word, and the words
    for an item without perspective or goal."""
    return {
        **{key: key_text(key, lang) for key in KEYS},
        NO_PERSPECTIVE: localised("summary.no_perspective", lang),
        NO_GOAL: localised("summary.no_goal", lang),
    }


def unit_report(name: str, report: Report) -> UnitReport:
    """``report`` as the region needs it (its items stay where they were read)."""
    items = report.items
    rollup = roll_up(items, _NONE, _NONE)
    if not rollup.by_perspective and items:  # no perspective at all: all blank, for the region's sum
        rollup = replace(rollup, by_perspective={_NONE: dict(rollup.status)})
    if not rollup.by_goal and items:
        rollup = replace(rollup, by_goal={_NONE: dict(rollup.status)})
    return UnitReport(
        kind=report.layout.kind,
        period=report.layout.period,
        language=report.language,
        errors=report.errors,
        warnings=report.warnings,
        issues=report.issues,
        rollup=rollup,
        styles=_styles(name, items),
        computed=report.layout.computed,
        by_fill=report.layout.by_fill,
    )


def _styles(name: str, items: Sequence[Item]) -> tuple[str | None, ...]:
    """The styles of the items' rows, in the order they first use them. A row's styles differ
    only by its status: one row of each status says them all."""
    seen: dict[Status | None, None] = {}
    styles: dict[str | None, None] = {}
    for item in items:
        if item.status not in seen:
            seen[item.status] = None
            styles.update((style, None) for _, _, style in item_cells(name, item))
    return tuple(styles)


def reports(units: tuple[Unit, ...] | list[Unit]) -> list[tuple[str, UnitReport]]:
    """The units that could be read, with what the region needs of their reports."""
    return [(u.name, u.report) for u in units if u.report is not None]


def _merged(tables: Sequence[dict[str, dict[str, int]]], blank: str) -> dict[str, dict[str, int]]:
    """The units' tables as one, names in order of first appearance (as counting all items at
    once would give them); a blank name becomes ``blank``. No name but blanks: no table."""
    merged: dict[str, dict[str, int]] = {}
    for table in tables:
        for name, counts in table.items():
            row = merged.setdefault(blank if name == _NONE else name, dict.fromkeys(KEYS, 0))
            for key, n in counts.items():
                row[key] += n
    return merged if any(name != _NONE for table in tables for name in table) else {}


def consolidate_units(units: list[Unit], language: str = "sv") -> Region:
    usable = reports(units)
    rollups = [report.rollup for _, report in usable]
    status = dict.fromkeys(KEYS, 0)
    for rollup in rollups:
        for key, n in rollup.status.items():
            status[key] += n
    rollup = RollUp(
        items=sum(r.items for r in rollups),
        status=status,
        by_perspective=_merged(
            [r.by_perspective for r in rollups], localised("summary.no_perspective", language)
        ),
        by_goal=_merged([r.by_goal for r in rollups], localised("summary.no_goal", language)),
        by_committee=_merged([r.by_committee for r in rollups], ""),
    )
    by_unit = {name: dict(report.rollup.status) for name, report in usable}
    kinds = [report.kind for _, report in usable if report.kind != MIXED_KIND]
    periods = {report.period for _, report in usable} - {None}
    kind = max(dict.fromkeys(kinds), key=kinds.count) if kinds else MIXED_KIND
    period = periods.pop() if len(periods) == 1 else None
    rounds = {u.round: u for u in units if u.identity and u.key != OLDER[1]}
    expected = tuple(
        dict.fromkeys(
            f"{unit.master}/{name}" if len(rounds) > 1 else name
            for unit in rounds.values()
            for name in unit.expected
        )
    )
    answered = {name.casefold() for name, _ in usable}
    missing = tuple(name for name in expected if name.casefold() not in answered)
    return Region(tuple(units), rollup, by_unit, kind, period, expected, missing)


def region_sheets(region: Region, title: str | None, language: str = "sv") -> list[SheetPlan]:
    return [_summary(region, title, language), _items(region, language), _control(region, language)]


def _summary(region: Region, title: str | None, lang: str) -> SheetPlan:
    keys = shown_keys(region.rollup)
    last = len(keys) + 3
    sheet = SheetPlan(SUMMARY_SHEET)
    pager = Pager(sheet, {1: 44, **{c: 10 for c in range(2, last + 1)}})
    heading = title or REPORT_TITLES.get(region.kind, REPORT_TITLES["framgangsfaktorer"])[lang == "en"]
    line = localised(
        "region.source",
        lang,
        units=counted(len(reports(region.units)), "unit", lang),
        items=counted_kind(region.rollup.items, region.kind, lang),
    )
    period = period_words(region.period, lang)
    if period:
        line = localised("summary.period", lang, period=period) + " · " + line
    summary_head(pager, heading, line, last)
    errors = sum(r.errors for _, r in reports(region.units)) + sum(
        1 for u in region.units if u.report is None and u.key not in OLDER
    )
    if errors:
        banner = localised("summary.banner", lang, errors=counted(errors, "error", lang), sheet=CONTROL_SHEET)
        pager.put_row([PageCell(1, banner, "banner", to=last)], size=12)
    for text in coverage(region, lang):
        pager.put_row([PageCell(1, text, "banner", to=last)], size=12)
    computed = [name for name, unit in reports(region.units) if unit.computed]
    if computed:  # what the counts rest on, said where they are
        text = localised("region.computed", lang, units=quoted_list(computed, lang))
        pager.put_row([PageCell(1, text, "cell", to=last)], size=12)
    coloured = [name for name, unit in reports(region.units) if unit.by_fill]
    if coloured:
        text = localised("region.by-fill", lang, units=quoted_list(coloured, lang))
        pager.put_row([PageCell(1, text, "cell", to=last)], size=12)
    pager.gap()
    pager.put_row(
        [PageCell(1, summary_sentence(region.kind, region.rollup.status, lang), "sentence", to=last)], size=12
    )
    pager.put_row([PageCell(1, legend(keys, lang), "note", to=last)], size=9)
    pager.gap()
    by_unit = {**region.by_unit, localised("summary.total", lang): region.rollup.status}
    for key, table in (
        ("region.by_unit", by_unit),
        ("summary.by_perspective", region.rollup.by_perspective),
        ("summary.by_committee", region.rollup.by_committee),
        ("summary.by_goal", region.rollup.by_goal),
    ):
        if not table:
            continue
        first, names = count_table(pager, localised(key, lang), table, keys, lang)
        pager.gap()
        if key == "summary.by_perspective":
            top = pager.block(20)
            chart_anchor = (1, top, last, top + 19)
            sheet.chart = status_chart(first, names, region.rollup.by_perspective, keys, lang, chart_anchor)
            pager.gap()
    shown = period and period.casefold() not in heading.casefold()
    sheet.header = heading + (f" – {period}" if shown else "")
    sheet.footer = localised("summary.footer", lang)
    return sheet


def coverage(region: Region, lang: str) -> list[str]:
    """What the region's numbers cover, in words that survive printing: how many units the send
    round went to and how many answered, and every unit left out and why."""
    lines = []
    sent = {name.casefold() for name in region.expected}
    read = [name for name, _ in reports(region.units)]
    if region.expected:
        answered = len({name.casefold() for name in read} & sent)  # each unit once; others are no answer
        expected = number_word(len(region.expected), lang)
        if len(region.expected) == 1:  # "en av en enheter": the one unit has answered, or not
            lines.append(
                localised("region.answered-the-one" if answered else "region.answered-not-the-one", lang)
            )
        else:
            lines.append(
                localised("region.answered", lang, answered=number_word(answered, lang), expected=expected)
            )
        outside = [name for name in read if name.casefold() not in sent]
        if outside:
            last = localised("and", lang)
            units = outside[0] if len(outside) == 1 else ", ".join(outside[:-1]) + f" {last} " + outside[-1]
            lines.append(localised("region.outside", lang, units=units))
    left = [localised("region.no-answer", lang, unit=name) for name in region.missing]
    left += [
        localised("region.unreadable", lang, unit=u.name)
        for u in region.units
        if u.report is None and u.key not in (*OLDER, "unit-other-kind")
    ]
    left += [
        localised("region.other-kind", lang, unit=u.name) for u in region.units if u.key == "unit-other-kind"
    ]
    if left:
        last = localised("and", lang)
        units = left[0] if len(left) == 1 else ", ".join(left[:-1]) + f" {last} " + left[-1]
        lines.append(localised("region.left-out", lang, units=units))
    return lines


# the Poster sheet's column widths: the rows made elsewhere take their heights from them
ITEM_WIDTHS = {1: 18, 2: 16, 3: 28, 4: 6, 5: 55, 6: 10, 7: 13, 8: 60, 9: 6}


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
        # the item column is headed by what the units follow up ("Framgångsfaktor"): the region book
        # read again is then read as that kind, and its pages say one word for its rows
        said = noun(region.kind, lang)[0] if key == "summary.item" else localised(key, lang)
        sheet.put(1, col, capitalise(said), "header")
    # the items' rows are made where each unit was read (consolidate.py): sheet.rendered
    sheet.widths = dict(ITEM_WIDTHS)
    sheet.repeat_rows = (1, 1)
    sheet.freeze_row = 1
    sheet.header = localised("region.items_title", lang)
    sheet.footer = localised("summary.footer", lang)
    return sheet


def _control(region: Region, lang: str) -> SheetPlan:
    sheet = SheetPlan(CONTROL_SHEET)
    sheet.put(1, 1, localised("region.control_title", lang), "title")
    usable = reports(region.units)
    skipped = [u for u in region.units if u.report is None and u.key not in OLDER]
    older = [u for u in region.units if u.key in OLDER]
    errors = sum(report.errors for _, report in usable) + len(
        skipped
    )  # each set-aside unit is a row marked fel
    warnings = sum(report.warnings for _, report in usable)
    summary = localised(
        "control.summary",
        lang,
        errors=counted(errors, "error", lang),
        warnings=counted(warnings, "warning", lang),
    )
    if skipped:
        summary += " " + (
            localised("region.skipped_one", lang)
            if len(skipped) == 1
            else capitalise(localised("region.skipped", lang, n=number_word(len(skipped), lang)))
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
        sheet.put(4, col, localised(key, lang), "header")
    row = 5
    for unit in skipped:
        sheet.put(row, 1, unit.name, "cell")
        sheet.put(row, 2, Severity.ERROR.label(lang), "error")
        sheet.put(row, 3, unit.key if unit.key == "unit-other-kind" else "unreadable-file", "cell")
        sheet.put(row, 7, unit.problem, "cell")
        row += 1
    for name in region.missing:
        sheet.put(row, 1, name, "cell")
        sheet.put(row, 2, Severity.WARNING.label(lang), "warning")
        sheet.put(row, 3, "unit-no-answer", "cell")
        sheet.put(row, 7, localised("region.no-answer-long", lang, unit=name), "cell")
        row += 1
    for unit in older:
        sheet.put(row, 1, unit.name, "cell")
        sheet.put(row, 2, Severity.WARNING.label(lang), "warning")
        sheet.put(row, 3, unit.key, "cell")
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
    sheet.header = localised("region.control_title", lang)
    sheet.footer = localised("summary.footer", lang)
    return sheet
