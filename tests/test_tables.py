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
from xlfollow.core.errors import InputError, WorkbookError
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


def test_a_table_of_figures_under_the_goals_ends_them_and_the_reading_says_so(tmp_path: Path) -> None:
    """Göteborg's årsredovisning 2023 (fixture 88): 27 goals assessed in B, then a title and a
    table of financial targets, "Inriktningar | Målvärde 2023 | Utfall 2023", figures without an
    assessment. Its rows were read as goals whose statuses ("Målvärde 2023", "15 %") were
    unknown; now the goals end above it, and the reading names its header row. A section's header
    that names the status again goes on with the goals."""
    from xlfollow.core.reading import reading_lines

    rows: list[list[object]] = [
        ["Mål", "Stadsledningskontorets bedömning"],
        ["Fler elever ska nå gymnasiebehörighet.", "Målet bedöms sannolikt att nå."],
        ["Livsvillkoren ska bli mer jämlika.", "Målet bedöms ej sannolikt att nå."],
        [],
        ["Finansiella mål för staden"],
        ["Inriktningar", "Målvärde 2023", "Utfall 2023"],
        ["Soliditeten ska uppgå till 15 procent.", "15 %", "27 %"],
        ["Egenfinansieringsgraden av investeringarna", "32 %", "103 %"],
    ]
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / "b.xlsx")
    report = actions.check(tmp_path / "b.xlsx").report
    assert [i.text for i in report.items] == [rows[1][0], rows[2][0]]
    assert not [i for i in report.issues if i.code == "unknown-status"]
    assert any("rad 6" in line and "inget läge under dem" in line for line in reading_lines(report))

    rows[5] = ["Mål", "Bedömning"]  # the goals' header again, naming the status: more goals below
    rows[6][1] = "Målet bedöms möjligt att nå."
    rows[7][1] = "Målet bedöms möjligt att nå."
    wb = Workbook()
    for row in rows:
        wb.active.append([v for v in row[:2]])
    wb.save(tmp_path / "c.xlsx")
    assert len(actions.check(tmp_path / "c.xlsx").report.items) == 4


def test_an_outcome_column_of_verdicts_is_the_status_and_an_audit_table_ends_the_goals(
    tmp_path: Path,
) -> None:
    """Tolkförmedling Väst's auditors 2025 (fixture 94): "Verksamhetsmål | Utfall per 2025-12-31"
    whose every cell ends with the verdict ("… Målet bedöms inte uppnått."): that column is the
    status (it was the outcome, and the table was not read); the financial goals' table under it
    is a second table; the audit question's table under both ("Revisionsfråga | Bedömning") names
    no item: the goals end above it, its summary line and heading with them. A column of comments
    that ends with a verdict now and then stays the outcome."""
    verdicts = [
        "Målet har två kopplade indikatorer. Utfallet är över målvärdet. Målet bedöms uppnått.",
        "Målet har tre kopplade indikatorer. Utfallet för två är över målvärdet. Målet bedöms uppnått.",
        "Målet har två kopplade indikatorer. Utfallet för en är över målvärdet. Målet bedöms inte uppnått.",
    ]
    law = (
        "Kommunalförbund ska ha en god ekonomisk hushållning i sin verksamhet. Revisorerna ska"
        " bedöma om resultatet är förenligt med de mål direktionen beslutat."
    )
    rows: list[list[object]] = [
        [law],  # a paragraph above the goals: no perspective (it was one)
        ["Verksamhetsmål", "Utfall per 2025-12-31"],
        ["Förbundet ska ha en pålitlig leverans", verdicts[0]],
        ["Förbundet ska ha kvalificerade tolkar", verdicts[1]],
        ["Förbundet ska ligga i framkant", verdicts[2]],
        [],
        ["Finansiella mål", "Bedömning per 2025-12-31"],
        ["Resultatet ska vara positivt", "Resultatet är positivt. Målet bedöms uppnått."],
        ["Förbundet bedömer att två av tre verksamhetsmål har uppnåtts."],
        [],
        ["Bedömning God ekonomisk hushållning"],
        ["Revisionsfråga", "Bedömning", "Bedömningsnivå"],
        ["Är resultatet förenligt med målen?", "Grundat på vår granskning är resultatet förenligt."],
    ]
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / "b.xlsx")
    report = actions.check(tmp_path / "b.xlsx").report
    assert [(i.text, i.status.value) for i in report.items] == [
        ("Förbundet ska ha en pålitlig leverans", "green"),
        ("Förbundet ska ha kvalificerade tolkar", "green"),
        ("Förbundet ska ligga i framkant", "red"),
        ("Resultatet ska vara positivt", "green"),
    ]
    assert report.other_tables == (("Sheet", 12),)
    assert [i.perspective for i in report.items][:3] == [None] * 3

    wb = Workbook()
    for row in rows[1:5]:
        wb.active.append(row)
    wb.active["B3"] = "Två av tre indikatorer över målvärdet."  # a comment among the verdicts
    wb.save(tmp_path / "c.xlsx")
    with pytest.raises(InputError) as refused:  # no status column: refused, never read from the comments
        actions.check(tmp_path / "c.xlsx")
    assert refused.value.key == "header-incomplete"
