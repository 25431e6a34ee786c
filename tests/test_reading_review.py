"""The second review's workbooks (issue 19's reading rules, tests/data/review/, built by the reviewer
to attack them): each read as the reading before those rules read it, which was right.

- a title or a "Nämnd: | Socialnämnden" row above a table found by its values is no header (an
  empty cell above the status column is a candidate only right above statuses);
- "Nämndens mål" beside "Aktivitet" is the goal, not the item (a second goal column is the item
  only when no column names one);
- goal rows shaded across the table, a forgotten item text under a repeated goal and strategic
  goals with a status above their success factors stay missing items, not items counted;
- "Röd – med avvikelse" is red (a note that qualifies a deviation does not overturn a red)."""

from __future__ import annotations

from pathlib import Path

import pytest

from xlfollow import actions
from xlfollow.core.models import Severity

REVIEW = Path(__file__).resolve().parent / "data" / "review"
AS_BEFORE = [
    ("g2_meta_rows", 4, {"green": 2, "yellow": 1, "red": 1}, set()),
    ("g_title_above", 4, {"green": 2, "yellow": 1, "red": 1}, set()),
    ("n_namndens_mal_aktivitet", 4, {"green": 2, "yellow": 1, "red": 1}, set()),
    ("c_goal_shaded_green", 4, {"green": 2, "yellow": 1, "red": 1}, {"missing-item"}),
    ("c_goal_shaded_orange", 4, {"green": 2, "yellow": 1, "red": 1}, {"missing-item"}),
    ("n3_forgotten_item", 2, {"green": 2}, {"missing-item"}),
    ("a_goal_status_and_items", 4, {"green": 2, "yellow": 1, "red": 1}, {"missing-item"}),
]


@pytest.mark.parametrize(("name", "items", "counts", "errors"), AS_BEFORE, ids=[c[0] for c in AS_BEFORE])
def test_read_as_before_the_new_rules(
    name: str, items: int, counts: dict[str, int], errors: set[str]
) -> None:
    result = actions.check(REVIEW / f"{name}.xlsx")
    assert result.rollup.items == items
    assert {k: v for k, v in result.rollup.status.items() if v} == counts
    assert {i.code for i in result.report.issues if i.severity is Severity.ERROR} == errors


def test_a_red_with_a_deviation_noted_is_red() -> None:
    report = actions.check(REVIEW / "f_enligt_plan.xlsx").report
    said = {i.status_value: i.status for i in report.items if isinstance(i.status_value, str)}
    assert said["Röd – med avvikelse"] is not None and said["Röd – med avvikelse"].value == "red"
    assert said["Enligt plan"] is not None and said["Enligt plan"].value == "green"
    assert said.get("Ej enligt plan", "absent") is None  # not green: unknown, on Kontroll
