"""The live-Excel side, tested without Excel: xlwings' remote engine (the engine of xlwings Server
and xlwings Lite) implements the Book/Sheet/Range API on any platform. A Book is built from a
fixture workbook's values, each action runs on it, and the actions it returns (values written,
colours set, sheets added, notes) are held to what the file writer writes for the same workbook.
The remote engine runs under the PolyForm Noncommercial licence key, in the tests only."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    actions_of,
    cells,
    file_writer_colours,
    normalised,
    payload,
    remote_book,
    sheet_name,
    unprefixed,
)

from xlfollow import actions
from xlfollow.adapters.file_reader import read_values
from xlfollow.core.status import Status
from xlfollow.core.styles import STATUS_COLOURS

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")  # before xlwings is imported
xw = pytest.importorskip("xlwings")


@pytest.mark.parametrize("name", ["rs2018-framgangsfaktorer.xlsx", "rs2017-framgangsfaktorer.xlsx"])
def test_all_colours_every_status_cell_like_the_file_writer(example, name: str) -> None:
    path = example(name)
    book = remote_book(path)
    from xlfollow.excel import run_action

    run_action("all", book)
    done = actions_of(book)
    result = actions.check(path)
    report = result.report
    status_col = report.layout.column("status")
    expected = {
        (i.row, status_col): "#" + STATUS_COLOURS[i.status][0].lower()
        for i in report.items
        if i.status not in (None, Status.MISSING)
    }
    coloured: dict[tuple[int, int], str] = {}
    for action in done:
        if action["func"] == "setRangeColor" and sheet_name(book, action) == report.layout.sheet:
            for cell in cells(action):
                coloured[cell] = str(action["args"][0]).lower()
    assert {c: v for c, v in coloured.items() if c in expected} == expected
    assert set(expected) <= set(coloured)

    # the owned sheets: same cell values as the file writer writes
    added = [a["args"][1] for a in done if a["func"] == "addSheet"]
    assert added == ["Sammanställning", "Kontroll"]
    written = read_values(actions.run(example(name), path.with_name("fil.xlsx")).written)
    for sheet in added:
        block = next(a for a in done if a["func"] == "setValues" and sheet_name(book, a) == sheet)
        live = [[unprefixed(v) for v in row] for row in block["values"]]
        file_rows = written.sheets[sheet].rows
        width = max(len(r) for r in live)
        file_rows = [list(r) + [None] * (width - len(r)) for r in file_rows]
        assert normalised(live) == normalised(file_rows[: len(live)])


def test_check_writes_notes_and_kontroll_only(make_book) -> None:
    from xlfollow.excel import run_action

    path = make_book(
        [
            ["Framgångsfaktor", "Läge", "Kommentar"],
            ["1. a", "blå", None],
            ["2. b", None, "x"],
            ["3. c", "röd", None],
        ]
    )
    book = remote_book(path, notes={"Data": ["B3"]})  # a note the user already has on B3
    message = run_action("check", book)
    done = actions_of(book)
    notes = {a["args"][0]: a["args"][1] for a in done if a["func"] == "addNote"}
    assert set(notes) == {"$B$2", "$C$4"} or set(notes) == {"B2", "C4"}
    assert all(text.startswith("xlfollow: ") for text in notes.values())
    assert [a["args"][1] for a in done if a["func"] == "addSheet"] == ["Kontroll"]
    assert not any(a["func"] == "setRangeColor" and sheet_name(book, a) == "Data" for a in done)
    assert "ett fel" in message and "två varningar" in message


def test_user_text_is_written_as_text(make_book) -> None:
    from xlfollow.excel import run_action

    path = make_book(
        [
            ["Framgångsfaktor", "Läge", "Kommentar"],
            ["=cmd|' /c calc'!A0", "röd", "+SUM(A1)"],
            ["@x", "röd", "-1+1"],
        ]
    )
    book = remote_book(path)
    run_action("summarise", book)
    for action in actions_of(book):
        if action["func"] in ("setValues",):
            for row in action["values"]:
                for value in row:
                    if isinstance(value, str) and value and value[0] in "=+-@":
                        pytest.fail(f"a live formula from user text: {value!r}")


def test_buttons_map_through_a_whitelist(make_book) -> None:
    from xlfollow import excel

    path = make_book([["Framgångsfaktor", "Läge"], ["1. a", "grön"]])
    book = remote_book(path)
    excel.button("Rensa allt", book)  # not a known button: a message box, nothing else
    done = actions_of(book)
    assert [a["func"] for a in done] == ["alert"] and "inte kopplad" in done[0]["args"][0]
    book = remote_book(path)
    excel.button("Kontrollera", book)
    done = actions_of(book)
    assert done[-1]["func"] == "alert" and "Klart" in done[-1]["args"][0]
    assert set(excel.BUTTONS.values()) <= set(excel.ACTIONS)


def test_errors_become_a_message_box(tmp_path: Path) -> None:
    from xlfollow import excel

    book = xw.Book(
        json={
            "client": "Office.js",
            "version": xw.__version__,
            "book": {"name": "x.xlsx", "active_sheet_index": 0, "selection": "A1"},
            "names": [],
            "sheets": [
                {
                    "name": "Blad1",
                    "values": [["hej"]],
                    "pictures": [],
                    "tables": [],
                    "notes": [],
                    "notes_supported": True,
                }
            ],
        }
    )
    excel.button("Sammanstall", book)
    done = actions_of(book)
    assert done[-1]["func"] == "alert"
    assert "Hittar ingen rubrikrad" in done[-1]["args"][0]
    assert not re.search(r"Traceback|File \"", done[-1]["args"][0])


def _desktop_book(rows: int) -> Any:
    from fake_excel import FakeBook

    statuses = ["grön", "gul", "röd", None, "Ej aktuell", "↑", "→"]
    values = [["Perspektiv", "Framgångsfaktor", "Läge", "Kommentar"]]
    values += [
        ["Patient" if n % 2 else "Samhälle", f"{n}. Post", statuses[n % 7], "pågår" if n % 3 else None]
        for n in range(1, rows + 1)
    ]
    return FakeBook("bok.xlsx", {"Data": values})


def test_desktop_calls_do_not_follow_the_cells() -> None:
    """On desktop Excel, colouring groups cells into multi-area addresses under 255 characters:
    the calls for 10,000 rows are a small fraction of the cells (measured in bench/RESULTS.md)."""
    from xlfollow.excel import run_action

    counts = {}
    for rows in (100, 10_000):
        book = _desktop_book(rows)
        run_action("colour", book)
        counts[rows] = sum(
            n
            for what, n in book.calls.items()
            if what in ("color", "number_format") or what.startswith("font.")
        )
    assert counts[10_000] < 10_000 / 5  # not one call per cell: at most one per 20 cells ...
    assert counts[100] <= 40  # ... and a hundred rows take a handful of calls


def test_windows_excel_colours_with_a_constant_number_of_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    """Desktop Excel on Windows: Range.Replace with a replacement format colours every cell of one
    typed text in one call, so the calls do not grow with the rows (only real Excel can confirm
    Excel's side; here a stand-in applies Replace as documented)."""
    from xlfollow.adapters import live_excel as xlwings_writer
    from xlfollow.excel import run_action

    from fake_excel import FakeBook

    monkeypatch.setattr(xlwings_writer.sys, "platform", "win32")
    counts = {}
    for rows in (100, 10_000):
        source = _desktop_book(rows)
        book = FakeBook("bok.xlsx", {"Data": source.sheets["Data"].values}, com=True)
        run_action("colour", book)
        counts[rows] = sum(book.calls.values())
        sheet = book.sheets["Data"]
        for row in range(2, rows + 2):
            typed = sheet.cell(row, 3)
            look = sheet.formats.get((row, 3), {})
            if typed in ("grön", "↑"):
                assert look["Interior.Color"] == xlwings_writer.bgr(STATUS_COLOURS[Status.GREEN][0])
                assert look["NumberFormat"].endswith('"● "@')
            elif typed == "röd":
                assert look["Interior.Color"] == xlwings_writer.bgr(STATUS_COLOURS[Status.RED][0])
            elif typed is None:
                assert look == {}  # the stand-in cannot read fills: nothing of the user's is cleared
    assert counts[100] == counts[10_000]
    assert counts[10_000] < 60


def test_live_colouring_clears_only_xlfollows_look_on_blank_cells() -> None:
    """Issue 9's defect in the live writer too: a blank status cell lost the user's own fill.
    Where the engine reads fills (desktop Excel), only xlfollow's status fills are cleared."""

    from fake_excel import FakeBook

    rows = [["Framgångsfaktor", "Läge"], ["1. a", None], ["2. b", None], ["3. c", "grön"], ["4. d", None]]
    book = FakeBook("bok.xlsx", {"Data": rows})
    sheet = book.sheets["Data"]
    fill, font = STATUS_COLOURS[Status.GREEN]
    # the user's blue; a stale xlfollow green (its fill and text colour); Excel's Good style (the same
    # fill, another text colour: a status kept by colour, issue 18)
    sheet.fills = {"B2": "#9bc2e6", "B3": "#" + fill.lower(), "B5": "#" + fill.lower()}
    sheet.font_colours = {"B3": "#" + font.lower(), "B5": "#006100"}
    from xlfollow.actions import run_live

    statuses = {i.row: i.status for i in run_live(book, "colour").report.items}
    assert statuses[5] is Status.GREEN  # read as the command line reads it
    assert statuses[3] is Status.MISSING  # a stale xlfollow look is no status
    assert sheet.fills["B2"] == "#9bc2e6"
    assert sheet.fills["B3"] is None
    assert sheet.fills["B5"] == "#c6efce" and sheet.font_colours["B5"] == "#006100"
    assert (5, 2) not in sheet.set_log.get("number_format", {})  # its number format as it was


def test_the_buttons_colour_and_note_every_data_sheet(tmp_path: Path) -> None:
    """One data sheet per committee (issue 8): the live writer colours and notes each sheet's own
    cells, as the file writer does."""
    from helpers import tables_book

    from xlfollow.excel import run_action

    path = tables_book(tmp_path / "b.xlsx")
    book = remote_book(path)
    run_action("all", book)
    done = actions_of(book)
    report = actions.check(path).report
    tables = report.layout.tables()
    expected = {
        (tables[i.table].sheet, i.row, tables[i.table].column("status")): "#"
        + STATUS_COLOURS[i.status][0].lower()
        for i in report.items
        if i.status not in (None, Status.MISSING)
    }
    coloured = {
        (sheet_name(book, a), *cell): str(a["args"][0]).lower()
        for a in done
        if a["func"] == "setRangeColor"
        for cell in cells(a)
    }
    assert {k: v for k, v in coloured.items() if k in expected} == expected
    assert {sheet for sheet, _, _ in expected} == {"BUN", "SN", "Tekniska nämnden"}
    notes = [(sheet_name(book, a), a["args"]) for a in done if "note" in a["func"].lower()]
    assert any(sheet == "SN" and "lila" in str(args) for sheet, args in notes), notes


def test_the_buttons_compare_with_the_previous_round_the_settings_name(tmp_path: Path) -> None:
    """Issue 11 from the buttons: with `previous` on the settings sheet, Sammanställ writes the same
    sentence on what has changed as the command line (the plan is the same)."""
    from helpers import two_rounds

    from xlfollow.excel import run_action

    from fake_excel import FakeBook

    april, august, _ = two_rounds(tmp_path)
    values = read_values(august)
    sheets = {name: [list(r) for r in sheet.rows] for name, sheet in values.sheets.items()}
    sheets["xlfollow"] = [["previous", april.name]]
    book = FakeBook(august.name, sheets)
    book.fullname = str(august)
    run_action("summarise", book)
    written = [v for block in book.sheets["Sammanställning"].written for row in block for v in row]
    sentence = "Sedan förra uppföljningen har fem förbättrats, två försämrats och 33 har samma läge."
    assert any(isinstance(v, str) and v.startswith(sentence) for v in written)


LITE_RUN = r"""
import importlib.abc, json, os, sys
os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
BLOCKED = ("lxml", "python_calamine", "openpyxl", "pandas")  # not in xlwings Lite's Pyodide

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is not available here")
        return None

sys.meta_path.insert(0, Refuse())
import xlwings as xw
with open(sys.argv[1], encoding="utf-8") as handle:
    book = xw.Book(json=json.load(handle))
from xlfollow.excel import run_action
said = run_action("all", book)
names = [s.name for s in book.sheets]
colours = {}
for a in book.json()["actions"]:
    if a["func"] == "setRangeColor":
        r, c = a["start_row"] + 1, a["start_column"] + 1
        for i in range(a["row_count"]):
            for j in range(a["column_count"]):
                colours[f"{names[a['sheet_position']]}!{r + i},{c + j}"] = str(a["args"][0]).lower()
loaded = sorted(m for m in BLOCKED if m in sys.modules)
print(json.dumps({"said": said, "colours": colours, "loaded": loaded}))
"""


def test_the_lite_path_runs_without_lxml_calamine_openpyxl_or_pandas(example, tmp_path: Path) -> None:
    """xlwings Lite runs in Pyodide, which has none of lxml, python-calamine, openpyxl or pandas at
    the pinned versions: the buttons' path (run_action on the remote engine) imports none of them,
    and colours as the file writer does."""
    import json
    import subprocess
    import sys

    path = example("rs2018-framgangsfaktorer.xlsx")
    book_json = tmp_path / "book.json"
    book_json.write_text(json.dumps(payload(path)), "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", LITE_RUN, str(book_json)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["loaded"] == []
    expected = file_writer_colours(path)
    assert {k: v for k, v in result["colours"].items() if k in expected} == expected
    assert "41 poster" in result["said"]


def test_an_excel_without_notes_says_so_in_one_line(make_book, monkeypatch) -> None:
    """xlwings Lite on an Excel API below 1.18 raises NotImplementedError for notes: the button
    still colours and summarises, and its message says where the problems are."""
    from xlfollow.excel import run_action

    path = make_book([["Framgångsfaktor", "Läge"], ["1. a", "blå"], ["2. b", "grön"]])
    book = remote_book(path)
    monkeypatch.setattr(type(book.sheets[0].range("A1")), "add_note", _no_notes, raising=False)
    said = run_action("all", book)
    assert "kan inte skriva anteckningar" in said and "Kontroll" in said
    assert "addSheet" in {a["func"] for a in actions_of(book)}


def _no_notes(self: Any, text: str) -> None:
    raise NotImplementedError("notes need Excel API 1.18")


def test_replace_leaves_the_find_options_as_excel_opens_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Range.Replace sets Excel's remembered search options (whole cell, match case): afterwards
    one Find puts back the defaults (part of the cell, any case, no format)."""
    from xlfollow.adapters import live_excel as xlwings_writer
    from xlfollow.excel import run_action

    from fake_excel import FakeBook

    monkeypatch.setattr(xlwings_writer.sys, "platform", "win32")
    book = FakeBook("bok.xlsx", {"Data": _desktop_book(20).sheets["Data"].values}, com=True)
    run_action("colour", book)
    assert book.calls["Replace"] > 0
    assert book.sheets["Data"].find_options == {
        "What": "",
        "LookAt": 2,
        "SearchOrder": 1,
        "MatchCase": False,
        "SearchFormat": False,
    }


def test_a_one_row_book_is_coloured_cell_by_cell_not_by_replace(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace (and SpecialCells) on a one-cell range act on the whole sheet in Excel: a book with a
    single status cell is coloured directly."""
    from xlfollow.adapters import live_excel as xlwings_writer
    from xlfollow.excel import run_action

    from fake_excel import FakeBook

    monkeypatch.setattr(xlwings_writer.sys, "platform", "win32")
    values = [["Framgångsfaktor", "Läge"], ["1. Enda", "grön"]]
    book = FakeBook("bok.xlsx", {"Data": values}, com=True)
    run_action("colour", book)
    assert book.calls["Replace"] == 0 and book.calls["SpecialCells"] == 0
    assert book.calls["color"] == 1


def test_the_buttons_draw_the_chart_the_file_writer_draws(example) -> None:
    """Issue 12: the live writer draws the summary's chart through xlwings' chart API: the same
    source block, a stacked bar, the same series colours in the same order, the title."""
    import re
    import zipfile

    from xlfollow.excel import run_action

    path = example("rs2018-framgangsfaktorer.xlsx")
    book = remote_book(path)
    run_action("summarise", book)
    done = actions_of(book)
    (added,) = [a for a in done if a["func"] == "addChart"]
    live_colours = [a["args"][2]["fill_color"] for a in done if a["func"] == "setChartSeries"]
    assert [a["args"][1] for a in done if a["func"] == "setChartType"] == ["BarStacked"]
    written = actions.run(path, path.with_name("fil.xlsx")).written
    with zipfile.ZipFile(written) as archive:
        chart = next(archive.read(n) for n in archive.namelist() if n.startswith("xl/charts/chart"))
    refs = re.findall(rb"<c:f>([^<]+)</c:f>", chart)
    colours = re.findall(rb'<c:ser>.*?<c:spPr>.*?<a:srgbClr val="([0-9A-F]{6})"', chart, re.DOTALL)
    from xlfollow.core.a1 import col_index, col_letter

    cells = {cell for ref in refs for cell in re.findall(rb"\$([A-Z]+)\$(\d+)", ref)}
    cols = [col_index(c.decode()) for c, _ in cells]
    rows = [int(r) for _, r in cells]
    box = f"${col_letter(min(cols))}${min(rows)}:${col_letter(max(cols))}${max(rows)}"
    assert added["args"][3] == box  # the same block: categories, series names and counts
    assert live_colours == ["#" + c.decode() for c in colours]
    assert "setChartTitle" in {a["func"] for a in done}


def test_text_that_excel_would_read_as_a_number_or_date_stays_text(make_book) -> None:
    """Issue 12: ids such as "1.2" become dates in a Swedish Excel and "1,5" a number when text is
    written as if typed: the live writer marks such text as text."""
    from xlfollow.adapters.live_excel import as_text
    from xlfollow.excel import run_action

    assert [as_text(v) for v in ("1.2", "1,5", "2018-04-30", "SANT", "Ny rutin", 3)] == [
        "'1.2",
        "'1,5",
        "'2018-04-30",
        "'SANT",
        "Ny rutin",
        3,
    ]
    path = make_book(
        [["Nr", "Framgångsfaktor", "Läge", "Kommentar"], ["1.2", "Kortare köer", "röd", "1,5 dagar"]]
    )
    book = remote_book(path)
    run_action("summarise", book)
    values = [v for a in actions_of(book) if a["func"] == "setValues" for row in a["values"] for v in row]
    assert "'1.2" in values and "1.2" not in values
