"""A summary the board can trust (issue 10): it says when its numbers rest on errors, counts an
unreadable status as unknown in every table, the sentence and a list of its own, writes no
sentence without a status column; its chart reads in grey and for colour-blind readers, carries
its counts in the bars and in words; lists hold items in full and comments cut at a word."""

from __future__ import annotations

import itertools
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.core.plan import clip_words

HEADER = ["Perspektiv", "Framgångsfaktor", "Läge", "Kommentar"]
ROWS = [
    ["Samhälle", "1. Fler jobb", "grön", "ok"],
    ["Samhälle", "2. Mindre utsläpp", "blå", "?"],  # unknown
    ["Patient", "3. Kortare köer", "röd", "nej"],
    ["Patient", "4. Nöjdare patienter", "#N/A-liknande", "x"],  # unknown
    ["Patient", "5. Säkrare vård", None, None],  # missing
    ["Medarbetare", "6. Friskare personal", "gul", "på väg"],
]


def _summary(make_book, rows: list[list[object]], **kwargs: object):
    output = actions.run(make_book([HEADER, *rows], **kwargs)).written
    assert output is not None
    return load_workbook(output)["Sammanställning"], output


def _column(ws) -> list[object]:
    return [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]


def test_the_banner_says_the_numbers_rest_on_errors_and_unknown_is_its_own_row(make_book) -> None:
    ws, _ = _summary(make_book, ROWS)
    assert (
        ws["A3"].value == "Obs! Sammanställningen bygger på en arbetsbok med två fel; se bladet ”Kontroll”."
    )
    column = _column(ws)
    sentence = next(v for v in column if isinstance(v, str) and v.startswith("Av de sex"))
    assert "Två har ett läge som inte kunde läsas." in sentence and "En saknar bedömning." in sentence
    total = column.index("Totalt") + 1
    rows = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(total + 2, total + 9)}
    assert rows["✕ okänt"] == 2 and rows["? saknas"] == 1 and rows["Totalt"] == 6
    per = column.index("Per perspektiv") + 1
    header = [ws.cell(per + 1, c).value for c in range(1, 10)]
    assert header[6] == "✕ okänt" and header[7:] == ["Totalt", "Andel grön"]
    assert [ws.cell(per + 2, c).value for c in range(1, 9)] == ["Samhälle", 1, 0, 0, 0, 0, 1, 2]
    unknown = column.index("Framgångsfaktorer med ett läge som inte kunde läsas") + 1
    assert [ws.cell(unknown + 2, 1).value, ws.cell(unknown + 3, 1).value] == [
        "2. Mindre utsläpp",
        "4. Nöjdare patienter",
    ]
    missing = column.index("Framgångsfaktorer som saknar bedömning") + 1
    assert ws.cell(missing + 2, 1).value == "5. Säkrare vård"
    assert ws.cell(missing + 3, 1).value != "2. Mindre utsläpp"  # unknown is never listed as missing


def test_no_banner_without_errors(make_book) -> None:
    ws, _ = _summary(make_book, [r for r in ROWS if r[2] not in ("blå", "#N/A-liknande")])
    assert ws["A3"].value is None
    assert "✕ okänt" not in _column(
        ws
    ) and "Framgångsfaktorer med ett läge som inte kunde läsas" not in _column(ws)


def test_without_a_status_column_there_is_no_sentence(make_book) -> None:
    rows = [["Framgångsfaktor", "Kommentar"], ["1. a", "x"]]
    output = actions.run(make_book(rows, settings=[["header_row", 1]])).written
    ws = load_workbook(output)["Sammanställning"]
    texts = [v for v in _column(ws) if isinstance(v, str)]
    assert any(t.startswith("Obs!") for t in texts)
    assert any("ingen kolumn för läget" in t for t in texts)
    assert not any(t.startswith(("Av de", "Den enda", "En saknar")) for t in texts)
    assert ws.max_row <= 5


def test_ids_show_only_when_the_workbook_has_an_id_column(make_book) -> None:
    ws, _ = _summary(make_book, ROWS)
    red = _column(ws).index("Röda framgångsfaktorer (ej uppfyllda)") + 1
    assert ws.cell(red + 1, 2).value == "Kommentar"
    rows = [["Nr", *HEADER]] + [[f"A{n}", *row] for n, row in enumerate(ROWS, start=1)]
    output = actions.run(make_book(rows)).written
    ws = load_workbook(output)["Sammanställning"]
    red = _column(ws).index("Röda framgångsfaktorer (ej uppfyllda)") + 1
    assert [ws.cell(red + 1, c).value for c in (1, 2, 3)] == ["Framgångsfaktor", "Id", "Kommentar"]
    assert ws.cell(red + 2, 2).value == "A3"


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("kort", 10, "kort"),
        ("ett två tre fyra fem sex", 15, "ett två tre …"),
        ("Åtgärderna är genomförda, men effekten syns ännu inte.", 30, "Åtgärderna är genomförda …"),
        ("x" * 50, 20, "x" * 19 + " …"),
    ],
)
def test_comments_are_cut_only_at_a_word(text: str, limit: int, expected: str) -> None:
    assert clip_words(text, limit) == expected


# --- the chart ------------------------------------------------------------------------------------
_PROT = ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998))
_DEUT = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881))
_TRIT = ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900))


def _lightness(hex_rgb: str, matrix=None) -> float:
    """CIE L* of a colour, as printed in grey or as seen with a colour-vision deficiency
    (Machado, Oliveira & Fernandes 2009, severity 1)."""

    def linear(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = [linear(int(hex_rgb[i : i + 2], 16)) for i in (0, 2, 4)]
    if matrix is not None:
        rgb = [max(0.0, min(1.0, sum(m * c for m, c in zip(row, rgb, strict=True)))) for row in matrix]
    y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]
    return 116 * y ** (1 / 3) - 16 if y > 0.008856 else 903.3 * y


def _chart_xml(output: Path) -> str:
    with zipfile.ZipFile(output) as archive:
        return next(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/chart"))


def test_every_two_chart_series_differ_in_lightness_in_grey_and_for_colour_blind_readers(make_book) -> None:
    _, output = _summary(make_book, ROWS)  # six series: unknown is shown
    xml = _chart_xml(output)
    series = re.findall(r"<c:ser>.*?</c:ser>", xml, re.S)
    fills = [re.search(r'<c:spPr><a:solidFill><a:srgbClr val="([0-9A-F]{6})"', s).group(1) for s in series]
    assert len(fills) == 6
    for matrix in (None, _PROT, _DEUT, _TRIT):
        for a, b in itertools.combinations(fills, 2):  # every pair: a bar without yellow puts green by red
            assert abs(_lightness(a, matrix) - _lightness(b, matrix)) >= 12, (a, b, matrix)


def test_the_chart_has_counts_in_the_bars_words_in_the_legend_and_a_description(make_book) -> None:
    _, output = _summary(make_book, ROWS)
    xml = _chart_xml(output)
    assert xml.count('<c:showVal val="1"/>') == 6 and 'formatCode="0;;;"' in xml  # no label for zero
    names = re.findall(r"<c:tx><c:strRef>.*?<c:v>([^<]+)</c:v>", xml, re.S)
    assert names == ["● grön", "◆ gul", "▲ röd", "– ej aktuell", "? saknas", "✕ okänt"]
    with zipfile.ZipFile(output) as archive:
        drawing = next(
            archive.read(n).decode() for n in archive.namelist() if re.match(r"xl/drawings/drawing\d", n)
        )
    description = re.search(r'descr="([^"]+)"', drawing).group(1)
    assert description.startswith("Stapeldiagram, läge per perspektiv.")
    assert "Samhälle: 1 grön, 1 okänt" in description and "Patient: 1 röd, 1 saknas, 1 okänt" in description


def test_more_than_a_tenth_unknown_is_said_in_the_banner(make_book) -> None:
    """Issue 19: when more than a tenth of the statuses cannot be read, the counts say little; the
    summary's banner says how many, not only that there are errors. A tenth or less: not said."""
    ws, _ = _summary(make_book, ROWS)  # two of six unknown
    column = _column(ws)
    assert (
        "Obs! För två framgångsfaktorer av sex kunde läget inte läsas. De räknas inte, och det är mer "
        "än en tiondel." in column
    )
    many = ROWS + [["Medarbetare", f"{n}. Punkt {n}", "grön", "ok"] for n in range(7, 21)]
    ws, _ = _summary(make_book, many[:1] + many[2:])  # one of 19 unknown: not said
    assert not any(isinstance(v, str) and "tiondel" in v for v in _column(ws))


def test_the_summary_says_which_period_column_and_which_sheet_were_read(tmp_path) -> None:
    """Issue 19: when xlfollow chose among period columns or period sheets, the summary (not only
    Kontroll) says which it read."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Augusti"
    ws.append(["Framgångsfaktor", "Läge april", "Läge augusti"])
    ws.append(["Fler i arbete", "gul", "grön"])
    ws.append(["Kortare köer", "röd", "gul"])
    april = wb.create_sheet("April")
    april.append(["Framgångsfaktor", "Läge april"])
    april.append(["Fler i arbete", "gul"])
    april.append(["Kortare köer", "röd"])
    wb.save(tmp_path / "b.xlsx")
    output = actions.run(tmp_path / "b.xlsx").written
    column = _column(load_workbook(output)["Sammanställning"])
    assert "Läget är läst ur kolumnen ”Läge augusti”. Andra perioder räknas inte: ”Läge april”." in column
    assert "Bladet ”Augusti” är läst; ”April” har samma poster och är inte läst." in column
