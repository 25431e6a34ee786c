"""One contract, two writers (issue 12): the same workbooks through the file writer (read back by
openpyxl, an independent reader) and through the live writer on xlwings' remote engine (read back
from the actions it sends to Excel), each reduced to what the user sees, and held to the same
result: the status cells' fills and symbols, the sheets written and their values, the notes (which
cells), the links (where to), the chart. On the demo workbooks and on a one-row book.

Named differences, each also in the README: the remote engine cannot read a note's text, so it
adds notes only where a cell has none (the books here have none); it sets no print settings (the
file writer's A4 landscape is checked separately); it draws the chart without the counts in the
bars and the alternative text (no xlwings API for them).

Two entries into the live writer, held to the same result: the macro workbook's button
(``run_action``) and the add-in's ribbon (``addin_button``) on an ordinary ``.xlsx``, where the
desktop stand-in's user answers "Ja" (in place) to the add-in's question (issue 20)."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.core.a1 import cell_ref, parse_cell

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
pytest.importorskip("xlwings")

from helpers import actions_of, normalised, remote_book, sheet_name, unprefixed

OWNED = ("Sammanställning", "Kontroll")


def file_view(source: Path, tmp_path: Path) -> dict[str, Any]:
    written = actions.run(source, tmp_path / "fil.xlsx").written
    assert written is not None
    wb = load_workbook(written)
    data = actions.check(source).report
    tables = data.layout.tables()
    fills, cues = {}, {}
    for item in data.items:
        table = tables[item.table]
        cell = wb[table.sheet].cell(item.row, table.column("status") or 1)
        if cell.fill.fill_type == "solid":
            fills[(table.sheet, cell.row, cell.column)] = cell.fill.fgColor.rgb[-6:].lower()
        if '"' in (cell.number_format or ""):
            cues[(table.sheet, cell.row, cell.column)] = cell.number_format
    notes = {
        (ws.title, c.row, c.column)
        for ws in wb.worksheets
        if ws.title not in OWNED
        for row in ws.iter_rows()
        for c in row
        if c.comment is not None
    }
    links = {
        (ws.title, c.hyperlink.location)
        for ws in wb.worksheets
        if ws.title in OWNED
        for row in ws.iter_rows()
        for c in row
        if c.hyperlink is not None and c.hyperlink.location
    }
    values = {name: [[c.value for c in row] for row in wb[name].iter_rows()] for name in OWNED if name in wb}
    with zipfile.ZipFile(written) as archive:
        charts = sum(1 for n in archive.namelist() if n.startswith("xl/charts/chart"))
    return {"fills": fills, "cues": cues, "notes": notes, "links": links, "values": values, "charts": charts}


def _click(entry: str, book: Any) -> None:
    from xlfollow.excel import addin_button, run_action

    if entry == "addin":
        addin_button("KorAllt", book)
    else:
        run_action("all", book)


def live_view(source: Path, entry: str = "button") -> dict[str, Any]:
    book = remote_book(source)
    _click(entry, book)
    fills: dict[tuple[str, int, int], str] = {}
    cues: dict[tuple[str, int, int], str] = {}
    notes, links = set(), set()
    values: dict[str, list[list[Any]]] = {}
    charts = 0
    for action in actions_of(book):
        if action.get("sheet_position") is None or action.get("start_row") is None:
            if action["func"] == "addChart":
                charts += 1
            continue  # the application's own (screen updating), charts (placed in points)
        sheet = sheet_name(book, action)
        r, c = action["start_row"] + 1, action["start_column"] + 1
        cells = [
            (sheet, r + i, c + j) for i in range(action["row_count"]) for j in range(action["column_count"])
        ]
        if action["func"] == "setRangeColor" and sheet not in OWNED:
            fills.update(dict.fromkeys(cells, str(action["args"][0]).lstrip("#").lower()))
        elif action["func"] == "setNumberFormat" and sheet not in OWNED and '"' in action["args"][0]:
            cues.update(dict.fromkeys(cells, action["args"][0]))
        elif action["func"] == "addNote":
            row, col = parse_cell(action["args"][0].replace("$", ""))
            notes.add((sheet, row, col))
        elif action["func"] == "addHyperlink":
            links.add((sheet, action["args"][0].lstrip("#")))
        elif action["func"] == "setValues" and sheet in OWNED:
            values[sheet] = [[unprefixed(v) for v in row] for row in action["values"]]
        elif action["func"] == "addChart":
            charts += 1
    return {"fills": fills, "cues": cues, "notes": notes, "links": links, "values": values, "charts": charts}


def desktop_view(source: Path, entry: str = "button") -> dict[str, Any]:
    """The live writer on the desktop stand-in (tests/fake_excel.py), which records what it is
    told; it has no chart API (named difference: real desktop xlwings has one, untested here)."""
    from xlfollow.adapters.file_reader import read_values

    from fake_excel import FakeBook

    values = read_values(source)
    book = FakeBook(source.name, {n: [list(r) for r in s.rows] for n, s in values.sheets.items()})
    if entry == "addin":  # a saved .xlsx on desktop Excel: the add-in asks, the user says Ja
        book.fullname = str(source)  # type: ignore[attr-defined]
        book.app.answer = "yes"
    _click(entry, book)
    if entry == "addin":
        assert book.app.asked, "the add-in asks before it writes into an .xlsx"
    fills, cues, notes, links, written = {}, {}, set(), set(), {}
    for sheet in book.sheets:
        if sheet.name in OWNED:
            links |= {(sheet.name, target) for target in sheet.links}
            written[sheet.name] = [[unprefixed(v) for v in row] for row in sheet.written[0]]
            continue
        for cell, colour in sheet.set_log.get("color", {}).items():
            if colour:
                fills[(sheet.name, *cell)] = str(colour).lstrip("#").lower()
        for cell, fmt in sheet.set_log.get("number_format", {}).items():
            if '"' in str(fmt):
                cues[(sheet.name, *cell)] = fmt
        notes |= {(sheet.name, *cell) for cell in sheet.notes}
    return {"fills": fills, "cues": cues, "notes": notes, "links": links, "values": written, "charts": 0}


def _one_row(tmp_path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Perspektiv", "Framgångsfaktor", "Läge", "Kommentar"])
    ws.append(["Patient", "1.2 Kortare väntetider", "röd", None])  # red without a comment: a note
    path = tmp_path / "en-rad.xlsx"
    wb.save(path)
    return path


def _numbers(tmp_path: Path) -> Path:
    """Statuses written as numbers, read against the sheet's legend (core/bands.py): both writers
    colour them and leave their percent format."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    for line in ("Teckenförklaring", "Grön: 100 % eller mer", "Gul: 91–99 %", "Röd: 90 % eller lägre"):
        ws.append([line])
    ws.append([])
    ws.append(["Mål", "Målvärde", "Måluppfyllelse", "Kommentar"])
    for text, value in (("Fler i arbete", 1.02), ("Kortare köer", 0.95), ("Färre olyckor", 0.8)):
        ws.append([text, "100 %", value, "Se bilaga."])
        ws.cell(ws.max_row, 3).number_format = "0%"
    path = tmp_path / "tal.xlsx"
    wb.save(path)
    return path


BOOKS = [
    "rs2018-framgangsfaktorer.xlsx",
    "rs2017-framgangsfaktorer.xlsx",
    "rs2018-aktiva-mal.xlsx",
    "one-row",
    "numbers",
]


@pytest.mark.parametrize("entry", ["button", "addin"])
@pytest.mark.parametrize("engine", [pytest.param("remote", marks=pytest.mark.slow), "desktop"])
@pytest.mark.parametrize("name", BOOKS)
def test_both_writers_give_the_same_result(
    name: str, engine: str, entry: str, example, tmp_path: Path
) -> None:
    source = (
        {"one-row": _one_row, "numbers": _numbers}[name](tmp_path)
        if name in ("one-row", "numbers")
        else example(name)
    )
    by_file = file_view(source, tmp_path)
    live = live_view(source, entry) if engine == "remote" else desktop_view(source, entry)
    if engine == "desktop":
        by_file["charts"] = 0  # the stand-in has no chart API
    assert live["fills"] == by_file["fills"], "status fills"
    assert live["cues"] == by_file["cues"], "the symbol beside the typed status (number format)"
    assert live["notes"] == by_file["notes"], "notes"
    assert live["links"] == by_file["links"], "links"
    assert live["charts"] == by_file["charts"], "charts"
    assert set(live["values"]) == set(by_file["values"]), "sheets written"
    for sheet, rows in live["values"].items():
        width = max(len(r) for r in rows)
        written = [list(r) + [None] * (width - len(r)) for r in by_file["values"][sheet]]
        assert normalised(rows) == normalised(written[: len(rows)]), sheet
    if name == "one-row":
        assert by_file["notes"] and by_file["fills"]  # the one status cell coloured, its note written
    if name == "numbers":
        assert len(by_file["fills"]) == 3 and not by_file["cues"]  # coloured, their own format kept


def test_what_the_file_writer_alone_sets_print_settings(example, tmp_path: Path) -> None:
    """The remote engine sets no page setup (named difference); the file writer's summary prints
    on A4 landscape, one page wide."""
    written = actions.run(example("rs2018-framgangsfaktorer.xlsx"), tmp_path / "fil.xlsx").written
    ws = load_workbook(written)["Sammanställning"]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize in (9, "9")
    assert ws.page_setup.fitToWidth in (1, "1")
    assert cell_ref(1, 1) == "A1"


# --- the round (issue 18): collected answers, and users' sheets with xlfollow's names ---------------
def _collect_setup(tmp_path: Path) -> tuple[Path, Path]:
    from helpers import build_master, fill_answers

    master = build_master(tmp_path / "master.xlsx")
    rs = next(w for u, w, _ in actions.send(master, tmp_path / "ut").files if u == "RS")
    answers = tmp_path / "master-svar"
    answers.mkdir()
    fill_answers(rs, answers / "RS.xlsx", {4: ("↑", "Klart."), 6: ("↓", "Försenat.")})
    return master, answers


@pytest.mark.parametrize("engine", ["remote", "desktop"])
def test_collected_answers_are_the_same_cells_through_both_writers(engine: str, tmp_path: Path) -> None:
    """The collect plan applied by the file writer (read back by openpyxl) and by the live writer
    (the remote engine's actions, the desktop stand-in's cells): the same cells, the same values,
    the same Historik rows; the remote engine has no files to read the answers from, so there the
    plan the button would make is applied (Samla in itself says it needs desktop Excel)."""
    from xlfollow.adapters.file_reader import formula_cells, read_values
    from xlfollow.adapters.live_excel import apply_plan_live
    from xlfollow.core.units import ANSWER_FIELDS

    from fake_excel import FakeBook

    master, answers = _collect_setup(tmp_path)
    done = actions.collect(master, [answers], tmp_path / "fil.xlsx")
    by_file = load_workbook(tmp_path / "fil.xlsx")["Framgångsfaktorer"]
    expected = {(c.row, c.col): by_file.cell(c.row, c.col).value for c in done.collected.changes}
    assert len(expected) == 4 and set(expected.values()) == {"↑", "Klart.", "↓", "Försenat."}
    file_history = [
        list(r) for r in load_workbook(tmp_path / "fil.xlsx")["Historik"].iter_rows(values_only=True)
    ]
    if engine == "remote":
        values = read_values(master)
        report, _ = actions.decide(values, actions.Request(compare=False))
        loaded, _ = actions.read_answers(actions.workbook_files([answers]), actions.Request(compare=False))
        formulas = formula_cells(values, report.layout, ANSWER_FIELDS)
        plan, _ = actions.collect_plan(values, report, master.stem, loaded, formulas, actions.Request())
        book = remote_book(master)
        apply_plan_live(plan, book, values.owned)
        live = {
            cell: unprefixed(action["values"][0][0])
            for action in actions_of(book)
            if action["func"] == "setValues" and sheet_name(book, action) == "Framgångsfaktorer"
            for cell in [(action["start_row"] + 1, action["start_column"] + 1)]
        }
        history = next(
            [[unprefixed(v) for v in row] for row in a["values"]]
            for a in actions_of(book)
            if a["func"] == "setValues" and sheet_name(book, a) == "Historik"
        )
    else:
        values = read_values(master)
        book = FakeBook(master.name, {n: [list(r) for r in s.rows] for n, s in values.sheets.items()})
        book.fullname = str(master)
        actions.collect_live(book)
        sheet = book.sheets["Framgångsfaktorer"]
        live = {cell: sheet.cell(*cell) for cell in expected}
        history = [list(r) for r in book.sheets["Historik"].values]
    assert live == expected
    width = len(file_history[0])
    history = [list(r) + [None] * (width - len(r)) for r in history]
    assert normalised(history) == normalised(file_history)


def test_a_users_sheets_with_xlfollows_names_are_kept_by_both_writers(tmp_path: Path) -> None:
    """See tests/test_round_defects.py::test_the_buttons_write_beside_a_users_kontroll_sheet, which
    holds the remote engine and the file writer to the same sheet names; here the desktop stand-in."""

    from helpers import with_users_sheets

    from xlfollow.adapters.file_reader import read_values
    from xlfollow.excel import run_action

    from fake_excel import FakeBook

    values = read_values(with_users_sheets(tmp_path / "bok.xlsx", "Kontroll"))
    book = FakeBook("bok.xlsx", {n: [list(r) for r in s.rows] for n, s in values.sheets.items()})
    run_action("all", book)
    assert [s.name for s in book.sheets] == ["Data", "Kontroll", "Sammanställning", "Kontroll (xlfollow)"]
    assert book.sheets["Kontroll"].values == [["Mitt eget blad Kontroll"]]
    written = actions.run(tmp_path / "bok.xlsx").written
    assert written is not None and load_workbook(written).sheetnames == [s.name for s in book.sheets]
