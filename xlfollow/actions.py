"""What xlfollow does, as functions the command line and the Excel buttons both call:
check, colour, summarise (run), roll up."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from xlfollow.errors import InputError, WorkbookError
from xlfollow.layout import OWNED_SHEETS, find_layout
from xlfollow.models import Report
from xlfollow.normalise import normalise_rows
from xlfollow.plan import Plan, build_plan
from xlfollow.readers.workbook import BookValues, read_values
from xlfollow.rollup import RollUp, roll_up
from xlfollow.rules import validate
from xlfollow.settings import SETTINGS_SHEET, Settings, settings_from_rows, settings_from_toml
from xlfollow.texts import say
from xlfollow.writers.lock import writing

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class Result:
    report: Report
    rollup: RollUp
    written: Path | None = None


def settings_for(book: BookValues, config: Path | None = None, language: str | None = None) -> Settings:
    settings = Settings()
    for name, sheet in book.sheets.items():
        if name.casefold() == SETTINGS_SHEET:
            settings = settings_from_rows(sheet.rows)
            break
    if config is not None:
        settings = settings.merged(settings_from_toml(config))
    if language:
        settings = settings.merged(Settings(language=language))
    return settings


def report_from_values(book: BookValues, settings: Settings) -> Report:
    """The pure part: from values to a report (layout, items, issues)."""
    rows = book.rows()
    layout = find_layout(rows, settings, book.path)
    data = normalise_rows(rows[layout.sheet], layout, settings)
    issues = validate(layout, data, settings)
    return Report(
        path=book.path,
        layout=layout,
        items=data.items,
        issues=tuple(issues),
        language=settings.language,
        title=settings.report_title,
    )


def rollup_of(report: Report) -> RollUp:
    lang = report.language
    return roll_up(
        report.items, no_perspective=say("summary.no_perspective", lang), no_goal=say("summary.no_goal", lang)
    )


def check(path: Path, config: Path | None = None, language: str | None = None) -> Result:
    return _check_book(read_values(path), config, language)


def _check_book(book: BookValues, config: Path | None, language: str | None) -> Result:
    report = report_from_values(book, settings_for(book, config, language))
    return Result(report, rollup_of(report))


def default_output(path: Path) -> Path:
    return path.with_name(f"{path.stem}-klar{path.suffix}")


def run(
    path: Path,
    output: Path | None = None,
    *,
    in_place: bool = False,
    config: Path | None = None,
    language: str | None = None,
    colour: bool = True,
    summarise: bool = True,
) -> Result:
    """Check, colour and summarise ``path``. Writes a new file (``output`` or ``NAME-klar.xlsx``)
    unless ``in_place``; never overwrites the workbook itself otherwise."""
    if in_place:
        target = path
    else:
        target = output or default_output(path)
        if target.suffix.lower() != path.suffix.lower() or target.suffix.lower() not in WORKBOOK_SUFFIXES:
            raise InputError("output-not-xlsx", path=str(target), suffix=path.suffix)
        if _same_file(target, path):
            raise InputError("same-output", path=str(path))
    if not path.exists():
        raise InputError("file-not-found", path=str(path))
    # In place, the workbook is read once the lock is held: as it is when no other xlfollow writes it.
    book = None if in_place else read_values(path)
    with writing(target):
        book = book or read_values(path)
        result = _check_book(book, config, language)
        _refuse_if_open(target)
        plan = build_plan(result.report, result.rollup, colour=colour, summarise=summarise)
        write_plan(plan, path, target, verify=lambda written: _same_values(book, written))
    return Result(result.report, result.rollup, target)


def _same_values(before: BookValues, written: Path) -> None:
    """The check before a save may land: every value of every sheet the user had reads back
    equal from the written file."""
    after = read_values(written)
    for name, sheet in before.sheets.items():
        if name in OWNED_SHEETS:
            continue
        if name not in after.sheets or after.sheets[name].rows != sheet.rows:
            raise WorkbookError("verify-failed", path=before.path, sheet=name)


def write_plan(plan: Plan, source: Path, target: Path, verify: Callable[[Path], None] | None = None) -> None:
    from xlfollow.writers.xlsx import apply_plan

    try:
        apply_plan(plan, source, target, verify)
    except (InputError, WorkbookError):
        raise
    except OSError as exc:
        raise WorkbookError("write-failed", path=str(target), detail=exc.strerror or str(exc)) from None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def lock_file(path: Path) -> Path:
    """The owner file Excel keeps beside an open workbook: ``~$name.xlsx``."""
    return path.with_name("~$" + path.name)


def _refuse_if_open(target: Path) -> None:
    lock = lock_file(target)
    if target.exists() and lock.exists():
        raise WorkbookError("locked", path=str(target), lock=lock.name)
