"""Reading refuses broken and hostile files with a clear input error, before inflating them."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from xlfollow.adapters.file_reader import read_values
from xlfollow.core.errors import InputError
from xlfollow.ooxml.limits import sheet_extent

SHEET = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>'
)


def package(
    path: Path, sheet_xml: str | bytes, extra: dict[str, bytes] | None = None, skip: tuple[str, ...] = ()
) -> Path:
    """A minimal workbook with one sheet, written by hand."""
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        b'2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        b'<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.'
        b'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml.encode() if isinstance(sheet_xml, str) else sheet_xml,
        **(extra or {}),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            if name not in skip:
                z.writestr(name, data)
    return path


def cells(*values: str) -> str:
    row = "".join(
        f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values)
    )
    return f'<row r="1">{row}</row>'


def refused(path: Path) -> InputError:
    with pytest.raises(InputError) as caught:
        read_values(path)
    assert caught.value.message("sv") and str(path) in caught.value.message("sv")
    return caught.value


def test_a_hand_made_minimal_workbook_reads(tmp_path: Path) -> None:
    book = read_values(package(tmp_path / "ok.xlsx", SHEET.format(rows=cells("Framgångsfaktor", "Läge"))))
    assert book.sheets["Data"].rows == [["Framgångsfaktor", "Läge"]]


def test_cell_far_away_is_refused_before_reading(tmp_path: Path) -> None:
    rows = cells("a") + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    assert refused(package(tmp_path / "far.xlsx", SHEET.format(rows=rows))).key == "too-large"


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = SHEET.format(rows=cells("a")).replace("<sheetData>", "<sheetData>" + " " * 30_000_000)
    assert refused(package(tmp_path / "bomb.xlsx", bomb)).key == "too-large"


def test_entity_bomb_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><worksheet xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&c;</t></is></c>'
        "</row></sheetData></worksheet>"
    )
    path = package(tmp_path / "entities.xlsx", bomb)
    try:
        book = read_values(path)
    except InputError as exc:
        assert exc.key == "corrupt"
    else:  # a reader that ignores the entities reads no expansion
        assert "aaaaaaaaaa" not in str(book.sheets["Data"].rows)


@pytest.mark.parametrize("name", ["../evil.xml", "/etc/evil.xml", "xl\\..\\evil.xml", "C:evil.xml"])
def test_unsafe_member_names(tmp_path: Path, name: str) -> None:
    path = package(tmp_path / "names.xlsx", SHEET.format(rows=cells("a")), extra={name: b"x"})
    assert refused(path).key == "corrupt"


@pytest.mark.parametrize("part", ["[Content_Types].xml", "xl/workbook.xml"])
def test_missing_parts(tmp_path: Path, part: str) -> None:
    path = package(tmp_path / "parts.xlsx", SHEET.format(rows=cells("a")), skip=(part,))
    assert refused(path).key == "not-a-workbook"


def test_malformed_sheet_xml(tmp_path: Path) -> None:
    path = package(tmp_path / "bad.xlsx", "<worksheet><sheetData><row>")
    assert refused(path).key == "corrupt"


def test_truncated_zip(tmp_path: Path) -> None:
    good = package(tmp_path / "good.xlsx", SHEET.format(rows=cells("a")))
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[:200])
    assert refused(cut).key == "corrupt"


def test_encrypted_workbook(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 100
    )
    assert refused(path).key == "encrypted"


def test_sheet_extent() -> None:
    assert sheet_extent(b'<c r="B7"/><c s="1" r="AA3"><v>1</v></c>') == (7, 27)
    assert sheet_extent(b"<sheetData/>") == (0, 26)  # columns: an upper bound, 26 for single letters
    assert sheet_extent(b'<row r="4"><c r="C4"/></row><row r="9"><c r="B9"/></row>') == (9, 26)
    assert sheet_extent(b'<row r="2"><c r="ZZZ2"/></row>') == (2, 18278)
    positional = b"<row>" + b"<c><v>1</v></c>" * 40 + b"</row><row><c/></row>"
    assert sheet_extent(positional) == (2, 40)


def test_cell_values_are_cell_value_of_each() -> None:
    """The reader's one-comprehension conversion gives what cell_value gives for every kind of
    value a reader hands over (blank, whitespace, text, numbers, booleans, dates, error values)."""
    import datetime

    from xlfollow.core.values import CellError, cell_value, cell_values

    row = ["", " ", "\t\n", "grön", " x ", 0, 0.0, 1.5, True, False, datetime.date(2026, 4, 30), None]
    row += [CellError("#N/A"), CellError(""), CellError(" ")]
    assert cell_values([row, []]) == [[cell_value(v) for v in row], []]
    assert [type(v) for v in cell_values([row])[0]] == [type(cell_value(v)) for v in row]
