"""A table whose status is the colour of its cells (core/filled.py): which column, what a colour
means, and the table through every entry (the command line, send and collect, the buttons' engines).
Hart District Council's KPI tables (tests/data/layouts/05, 06) are the published layouts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill

from xlfollow import actions
from xlfollow.core.errors import InputError
from xlfollow.core.filled import colour_legend, fill_status_column, status_from_fills
from xlfollow.core.models import Layout
from xlfollow.core.settings import Settings
from xlfollow.core.status import Status
from xlfollow.core.values import CellFill

LAYOUTS = Path(__file__).parent / "data" / "layouts"
G, Y, R, GREY = "00B050", "FFC000", "FF0000", "CCCCCC"
HEADER = ["Nr", "Framgångsfaktor", "Nämnd", "Målvärde", "T1 2026", "T2 2026"]
# number, item, committee, target, T1 figure, T2 figure, T1 fill, T2 fill
ROWS = [
    ("1", "Nöjda invånare", "RS", 80, 78, 81, Y, G),
    ("2", "Kortare väntetider", "RS", 30, 35, 33, R, R),
    ("3", "Fler sommarjobb", "VVN", 200, 150, 210, Y, G),
    ("4", "Minskad energi", "VVN", 5, 4, 6, G, None),
    ("5", "Bättre skolresultat", "RS", 90, 88, 89, G, Y),
]


def _book(
    path: Path, rows: list[tuple[Any, ...]] = ROWS, settings: list[tuple[str, Any]] | None = None
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Uppföljning 2026"])
    ws.append([])
    ws.append(HEADER)
    for number, row in enumerate(rows, start=4):
        ws.append(list(row[:6]))
        for col, fill in ((5, row[6]), (6, row[7])):
            if fill:
                ws.cell(number, col).fill = PatternFill("solid", fgColor=fill)
    if settings:
        sheet = wb.create_sheet("xlfollow")
        for line in settings:
            sheet.append(list(line))
    wb.save(path)
    return path


def _counts(path: Path) -> dict[str, int]:
    return {k: n for k, n in actions.check(path).rollup.status.items() if n}


# --- the core ----------------------------------------------------------------------------------


def _grid() -> tuple[list[list[Any]], dict[tuple[int, int], str]]:
    rows: list[list[Any]] = [["Uppföljning"], [], list(HEADER)]
    fills: dict[tuple[int, int], str] = {}
    for number, row in enumerate(ROWS, start=4):
        rows.append(list(row[:6]))
        for col, fill in ((5, row[6]), (6, row[7])):
            if fill:
                fills[(number, col)] = fill
    return rows, fills


def test_the_latest_period_column_filled_is_the_status_and_the_others_are_said() -> None:
    rows, fills = _grid()
    columns = {"id": 1, "item": 2, "committee": 3, "target": 4}
    periods = {5: (2026, 4, 0), 6: (2026, 8, 0)}
    assert fill_status_column(rows, 3, columns, fills, periods) == (6, (5,))
    assert fill_status_column(rows, 3, columns, fills, {}) == (5, ())  # no periods: the first such column


def test_a_column_shaded_in_one_status_or_in_a_few_rows_is_no_status() -> None:
    rows, _ = _grid()
    columns = {"id": 1, "item": 2, "committee": 3, "target": 4}
    one_colour = {(r, 5): G for r in range(4, 9)}  # a column shaded green: a format
    assert fill_status_column(rows, 3, columns, one_colour, {}) is None
    few = {(4, 5): G, (5, 5): R}  # two rows of five: here and there
    assert fill_status_column(rows, 3, columns, few, {}) is None
    banded = {(r, 5): ("D9D9D9" if r % 2 else "F2F2F2") for r in range(4, 9)}  # grey bands: no status
    assert fill_status_column(rows, 3, columns, banded, {}) is None


def test_each_table_row_gets_its_fill_and_keeps_its_value_a_word_is_read_as_written() -> None:
    rows, fills = _grid()
    rows.insert(4, ["Perspektiv: Invånare"])  # a heading row among them: left as it is
    fills = {(r + 1 if r >= 5 else r, c): v for (r, c), v in fills.items()}
    rows[6][5] = "röd"  # a status in words where the colour cannot be given
    layout = Layout(sheet="Mål", header_row=3, columns={"item": 2, "status": 6}, headers={}, by_fill=True)
    assert status_from_fills(rows, layout, fills, Settings().vocabulary())
    assert rows[4] == ["Perspektiv: Invånare"]
    first = rows[3][5]
    assert isinstance(first, CellFill) and first.colour == G and first.shown == 81
    assert rows[6][5] == "röd"
    unfilled = rows[7][5]  # item 4 (row 8) has no fill in T2: not assessed
    assert isinstance(unfilled, CellFill) and unfilled.colour == "FFFFFF" and unfilled.shown == 6
    vocabulary = Settings().vocabulary()
    assert vocabulary.classify(unfilled) is Status.MISSING


def test_the_colour_legend_gives_a_colour_its_meaning() -> None:
    rows = [["Key"], ["above target"], [None, "for info only"], ["on target"], ["Item", "Status"]]
    fills = {(2, 1): "7ECBA2", (3, 1): GREY, (4, 1): "ABCDEF", (6, 1): "123456"}
    legend = colour_legend(rows, fills, Settings().vocabulary(), table_rows={6})
    assert legend == {"#7ECBA2": Status.GREEN, "#CCCCCC": Status.NOT_APPLICABLE, "#ABCDEF": Status.GREEN}
    # one colour given two meanings means neither
    rows[3] = ["below target"]
    fills[(4, 1)] = "7ECBA2"
    assert "#7ECBA2" not in colour_legend(rows, fills, Settings().vocabulary(), table_rows={6})


# --- the published tables and the settings -----------------------------------------------------


@pytest.mark.parametrize("stem", ["05_hart-kpi-tiles-2014q2", "06_hart-kpi-quarters-2014"])
def test_harts_tables_read_as_counted_by_hand_and_say_how(stem: str) -> None:
    expected = json.loads((LAYOUTS / f"{stem}.json").read_text("utf-8"))["expected"]
    checked = actions.check(LAYOUTS / f"{stem}.xlsx")
    assert checked.rollup.items == expected["items"]
    assert checked.report.layout.by_fill
    from xlfollow.core.plan import choice_lines

    said = choice_lines(checked.report)
    assert any("fyllnadsfärg" in line for line in said)
    if stem.startswith("06"):
        assert any("Q1 2014/15" in line for line in said)  # the period not counted is named


def test_without_the_legend_grey_is_unknown_never_counted_as_something_else(tmp_path: Path) -> None:
    book = tmp_path / "hart.xlsx"
    wb = load_workbook(LAYOUTS / "05_hart-kpi-tiles-2014q2.xlsx")
    wb["KPIs"]["A7"] = None  # the legend's "for info only"
    wb.save(book)
    status = actions.check(book).rollup.status
    assert status.get("unknown") == 4 and status.get("not_applicable", 0) == 0


def test_status_by_text_turns_it_off_and_fill_with_a_column_reads_that_column(tmp_path: Path) -> None:
    off = _book(tmp_path / "off.xlsx", settings=[("status_by", "text")])
    with pytest.raises(InputError):
        actions.check(off)
    first = _book(tmp_path / "t1.xlsx", settings=[("status_by", "fill"), ("column.status", "T1 2026")])
    assert _counts(first) == {"green": 2, "yellow": 2, "red": 1}
    assert _counts(_book(tmp_path / "auto.xlsx")) == {"green": 2, "yellow": 1, "red": 1, "missing": 1}
    with pytest.raises(InputError):
        actions.check(_book(tmp_path / "bad.xlsx", settings=[("status_by", "colour!")]))


def test_learn_writes_how_and_the_next_run_reads_the_same(tmp_path: Path) -> None:
    book = _book(tmp_path / "b.xlsx")
    before = _counts(book)
    actions.learn(book)
    lines = {r[0]: r[1] for r in load_workbook(book)["xlfollow"].iter_rows(values_only=True) if r[0]}
    assert lines["status_by"] == "fill"
    assert _counts(book) == before


def test_run_leaves_the_users_fills_and_values(tmp_path: Path) -> None:
    book = _book(tmp_path / "b.xlsx")
    done = actions.run(book).written
    assert done is not None
    ws = load_workbook(done)["Mål"]
    assert [ws.cell(r, 6).value for r in range(4, 9)] == [81, 33, 210, 6, 89]
    assert [ws.cell(r, 6).fill.fgColor.rgb[-6:] for r in range(4, 9)] == [G, R, G, "000000", Y]


# --- the round: send, the units' answers, collect ------------------------------------------------


def test_send_and_collect_a_table_kept_by_colour(tmp_path: Path) -> None:
    """A unit's workbook holds too few rows for the fills alone: send names the way it is read.
    collect carries values, never formats: a unit's new colour is said, with its cell; a status
    written in words is collected and read."""
    master = _book(tmp_path / "fyll.xlsx")
    sent = actions.send(master)
    units = {unit: path for unit, path, _ in sent.files}
    assert _counts(units["VVN"]) == {"green": 1, "missing": 1}  # two rows, read by their fills
    vvn = load_workbook(units["VVN"])
    ws = vvn["Mål"]
    rows = {ws.cell(r, 2).value: r for r in range(4, ws.max_row + 1)}
    assert ws.cell(rows["Fler sommarjobb"], 6).value == 210  # the figure under the colour, sent
    ws.cell(rows["Fler sommarjobb"], 6).fill = PatternFill("solid", fgColor=R)
    ws.cell(rows["Minskad energi"], 6).value = "grön"
    vvn.save(units["VVN"])
    collected = actions.collect(master, [units["VVN"], units["RS"]])
    findings = [f for f in collected.collected.findings if f.code == "colour-changed"]
    assert [(f.row, f.fields["cell"]) for f in findings] == [(6, "F6")]
    assert collected.written is not None
    after = {i.text: i.status for i in actions.check(collected.written).report.items}
    assert after["Minskad energi"] is Status.GREEN  # the word, collected
    assert after["Fler sommarjobb"] is Status.GREEN  # the master's colour until it is changed by hand


# --- the buttons' engines ----------------------------------------------------------------------


def test_desktop_excel_reads_the_fills_as_the_command_line_does(tmp_path: Path) -> None:
    from xlfollow.core.a1 import col_letter

    from fake_excel import FakeBook

    rows, fills = _grid()
    book = FakeBook("fyll.xlsx", {"Mål": rows})
    book.sheets["Mål"].fills = {f"{col_letter(c)}{r}": "#" + v for (r, c), v in fills.items()}
    report = actions.run_live(book, "check").report
    assert report.layout.by_fill
    assert {i.row: i.status for i in report.items} == {
        i.row: i.status for i in actions.check(_book(tmp_path / "f.xlsx")).report.items
    }


def test_the_remote_engine_says_it_cannot_read_colours(tmp_path: Path) -> None:
    from helpers import remote_book

    path = _book(tmp_path / "fyll.xlsx", settings=[("status_by", "fill"), ("column.status", "F")])
    with pytest.raises(InputError) as raised:
        actions.run_live(remote_book(path), "check")
    assert "fyllnadsfärg" in raised.value.message("sv")
