"""Learn once, confirm once (issue 19): ``xlfollow learn`` and the button *Lär xlfollow läsa boken*
write how a workbook was read into its settings sheet ``xlfollow``, as settings lines to check and
correct in Excel; the next run reads exactly what they say.

Held to: a workbook read perfectly reads the same after learning (the lines change nothing), and its
data sheets are the same bytes; one meaning edited in the table changes the count; a text xlfollow
cannot read gets an empty meaning marked Kontrollera, and the meaning the user chooses is counted;
the user's own lines above stay and rule their keys; learning again changes nothing the user did not
(their choice is said to be theirs); the dropdown of meanings is one, on the meaning cells, read by
openpyxl and LibreOffice and passed by openxml-audit; the file writer and the live writer (desktop
stand-in and the remote engine) write the same lines. Across rounds (send, collect, next-period,
consolidate): tests/test_year.py."""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.errors import InputError
from xlfollow.core.status import Status

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
LAYOUTS = Path(__file__).resolve().parent / "data" / "layouts"
BRACKNELL = LAYOUTS / "07_bracknell-kpi-q3-2024.xlsx"


def _lines(path: Path) -> dict[str, list[Any]]:
    """The settings sheet's lines: key -> [value, count, evidence, check]."""
    ws = load_workbook(path)["xlfollow"]
    return {
        str(r[0]): list(r[1:5])
        for r in ws.iter_rows(values_only=True)
        if r[0] is not None and not str(r[0]).startswith("# Så läste")
    }


def _set(path: Path, key: str, value: Any) -> None:
    """The user changes one line's value in Excel (saved by openpyxl here)."""
    wb = load_workbook(path)
    ws = wb["xlfollow"]
    row = next(r for r in ws.iter_rows() if r[0].value == key)
    row[1].value = value
    wb.save(path)


def _read(path: Path) -> tuple[Any, ...]:
    report = actions.check(path).report
    layout = report.layout
    return (
        layout.sheet,
        layout.header_row,
        sorted(layout.columns.items()),
        [(i.row, i.status, i.text) for i in report.items],
        sorted((i.code, i.row) for i in report.issues),
    )


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def _halfway(path: Path, settings: list[tuple[str, Any]] | None = None) -> Path:
    """A committee follow-up with a status word xlfollow does not know ("Halvvägs") and per-period
    status columns (April filled, August empty)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål 2026"
    ws.append(["Uppföljning av nämndens mål 2026"])
    ws.append([])
    ws.append(["Mål", "Nämnd", "Läge april", "Läge augusti", "Kommentar"])
    for row in [
        ("Fler i arbete", "RS", "Uppfyllt", None, "Enligt plan."),
        ("Kortare väntetider", "HSN", "Halvvägs", None, "Två av fyra steg."),
        ("Nöjdare medborgare", "RUN", "Ej uppfyllt", None, "Enkäten visar sämre."),
        ("Bättre miljö", "RS", "Halvvägs", None, "Upphandling pågår."),
        ("Starkare ekonomi", "VVN", "Uppfyllt", None, "Överskott."),
    ]:
        ws.append(list(row))
    if settings is not None:
        own = wb.create_sheet("xlfollow")
        for line in settings:
            own.append(list(line))
    wb.save(path)
    return path


# --- a workbook read perfectly -------------------------------------------------------------------
@pytest.mark.parametrize("name", ["bracknell", "rs2018"])
def test_learning_a_workbook_read_perfectly_changes_nothing(name: str, example, tmp_path: Path) -> None:
    book = tmp_path / "bok.xlsx"
    shutil.copy(BRACKNELL if name == "bracknell" else example("rs2018-framgangsfaktorer.xlsx"), book)
    before, members = _read(book), _members(book)
    assert main(["learn", str(book)]) == 0
    assert _read(book) == before
    after = _members(book)
    settings = next(n for n in after if n not in members and n.startswith("xl/worksheets/"))
    assert settings and all(after[n] == data for n, data in members.items() if n.startswith("xl/worksheets/"))
    lines = _lines(book)
    assert lines["sheet"][0] == before[0] and lines["header_row"][0] == before[1]
    headers = actions.check(book).report.layout.headers
    for field, col in before[2]:  # by the header that names it, else by letter
        assert lines[f"column.{field}"][0] in (
            " ".join(headers.get(col, "").split()),
            chr(ord("A") + col - 1),
        )


def test_the_lines_say_each_status_text_its_count_meaning_and_evidence(tmp_path: Path) -> None:
    book = shutil.copy(BRACKNELL, tmp_path / "b.xlsx")
    actions.learn(book)
    lines = _lines(book)
    assert lines["status.Green"] == ["grön", 7, "Ett ord xlfollow känner.", None]
    assert lines["status.Amber"] == ["gul", 1, "Ett ord xlfollow känner.", None]
    assert lines["status.Red"] == ["röd", 2, "Ett ord xlfollow känner.", None]
    # a column found by its values, not its header, is marked to check
    assert lines["column.item"][3] == "Kontrollera" and "Indicator" in lines["column.item"][2]


# --- learn, edit one meaning, run ----------------------------------------------------------------
def test_learn_then_edit_one_meaning_then_run_counts_the_edit(tmp_path: Path) -> None:
    book = shutil.copy(BRACKNELL, tmp_path / "b.xlsx")
    assert main(["learn", str(book)]) == 0
    _set(book, "status.Amber", "röd")
    assert main(["run", str(book), "-o", str(tmp_path / "klar.xlsx")]) == 0
    statuses = [i.status for i in actions.check(tmp_path / "klar.xlsx").report.items]
    assert (statuses.count(Status.GREEN), statuses.count(Status.YELLOW), statuses.count(Status.RED)) == (
        7,
        0,
        3,
    )


def test_a_text_xlfollow_cannot_read_waits_for_the_users_meaning(tmp_path: Path) -> None:
    book = _halfway(tmp_path / "mal.xlsx")
    assert {i.code for i in actions.check(book).report.issues} >= {"unknown-status"}
    actions.learn(book)
    lines = _lines(book)
    assert lines["status.Halvvägs"] == [None, 2, "Okänt för xlfollow: välj läget i listan.", "Kontrollera"]
    # the period column was a choice: said, and not pinned (next-period moves the round on)
    assert "column.status" not in lines and lines["# column.status"][3] == "Kontrollera"
    _set(book, "status.Halvvägs", "gul")
    report = actions.check(book).report
    assert "unknown-status" not in {i.code for i in report.issues}
    assert [i.status for i in report.items].count(Status.YELLOW) == 2
    # learning again: the choice is the user's, nothing else moves
    actions.learn(book)
    again = _lines(book)
    assert again["status.Halvvägs"] == ["gul", 2, "Er inställning.", None]
    assert {k: v for k, v in again.items() if k != "status.Halvvägs"} == {
        k: v for k, v in lines.items() if k != "status.Halvvägs"
    }


def test_learning_twice_writes_the_same_lines(tmp_path: Path) -> None:
    book = _halfway(tmp_path / "mal.xlsx")
    actions.learn(book)
    first = [list(r) for r in load_workbook(book)["xlfollow"].iter_rows(values_only=True)]
    actions.learn(book)
    assert [list(r) for r in load_workbook(book)["xlfollow"].iter_rows(values_only=True)] == first


def test_a_legend_word_is_proposed_with_its_evidence_and_marked(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI"
    ws.append(["Indicator", "Owner", "Status"])
    for n, word in enumerate(["On track", "Slipping", "Slipping", "Off track"], start=1):
        ws.append([f"Indicator {n}", "RS", word])
    ws.append([])
    ws.append(["Key"])
    ws.append(["Slipping", "Partly achieved"])
    book = tmp_path / "kpi.xlsx"
    wb.save(book)
    actions.learn(book)
    assert _lines(book)["status.Slipping"] == ["gul", 2, "Bladets teckenförklaring.", "Kontrollera"]


# --- the user's own lines ------------------------------------------------------------------------
def test_the_users_lines_above_stay_and_rule_their_keys(tmp_path: Path) -> None:
    own = [("Inställning", "Värde"), ("status.Halvvägs", "gul"), ("# mina rader", None), ("committees", "XY")]
    book = _halfway(tmp_path / "mal.xlsx", own)
    actions.learn(book)
    rows = [list(r) for r in load_workbook(book)["xlfollow"].iter_rows(values_only=True)]
    assert [r[:2] for r in rows[:4]] == [list(line) for line in own]
    lines = _lines(book)
    assert lines["# status.Halvvägs"][:3] == ["gul", 2, "Satt på rad 2 ovanför; ändra det där."]
    assert [r[0] for r in rows].count("status.Halvvägs") == 1  # the user's line alone sets it
    _set(book, "status.Halvvägs", "röd")  # the user's own line above rules
    assert [i.status for i in actions.check(book).report.items].count(Status.RED) == 3


def test_the_dropdown_of_meanings_is_one_on_the_meaning_cells(tmp_path: Path) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    book = _halfway(tmp_path / "mal.xlsx", [("Inställning", "Värde"), ("language", "sv")])
    wb = load_workbook(book)
    users = DataValidation(type="list", formula1='"sv,en"', sqref="B2")  # the user's own dropdown
    wb["xlfollow"].add_data_validation(users)
    wb.save(book)
    for _ in range(2):  # learnt twice: still one dropdown of xlfollow's
        actions.learn(book)
    ws = load_workbook(book)["xlfollow"]
    lists = ws.data_validations.dataValidation
    ours = [v for v in lists if v.promptTitle == "xlfollow"]
    assert len(lists) == 2 and len(ours) == 1
    assert any(str(v.sqref) == "B2" and v.formula1 == '"sv,en"' for v in lists)
    meaning_rows = {c.row for r in ws.iter_rows() for c in r[:1] if str(c.value).startswith("status.")}
    assert {int(cell[1:]) for cell in str(ours[0].sqref).replace(":", " ").split()} <= meaning_rows
    col, first, last = "G", *(int(x.split("$")[-1]) for x in ours[0].formula1.split(":"))
    assert [ws[f"{col}{r}"].value for r in range(first, last + 1)] == [
        "grön",
        "gul",
        "röd",
        "ej aktuell",
        "saknas",
    ]
    assert ours[0].errorStyle == "warning"  # another word xlfollow knows may still be typed


def test_an_english_workbook_gets_english_lines(tmp_path: Path) -> None:
    book = _halfway(tmp_path / "mal.xlsx", [("language", "en")])
    actions.learn(book)
    lines = _lines(book)
    assert lines["status.Uppfyllt"] == ["green", 2, "A word xlfollow knows.", None]
    _set(book, "status.Halvvägs", "not applicable")
    assert [i.status for i in actions.check(book).report.items].count(Status.NOT_APPLICABLE) == 2


# --- the command line ----------------------------------------------------------------------------
def test_learn_on_the_command_line_says_where_and_what_to_check(tmp_path: Path, capsys) -> None:
    book = _halfway(tmp_path / "mal.xlsx")
    copy = tmp_path / "kopia.xlsx"
    members = _members(book)
    assert main(["learn", str(book), "-o", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "kopia.xlsx" in out and "från rad 1" in out and "rader märkta Kontrollera: 3" in out
    assert _members(book) == members  # the copy, not the workbook
    assert main(["learn", str(tmp_path / "saknas.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "finns inte" in err and "Traceback" not in err


def test_a_workbook_xlfollow_cannot_read_gets_the_missing_pieces_to_fill_in(tmp_path: Path, capsys) -> None:
    """No header row found: learn writes where it looked and each missing piece as a line marked
    Kontrollera (exit 1, one line saying so); the data sheet stays the same bytes."""
    wb = Workbook()
    wb.active.title = "Budget"
    wb.active.append(["Budget", "Belopp"])
    wb.active.append(["Hyra", 100])
    book = tmp_path / "budget.xlsx"
    wb.save(book)
    members = _members(book)
    assert main(["learn", str(book)]) == 1
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "kunde inte läsa boken (ingen rubrikrad hittades)" in out
    lines = _lines(book)
    assert {k: (v[0], v[3]) for k, v in lines.items() if k != "Inställning"} == {
        "sheet": (None, "Kontrollera"),
        "header_row": (None, "Kontrollera"),
        "column.item": (None, "Kontrollera"),
        "column.status": (None, "Kontrollera"),
        # or target and outcome, the status then computed (Stavanger 2021's financial targets)
        "# column.target": (None, "Kontrollera"),
        "# column.outcome": (None, "Kontrollera"),
    }
    after = _members(book)
    assert all(after[n] == data for n, data in members.items() if n.startswith("xl/worksheets/"))


# --- the buttons: the same lines through the live writer -----------------------------------------
def _file_lines(book: Path, tmp_path: Path) -> list[list[Any]]:
    written = tmp_path / "fil.xlsx"
    actions.learn(book, written)
    rows = [list(r) for r in load_workbook(written)["xlfollow"].iter_rows(values_only=True)]
    return [r + [None] * (7 - len(r)) for r in rows]


@pytest.mark.parametrize("engine", ["desktop", "remote", "addin"])
def test_the_button_writes_the_same_lines_as_the_command_line(engine: str, tmp_path: Path) -> None:
    """The macro workbook's button on both engines, and the add-in's on a saved .xlsx (desktop):
    only the settings sheet changes, so the add-in writes in the open workbook without asking."""
    from helpers import actions_of, remote_book, sheet_name, unprefixed

    from xlfollow.adapters.file_reader import read_values
    from xlfollow.excel import run_action

    book = _halfway(tmp_path / "mal.xlsx")
    expected = _file_lines(book, tmp_path)
    if engine == "remote":
        live = remote_book(book)
        said = run_action("learn", live)
        written = next(
            [[unprefixed(v) for v in row] for row in a["values"]]
            for a in actions_of(live)
            if a["func"] == "setValues" and sheet_name(live, a) == "xlfollow"
        )
    else:
        from fake_excel import FakeBook

        values = read_values(book)
        live = FakeBook(book.name, {n: [list(r) for r in s.rows] for n, s in values.sheets.items()}, com=True)
        if engine == "addin":
            from xlfollow.excel import addin_button

            live.fullname = str(book)  # type: ignore[attr-defined]
            addin_button("LarLasa", live)
            assert not live.app.asked and len(live.app.alerts) == 1
            said = live.app.alerts[0]
        else:
            said = run_action("learn", live)
        sheet = live.sheets["xlfollow"]
        written = [list(r) for r in sheet.written[0]]
        (address, (kind, alert, formula, title, _)), *more = sheet.validations.items()
        assert not more and (kind, alert, title) == (3, 2, "xlfollow") and formula == "=$G$3:$G$7"
        by_file = load_workbook(tmp_path / "fil.xlsx")["xlfollow"].data_validations.dataValidation
        assert [str(v.sqref) for v in by_file] == [address.replace(",", " ")] == ["B9:B11"]
    width = max(len(r) for r in expected)
    written = [[None if v == "" else v for v in r] + [None] * (width - len(r)) for r in written]
    assert written == expected
    assert "Kontrollera: 3" in said


# --- independent judges --------------------------------------------------------------------------
def test_libreoffice_reads_the_learnt_lines_and_their_dropdown(tmp_path: Path) -> None:
    from libreoffice import SOFFICE, convert

    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed")
    book = _halfway(tmp_path / "mal.xlsx")
    actions.learn(book)
    content = zipfile.ZipFile(convert(book, "ods", tmp_path)).read("content.xml").decode("utf-8")
    assert 'table:name="xlfollow"' in content and "status.Halvvägs" in content
    assert "Okänt för xlfollow: välj läget i listan." in content
    validation = content[content.index("<table:content-validation ") :]
    validation = validation[: validation.index("</table:content-validation>")]
    assert "cell-content-is-in-list([.$G$3:.$G$7])" in validation and 'table:title="xlfollow"' in validation
    name = validation.split('table:name="', 1)[1].split('"', 1)[0]
    sheet = content[content.index('table:name="xlfollow"') :]
    assert sheet.count(f'table:content-validation-name="{name}"') >= 1  # on the meaning cells


def test_openxml_audit_finds_nothing_new_in_a_learnt_workbook(example, tmp_path: Path) -> None:
    from helpers import AUDIT, new_audit_errors

    if AUDIT is None:
        pytest.skip("openxml-audit is not installed")
    source = example("rs2018-framgangsfaktorer.xlsx")
    own = _halfway(tmp_path / "mal.xlsx", [("Inställning", "Värde"), ("language", "sv")])
    for book in (source, own):
        written = tmp_path / f"lärd-{book.name}"
        actions.learn(book, written)
        assert new_audit_errors(written, book) == set()


# --- fault injection: the check after writing holds learn to its lines ----------------------------
@pytest.mark.parametrize("fault", ["users-dropdown", "stray-cell", "page-setup"])
def test_a_learn_that_changes_more_than_its_lines_is_refused_and_the_workbook_kept(
    fault: str, tmp_path: Path, monkeypatch, capsys
) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    from xlfollow.ooxml.sheetbytes import SheetBytes

    book = _halfway(tmp_path / "mal.xlsx", [("Inställning", "Värde"), ("language", "sv")])
    wb = load_workbook(book)
    wb["xlfollow"].add_data_validation(DataValidation(type="list", formula1='"sv,en"', sqref="B2"))
    wb.save(book)
    members = _members(book)
    from xlfollow.adapters import file_writer

    real = file_writer.apply_to_package

    def broken(plan: Any, package: Any) -> None:  # the writer, then a fault in what it wrote
        real(plan, package)
        part = package.sheet_part("xlfollow")
        sheet = SheetBytes(package.read(part))
        if fault == "users-dropdown":  # the user's own dropdown loses a choice
            sheet.tail = sheet.tail.replace(b'"sv,en"', b'"sv"')
        elif fault == "page-setup":  # something else of the sheet's changes
            sheet.tail = re.sub(rb'left="[0-9.]+"', b'left="2"', sheet.tail, count=1)
        else:  # a cell the plan does not give a value
            sheet.set_cells({(40, 1): ("status.Extra", None)})
        package.put(part, sheet.to_bytes())

    monkeypatch.setattr(file_writer, "apply_to_package", broken)
    code = main(["learn", str(book)])
    err = capsys.readouterr().err
    assert code != 0, fault
    assert "Inget har sparats" in err and "Traceback" not in err
    assert _members(book) == members


def test_the_check_sets_aside_xlfollows_dropdowns_and_only_those(tmp_path: Path) -> None:
    """The check compares the settings sheet outside its cells as canonical XML without xlfollow's
    own dropdowns, and only those: a user's dropdown is part of what must stay."""
    from xlfollow.ooxml.sheetbytes import SheetBytes
    from xlfollow.ooxml.verify import _without_own_lists

    head = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>'
    users = (
        b'<dataValidations count="1"><dataValidation type="list" sqref="B2"><formula1>"a,b"</formula1>'
        b"</dataValidation></dataValidations>"
    )
    before = SheetBytes(head + users + b'<pageMargins left="0.7"/></worksheet>')
    ours = SheetBytes(before.to_bytes())
    ours.set_validations([("B5:B7", "$G$3:$G$7", "Välj")])
    assert b'promptTitle="xlfollow"' in ours.tail and ours.tail.count(b"<dataValidation ") == 2
    assert _without_own_lists(before) == _without_own_lists(ours)
    changed = SheetBytes(ours.to_bytes().replace(b'"a,b"', b'"a"'))
    assert _without_own_lists(before) != _without_own_lists(changed)


# --- the review of learn (each case as a reviewer reproduced it) ----------------------------------
def _per_period(path: Path) -> Path:
    """Outcome and status per period: April filled, August to come."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Mål", "Målvärde", "Utfall april", "Läge april", "Utfall augusti", "Läge augusti"])
    ws.append(["Fler i arbete", "Minst 70 %", "72 %", "Grön", None, None])
    ws.append(["Kortare köer", "Högst 30 dagar", "35 dagar", "Halvvägs", None, None])
    ws.append(["Nöjdare invånare", "Minst 80 %", "75 %", "Röd", None, None])
    wb.save(path)
    return path


def test_learning_a_new_round_keeps_the_meanings_chosen_and_the_lines_added(tmp_path: Path) -> None:
    book = _per_period(tmp_path / "mal.xlsx")
    actions.learn(book)
    _set(book, "status.Halvvägs", "gul")
    wb = load_workbook(book)  # the user adds a line of their own under the block
    wb["xlfollow"].append(["report_title", "Nämndens mål 2026"])
    wb.save(book)
    august = tmp_path / "augusti.xlsx"
    assert main(["next-period", str(book), "--period", "augusti 2026", "-o", str(august)]) == 0
    actions.learn(august)  # August's status column is empty
    lines = _lines(august)
    assert lines["status.Halvvägs"][:2] == ["gul", 0]
    assert "status.Grön" not in lines  # a word xlfollow knows anyway is not carried
    assert lines["report_title"][0] == "Nämndens mål 2026" and lines["period"][0] == "augusti 2026"
    wb = load_workbook(august)
    ws = wb["Mål"]
    ws["F3"] = "Halvvägs"  # a unit answers with the word taught in April
    wb.save(august)
    report = actions.check(august).report
    assert "unknown-status" not in {i.code for i in report.issues}
    assert report.title == "Nämndens mål 2026"


def test_a_period_column_of_the_outcome_is_not_pinned(tmp_path: Path) -> None:
    book = _per_period(tmp_path / "mal.xlsx")
    actions.learn(book)
    lines = _lines(book)
    assert "column.outcome" not in lines and lines["# column.outcome"][0] == "C"
    august = tmp_path / "augusti.xlsx"
    assert main(["next-period", str(book), "--period", "augusti 2026", "-o", str(august)]) == 0
    layout = actions.check(august).report.layout
    assert layout.header("outcome") == "Utfall augusti" and layout.header("status") == "Läge augusti"


def test_a_number_status_gets_a_key_that_reads_back(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Mål", "Läge"])
    for n, value in enumerate([2.5, 2.5, 1, 3], start=1):
        ws.append([f"Mål {n}", value])
    book = tmp_path / "tal.xlsx"
    wb.save(book)
    actions.learn(book)
    assert "status.2.5" in _lines(book)
    _set(book, "status.2.5", "gul")
    assert [i.status for i in actions.check(book).report.items][:2] == [Status.YELLOW, Status.YELLOW]


def test_a_line_above_the_block_filled_after_learning_holds(tmp_path: Path) -> None:
    book = _halfway(tmp_path / "mal.xlsx", [("Inställning", "Värde"), ("status.Halvvägs", None)])
    actions.learn(book)
    assert _lines(book)["status.Halvvägs"][:2] == [None, 2]  # the block's line (the one above is empty)
    wb = load_workbook(book)
    wb["xlfollow"]["B2"] = "röd"  # the user fills in the line above
    wb.save(book)
    assert [i.status for i in actions.check(book).report.items].count(Status.RED) == 3


def test_learn_reads_the_workbook_in_its_own_language(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Goal", "Status"])
    for n, word in enumerate(["OK", "OK", "Red"], start=1):
        ws.append([f"Goal {n}", word])
    wb.create_sheet("xlfollow").append(["language", "en"])
    book = tmp_path / "en.xlsx"
    wb.save(book)
    assert main(["--lang", "sv", "learn", str(book)]) == 0
    assert _lines(book)["status.OK"][0] == "green"  # "OK" in English, as the workbook says
    assert [i.status for i in actions.check(book).report.items][:2] == [Status.GREEN, Status.GREEN]


@pytest.mark.parametrize("lock", ["sheet", "structure"])
def test_a_protected_settings_sheet_or_locked_workbook_is_said_and_left(
    lock: str, tmp_path: Path, capsys
) -> None:
    if lock == "sheet":
        book = _halfway(tmp_path / "mal.xlsx", [("language", "sv")])
        wb = load_workbook(book)
        wb["xlfollow"].protection.sheet = True
        wb["xlfollow"].protection.password = "hemligt"
    else:
        book = _halfway(tmp_path / "mal.xlsx")
        wb = load_workbook(book)
        wb.security.lockStructure = True
    wb.save(book)
    members = _members(book)
    assert main(["learn", str(book)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ("skyddat" in err if lock == "sheet" else "låst" in err)
    assert _members(book) == members


def test_a_hidden_settings_sheet_is_written_and_said(tmp_path: Path, capsys) -> None:
    book = _halfway(tmp_path / "mal.xlsx", [("language", "sv")])
    wb = load_workbook(book)
    wb["xlfollow"].sheet_state = "hidden"
    wb.save(book)
    assert main(["learn", str(book)]) == 0
    assert "Bladet xlfollow är dolt" in capsys.readouterr().out


def test_learn_to_the_workbook_itself_is_learning_in_place(tmp_path: Path, capsys) -> None:
    book = _halfway(tmp_path / "mal.xlsx")
    assert main(["learn", str(book), "-o", str(book)]) == 0
    assert "status.Halvvägs" in _lines(book)


def test_learning_again_without_statuses_leaves_no_dropdown(tmp_path: Path) -> None:
    """A text without a meaning that is no longer there leaves nothing behind, its dropdown neither
    (a meaning the user chose would stay: the test above)."""
    book = _halfway(tmp_path / "mal.xlsx")
    wb = load_workbook(book)
    for row in range(4, 9):
        wb["Mål 2026"].cell(row, 3).value = "Halvvägs"
    wb.save(book)
    actions.learn(book)
    assert [v.promptTitle for v in load_workbook(book)["xlfollow"].data_validations.dataValidation] == [
        "xlfollow"
    ]
    wb = load_workbook(book)
    for row in range(4, 9):
        wb["Mål 2026"].cell(row, 3).value = None
    wb.save(book)
    actions.learn(book)
    ws = load_workbook(book)["xlfollow"]
    ours = [v for v in ws.data_validations.dataValidation if v.promptTitle == "xlfollow"]
    assert ours == []


def test_a_fill_colours_meaning_is_marked_to_check(tmp_path: Path) -> None:
    from openpyxl.styles import PatternFill

    wb = Workbook()
    ws = wb.active
    ws.append(["Mål", "Läge"])
    for n, colour in enumerate(["00B050", "00B050", "FFC000"], start=1):
        ws.append([f"Mål {n}", None])
        ws.cell(n + 1, 2).fill = PatternFill("solid", fgColor=colour)
    book = tmp_path / "farg.xlsx"
    wb.save(book)
    actions.learn(book)
    lines = _lines(book)
    assert lines["colour.FFC000"] == ["gul", 1, "Cellens fyllnadsfärg.", "Kontrollera"]


def test_the_block_is_found_after_the_user_edits_its_first_line(tmp_path: Path) -> None:
    book = _halfway(tmp_path / "mal.xlsx")
    actions.learn(book)
    wb = load_workbook(book)
    wb["xlfollow"]["A1"] = "# Så läste xlfollow boken – kontrollerad av Anna 3/5"
    wb.save(book)
    actions.learn(book)
    keys = [r[0] for r in load_workbook(book)["xlfollow"].iter_rows(values_only=True)]
    assert keys.count("status.Halvvägs") == 1 and keys[0].startswith("# Så läste xlfollow boken (")


def test_the_button_on_a_workbook_it_cannot_read_writes_the_lines_to_fill_in() -> None:
    from xlfollow.excel import button

    from fake_excel import FakeBook

    book = FakeBook("budget.xlsx", {"Budget": [["Budget", "Belopp"], ["Hyra", 100]]})
    button("LarLasa", book)
    (said,) = book.app.alerts
    assert said.startswith("xlfollow kunde inte läsa boken (ingen rubrikrad hittades).")
    rows = book.sheets["xlfollow"].written[0]
    assert [r[0] for r in rows[2:6]] == ["sheet", "header_row", "column.item", "column.status"]
    assert all(r[4] == "Kontrollera" for r in rows[2:6])


def test_a_long_unknown_text_is_pointed_to_learn_which_writes_it_whole(tmp_path: Path) -> None:
    """A status text longer than a message can quote has no settings line to copy from the message
    (cut short, it would never match): the message and the reading point to learn, whose line holds
    the whole text."""
    from xlfollow.core.reading import reading_lines

    sentence = "Målsättningen har förverkligats eller håller på att förverkligas enligt planen för 2025"
    wb = Workbook()
    ws = wb.active
    ws.append(["Mål", "Läge"])
    for n in range(1, 4):
        ws.append([f"Mål {n}", sentence])
    book = tmp_path / "lang.xlsx"
    wb.save(book)
    report = actions.check(book).report
    issue = next(i for i in report.issues if i.code == "unknown-status")
    assert issue.variant == "long" and "kör xlfollow learn" in issue.message("sv")
    assert any("Kör xlfollow learn" in line for line in reading_lines(report))
    actions.learn(book)
    assert f"status.{sentence}" in _lines(book)
    _set(book, f"status.{sentence}", "grön")
    assert {i.status for i in actions.check(book).report.items} == {Status.GREEN}


def test_after_filling_in_only_what_the_user_wrote_is_theirs(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Åtgärd", "Signal"])
    for text, word in [("Utöka jobbtorget", "Helt"), ("Fler feriejobb", "Delvis"), ("Brukarenkät", "Helt")]:
        ws.append([text, word])
    book = tmp_path / "signal.xlsx"
    wb.save(book)
    assert main(["learn", str(book)]) == 1  # no status column: asked for
    _set(book, "column.status", "B")
    assert main(["learn", str(book)]) == 0
    lines = _lines(book)
    assert lines["column.status"][2] == "Er inställning."
    assert lines["column.item"][2] == "Efter rubriken ”Åtgärd”."  # found by xlfollow, said so


def test_a_column_inserted_after_learning_moves_no_field(tmp_path: Path) -> None:
    """The learnt columns are named by their headers: a column the office inserts later (a trend
    column before the status) leaves every field where it was read."""
    book = shutil.copy(BRACKNELL, tmp_path / "b.xlsx")
    actions.learn(book)
    before = [(i.text, i.status, i.committees) for i in actions.check(book).report.items]
    wb = load_workbook(book)
    ws = wb["KPIs Q3 2024-25"]
    ws.insert_cols(3)
    ws.cell(7, 3).value = "Trend"
    wb.save(book)
    report = actions.check(book).report
    assert [(i.text, i.status, i.committees) for i in report.items] == before
    assert report.layout.header("status") == "Status"


# --- the third review of learn (where it meets the round) ------------------------------------------
def test_a_per_period_comment_follows_the_status_into_the_new_round(tmp_path: Path) -> None:
    """Läge/Kommentar per period: after next-period, August's comment column goes with August's
    status (collect would otherwise write August's comments over April's), as learn says."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Mål", "Nämnd", "Läge april", "Kommentar april", "Läge augusti", "Kommentar augusti"])
    for n, word in enumerate(["Grön", "Röd", "Gul"], start=1):
        ws.append([f"Mål {n}", "RS", word, "Enligt plan."])
    book = tmp_path / "mal.xlsx"
    wb.save(book)
    actions.learn(book)
    assert "Den följer perioden" in _lines(book)["# column.comment"][2]
    august = tmp_path / "augusti.xlsx"
    assert main(["next-period", str(book), "--period", "augusti 2026", "-o", str(august)]) == 0
    layout = actions.check(august).report.layout
    assert (layout.header("status"), layout.header("comment")) == ("Läge augusti", "Kommentar augusti")


def test_keys_a_settings_file_sets_are_shown_not_set(tmp_path: Path) -> None:
    book = _halfway(tmp_path / "mal.xlsx")
    config = tmp_path / "kansliet.toml"
    config.write_text('[status]\n"Halvvägs" = "gul"\n', "utf-8")
    assert main(["learn", str(book), "--config", str(config)]) == 0
    lines = _lines(book)
    assert "status.Halvvägs" not in lines
    assert lines["# status.Halvvägs"][:3] == [
        "gul",
        2,
        "Satt i inställningsfilen kansliet.toml, som gäller före bladet; ändra det där.",
    ]


def test_xlfollows_own_unknown_mark_is_never_given_a_meaning(tmp_path: Path) -> None:
    """The region's Poster sheet writes a unit's unreadable status as "✕ okänt": learn offers no
    line for it, and a line typed for it changes nothing (it is still counted as unknown)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Framgångsfaktor", "Läge"])
    for n, word in enumerate(["Grön", "✕ okänt", "✕ okänt", "Röd"], start=1):
        ws.append([f"Faktor {n}", word])
    book = tmp_path / "region.xlsx"
    wb.save(book)
    actions.learn(book)
    lines = _lines(book)
    assert "status.✕ okänt" not in lines and "# ✕ okänt" in lines
    wb = load_workbook(book)
    wb["xlfollow"].append(["status.✕ okänt", "grön"])
    wb.save(book)
    assert [i.status for i in actions.check(book).report.items].count(None) == 2


def test_a_checkbox_status_is_said_to_be_no_status_and_learn_to_a_file_there_says_so(
    tmp_path: Path, capsys
) -> None:
    """TRUE/FALSE in a status column (Excel's cell checkboxes): no settings line can teach it, so
    neither the message nor the reading suggests one (learn says it cannot be set); and learn -o onto
    a file that is there says it replaced it, as run does."""
    from xlfollow.core.reading import reading_lines

    wb = Workbook()
    ws = wb.active
    ws.append(["Mål", "Läge"])
    for n, value in enumerate([True, False, "Grön"], start=1):
        ws.append([f"Mål {n}", value])
    book = tmp_path / "kryss.xlsx"
    wb.save(book)
    report = actions.check(book).report
    said = [i.message("sv") for i in report.issues if i.code == "unknown-status"]
    assert said and all("kryssruta" in s and "status.True" not in s for s in said)
    assert not any("status.True" in line for line in reading_lines(report))
    copy = tmp_path / "kopia.xlsx"
    copy.write_bytes(b"")
    assert main(["learn", str(book), "-o", str(copy)]) == 0
    assert "filen fanns redan och är ersatt" in capsys.readouterr().out


def test_a_table_of_targets_without_status_reads_once_learns_lines_name_target_and_outcome(
    tmp_path: Path,
) -> None:
    """Stavanger 2021 (fixture 34): "Finansielle måltall | Mål | Regnskap 2021 | Justert budsjett
    2021 | ...": refused, learn offers column.target and column.outcome beside column.status; the
    user fills them in (and the item's column), and the next run computes the status from them,
    with the header row learn wrote (a header row in the settings stopped the computing)."""
    book = tmp_path / "s34.xlsx"
    shutil.copy(
        Path(__file__).parent / "data" / "layouts" / "34_stavanger-finansielle-maltall-2021.xlsx", book
    )
    with pytest.raises(InputError):
        actions.check(book)
    actions.learn(book)
    wb = load_workbook(book)
    sheet = wb["xlfollow"]
    for row in sheet.iter_rows():
        given = {"# column.target": "B", "# column.outcome": "Regnskap 2021"}.get(row[0].value)
        if given:
            row[0].value, row[1].value = row[0].value[2:], given
        elif row[0].value == "column.status":
            row[0].value = row[1].value = None
    sheet.append(["column.item", "A"])
    wb.save(book)
    report = actions.check(book).report
    assert report.layout.computed and report.layout.header_row == 2
    assert [i.status for i in report.items][:5] == [
        Status.GREEN,
        Status.GREEN,
        Status.GREEN,
        Status.RED,
        Status.GREEN,
    ]
    # learn again, as its own line asks: the user's target and outcome stay pinned (they were
    # written back as "# column.target", and the next run refused the book)
    actions.learn(book)
    lines = {row[0]: row[1] for row in load_workbook(book)["xlfollow"].iter_rows(values_only=True) if row[0]}
    assert lines["column.target"] == "Mål" and lines["column.outcome"] == "Regnskap 2021"  # by header
    assert "column.status" not in lines  # no line asking for a status column the table computes
    again = actions.check(book).report
    assert again.layout.computed and [i.status for i in again.items] == [i.status for i in report.items]
