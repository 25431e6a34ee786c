"""Several tables in one workbook (issue 8): one data sheet per committee, several tables on one
sheet, merged headings, period copies left out. Judged from outside: openpyxl and LibreOffice
read what was written on every data sheet, openxml-audit finds nothing new, and the check after
writing refuses a damaged second data sheet."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from helpers import TABLES_SHEETS, new_audit_errors, status_counts, tables_book
from openpyxl import Workbook, load_workbook

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.errors import WorkbookError
from xlfollow.ooxml import verify

from libreoffice import SOFFICE, convert


def test_one_sheet_per_committee_is_read_whole(tmp_path: Path) -> None:
    result = actions.check(tables_book(tmp_path / "b.xlsx"))
    assert result.report.layout.sheets() == ("BUN", "SN", "Tekniska nämnden")
    assert result.rollup.status == status_counts(green=2, yellow=1, red=1, unknown=1)
    assert result.rollup.by_committee == {
        "BUN": status_counts(green=1, red=1),
        "SN": status_counts(yellow=1, unknown=1),
        "Tekniska nämnden": status_counts(green=1),
    }
    (unknown,) = [i for i in result.report.issues if i.code == "unknown-status"]
    assert (unknown.sheet, unknown.cell) == ("SN", "C4")  # the issue points at its own sheet


@pytest.mark.slow
def test_run_colours_and_notes_every_data_sheet_as_others_read_it(tmp_path: Path) -> None:
    source = tables_book(tmp_path / "b.xlsx")
    output = actions.run(source, tmp_path / "ut.xlsx").written
    assert output is not None
    wb = load_workbook(output)
    for name in TABLES_SHEETS:
        assert wb[name]["C3"].fill.fill_type == "solid", name  # coloured on every data sheet
    assert wb["SN"]["C4"].comment is not None and "lila" in wb["SN"]["C4"].comment.text
    assert wb["BUN"]["C4"].comment is None  # a red status with a comment: nothing to say
    before = load_workbook(source)
    for name in TABLES_SHEETS:
        assert [[c.value for c in row] for row in wb[name].iter_rows()] == [
            [c.value for c in row] for row in before[name].iter_rows()
        ], name
    links = [c.hyperlink.location for row in wb["Kontroll"].iter_rows() for c in row if c.hyperlink]
    assert "'SN'!C4" in links
    assert not new_audit_errors(output, source)  # Microsoft's rules


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_every_coloured_data_sheet(tmp_path: Path) -> None:
    output = actions.run(tables_book(tmp_path / "b.xlsx"), tmp_path / "ut.xlsx").written
    assert output is not None
    converted = convert(output, "xlsx", tmp_path)
    wb = load_workbook(converted)
    for name in TABLES_SHEETS:
        assert wb[name]["C3"].fill.fill_type == "solid", name
    assert wb["SN"]["C4"].comment is not None


def test_a_damaged_second_data_sheet_is_refused(tmp_path: Path, monkeypatch) -> None:
    source = tables_book(tmp_path / "b.xlsx")
    before = source.read_bytes()
    real = verify.verify_written

    def damaged(package, data_parts, owned, written, original=None, expected=None):
        part = data_parts["SN"]
        with zipfile.ZipFile(written) as archive:
            members = [(i, archive.read(i)) for i in archive.infolist()]
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in members:
                archive.writestr(
                    info, data.replace(b"<v>1</v>", b"<v>7</v>", 1) if info.filename == part else data
                )
        written.write_bytes(buffer.getvalue())
        return real(package, data_parts, owned, written, original, expected)

    monkeypatch.setattr(verify, "verify_written", damaged)
    with pytest.raises(WorkbookError) as caught:
        actions.run(source, tmp_path / "ut.xlsx")
    assert "SN" in caught.value.message()
    assert source.read_bytes() == before and not (tmp_path / "ut.xlsx").exists()


def test_a_copy_of_another_period_is_not_read_and_the_reading_says_so(tmp_path: Path, capsys) -> None:
    rows = [[n, f"{n}. Framgångsfaktor {n}", "grön", "ok"] for n in range(1, 11)]
    older = [[*r[:2], "röd", "nej"] for r in rows[:9]]  # nine of the ten: the April round
    path = tables_book(tmp_path / "b.xlsx", {"Augusti": rows, "April": older})
    result = actions.check(path)
    assert result.rollup.status == status_counts(green=10)
    assert result.report.layout.repeats == (("April", "Augusti"),)
    assert main(["check", str(path)]) == 0
    assert "Bladet ”April” har samma poster som ”Augusti” och lästes inte" in capsys.readouterr().out


def test_several_tables_on_one_sheet_each_with_its_columns(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Resultatmål"])
    ws.append(["Resultatmål", "Läge", "Kommentar"])
    ws.append(["Kortare väntetider", "grön", "Ja"])
    ws.append(["Fler vårdplatser", "röd", "Nej"])
    ws.append([])
    ws.append(["Handlingsplaner"])
    ws.append(["Nämnd", "Kommentar", "Åtgärd", "Status"])  # other columns, other order
    ws.append(["HSN", "Pågår", "Ny rutin för remisser", "Pågår"])
    ws.append(["RS", None, "Upphandla IT-stöd", None])
    path = tmp_path / "t.xlsx"
    wb.save(path)
    result = actions.check(path)
    first, second = result.report.layout.tables()
    assert (first.header_row, first.last_row, second.header_row) == (2, 4, 7)
    assert second.title == "Handlingsplaner" and second.column("status") == 4
    assert [(i.text, i.status.value if i.status else None) for i in result.report.items] == [
        ("Kortare väntetider", "green"),
        ("Fler vårdplatser", "red"),
        ("Ny rutin för remisser", "yellow"),
        ("Upphandla IT-stöd", "missing"),
    ]
    assert result.report.layout.kind == "poster"  # result goals beside action plans
    (missing,) = [i for i in result.report.issues if i.code == "missing-status"]
    assert missing.cell == "D9"


def test_a_merged_heading_is_no_item_but_a_one_cell_item_is(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Framgångsfaktor", "Läge", "Kommentar"])
    ws.append(["Trygg vård"])  # merged across the table: the goal of the rows under it
    ws.merge_cells("A2:C2")
    ws.append(["Kortare väntetider", "grön", "Ja"])
    ws.append(["Patientsäkerhet"])  # one cell, not merged: a success factor without a status
    path = tmp_path / "m.xlsx"
    wb.save(path)
    items = actions.check(path).report.items
    assert [(i.text, i.goal, i.status.value if i.status else None) for i in items] == [
        ("Kortare väntetider", "Trygg vård", "green"),
        ("Patientsäkerhet", "Trygg vård", "missing"),
    ]
