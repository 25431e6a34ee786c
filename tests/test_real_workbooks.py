"""Workbooks saved by Excel (Windows, Mac, Online), LibreOffice, Google Sheets and Numbers, from
other projects' test data (tests/data/README.md: where each comes from, its licence, what it
holds). Ten are read as a follow-up through a settings file that names an item column and a
status column; the counts expected are the files' own values, counted by hand (README's list).
What ``run`` writes into them is compared part by part with golden parts (as XlsxWriter compares
its files with files saved by Excel): every part xlfollow writes or changes has its golden copy in
tests/data/golden/<file>/, and every other part is the input's, byte for byte. The nine others are
not follow-ups: one clear line, and the file as it was.

When xlfollow's output changes on purpose: ``XLFOLLOW_UPDATE_GOLDEN=1 pytest
tests/test_real_workbooks.py``, then read the diff of tests/data/golden before committing it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from helpers import audit_errors, status_counts
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.core.models import Severity

from libreoffice import SOFFICE

DATA = Path(__file__).resolve().parent / "data"
GOLDEN = DATA / "golden"
UPDATE = os.environ.get("XLFOLLOW_UPDATE_GOLDEN") == "1"


@dataclass(frozen=True)
class Case:
    """A workbook read as a follow-up: the settings (TOML), the statuses counted by hand, the
    errors by code, and the data sheet."""

    settings: str
    statuses: dict[str, int]
    errors: dict[str, int] = field(default_factory=dict)
    sheet: str = ""


CASES = {
    # Excel for Mac 16: a hidden sheet, cell styles (Input, Percent), conditional formatting on the
    # status column. Phase: Launch 4, Testing 4, Dev 5, Planning 4, Design 3 (not in the settings)
    "ironcalc_gantt_tracker.xlsx": Case(
        'sheet = "Tasks"\nheader_row = 3\n[column]\nitem = "C"\nstatus = "B"\n'
        '[status]\nLaunch = "green"\nTesting = "yellow"\nDev = "yellow"\nPlanning = "red"\n',
        status_counts(green=4, yellow=9, red=4, unknown=3),
        {"unknown-status": 3},
        "Tasks",
    ),
    # Excel for Mac 16: Heading and Currency styles. Type: Food 20, Transportation 13,
    # Activities 6, Shopping 5, Flights/Trains 3, Accommodation 3
    "ironcalc_travel_expenses.xlsx": Case(
        'sheet = "Expenses log"\n[column]\nitem = "B"\nstatus = "D"\n[status]\nFood = "green"\n'
        'Transportation = "yellow"\nActivities = "yellow"\nShopping = "red"\n'
        '"Flights/Trains" = "ej aktuell"\nAccommodation = "ej aktuell"\n',
        status_counts(green=20, yellow=19, red=5, not_applicable=6),
        sheet="Expenses log",
    ),
    # Excel for Mac 16: eleven sheets, a chart sheet, two charts, two pivot tables, notes, a table,
    # merged cells, a hidden sheet. Other: "A" twice (amber, a RAG word), "B" once
    "ironcalc_example.xlsx": Case(
        'sheet = "Table"\n[column]\nitem = "C"\nstatus = "D"\n',
        status_counts(yellow=2, unknown=1),
        {"unknown-status": 1},
        "Table",
    ),
    # Excel 2007: a table (ListObject). Priority: High 19, Medium 4
    "openxml_ecma_testcases.xlsx": Case(
        'sheet = "Sheet1"\nheader_row = 3\n[column]\nitem = "G"\nstatus = "H"\n'
        '[status]\nHigh = "red"\nMedium = "yellow"\n',
        status_counts(red=19, yellow=4),
        sheet="Sheet1",
    ),
    # Excel 16: merged cells. Project type: Design 9, Research 8, Marketing 8, Development 5
    "phpss_groupby_projects.xlsx": Case(
        'sheet = "Basic formula"\nheader_row = 2\n[column]\nitem = "A"\nstatus = "B"\n'
        '[status]\nDesign = "green"\nResearch = "yellow"\nMarketing = "red"\n',
        status_counts(green=9, yellow=8, red=8, unknown=5),
        {"unknown-status": 5},
        "Basic formula",
    ),
    # Excel 2007: 976 rows, three tables, an icon set, data validation lists. Type: Stored
    # Procedure 950, Table 12, Function 10, View 4
    "edr_sql_objects.xlsx": Case(
        'sheet = "Names"\n[column]\nitem = "C"\nstatus = "A"\n[status]\n"Stored Procedure" = "green"\n'
        'Table = "yellow"\nFunction = "red"\nView = "ej aktuell"\n',
        status_counts(green=950, yellow=12, red=10, not_applicable=4),
        sheet="Names",
    ),
    # Excel 2013: a table whose headers hold line breaks ("Make/\nmodel"). Photo?: Yes 2, No 3; the
    # serial numbers are all "asdfasdf" (four repeats), one row has no make/model
    "closedxml_home_inventory.xlsx": Case(
        '[column]\nitem = "D"\nstatus = "K"\n[status]\nYes = "green"\nNo = "red"\n',
        status_counts(green=2, red=3),
        {"duplicate-id": 4, "missing-item": 1},
        "Sheet1",
    ),
    # Excel 2010. group: default 3, admin_tasks 3, exp_tags 2
    "sheetjs_interview.xlsx": Case(
        'sheet = "tags"\n[column]\nitem = "B"\nstatus = "A"\n[status]\ndefault = "green"\n'
        'admin_tasks = "yellow"\n',
        status_counts(green=3, yellow=3, unknown=2),
        {"unknown-status": 2},
        "tags",
    ),
    # LibreOffice 7.6: no dimension element. VIP: "False" 51, "True" 49 (as text)
    "miniexcel_people_lo.xlsx": Case(
        '[column]\nitem = "F"\nstatus = "E"\n[status]\nTrue = "green"\nFalse = "red"\n',
        status_counts(green=49, red=51),
        sheet="Worksheet",
    ),
    # Google Sheets: Country is no status at all: India 2, Japan, China, Brazil, Mexico, Egypt
    "tealeg_google_samplefile.xlsx": Case(
        'sheet = "Cities"\n[column]\nitem = "A"\nstatus = "B"\n',
        status_counts(unknown=7),
        {"unknown-status": 7},
        "Cities",
    ),
}

NOT_FOLLOW_UPS = [
    "openxml_basicspreadsheet.xlsx",  # Excel 2007: charts, conditional formatting, cell styles
    "openxml_startup_costs.xlsx",  # Excel 16: six tables, data validation, merged cells
    "phpss_tables_excel_online.xlsx",  # Excel Online: tables
    "ironcalc_libreoffice_chart.xlsx",  # LibreOffice 26.2: a chart
    "phpss_translations_lo.xlsx",  # LibreOffice 24.2: notes, merged cells
    "phpss_google_tableformat.xlsx",  # Google Sheets: a table, conditional formatting
    "readxl_iris_google.xlsx",  # Google Sheets: a status-like column and no text item column
    "tealeg_numbers_merged.xlsx",  # Numbers: merged cells
    "sheetjs_attendance_numbers.xlsx",  # Numbers: a grid of true/false
]


def _input(name: str, tmp_path: Path) -> tuple[Path, Path]:
    """The workbook copied into ``tmp_path`` and its settings file."""
    book = tmp_path / name
    shutil.copy(DATA / "excel" / name, book)
    settings = tmp_path / (book.stem + ".toml")
    settings.write_text(CASES[name].settings, "utf-8")
    return book, settings


def test_every_workbook_is_listed_with_its_licence() -> None:
    readme = (DATA / "README.md").read_text("utf-8")
    books = sorted(p.name for p in (DATA / "excel").glob("*.xlsx"))
    assert len(books) >= 10
    assert set(CASES) | set(NOT_FOLLOW_UPS) <= set(books)
    for name in books:
        assert f"| excel/{name} |" in readme, name
    assert sorted(p.name for p in (DATA / "licences").glob("*.txt"))  # each project's licence text


@pytest.mark.parametrize("name", CASES)
def test_read_as_a_follow_up_with_the_counts_found_by_hand(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    book, settings = _input(name, tmp_path)
    result = actions.check(book, settings)
    assert result.report.layout.sheet == case.sheet
    assert result.rollup.status == case.statuses
    errors = Counter(i.code for i in result.report.issues if i.severity is Severity.ERROR)
    assert dict(errors) == case.errors


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


@pytest.mark.parametrize("name", CASES)
def test_what_run_writes_is_the_golden_parts_and_the_rest_is_the_input(name: str, tmp_path: Path) -> None:
    book, settings = _input(name, tmp_path)
    output = actions.run(book, tmp_path / "ut.xlsx", config=settings).written
    assert output is not None
    before, after = _parts(book), _parts(output)
    golden = GOLDEN / Path(name).stem
    written = {n: data for n, data in after.items() if before.get(n) != data}
    if UPDATE:
        shutil.rmtree(golden, ignore_errors=True)
        for part, data in written.items():
            (golden / part).parent.mkdir(parents=True, exist_ok=True)
            (golden / part).write_bytes(data)
    expected = {p.relative_to(golden).as_posix(): p.read_bytes() for p in golden.rglob("*") if p.is_file()}
    assert set(before) <= set(after), "a part of the user's workbook was dropped"
    assert sorted(written) == sorted(expected), "xlfollow wrote other parts than the golden ones"
    for part in written:
        assert written[part] == expected[part], f"{part} differs from tests/data/golden/{golden.name}/{part}"


def test_the_golden_parts_say_what_run_did(tmp_path: Path) -> None:
    """A reading of the golden parts themselves (not of xlfollow's code): the data sheet's status
    cells carry xlfollow's named style, the summary and Kontroll are new sheets, the notes part
    names the unknown statuses, and the user's own parts are not among them."""
    golden = GOLDEN / "ironcalc_gantt_tracker"
    parts = {p.relative_to(golden).as_posix() for p in golden.rglob("*") if p.is_file()}
    assert "xl/theme/theme1.xml" not in parts and "xl/worksheets/sheet1.xml" not in parts  # Plan: untouched
    styles = (golden / "xl/styles.xml").read_text("utf-8")
    assert 'name="xlfollow läge"' in styles and 'name="Input"' in styles  # the user's styles stay
    workbook = (golden / "xl/workbook.xml").read_text("utf-8")
    assert "Sammanställning" in workbook and "Kontroll" in workbook and 'name="METADATA"' in workbook
    notes = next(golden.glob("xl/comments*.xml")).read_text("utf-8")
    assert notes.count("Design") >= 3


@pytest.mark.parametrize("name", NOT_FOLLOW_UPS)
def test_a_workbook_that_is_no_follow_up_gets_one_line_and_stays_as_it_was(name: str, tmp_path: Path) -> None:
    book = tmp_path / name
    shutil.copy(DATA / "excel" / name, book)
    before = book.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "xlfollow", "run", str(book)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Hittar ingen rubrikrad" in lines[0] and name in lines[0], done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert book.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing written beside it


@pytest.mark.slow
def test_microsofts_rules_find_no_new_error_in_what_run_writes(tmp_path: Path) -> None:
    for name in CASES:
        folder = tmp_path / Path(name).stem
        folder.mkdir()
        book, settings = _input(name, folder)
        output = actions.run(book, folder / "ut.xlsx", config=settings).written
        assert output is not None
        assert not audit_errors(output) - audit_errors(book), name


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_same_data_sheet_before_and_after(tmp_path: Path) -> None:
    """LibreOffice opens every written workbook and sees the data sheet's values as it sees them in
    the input (one LibreOffice run converts all twenty files)."""
    inputs, outputs = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    outputs.mkdir()
    for name in CASES:
        book, settings = _input(name, inputs)
        actions.run(book, outputs / name, config=settings)
    converted = tmp_path / "converted"
    assert SOFFICE is not None
    for folder in (inputs, outputs):
        subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                "--headless",
                "--convert-to",
                "xlsx",
                "--outdir",
                str(converted / folder.name),
                *(str(folder / name) for name in CASES),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    for name, case in CASES.items():
        seen = [load_workbook(converted / side / name, data_only=True)[case.sheet] for side in ("in", "out")]
        values = [[[c.value for c in row] for row in sheet.iter_rows()] for sheet in seen]
        assert values[0] == values[1], name
        summary = load_workbook(converted / "out" / name, data_only=True)["Sammanställning"]
        assert any(
            isinstance(c.value, str) and c.value.startswith("Av de ") for r in summary.iter_rows() for c in r
        ) or (case.statuses["unknown"] == sum(case.statuses.values())), name
