"""The peer: what a competent user would write by hand with openpyxl and pandas to do the same job.
Load, colour the status cells, count per perspective, write a formatted summary sheet with a
chart, save to a new file.    python bench/peer.py IN.xlsx OUT.xlsx"""

import sys

import pandas as pd
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font, PatternFill

COLOURS = {"green": "C6EFCE", "yellow": "FFEB9C", "red": "FFC7CE", "not_applicable": "E7E6E6"}
WORDS = {
    "↑": "green",
    "grön": "green",
    "→": "yellow",
    "gul": "yellow",
    "↓": "red",
    "röd": "red",
    "ej aktuell": "not_applicable",
}

wb = load_workbook(sys.argv[1])
ws = wb["Framgångsfaktorer"]
rows, perspective = [], None
for row in ws.iter_rows(min_row=4):
    perspective = row[0].value or perspective
    text = str(row[5].value or "").strip().lower()
    status = WORDS.get(text, "missing")
    if status in COLOURS:
        row[5].fill = PatternFill("solid", fgColor=COLOURS[status])
    rows.append({"perspective": perspective, "status": status})

counts = pd.crosstab(pd.DataFrame(rows)["perspective"], pd.DataFrame(rows)["status"])
summary = wb.create_sheet("Sammanställning")
summary["A1"] = "Sammanställning"
summary["A1"].font = Font(bold=True, size=14)
summary.append([])
summary.append(["Perspektiv", *counts.columns])
for cell in summary[3]:
    cell.font = Font(bold=True)
for name, values in counts.iterrows():
    summary.append([name, *(int(v) for v in values)])
chart = BarChart()
chart.type, chart.grouping, chart.overlap = "bar", "stacked", 100
chart.add_data(
    Reference(summary, min_col=2, max_col=1 + len(counts.columns), min_row=3, max_row=3 + len(counts)),
    titles_from_data=True,
)
chart.set_categories(Reference(summary, min_col=1, min_row=4, max_row=3 + len(counts)))
summary.add_chart(chart, "H3")
wb.save(sys.argv[2])
