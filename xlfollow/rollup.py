"""Counts of green, yellow, red, not applicable and missing: in total and per perspective, per
strategic goal and per committee (an item owned by several committees counts for each)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from xlfollow.models import Item
from xlfollow.status import ORDER, Status

KEYS = tuple(s.value for s in ORDER)


@dataclass(frozen=True)
class RollUp:
    items: int
    status: dict[str, int]
    by_perspective: dict[str, dict[str, int]] = field(default_factory=dict)
    by_goal: dict[str, dict[str, int]] = field(default_factory=dict)
    by_committee: dict[str, dict[str, int]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "status": self.status,
            "by_perspective": self.by_perspective,
            "by_goal": self.by_goal,
            "by_committee": self.by_committee,
        }


def share(count: int, total: int) -> float:
    """The share as a fraction (0..1); 0 when there is nothing to share."""
    return count / total if total else 0.0


def _status_key(item: Item) -> str:
    # An unknown status is an error already reported; for the counts it has no assessment.
    return (item.status or Status.MISSING).value


def roll_up(items: Sequence[Item], no_perspective: str = "", no_goal: str = "") -> RollUp:
    import pandas as pd

    frame = pd.DataFrame(
        {
            "status": pd.Categorical([_status_key(i) for i in items], categories=list(KEYS)),
            "perspective": [i.perspective or no_perspective for i in items],
            "goal": [i.goal or no_goal for i in items],
            "committees": [list(i.committees) for i in items],
        }
    )

    def counts(column: str, source: pd.DataFrame) -> dict[str, dict[str, int]]:
        if column in ("perspective", "goal") and not any(getattr(i, column) for i in items):
            return {}  # the layout has no such grouping at all
        table = pd.crosstab(source[column], source["status"], dropna=False)
        table = table.reindex(columns=list(KEYS), fill_value=0)
        order = list(dict.fromkeys(source[column]))  # first appearance, as in the report
        rows = table.to_dict(orient="index")
        return {str(name): {k: int(rows[name][k]) for k in KEYS} for name in order}

    total = frame["status"].value_counts().reindex(list(KEYS), fill_value=0)
    committees = frame.explode("committees").dropna(subset=["committees"])
    return RollUp(
        items=len(items),
        status={k: int(total[k]) for k in KEYS},
        by_perspective=counts("perspective", frame),
        by_goal=counts("goal", frame),
        by_committee=counts("committees", committees) if not committees.empty else {},
    )
