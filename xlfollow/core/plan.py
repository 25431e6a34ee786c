"""The plan of changes, as data: which status cells get which look, which notes go where, and the
cells of the sheets xlfollow writes. The file writer and the live-Excel writer both apply a plan;
neither decides anything of its own."""

from __future__ import annotations

from collections import defaultdict

from xlfollow.core.a1 import sheet_cell
from xlfollow.core.models import Issue, Item, Report, Severity
from xlfollow.core.owned import CONTROL_SHEET, SUMMARY_SHEET
from xlfollow.core.pages import PageCell, Pager
from xlfollow.core.plan_types import NOTE_PREFIX, Chart, Look, Note, Plan, Series, SheetPlan
from xlfollow.core.reading import (
    answers_lines,
    by_fill_line,
    computed_line,
    reading_lines,
    shown_lines,
    threshold_lines,
)
from xlfollow.core.rollup import KEYS, UNKNOWN, RollUp, share, status_key
from xlfollow.core.status import SYMBOL, UNKNOWN_SYMBOL, Status
from xlfollow.core.styles import CHART_COLOURS, UNKNOWN_LOOK, label_colour, status_label
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
    shown,
    summary_sentence,
    target_sentence,
)
from xlfollow.core.values import CellFill, CellGlyph, CellIcon

# A summary lists at most this many red and missing items each; a summary that lists thousands is
# no summary (every item stays on the data sheet, and every missing status on Kontroll).
LIST_LIMIT = 200


def build_plan(
    report: Report, rollup: RollUp, *, colour: bool = True, summarise: bool = True, check: bool | None = None
) -> Plan:
    """The changes for a run: ``colour`` the status cells, write the issues as notes and the
    Kontroll sheet when ``check`` (default: with colour or summarise), write the summary when
    ``summarise``."""
    check = colour or summarise if check is None else check
    lang = report.language
    layout = report.layout
    looks: list[Look] = []
    tables = layout.tables()
    status_cols = [t.column("status") for t in tables]
    sheets_of = [None if t.sheet == layout.sheet else t.sheet for t in tables]
    if colour and any(status_cols):
        seen: dict[tuple[Status | None, object], tuple[Status | str | None, str | None]] = {}
        for item in report.items:
            status_col = status_cols[item.table]
            if status_col is None:
                continue
            typed = item.status_value
            scale = tables[item.table].scale
            if scale:  # a scale's marked step (core/scale.py): its header says the status, the mark stays;
                # the other steps lose a look of an earlier run (the mark moved since)
                for col in scale:
                    # (a word typed under a step instead of a mark: the look of a status not read)
                    paint = (item.status or UNKNOWN_LOOK) if col == item.col else None
                    looks.append(Look(item.row, col, paint, None, None, sheets_of[item.table]))
                continue
            key = (item.status, typed if typed.__class__ is str else id(typed))
            look = seen.get(key)  # the same status and typed text: the same look (a lookup per item)
            if look is None:
                look = seen[key] = _look(item.status, typed)
            looks.append(Look(item.row, status_col, look[0], look[1], typed, sheets_of[item.table]))
    notes = _notes(report.issues, lang, layout.sheet) if check else []
    sheets = ([_summary_sheet(report, rollup)] if summarise else []) + (
        [_control_sheet(report)] if check else []
    )
    return Plan(data_sheet=layout.sheet, looks=looks, notes=notes, sheets=sheets, language=lang)


def _look(status: Status | None, typed: object) -> tuple[Status | str | None, str | None]:
    """The look of a status cell: the status to paint (None: none; ``UNKNOWN_LOOK`` for a value
    xlfollow cannot read) and the symbol to show beside the typed text (None when the text has
    it already)."""
    if isinstance(typed, CellFill | CellIcon | CellGlyph):
        return None, None  # the user's colour or icon is the status: it is never painted over
    if status is None:  # unreadable text: seen on the data sheet, as on Kontroll. A number, a date
        # or an error value keeps the user's look: a number format of ours would show a date as a number
        return (UNKNOWN_LOOK, UNKNOWN_SYMBOL) if isinstance(typed, str) and typed.strip() else (None, None)
    if status is Status.MISSING:
        return None, None
    assert status is not None
    return status, None if SYMBOL[status] in str(typed) else SYMBOL[status]


def _notes(issues: tuple[Issue, ...], lang: str, data_sheet: str) -> list[Note]:
    by_cell: dict[tuple[str, int, int], list[str]] = defaultdict(list)
    for issue in issues:
        if issue.code == "missing-column":
            continue
        by_cell[(issue.sheet, issue.row, issue.col)].append(
            f"{issue.severity.label(lang)}: {issue.message(lang)}"
        )
    prefix = NOTE_PREFIX
    return [
        Note(r, c, prefix + "\n".join(lines), None if sheet == data_sheet else sheet)
        for (sheet, r, c), lines in sorted(by_cell.items(), key=lambda kv: kv[0][1:])
    ]


def control_title(report: Report) -> str:
    names = report.layout.sheets()
    if len(names) == 1:
        return localised("control.title", report.language, sheet=names[0])
    return localised("control.title_many", report.language, n=len(names))


def status_text(status: Status, lang: str) -> str:
    return status_label(status, localised(f"status.{status.value}", lang))


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
    sheet.put(1, 1, control_title(report), "title")
    if report.issues:
        sheet.put(
            2,
            1,
            localised(
                "control.summary",
                lang,
                errors=counted(report.errors, "error", lang),
                warnings=counted(report.warnings, "warning", lang),
            ),
            "subtitle",
        )
    else:
        sheet.put(2, 1, localised("control.none", lang), "subtitle")
    headers = (
        "control.severity",
        "control.code",
        "control.sheet",
        "control.cell",
        "control.id",
        "control.message",
    )
    row = 4
    sheet.put(row, 1, localised("reading.title", lang), "heading")
    for line in reading_lines(report):
        row += 1
        sheet.put(row, 1, line, "note")
        sheet.merges.append((row, 1, row, 6))
    row += 2
    for col, key in enumerate(headers, start=1):
        sheet.put(row, col, localised(key, lang), "header")
    for number, issue in enumerate(report.issues, start=row + 1):
        put_issue(sheet, number, 1, issue, lang, link=True)
    sheet.widths = {1: 10, 2: 19, 3: 18, 4: 8, 5: 8, 6: 95}
    fit_heights(sheet)
    sheet.repeat_rows = (row, row)
    sheet.header = control_title(report)
    sheet.footer = localised("summary.footer", lang)
    return sheet


def shown_keys(rollup: RollUp) -> tuple[str, ...]:
    """The statuses the tables show: the five, and "unknown" when any status could not be read."""
    return KEYS if rollup.status.get(UNKNOWN, 0) else KEYS[:-1]


def key_text(key: str, lang: str) -> str:
    """ "● grön", "✕ okänt": the symbol and the word of a status key."""
    return (
        status_text(Status(key), lang)
        if key != UNKNOWN
        else f"{UNKNOWN_SYMBOL} {localised('status.unknown', lang)}"
    )


def legend(keys: tuple[str, ...], lang: str) -> str:
    extra = localised("summary.legend_unknown", lang) if UNKNOWN in keys else ""
    return localised("summary.legend", lang, unknown=extra)


def key_style(key: str) -> str:
    return f"status.{key}"


def summary_head(pager: Pager, title: str, line: str, last: int) -> None:
    pager.put_row([PageCell(1, title, "title", to=last)], size=16)
    pager.put_row([PageCell(1, line, "subtitle", to=last)], size=12)


def honesty_banner(pager: Pager, report: Report, last: int) -> None:
    """Words that survive printing: the numbers below rest on a workbook with errors."""
    for text in banner_texts(report):
        pager.put_row([PageCell(1, text, "banner", to=last)], size=12)


def banner_texts(report: Report) -> list[str]:
    """The summary's banners (errors; more than a tenth of the statuses unknown), wherever the
    counts are said: the summary sheet, the e-mail draft."""
    lang, texts = report.language, []
    if report.errors:
        texts.append(
            localised(
                "summary.banner", lang, errors=counted(report.errors, "error", lang), sheet=CONTROL_SHEET
            )
        )
    unknown = sum(1 for item in report.items if item.status is None)
    if report.items and unknown * 10 > len(report.items):  # more than a tenth: the counts say little
        texts.append(
            localised(
                "summary.unknown-banner",
                lang,
                unknown=counted_kind(unknown, report.layout.kind, lang),
                total=number_word(len(report.items), lang),
            )
        )
    return texts


def choice_lines(report: Report) -> list[str]:
    """Where xlfollow chose what to read, the summary says so (not only Kontroll): the period
    column of the status among others, the sheet of a period among its copies."""
    lang, lines = report.language, []
    layout = report.layout
    if layout.computed:
        lines.append(computed_line(layout, lang))
    if layout.by_fill:
        lines.append(by_fill_line(layout, lang))
    lines.extend(threshold_lines(report, lang))  # numbers read against the sheet's legend
    lines.extend(shown_lines(report, lang, icons=False))  # numbers coloured by the sheet's own rules
    lines.extend(answers_lines(layout, lang))  # "Ja" read as green under "Uppfyllt Ja/Nej"
    for table in report.layout.tables():
        if table.passed and "status" in table.columns:
            lines.append(
                localised(
                    "summary.chose-column",
                    lang,
                    header=table.header("status"),
                    others=quoted_list(table.passed, lang),
                )
            )
    for sheet, first in report.layout.repeats:
        lines.append(localised("summary.chose-sheet", lang, sheet=first, other=sheet))
    if report.inferred:
        meaning = {
            i.status_value.strip(): i.status
            for i in report.items
            if isinstance(i.status_value, str) and i.status is not None
        }
        for how in ("colour", "legend", "grade"):
            texts = [
                f"{quoted_list([text], lang)} ({localised(f'status.{meaning[text].value}', lang)})"
                for text, by in report.inferred
                if by == how and text in meaning
            ]
            if texts:
                lines.append(
                    localised(f"summary.by-{how}", lang, texts=", ".join(texts), sheet=CONTROL_SHEET)
                )
    return lines


def _summary_sheet(report: Report, rollup: RollUp) -> SheetPlan:
    lang = report.language
    layout = report.layout
    keys = shown_keys(rollup)
    last = len(keys) + 3  # name, the statuses, total, share green
    sheet = SheetPlan(SUMMARY_SHEET)
    pager = Pager(sheet, {1: 44, **{c: 10 for c in range(2, last + 1)}})
    title = report.title or REPORT_TITLES.get(layout.kind, REPORT_TITLES["framgangsfaktorer"])[lang == "en"]
    sheet_names = layout.sheets()
    items = counted_kind(rollup.items, layout.kind, lang)
    period = period_words(layout.period, lang)  # "30 april 2017", as the report says it
    if len(sheet_names) == 1:
        line = localised("summary.source", lang, sheet=layout.sheet, items=items)
    else:
        line = localised("summary.sources", lang, sheets=quoted_list(sheet_names, lang), items=items)
    if period:
        line = localised("summary.period", lang, period=period) + " · " + line
    summary_head(pager, title, line, last)
    honesty_banner(pager, report, last)
    for text in choice_lines(report):
        pager.put_row([PageCell(1, text, "cell", to=last)], size=12)
    pager.gap()
    if "status" not in layout.columns and not layout.computed:  # no sentence, no tables: what is wrong
        pager.put_row(
            [PageCell(1, localised("summary.no_status", lang, sheet=CONTROL_SHEET), "banner", to=last)]
        )
        return _finish(sheet, title, period, lang)
    pager.put_row(
        [PageCell(1, summary_sentence(layout.kind, rollup.status, lang), "sentence", to=last)], size=12
    )
    goals = None
    if any("target" in t.columns for t in layout.tables()):
        from xlfollow.core.targets import measured  # only books with targets need the parser

        goals = measured(report.items)
    if goals is not None:  # the report's sentence on its measurable goals
        text = target_sentence(layout.kind, goals.total, goals.not_met, goals.undecided, lang)
        pager.put_row([PageCell(1, text, "sentence", to=last)], size=12)
    pager.put_row([PageCell(1, legend(keys, lang), "note", to=last)], size=9)
    pager.gap()
    total_table(pager, rollup, keys, lang)
    for key, table in (
        ("summary.by_perspective", rollup.by_perspective),
        ("summary.by_goal", rollup.by_goal),
        ("summary.by_committee", rollup.by_committee),
    ):
        if not table:
            continue
        pager.gap()
        first, names = count_table(pager, localised(key, lang), table, keys, lang)
        if key == "summary.by_perspective":
            pager.gap()
            top = pager.block(20)
            sheet.chart = status_chart(
                first, names, rollup.by_perspective, keys, lang, (1, top, last, top + 19)
            )
    has_ids = "id" in layout.columns
    lists = [("summary.red_list", Status.RED.value), ("summary.missing_list", Status.MISSING.value)]
    if rollup.status.get(UNKNOWN, 0):
        lists.append(("summary.unknown_list", UNKNOWN))
    if report.change is not None:
        change_section(pager, report, keys, last, has_ids)
    arrows = trend_arrows(report)
    by_status: dict[str, list[Item]] = {}
    for item in report.items:
        by_status.setdefault(status_key(item.status), []).append(item)
    for heading, wanted in lists:
        listed = by_status.get(wanted, [])
        pager.gap()
        items = noun(layout.kind, lang)[2]
        said = localised(heading, lang, items=items, Items=capitalise(items))
        item_list(pager, report, said, listed, has_ids, last, arrows)
    return _finish(sheet, title, period, lang)


def _finish(sheet: SheetPlan, title: str, period: str | None, lang: str) -> SheetPlan:
    sheet.header = title + (f" – {period}" if period and period.casefold() not in title.casefold() else "")
    sheet.footer = localised("summary.footer", lang)
    return sheet


def total_table(pager: Pager, rollup: RollUp, keys: tuple[str, ...], lang: str) -> None:
    header = [
        PageCell(c, localised(k, lang), "header")
        for c, k in enumerate(("summary.status", "summary.count", "summary.share"), 1)
    ]
    pager.keep_together((len(keys) + 3) * 15.0)
    pager.put_row([PageCell(1, localised("summary.total", lang), "heading")], size=13)
    pager.table(header)
    pager.put_row(header)
    for key in keys:
        n = rollup.status[key]
        pager.put_row(
            [
                PageCell(1, key_text(key, lang), key_style(key)),
                PageCell(2, n, "count"),
                PageCell(3, share(n, rollup.items), "share"),
            ]
        )
    pager.put_row(
        [
            PageCell(1, localised("summary.total", lang), "total_label"),
            PageCell(2, rollup.items, "total"),
            PageCell(3, 1.0 if rollup.items else 0.0, "share"),
        ]
    )
    pager.table(None)


def count_table(
    pager: Pager, heading: str, table: dict[str, dict[str, int]], keys: tuple[str, ...], lang: str
) -> tuple[int, list[str]]:
    """A heading and a table of counts per name; returns the first data row and the names. A
    table that fits on a page is kept on one; a longer one repeats its heading row."""
    last = len(keys) + 3
    header = [PageCell(1, "", "header")]
    header += [PageCell(col, key_text(key, lang), "header") for col, key in enumerate(keys, start=2)]
    header += [
        PageCell(last - 1, localised("summary.total", lang), "header"),
        PageCell(last, localised("summary.green_share", lang), "header"),
    ]
    names = list(table)
    pager.keep_together((len(names) + 2) * 15.0)
    pager.put_row([PageCell(1, heading, "heading")], size=13)
    pager.table(header)
    pager.put_row(header)
    first = 0
    for name in names:
        counts = table[name]
        total = sum(counts.values())
        row = [PageCell(1, name, "cell")]
        row += [PageCell(col, counts[key], "count") for col, key in enumerate(keys, start=2)]
        row += [PageCell(last - 1, total, "total"), PageCell(last, share(counts["green"], total), "share")]
        number = pager.put_row(row)
        first = first or number
    pager.table(None)
    return first, names


def item_list(
    pager: Pager,
    report: Report,
    heading: str,
    listed: list[Item],
    has_ids: bool,
    last: int,
    before: dict[int, str] | None = None,
    linked: bool = True,
) -> None:
    """Items in full (wrapped, never clipped); comments shortened only at a word boundary, with
    "…"; the last column links to the item's row on the data sheet (a link in its own short
    cell: some readers do not wrap a cell that holds a link). ``before``: id(item) -> its status
    in the previous follow-up with a trend mark, in a column of its own; ``linked``: False for
    items that are not in this workbook (removed since the previous follow-up)."""
    lang = report.language
    layout = report.layout
    pager.keep_together(3 * 15.0)
    pager.put_row([PageCell(1, heading, "heading")], size=13)
    if not listed:
        pager.put_row([PageCell(1, localised("summary.none_listed", lang), "note", to=last)])
        return
    comment_col = 3 if has_ids else 2
    # measurable goals: their target and outcome beside them (a red goal says why it is red)
    measured = any("target" in t.columns or "outcome" in t.columns for t in layout.tables())
    value_col = comment_col
    if measured:
        comment_col += 2
    several = linked and len(layout.sheets()) > 1  # then a column says which data sheet the row is on
    comment_to = last - 3 if several else last - 1
    if before is not None:
        comment_to -= 1
    header = [PageCell(1, capitalise(noun(layout.kind, lang)[0]), "header")]  # "Framgångsfaktor", not "Post"
    if has_ids:
        header.append(PageCell(2, localised("summary.id", lang), "header"))
    if measured:
        header.append(PageCell(value_col, capitalise(localised("field.target", lang)), "header"))
        header.append(PageCell(value_col + 1, capitalise(localised("field.outcome", lang)), "header"))
    header.append(PageCell(comment_col, localised("summary.comment", lang), "header", to=comment_to))
    if before is not None:
        header.append(PageCell(comment_to + 1, localised("change.before", lang), "header"))
    if several:
        header.append(PageCell(last - 2, localised("summary.sheet", lang), "header", to=last - 1))
    if linked:
        header.append(PageCell(last, localised("summary.row", lang), "header"))
    pager.table(header)
    pager.put_row(header)
    tables = layout.tables()
    for item in listed[:LIST_LIMIT]:
        row = [PageCell(1, item.text, "cell")]
        if has_ids:
            row.append(PageCell(2, item.id, "cell"))
        if measured:
            row.append(PageCell(value_col, shown(item.target), "cell"))
            row.append(PageCell(value_col + 1, shown(item.outcome), "cell"))
        row.append(
            PageCell(comment_col, clip_words(item.comment or "", COMMENT_LIMIT), "cell", to=comment_to)
        )
        if before is not None:
            row.append(PageCell(comment_to + 1, before.get(id(item), ""), "cell"))
        if linked:
            table = tables[item.table]
            if several:
                row.append(PageCell(last - 2, table.sheet, "cell", to=last - 1))
            link = sheet_cell(table.sheet, item.row, table.column("item") or 1)
            row.append(PageCell(last, item.row, "link", link=link))
        pager.put_row(row)
    pager.table(None)
    if len(listed) > LIST_LIMIT:
        if several or not linked:
            more = localised("summary.more_many", lang, n=len(listed) - LIST_LIMIT)
        else:
            more = localised("summary.more", lang, n=len(listed) - LIST_LIMIT, sheet=layout.sheet)
        pager.put_row([PageCell(1, more, "note", to=last)])


def trend_arrows(report: Report) -> dict[int, str] | None:
    """id(item) -> the mark and the status it had in the previous follow-up ("↘ ◆ gul"), or "ny"."""
    change = report.change
    if change is None:
        return None
    lang = report.language
    arrows = {id(item): localised("change.new", lang) for item in change.new}
    for pair in change.pairs:
        was = key_text(status_key(pair.old.status), lang)
        arrows[id(pair.new)] = f"{pair.trend_arrow} {was}"
    return arrows


def change_section(pager: Pager, report: Report, keys: tuple[str, ...], last: int, has_ids: bool) -> None:
    """What has changed since the previous follow-up: the sentence, a table of moves (before ->
    now), the items that got worse, the new ones and the removed ones."""
    change = report.change
    assert change is not None
    lang = report.language
    pager.gap()
    pager.keep_together(4 * 15.0)
    pager.put_row(
        [
            PageCell(
                1, localised("change.heading", lang, previous=change.period or change.previous), "heading"
            )
        ],
        size=13,
    )
    sentence = change.sentence(report.layout.kind, lang)
    pager.put_row([PageCell(1, sentence, "sentence", to=last)], size=12)
    pager.put_row([PageCell(1, localised("change.legend", lang), "note", to=last)], size=9)
    moves = change.moves()
    if moves:
        header = [PageCell(1, localised("change.from_to", lang), "header")]
        header += [PageCell(col, key_text(key, lang), "header") for col, key in enumerate(keys, start=2)]
        header.append(PageCell(last - 1, localised("summary.total", lang), "header"))
        pager.keep_together((len(moves) + 2) * 15.0)
        pager.table(header)
        pager.put_row(header)
        for key in (k for k in KEYS if k in moves):
            row = [PageCell(1, key_text(key, lang), key_style(key) if key != UNKNOWN else "cell")]
            row += [PageCell(col, moves[key].get(to, 0), "count") for col, to in enumerate(keys, start=2)]
            row.append(PageCell(last - 1, sum(moves[key].values()), "total"))
            pager.put_row(row)
        pager.table(None)
    arrows = trend_arrows(report) or {}
    pager.gap()
    item_list(
        pager,
        report,
        localised("change.worse_list", lang),
        [p.new for p in change.worse],
        has_ids,
        last,
        arrows,
    )
    if change.new:
        pager.gap()
        item_list(pager, report, localised("change.new_list", lang), list(change.new), has_ids, last)
    if change.removed:
        pager.gap()
        was = {id(item): key_text(status_key(item.status), lang) for item in change.removed}
        item_list(
            pager,
            report,
            localised("change.removed_list", lang),
            list(change.removed),
            has_ids,
            last,
            was,
            linked=False,
        )


COMMENT_LIMIT = 400  # characters of a comment in the lists; the whole comment is a click away


def clip_words(text: str, limit: int) -> str:
    """``text`` shortened at a word boundary to at most ``limit`` characters, with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    cut = cut if cut > limit // 2 else limit - 1
    return text[:cut].rstrip(" ,;:.–-") + " …"


def status_chart(
    first: int,
    names: list[str],
    table: dict[str, dict[str, int]],
    keys: tuple[str, ...],
    lang: str,
    anchor: tuple[int, int, int, int],
) -> Chart:
    """A stacked bar chart whose series differ in lightness (greyscale and colour-blind views),
    with the counts in the bars, words in the legend and a description that states them."""
    last = first + len(names) - 1
    series = []
    for col, key in enumerate(keys, start=2):
        values = tuple(float(table[n][key]) for n in names)
        colour = CHART_COLOURS[key]
        series.append(
            Series(
                (first - 1, col), key_text(key, lang), first, last, col, values, colour, label_colour(colour)
            )
        )
    described = "; ".join(
        f"{name}: "
        + ", ".join(f"{table[name][k]} {localised(f'status.{k}', lang)}" for k in keys if table[name][k])
        for name in names
    )
    description = localised("summary.chart_description", lang, counts=described)
    return Chart(
        localised("summary.chart_title", lang),
        1,
        first,
        last,
        tuple(names),
        tuple(series),
        anchor,
        description,
    )


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
        height = text_height(cell.value, spans.get((cell.row, cell.col), sheet.widths.get(cell.col, 8.43)))
        if height is not None:
            sheet.heights[cell.row] = max(sheet.heights.get(cell.row, 0.0), height)


def text_height(text: str, width: float) -> float | None:
    """The height (points) that shows ``text`` whole, wrapped in a column ``width`` characters
    wide, when it takes more than one line; else None."""
    per_line = max(int(width * 1.1), 1)
    if len(text) <= per_line and "\n" not in text:
        return None
    lines = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
    return min(lines * LINE_HEIGHT, 409.0) if lines > 1 else None
