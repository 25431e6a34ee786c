"""Calls into Excel made by the live-Excel writer, per action, for 100 and 10,000 rows: on a
desktop-Excel stand-in (tests/fake_excel.py, which counts every call) and on xlwings' remote
engine (the actions it returns). Printed as a Markdown table; bench/run.py adds it to RESULTS.md."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import xlwings as xw

from xlfollow.adapters import live_excel as xlwings_writer
from xlfollow.excel import run_action

from fake_excel import FakeBook

STATUSES = ["grön", "gul", "röd", None, "Ej aktuell", "↑", "→"]


def rows(n: int) -> list[list[object]]:
    out: list[list[object]] = [["Perspektiv", "Framgångsfaktor", "Läge", "Kommentar"]]
    out += [
        ["Patient" if i % 2 else "Samhälle", f"{i}. Post", STATUSES[i % 7], "pågår" if i % 3 else None]
        for i in range(1, n + 1)
    ]
    return out


def remote(values: list[list[object]]) -> object:
    sheet = {
        "name": "Data",
        "values": [["" if v is None else v for v in r] for r in values],
        "pictures": [],
        "tables": [],
        "notes": [],
        "notes_supported": True,
    }
    return xw.Book(
        json={
            "client": "Office.js",
            "version": xw.__version__,
            "names": [],
            "book": {"name": "bok.xlsx", "active_sheet_index": 0, "selection": "A1"},
            "sheets": [sheet],
        }
    )


def main() -> str:
    lines = [
        "| action | rows | desktop Excel, Windows: calls | desktop Excel, other: calls (colour/format) "
        "| remote engine: actions |",
        "|---|---|---|---|---|",
    ]
    for action in ("check", "colour", "summarise", "all"):
        for n in (100, 10_000):
            windows = FakeBook("bok.xlsx", {"Data": rows(n)}, com=True)
            real_platform = xlwings_writer.sys.platform
            xlwings_writer.sys.platform = "win32"
            try:
                run_action(action, windows)
            finally:
                xlwings_writer.sys.platform = real_platform
            desktop = FakeBook("bok.xlsx", {"Data": rows(n)})
            run_action(action, desktop)
            total = sum(desktop.calls.values())
            formats = sum(
                c
                for k, c in desktop.calls.items()
                if k in ("color", "number_format") or k.startswith("font.")
            )
            book = remote(rows(n))
            run_action(action, book)
            lines.append(
                f"| {action} | {n:,} | {sum(windows.calls.values())} | {total} ({formats}) "
                f"| {len(book.json()['actions'])} |"
            )
    return "\n".join(lines)


if __name__ == "__main__":
    print(main())
