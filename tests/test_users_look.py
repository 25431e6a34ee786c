"""Issue 9: a blank or unknown status cell lost the user's own fill, font colour and number
format (a date typed there turned into 43220). Only xlfollow's own look, marked by its named
cell style, may be removed; every other format stays."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill

from xlfollow import actions
from xlfollow.ooxml.stylesheet import OWN_STYLE

BLUE = "FF9BC2E6"


def _book(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Framgångsfaktor", "Läge", "Kommentar"])
    ws.append(["1. Blå av användaren", None, "x"])
    ws.append(["2. Ett datum", dt.date(2018, 4, 30), "y"])
    ws.append(["3. Grön", "grön", "z"])
    ws["B2"].fill = PatternFill("solid", fgColor=BLUE)
    ws["B2"].font = Font(color="FFC00000", italic=True)
    ws["B3"].number_format = "yyyy-mm-dd"
    ws["B3"].fill = PatternFill("solid", fgColor=BLUE)
    wb.save(path)
    return path


def test_the_users_own_look_of_blank_and_unknown_cells_stays(tmp_path: Path) -> None:
    out = actions.run(_book(tmp_path / "b.xlsx")).written
    assert out is not None
    ws = load_workbook(out)["Data"]
    assert ws["B2"].fill.fgColor.rgb == BLUE and ws["B2"].font.color.rgb == "FFC00000" and ws["B2"].font.i
    assert ws["B3"].number_format == "yyyy-mm-dd" and ws["B3"].fill.fgColor.rgb == BLUE
    assert ws["B3"].value == dt.datetime(2018, 4, 30)
    assert ws["B4"].style == OWN_STYLE  # xlfollow's look is named, so it can be told apart


def test_xlfollows_own_look_goes_when_the_status_goes(tmp_path: Path) -> None:
    book = _book(tmp_path / "b.xlsx")
    actions.run(book, in_place=True)
    assert load_workbook(book)["Data"]["B4"].fill.fgColor.rgb not in (None, "00000000")
    changed = tmp_path / "changed.xlsx"
    shutil.copy(book, changed)
    wb = load_workbook(changed)
    wb["Data"]["B4"].value = None  # the office clears the status (openpyxl keeps the cell's style)
    wb.save(changed)
    actions.run(changed, in_place=True)
    cell = load_workbook(changed)["Data"]["B4"]
    assert cell.fill.fill_type in (None, "none") and cell.number_format == "General"
    assert cell.style != OWN_STYLE
