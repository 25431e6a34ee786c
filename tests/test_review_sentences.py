"""The review of bd2e7c4 (issue 19: sentences as statuses, "Insats | Aktivitet", a headed table
above another), one test per finding, each reproduced from the reviewer's workbooks and failing
without its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import rows_book
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.core.status import Status

G, Y, R, M = Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING


def _book(path: Path, rows: list[Any]) -> Path:
    return rows_book(path, rows, "Plan")


def _read(path: Path) -> list[tuple[str, Status | None]]:
    return [(i.text, i.status) for i in actions.check(path).report.items]


def test_two_columns_naming_what_is_done_are_two_levels_only_side_by_side(tmp_path: Path) -> None:
    """Finding 1: "Aktivitet | Status | Kommentar | Nästa åtgärd" made the activity a goal and the
    next step the item (a missing item on every row without one)."""
    rows: list[Any] = [["Aktivitet", "Status", "Kommentar", "Nästa åtgärd"]]
    rows += [["Införa rastvärdar", "Grön", "Klart", None], ["Samordna inköp", "Gul", "Pågår", "Upphandla"]]
    rows += [["Digitalisera fakturor", "Röd", "Försenat", None]]
    report = actions.check(_book(tmp_path / "a.xlsx", rows)).report
    assert [(i.text, i.status) for i in report.items] == [
        ("Införa rastvärdar", G),
        ("Samordna inköp", Y),
        ("Digitalisera fakturor", R),
    ]
    assert not [i for i in report.issues if i.code == "missing-item"]


def test_a_legend_above_the_table_is_no_table(tmp_path: Path) -> None:
    """Finding 2: "Färg | Betydelse" over Grön, Gul, Röd above the follow-up was read as a table
    of three items ("Inga problem")."""
    legend: list[Any] = [["Teckenförklaring"], ["Färg", "Betydelse"], ["Grön", "Målet är uppnått"]]
    legend += [["Gul", "Målet är delvis uppnått"], ["Röd", "Målet är inte uppnått"], []]
    main: list[Any] = [["Mål", "Aktivitet", "Status", "Kommentar"]]
    main += [["Trygg skola", "Införa rastvärdar", "Grön", "x"], ["Trygg skola", "Kartlägga", "Gul", "y"]]
    main += [["Ekonomi", "Minska kostnader", "Röd", "z"], ["Ekonomi", "Samordna inköp", "Grön", "w"]]
    assert [s for _, s in _read(_book(tmp_path / "l.xlsx", legend + main))] == [G, Y, R, G]


def test_a_note_that_opens_with_a_status_sentence_is_no_status_column(tmp_path: Path) -> None:
    """Finding 3: "Redovisning" ("Klart. Rastvärdar finns nu …") beside the real statuses under
    "T2" was taken as the status column: both reds lost, and next-period emptied the notes."""
    rows: list[Any] = [["Aktivitet", "Redovisning", "T2"]]
    rows += [
        ["Införa rastvärdar", "Klart. Rastvärdar finns nu på alla skolor.", "Grön"],
        ["Kartlägga otrygga platser", "Pågår. Kartläggningen görs tillsammans med polisen.", "Gul"],
        ["Minska vikariekostnader", "Påbörjat. Kostnaderna har ändå ökat under året.", "Röd"],
        ["Samordna inköp", "Klart. Avtal tecknat med ny leverantör i mars.", "Grön"],
        ["Digitalisera fakturor", "Pågår. Arbetet är försenat på grund av upphandling.", "Röd"],
    ]
    report = actions.check(_book(tmp_path / "c.xlsx", rows)).report
    assert [i.status for i in report.items] == [G, Y, R, G, R]
    assert report.layout.columns["status"] == 3  # (next-period empties column C, never the notes)


def test_a_yes_and_no_table_above_keeps_its_unanswered_rows_and_its_next_round(tmp_path: Path) -> None:
    """Findings 4 and 5: the last two unanswered rows of the upper table were dropped without a word
    (trimmed as lone text), and next-period refused ("8 poster blev 4") once the answers were
    emptied and every upper row was alone on its row."""
    upper: list[Any] = [["Uppdrag", "Publicerad på webben"]]
    upper += [["Publicera mötesprotokoll", "Y"], ["Publicera budget", "N"], ["Publicera delårsrapport", "Y"]]
    upper += [["Publicera årsredovisning", "Y"], ["Publicera internkontrollplan", None]]
    upper += [["Publicera revisionsrapport", None], []]
    lower: list[Any] = [["Action", "RAG", "Comment"], ["Renovate library", "G", "Done"]]
    lower += [["New bike lanes", "A", "Delayed"], ["School meals plan", "R", "Not started"]]
    book = _book(tmp_path / "yn.xlsx", upper + lower)
    assert [s for _, s in _read(book)] == [G, R, G, G, M, M, G, Y, R]
    new = actions.next_period(book, tmp_path / "n.xlsx", "2026").written
    assert [s for _, s in _read(new)] == [M] * 9


def test_a_status_cell_that_carries_its_explanation_needs_no_comment_nor_a_learnt_line(
    tmp_path: Path,
) -> None:
    """Finding 7: "Pågår. Under perioden har en förstudie gjorts." without a comment was warned
    `missing-comment` (its explanation stands in the cell), and learn wrote each such paragraph as
    a `status.<text>` line "Ett ord xlfollow känner"."""
    rows: list[Any] = [["Mål", "Aktivitet", "Status", "Kommentar"]]
    rows += [
        ["Skola", "Rastvärdar", "Pågår. Under perioden har en förstudie gjorts i tre skolor.", None],
        ["Skola", "Kartlägga", "Två indikatorer. Utfallet är över målvärdet. Målet bedöms uppnått.", None],
        ["Ekonomi", "Samordna inköp", "Grön", "Klart"],
        ["Ekonomi", "Digitalisera fakturor", "Gul", None],
    ]
    book = _book(tmp_path / "l.xlsx", rows)
    report = actions.check(book).report
    assert [i.status for i in report.items] == [Y, G, G, Y]
    assert [i.row for i in report.issues if i.code == "missing-comment"] == [5]
    actions.learn(book)
    keys = [str(r[0]) for r in load_workbook(book)["xlfollow"].iter_rows(values_only=True) if r[0]]
    assert not [k for k in keys if k.startswith("status.") and len(k) > 40]
    assert [i.status for i in actions.check(book).report.items] == [Y, G, G, Y]
