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


def test_a_header_word_wrapped_at_a_hyphen_is_read_whole() -> None:
    from xlfollow.core.layout import match_header

    assert match_header("Utfalls-\nsymbol") == "status"  # Vårgårda 2023, wrapped at its hyphen
    assert match_header("Målupp-fyllelse") == "status"  # the parts name nothing alone
    assert match_header("Del-mål") == "goal"  # the parts name a field: as written (a review's case)
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


# --- the second review's cases (each read wrong, silently, before its fix) ------------------------

H = ["Framgångsfaktor", "Läge", "Kommentar"]
FIVE = [["Nöjda invånare", "Grön", "bra"], ["Snabb handläggning", "Gul", "ok"], ["Trygg miljö", None, None]]
FIVE += [["Digital service", "Grön", "bra"], ["Tillgänglig service", "Gul", "ok"]]


def _styled(path: Path, rows: list[list[Any]], looks: dict[tuple[int, int], dict[str, Any]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for (r, c), look in looks.items():
        if "fill" in look:
            ws.cell(r, c).fill = PatternFill("solid", fgColor=look["fill"])
        if look.get("bold") or look.get("italic"):
            ws.cell(r, c).font = Font(bold=look.get("bold", False), italic=look.get("italic", False))
    wb.save(path)
    return path


def _counts(path: Path) -> dict[str, int]:
    rollup = actions.check(path).rollup
    return {"items": rollup.items, **{k: n for k, n in rollup.status.items() if n}}


def test_a_row_filled_red_is_a_red_item_never_a_shaded_heading(tmp_path: Path) -> None:
    book = _styled(tmp_path / "r.xlsx", [H, *FIVE], {(4, c): {"fill": "FF0000"} for c in (1, 2)})
    assert _counts(book) == {"items": 5, "green": 2, "yellow": 2, "red": 1}


def test_banded_rows_and_white_or_status_fills_make_no_headings(tmp_path: Path) -> None:
    rows = [H, *FIVE, ["Låg sjukfrånvaro", "Grön", "bra"]]
    banded = {(r, c): {"fill": "D9D9D9"} for r in (2, 4, 6) for c in (1, 2, 3)}
    assert _counts(_styled(tmp_path / "b.xlsx", rows, banded))["items"] == 6
    for fill in ("FFFFFF", "FFFF00"):  # white after a paste; a yellow marking
        assert _counts(_styled(tmp_path / f"{fill}.xlsx", rows, {(4, 1): {"fill": fill}}))["items"] == 6


def test_an_item_alone_at_the_end_and_items_bolded_for_attention_stay_items(tmp_path: Path) -> None:
    rows = [H, *FIVE[:2], ["Trygg miljö", "Röd", "x"], FIVE[3], ["Sist utan läge", None, None]]
    assert _counts(_styled(tmp_path / "e.xlsx", rows, {(6, 1): {"italic": True}}))["items"] == 5
    rows = [H, ["Nöjda invånare", "Röd", "x"], ["Ny", None, None], *FIVE[3:], ["Trygg skola", "Grön", "x"]]
    rows += [["Fler jobb", "Grön", "x"], ["Fler bostäder", "Grön", "x"], ["Kortare köer", "Grön", "x"]]
    looks = {(2, 1): {"bold": True}, (3, 1): {"bold": True}}  # the red item bold, and the new one
    assert _counts(_styled(tmp_path / "a.xlsx", rows, looks))["items"] == 8


def test_a_heading_by_look_alone_is_said_in_the_reading(tmp_path: Path) -> None:
    from xlfollow.core.reading import reading_lines

    rows = [H, ["Invånare"], *FIVE]
    report = actions.check(_styled(tmp_path / "s.xlsx", rows, {(2, 1): {"bold": True}})).report
    assert report.look_headings == (("Sheet", 2),)
    assert any("utseende" in line and "rad 2" in line for line in reading_lines(report))


def test_a_look_in_a_content_column_or_the_goal_column_is_no_heading_of_its_own(tmp_path: Path) -> None:
    rows = [H, *FIVE[:2], [None, "Röd", None], FIVE[3], FIVE[4]]
    report = actions.check(_styled(tmp_path / "c.xlsx", rows, {(4, 2): {"bold": True}})).report
    assert any(i.code == "missing-item" and i.row == 4 for i in report.issues)
    goals = [["Strategiskt mål", "Framgångsfaktor", "Läge", "Kommentar"]]
    goals += [
        ["Attraktiv kommun", "Nöjda invånare", "Grön", "bra"],
        [None, "Snabb handläggning", "Gul", "ok"],
    ]
    goals += [["God arbetsgivare", None, None, None], [None, "Låg sjukfrånvaro", "Gul", "ok"]]
    report = actions.check(_styled(tmp_path / "g.xlsx", goals, {(4, 1): {"bold": True}})).report
    assert [i.goal for i in report.items] == ["Attraktiv kommun", "Attraktiv kommun", "God arbetsgivare"]


def test_only_a_comment_label_makes_a_comment_and_never_over_one(tmp_path: Path) -> None:
    rows = [["Åtgärd", "Läge", "Kommentar"], ["Ny rekryteringsrutin", "Grön", "klar"]]
    rows += [["Kommentar: ska ersätta den gamla"]]  # the item above has its comment: an item
    rows += [["Digital signering", "Gul", None], ["Beskrivning av alla processer: kartlägga flödet"]]
    rows += [["Översyn av lokaler", "Röd", None], ["Kommentar: hyresavtalet är försenat"]]
    report = actions.check(_styled(tmp_path / "k.xlsx", rows, {})).report
    assert [(i.text, i.comment) for i in report.items] == [
        ("Ny rekryteringsrutin", "klar"),
        ("Kommentar: ska ersätta den gamla", None),
        ("Digital signering", None),
        ("Beskrivning av alla processer: kartlägga flödet", None),
        ("Översyn av lokaler", "hyresavtalet är försenat"),
    ]


def test_a_measurable_goal_under_a_heading_is_no_summary(tmp_path: Path) -> None:
    rows = [H, ["Kunskap"], ["90 % av eleverna ska ha godkända betyg i alla ämnen"], FIVE[0], FIVE[1]]
    report = actions.check(_styled(tmp_path / "m.xlsx", rows, {(2, 1): {"bold": True}})).report
    assert len(report.items) == 3 and not any(i.code == "summary-line" for i in report.issues)
