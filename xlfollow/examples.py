"""Example workbooks built from the two real reports bundled in the package (xlfollow/data), in
their own layouts. Used by ``xlfollow demo`` and as the test fixtures. These are new files, so
building them with openpyxl loses nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any


def load_data(name: str) -> dict[str, Any]:
    text = resources.files("xlfollow").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _style_header(ws: Any, row: int, count: int) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    for col in range(1, count + 1):
        cell = ws.cell(row, col)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _merge_groups(ws: Any, col: int, starts: list[int], ends: list[int]) -> None:
    for start, end in zip(starts, ends, strict=True):
        if end > start:
            ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)


def build_2017(path: Path) -> Path:
    """The 2017 layout: title, header "Fullmäktiges Strategiska mål | Framgångsfaktor | Läge
    2017-04-30 | Beskrivning av nuläget", section headings for committee and perspective, the
    strategic goal written once per group (merged downwards)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    data = load_data("rs2017.json")
    wb = Workbook()
    ws = wb.active
    ws.title = "Framgångsfaktorer"
    ws["A1"] = data["title"]
    ws["A1"].font = Font(bold=True, size=14)
    header = [
        "Fullmäktiges Strategiska mål",
        "Framgångsfaktor",
        data["status_header"],
        "Beskrivning av nuläget",
    ]
    ws.append([])
    ws.append(header)
    _style_header(ws, 3, 4)
    committee = perspective = None
    starts: list[int] = []
    ends: list[int] = []
    for item in data["items"]:
        if item["committee"] != committee:
            committee = item["committee"]
            title = (
                "1 Regionstyrelsens framgångsfaktorer"
                if committee == "RS"
                else "2 Regionala utvecklingsnämndens framgångsfaktorer"
            )
            ws.append([title])
            ws.cell(ws.max_row, 1).font = Font(bold=True, size=13)
            perspective = None
            if starts and len(ends) < len(starts):
                ends.append(ws.max_row - 1)
        if item["perspective"] and item["perspective"] != perspective:
            perspective = item["perspective"]
            ws.append([f"{perspective}"])
            ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
            if starts and len(ends) < len(starts):
                ends.append(ws.max_row - 1)
        if item["goal"]:
            if starts and len(ends) < len(starts):
                ends.append(ws.max_row)
            starts.append(ws.max_row + 1)
        ws.append([item["goal"] or None, item["item"], item["status"] or None, item["comment"] or None])
    if len(ends) < len(starts):
        ends.append(ws.max_row)
    _merge_groups(ws, 1, starts, ends)
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCD", (30, 60, 14, 70), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A4"
    wb.save(path)
    return path


def build_2018_factors(path: Path) -> Path:
    """The 2018 layout for success factors: perspective headings ("4 Samhällsperspektivet"),
    "Strategiskt mål: ..." rows, then "Framgångsfaktor | Mått | Per april | Kommentar", arrows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    data = load_data("rs2018.json")
    wb = Workbook()
    ws = wb.active
    ws.title = "Framgångsfaktorer"
    ws["A1"] = data["title"]
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(["Framgångsfaktor", "Mått", "Per april", "Kommentar"])
    _style_header(ws, 3, 4)
    numbers = {"Samhälle": 4, "Patient": 5, "Medarbetare": 6, "Verksamhetsresultat": 7}
    names = {
        "Samhälle": "Samhällsperspektivet",
        "Patient": "Patientperspektivet",
        "Medarbetare": "Medarbetarperspektivet",
        "Verksamhetsresultat": "Verksamhetsresultat",
    }
    perspective = None
    for item in data["factors"]:
        if item["perspective"] != perspective:
            perspective = item["perspective"]
            ws.append([f"{numbers[perspective]} {names[perspective]}"])
            ws.cell(ws.max_row, 1).font = Font(bold=True, size=13)
        if item["goal"]:
            ws.append([f"Strategiskt mål: {item['goal']}"])
            ws.cell(ws.max_row, 1).font = Font(italic=True)
        ws.append([item["item"], item["measure"], item["status"] or None, item["comment"]])
        for cell in ws[ws.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCD", (55, 35, 10, 60), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def build_2018_goals(path: Path) -> Path:
    """The 2018 layout for active goals: "Aktivt mål | Målvärde | Utfall 2018-04-30 | Kommentar"
    with a perspective column and a status column ("Bedömning")."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    data = load_data("rs2018.json")
    wb = Workbook()
    ws = wb.active
    ws.title = "Aktiva mål"
    ws["A1"] = "Aktiva mål per april 2018"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    ws.append(["Perspektiv", "Aktivt mål", "Målvärde", "Utfall 2018-04-30", "Bedömning", "Kommentar"])
    _style_header(ws, 3, 6)
    perspective = None
    for item in data["goals"]:
        shown = item["perspective"] if item["perspective"] != perspective else None
        perspective = item["perspective"]
        ws.append(
            [shown, item["item"], item["target"], item["outcome"] or None, item["status"], item["comment"]]
        )
        for cell in ws[ws.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEF", (18, 45, 22, 22, 12, 60), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def build_settings_layout(path: Path) -> Path:
    """A layout no header gives away, described only through the ``xlfollow`` settings sheet:
    custom headers, the header on row 2, shapes as statuses, an extra committee."""
    from openpyxl import Workbook

    data = load_data("rs2018.json")
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.append(["Enhetens uppföljning HT"])
    ws.append(["Nr", "Vad", "Vem", "Hur det går", "Text"])
    symbols = {"↑": "●", "→": "◆", "↓": "▲", "": None}
    owners = ("RS", "RS RUN", "HSN, RS", "RS/VVN", "RS+Nämnder")
    real = [f for f in data["factors"] if not f["item"].startswith("Se aktivt")]
    for number, item in enumerate(real, start=1):
        ws.append(
            [number, item["item"], owners[number % len(owners)], symbols[item["status"]], item["comment"]]
        )
    settings = wb.create_sheet("xlfollow")
    for row in (
        ("Inställning", "Värde"),
        ("sheet", "Uppföljning"),
        ("header_row", 2),
        ("column.id", "A"),
        ("column.item", "Vad"),
        ("column.committee", "C"),
        ("column.status", "D"),
        ("column.comment", "E"),
        ("status.●", "green"),
        ("status.◆", "yellow"),
        ("status.▲", "red"),
        ("committees", "Nämnder"),
        ("period", "april 2018"),
        ("report_title", "Enhetens framgångsfaktorer"),
    ):
        settings.append(list(row))
    wb.save(path)
    return path


EXAMPLES: dict[str, Callable[[Path], Path]] = {
    "rs2017-framgangsfaktorer.xlsx": build_2017,
    "rs2018-framgangsfaktorer.xlsx": build_2018_factors,
    "rs2018-aktiva-mal.xlsx": build_2018_goals,
    "installningsblad.xlsx": build_settings_layout,
}


def build_all(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [build(folder / name) for name, build in EXAMPLES.items()]
