"""The e-mail copy (issue 9): no personal data (the saved-in folder with the Windows user name,
custom properties, the people's sign-in identities), no form control bound to a macro even when
it shares its VML drawing with notes, no empty VML drawing left behind; a damaged file is said
in Swedish, not as an unexpected error; the shipped workbook carries nobody's name or folder."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

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
