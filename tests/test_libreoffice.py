"""LibreOffice, headless, as a second and independent reader of what xlfollow writes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from xlfollow import actions

import fidelity
from libreoffice import SOFFICE, convert

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed"),
]


def test_libreoffice_reads_the_summary(example, tmp_path: Path) -> None:
    output = actions.run(example("rs2018-framgangsfaktorer.xlsx")).written
    assert output is not None
    ods = convert(output, "ods", tmp_path)
    content = zipfile.ZipFile(ods).read("content.xml").decode("utf-8")
    assert 'table:name="Sammanställning"' in content and 'table:name="Kontroll"' in content
    assert "Av de 41 framgångsfaktorerna bedöms sju vara uppfyllda (grön)" in content
    archive = zipfile.ZipFile(ods)
    charts = [
        archive.read(n).decode()
        for n in archive.namelist()
        if n.startswith("Object") and n.endswith("content.xml")
    ]
    assert any('chart:class="chart:bar"' in c and "Samhälle" in c for c in charts)


def test_libreoffice_opens_a_full_workbook_after_run(tmp_path: Path) -> None:
    source = fidelity.build(tmp_path / "full.xlsm", macro=True)
    output = actions.run(source).written
    assert output is not None
    ods = convert(output, "ods", tmp_path)
    content = zipfile.ZipFile(ods).read("content.xml").decode("utf-8")
    for sheet in ("Data", "Diagram", "Bilder", "Sammanställning", "Kontroll"):
        assert f'table:name="{sheet}"' in content
    assert "Användarens egen anteckning" in content


def test_libreoffice_reads_the_summary_of_a_header_of_two_rows_kept_by_colour(tmp_path: Path) -> None:
    """Maidstone 2020 (tests/data/layouts/26): the status cells' colours under "Q1 2020/21", counted
    by hand 2 green, 7 red, 4 missing of 13: LibreOffice reads the summary xlfollow wrote, and the
    user's colours are still on the status cells."""
    import shutil

    source = Path(__file__).resolve().parent / "data" / "layouts" / "26_maidstone-performance-q1-2020-21.xlsx"
    output = actions.run(Path(shutil.copy(source, tmp_path / "maidstone.xlsx"))).written
    assert output is not None
    ods = convert(output, "ods", tmp_path)
    content = zipfile.ZipFile(ods).read("content.xml").decode("utf-8")
    assert 'table:name="Sammanställning"' in content
    assert "Av de 13 posterna bedöms två vara uppfyllda (grön) och sju inte vara uppfyllda (röd)." in content
    from openpyxl import load_workbook

    sheet = load_workbook(output)["Appendix 2"]
    assert [sheet[f"D{row}"].fill.fgColor.rgb for row in (22, 23, 33)] == ["0000B050", "00FF0000", "00FF0000"]
