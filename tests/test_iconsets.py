"""Statuses shown by conditional-format icon sets over numbers (issue 8): the rule and its
thresholds are read and each number takes the status of its icon, with "show icon only" too and
reversed sets; the numbers stay as they are. Expected counts derived by hand from the numbers and
the thresholds."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.formatting.rule import IconSetRule

from xlfollow import actions


def _book(path: Path, numbers: list[float], rule: IconSetRule) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Indikatorer"
    ws.append(["Indikator", "Måluppfyllelse", "Kommentar"])
    for n, value in enumerate(numbers, start=1):
        ws.append([f"Indikator {n}", value, "kommentar"])
    ws.conditional_formatting.add(f"B2:B{len(numbers) + 1}", rule)
    wb.save(path)
    return path


def test_traffic_lights_by_number_thresholds_show_icon_only(tmp_path: Path) -> None:
    # 1 = red, 2 = yellow, 3 = green: thresholds at 1, 2 and 3 (type num)
    rule = IconSetRule("3TrafficLights1", "num", [1, 2, 3], showValue=False)
    path = _book(tmp_path / "i.xlsx", [3, 3, 2, 1, 3, 2, 1, 1, 3], rule)
    result = actions.check(path)
    assert (result.rollup.status["green"], result.rollup.status["yellow"], result.rollup.status["red"]) == (
        4,
        2,
        3,
    )
    out = actions.run(path).written
    assert load_workbook(out)["Indikatorer"]["B2"].value == 3  # the number stays


def test_arrows_by_percent_of_the_range(tmp_path: Path) -> None:
    # range 0..100: red below 33, yellow 33-66, green from 67 (Excel's default percentages)
    rule = IconSetRule("3Arrows", "percent", [0, 33, 67])
    path = _book(tmp_path / "i.xlsx", [0, 10, 32, 33, 50, 66, 67, 90, 100], rule)
    status = actions.check(path).rollup.status
    assert (status["red"], status["yellow"], status["green"]) == (3, 3, 3)


def test_a_reversed_set(tmp_path: Path) -> None:
    rule = IconSetRule("3Symbols", "num", [1, 2, 3], reverse=True)  # 1 is the best here
    path = _book(tmp_path / "i.xlsx", [1, 1, 3], rule)
    status = actions.check(path).rollup.status
    assert (status["green"], status["red"]) == (2, 1)


@pytest.mark.parametrize("name", ["3Flags", "4TrafficLights"])
def test_other_sets_are_read(tmp_path: Path, name: str) -> None:
    rule = IconSetRule(name, "num", [0, 1, 2] if name.startswith("3") else [0, 1, 2, 3])
    path = _book(tmp_path / "i.xlsx", [0, 2, 2] if name.startswith("3") else [0, 1, 2, 3], rule)
    status = actions.check(path).rollup.status
    assert status["unknown"] == 0 and status["missing"] == 0 and sum(status.values()) >= 3
