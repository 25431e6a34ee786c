"""Helpers the tests share, in one module (no test module imports another): a Book on xlwings'
remote engine, the round's master workbook, workbooks built for one purpose, and the judges'
readings. Fixtures are in conftest.py; the corpus of hostile files in corpus.py; the fidelity
comparison in fidelity.py; LibreOffice in libreoffice.py."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill

from xlfollow import actions
from xlfollow.adapters.file_reader import read_values
from xlfollow.core.status import Status
from xlfollow.core.styles import STATUS_COLOURS
from xlfollow.examples import build_2018_factors

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")  # before xlwings is imported
import xlwings as xw

ROOT = Path(__file__).resolve().parent.parent
AUDIT = shutil.which("openxml-audit") or str(Path(sys.executable).parent / "openxml-audit")
STATUS_KEYS = ("green", "yellow", "red", "not_applicable", "missing", "unknown")

# the master of the round (build_master): A Nämnd, B Framgångsfaktor, C Mått, D Läge, E Kommentar
MASTER_STATUS, MASTER_COMMENT, MASTER_ITEM = 4, 5, 2
COMMITTEE = {"Samhälle": "RUN", "Patient": "HSN", "Medarbetare": "RS", "Verksamhetsresultat": "VVN"}

# one data sheet per committee (tables_book)
TABLES_HEADER = ["Nr", "Framgångsfaktor", "Läge", "Kommentar"]
TABLES_SHEETS = {
    "BUN": [[1, "1. Fler behöriga lärare", "grön", "Klart"], [2, "2. Nöjdare elever", "röd", "Nej"]],
    "SN": [[1, "1. Kortare handläggning", "gul", "På väg"], [2, "2. Fler i arbete", "lila", "?"]],
    "Tekniska nämnden": [[1, "1. Säkrare cykelvägar", "grön", "Ja"]],
}


# --- xlwings' remote engine: a Book from a workbook's values, the actions it records -----------
def payload(path: Path, notes: dict[str, list[str]] | None = None) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat()
        return value

    sheets = []
    for name, sheet in read_values(path).sheets.items():
        width = max((len(r) for r in sheet.rows), default=1)
        values = [[plain(v) for v in row] + [""] * (width - len(row)) for row in sheet.rows] or [[""]]
        sheets.append(
            {
                "name": name,
                "values": values,
                "pictures": [],
                "tables": [],
                "notes": [{"address": a} for a in (notes or {}).get(name, [])],
                "notes_supported": True,
            }
        )
    return {
        "client": "Office.js",
        "version": xw.__version__,
        "book": {"name": path.name, "active_sheet_index": 0, "selection": "A1"},
        "names": [],
        "sheets": sheets,
    }


def remote_book(path: Path, **kwargs: Any) -> Any:
    return xw.Book(json=payload(path, **kwargs))


def actions_of(book: Any) -> list[dict[str, Any]]:
    return book.json()["actions"]


def cells(action: dict[str, Any]) -> list[tuple[int, int]]:
    """The cells (1-based) an action applies to."""
    r, c = action["start_row"] + 1, action["start_column"] + 1
    return [(r + i, c + j) for i in range(action["row_count"]) for j in range(action["column_count"])]


def sheet_name(book: Any, action: dict[str, Any]) -> str:
    return [s.name for s in book.sheets][action["sheet_position"]]


def unprefixed(value: Any) -> Any:
    return value[1:] if isinstance(value, str) and value.startswith("'") else value


def normalised(rows: list[list[Any]]) -> list[list[Any]]:
    def one(v: Any) -> Any:
        if v in ("", None):
            return None
        if isinstance(v, int | float) and not isinstance(v, bool):
            return round(float(v), 9)
        return v

    return [[one(v) for v in row] for row in rows]


def file_writer_colours(path: Path) -> dict[str, str]:
    """ "Sheet!row,col" -> "#rrggbb": the fill the file writer gives each status cell."""
    report = actions.check(path).report
    tables = report.layout.tables()
    return {
        f"{tables[i.table].sheet}!{i.row},{tables[i.table].column('status')}": "#"
        + STATUS_COLOURS[i.status][0].lower()
        for i in report.items
        if i.status not in (None, Status.MISSING)
    }


# --- the round: the 2018 success factors as a master with a committee column -----------------
def build_master(path: Path) -> Path:
    """The 2018 factors with a committee column, statuses and comments emptied."""
    build_2018_factors(path)
    wb = load_workbook(path)
    ws = wb["Framgångsfaktorer"]
    ws.insert_cols(1)
    ws["A3"] = "Nämnd"
    perspective = None
    for row in range(4, ws.max_row + 1):
        text = ws.cell(row, MASTER_ITEM).value
        if isinstance(text, str) and text[:2] in ("4 ", "5 ", "6 ", "7 "):
            perspective = {"4": "Samhälle", "5": "Patient", "6": "Medarbetare", "7": "Verksamhetsresultat"}[
                text[0]
            ]
            continue
        if not text or text.startswith("Strategiskt mål"):
            continue
        ws.cell(row, 1).value = COMMITTEE[perspective]  # type: ignore[index]
        ws.cell(row, MASTER_STATUS).value = None
        ws.cell(row, MASTER_COMMENT).value = None
    wb.save(path)
    return path


def fill_answers(path: Path, target: Path, rows: dict[int, tuple[object, object]]) -> Path:
    """A unit's answer: row of its sheet -> (status, comment)."""
    wb = load_workbook(path)
    ws = wb["Framgångsfaktorer"]
    for row, (status, comment) in rows.items():
        ws.cell(row, MASTER_STATUS).value = status
        ws.cell(row, MASTER_COMMENT).value = comment
    wb.save(target)
    return target


# --- workbooks built for one purpose ----------------------------------------------------------
def with_users_sheets(path: Path, *names: str) -> Path:
    """A one-row follow-up beside sheets of the user's own that have xlfollow's names."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Framgångsfaktor", "Läge"])
    ws.append(["1. a", "grön"])
    for name in names:
        wb.create_sheet(name).append([f"Mitt eget blad {name}"])
    wb.save(path)
    return path


def saved_by_old_libreoffice(target: Path) -> Path:
    """What LibreOffice 6.0 and older write: no Default for .rels, an Override per .rels part."""
    source = build_2018_factors(target.with_name("openpyxl-for-lo6.xlsx"))
    with zipfile.ZipFile(source) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    types = re.sub(r'<Default[^>]*Extension="rels"[^>]*/>', "", parts["[Content_Types].xml"].decode())
    overrides = "".join(
        f'<Override PartName="/{n}" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        for n in parts
        if n.endswith(".rels")
    )
    parts["[Content_Types].xml"] = types.replace("</Types>", overrides + "</Types>").encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return target


def rows_book(path: Path, rows: list[Any], sheet: str = "Sheet") -> Path:
    """A workbook of one sheet holding ``rows`` (as openpyxl appends them), saved at ``path``."""
    wb = Workbook()
    wb.active.title = sheet
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def tables_book(path: Path, sheets: dict[str, list[list[object]]] = TABLES_SHEETS) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        ws.append(["Uppföljning per april 2026"])
        ws.append(TABLES_HEADER)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def two_rounds(tmp_path: Path) -> tuple[Path, Path, dict[str, list[int]]]:
    """April and August of the 2018 success factors, August with moves set up by hand."""
    ITEM, STATUS, COMMENT = 1, 3, 4  # columns of the 2018 layout
    april = build_2018_factors(tmp_path / "april.xlsx")
    august = tmp_path / "augusti.xlsx"
    shutil.copy(april, august)
    items = actions.check(april).report.items
    yellow = [i.row for i in items if i.status is Status.YELLOW]
    green = [i.row for i in items if i.status is Status.GREEN]
    plan = {
        "improved": yellow[:5],
        "worse": [green[0], yellow[5]],
        "removed": [yellow[6]],
        "reworded": [yellow[7]],
        "unchanged": [yellow[8], yellow[9]],
    }
    wb = load_workbook(august)
    ws = wb["Framgångsfaktorer"]
    for item in items:  # the office writes a new comment for every item ...
        if item.row not in plan["unchanged"]:  # ... but two
            ws.cell(item.row, COMMENT).value = f"Augusti: {item.comment or ''}"
    for row in plan["improved"]:
        ws.cell(row, STATUS).value = "↑"
    for row in plan["worse"]:
        ws.cell(row, STATUS).value = "↓"
    for row in plan["removed"]:
        for col in (1, 2, 3, 4):
            ws.cell(row, col).value = None
    for row in plan["reworded"]:  # a quarter cut, a word put first: about 85 % the same text
        text = ws.cell(row, ITEM).value
        ws.cell(row, ITEM).value = "Reviderad: " + text[: len(text) * 3 // 4]
    ws.cell(ws.max_row + 1, ITEM).value = "Införa digitala vårdmöten i primärvården."
    ws.cell(ws.max_row, STATUS).value = "→"
    ws.cell(ws.max_row, COMMENT).value = "Ny för hösten."
    wb.save(august)
    return april, august, plan


# --- judges --------------------------------------------------------------------------------------
def audit_errors(path: Path) -> set[tuple[str, str]]:
    done = subprocess.run(
        [AUDIT, "-o", "json", "-m", "0", str(path)], capture_output=True, text=True, timeout=300
    )
    result = json.loads(done.stdout)[0]
    return {(e["part_uri"], e["description"]) for e in result["errors"] if e["severity"] == "error"}


def new_audit_errors(output: Path, source: Path) -> set[tuple[str, str]]:
    return audit_errors(output) - audit_errors(source)


def status_counts(**given: int) -> dict[str, int]:
    return {k: given.get(k, 0) for k in STATUS_KEYS}


# --- a table whose status is computed from target and outcome (issue 19) ----------------------------
PAIRS = Path(__file__).resolve().parent / "data" / "targets" / "published_pairs.csv"
COMPUTED = "Läget är beräknat ur kolumnerna ”Målvärde 2016” och ”Utfall 2016”"


def helsingborg() -> list[dict[str, str]]:
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["organisation"].startswith("Helsingborg")]


def helsingborg_book(path: Path) -> Path:
    """The committees' goals as the annual report tables them: a committee's name above its rows."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Nämndernas mål"
    ws.append(["Uppföljning av nämndernas mål 2016"])
    ws.append([])
    ws.append(["Mått", "Målvärde 2016", "Utfall 2016"])
    committee = None
    for pair in helsingborg():
        if pair["organisation"] != committee:
            committee = pair["organisation"]
            ws.append([committee.split("–")[-1].strip()])
        ws.append([pair["measure"], pair["target"], pair["outcome"]])
    wb.save(path)
    return path


# --- a status written as a number, coloured by the sheet's conditional formatting (issue 19) --------
GREEN, AMBER, RED = (
    PatternFill(start_color=c, end_color=c, fill_type="solid") for c in ("C6EFCE", "FFEB9C", "FFC7CE")
)
RULED_ROWS = [  # indicator, committee, fulfilment (a percent cell), comment
    ("Andel trygga", "Socialnämnden", 0.95, "Bra"),
    ("Nöjdhet", "Socialnämnden", 0.80, "Nära"),
    ("Behörighet", "Barn- och utbildningsnämnden", 0.60, "Svagt"),
    ("Budget", "Kommunstyrelsen", 1.02, "Över"),
    ("Prognos", "Kommunstyrelsen", 0.9, "På gränsen"),  # in both green's and amber's rule: green's is first
    ("Likviditet", "Kommunstyrelsen", 0.749, "Låg"),
]


def number_rules_book(path: Path, rules: str = "cellis", settings: dict[str, str] | None = None) -> Path:
    """Indikator | Nämnd | Måluppfyllelse (percent) | Kommentar, with ``rules`` over the numbers:
    "cellis" (≥ 0,9 green, 0,75–0,9 amber, < 0,75 red), "formulas" (against threshold cells H3,
    H4), "unknown-first", "scale", "stop"; ``settings`` on a sheet xlfollow."""
    from openpyxl.formatting.rule import CellIsRule, ColorScaleRule, FormulaRule

    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Indikator", "Nämnd", "Måluppfyllelse", "Kommentar"])
    for row in RULED_ROWS:
        ws.append(list(row))
    for cell in ws["C"][1:]:
        cell.number_format = "0%"
    cf = ws.conditional_formatting
    if rules == "cellis":
        cf.add("C2:C200", CellIsRule(operator="greaterThanOrEqual", formula=["0.9"], fill=GREEN))
        cf.add(
            "C2:C200", CellIsRule(operator="between", formula=["0.9", "0.75"], fill=AMBER)
        )  # bounds reversed
        cf.add("C2:C200", CellIsRule(operator="lessThan", formula=["0.75"], fill=RED))
    elif rules == "formulas":  # against threshold cells beside the table, with AND and a blank test
        ws["G3"], ws["H3"], ws["G4"], ws["H4"] = "Gräns gul", 0.75, "Gräns grön", 0.9
        cf.add("C2:C8", FormulaRule(formula=['AND($C2<>"",$C2<$H$3)'], fill=RED))
        cf.add("C2:C8", FormulaRule(formula=["$C2>=$H$4"], fill=GREEN))
        cf.add("C2:C8", FormulaRule(formula=["AND($C2>=$H$3,$C2<$H$4)"], fill=AMBER))
    elif rules == "unknown-first":  # a rule xlfollow cannot evaluate comes first
        cf.add("C2:C8", FormulaRule(formula=["ISEVEN(ROW())"], fill=RED))
        cf.add("C2:C8", CellIsRule(operator="greaterThanOrEqual", formula=["0"], fill=GREEN))
    elif rules == "scale":
        cf.add(
            "C2:C8",
            ColorScaleRule(start_type="min", start_color="F8696B", end_type="max", end_color="63BE7B"),
        )
    elif rules == "stop":  # "stop if true" without a fill over the top numbers: Excel shows them unfilled
        cf.add("C2:C8", CellIsRule(operator="greaterThan", formula=["1"], stopIfTrue=True))
        cf.add("C2:C8", CellIsRule(operator="greaterThanOrEqual", formula=["0"], fill=GREEN))
    if settings:
        sheet = wb.create_sheet("xlfollow")
        for key, value in settings.items():
            sheet.append([key, value])
    wb.save(path)
    return path


# a report kept in one column (Göteborg's delårsrapport, its miljö- och klimatprogram): the status
# under its label, or after it in the same cell (tests/test_forms.py, tests/test_review_one_column.py)
BELOW_LABEL = [
    "Delårsrapport augusti",
    None,
    "6.1 Andelen utbildad personal i förskolorna ska öka",
    "Stadsledningskontorets bedömning",
    "Målet bedöms sannolikt att nå.",
    "Andelen utbildad personal ökade med 1,2 procentenheter.",
    None,
    "6.2 Fler elever ska nå gymnasiebehörighet",
    "Stadsledningskontorets bedömning",
    "Målet bedöms ej sannolikt att nå.",
    "Behörigheten har minskat.",
    None,
    "6.3 Göteborg ska ha en hälsosam livsmiljö",
    "Stadsledningskontorets bedömning",
    "Målet bedöms möjligt att nå",
    "Arbetet pågår.",
]
IN_THE_CELL = [
    "Miljömål Naturen",
    "Miljömål: Göteborg har en hög biologisk mångfald",
    "Målet innebär att staden har tillräckliga arealer av skyddad natur.",
    "Bedömning: Kräver omfattande omställning",
    "Insatser görs i grönområden.",
    None,
    "Delmål 1: Göteborgs Stad sköter och skyddar arters livsmiljöer",
    "Målet innebär att staden sköter växt- och djurarters livsmiljöer.",
    "Bedömning: Kräver ytterligare insatser",
    "Naturvårdsinriktad skötsel görs i många grönområden.",
    None,
    "Delmål 2: Göteborgs Stad ökar förnybar energi",
    "Målet innebär att andelen förnybar energi ökar.",
    "Bedömning: På rätt väg",
    "Andelen ökar.",
]


# --- a workbook whose status is a mark under a scale's step (core/scale.py; test_scale, test_year) ---
SCALE_HEADER = ["Kontrollmoment", "Nämnd", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Kommentar"]
CONTROLS = [  # (control, committee, the step marked: C, D, E or None, comment); counted by hand 2/2/1/1
    ("Attest av leverantörsfakturor", "Kommunstyrelsen", "C", "Stickprov utan anmärkning"),
    ("Delegationsbeslut anmäls i tid", "Kommunstyrelsen", "D", "Två beslut anmäldes sent"),
    ("Avtalstrohet vid inköp", "Tekniska nämnden", "E", "Direktupphandlingar utan dokumentation"),
    ("Representation enligt riktlinje", "Tekniska nämnden", "C", "Inga avvikelser"),
    ("Löneutbetalningar kontrolleras", "Socialnämnden", None, None),
    ("Behörigheter i verksamhetssystem", "Socialnämnden", "D", "Ses över under hösten"),
]
SCALE_FIRST = 4  # the first control's row


def build_scale_book(path: Path, mark: str = "X") -> Path:
    """An internal-control follow-up (uppföljning av internkontrollplan) as Swedish municipalities
    keep it: a title, a blank row, the header, a ``mark`` under one step per control."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Internkontroll"
    ws["A1"] = "Uppföljning av internkontrollplan 2026, per april"
    ws.append([])
    ws.append(SCALE_HEADER)
    for control, committee, step, comment in CONTROLS:
        row = [control, committee, None, None, None, comment]
        if step is not None:
            row["CDE".index(step) + 2] = mark
        ws.append(row)
    wb.save(path)
    return path


def scale_marks(path: Path) -> list[tuple[Any, ...]]:
    """Each control's cells under the three steps."""
    from openpyxl import load_workbook

    ws = load_workbook(path)["Internkontroll"]
    return [
        tuple(ws.cell(r, c).value for c in (3, 4, 5)) for r in range(SCALE_FIRST, SCALE_FIRST + len(CONTROLS))
    ]


def fill(path: Path, cell: str) -> str | None:
    """The fill colour of ``cell`` on the sheet Internkontroll (None: no fill)."""
    from openpyxl import load_workbook

    found = load_workbook(path)["Internkontroll"][cell].fill
    return found.fgColor.rgb if found.fill_type else None
