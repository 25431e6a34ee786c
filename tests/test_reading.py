"""Show the reading (issue 8): `check` prints, and Kontroll shows at the top, how the workbook was
read: the sheet, the header row, the columns, the period, and each distinct status text or colour
with its count, what it was read as, and the settings line that would change an unknown one."""

from __future__ import annotations

from openpyxl import load_workbook
from openpyxl.styles import PatternFill

from xlfollow import actions
from xlfollow.cli import main


def test_check_prints_how_the_workbook_was_read(make_book, capsys) -> None:
    path = make_book(
        [
            ["Nämndmål", "Per april", "Per augusti", "Kommentar"],
            ["1. a", "↑", "blå", "x"],
            ["2. b", "→", "blå", "y"],
        ]
    )
    wb = load_workbook(path)
    wb["Data"]["C3"].value = None
    wb["Data"]["C3"].fill = PatternFill("solid", fgColor="00B050")
    wb.save(path)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    reading = out[out.index("Så lästes arbetsboken:") :]
    assert "Datablad: ”Data”, rubriker på rad 1." in reading
    assert "läge C ”Per augusti”" in reading  # the latest period with values
    assert "”blå” i en cell: okänt. Skriv till exempel status.blå = grön på bladet xlfollow" in reading
    assert "Färgen 00B050 i en cell: grön." in reading


def test_kontroll_shows_the_reading_at_the_top(make_book) -> None:
    path = make_book([["Framgångsfaktor", "Läge"], ["1. a", "😊"], ["2. b", "😒"]])
    ws = load_workbook(actions.run(path).written)["Kontroll"]
    assert ws["A4"].value == "Så lästes arbetsboken"
    assert "”😊” i en cell: grön." in [ws.cell(r, 1).value for r in range(5, 12)]


NACKA = [
    ["Typ", "Mål och nyckeltal", "Bedömning"],
    ["S", "A1. Nacka ska anses ha ett gott företagsklimat", "Bra"],
    ["N", "Ranking av bästa näringsklimat i svenska kommuner", "OK"],
    ["N", "Nöjd Kund Index avseende företagens syn på kommunens service", "Har brister"],
    ["N", "Antal nya företag i kommunen", "OK"],
]


def test_an_ambiguous_word_is_read_by_the_books_language_and_said(make_book, capsys) -> None:
    """Nacka's scale "Bra – OK – Har brister": in a Swedish book "OK" is the middle step (yellow),
    in an English one it means fine (green); either way the reading says it could be the other."""
    path = make_book(NACKA)
    assert actions.check(path).rollup.status["yellow"] == 2
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "”OK” betyder olika i olika språk: läst som gul" in out
    assert "Skriv status.OK = grön på bladet xlfollow" in out
    english = actions.check(path, language="en")
    assert english.rollup.status["green"] == 3 and english.rollup.status["yellow"] == 0
    assert main(["check", str(path), "--lang", "en"]) == 0
    assert "“OK” means different things in different languages: read as green" in capsys.readouterr().out


def test_a_word_the_settings_name_is_not_ambiguous(make_book, capsys) -> None:
    path = make_book(NACKA, settings=[["status.OK", "grön"]])
    assert actions.check(path).rollup.status["green"] == 3
    assert main(["check", str(path)]) == 0
    assert "betyder olika" not in capsys.readouterr().out
