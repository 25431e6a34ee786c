"""Statuses carried by the cell's colour (issue 8, first part): offices that colour the status cell
and type nothing. Direct RGB, theme colours with tint, indexed (legacy) colours and Excel's Good,
Neutral and Bad styles are read; white is missing; blue and grey are unknown unless the settings
map them; text and colour that disagree give a warning. The expected counts are the fixtures'
colours counted by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Color, PatternFill

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.colours import classify_colour
from xlfollow.core.status import Status


def fill(colour: Color | str) -> PatternFill:
    return PatternFill("solid", fgColor=colour)


def _book(path: Path, cells: list[tuple[str, object]], settings: list[list[object]] | None = None) -> Path:
    """One item per entry: (what the status cell holds, its fill or built-in style name)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.append(["Framgångsfaktor", "Läge", "Kommentar"])
    for n, (typed, look) in enumerate(cells, start=1):
        ws.append([f"{n}. Punkt {n}", typed or None, "kommentar"])
        cell = ws.cell(n + 1, 2)
        if look in ("Good", "Bad", "Neutral", "Input", "Note", "Calculation"):
            cell.style = look
        elif look is not None:
            cell.fill = fill(look)  # type: ignore[arg-type]
    if settings:
        extra = wb.create_sheet("xlfollow")
        for row in settings:
            extra.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("colour", "status"),
    [
        ("00B050", "green"),  # Excel's standard colours
        ("92D050", "green"),
        ("FFFF00", "yellow"),
        ("FFC000", "yellow"),  # orange/amber
        ("FF0000", "red"),
        ("C00000", "red"),
        ("C6EFCE", "green"),  # the Good, Neutral and Bad fills
        ("FFEB9C", "yellow"),
        ("FFC7CE", "red"),
        ("FFFFFF", "missing"),
        ("0070C0", None),  # blue, grey, purple: unknown
        ("A6A6A6", None),
        ("7030A0", None),
    ],
)
def test_fill_colours_are_classified_by_hue_and_lightness(colour: str, status: str | None) -> None:
    assert classify_colour(colour) == status


def test_a_colour_only_workbook_rolls_up_by_its_colours(tmp_path: Path) -> None:
    cells = [
        ("", "00B050"),  # green
        ("", "00B050"),  # green
        ("", Color(theme=6, tint=0.3999)),  # accent3 of the workbook's theme (9BBB59) lighter: green
        ("", Color(theme=5, tint=0.0)),  # accent2 of the workbook's theme (C0504D): red
        ("", Color(indexed=10)),  # red in the legacy palette
        ("", Color(indexed=13)),  # yellow in the legacy palette
        ("", "Good"),
        ("", "Neutral"),
        ("", "Bad"),
        ("", "FFFFFF"),  # white: missing
        ("", None),  # no fill: missing
        ("", "0070C0"),  # blue: unknown
    ]
    result = actions.check(_book(tmp_path / "f.xlsx", cells))
    assert result.rollup.status == {
        "green": 4,
        "yellow": 2,
        "red": 3,
        "not_applicable": 0,
        "missing": 2,
        "unknown": 1,
    }
    unknown = [i for i in result.report.issues if i.code == "unknown-status"]
    assert [i.cell for i in unknown] == ["B13"] and "#0070C0" in unknown[0].message()
    assert main(["check", str(tmp_path / "f.xlsx")]) == 1


def test_the_settings_map_a_colour(tmp_path: Path) -> None:
    path = _book(tmp_path / "f.xlsx", [("", "0070C0"), ("", "7030A0")], settings=[["colour.0070C0", "grön"]])
    assert actions.check(path).rollup.status["green"] == 1
    assert actions.check(path).rollup.status["unknown"] == 1


def test_text_and_colour_that_disagree_is_a_warning(tmp_path: Path) -> None:
    path = _book(tmp_path / "f.xlsx", [("grön", "FF0000"), ("röd", "FF0000"), ("gul", None)])
    issues = [(i.cell, i.code) for i in actions.check(path).report.issues]
    assert issues == [("B2", "status-colour-mismatch")]
    message = actions.check(path).report.issues[0].message()
    assert "grön" in message and "röd" in message


def test_status_colour_mismatch_is_reported(tmp_path: Path) -> None:
    """The rule's own test (every rule has one): the message names text and colour."""
    path = _book(tmp_path / "f.xlsx", [("↑", "C00000")])
    (issue,) = actions.check(path).report.issues
    assert issue.code == "status-colour-mismatch" and "färgad röd" in issue.message()


def test_running_keeps_the_users_colours_and_xlfollows_own_look_is_no_status(tmp_path: Path) -> None:
    path = _book(tmp_path / "f.xlsx", [("", "00B050"), ("röd", None)])
    out = actions.run(path).written
    assert out is not None
    ws = load_workbook(out)["Uppföljning"]
    assert ws["B2"].fill.fgColor.rgb[-6:] == "00B050"  # the user's colour is the data: untouched
    assert actions.check(out).rollup.status["red"] == 1  # xlfollow's red look is not read as a colour
    assert actions.check(out).rollup.status["green"] == 1
    wb = load_workbook(out)
    wb["Uppföljning"]["B3"].value = None  # the text goes; xlfollow's look stays on the blank cell
    wb.save(out)
    assert actions.check(out).rollup.status["missing"] == 1  # its own look is never a status


def test_symbol_font_letters_are_read_as_their_shapes(tmp_path: Path) -> None:
    """Wingdings: J ☺, K 😐, L ☹, ü ✓, û ✗; a shape letter (l = ●) says its status by its font
    colour. Counted by hand: green J, ü, green l = 3; yellow K, amber l = 2; red L, û = 2."""
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.append(["Framgångsfaktor", "Läge", "Kommentar"])
    cells = [
        ("J", None),
        ("K", None),
        ("L", None),
        ("ü", None),
        ("û", None),
        ("l", "00B050"),
        ("l", "FFC000"),
    ]
    for n, (letter, colour) in enumerate(cells, start=1):
        ws.append([f"{n}. Punkt", letter, "k"])
        ws.cell(n + 1, 2).font = Font(name="Wingdings", color=colour)
    path = tmp_path / "w.xlsx"
    wb.save(path)
    status = actions.check(path).rollup.status
    assert (status["green"], status["yellow"], status["red"], status["unknown"]) == (3, 2, 2, 0)
    out = actions.run(path).written
    assert load_workbook(out)["Uppföljning"]["B2"].number_format == "General"  # no symbol cue in Wingdings


def test_a_blank_cell_in_excels_input_or_note_style_is_not_yellow(tmp_path: Path) -> None:
    """Issue 19 (a review case): blank status cells in Excel's Input (FFCC99) and Note (FFFFCC)
    styles, as templates mark the cells to fill in, were counted as yellow. They say no status:
    missing, like an empty cell; a Neutral cell is still yellow, a colour the settings map still
    counts."""
    cells = [("", "Input"), ("", "Note"), ("", "Calculation"), ("", "Neutral")]
    result = actions.check(_book(tmp_path / "f.xlsx", cells))
    assert (result.rollup.status["missing"], result.rollup.status["yellow"]) == (3, 1)
    # found by the review: a cell in the Input style that the user coloured green is green
    path = _book(tmp_path / "g.xlsx", [("", "Input")])
    wb = load_workbook(path)
    wb.active["B2"].fill = fill("00B050")
    wb.save(path)
    assert actions.check(path).rollup.status["green"] == 1


def test_a_word_that_always_stands_on_one_colour_means_that_colour(tmp_path: Path) -> None:
    """Issue 19: "Slipping" (no word of the vocabulary) typed in three cells, each on an amber fill,
    means yellow: the workbook says so itself, and the reading and the summary say how it was read.
    A word in one cell only, or on fills that differ, stays unknown (an error)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Measure", "RAG", "Comment"])
    rows = [
        ("Library visits", "Slipping", "FFC000"),
        ("Museum visits", "Slipping", "FFC000"),
        ("Sports halls", "Slipping", "FFC000"),
        ("Parks", "Sliding", "FF0000"),  # one cell only
        ("Pools", "Wobbly", "00B050"),
        ("Rinks", "Wobbly", "FF0000"),  # fills that differ
        ("Halls", "Green", None),
    ]
    for n, (item, typed, colour) in enumerate(rows, start=2):
        ws.append([item, typed, "comment"])
        if colour:
            ws.cell(n, 2).fill = fill(colour)
    wb.save(tmp_path / "f.xlsx")
    result = actions.check(tmp_path / "f.xlsx")
    status = result.rollup.status
    assert (status["yellow"], status["green"], status["unknown"]) == (3, 1, 3)
    assert result.report.inferred == (("Slipping", "colour"),)
    assert [i.cell for i in result.report.issues if i.code == "unknown-status"] == ["B5", "B6", "B7"]
    from xlfollow.core.reading import reading_lines

    assert any(
        "”Slipping” i tre celler: gul. Tolkat av färgen" in line for line in reading_lines(result.report)
    )
    summary = load_workbook(actions.run(tmp_path / "f.xlsx").written)["Sammanställning"]
    texts = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert (
        "Lägen som xlfollow inte känner är tolkade av färgen de står på: ”Slipping” (gul). Se bladet "
        "”Kontroll”." in texts
    )


def test_the_sheets_own_legend_gives_the_meaning_of_its_words(tmp_path: Path) -> None:
    """Issue 19 (meanings from the workbook): a legend beside the table ("Key": "Slipping" beside
    "Behind schedule", "◐ = delvis uppfyllt") gives the words no vocabulary knows their meaning; the
    reading and the summary say they were read by the legend. A key whose meaning is no status
    ("Data" beside "Source: ONS") gives nothing."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Measure", "RAG", "Comment", None, "Key"])
    rows = [
        ["Library visits", "Slipping", "late", None, "Slipping", "Behind schedule"],
        ["Museum visits", "Fine", "ok", None, "Fine", "On track"],
        ["Sports halls", "◐", "half", None, "◐ = delvis uppfyllt"],
        ["Parks", "Data", "?", None, "Data", "Source: ONS"],
    ]
    for row in rows:
        ws.append(row)
    wb.save(tmp_path / "f.xlsx")
    result = actions.check(tmp_path / "f.xlsx")
    status = result.rollup.status
    assert (status["red"], status["green"], status["yellow"], status["unknown"]) == (1, 1, 1, 1)
    assert dict(result.report.inferred) == {"Slipping": "legend", "Fine": "legend", "◐": "legend"}
    from xlfollow.core.reading import reading_lines

    assert any(
        "”Slipping” i en cell: röd. Tolkat efter bladets teckenförklaring" in line
        for line in reading_lines(result.report)
    )


def test_a_conditional_format_that_colours_a_word_gives_it_its_meaning(tmp_path: Path) -> None:
    """Issue 19 (meanings from the workbook): words coloured by the workbook's own conditional
    formats ("Text that contains Slipping": amber; "Cell value equal to "Behind"": red) mean the
    status of that colour, as a static fill does; a rule on another column says nothing here."""
    from openpyxl.formatting.rule import CellIsRule, Rule
    from openpyxl.styles.differential import DifferentialStyle

    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Measure", "RAG", "Comment"])
    for item, typed in [
        ("Library", "Slipping"),
        ("Museum", "Slipping"),
        ("Pool", "Behind"),
        ("Rink", "Behind"),
    ]:
        ws.append([f"{item} visits", typed, "Slipping"])
    contains = Rule(type="containsText", operator="containsText", text="Slipping")
    contains.dxf = DifferentialStyle(fill=PatternFill(bgColor="FFC000"))
    contains.formula = ['NOT(ISERROR(SEARCH("Slipping",B2)))']
    ws.conditional_formatting.add("B2:B5", contains)
    ws.conditional_formatting.add(
        "B2:B5", CellIsRule(operator="equal", formula=['"Behind"'], fill=fill("FF0000"))
    )
    wb.save(tmp_path / "f.xlsx")
    result = actions.check(tmp_path / "f.xlsx")
    status = result.rollup.status
    assert (status["yellow"], status["red"], status["unknown"]) == (2, 2, 0)
    assert dict(result.report.inferred) == {"Slipping": "colour", "Behind": "colour"}

    # the settings' colour. lines go first, as for a cell's own fill
    settings = wb.create_sheet("xlfollow")
    settings.append(["colour.FFC000", "röd"])
    wb.save(tmp_path / "g.xlsx")
    assert actions.check(tmp_path / "g.xlsx").rollup.status["red"] == 4

    # desktop Excel's buttons: the colour Excel shows each word in (DisplayFormat), the same reading
    from fake_excel import FakeBook

    rows = [list(r) for r in load_workbook(tmp_path / "f.xlsx")["Plan"].iter_rows(values_only=True)]
    book = FakeBook("f.xlsx", {"Plan": rows}, com=True)
    book.sheets["Plan"].shown = {"B2": "#FFC000", "B3": "#FFC000", "B4": "#FF0000", "B5": "#FF0000"}
    live = actions.run_live(book, "check")
    assert {i.text: i.status for i in live.report.items} == {i.text: i.status for i in result.report.items}
    assert dict(live.report.inferred) == {"Slipping": "colour", "Behind": "colour"}


def test_of_two_rules_colouring_a_word_the_one_excel_applies_first_gives_its_meaning(tmp_path: Path) -> None:
    """Excel applies the rule of the lowest priority first, wherever it stands in the file."""
    from openpyxl.formatting.rule import CellIsRule, Rule
    from openpyxl.styles.differential import DifferentialStyle

    wb = Workbook()
    ws = wb.active
    ws.append(["Measure", "RAG"])
    ws.append(["Library visits", "Slipping"])
    ws.append(["Museum visits", "Slipping"])
    contains = Rule(type="containsText", operator="containsText", text="Slipping")
    contains.dxf = DifferentialStyle(fill=PatternFill(bgColor="FFC000"))
    contains.formula = ['NOT(ISERROR(SEARCH("Slipping",B2)))']
    ws.conditional_formatting.add("B2:B3", contains)
    equal = CellIsRule(operator="equal", formula=['"Slipping"'], fill=fill("FF0000"))
    ws.conditional_formatting.add("B2:B3", equal)
    contains.priority, equal.priority = 2, 1  # the red one, written second, comes first
    wb.save(tmp_path / "f.xlsx")
    assert actions.check(tmp_path / "f.xlsx").rollup.status["red"] == 2


def test_a_rules_fill_goes_over_the_cells_own_as_excel_shows_it(tmp_path: Path) -> None:
    """The fifth review: cells shaded light yellow of their own, a rule filling "Behind" red: Excel
    shows red, and so both readers read it (the file reader took the cell's own fill: yellow)."""
    from openpyxl.formatting.rule import CellIsRule

    wb = Workbook()
    ws = wb.active
    ws.append(["Measure", "RAG"])
    for name in ("Library visits", "Museum visits"):
        ws.append([name, "Behind"])
        ws.cell(ws.max_row, 2).fill = fill("FFF2CC")
    ws.conditional_formatting.add(
        "B2:B3", CellIsRule(operator="equal", formula=['"Behind"'], fill=fill("FF0000"))
    )
    wb.save(tmp_path / "f.xlsx")
    assert actions.check(tmp_path / "f.xlsx").rollup.status["red"] == 2


def test_marks_take_their_colours_status_where_the_colour_tells_them_apart() -> None:
    """core/colours.mark_statuses: a mark's status colour is its status, a "✓" (green of its own) in
    gold too; black, grey or a link's blue says nothing."""
    from xlfollow.core.colours import mark_statuses

    dots = {2: ("●", "00B050"), 3: ("●", "FF0000"), 4: ("●", "000000")}

    def said(marks: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str | None]]:
        return {row: (str(glyph), glyph.status) for row, glyph in mark_statuses(marks).items()}

    assert said(dots) == {2: ("● (#00B050)", "green"), 3: ("● (#FF0000)", "red")}
    assert said({2: ("●", "FFC000")}) == {2: ("● (#FFC000)", "yellow")}
    gold = {2: ("✓", "D7B429"), 3: ("✓", "D7B429")}
    # one colour too: a unit's workbook holds a few of the column's rows (the review of 9fd9e28)
    assert said(gold) == {2: ("✓ (#D7B429)", "yellow"), 3: ("✓ (#D7B429)", "yellow")}
    assert said({2: ("✓", "000000"), 3: ("✓", "0563C1")}) == {}  # black, link blue
    both = {**gold, 4: ("✓", "48B749")}
    assert said(both) == {
        2: ("✓ (#D7B429)", "yellow"),
        3: ("✓ (#D7B429)", "yellow"),
        4: ("✓ (#48B749)", "green"),
    }


def _dots(tmp_path: Path) -> Path:
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Mål", "Nämnd", "Läge", "Kommentar"])
    for text, unit, colour in [
        ("Fler i arbete", "SN", "00B050"),
        ("Fler bostäder", "BN", "FFC000"),
        ("Mindre buller", "BN", "FF0000"),
        ("Mer grönt", "SN", "00B050"),
    ]:
        ws.append([text, unit, "●", "k"])
        ws.cell(ws.max_row, 3).font = Font(color=colour)
    wb.save(tmp_path / "dots.xlsx")
    return tmp_path / "dots.xlsx"


def test_a_dot_in_coloured_text_is_its_colours_status_in_every_entry_and_the_round(tmp_path: Path) -> None:
    """Offices colour a "●" red, yellow or green: it was an unknown status in each cell. The file
    reader and the buttons' desktop stand-in read the font colour the same; the reading names the
    colour; run paints no look over it; next-period empties the dot (the next round's missing), and
    a unit's workbook keeps the coloured dot and offers the words."""
    from xlfollow.actions import run_live
    from xlfollow.adapters.file_reader import read_values
    from xlfollow.core.reading import reading_lines

    from fake_excel import FakeBook

    book = _dots(tmp_path)
    report = actions.check(book).report
    expected = [Status.GREEN, Status.YELLOW, Status.RED, Status.GREEN]
    assert [i.status for i in report.items] == expected
    assert not [i for i in report.issues if i.code != "unknown-committee"]  # (SN, BN: not the default codes)
    assert "”● (#FFC000)” i en cell: gul." in reading_lines(report)
    values = read_values(book)
    live = FakeBook("dots.xlsx", {n: [list(r) for r in s.rows] for n, s in values.sheets.items()})
    sheet = live.sheets["Mål"]
    sheet.fills = {}
    sheet.font_colours = {"C2": (0, 176, 80), "C3": (255, 192, 0), "C4": (255, 0, 0), "C5": (0, 176, 80)}
    assert [i.status for i in run_live(live, "check").report.items] == expected
    assert main(["run", str(book), "-o", str(tmp_path / "klar.xlsx")]) == 0
    klar = load_workbook(tmp_path / "klar.xlsx")["Mål"]
    assert [klar.cell(r, 3).font.color.rgb[-6:] for r in range(2, 6)] == [
        "00B050",
        "FFC000",
        "FF0000",
        "00B050",
    ]
    assert {klar.cell(r, 3).fill.fill_type for r in range(2, 6)} == {None}  # no look painted over
    new = actions.next_period(book, tmp_path / "n.xlsx", "augusti 2026").written
    assert [i.status for i in actions.check(new).report.items] == [Status.MISSING] * 4
    sent = actions.send(book, tmp_path / "ut")
    for _, path, _ in sent.files:
        unit = actions.check(path).report
        assert all(i.status is not None and str(i.status_value).startswith("● (#") for i in unit.items)
    # a unit that answers by giving its dot another colour: said, as a fill given another colour is
    # (the review of 9fd9e28: collect said nothing, consolidate counted the new colour)
    from openpyxl.styles import Font

    bn = next(path for unit, path, _ in sent.files if unit == "BN")
    wb = load_workbook(bn)
    wb["Mål"]["C2"].font = Font(color="00B050")
    wb.save(bn)
    collected = actions.collect(book, [bn])
    assert [f.code for f in collected.collected.findings] == ["colour-changed"]
