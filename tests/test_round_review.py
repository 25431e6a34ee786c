"""Issue 18, the review's reproductions: where send, collect, next-period and consolidate meet
unusual masters (moved rows, statuses kept by colour, two tables, settings files, dates, periods
across a year, units whose names clash, answers of two send rounds). One test per finding."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.consolidate import consolidate
from xlfollow.core.status import Status

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")


def _book(
    path: Path, rows: list[list[object]], header: list[str], settings: list[list[object]] | None = None
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Uppföljning per april 2018"])
    ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    if settings:
        extra = wb.create_sheet("xlfollow")
        for line in settings:
            extra.append(line)
    wb.save(path)
    return path


HEADER = ["Nämnd", "Framgångsfaktor", "Läge", "Kommentar"]
ROWS = [
    ["RS", "1. Faktor ett", None, None],
    ["RS", "2. Faktor två", None, None],
    ["HSN", "3. Faktor tre", None, None],
]


def _answer(unit_book: Path, target: Path, cells: dict[str, object], sheet: str = "Data") -> Path:
    wb = load_workbook(unit_book)
    for ref, value in cells.items():
        wb[sheet][ref] = value
    wb.save(target)
    return target


def _unit(sent: actions.Sent, name: str) -> Path:
    return next(w for u, w, _ in sent.files if u == name)


def test_an_answer_is_not_written_into_a_row_that_moved_since_sending(tmp_path: Path) -> None:
    master = _book(tmp_path / "m.xlsx", ROWS, HEADER)
    rs = _unit(actions.send(master, tmp_path / "ut"), "RS")
    answer = _answer(rs, tmp_path / "svar.xlsx", {"C5": "grön", "D5": "G2"})  # Faktor två
    wb = load_workbook(master)
    wb["Data"].insert_rows(5)
    wb["Data"]["A5"], wb["Data"]["B5"] = "RS", "1b. Ny faktor"
    wb.save(master)
    done = actions.collect(master, [answer], tmp_path / "ut.xlsx")
    assert [f.code for f in done.collected.findings] == ["master-row-changed"]
    assert not done.collected.changes
    assert load_workbook(tmp_path / "ut.xlsx")["Data"]["C5"].value is None


def test_a_master_whose_status_is_a_colour_is_not_changed_by_an_untouched_answer(tmp_path: Path) -> None:
    master = _book(tmp_path / "m.xlsx", ROWS, HEADER)
    wb = load_workbook(master)
    for ref, colour in (("C4", "00B050"), ("C5", "FF0000"), ("C6", "FFFF00")):
        wb["Data"][ref].fill = PatternFill("solid", fgColor=colour)
    wb.save(master)
    assert [i.status for i in actions.check(master).report.items] == [Status.GREEN, Status.RED, Status.YELLOW]
    sent = actions.send(master, tmp_path / "ut")
    hsn = _unit(sent, "HSN")
    assert load_workbook(hsn)["Data"]["C4"].value is None  # the colour, not a text "#FFFF00"
    done = actions.collect(master, [shutil.copy(hsn, tmp_path / "svar.xlsx")], tmp_path / "ut.xlsx")
    assert not done.collected.changes and not done.collected.findings


def test_two_tables_with_their_own_status_columns_collect_into_their_own_columns(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Nämnd", "Framgångsfaktor", "Läge", "Kommentar"])
    ws.append(["RS", "1. Faktor", None, None])
    ws.append(["HSN", "2. Faktor", None, None])
    ws.append([])
    ws.append(["Nämnd", "Resultatmål", "Mått", "Utfall", "Läge", "Kommentar"])
    ws.append(["RS", "3. Mål", "m", None, None, None])
    ws.append(["HSN", "4. Mål", "m", None, None, None])
    master = tmp_path / "m.xlsx"
    wb.save(master)
    report = actions.check(master).report
    assert len(report.layout.tables()) == 2
    rs = _unit(actions.send(master, tmp_path / "ut"), "RS")
    unit = load_workbook(rs)["Data"]
    rows = {unit.cell(r, 2).value: r for r in range(1, unit.max_row + 1)}
    answer = _answer(
        rs, tmp_path / "svar.xlsx", {f"C{rows['1. Faktor']}": "gul", f"E{rows['3. Mål']}": "röd"}
    )
    done = actions.collect(master, [answer], tmp_path / "ut.xlsx")
    assert {(c.row, c.col, c.new) for c in done.collected.changes} == {(2, 3, "gul"), (6, 5, "röd")}


def test_a_column_the_settings_name_is_answered_and_collected(tmp_path: Path) -> None:
    master = _book(
        tmp_path / "m.xlsx",
        ROWS,
        ["Nämnd", "Framgångsfaktor", "Läge", "Noteringar"],
        [["column.comment", "D"]],
    )
    rs = _unit(actions.send(master, tmp_path / "ut"), "RS")
    assert not load_workbook(rs)["Data"]["D4"].protection.locked
    answer = _answer(rs, tmp_path / "svar.xlsx", {"C4": "grön", "D4": "Noterat."})
    done = actions.collect(master, [answer], tmp_path / "ut.xlsx")
    assert [(c.field, c.new) for c in done.collected.changes] == [("status", "grön"), ("comment", "Noterat.")]


def test_a_date_in_an_answer_is_written_as_a_date(tmp_path: Path) -> None:
    header = ["Nämnd", "Framgångsfaktor", "Utfall", "Läge", "Kommentar"]
    master = _book(tmp_path / "m.xlsx", [["RS", "1. Faktor", None, None, None]], header)
    rs = _unit(actions.send(master, tmp_path / "ut"), "RS")
    answer = _answer(rs, tmp_path / "svar.xlsx", {"C4": dt.datetime(2018, 5, 1), "D4": "grön"})
    done = actions.collect(master, [answer], tmp_path / "ut.xlsx")
    assert len(done.collected.changes) == 2
    assert load_workbook(tmp_path / "ut.xlsx")["Data"]["C4"].value in (43221, dt.datetime(2018, 5, 1))


def test_next_period_across_the_year_adds_next_years_column(tmp_path: Path) -> None:
    header = ["Framgångsfaktor", "Per april", "Per augusti", "Per december", "Kommentar"]
    master = _book(tmp_path / "m.xlsx", [["1. Faktor", "grön", "gul", "röd", "k"]], header)
    done = actions.next_period(master, tmp_path / "april.xlsx", "april 2019")
    assert done.facts.added and done.facts.column == "Per april 2019"
    report = actions.check(done.written).report
    assert report.layout.header("status") == "Per april 2019"
    assert [i.status for i in report.items] == [Status.MISSING]
    ws = load_workbook(done.written)["Data"]
    assert [ws.cell(4, c).value for c in (2, 3, 4)] == ["grön", "gul", "röd"]  # 2018 kept


def test_next_period_on_two_sheets_with_their_own_period_columns(tmp_path: Path) -> None:
    wb = Workbook()
    a = wb.active
    a.title = "RS"
    a.append(["Framgångsfaktor", "Per april", "Per augusti", "Kommentar"])
    a.append(["1. Faktor", "grön", None, "k"])
    b = wb.create_sheet("HSN")
    b.append(["Framgångsfaktor", "Läge april", "Läge augusti", "Kommentar"])
    b.append(["2. Faktor", "röd", None, "k"])
    wb.save(tmp_path / "m.xlsx")
    done = actions.next_period(tmp_path / "m.xlsx", tmp_path / "aug.xlsx", "augusti 2018")
    assert main(["check", str(done.written)]) == 0
    report = actions.check(done.written).report
    headers = {t.sheet: t.header("status") for t in report.layout.tables()}
    assert headers == {"RS": "Per augusti", "HSN": "Läge augusti"}


def test_units_whose_names_become_the_same_file_name_get_their_own_files(tmp_path: Path) -> None:
    rows = [["HSN/Vård", "1. a", None, None], ["HSN:Vård", "2. b", None, None]]
    master = _book(tmp_path / "names.xlsx", rows, ["Förvaltning", "Framgångsfaktor", "Läge", "Kommentar"])
    sent = actions.send(master, tmp_path / "ut", by="Förvaltning")
    files = [w.name for _, w, _ in sent.files]
    assert len(set(files)) == 2 and all(w.exists() for _, w, _ in sent.files)


def test_answers_of_two_send_rounds_stay_apart_in_consolidate(tmp_path: Path) -> None:
    copies = tmp_path / "svar"
    copies.mkdir()
    for region in ("halland", "skane"):
        master = _book(tmp_path / f"{region}.xlsx", ROWS, HEADER)
        sent = actions.send(master, tmp_path / region)
        for _, workbook, _ in sent.files:
            _answer(workbook, copies / workbook.name, {"C4": "grön"})
    region = consolidate([copies], tmp_path / "region.xlsx")
    assert sorted(region.by_unit) == ["halland/HSN", "halland/RS", "skane/HSN", "skane/RS"]
    assert region.rollup.items == 6 and region.missing == ()


def test_the_buttons_replace_the_kontroll_sheet_collect_wrote(tmp_path: Path) -> None:
    from helpers import actions_of, remote_book

    master = _book(tmp_path / "m.xlsx", ROWS, HEADER)
    rs = _unit(actions.send(master, tmp_path / "ut"), "RS")
    written = actions.collect(master, [_answer(rs, tmp_path / "svar.xlsx", {"C4": "grön"})]).written
    assert written is not None
    book = remote_book(written)
    actions.run_live(book, "all")
    assert "Kontroll (xlfollow)" not in [s.name for s in book.sheets]
    assert [a["func"] for a in actions_of(book)].count("sheetDelete") == 1


def test_a_units_newest_answer_wins_even_when_it_puts_a_cell_back(tmp_path: Path) -> None:
    rows = [["RS RUN", "1. Delad faktor", None, None], ["RS", "2. Faktor", None, None]]
    master = _book(tmp_path / "m.xlsx", rows, HEADER)
    sent = actions.send(master, tmp_path / "ut")
    first = _answer(_unit(sent, "RS"), tmp_path / "rs1.xlsx", {"C4": "grön", "C5": "röd"})
    second = _answer(_unit(sent, "RS"), tmp_path / "rs2.xlsx", {"C4": "grön", "C5": None})  # takes it back
    untouched = shutil.copy(_unit(sent, "RUN"), tmp_path / "run.xlsx")  # the shared row left as sent
    os.utime(first, (1_500_000_000,) * 2)
    os.utime(second, (1_500_000_100,) * 2)
    os.utime(untouched, (1_500_000_200,) * 2)
    done = actions.collect(master, [first, second, Path(untouched)], tmp_path / "ut.xlsx")
    assert [(c.row, c.new) for c in done.collected.changes] == [(4, "grön")]  # RUN's silence is no answer
    assert [f.code for f in done.collected.findings] == ["answered-twice"]


def test_smaller_edges(tmp_path: Path, capsys) -> None:
    master = _book(tmp_path / "m.xlsx", ROWS, HEADER, [["email.RS", "a@x.se; b@x.se"]])
    assert main(["check", str(master)]) == 0  # a list of addresses is a valid setting
    sent = actions.send(master, tmp_path / "ut")
    assert next(u.email for u in sent.round.units if u.unit == "RS") == "a@x.se, b@x.se"
    junk = tmp_path / "skräp.xlsx"
    junk.write_bytes(b"inte en arbetsbok")
    assert main(["collect", str(master), str(junk)]) == 2
    assert not (tmp_path / "m-insamlad.xlsx").exists()
    capsys.readouterr()
    assert main(["send", str(master), "--by", "C", "-o", str(tmp_path / "x")]) == 2  # an empty column
    assert capsys.readouterr().err.count("\n") == 1


def test_refused_answers_are_said_in_the_masters_language(tmp_path: Path, capsys) -> None:
    master = _book(tmp_path / "m.xlsx", ROWS, HEADER, [["language", "en"]])
    rs = _unit(actions.send(master, tmp_path / "ut"), "RS")
    answer = _answer(rs, tmp_path / "svar.xlsx", {"C4": "green"})
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a workbook")
    assert main(["collect", str(master), str(answer), str(junk)]) == 1
    err = capsys.readouterr().err
    assert "Skipping" in err and "Hoppar" not in err


@pytest.mark.parametrize("engine", ["file", "live"])
def test_an_added_period_column_has_no_colour_of_the_finished_round(tmp_path: Path, engine: str) -> None:
    header = ["Framgångsfaktor", "Per april", "Per augusti", "Kommentar"]
    master = _book(tmp_path / "m.xlsx", [["1. Faktor", "grön", "röd", "k"]], header)
    coloured = actions.run(master).written
    assert coloured is not None
    done = actions.next_period(coloured, tmp_path / "dec.xlsx", "december 2018")
    cell = load_workbook(done.written)["Data"].cell(4, 5)
    assert cell.value is None and cell.fill.fill_type in (None, "none")
