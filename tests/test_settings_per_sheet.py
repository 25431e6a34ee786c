"""Settings for one sheet of several (issue 19: "one sheet per unit with different headers, read
together; settings per sheet where a user needs them"): `Blad!nyckel` lines on the settings sheet
(`BUN!header_row = 3`, `BUN!column.status = C`), as Excel writes a reference to another sheet's
cell. Through the round: check, learn, send, collect, next-period."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from xlfollow import actions
from xlfollow.core.errors import InputError
from xlfollow.core.settings import parse_settings
from xlfollow.core.status import Status

G, Y, R, M = Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING


def _book(path: Path, lines: list[tuple[str, Any]]) -> Path:
    """KS's sheet read by its headers; BUN's headers name nothing xlfollow knows, below a title."""
    wb = Workbook()
    ks = wb.active
    ks.title = "KS"
    ks.append(["Framgångsfaktor", "Läge", "Kommentar"])
    for text, status in [("Fler i arbete", "grön"), ("Kortare köer", "gul"), ("Färre olyckor", "röd")]:
        ks.append([text, status, "Enligt plan."])
    bun = wb.create_sheet("BUN")
    bun.append(["Barn- och utbildningsnämnden"])
    bun.append([])
    bun.append(["Vad", "Vem", "Hur gick det", "Varför"])
    for text, status in [("Högre behörighet", "grön"), ("Ny förskola", "röd"), ("Digitala läromedel", "gul")]:
        bun.append([text, "Rektor", status, "Text."])
    settings = wb.create_sheet("xlfollow")
    settings.append(["Inställning", "Värde"])
    for line in lines:
        settings.append(list(line))
    wb.save(path)
    return path


LINES = [("BUN!header_row", 3), ("BUN!column.item", "A"), ("BUN!column.status", "C")]


def _statuses(path: Path) -> list[tuple[str, Status | None]]:
    return [(i.text, i.status) for i in actions.check(path).report.items]


def test_a_sheets_own_lines_read_it_beside_the_others(tmp_path: Path) -> None:
    assert [t for t, _ in _statuses(_book(tmp_path / "utan.xlsx", []))] == [
        "Fler i arbete",
        "Kortare köer",
        "Färre olyckor",
    ]  # without them, BUN's table is not found
    book = _book(tmp_path / "med.xlsx", LINES)
    assert _statuses(book) == [
        ("Fler i arbete", G),
        ("Kortare köer", Y),
        ("Färre olyckor", R),
        ("Högre behörighet", G),
        ("Ny förskola", R),
        ("Digitala läromedel", Y),
    ]
    settings = parse_settings([(k, v, "test") for k, v in LINES])
    assert settings.for_sheet("BUN").header_row == 3 and settings.for_sheet("KS").header_row is None


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # the line is named (a sheet renamed after next-period wrote its own lines: the third review)
        (("UN!column.status", "C"), "rader för bladet ”UN” (UN!column.status), men det bladet finns inte"),
        (("BUN!language", "en"), "Blad!nyckel"),
        (("!column.status", "C"), "Blad!nyckel"),
    ],
)
def test_a_line_for_a_sheet_that_is_not_there_or_a_key_no_sheet_has_is_one_line(
    tmp_path: Path, line: tuple[str, Any], said: str
) -> None:
    with pytest.raises(InputError) as raised:
        actions.check(_book(tmp_path / "fel.xlsx", [line]))
    assert said in raised.value.message("sv")


def test_learn_send_collect_and_next_period_keep_the_sheets_own_lines(tmp_path: Path) -> None:
    book = _book(tmp_path / "mal.xlsx", LINES)
    before = _statuses(book)
    learnt = tmp_path / "lard.xlsx"
    actions.learn(book, learnt)
    assert _statuses(learnt) == before
    # one table per sheet: learn writes each sheet's reading on lines of its own, to confirm once
    keys = [r[0] for r in load_workbook(learnt)["xlfollow"].iter_rows(values_only=True) if r and r[0]]
    assert {"KS!header_row", "KS!column.item", "KS!column.status"} <= set(keys)
    assert "# BUN!column.status" in keys  # the user's own line above stands; learn names it, not twice

    sent = actions.send(book)
    units = {unit: path for unit, path, _ in sent.files}
    assert _statuses(units["BUN"]) == before[3:] and _statuses(units["KS"]) == before[:3]
    wb = load_workbook(units["BUN"])
    ws = wb["BUN"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Ny förskola")
    ws.cell(row, 3).value = "gul"
    wb.save(units["BUN"])
    collected = actions.collect(book, [units["BUN"]]).written
    assert collected is not None and dict(_statuses(collected))["Ny förskola"] is Y

    new = actions.next_period(collected, None, "augusti 2026").written
    assert [s for _, s in _statuses(new)] == [M] * 6  # both sheets, emptied for the new round


# --- a third independent review's cases (each once read wrong) ---------------------------------------


def _sheets(path: Path, sheets: dict[str, list[list[Any]]], lines: list[tuple[str, Any]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    if lines:
        settings = wb.create_sheet("xlfollow")
        for line in lines:
            settings.append(list(line))
    wb.save(path)
    return path


def _table(prefix: str, statuses: list[str], above: int = 0) -> list[list[Any]]:
    return (
        [[None]] * above
        + [["Mål", "Status", "Kommentar"]]
        + [[f"{prefix} mål {i + 1}", s, "ok"] for i, s in enumerate(statuses)]
    )


def test_a_status_with_an_exclamation_mark_is_a_word_not_a_sheets_line(tmp_path: Path) -> None:
    book = _sheets(tmp_path / "utrop.xlsx", {"KS": _table("KS", ["Klart!", "Pågår", "Ej klart!"])}, [])
    actions.learn(book)
    assert [s for _, s in _statuses(book)] == [G, Y, R]  # learnt, then read: no error
    settings = parse_settings([("status.Klart!", "grön", "test")])
    assert settings.statuses == {"Klart!": G} and not settings.sheets


def test_a_header_row_for_all_sheets_and_one_sheets_own_read_every_sheet(tmp_path: Path) -> None:
    sheets = {"KS": _table("KS", ["grön", "gul"]), "BUN": _table("BUN", ["grön", "röd"], above=3)}
    book = _sheets(tmp_path / "glob.xlsx", sheets, [("header_row", 1), ("BUN!header_row", 4)])
    assert [t for t, _ in _statuses(book)] == ["KS mål 1", "KS mål 2", "BUN mål 1", "BUN mål 2"]


def test_a_sheet_whose_name_ends_with_a_space_is_learnt_and_read_again(tmp_path: Path) -> None:
    sheets = {"KS": _table("KS", ["grön", "gul"]), "BUN ": _table("BUN", ["grön", "röd"])}
    book = _sheets(tmp_path / "mellanslag.xlsx", sheets, [])
    before = _statuses(book)
    actions.learn(book)
    assert _statuses(book) == before and len(before) == 4


def test_next_period_clears_a_sheets_own_period(tmp_path: Path) -> None:
    sheets = {
        "KS": [["Mål", "Status april", "Status augusti", "Kommentar"], ["KS mål 1", "grön", "röd", "x"]],
        "BUN": [["Mål", "Läge T1", "Läge T2", "Kommentar"], ["BUN mål 1", "grön", "gul", "x"]],
    }
    book = _sheets(tmp_path / "perioder.xlsx", sheets, [("period", "augusti"), ("BUN!period", "T2")])
    assert [s for _, s in _statuses(book)] == [R, Y]
    new = actions.next_period(book, None, "december").written
    assert [s for _, s in _statuses(new)] == [M, M]  # BUN's August statuses are not December's


def test_a_sheets_own_meaning_of_a_text_holds_there_only_and_goes_through_the_round(tmp_path: Path) -> None:
    """`BUN!status.Hake! = grön`: "Hake!" is green on BUN's sheet, and unknown on KS's, which never
    said it (a "Y" of yes and no on one sheet, a RAG letter on another: the second review). The
    line is split at the "!" before its key, whatever the word holds ("Hake!")."""
    lines = [*LINES, ("BUN!status.Hake!", "grön")]
    settings = parse_settings([(k, v, "test") for k, v in lines])
    assert settings.for_sheet("BUN").statuses == {"Hake!": G} and settings.for_sheet("KS").statuses == {}
    quoted = parse_settings([("'Mål!2'!status.Y", "grön", "test")])
    assert quoted.for_sheet("Mål!2").vocabulary().classify("Y") is G
    assert quoted.vocabulary().classify("Y") is Y
    # the lines of a settings file as a unit's workbook gets them read back as the same settings
    from xlfollow.core.settings import settings_lines

    again = parse_settings([(k, v, "test") for k, v in settings_lines(settings)])
    assert again.sheets == settings.sheets

    book = _book(tmp_path / "mal.xlsx", lines)
    wb = load_workbook(book)
    for sheet in ("KS", "BUN"):  # the first item of each sheet: "Hake!"
        ws = wb[sheet]
        ws.cell(2 if sheet == "KS" else 4, 2 if sheet == "KS" else 3).value = "Hake!"
    wb.save(book)
    expected = [("Fler i arbete", None), ("Kortare köer", Y), ("Färre olyckor", R)]
    expected += [("Högre behörighet", G), ("Ny förskola", R), ("Digitala läromedel", Y)]
    assert _statuses(book) == expected
    units = {unit: path for unit, path, _ in actions.send(book).files}
    assert _statuses(units["BUN"]) == expected[3:]
    new = actions.next_period(book, tmp_path / "ny.xlsx", "augusti 2026").written
    wb = load_workbook(new)
    wb["BUN"].cell(4, 3).value = "Hake!"
    wb.save(new)
    assert _statuses(new)[3] == ("Högre behörighet", G)
