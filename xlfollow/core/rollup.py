"""Counts of green, yellow, red, not applicable, missing and unknown: in total and per perspective, per
strategic goal and per committee (an item owned by several committees counts for each).

Plain counting, not pandas: importing pandas takes longer (0.3 s) than rolling up 100,000 items,
and a button click starts a fresh Python. The tests hold these counts to a pandas crosstab, and
:meth:`RollUp.frame` gives the counts as a pandas DataFrame for analysis."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from xlfollow.core.models import Item
from xlfollow.core.status import ORDER, Status

if TYPE_CHECKING:
    import pandas as pd

# The five statuses, then "unknown": a status xlfollow could not read is counted as itself,
# never as missing or anything else (an error on Kontroll says which cell and what to write).
UNKNOWN = "unknown"
KEYS = (*(s.value for s in ORDER), UNKNOWN)


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

    def frame(self, dimension: str = "by_perspective") -> pd.DataFrame:
        """One of the tables as a pandas DataFrame (rows: names, columns: the five statuses).
        Needs pandas: ``pip install "xlfollow[frame]"``."""
        try:
            import pandas as pd
        except ImportError as exc:  # for analysts, in English: this is a library call, not a button
            raise ImportError('RollUp.frame() needs pandas: pip install "xlfollow[frame]"') from exc

        table: dict[str, dict[str, int]] = getattr(self, dimension)
        return pd.DataFrame.from_dict(table, orient="index", columns=list(KEYS))


def share(count: int, total: int) -> float:
    """The share as a fraction (0..1); 0 when there is nothing to share."""
    return count / total if total else 0.0


_KEY_OF: dict[Status | None, str] = {s: s.value for s in ORDER}  # a lookup, not an enum property


def status_key(status: Status | None) -> str:
    """The key a status is counted and listed under: its value, or "unknown" for None."""
    return _KEY_OF.get(status, UNKNOWN)


def _table(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """(name, status) pairs -> {name: {status: count}}, names in order of first appearance."""
    counts: Counter[tuple[str, str]] = Counter(pairs)
    table: dict[str, dict[str, int]] = {}
    for (name, status), n in counts.items():
        row = table.setdefault(name, dict.fromkeys(KEYS, 0))
        row[status] += n
    return table


def roll_up(items: Sequence[Item], no_perspective: str = "", no_goal: str = "") -> RollUp:
    key_of = _KEY_OF.get  # status_key, looked up once for a loop over every item
    statuses = [key_of(i.status, UNKNOWN) for i in items]
    total = Counter(statuses)

    def grouped(value: Callable[[Item], str | None], fallback: str) -> dict[str, dict[str, int]]:
        names = list(map(value, items))
        if not any(names):
            return {}  # the layout has no such grouping at all
        return _table(zip([n or fallback for n in names], statuses, strict=True))

    committees = _table((code, s) for i, s in zip(items, statuses, strict=True) for code in i.committees)
    return RollUp(
        items=len(items),
        status={k: total.get(k, 0) for k in KEYS},
        by_perspective=grouped(attrgetter("perspective"), no_perspective),
        by_goal=grouped(attrgetter("goal"), no_goal),
        by_committee=committees,
    )
