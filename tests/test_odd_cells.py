"""Status cells written by other writers (issue 9): cells without a reference (placed after the
one before) and attributes in single quotes were silently left uncoloured; new notes could take
shape ids already used by buttons (o:spid) in the same drawing block."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from xlfollow import actions
from xlfollow.ooxml.notes import next_shape_id
from xlfollow.ooxml.package import Package

import corpus

MAIN = corpus.MAIN


def _sheet(rows: str) -> str:
    return f'<?xml version="1.0"?><worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>'


def _inline(text: str, ref: str = "", quote: str = '"') -> str:
    r = f" r={quote}{ref}{quote}" if ref else ""
    return f"<c{r} t={quote}inlineStr{quote}><is><t>{text}</t></is></c>"


HEADER = "<row r='1'>" + _inline("Framgångsfaktor", "A1", "'") + _inline("Läge", "B1", "'") + "</row>"
ROWS = {
    "no references": HEADER
    + "<row>"
    + _inline("1. a")
    + _inline("grön")
    + "</row><row>"
    + _inline("2. b")
    + _inline("röd")
    + "</row>",
    "single quotes": HEADER
    + "<row r='2'>"
    + _inline("1. a", "A2", "'")
    + _inline("grön", "B2", "'")
    + "</row><row r='3'>"
    + _inline("2. b", "A3", "'")
    + _inline("röd", "B3", "'")
    + "</row>",
}


def _styles_of_status_cells(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    cells = re.findall(r"<c\b[^>]*>\s*<is><t>(grön|röd)</t>", sheet)
    assert len(cells) == 2
    return re.findall(r"<c\b([^>]*)>\s*<is><t>(?:grön|röd)</t>", sheet)


def test_cells_without_references_or_with_single_quotes_are_coloured(tmp_path: Path) -> None:
    for label, rows in ROWS.items():
        path = tmp_path / f"{label.replace(' ', '-')}.xlsx"
        path.write_bytes(corpus.book([("Data", _sheet(rows))]))
        assert actions.check(path).rollup.status["green"] == 1, label
        out = actions.run(path).written
        assert out is not None
        attrs = _styles_of_status_cells(out)
        assert all(re.search(r"""\ss=["'][1-9]\d*["']""", a) for a in attrs), (label, attrs)


def test_new_note_shapes_never_reuse_a_buttons_spid() -> None:
    vml = (
        b'<xml><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
        b'<v:shape id="Button 1" o:spid="_x0000_s2049" type="#_x0000_t201">'
        b'<x:ClientData ObjectType="Button"/></v:shape></xml>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/drawings/vmlDrawing1.vml", vml)
    first, block = next_shape_id(Package(buffer.getvalue(), "x.xlsx"))
    assert first > 2049 and block >= 3  # the button's id is taken, whatever its id= says
