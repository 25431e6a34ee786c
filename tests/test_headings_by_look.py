"""Heading rows told by their look (issue 19, "heading rows by their shape"): a text alone on its
row that is bold, italic or filled where the column's items are not (Kitchener's business plan,
Wellington's "To measure ..." lines: tests/data/layouts/10, 17), read alike by the file reader and
by desktop Excel; and the heading's summary line under it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from xlfollow import actions
from xlfollow.core.status import Status

ROWS: list[list[Any]] = [
    ["Projekt", "Slutdatum", "Läge"],
    ["Öppen förvaltning"],  # bold: a heading
    ["E-tjänster", "december 2026", "grön"],
    ["Medborgardialog", "december 2026", "gul"],
    ["Nya arbetssätt"],  # italic: a heading
    ["Budget online", None, "grön"],
    ["Lokaler"],  # filled: a heading
    ["Ny skolskjuts", "2027", "röd"],
    ["Trygghetsvandringar"],  # plain: an item not assessed yet
]
LOOKS = {2: Font(bold=True), 5: Font(italic=True)}


def _book(path: Path, bold_items: bool = False) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Projekt"
    for row in ROWS:
        ws.append(row)
    for number, font in LOOKS.items():
        ws.cell(number, 1).font = font
    ws.cell(7, 1).fill = PatternFill("solid", fgColor="D9D9D9")
    if bold_items:  # every text of the column bold: its look tells nothing apart
        for number in range(2, len(ROWS) + 1):
            ws.cell(number, 1).font = Font(bold=True, italic=number == 5)
    wb.save(path)
    return path


def _read(report: Any) -> list[tuple[str, str | None, str | None]]:
    return [(i.text, i.goal, i.status.value if i.status else None) for i in report.items]


EXPECTED = [
    ("E-tjänster", "Öppen förvaltning", "green"),
    ("Medborgardialog", "Öppen förvaltning", "yellow"),
    ("Budget online", "Nya arbetssätt", "green"),
    ("Ny skolskjuts", "Lokaler", "red"),
    ("Trygghetsvandringar", "Lokaler", "missing"),
]


def test_bold_italic_and_filled_lone_texts_are_headings_a_plain_one_an_item(tmp_path: Path) -> None:
    report = actions.check(_book(tmp_path / "p.xlsx")).report
    assert _read(report) == EXPECTED
    (missing,) = [i for i in report.issues if i.code == "missing-status"]
    assert missing.row == 9  # the plain one, not assessed yet: said


def test_where_every_item_is_bold_bold_tells_nothing_apart(tmp_path: Path) -> None:
    report = actions.check(_book(tmp_path / "p.xlsx", bold_items=True)).report
    texts = [t for t, _, _ in _read(report)]
    # most of the column's texts set apart: none is a heading by its look, each lone text an item
    assert {"Öppen förvaltning", "Nya arbetssätt", "Lokaler"} <= set(texts) and len(texts) == 8


def test_desktop_excel_tells_headings_by_their_look_as_the_file_reader_does(tmp_path: Path) -> None:
    from fake_excel import FakeBook

    book = FakeBook("p.xlsx", {"Projekt": [list(r) + [None] * (3 - len(r)) for r in ROWS]})
    sheet = book.sheets["Projekt"]
    sheet.fills = {"A7": "#d9d9d9"}
    sheet.font_flags = {"A2": {"bold"}, "A5": {"italic"}}
    report = actions.run_live(book, "check").report
    assert _read(report) == EXPECTED == _read(actions.check(_book(tmp_path / "p.xlsx")).report)


def test_the_summary_line_under_a_bold_heading_is_not_counted(tmp_path: Path) -> None:
    path = _book(tmp_path / "p.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb.active
    ws.insert_rows(3)
    ws.cell(3, 1).value = "2 av 2 projekt går enligt plan och blir klara i tid."
    wb.save(path)
    report = actions.check(path).report
    assert len(report.items) == 5  # the sentence under "Öppen förvaltning" is its summary, said
    assert any(i.code == "summary-line" and i.row == 3 for i in report.issues)
    ws.cell(3, 1).value = "Två av de två projekten går enligt plan och blir klara i tid."
    wb.save(path)
    report = actions.check(path).report  # a count in words: not told, an item not assessed
    assert len(report.items) == 6 and report.items[0].status is Status.MISSING


def test_a_shaded_heading_rows_blank_status_cell_is_no_status(tmp_path: Path) -> None:
    """Hawkesbury 2017: "Our Leadership" shaded across the table, its status cell blank and grey."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Action", "Progress", "Comment"])
    ws.append(["Our Leadership"])
    for col in (1, 2, 3):
        ws.cell(2, col).fill = PatternFill("solid", fgColor="D9D9D9")
    ws.append(["Develop a communication strategy", "On track", "Webpage updated"])
    ws.append(["Review the engagement policy", None, "Review completed"])
    ws.cell(4, 2).fill = PatternFill("solid", fgColor="FF0000")  # a blank status cell coloured: red
    path = tmp_path / "h.xlsx"
    wb.save(path)
    report = actions.check(path).report
    assert [(i.text, i.goal, i.status.value if i.status else None) for i in report.items] == [
        ("Develop a communication strategy", "Our Leadership", "green"),
        ("Review the engagement policy", "Our Leadership", "red"),
    ]


def test_a_comment_on_its_own_row_under_an_item_is_its_comment(tmp_path: Path) -> None:
    """Southern Grampians 2018: "ACTION PROGRESS COMMENTS: ..." under each action."""
    wb = Workbook()
    ws = wb.active
    ws.append(["ACTION", "STATUS", "COMPLETE%"])
    ws.append(["1.1 Update the communications strategy", "In Progress", "60%"])
    ws.append(["ACTION PROGRESS COMMENTS: The strategy will start when the plan is adopted."])
    ws.append(["1.2 Kommentar saknas här", "Completed", "100%"])
    ws.append(["Kommentar: klar i mars."])
    ws.append(["Mål: fler i arbete"])  # a label that names no comment: stays an item
    path = tmp_path / "c.xlsx"
    wb.save(path)
    report = actions.check(path).report
    assert [(i.text, i.comment) for i in report.items] == [
        ("1.1 Update the communications strategy", "The strategy will start when the plan is adopted."),
        ("1.2 Kommentar saknas här", "klar i mars."),
        ("Mål: fler i arbete", None),
    ]


def test_a_header_word_split_by_a_hyphen_is_read_whole() -> None:
    from xlfollow.core.layout import match_header

    assert match_header("Utfalls-\nsymbol") == "status"  # Vårgårda 2023
    assert match_header("Mål-värde") == "target"
    assert match_header("Kommentar - april") == "comment"
    assert match_header("jan-aug") is None


def test_desktop_excel_tells_a_shaded_heading_as_the_file_reader_does(tmp_path: Path) -> None:
    from fake_excel import FakeBook

    rows = [
        ["Action", "Progress", "Comment"],
        ["Our Leadership", None, None],
        ["Develop a communication strategy", "On track", "Webpage updated"],
        ["Review the engagement policy", None, "Review completed"],
    ]
    book = FakeBook("h.xlsx", {"Blad": rows})
    book.sheets["Blad"].fills = {"A2": "#d9d9d9", "B2": "#d9d9d9", "C2": "#d9d9d9", "B4": "#ff0000"}
    report = actions.run_live(book, "check").report
    assert [(i.text, i.goal, i.status.value if i.status else None) for i in report.items] == [
        ("Develop a communication strategy", "Our Leadership", "green"),
        ("Review the engagement policy", "Our Leadership", "red"),
    ]
