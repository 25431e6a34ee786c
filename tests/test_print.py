"""The summary as printed (issue 10), judged by LibreOffice: the sheets are rendered to PDF and
read back with pdftotext. The page count is the one xlfollow planned (no page overflowed into an
extra one), every page that continues a table starts with its heading row, and every listed item
is printed in full (no text clipped at the cell's edge). `run --pdf` writes the board paper."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.adapters.pdf import pdf_path, write_pdf
from xlfollow.cli import main
from xlfollow.core.plan import SUMMARY_SHEET

from libreoffice import SOFFICE

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        SOFFICE is None or PDFTOTEXT is None, reason="LibreOffice or poppler-utils is not installed"
    ),
]
LONG = (
    "Arbetet med att samordna insatserna mellan förvaltningarna har påbörjats men tar längre tid än "
    "planerat eftersom flera av de berörda verksamheterna har haft vakanser under perioden"
)


def pages(pdf: Path) -> list[str]:
    text = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return text.stdout.split("\f")[:-1]


def words(text: str) -> str:
    return " ".join(text.split())


def _summary_pdf(output: Path, tmp_path: Path) -> tuple[list[str], int]:
    result = actions.run(output, tmp_path / "ut-klar.xlsx")
    assert result.plan is not None
    summary = [s for s in result.plan.sheets if s.name == SUMMARY_SHEET]
    pdf = write_pdf(summary, tmp_path / "sammanstallning.pdf")
    breaks = len(load_workbook(result.written)[SUMMARY_SHEET].row_breaks.brk)
    return pages(pdf), breaks


def _long_book(make_book) -> Path:
    rows = [["Strategiskt mål", "Framgångsfaktor", "Läge", "Kommentar"]]
    for n in range(1, 61):
        status = "röd" if n % 2 else None
        rows.append(
            [
                f"Mål {n}",
                f"{n}. Framgångsfaktor nummer {n} som beskrivs med flera ord för att ta plats",
                status,
                LONG,
            ]
        )
    return make_book(rows)


def test_the_pages_are_the_ones_planned_and_continued_tables_have_headings(make_book, tmp_path: Path) -> None:
    printed, breaks = _summary_pdf(_long_book(make_book), tmp_path)
    assert len(printed) == breaks + 1  # LibreOffice needed no page beyond xlfollow's own breaks
    for number, page in enumerate(printed, start=1):
        goal_rows = re.findall(r"^\s*Mål \d+\s", page, re.M)
        if goal_rows:  # the table per strategic goal continues here: its heading row too
            assert "● grön" in page and "Andel grön" in words(page), number
        items = re.findall(r"^\s*\d+\. Framgångsfaktor nummer", page, re.M)
        if items:  # a list of items continues here: its heading row too
            assert re.search(r"^\s*Framgångsfaktor\s+Kommentar\s+Rad", page, re.M), number
    assert sum(len(re.findall(r"^\s*\d+\. Framgångsfaktor nummer", p, re.M)) for p in printed) == 60


def test_list_texts_are_printed_in_full(make_book, tmp_path: Path) -> None:
    """A clipped cell loses the end of its text: the last words of every item and every comment
    are on the printed pages (the item column wraps beside the comment column, so the words of
    one item are not contiguous in the page text)."""
    printed, _ = _summary_pdf(_long_book(make_book), tmp_path)
    text = words(" ".join(printed))
    assert text.count("att ta plats") == 60  # the end of every item
    assert text.count("vakanser under perioden") == 60  # the end of every comment (under the limit)
    for n in (1, 2, 59, 60):
        assert f"{n}. Framgångsfaktor nummer {n}" in text


def test_the_demo_summaries_print_as_planned(example, tmp_path: Path) -> None:
    for name in ("rs2018-framgangsfaktorer.xlsx", "rs2017-framgangsfaktorer.xlsx"):
        printed, breaks = _summary_pdf(example(name), tmp_path)
        assert len(printed) == breaks + 1, name
        assert "Av de" in printed[0]


def test_run_pdf_writes_the_board_paper(example, tmp_path: Path, capsys) -> None:
    book = tmp_path / "rapport.xlsx"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), book)
    assert main(["run", str(book), "--pdf"]) == 0
    pdf = pdf_path(tmp_path / "rapport-klar.xlsx")
    assert pdf.name == "rapport-sammanstallning.pdf" and pdf.read_bytes().startswith(b"%PDF")
    printed = pages(pdf)
    assert printed[0].lstrip().startswith("Uppföljning av framgångsfaktorer")
    assert "Av de 41 framgångsfaktorerna" in printed[0]
    assert not any("Kontroll av" in p for p in printed)
    assert main(["run", str(book), "--pdf-kontroll"]) == 0
    assert any("Kontroll av ”Framgångsfaktorer”" in p for p in pages(pdf))


def test_without_libreoffice_the_pdf_request_says_what_to_do(
    example, tmp_path: Path, monkeypatch, capsys
) -> None:
    import xlfollow.adapters.pdf as pdf

    monkeypatch.setattr(pdf, "libreoffice", lambda: None)
    book = tmp_path / "rapport.xlsx"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), book)
    assert main(["run", str(book), "--pdf"]) == 0  # the workbook was written and has no errors (issue 21)
    err = capsys.readouterr().err
    assert "LibreOffice finns inte" in err and "Arkiv > Exportera" in err
    assert (tmp_path / "rapport-klar.xlsx").exists()  # the workbook itself was written


class _Sheet:
    def __init__(self, name: str, exported: list[str], fails: bool = False) -> None:
        self.name, self.exported, self.fails = name, exported, fails

    def to_pdf(self, path: str) -> None:
        if self.fails:
            raise RuntimeError("no PDF export here")
        self.exported.append(path)


class _Sheets(list):
    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        return next(s for s in self if s.name == key) if isinstance(key, str) else super().__getitem__(key)


class _Book:
    def __init__(self, names: list[str], fails: bool = False) -> None:
        self.exported: list[str] = []
        self.sheets = _Sheets(_Sheet(n, self.exported, fails) for n in names)


def test_the_button_exports_the_board_paper_with_excels_own_pdf(tmp_path: Path) -> None:
    from xlfollow.excel import board_paper

    book = _Book(["Start", "Framgångsfaktorer", "Sammanställning"])
    pdf = board_paper(book, tmp_path / "xlfollow.xlsm")
    assert pdf == tmp_path / "xlfollow-sammanstallning.pdf" and book.exported == [str(pdf)]
    assert board_paper(_Book(["Start"]), tmp_path / "x.xlsm") is None  # no summary yet
    assert board_paper(_Book(["Sammanställning"], fails=True), tmp_path / "x.xlsm") is None


# --- the chart in black and white (issue 21) -------------------------------------------------------
def _grey_pages(pdf: Path, tmp_path: Path) -> list[bytes]:
    """Each page of ``pdf`` rendered in grey by poppler (PGM: one byte per pixel)."""
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "50", str(pdf), str(tmp_path / "page")], check=True, timeout=120
    )
    pages = []
    for path in sorted(tmp_path.glob("page-*.pgm")):
        magic, size, _, pixels = path.read_bytes().split(b"\n", 3)
        assert magic == b"P5" and len(pixels) == int(size.split()[0]) * int(size.split()[1])
        pages.append(pixels)
    return pages


def test_every_two_chart_series_are_apart_in_grey_on_the_printed_page(tmp_path: Path) -> None:
    """In greyscale the chart's green and red bars were grey 112 and 85 of 255. Measured now on the
    page LibreOffice prints, rendered in grey by poppler: each series' bars are one grey level, and
    every two levels differ by at least 40 (the README states the levels)."""
    from collections import Counter

    from openpyxl import Workbook

    from xlfollow.core.styles import CHART_COLOURS

    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Perspektiv", "Framgångsfaktor", "Läge"])
    n = 0
    for perspective in ("Samhälle", "Patient", "Medarbetare"):
        for status in ("grön", "gul", "röd", "ej aktuell", None, "blå"):  # every series, unknown too
            for _ in range(2):
                n += 1
                ws.append([perspective, f"{n}. Faktor {n}", status])
    book = tmp_path / "alla.xlsx"
    wb.save(book)
    assert main(["run", str(book), "--pdf"]) == 1  # 'blå' is an error, and the chart shows it
    pages = _grey_pages(tmp_path / "alla-sammanstallning.pdf", tmp_path)

    def grey(hex_rgb: str) -> float:
        r, g, b = (int(hex_rgb[i : i + 2], 16) for i in (0, 2, 4))
        return 0.299 * r + 0.587 * g + 0.114 * b

    levels = {key: grey(colour) for key, colour in CHART_COLOURS.items() if key != "missing"}
    page = max(pages, key=lambda p: Counter(p)[round(levels["red"])])  # the page with the bars
    counts = Counter(page)
    measured = {}
    for key, predicted in levels.items():
        near = {v: c for v, c in counts.items() if abs(v - predicted) <= 6}
        level, pixels = max(near.items(), key=lambda kv: kv[1])
        assert pixels > 1000, (key, near)  # the bars of this series are on the page, in one grey
        measured[key] = level
    measured["missing"] = 255  # white bars with an outline
    ordered = sorted(measured.items(), key=lambda kv: kv[1])
    gaps = [(a[0], b[0], b[1] - a[1]) for a, b in itertools.pairwise(ordered)]
    assert min(g for _, _, g in gaps) >= 40, gaps
    assert measured == {
        "unknown": 26,
        "red": 70,
        "green": 113,
        "not_applicable": 166,
        "yellow": 211,
        "missing": 255,
    }
