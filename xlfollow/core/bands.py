"""Thresholds for a status written as a number, from the sheet's own legend (issue 19: "a numeric
status or percent column with thresholds from the sheet's legend"). A legend line pairs a status
with a band of numbers: "Grön: 100 % eller mer", "Gul = 91–99 %", "● röd: under 90 %", or the
status in one cell and its band in the next ("Grön" | "minst 90 %"; a swatch filled green beside
"Uppfyllelse 100 procent", Helsingborg's legend, where the reader gives the fills). Green's band
and one other make the thresholds the settings' ``threshold.grön`` and ``threshold.gul`` would:
higher is better when green's numbers are the higher ones."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from xlfollow.core.lazy import lazy
from xlfollow.core.status import STRICT_WORDS, Status, Threshold

_NUMBER = r"([-\u2212]?\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?)"
_UNIT = r"\s*(%|procent|prosent|per\s?cent|percent|prosenttia)?"
# one band: an operator before, a range, or a word after ("90 procent eller lägre")
_BAND = lazy(
    rf"(?P<before>≥|>=|>|≤|<=|<|minst|lägst|över|mer än|fler än|högst|under|mindre än|färre än|at least|"
    rf"more than|over|above|at most|under|below|less than|fewer than)?\s*{_NUMBER}{_UNIT}"
    rf"(?:\s*(?:–|-|—|till|to)\s*{_NUMBER}{_UNIT})?"
    rf"(?:\s*(?P<after>eller (?:mer|fler|högre|bättre|över|mindre|färre|lägre|sämre|under)|"
    rf"or (?:more|higher|above|over|better|less|fewer|lower|below|worse)|och (?:över|uppåt|under|nedåt)|"
    rf"and (?:above|over|up|below|under|down)))?",
    re.IGNORECASE,
)
_UP = (
    "≥",
    ">=",
    ">",
    "minst",
    "lägst",
    "över",
    "mer än",
    "fler än",
    "at least",
    "more than",
    "over",
    "above",
)
_UP_AFTER = (
    "mer",
    "fler",
    "högre",
    "bättre",
    "över",
    "more",
    "higher",
    "above",
    "over",
    "better",
    "uppåt",
    "up",
)
_SEPARATOR = lazy(r"^\s*(.{1,30}?)\s*(?:=|:|–|—)\s*(.+)$")


@dataclass(frozen=True)
class Band:
    low: float | None  # None: no lower end ("under 90 %")
    high: float | None  # None: no upper end ("100 % eller mer")
    percent: bool
    strict: bool = False  # its one end is not in it ("över 95 %", "under 90 %")

    @property
    def point(self) -> bool:
        """One number only ("Uppfyllelse 100 procent", or a share "Grön: 60 %")."""
        return self.low is not None and self.low == self.high


def band_of(text: str) -> Band | None:
    """The band of numbers ``text`` names, or ``None`` when it names none or more than one."""
    found = [m for m in _BAND.finditer(text) if m.group(2)]
    if len(found) != 1:
        return None
    m = found[0]
    low = _number(m.group(2))
    high = _number(m.group(4)) if m.group(4) else None
    percent = bool(m.group(3) or m.group(5))
    before = (m.group("before") or "").casefold()
    after = (m.group("after") or "").casefold().split()[-1:] or [""]
    if high is not None:
        return Band(min(low, high), max(low, high), percent)
    strict = before in STRICT_WORDS  # "över 95 %", "< 5 %"; "minst", "eller mer" hold the number
    if before in _UP or after[0] in _UP_AFTER:
        return Band(low, None, percent, strict)
    if before or after[0]:
        return Band(None, low, percent, strict)
    return Band(low, low, percent)  # "Uppfyllelse 100 procent": the number itself


def _number(text: str) -> float:
    return float(text.replace(" ", "").replace("\u00a0", "").replace(",", ".").replace("\u2212", "-"))


def legend_rows(height: int) -> list[int]:
    """Where a sheet's legend may stand (0-based rows): above, beside (from the top) or under the
    table, its first 80 rows and its last 40, so that a region's 100,000 rows are not read twice."""
    return [*range(min(height, 80)), *range(max(80, height - 40), height)]


def legend_thresholds(
    rows: Sequence[Sequence[Any]],
    classify: Callable[[Any], Status | None],
    table: range,
    fills: Mapping[tuple[int, int], str] | None = None,
    colour_status: Callable[[str], Status | None] | None = None,
) -> dict[Status, Threshold] | None:
    """The thresholds the sheet's legend gives (green's, and yellow's where it has one), or
    ``None``. Read in the first 80 rows and the last 40, as the legend of words is, never in the
    ``table``'s rows (0-based): a row of data is no legend."""
    bands: dict[Status, Band] = {}
    for r in legend_rows(len(rows)):
        if r in table:
            continue
        row = rows[r]
        for c, value in enumerate(row):
            if not isinstance(value, str) or len(value) > 80 or not any(ch.isdigit() for ch in value):
                continue
            status, band = _line(value, row[:c], r, c, classify, fills, colour_status)
            if status in (Status.GREEN, Status.YELLOW, Status.RED) and band is not None:
                bands.setdefault(status, band)
    return thresholds(bands)


def _line(
    value: str,
    left: Sequence[Any],
    r: int,
    c: int,
    classify: Callable[[Any], Status | None],
    fills: Mapping[tuple[int, int], str] | None,
    colour_status: Callable[[str], Status | None] | None,
) -> tuple[Status | None, Band | None]:
    if sum(v not in (None, "") for v in left) + 1 > 2:
        return None, None  # a row of a table (item, status, target ...), not a legend's line
    pair = _SEPARATOR.match(value)
    if pair and (said := classify(pair.group(1))) not in (None, Status.MISSING):
        return said, band_of(pair.group(2))
    before = next(((i, v) for i, v in reversed(list(enumerate(left))) if v not in (None, "")), None)
    if before is not None and c - before[0] <= 2 and isinstance(before[1], str):
        said = classify(before[1])
        if said not in (None, Status.MISSING):
            return said, band_of(value)
    if fills is not None and colour_status is not None and c >= 1:  # a swatch: the cell left of it filled
        colour = fills.get((r + 1, c))
        if colour is not None and (left[-1] in (None, "") if left else True):
            return colour_status(colour), band_of(value)
    return None, None


def thresholds(bands: Mapping[Status, Band]) -> dict[Status, Threshold] | None:
    """Green's band and one other as the thresholds: higher is better where green's band lies
    above the other's (its lower end is green's threshold, yellow's lower end yellow's), lower is
    better where it lies below (the upper ends). A band that leaves its end out ("över 95 %")
    gives a strict threshold."""
    green = bands.get(Status.GREEN)
    other = bands.get(Status.YELLOW) or bands.get(Status.RED)
    if green is None or other is None or all(band.point for band in bands.values()):
        return None  # single numbers only ("Grön: 60 %, Gul: 25 %"): shares, not a scale
    percent = green.percent or other.percent
    opens_up = (
        other.high is None and other.low is not None and green.low is not None and other.low < green.low
    )
    if green.low is not None and (
        (other.high is not None and green.low >= other.high) or other.low is None or opens_up
    ):  # "Gul: 80–95 %" under green's, or open upward as green's is ("Gul: minst 80 %")
        found = {Status.GREEN: Threshold(green.low, percent, green.strict)}
        yellow = bands.get(Status.YELLOW)
        if yellow is not None and yellow.low is not None and yellow.low < green.low:
            found[Status.YELLOW] = Threshold(yellow.low, percent, yellow.strict)
        return found
    opens_down = (
        other.low is None and other.high is not None and green.high is not None and other.high > green.high
    )
    if green.high is not None and (
        (other.low is not None and green.high <= other.low) or other.high is None or opens_down
    ):
        # lower is better: the thresholds say so only with yellow's above green's (threshold.gul)
        yellow = bands.get(Status.YELLOW)
        if yellow is not None and yellow.high is not None and yellow.high > green.high:
            return {
                Status.GREEN: Threshold(green.high, percent, green.strict),
                Status.YELLOW: Threshold(yellow.high, percent, yellow.strict),
            }
        return None
    return None
