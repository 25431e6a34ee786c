"""A status written as a number, read against the thresholds of the sheet's own legend (issue 19:
"a numeric status or percent column with thresholds from the sheet's legend"): the bands as
published follow-ups write them (Helsingborg 2016: "Uppfyllelse 100 procent", "91–99 procent",
"90 procent eller lägre"; Reigate & Banstead: "on or above target"), core/bands.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from xlfollow import actions
from xlfollow.core.bands import Band, band_of, legend_thresholds
from xlfollow.core.reading import reading_lines
from xlfollow.core.settings import Settings
from xlfollow.core.status import Status
from xlfollow.core.status import Threshold as T

G, Y, R, M = Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING
CLASSIFY = Settings().vocabulary().classify


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("Uppfyllelse 100 procent", Band(100, 100, True)),
        ("Uppfyllelse 91–99 procent", Band(91, 99, True)),
        ("Uppfyllelse 90 procent eller lägre", Band(None, 90, True)),
        ("100 % eller mer", Band(100, None, True)),
        ("minst 90 %", Band(90, None, True)),
        ("≥ 90%", Band(90, None, True)),
        ("under 75 %", Band(None, 75, True, strict=True)),
        ("5-7 %", Band(5, 7, True)),
        ("at least 95 per cent", Band(95, None, True)),
        ("högst 3,5", Band(None, 3.5, False)),
        ("Q1 2020/21", None),
        ("Mellan 5 och 7 % eller 9 %", None),  # two bands: none
    ],
)
def test_a_band_as_published_legends_write_it(text: str, band: Band | None) -> None:
    assert band_of(text) == band


def test_the_legends_bands_give_the_thresholds_higher_or_lower_is_better() -> None:
    words = [["Teckenförklaring"], ["Grön: 100 % eller mer"], ["Gul: 91–99 %"], ["Röd: 90 % eller lägre"]]
    assert legend_thresholds(words, CLASSIFY, range(0)) == {G: T(100, True), Y: T(91, True)}
    cells = [["Grön", "under 5 %"], ["Gul", "5–7 %"], ["Röd", "över 7 %"]]  # sick leave: lower is better
    assert legend_thresholds(cells, CLASSIFY, range(0)) == {G: T(5, True, strict=True), Y: T(7, True)}
    assert (
        legend_thresholds([["Grön: minst 90 %"]], CLASSIFY, range(0)) is None
    )  # green alone says too little
    # a row of data ("grön" beside a target of 90 %) is never a legend
    assert (
        legend_thresholds(
            [["Fler i arbete", "grön", "90 %"], ["Färre olyckor", "röd", "40 %"]], CLASSIFY, range(2)
        )
        is None
    )


def test_a_swatch_beside_its_band_as_helsingborg_writes_it() -> None:
    rows: list[list[Any]] = [
        [None, "Uppfyllelse 100 procent"],
        [None, "Uppfyllelse 91–99 procent"],
        [None, "Uppfyllelse 90 procent eller lägre"],
    ]
    fills = {(1, 1): "00B050", (2, 1): "FFC000", (3, 1): "FF0000"}
    colour = {"00B050": G, "FFC000": Y, "FF0000": R}
    assert legend_thresholds(rows, CLASSIFY, range(0), fills, colour.get) == {G: T(100, True), Y: T(91, True)}


def _book(
    path: Path, legend: list[list[Any]], values: list[Any], settings: list[list[Any]] | None = None
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Nämndens mål 2026"])
    for row in legend:
        ws.append(row)
    ws.append([])
    ws.append(["Mål", "Målvärde", "Måluppfyllelse"])
    texts = ["Fler i arbete", "Kortare väntetider", "Färre vräkningar", "Mer återbruk", "Fler lärlingar"]
    for text, value in zip(texts, values, strict=True):
        ws.append([text, "100 %", value])
        if isinstance(value, float):
            ws.cell(ws.max_row, 3).number_format = "0%"
    if settings:
        extra = wb.create_sheet("xlfollow")
        for row in settings:
            extra.append(row)
    wb.save(path)
    return path


LEGEND = [["Teckenförklaring"], ["Grön: 100 % eller mer"], ["Gul: 91–99 %"], ["Röd: 90 % eller lägre"]]
VALUES = [1.02, 0.95, 0.8, 1.0, None]


def test_numbers_in_the_status_column_are_read_against_the_legend_and_said(tmp_path: Path) -> None:
    result = actions.check(_book(tmp_path / "b.xlsx", LEGEND, VALUES))
    assert [i.status for i in result.report.items] == [G, Y, R, G, M]
    lines = reading_lines(result.report)
    assert any(
        "lästa mot gränserna i teckenförklaringen" in line and "grön från 100 %, gul från 91 %" in line
        for line in lines
    )
    written = actions.run(tmp_path / "b.xlsx").written
    assert written is not None
    summary = [v for row in _rows(written, "Sammanställning") for v in row if isinstance(v, str)]
    assert any("teckenförklaringen" in v for v in summary)  # said where it is printed, too


def test_a_swatch_in_a_colour_the_settings_name_gives_its_band(tmp_path: Path) -> None:
    """A legend of swatches in the office's own colours (blue for green, purple for yellow): the
    settings' colour. lines say what each colour means, for the legend as for the cells."""
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill

    swatches = [
        ["Teckenförklaring"],
        [None, "100 % eller mer"],
        [None, "91–99 %"],
        [None, "90 % eller lägre"],
    ]
    given = [["colour.0070C0", "grön"], ["colour.7030A0", "gul"], ["colour.C00000", "röd"]]
    path = _book(tmp_path / "b.xlsx", swatches, VALUES, given)
    wb = load_workbook(path)
    for row, colour in zip((3, 4, 5), ("0070C0", "7030A0", "C00000"), strict=True):
        wb["Mål"].cell(row, 1).fill = PatternFill("solid", fgColor=colour)
    wb.save(path)
    assert [i.status for i in actions.check(path).report.items] == [G, Y, R, G, M]


def _rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook

    return list(load_workbook(path)[sheet].iter_rows(values_only=True))


def test_without_a_legend_or_with_settings_the_legend_decides_nothing(tmp_path: Path) -> None:
    unread = actions.check(_book(tmp_path / "utan.xlsx", [], VALUES)).report
    assert [i.status for i in unread.items] == [None, None, None, None, M]  # unknown, never guessed
    given = [["threshold.grön", "95 %"], ["threshold.gul", "80 %"]]
    settled = actions.check(_book(tmp_path / "inst.xlsx", LEGEND, VALUES, given)).report
    assert [i.status for i in settled.items] == [G, G, Y, G, M] and not settled.thresholds


def test_learn_writes_the_legends_thresholds_and_the_next_run_reads_the_same(tmp_path: Path) -> None:
    book = _book(tmp_path / "b.xlsx", LEGEND, VALUES)
    before = [i.status for i in actions.check(book).report.items]
    actions.learn(book)
    lines = {row[0]: row[1:5] for row in _rows(book, "xlfollow") if isinstance(row[0], str)}
    assert lines["threshold.green"][0] == "100 %" and lines["threshold.yellow"][0] == "91 %"
    assert lines["threshold.green"][3] == "Kontrollera"  # read from the legend: to confirm once
    assert not [k for k in lines if k.startswith("status.")]  # no line per number
    after = actions.check(book).report
    assert [i.status for i in after.items] == before


# --- a second independent review's cases (each once read wrong) ---------------------------------------


@pytest.mark.parametrize(
    ("legend", "found"),
    [
        # lower is better with no yellow: the thresholds cannot say so; nothing is read
        ([["Grön: under 5 %"], ["Röd: 5 % eller mer"]], None),
        # negative bands keep their sign
        (
            [["Grön: minst -2 %"], ["Gul: -5 till -2 %"], ["Röd: under -5 %"]],
            {G: T(-2, True), Y: T(-5, True)},
        ),
        # shares of the goals per status are no scale
        ([["Grön: 60 %"], ["Gul: 25 %"], ["Röd: 15 %"]], None),
        ([["Läge", "Andel"], ["Grön", "60 %"], ["Gul", "25 %"], ["Röd", "15 %"]], None),
        # a row of a table (item, status, target) is no legend line
        ([["Fler i arbete", "Grön", "minst 90 %"], ["Färre olyckor", "Röd", "under 40 %"]], None),
    ],
)
def test_what_the_legend_cannot_say_is_not_read(legend: list[list[Any]], found: Any) -> None:
    assert legend_thresholds(legend, CLASSIFY, range(0)) == found


def test_plain_figures_and_fractions_are_told_apart_once_per_column(tmp_path: Path) -> None:
    legend = [["Teckenförklaring"], ["Grön: under 2 %"], ["Gul: 2–4 %"], ["Röd: över 4 %"]]
    plain = actions.check(_book(tmp_path / "plain.xlsx", legend, [1, 1.5, 3, 0.5, 5])).report
    assert [i.status for i in plain.items] == [G, G, Y, G, R]  # 1 is one per cent, not 100
    no_sign = [["Teckenförklaring"], ["Grön: 100 eller mer"], ["Gul: 91–99"], ["Röd: 90 eller lägre"]]
    fractions = actions.check(_book(tmp_path / "frac.xlsx", no_sign, [1.02, 0.95, 0.8, 1.0, None])).report
    assert [i.status for i in fractions.items] == [G, Y, R, G, M]  # percent cells: 0,95 is 95


def test_two_sheets_with_their_own_legends_read_the_same_after_learn(tmp_path: Path) -> None:
    wb = Workbook()
    for n, (title, legend, values) in enumerate(
        [
            (
                "Verksamhet",
                ["Grön: 100 % eller mer", "Gul: 91–99 %", "Röd: 90 % eller lägre"],
                [1.02, 0.95, 0.8],
            ),
            ("Personal", ["Grön: under 5 %", "Gul: 5–7 %", "Röd: över 7 %"], [0.04, 0.06, 0.09]),
        ]
    ):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = title
        ws.append(["Teckenförklaring"])
        for line in legend:
            ws.append([line])
        ws.append([])
        ws.append(["Mål", "Målvärde", "Måluppfyllelse"])
        for i, value in enumerate(values):
            ws.append([f"{title} mål {i + 1}", "x", value])
            ws.cell(ws.max_row, 3).number_format = "0%"
    path = tmp_path / "två.xlsx"
    wb.save(path)
    before = [i.status for i in actions.check(path).report.items]
    assert before == [G, Y, R, G, Y, R]
    actions.learn(path)
    assert [i.status for i in actions.check(path).report.items] == before


def test_run_keeps_the_percent_format_of_a_status_written_as_a_number(tmp_path: Path) -> None:
    """The second review: run gave the numbers General (102 % shown as 1.02); the user's number
    format stays, the fill and font of the status are added."""
    from openpyxl import load_workbook

    written = actions.run(_book(tmp_path / "b.xlsx", LEGEND, VALUES)).written
    assert written is not None
    sheet = load_workbook(written)["Mål"]
    cells = [sheet.cell(row, 3) for row in range(8, 12)]  # under the title, legend and header
    assert [c.number_format for c in cells] == ["0%"] * 4
    assert [c.fill.fgColor.rgb[-6:] for c in cells] == ["C6EFCE", "FFEB9C", "FFC7CE", "C6EFCE"]


def test_a_bound_the_legend_leaves_out_is_strict(tmp_path: Path) -> None:
    """ "Grön: över 95 %" leaves 95 out (it was green: the review's strict bound); "minst", "eller
    mer" and a range hold their numbers. The reading says "över"; learn writes "> 95 %", which the
    settings read back as strict."""
    legend = [["Teckenförklaring"], ["Grön: över 95 %"], ["Gul: 80–95 %"], ["Röd: under 80 %"]]
    assert legend_thresholds(legend, CLASSIFY, range(0)) == {G: T(95, True, strict=True), Y: T(80, True)}
    wb = Workbook()
    ws = wb.active
    for row in legend:  # above the table, as published follow-ups print it
        ws.append(row)
    ws.append([])
    ws.append(["Indikator", "Måluppfyllelse"])
    for n, value in enumerate([0.95, 0.96, 0.8, 0.79], start=1):
        ws.append([f"Indikator nummer {n}", value])
        ws.cell(ws.max_row, 2).number_format = "0%"
    path = tmp_path / "strikt.xlsx"
    wb.save(path)
    report = actions.check(path).report
    assert [i.status for i in report.items] == [Y, G, Y, Status.RED]
    assert "grön över 95 %" in " ".join(reading_lines(report))
    actions.learn(path)
    from openpyxl import load_workbook

    lines = {r[0]: r[1] for r in load_workbook(path)["xlfollow"].iter_rows(values_only=True) if r[0]}
    assert lines["threshold.green"] == "> 95 %" and lines["threshold.yellow"] == "80 %"
    assert [i.status for i in actions.check(path).report.items] == [Y, G, Y, Status.RED]


def test_green_alone_under_a_bound_is_lower_is_better(tmp_path: Path) -> None:
    """ "threshold.grön = under 5 %" alone (sick leave): 4,9 % green, 5 % and 8 % red (it read the
    scale backwards: 8 % green); learn writes it back as it reads."""
    from xlfollow.core.settings import parse_settings, threshold_value
    from xlfollow.core.status import Vocabulary

    for line, lower, strict in (
        ("under 5 %", True, True),
        ("högst 5 %", True, False),
        ("minst 95 %", False, False),
    ):
        at = parse_settings([("threshold.grön", line, "xlfollow!B1")]).thresholds[G]
        assert (at.lower, at.strict) == (lower, strict), line
    given = {G: T(5, True, strict=True, lower=True)}
    vocabulary = Vocabulary(thresholds=given)
    assert [vocabulary.classify(v) for v in (0.049, 0.05, 0.08)] == [G, Status.RED, Status.RED]
    assert threshold_value(given[G], given) == "< 5 %"
    assert threshold_value(T(5, True, lower=True), {G: T(5, True, lower=True)}) == "<= 5 %"


@pytest.mark.parametrize(
    ("legend", "found"),
    [
        ([["Grön: ≥ 95 %"], ["Gul: ≥ 80 %"], ["Röd: < 80 %"]], {G: T(95, True), Y: T(80, True)}),
        ([["Grön: minst 95 %"], ["Gul: minst 80 %"]], {G: T(95, True), Y: T(80, True)}),
        ([["Grön: högst 5 %"], ["Gul: högst 8 %"], ["Röd: över 8 %"]], {G: T(5, True), Y: T(8, True)}),
    ],
)
def test_bands_open_the_same_way_as_greens_give_the_thresholds(legend: list[list[str]], found: Any) -> None:
    """ "Gul: ≥ 80 %" below "Grön: ≥ 95 %" (each band open upward, the way many legends write them)
    gave no thresholds: every number was unknown (the sixth review)."""
    assert legend_thresholds(legend, CLASSIFY, range(0)) == found
