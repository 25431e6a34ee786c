"""The command line: a thin shell over :mod:`xlfollow.actions`. Never a traceback; exit codes
0 = no errors (warnings allowed), 1 = errors found, 2 = the input cannot be used."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from xlfollow import __version__
from xlfollow.core.errors import XlfollowError, os_reason
from xlfollow.core.texts import LANGUAGES, counted, counted_kind, localised, number_word

if TYPE_CHECKING:
    from xlfollow.actions import Result
    from xlfollow.core.models import Report

OK, ERRORS, UNUSABLE = 0, 1, 2


def _help_text(key: str) -> str:
    """A help text in both languages: "svenska / English"."""
    return f"{localised(key, 'sv')} / {localised(key, 'en')}"


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line in the user's language, with the way to help."""

    language = "sv"

    def error(self, message: str) -> NoReturn:
        self.exit(UNUSABLE, f"xlfollow: {localised('usage-error', self.language, problem=message)}\n")


# argparse's own sentences, in Swedish (it looks them up through gettext at the moment it says them)
_ARGPARSE_SV = {
    "the following arguments are required: %s": "de här argumenten saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "expected one argument": "ett värde behövs",
    "expected at least one argument": "minst ett värde behövs",
    "not allowed with argument %s": "går inte ihop med %s",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydig: %(option)s kan vara %(matches)s",
    "usage: ": "användning: ",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "positional arguments": "argument",
    "options": "flaggor",
}


@contextlib.contextmanager
def _argparse_language(language: str) -> Iterator[None]:
    original = argparse._  # type: ignore[attr-defined]
    if language == "sv":
        argparse._ = lambda text: _ARGPARSE_SV.get(text, original(text))  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]


def _common_flags(parser: argparse.ArgumentParser, top: bool) -> None:
    """--lang, --debug and --config, before or after the command (after it, they win)."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--lang", choices=LANGUAGES, default=default, help=_help_text("help.lang"))
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help=_help_text("help.debug"),
    )
    parser.add_argument("--config", type=Path, default=default, help=_help_text("help.config"))


def _parser(language: str = "sv") -> argparse.ArgumentParser:
    _Parser.language = language
    parser = _Parser(prog="xlfollow", description=_help_text("help.program"))
    parser.add_argument("--version", action="version", version=f"xlfollow {__version__}")
    _common_flags(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(
            name, help=_help_text(f"help.{name}"), description=_help_text(f"help.{name}")
        )
        _common_flags(sub, top=False)
        return sub

    def book_command(name: str) -> argparse.ArgumentParser:
        sub = command(name)
        sub.add_argument("book", type=Path, help=_help_text("help.book"))
        return sub

    book_command("check").add_argument("--previous", type=Path, help=_help_text("help.previous"))
    run = book_command("run")
    run.add_argument("--previous", type=Path, help=_help_text("help.previous"))
    run.add_argument("-o", "--output", type=Path, help=_help_text("help.run-output"))
    run.add_argument("--in-place", action="store_true", help=_help_text("help.in-place"))
    run.add_argument("--pdf", action="store_true", help=_help_text("help.pdf"))
    run.add_argument("--pdf-kontroll", action="store_true", help=_help_text("help.pdf-control"))
    book_command("rollup").add_argument("--json", action="store_true", help=_help_text("help.json"))
    region = command("consolidate")
    region.add_argument("books", nargs="+", type=Path, help=_help_text("help.books"))
    region.add_argument("-o", "--output", type=Path, required=True, help=_help_text("help.region-output"))
    region.add_argument("--title", help=_help_text("help.title"))
    copy = book_command("export")
    copy.add_argument("-o", "--output", type=Path, help=_help_text("help.export-output"))
    copy.add_argument("--eml", action="store_true", help=_help_text("help.export-eml"))
    out = book_command("send")
    out.add_argument("-o", "--output", type=Path, help=_help_text("help.send-output"))
    out.add_argument("--by", help=_help_text("help.by"))
    back = book_command("collect")
    back.add_argument("answers", nargs="+", type=Path, help=_help_text("help.answers"))
    back.add_argument("-o", "--output", type=Path, help=_help_text("help.collect-output"))
    back.add_argument("--in-place", action="store_true", help=_help_text("help.in-place"))
    doc = book_command("report")
    doc.add_argument("-o", "--output", type=Path, help=_help_text("help.report-output"))
    doc.add_argument("--pdf", action="store_true", help=_help_text("help.report-pdf"))
    nxt = book_command("next-period")
    nxt.add_argument("-o", "--output", type=Path, help=_help_text("help.next-output"))
    nxt.add_argument("--period", required=True, help=_help_text("help.period"))
    teach = book_command("learn")
    teach.add_argument("-o", "--output", type=Path, help=_help_text("help.learn-output"))
    new = command("new")
    new.add_argument("kind", help="framgangsfaktorer | resultatmal | aktiva-mal | handlingsplaner")
    new.add_argument("output", type=Path, help=_help_text("help.new-output"))
    new.add_argument("--force", action="store_true", help=_help_text("help.force"))
    command("demo").add_argument(
        "folder", nargs="?", type=Path, default=Path("xlfollow-demo"), help=_help_text("help.folder")
    )
    return parser


def _quiet_collector() -> None:
    """Python's cyclic garbage collector, tuned for a command that builds many small objects and
    frees them at the end: what is imported is frozen out of its scans, and it runs a hundred times
    less often (it took 12-18 % of a run, issue 13). Reference counting still frees everything
    that has no cycles, which is nearly everything xlfollow makes."""
    import gc

    gc.freeze()
    gc.set_threshold(70_000, 50, 100)


def entry() -> int:
    """The ``xlfollow`` command: a process of its own, so its collector may be tuned."""
    _quiet_collector()
    return main()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    wanted = "en" if any(a in ("--lang=en",) for a in argv) or _after(argv, "--lang") == "en" else "sv"
    parser = _parser(wanted)
    if not argv:
        parser.print_help()
        return OK
    with _argparse_language(wanted):
        args = parser.parse_args(argv)
    lang = args.lang or "sv"
    if args.command is None:
        parser.print_help()
        return OK
    try:
        return _dispatch(args)
    except XlfollowError as exc:
        print(f"xlfollow: {exc.message(lang)}", file=sys.stderr)
        return UNUSABLE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into a command that stopped reading (head, less)
        sys.stderr.close()
        return OK
    except OSError as exc:  # a system error outside the actions' own handling: said, not shown
        print(
            f"xlfollow: {localised('system-error', lang, detail=os_reason(exc).said(lang))}", file=sys.stderr
        )
        return UNUSABLE
    except Exception as exc:  # the promise: never a traceback for users
        if args.debug:
            raise
        detail = type(exc).__name__
        print(f"xlfollow: {localised('internal-error', lang, detail=detail)}", file=sys.stderr)
        return UNUSABLE


def _after(argv: list[str], flag: str) -> str | None:
    return argv[argv.index(flag) + 1] if flag in argv and argv.index(flag) + 1 < len(argv) else None


def _warn_if_open(args: argparse.Namespace) -> None:
    """A workbook a command reads that is open in Excel: what Excel has not saved is not in the
    file, and the user is told so (a command that replaces it refuses instead)."""
    from xlfollow.actions import lock_file

    if getattr(args, "in_place", False):
        return
    books = [args.book] if getattr(args, "book", None) else list(getattr(args, "books", None) or [])
    for book in books:
        lock = lock_file(book) if book.is_file() else None
        if lock is not None:
            said = localised("open-in-excel", args.lang or "sv", path=book, lock=lock.name)
            print(f"xlfollow: {said}", file=sys.stderr)


def _dispatch(args: argparse.Namespace) -> int:
    from xlfollow import actions

    _warn_if_open(args)
    if args.command == "new":
        from xlfollow.templates import write_template

        write_template(args.kind, args.output, force=args.force)
        print(localised("cli-template", args.lang or "sv", path=args.output))
        return OK
    if args.command == "demo":
        from xlfollow.demo import run_demo

        return run_demo(args.folder, args.lang)
    if args.command == "export":
        from xlfollow.adapters.email_copy import export_path
        from xlfollow.adapters.lock import writing

        target = args.output or export_path(args.book)
        with writing(target):
            actions.refuse_to_replace(target)
            if args.eml:
                actions.refuse_to_replace(target.with_suffix(".eml"))
            exported = actions.export_copy(
                args.book, target, draft=args.eml, request=actions.Request(args.config, args.lang)
            )
        lang = exported.language
        print(localised("cli-exported", lang, path=target))
        if exported.draft:
            print(localised("cli-exported-draft", lang, path=exported.draft))
        return OK
    if args.command == "consolidate":
        return _consolidate(args)
    if args.command == "send":
        return _send(args)
    if args.command == "collect":
        return _collect(args)
    if args.command == "report":
        written = actions.write_report(
            args.book, args.output, pdf=args.pdf, request=actions.Request(args.config, args.lang)
        )
        lang = written.report.language
        _print_counts(written.report, sys.stderr if written.report.issues else sys.stdout)
        print(localised("cli-report", lang, path=written.document))
        if written.pdf is not None:
            print(localised("cli-pdf", lang, path=written.pdf))
        if written.pdf_problem is not None:
            print(f"xlfollow: {written.pdf_problem.message(lang)}", file=sys.stderr)
        return ERRORS if written.report.errors else OK
    if args.command == "learn":
        taught = actions.learn(args.book, args.output, actions.Request(args.config, args.lang))
        lang = args.lang or taught.language
        learned = taught.learned
        hidden = localised("learn-hidden", lang) if learned.hidden else ""
        if taught.replaced:
            print(localised("cli-wrote-over", lang, path=taught.written))
        if taught.unread is not None:
            from xlfollow.core.learn import unread_reason

            reason = unread_reason(taught.unread.key, taught.unread.fields, lang)
            print(
                localised(
                    "cli-learned-unread",
                    lang,
                    reason=reason,
                    path=taught.written,
                    row=learned.first_row,
                    hidden=hidden,
                )
            )
            return ERRORS
        print(
            localised(
                "cli-learned",
                lang,
                path=taught.written,
                row=learned.first_row,
                statuses=learned.statuses,
                unsure=learned.unsure,
                hidden=hidden,
            )
        )
        return OK
    if args.command == "next-period":
        from xlfollow.next_period import next_period

        done = next_period(args.book, args.output, args.period, args.config, args.lang)
        lang = done.report.language
        facts = done.facts
        more = localised("cli-next-period-coloured", lang, n=facts.coloured) if facts.coloured else ""
        if facts.formulas:
            more += localised("cli-next-period-formulas", lang, n=facts.formulas)
        if facts.column:
            more += localised(
                "cli-next-period-added" if facts.added else "cli-next-period-column",
                lang,
                column=facts.column,
            )
        print(
            localised(
                "cli-next-period",
                lang,
                path=done.written,
                emptied=number_word(facts.emptied, lang),
                period=args.period,
                coloured=more,
            )
        )
        return OK
    if args.command == "check":
        result = actions.check(args.book, args.config, args.lang, args.previous)
        _print_issues(result.report)
        _print_change(result.report)
        _print_reading(result.report)
    elif args.command == "run":
        result = actions.run(
            args.book,
            args.output,
            in_place=args.in_place,
            config=args.config,
            language=args.lang,
            previous=args.previous,
        )
        _print_issues(result.report)
        _print_change(result.report)
        lang = result.report.language
        print(localised("cli-wrote-over" if result.replaced else "cli-wrote", lang, path=result.written))
        if args.pdf or args.pdf_kontroll:
            from xlfollow.adapters.pdf import pdf_path, write_pdf
            from xlfollow.core.plan import SUMMARY_SHEET

            assert result.written is not None and result.plan is not None
            wanted = [s for s in result.plan.sheets if s.name == SUMMARY_SHEET or args.pdf_kontroll]
            try:
                print(localised("cli-pdf", lang, path=write_pdf(wanted, pdf_path(result.written))))
            except XlfollowError as problem:  # the workbook is written: said, and the exit is the check's
                print(f"xlfollow: {problem.message(lang)}", file=sys.stderr)
    elif args.command == "rollup":
        result = actions.check(args.book, args.config, args.lang)
        if args.json:
            import json

            print(json.dumps(result.rollup.as_json(), ensure_ascii=False, indent=2))
            if result.report.errors:
                _print_counts(result.report, sys.stderr)
        else:
            _print_rollup(result)
    return ERRORS if result.report.errors else OK


def _send(args: argparse.Namespace) -> int:
    from xlfollow.actions import Request, send

    done = send(args.book, args.output, args.by, Request(args.config, args.lang))
    lang = done.report.language
    items = sum(u.items for u in done.round.units)
    print(
        localised(
            "cli-sent",
            lang,
            units=counted(len(done.files), "unit", lang),
            folder=done.folder,
            items=counted(items, "item", lang),
        )
    )
    for unit, (name, workbook, _) in zip(done.round.units, done.files, strict=True):
        to = localised("cli-sent-to", lang, address=unit.email) if unit.email else ""
        print(
            localised(
                "cli-sent-unit",
                lang,
                unit=name,
                path=workbook.name,
                items=counted(unit.items, "item", lang),
                to=to,
            )
        )
    return OK


def _collect(args: argparse.Namespace) -> int:
    from xlfollow.actions import Request, collect
    from xlfollow.core.answers import lines

    done = collect(
        args.book, args.answers, args.output, in_place=args.in_place, request=Request(args.config, args.lang)
    )
    lang = done.report.language
    for path, problem in done.refused:
        print(localised("cli-unit-skipped", lang, path=path, problem=problem.message(lang)), file=sys.stderr)
    for line in lines(done.collected, lang):
        print(line)
    for finding in done.collected.findings:
        where = f"{finding.sheet}!A{finding.row}" if finding.sheet and finding.row else finding.unit
        print(f"{where}\t{finding.unit}\t{finding.code}\t{finding.message(lang)}")
    print(localised("cli-collected", lang, path=done.written))
    return ERRORS if done.refused or done.collected.findings else OK


def _consolidate(args: argparse.Namespace) -> int:
    from xlfollow.consolidate import consolidate

    lang = args.lang or "sv"
    region = consolidate(
        args.books, args.output, args.config, args.lang, args.title, progress=sys.stderr.isatty()
    )
    skipped = [u for u in region.units if u.report is None]
    for unit in skipped:
        print(localised("cli-unit-skipped", lang, path=unit.path, problem=unit.problem), file=sys.stderr)
    from xlfollow.core.region import OLDER, coverage

    for line in coverage(region, lang):
        print(line)
    usable = len(region.units) - len(skipped)
    print(
        localised(
            "cli-consolidated",
            lang,
            units=counted(usable, "unit", lang),
            items=counted_kind(region.rollup.items, region.kind, lang),
            path=args.output,
        )
    )
    errors = any(u.report is not None and u.report.errors for u in region.units)
    failed = any(u.key not in OLDER for u in skipped)
    return ERRORS if failed or errors else OK


def _print_issues(report: Report) -> None:
    lang = report.language
    for issue in report.issues:
        print(
            f"{issue.sheet}!{issue.cell}\t{issue.severity.label(lang)}\t{issue.code}\t{issue.message(lang)}"
        )
    _print_counts(report, sys.stdout)


def _print_change(report: Report) -> None:
    """The sentence on what has changed since the previous follow-up, when one was given."""
    if report.change is not None:
        print(report.change.sentence(report.layout.kind, report.language))


def _print_reading(report: Report) -> None:
    from xlfollow.core.reading import reading_lines

    print("\n" + localised("reading.title", report.language) + ":")
    for line in reading_lines(report):
        print("  " + line)


def _print_counts(report: Report, stream: TextIO) -> None:
    lang = report.language
    if report.issues:
        print(
            localised(
                "cli-counts",
                lang,
                errors=counted(report.errors, "error", lang),
                warnings=counted(report.warnings, "warning", lang),
                path=report.path,
            ),
            file=stream,
        )
    else:
        print(localised("cli-no-issues", lang, path=report.path), file=stream)


def _print_rollup(result: Result) -> None:
    from xlfollow.core.plan import choice_lines
    from xlfollow.core.rollup import KEYS
    from xlfollow.core.texts import summary_sentence

    report, rollup = result.report, result.rollup
    lang = report.language
    print(summary_sentence(report.layout.kind, rollup.status, lang))
    for line in choice_lines(report):  # what the counts rest on: a computed status, a chosen period
        print(line)
    header = "\t".join(localised(f"status.{k}", lang) for k in KEYS)
    for title, table in (
        ("summary.by_perspective", rollup.by_perspective),
        ("summary.by_goal", rollup.by_goal),
        ("summary.by_committee", rollup.by_committee),
    ):
        if not table:
            continue
        print(f"\n{localised(title, lang)}\t{header}")
        for name, counts in table.items():
            print(name + "\t" + "\t".join(str(counts[k]) for k in KEYS))


if __name__ == "__main__":
    sys.exit(main())
