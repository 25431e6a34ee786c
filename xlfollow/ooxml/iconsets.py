"""Statuses shown by a conditional-format icon set over numbers (traffic lights, arrows, symbols,
flags; "show icon only" too): the rule and its thresholds are read from the sheet, and each
number is given the status of the icon Excel would show for it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from xlfollow.core.a1 import col_index
from xlfollow.ooxml.package import local, parse
from xlfollow.ooxml.sheetbytes import SheetBytes

# icon set -> the status of each icon, lowest value first (Excel's default order)
ICONS: dict[str, tuple[str | None, ...]] = {
    **{
        name: ("red", "yellow", "green")
        for name in (
            "3TrafficLights1",
            "3TrafficLights2",
            "3Signs",
            "3Symbols",
            "3Symbols2",
            "3Flags",
            "3Arrows",
            "3ArrowsGray",
            "3Stars",
            "3Triangles",
        )
    },
    "4TrafficLights": ("red", "red", "yellow", "green"),
    "4RedToBlack": (None, None, None, None),  # shades, not statuses
    "4Rating": ("red", "yellow", "yellow", "green"),
    "5Rating": ("red", "red", "yellow", "green", "green"),
    "5Quarters": ("red", "red", "yellow", "green", "green"),
    "5Boxes": ("red", "red", "yellow", "green", "green"),
    "NoIcons": (None, None, None, None, None),
    "4Arrows": ("red", "yellow", "yellow", "green"),
    "4ArrowsGray": ("red", "yellow", "yellow", "green"),
    "5Arrows": ("red", "red", "yellow", "green", "green"),
    "5ArrowsGray": ("red", "red", "yellow", "green", "green"),
}


@dataclass(frozen=True)
class IconRule:
    cols: frozenset[int]
    rows: tuple[int, int]
    icons: tuple[str | None, ...]
    # (type, value, at least) per icon, the first is the lowest; "at least" False: the value must be
    # above the threshold (Excel's ">" in the rule's dialog, gte="0" in the file)
    cfvos: tuple[tuple[str, float, bool], ...]

    def status(self, value: float, column_values: list[float]) -> str | None:
        thresholds = []
        low, high = (min(column_values), max(column_values)) if column_values else (0.0, 0.0)
        ordered = sorted(column_values)
        for kind, number, _ in self.cfvos:
            if kind == "percent":
                thresholds.append(low + (high - low) * number / 100)
            elif kind == "percentile" and ordered:
                thresholds.append(ordered[min(len(ordered) - 1, int(len(ordered) * number / 100))])
            else:
                thresholds.append(number)
        index = 0
        for i, threshold in enumerate(thresholds):
            at_least = self.cfvos[i][2]
            if i and (value >= threshold if at_least else value > threshold):
                index = i
        return self.icons[index] if index < len(self.icons) else None


_REF = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?")
_WHOLE_COLUMNS = re.compile(r"\$?([A-Z]{1,3}):\$?([A-Z]{1,3})")  # "D:D", as other programs write it
LAST_ROW = 1_048_576


Ranges = list[tuple[frozenset[int], tuple[int, int]]]  # columns, first and last row


def rule_priority(rule: Any) -> int:
    """A conditional format's priority (Excel applies the lowest first); 0 where it is unreadable."""
    said = rule.get("priority", "")
    return int(said) if said.isdigit() else 0


def formatting_blocks(sheet: bytes, word: bytes) -> list[tuple[Any, Ranges]]:
    """The conditional-formatting blocks of a worksheet whose rules mention ``word`` ("iconSet",
    "cfRule"), each with the ranges it covers (columns, first and last row); the classic blocks and
    Excel 2010's ``x14:conditionalFormatting`` (its ``xm:sqref``). The part after the cell data is
    no document of its own: the sheet is parsed without its cells."""
    parts = SheetBytes(sheet)
    if word not in parts.tail:
        return []
    root = parse(parts.head + b"<sheetData/>" + parts.tail)
    blocks = []
    for block in root.iter():
        if local(block) != "conditionalFormatting":
            continue
        sqref = block.get("sqref") or " ".join((c.text or "") for c in block if local(c) == "sqref")
        ranges: Ranges = []
        for ref in sqref.split():
            found = _REF.fullmatch(ref)
            if found:
                first, last = col_index(found.group(1)), col_index(found.group(3) or found.group(1))
                rows = (int(found.group(2)), int(found.group(4) or found.group(2)))
                ranges.append((frozenset(range(first, last + 1)), rows))
            elif whole := _WHOLE_COLUMNS.fullmatch(ref):
                first, last = col_index(whole.group(1)), col_index(whole.group(2))
                ranges.append((frozenset(range(min(first, last), max(first, last) + 1)), (1, LAST_ROW)))
        blocks.append((block, ranges))
    return blocks


def icon_rules(sheet: bytes) -> list[IconRule]:
    """The icon-set rules of a worksheet (its part after the cell data): the classic
    ``conditionalFormatting`` and Excel 2010's ``x14:conditionalFormatting`` in the extension list
    (stars, triangles, boxes, and custom sets that pick each icon from another set)."""
    rules: list[IconRule] = []
    for block, ranges in formatting_blocks(sheet, b"iconSet"):
        for icon_set in block.iter():
            if local(icon_set) != "iconSet":
                continue
            icons = _icons(icon_set)
            if icons is None:
                continue
            cfvos = [_cfvo(cfvo) for cfvo in icon_set if local(cfvo) == "cfvo"]
            rules.extend(IconRule(cols, rows, icons, tuple(cfvos)) for cols, rows in ranges)
    return rules


def _icons(icon_set: Any) -> tuple[str | None, ...] | None:
    """The status of each icon, lowest first; a custom set (x14 ``cfIcon``) names each icon by its
    set and position; "NoIcons" shows none (no status)."""
    custom = [child for child in icon_set if local(child) == "cfIcon"]
    if custom:
        out: list[str | None] = []
        for child in custom:
            source = ICONS.get(child.get("iconSet", ""))
            try:
                at = int(child.get("iconId", "0"))
            except ValueError:
                at = -1
            out.append(source[at] if source is not None and 0 <= at < len(source) else None)
        icons: tuple[str | None, ...] | None = tuple(out)
    else:
        icons = ICONS.get(icon_set.get("iconSet", "3TrafficLights1"))
    if icons is not None and icon_set.get("reverse") in ("1", "true"):
        icons = tuple(reversed(icons))
    return icons


def _cfvo(cfvo: Any) -> tuple[str, float, bool]:
    """A threshold: its type, its value (from ``val`` or, x14, the ``xm:f`` child), and whether a
    value equal to it reaches it (``gte``, true unless "0" or "false")."""
    text = cfvo.get("val")
    if text is None:
        text = next((child.text for child in cfvo if local(child) == "f"), None)
    at_least = cfvo.get("gte", "1") not in ("0", "false")
    try:
        return cfvo.get("type", "percent"), float(text or 0), at_least
    except ValueError:
        return cfvo.get("type", "percent"), 0.0, at_least
