"""The command line: a thin shell over :mod:`xlfollow.actions`. Never a traceback; exit codes
0 = no errors (warnings allowed), 1 = errors found, 2 = the input cannot be used."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from xlfollow.core.errors import XlfollowError
from xlfollow.core.texts import counted, say

if TYPE_CHECKING:
    from xlfollow.actions import Result
    from xlfollow.core.models import Report

OK, ERRORS, UNUSABLE = 0, 1, 2


def _h(key: str) -> str:
    """A help text in both languages: "svenska / English"."""
    return f"{say(key, 'sv')} / {say(key, 'en')}"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xlfollow", description=_h("help.program"))
    parser.add_argument("--lang", choices=("sv", "en"), help=_h("help.lang"))
    parser.add_argument("--debug", action="store_true", help=_h("help.debug"))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=_h(f"help.{name}"), description=_h(f"help.{name}"))

    def book_command(name: str) -> argparse.ArgumentParser:
        sub = command(name)
        sub.add_argument("book", type=Path, help=_h("help.book"))
        sub.add_argument("--config", type=Path, help=_h("help.config"))
        return sub

    book_command("check")
    run = book_command("run")
    run.add_argument("-o", "--output", type=Path, help=_h("help.run-output"))
    run.add_argument("--in-place", action="store_true", help=_h("help.in-place"))
    book_command("rollup").add_argument("--json", action="store_true", help=_h("help.json"))
    region = command("consolidate")
    region.add_argument("books", nargs="+", type=Path, help=_h("help.books"))
    region.add_argument("-o", "--output", type=Path, required=True, help=_h("help.region-output"))
    region.add_argument("--config", type=Path, help=_h("help.config"))
    region.add_argument("--title", help=_h("help.title"))
    book_command("export").add_argument("-o", "--output", type=Path, help=_h("help.export-output"))
    new = command("new")
    new.add_argument("kind", help="framgangsfaktorer | resultatmal | aktiva-mal | handlingsplaner")
    new.add_argument("output", type=Path, help=_h("help.new-output"))
    command("demo").add_argument(
        "folder", nargs="?", type=Path, default=Path("xlfollow-demo"), help=_h("help.folder")
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    lang = args.lang or "sv"
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
    except Exception as exc:  # the promise: never a traceback for users
        if args.debug:
            raise
        detail = type(exc).__name__
        print(f"xlfollow: {say('internal-error', lang, detail=detail)}", file=sys.stderr)
        return UNUSABLE


def _dispatch(args: argparse.Namespace) -> int:
    from xlfollow import actions

    if args.command == "new":
        from xlfollow.templates import write_template

        write_template(args.kind, args.output)
        print(say("cli-template", args.lang or "sv", path=args.output))
        return OK
    if args.command == "demo":
        from xlfollow.demo import run_demo

        return run_demo(args.folder, args.lang)
    if args.command == "export":
        from xlfollow.adapters.email_copy import export, export_path
        from xlfollow.adapters.lock import writing

        target = args.output or export_path(args.book)
        with writing(target):
            export(args.book, target)
        print(say("cli-exported", args.lang or "sv", path=target))
        return OK
    if args.command == "consolidate":
        return _consolidate(args)
    if args.command == "check":
        result = actions.check(args.book, args.config, args.lang)
        _print_issues(result.report)
    elif args.command == "run":
        result = actions.run(
            args.book, args.output, in_place=args.in_place, config=args.config, language=args.lang
        )
        _print_issues(result.report)
        print(say("cli-wrote", result.report.language, path=result.written))
    elif args.command == "rollup":
        result = actions.check(args.book, args.config, args.lang)
        if args.json:
            print(json.dumps(result.rollup.as_json(), ensure_ascii=False, indent=2))
            if result.report.errors:
                _print_counts(result.report, sys.stderr)
        else:
            _print_rollup(result)
    return ERRORS if result.report.errors else OK


def _consolidate(args: argparse.Namespace) -> int:
    from xlfollow.consolidate import consolidate

    lang = args.lang or "sv"
    region = consolidate(
        args.books, args.output, args.config, args.lang, args.title, progress=sys.stderr.isatty()
    )
    skipped = [u for u in region.units if u.report is None]
    for unit in skipped:
        print(say("cli-unit-skipped", lang, path=unit.path, problem=unit.problem), file=sys.stderr)
    usable = len(region.units) - len(skipped)
    print(say("cli-consolidated", lang, units=usable, items=region.rollup.items, path=args.output))
    errors = any(u.report is not None and u.report.errors for u in region.units)
    return ERRORS if skipped or errors else OK


def _print_issues(report: Report) -> None:
    lang = report.language
    for issue in report.issues:
        print(
            f"{issue.sheet}!{issue.cell}\t{issue.severity.label(lang)}\t{issue.code}\t{issue.message(lang)}"
        )
    _print_counts(report, sys.stdout)


def _print_counts(report: Report, stream: TextIO) -> None:
    lang = report.language
    if report.issues:
        print(
            say(
                "cli-counts",
                lang,
                errors=counted(report.errors, "error", lang),
                warnings=counted(report.warnings, "warning", lang),
                path=report.path,
            ),
            file=stream,
        )
    else:
        print(say("cli-no-issues", lang, path=report.path), file=stream)


def _print_rollup(result: Result) -> None:
    from xlfollow.core.rollup import KEYS
    from xlfollow.core.texts import summary_sentence

    report, rollup = result.report, result.rollup
    lang = report.language
    print(summary_sentence(report.layout.kind, rollup.status, lang))
    header = "\t".join(say(f"status.{k}", lang) for k in KEYS)
    for title, table in (
        ("summary.by_perspective", rollup.by_perspective),
        ("summary.by_goal", rollup.by_goal),
        ("summary.by_committee", rollup.by_committee),
    ):
        if not table:
            continue
        print(f"\n{say(title, lang)}\t{header}")
        for name, counts in table.items():
            print(name + "\t" + "\t".join(str(counts[k]) for k in KEYS))


if __name__ == "__main__":
    sys.exit(main())
