"""A status written as a number that the sheet's own conditional formatting colours (issue 19: "a
numeric status or percent column with thresholds from the sheet's legend, its conditional
formatting or the settings"): "Cell value >= 0,9" green, "between 0,75 and 0,9" amber, "< 0,75"
red, or formulas against threshold cells (ooxml/numberrules.py, file_reader._number_rule_carried).
Each number gets the status of the fill Excel shows it with; what no rule colours, or what a rule
xlfollow cannot evaluate could colour, is never counted as a status. Through the round: the
reading and the summary say it, learn writes one line per status, send asks for a number, collect
writes Historik's status as the next run reads it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from helpers import AMBER, GREEN, RED, number_rules_book
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import PatternFill

from xlfollow import actions
from xlfollow.core.plan import choice_lines
from xlfollow.core.reading import reading_lines
from xlfollow.core.status import Status
from xlfollow.ooxml.numberrules import _compare, _expression, _test


def _rewrite(path: Path, old: bytes, new: bytes) -> None:
    """The first sheet's XML with ``old`` written as another program writes it."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    assert old in parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(old, new)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _statuses(path: Path) -> dict[str, str | None]:
    report = actions.check(path).report
    return {i.text: i.status.value if i.status else None for i in report.items}


EXPECTED = {
    "Andel trygga": "green",
    "Nöjdhet": "yellow",
    "Behörighet": "red",
    "Budget": "green",
    "Prognos": "green",
    "Likviditet": "red",
}


@pytest.mark.parametrize("rules", ["cellis", "formulas"])
def test_each_number_gets_the_status_of_the_fill_excel_shows(rules: str, tmp_path: Path) -> None:
    book = number_rules_book(tmp_path / "m.xlsx", rules)
    assert _statuses(book) == EXPECTED
    report = actions.check(book).report
    said = " ".join(reading_lines(report))
    assert "villkorsstyrda formatering" in said and "grön (" in said and "i tre celler" in said
    assert any("villkorsstyrda formatering" in line for line in choice_lines(report))  # the summary says it
    if rules == "cellis":
        assert "≥ 0,9" in said and "< 0,75" in said


@pytest.mark.parametrize("rules", ["unknown-first", "scale", "stop"])
def test_a_colour_xlfollow_cannot_know_is_never_counted(rules: str, tmp_path: Path) -> None:
    statuses = _statuses(number_rules_book(tmp_path / "m.xlsx", rules))
    if rules == "stop":  # only 1,02 is above 1: Excel shows it unfilled, the others green
        assert statuses.pop("Budget") is None and set(statuses.values()) == {"green"}
    else:
        assert set(statuses.values()) == {None}


def test_the_settings_thresholds_go_before_the_sheets_rules(tmp_path: Path) -> None:
    book = number_rules_book(
        tmp_path / "m.xlsx", settings={"threshold.green": "50 %", "threshold.yellow": "40 %"}
    )
    assert set(_statuses(book).values()) == {"green"}


def test_excels_comparisons_and_rules() -> None:
    assert _compare(None, "<", 0.5) and _compare("text", ">", 5) and _compare("Abc", "=", "aBC")
    assert _compare(True, ">", 0) is None  # a boolean is not evaluated
    assert _expression("$C2>=90%") is not None and _expression("SUM(C2:C3)>1") is None
    between, _ = _test("cellIs", "notBetween", ["0.75", "0.9"], "")
    assert between is not None
    assert between.holds((2, 3), (2, 3), lambda r, c: None, 0.5) is True
    assert between.holds((2, 3), (2, 3), lambda r, c: None, 0.8) is False
    # "text that contains Behind" never colours a number; "does not contain" colours every one
    never, _ = _test("containsText", "", [], "Behind")
    always, _ = _test("notContainsText", "", [], "Behind")
    assert never is not None and always is not None
    assert never.holds((2, 3), (2, 3), lambda r, c: None, 0.5) is False
    assert always.holds((2, 3), (2, 3), lambda r, c: None, 0.5) is True


def test_learn_writes_a_line_per_status_and_the_next_run_reads_the_same(tmp_path: Path) -> None:
    book = number_rules_book(tmp_path / "m.xlsx")
    actions.learn(book)
    lines = [row for row in openpyxl.load_workbook(book)["xlfollow"].iter_rows(values_only=True) if row[0]]
    ruled = [row for row in lines if row[0] == "# villkorsstyrd formatering"]
    assert [(row[1], row[2]) for row in ruled] == [("grön", 3), ("gul", 1), ("röd", 2)]
    assert not any(str(row[0]).startswith("# 0.") for row in lines)  # no line per number
    assert _statuses(book) == EXPECTED


def test_send_asks_for_a_number_and_collect_reads_it_as_the_next_run_will(tmp_path: Path) -> None:
    master = number_rules_book(tmp_path / "m.xlsx")
    sent = actions.send(master, tmp_path / "ut")
    unit = next(w for u, w, _ in sent.files if u == "Kommunstyrelsen")
    wb = openpyxl.load_workbook(unit)
    assert not wb["Mål"].data_validations.dataValidation  # no list of words over the numbers
    assert any("Läget är ett tal" in str(c.value) for c in wb["Instruktioner"]["A"])
    ws = wb["Mål"]
    ws["C2"], ws["D2"] = 0.5, "Sämre"  # Budget: from green to red by the master's rules
    wb.save(unit)
    result = actions.collect(master, [unit])
    assert result.written is not None
    history = [row for row in openpyxl.load_workbook(result.written)["Historik"].iter_rows(values_only=True)]
    budget = next(row for row in history if "Budget" in row)
    assert "röd" in budget  # read against the rules, as the next run reads it (it was "okänt")
    assert _statuses(result.written)["Budget"] == "red"


def test_the_reviews_cases(tmp_path: Path) -> None:
    """The fourth review's findings, each broken on purpose: a fill in a theme colour is no fill
    (0,95 was counted amber by the next rule); a text "" is no 0; a rule that refers to the
    status column reads the numbers as saved (the rows below the first were unknown); Excel's 15
    digits (0,7+0,2 is 0,9); the user's own status.0.95 goes before the rules; a whole column
    "B:B" is a range (the rule was dropped)."""
    from openpyxl.styles.colors import Color

    def book(
        name: str, values: list[float], add, settings: dict[str, str] | None = None
    ) -> dict[str, str | None]:
        wb = Workbook()
        ws = wb.active
        ws.append(["Indikator", "Läge"])
        for n, value in enumerate(values, start=1):
            ws.append([f"Indikator nummer {n}", value])
        add(ws.conditional_formatting)
        if settings:
            sheet = wb.create_sheet("xlfollow")
            for key, value in settings.items():
                sheet.append([key, value])
        wb.save(tmp_path / name)
        return {k: v for k, v in _statuses(tmp_path / name).items()}

    themed = PatternFill(fill_type="solid", start_color=Color(theme=9), end_color=Color(theme=9))

    def theme_first(cf) -> None:
        cf.add("B2:B9", CellIsRule(operator="greaterThanOrEqual", formula=["0.9"], fill=themed))
        cf.add("B2:B9", CellIsRule(operator="greaterThanOrEqual", formula=["0.75"], fill=AMBER))
        cf.add("B2:B9", CellIsRule(operator="lessThan", formula=["0.75"], fill=RED))

    assert list(book("theme.xlsx", [0.95, 0.8, 0.5], theme_first).values()) == [None, "yellow", "red"]

    def blank_text(cf) -> None:
        cf.add("B2:B9", FormulaRule(formula=['$B2=""'], fill=AMBER))
        cf.add("B2:B9", CellIsRule(operator="lessThan", formula=["0.5"], fill=RED))
        cf.add("B2:B9", CellIsRule(operator="greaterThanOrEqual", formula=["0.5"], fill=GREEN))

    assert list(book("blank.xlsx", [0, 0.7], blank_text).values()) == ["red", "green"]

    def against_the_first(cf) -> None:
        cf.add("B2:B9", FormulaRule(formula=["$B2>=$B$2"], fill=GREEN))
        cf.add("B2:B9", FormulaRule(formula=["$B2<$B$2"], fill=RED))

    assert list(book("first.xlsx", [0.8, 0.9, 0.7], against_the_first).values()) == ["green", "green", "red"]

    def at_ninety(cf) -> None:
        cf.add("B2:B9", CellIsRule(operator="greaterThanOrEqual", formula=["0.9"], fill=GREEN))
        cf.add("B2:B9", CellIsRule(operator="lessThan", formula=["0.9"], fill=AMBER))

    assert list(book("digits.xlsx", [0.7 + 0.2, 0.89], at_ninety).values()) == ["green", "yellow"]
    own = book("own.xlsx", [0.95, 0.91], at_ninety, {"status.0.95": "röd"})
    assert list(own.values()) == ["red", "green"]

    def whole_column(cf) -> None:  # "B:B" as other programs write a whole column; it comes first
        cf.add("B1:B1048576", CellIsRule(operator="greaterThanOrEqual", formula=["0.9"], fill=GREEN))
        cf.add("B2:B3", CellIsRule(operator="greaterThanOrEqual", formula=["0"], fill=RED))

    assert list(book("whole.xlsx", [0.95, 0.5], whole_column).values()) == ["green", "red"]
    _rewrite(tmp_path / "whole.xlsx", b'sqref="B1:B1048576"', b'sqref="B:B"')
    assert list(_statuses(tmp_path / "whole.xlsx").values()) == ["green", "red"]


def test_desktop_excel_reads_the_colour_it_shows_as_the_command_line_reads_the_rules(tmp_path: Path) -> None:
    """The buttons on desktop Excel: each number's colour as Excel shows it (DisplayFormat), here the
    colours the rules give by hand; the cell's own fill is no rule's. The same statuses as the
    command line's, which evaluates the rules."""
    from fake_excel import FakeBook

    path = number_rules_book(tmp_path / "m.xlsx")
    rows = [list(r) for r in openpyxl.load_workbook(path)["Mål"].iter_rows(values_only=True)]
    rows.append(["Ny indikator", "Kommunstyrelsen", None, None])  # not answered yet: a blank status
    book = FakeBook("m.xlsx", {"Mål": rows}, com=True)
    sheet = book.sheets["Mål"]
    sheet.fills = {"C4": "#C6EFCE"}  # the cell's own green, which no rule gives
    green, amber, red = "#C6EFCE", "#FFEB9C", "#FFC7CE"
    shown = {0.95: green, 0.8: amber, 0.6: red, 1.02: green, 0.9: green, 0.749: red}
    sheet.shown = {
        f"C{n}": shown[row[2]] for n, row in enumerate(rows[1:], start=2) if row[2] not in (0.6, None)
    }
    live = actions.run_live(book, "check").report
    statuses = {i.text: i.status.value if i.status else None for i in live.items}
    # C4 shows its own fill: no rule's, no status; the blank cell below has no fill (the reader's
    # early return there kept the numbers unread)
    assert statuses == {**EXPECTED, "Behörighet": None, "Ny indikator": "missing"}
    sheet.shown["C4"] = green  # a rule fills it in the colour it has of its own: the rule's
    live = actions.run_live(book, "check").report
    assert {i.text: i.status for i in live.items}["Behörighet"] is Status.GREEN
    sheet.shown["C4"] = red  # now a rule fills it red
    live = actions.run_live(book, "check").report
    live_statuses = {i.text: i.status.value if i.status else None for i in live.items}
    assert (
        live_statuses
        == {**_statuses(path), "Ny indikator": "missing"}
        == {**EXPECTED, "Ny indikator": "missing"}
    )
    assert any("villkorsstyrda formatering" in line for line in reading_lines(live))


_FORMULA_PARTS = st.sampled_from(
    [
        "$C2",
        "C2",
        "$H$3",
        "H$3",
        "0.9",
        "90%",
        '""',
        '"x,y"',
        "-1",
        "1E3",
        ">=",
        "<",
        "<>",
        "=",
        ",",
        "(",
        ")",
        "AND",
        "OR",
        "NOT",
        "ROW()",
        "MOD",
        "Blad2!A1",
        "LOG10(C2)",
        " ",
    ]
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(_FORMULA_PARTS, max_size=12),
    st.one_of(st.none(), st.floats(allow_nan=False), st.text(max_size=4)),
)
def test_any_formula_parses_or_is_refused_and_never_raises(parts: list[str], value: object) -> None:
    """A formula of a rule xlfollow did not write: a test it can evaluate, or none (the colour then
    unknown); evaluating it against any cell value answers True, False or None, never raises."""
    formula = "".join(parts)
    for test in (_expression(formula), _test("cellIs", "greaterThan", [formula], "")[0]):
        if test is not None:
            assert test.holds((5, 3), (2, 3), lambda r, c: value, value) in (True, False, None)


# --- the fifth review's cases: each failed before its fix -------------------------------------------
def _ruled_master(
    path: Path, rules: list[tuple[str, Any]], statuses: tuple[Any, ...] = (0.95, 0.6, 0.8)
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Indikatorer"
    ws.append(["Indikator", "Nämnd", "Läge", "Kommentar"])
    for n, (status, unit) in enumerate(zip(statuses, ("KS", "KS", "MN"), strict=True), start=1):
        ws.append([f"Indikator nummer {n}", unit, status, None])
    ws["F2"] = 0.9  # a threshold cell beside the table
    for where, rule in rules:
        ws.conditional_formatting.add(where, rule)
    wb.save(path)
    return path


def _unit_reading(master: Path, out: Path) -> tuple[dict[str, str | None], Any]:
    unit = next(w for u, w, _ in actions.send(master, out).files if u == "KS")
    return _statuses(unit), openpyxl.load_workbook(unit).worksheets[0]


def test_a_units_workbook_carries_the_rules_only_where_they_read_the_same(tmp_path: Path) -> None:
    """The master's rules go with the unit's rows only where every rule over the status column
    covers that column alone, all the unit's rows, and tests a constant or the cell itself:
    otherwise a unit's 900 visits showed green where the master shows red (a rule per row), a
    rule over B:D tested the committee's name, and dropping the rule against a threshold cell let
    a later rule win. Never the colours of another rule: none, as before."""
    steps = [
        ("C2:C4", CellIsRule(operator="greaterThanOrEqual", formula=["0.9"], fill=GREEN)),
        ("C2:C4", CellIsRule(operator="lessThan", formula=["0.9"], fill=RED)),
    ]
    carried, sheet = _unit_reading(_ruled_master(tmp_path / "a.xlsx", steps), tmp_path / "a")
    assert (
        carried == {"Indikator nummer 1": "green", "Indikator nummer 2": "red"}
        and sheet.conditional_formatting
    )
    per_row = [
        ("C2", CellIsRule(operator="greaterThanOrEqual", formula=["0.9"], fill=GREEN)),
        ("C3:C4", CellIsRule(operator="greaterThanOrEqual", formula=["0.5"], fill=GREEN)),
    ]
    other_columns = [("B2:D4", FormulaRule(formula=["B2>=0.9"], fill=GREEN))]
    threshold_cell = [
        ("C2:C4", FormulaRule(formula=["$C2>=$F$2"], fill=GREEN)),
        ("C2:C4", CellIsRule(operator="greaterThanOrEqual", formula=["0"], fill=AMBER)),
    ]
    for name, rules in (("rad", per_row), ("kolumner", other_columns), ("gräns", threshold_cell)):
        statuses, sheet = _unit_reading(_ruled_master(tmp_path / f"{name}.xlsx", rules), tmp_path / name)
        assert not list(sheet.conditional_formatting), name
        assert set(statuses.values()) == {None}, name  # unknown, never another rule's colour


def test_send_survives_rules_written_by_other_programs(tmp_path: Path) -> None:
    """A data bar as Excel 2010 writes it (an extension with its own namespace) and a sheet whose
    main namespace has a prefix (Open XML SDK): send crashed on both (XMLSyntaxError)."""
    from openpyxl.formatting.rule import DataBarRule

    rules = [
        ("C2:C4", CellIsRule(operator="greaterThanOrEqual", formula=["0.9"], fill=GREEN)),
        ("C2:C4", CellIsRule(operator="lessThan", formula=["0.9"], fill=RED)),
        ("C2:C4", DataBarRule(start_type="num", start_value=0, end_type="num", end_value=1, color="638EC6")),
    ]
    master = _ruled_master(tmp_path / "m.xlsx", rules)
    extension = (
        b'<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" '
        b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        b"<x14:id>{00000000-0000-0000-0000-000000000001}</x14:id></ext></extLst></cfRule>"
    )
    _rewrite(master, b"</dataBar></cfRule>", b"</dataBar>" + extension)
    assert _unit_reading(master, tmp_path / "a")[0] == {
        "Indikator nummer 1": "green",
        "Indikator nummer 2": "red",
    }
    prefixed = _ruled_master(tmp_path / "p.xlsx", rules[:2])
    import zipfile

    with zipfile.ZipFile(prefixed) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"]
    xml = re.sub(rb"<(/?)(?!\?)([A-Za-z])", rb"<\1x:\2", xml).replace(b'xmlns="', b'xmlns:x="')
    parts["xl/worksheets/sheet1.xml"] = xml
    with zipfile.ZipFile(prefixed, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert _statuses(prefixed) == {
        **dict.fromkeys(("Indikator nummer 1",), "green"),
        "Indikator nummer 2": "red",
        "Indikator nummer 3": "red",
    }
    assert _unit_reading(prefixed, tmp_path / "p")[0] == {
        "Indikator nummer 1": "green",
        "Indikator nummer 2": "red",
    }


def test_a_rule_over_numbers_beside_words_keeps_the_list_of_words(tmp_path: Path) -> None:
    """Statuses in words and a rule "Cell value < 0" that colours the text red: the unit's list of
    words stays (the unit was told its status is a number)."""
    from openpyxl.styles import Font

    rules = [("A2:D4", CellIsRule(operator="lessThan", formula=["0"], font=Font(color="FF0000")))]
    master = _ruled_master(tmp_path / "w.xlsx", rules, statuses=("Grön", "Röd", "Gul"))
    unit = next(w for u, w, _ in actions.send(master, tmp_path / "w").files if u == "KS")
    wb = openpyxl.load_workbook(unit)
    assert wb.worksheets[0].data_validations.dataValidation
    assert not any("Läget är ett tal" in str(c.value) for c in wb["Instruktioner"]["A"])


def test_a_threshold_cell_whose_formula_has_no_saved_result_decides_nothing(tmp_path: Path) -> None:
    """A rule against a cell holding a formula saved without its result (a program other than Excel
    wrote it): the cell's value is not known, so no number is coloured by the rule (read as empty,
    every number reached a threshold of 0 and was green)."""
    path = number_rules_book(tmp_path / "f.xlsx", "formulas")
    wb = openpyxl.load_workbook(path)
    wb["Mål"]["H4"] = "=0.8+0.1"  # saved by openpyxl: the formula, no result
    wb["Mål"]["H3"] = "=0.75"
    wb.save(path)
    assert set(_statuses(path).values()) == {None}  # unknown, said at the cells
    lines = reading_lines(actions.check(path).report)
    said = next(line for line in lines if line.startswith("”0,95”") or line.startswith("”0.95”"))
    assert "threshold.grön" in said and "spara boken i Excel" in said  # no "status.0.95 = grön" alone
    saved = number_rules_book(tmp_path / "g.xlsx", "formulas")  # the same thresholds as numbers
    assert _statuses(saved) == EXPECTED
