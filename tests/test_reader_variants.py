"""Workbooks that real readers open and xlfollow refused (issue 9): a workbook part found through
the package's relationships, Strict Open XML (read, not written), UTF-16 parts, Excel 4 macro
sheets and dialog sheets beside the data, a sheet without a relationship, and one empty formatted
row at 1,048,576 (as LibreOffice writes). Each variant is the same three items, counted by hand:
one green, one red, one yellow."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.errors import InputError
from xlfollow.examples import build_2018_factors

import corpus
from libreoffice import SOFFICE, convert

GOOD = corpus.simple(["1. Ett mål", "grön", None], ["2. Ett till", "röd", "sent"], ["3. Tre", "gul", "x"])
EXPECTED = {"green": 1, "yellow": 1, "red": 1, "not_applicable": 0, "missing": 0, "unknown": 0}
T_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
T_REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
Change = Callable[[str, bytes], tuple[str, bytes]]


def rewrite(data: bytes, change: Change, extra: dict[str, bytes] | None = None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            name, content = change(info.filename, source.read(info))
            out.writestr(name, content)
        for name, content in (extra or {}).items():
            out.writestr(name, content)
    return buffer.getvalue()


def strict(name: str, data: bytes) -> tuple[str, bytes]:
    data = data.replace(T_MAIN, b"http://purl.oclc.org/ooxml/spreadsheetml/main")
    data = data.replace(T_REL, b"http://purl.oclc.org/ooxml/officeDocument/relationships")
    return name, data.replace(b"<workbook ", b'<workbook conformance="strict" ', 1)


def moved(name: str, data: bytes) -> tuple[str, bytes]:
    renamed = {"xl/workbook.xml": "xl/main.xml", "xl/_rels/workbook.xml.rels": "xl/_rels/main.xml.rels"}
    data = data.replace(b"/xl/workbook.xml", b"/xl/main.xml").replace(b'"xl/workbook.xml"', b'"xl/main.xml"')
    return renamed.get(name, name), data


def utf16(name: str, data: bytes) -> tuple[str, bytes]:
    if name != "xl/worksheets/sheet1.xml":
        return name, data
    text = data.decode("utf-8")
    text = text[text.index("?>") + 2 :] if text.startswith("<?xml") else text
    return name, ('<?xml version="1.0" encoding="UTF-16"?>' + text).encode("utf-16")


def last_row(name: str, data: bytes) -> tuple[str, bytes]:
    if name == "xl/worksheets/sheet1.xml":
        data = data.replace(b"</sheetData>", b'<row r="1048576" customFormat="1" ht="15"/></sheetData>')
    return name, data


def _other_sheet(kind: bytes, tag: bytes, rid: bool = True) -> bytes:
    def change(name: str, data: bytes) -> tuple[str, bytes]:
        if name == "xl/workbook.xml":
            entry = b'<sheet name="Makro" sheetId="9"' + (b' r:id="rId99"' if rid else b"") + b"/>"
            data = data.replace(b"</sheets>", entry + b"</sheets>")
        if name == "xl/_rels/workbook.xml.rels" and rid:
            rel = b'<Relationship Id="rId99" Type="' + kind + b'" Target="other/sheet1.xml"/>'
            data = data.replace(b"</Relationships>", rel + b"</Relationships>")
        return name, data

    body = b'<?xml version="1.0"?><' + tag + b' xmlns="' + T_MAIN + b'"><sheetData><row r="1">'
    body += b'<c r="A1" t="str"><f>HALT()</f><v>x</v></c></row></sheetData></' + tag + b">"
    return rewrite(GOOD, change, {"xl/other/sheet1.xml": body} if rid else None)


VARIANTS: dict[str, Callable[[], bytes]] = {
    "workbook part found through the relationships": lambda: rewrite(GOOD, moved),
    "strict open xml": lambda: rewrite(GOOD, strict),
    "utf-16 data sheet": lambda: rewrite(GOOD, utf16),
    "empty formatted row 1048576": lambda: rewrite(GOOD, last_row),
    "excel 4 macro sheet": lambda: _other_sheet(
        b"http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet", b"macrosheet"
    ),
    "dialog sheet": lambda: _other_sheet(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/dialogsheet", b"dialogsheet"
    ),
    "sheet without a relationship": lambda: _other_sheet(b"", b"", rid=False),
}
WRITABLE = {
    "workbook part found through the relationships",
    "empty formatted row 1048576",
    "excel 4 macro sheet",
    "dialog sheet",
    "sheet without a relationship",
}


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_variant_is_read_and_counted(tmp_path: Path, variant: str) -> None:
    path = tmp_path / "v.xlsx"
    path.write_bytes(VARIANTS[variant]())
    result = actions.check(path)
    assert result.rollup.status == EXPECTED
    assert [i.text for i in result.report.items] == ["1. Ett mål", "2. Ett till", "3. Tre"]


@pytest.mark.slow
@pytest.mark.parametrize("variant", sorted(WRITABLE))
def test_writable_variants_run_and_an_independent_reader_opens_them(tmp_path: Path, variant: str) -> None:
    path = tmp_path / "v.xlsx"
    path.write_bytes(VARIANTS[variant]())
    assert main(["run", str(path)]) == 0
    out = tmp_path / "v-klar.xlsx"
    assert actions.check(out).rollup.status == EXPECTED
    if SOFFICE is not None:
        content = zipfile.ZipFile(convert(out, "ods", tmp_path)).read("content.xml").decode()
        assert "Sammanställning" in content and "Ett till" in content


@pytest.mark.parametrize(
    ("variant", "key"), [("strict open xml", "strict-read-only"), ("utf-16 data sheet", "sheet-encoding")]
)
def test_read_only_variants_are_refused_for_writing_with_a_message(
    tmp_path: Path, variant: str, key: str
) -> None:
    path = tmp_path / "v.xlsx"
    path.write_bytes(VARIANTS[variant]())
    before = path.read_bytes()
    with pytest.raises(InputError) as caught:
        actions.run(path)
    assert caught.value.key == key and "Inget har ändrats" in caught.value.message()
    assert path.read_bytes() == before and not (tmp_path / "v-klar.xlsx").exists()


def test_the_demo_workbook_with_a_last_row_is_read(tmp_path: Path) -> None:
    """The issue's own case: the demo's 2018 workbook was refused after one such row."""
    book = build_2018_factors(tmp_path / "rs2018.xlsx")
    with zipfile.ZipFile(book) as archive:
        part = max(
            (n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")),
            key=lambda n: archive.getinfo(n).file_size,
        )

    def change(name: str, data: bytes) -> tuple[str, bytes]:
        if name == part:
            data = data.replace(b"</sheetData>", b'<row r="1048576" customFormat="1" ht="15"/></sheetData>')
        return name, data

    book.write_bytes(rewrite(book.read_bytes(), change))
    status = actions.check(book).rollup.status
    assert (status["green"], status["yellow"], status["red"], status["missing"]) == (7, 29, 4, 1)
