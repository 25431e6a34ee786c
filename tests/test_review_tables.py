"""The review of 79021fe (issue 19: another table under the goals, outcome columns of verdicts, a
paragraph above a table), one test per finding, each reproduced from the reviewer's workbooks and
failing without its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import rows_book
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from xlfollow import actions
from xlfollow.core.reading import reading_lines
from xlfollow.core.status import Status

G, Y, R, M = Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING


def _report(path: Path, rows: list[Any]) -> Any:
    return actions.check(rows_book(path, rows)).report


def test_a_goal_assessed_ingen_bedomning_after_a_blank_row_never_ends_the_goals(tmp_path: Path) -> None:
    """Finding 1: "Minska sjukfrånvaron | Ingen bedömning" after a blank row was taken for another
    table's header: the goals under it were dropped, and next-period left their statuses."""
    rows: list[Any] = [["Rubrik"], [], ["Mål", "Läge", "Kommentar"], ["Mål 1", "Grön", "a"]]
    rows += [["Mål 2", "Gul", "b"], [], ["Minska sjukfrånvaron", "Ingen bedömning", "Mätning saknas"]]
    rows += [["Mål 3", "Röd", "c"], ["Mål 4", "Grön", "d"]]
    report = _report(tmp_path / "b.xlsx", rows)
    assert [i.text for i in report.items] == ["Mål 1", "Mål 2", "Minska sjukfrånvaron", "Mål 3", "Mål 4"]
    assert report.other_tables == ()


@pytest.mark.parametrize(
    "header",
    [
        ["Projekt", "Läge", "Analys"],  # a second table whose item word xlfollow does not know
        ["Ekonomi", "Läge T2", "Kommentar"],  # a section's header that differs a little
        ["Ekonomi", "Läge", "Kommentar", "Ansvarig"],
        ["EKONOMI", "läge ", "Kommentarer"],
    ],
)
def test_a_later_header_over_assessed_rows_never_ends_the_goals(tmp_path: Path, header: list[str]) -> None:
    """Findings 2 and 3: a later header naming the status but no item known ("Projekt | Läge |
    Analys") or a section's header a little unlike the first ("Ekonomi | Läge T2") ended the goals
    and its red project was never counted, without a word on Kontroll."""
    rows: list[Any] = [["Mål", "Läge T1", "Kommentar"], ["Mål 1", "Grön", "a"], ["Mål 2", "Gul", "b"], []]
    rows += [header, ["Nytt badhus", "Röd", "Försenat"], ["Ny skola", "Grön", "Klar"]]
    report = _report(tmp_path / "b.xlsx", rows)
    assert {"Nytt badhus", "Ny skola"} <= {i.text for i in report.items}
    assert report.other_tables == ()


def test_a_paragraph_above_a_later_table_leaves_it_without_perspective(tmp_path: Path) -> None:
    """Finding 4: past a paragraph the title climbed to the earlier table's last goal ("Mål 2")."""
    paragraph = "Kommunen ska vara en attraktiv arbetsgivare. " * 4
    rows: list[Any] = [["Medarbetare"], [], ["Mål", "Läge", "Kommentar"], ["Mål 1", "Grön", "a"], ["Mål 2"]]
    rows += [[], [paragraph.strip()], ["Nyckeltal", "Bedömning", "Kommentar"]]
    rows += [["Mål 3", "Röd", "c"], ["Mål 4", "Grön", "d"]]
    report = _report(tmp_path / "b.xlsx", rows)
    assert [i.perspective for i in report.items if i.text in ("Mål 3", "Mål 4")] == [None, None]


@pytest.mark.parametrize(
    ("heading", "perspective"),
    [
        (
            "Perspektiv Ekonomi – en långsiktigt hållbar ekonomi där verksamheten bedrivs med god"
            " ekonomisk hushållning och en trygg finansiering",
            "Perspektiv Ekonomi",
        ),
        (
            "Medarbetare. Kommunen är en attraktiv arbetsgivare med goda villkor",
            "Medarbetare. Kommunen är en attraktiv arbetsgivare med goda villkor",
        ),
    ],
)
def test_a_long_heading_still_heads_its_table(tmp_path: Path, heading: str, perspective: str) -> None:
    """Finding 5: a heading over 120 characters (its explanation after a dash) or over 60 with a
    full stop lost its perspective."""
    rows: list[Any] = [["Mål", "Läge", "Kommentar"], ["Mål 1", "Grön", "a"], [], [heading]]
    rows += [["Nyckeltal", "Bedömning", "Kommentar"], ["Mål 3", "Röd", "c"], ["Mål 4", "Grön", "d"]]
    report = _report(tmp_path / "b.xlsx", rows)
    assert {i.perspective for i in report.items if i.text in ("Mål 3", "Mål 4")} == {perspective}


def test_verdicts_in_the_outcome_never_displace_a_column_of_coloured_cells(tmp_path: Path) -> None:
    """Finding 6: "Mål | Utfall | Färg | Kommentar", the status in the fills of "Färg" and every
    Utfall ending "Målet är uppnått.": the outcome became the status and the red fill was lost."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Mål", "Utfall", "Färg", "Kommentar"])
    for text, fill in (("Mål 1", "00B050"), ("Mål 2", "FF0000"), ("Mål 3", "FFFF00")):
        ws.append([text, "Utfallet blev 82 %. Målet är uppnått.", None, "a"])
        ws.cell(ws.max_row, 3).fill = PatternFill("solid", start_color=fill, end_color=fill)
    wb.save(tmp_path / "b.xlsx")
    report = actions.check(tmp_path / "b.xlsx").report
    assert [i.status for i in report.items] == [G, R, Y]


def test_the_other_tables_sentence_says_what_its_rows_lack(tmp_path: Path) -> None:
    """Finding 8: "without an item or a status column" was said of tables that have a status
    column, and the advice to name them Post and Läge of a table of figures by year."""
    rows: list[Any] = [["Mål", "Bedömning"], ["Fler i arbete", "Målet bedöms sannolikt att nå."]]
    rows += [["Färre vräkningar", "Målet bedöms ej sannolikt att nå."], [], ["Finansiella mål"]]
    rows += [["Inriktningar", "Målvärde 2023", "Utfall 2023"], ["Soliditeten", "15 %", "27 %"]]
    lines = reading_lines(_report(tmp_path / "b.xlsx", rows))
    assert any("rad 6 (inget läge under dem)" in line and "Post och Läge" not in line for line in lines)
