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

from collections import Counter
from pathlib import Path

from helpers import status_counts
from openpyxl import Workbook, load_workbook
from openpyxl.styles import PatternFill

from xlfollow import actions
from xlfollow.examples import build_2018_factors

STATUS_KEYS = ("green", "yellow", "red", "not_applicable", "missing", "unknown")


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
    assert result.rollup.status == status_counts(green=8, yellow=3, red=19)
    assert result.rollup.by_perspective["Utvecklande skola"] == status_counts(green=1, red=6)
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
    assert result.rollup.status == status_counts(green=38, yellow=2, red=6, missing=4)
    assert result.rollup.by_goal["Value"] == status_counts(green=6, red=2, missing=1)


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
    assert result.rollup.status == status_counts(green=41, yellow=15, red=17)
    assert result.rollup.by_perspective["Economic growth"] == status_counts(green=10, yellow=3, red=4)


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
    assert result.rollup.status == status_counts(green=7, yellow=29, red=4, missing=1)
    assert result.rollup.items == 41


def test_bracknell_2025_actions_by_delivery_status(tmp_path: Path) -> None:
    """Bracknell Forest Council plan overview, Q4 2024/25: 114 actions, 64 complete, 49 in
    progress, 1 not started. Complete is green, in progress yellow (on its way) and not started red
    (Bracknell's order: complete, in progress, not started; green, amber, red)."""
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
    assert result.rollup.status == status_counts(green=64, yellow=49, red=1)
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
    assert result.rollup.status == status_counts(green=9, red=1)
    assert result.report.layout.period == "augusti 2012"


def test_kent_2020_one_table_per_service_area(tmp_path: Path) -> None:
    """Kent County Council, Quarterly Performance Report Q1 2020/21: 35 KPIs in one table per
    service area, each with RAG and a Direction of Travel; 22 green, 10 amber, 3 red (one in
    Children, Young People and Education, two in Public Health: Cabinet minutes). The split of the
    other ratings over the areas is ours. Each table has its own title and (the same) header row."""
    areas = {
        "Customer Services": "GGGA",
        "Economic Development and Communities": "GGGA",
        "Environment and Transport": "GGGGGA",
        "Children, Young People and Education": "GGGGGGGAAAAR",
        "Adult Social Care": "GGAAA",
        "Public Health": "GGRR",
    }
    words = {"G": "GREEN", "A": "AMBER", "R": "RED"}
    wb = Workbook()
    ws = wb.active
    ws.title = "KPIs"
    ws.append(["Kent County Council – Quarterly Performance Report, Quarter 1 2020/21"])
    n = 0
    for area, ratings in areas.items():
        ws.append([])
        ws.append([area])
        ws.append(["Ref", "Indicator Description", "Latest", "Target", "Floor", "RAG", "DoT"])
        for rating in ratings:
            n += 1
            ws.append([f"KPI {n}", f"{area[:14]} indicator {n}", 95, 96, 90, words[rating], "⇧"])
    assert n == 35
    path = tmp_path / "kent.xlsx"
    wb.save(path)
    result = actions.check(path)
    assert result.rollup.status == status_counts(green=22, yellow=10, red=3)
    # the same header again under each title: one table whose titles are headings (perspectives)
    assert result.rollup.by_perspective["Public Health"] == status_counts(green=2, red=2)
    assert result.rollup.by_perspective["Customer Services"] == status_counts(green=3, yellow=1)
    assert not result.report.issues  # no header row or title is read as an item


def test_bracknell_2025_actions_and_indicators_on_one_sheet(tmp_path: Path) -> None:
    """Bracknell Forest Council plan overview Q4 2024/25, both tables of the page: 114 actions (64
    complete, 49 in progress, 1 not started) and then the performance and contextual indicators
    (78 green, 3 amber, 14 red). Two kinds of items: counted together as items ("poster")."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Q4 2024-25"
    ws.append(["Council plan overview report – quarter 4 (January to March 2025)"])
    ws.append([])
    ws.append(["Actions status"])
    ws.append(["Council plan theme", "Action", "Lead directorate", "Status", "Commentary"])
    themes = ["Value for money", "Strong, safe, supportive and self-reliant communities", "Active lives"]
    states = ["Complete"] * 64 + ["In progress"] * 49 + ["Not started"]
    for i, state in enumerate(states):
        ws.append([themes[i % 3], f"Action {i + 1}", "People", state, "Update ..."])
    ws.append([])
    ws.append(["Performance and contextual indicators"])
    ws.append(["Council plan theme", "Indicator", "Target", "Q4", "RAG", "Direction of travel"])
    rags = ["Green"] * 78 + ["Amber"] * 3 + ["Red"] * 14
    for i, rag in enumerate(rags):
        ws.append([themes[i % 3], f"Indicator {i + 1}", 80, 82, rag, "Improving"])
    path = tmp_path / "bracknell-q4.xlsx"
    wb.save(path)
    result = actions.check(path)
    assert result.rollup.status == status_counts(green=64 + 78, yellow=49 + 3, red=14 + 1)
    assert result.report.layout.kind == "poster"
    tables = result.report.layout.tables()
    assert [t.header_row for t in tables] == [4, 121] and tables[0].last_row == 118
    assert tables[1].column("status") == 5  # RAG, never the direction of travel
    # Value for money: actions 0, 3, 6 ... (38 of 114) and indicators 0, 3, 6 ... (32 of 95)
    expected_actions = Counter(states[i] for i in range(0, 114, 3))
    expected_rags = Counter(rags[i] for i in range(0, 95, 3))
    assert result.rollup.by_perspective["Value for money"] == status_counts(
        green=expected_actions["Complete"] + expected_rags["Green"],
        yellow=expected_actions["In progress"] + expected_rags["Amber"],
        red=expected_actions["Not started"] + expected_rags["Red"],
    )
    sentence = run_sentence(path, tmp_path)
    assert sentence.startswith("Av de 209 posterna bedöms 142 vara uppfyllda")


def run_sentence(path: Path, tmp_path: Path) -> str:
    out = tmp_path / (path.stem + "-klar.xlsx")
    actions.run(path, out)
    ws = load_workbook(out)["Sammanställning"]
    return next(str(c.value) for row in ws.iter_rows() for c in row if str(c.value or "").startswith("Av de"))


# Helsingborg's rule: fulfilment (outcome/target, or target/outcome where lower is better) of 100 %
# is green, 91-99 % yellow, 90 % or lower red. Colours as a coordination office would fill them.
_FILL = {"G": "00B050", "Y": "FFC000", "R": "FF0000"}
HELSINGBORG = {
    "Stadens styrkort": [
        ("Alla i Helsingborg ska ha möjlighet att påverka sina liv", None),
        ("Nöjd-Inflytande-Index", (40, 40, 36, 41, "R")),  # 36/41 = 88 %
        ("Andel förvärvsarbetande invånare 20-64 år 1)", (71.9, 72.2, 72.7, 72.3, "G")),
        ("Antal arbetstillfällen i Helsingborg 1)", (67044, 67916, 69001, 69000, "G")),
        ("Andel med egenförsörjning efter försörjningsstödsinsats", (39, 38, 36, 42, "R")),  # 86 %
        ("Helsingborg ska vara en öppen och inkluderande stad", None),
        ("Invånarnas uppfattning - rekommendera att flytta till Helsingborg", (75, 76, 72, 76, "Y")),  # 95 %
        (
            "Andel elever som upplever att man i skolan respekterar varandras olikheter",
            ("-", 89, 89, 90, "Y"),
        ),
        ("Andel kunder som är ganska eller mycket nöjda med sin hemtjänst", (90, 89, 88, 90, "Y")),  # 98 %
        ("Andel flickor i den öppna fritidsverksamheten", ("-", 35, 30, 34, "R")),  # 88 %
        ("Invånarnas uppfattning om kulturverksamheten", (70, 69, 70, 71, "Y")),  # 99 %
        ("Antal anmälda våldsbrott per 1000 invånare", (16.6, 15.5, 16.1, 13, "R")),  # lower is better: 81 %
        ("I Helsingborg ska det finnas lika möjligheter för alla barn och unga", None),
        ("Andel elever i årskurs 9 med behörighet till gymnasieskolans yrkesprogram", (89, 85, 89, 86, "G")),
    ],
    "Kommunstyrelsen": [
        ("Alla i Helsingborg ska ha möjlighet att påverka sina liv", None),
        ("Nöjd Inflytande Index", (40, 40, 36, "Minst index 41", "R")),
        ("Andel förvärvsarbetande invånare 20-64 år 1)", (71.9, 72.2, 72.7, "Minst 72,3", "G")),
        ("Antal arbetstillfällen i Helsingborg 1)", ("67 044", "67 916", "69 001", "Minst 69 000", "G")),
        ("Andel med egenförsörjning efter försörjningsstödsinsats", (39, 38, 36, "Minst 42 %", "R")),
        ("Helsingborg ska vara en öppen och inkluderande stad", None),
        (
            "Invånarnas uppfattning - rekommendera att flytta till Helsingborg",
            (75, 76, 72, "Minst index 76", "Y"),
        ),
        (
            "Andel elever som upplever att man i skolan respekterar varandras olikheter",
            ("-", 89, 89, "Minst 90 %", "Y"),
        ),
        ("Andel kunder som är ganska eller mycket nöjda med sin hemtjänst", (90, 89, 88, "Minst 90 %", "Y")),
        ("Andel flickor i den öppna fritidsverksamheten", ("-", 35, 30, "Minst 34 %", "R")),
    ],
    "Barn- och utbildningsnämnden": [
        (
            "Alla förskolor och skolor ska utveckla arbetsformer som gynnar ett faktiskt inflytande"
            " för barn och elever",
            None,
        ),
        ("Andel elever som har inflytande över arbetssätt", ("-", "86,6 %", "87,1 %", "Minst 88 %", "Y")),
        (
            "Andel elever som anser att deras lärare tar hänsyn till deras åsikter",
            ("-", "91,0 %", "91,7 %", "Minst 92 %", "Y"),
        ),
        (
            "Alla förskolor och skolor ska medvetet påverka och stimulera barn och elever att utveckla"
            " förståelse för samhällets demokratiska värderingar",
            None,
        ),
        (
            "Andel elever som upplever att man i skolan respekterar varandras olikheter",
            ("-", "89,7 %", "89,4 %", "Minst 91 %", "Y"),
        ),
        (
            "Andel elever som anser att de vuxna i skolan reagerar när en elev kränks",
            ("-", "91,4 %", "91,8 %", "Minst 92 %", "Y"),
        ),
    ],
}


def build_helsingborg(path: Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in HELSINGBORG.items():
        ws = wb.create_sheet(name)
        ws.append([f"{name} – måluppfyllelse 2016"])
        ws.append(["Invånare – mål och mätetal"])
        ws.append(
            [
                "Mål och mätetal",
                "Utfall 2014",
                "Utfall 2015",
                "Utfall 2016",
                "Målvärde 2016",
                "Måluppfyllelse",
            ]
        )
        for text, values in rows:
            if values is None:  # a goal: a heading merged across the table
                ws.append([text])
                ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
                continue
            *numbers, status = values
            ws.append([text, *numbers])
            ws.cell(ws.max_row, 6).fill = PatternFill("solid", fgColor=_FILL[status])
    wb.save(path)
    return path


def test_helsingborg_2016_one_sheet_per_committee_with_goals_as_merged_headings(tmp_path: Path) -> None:
    """Helsingborgs stad, årsredovisning 2016: the city's scorecard and each committee's own, with
    goals as headings over their measures (outcomes 2014-2016 and the 2016 target as published),
    the status a colour. Read together: the sheets' names are the committees."""
    result = actions.check(build_helsingborg(tmp_path / "helsingborg.xlsx"))
    rollup = result.rollup
    assert rollup.status == status_counts(green=5, yellow=11, red=7)
    assert rollup.by_committee["Kommunstyrelsen"] == status_counts(green=2, yellow=3, red=3)
    assert rollup.by_committee["Barn- och utbildningsnämnden"] == status_counts(yellow=4)
    assert rollup.by_committee["Stadens styrkort"] == status_counts(green=3, yellow=4, red=4)
    assert rollup.by_goal["Alla i Helsingborg ska ha möjlighet att påverka sina liv"] == status_counts(
        green=4, red=4
    )
    assert len(result.report.layout.sheets()) == 3 and result.report.layout.repeats == ()
    assert not [i for i in result.report.issues if i.code == "missing-status"]  # no goal is an item
