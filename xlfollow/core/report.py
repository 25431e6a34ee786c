"""From a workbook's values to a report: every table read, normalised and checked, and the roll-up.
Pure: each reader passes in how it reads statuses shown by a cell's formatting (``formatting``: the
file reader's icon sets, fills and symbol fonts; the live reader's fills, on desktop Excel)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from xlfollow.core.layout import find_layout, joined, split_tables
from xlfollow.core.models import Issue, Item, Layout, Report
from xlfollow.core.normalise import Normalised, normalise_rows
from xlfollow.core.rollup import RollUp, roll_up
from xlfollow.core.rules import validate
from xlfollow.core.settings import SETTINGS_SHEET, Settings, settings_from_rows, settings_from_toml
from xlfollow.core.status import Status
from xlfollow.core.texts import localised
from xlfollow.core.values import BookValues

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
    settings = Settings()
    name = settings_sheet(book)
    if name is not None:
        settings = settings_from_rows(book.sheets[name].rows)
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
        rows, settings, book.path, book.hidden(), book.owned, book.hidden_columns()
    )
    vocabulary = settings.vocabulary()
    tables: list[Layout] = []
    items: list[Item] = []
    issues: list[Issue] = []
    inferred: dict[str, None] = {}
    for table in layout.tables():
        sheet = book.sheets[table.sheet]
        first = normalise_rows(
            sheet.rows, table, settings, vocabulary, table=len(tables), merged=sheet.merged_rows
        )
        parts = split_tables(sheet.rows, table, first.header_like, settings) if first.header_like else [table]
        for part in parts:
            colours, changed = formatting(book, part, settings)
            data = first
            if changed or len(parts) > 1:  # read again: formatting shows statuses, or the table is shorter
                data = normalise_rows(
                    sheet.rows,
                    part,
                    settings,
                    vocabulary,
                    table=len(tables),
                    merged=book.sheets[table.sheet].merged_rows,  # the formatting may have found bands
                )
            if colours:
                data, read = by_colour(data, colours)
                inferred.update(dict.fromkeys(read))
            tables.append(part)
            items.extend(data.items)
            issues.extend(validate(part, data, settings, colours))
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
        inferred=tuple(inferred),
    )


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
    if not meaning:
        return data, []
    items = tuple(
        replace(item, status=meaning[item.status_value.strip()])
        if item.status is None and isinstance(item.status_value, str) and item.status_value.strip() in meaning
        else item
        for item in data.items
    )
    return replace(data, items=items), list(meaning)


def rollup_of(report: Report) -> RollUp:
    lang = report.language
    return roll_up(
        report.items,
        no_perspective=localised("summary.no_perspective", lang),
        no_goal=localised("summary.no_goal", lang),
    )
