"""The review of f825831 (issue 19: blocks in one column, a sheet's own status lines), one test per
finding, each reproduced from the reviewer's workbooks and failing without its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import BELOW_LABEL as BELOW
from helpers import IN_THE_CELL as IN
from openpyxl import Workbook, load_workbook

from xlfollow import actions
from xlfollow.core.reading import reading_lines
from xlfollow.core.status import Status

G, Y, R, M = Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING


def _book(path: Path, sheets: dict[str, list[Any]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, lines in sheets.items():
        ws = wb.create_sheet(name)
        for line in lines:
            ws.append(line if isinstance(line, list) else [line])
    wb.save(path)
    return path


def _read(path: Path) -> list[tuple[int, str, Status | None]]:
    return [(i.row, i.text, i.status) for i in actions.check(path).report.items]


def _column(path: Path, sheet: str = "Mål") -> list[Any]:
    return [r[0] for r in load_workbook(path)[sheet].iter_rows(values_only=True)]


TABLE = [
    ["Öka andelen förnybar energi", "Grön", "x"],
    ["Minska bilresor", "Röd", "y"],
    ["Fler cykelbanor", "Gul", "z"],
    ["Bättre luft i centrum", "Grön", "w"],
    ["Fler träd i parker", "Gul", "v"],
]
NOTES = ["Anteckningar från ledningsgruppen", None]
for day, said, status in [
    ("3 mars", "Budgeten.", "Pågår"),
    ("17 mars", "Lokaler.", "Klar"),
    ("2 april", "Om.", "Klar"),
]:
    NOTES += [f"Möte {day}", said, f"Status: {status}", None]


def test_a_sheet_of_notes_in_one_column_is_never_read_before_a_table(tmp_path: Path) -> None:
    """Finding 1: a sheet of meeting notes ("Status: Pågår" in each) beside a table headed "Mål |
    Läge", or "Uppdrag | Publicerad" (its status found by its values), was read as the follow-up:
    the goals dropped, "Inga problem". A report in one column gives way to a table elsewhere."""
    for name, header in (
        ("goal", [["Mål", "Läge", "Kommentar"]]),
        ("values", [["Uppdrag", "Publicerad", "Not"]]),
    ):
        book = _book(tmp_path / f"{name}.xlsx", {"Uppföljning": header + TABLE, "Anteckningar": NOTES})
        report = actions.check(book).report
        assert [i.text for i in report.items] == [row[0] for row in TABLE], name
        assert report.layout.unread_blocks == ("Anteckningar",)


def test_blocks_of_labels_and_values_stay_so_when_their_values_are_empty(tmp_path: Path) -> None:
    """Finding 2: "Nämndens bedömning | …" blocks whose comments were never written read, once
    next-period emptied the statuses, as blocks in one column: the "Kommentar" label under the
    status was the status cell, and a second next-period deleted the labels."""
    rows: list[Any] = ["Nämndens årsredovisning 2025"]
    for heading, status in [
        ("3.1 En attraktiv kommun", "Vi har nått målet"),
        ("3.2 En trygg kommun", "Vi har inte nått målet men är på rätt väg"),
        ("3.3 En hållbar kommun", "Vi har inte nått målet"),
    ]:
        rows += [heading, ["Nämndens bedömning", status], ["Kommentar", None], None]
    book = _book(tmp_path / "b.xlsx", {"Mål": rows})
    new = actions.next_period(book, tmp_path / "n.xlsx", "2026").written
    again = actions.next_period(new, tmp_path / "n2.xlsx", "2027").written
    assert _column(again).count("Kommentar") == 3
    wb = load_workbook(again)
    for row, value in ((3, "Vi har nått målet"), (7, "Vi har nått målet"), (11, "Vi har inte nått målet")):
        wb["Mål"].cell(row, 2).value = value
    wb.save(again)
    assert [s for *_, s in _read(again)] == [G, G, R]


def test_next_period_never_empties_a_line_that_is_no_status(tmp_path: Path) -> None:
    """Finding 3: a block with no assessment under its label had its analysis taken as the status
    cell and emptied; "Bedömning: Kräver …⏎Motivering: …" lost its "Motivering" line."""
    lines = list(BELOW)
    lines[9] = "Behörigheten har minskat med två procentenheter sedan förra året."
    book = _book(tmp_path / "b.xlsx", {"Mål": lines})
    assert [s for *_, s in _read(book)] == [G, None, Y]
    new = actions.next_period(book, tmp_path / "n.xlsx", "december").written
    column = _column(new)
    assert column[9] == lines[9] and column[4] is None and column[14] is None
    cell = list(IN)
    cell[8] = "Bedömning: Kräver ytterligare insatser\nMotivering: skötseln räcker inte."
    book = _book(tmp_path / "c.xlsx", {"Mål": cell})
    assert [s for *_, s in _read(book)] == [R, Y, G]
    new = actions.next_period(book, tmp_path / "m.xlsx", "december").written
    assert _column(new)[8] == "Bedömning:\nMotivering: skötseln räcker inte."
    assert [s for *_, s in _read(new)] == [M, M, M]


def test_a_summary_or_a_legend_line_is_no_block_of_its_own(tmp_path: Path) -> None:
    """Finding 4: a "Sammanfattning" block holding "Målet är uppnått" and a legend's "På rätt väg"
    became items (green), and next-period wrote "Bedömning:" over them; in blocks with the status
    under the label, an analysis line "Genomförd" became an item once the status was emptied."""
    expected = [
        "Miljömål: Göteborg har en hög biologisk mångfald",
        "Delmål 1: Göteborgs Stad sköter och skyddar arters livsmiljöer",
        "Delmål 2: Göteborgs Stad ökar förnybar energi",
    ]
    for lead in (
        ["Sammanfattning", "Av tre mål är ett på rätt väg.", "Målet är uppnått", "Läs mer nedan.", None],
        ["Teckenförklaring", "På rätt väg", "Målet bedöms nås med nuvarande arbetssätt.", None],
    ):
        book = _book(tmp_path / "b.xlsx", {"Mål": lead + IN})
        assert [t for _, t, _ in _read(book)] == expected
        new = actions.next_period(book, tmp_path / "n.xlsx", "december").written
        assert _column(new)[: len(lead)] == lead
    lines = list(BELOW)
    lines[5:6] = ["Kompetenssatsningen för barnskötare", "Genomförd"]
    book = _book(tmp_path / "g.xlsx", {"Mål": lines})
    new = actions.next_period(book, tmp_path / "gn.xlsx", "december").written
    assert len(_read(new)) == 3


def test_a_block_whose_label_differs_once_is_read(tmp_path: Path) -> None:
    """Finding 5: "Samlad bedömning: På rätt väg" among "Bedömning: …", or "Nämndens bedömning"
    among "Stadsledningskontorets bedömning", was dropped without a word."""
    lines = [
        *IN,
        None,
        "Delmål 3: Minskade utsläpp",
        "Samlad bedömning: Kräver ytterligare insatser",
        "Långsamt.",
    ]
    assert [s for *_, s in _read(_book(tmp_path / "a.xlsx", {"Mål": lines}))] == [R, Y, G, Y]
    below = list(BELOW)
    below[13] = "Nämndens bedömning"
    assert [s for *_, s in _read(_book(tmp_path / "b.xlsx", {"Mål": below}))] == [G, R, Y]


def test_the_heading_is_never_a_line_of_background_or_an_indicator(tmp_path: Path) -> None:
    """Finding 7: "Bakgrund: …" or "Indikator: …" between the heading and the status was taken as
    the goal's name."""
    lines = [
        "Uppföljning av miljömålen 2025",
        None,
        "Göteborg har en hög biologisk mångfald",
        "Målet innebär att staden har tillräckliga arealer av skyddad natur",
        "Bedömning: Kräver omfattande omställning",
        None,
        "Göteborgs Stad sköter och skyddar arters livsmiljöer",
        "Indikator: andel naturvårdsinriktad skötsel",
        "Bedömning: Kräver ytterligare insatser",
        None,
        "Göteborgs Stad ökar förnybar energi",
        "Bakgrund: Andelen förnybar energi var 60 % år 2020.",
        "Bedömning: På rätt väg",
    ]
    assert [t for _, t, _ in _read(_book(tmp_path / "h.xlsx", {"Mål": lines}))] == [
        "Göteborg har en hög biologisk mångfald",
        "Göteborgs Stad sköter och skyddar arters livsmiljöer",
        "Göteborgs Stad ökar förnybar energi",
    ]


def test_a_value_beside_the_column_or_a_blank_row_under_the_label_reads_the_blocks(tmp_path: Path) -> None:
    """Findings 8 and 9: a year in B1 or an indicator table between the blocks refused the book; a
    blank row between the label and the status read it missing, and next-period left it."""
    lines: list[Any] = [["Delårsrapport augusti", 2025], *BELOW[1:4], None, *BELOW[4:6]]  # 6.1: a blank row
    lines += [["Indikator", "2024", "2025"], ["Behörighet", "82 %", "80 %"], *BELOW[6:]]
    book = _book(tmp_path / "b.xlsx", {"Mål": lines})
    assert [(r, s) for r, _, s in _read(book)] == [(6, G), (13, R), (18, Y)]
    new = actions.next_period(book, tmp_path / "n.xlsx", "december").written
    assert [(r, s) for r, _, s in _read(new)] == [(5, M), (13, M), (18, M)]
    assert _column(new)[5] is None  # row 6, the status under the blank row: emptied


def test_learn_does_not_take_a_sheets_own_status_line_for_the_workbooks(tmp_path: Path) -> None:
    """Finding 10: with "Webb!status.Y = grön" on the settings sheet, learn wrote its "status.Y"
    line commented out as "set on row 4 above" (row 4 was Webb's own line), and counted Webb's "Y"
    among the cells its "status.Y = gul" reads (five, where two are yellow)."""
    webb: list[Any] = [["Uppdrag", "Publicerad på webben", "Kommentar"]]
    webb += [[a, v, "x"] for a, v in [("Socialstyrelsen", "Y"), ("Skolverket", "Y"), ("Trafikverket", "Y")]]
    rag: list[Any] = [["Action", "RAG", "Comment"], ["Improve the catalogue", "G", "c"]]
    rag += [["Publish the report", "Y", "c"], ["Train staff", "Y", "c"]]
    settings: list[Any] = [["Inställning", "Värde"], ["Webb!status.Y", "grön"], ["Webb!status.N", "röd"]]
    book = _book(tmp_path / "yn.xlsx", {"Webb": webb, "Åtgärder": rag, "xlfollow": settings})
    before = _read(book)
    actions.learn(book)
    lines = {r[0]: r[1:3] for r in load_workbook(book)["xlfollow"].iter_rows(values_only=True) if r[0]}
    assert "# status.Y" not in lines and lines["status.Y"] == ("gul", 2)
    assert _read(book) == before


def test_the_reading_says_where_a_one_column_reports_status_stands(tmp_path: Path) -> None:
    """Finding 11: the reading said the status stood "in column A beside ”Bedömning”"."""
    below = reading_lines(actions.check(_book(tmp_path / "b.xlsx", {"Mål": BELOW})).report)
    assert any("på raden under ”Stadsledningskontorets bedömning”" in line for line in below)
    cell = reading_lines(actions.check(_book(tmp_path / "c.xlsx", {"Mål": IN})).report)
    assert any("efter ”Bedömning” i samma cell" in line for line in cell)


def test_a_table_whose_status_only_its_values_tell_above_a_rag_table_is_read(tmp_path: Path) -> None:
    """Finding 12 (older than the change): "Uppdrag | Publicerad på webben" over Y and N above
    "Action | RAG | Comment" on one sheet: the lower header named more and was chosen, the five
    answers were dropped without a word ("Inga problem"). Now read first; next-period names the
    sheet's status column by its letter (both tables keep it in B), so the next round reads both.
    Left: a round answered "Y" only reads its "Y" yellow there (no line tells one table's "Y" from
    another's on one sheet)."""
    rows: list[Any] = [["Uppdrag", "Publicerad på webben", "Kommentar"]]
    rows += [[a, v, "x"] for a, v in [("Socialstyrelsen", "Y"), ("Skolverket", "N"), ("Trafikverket", "Y")]]
    rows += [["Naturvårdsverket", "Y", "x"], ["Boverket", "N", "x"], None, ["Action", "RAG", "Comment"]]
    rows += [["Improve the catalogue", "G", "c"], ["Publish the report", "Y", "c"], ["Train staff", "R", "c"]]
    book = _book(tmp_path / "yn.xlsx", {"Plan": rows})
    assert [s for *_, s in _read(book)] == [G, R, G, G, R, G, Y, R]
    new = actions.next_period(book, tmp_path / "n.xlsx", "2026").written
    wb = load_workbook(new)
    for row, value in zip(range(2, 7), ["N", "Y", "N", "Y", "Y"], strict=True):
        wb["Plan"].cell(row, 2).value = value
    wb.save(new)
    assert [s for *_, s in _read(new)] == [R, G, R, G, G, M, M, M]
