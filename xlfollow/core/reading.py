"""How the workbook was read, in words a user can check and correct in one place (issue 8): the
data sheet, the header row, the column of each field, the period, and each distinct status text
or colour with how many cells hold it, what it was read as, and the settings line that would
change it. `check` prints it; Kontroll shows it at the top."""

from __future__ import annotations

from collections import Counter

from xlfollow.core.a1 import col_letter
from xlfollow.core.models import Layout, Report
from xlfollow.core.settings import FIELDS, MIXED_KIND
from xlfollow.core.status import Status, Vocabulary, higher_is_better
from xlfollow.core.texts import counted, decimal_text, localised, quoted_list, shortened
from xlfollow.core.texts import shown as shown_value
from xlfollow.core.values import CellError, CellFill, CellIcon, CellRuled

MAX_STATUS_LINES = 30


def _shown(value: object) -> str:
    if isinstance(value, CellFill):
        return localised("reading.colour", "sv", colour=value.colour)
    return shortened(value, 40)


def _columns_line(layout: Layout, lang: str) -> str:
    columns = []
    for field in FIELDS:
        col = layout.columns.get(field)
        if field == "status" and layout.scale:  # a mark under a step of a scale (core/scale.py)
            steps = [
                localised("reading.column", lang, field="", col=col_letter(c), header=layout.step(c)).strip()
                for c in layout.scale
            ]
            columns.append(
                localised(
                    "reading.column-scale",
                    lang,
                    field=localised(f"field.{field}", lang),
                    steps=", ".join(steps),
                )
            )
        elif col is not None:
            header = layout.header_of(col)
            columns.append(
                localised(
                    "reading.column" if header else "reading.column-unheaded",
                    lang,
                    field=localised(f"field.{field}", lang),
                    col=col_letter(col),
                    header=header,
                )
            )
    return localised("reading.columns", lang, columns="; ".join(columns))


def threshold_lines(report: Report, lang: str) -> list[str]:
    """One line per sheet whose statuses are numbers read against its legend's thresholds."""
    lines = []
    for sheet, bands in report.thresholds:
        higher = higher_is_better(dict(bands))
        said = []
        for status, at in bands:
            number = decimal_text(f"{at.bound:g}", lang) + (" %" if at.percent else "")
            word = ("above" if higher else "below") if at.strict else ("from" if higher else "to")
            said.append(
                localised(
                    f"reading.threshold-{word}",
                    lang,
                    status=localised(f"status.{status.value}", lang),
                    value=number,
                )
            )
        lines.append(localised("reading.thresholds", lang, sheet=sheet, bands=", ".join(said)))
    return lines


def shown_lines(report: Report, lang: str, icons: bool = True) -> list[str]:
    """A line for numbers whose status is the colour a conditional format gives them, and (with
    ``icons``) one for numbers shown as icons: each status with its count (and the rules that give
    it)."""
    ruled: dict[Status | None, list[CellRuled]] = {}
    iconed: Counter[Status | None] = Counter()
    for item in report.items:
        value = item.status_value
        if isinstance(value, CellRuled):
            ruled.setdefault(item.status, []).append(value)
        elif isinstance(value, CellIcon):
            iconed[item.status] += 1
    lines = []
    if ruled:
        said = []
        for status, cells in ruled.items():
            rules = ", ".join(dict.fromkeys(decimal_text(cell.rule, lang) for cell in cells if cell.rule))
            rules = f" ({rules})" if rules else ""  # desktop Excel shows the colour, not the rule
            said.append(
                localised(
                    "reading.ruled-status",
                    lang,
                    status=localised(f"status.{status.value if status else 'unknown'}", lang),
                    rules=rules,
                    count=counted(len(cells), "cell", lang),
                )
            )
        lines.append(localised("reading.ruled", lang, statuses="; ".join(said)))
    if iconed and icons:
        said = [
            localised(
                "reading.iconed-status",
                lang,
                status=localised(f"status.{status.value if status else 'unknown'}", lang),
                count=counted(n, "cell", lang),
            )
            for status, n in iconed.most_common()
        ]
        lines.append(localised("reading.iconed", lang, statuses="; ".join(said)))
    return lines


def table_line(table: Layout, n: int, lang: str) -> str:
    """ "Tabell 2: bladet ”Mål”, rubriker på rad 9." (a table without a header: from its first row)."""
    end = localised("reading.table_end", lang, row=table.last_row) if table.last_row else ""
    if not table.headers:
        return localised(
            "reading.table-headerless", lang, n=n, sheet=table.sheet, row=table.header_row + 1, end=end
        )
    return localised("reading.table", lang, n=n, sheet=table.sheet, row=_header_rows(table), end=end)


def _header_rows(layout: Layout) -> str:
    """The header's row, or rows ("20–21": a group label above the sub-columns)."""
    if layout.header_span == 2:
        return f"{layout.header_row - 1}–{layout.header_row}"
    return str(layout.header_row)


def blocks_line(table: Layout, lang: str) -> str:
    """How a sheet of blocks of labels and values was read (core/forms.py)."""
    key = {
        "below": "reading.sheet-blocks-below",
        "cell": "reading.sheet-blocks-cell",
        "lead": "reading.sheet-blocks-lead",
    }.get(table.form_at, "reading.sheet-blocks-scale" if table.scale else "reading.sheet-blocks")
    return localised(
        key,
        lang,
        sheet=table.sheet,
        labels_col=col_letter(table.columns["item"]),
        col=col_letter(table.columns["status"]),
        labels=quoted_list(list(table.form), lang),
        steps=", ".join(f"{col_letter(c)} {quoted_list([table.step(c)], lang)}" for c in table.scale),
    )


def _table_lines(layout: Layout, lang: str) -> list[str]:
    tables = layout.tables()
    if layout.form:
        return [blocks_line(table, lang) for table in tables]
    if len(tables) == 1:
        if not layout.headers:  # no header row: the columns were read from their values, or the settings
            key = "reading.sheet-headerless"
            if layout.given and set(layout.columns) <= set(layout.given):
                key = "reading.sheet-headerless-given"  # next-period wrote them (rounds.next_round_plan)
            said = localised(key, lang, sheet=layout.sheet, row=layout.header_row + 1)
        else:
            said = localised("reading.sheet", lang, sheet=layout.sheet, row=_header_rows(layout))
        return [said, _columns_line(layout, lang)]
    lines = []
    for n, table in enumerate(tables, start=1):
        lines.append(table_line(table, n, lang))
        lines.append(_columns_line(table, lang))
        if table.title and "perspective" not in table.columns:
            lines.append(localised("reading.table_title", lang, title=table.title))
        if table.group and (
            n == 1 or table.group != tables[n - 2].group or table.sheet != tables[n - 2].sheet
        ):
            lines.append(
                localised("reading.group", lang, field=localised(f"field.{table.group}", lang).lower())
            )
    kinds = list(dict.fromkeys(t.kind for t in tables))
    if layout.kind == MIXED_KIND and len(kinds) > 1:
        lines.append(localised("reading.mixed", lang, kinds=", ".join(kinds)))
    return lines


def answers_lines(layout: Layout, lang: str) -> list[str]:
    """A line per table whose status cells answer their header's question ("Uppfyllt Ja/Nej")."""
    return [
        localised("reading.answers", lang, header=" ".join(table.header("status").split()))
        for table in layout.tables()
        if table.answers
    ]


def computed_line(layout: Layout, lang: str) -> str:
    """The status is computed from target and outcome: said wherever the counts are (Kontroll, the
    summary, the command line, the Word report, the e-mail draft)."""
    return localised(
        "summary.computed", lang, target=layout.header("target"), outcome=layout.header("outcome")
    )


MAX_LISTED = 12  # rows named in one reading line


def _assumed_lines(report: Report, lang: str) -> list[str]:
    """The computed statuses whose direction no text says ("42" under "Mål", an indicator without
    "minska" or "öka"): read as at least, or at most for what is better low; named by their rows."""
    from xlfollow.core.targets import parse_target  # only computed tables need the parser

    tables = report.layout.tables()
    by_sheet: dict[str, list[int]] = {}  # one computed table per sheet (Stavanger 2018: per chapter)
    for item in report.items:
        if (
            item.status in (Status.GREEN, Status.RED)
            and (target := parse_target(item.target, f"{item.text} {item.measure or ''}")) is not None
            and target.assumed
        ):
            by_sheet.setdefault(tables[item.table].sheet, []).append(item.row)
    if not by_sheet:
        return []
    parts = []
    for sheet, rows in by_sheet.items():
        shown = ", ".join(str(r) for r in rows[:MAX_LISTED]) + (
            f" (+{len(rows) - MAX_LISTED})" if len(rows) > MAX_LISTED else ""
        )
        # the rows alone where the workbook has one data sheet (the reading names it above them)
        one = len(report.layout.sheets()) == 1
        parts.append(shown if one else localised("reading.rows-on-sheet", lang, rows=shown, sheet=sheet))
    return [localised("reading.assumed-direction", lang, rows=localised("reading.and-row", lang).join(parts))]


def by_fill_line(layout: Layout, lang: str) -> str:
    """The status is the colour of the cells (no status in words): said wherever the counts are."""
    col = layout.column("status") or 0
    return localised("summary.by-fill", lang, header=layout.header("status") or col_letter(col))


def reading_lines(report: Report) -> list[str]:
    lang = report.language
    layout = report.layout
    lines = _table_lines(layout, lang)
    for sheet, first in layout.repeats:
        lines.append(localised("reading.repeats", lang, sheet=sheet, first=first))
    for sheet in layout.unread_blocks:
        lines.append(localised("reading.unread-blocks", lang, sheet=sheet, first=layout.sheet))
    change = report.change
    if change is not None:
        lines.append(
            localised(
                "change.matched",
                lang,
                previous=change.previous,
                pairs=len(change.pairs),
                new=len(change.new),
                removed=len(change.removed),
            )
        )
        for pair in change.uncertain[:MAX_STATUS_LINES]:
            lines.append(
                localised(
                    "change.uncertain",
                    lang,
                    old=_shown(pair.old.text),
                    new=_shown(pair.new.text),
                    similarity=round(pair.similarity * 100),
                )
            )
    if layout.period:
        lines.append(localised("reading.period", lang, period=layout.period))
    if layout.computed:
        lines.append(computed_line(layout, lang))
        lines.extend(_assumed_lines(report, lang))
    if layout.by_fill:
        lines.append(by_fill_line(layout, lang))
    lines.extend(answers_lines(layout, lang))
    for message, listed in (
        ("reading.look-headings", report.look_headings),
        ("reading.prose", report.prose),
        ("reading.commentary", report.commentary),
        ("reading.labelled", report.labelled),
        ("reading.other-table", report.other_tables),
    ):
        if listed:
            rows = [str(row) for _, row in listed[:MAX_LISTED]]
            more = len(listed) - len(rows)
            lines.append(localised(message, lang, rows=", ".join(rows) + (f" (+{more})" if more > 0 else "")))
    lines.extend(threshold_lines(report, lang))
    if not any(t.column("status") for t in layout.tables()):
        return lines
    lines.extend(shown_lines(report, lang))
    # each text with the status it was read as: one table's "Y" (yes, green) is not another's (yellow)
    values = Counter(
        (item.status_value, item.status)
        for item in report.items
        if not isinstance(item.status_value, CellIcon)
    )
    typed: Counter[tuple[str, str, str]] = Counter()
    number_of: dict[tuple[str, str, str], float] = {}
    ambiguous: dict[str, tuple[Status, Status]] = {}
    missing = 0
    for (value, said), n in values.items():  # each distinct value once: fast on 100,000 rows
        if value is None:
            missing += n
            continue
        kind = (
            "colour"
            if isinstance(value, CellFill)
            else "error"
            if isinstance(value, CellError)
            else "bool"
            if isinstance(value, bool)
            else "number"
            if isinstance(value, int | float)
            else "text"
        )
        key = (
            kind,
            value.colour
            if isinstance(value, CellFill)
            else shown_value(value)  # 410 and 2,5 as the issues quote them, not 410.0
            if kind == "number"
            else _shown(value),
            said.value if said is not None else "unknown",
        )
        if kind == "number":
            number_of[key] = float(value)
        typed[key] += n
        double = Vocabulary.ambiguous(value, lang)
        if double is not None and said is double[0] and kind == "text":
            ambiguous[_shown(value)] = double
    read_by = {_shown(text): how for text, how in report.inferred}
    numbers_told = False
    for (kind, shown, status), n in typed.most_common(MAX_STATUS_LINES):
        word = localised(f"status.{status}", lang)
        label = localised("reading.colour", lang, colour=shown) if kind == "colour" else f"”{shown}”"
        if status == "unknown" and kind == "bool":  # a checkbox's SANT/FALSKT: no word to teach
            hint = localised("reading.hint-bool", lang)
        elif status == "unknown" and kind == "number":  # a number: thresholds, said once
            written = format(number_of[(kind, shown, status)], ".15g")  # as a status. line is typed: 2.5
            hint = "" if numbers_told else localised("reading.hint-number", lang, value=written)
            numbers_told = True
        elif status == "unknown" and shown.endswith("…"):  # cut short: no line to copy; learn writes it
            hint = localised("reading.hint-learn", lang)
        elif status == "unknown":
            prefix = "colour" if kind == "colour" else "status"
            hint = localised(
                "reading.hint", lang, line=f"{prefix}.{shown} = {localised('status.green', lang)}"
            )
        elif kind == "text" and shown in read_by:
            hint = localised(f"reading.by-{read_by[shown]}", lang, line=f"status.{shown} = {word}")
        else:
            hint = ""
        lines.append(
            localised(
                "reading.status", lang, text=label, count=counted(n, "cell", lang), status=word, hint=hint
            )
        )
    for shown, (here, there) in ambiguous.items():
        lines.append(
            localised(
                "reading.ambiguous",
                lang,
                text=shown,
                status=localised(f"status.{here.value}", lang),
                other=localised(f"status.{there.value}", lang),
                line=f"status.{shown} = {localised(f'status.{there.value}', lang)}",
            )
        )
    if len(typed) > MAX_STATUS_LINES:
        lines.append(localised("reading.more", lang, n=len(typed) - MAX_STATUS_LINES))
    if missing:
        lines.append(localised("reading.blank", lang, count=counted(missing, "cell", lang)))
    return lines
