"""Issue 9: a user's own sheet named "Sammanställning" or "Kontroll" was overwritten, and a
sheet named "KONTROLL" got a second "Kontroll" beside it (Excel compares names without case:
a repair prompt). xlfollow's sheets carry a mark; a user's sheet is never overwritten or shadowed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from xlfollow import actions


def _book(path: Path, own: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Framgångsfaktor", "Läge", "Kommentar"])
    ws.append(["1. a", "grön", "x"])
    ws.append(["2. b", "röd", "y"])
    mine = wb.create_sheet(own)
    mine["A1"] = "Mina egna anteckningar"
    mine["B2"] = 42
    wb.save(path)
    return path


@pytest.mark.parametrize("own", ["Sammanställning", "Kontroll", "KONTROLL", "sammanställning"])
def test_a_users_sheet_of_the_same_name_is_kept(tmp_path: Path, own: str) -> None:
    book = _book(tmp_path / "b.xlsx", own)
    actions.run(book, in_place=True)
    actions.run(book, in_place=True)  # again: xlfollow finds its own sheets by their mark
    wb = load_workbook(book)
    assert wb[own]["A1"].value == "Mina egna anteckningar" and wb[own]["B2"].value == 42
    folded = [n.casefold() for n in wb.sheetnames]
    assert len(folded) == len(set(folded)), wb.sheetnames  # no two names Excel would take as one
    assert len(wb.sheetnames) == 4, wb.sheetnames  # Data, the user's, and xlfollow's two, once each
    with zipfile.ZipFile(book) as archive:
        assert b"_xlfollow" in archive.read("xl/workbook.xml")


def test_xlfollows_sheets_are_rewritten_in_place_on_every_run(tmp_path: Path) -> None:
    book = _book(tmp_path / "b.xlsx", "Egna")
    actions.run(book, in_place=True)
    first = load_workbook(book).sheetnames
    actions.run(book, in_place=True)
    assert load_workbook(book).sheetnames == first == ["Data", "Egna", "Sammanställning", "Kontroll"]
