"""Conditional formats that colour a status cell by its text (issue 19): "Text that contains
Slipping" filled amber, "Cell value equal to "Behind"" filled red. Read so that a word the
vocabulary does not know gets the meaning of the colour the workbook's own rule gives it.

Rule types read: ``containsText``, ``beginsWith``, ``endsWith``, and ``cellIs`` with the operator
``equal`` and a text constant; the fill of the rule's differential format (``dxf``) as RGB. Theme
colours, formulas and other operators say nothing here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from xlfollow.ooxml.iconsets import formatting_blocks, rule_priority
from xlfollow.ooxml.package import Package, local, parse


@dataclass(frozen=True)
class TextRule:
    cols: frozenset[int]
    rows: tuple[int, int]
    kind: str  # containsText, beginsWith, endsWith, equal
    text: str  # as the rule writes it, compared without case (as Excel does)
    colour: str  # RRGGBB
    priority: int = 0  # Excel applies the lowest first, across the sheet's blocks

    def matches(self, value: str) -> bool:
        value, text = value.strip().casefold(), self.text.casefold()
        if self.kind == "containsText":
            return text in value
        if self.kind == "beginsWith":
            return value.startswith(text)
        if self.kind == "endsWith":
            return value.endswith(text)
        return value == text


def text_rules(package: Package, sheet: bytes) -> list[TextRule]:
    """The rules of a worksheet that fill a cell by its text, with their fill colours."""
    if b"cfRule" not in sheet:
        return []
    colours = dxf_fills(package)
    if not colours:
        return []
    rules: list[TextRule] = []
    for block, ranges in formatting_blocks(sheet, b"cfRule"):
        for rule in block:
            if local(rule) != "cfRule":
                continue
            kind, text = _kind_and_text(rule)
            colour = colours.get(int(rule.get("dxfId", "-1")))
            if kind is not None and text and colour not in (None, UNREADABLE):
                priority = rule_priority(rule)
                rules.extend(TextRule(cols, rows, kind, text, colour, priority) for cols, rows in ranges)
    return sorted(rules, key=lambda rule: rule.priority)


def _kind_and_text(rule: etree._Element) -> tuple[str | None, str]:
    kind = rule.get("type", "")
    if kind in ("containsText", "beginsWith", "endsWith"):
        return kind, rule.get("text", "")
    if kind == "cellIs" and rule.get("operator") == "equal":
        formula = next((child.text or "" for child in rule if local(child) == "formula"), "")
        constant = re.fullmatch(r'\s*"((?:[^"]|"")*)"\s*', formula)
        if constant:
            return "equal", constant.group(1).replace('""', '"')
    return None, ""


UNREADABLE = "?"  # a differential format's fill in a theme or indexed colour


def dxf_fills(package: Package) -> dict[int, str]:
    """The fill colour (RGB) of each differential format of the workbook's styles: its
    ``bgColor``, the colour Excel shows a conditional fill in (``fgColor`` where it has none);
    ``UNREADABLE`` for a fill in a theme or indexed colour."""
    for _, rtype, target, _ in package.rels(package.workbook):
        if not rtype.endswith("/styles") or not package.has(target):
            continue
        data = package.read(target)
        if b"<dxfs" not in data and b":dxfs" not in data:
            return {}
        root = parse(data)
        found: dict[int, str] = {}
        dxfs = next((node for node in root if local(node) == "dxfs"), None)
        for index, dxf in enumerate(dxfs if dxfs is not None else []):
            colours = {local(node): node for node in dxf.iter() if local(node) in ("bgColor", "fgColor")}
            node = colours.get("bgColor", colours.get("fgColor"))
            if node is not None:
                rgb = node.get("rgb", "")
                found[index] = rgb[-6:].upper() if len(rgb) in (6, 8) else UNREADABLE
        return found
    return {}
