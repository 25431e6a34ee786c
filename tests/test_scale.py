"""A status marked under its step of a scale (core/scale.py): "Uppfyllt | Delvis uppfyllt | Ej
uppfyllt" with an X under one, through every entry: check and rollup, run (the marked cell
coloured, a moved mark's old look cleared), the buttons' engine, next-period (every mark emptied,
the new round still read), learn, send and collect (a mark written under the step answered, the
other steps emptied) and consolidate.

The workbook is an internal-control follow-up (uppföljning av internkontrollplan) as Swedish
municipalities keep it; counts decided by hand: six controls, Uppfyllt 2, Delvis uppfyllt 2, Ej
uppfyllt 1, one with no mark."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from helpers import CONTROLS, SCALE_HEADER, fill
from helpers import build_scale_book as build
from helpers import scale_marks as marks
from hypothesis import example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from xlfollow import actions
from xlfollow.adapters.email_copy import export
from xlfollow.cli import main
from xlfollow.consolidate import consolidate
from xlfollow.core.scale import find_scale, is_mark
from xlfollow.core.settings import Settings
from xlfollow.core.status import Status
from xlfollow.next_period import next_period

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
VOCABULARY = Settings().vocabulary().classify  # as a table reads its steps


def counts(report: Any) -> tuple[int, int, int, int]:
    statuses = [i.status for i in report.items]
    return tuple(statuses.count(s) for s in (Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING))  # type: ignore[return-value]


# --- the scale itself ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["X", "x", " X ", "✓", "•", "a, b", "1", 1, True, "c"])
def test_a_mark_is_short_without_a_word_or_a_figure(value: Any) -> None:
    assert is_mark(value)


@pytest.mark.parametrize(
    "value", ["Klar", "Delvis", "röd", "ok", "75%", "3", 0, 2, 0.5, "", None, "Ej genomförd"]
)
def test_a_word_a_figure_or_a_blank_is_no_mark(value: Any) -> None:
    assert not is_mark(value)


@settings(derandomize=True, max_examples=200)
@given(st.text(min_size=0, max_size=12))
@example("abcd")
@example("✓ klar")
def test_no_text_with_two_letters_together_is_a_mark(text: str) -> None:
    if any(len(w) >= 2 and w.isalpha() for w in text.split()):
        assert not is_mark(text)


def _rows(header: list[Any], *values: list[Any]) -> tuple[list[Any], list[list[Any]]]:
    return header, [list(v) for v in values]


def test_the_steps_of_a_swedish_scale_with_marks_under_them() -> None:
    header, below = _rows(SCALE_HEADER, ["A", "K", "X", None, None, "k"], ["B", "K", None, "x", None, None])
    assert find_scale(header, below, VOCABULARY) == (3, 4, 5)


def test_the_open_government_partnerships_four_steps() -> None:
    header = ["Commitment", "Not started", "Limited", "Substantial", "Completed"]
    below = [["One", None, "✓", None, None], ["Two", None, None, None, "a, b"]]
    assert find_scale(header, below, VOCABULARY) == (2, 3, 4, 5)


def test_an_answers_scale_ja_delvis_nej() -> None:
    header = ["Åtgärd", "Ja", "Delvis", "Nej", "Kommentar"]
    below = [["Rutin", "X", None, None, None], ["Plan", None, None, "X", None]]
    assert find_scale(header, below, VOCABULARY) == (2, 3, 4)


def test_counts_under_the_colours_are_no_scale() -> None:
    header = ["Perspektiv", "Grön", "Gul", "Röd"]
    below = [["Medborgare", 3, 5, 0], ["Ekonomi", 2, 1, 1]]
    assert find_scale(header, below, VOCABULARY) == ()


def test_shares_under_achieved_and_not_achieved_are_no_scale() -> None:
    """Far North District 2010/11 (fixture 42): "75%" under "Achieved" is a share, not a mark."""
    header = [None, "Number of Performance Measures", "Achieved", "Not Achieved"]
    below = [["2008/09", 8, "75%", "25%"], ["2009/10", 11, "28%", "72%"]]
    assert find_scale(header, below, VOCABULARY) == ()


def test_status_words_under_two_status_headers_are_no_scale() -> None:
    header = ["Mål", "Uppfyllt", "Delvis uppfyllt"]
    below = [["A", "Ja", "Nej"], ["B", "Klart", "Delvis klart"]]
    assert find_scale(header, below, VOCABULARY) == ()


def test_a_row_of_data_with_two_statuses_heads_no_scale() -> None:
    """A goal assessed "grön | ok" over goals assessed "röd | y" (test_normalise's numbered levels):
    the words under it are statuses, not marks; a letter ("G", "Y") names no step."""
    assert (
        find_scale(["1.1.1 Öka inflyttningen", "grön", "ok"], [["1.2.1 Fler", "röd", "y"]], VOCABULARY) == ()
    )
    assert find_scale(["Mål A", "G", "Y", "R"], [["Mål B", None, "x", None]], VOCABULARY) == ()


def test_an_emptied_scale_reads_by_its_ends_only() -> None:
    """After next-period no mark is left: a scale from green to red still is one; a pair that stops
    short of red ("Uppfyllt | Delvis uppfyllt") is not, unless the settings name its column."""
    below = [["A", None, None, None], ["B", None, None, None]]
    assert find_scale(["Mål", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"], below, VOCABULARY) == (2, 3, 4)
    assert find_scale(["Mål", "Uppfyllt", "Delvis uppfyllt", "Not"], below, VOCABULARY) == ()
    pair = ["Mål", "Uppfyllt", "Delvis uppfyllt", "Not"]
    assert find_scale(pair, below, VOCABULARY, at=2, named=True) == (2, 3)


# --- reading --------------------------------------------------------------------------------------


def test_the_step_marked_is_the_status(tmp_path: Path) -> None:
    report = actions.check(build(tmp_path / "ik.xlsx")).report
    assert [i.text for i in report.items] == [c for c, _, _, _ in CONTROLS]
    assert counts(report) == (2, 2, 1, 1)
    assert [i.col for i in report.items] == [3, 4, 5, 3, 0, 4]
    assert [i.status_value for i in report.items][:3] == ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"]
    assert report.layout.scale == (3, 4, 5)


def test_no_mark_is_said_with_the_steps_to_mark(tmp_path: Path) -> None:
    report = actions.check(build(tmp_path / "ik.xlsx")).report
    (missing,) = [i for i in report.issues if i.code == "missing-status"]
    assert (missing.row, missing.cell) == (8, "C8")
    said = missing.message("sv")
    assert "Uppfyllt (C), Delvis uppfyllt (D), Ej uppfyllt (E)" in said and "kryss" in said


def test_two_marks_count_the_least_advanced_and_say_so(tmp_path: Path) -> None:
    path = build(tmp_path / "ik.xlsx")
    wb = load_workbook(path)
    wb["Internkontroll"]["C5"] = "X"  # Delegationsbeslut: Uppfyllt and Delvis uppfyllt
    wb["Internkontroll"]["E7"] = "X"  # Representation: Uppfyllt and Ej uppfyllt
    wb.save(path)
    report = actions.check(path).report
    assert counts(report) == (1, 2, 2, 1)
    said = [(i.cell, i.message("sv")) for i in report.issues if i.code == "several-marks"]
    assert [cell for cell, _ in said] == ["D5", "E7"]
    assert "Uppfyllt, Delvis uppfyllt" in said[0][1] and "”Delvis uppfyllt”" in said[0][1]


def test_the_reading_says_the_scale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(build(tmp_path / "ik.xlsx"))]) == 0
    out = capsys.readouterr().out
    assert "läge: kolumnen med ett kryss av C ”Uppfyllt”, D ”Delvis uppfyllt”, E ”Ej uppfyllt”" in out
    assert main(["check", str(tmp_path / "ik.xlsx"), "--lang", "en"]) == 0
    assert "status: the column holding a mark of C “Uppfyllt”" in capsys.readouterr().out


# --- run and the buttons ---------------------------------------------------------------------------


def test_run_colours_the_marked_cell_and_keeps_the_marks(tmp_path: Path) -> None:
    path = build(tmp_path / "ik.xlsx")
    out = tmp_path / "klar.xlsx"
    assert main(["run", str(path), "-o", str(out)]) == 0
    assert marks(out) == marks(path)
    assert [fill(out, c) for c in ("C4", "D5", "E6")] == ["FFC6EFCE", "FFFFEB9C", "FFFFC7CE"]
    assert [fill(out, c) for c in ("D4", "E4", "C5", "C8", "D8", "E8")] == [None] * 6


def test_a_moved_mark_loses_its_old_look(tmp_path: Path) -> None:
    path = build(tmp_path / "ik.xlsx")
    klar = tmp_path / "klar.xlsx"
    assert main(["run", str(path), "-o", str(klar)]) == 0
    wb = load_workbook(klar)
    wb["Internkontroll"]["C4"], wb["Internkontroll"]["E4"] = None, "X"
    wb.save(klar)
    again = tmp_path / "igen.xlsx"
    assert main(["run", str(klar), "-o", str(again)]) == 0
    assert (fill(again, "C4"), fill(again, "E4")) == (None, "FFFFC7CE")


def test_the_buttons_engine_counts_and_colours_the_same(tmp_path: Path) -> None:
    from helpers import actions_of, cells, remote_book

    book = remote_book(build(tmp_path / "ik.xlsx"))
    assert counts(actions.run_live(book, "all").report) == (2, 2, 1, 1)
    painted = {
        (cell, action["args"][0])
        for action in actions_of(book)
        if action["func"] == "setRangeColor" and action["sheet_position"] == 0
        for cell in cells(action)
    }
    green, yellow, red = "#C6EFCE", "#FFEB9C", "#FFC7CE"
    assert painted == {((4, 3), green), ((5, 4), yellow), ((6, 5), red), ((7, 3), green), ((9, 4), yellow)}


# --- next-period and learn ------------------------------------------------------------------------


def test_next_period_empties_every_mark_and_the_new_round_reads(tmp_path: Path) -> None:
    path = build(tmp_path / "ik.xlsx")
    wb = load_workbook(path)
    wb["Internkontroll"]["C5"] = "X"  # two marks on one row: both emptied
    wb.save(path)
    august = next_period(path, tmp_path / "augusti.xlsx", "augusti 2026").written
    assert august is not None
    assert marks(august) == [(None, None, None)] * len(CONTROLS)
    fresh = actions.check(august).report
    assert fresh.layout.scale == (3, 4, 5) and counts(fresh) == (0, 0, 0, 6)
    lines = {row[0]: row[1] for row in load_workbook(august)["xlfollow"].iter_rows(values_only=True)}
    assert "status.Y" not in lines  # a scale's steps are marked, never typed as a RAG letter
    wb = load_workbook(august)
    wb["Internkontroll"]["E4"] = "X"
    wb["Internkontroll"]["C9"] = "X"
    wb.save(august)
    assert counts(actions.check(august).report) == (1, 0, 1, 4)


def test_learn_writes_the_scale_and_an_edited_meaning_is_counted(tmp_path: Path) -> None:
    path = build(tmp_path / "ik.xlsx")
    learnt = tmp_path / "lärd.xlsx"
    assert main(["learn", str(path), "-o", str(learnt)]) == 0
    rows = {r[0]: r for r in load_workbook(learnt)["xlfollow"].iter_rows(values_only=True) if r[0]}
    assert (
        rows["column.status"][1] == "Uppfyllt"
        and "Uppfyllt (C), Delvis uppfyllt (D)" in rows["column.status"][3]
    )
    assert rows["status.Delvis uppfyllt"][1:3] == ("gul", 2)
    assert counts(actions.check(learnt).report) == (2, 2, 1, 1)  # learnt: the same reading
    wb = load_workbook(learnt)
    for row in wb["xlfollow"].iter_rows():
        if row[0].value == "status.Delvis uppfyllt":
            row[1].value = "röd"
    wb.save(learnt)
    assert counts(actions.check(learnt).report) == (2, 0, 3, 1)


# --- send, collect, consolidate -------------------------------------------------------------------


def _unit(folder: Path, name: str) -> Path:
    return next(p for p in folder.glob("*.xlsx") if name in p.name)


def test_send_unlocks_every_step_with_no_list_and_says_to_mark(tmp_path: Path) -> None:
    path = build(tmp_path / "ik.xlsx")
    actions.send(path, tmp_path / "utskick")
    wb = load_workbook(_unit(tmp_path / "utskick", "Socialnämnden"))
    ws = wb["Internkontroll"]
    assert [ws.cell(4, c).protection.locked for c in range(1, 7)] == [True, True, False, False, False, False]
    assert not ws.data_validations.dataValidation
    said = " ".join(str(r[0]) for r in wb["Instruktioner"].iter_rows(values_only=True))
    assert "kryss (X) under det steg som gäller: Uppfyllt, Delvis uppfyllt, Ej uppfyllt" in said
    sent = [r for r in wb["Utskick"].iter_rows(values_only=True)]
    assert sent[2][2] == "Delvis uppfyllt"  # the step marked, as collect reads the answer


def test_collect_writes_a_mark_under_the_step_answered(tmp_path: Path) -> None:
    path = build(tmp_path / "ik.xlsx", mark="x")
    actions.send(path, tmp_path / "utskick")
    social = _unit(tmp_path / "utskick", "Socialnämnden")
    wb = load_workbook(social)
    ws = wb["Internkontroll"]
    ws["E4"] = "✓"  # Löneutbetalningar: Ej uppfyllt
    ws["D5"], ws["C5"] = None, "✓"  # Behörigheter: Delvis uppfyllt -> Uppfyllt
    wb.save(social)
    teknik = _unit(tmp_path / "utskick", "Tekniska")
    wb = load_workbook(teknik)
    wb["Internkontroll"]["E4"] = None  # Avtalstrohet: the mark taken away
    wb.save(teknik)
    collected = actions.collect(path, [tmp_path / "utskick"]).written
    assert collected is not None
    assert marks(collected) == [
        ("x", None, None),
        (None, "x", None),
        (None, None, None),
        ("x", None, None),
        (None, None, "x"),  # the master's own mark, not the unit's
        ("x", None, None),
    ]
    control = [
        r for r in load_workbook(collected)["Kontroll"].iter_rows(values_only=True) if r[1] == "collected"
    ]
    assert [(r[3], r[4]) for r in control] == [
        ("C6", "läge: Ej uppfyllt → –"),
        ("E8", "läge: – → Ej uppfyllt"),
        ("C9", "läge: Delvis uppfyllt → Uppfyllt"),
    ]
    assert counts(actions.check(collected).report) == (3, 1, 1, 1)


def test_consolidate_reads_the_units_copies(tmp_path: Path) -> None:
    path = build(tmp_path / "ik.xlsx")
    units = tmp_path / "enheter"
    units.mkdir()
    shutil.copy(path, units / "ik-a.xlsx")
    export(path, units / "ik-b-epost.xlsx")
    region = consolidate([units], tmp_path / "region.xlsx")
    assert region.rollup.items == 12
    assert (region.rollup.status["green"], region.rollup.status["yellow"], region.rollup.status["red"]) == (
        4,
        4,
        2,
    )


# --- blocks whose status is marked under a scale's steps (the OGP self-assessments) ---------------

OGP = Path(__file__).resolve().parent / "data" / "layouts"
NAP3 = OGP / "105_us-ogp-nap3-midterm-self-assessment-completion-level-2016.xlsx"


def _block_book(path: Path, marks: list[dict[int, str]]) -> Path:
    """Three commitments as the US self-assessments print them: a heading, labels beside their
    values, the steps row, "Completion level" with its marks (column -> mark), more labels."""
    wb = Workbook()
    ws = wb.active
    ws.title = "NAP"
    for n, marked in enumerate(marks, start=1):
        ws.append([f"{n}. Commitment number {n} of the plan"])
        ws.append(["Lead government actors", "GSA"])
        ws.append(["Main objective", f"Objective {n}, as the plan states it."])
        ws.append([None, "Not started", "Limited", "Substantial", "Completed"])
        row = ["Completion level", None, None, None, None]
        for col, mark in marked.items():
            row[col - 1] = mark
        ws.append(row)
        ws.append(["Next steps", "Continue the work."])
        ws.append([])
    wb.save(path)
    return path


def test_blocks_marked_under_the_steps_read_the_step(tmp_path: Path) -> None:
    path = _block_book(tmp_path / "nap.xlsx", [{5: "✓"}, {3: "a", 5: "b, c"}, {}])
    report = actions.check(path).report
    assert [(i.text, i.status, i.col) for i in report.items] == [
        ("1. Commitment number 1 of the plan", Status.GREEN, 5),
        ("2. Commitment number 2 of the plan", Status.YELLOW, 3),  # the least advanced part
        ("3. Commitment number 3 of the plan", Status.MISSING, 0),
    ]
    assert report.layout.form == ("Completion level",) and report.layout.scale == (2, 3, 4, 5)
    assert [i.code for i in report.issues] == ["several-marks", "missing-status"]


def test_the_published_self_assessment_reads_as_counted_by_hand() -> None:
    """105: 45 commitments, by the least advanced mark: Completed 6, Substantial 22, Limited 17."""
    report = actions.check(NAP3).report
    assert counts(report) == (6, 39, 0, 0)
    assert sum(i.status_value == "Limited" for i in report.items) == 17


def test_blocks_through_run_next_period_learn_and_send(tmp_path: Path) -> None:
    """The marked cell coloured; next-period empties every mark (the steps rows stay) and the new
    round reads 45 blocks without a status; learn's meaning of "Limited" edited to red is counted;
    send says in one line that blocks cannot be sent."""
    from xlfollow.core.errors import InputError

    klar = tmp_path / "klar.xlsx"
    assert main(["run", str(NAP3), "-o", str(klar)]) == 0
    ws = load_workbook(klar).active
    assert ws["D26"].value == "✓" and ws["D26"].fill.fgColor.rgb == "FFFFEB9C"
    assert all(not ws.cell(26, c).fill.fill_type for c in (2, 3, 5))

    new = next_period(klar, tmp_path / "ny.xlsx", "2017").written
    assert new is not None
    ws = load_workbook(new).active
    assert [ws.cell(26, c).value for c in range(1, 6)] == ["Completion level", None, None, None, None]
    assert [ws.cell(25, c).value for c in range(2, 6)] == [
        "Not started",
        "Limited",
        "Substantial",
        "Completed",
    ]
    assert counts(actions.check(new).report) == (0, 0, 0, 45)

    learnt = tmp_path / "lärd.xlsx"
    assert main(["learn", str(NAP3), "-o", str(learnt)]) == 0
    wb = load_workbook(learnt)
    for row in wb["xlfollow"].iter_rows():
        if row[0].value == "status.Limited":
            row[1].value = "röd"
    wb.save(learnt)
    assert counts(actions.check(learnt).report) == (6, 22, 17, 0)

    with pytest.raises(InputError) as refused:
        actions.send(NAP3, tmp_path / "utskick")
    assert "\n" not in refused.value.message()


# --- the review of 2163b27 (helper, adversarial workbooks): each case a test -------------------------


def _table(path: Path, rows: list[list[Any]], header: list[Any] | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "IK"
    ws.append(["Uppföljning 2026"])
    ws.append([])
    ws.append(header or ["Kontrollmoment", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Kommentar"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_dash_or_a_zero_under_a_step_is_no_mark(tmp_path: Path) -> None:
    """A dash is "no assessment" (README), a flag's 0 is no mark: "X | - | -" is Uppfyllt, not the
    least advanced of three marks."""
    path = _table(
        tmp_path / "d.xlsx",
        [
            ["Attest av leverantörsfakturor", "X", "-", "–", "a"],
            ["Delegationsbeslut anmäls i tid", 0, 1, 0, "b"],
            ["Avtalstrohet vid inköp", "..", "-", "x", "c"],
        ],
    )
    report = actions.check(path).report
    assert [i.status for i in report.items] == [Status.GREEN, Status.YELLOW, Status.RED]
    assert not [i for i in report.issues if i.code == "several-marks"]


def test_a_word_under_a_step_is_that_cells_mistake(tmp_path: Path) -> None:
    """ "Uppfyllt" typed under a step instead of an X: that row unknown, said at the word's cell (and
    painted as unknown by run); the other rows read as marked. Before, the whole sheet was refused."""
    path = _table(
        tmp_path / "w.xlsx",
        [
            ["Attest av leverantörsfakturor", "X", None, None, "a"],
            ["Delegationsbeslut anmäls i tid", None, "X", None, "b"],
            ["Avtalstrohet vid inköp", None, "Uppfyllt", None, "c"],
            ["Representation enligt riktlinje", None, None, "X", "d"],
        ],
    )
    report = actions.check(path).report
    assert [i.status for i in report.items] == [Status.GREEN, Status.YELLOW, None, Status.RED]
    (said,) = [i for i in report.issues if i.code == "unknown-status"]
    assert said.cell == "C6" and said.message().startswith(
        "”Uppfyllt” under steget ”Delvis uppfyllt” är inget kryss"
    )
    out = tmp_path / "klar.xlsx"
    assert main(["run", str(path), "-o", str(out)]) == 1  # (an error found; the book written)
    ws = load_workbook(out)["IK"]
    assert ws["C6"].value == "Uppfyllt" and ws["C6"].fill.fgColor.rgb not in (None, "00000000")


def test_a_block_with_a_word_under_a_step_stays_an_item(tmp_path: Path) -> None:
    """ "Yes" under Substantial in one block: that commitment is an item with its status unknown, said
    at the cell; before, it was left out and the check said nothing."""
    path = _block_book(tmp_path / "nap.xlsx", [{5: "✓"}, {4: "Yes"}, {3: "a"}])
    report = actions.check(path).report
    assert [i.status for i in report.items] == [Status.GREEN, None, Status.YELLOW]
    assert [(i.code, i.cell) for i in report.issues] == [("unknown-status", "D12")]


def test_shaded_step_cells_are_no_status(tmp_path: Path) -> None:
    """A template's light fill on every step cell (an input area) is no status: the marks count,
    on the command line as on the buttons' engine."""
    from helpers import remote_book
    from openpyxl.styles import PatternFill

    path = _table(
        tmp_path / "f.xlsx",
        [
            ["Attest av leverantörsfakturor", "X", None, None, "a"],
            ["Delegationsbeslut anmäls i tid", None, "X", None, "b"],
            ["Avtalstrohet vid inköp", None, None, "X", "c"],
            ["Representation enligt riktlinje", None, None, None, "d"],
        ],
    )
    wb = load_workbook(path)
    for row in wb["IK"].iter_rows(min_row=4, min_col=2, max_col=4):
        for cell in row:
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
    wb.save(path)
    assert counts(actions.check(path).report) == (1, 1, 1, 1)
    assert not [i for i in actions.check(path).report.issues if i.code == "unknown-status"]
    assert counts(actions.run_live(remote_book(path), "all").report) == (1, 1, 1, 1)


def test_a_group_label_over_the_steps(tmp_path: Path) -> None:
    """ "Bedömning" merged over "Uppfyllt | Delvis uppfyllt | Ej uppfyllt": the steps are the lower row."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Uppföljning 2026"])
    ws.append([])
    ws.append(["Kontrollmoment", "Bedömning", None, None, "Kommentar"])
    ws.merge_cells("B3:D3")
    ws.append([None, "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", None])
    ws.append(["Attest av leverantörsfakturor", "X", None, None, "a"])
    ws.append(["Delegationsbeslut anmäls i tid", None, "X", None, "b"])
    ws.append(["Avtalstrohet vid inköp", None, None, "X", "c"])
    wb.save(tmp_path / "g.xlsx")
    report = actions.check(tmp_path / "g.xlsx").report
    assert report.layout.scale == (2, 3, 4)
    assert report.layout.steps == ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")
    assert [i.status for i in report.items] == [Status.GREEN, Status.YELLOW, Status.RED]


def test_yes_partly_no(tmp_path: Path) -> None:
    """ "No" of "Yes | Partly | No" is a step, not a number's column ("No.")."""
    path = _table(
        tmp_path / "y.xlsx",
        [
            ["Improve public participation in government", "x", None, None],
            ["Modernize the Freedom of Information Act", None, "x", None],
            ["Open data to the public", None, None, "x"],
        ],
        header=["Action", "Yes", "Partly", "No"],
    )
    report = actions.check(path).report
    assert report.layout.scale == (2, 3, 4)
    assert [i.status for i in report.items] == [Status.GREEN, Status.YELLOW, Status.RED]


def test_a_table_below_after_two_blank_rows_leaves_the_scale_be(tmp_path: Path) -> None:
    """Counts in the steps' columns of a second table, two blank rows under the first: no part of
    the marks' table (a scale ends at two blank rows)."""
    rows: list[list[Any]] = [
        ["Attest av leverantörsfakturor", "X", None, None, "a"],
        ["Delegationsbeslut anmäls i tid", None, "X", None, "b"],
        [],
        [],
        ["Antal kontroller", 12, 3, 0, None],  # figures: under the scale they would unmake it
    ]
    report = actions.check(_table(tmp_path / "t.xlsx", rows)).report
    assert report.layout.scale == (2, 3, 4)
    assert [i.status for i in report.items][:2] == [Status.GREEN, Status.YELLOW]


def test_two_blocks_find_their_headings_past_the_steps_row(tmp_path: Path) -> None:
    """Two blocks only (the steps row printed twice is no page furniture): each steps row is emptied
    before the heading is looked for, so it never stands for the block's heading."""
    path = _block_book(tmp_path / "two.xlsx", [{5: "✓"}, {3: "a"}])
    report = actions.check(path).report
    assert [i.text for i in report.items] == [
        "1. Commitment number 1 of the plan",
        "2. Commitment number 2 of the plan",
    ]


def _cached(path: Path, cell: str, value: str) -> None:
    """Give the formula in ``cell`` of the first sheet the value Excel would have saved with it
    (openpyxl writes none)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    name = "xl/worksheets/sheet1.xml"
    xml = parts[name].decode("utf-8")
    xml = re.sub(
        rf'<c r="{cell}"><f>(.*?)</f><v></v></c>', rf'<c r="{cell}" t="str"><f>\1</f><v>{value}</v></c>', xml
    )
    parts[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for part, data in parts.items():
            book.writestr(part, data)


def test_a_formula_in_a_step_is_kept_by_next_period_and_collect(tmp_path: Path) -> None:
    """A step cell that holds a formula (the workbook's own logic) is never emptied by next-period
    nor overwritten by collect."""
    path = build(tmp_path / "ik.xlsx")
    wb = load_workbook(path)
    wb["Internkontroll"]["E6"] = '=IF(1=1,"X","")'  # Avtalstrohet: Ej uppfyllt, by a formula
    wb.save(path)
    _cached(path, "E6", "X")  # as Excel saves it: the formula's value beside it, read as the mark
    assert actions.check(path).report.items[2].status is Status.RED
    august = next_period(path, tmp_path / "augusti.xlsx", "augusti 2026").written
    assert august is not None
    ws = load_workbook(august)["Internkontroll"]
    assert ws["E6"].value == '=IF(1=1,"X","")' and ws["C4"].value is None

    actions.send(path, tmp_path / "utskick")
    teknik = _unit(tmp_path / "utskick", "Tekniska")
    wb = load_workbook(teknik)
    ws = wb["Internkontroll"]
    ws["E4"], ws["C4"] = None, "X"  # the unit answers Uppfyllt for Avtalstrohet
    wb.save(teknik)
    collected = actions.collect(path, [teknik]).written
    assert collected is None or load_workbook(collected)["Internkontroll"]["E6"].value == '=IF(1=1,"X","")'


def test_collect_says_two_marks_and_a_word(tmp_path: Path) -> None:
    """A unit that marks two steps: the least advanced is written and Kontroll says so; a unit that
    types a word under a step: that status is not written, Kontroll says so, and the unit's other
    rows are collected."""
    path = build(tmp_path / "ik.xlsx")
    actions.send(path, tmp_path / "utskick")
    social = _unit(tmp_path / "utskick", "Socialnämnden")
    wb = load_workbook(social)
    ws = wb["Internkontroll"]
    ws["C4"], ws["E4"] = "X", "X"  # Löneutbetalningar: Uppfyllt and Ej uppfyllt
    wb.save(social)
    teknik = _unit(tmp_path / "utskick", "Tekniska")
    wb = load_workbook(teknik)
    ws = wb["Internkontroll"]
    ws["E4"], ws["D4"] = None, "Delvis"  # Avtalstrohet: a word
    ws["C5"], ws["D5"] = None, "X"  # Representation: Delvis uppfyllt
    wb.save(teknik)
    collected = actions.collect(path, [social, teknik]).written
    assert collected is not None
    assert marks(collected)[2:5] == [(None, None, "X"), (None, "X", None), (None, None, "X")]
    control = load_workbook(collected)["Kontroll"].iter_rows(values_only=True)
    codes = {(r[0], r[1]) for r in control if r[1] in ("several-marks", "not-a-mark")}
    assert codes == {("Socialnämnden", "several-marks"), ("Tekniska nämnden", "not-a-mark")}


def test_collect_never_writes_a_word_that_names_another_step(tmp_path: Path) -> None:
    """ "Uppfyllt" typed under "Delvis uppfyllt": the unit's own check calls it no mark, and collect
    neither writes it as Uppfyllt nor as Delvis uppfyllt; Kontroll says not-a-mark."""
    path = build(tmp_path / "ik.xlsx")
    actions.send(path, tmp_path / "utskick")
    teknik = _unit(tmp_path / "utskick", "Tekniska")
    wb = load_workbook(teknik)
    ws = wb["Internkontroll"]
    ws["E4"], ws["D4"] = None, "Uppfyllt"  # Avtalstrohet: a step's name, typed under another step
    wb.save(teknik)
    assert actions.check(teknik).report.items[0].status is None
    result = actions.collect(path, [teknik])
    codes = [f.code for f in result.collected.findings]
    assert "not-a-mark" in codes and not result.collected.changes
    assert result.written is None or marks(result.written)[2] == (None, None, "X")
