"""Issue 21, the edges a controller hits: files other tools write, and commands that went ahead
without a word. Each test fails on the code before the issue."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.reading import reading_lines
from xlfollow.examples import build_2018_factors

STATUS = 3  # the 2018 factors' "Per april"


def _rezip(source: Path, target: Path, rename) -> Path:
    """``source`` written again with each member's name given by ``rename``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(rename(info.filename), old.read(info))
    return target


def _counts(path: Path) -> dict[str, int]:
    return dict(actions.check(path).rollup.status)


# --- part names as other tools write them --------------------------------------------------------
def test_a_workbook_whose_part_names_use_backslashes_is_read_and_written_with_slashes(tmp_path: Path) -> None:
    """Some tools write 'xl\\worksheets\\sheet1.xml'; Excel and LibreOffice open such files. They were
    refused as damaged ('bad member name')."""
    book = build_2018_factors(tmp_path / "fint.xlsx")
    odd = _rezip(book, tmp_path / "bakat.xlsx", lambda n: n.replace("/", "\\"))
    with zipfile.ZipFile(odd) as z:
        assert any("\\" in n for n in z.namelist())
    assert _counts(odd) == _counts(book)  # read as the same workbook
    written = actions.run(odd).written
    assert written is not None
    with zipfile.ZipFile(written) as z:
        assert not [n for n in z.namelist() if "\\" in n]  # the copy has proper names
    sheet = load_workbook(written).worksheets[0]  # another reader opens it
    assert sheet.cell(row=6, column=STATUS).fill.fgColor.rgb not in (None, "00000000")  # coloured


def test_part_names_that_differ_from_their_references_in_case_are_the_same_parts(tmp_path: Path) -> None:
    """'xl/Workbook.xml' where the relationships say 'xl/workbook.xml' was refused as 'delen
    xl/workbook.xml saknas'; the package format compares part names without regard to case."""
    book = build_2018_factors(tmp_path / "fint.xlsx")
    odd = _rezip(
        book,
        tmp_path / "versaler.xlsx",
        lambda n: {"xl/workbook.xml": "xl/Workbook.xml", "xl/styles.xml": "xl/Styles.xml"}.get(
            n, n.replace("worksheets/sheet", "worksheets/Sheet")
        ),
    )
    assert _counts(odd) == _counts(book)
    written = actions.run(odd).written
    assert written is not None
    with zipfile.ZipFile(written) as z:
        names = z.namelist()
    assert "xl/Workbook.xml" in names and "xl/workbook.xml" not in names  # one part, not two
    assert "xl/Styles.xml" in names and "xl/styles.xml" not in names
    assert actions.check(written).report.layout.kind == actions.check(book).report.layout.kind


def test_a_sheet_of_long_repeated_strings_is_no_zip_bomb(tmp_path: Path, make_book) -> None:
    """A one-megabyte sheet that packs 121:1 was refused as too large: a ratio alone is no bomb
    below an absolute size (the total stays bounded)."""
    long = "Insatsen genomförs enligt plan och följs upp av nämnden. " * 300
    rows = [["Framgångsfaktor", "Läge", "Kommentar"]] + [
        [f"{i}. Mål {i}", "grön", long] for i in range(1, 80)
    ]
    path = make_book(rows)
    with zipfile.ZipFile(path) as z:
        big = max(z.infolist(), key=lambda i: i.file_size)
    assert big.file_size > 1024 * 1024 and big.file_size > 100 * big.compress_size  # what was refused
    assert _counts(path)["green"] == 79


# --- what Microsoft's validator found (Open XML SDK) ----------------------------------------------
def _content_types(path: Path) -> tuple[set[str], set[str], list[str]]:
    with zipfile.ZipFile(path) as z:
        types = z.read("[Content_Types].xml").decode()
        names = [n for n in z.namelist() if not n.endswith("/") and n != "[Content_Types].xml"]
    import re

    defaults = {m.lower() for m in re.findall(r'<Default[^>]*Extension="([^"]+)"', types)}
    overrides = {m.lower().lstrip("/") for m in re.findall(r'<Override[^>]*PartName="([^"]+)"', types)}
    return defaults, overrides, names


def test_relationship_parts_added_to_a_book_without_a_rels_default_have_a_content_type(
    tmp_path: Path,
) -> None:
    """LibreOffice 6.0 and older write no <Default Extension="rels"> (each .rels part has an
    Override). run added the sheet's and the drawing's relationships without a content type: strict
    readers drop them, and with them the notes, the drawing and the chart. The package rule: every
    part has a content type, by its extension or its own Override."""
    from helpers import saved_by_old_libreoffice

    book = saved_by_old_libreoffice(tmp_path / "lo6.xlsx")
    defaults, overridden, names = _content_types(book)
    assert "rels" not in defaults
    assert all(n.rsplit(".", 1)[-1].lower() in defaults or n.lower() in overridden for n in names)

    written = actions.run(book).written
    assert written is not None
    defaults, overridden, names = _content_types(written)
    assert any(n.startswith("xl/worksheets/_rels/") for n in names)  # notes, drawing: new relationships
    untyped = [
        n for n in names if n.rsplit(".", 1)[-1].lower() not in defaults and n.lower() not in overridden
    ]
    assert untyped == []


def test_run_on_the_macro_workbook_names_the_normal_style_once(tmp_path: Path) -> None:
    """The shipped workbook's styles say <cellStyle name="Normal" xfId="0"/> (no builtinId); run added
    a second Normal with builtinId="0" once it had statuses (Sem_UniqueAttributeValue; a likely cause
    of Excel's 'Repaired Records: Format from /xl/styles.xml')."""
    import re
    import shutil

    from openpyxl import load_workbook as load

    book = Path(shutil.copy(Path(__file__).parents[1] / "workbook" / "xlfollow.xlsm", tmp_path / "bok.xlsm"))
    wb = load(book, keep_vba=True)
    sheet = wb["Framgångsfaktorer"]
    column = [c.value for c in sheet[1]].index("Läge") + 1
    for row in range(2, 8):  # the template is empty: six success factors of the 2018 report
        sheet.cell(row=row, column=1).value = "Hållbar tillväxt"
        sheet.cell(row=row, column=4).value = f"{row - 1}. Framgångsfaktor {row - 1}"
        sheet.cell(row=row, column=column).value = ("grön", "gul", "röd")[row % 3]
    wb.save(book)
    with zipfile.ZipFile(book) as z:
        before = re.findall(r'<cellStyle [^>]*name="([^"]+)"', z.read("xl/styles.xml").decode())
    written = actions.run(book).written
    assert written is not None
    with zipfile.ZipFile(written) as z:
        names = re.findall(r'<cellStyle [^>]*name="([^"]+)"', z.read("xl/styles.xml").decode())
    assert len(names) == len(set(names)), names
    assert set(before) <= set(names) and len(names) > len(before)  # xlfollow's own style was added


def test_next_period_writes_a_book_whose_cells_carry_no_reference(tmp_path: Path) -> None:
    """A sheet whose rows and cells carry no reference (placed by position: the file format allows
    it, Excel reads it) was refused by next-period and run ('cells without cell reference'). Now the
    cells are written as Excel reads them, each value in its place."""
    import re

    from xlfollow.next_period import next_period

    book = build_2018_factors(tmp_path / "april.xlsx")
    with zipfile.ZipFile(book) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    stripped = re.sub(rb'(<(?:c|row)\b[^>]*?) r="[A-Z]*\d+"', rb"\1", parts[sheet])
    assert b'<c r="' not in stripped and b'<row r="' not in stripped
    parts[sheet] = stripped
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    # placed by position, a row that was skipped (an empty row Excel did not write) closes up
    before = actions.check(book).report
    assert len(before.items) == 41

    august = next_period(book, tmp_path / "augusti.xlsx", "augusti 2018").written
    after = actions.check(august).report
    assert len(after.items) == len(before.items) == 41
    assert all(i.status.value == "missing" for i in after.items)  # emptied for the new round
    assert [(i.row, i.text) for i in after.items] == [(i.row, i.text) for i in before.items]
    sheet_after = load_workbook(august).worksheets[0]  # another reader: the statuses emptied in place
    assert all(sheet_after.cell(row=i.row, column=STATUS).value is None for i in before.items)
    assert sum(sheet_after.cell(row=i.row, column=STATUS + 1).value is not None for i in before.items) > 30
    assert actions.run(book).written is not None


def test_references_are_given_as_excel_reads_them() -> None:
    from xlfollow.ooxml.sheetbytes import with_references

    body = (
        b'<sheetData><row><c t="s"><v>0</v></c><c s="2" r=\'C1\'><v>1</v></c><c/></row>'
        b'<row r="4" spans="1:2"><c><v>3</v></c></row><row/></sheetData>'
    )
    assert with_references(body) == (
        b'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2"><v>1</v></c><c r="D1"/></row>'
        b'<row r="4" spans="1:2"><c r="A4"><v>3</v></c></row><row r="5"/></sheetData>'
    )


# --- commands that went ahead without a word -----------------------------------------------------
def test_run_in_place_refuses_a_read_only_workbook_as_excel_does(tmp_path: Path, capsys) -> None:
    import os
    import stat

    book = build_2018_factors(tmp_path / "april.xlsx")
    before = book.read_bytes()
    os.chmod(book, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        assert main(["run", str(book), "--in-place"]) == 2
        err = capsys.readouterr().err
        assert "är skrivskyddad" in err and str(book) in err and "Traceback" not in err
        assert book.read_bytes() == before
        assert main(["run", str(book)]) == 0  # a copy beside it is fine
        target = tmp_path / "april-klar.xlsx"
        os.chmod(target, stat.S_IRUSR)
        assert main(["run", str(book)]) == 2  # and an earlier copy marked read-only is not replaced
        assert "skrivskyddad" in capsys.readouterr().err
    finally:
        os.chmod(book, stat.S_IRUSR | stat.S_IWUSR)


def test_a_workbook_open_in_excel_is_read_with_a_warning_that_unsaved_changes_are_not_in_it(
    tmp_path: Path, capsys
) -> None:
    book = build_2018_factors(tmp_path / "april.xlsx")
    (tmp_path / "~$april.xlsx").write_bytes(b"owner")
    for command in (
        ["check"],
        ["run"],
        ["rollup"],
        ["export"],
        ["report"],
        ["next-period", "--period", "augusti 2018"],
    ):
        code = main([command[0], str(book), *command[1:]])
        err = capsys.readouterr().err
        assert code in (0, 1), command
        assert "är öppen i Excel" in err and "inte är sparade kommer inte med" in err, command
        assert err.count("öppen i Excel") == 1, command
    assert main(["run", str(book), "--in-place"]) == 2  # replacing it is refused, said once
    err = capsys.readouterr().err
    assert err.count("öppen i Excel") == 1 and "Stäng" in err


def test_run_says_when_it_replaces_an_earlier_copy(tmp_path: Path, capsys) -> None:
    book = build_2018_factors(tmp_path / "april.xlsx")
    assert main(["run", str(book)]) == 0
    first = capsys.readouterr().out
    assert "Skrev " in first and "ersatt" not in first
    assert main(["run", str(book)]) == 0
    assert "fanns redan och är ersatt" in capsys.readouterr().out


def test_run_pdf_without_libreoffice_says_the_workbook_was_written_and_exits_by_the_check(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    book = build_2018_factors(tmp_path / "april.xlsx")
    code = main(["run", str(book), "--pdf"])
    out, err = capsys.readouterr()
    assert (tmp_path / "april-klar.xlsx").exists()
    assert "Skrev " in out and "april-klar.xlsx" in out
    assert "LibreOffice finns inte" in err
    assert code == (1 if actions.check(book).report.errors else 0)


# --- what is unknown is visible where people look -------------------------------------------------
def test_an_unreadable_status_cell_gets_a_look_of_its_own_and_its_value_stays(make_book) -> None:
    """On the data sheet an unreadable status stayed plain (only a note, which does not print). Now
    it has xlfollow's unknown look: ✕ before the text and a light violet fill; the value is as
    written, and a second run reads the same. A number or date keeps the user's look."""
    from xlfollow.core.styles import LOOK_COLOURS, UNKNOWN_LOOK

    rows = [["Framgångsfaktor", "Läge"], ["1. A", "grön"], ["2. B", "blå"], ["3. C", "grönn"], ["4. D", 2]]
    written = actions.run(make_book(rows)).written
    assert written is not None
    sheet = load_workbook(written)["Data"]
    fill = LOOK_COLOURS[UNKNOWN_LOOK][0]
    for row, value in ((3, "blå"), (4, "grönn")):
        cell = sheet.cell(row=row, column=2)
        assert cell.value == value
        assert cell.fill.fgColor.rgb.endswith(fill) and '"✕ "@' in cell.number_format
    assert not sheet.cell(row=2, column=2).fill.fgColor.rgb.endswith(fill)
    number = sheet.cell(row=5, column=2)  # a number keeps its own look (a date would show as a number)
    assert number.value == 2 and not number.fill.fgColor.rgb.endswith(fill)
    again = actions.check(written).report
    assert [i.code for i in again.issues] == ["unknown-status"] * 3


def test_an_unknown_word_near_a_known_one_is_suggested_and_a_number_quoted_as_written(make_book) -> None:
    rows = [["Framgångsfaktor", "Läge"], ["1. A", "grönn"], ["2. B", "gull"], ["3. C", "blå"], ["4. D", 2]]
    report = actions.check(make_book(rows)).report
    said = {i.cell: i.message("sv") for i in report.issues}
    assert "Menade du grön?" in said["B2"] and "Menade du gul?" in said["B3"]
    assert "Menade du" not in said["B4"]  # nothing near: no guess
    assert "”2”" in said["B5"] and "2.0" not in said["B5"]
    assert all(i.status is None for i in report.items[:4])  # suggested, never counted
    assert "Did you mean green?" in next(i for i in report.issues if i.cell == "B2").message("en")


def test_review_findings_of_issue_21(tmp_path: Path, make_book) -> None:
    """What an independent review found in this issue's change: a negated word is not suggested as
    its opposite; the send e-mail counts its rows in words; consolidate does not replace a
    read-only region workbook; the report's subtitle starts with a capital."""
    import os
    import stat

    from xlfollow.consolidate import consolidate
    from xlfollow.core.errors import WorkbookError
    from xlfollow.core.settings import Settings
    from xlfollow.core.texts import localised

    vocabulary = Settings().vocabulary()
    for negated in ("Ouppfylld", "ouppnått", "unmet", "incomplete", "undone", "oklart"):
        assert vocabulary.nearest(negated) is None, negated
    assert vocabulary.nearest("grönn") is not None
    body = localised("send.mail.body", "sv", rows="en rad", period="april 2018", master="m.xlsx")
    assert "Här kommer en rad ur uppföljningen" in body
    book = build_2018_factors(tmp_path / "enhet.xlsx")
    region = tmp_path / "region.xlsx"
    consolidate([book], region)
    os.chmod(region, stat.S_IRUSR)
    with pytest.raises(WorkbookError) as refused:
        consolidate([book], region)
    assert refused.value.key == "read-only"
    rows = [["Framgångsfaktor", "Läge"], ["1. A", "grön"]]
    _, plan = actions.document_of(actions.read_file(make_book(rows)), actions.Request())
    assert plan.subtitle.startswith("En framgångsfaktor från"), plan.subtitle


def test_the_notes_drawing_goes_before_the_worksheets_extlst_not_a_rules() -> None:
    """Found by a workbook saved by Excel for Mac (IronCalc's Gantt template): a data bar's rule
    holds an <extLst> of its own; <legacyDrawing> went before that one, inside
    <conditionalFormatting>, and Microsoft's rules refused the sheet. It goes among the
    worksheet's own elements, before the worksheet's <extLst>."""
    from xlfollow.ooxml.sheetbytes import SheetBytes

    sheet = SheetBytes(
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>'
        b'<conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><dataBar>'
        b'<cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>'
        b'<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}"/></extLst></cfRule>'
        b"</conditionalFormatting><!-- <extLst> in a comment -->"
        b'<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" '
        b'header="0.3" footer="0.3"/><extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}"/>'
        b"</extLst></worksheet>"
    )
    sheet.set_legacy_drawing("rId9", ("legacyDrawingHF", "tableParts", "extLst"))
    tail = sheet.tail.decode()
    assert tail.index("</conditionalFormatting>") < tail.index("<legacyDrawing") < tail.rindex("<extLst>")
    assert tail.index("<pageMargins") < tail.index("<legacyDrawing")


def test_a_header_wrapped_in_its_cell_is_quoted_on_one_line(tmp_path: Path) -> None:
    """Found by a home-inventory table saved by Excel 2013 (headers "Make/\\nmodel"): the message
    and the reading printed the line break, and the command line's one line per problem broke."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Make/\nmodel", "Läge\nnu"])
    ws.append(["Kortare köer", "grön"])
    ws.append([None, "röd"])
    wb.save(tmp_path / "b.xlsx")
    (tmp_path / "s.toml").write_text('[column]\nitem = "A"\nstatus = "B"\n')
    result = actions.check(tmp_path / "b.xlsx", tmp_path / "s.toml")
    (issue,) = [i for i in result.report.issues if i.code == "missing-item"]
    assert "”Make/ model”" in issue.message("sv") and "\n" not in issue.message("sv")
    assert all("\n" not in line for line in reading_lines(result.report))
