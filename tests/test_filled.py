"""A table whose status is the colour of its cells (core/filled.py): which column, what a colour
means, and the table through every entry (the command line, send and collect, the buttons' engines).
Hart District Council's KPI tables (tests/data/layouts/05, 06) are the published layouts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import remote_book  # first: it sets up xlwings' remote engine before xlwings is imported
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
    # no periods, and the two columns differ: which one is the latest cannot be told (the review's
    # "Previous value" beside "Latest value": read by the header's word, else not at all)
    assert fill_status_column(rows, 3, columns, fills, {}) is None
    rows[2][4:6] = ["Previous value", "Latest value"]
    assert fill_status_column(rows, 3, columns, fills, {}) == (6, (5,))
    whole_row = {(r, c): fills[(r, 6)] for r, c in fills if (r, 6) in fills}  # every cell the row's colour
    assert fill_status_column(
        rows, 3, columns, {**whole_row, **{(r, 5): v for (r, _), v in whole_row.items()}}, {}
    ) == (5, ())


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
    rows[6][5] = "röd"  # a word on a fill: the fill is the status
    rows[7][5] = "gul"  # a word in a cell without a fill: read as written
    layout = Layout(sheet="Mål", header_row=3, columns={"item": 2, "status": 6}, headers={}, by_fill=True)
    assert status_from_fills(rows, layout, fills, Settings().vocabulary())
    assert rows[4] == ["Perspektiv: Invånare"]
    first = rows[3][5]
    assert isinstance(first, CellFill) and first.colour == G and first.shown == 81
    worded = rows[6][5]
    assert isinstance(worded, CellFill) and worded.colour == G and worded.shown == "röd"
    assert rows[7][5] == "gul"
    rows[7][5] = 6
    layout_rows = rows
    assert status_from_fills(layout_rows, layout, fills, Settings().vocabulary())
    unfilled = rows[7][5]  # item 4 (row 8) has no fill in T2: not assessed
    assert isinstance(unfilled, CellFill) and unfilled.colour == "FFFFFF" and unfilled.shown == 6
    assert Settings().vocabulary().classify(unfilled) is Status.MISSING


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
    path = _book(tmp_path / "fyll.xlsx", settings=[("status_by", "fill"), ("column.status", "F")])
    with pytest.raises(InputError) as raised:
        actions.run_live(remote_book(path), "check")
    assert "fyllnadsfärg" in raised.value.message("sv")


# --- the review's cases (each failed before its fix) ----------------------------------------------


def _sheet(path: Path, header: list[Any], rows: list[tuple[list[Any], dict[int, str]]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "KPIs"
    ws.append(header)
    for number, (values, fills) in enumerate(rows, start=2):
        ws.append(values)
        for col, fill in fills.items():
            ws.cell(number, col).fill = PatternFill("solid", fgColor=fill)
    wb.save(path)
    return path


def test_a_word_on_a_fill_is_read_by_the_fill_and_run_keeps_the_users_colour(tmp_path: Path) -> None:
    cells = [(96, G), ("Not started", R), ("OK", G), (100, G), (50, R), ("Delayed", R)]
    rows = [([f"A{i}", "d", "T", 1, 1, v], {5: c, 6: c}) for i, (v, c) in enumerate(cells)]
    book = _sheet(
        tmp_path / "g.xlsx", ["KPI ref", "Description", "Team", "Target", "Q1 2014/15", "Q2 2014/15"], rows
    )
    assert _counts(book) == {"green": 3, "red": 3}  # not "Not started" and "Delayed" as yellow
    done = actions.run(book).written
    assert done is not None
    ws = load_workbook(done)["KPIs"]
    assert [ws.cell(r, 6).fill.fgColor.rgb[-6:] for r in range(2, 8)] == [c for _, c in cells]
    assert [ws.cell(r, 6).value for r in range(2, 8)] == [v for v, _ in cells]


def test_a_banded_table_of_measures_is_computed_not_read_by_its_bands(tmp_path: Path) -> None:
    measures = [("Nöjda kunder", 80, 85, "a"), ("Sjukfrånvaro", 5, 7, "b"), ("Budget", 100, 100, "c")]
    measures += [("Kötid", 30, 20, "d"), ("Digitalt", 50, 40, "e"), ("Energi", 90, 95, "f")]
    rows = [
        (list(m), {c: ("E2EFDA" if i % 2 else "FFF2CC") for c in range(1, 7)}) for i, m in enumerate(measures)
    ]
    report = actions.check(
        _sheet(tmp_path / "a.xlsx", ["Mål", "Målvärde", "Utfall", "Kommentar"], rows)
    ).report
    assert report.layout.computed and not report.layout.by_fill
    # banding over an empty column beside a table that cannot be computed is no status either
    texts = [
        ([m[0], m[3]], {c: ("E2EFDA" if i % 2 else "FFF2CC") for c in range(1, 4)})
        for i, m in enumerate(measures)
    ]
    with pytest.raises(InputError):
        actions.check(_sheet(tmp_path / "b.xlsx", ["Mål", "Kommentar"], texts))


def test_every_item_gets_its_fill_even_with_few_values_and_a_shaded_heading_stays_one(tmp_path: Path) -> None:
    rows = [
        (["Sickness", 5, 4, 3], {3: G, 4: G}),
        (["Complaints", None, 12, 5], {3: G, 4: GREY}),  # one value besides: an item, its grey unknown
        (["Visitors", None, None, None], {4: R}),  # no values: its fill is its status
        (["Housing", None, None, None], {1: "D9D9D9", 2: "D9D9D9", 3: "D9D9D9", 4: "D9D9D9"}),  # a heading
        (["Waste", 10, 9, 8], {3: R, 4: Y}),
        (["Parks", 10, 9, 8], {3: R, 4: G}),
    ]
    report = actions.check(
        _sheet(tmp_path / "c.xlsx", ["Indicator", "Target", "Q1 2014/15", "Q2 2014/15"], rows)
    ).report
    statuses = {i.text: (i.status.value if i.status else None) for i in report.items}
    assert statuses == {
        "Sickness": "green",
        "Complaints": None,
        "Visitors": "red",
        "Waste": "yellow",
        "Parks": "green",
    }
    (unknown,) = [i for i in report.issues if i.code == "unknown-status"]
    assert "CCCCCC" in unknown.message("sv")  # the colour named, not "5"


def test_a_units_workbook_asks_for_a_colour_not_a_word(tmp_path: Path) -> None:
    sent = actions.send(_book(tmp_path / "fyll.xlsx"))
    path = dict((unit, p) for unit, p, _ in sent.files)["RS"]
    wb = load_workbook(path)
    assert not wb["Mål"].data_validations.dataValidation  # no list of status words over the figures
    said = " ".join(str(c.value) for row in wb["Instruktioner"].iter_rows() for c in row if c.value)
    assert "färg" in said and "Låt värdet i cellen stå" in said


def test_the_next_round_never_counts_the_last_rounds_colours(tmp_path: Path) -> None:
    """next-period moves the period on; a table kept by colour per period then needs the new
    period's column: until it has one, one line says so (the last round's colours are not this
    round's); with it, its colours are read, the empty ones missing."""
    new = actions.next_period(_book(tmp_path / "fyll.xlsx"), None, "T3 2026").written
    with pytest.raises(InputError) as raised:
        actions.check(new)
    assert "T3 2026" in raised.value.message("sv") and "T2 2026" in raised.value.message("sv")
    wb = load_workbook(new)
    ws = wb["Mål"]
    ws.cell(3, 7).value = "T3 2026"
    for row in range(4, 9):
        ws.cell(row, 7).value = 1
    ws.cell(4, 7).fill = PatternFill("solid", fgColor=R)
    ws.cell(5, 7).fill = PatternFill("solid", fgColor=G)
    wb.save(new)
    report = actions.check(new).report
    assert report.layout.column("status") == 7
    assert [i.status.value for i in report.items if i.status] == [
        "red",
        "green",
        "missing",
        "missing",
        "missing",
    ]


# --- the third batch's rules (Helsingborg 2016, tests/data/layouts/20, 22) --------------------------


def test_the_outcomes_own_cells_carry_the_status_under_an_unheaded_item_column(tmp_path: Path) -> None:
    """Helsingborg 2016: "| Utfall 2015 | Utfall 2016 | Målvärde 2016" with the items under an empty
    header cell, each outcome filled with its assessment; a legend of swatches, each meaning in
    the cell beside it. The outcome's figure stays the outcome."""
    wb = Workbook()
    ws = wb.active
    ws.append([None, "Uppfyllelse 100 procent", None, "Uppföljning är inte genomförd"])
    ws["A1"].fill = PatternFill("solid", fgColor="3AAA35")
    ws["C1"].fill = PatternFill("solid", fgColor="BFBFBF")
    ws.append([])
    ws.append([None, "Utfall 2015", "Utfall 2016", "Målvärde 2016"])
    measures = [
        ("Egenförsörjning efter gymnasiet", "72 %", "75 %", "Minst 65 %", "3AAA35"),
        ("Egenförsörjning efter jobbprojekt", "60 %", "48 %", "Minst 65 %", "E2001A"),
        ("Andel hushåll med långvarigt stöd", "-", "44 %", "Max 42 %", "FDC300"),
        ("Nöjda deltagare i vuxenutbildningen", "-", "-", "Minst 80 %", "BFBFBF"),
    ]
    for number, (text, before, now, target, fill) in enumerate(measures, start=4):
        ws.append([text, before, now, target])
        ws.cell(number, 3).fill = PatternFill("solid", fgColor=fill)
    path = tmp_path / "hbg.xlsx"
    wb.save(path)
    report = actions.check(path).report
    assert report.layout.column("item") == 1 and report.layout.column("status") == 3
    assert [(i.outcome, i.status.value if i.status else None) for i in report.items] == [
        ("75 %", "green"),
        ("48 %", "red"),
        ("44 %", "yellow"),  # the office's amber, not the red a computed status would give
        ("-", "missing"),  # the legend's grey: follow-up not done
    ]


def test_a_legend_colour_may_mean_not_assessed_but_a_dash_means_nothing() -> None:
    rows = [[None, "Uppföljning är inte genomförd"], ["–"]]
    legend = colour_legend(rows, {(1, 1): "BFBFBF", (2, 1): "AAAAAA"}, Settings().vocabulary(), table_rows=())
    assert legend == {"#BFBFBF": Status.MISSING}


def test_the_units_books_consolidate_saying_the_status_is_colour_and_the_copy_keeps_it(
    tmp_path: Path,
) -> None:
    from xlfollow.consolidate import consolidate

    master = _book(tmp_path / "fyll.xlsx")
    sent = actions.send(master)
    region = tmp_path / "region.xlsx"
    consolidate([p for _, p, _ in sent.files], region)
    said = [
        str(c.value) for row in load_workbook(region)["Sammanställning"].iter_rows() for c in row if c.value
    ]
    assert any("fyllnadsfärg" in t and "RS" in t and "VVN" in t for t in said)
    assert any("Av de fem framgångsfaktorerna bedöms två" in t for t in said)
    copy = tmp_path / "copy.xlsx"
    actions.export_copy(master, copy)
    ws = load_workbook(copy)["Mål"]
    assert [ws.cell(r, 6).value for r in range(4, 9)] == [81, 33, 210, 6, 89]
    assert [ws.cell(r, 6).fill.fgColor.rgb[-6:] for r in range(4, 9)] == [G, R, G, "000000", Y]


def test_the_word_report_says_the_status_is_colour(tmp_path: Path) -> None:
    from docx import Document

    written = actions.write_report(_book(tmp_path / "fyll.xlsx"), tmp_path / "rapport.docx")
    text = " ".join(p.text for p in Document(str(written.document)).paragraphs)
    assert "fyllnadsfärg" in text and "T2 2026" in text
