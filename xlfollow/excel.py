"""The Excel side: what the buttons of workbook/xlfollow.xlsm and the ribbon of the add-in
workbook/xlfollow.xlam run, through xlwings' RunPython.

Every button calls one VBA dispatcher, which passes the clicked button's name here; a whitelist
maps it to an action. The macro workbook's buttons act on that workbook (:func:`button`); the
add-in's act on the active workbook, whatever the office keeps (:func:`addin_button`). Errors
reach the user as a message box in Swedish (or English) that says what to do, never as a
traceback window."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from xlfollow.core.errors import XlfollowError
from xlfollow.core.texts import counted, localised

ACTIONS = ("check", "colour", "summarise", "export", "all", "send", "collect", "report", "learn")
# button name (as written in the workbook) -> action
BUTTONS = {
    "Kontrollera": "check",
    "Farglagg": "colour",
    "Sammanstall": "summarise",
    "GorKlarForEpost": "export",
    "KorAllt": "all",
    "SkickaUt": "send",
    "SamlaIn": "collect",
    "SkrivRapport": "report",
    "LarLasa": "learn",
}
# the add-in's ribbon tab: (group, ((button name, Office image, size), ...)); the labels are the
# messages ribbon.<name> and ribbon.<name>.tip (workbook/build.py writes the ribbon from these)
RIBBON_GROUPS = (
    (
        "Uppfoljning",
        (
            ("KorAllt", "MacroPlay", "large"),
            ("Kontrollera", "ReviewNewComment", "normal"),
            ("Farglagg", "FormatPainter", "normal"),
            ("Sammanstall", "ChartInsert", "normal"),
            ("LarLasa", "DataValidation", "normal"),
        ),
    ),
    ("Dela", (("GorKlarForEpost", "FileSendAsAttachment", "large"), ("SkrivRapport", "FileSaveAs", "large"))),
    ("Omgangen", (("SkickaUt", "Forward", "large"), ("SamlaIn", "Reply", "large"))),
)
# what the add-in writes into a workbook without macros only after asking; the command line
# writes a copy instead (run: NAME-klar.xlsx; collect: NAME-insamlad.xlsx). The other actions write
# files beside the workbook, as the buttons do
IN_PLACE_ACTIONS = ("check", "colour", "summarise", "all", "collect")


@contextlib.contextmanager
def quietly(book: Any, remote: bool) -> Iterator[Callable[[str], None]]:
    """Screen updating off while xlfollow works (restored after, also on error), and a progress
    line in Excel's status bar where the engine has one."""
    app = book.app
    with contextlib.suppress(Exception):  # an engine without the setting
        app.screen_updating = False

    def progress(text: str) -> None:
        if not remote:
            with contextlib.suppress(Exception):
                app.status_bar = text

    try:
        yield progress
    finally:
        with contextlib.suppress(Exception):
            app.screen_updating = True
        if not remote:
            with contextlib.suppress(Exception):
                app.status_bar = False


def run_action(action: str, book: Any = None) -> str:
    """Run ``action`` on ``book`` (``None``: the workbook whose button was clicked), through the
    pipeline (:func:`xlfollow.actions.run_live`). Returns a one-line report of what was done."""
    from xlfollow.actions import run_live

    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if book is None:
        import xlwings as xw

        book = xw.Book.caller()
    from xlfollow.adapters.live_excel import is_remote

    with quietly(book, is_remote(book)) as progress:
        if action == "export":
            return export_book(book)
        if action == "send":
            return send_book(book)
        if action == "collect":
            return collect_book(book)
        if action == "report":
            return report_book(book)
        if action == "learn":
            return learn_book(book)
        progress(localised("excel.reading", "sv"))
        done = run_live(book, action)
        report = done.report
        lang = report.language
        line = localised(
            "excel.done",
            lang,
            items=counted(len(report.items), "item", lang),
            errors=counted(report.errors, "error", lang),
            warnings=counted(report.warnings, "warning", lang),
        )
        return line if done.notes else line + " " + localised("excel.no-notes", lang)


def export_book(book: Any) -> str:
    """Save the workbook, then write the macro-free e-mail copy next to it and an e-mail draft
    (``.eml``) with the copy attached, which Outlook opens as a draft."""
    from xlfollow.actions import export_copy
    from xlfollow.adapters.email_copy import export_path
    from xlfollow.adapters.live_excel import is_remote, saved_file

    if is_remote(book):
        raise XlfollowError("export-remote")
    source = saved_file(book)
    target = export_path(source)
    done = export_copy(source, target, draft=True)
    lang = done.language
    message = localised("cli-exported", lang, path=target)
    if done.draft:
        message += "\n" + localised("cli-exported-draft", lang, path=done.draft)
    pdf = board_paper(book, source)
    return message + "\n" + (localised("cli-pdf", lang, path=pdf) if pdf else localised("excel.no-pdf", lang))


def send_book(book: Any) -> str:
    """Skicka ut: save the workbook, then write each unit's workbook and e-mail draft into
    ``NAME-utskick`` beside it (and make the folder ``NAME-svar`` for the answers)."""
    from xlfollow.actions import send
    from xlfollow.adapters.live_excel import is_remote, saved_file

    if is_remote(book):
        raise XlfollowError("send-remote")
    source = saved_file(book)
    done = send(source)
    answers = source.with_name(f"{source.stem}-svar")
    answers.mkdir(exist_ok=True)
    lang = done.report.language
    return localised(
        "excel.sent", lang, units=counted(len(done.files), "unit", lang), folder=done.folder, answers=answers
    )


def collect_book(book: Any) -> str:
    """Samla in: the answers saved in ``NAME-svar`` written into the open workbook's own cells."""
    from xlfollow.actions import collect_live
    from xlfollow.core.answers import lines

    done = collect_live(book)
    lang = done.report.language
    return localised("excel.collected", lang, lines=" ".join(lines(done.collected, lang)))


def report_book(book: Any) -> str:
    """Skriv rapport: the open workbook's follow-up as a Word document beside it."""
    from xlfollow.actions import report_live

    done = report_live(book)
    return localised("excel.report", done.report.language, path=done.document)


def learn_book(book: Any) -> str:
    """Lär xlfollow läsa boken: how the open workbook was read, as lines of its settings sheet
    ``xlfollow`` to check and correct (``xlfollow learn``); for a workbook that could not be read,
    the missing pieces as lines to fill in."""
    from xlfollow.actions import learn_live

    done = learn_live(book)
    learned, lang = done.learned, done.language
    hidden = localised("learn-hidden", lang) if learned.hidden else ""
    if done.unread is not None:
        from xlfollow.core.learn import unread_reason

        reason = unread_reason(done.unread.key, done.unread.fields, lang)
        return localised("excel.learned-unread", lang, reason=reason, row=learned.first_row, hidden=hidden)
    return localised(
        "excel.learned",
        lang,
        row=learned.first_row,
        statuses=learned.statuses,
        unsure=learned.unsure,
        hidden=hidden,
    )


def board_paper(book: Any, source: Path) -> Path | None:
    """The summary sheet as a PDF beside the workbook, by Excel's own PDF export (desktop
    Excel); None when the workbook has no summary yet or Excel cannot export."""
    from xlfollow.adapters.pdf import pdf_path
    from xlfollow.core.plan import SUMMARY_SHEET

    names = [s.name for s in book.sheets]
    if SUMMARY_SHEET not in names:
        return None
    target = pdf_path(source)
    try:
        book.sheets[SUMMARY_SHEET].to_pdf(str(target))
    except Exception:  # an engine without PDF export (xlwings Lite, older Excel for Mac)
        return None
    return target


def button(name: str, book: Any = None) -> None:
    """The entry point of the VBA dispatcher: ``RunPython "import xlfollow.excel as x:
    x.button('<clicked button>')"``. Never raises: problems become a message box."""
    import xlwings as xw

    book = book or xw.Book.caller()
    _click(book, lambda: run_action(_action(name), book))


def addin_button(name: str, book: Any = None) -> None:
    """The entry point of the add-in's ribbon: the button's action on the active workbook
    (xlwings' caller in an add-in is the active workbook, not the add-in; ``book`` in tests). A
    workbook without macros (``.xlsx``) on desktop Excel is written in place only when the user
    says so; otherwise as on the command line, a ``-klar`` copy beside it, opened for the user.
    Never raises: problems become a message box."""
    if book is None:
        import xlwings as xw

        book = xw.Book.caller()
    if str(book.name).lower().endswith((".xlam", ".xla")):  # only add-ins open: no workbook to act on
        _click(book, lambda: _raise(XlfollowError("addin-no-book")))
        return
    _click(book, lambda: _addin_action(_action(name), book))


def _action(name: str) -> str:
    action = BUTTONS.get(name.replace(" ", ""))
    if action is None:
        raise XlfollowError("unknown-button", name=name)
    return action


def _raise(error: XlfollowError) -> str:
    raise error


def _addin_action(action: str, book: Any) -> str | None:
    from xlfollow.adapters.live_excel import is_remote

    if action not in IN_PLACE_ACTIONS or is_remote(book) or not _plain_xlsx(book) or not _saved(book):
        return run_action(action, book)
    answer = book.app.alert(
        localised(
            "addin.ask-in-place", "sv", name=book.name, copy=_copy_of(Path(book.fullname), action).name
        ),
        title="xlfollow",
        buttons="yes_no_cancel",
        mode="info",
    )
    if answer == "yes":
        return run_action(action, book)
    if answer != "no":
        return None  # cancelled: nothing written, nothing said
    return copy_book(book, action)


def _plain_xlsx(book: Any) -> bool:
    """A workbook without macros that the command line could write a copy of (``.xlsx``); a macro
    workbook, and files the command line does not write (``.xls``, ``.csv``, ``.ods``), are written
    in the open workbook, as the macro workbook's buttons do."""
    return str(book.name).lower().endswith(".xlsx")


def _saved(book: Any) -> bool:
    """Whether the workbook is a file on this computer (not a new, unsaved one, not on the web)."""
    from xlfollow.adapters.live_excel import local_file

    return local_file(book) is not None


def _copy_of(source: Path, action: str) -> Path:
    """The copy the command line writes for ``action``: ``collect``'s or ``run``'s."""
    from xlfollow.actions import collected_output, default_output

    return collected_output(source) if action == "collect" else default_output(source)


def copy_book(book: Any, action: str) -> str:
    """As on the command line: save the workbook and write the copy beside it through the file
    writer, then open it. For *Samla in* the answers in ``NAME-svar`` go into ``NAME-insamlad.xlsx``
    (``xlfollow collect``); for the other buttons the whole run (check, colour, summarise) goes into
    ``NAME-klar.xlsx`` (``xlfollow run``): the copy is the finished workbook."""
    from xlfollow.actions import collect, refuse_to_replace, run
    from xlfollow.adapters.live_excel import saved_file
    from xlfollow.core.answers import lines

    target = _copy_of(Path(book.fullname), action)
    refuse_to_replace(target)  # an earlier copy open in Excel, or read-only: said before saving
    source = saved_file(book)
    if action == "collect":
        collected = collect(source, [source.with_name(f"{source.stem}-svar")], target)
        written, report = collected.written, collected.report
        said = " ".join(lines(collected.collected, report.language))
    else:
        done = run(source, target)
        written, report, said = done.written, done.report, ""
    with contextlib.suppress(Exception):  # the copy is written; opening it is a courtesy
        book.app.books.open(str(written))
    lang = report.language
    line = localised(
        "excel.written-collected" if action == "collect" else "excel.written-copy",
        lang,
        path=written,
        errors=counted(report.errors, "error", lang),
        warnings=counted(report.warnings, "warning", lang),
    )
    return f"{said} {line}" if said else line


def _click(book: Any, act: Callable[[], str | None]) -> None:
    lang = "sv"
    try:
        message = act()
        title = "xlfollow"
    except XlfollowError as exc:
        message, title = exc.message(lang), localised("excel.problem", lang)
    except Exception as exc:  # the promise: a message box, not a traceback
        message = localised("internal-error", lang, detail=type(exc).__name__)
        title = localised("excel.problem", lang)
    if message is None:
        return
    with contextlib.suppress(Exception):
        book.app.alert(message, title=title)
