"""Learn once, confirm once (issue 19): how xlfollow read a workbook, written into its settings
sheet ``xlfollow`` as lines to check and correct in Excel. Pure: from the report and the settings
sheet's rows to a plan that either writer applies (values on the user's settings sheet, or a new
settings sheet where there is none); nothing on the data sheets changes.

The lines are settings lines (key in column A, value in B), so the next run reads exactly what they
say, ``send`` carries them into each unit's workbook and ``next-period`` keeps them:
- the data sheet, its header row and each field's column, when the workbook has one table (several
  tables are said in comment lines: one header row cannot pin them);
- of several period columns, the period (not the column: next-period moves the period on, and the
  status column with it);
- every distinct status text, colour and number the status column holds, with its count, the
  meaning proposed, the evidence ("the sheet's legend", "a word xlfollow knows") and, in column B,
  a dropdown of the meanings; the lines xlfollow was unsure of say "Kontrollera", and a text it
  could not read has no meaning yet (the user chooses one).

The lines are a block that starts with a comment line of its own (:func:`block_mark`): learning again
replaces the block and keeps every line above it. A key the user set above the block is shown in
the block commented out ("# status.X"), with the row to change it on: one line rules each key."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from xlfollow.core.a1 import col_letter
from xlfollow.core.layout import header_or_letter, match_header, period_columns
from xlfollow.core.models import Layout, Report
from xlfollow.core.plan import text_height
from xlfollow.core.plan_types import CellValue, Plan, SheetPlan, Validation
from xlfollow.core.settings import (
    FIELDS,
    SETTINGS_SHEET,
    Settings,
    learnt_block,
    setting_rows,
    threshold_value,
    unqualified,
)
from xlfollow.core.status import UNKNOWN_LABELS, Status, Vocabulary, normalise
from xlfollow.core.texts import LANGUAGES, MESSAGES, decimal_text, localised, shortened
from xlfollow.core.values import BookValues, CellError, CellFill, CellGlyph, CellIcon, CellRuled

MEANINGS = (Status.GREEN, Status.YELLOW, Status.RED, Status.NOT_APPLICABLE, Status.MISSING)
MAX_STATUS_LINES = 200  # distinct status texts written as lines; the rest said in one line
MAX_NUMBERS = 12  # more distinct numbers than this are a measure, not a status scale
WIDTH = 5  # the block's columns: key, value, count, evidence, check
CHOICES_COL = 7  # G: the meanings the dropdown offers, listed beside the block
WIDTHS = {1: 34, 2: 16, 3: 12, 4: 70, 5: 13, CHOICES_COL: 16}  # a new settings sheet's columns


@dataclass(frozen=True)
class Line:
    """One line of the block: ``key`` (a settings key, or "# …": said, not set), ``value`` (the
    meaning proposed; "" where xlfollow could not tell), how many cells it stands for, why."""

    key: str
    value: Any
    count: int | None = None
    evidence: str = ""
    unsure: bool = False
    choose: bool = False  # the value is a meaning: the cell gets the dropdown of meanings


@dataclass(frozen=True)
class Learned:
    lines: tuple[Line, ...]
    first_row: int  # where the block starts on the settings sheet
    new_sheet: bool  # the workbook had no settings sheet
    hidden: bool = False  # the settings sheet is hidden (said: the user shows it to correct it)
    unread: bool = False  # the workbook could not be read: the lines say what to fill in

    @property
    def unsure(self) -> int:
        return sum(1 for line in self.lines if line.unsure)

    @property
    def statuses(self) -> int:
        return sum(1 for line in self.lines if line.choose)


def block_mark(lang: str) -> str:
    return "# " + localised("learn.mark", lang, title=localised("learn.mark-title", lang))


def _word(status: Status | None, lang: str) -> str:
    return localised(f"status.{status.value}", lang) if status is not None else ""


def _column_lines(
    layout: Layout, lang: str, found: Layout | None = None, settings: Settings | None = None
) -> list[Line]:
    """``found``: the layout read without the block (None: none could be read); a column the
    settings name that it does not have is the user's (they filled it in)."""
    named = set(settings.columns) if settings is not None else set()
    same = found is not None and (found.sheet, found.header_row) == (layout.sheet, layout.header_row)
    sheet_why, row_why = ("learn.why-sheet", "learn.why-header") if same else ("learn.why-own",) * 2
    lines = [
        Line("sheet", layout.sheet, None, localised(sheet_why, lang)),
        Line("header_row", layout.header_row, None, localised(row_why, lang)),
    ]
    for field in FIELDS:
        col = layout.column(field)
        if col is None:
            continue
        header = layout.header_of(col)
        if field == "status" and layout.passed:
            # a choice among period columns: the period is the setting (next-period moves it on)
            key = "period" if layout.period else f"# column.{field}"
            value = layout.period or col_letter(col)
            why = localised("learn.why-period", lang, header=header, passed=", ".join(layout.passed))
            lines.append(Line(key, value, None, why, unsure=True))
            continue
        others = [c for _, c in period_columns(layout.headers, field) if c != col]
        if others:  # "Utfall april", "Utfall augusti": the period's column, as for the status
            passed = ", ".join(layout.header_of(c) for c in others)
            why = localised("learn.why-period-column", lang, header=header, passed=passed)
            lines.append(Line(f"# column.{field}", col_letter(col), None, why))
            continue
        value = header_or_letter(layout, col)  # a column inserted later moves no field
        if field in named and (found is None or found.column(field) != col):
            lines.append(Line(f"column.{field}", value, None, localised("learn.why-own", lang)))
            continue
        if field == "status" and layout.scale:  # a mark under a step of a scale (core/scale.py)
            steps = ", ".join(f"{layout.step(c)} ({col_letter(c)})" for c in layout.scale)
            lines.append(
                Line(f"column.{field}", value, None, localised("learn.why-scale", lang, steps=steps))
            )
            continue
        by_header = match_header(header) == field
        said = "learn.why-values" if header else "learn.why-unheaded"  # by the values: under what header
        why = localised("learn.why-header-text" if by_header else said, lang, header=header)
        lines.append(Line(f"column.{field}", value, None, why, unsure=not by_header))
    return lines


def _status_key(value: Any) -> str | None:
    """The settings key that gives ``value`` a meaning, or None (an icon, an error, a date)."""
    if isinstance(value, CellFill):
        return f"colour.{value.colour}"
    if isinstance(value, CellIcon | CellGlyph | CellError | bool):
        return None
    if isinstance(value, int | float):  # as the settings read a number back ("status.2.5")
        return f"status.{int(value) if float(value).is_integer() else value}"
    if isinstance(value, str) and value.strip() and normalise(value) not in _OWN_UNKNOWN:
        return f"status.{' '.join(value.split())}"
    return None  # xlfollow's own "✕ okänt": a unit's status it could not read, never given a meaning


_OWN_UNKNOWN = {normalise(label) for label in UNKNOWN_LABELS}


def _status_lines(report: Report, base: Report, base_settings: Settings, lang: str) -> list[Line]:
    """A line per distinct status value: its meaning as ``report`` reads it (what the next run
    reads), its evidence as ``base`` reads it (without the block written before: a meaning the
    user chose in the block is theirs; one left as proposed keeps its evidence and its mark)."""
    # a table that answers yes or no reads its "Y" by itself: no line (a workbook-wide "status.Y"
    # would make another table's RAG yellow green, or its answers yellow)
    tables = report.layout.tables()
    answering = {i for i, table in enumerate(tables) if table.answers}
    answered = {str(i.status_value).strip().casefold() for i in report.items if i.table in answering}
    # nor for a text a sheet's own line gives its meaning there ("Webb!status.Y = grön"): the
    # workbook's line would count those cells with another meaning than they are read with
    sheets_own = {
        name: {normalise(k) for k in own.get("statuses", {})} for name, own in base_settings.sheets.items()
    }
    # nor for a status cell of sentences read by its first or last one ("Genomförd. Aktiviteten är
    # …"): no word to carry, and a line would name the whole paragraph
    settled = base_settings.vocabulary()
    read = [  # (nor for the same text in another table: the line would hold for the answers too)
        i
        for i in report.items
        if not settled.explained(i.status_value)
        and i.table not in answering
        and str(i.status_value).strip().casefold() not in answered
        and normalise(str(i.status_value)) not in sheets_own.get(tables[i.table].sheet, ())
    ]
    counts = Counter(item.status_value for item in read if item.status_value is not None)
    status_of = {item.status_value: item.status for item in read}
    proposed = {item.status_value: item.status for item in base.items}
    by = dict(base.inferred)
    builtin = Vocabulary(language=lang)
    # a meaning is the user's own where their settings give a text another meaning than xlfollow's
    own = {normalise(k) for k, v in base_settings.statuses.items() if builtin.classify(k) is not v}
    numbers = [v for v in counts if isinstance(v, int | float) and not isinstance(v, bool)]
    lines: list[Line] = _shown_lines(counts, status_of, lang)
    counts = Counter({v: n for v, n in counts.items() if not isinstance(v, CellIcon)})
    if numbers and base.thresholds and not base_settings.thresholds:
        # the numbers were read against the legend's thresholds: those are the lines to confirm,
        # where every sheet's legend gives the same (else each sheet's legend is read again)
        if len({bands for _, bands in base.thresholds}) == 1:
            sheet, bands = base.thresholds[0]
            why = localised("learn.why-threshold-legend", lang, sheet=sheet)
            for banded, at in bands:
                said = threshold_value(at, dict(bands))
                value = f"{said:g}" if isinstance(said, float) else str(said)
                n = sum(counts[v] for v in numbers if status_of.get(v) is banded)
                lines.append(Line(f"threshold.{banded.value}", value, n, why, unsure=True))
        else:
            sheets = ", ".join(sheet for sheet, _ in base.thresholds)
            why = localised("learn.why-threshold-legends", lang, sheets=sheets)
            lines.append(Line("# threshold.green", "", sum(counts[n] for n in numbers), why, unsure=True))
        counts = Counter({v: n for v, n in counts.items() if v not in set(numbers)})
    elif len(numbers) > MAX_NUMBERS or (numbers and base_settings.thresholds):
        why = localised("learn.why-numbers", lang, n=len(numbers))
        lines.append(Line("# threshold.green", "", sum(counts[n] for n in numbers), why, unsure=True))
        counts = Counter({v: n for v, n in counts.items() if v not in set(numbers)})
    # folded key -> (the key as first written, a value of it, cells): "Grön" and "grön " are one
    merged: dict[str, tuple[str, Any, int]] = {}
    for value, n in counts.most_common():
        key = _status_key(value)
        if key is None:
            said = shortened(value, 40)
            status = status_of.get(value)
            word = _word(status, lang) or localised("status.unknown", lang)
            why = localised("learn.why-not-settable", lang, value=said, status=word)
            lines.append(Line(f"# {said}", _word(status, lang), n, why, unsure=status is None))
            continue
        first_key, first, total = merged.get(key.casefold(), (key, value, 0))
        merged[key.casefold()] = (first_key, first, total + n)
    for key, value, n in list(merged.values())[:MAX_STATUS_LINES]:
        status = status_of.get(value)
        why, unsure = _evidence(
            value, status, proposed.get(value, status), by, own, base_settings, builtin, lang
        )
        lines.append(Line(key, _word(status, lang), n, why, unsure=unsure, choose=True))
    more = len(merged) - MAX_STATUS_LINES
    if more > 0:
        lines.append(Line("#", localised("learn.more", lang, n=more), None, "", unsure=True))
    return lines


def _shown_lines(counts: Counter[Any], status_of: Mapping[Any, Status | None], lang: str) -> list[Line]:
    """One line per status for the numbers the sheet's own conditional formatting colours or shows
    as icons (a line per number would be hundreds): said, not set; the rule in Excel decides."""
    grouped: dict[tuple[bool, Status | None], tuple[int, dict[str, None]]] = {}
    for value, n in counts.items():
        if isinstance(value, CellIcon):
            key = (isinstance(value, CellRuled), status_of.get(value))
            total, rules = grouped.get(key, (0, {}))
            if isinstance(value, CellRuled) and value.rule:
                rules[decimal_text(value.rule, lang)] = None
            grouped[key] = (total + n, rules)
    lines = []
    for (ruled, status), (n, rules) in grouped.items():
        word = _word(status, lang) or localised("status.unknown", lang)
        kind = "ruled" if ruled else "iconed"
        said = f" ({', '.join(rules)})" if rules else ""
        why = localised(f"learn.why-{kind}", lang, status=word, rules=said)
        lines.append(Line(f"# {localised(f'learn.{kind}', lang)}", word, n, why, unsure=status is None))
    return lines


def _evidence(
    value: Any,
    status: Status | None,
    proposed: Status | None,
    by: Mapping[str, str],
    own: set[str],
    settings: Settings,
    builtin: Vocabulary,
    lang: str,
) -> tuple[str, bool]:
    """Why a status value has its meaning, and whether xlfollow is unsure of it (``builtin``: the
    vocabulary without the settings, in the workbook's language ``lang``)."""
    if status is not proposed:  # chosen in the block written before
        return localised("learn.why-own", lang), False
    if isinstance(value, CellFill) and status is None:  # a colour xlfollow cannot read
        return localised("learn.why-unknown", lang), True
    if isinstance(value, CellFill):
        unset = builtin.classify(CellFill(value.colour, value.builtin))
        mine = value.colour.upper() in settings.colours and unset is not status
        return localised("learn.why-own" if mine else "learn.why-fill", lang), not mine
    text = value.strip() if isinstance(value, str) else None
    if text is not None and normalise(text) in own:
        return localised("learn.why-own", lang), False
    if text is not None and by.get(text) in ("legend", "colour", "grade"):
        return localised(f"learn.why-{by[text]}", lang), True
    if status is None:
        return localised("learn.why-unknown", lang), True
    if text is not None and Vocabulary.ambiguous(text, lang) is not None:
        return localised("learn.why-ambiguous", lang), True
    return localised("learn.why-known", lang), False


def learned_lines(
    report: Report, settings: Settings, base: Report | None = None, base_settings: Settings | None = None
) -> list[Line]:
    """How ``report`` was read, as lines (see the module's docstring); ``base``: the same workbook
    read without the block written before, with ``base_settings`` (where the evidence comes from;
    None: it cannot be read without the block, whose lines the user filled in)."""
    lang = report.language
    layout = report.layout
    tables = layout.tables()
    lines: list[Line] = []
    if layout.form:  # blocks of labels and values: found by their labels, nothing to pin
        from xlfollow.core.reading import blocks_line

        lines += [
            Line(
                "#",
                blocks_line(t, lang),
                None,
                localised(f"learn.why-{'lead' if t.form_at == 'lead' else 'blocks'}", lang),
            )
            for t in tables
        ]
    elif len(tables) == 1:
        columns = _column_lines(layout, lang, base.layout if base is not None else None, settings)
        if layout.computed and not {"target", "outcome"} <= set(settings.columns):
            # a computed status is found from the headers alone: said, not pinned (where the user's
            # column.target and column.outcome make it computed, they are pinned as written)
            columns = [Line(f"# {line.key}", line.value, None, line.evidence) for line in columns]
        lines += columns
        if layout.by_fill:  # the status is the colour of the cells: read so again, and checked
            lines.append(Line("status_by", "fill", None, localised("learn.why-by-fill", lang), True))
    elif len(layout.sheets()) == len(tables) and not layout.computed:
        # one table per sheet: each sheet's reading on lines of its own (BUN!header_row, BUN!column.status)
        found = {t.sheet: t for t in base.layout.tables()} if base is not None else {}
        for table in tables:
            for line in _column_lines(table, lang, found.get(table.sheet), settings.for_sheet(table.sheet)):
                if line.key != "sheet":
                    comment, key = line.key.startswith("# "), line.key.removeprefix("# ")
                    lines.append(replace(line, key=f"{'# ' if comment else ''}{table.sheet}!{key}"))
    else:
        if len(layout.sheets()) == 1:
            lines.append(Line("sheet", layout.sheet, None, localised("learn.why-sheet", lang)))
        for n, table in enumerate(tables, start=1):
            from xlfollow.core.reading import table_line

            lines.append(Line("#", table_line(table, n, lang), None, localised("learn.why-tables", lang)))
    if layout.computed:
        said = localised(
            "summary.computed", lang, target=layout.header("target"), outcome=layout.header("outcome")
        )
        lines.append(Line("#", said, None, ""))
    return lines + _status_lines(report, base or report, base_settings or settings, lang)


def rows_above(rows: Sequence[Sequence[Any]]) -> Sequence[Sequence[Any]]:
    """The settings sheet's rows above the block written before (all of them when there is none):
    the user's own lines."""
    mark = learnt_block(rows)
    return rows if mark is None else rows[: mark - 1]


def unread_lines(sheet: str | None, row: int | None, lacking: Sequence[str], lang: str) -> list[Line]:
    """The lines for a workbook xlfollow could not read (no header row, or one without an item or
    status column): where it looked, and each missing piece as a line to fill in, marked. Once the
    user has filled them in, learning again writes the whole reading."""
    lines = [
        Line(
            "sheet",
            sheet or "",
            None,
            localised("learn.why-guess-sheet" if sheet else "learn.why-fill-in", lang),
            True,
        ),
        Line(
            "header_row",
            row or "",
            None,
            localised("learn.why-guess-row" if row else "learn.why-fill-in", lang),
            True,
        ),
    ]
    for field in lacking:
        why = localised("learn.why-missing-column", lang, field=localised(f"field.{field}", lang))
        lines.append(Line(f"column.{field}", "", None, why, True))
    if "status" in lacking:  # or no status at all: target and outcome, and the status is computed
        why = localised("learn.why-or-computed", lang)
        lines += [Line(f"# column.{field}", "", None, why, True) for field in ("target", "outcome")]
    return lines


def unread_reason(key: str, fields: Mapping[str, Any], lang: str) -> str:
    """Why the workbook could not be read, as a clause (no path: a message names it already)."""
    if key == "header-incomplete":
        field = localised(f"field.{fields['key']}", lang)
        return localised(
            "learn.reason-incomplete", lang, sheet=fields["sheet"], row=fields["row"], field=field
        )
    return localised("learn.reason-no-header", lang)


def unread_plan(
    book: BookValues, settings_sheet: str | None, lines: list[Line], data_sheet: str, lang: str
) -> tuple[Plan, Learned]:
    """The plan that writes ``lines`` (:func:`unread_lines`) as the block."""
    return _block_plan(book, settings_sheet, lines, data_sheet, lang)


def learn_plan(
    book: BookValues,
    report: Report,
    settings: Settings,
    sheet: str | None,
    base: Report | None = None,
    base_settings: Settings | None = None,
    elsewhere: Mapping[str, str] | None = None,
) -> tuple[Plan, Learned]:
    """The plan that writes the block into ``book``'s settings sheet ``sheet`` (None: a new one);
    ``base``, ``base_settings``: see :func:`learned_lines`; ``elsewhere``: keys a settings file
    sets (key -> the file's name), which win over the sheet and are shown, not set."""
    lines = learned_lines(report, settings, base, base_settings)
    return _block_plan(book, sheet, lines, report.layout.sheet, report.language, elsewhere)


def _block_plan(
    book: BookValues,
    sheet: str | None,
    lines: list[Line],
    data_sheet: str,
    lang: str,
    elsewhere: Mapping[str, str] | None = None,
) -> tuple[Plan, Learned]:
    rows: Sequence[Sequence[Any]] = book.sheets[sheet].rows if sheet is not None else []
    mark = learnt_block(rows)
    used = max((n for n, row in enumerate(rows, start=1) if any(v is not None for v in row)), default=0)
    start = mark if mark is not None else used + 2 if used else 1  # a blank row before a new block
    # the user's keys above the block that have a value, each with its (last) row
    above = setting_rows(
        [r if len(r) > 1 and r[1] is not None and str(r[1]).strip() else [] for r in rows[: start - 1]]
    )
    lines = [_ruled_above(line, above, lang, elsewhere or {}) for line in lines]
    lines += _kept_from_before(rows, mark, used, lines, lang)
    cells = _block_cells(lines, start, lang)
    first_line = start + 2
    chosen = [first_line + i for i, line in enumerate(lines) if line.choose and not line.key.startswith("#")]
    end = max(used, first_line + len(lines))
    # always one: with no meaning to choose it only removes the dropdown the earlier block had
    prompt = localised("learn.prompt", lang)
    area = f"B{start}:B{end}"
    validations = [
        Validation(sheet or SETTINGS_SHEET, _rows_ref(chosen), _choices_range(start), prompt, area)
    ]
    hidden = sheet is not None and not book.sheets[sheet].visible
    learned = Learned(tuple(lines), start, sheet is None, hidden)
    if sheet is None:
        new = SheetPlan(SETTINGS_SHEET, owned=False)
        for (row, col), (value, style) in sorted(cells.items()):
            new.put(row, col, value, style)
        new.widths = dict(WIDTHS)
        new.merges.append((start, 1, start, WIDTH))  # the mark: one line across the block
        across = sum(WIDTHS[c] for c in range(1, WIDTH + 1))
        new.heights[start] = text_height(block_mark(lang), across) or 15.0
        for n, line in enumerate(lines, start=first_line):
            height = text_height(line.evidence, WIDTHS[4])
            if height:
                new.heights[n] = height
        plan = Plan(data_sheet, [], [], [new], lang, notes_replaced=False, validations=validations)
        return plan, learned
    values = [CellValue(sheet, row, col, value) for (row, col), (value, _) in sorted(cells.items())]
    for n in range(start, used + 1):  # the earlier block's cells that the new one does not cover
        earlier = rows[n - 1] if n - 1 < len(rows) else []
        for col in (*range(1, WIDTH + 1), CHOICES_COL):
            if col - 1 < len(earlier) and earlier[col - 1] is not None and (n, col) not in cells:
                values.append(CellValue(sheet, n, col, None))
    plan = Plan(data_sheet, [], [], [], lang, values=values, notes_replaced=False, validations=validations)
    return plan, learned


def _own_sentences() -> set[str]:
    """Every evidence sentence learn writes, in both languages: how its own lines are known."""
    keys = [k for k in MESSAGES if k.startswith("learn.why-")]
    return {localised(k, lang).split("{")[0] for k in keys for lang in LANGUAGES}


def _kept_from_before(
    rows: Sequence[Sequence[Any]], mark: int | None, used: int, lines: Sequence[Line], lang: str
) -> list[Line]:
    """The lines of the block written before that learning again does not write: a meaning the
    user chose for a text the status column no longer holds (a new round's column is empty), a
    line next-period or the user added under the block. Kept as they were, after the new lines (a
    text's count is then 0); learn's own comment lines are written anew, not kept."""
    if mark is None:
        return []
    written = {line.key.casefold().lstrip("# ") for line in lines}
    own = _own_sentences()
    known = {localised("learn.why-known", language) for language in LANGUAGES}
    kept = []
    for row in rows[mark + 1 : used]:
        cells = [*row[:WIDTH], *[None] * (WIDTH - len(row))]
        key = cells[0]
        if not isinstance(key, str) or not key.strip():
            continue
        key = key.strip()
        said = str(cells[3] or "")
        learnt = any(said.startswith(sentence) for sentence in own if sentence)
        if key.casefold().lstrip("# ") in written or (key.startswith("#") and learnt):
            continue
        meaning = key.casefold().startswith(("status.", "colour.", "color.", "färg."))
        if cells[1] in (None, "") and (meaning or learnt):
            continue  # a text without a meaning that is no longer there, or a line learn asked to be
            # filled in and the user left empty (the table read another way): nothing to keep
        if meaning and said in known:
            continue  # a word xlfollow knows anyway: no line to carry from round to round
        why = localised("learn.why-kept", lang) if meaning and learnt else cells[3]
        count = 0 if meaning else cells[2]
        kept.append(Line(key, cells[1], count, why or "", cells[4] is not None, meaning))
    return kept


def _ruled_above(line: Line, above: Mapping[str, int], lang: str, elsewhere: Mapping[str, str]) -> Line:
    """A key the user set above the block, or in the settings file the run reads (which wins over
    the sheet), stays theirs: shown commented out, with where to change it."""
    if line.key.startswith("#"):
        return line
    row, file = above.get(line.key.casefold()), elsewhere.get(line.key.casefold())
    if row is None and "!" not in line.key and not line.key.casefold().startswith("status."):
        # a sheet's own line for it ("Mål!column.status", as
        # next-period and send write them) is set above too: a line for the workbook would not hold
        own = [r for k, r in above.items() if "!" in k and unqualified(k) == line.key.casefold()]
        row = min(own) if own else None
    if row is None and file is None:
        return line
    why = (
        localised("learn.why-config", lang, file=file)
        if file
        else localised("learn.why-above", lang, row=row)
    )
    return Line(f"# {line.key}", line.value, line.count, why, unsure=False, choose=line.choose)


def _block_cells(
    lines: Sequence[Line], start: int, lang: str
) -> dict[tuple[int, int], tuple[Any, str | None]]:
    cells: dict[tuple[int, int], tuple[Any, str | None]] = {(start, 1): (block_mark(lang), "note")}
    heads = ("history.setting", "history.value", "learn.count", "learn.evidence", "learn.check")
    for col, key in enumerate(heads, start=1):
        cells[(start + 1, col)] = (localised(key, lang), "header")
    cells[(start + 1, CHOICES_COL)] = (localised("learn.choices", lang), "header")
    for n, status in enumerate(MEANINGS, start=start + 2):
        cells[(n, CHOICES_COL)] = (_word(status, lang), "cell")
    for n, line in enumerate(lines, start=start + 2):
        cells[(n, 1)] = (line.key, "cell")
        cells[(n, 2)] = (line.value if line.value != "" else None, "cell")
        cells[(n, 3)] = (line.count, "count")
        cells[(n, 4)] = (line.evidence or None, "cell")
        cells[(n, 5)] = (
            localised("learn.unsure", lang) if line.unsure else None,
            "warning" if line.unsure else "cell",
        )
    return cells


def _choices_range(start: int) -> str:
    first = start + 2
    return f"${col_letter(CHOICES_COL)}${first}:${col_letter(CHOICES_COL)}${first + len(MEANINGS) - 1}"


def _rows_ref(rows: Sequence[int]) -> str:
    """Column B of ``rows`` as a space-separated list of ranges ("B5:B9 B12")."""
    runs: list[tuple[int, int]] = []
    for row in sorted(rows):
        if runs and row == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return " ".join(f"B{a}" if a == b else f"B{a}:B{b}" for a, b in runs)


__all__ = [
    "Learned",
    "Line",
    "block_mark",
    "learn_plan",
    "learned_lines",
    "rows_above",
    "unread_lines",
    "unread_plan",
]
