"""A grade alone under the noun it grades (Göteborg's follow-up of its plan för en jämlik stad 2023,
fixture 99: "God", "Viss" under "Måluppfyllelse", its scale "God, Viss och Ingen måluppfyllelse") is
read with its column's header, said in the reading, on the summary and by learn, and it goes through
the round: run, learn then edit, next-period."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import rows_book
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.status import Status

G, Y, R = Status.GREEN, Status.YELLOW, Status.RED

ROWS: list[list[Any]] = [
    ["Uppföljning av plan för en jämlik stad"],
    [],
    ["Aktivitet", "Måluppfyllelse", "Kommentar"],
    ["Utveckla en strategisk funktion för samordning", "Viss", "Arbetet har påbörjats."],
    ["Genomföra analyser av jämlikhet", "God", "Analysen är klar."],
    ["Utveckla indikatorer", "Ingen", "Inget har gjorts."],
    ["Samverkan med akademin", "Viss", None],
]


def _statuses(path: Path) -> list[Status | None]:
    return [i.status for i in actions.check(path).report.items]


def test_a_grade_is_read_with_its_columns_header_and_said_so(tmp_path: Path) -> None:
    book = rows_book(tmp_path / "j.xlsx", ROWS)
    result = actions.check(book)
    assert [i.status for i in result.report.items] == [Y, G, R, Y]
    assert not [i for i in result.report.issues if i.code == "unknown-status"]
    assert dict(result.report.inferred) == {"Viss": "grade", "God": "grade", "Ingen": "grade"}


def test_the_reading_and_the_summary_say_which_grades_rest_on_the_header(tmp_path: Path, capsys: Any) -> None:
    book = rows_book(tmp_path / "j.xlsx", ROWS)
    assert main(["check", str(book)]) == 0
    out = capsys.readouterr().out
    assert "”Viss” i två celler: gul. Tolkat tillsammans med kolumnens rubrik" in out
    assert main(["run", str(book), "-o", str(tmp_path / "klar.xlsx")]) == 0
    texts = [
        c
        for row in load_workbook(tmp_path / "klar.xlsx")["Sammanställning"].iter_rows(values_only=True)
        for c in row
    ]
    sentence = next(t for t in texts if isinstance(t, str) and "kolumnens rubrik" in t)
    assert "”Viss” (gul)" in sentence and "”God” (grön)" in sentence and "”Ingen” (röd)" in sentence


def test_only_a_header_that_completes_the_grade_gives_it_a_meaning(tmp_path: Path) -> None:
    # under "Status", "Viss" is no status: unknown, asked, never counted as something else
    rows = [list(r) for r in ROWS]
    rows[2] = ["Aktivitet", "Status", "Kommentar"]
    book = rows_book(tmp_path / "s.xlsx", rows)
    report = actions.check(book).report
    assert [i.status for i in report.items] == [None, None, None, None]
    assert {i.code for i in report.issues} >= {"unknown-status"}
    # a word the vocabulary reads keeps its meaning; a sentence is never completed
    rows = [list(r) for r in ROWS]
    rows[3][1], rows[4][1] = "Grön", "Viss men osäker framåt"
    report = actions.check(rows_book(tmp_path / "g.xlsx", rows)).report
    assert [i.status for i in report.items] == [G, None, R, Y]
    assert dict(report.inferred) == {"Ingen": "grade", "Viss": "grade"}


def test_learn_marks_a_grade_read_by_the_header_to_check_and_an_edit_counts(tmp_path: Path) -> None:
    book = rows_book(tmp_path / "j.xlsx", ROWS)
    assert main(["learn", str(book)]) == 0
    ws = load_workbook(book)["xlfollow"]
    lines = {str(r[0]): list(r[1:5]) for r in ws.iter_rows(values_only=True) if r[0] is not None}
    assert lines["status.Viss"][:3] == [
        "gul",
        2,
        "Läst tillsammans med kolumnens rubrik (”Viss” under ”Måluppfyllelse”).",
    ]
    assert lines["status.Viss"][3] == "Kontrollera"
    wb = load_workbook(book)
    row = next(r for r in wb["xlfollow"].iter_rows() if r[0].value == "status.Viss")
    row[1].value = "röd"  # the office's own meaning
    wb.save(book)
    assert _statuses(book) == [R, G, R, R]


def test_next_period_keeps_the_header_and_the_next_rounds_grades_read_alike(tmp_path: Path) -> None:
    book = rows_book(tmp_path / "j.xlsx", ROWS)
    out = tmp_path / "aug.xlsx"
    assert main(["next-period", str(book), "-o", str(out), "--period", "augusti"]) == 0
    assert _statuses(out) == [Status.MISSING] * 4
    wb = load_workbook(out)
    ws = wb[wb.sheetnames[0]]
    assert ws["B3"].value == "Måluppfyllelse"
    ws["B4"], ws["B5"], ws["B6"], ws["B7"] = "God", "God", "Viss", "Ingen"
    wb.save(out)
    assert _statuses(out) == [G, G, Y, R]
