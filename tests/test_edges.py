"""Issue 21, the edges a controller hits: files other tools write, and commands that went ahead
without a word. Each test fails on the code before the issue."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.cli import main
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
    rows = [["Framgångsfaktor", "Läge", "Kommentar"]] + [[f"{i}. Mål {i}", "grön", long] for i in range(1, 80)]
    path = make_book(rows)
    with zipfile.ZipFile(path) as z:
        big = max(z.infolist(), key=lambda i: i.file_size)
    assert big.file_size > 1024 * 1024 and big.file_size > 100 * big.compress_size  # what was refused
    assert _counts(path)["green"] == 79
