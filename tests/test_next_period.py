"""Carry forward (issue 11): `next-period` starts the next round from a finished workbook; the
round trip `next-period` then `--previous` gives the moves set up; every other cell is as it was
(read back by openpyxl, and by the check after writing, which refuses a cell changed by mistake);
the history sheet keeps every round."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import new_audit_errors
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.errors import WorkbookError
from xlfollow.core.status import Status
from xlfollow.examples import build_2018_factors
from xlfollow.next_period import next_period
from xlfollow.ooxml import sheetbytes

STATUS = 3


@pytest.mark.slow
def test_next_period_empties_the_statuses_and_keeps_everything_else(tmp_path: Path) -> None:
    april = build_2018_factors(tmp_path / "april.xlsx")
    done = next_period(april, tmp_path / "augusti.xlsx", "augusti 2018")
    assert done.emptied == 40  # 41 items, one without a status
    before, after = load_workbook(april), load_workbook(done.written)
    sheet = before["Framgångsfaktorer"]
    items = {i.row for i in actions.check(april).report.items}
    for row in sheet.iter_rows():
        for cell in row:
            now = after["Framgångsfaktorer"][cell.coordinate].value
            if cell.column == STATUS and cell.row in items:
                assert now is None, cell.coordinate
            else:
                assert now == cell.value, cell.coordinate
    history = after["Historik"]
    assert [c.value for c in history[1]] == [
        "Period",
        "Blad",
        "Rad",
        "Id",
        "Post",
        "Läge",
        "Kommentar",
        "Händelse",
        "Enhet",
        "Datum",
        "Ändring",
    ]
    assert history.max_row == 42 and history["A2"].value == "april 2018" and history["F2"].value == "röd"
    assert history["H2"].value == "Omgången avslutad"
    settings = {r[0].value: r[1].value for r in after["xlfollow"].iter_rows() if r[0].value}
    assert settings["period"] == "augusti 2018" and "previous" not in settings  # Historik is the previous
    assert not new_audit_errors(done.written, april)  # Microsoft's rules


def test_next_period_then_previous_round_trips(tmp_path: Path, capsys) -> None:
    april = build_2018_factors(tmp_path / "april.xlsx")
    august = next_period(april, tmp_path / "augusti.xlsx", "augusti 2018").written
    report = actions.check(april).report
    wb = load_workbook(august)  # the office fills in the new round (here: as in April, but four)
    ws = wb["Framgångsfaktorer"]
    moved = {"↑": [], "↓": []}
    for item in report.items:
        value = item.status_value
        if item.status is Status.YELLOW and len(moved["↑"]) < 3:
            value = "↑"
            moved["↑"].append(item.row)
        elif item.status is Status.GREEN and not moved["↓"]:
            value = "↓"
            moved["↓"].append(item.row)
        ws.cell(item.row, STATUS).value = value
        ws.cell(item.row, 4).value = f"Augusti: {item.comment}"
    wb.save(august)
    result = actions.check(august)  # compared with April on the workbook's own Historik
    change = result.report.change
    assert change is not None and change.previous == "bladet Historik" and change.period == "april 2018"
    assert [p.new.row for p in change.improved] == moved["↑"]
    assert [p.new.row for p in change.worse] == moved["↓"]
    assert len(change.same) == 41 - 4 and not change.new and not change.removed
    assert result.report.layout.period == "augusti 2018"
    # the next round keeps April's history and adds August's
    october = next_period(august, tmp_path / "december.xlsx", "december 2018").written
    periods = [r[0].value for r in load_workbook(october)["Historik"].iter_rows(min_row=2)]
    assert periods.count("april 2018") == 41 and periods.count("augusti 2018") == 41
    assert main(["next-period", str(april), "--period", "augusti 2018"]) == 0
    assert "40 lägesceller tömda" in capsys.readouterr().out


def test_right_after_next_period_the_emptied_statuses_are_not_called_changes(tmp_path: Path, capsys) -> None:
    """The new round compared with Historik before anyone answers: 40 emptied statuses have no
    status yet; they have not "changed otherwise" (said so before this sentence existed), in
    either language; one answer later, the rest still have none."""
    april = build_2018_factors(tmp_path / "april.xlsx")
    august = next_period(april, tmp_path / "augusti.xlsx", "augusti 2018").written
    assert main(["check", str(august)]) == 0
    out = capsys.readouterr().out
    assert "40 har ännu inget läge." in out and "på annat sätt" not in out
    assert main(["--lang", "en", "check", str(august)]) == 0
    out = capsys.readouterr().out
    assert "40 have no status yet." in out and "changed otherwise" not in out
    item = actions.check(april).report.items[0]
    wb = load_workbook(august)
    wb["Framgångsfaktorer"].cell(item.row, STATUS).value = item.status_value
    wb.save(august)
    assert main(["check", str(august)]) == 0
    out = capsys.readouterr().out
    assert "Sedan förra uppföljningen har två samma läge. 39 har ännu inget läge." in out  # not "alla två"


def test_a_cell_changed_by_mistake_is_refused(tmp_path: Path, monkeypatch) -> None:
    april = build_2018_factors(tmp_path / "april.xlsx")
    set_cells = sheetbytes.SheetBytes.set_cells

    def one_too_many(self, cells):  # the comment column of the first row too
        row, col = min(cells)
        set_cells(self, {**cells, (row, col + 1): (None, None)})

    monkeypatch.setattr(sheetbytes.SheetBytes, "set_cells", one_too_many)
    before = april.read_bytes()
    with pytest.raises(WorkbookError):
        next_period(april, tmp_path / "augusti.xlsx", "augusti 2018")
    assert april.read_bytes() == before and not (tmp_path / "augusti.xlsx").exists()


def test_no_period_is_one_clear_line(tmp_path: Path, capsys) -> None:
    april = build_2018_factors(tmp_path / "april.xlsx")
    assert main(["next-period", str(april), "--period", " "]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_a_new_round_in_another_folder_needs_no_other_file(tmp_path: Path) -> None:
    april = build_2018_factors(tmp_path / "april.xlsx")
    (tmp_path / "hösten").mkdir()
    august = next_period(april, tmp_path / "hösten" / "augusti.xlsx", "augusti 2018").written
    april.unlink()  # the finished round is gone: Historik holds it
    settings = {r[0].value: r[1].value for r in load_workbook(august)["xlfollow"].iter_rows() if r[0].value}
    assert "previous" not in settings
    result = actions.check(august)
    assert result.report.change is not None and len(result.report.change.pairs) == 41
    assert not [i for i in result.report.issues if i.code.startswith("previous")]
