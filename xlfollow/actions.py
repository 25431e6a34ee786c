"""What xlfollow does, as functions the command line and the Excel buttons both call:
check, colour, summarise (run), roll up."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from xlfollow.adapters.file_reader import read_values, status_looks
from xlfollow.adapters.lock import writing
from xlfollow.core.errors import InputError, WorkbookError, os_reason
from xlfollow.core.layout import find_layout
from xlfollow.core.models import Layout, Report
from xlfollow.core.report import report_from_values as core_report
from xlfollow.core.report import rollup_of, settings_for
from xlfollow.core.rollup import RollUp
from xlfollow.core.settings import Settings
from xlfollow.core.values import BookValues
from xlfollow.ooxml.limits import WORKBOOK_SUFFIXES, check_input, check_writable
from xlfollow.ooxml.package import Package, rels_path

if TYPE_CHECKING:
    from xlfollow.core.plan import Plan
    from xlfollow.ooxml.verify import OriginalDigest


@dataclass(frozen=True)
class Result:
    report: Report
    rollup: RollUp
    written: Path | None = None
    original: OriginalDigest | None = None  # the digest being computed for the check after writing
    plan: Plan | None = None  # what was written (for the PDF of the board paper)


def report_from_values(book: BookValues, settings: Settings, layout: Layout | None = None) -> Report:
    """The report of a workbook read from its file: statuses shown by a cell's look included."""
    return core_report(book, settings, layout, looks=status_looks)


def check(
    path: Path, config: Path | None = None, language: str | None = None, previous: Path | None = None
) -> Result:
    return _check_book(read_values(path), config, language, previous=previous)


def report_of(path: Path, config: Path | None = None, language: str | None = None) -> Report:
    """What ``check`` finds, without its roll-up (consolidation rolls up its units its own way)."""
    return _report_of(read_values(path), config, language)[0]


def _check_book(
    book: BookValues,
    config: Path | None,
    language: str | None,
    digest: bool = False,
    previous: Path | None = None,
) -> Result:
    """Check ``book``, beside the ``previous`` follow-up when one is given (or named by the
    settings' ``previous``). With ``digest``, the original data sheet's digest (for the check
    after writing) is started as soon as the layout says which sheet it is."""
    report, original = _report_of(book, config, language, digest, previous)
    return Result(report, rollup_of(report), original=original)


def _report_of(
    book: BookValues,
    config: Path | None,
    language: str | None,
    digest: bool = False,
    previous: Path | None = None,
) -> tuple[Report, OriginalDigest | None]:
    settings = settings_for(book, config, language)
    layout = find_layout(book.rows(), settings, book.path, book.hidden(), book.owned)
    original = None
    if digest and book.package is not None:
        from xlfollow.ooxml.verify import OriginalDigest

        original = OriginalDigest(book.package, book.package.sheet_part(layout.sheet))
    report = report_from_values(book, settings, layout)
    previous = previous or previous_of(book.path, settings)
    if previous is not None:
        report = with_previous(report, previous, config, language)
    return report, original


def previous_of(path: str, settings: Settings) -> Path | None:
    """The previous follow-up the settings name (``previous``), relative to the workbook's folder."""
    if not settings.previous:
        return None
    named = Path(settings.previous).expanduser()
    return named if named.is_absolute() else Path(path).parent / named


def with_previous(report: Report, previous: Path, config: Path | None, language: str | None) -> Report:
    """``report`` with what has changed since ``previous`` (another round of the same follow-up):
    matched items, moves, new and removed items, and comments carried over word for word."""
    from dataclasses import replace

    from xlfollow.core.compare import compare
    from xlfollow.core.rules import unchanged_comment

    if not previous.exists():
        raise InputError("previous-not-found", path=str(previous))
    old_book = read_values(previous)
    old = report_from_values(old_book, settings_for(old_book, config, language))
    change = compare(old.items, report.items, previous.name, old.layout.period)
    report = replace(report, change=change)
    return replace(report, issues=report.issues + tuple(unchanged_comment(report)))


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
    previous: Path | None = None,
) -> Result:
    """Check, colour and summarise ``path``. Writes a new file (``output`` or ``NAME-klar.xlsx``)
    unless ``in_place``; never overwrites the workbook itself otherwise."""
    check_input(path)
    if in_place and output is not None:
        raise InputError("in-place-and-output", path=str(output))
    target = path if in_place else valid_output(path, output or default_output(path))
    # In place, the workbook is read once the lock is held: as it is when no other xlfollow writes it.
    book = None if in_place else read_values(path)
    with writing(target):
        book = book or read_values(path)
        result = _check_book(book, config, language, digest=True, previous=previous)
        package = book.package
        book.sheets.clear()  # the items hold what is needed; a large sheet's cells go now
        _refuse_if_open(target)
        assert package is not None
        for name in result.report.layout.sheets():
            check_writable(package, package.sheet_part(name))
        from xlfollow.core.plan import build_plan  # not for check: the plan is what run writes

        plan = build_plan(result.report, result.rollup, colour=colour, summarise=summarise)
        write_plan(plan, package, target, result.original)
    return Result(result.report, result.rollup, target, plan=plan)


def valid_output(path: Path, target: Path) -> Path:
    """``target`` as a new workbook written from ``path``: a file of the same kind, never a
    folder and never the workbook itself."""
    if target.is_dir():
        raise InputError("output-is-folder", path=str(target))
    if target.suffix.lower() != path.suffix.lower() or target.suffix.lower() not in WORKBOOK_SUFFIXES:
        raise InputError("output-not-xlsx", path=str(target), suffix=path.suffix)
    if _same_file(target, path):
        raise InputError("same-output", path=str(path))
    return target


def owned_parts(package: Package) -> set[str]:
    """The parts of the sheets xlfollow owns (the sheets, their drawings and charts): xlfollow
    rewrites them on every run."""
    parts: set[str] = set()
    todo = list(package.owned_sheets().values())
    while todo:
        part = todo.pop()
        if part in parts:
            continue
        parts.update((part, rels_path(part)))
        todo.extend(target for _, _, target, mode in package.rels(part) if mode != "External")
    return parts


def write_plan(plan: Plan, package: Package, target: Path, original: OriginalDigest | None = None) -> None:
    """Apply ``plan`` to ``package`` and save it to ``target``, if the written file passes the check."""
    from xlfollow.adapters.file_writer import apply_plan
    from xlfollow.ooxml.verify import verify_written

    data_parts = {name: part for name in plan.data_sheets() if (part := package.sheet_part(name)) is not None}
    owned = owned_parts(package)
    try:
        apply_plan(
            plan, package, target, lambda pkg, out: verify_written(pkg, data_parts, owned, out, original)
        )
    except (InputError, WorkbookError):
        raise
    except OSError as exc:
        raise WorkbookError("write-failed", path=str(target), detail=os_reason(exc)) from None


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
