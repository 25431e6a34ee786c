"""Workbooks laid out the way published follow-ups lay them out (issue 8), each read without a
settings sheet, with counts derived by hand from the fixture's own data, which follows the
published figures:

- Vårgårda kommun, årsredovisning 2023, "Måluppföljning per den 31 december 2023": 30 delmål in
  focus areas, 8 uppfyllda (😊), 19 inte uppfyllda (😒), 3 delvis uppfyllda (😐).
- London Borough of Havering, Corporate Performance Report Q4 2013/14: 50 indicators under five
  Living Ambition goals, 46 RAG-rated: 38 Green, 2 Amber, 6 Red; a Direction of Travel column.
- Medway Council, Council Plan monitoring Q3 2009/10: 73 measures of success, 41 green, 15 amber,
  17 red.
- Region Jämtland Härjedalen, April 2018 (the seed report): the same 41 success factors with the
  status carried only by the colour of the cell (7 green, 29 yellow, 4 red, 1 missing).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill

from xlfollow import actions
from xlfollow.examples import build_2018_factors

STATUS_KEYS = ("green", "yellow", "red", "not_applicable", "missing", "unknown")


def counts(**given: int) -> dict[str, int]:
    return {k: given.get(k, 0) for k in STATUS_KEYS}


def _save(
    rows: list[list[object]], path: Path, title: list[object] | None = None, sheet: str = "Blad1"
) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append(title)
        ws.append([])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_vargarda_2023_smileys_under_utfall(tmp_path: Path) -> None:
    areas = [
        ("Social hållbarhet – omsorg och fritid", "😊😊😊😊😊😐😒"),
        ("Utvecklande skola", "😊😒😒😒😒😒😒"),
        ("Hållbar miljö", "😊😒😒😒😒😐"),
        ("Social hållbarhet och organisation", "😊😒😒😒😒😒😒😒😐"),
        ("Attraktiv kommun", "😒"),
    ]
    rows: list[list[object]] = [["Fokusområde", "Delmål", "Utfall", "Kommentar"]]
    n = 0
    for area, smileys in areas:
        for i, smiley in enumerate(smileys):
            n += 1
            rows.append(
                [area if i == 0 else None, f"Delmål {n}: ett mål inom {area.lower()}", smiley, "Analys ..."]
            )
    assert n == 30
    path = _save(rows, tmp_path / "vargarda.xlsx", title=["Måluppföljning per den 31 december 2023"])
    result = actions.check(path)
    assert result.rollup.status == counts(green=8, yellow=3, red=19)
    assert result.rollup.by_perspective["Utvecklande skola"] == counts(green=1, red=6)
    assert result.report.layout.period is None or "2023" in result.report.layout.period


def test_havering_2014_rag_beside_a_direction_of_travel(tmp_path: Path) -> None:
    goals = {
        "Environment": "GGGGGGGGARR",
        "Learning": "GGGGGGGG-",
        "Towns and Communities": "GGGGGGGGGR-",
        "Individuals": "GGGGGGGAR-",
        "Value": "GGGGGGRR-",
    }
    words = {"G": "Green", "A": "Amber", "R": "Red", "-": None}
    travel = ["↑", "↓", "→"]
    rows: list[list[object]] = [
        [
            "Living Ambition Goal",
            "Indicator",
            "Q4 Target",
            "Q4 Performance",
            "RAG",
            "DoT",
            "Corrective Action",
        ]
    ]
    n = 0
    for goal, ratings in goals.items():
        for i, rating in enumerate(ratings):
            n += 1
            action = "Action plan agreed with the service" if rating == "R" else None
            rows.append(
                [
                    goal if i == 0 else None,
                    f"Indicator {n}",
                    "90%",
                    "87%",
                    words[rating],
                    travel[n % 3],
                    action,
                ]
            )
    assert n == 50
    result = actions.check(_save(rows, tmp_path / "havering.xlsx", sheet="Q4 2013-14"))
    layout = result.report.layout
    assert layout.column("status") == 5  # RAG, never the DoT arrows beside it
    assert result.rollup.status == counts(green=38, yellow=2, red=6, missing=4)
    assert result.rollup.by_goal["Value"] == counts(green=6, red=2, missing=1)


def test_medway_2010_measures_of_success(tmp_path: Path) -> None:
    priorities = {
        "Safe, clean and green": (12, 4, 5),
        "Children and young people": (10, 5, 6),
        "Older and vulnerable people": (9, 3, 2),
        "Economic growth": (10, 3, 4),
    }
    rows: list[list[object]] = [["Council priority", "Measure of success", "Target", "Q3", "Status"]]
    n = 0
    for priority, (green, amber, red) in priorities.items():
        for i, status in enumerate(["Green"] * green + ["Amber"] * amber + ["Red"] * red):
            n += 1
            rows.append([priority if i == 0 else None, f"NI {n} measure", 100, 95, status])
    assert n == 73
    result = actions.check(_save(rows, tmp_path / "medway.xlsx", title=["Council Plan Q3 2009/10"]))
    assert result.rollup.status == counts(green=41, yellow=15, red=17)
    assert result.rollup.by_perspective["Economic growth"] == counts(green=10, yellow=3, red=4)


def test_rjh_2018_with_the_status_only_in_the_colour(tmp_path: Path) -> None:
    book = build_2018_factors(tmp_path / "rjh2018.xlsx")
    wb = load_workbook(book)
    ws = wb.active
    header = next(r for r in range(1, 10) if ws.cell(r, 3).value == "Per april")
    colours = {"↑": "00B050", "→": "FFFF00", "↓": "FF0000"}
    for r in range(header + 1, ws.max_row + 1):
        cell = ws.cell(r, 3)
        if cell.value in colours:
            cell.fill = PatternFill("solid", fgColor=colours[str(cell.value)])
            cell.value = None
    wb.save(book)
    result = actions.check(book)
    assert result.rollup.status == counts(green=7, yellow=29, red=4, missing=1)
    assert result.rollup.items == 41


def test_bracknell_2025_actions_by_delivery_status(tmp_path: Path) -> None:
    """Bracknell Forest Council plan overview, Q4 2024/25: 114 actions, 64 complete, 49 in
    progress, 1 not started. Complete is green; in progress and not started are on their way
    (yellow: "the right measures are planned and/or started")."""
    themes = {
        "Value for money": (20, 15, 0),
        "Strong, safe, supportive and self-reliant communities": (24, 18, 1),
        "People live active and healthy lives": (20, 16, 0),
    }
    rows: list[list[object]] = [["Council plan theme", "Action", "Lead directorate", "Status", "Commentary"]]
    for theme, (done, going, waiting) in themes.items():
        states = ["Complete"] * done + ["In progress"] * going + ["Not started"] * waiting
        for i, state in enumerate(states):
            rows.append(
                [theme if i == 0 else None, f"{theme[:12]} action {i + 1}", "People", state, "Update ..."]
            )
    assert len(rows) - 1 == 114
    result = actions.check(
        _save(rows, tmp_path / "bracknell.xlsx", title=["Council plan overview report Q4"])
    )
    assert result.rollup.status == counts(green=64, yellow=50)
    assert result.report.layout.column("status") == 4 and result.report.layout.column("item") == 2


def test_strangnas_2012_ten_goals_in_words(tmp_path: Path) -> None:
    """Strängnäs kommun, delårsrapport per 31 augusti 2012 (revisionsrapport): ten overall goals,
    one of which, the knowledge goal, "bedöms inte bli uppfyllt"; the others are assessed to be met."""
    goals = [
        "Trygghet",
        "Kunskap",
        "Hälsa",
        "Miljö",
        "Tillväxt",
        "Delaktighet",
        "Boende",
        "Service",
        "Kultur",
        "Ekonomi",
    ]
    rows: list[list[object]] = [["Övergripande mål", "Bedömning per 31 augusti", "Kommentar"]]
    for goal in goals:
        rows.append([goal, "Bedöms inte bli uppfyllt" if goal == "Kunskap" else "Bedöms bli uppfyllt", "..."])
    result = actions.check(
        _save(rows, tmp_path / "strangnas.xlsx", title=["Delårsrapport per 31 augusti 2012"])
    )
    assert result.rollup.status == counts(green=9, red=1)
    assert result.report.layout.period == "augusti 2012"
