"""From a workbook's values to a report: every table read, normalised and checked, and the roll-up.
Pure: each reader passes in how it reads statuses shown by a cell's formatting (``formatting``: the
file reader's icon sets, fills and symbol fonts; the live reader's fills, on desktop Excel)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from xlfollow.core.layout import find_layout, header_words, joined, split_tables, unread_above
from xlfollow.core.models import Issue, Item, Layout, Report
from xlfollow.core.normalise import Normalised, normalise_rows
from xlfollow.core.numbers import is_number
from xlfollow.core.rollup import RollUp, roll_up
from xlfollow.core.rules import rows_above_table, validate
from xlfollow.core.settings import SETTINGS_SHEET, Settings, settings_from_rows, settings_from_toml
from xlfollow.core.status import WRITTEN_NUMBER, Status, Threshold, Vocabulary, no_mark
from xlfollow.core.texts import localised
from xlfollow.core.values import BookValues, CellFill, SheetValues
from xlfollow.core.words import LEGEND_WORDS

# how a reader reads statuses carried by a cell's look: (book, table, settings) -> (row -> the status
# a coloured cell with text shows, whether any value was replaced)
FormattingReader = Callable[[BookValues, Layout, Settings], tuple[dict[int, Status], bool]]


def _no_formatting(book: BookValues, layout: Layout, settings: Settings) -> tuple[dict[int, Status], bool]:
    return {}, False


def settings_sheet(book: BookValues) -> str | None:
    """The name of the workbook's settings sheet (``xlfollow``, any case; never one of xlfollow's
    own sheets), or None."""
    return next((n for n in book.sheets if n.casefold() == SETTINGS_SHEET and n not in book.owned), None)


def settings_for(book: BookValues, config: Path | None = None, language: str | None = None) -> Settings:
    name = settings_sheet(book)
    return settings_of(book.sheets[name].rows if name is not None else None, config, language)


def settings_of(
    rows: Sequence[Sequence[Any]] | None, config: Path | None = None, language: str | None = None
) -> Settings:
    """Settings from a settings sheet's ``rows`` (None: none), a settings file on top, then the
    language asked for."""
    settings = Settings() if rows is None else settings_from_rows(rows)
    if config is not None:
        settings = settings.merged(settings_from_toml(config))
    if language:
        settings = settings.merged(Settings(language=language))
    return settings


def report_from_values(
    book: BookValues,
    settings: Settings,
    layout: Layout | None = None,
    formatting: FormattingReader = _no_formatting,
) -> Report:
    """The pure part: from values to a report (layout, items, issues). Every table of the
    workbook is read: each sheet that holds part of the follow-up, and each table of a sheet."""
    rows = book.rows()
    layout = layout or find_layout(
        rows, settings, book.path, book.hidden(), book.owned, book.hidden_columns(), book.fills
    )
    tables: list[Layout] = []
    items: list[Item] = []
    issues: list[Issue] = []
    inferred: dict[str, str] = {}
    look_headings: list[tuple[str, int]] = []
    prose: list[tuple[str, int]] = []
    banded: dict[str, dict[Status, Threshold]] = {}  # a sheet's thresholds from its legend
    commentary: list[tuple[str, int]] = []
    labelled: list[tuple[str, int]] = []  # the rows of a block under each item: labels, no items
    other_tables: list[tuple[str, int]] = []
    legends: dict[str, dict[str, Status]] = {}  # a sheet's legend, read once for all its tables

    def carried() -> frozenset[str]:
        """The texts of the last closed round's items, from the workbook's own *Historik*, and of
        the items sent to a unit (its workbook's *Utskick*: a unit's workbook has no Historik)."""
        from xlfollow.core.history import last_round, read_history
        from xlfollow.core.owned import HISTORY_SHEET, own_sheet
        from xlfollow.core.units import SENT_COLUMNS, SENT_SHEET

        texts: set[str] = set()
        history = own_sheet(HISTORY_SHEET, book.owned)
        if history is not None and history in book.sheets:
            last = last_round(read_history(book.sheets[history].rows))
            texts.update(i.text for i in last[1]) if last is not None else None
        sent = book.sheets.get(SENT_SHEET)
        if sent is not None:
            at = SENT_COLUMNS.index("item")
            texts.update(str(r[at]) for r in sent.rows[1:] if at < len(r) and r[at] not in (None, ""))
        return frozenset(texts)

    for table in layout.tables():
        sheet = book.sheets[table.sheet]
        # the sheet's own lines over the workbook's ("Mål!status.Y = grön": yes there, yellow elsewhere)
        own = settings.for_sheet(table.sheet)
        vocabulary = own.vocabulary()
        if table is layout or table.sheet != tables[-1].sheet:  # a sheet's first table
            above = unread_above(sheet.rows, table, vocabulary)
            if above:
                issues.append(rows_above_table(table.sheet, above, table.top_row))

        def normalised(
            part: Layout, sheet: SheetValues = sheet, own: Settings = own, vocabulary: Vocabulary = vocabulary
        ) -> Normalised:
            if part.scale:  # a mark under a scale's step: the step's header is the status
                return scaled(part, sheet.rows, own, vocabulary, carried, sheet, len(tables))
            return normalise_rows(
                sheet.rows,
                part,
                own,
                vocabulary,
                table=len(tables),
                merged=sheet.merged_rows,
                emphasis=sheet.emphasis,
                carried=carried,
            )

        first = normalised(table)
        parts = (
            split_tables(sheet.rows, table, first.header_like, settings, carried)
            if first.header_like
            else [table]
        )
        end = parts[-1].last_row
        if end is not None and (table.last_row is None or end < table.last_row):
            # another table's header under measurable goals ended them (split_tables): said
            after = next((r for r in first.header_like if r > end), None)
            if after is not None:
                other_tables.append((table.sheet, after))
        for part in parts:
            colours, changed = (
                formatting(book, part, settings.for_sheet(part.sheet))  # a sheet's own status_by
                if not part.scale
                else ({}, False)  # (a scale's cells are marks: a fill on them is the template's, no status)
            )
            data = first
            if changed or len(parts) > 1 or part.last_row != table.last_row:
                # read again: formatting shows statuses, or the table is shorter
                data = normalised(part)
            if colours:
                data, read = by_colour(data, colours)
                inferred.update(dict.fromkeys(read, "colour"))
            missing = Status.MISSING
            if not part.scale and any(  # (a word under a step is that cell's mistake: core/scale.py)
                item.status is None or (item.status is missing and no_mark(item.status_value))
                for item in data.items
            ):
                if table.sheet not in legends:
                    legends[table.sheet] = legend_meanings(sheet.rows, vocabulary)
                    if table.by_fill and book.fills is not None:  # a colour legend: "above target" on green
                        from xlfollow.core.filled import colour_legend

                        legends[table.sheet].update(
                            colour_legend(sheet.rows, book.fills(table.sheet), vocabulary, _rows_of(data))
                        )
                data, read = by_meaning(data, legends[table.sheet])
                inferred.update(dict.fromkeys(read, "legend"))
                data, read = by_meaning(data, header_meanings(part, data, vocabulary))
                inferred.update(dict.fromkeys(read, "grade"))
                if not settings.thresholds and any(
                    _a_number(i.status_value) for i in data.items if i.status is None
                ):
                    # a status written as a number: the thresholds of the sheet's own legend
                    data, bands = _by_legend_bands(data, sheet.rows, part, book, vocabulary)
                    if bands:
                        banded.setdefault(part.sheet, bands)
            tables.append(part)
            items.extend(data.items)
            look_headings.extend((part.sheet, row) for row in data.look_headings)
            prose.extend((part.sheet, row) for row in data.prose)
            commentary.extend((part.sheet, row) for row in data.commentary)
            labelled.extend((part.sheet, row) for row in data.labelled)
            issues.extend(validate(part, data, own, colours))
    if len(tables) > 1:
        layout = joined(tables, settings, layout.repeats)
    return Report(
        path=book.path,
        layout=layout,
        items=tuple(items),
        issues=tuple(issues),
        language=settings.lang,
        region_book=book.region_book,
        title=settings.report_title,
        identity=settings.identity(),
        inferred=tuple(inferred.items()),
        look_headings=tuple(dict.fromkeys(look_headings)),
        prose=tuple(dict.fromkeys(prose)),
        commentary=tuple(dict.fromkeys(commentary)),
        labelled=tuple(dict.fromkeys(labelled)),
        other_tables=tuple(other_tables),
        thresholds=tuple((sheet, tuple(bands.items())) for sheet, bands in banded.items()),
    )


def scaled(
    part: Layout,
    rows: Sequence[Sequence[Any]],
    settings: Settings,
    vocabulary: Vocabulary,
    carried: Callable[[], frozenset[str]],
    sheet: SheetValues,
    table: int,
) -> Normalised:
    """A table whose status is the step of a scale that holds a mark (core/scale.py): read as a
    table with one status column (the step's header under the first step), each item's status
    then the step's, its ``col`` the marked cell's (the least advanced of several marks)."""
    from xlfollow.core.scale import counted_step, marked, not_marks, scale_row, scaled_rows, step_status

    classify = vocabulary.classify
    steps = dict(zip(part.scale, part.steps, strict=True))
    blocks = bool(part.form)
    data = normalise_rows(
        scaled_rows(rows, part.scale, part.steps, classify, 0 if blocks else part.header_row, blocks),
        part,
        settings,
        vocabulary,
        table=table,
        merged=sheet.merged_rows,
        emphasis=sheet.emphasis,
        carried=carried,
    )
    items = []
    several: list[tuple[int, str]] = []
    for item in data.items:
        row = rows[item.row - 1] if item.row - 1 < len(rows) else []
        if not scale_row(rows, item.row, part.scale, part.steps, blocks):
            items.append(item)
            continue
        columns, words = marked(row, part.scale), not_marks(row, part.scale)
        if words:  # a word typed under a step instead of a mark ("Uppfyllt", "OK"): unknown, at its cell
            item = replace(item, status=None, status_value=row[words[0] - 1], col=words[0])
        elif columns:
            at = counted_step(columns, steps, classify)
            item = replace(item, status=step_status(steps[at], classify), col=at)
            if len(columns) > 1:
                several.append((item.row, ", ".join(steps[c] for c in columns)))
        items.append(item)
    return replace(data, items=tuple(items), several_marks=tuple(several))


def _a_number(value: Any) -> bool:
    """A status written as a number: 0,95 in a percent cell, 95, "95 %"."""
    return is_number(value) or (
        isinstance(value, str) and WRITTEN_NUMBER.fullmatch(value.strip()) is not None
    )


def _by_legend_bands(
    data: Normalised, rows: Sequence[Sequence[Any]], part: Layout, book: BookValues, vocabulary: Vocabulary
) -> tuple[Normalised, dict[Status, Threshold] | None]:
    """The numbers in the status column read against the thresholds of the sheet's legend ("Grön:
    100 % eller mer", "Gul: 91–99 %"), or as they were when the sheet has none."""
    from xlfollow.core.bands import legend_thresholds

    first = part.top_row - 1  # 0-based: the header's first row
    last = max((i.row for i in data.items), default=part.header_row)
    fills = book.fills(part.sheet) if book.fills is not None else None

    def colour_status(colour: str) -> Status | None:  # a swatch reads as a fill does (colour. lines first)
        return vocabulary.classify(CellFill(colour))

    bands = legend_thresholds(rows, vocabulary.classify, range(first, last), fills, colour_status)
    if bands is None:
        return data, None
    # fractions (0,95 in a percent cell) or plain figures, decided once for the column: fractions
    # where every number is one and the legend's bounds are not
    numbers = [float(i.status_value) for i in data.items if is_number(i.status_value)]
    fractions = bool(numbers) and all(-1.5 <= n <= 1.5 for n in numbers)
    fractions = fractions and max(abs(at.bound) for at in bands.values()) > 1.5
    bands = {status: at._replace(percent=fractions) for status, at in bands.items()}
    against = Vocabulary(thresholds=bands)
    items = tuple(
        replace(item, status=against.classify(item.status_value))
        if item.status is None and _a_number(item.status_value)
        else item
        for item in data.items
    )
    return replace(data, items=items), bands


def _rows_of(data: Normalised) -> set[int]:
    return {item.row for item in data.items}


def by_meaning(data: Normalised, meaning: Mapping[str, Status]) -> tuple[Normalised, list[str]]:
    """The unknown texts ``meaning`` gives a status to, read as that status."""
    if not meaning:
        return data, []
    used: dict[str, None] = {}
    items = []
    for item in data.items:
        text = item.status_value.strip() if isinstance(item.status_value, str) else ""
        unread = item.status is None or (item.status is Status.MISSING and no_mark(text))
        if unread and text in meaning:
            items.append(replace(item, status=meaning[text]))
            used[text] = None
        else:
            items.append(item)
    return (replace(data, items=tuple(items)), list(used)) if used else (data, [])


def header_meanings(table: Layout, data: Normalised, vocabulary: Vocabulary) -> dict[str, Status]:
    """The unknown status texts that the status column's header completes: a grade alone under the
    noun it grades ("Viss" under "Måluppfyllelse" is "viss måluppfyllelse", yellow: Göteborg's plan
    för en jämlik stad 2023, "God", "Viss" and "Ingen måluppfyllelse"). A text of one or two words,
    read with each word of the header, the last first; never a text the vocabulary reads alone."""
    col = table.column("status")
    header = table.headers.get(col, "") if col is not None else ""
    words = list(reversed(header_words(header))) if isinstance(header, str) else []
    meanings: dict[str, Status] = {}
    for item in data.items:
        text = item.status_value.strip() if isinstance(item.status_value, str) else ""
        if not words or item.status is not None or not text or text in meanings:
            continue
        grade = " ".join(text.split())
        if len(grade.split()) > 2 or not all(w.isalpha() for w in grade.split()):
            continue
        for word in words:
            said = vocabulary.classify(f"{grade} {word}")
            if said is not None and said is not Status.MISSING:
                meanings[text] = said
                break
    return meanings


def legend_meanings(rows: Sequence[Sequence[Any]], vocabulary: Vocabulary) -> dict[str, Status]:
    """The sheet's own legend ("Teckenförklaring", "Legend", "Key"): in the rows under it, a key
    (a word or a symbol) beside a meaning the vocabulary reads ("Slipping" beside "Behind schedule",
    "◐" beside "Delvis uppfyllt"), or both in one cell ("◐ = delvis uppfyllt"). Keys the vocabulary
    knows already keep their meaning."""
    from xlfollow.core.bands import legend_rows

    meanings: dict[str, Status] = {}
    for r in legend_rows(len(rows)):  # above, beside or under the table
        row = rows[r]
        for c, value in enumerate(row):
            if not (isinstance(value, str) and value.strip().strip(":").casefold() in LEGEND_WORDS):
                continue
            for below in rows[r + 1 : r + 12]:
                cells = [v.strip() for v in below[c : c + 4] if isinstance(v, str) and v.strip()]
                if not cells:
                    if meanings:
                        break
                    continue
                if len(cells) == 1 and (pair := _LEGEND_PAIR.match(cells[0])):
                    cells = [pair.group(1), pair.group(2)]
                if len(cells) < 2 or len(cells[0]) > 30:
                    continue
                said = vocabulary.classify(cells[1])
                key_read = vocabulary.classify(cells[0])
                if said not in (None, Status.MISSING) and (key_read is None or no_mark(cells[0])):
                    meanings.setdefault(cells[0], said)
    return meanings


_LEGEND_PAIR = re.compile(r"^(.{1,30}?)\s*(?:=|:|–|—)\s*(.+)$")


def by_colour(data: Normalised, colours: Mapping[int, Status]) -> tuple[Normalised, list[str]]:
    """A text the vocabulary does not know that stands, in two cells or more and every time, on a
    fill of one status ("Slipping" always on amber) means that status: the workbook says so
    itself. Said where it is read (the reading, the summary); one cell, or fills that differ,
    say nothing and the text stays unknown."""
    cells: dict[str, list[Item]] = {}
    for item in data.items:
        if item.status is None and isinstance(item.status_value, str):
            cells.setdefault(item.status_value.strip(), []).append(item)
    meaning: dict[str, Status] = {}
    for text, found in cells.items():
        said = {colours.get(item.row) for item in found}
        if len(found) >= 2 and len(said) == 1 and None not in said:
            meaning[text] = said.pop()  # type: ignore[assignment]
    return by_meaning(data, meaning)


def rollup_of(report: Report) -> RollUp:
    lang = report.language
    return roll_up(
        report.items,
        no_perspective=localised("summary.no_perspective", lang),
        no_goal=localised("summary.no_goal", lang),
    )
