"""Statuses shown by conditional-format icon sets over numbers (issue 8): the rule and its
thresholds are read and each number takes the status of its icon, with "show icon only" too and
reversed sets; the numbers stay as they are. Expected counts derived by hand from the numbers and
the thresholds."""

from __future__ import annotations

import zipfile
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


def _x14(path: Path, numbers: list[float], icon_set: str) -> Path:
    """A book whose icon set is Excel 2010's (x14, in the sheet's extension list), as Excel
    writes stars, triangles and custom sets: thresholds in <xm:f>, the range in <xm:sqref>."""
    import io
    import zipfile

    wb = Workbook()
    ws = wb.active
    ws.append(["Indikator", "Måluppfyllelse"])
    for n, value in enumerate(numbers, start=1):
        ws.append([f"Indikator {n}", value])
    wb.save(path)
    ext = (
        '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" '
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        "<x14:conditionalFormattings>"
        '<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
        '<x14:cfRule type="iconSet" priority="1" id="{00000000-0000-0000-0000-000000000001}">'
        f"{icon_set}</x14:cfRule><xm:sqref>B2:B{len(numbers) + 1}</xm:sqref>"
        "</x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>"
    ).encode()
    with zipfile.ZipFile(path) as source:
        members = [(i, source.read(i)) for i in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", ext + b"</worksheet>")
            target.writestr(info, data)
    path.write_bytes(buffer.getvalue())
    return path


def _cfvos(*values: float) -> str:
    return "".join(f'<x14:cfvo type="num"><xm:f>{v}</xm:f></x14:cfvo>' for v in values)


def test_x14_stars_with_thresholds_in_formulas(tmp_path: Path) -> None:
    # 3Stars: empty (red) below 2, half (yellow) from 2, full (green) from 3
    icon_set = f'<x14:iconSet iconSet="3Stars" showValue="0">{_cfvos(0, 2, 3)}</x14:iconSet>'
    path = _x14(tmp_path / "s.xlsx", [1, 2, 2.5, 3, 4, 0], icon_set)
    status = actions.check(path).rollup.status
    assert (status["red"], status["yellow"], status["green"]) == (2, 2, 2)


def test_x14_custom_set_picks_each_icon_from_another_set(tmp_path: Path) -> None:
    # lowest: the red flag; middle: no icon (no status: unknown); highest: a full star
    icons = (
        '<x14:cfIcon iconSet="3Flags" iconId="0"/><x14:cfIcon iconSet="NoIcons" iconId="0"/>'
        '<x14:cfIcon iconSet="3Stars" iconId="2"/>'
    )
    icon_set = f'<x14:iconSet iconSet="3TrafficLights1" custom="1">{_cfvos(0, 5, 8)}{icons}</x14:iconSet>'
    path = _x14(tmp_path / "c.xlsx", [1, 4, 5, 7, 8, 9, 10], icon_set)
    status = actions.check(path).rollup.status
    assert (status["red"], status["unknown"], status["green"]) == (2, 2, 3)


def test_a_threshold_set_to_above_is_not_reached_by_an_equal_value(tmp_path: Path) -> None:
    """Issue 19 (a review case): Excel's rule dialog offers ">=" and ">" per threshold (gte="0" in
    the file); ">" was read as ">=". Thresholds > 1 and > 2 here: 1 is red, 2 yellow, 3 green."""
    from openpyxl.formatting.rule import FormatObject, IconSet, Rule

    cfvos = [FormatObject(type="num", val=0), FormatObject(type="num", val=1, gte=False)]
    cfvos.append(FormatObject(type="num", val=2, gte=False))
    rule = Rule(type="iconSet", iconSet=IconSet(iconSet="3TrafficLights1", cfvo=cfvos))
    path = _book(tmp_path / "i.xlsx", [1, 1, 2, 3, 1.5], rule)  # type: ignore[arg-type]
    assert b'gte="0"' in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    status = actions.check(path).rollup.status
    assert (status["red"], status["yellow"], status["green"]) == (2, 2, 1)
