"""The pipeline: the one way every entry goes (the command line, the buttons on desktop Excel and
on the remote engine, xlwings Lite, consolidate, next-period, send and collect).

    request  ->  read  ->  decide  ->  plan  ->  apply  ->  check after writing

A :class:`Request` says what an entry asks besides the workbook (a settings file, the language,
the previous round, whether files beside the workbook may be read). *Read* is the file reader or
the live reader; *decide* is the pure core (layout, items, issues, the previous round: a file, or
the workbook's own *Historik*); *plan* is one of the core's planners (a run, a new round, collected
answers); *apply* is the file writer (then the check after writing, before anything is replaced)
or the live writer. Adapters are imported where they are used: a button's path never imports the
file format, and a check never imports the writers."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xlfollow.core.errors import InputError, WorkbookError, XlfollowError, os_reason
from xlfollow.core.layout import find_layout
from xlfollow.core.models import Issue, Layout, Report
from xlfollow.core.report import FormattingReader, rollup_of, settings_for, settings_of, settings_sheet
from xlfollow.core.report import report_from_values as core_report
from xlfollow.core.rollup import RollUp
from xlfollow.core.settings import Settings
from xlfollow.core.values import BookValues

if TYPE_CHECKING:
    from xlfollow.core.answers import Answer, Collected
    from xlfollow.core.document import DocumentPlan
    from xlfollow.core.plan import Plan
    from xlfollow.core.rounds import NewRound
    from xlfollow.core.status import Status
    from xlfollow.core.units import SendRound, UnitBook
    from xlfollow.ooxml.package import Package
    from xlfollow.ooxml.verify import OriginalDigest
    from xlfollow.results import CollectResult, Exported, LearnResult, LiveResult, NextRound, Sent, Written

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


@dataclass(frozen=True)
class Request:
    """What an entry asks of the pipeline besides the workbook."""

    config: Path | None = None  # a settings file (--config)
    language: str | None = None  # --lang: wins over the settings
    previous: Path | None = None  # the previous round's workbook, named by the user (--previous)
    compare: bool = True  # False: no previous round at all (consolidate reads units, not rounds)
    files: bool = True  # whether files beside the workbook may be read (not on the remote engine)


@dataclass(frozen=True)
class Result:
    report: Report
    rollup: RollUp
    written: Path | None = None
    plan: Plan | None = None  # what was written (for the PDF of the board paper)
    replaced: bool = False  # ``written`` was there before (an earlier -klar copy): said, not silent


# --- read ----------------------------------------------------------------------------------------
def read_file(path: Path) -> BookValues:
    from xlfollow.adapters.file_reader import read_values

    return read_values(path)


def _file_formatting() -> FormattingReader:
    from xlfollow.adapters.file_reader import statuses_from_formatting

    return statuses_from_formatting


# --- decide --------------------------------------------------------------------------------------
def decide(
    book: BookValues, request: Request, *, digest: bool = False, formatting: FormattingReader | None = None
) -> tuple[Report, OriginalDigest | None]:
    """The report of ``book``: its layout, items and issues, and what has changed since the
    previous round when the request compares. With ``digest``, the original data sheet's digest
    (for the check after writing) is started as soon as the layout says which sheet it is."""
    settings = settings_for(book, request.config, request.language)
    layout = find_layout(
        book.rows(), settings, book.path, book.hidden(), book.owned, book.hidden_columns(), book.fills
    )
    original = None
    if digest and book.package is not None:
        from xlfollow.ooxml.verify import OriginalDigest

        original = OriginalDigest(book.package, book.package.sheet_part(layout.sheet))
    if formatting is None:
        formatting = _file_formatting() if book.package is not None else None
    report = (
        core_report(book, settings, layout, formatting) if formatting else core_report(book, settings, layout)
    )
    if request.compare:
        report = with_previous_round(report, book, settings, request)
    return report, original


def report_from_values(book: BookValues, settings: Settings, layout: Layout | None = None) -> Report:
    """The report of a workbook read from its file (statuses shown by a cell's look included)."""
    return core_report(book, settings, layout, formatting=_file_formatting())


def with_previous_round(report: Report, book: BookValues, settings: Settings, request: Request) -> Report:
    """``report`` beside the previous round: the workbook named with --previous, else the one the
    settings name (only a file in the workbook's own folder), else the last round the workbook's
    own *Historik* holds. A previous workbook that is missing, refused or unreadable is a warning
    on Kontroll (and the comparison falls back to Historik), never the end of the run."""
    from xlfollow.core.owned import HISTORY_SHEET, own_sheet

    named: Path | None = request.previous
    history = own_sheet(HISTORY_SHEET, book.owned)
    if named is None and history is None and not (settings.previous and request.files):
        return report  # no round before this one: nothing more to import or read
    from xlfollow.core.compare import compare
    from xlfollow.core.history import last_round, read_history
    from xlfollow.core.rules import previous_issue, unchanged_comment
    from xlfollow.core.texts import Phrase, localised

    issues: list[Issue] = []
    change = None
    cell = None  # where the previous round is named: --previous (None) or the settings cell
    if named is None and settings.previous and request.files:
        cell = _settings_cell(book, "previous")
        named, refused = safe_previous(book.path, settings.previous)
        if refused is not None:
            issues.append(previous_issue(report, "previous-refused", settings.previous, refused, cell))
    if named is not None:
        try:
            old_book = _read_previous(named)
        except FileNotFoundError:
            issues.append(previous_issue(report, "previous-not-found", str(named), None, cell))
        except InputError as exc:
            detail = Phrase(exc.key, **exc.fields)
            issues.append(previous_issue(report, "previous-unreadable", str(named), detail, cell))
        else:
            old_settings = settings_for(old_book, request.config, request.language)
            old = report_from_values(old_book, old_settings)
            change = compare(old.items, report.items, named.name, old.layout.period)
    if change is None and history is not None and history in book.sheets:
        last = last_round(read_history(book.sheets[history].rows))
        if last is not None:
            period, items = last
            change = compare(items, report.items, localised("history.previous", report.language), period)
    report = replace(report, change=change, issues=report.issues + tuple(issues))
    return replace(report, issues=report.issues + tuple(unchanged_comment(report)))


def safe_previous(workbook: str, named: str) -> tuple[Path | None, Any]:
    """The previous round's workbook a workbook's settings name, as a file in the workbook's own
    folder: (its path, None), or (None, why it is refused). A workbook that arrived by e-mail must
    not make xlfollow read any other file: no absolute path, drive, ``~``, ``..`` or link."""
    from xlfollow.core.texts import Phrase

    text = named.strip().replace("\\", "/")
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if (
        text.startswith(("/", "~"))
        or (len(text) > 1 and text[1] == ":")
        or ".." in parts
        or not parts
        or any(p.startswith("~") for p in parts)
    ):
        return None, Phrase("detail.previous-outside")
    folder = Path(workbook).parent
    path = folder.joinpath(*parts)
    try:
        if path.is_symlink() or any(p.is_symlink() for p in path.parents if folder in (p, *p.parents)):
            return None, Phrase("detail.previous-link")
    except OSError:
        return None, Phrase("detail.previous-outside")
    return path, None


def _settings_cell(book: BookValues, key: str) -> tuple[str, int, int] | None:
    """The settings sheet's cell that holds ``key``'s value (sheet, row, column)."""
    from xlfollow.core.report import settings_sheet
    from xlfollow.core.settings import setting_rows

    name = settings_sheet(book)
    row = setting_rows(book.sheets[name].rows).get(key) if name is not None else None
    return (name, row, 2) if name is not None and row is not None else None


def _read_previous(path: Path) -> BookValues:
    """The previous round's workbook, read as any input is (limits, kinds of file)."""
    if not path.exists():
        raise FileNotFoundError(str(path))
    from xlfollow.ooxml.limits import check_input

    check_input(path)
    return read_file(path)


def check(
    path: Path,
    config: Path | None = None,
    language: str | None = None,
    previous: Path | None = None,
    request: Request | None = None,
) -> Result:
    request = request or Request(config, language, previous)
    report, _ = decide(read_file(path), request)
    return Result(report, rollup_of(report))


def report_of(path: Path, config: Path | None = None, language: str | None = None) -> Report:
    """A unit's report as consolidation reads it: no previous round, no file beside it opened."""
    return decide(read_file(path), Request(config, language, compare=False, files=False))[0]


# --- run: check, colour, summarise --------------------------------------------------------------
def default_output(path: Path) -> Path:
    return path.with_name(f"{path.stem}-klar{path.suffix}")


def collected_output(path: Path) -> Path:
    """Where ``collect`` writes the master with the answers, unless told otherwise."""
    return path.with_name(f"{path.stem}-insamlad{path.suffix}")


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
    request: Request | None = None,
) -> Result:
    """Check, colour and summarise ``path``. Writes a new file (``output`` or ``NAME-klar.xlsx``)
    unless ``in_place``; never overwrites the workbook itself otherwise."""
    from xlfollow.ooxml.limits import check_input

    request = request or Request(config, language, previous)
    check_input(path)
    if in_place and output is not None:
        raise InputError("in-place-and-output", path=str(output))
    target = path if in_place else valid_output(path, output or default_output(path))

    def planned(book: BookValues, report: Report, rollup: RollUp) -> Plan:
        from xlfollow.core.plan import build_plan  # not for check: the plan is what run writes

        return build_plan(report, rollup, colour=colour, summarise=summarise)

    return apply_to_file(path, target, request, planned, in_place=in_place, values_planned=False)


def apply_to_file(
    path: Path,
    target: Path,
    request: Request,
    planner: Callable[[BookValues, Report, RollUp], Plan],
    *,
    in_place: bool = False,
    compare: bool | None = None,
    values_planned: bool = True,
    then: Callable[[Path], None] | None = None,
) -> Result:
    """Read ``path``, decide, plan with ``planner`` and write the plan to ``target`` through the
    file writer, if the written file passes the check after writing. A planner that plans from the
    report alone (``values_planned=False``: a run) gets the book without its cells, which go as
    soon as the report is made (a large sheet's rows are most of the memory)."""
    from xlfollow.adapters.lock import writing

    if compare is not None:
        request = replace(request, compare=compare)
    # In place, the workbook is read once the lock is held: as it is when no other xlfollow writes it.
    book = None if in_place else read_file(path)
    with writing(target):
        book = book or read_file(path)
        report, original = decide(book, request, digest=True)
        rollup = rollup_of(report)
        package = book.package
        assert package is not None
        if not values_planned:
            book.sheets.clear()  # the items hold what is needed; a large sheet's cells go now
        replaced = not in_place and target.exists()
        refuse_to_replace(target)
        plan = planner(book, report, rollup)
        book.sheets.clear()
        write_plan(plan, package, target, original, then)
    return Result(report, rollup, target, plan=plan, replaced=replaced)


def valid_output(path: Path, target: Path) -> Path:
    """``target`` as a new workbook written from ``path``: a file of the same kind, never a
    folder and never the workbook itself."""
    if target.is_dir():
        raise InputError("output-is-folder", path=str(target))
    if target.suffix.lower() != path.suffix.lower() or target.suffix.lower() not in WORKBOOK_SUFFIXES:
        raise InputError("output-not-xlsx", path=str(target), suffix=path.suffix)
    if same_file(target, path):
        raise InputError("same-output", path=str(path))
    return target


def owned_parts(package: Package) -> set[str]:
    """The parts of the sheets xlfollow owns (the sheets, their drawings and charts): xlfollow
    rewrites them on every run."""
    from xlfollow.ooxml.package import rels_path

    parts: set[str] = set()
    todo = list(package.owned_sheets().values())
    while todo:
        part = todo.pop()
        if part in parts:
            continue
        parts.update((part, rels_path(part)))
        todo.extend(target for _, _, target, mode in package.rels(part) if mode != "External")
    return parts


def _verified(
    package: Package,
    out: Path,
    data_parts: dict[str, str],
    owned: set[str],
    original: OriginalDigest | None,
    expected: dict[str, dict[tuple[int, int], object]] | None,
    then: Callable[[Path], None] | None,
) -> None:
    """The check after writing (``verify_written``), then the command's own (``then``)."""
    from xlfollow.ooxml.verify import verify_written

    verify_written(package, data_parts, owned, out, original, expected)
    if then is not None:
        then(out)


def write_plan(
    plan: Plan,
    package: Package,
    target: Path,
    original: OriginalDigest | None = None,
    then: Callable[[Path], None] | None = None,
) -> None:
    """Apply ``plan`` to ``package`` and save it to ``target``, if the written file passes the
    check after writing: the sheets the plan gives values to are compared cell by cell (only those
    cells changed, to those values), every other data sheet by its digest; and ``then`` (a
    command's own check of what it wrote, raising to stop before anything is replaced)."""
    from xlfollow.adapters.file_writer import apply_plan
    from xlfollow.ooxml.limits import check_writable

    data_parts = {name: part for name in plan.data_sheets() if (part := package.sheet_part(name)) is not None}
    for part in data_parts.values():
        check_writable(package, part)
    expected: dict[str, dict[tuple[int, int], object]] = {}
    for value in plan.values:
        if value.sheet in data_parts:
            expected.setdefault(value.sheet, {})[(value.row, value.col)] = value.value
    owned = owned_parts(package)
    try:
        apply_plan(
            plan,
            package,
            target,
            lambda pkg, out: _verified(pkg, out, data_parts, owned, original, expected or None, then),
        )
    except (InputError, WorkbookError):
        raise
    except OSError as exc:
        raise WorkbookError("write-failed", path=str(target), detail=os_reason(exc)) from None


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def lock_file(path: Path) -> Path | None:
    """The owner file Excel or Word keeps beside an open file (``~$name.xlsx``; Word drops the
    name's first two letters when it is long), if there is one."""
    locks = [path.with_name("~$" + path.name)]
    if path.suffix.lower() == ".docx":
        locks.append(path.with_name("~$" + path.name[2:]))
    return next((lock for lock in locks if lock.exists()), None)


def refuse_to_replace(target: Path) -> None:
    """A file xlfollow is to replace must not be open in Excel or Word (their owner file beside it)
    nor marked read-only: Excel refuses to save over either, and so does xlfollow."""
    if not target.exists():
        return
    lock = lock_file(target)
    if lock is not None:
        key = "locked-report" if target.suffix.lower() == ".docx" else "locked"
        raise WorkbookError(key, path=str(target), lock=lock.name)
    if not target.stat().st_mode & stat.S_IWUSR:  # the read-only mark (a bit root ignores too)
        raise WorkbookError("read-only", path=str(target))


# --- the buttons: the same pipeline on an open workbook -------------------------------------------


def run_live(book: Any, action: str, request: Request | None = None) -> LiveResult:
    """``action`` (check, colour, summarise, all) on an open workbook, through the live reader and
    writer. Desktop Excel compares with a previous workbook the settings name; the remote engine
    cannot read files, and compares with the workbook's own Historik."""
    from xlfollow.adapters.live_excel import apply_plan_live, is_remote, read_values, statuses_from_formatting
    from xlfollow.core.plan import build_plan
    from xlfollow.results import LiveResult

    remote = is_remote(book)
    request = replace(request or Request(), files=not remote)
    values = read_values(book)
    report, _ = decide(values, request, formatting=statuses_from_formatting(book))
    rollup = rollup_of(report)
    plan = build_plan(
        report,
        rollup,
        colour=action in ("colour", "all"),
        summarise=action in ("summarise", "all"),
        check=action in ("check", "summarise", "all"),
    )
    notes = apply_plan_live(plan, book, values.owned)
    return LiveResult(report, plan, notes)


# --- the report the board reads -------------------------------------------------------------------


def document_of(
    book: BookValues, request: Request, formatting: FormattingReader | None = None
) -> tuple[Report, DocumentPlan]:
    """The Word report of ``book``: decided as every entry decides (settings, previous round),
    then planned by ``core.document``."""
    from xlfollow.core.document import document_plan

    report, _ = decide(book, request, formatting=formatting)
    settings = settings_for(book, request.config, request.language)
    return report, document_plan(report, rollup_of(report), settings)


def write_report(
    path: Path, output: Path | None = None, *, pdf: bool = False, request: Request | None = None
) -> Written:
    """``xlfollow report``: the follow-up as a Word document (``output`` or ``NAME-rapport.docx``
    beside the workbook), and as a PDF when asked."""
    from xlfollow.adapters.docx_writer import report_path
    from xlfollow.ooxml.limits import check_input

    request = request or Request()
    check_input(path)
    target = output or report_path(path)
    if target.is_dir():
        raise InputError("output-is-folder", path=str(target))
    if target.suffix.lower() != ".docx":
        raise InputError("output-not-docx", path=str(target))
    report, plan = document_of(read_file(path), request)
    return _written(report, plan, target, pdf)


def _written(report: Report, plan: DocumentPlan, target: Path, pdf: bool) -> Written:
    from xlfollow.adapters.docx_writer import write_document
    from xlfollow.adapters.lock import writing
    from xlfollow.results import Written

    refuse_to_replace(target)
    with writing(target):
        write_document(plan, target)
    if not pdf:
        return Written(report, target)
    from xlfollow.adapters.pdf import convert_document

    try:
        return Written(report, target, convert_document(target, target.with_suffix(".pdf")))
    except XlfollowError as problem:  # the document stands: say both
        return Written(report, target, pdf_problem=problem)


def report_live(book: Any, request: Request | None = None) -> Written:
    """The button *Skriv rapport*: the open workbook's report beside it (desktop Excel; the remote
    engine and xlwings Lite cannot save a file)."""
    from xlfollow.adapters.docx_writer import report_path
    from xlfollow.adapters.live_excel import is_remote, local_file, read_values, statuses_from_formatting

    if is_remote(book):
        raise XlfollowError("report-remote")
    source = local_file(book)
    if source is None:
        raise XlfollowError("excel-not-a-file", name=book.name)
    report, plan = document_of(
        read_values(book), request or Request(), formatting=statuses_from_formatting(book)
    )
    return _written(report, plan, report_path(source), pdf=False)


# --- a new round -----------------------------------------------------------------------------------


def next_period(path: Path, output: Path | None, period: str, request: Request | None = None) -> NextRound:
    """Start the next round from a finished workbook: a new file (``output`` or ``NAME-PERIOD``)."""
    from xlfollow.core.rounds import next_round_plan
    from xlfollow.ooxml.limits import check_input
    from xlfollow.results import NextRound

    request = request or Request()
    check_input(path)
    if not period.strip():
        raise InputError("period-missing")
    slug = "-".join(period.split()).replace("/", "-")
    target = valid_output(path, output or path.with_name(f"{path.stem}-{slug}{path.suffix}"))
    facts: list[NewRound] = []

    def planned(book: BookValues, report: Report, rollup: RollUp) -> Plan:
        from xlfollow.adapters.file_reader import formula_cells, worded_fills

        needs_status_column(report, path, "next-period")
        formulas = formula_cells(book, report.layout)
        settings = settings_for(book, request.config, request.language)
        plan, done = next_round_plan(
            book, report, period, formulas, worded_fills(book, report.layout, settings)
        )
        facts.append(done)
        return plan

    def reads_the_round(written: Path) -> None:
        """The new round's workbook reads the finished round's items (the lines next-period wrote
        and the statuses it emptied tell the reading what the values told before): else nothing is
        saved, and one line says so."""
        try:
            after, _ = decide(read_file(written), replace(request, compare=False))
        except InputError as exc:
            if exc.key == "fill-period-missing":  # colours per period: the user adds the next column
                return
            raise InputError("next-period-unread", path=str(path), before=len(before), after=0) from None
        if sorted(i.text for i in after.items) != sorted(before):
            raise InputError("next-period-unread", path=str(path), before=len(before), after=len(after.items))
        # and each status next-period emptied (or gave a new period's column) reads as none yet: a
        # table read at another column with the same texts (a trend's arrows) would count them
        from xlfollow.core.a1 import col_letter
        from xlfollow.core.status import Status
        from xlfollow.core.values import CellFill

        tables = after.layout.tables()
        counted = [
            i
            for i in after.items
            if (tables[i.table].sheet, i.row) in emptied
            and i.status is not Status.MISSING
            and not isinstance(i.status_value, CellFill)  # a colour kept beside emptied words: said kept
        ]
        if counted:
            table = tables[counted[0].table]
            header = table.header_of(table.columns["status"]) or col_letter(table.columns["status"])
            raise InputError("next-period-counted", path=str(path), count=len(counted), header=header)

    before: list[str] = []
    emptied: set[tuple[str, int]] = set()  # (sheet, row) of the status cells emptied

    def planned_and_kept(book: BookValues, report: Report, rollup: RollUp) -> Plan:
        before.extend(i.text for i in report.items)
        plan = planned(book, report, rollup)
        emptied.update((v.sheet, v.row) for v in plan.values if v.value is None)
        return plan

    result = apply_to_file(path, target, request, planned_and_kept, compare=False, then=reads_the_round)
    return NextRound(result.report, target, facts[0])


def needs_status_column(report: Report, path: Path, command: str) -> None:
    """The round (send, collect, next-period) writes and reads the status column: a table whose
    status is computed from target and outcome has none, and says so rather than send a workbook
    with nowhere to answer."""
    from xlfollow.core.texts import TextKey

    if report.layout.computed:
        raise InputError("round-needs-status", path=str(path), command=TextKey(f"command.{command}"))


# --- the e-mail copy and its e-mail -------------------------------------------------------------


def export_copy(source: Path, target: Path, draft: bool = False, request: Request | None = None) -> Exported:
    """The macro-free e-mail copy of ``source`` at ``target`` and, with ``draft``, an e-mail draft
    beside it (``.eml``, unsent) with the copy attached and the summary's sentence and banners in
    its body. The workbook is read first (its counts, its language); one xlfollow cannot read as a
    follow-up still gets its copy and a draft without counts."""
    from xlfollow.adapters.email_copy import export
    from xlfollow.results import Exported

    request = replace(request or Request(), compare=False, files=False)
    if not draft:  # only the settings sheet, for the language of the line that says it is done
        from xlfollow.adapters.file_reader import settings_rows
        from xlfollow.core.settings import settings_from_rows

        export(source, target)
        rows = settings_rows(source)
        try:
            said = settings_from_rows(rows).language if rows else None
        except InputError:  # a setting run would refuse: not the copy's business
            said = None
        return Exported(target, None, None, request.language or said or "sv")
    try:
        book: BookValues | None = read_file(source)
        report: Report | None = decide(book, request)[0] if book is not None else None
    except (InputError, WorkbookError):  # not a follow-up (or not readable: export says so below)
        book, report = None, None
    export(source, target)
    from xlfollow.adapters.email_draft import write_draft
    from xlfollow.core.owned import CONTROL_SHEET, SUMMARY_SHEET, own_sheet
    from xlfollow.core.plan import banner_texts, choice_lines
    from xlfollow.core.texts import localised, summary_sentence

    lang = report.language if report else request.language or "sv"
    summary = own_sheet(SUMMARY_SHEET, book.owned) if book is not None else None
    opens = localised("export.mail.opens-data", lang)
    if summary:
        problems = report is not None and (report.errors or report.warnings)
        control = localised("export.mail.control", lang, sheet=CONTROL_SHEET) if problems else ""
        opens = localised("export.mail.opens-summary", lang, sheet=summary, control=control)
    period = f" {report.layout.period}" if report and report.layout.period else ""
    if report is None:
        body = localised("export.mail.body-no-counts", lang, file=target.name, opens=opens)
    else:
        body = localised(
            "export.mail.body",
            lang,
            period=period,
            file=target.name,
            sentence=summary_sentence(report.layout.kind, rollup_of(report).status, lang),
            banners="".join(f"{text}\n" for text in [*banner_texts(report), *choice_lines(report)]),
            opens=opens,
        )
    subject = localised("export.mail.subject", lang, period=period, name=source.stem)
    eml = target.with_suffix(".eml")
    try:
        write_draft(eml, None, subject, body, target)
    except OSError as exc:
        raise WorkbookError("write-failed", path=str(eml), detail=os_reason(exc)) from None
    return Exported(target, eml, report, lang)


# --- a round out and back: send, collect ---------------------------------------------------------


def send(
    master: Path, folder: Path | None = None, by: str | None = None, request: Request | None = None
) -> Sent:
    """One macro-free workbook per unit and an e-mail draft for each (``folder``, by default
    ``NAME-utskick`` beside the master), each checked after writing; the master is not changed."""
    import datetime as dt

    from xlfollow.core.report import settings_sheet
    from xlfollow.core.units import plan_send
    from xlfollow.ooxml.limits import check_input
    from xlfollow.results import Sent

    request = replace(request or Request(), compare=False)
    check_input(master)
    book = read_file(master)
    report, _ = decide(book, request)
    needs_status_column(report, master, "send")
    settings = settings_for(book, request.config, request.language)
    sent_at = dt.datetime.now().replace(second=0, microsecond=0).isoformat(sep=" ", timespec="minutes")
    extra = []
    if request.config is not None:
        from xlfollow.core.settings import settings_from_toml, settings_lines

        extra = settings_lines(settings_from_toml(request.config))
    name = settings_sheet(book)
    rows = book.sheets[name].rows if name is not None else []
    planned = plan_send(
        report, book, master.stem, by, sent_at, rows, settings.emails, extra, settings.lineage
    )
    folder = folder or master.with_name(f"{master.stem}-utskick")
    if folder.exists() and not folder.is_dir():
        raise InputError("send-folder-is-file", path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkbookError("write-failed", path=str(folder), detail=os_reason(exc)) from None
    lang = report.language
    period = report.layout.period or ""
    # every unit's files are written aside first and moved in when all are: a unit that fails
    # leaves no other unit's workbook behind ("Inget har sparats" holds for the whole send)
    import shutil
    import tempfile

    for stale in folder.glob(".~xlfollow-send-*"):  # a send stopped half-way (the machine went down)
        shutil.rmtree(stale, ignore_errors=True)
    try:
        staging = Path(tempfile.mkdtemp(prefix=".~xlfollow-send-", dir=folder))
    except OSError as exc:
        raise WorkbookError("write-failed", path=str(folder), detail=os_reason(exc)) from None
    try:
        written = _write_units(planned, book, staging, lang, period, master, request)
        files = [(unit, folder / target.name, folder / draft.name) for unit, target, draft in written]
        _move_in([p for _, target, draft in written for p in (target, draft)], folder, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Sent(report, planned, folder, tuple(files))


def _move_in(paths: list[Path], folder: Path, staging: Path) -> None:
    """Each of ``paths`` (in ``staging``) into ``folder``, all or none: a file there already (the
    last send's) is set aside first and put back when one move fails (a unit's workbook open in
    Excel), and the error names that file."""
    import shutil

    kept = staging / ".~before"
    kept.mkdir()
    moved: list[Path] = []
    saved: list[Path] = []
    for path in paths:
        target = folder / path.name
        try:
            if target.exists():
                os.replace(target, kept / path.name)
                saved.append(target)
            os.replace(path, target)
            moved.append(target)
        except OSError as exc:
            for done in moved:
                with contextlib.suppress(OSError):
                    done.unlink()
            for old in saved:
                with contextlib.suppress(OSError):
                    shutil.move(str(kept / old.name), str(old))
            raise WorkbookError("write-failed", path=str(target), detail=os_reason(exc)) from None


def _write_units(
    planned: SendRound, book: BookValues, folder: Path, lang: str, period: str, master: Path, request: Request
) -> list[tuple[str, Path, Path]]:
    from xlfollow.adapters.email_draft import write_draft
    from xlfollow.adapters.unit_book import write_unit_book
    from xlfollow.core.texts import counted, localised

    files = []
    for unit in planned.units:
        target = folder / f"{unit.file_stem}.xlsx"
        try:
            write_unit_book(unit, book, target, lang, check=_unit_check(unit, request))
            draft = write_draft(
                folder / f"{unit.file_stem}.eml",
                unit.email,
                localised("send.mail.subject", lang, period=period, unit=unit.unit).replace("  ", " "),
                localised(
                    "send.mail.body" if unit.asks_comment else "send.mail.body-status",  # no comment column
                    lang,
                    rows=counted(unit.items, "row", lang),
                    period=period,
                    master=master.name,
                ),
                target,
            )
        except WorkbookError:
            raise  # said already, with its own reason (a unit's workbook that does not read back)
        except OSError as exc:
            raise WorkbookError("write-failed", path=str(target), detail=os_reason(exc)) from None
        files.append((unit.unit, target, draft))
    return files


def _unit_check(unit: UnitBook, request: Request) -> Callable[[Path], None]:
    return lambda path: _check_unit_book(path, unit, request)


def _check_unit_book(path: Path, unit: UnitBook, request: Request) -> None:
    """The check after writing a unit's workbook: read back as collect will read it, it names the
    unit and round, holds the unit's items, and every item's key and text are the ones sent."""
    from xlfollow.core.units import KEY_HEADER

    try:
        book = read_file(path)
        report, _ = decide(book, replace(request, compare=False, config=None))
    except (InputError, WorkbookError):
        raise WorkbookError("verify-failed", path=str(path), sheet=unit.sheets[0].name) from None
    identity = report.identity
    sent = {row[0]: row[1] for row in unit.sent}
    keys = []
    for item in report.items:
        table = report.layout.tables()[item.table]
        col = next((c for c, h in table.headers.items() if h == KEY_HEADER), None)
        line = book.sheets[table.sheet].rows[item.row - 1]
        key = line[col - 1] if col is not None and col - 1 < len(line) else None
        if key not in sent or sent[key] != item.text:
            raise WorkbookError("verify-failed", path=str(path), sheet=table.sheet)
        keys.append(key)
    if (
        identity is None
        or identity.unit != unit.unit
        or len(keys) != unit.items
        or len(set(keys)) != len(keys)
    ):
        raise WorkbookError("verify-failed", path=str(path), sheet=unit.sheets[0].name)


def workbook_files(paths: list[Path], besides: Path | None = None) -> list[Path]:
    """The workbooks named, and those in the folders named (sorted), each once (a file named twice,
    itself and through its folder, counts once), without Excel's lock files, xlfollow's temporary
    files and ``besides`` (the master, the region workbook being written)."""
    skip = ("~$", ".~xlfollow")
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.iterdir()
                    if p.suffix.lower() in WORKBOOK_SUFFIXES and not p.name.startswith(skip)
                )
            )
        elif not path.name.startswith(skip):
            files.append(path)
    seen: set[Path] = set()
    unique = []
    for file in files:
        key = file.resolve()
        if key not in seen and not (besides is not None and same_file(file, besides)):
            seen.add(key)
            unique.append(file)
    return unique


def read_answers(
    files: list[Path], request: Request
) -> tuple[list[Answer], list[tuple[Path, XlfollowError]]]:
    """Each answer workbook read as a unit's workbook (its identity, keys and what was sent, and
    when it was saved: the time the workbook itself records, else the file's); a file that cannot
    be read is said (with its error), never the end of the collection."""
    import datetime as dt

    from xlfollow.adapters.file_reader import saved_at
    from xlfollow.core.answers import read_answer
    from xlfollow.ooxml.limits import check_input

    answers: list[Answer] = []
    refused: list[tuple[Path, XlfollowError]] = []
    for path in files:
        try:
            check_input(path)
            book = read_file(path)
            report, _ = decide(book, replace(request, compare=False, config=None))
            mtime = path.stat().st_mtime
        except (InputError, WorkbookError) as exc:
            refused.append((path, exc))
            continue
        except OSError as exc:
            refused.append((path, WorkbookError("unreadable", path=str(path), detail=os_reason(exc))))
            continue
        saved = saved_at(book) or mtime
        date = dt.datetime.fromtimestamp(saved).strftime("%Y-%m-%d %H:%M")
        answers.append(read_answer(book, report, str(path), saved, date, mtime))
    return answers, refused


def _some_answer(answers: list[Answer], refused: list[tuple[Path, XlfollowError]], request: Request) -> None:
    """Nothing to write when no answer could be read: said in one line, the master left as it is."""
    if not answers:
        problems = "; ".join(f"{p.name}: {e.message(request.language or 'sv')}" for p, e in refused[:3])
        raise InputError("collect-no-usable-answers", problems=problems)


def collect_plan(
    book: BookValues,
    report: Report,
    master: str,
    answers: list[Answer],
    formulas: Any,
    request: Request,
    formatting: FormattingReader | None = None,
) -> tuple[Plan, Collected]:
    """The plan of a collection: the answered cells' values, Historik and Kontroll. A status on
    Historik is read as the next run reads the collected cell (``formatting``: a number against the
    sheet's conditional formatting or legend, as the master's own are)."""
    from xlfollow.core.answers import collect_answers, collect_sheet, history_rows
    from xlfollow.core.history import history_sheet
    from xlfollow.core.owned import HISTORY_SHEET, own_sheet
    from xlfollow.core.plan import Plan as PlanOf

    collected = collect_answers(report, book, master, answers, formulas)
    settings = settings_for(book, request.config, request.language)
    history = own_sheet(HISTORY_SHEET, book.owned)
    earlier = book.sheets[history].rows if history is not None and history in book.sheets else []
    after = _read_after(book, report, collected, settings, formatting)
    rows = history_rows(collected, report, settings.vocabulary().classify, after)
    sheets = [collect_sheet(collected, master, report.language)]
    if rows or earlier:
        sheets.append(history_sheet(earlier, rows, report.language))
    values = list(collected.values())
    if settings.lineage is None and collected.answered:
        # the follow-up these answers belong to, kept with the workbook: next-period carries it to
        # the next round's file, whatever it is called, and consolidate tells rounds apart by it
        from xlfollow.core.rounds import settings_changes

        lined, new_settings = settings_changes(book, {"lineage": master}, report.language)
        values += lined
        if new_settings is not None:
            sheets.insert(0, new_settings)
    plan = PlanOf(
        data_sheet=report.layout.sheet,
        looks=[],
        notes=[],
        sheets=sheets,
        language=report.language,
        values=values,
        notes_replaced=False,
    )
    return plan, collected


def _read_after(
    book: BookValues, report: Report, collected: Any, settings: Settings, formatting: FormattingReader | None
) -> dict[tuple[str, int], Status | None]:
    """(sheet, row) -> each collected item's status as the next run reads it: the master's values
    with the answers in their cells, read by the same pipeline."""
    if not collected.changes:
        return {}
    sheets = dict(book.sheets)
    for change in collected.changes:
        sheet = sheets[change.sheet]
        if sheet is book.sheets[change.sheet]:  # copied once, before the first change
            sheet = sheets[change.sheet] = replace(sheet, rows=[list(row) for row in sheet.rows])
        while len(sheet.rows) < change.row:
            sheet.rows.append([])
        line = sheet.rows[change.row - 1]
        for col, value in change.cells():  # (a scale's steps: core/scale.py)
            line.extend([None] * (col - len(line)))
            line[col - 1] = value
    after = core_report(replace(book, sheets=sheets), settings, report.layout, formatting or _no_reading)
    tables = after.layout.tables()
    return {(tables[item.table].sheet, item.row): item.status for item in after.items}


def _no_reading(*_: Any) -> tuple[dict[int, Status], bool]:
    return {}, False


def collect(
    master: Path,
    paths: list[Path],
    output: Path | None = None,
    *,
    in_place: bool = False,
    request: Request | None = None,
) -> CollectResult:
    """Write the units' answers into the master's own cells (a new file ``NAME-insamlad``, or the
    master itself with ``in_place``); the check after writing proves only those cells changed."""
    from xlfollow.adapters.file_reader import formula_cells
    from xlfollow.core.units import ANSWER_FIELDS
    from xlfollow.ooxml.limits import check_input
    from xlfollow.results import CollectResult

    request = replace(request or Request(), compare=False)
    check_input(master)
    if in_place and output is not None:
        raise InputError("in-place-and-output", path=str(output))
    files = workbook_files(paths, master)
    if not files:
        raise InputError("collect-no-answers", paths=", ".join(str(p) for p in paths))
    answers, refused = read_answers(files, request)
    _some_answer(answers, refused, request)
    target = master if in_place else valid_output(master, output or collected_output(master))
    found: list[Collected] = []

    def planned(book: BookValues, report: Report, rollup: RollUp) -> Plan:
        needs_status_column(report, master, "collect")
        formulas = formula_cells(book, report.layout, ANSWER_FIELDS)
        plan, collected = collect_plan(
            book, report, master.stem, answers, formulas, request, _file_formatting()
        )
        found.append(collected)
        return plan

    result = apply_to_file(master, target, request, planned, in_place=in_place)
    return CollectResult(result.report, found[0], target, tuple(refused))


def collect_live(book: Any, folder: Path | None = None, request: Request | None = None) -> CollectResult:
    """The button Samla in: the answers in ``folder`` (by default ``NAME-svar`` beside the open
    workbook) written into the open workbook through the live writer (desktop Excel: the answers
    are files)."""
    from xlfollow.adapters.live_excel import (
        apply_plan_live,
        formula_cells,
        is_remote,
        local_file,
        read_values,
        statuses_from_formatting,
    )
    from xlfollow.core.errors import XlfollowError
    from xlfollow.results import CollectResult

    if is_remote(book):
        raise XlfollowError("collect-remote")
    request = replace(request or Request(), compare=False)
    source = local_file(book)
    if source is None:
        raise XlfollowError("excel-not-a-file", name=book.name)
    folder = folder or source.with_name(f"{source.stem}-svar")
    files = workbook_files([folder], source) if folder.is_dir() else []
    if not files:
        raise InputError("collect-no-answers", paths=str(folder))
    answers, refused = read_answers(files, request)
    _some_answer(answers, refused, request)
    values = read_values(book)
    report, _ = decide(values, request, formatting=statuses_from_formatting(book))
    needs_status_column(report, source, "collect")
    from xlfollow.core.units import ANSWER_FIELDS

    formulas = formula_cells(book, report.layout, ANSWER_FIELDS)
    plan, collected = collect_plan(
        values, report, source.stem, answers, formulas, request, statuses_from_formatting(book)
    )
    apply_plan_live(plan, book, values.owned)
    return CollectResult(report, collected, None, tuple(refused))


# --- learn: the reading written into the settings sheet, to confirm once ----------------------------


def _learn_planner(
    request: Request,
    formatting: FormattingReader,
    done: list[Any],
    writable: Callable[[BookValues, str | None], None] | None = None,
) -> Callable[[BookValues, Report, RollUp], Plan]:
    def planned(book: BookValues, report: Report, rollup: RollUp) -> Plan:
        from xlfollow.core.learn import learn_plan, rows_above

        settings = settings_for(book, request.config, request.language)
        sheet = settings_sheet(book)
        if writable is not None:
            writable(book, sheet)
        base: Report | None = report
        base_settings = settings
        if sheet is not None:  # the reading without the block written before: the evidence
            above = rows_above(book.sheets[sheet].rows)
            if len(above) < len(book.sheets[sheet].rows):
                base_settings = settings_of(above, request.config, request.language)
                try:
                    base = core_report(book, base_settings, None, formatting)
                except InputError:  # readable only with the block's lines (the user filled them in)
                    base = None
        elsewhere: dict[str, str] = {}
        if request.config is not None:  # the file wins over the sheet: its keys are shown, not set
            from xlfollow.core.settings import settings_from_toml, settings_lines

            from_file = settings_lines(settings_from_toml(request.config))
            elsewhere = {str(key).casefold(): request.config.name for key, _ in from_file}
        plan, learned = learn_plan(book, report, settings, sheet, base, base_settings, elsewhere)
        done.append(learned)
        return plan

    return planned


def learn(path: Path, output: Path | None = None, request: Request | None = None) -> LearnResult:
    """``xlfollow learn``: how the workbook was read, as lines of its settings sheet ``xlfollow``
    (core/learn.py), written into the workbook itself (``output``: into a copy). Nothing on the data
    sheets changes; the check after writing proves it."""
    from xlfollow.ooxml.limits import check_input
    from xlfollow.results import LearnResult

    # the workbook is read in its own language (the lines are its settings: an "OK" read by --lang
    # would be pinned for every later run), and the lines are written in it
    request = replace(request or Request(), compare=False, language=None)
    check_input(path)
    if output is not None and same_file(output, path):
        output = None  # -o naming the workbook itself: in place, which is what learn does anyway
    target = path if output is None else valid_output(path, output)
    done: list[Any] = []
    planner = _learn_planner(request, _file_formatting(), done, check_writable_settings)
    try:
        result = apply_to_file(path, target, request, planner, in_place=output is None)
    except InputError as exc:
        if exc.key not in UNREAD:
            raise
        from xlfollow.adapters.lock import writing

        with writing(target):  # what could not be read, as lines to fill in
            book = read_file(path)
            assert book.package is not None
            if output is not None:
                refuse_to_replace(target)
            plan, learned, lang = _unread_plan(book, request, exc)
            check_writable_settings(book, settings_sheet(book))
            replaced = output is not None and target.exists()
            write_plan(plan, book.package, target)
        return LearnResult(None, learned, target, exc, lang, replaced)
    return LearnResult(
        result.report, done[0], target, language=result.report.language, replaced=result.replaced
    )


UNREAD = ("no-header", "header-incomplete")  # a workbook learn writes the missing pieces of


def _unread_plan(book: BookValues, request: Request, error: XlfollowError) -> tuple[Plan, Any, str]:
    """The lines to fill in for a workbook no header row of which could be read: where xlfollow
    looked, and the missing columns (core/learn.unread_lines)."""
    from xlfollow.core.learn import unread_lines, unread_plan

    settings = settings_for(book, request.config)
    lang = settings.lang
    sheet, row = error.fields.get("sheet"), error.fields.get("row")
    lacking = [error.fields["key"]] if error.key == "header-incomplete" else ["item", "status"]
    settings_name = settings_sheet(book)
    data_sheet = sheet or next((n for n in book.sheets if n not in book.owned and n != settings_name), "")
    plan, learned = unread_plan(
        book, settings_name, unread_lines(sheet, row, lacking, lang), data_sheet, lang
    )
    return plan, replace(learned, unread=True), lang


def check_writable_settings(book: BookValues, sheet: str | None) -> None:
    """learn writes where the user can correct it: not on a protected settings sheet, and a new
    settings sheet not into a workbook whose structure is locked (both said in one line)."""
    import re

    package = book.package
    if package is None:
        return
    if sheet is not None:
        part = package.sheet_part(sheet)
        data = package.read(part) if part else b""
        if re.search(rb'<(?:\w+:)?sheetProtection\b[^>]*\bsheet="(?:1|true)"', data[:4096] + data[-4096:]):
            raise InputError("learn-protected", path=book.path, sheet=sheet)
    elif re.search(
        rb'<(?:\w+:)?workbookProtection\b[^>]*\blockStructure="(?:1|true)"', package.read(package.workbook)
    ):
        raise InputError("learn-locked", path=book.path)


def learn_live(book: Any, request: Request | None = None) -> LearnResult:
    """The button *Lär xlfollow läsa boken*: the same lines written into the open workbook's
    settings sheet through the live writer (both engines; the dropdowns on desktop Excel)."""
    from xlfollow.adapters.live_excel import apply_plan_live, read_values, statuses_from_formatting
    from xlfollow.results import LearnResult

    request = replace(request or Request(), compare=False)
    values = read_values(book)
    formatting = statuses_from_formatting(book)
    try:
        report, _ = decide(values, request, formatting=formatting)
    except InputError as exc:
        if exc.key not in UNREAD:
            raise
        plan, learned, lang = _unread_plan(values, request, exc)
        apply_plan_live(plan, book, values.owned)
        return LearnResult(None, learned, None, exc, lang)
    done: list[Any] = []
    plan = _learn_planner(request, formatting, done)(values, report, rollup_of(report))
    apply_plan_live(plan, book, values.owned)
    return LearnResult(report, done[0], None, language=report.language)


_RESULTS = frozenset(
    {"CollectResult", "Exported", "LearnResult", "LiveResult", "NextRound", "Sent", "Written"}
)


def __getattr__(name: str) -> Any:
    """``actions.Sent`` and the other results, from ``xlfollow.results`` when first asked for (a
    run never builds them)."""
    if name in _RESULTS:
        from xlfollow import results

        return getattr(results, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
