"""The e-mail copy (issue 9): no personal data (the saved-in folder with the Windows user name,
custom properties, the people's sign-in identities), no form control bound to a macro even when
it shares its VML drawing with notes, no empty VML drawing left behind; a damaged file is said
in Swedish, not as an unexpected error; the shipped workbook carries nobody's name or folder."""

from __future__ import annotations

import email
import email.policy
import io
import re
import shutil
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import cast

import pytest

from xlfollow.adapters.email_copy import export
from xlfollow.cli import main
from xlfollow.core.errors import InputError

import fidelity

ROOT = Path(__file__).resolve().parent.parent
ABS_PATH = (
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="x15"><x15ac:absPath xmlns:x15ac="http://schemas.microsoft.com/office/'
    'spreadsheetml/2010/11/ac" url="C:\\Users\\anna.andersson\\Region\\"/></mc:Choice></mc:AlternateContent>'
)
CHECKBOX = (
    '<v:shape id="_x0000_s2050" type="#_x0000_t201" style="position:absolute;width:90pt;height:20pt">'
    '<x:ClientData ObjectType="Checkbox"><x:Anchor>9, 0, 4, 0, 11, 0, 5, 0</x:Anchor>'
    "<x:FmlaMacro>[0]!Kryssa</x:FmlaMacro><x:FmlaLink>$H$2</x:FmlaLink></x:ClientData></v:shape>"
)
CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/'
    'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
    'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Handläggare">'
    "<vt:lpwstr>Anna Andersson</vt:lpwstr></property></Properties>"
)
PERSONS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><personList xmlns="http://schemas.microsoft.com/'
    'office/spreadsheetml/2018/threadedcomments"><person displayName="Anna Andersson" '
    'id="{11111111-1111-1111-1111-111111111111}" userId="anna.andersson@region.se" '
    'providerId="AD"/></personList>'
)


def _personal_book(tmp_path: Path) -> Path:
    source = fidelity.build(tmp_path / "arbetsbok.xlsm", macro=True)
    with zipfile.ZipFile(source) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    members["xl/workbook.xml"] = re.sub(
        rb"(<workbook\b[^>]*>)", lambda m: m.group(1) + ABS_PATH.encode(), members["xl/workbook.xml"], count=1
    )
    vml = next(n for n in members if n.endswith(".vml"))
    members[vml] = members[vml].replace(b"</xml>", CHECKBOX.encode() + b"</xml>")
    members["docProps/custom.xml"] = CUSTOM.encode()
    members["xl/persons/person.xml"] = PERSONS.encode()
    members["_rels/.rels"] = members["_rels/.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'custom-properties" Target="docProps/custom.xml"/></Relationships>',
    )
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/docProps/custom.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.custom-properties+xml"/>'
        b'<Override PartName="/xl/persons/person.xml" ContentType="application/'
        b'vnd.ms-excel.person+xml"/></Types>',
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    source.write_bytes(buffer.getvalue())
    return source


def _all_text(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return b"".join(archive.read(n) for n in archive.namelist() if not n.endswith(".bin"))


def test_the_copy_carries_no_personal_data(tmp_path: Path) -> None:
    source = _personal_book(tmp_path)
    assert b"anna.andersson" in _all_text(source) and b"Anna Andersson" in _all_text(source)
    copy = export(source, tmp_path / "kopia.xlsx")
    text = _all_text(copy)
    assert b"absPath" not in text and b"anna.andersson" not in text
    with zipfile.ZipFile(copy) as archive:
        names = archive.namelist()
        assert "docProps/custom.xml" not in names
        assert b"custom.xml" not in archive.read("_rels/.rels")
        assert b'displayName="Anna Andersson"' in archive.read("xl/persons/person.xml")  # shown names stay


def test_no_control_bound_to_a_macro_survives_beside_notes(tmp_path: Path) -> None:
    copy = export(_personal_book(tmp_path), tmp_path / "kopia.xlsx")
    with zipfile.ZipFile(copy) as archive:
        vml = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".vml"))
    assert (
        b"FmlaMacro" not in vml and b'ObjectType="Checkbox"' not in vml and b'ObjectType="Button"' not in vml
    )
    assert b'ObjectType="Note"' in vml  # the notes in the same drawing stay


def test_no_empty_vml_drawing_is_left(tmp_path: Path) -> None:
    book = tmp_path / "knappar.xlsm"
    book.write_bytes((ROOT / "workbook" / "xlfollow.xlsm").read_bytes())
    copy = export(book, tmp_path / "kopia.xlsx")
    with zipfile.ZipFile(copy) as archive:
        for name in archive.namelist():
            if name.endswith(".vml"):
                assert b"<v:shape" in archive.read(name), name
            if name.startswith("xl/worksheets/sheet"):
                data = archive.read(name)
                assert b"legacyDrawing" not in data or any(n.endswith(".vml") for n in archive.namelist())


def test_a_damaged_file_is_said_in_swedish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "trasig.xlsm"
    data = bytearray((ROOT / "workbook" / "xlfollow.xlsm").read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/workbook.xml")
    data[info.header_offset + 30 + len(info.filename) + len(info.extra) + 5] ^= 0xFF  # bad checksum
    book.write_bytes(bytes(data))
    assert main(["export", str(book)]) == 2
    err = capsys.readouterr().err
    assert "skadad" in err and "oväntat" not in err


def test_the_shipped_workbook_carries_nobodys_name_or_folder() -> None:
    text = _all_text(ROOT / "workbook" / "xlfollow.xlsm")
    assert b"absPath" not in text and b"Felix" not in text and b"felix" not in text
    with pytest.raises(InputError):
        export(ROOT / "workbook" / "xlfollow.xlsm", ROOT / "workbook" / "xlfollow.xlsm")


# --- issue 20: no macro sheets, no hidden person fields, the right tab -------------------------------

MACRO_SHEET = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xm:macrosheet xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main" xmlns:xm="http://schemas.microsoft.com/office/excel/'
    '2006/main"><sheetData><row r="1"><c r="A1"><f>EXEC("calc.exe")</f></c></row><row r="2"><c r="A2">'
    "<f>HALT()</f></c></row></sheetData></xm:macrosheet>"
)
MACRO_NAMES = (
    '<definedName name="_xlnm.Auto_Open" hidden="1">Makro1!$A$1</definedName>'
    '<definedName name="Auto_Close_2">Data!$A$1</definedName>'
    '<definedName name="Hämta" function="1" xlm="1">Makro1!$A$2</definedName>'
    '<definedName name="Kvar">Data!$B$2</definedName>'
)


def _rewrite(
    path: Path, change: dict[str, Callable[[bytes], bytes]], add: dict[str, bytes] | None = None
) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    for name, edit in change.items():
        members[name] = edit(members[name])
    members.update(add or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def _macro_sheet_book(tmp_path: Path) -> Path:
    """An .xlsm with a very hidden Excel 4 macro sheet whose Auto_Open runs when the file opens,
    as in the macro documents that mail filters stop, and a user who reserved the file."""
    source = fidelity.build(tmp_path / "makro.xlsm", macro=True)

    def workbook(data: bytes) -> bytes:
        data = data.replace(
            b"</sheets>",
            b'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            b'name="Makro1" sheetId="99" state="veryHidden" r:id="rIdM1"/></sheets>',
        )
        if b"<definedNames>" in data:
            data = data.replace(b"<definedNames>", b"<definedNames>" + MACRO_NAMES.encode())
        else:
            data = data.replace(
                b"</sheets>", b"</sheets><definedNames>" + MACRO_NAMES.encode() + b"</definedNames>"
            )
        return data.replace(
            b"<workbookPr", b'<fileSharing readOnlyRecommended="1" userName="Anna Andersson"/><workbookPr', 1
        )

    _rewrite(
        source,
        {
            "xl/workbook.xml": workbook,
            "xl/_rels/workbook.xml.rels": lambda d: d.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdM1" Type="http://schemas.microsoft.com/office/2006/relationships/'
                b'xlMacrosheet" Target="macrosheets/sheet1.xml"/></Relationships>',
            ),
            "[Content_Types].xml": lambda d: d.replace(
                b"</Types>",
                b'<Override PartName="/xl/macrosheets/sheet1.xml" '
                b'ContentType="application/vnd.ms-excel.macrosheet+xml"/></Types>',
            ),
        },
        {"xl/macrosheets/sheet1.xml": MACRO_SHEET.encode()},
    )
    return source


def _workbook_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/workbook.xml")


def test_an_excel_4_macro_sheet_and_the_names_that_run_it_are_not_in_the_copy(tmp_path: Path) -> None:
    source = _macro_sheet_book(tmp_path)
    assert b"Auto_Open" in _workbook_xml(source) and b"Makro1" in _workbook_xml(source)
    copy = export(source, tmp_path / "kopia.xlsx")
    with zipfile.ZipFile(copy) as archive:
        names = archive.namelist()
        assert not any("macrosheet" in n for n in names)
        assert b"macrosheet" not in archive.read("[Content_Types].xml")
        assert b"xlMacrosheet" not in archive.read("xl/_rels/workbook.xml.rels")
    workbook = _workbook_xml(copy)
    assert b"Makro1" not in workbook and b"Auto_" not in workbook and b"H\xc3\xa4mta" not in workbook
    assert b'name="Kvar"' in workbook  # the user's own names stay
    assert b"EXEC" not in _all_text(copy)


def test_the_user_who_reserved_the_file_is_not_in_the_copy(tmp_path: Path) -> None:
    copy = export(_macro_sheet_book(tmp_path), tmp_path / "kopia.xlsx")
    workbook = _workbook_xml(copy)
    assert b"Anna Andersson" not in workbook and b"userName" not in workbook
    assert b'<fileSharing readOnlyRecommended="1"/>' in workbook  # the recommendation stays


@pytest.mark.parametrize(
    ("name", "person"),
    [
        # real files (tests/data/README.md): who last refreshed a pivot table
        ("openxml_basicspreadsheet.xlsx", b"Shiguang Dong"),
        ("ironcalc_example.xlsx", b'refreshedBy="nicol"'),
        # Office's related people (backstage) in custom XML
        ("openxml_ecma_testcases.xlsx", b"Mark O'Hara"),
    ],
)
def test_people_hidden_in_real_files_are_not_in_the_copy(tmp_path: Path, name: str, person: bytes) -> None:
    source = ROOT / "tests" / "data" / "excel" / name
    assert person in _all_text(source)
    copy = export(source, tmp_path / "kopia.xlsx")
    assert person not in _all_text(copy)
    with zipfile.ZipFile(source) as before, zipfile.ZipFile(copy) as after:
        gone = set(before.namelist()) - set(after.namelist())
        for part in after.namelist():  # nothing refers to a part that is gone
            if part.endswith(".rels"):
                assert not any(g.rsplit("/", 1)[-1].encode() in after.read(part) for g in gone), part
        assert all(g.startswith(("customXml/", "docProps/custom")) for g in gone), gone


def test_revision_history_users_are_cleared(tmp_path: Path) -> None:
    from xlfollow.ooxml.limits import load_package
    from xlfollow.ooxml.privacy import clear_personal

    source = fidelity.build(tmp_path / "delad.xlsx")
    _rewrite(
        source,
        {},
        {
            "xl/revisions/userNames.xml": b'<users xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
            b'main" count="1"><userInfo guid="{1}" name="Anna Andersson" id="1" '
            b'dateTime="2026-04-30T10:00:00"/>'
            b"</users>",
            "xl/revisions/revisionHeaders.xml": b'<headers xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            b'2006/main" guid="{2}"><header guid="{2}" dateTime="2026-04-30T10:00:00" maxSheetId="2" '
            b'userName="Anna Andersson" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships"><sheetIdMap count="1"><sheetId val="1"/></sheetIdMap></header></headers>',
        },
    )
    package = load_package(source)
    clear_personal(package)
    assert b"Anna" not in package.read("xl/revisions/userNames.xml")
    assert b"Anna" not in package.read("xl/revisions/revisionHeaders.xml")


def _tabs(path: Path) -> tuple[str, list[str]]:
    """The sheet the workbook opens on and the sheets whose tab is selected."""
    from xlfollow.ooxml.limits import load_package

    package = load_package(path)
    workbook = package.xml(package.workbook)
    entries = [s.get("name", "") for s in workbook.iter("{*}sheet")]
    active = int(next(workbook.iter("{*}workbookView")).get("activeTab", "0"))
    parts = dict(package.sheet_parts())
    selected = [n for n in entries if n in parts and b'tabSelected="1"' in package.read(parts[n])]
    return entries[active], selected


def test_the_copy_opens_on_the_summary_with_one_tab_selected(tmp_path: Path) -> None:
    """The macro workbook saved with xlwings.conf active and Start selected (two tabs, one
    grouped view once xlwings.conf is gone); after `run` the copy opens on Sammanställning, alone."""
    book = tmp_path / "kansliet.xlsm"
    book.write_bytes((ROOT / "workbook" / "xlfollow.xlsm").read_bytes())
    from openpyxl import load_workbook as _load  # only to fill the data sheet of a copy

    filled = tmp_path / "ifylld.xlsx"
    data = _load(book)
    rows = [["Samhälle", "Mål 1", "Fler bor i länet", "RS", "grön", "Bra"]]
    sheet = data["Framgångsfaktorer"]
    headers = [c.value for c in sheet[1]]
    for n, row in enumerate(rows, start=2):
        for header, value in zip(
            ("Perspektiv", "Strategiskt mål", "Framgångsfaktor", "Nämnd", "Läge", "Kommentar"),
            row,
            strict=True,
        ):
            if header in headers:
                sheet.cell(n, headers.index(header) + 1, value)
    data.save(filled)
    assert main(["run", str(filled), "-o", str(tmp_path / "klar.xlsx")]) in (0, 1)
    klar = tmp_path / "klar.xlsx"

    def grouped(data: bytes) -> bytes:
        return re.sub(rb'activeTab="\d+"', b'activeTab="1"', data)

    _rewrite(klar, {"xl/workbook.xml": grouped})
    for part in [p for n, p in _sheet_parts(klar) if n in ("Framgångsfaktorer", "Sammanställning")]:
        _rewrite(klar, {part: lambda d: d.replace(b"<sheetView ", b'<sheetView tabSelected="1" ', 1)})
    assert len(_tabs(klar)[1]) == 2
    copy = export(klar, tmp_path / "kopia.xlsx")
    assert _tabs(copy) == ("Sammanställning", ["Sammanställning"])


def _sheet_parts(path: Path) -> list[tuple[str, str]]:
    from xlfollow.ooxml.limits import load_package

    return load_package(path).sheet_parts()


def test_the_macro_workbooks_start_sheet_is_not_in_the_copy(tmp_path: Path) -> None:
    book = tmp_path / "kansliet.xlsm"
    book.write_bytes((ROOT / "workbook" / "xlfollow.xlsm").read_bytes())
    copy = export(book, tmp_path / "kopia.xlsx")
    names = [n for n, _ in _sheet_parts(copy)]
    assert "Start" not in names and names[0] == "Framgångsfaktorer"
    assert _tabs(copy) == ("Framgångsfaktorer", ["Framgångsfaktorer"])


def test_a_users_own_sheet_called_start_stays(tmp_path: Path) -> None:
    source = fidelity.build(tmp_path / "egen.xlsm", macro=True)
    _rewrite(
        source,
        {"xl/workbook.xml": lambda d: re.sub(rb'(<sheet\b[^>]*?\bname=")[^"]*"', rb'\1Start"', d, count=1)},
    )
    copy = export(source, tmp_path / "kopia.xlsx")
    assert "Start" in [n for n, _ in _sheet_parts(copy)]


# --- the e-mail itself: export --eml --------------------------------------------------------------


def _draft(path: Path) -> EmailMessage:
    return cast(EmailMessage, email.message_from_bytes(path.read_bytes(), policy=email.policy.default))


def test_export_eml_writes_a_draft_outlook_opens_with_the_copy_attached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from xlfollow.examples import build_2018_factors

    book = build_2018_factors(tmp_path / "rs2018.xlsx")
    assert main(["run", str(book)]) in (0, 1)
    klar = tmp_path / "rs2018-klar.xlsx"
    assert main(["export", str(klar), "--eml"]) == 0
    out = capsys.readouterr().out
    copy, eml = tmp_path / "rs2018-klar-epost.xlsx", tmp_path / "rs2018-klar-epost.eml"
    assert str(eml) in out
    message = _draft(eml)
    assert message["X-Unsent"] == "1" and message["Subject"] == "Uppföljning april 2018: rs2018-klar"
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    # the report's own sentence, counted by hand from the published report (README)
    assert (
        "Av de 41 framgångsfaktorerna bedöms sju vara uppfyllda (grön), 29 vara på väg att uppfyllas" in text
    )
    assert "Sammanställning" in text and "inga makron" in text
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == copy.name
    assert (
        attachment.get_content_type() == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert attachment.get_content() == copy.read_bytes()  # byte for byte


def test_the_draft_says_the_banner_when_the_counts_rest_on_unknown_statuses(tmp_path: Path) -> None:
    from openpyxl import load_workbook as _load

    from xlfollow.actions import export_copy
    from xlfollow.examples import build_2018_factors

    book = build_2018_factors(tmp_path / "rs2018.xlsx")
    data = _load(book)
    sheet = data.worksheets[0]
    status_col = next(c.column for row in sheet.iter_rows(max_row=10) for c in row if c.value == "Per april")
    changed = 0
    for row in sheet.iter_rows(min_row=4):
        cell = row[status_col - 1]
        if cell.value in ("→", "↑") and changed < 6:
            cell.value = "kanske"
            changed += 1
    assert changed == 6
    data.save(book)
    done = export_copy(book, tmp_path / "kopia.xlsx", draft=True)
    assert done.draft is not None
    body = _draft(done.draft).get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "Obs! För sex framgångsfaktorer av 41 kunde läget inte läsas." in text, text
    assert "Obs! Sammanställningen bygger på en arbetsbok med sex fel" in text, text
    assert "inga makron." in text and "öppnas på bladet" not in text  # no summary yet: not said


def test_the_button_writes_the_copy_and_the_draft_beside_the_workbook(example, tmp_path: Path) -> None:
    from xlfollow.excel import export_book

    from fake_excel import FakeBook

    book_path = tmp_path / "kansliet.xlsx"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), book_path)
    book = FakeBook(book_path.name, {"Blad1": [[None]]})
    book.fullname = str(book_path)  # type: ignore[attr-defined]
    saved: list[bool] = []
    book.save = lambda: saved.append(True)  # type: ignore[attr-defined]
    said = export_book(book)
    copy, eml = tmp_path / "kansliet-epost.xlsx", tmp_path / "kansliet-epost.eml"
    assert saved and copy.is_file() and eml.is_file()
    assert str(copy) in said and str(eml) in said
    (attachment,) = list(_draft(eml).iter_attachments())
    assert attachment.get_content() == copy.read_bytes()


# --- after the review ----------------------------------------------------------------------------


def test_a_users_name_on_a_sheet_whose_name_ends_like_a_removed_one_stays(tmp_path: Path) -> None:
    book = tmp_path / "kansliet.xlsm"
    book.write_bytes((ROOT / "workbook" / "xlfollow.xlsm").read_bytes())
    name = b"<definedName name=\"Lista\">'Ny Start'!$A$2:$A$10</definedName>"

    def renamed(data: bytes) -> bytes:
        data = data.replace('name="Framgångsfaktorer"'.encode(), b'name="Ny Start"')
        return data.replace(b"</definedNames>", name + b"</definedNames>")

    _rewrite(book, {"xl/workbook.xml": renamed})
    copy = export(book, tmp_path / "kopia.xlsx")
    assert name in _workbook_xml(copy)
    assert [n for n, _ in _sheet_parts(copy)] == ["Ny Start", "xlfollow"]


def test_a_copy_whose_visible_sheets_were_all_removed_shows_one(tmp_path: Path) -> None:
    from openpyxl import load_workbook as _load

    source = _macro_sheet_book(tmp_path)

    def only_the_macro_sheet_visible(data: bytes) -> bytes:
        data = data.replace(b'state="visible"', b'state="hidden"')
        return data.replace(b'state="veryHidden" r:id="rIdM1"', b'r:id="rIdM1"')

    _rewrite(source, {"xl/workbook.xml": only_the_macro_sheet_visible})
    copy = export(source, tmp_path / "kopia.xlsx")
    loaded = _load(copy)  # openpyxl, like Excel, refuses a workbook without a visible sheet
    assert [ws.title for ws in loaded.worksheets if ws.sheet_state == "visible"] == [
        loaded.worksheets[0].title
    ]


def test_the_reserving_user_goes_wherever_the_workbook_part_is(tmp_path: Path) -> None:
    source = _macro_sheet_book(tmp_path)
    with zipfile.ZipFile(source) as archive:
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    members["xl/main.xml"] = members.pop("xl/workbook.xml")
    members["xl/_rels/main.xml.rels"] = members.pop("xl/_rels/workbook.xml.rels")
    members["_rels/.rels"] = members["_rels/.rels"].replace(b"xl/workbook.xml", b"xl/main.xml")
    types = members["[Content_Types].xml"]
    members["[Content_Types].xml"] = types.replace(b"/xl/workbook.xml", b"/xl/main.xml")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    source.write_bytes(buffer.getvalue())
    assert b"Anna Andersson" in members["xl/main.xml"]
    copy = export(source, tmp_path / "kopia.xlsx")
    with zipfile.ZipFile(copy) as archive:
        assert b"Anna Andersson" not in archive.read("xl/main.xml")


def _empty_first_sheet(data: bytes) -> bytes:
    return data.replace(b'activeTab="0"', b'activeTab="0" firstSheet=""')


def _mark_on_no_sheet(data: bytes) -> bytes:
    return data.replace(
        b'name="_xlfollow_start" localSheetId="0"', b'name="_xlfollow_start" localSheetId="x"'
    )


@pytest.mark.parametrize("edit", [_empty_first_sheet, _mark_on_no_sheet])
def test_a_carelessly_written_workbook_is_copied_not_refused(
    tmp_path: Path, edit: Callable[[bytes], bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    book = tmp_path / "kansliet.xlsm"
    book.write_bytes((ROOT / "workbook" / "xlfollow.xlsm").read_bytes())
    _rewrite(book, {"xl/workbook.xml": edit})
    assert edit(_workbook_xml(ROOT / "workbook" / "xlfollow.xlsm")) != _workbook_xml(
        ROOT / "workbook" / "xlfollow.xlsm"
    )
    assert main(["export", str(book)]) == 0, capsys.readouterr().err


def test_export_eml_of_a_workbook_that_is_no_follow_up_writes_the_copy_and_a_plain_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "budget.xlsx"
    shutil.copy(ROOT / "tests" / "data" / "excel" / "calamine-base.xlsx", source)
    assert main(["export", str(source), "--eml"]) == 0
    out = capsys.readouterr()
    assert "budget-epost.eml" in out.out and not out.err
    body = _draft(tmp_path / "budget-epost.eml").get_body(("plain",))
    assert body is not None
    assert "budget-epost.xlsx" in body.get_content() and "Av de" not in body.get_content()


def test_export_speaks_the_workbooks_language(
    example, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook as _load

    source = tmp_path / "english.xlsx"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), source)
    data = _load(source)
    settings = data.create_sheet("xlfollow")
    settings.append(["language", "en"])
    data.save(source)
    assert main(["export", str(source)]) == 0
    assert capsys.readouterr().out.startswith("The e-mail copy is ready")


def test_a_swedish_attachment_name_is_given_as_outlook_and_the_standard_read_it(tmp_path: Path) -> None:
    from email.header import decode_header, make_header

    from xlfollow.adapters.email_draft import write_draft

    attachment = tmp_path / "Uppföljning Barn- och utbildningsnämnden.xlsx"
    attachment.write_bytes(b"PK")
    message = _draft(write_draft(tmp_path / "utkast.eml", None, "Ämne", "Hej", attachment))
    (part,) = list(message.iter_attachments())
    assert part.get_filename() == attachment.name  # RFC 2231 in Content-Disposition
    assert str(make_header(decode_header(str(part.get_param("name"))))) == attachment.name  # RFC 2047
    assert part.get_content_type() == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_without_a_summary_the_copy_opens_where_the_user_left_it(tmp_path: Path) -> None:
    source = ROOT / "tests" / "data" / "excel" / "ironcalc_example.xlsx"
    entries = [n for n, _ in _sheet_parts(source)]
    opened = _tabs(source)[0]
    assert opened != entries[0]
    assert _tabs(export(source, tmp_path / "kopia.xlsx")) == (opened, [opened])


def test_a_sheet_removed_before_the_open_one_leaves_the_user_on_it(tmp_path: Path) -> None:
    """The second review: removing a sheet before the active tab shifted the tab one to the right."""
    source = fidelity.build(tmp_path / "egen.xlsm", macro=True)

    def start_first_and_bilder_open(data: bytes) -> bytes:
        data = data.replace(b'activeTab="0"', b'activeTab="2"')
        return data.replace(
            b"<definedNames>",
            b'<definedNames><definedName name="_xlfollow_start" localSheetId="0" hidden="1">'
            b'"x"</definedName>',
        )

    _rewrite(source, {"xl/workbook.xml": start_first_and_bilder_open})
    assert _tabs(source)[0] == "Bilder"
    copy = export(source, tmp_path / "kopia.xlsx")
    assert "Data" not in [n for n, _ in _sheet_parts(copy)]
    assert _tabs(copy) == ("Bilder", ["Bilder"])
