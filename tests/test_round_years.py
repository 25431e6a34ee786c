"""The review of the session of 2026-12-07 (status columns per year, answers, headers of two rows)
and what the published follow-ups showed through the round: one test per finding, each failing
without its fix."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill
from published import LAYOUTS, NOT_READ_YET, goes_into_its_next_round

from xlfollow import actions
from xlfollow.core.errors import InputError
from xlfollow.core.reading import reading_lines
from xlfollow.core.status import Status

G, Y, R, M = Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING
GOALS = [
    ("Fler i arbete ska öka", "BUN"),
    ("Färre vräkningar", "KS"),
    ("Kortare väntetider", "SN"),
    ("Mindre utsläpp", "KS"),
]


def _book(
    path: Path,
    header: list[object],
    rows: list[list[object]],
    settings: tuple[tuple[str, object], ...] = (),
    hide: tuple[str, ...] = (),
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(header)
    for row in rows:
        ws.append(row)
    for letter in hide:
        ws.column_dimensions[letter].hidden = True
    if settings:
        lines = wb.create_sheet("xlfollow")
        lines.append(["Inställning", "Värde"])
        for key, value in settings:
            lines.append([key, value])
    wb.save(path)
    return path


def _read(path: Path) -> tuple[str, list[Status | None]]:
    report = actions.check(path).report
    return report.layout.header_of(report.layout.columns["status"]), [i.status for i in report.items]


def test_the_periods_year_is_the_status_however_far_its_column_is_filled(tmp_path: Path) -> None:
    """One answer in 2025 while the settings say 2025: 2024 was read as this year's, and
    next-period 2026 emptied 2024 and the next check found no status column."""
    rows = [
        [g, u, s, t, "Som planerat."]
        for (g, u), s, t in zip(GOALS, ["Grön", "Röd", "Gul", "Gul"], ["Gul", None, None, None], strict=True)
    ]
    book = _book(tmp_path / "s.xlsx", ["Mål", "Nämnd", 2024, 2025, "Kommentar"], rows, (("period", "2025"),))
    assert _read(book) == ("2025", [Y, M, M, M])
    new = actions.next_period(book, tmp_path / "s26.xlsx", "2026")
    assert new.facts.added and new.facts.column == "2026"
    assert _read(new.written) == ("2026", [M, M, M, M])
    kept = [c.value for c in load_workbook(new.written)["Mål"]["C"]][1:]
    assert kept == ["Grön", "Röd", "Gul", "Gul"]  # 2024 untouched


def test_a_hidden_earlier_year_is_never_the_status(tmp_path: Path) -> None:
    rows = [
        [g, u, a, b, s, "x"]
        for (g, u), a, b, s in zip(
            GOALS,
            ["Röd", "Gul", "Grön", "Röd"],
            ["Gul"] * 3 + ["Röd"],
            ["Grön", "Röd", "Gul", "Gul"],
            strict=True,
        )
    ]
    book = _book(tmp_path / "h.xlsx", ["Mål", "Nämnd", 2022, 2023, 2024, "Kommentar"], rows, hide=("C", "D"))
    assert _read(book) == ("2024", [G, R, Y, Y])
    new = actions.next_period(book, tmp_path / "h25.xlsx", "2025").written
    assert _read(new) == ("2025", [M] * 4)
    assert [c.value for c in load_workbook(new)["Mål"]["C"]][1:] == ["Röd", "Gul", "Grön", "Röd"]


@pytest.mark.parametrize("years", [(2024,), (2024, 2025, 2026, 2027)], ids=["one-year", "years-ahead"])
def test_next_period_goes_on_in_its_own_years_column(tmp_path: Path, years: tuple[int, ...]) -> None:
    """A single year's column was emptied (the next check found none); with columns for the years
    ahead, next-period 2026 named "2025" while the check read 2026."""
    rows = [
        [g, u, s, *[None] * (len(years) - 1), "x"]
        for (g, u), s in zip(GOALS, ["Grön", "Röd", "Gul", "Gul"], strict=True)
    ]
    book = _book(tmp_path / "y.xlsx", ["Mål", "Nämnd", *years, "Kommentar"], rows)
    new = actions.next_period(book, tmp_path / "y26.xlsx", "2026")
    assert new.facts.column == "2026"
    assert _read(new.written) == ("2026", [M] * 4)
    units = actions.send(new.written, tmp_path / "ut")
    assert len(units.files) == 3


def test_send_tells_each_sheets_status_column_per_year(tmp_path: Path) -> None:
    """Two sheets "Mål | Nämnd | 2024 | 2025": a unit's one or two rows could not show the status
    column and send stopped (verify-failed)."""
    wb = Workbook()
    for index, (sheet, data) in enumerate(
        (
            (
                "Barn",
                [
                    ("Fler barn i förskola", "BUN", "Grön"),
                    ("Fler behöriga lärare", "BUN", "Gul"),
                    ("Bättre skolresultat", "KS", "Röd"),
                ],
            ),
            (
                "Miljö",
                [
                    ("Mindre utsläpp", "KS", "Gul"),
                    ("Mer cykelväg", "SN", "Grön"),
                    ("Fler laddplatser", "SN", "Röd"),
                ],
            ),
        )
    ):
        ws = wb.active if index == 0 else wb.create_sheet(sheet)
        ws.title = sheet
        ws.append(["Mål", "Nämnd", 2024, 2025, "Kommentar"])
        for goal, unit, status in data:
            ws.append([goal, unit, status, None, "Som planerat."])
    wb.save(tmp_path / "two.xlsx")
    new = actions.next_period(tmp_path / "two.xlsx", tmp_path / "two25.xlsx", "2025").written
    sent = actions.send(new, tmp_path / "ut")
    assert sorted(u for u, _, _ in sent.files) == ["BUN", "KS", "SN"]
    collected = actions.collect(new, [p for _, p, _ in sent.files]).written
    assert collected is not None and len(actions.check(collected).report.items) == 6


@pytest.mark.parametrize(
    ("header", "values"),
    [
        (["Measure", "Achievement", "Commentary"], ["G", "Y", "R", "Y"]),
        (["Mittari", "Toteutuminen", "Kommentti"], ["G", "Y", "R", "Y"]),
    ],
    ids=["achievement", "toteutuminen"],
)
def test_a_rag_scale_under_a_header_that_asks_keeps_y_yellow(
    tmp_path: Path, header: list[str], values: list[str]
) -> None:
    rows = [[f"Indikator nummer {n}", v, "x"] for n, v in enumerate(values)]
    assert _read(_book(tmp_path / "r.xlsx", header, rows))[1] == [G, Y, R, Y]


def test_numbered_years_over_colours_go_on_in_the_periods_column(tmp_path: Path) -> None:
    """A table kept by colour under "2024 | 2025" typed as numbers: the colours of 2024 were read
    as the period 2025's."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Mål", "Nämnd", 2024, 2025, "Kommentar"])
    for number, ((goal, unit), colour) in enumerate(
        zip(GOALS, ["00B050", "FF0000", "FFFF00", "FFFF00"], strict=True), start=2
    ):
        ws.append([goal, unit, None, None, "Kommentar om läget"])
        ws.cell(number, 3).fill = PatternFill("solid", fgColor=colour)
    wb.save(tmp_path / "f.xlsx")
    new = actions.next_period(tmp_path / "f.xlsx", tmp_path / "f25.xlsx", "2025").written
    assert _read(new) == ("2025", [M] * 4)


def test_a_data_row_with_an_empty_first_cell_is_no_lower_header_row(tmp_path: Path) -> None:
    """ "Ref | Measure | RAG | | Commentary" over a first row without a Ref and a status "TBC": the
    row was read as the header's lower row, its goal lost without a word."""
    rows = [
        [None, "Calls answered within 60 seconds", "TBC", "New", "Awaiting Q3 data"],
        ["CS2", "Complaints answered on time", "Green", None, "On track"],
        ["CS3", "Planning decisions in 8 weeks", "Amber", None, "Behind"],
    ]
    report = actions.check(
        _book(tmp_path / "e.xlsx", ["Ref", "Measure", "RAG", None, "Commentary"], rows)
    ).report
    assert report.layout.header_row == 1 and len(report.items) == 3


def test_assumed_direction_names_the_sheet_where_the_workbook_has_several(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Kapittel 1"
    for name, rows in (
        ("Kapittel 1", [["Antal besök ska öka", 1200, 1100], ["Andel digitala ska öka", 40, 52]]),
        ("Kapittel 2", [["Antal platser", 30, 31], ["Antal utbildade", 12, 9]]),
    ):
        ws = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
        ws.append(["Indikator", "Mål", "Utfall"])
        for row in rows:
            ws.append(row)
    wb.save(tmp_path / "k.xlsx")
    line = next(
        x for x in reading_lines(actions.check(tmp_path / "k.xlsx").report) if "mer eller mindre" in x
    )
    assert "på rad 2, 3 i bladet ”Kapittel 2”:" in line


def test_words_on_their_own_colour_are_not_next_rounds_statuses(tmp_path: Path) -> None:
    """Kent 2024/25: "GREEN" on a green fill. next-period emptied the word and kept the user's fill,
    and the next check counted the fill: last quarter's statuses as this quarter's, silently. The
    fill stays (the user's format) and the settings say the statuses are words."""
    wb = Workbook()
    ws = wb.active
    ws.append(["KPI", "RAG", "Commentary"])
    for number, (word, colour) in enumerate(
        [("GREEN", "00FF00"), ("AMBER", "FFC000"), ("RED", "C00000")], start=2
    ):
        ws.append([f"Key performance indicator {number}", word, "x"])
        ws.cell(number, 2).fill = PatternFill("solid", fgColor=colour)
    wb.save(tmp_path / "k.xlsx")
    assert _read(tmp_path / "k.xlsx")[1] == [G, Y, R]
    new = actions.next_period(tmp_path / "k.xlsx", tmp_path / "k2.xlsx", "Q4 2024/25").written
    assert _read(new)[1] == [M, M, M]
    assert load_workbook(new).active["B2"].fill.fgColor.rgb.endswith("00FF00")  # the user's format stays

    # desktop Excel's buttons read the blank cells' fills too: the same line holds there
    from fake_excel import FakeBook

    wb = load_workbook(new)
    sheets = {n: [list(r) for r in wb[n].iter_rows(values_only=True)] for n in wb.sheetnames}
    book = FakeBook("k2.xlsx", sheets)
    book.sheets[wb.sheetnames[0]].fills = {"B2": "#00FF00", "B3": "#FFC000", "B4": "#C00000"}
    assert [i.status for i in actions.run_live(book, "check").report.items] == [M, M, M]


def test_upper_goals_assessed_last_round_stay_goals_after_next_period(tmp_path: Path) -> None:
    """Södertälje's delårsbokslut: "Kommungemensamma mål | Nämndens mål | Måluppfyllelse", the
    upper goals on rows of their own with their own status. Emptied by next-period they became
    headings: 17 items became 8, and a unit's workbook (no Historik) lost them too."""
    rows = [
        ["Nöjda kunder", None, "Delvis uppnått"],
        [None, "Nöjda invånare", "Delvis uppnått"],
        ["Valfrihet", None, "Uppnått"],
        [None, "Val av utförare", "Ej uppnått"],
    ]
    book = _book(tmp_path / "d.xlsx", ["Kommungemensamma mål", "Nämndens mål", "Måluppfyllelse"], rows)
    assert len(actions.check(book).report.items) == 4
    new = actions.next_period(book, tmp_path / "d2.xlsx", "augusti 2026").written
    assert [i.status for i in actions.check(new).report.items] == [M] * 4
    sent = actions.send(new, tmp_path / "ut")  # by goal: each unit's workbook holds its upper goal too
    assert sum(len(actions.check(p).report.items) for _, p, _ in sent.files) == 4


def test_a_later_tables_unit_gets_its_own_table_only(tmp_path: Path) -> None:
    """Two tables with different headers on one sheet: the second table's unit got every row above
    its header, the first table's items among them, and send stopped (verify-failed)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    for row in (
        ["Uppföljning 2026"],
        [],
        ["Trygghet"],
        ["Mål", "Läge", "Kommentar"],
        ["Fler i arbete", "Grön", "x"],
        ["Färre vräkningar", "Gul", "y"],
        [],
        ["Miljö"],
        ["Indikator", "Mått", "Status", "Not"],
        ["Mindre utsläpp", "t", "Röd", "z"],
        ["Fler cykelvägar", "t", "Grön", "w"],
    ):
        ws.append(row)
    wb.save(tmp_path / "t.xlsx")
    sent = dict((u, p) for u, p, _ in actions.send(tmp_path / "t.xlsx", tmp_path / "ut").files)
    texts = [i.text for i in actions.check(sent["Miljö"]).report.items]
    assert texts == ["Mindre utsläpp", "Fler cykelvägar"]
    assert "Trygghet" not in [c.value for c in load_workbook(sent["Miljö"])["Mål"]["A"]]


READ = [
    b
    for b in sorted(LAYOUTS.glob("[0-9][0-9]*_*.xlsx"))
    if b.stem not in NOT_READ_YET
    and json.loads(b.with_suffix(".json").read_text("utf-8"))["expected"]["items"]
]


@pytest.mark.parametrize("book", READ, ids=[b.stem[:2] for b in READ])
def test_a_published_follow_up_goes_into_its_next_round(book: Path, tmp_path: Path) -> None:
    """Every published follow-up read exactly, through next-period: the same items, each emptied
    status missing (a status kept in a cell's colour stays, a table kept by colour per period asks
    for its next column in one line, a computed one says it has no status column); then, where it
    has committees or perspectives to split by, sent and collected back unanswered: the same items.
    Found by this test: Ale's status column under no header, VGR's "Måluppfyllelse" read by values
    (the next check found no table), Södertälje's upper goals (17 became 8), Kent's words on their
    own colours (last quarter counted again), Georges River's table without a header above a headed
    one (0 items), Kent's later tables sent with every row above them (send stopped)."""
    expected = json.loads(book.with_suffix(".json").read_text("utf-8"))["expected"]["items"]
    goes_into_its_next_round(Path(shutil.copy(book, tmp_path / "master.xlsx")), expected, tmp_path)


def test_next_period_never_writes_a_line_beside_the_users_own(tmp_path: Path) -> None:
    """The status column under "2024" is told by a sheet's own line ("Mål!column.status = C"), and
    only there: a cover sheet is never read with it, and a user's own line for the workbook stays
    the only one."""
    rows = [[g, u, s, "x"] for (g, u), s in zip(GOALS, ["Grön", "Röd", "Gul", "Gul"], strict=True)]
    plain = _book(tmp_path / "p.xlsx", ["Mål", "Nämnd", "Bedömt", "Kommentar"], rows)
    new = actions.next_period(plain, tmp_path / "p2.xlsx", "augusti 2026").written
    lines = {r[0]: r[1] for r in load_workbook(new)["xlfollow"].iter_rows(values_only=True)}
    assert lines.get("Mål!column.status") == "Bedömt" and "column.status" not in lines
    assert [i.status for i in actions.check(new).report.items] == [M] * 4
    # by its header, not its letter: a column inserted before it later moves nothing (the third review)
    wb = load_workbook(new)
    wb["Mål"].insert_cols(2)
    wb["Mål"]["B1"] = "Ansvarig"
    wb["Mål"]["D2"] = "Grön"
    wb.save(new)
    assert [i.status for i in actions.check(new).report.items] == [G, M, M, M]
    own = _book(
        tmp_path / "o.xlsx", ["Mål", "Nämnd", "Bedömt", "Kommentar"], rows, (("column.status", "Bedömt"),)
    )
    new = actions.next_period(own, tmp_path / "o2.xlsx", "augusti 2026").written
    lines = {r[0]: r[1] for r in load_workbook(new)["xlfollow"].iter_rows(values_only=True)}
    assert lines["column.status"] == "Bedömt" and "Mål!column.status" not in lines


# --- the second review of the session (c8724c5) -----------------------------------------------
def test_a_users_own_status_column_line_keeps_next_period_in_that_column(tmp_path: Path) -> None:
    """ "column.status = 2025" of the user's: next-period added "2026" and the next check read 2025's
    statuses as 2026's, silently. The line holds: the column is emptied in place."""
    rows = [[g, u, "Grön", s, "x"] for (g, u), s in zip(GOALS, ["Grön", "Röd", "Gul", "Gul"], strict=True)]
    book = _book(
        tmp_path / "u.xlsx", ["Mål", "Nämnd", 2024, 2025, "Kommentar"], rows, (("column.status", "2025"),)
    )
    new = actions.next_period(book, tmp_path / "u26.xlsx", "2026")
    assert not new.facts.added and _read(new.written) == ("2025", [M] * 4)


@pytest.mark.parametrize("years", [(2024, 2025), (2024, 2025, 2026)], ids=["this-year", "years-ahead"])
def test_a_tertial_inside_a_years_column_stays_in_that_column(tmp_path: Path, years: tuple[int, ...]) -> None:
    """ "period = T2 2025" over "2024 | 2025": next-period "T3 2025" added a column "T3 2025" (or
    named 2026) and the next check read T2's statuses as T3's."""
    rows = [
        [g, u, "Grön", s, *[None] * (len(years) - 2), "x"]
        for (g, u), s in zip(GOALS, ["Grön", "Röd", "Gul", "Gul"], strict=True)
    ]
    book = _book(tmp_path / "t.xlsx", ["Mål", "Nämnd", *years, "Kommentar"], rows, (("period", "T2 2025"),))
    new = actions.next_period(book, tmp_path / "t3.xlsx", "T3 2025")
    assert not new.facts.added and _read(new.written) == ("2025", [M] * 4)


def test_a_users_lines_over_a_headed_first_table_hold_for_the_later_ones(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    for row in (
        ["Mål", "Status", "Prognos", "Kommentar"],
        ["Fler i arbete", "Pågår", "Grön", "x"],
        ["Färre vräkningar", "Pågår", "Gul", "y"],
        [],
        ["Miljö"],
        ["Indikator", "Status", "Prognos", "Not", "Ansvarig"],
        ["Mindre utsläpp", "Avslutad", "Röd", "z", "Anna"],
        ["Fler cykelvägar", "Pågår", "Grön", "w", "Bo"],
    ):
        ws.append(row)
    lines = wb.create_sheet("xlfollow")
    for line in (["Inställning", "Värde"], ["header_row", 1], ["column.status", "Prognos"]):
        lines.append(line)
    wb.save(tmp_path / "p.xlsx")
    assert [i.status for i in actions.check(tmp_path / "p.xlsx").report.items] == [G, Y, R, G]


def test_a_rag_scale_under_a_header_that_asks_keeps_y_yellow_after_next_period(tmp_path: Path) -> None:
    rows = [[f"Indikator nummer {n}", v, "x"] for n, v in enumerate("GYRY")]
    new = actions.next_period(
        _book(tmp_path / "a.xlsx", ["Measure", "Achievement", "Commentary"], rows),
        tmp_path / "a2.xlsx",
        "Q2 2025",
    ).written
    wb = load_workbook(new)
    wb["Mål"]["B2"], wb["Mål"]["B3"] = "Y", "Y"  # the letters that told the scale are gone
    wb.save(new)
    assert _read(new)[1] == [Y, Y, M, M]


def test_words_on_their_colour_beside_colours_alone_keep_the_colours_read(tmp_path: Path) -> None:
    """Two statuses in words on their own colour, two in colour alone: status_by = text dropped the
    two kept colours (said kept). The colours are read, and all four are said kept."""
    wb = Workbook()
    ws = wb.active
    ws.append(["KPI", "RAG", "Commentary"])
    for number, (word, colour) in enumerate(
        [("GREEN", "00FF00"), ("AMBER", "FFC000"), (None, "C00000"), (None, "00FF00")], start=2
    ):
        ws.append([f"Key performance indicator {number}", word, "x"])
        ws.cell(number, 2).fill = PatternFill("solid", fgColor=colour)
    wb.save(tmp_path / "c.xlsx")
    new = actions.next_period(tmp_path / "c.xlsx", tmp_path / "c2.xlsx", "Q4 2024/25")
    assert new.facts.coloured == 4
    lines = {r[0] for r in load_workbook(new.written)["xlfollow"].iter_rows(values_only=True)}
    assert "status_by" not in lines
    assert _read(new.written)[1] == [G, Y, R, G]


def test_rows_above_a_table_headed_mal_stay_out_after_next_period(tmp_path: Path) -> None:
    """ "column.item = A" written for an item under "Mål" made five rows above the table items of
    the next round, their colours' words counted, where the finished round had not read them. Since
    a table without a header above a headed one is read (it was dropped without a word), both
    rounds read the same seven: the five above first."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    for row in (
        ["Uppföljning 2026"],
        [],
        *[
            [f"En lång mening om ett mål som inte följs upp nummer {n}", s, "k"]
            for n, s in enumerate(["Grön", "Gul", "Röd", "Grön", "Gul"])
        ],
        [],
        ["Mål", "Läge", "Kommentar"],
        ["Mindre utsläpp från trafiken", "Gul", "ok"],
        ["Fler cykelvägar i centrum", "Grön", "bra"],
    ):
        ws.append(row)
    wb.save(tmp_path / "m.xlsx")
    texts = [i.text for i in actions.check(tmp_path / "m.xlsx").report.items]
    assert texts[5:] == ["Mindre utsläpp från trafiken", "Fler cykelvägar i centrum"] and len(texts) == 7
    new = actions.next_period(tmp_path / "m.xlsx", tmp_path / "m2.xlsx", "augusti 2026").written
    assert [i.text for i in actions.check(new).report.items] == texts


def test_a_unit_on_two_per_year_sheets_at_different_letters_is_sent(tmp_path: Path) -> None:
    wb = Workbook()
    for index, (sheet, header, data) in enumerate(
        (
            (
                "Barn",
                ["Mål", "Nämnd", 2024, 2025, "Kommentar"],
                [("Fler barn i förskola", "BUN"), ("Bättre skolresultat", "KS"), ("Fler lärare", "BUN")],
            ),
            (
                "Miljö",
                ["Mål", "Nämnd", "Ansvarig", 2024, 2025, "Kommentar"],
                [("Mindre utsläpp", "KS"), ("Fler cykelvägar", "BUN"), ("Ekologisk mat", "BUN")],
            ),
        )
    ):
        ws = wb.active if index == 0 else wb.create_sheet(sheet)
        ws.title = sheet
        ws.append(header)
        for goal, unit in data:
            ws.append([goal, unit, *(["Anna"] if len(header) == 6 else []), "Grön", "Gul", "x"])
    wb.save(tmp_path / "y.xlsx")
    assert sorted(u for u, _, _ in actions.send(tmp_path / "y.xlsx", tmp_path / "ut").files) == ["BUN", "KS"]


def test_send_never_writes_a_line_beside_the_users_own_and_speaks_the_books_language(tmp_path: Path) -> None:
    """A unit's workbook got "Mål!column.status" beside the user's own "column.status" (the sheet's
    line wins: the user's would no longer hold); the "Y" line of an English workbook said "gul"."""
    rows = [[g, u, s, "x"] for (g, u), s in zip(GOALS, ["Grön", "Röd", "Gul", "Gul"], strict=True)]
    own = _book(
        tmp_path / "o.xlsx", ["Mål", "Nämnd", "Bedömt", "Kommentar"], rows, (("column.status", "Bedömt"),)
    )
    for _, unit, _ in actions.send(own, tmp_path / "ut").files:
        keys = [r[0] for r in load_workbook(unit)["xlfollow"].iter_rows(values_only=True)]
        assert "column.status" in keys and not any(str(k).endswith("!column.status") for k in keys)
    rag = [[f"Indicator number {n}", v, "x"] for n, v in enumerate("GYRY")]
    english = _book(tmp_path / "e.xlsx", ["Measure", "Achievement", "Commentary"], rag, (("language", "en"),))
    new = actions.next_period(english, tmp_path / "e2.xlsx", "Q2 2025").written
    lines = {r[0]: r[1] for r in load_workbook(new)["xlfollow"].iter_rows(values_only=True)}
    assert lines["status.Y"] == "yellow"


# --- the third review of the session (98dbf5d) ------------------------------------------------
def test_a_goal_items_units_are_sent_beside_a_section_heading(tmp_path: Path) -> None:
    """Items under "Mål", a section heading above the header repeated: each unit's workbook adds a
    goal column ("Strategiskt mål"), which its reading took for the item; send stopped."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    for row in (
        ["Mål", "Nämnd", "Läge", "Kommentar"],
        ["Fler i arbete ska öka", "BUN", "Grön", "x"],
        ["Färre vräkningar", "KS", "Röd", "x"],
        [],
        ["Miljö"],
        ["Mål", "Nämnd", "Läge", "Kommentar"],
        ["Mindre buller i centrum", "BUN", "Gul", "y"],
        ["Fler träd i staden", "KS", "Grön", "y"],
    ):
        ws.append(row)
    wb.save(tmp_path / "g.xlsx")
    assert sorted(u for u, _, _ in actions.send(tmp_path / "g.xlsx", tmp_path / "ut").files) == ["BUN", "KS"]


def test_the_y_line_is_never_written_where_another_table_answers_with_y(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "KPIs"
    ws.append(["Measure", "Achievement", "Commentary"])
    for n, v in enumerate("GYRY"):
        ws.append([f"Indikator nummer {n}", v, "x"])
    targets = wb.create_sheet("Targets")
    targets.append(["Measure", "Target met", "Commentary"])
    for n, v in enumerate("YNYY"):
        targets.append([f"Target measure number {n}", v, "c"])
    wb.save(tmp_path / "t.xlsx")
    new = actions.next_period(tmp_path / "t.xlsx", tmp_path / "t2.xlsx", "Q2 2025").written
    assert "status.Y" not in {r[0] for r in load_workbook(new)["xlfollow"].iter_rows(values_only=True)}


def test_a_tertial_of_a_later_year_goes_on_in_that_years_column(tmp_path: Path) -> None:
    """ "T1 2026" after the year 2025 emptied 2025 in place, and every later next-period stayed there."""
    rows = [[g, u, "Grön", s, "x"] for (g, u), s in zip(GOALS[:3], ["Grön", "Röd", "Gul"], strict=True)]
    book = _book(
        tmp_path / "y.xlsx", ["Mål", "Nämnd", 2024, 2025, "Kommentar"], rows, (("period", "T3 2025"),)
    )
    first = actions.next_period(book, tmp_path / "y1.xlsx", "T1 2026")
    assert first.facts.added and first.facts.column == "2026" and _read(first.written) == ("2026", [M] * 3)
    assert [c.value for c in load_workbook(first.written)["Mål"]["D"]][1:] == ["Grön", "Röd", "Gul"]
    later = actions.next_period(first.written, tmp_path / "y2.xlsx", "2027")
    assert later.facts.column == "2027" and _read(later.written) == ("2027", [M] * 3)


@pytest.mark.parametrize("name", ["#1 Mål", "Status.2025", "Nämnd.BUN"])
def test_a_sheets_own_line_reads_back_whatever_the_sheets_name(tmp_path: Path, name: str) -> None:
    rows = [[g, u, s, "x"] for (g, u), s in zip(GOALS, ["Grön", "Röd", "Gul", "Gul"], strict=True)]
    book = _book(tmp_path / "n.xlsx", ["Mål", "Nämnd", "Bedömt", "Kommentar"], rows)
    wb = load_workbook(book)
    wb["Mål"].title = name
    wb.save(book)
    new = actions.next_period(book, tmp_path / "n2.xlsx", "augusti 2026").written
    assert [i.status for i in actions.check(new).report.items] == [M] * 4
    assert len(actions.send(new, tmp_path / "ut").files) == 3


def test_words_on_their_colour_and_colours_alone_on_two_sheets(tmp_path: Path) -> None:
    """Words on their colour on one sheet, colours alone on another: no status_by line was written
    (the other sheet's colours would go), and the words' colours came back as statuses. Each sheet
    has its own line."""
    fills = {"Grön": "00B050", "Gul": "FFFF00", "Röd": "FF0000"}
    wb = Workbook()
    words = wb.active
    words.title = "Barn"
    words.append(["Mål", "Nämnd", "Läge", "Kommentar"])
    for number, ((goal, unit), status) in enumerate(
        zip(GOALS, ["Grön", "Röd", "Gul", "Gul"], strict=True), start=2
    ):
        words.append([goal, unit, status, "x"])
        words.cell(number, 3).fill = PatternFill("solid", fgColor=fills[status])
    colours = wb.create_sheet("Miljö")
    colours.append(["Mål", "Nämnd", "Läge", "Kommentar"])
    for number, (goal, unit, status) in enumerate(
        [("Mindre buller", "BUN", "Röd"), ("Fler träd", "KS", "Grön"), ("Renare sjöar", "SN", "Gul")], start=2
    ):
        colours.append([goal, unit, None, "y"])
        colours.cell(number, 3).fill = PatternFill("solid", fgColor=fills[status])
    wb.save(tmp_path / "c.xlsx")
    new = actions.next_period(tmp_path / "c.xlsx", tmp_path / "c2.xlsx", "augusti 2026")
    lines = {r[0]: r[1] for r in load_workbook(new.written)["xlfollow"].iter_rows(values_only=True)}
    assert lines.get("Barn!status_by") == "text" and "status_by" not in lines
    assert [i.status for i in actions.check(new.written).report.items] == [M, M, M, M, R, G, Y]


def test_learn_after_next_period_shows_the_sheets_own_line_as_set_above(tmp_path: Path) -> None:
    rows = [[g, u, s, "x"] for (g, u), s in zip(GOALS, ["Grön", "Röd", "Gul", "Gul"], strict=True)]
    book = _book(tmp_path / "l.xlsx", ["Mål", "Nämnd", "Bedömt", "Kommentar"], rows)
    new = actions.next_period(book, tmp_path / "l2.xlsx", "augusti 2026").written
    actions.learn(new)
    keys = [r[0] for r in load_workbook(new)["xlfollow"].iter_rows(values_only=True)]
    assert "Mål!column.status" in keys and "column.status" not in keys and "# column.status" in keys


# --- the fourth review of the session (cdbeb17) -----------------------------------------------
NAMES = ["Fler i arbete", "Bättre skola", "Minskade utsläpp", "Tryggare gator", "Nöjdare brukare"]


def _fill(path: Path, col: int, values: list[str]) -> None:
    wb = load_workbook(path)
    for row, value in enumerate(values, start=2):
        wb["Mål"].cell(row, col).value = value
    wb.save(path)


def test_a_lone_years_column_through_a_years_tertials_into_the_next_year(tmp_path: Path) -> None:
    """next-period T2 wrote "column.status" for the year's column, and at T1 2026 that line held
    the round in 2025: the year's statuses emptied, the new year read under "2025"."""
    book = _book(tmp_path / "y.xlsx", ["Mål", "2025", "Kommentar"], [[g, "Grön", "k"] for g in NAMES])
    second = actions.next_period(book, tmp_path / "y2.xlsx", "T2 2025").written
    assert _read(second) == ("2025", [M] * 5)
    _fill(second, 2, ["Gul"] * 5)
    third = actions.next_period(second, tmp_path / "y3.xlsx", "T3 2025").written
    _fill(third, 2, ["Röd"] * 5)
    year = actions.next_period(third, tmp_path / "y26.xlsx", "T1 2026")
    assert year.facts.column == "2026" and _read(year.written) == ("2026", [M] * 5)
    assert [c.value for c in load_workbook(year.written)["Mål"]["B"]][1:] == ["Röd"] * 5


@pytest.mark.parametrize("parts", [("T1", "T2", "T3"), ("Q1", "Q2", "Q3")], ids=["tertials", "quarters"])
def test_columns_of_tertials_found_by_their_values_go_on_in_the_next(
    tmp_path: Path, parts: tuple[str, ...]
) -> None:
    """ "Mål | T1 | T2 | T3": next-period emptied T1 and wrote "column.status = T1"; the answers then
    written in T2 were never read."""
    rows = [
        [g, s, None, None, "k"] for g, s in zip(NAMES, ["Grön", "Gul", "Röd", "Grön", "Gul"], strict=True)
    ]
    book = _book(tmp_path / "t.xlsx", ["Mål", *parts, "Kommentar"], rows)
    new = actions.next_period(book, tmp_path / "t2.xlsx", f"{parts[1]} 2025")
    assert new.facts.column == parts[1] and _read(new.written) == (parts[1], [M] * 5)
    _fill(new.written, 3, ["Röd"] * 5)
    assert _read(new.written) == (parts[1], [R] * 5)


def test_a_later_tables_own_status_header_beats_a_letter_the_user_gave_the_first(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    for row in (
        ["Mål", "Bedömning", "Kommentar"],
        ["Fler i arbete", "Grön", "k"],
        ["Bättre skola", "Gul", "k"],
        ["Minskade utsläpp", "Röd", "k"],
        [],
        ["Ekonomi"],
        ["Mål", "Kommentar", "Läge"],
        ["Ekonomi i balans", "kommentar text", "Grön"],
        ["Låg skuld", "kommentar text", "Röd"],
    ):
        ws.append(row)
    lines = wb.create_sheet("xlfollow")
    for line in (["Inställning", "Värde"], ["header_row", 1], ["column.status", "B"]):
        lines.append(line)
    wb.save(tmp_path / "l.xlsx")
    assert [i.status for i in actions.check(tmp_path / "l.xlsx").report.items] == [G, Y, R, G, R]
    new = actions.next_period(tmp_path / "l.xlsx", tmp_path / "l2.xlsx", "T2 2025").written
    assert [c.value for c in load_workbook(new)["Mål"]["B"]][7:9] == ["kommentar text"] * 2  # comments stay


def test_a_years_table_above_a_repeated_header_reads_after_next_period(tmp_path: Path) -> None:
    """ "Mål | 2025 | Kommentar" and further down "Mål | Läge | Kommentar": next-period's line made
    its own new workbook unreadable (every command refused)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    for row in (
        ["Omvärld"],
        ["Mål", "2025", "Kommentar"],
        ["Fler i arbete", "Grön", "k"],
        ["Bättre skola", "Gul", "k"],
        ["Minskade utsläpp", "Röd", "k"],
        [],
        ["Ekonomi"],
        ["Mål", "Läge", "Kommentar"],
        ["Ekonomi i balans", "Grön", "k"],
        ["Låg skuld", "Röd", "k"],
    ):
        ws.append(row)
    wb.save(tmp_path / "m.xlsx")
    assert len(actions.check(tmp_path / "m.xlsx").report.items) == 5
    new = actions.next_period(tmp_path / "m.xlsx", tmp_path / "m2.xlsx", "T2 2025").written
    assert [i.status for i in actions.check(new).report.items] == [M] * 5


def test_a_tertials_column_of_the_next_year_is_named_for_it(tmp_path: Path) -> None:
    rows = [[g, "Grön", "Gul", "Röd", "k"] for g in NAMES]
    book = _book(
        tmp_path / "q.xlsx",
        ["Mål", "Läge T1", "Läge T2", "Läge T3", "Kommentar"],
        rows,
        (("period", "T3 2025"),),
    )
    new = actions.next_period(book, tmp_path / "q2.xlsx", "T1 2026")
    assert new.facts.column == "Läge T1 2026" and _read(new.written) == ("Läge T1 2026", [M] * 5)


def test_next_period_saves_nothing_when_its_new_workbook_would_not_read(tmp_path: Path, monkeypatch) -> None:
    """Fault injection: without the lines that tell a table without a header its columns, the new
    round would read no table. The new workbook reads the finished round's items, or nothing is
    saved and one line says so."""
    from xlfollow.core import rounds

    rows = [["Uppföljning 2026"], []] + [
        [s, g]
        for g, s in zip(
            NAMES,
            [
                "Målet har uppnåtts",
                "Målet har delvis uppnåtts",
                "Målet har inte uppnåtts",
                "Målet har uppnåtts",
                "Målet har uppnåtts",
            ],
            strict=True,
        )
    ]
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / "h.xlsx")
    monkeypatch.setattr(rounds, "told_columns", lambda *args, **kwargs: [])
    with pytest.raises(InputError) as refused:
        actions.next_period(tmp_path / "h.xlsx", tmp_path / "h2.xlsx", "2027")
    assert refused.value.key == "next-period-unread" and "5 poster blev 0" in refused.value.message("sv")
    assert not (tmp_path / "h2.xlsx").exists()


def test_next_period_saves_nothing_where_the_emptied_statuses_would_still_count(
    tmp_path: Path, monkeypatch
) -> None:
    """Fault injection: without its lines, a table without a header whose trend's arrows stand
    right of the goals is read again at the arrows, the same goals: the texts matched, and the
    arrows would have been counted as the new round's statuses."""
    from xlfollow.core import rounds

    says = [
        "Målet har uppnåtts",
        "Målet har delvis uppnåtts",
        "Målet har inte uppnåtts",
        "Målet har uppnåtts",
        "Målet har uppnåtts",
    ]
    wb = Workbook()
    for row in [["Uppföljning 2026"], [], *[[s, g, "↑"] for g, s in zip(NAMES, says, strict=True)]]:
        wb.active.append(row)
    wb.save(tmp_path / "a.xlsx")
    monkeypatch.setattr(rounds, "told_columns", lambda *args, **kwargs: [])
    with pytest.raises(InputError) as refused:
        actions.next_period(tmp_path / "a.xlsx", tmp_path / "a2.xlsx", "2027")
    assert refused.value.key == "next-period-counted" and "5 av lägena" in refused.value.message("sv")
    assert not (tmp_path / "a2.xlsx").exists()
