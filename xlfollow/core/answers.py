"""Collecting the units' answers (``xlfollow collect``), as data: which answers are the master's,
which cells each changes, what conflicts, and what Historik and Kontroll say about it. Pure: the
pipeline reads the master and the answers, this module decides, a writer applies the plan (values
only, into the master's own cells), and the check after writing proves nothing else changed.

An answer is known by what ``xlfollow send`` put into it (the round's identity on its settings
sheet, each row's key, what was sent), not by its file name: the file itself, its e-mail copy, a
copy Excel saved again and a renamed file are all the same answer.

- A cell is answered when the unit's value differs from what was sent.
- The master's cell changed since sending (and not to the unit's value): not written, shown.
- The same cell answered twice with different values: the newest answer wins, both are shown.
- A row whose item text the unit changed, or a row the unit added: listed, not written.
- A master cell that holds a formula: not written, shown.
- An answer from another master or for another period: refused with a message."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from xlfollow.core.a1 import cell_ref
from xlfollow.core.history import COLLECTED, HistoryRow
from xlfollow.core.models import Item, Layout, Report, plain
from xlfollow.core.owned import CONTROL_SHEET
from xlfollow.core.plan_types import CellValue, SheetPlan
from xlfollow.core.rollup import status_key
from xlfollow.core.scale import marked
from xlfollow.core.settings import RoundIdentity
from xlfollow.core.status import Status
from xlfollow.core.texts import capitalise, counted, localised, number_word
from xlfollow.core.units import ANSWER_FIELDS, KEY_HEADER, SENT_COLUMNS, SENT_SHEET, plain_value
from xlfollow.core.values import BookValues, CellFill, CellGlyph


@dataclass(frozen=True)
class AnswerRow:
    key: str | None  # the master's sheet and row; None: a row the unit added
    sheet: str
    row: int  # in the answer
    item: str
    values: dict[str, Any]  # field -> the value as the unit left it
    colour: str | None = None  # the status cell's fill, where the status is its colour (RRGGBB)
    several: str | None = None  # a scale's steps marked on the row, where more than one (core/scale.py)
    word: bool = False  # a word typed under a scale's step instead of a mark (the unit's reading: unknown)


@dataclass(frozen=True)
class Answer:
    path: str
    saved: float  # when the workbook was saved (seconds): of two answers to one cell, the newest wins
    date: str  # when it was saved, as shown ("2018-05-03 14:10")
    identity: RoundIdentity | None
    rows: tuple[AnswerRow, ...]
    sent: dict[str, dict[str, Any]]  # key -> "item" and each answer field -> the value sent
    mtime: float = 0.0  # the file's own time: breaks a tie of ``saved``

    @property
    def unit(self) -> str:
        return self.identity.unit if self.identity else self.path


@dataclass(frozen=True)
class Finding:
    """A line of the collection's report: a conflict (not written) or an answer refused."""

    code: str
    unit: str
    sheet: str | None = None
    row: int | None = None
    fields: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        return localised(f"collect.{self.code}", lang, unit=self.unit, **self.fields)


@dataclass(frozen=True)
class Change:
    unit: str
    date: str
    sheet: str
    row: int
    col: int
    field: str
    old: Any
    new: Any
    # a scale's status (core/scale.py): each step's cell as written, a mark under the step answered
    steps: tuple[tuple[int, Any], ...] = ()

    def cells(self) -> tuple[tuple[int, Any], ...]:
        """The cells the change writes (column, value): the answer's, or each step's of a scale."""
        return self.steps or ((self.col, self.new),)


@dataclass(frozen=True)
class Collected:
    changes: tuple[Change, ...]
    answered: tuple[str, ...]  # units with an answer used
    missing: tuple[str, ...]  # units of the round with no answer
    findings: tuple[Finding, ...]

    @property
    def rows(self) -> int:
        return len({(c.sheet, c.row) for c in self.changes})

    def values(self) -> list[CellValue]:
        return [CellValue(c.sheet, c.row, col, value) for c in self.changes for col, value in c.cells()]


def read_answer(
    book: BookValues, report: Report, path: str, saved: float, date: str, mtime: float = 0.0
) -> Answer:
    """An answer workbook's rows (the answer fields at the master's columns), keys and what was
    sent, from its values as the reader gave them."""
    rows: list[AnswerRow] = []
    tables = report.layout.tables()
    for item in report.items:
        table = tables[item.table]
        sheet_rows = book.sheets[table.sheet].rows
        line = sheet_rows[item.row - 1] if item.row - 1 < len(sheet_rows) else []
        key_col = next((c for c, h in table.headers.items() if h.strip() == KEY_HEADER), None)
        key = line[key_col - 1] if key_col is not None and key_col - 1 < len(line) else None
        values = {}
        for name in ANSWER_FIELDS:
            col = table.column(name)
            if col is not None:
                values[name] = plain_value(line[col - 1] if col - 1 < len(line) else None)
        several, word = None, False
        if table.scale:  # the step marked (core/scale.py), as send wrote it into Utskick
            values["status"] = plain_value(item.status_value)
            marks = marked(line, table.scale)
            several = ", ".join(table.step(c) for c in marks) if len(marks) > 1 and item.status else None
            # a word under a step, even one naming a step ("Uppfyllt" under "Delvis uppfyllt"): no mark,
            # as the unit's own check says
            word = item.status is None and item.status_value is not None
        colour = _colour_of(item.status_value)
        rows.append(
            AnswerRow(
                str(key).strip() if key else None,
                table.sheet,
                item.row,
                item.text,
                values,
                colour,
                several,
                word,
            )
        )
    sent: dict[str, dict[str, Any]] = {}
    sheet = next((s for n, s in book.sheets.items() if n == SENT_SHEET), None)
    if sheet is not None and sheet.rows:
        for line in sheet.rows[1:]:
            cells = dict(zip(SENT_COLUMNS, [*line, *([None] * len(SENT_COLUMNS))], strict=False))
            if cells.get("key"):
                sent[str(cells["key"])] = {k: plain_value(v) for k, v in cells.items() if k != "key"}
    return Answer(path, saved, date, report.identity, tuple(rows), sent, mtime)


def _same(a: Any, b: Any) -> bool:
    a, b = plain_value(a), plain_value(b)
    if isinstance(a, str) and isinstance(b, str):
        return plain(a) == plain(b)
    if isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b


def collect_answers(
    report: Report,
    book: BookValues,
    master: str,
    answers: Sequence[Answer],
    formulas: Mapping[str, set[tuple[int, int]]],
) -> Collected:
    """What the ``answers`` change in the master (``report`` of ``book``, its file name without
    suffix ``master``, as send wrote it into each unit's workbook)."""
    tables = report.layout.tables()
    items: dict[tuple[str, int], Item] = {(tables[i.table].sheet, i.row): i for i in report.items}
    findings: list[Finding] = []
    used: list[Answer] = []
    for answer in answers:
        refused = _refused(answer, report, master, items)
        if refused is not None:
            findings.append(refused)
        else:
            used.append(answer)
    used.sort(key=lambda a: (a.saved, a.mtime))
    # (sheet, row, field) -> [(answer, value)], oldest first
    offered: dict[tuple[str, int, str], list[tuple[Answer, Any]]] = {}
    for answer in used:
        unit = answer.unit
        for line in answer.rows:
            if line.key is None:
                findings.append(Finding("row-added", unit, line.sheet, line.row, {"item": _short(line.item)}))
                continue
            sent = answer.sent.get(line.key)
            place = _place(line.key)
            if sent is None or place is None or place not in items:
                findings.append(
                    Finding("row-unknown", unit, line.sheet, line.row, {"item": _short(line.item)})
                )
                continue
            if not _same(line.item, sent.get("item")):
                findings.append(
                    Finding("text-changed", unit, place[0], place[1], {"item": _short(str(sent.get("item")))})
                )
                continue
            if not _same(items[place].text, sent.get("item")):  # the master's rows moved since sending
                shown = {"item": _short(str(sent.get("item"))), "now": _short(items[place].text)}
                findings.append(Finding("master-row-changed", unit, place[0], place[1], shown))
                continue
            table = tables[items[place].table]
            status = line.values.get("status")
            if table.scale and line.word:
                # a word typed under a step instead of a mark: not written, said (the row's other answers are)
                shown = {"value": _short(_shown(status))}
                findings.append(Finding("not-a-mark", unit, place[0], place[1], shown))
                line = AnswerRow(
                    line.key,
                    line.sheet,
                    line.row,
                    line.item,
                    {k: v for k, v in line.values.items() if k != "status"},
                )
            elif line.several:  # two steps marked: the least advanced is written, as check counts it
                shown = {"marked": line.several, "counted": _shown(status)}
                findings.append(Finding("several-marks", unit, place[0], place[1], shown))
            for name, value in line.values.items():
                offered.setdefault((*place, name), []).append((answer, value))
            before = items[place].status_value
            if line.colour is not None and line.colour != _colour_of(before):
                # a status answered by colour: collect writes values, never formats; said, not lost
                at = tables[items[place].table].column("status") or 1
                colours = {
                    "was": _colour_shown(before),
                    "colour": "#" + line.colour,
                    "cell": cell_ref(place[1], at),
                }
                findings.append(Finding("colour-changed", unit, place[0], place[1], colours))
    changes: list[Change] = []
    marks: dict[int, str] = {}  # a scale's own mark, per table
    for (sheet, row, name), every in offered.items():
        item = items[(sheet, row)]
        table = tables[item.table]
        col = table.column(name)
        was = every[0][0].sent[f"{sheet}!{row}"].get(name)
        # an answer counts where it changed the cell, and where a unit that changed it in an earlier
        # answer puts it back (a unit's newest answer is its answer; another unit leaving its copy of
        # a shared row untouched says nothing)
        changers = {a.unit for a, v in every if not _same(v, a.sent[f"{sheet}!{row}"].get(name))}
        offers = [(a, v) for a, v in every if a.unit in changers]
        if col is None or not offers:
            continue
        answer, value = offers[-1]  # the newest
        unit = answer.unit
        if len({repr(plain_value(v)) for _, v in offers}) > 1:
            for other, other_value in [o for o in offers[:-1] if not _same(o[1], value)]:
                findings.append(
                    Finding(
                        "answered-twice",
                        unit,
                        sheet,
                        row,
                        {
                            "field": localised(f"field.{name}", report.language),
                            "other": other.unit,
                            "other_date": other.date,
                            "other_value": _short(_shown(other_value)),
                            "value": _short(_shown(value)),
                            "date": answer.date,
                        },
                    )
                )
        sheet_rows = book.sheets[sheet].rows
        cells = sheet_rows[row - 1] if row - 1 < len(sheet_rows) else []
        now = plain_value(cells[col - 1] if col - 1 < len(cells) else None)
        scale = table.scale if name == "status" else ()
        if scale:  # the step marked in the master (core/scale.py)
            now = plain_value(item.status_value)
        if _same(now, value):
            continue
        if any((row, c) in formulas.get(sheet, set()) for c in scale or (col,)):
            findings.append(
                Finding("formula", unit, sheet, row, {"field": localised(f"field.{name}", report.language)})
            )
            continue
        if not _same(now, was):
            findings.append(
                Finding(
                    "master-changed",
                    unit,
                    sheet,
                    row,
                    {
                        "field": localised(f"field.{name}", report.language),
                        "was": _short(_shown(was)),
                        "now": _short(_shown(now)),
                        "value": _short(_shown(value)),
                    },
                )
            )
            continue
        if scale and item.table not in marks:
            marks[item.table] = _own_mark(table, sheet_rows)
        steps = _marked_steps(table, value, marks[item.table]) if scale else ()
        col = next((c for c, mark in steps if mark is not None), col)  # (the step marked, where one is)
        changes.append(Change(unit, answer.date, sheet, row, col, name, now, value, steps))
    changes.sort(key=lambda c: (c.sheet, c.row, c.col))
    expected = tuple(dict.fromkeys(u for a in answers if a.identity for u in a.identity.units))
    units = {a.identity.unit for a in used if a.identity}
    answered = tuple(u for u in expected if u in units) + tuple(sorted(units - set(expected)))
    missing = tuple(u for u in expected if u.casefold() not in {a.casefold() for a in answered})
    return Collected(tuple(changes), answered, missing, tuple(findings))


def _step_named(table: Layout, value: Any) -> int | None:
    """The column of the scale's step an answer names ("Delvis uppfyllt"), or None (a word typed
    under a step instead of a mark)."""
    wanted = " ".join(str(value).split()).casefold()
    return next(
        (c for c, step in zip(table.scale, table.steps, strict=True) if step.casefold() == wanted), None
    )


def _own_mark(table: Layout, rows: Sequence[Sequence[Any]]) -> str:
    """The mark a scale's rows use most ("X", "x", "✓"), else "X"."""
    marks = Counter(str(r[c - 1]).strip() for r in rows[table.header_row :] for c in marked(r, table.scale))
    return marks.most_common(1)[0][0] if marks else "X"


def _marked_steps(table: Layout, value: Any, mark: str) -> tuple[tuple[int, Any], ...]:
    """A scale's cells on a row as an answer leaves them: ``mark`` under the step it names, every
    other step emptied."""
    at = _step_named(table, value) if value is not None else None
    return tuple((c, mark if c == at else None) for c in table.scale)


def _refused(
    answer: Answer, report: Report, master: str, items: Mapping[tuple[str, int], Item]
) -> Finding | None:
    name = answer.path
    identity = answer.identity
    if identity is None:
        return Finding("not-an-answer", name, fields={"path": answer.path})
    period = report.layout.period
    if identity.period and period and plain(identity.period) != plain(period):
        return Finding(
            "other-period",
            identity.unit,
            fields={"path": answer.path, "period": identity.period, "now": period},
        )
    keys = [r.key for r in answer.rows if r.key]
    matching = sum(
        1
        for key in keys
        if (place := _place(key)) is not None
        and place in items
        and _same(items[place].text, answer.sent.get(key, {}).get("item"))
    )
    if keys and matching * 2 < len(keys) and plain(identity.master) != plain(master):
        return Finding("other-master", identity.unit, fields={"path": answer.path, "master": identity.master})
    return None


def _place(key: str) -> tuple[str, int] | None:
    sheet, _, row = key.rpartition("!")
    return (sheet, int(row)) if sheet and row.isdigit() else None


def _colour_of(value: Any) -> str | None:
    """The colour a status is kept in: a blank cell's fill, or a mark's text colour ("● (#FF0000)")."""
    if isinstance(value, CellFill):
        return value.colour
    if isinstance(value, CellGlyph) and value.font.startswith("#"):
        return value.font[1:].upper()
    return None


def _colour_shown(value: Any) -> str:
    colour = _colour_of(value)
    return "#" + colour if colour else "–"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shown(value: Any) -> str:
    return "–" if value is None else str(value)


def history_rows(
    collected: Collected,
    report: Report,
    classify: Any,
    after: Mapping[tuple[str, int], Status | None] | None = None,
) -> list[HistoryRow]:
    """One Historik row per answered item: the unit, the date of its answer, what changed; its
    status as ``after`` reads it (the next run's reading of the collected cells), else by
    ``classify``."""
    lang = report.language
    tables = report.layout.tables()
    items = {(tables[i.table].sheet, i.row): i for i in report.items}
    by_row: dict[tuple[str, int], list[Change]] = {}
    for change in collected.changes:
        by_row.setdefault((change.sheet, change.row), []).append(change)
    rows = []
    for (sheet, row), changes in by_row.items():
        item = items[(sheet, row)]
        status = next((c.new for c in changes if c.field == "status"), item.status_value)
        comment = next((c.new for c in changes if c.field == "comment"), item.comment)
        said = (after or {}).get((sheet, row), classify(status)) if status is not None else None
        word = localised(f"status.{status_key(said) if status is not None else 'missing'}", lang)
        what = "; ".join(
            localised(
                "history.changed",
                lang,
                field=localised(f"field.{c.field}", lang),
                old=_short(_shown(c.old), 40),
                new=_short(_shown(c.new), 40),
            )
            for c in changes
        )
        rows.append(
            HistoryRow(
                report.layout.period,
                sheet,
                row,
                item.id,
                item.text,
                word,
                comment,
                COLLECTED,
                changes[-1].unit,
                changes[-1].date,
                what,
            )
        )
    return rows


def lines(collected: Collected, lang: str) -> list[str]:
    """The collection in sentences: who answered and who did not, how much changed."""
    out = []
    expected = len(collected.answered) + len(collected.missing)
    if expected:
        out.append(
            localised(
                "collect.who",
                lang,
                answered=number_word(len(collected.answered), lang),
                expected=number_word(expected, lang),
                units=", ".join(collected.answered) or "–",
            )
        )
    if collected.missing:
        out.append(localised("collect.missing", lang, units=", ".join(collected.missing)))
    out.append(
        localised(
            "collect.changed",
            lang,
            rows=counted(collected.rows, "row", lang),
            cells=counted(len(collected.changes), "cell", lang),
        )
    )
    if collected.findings:
        things = counted(len(collected.findings), "thing", lang)
        out.append(capitalise(localised("collect.findings", lang, n=things)))  # it starts with the count
    return out


def collect_sheet(collected: Collected, master: str, lang: str) -> SheetPlan:
    """The Kontroll sheet of a collection: the sentences, then every finding with its cell."""
    from xlfollow.core.a1 import cell_ref

    sheet = SheetPlan(CONTROL_SHEET)
    sheet.put(1, 1, localised("collect.title", lang, master=master), "title")
    row = 2
    for text in lines(collected, lang):
        sheet.put(row, 1, text, "subtitle" if row == 2 else "note")
        sheet.merges.append((row, 1, row, 5))
        row += 1
    row += 1
    for col, key in enumerate(
        ("region.unit", "control.code", "control.sheet", "control.cell", "control.message"), 1
    ):
        sheet.put(row, col, localised(key, lang), "header")
    header = row
    for finding in collected.findings:
        row += 1
        sheet.put(row, 1, finding.unit, "cell")
        sheet.put(row, 2, finding.code, "cell")
        sheet.put(row, 3, finding.sheet, "cell")
        sheet.put(row, 4, cell_ref(finding.row, 1) if finding.row else None, "cell")
        sheet.put(row, 5, finding.message(lang), "cell")
    for change in collected.changes:
        row += 1
        sheet.put(row, 1, change.unit, "cell")
        sheet.put(row, 2, "collected", "cell")
        sheet.put(row, 3, change.sheet, "cell")
        sheet.put(row, 4, cell_ref(change.row, change.col), "cell")
        sheet.put(
            row,
            5,
            localised(
                "collect.written",
                lang,
                field=localised(f"field.{change.field}", lang),
                old=_short(_shown(change.old)),
                new=_short(_shown(change.new)),
            ),
            "cell",
        )
    sheet.widths = {1: 18, 2: 16, 3: 18, 4: 8, 5: 90}
    sheet.freeze_row = header
    sheet.repeat_rows = (header, header)
    return sheet
