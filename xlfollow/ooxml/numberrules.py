"""Conditional formats that fill a number by its value (issue 19: "a numeric status or percent
column with thresholds from the sheet's legend, its conditional formatting or the settings"):
"Cell value >= 0,9" filled green, "between 0,75 and 0,9" amber, "Use a formula: =$D5<0,75" red.
Evaluated as Excel shows them: of the rules over a cell, by priority, the first that holds and
fills the cell gives its colour; one that holds with "stop if true" and no fill leaves it as it is.

Read: ``cellIs`` with any operator, its operands numbers ("0.9", "90%") or cells of the same
sheet ("$H$2", or relative to the range's top-left cell); ``expression`` rules that compare such
operands (=, <>, <, <=, >, >=), alone or inside AND(...) or OR(...). Another rule over the cell
(a function, another sheet, a name, a colour scale ...) that could come first leaves the cell's
colour unknown: xlfollow never guesses what Excel would show."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from xlfollow.core.a1 import col_index, col_letter
from xlfollow.ooxml.iconsets import formatting_blocks, rule_priority
from xlfollow.ooxml.package import Package, local
from xlfollow.ooxml.textrules import UNREADABLE, dxf_fills

# an operand: a number (a percent is its hundredth, as Excel reads "90%") or a cell
_OPERAND = r"(?:\"(?:[^\"]|\"\")*\"|[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?%?|\$?[A-Za-z]{1,3}\$?\d+)"
_COMPARE = re.compile(rf"^\s*({_OPERAND})\s*(>=|<=|<>|=|>|<)\s*({_OPERAND})\s*$")
_JOINED = re.compile(r"^\s*(AND|OR)\s*\((.*)\)\s*$", re.IGNORECASE)
_CELL = re.compile(r"(\$?)([A-Za-z]{1,3})(\$?)(\d+)")
_CELL_IS = {
    "equal": "=",
    "notEqual": "<>",
    "greaterThan": ">",
    "lessThan": "<",
    "greaterThanOrEqual": ">=",
    "lessThanOrEqual": "<=",
}

_NO_FILL = ("iconSet", "dataBar")  # they draw beside the value and leave the fill
_TEXT_KINDS = ("containsText", "beginsWith", "endsWith")
_NEVER_A_NUMBER = ("containsBlanks", "containsErrors")
_EVERY_NUMBER = ("notContainsBlanks", "notContainsErrors")
Lookup = Callable[[int, int], Any]  # (row, col), 1-based -> the cell's value


@dataclass(frozen=True)
class Operand:
    number: float | str | None = None  # a constant: a number or a text ("")
    cell: tuple[int, int, bool, bool] | None = None  # (row, col, row fixed, col fixed)
    own: bool = False  # the cell the rule is evaluated for (cellIs)

    def value(self, at: tuple[int, int], origin: tuple[int, int], lookup: Lookup, own: Any) -> Any:
        if self.own:
            return own
        if self.cell is None:
            return self.number
        row, col, row_fixed, col_fixed = self.cell
        return lookup(
            row if row_fixed else row + at[0] - origin[0], col if col_fixed else col + at[1] - origin[1]
        )


@dataclass(frozen=True)
class Test:
    """A comparison (``op`` with two operands), or AND/OR of tests (``op`` "and"/"or")."""

    op: str
    operands: tuple[Operand, ...] = ()
    parts: tuple[Test, ...] = ()

    def holds(self, at: tuple[int, int], origin: tuple[int, int], lookup: Lookup, own: Any) -> bool | None:
        if self.op in ("never", "always"):
            return self.op == "always"
        if self.op in ("and", "or"):
            said = [part.holds(at, origin, lookup, own) for part in self.parts]
            if None in said:
                return None
            return all(said) if self.op == "and" else any(said)
        left, right = (o.value(at, origin, lookup, own) for o in self.operands)
        return _compare(left, self.op, right)


@dataclass(frozen=True)
class NumberRule:
    cols: frozenset[int]
    rows: tuple[int, int]
    origin: tuple[int, int]  # the top-left cell of the rule's ranges (relative references)
    priority: int
    stop: bool
    colour: str | None  # RRGGBB of the rule's fill, None: the rule fills nothing
    test: Test | None  # None: a rule xlfollow cannot evaluate
    shown: str  # the rule as a reader knows it: "≥ 0.9", "0.75–0.9", "=$D5<0.75"
    numeric: bool = False  # "Cell value" compared with numbers only

    def covers(self, row: int, col: int) -> bool:
        return col in self.cols and self.rows[0] <= row <= self.rows[1]


def number_rules(package: Package, sheet: bytes) -> list[NumberRule]:
    """The conditional formats of a worksheet, in Excel's order (priority), each with the fill
    colour it gives and its test where xlfollow can evaluate it."""
    if b"cfRule" not in sheet:
        return []
    colours = dxf_fills(package)
    rules: list[NumberRule] = []
    for block, ranges in formatting_blocks(sheet, b"cfRule"):
        if not ranges:
            continue
        origin = (ranges[0][1][0], min(ranges[0][0]))  # relative references: from the first range's top-left
        for rule in block:
            kind = rule.get("type", "")
            if local(rule) != "cfRule" or kind in _NO_FILL:
                continue
            formulas = [child.text or "" for child in rule if local(child) in ("formula", "f")]
            test, shown = _test(kind, rule.get("operator", ""), formulas, rule.get("text", ""))
            colour = colours.get(int(rule.get("dxfId", "-1") or -1))
            if kind == "colorScale" or (rule.get("dxfId") is None and any(local(c) == "dxf" for c in rule)):
                colour = UNREADABLE  # a shade per value; Excel 2010's rule with its own format
            priority = rule_priority(rule)
            stop = rule.get("stopIfTrue") in ("1", "true")
            operands = [_operand(f) for f in formulas]
            numeric = (
                kind == "cellIs"
                and bool(operands)
                and all(o is not None and isinstance(o.number, float) for o in operands)
            )
            rules.extend(
                NumberRule(cols, rows, origin, priority, stop, colour, test, shown, numeric)
                for cols, rows in ranges
            )
    return sorted(rules, key=lambda rule: rule.priority)


def shown_fill(
    rules: Sequence[NumberRule], row: int, col: int, value: Any, lookup: Lookup
) -> tuple[bool, NumberRule | None]:
    """The rule whose fill Excel shows on the cell (``row``, ``col``) holding ``value``: (known,
    the rule; None when no rule fills it). Not known where a rule xlfollow cannot evaluate could
    come first."""
    for rule in rules:
        if not rule.covers(row, col):
            continue
        if rule.test is None:
            if rule.colour is None and not rule.stop:
                continue  # fills nothing and stops nothing: whatever it does, the colour stays
            return False, None
        holds = rule.test.holds((row, col), rule.origin, lookup, value)
        if holds is None:
            return False, None
        if holds and rule.colour == UNREADABLE:
            return False, None  # it fills the cell, in a colour xlfollow cannot read
        if holds and rule.colour is not None:
            return True, rule
        if holds and rule.stop:
            return True, None
    return True, None


def _test(kind: str, operator: str, formulas: list[str], text: str) -> tuple[Test | None, str]:
    own = Operand(own=True)
    if kind in _NEVER_A_NUMBER or (kind in _TEXT_KINDS and text and not any(ch.isdigit() for ch in text)):
        return Test("never"), ""  # "text that contains Behind", "blanks": never a number's colour
    if kind in _EVERY_NUMBER or (kind == "notContainsText" and text and not any(c.isdigit() for c in text)):
        return Test("always"), ""
    if kind == "cellIs":
        operands = [_operand(f) for f in formulas]
        if not operands or None in operands:
            return None, ""
        if operator in ("between", "notBetween") and len(operands) == 2:
            low, high = operands
            assert low is not None and high is not None
            # Excel's "between" holds from the smaller to the larger, both included
            inside = Test(
                "or",
                parts=(
                    Test("and", parts=(Test(">=", (own, low)), Test("<=", (own, high)))),
                    Test("and", parts=(Test(">=", (own, high)), Test("<=", (own, low)))),
                ),
            )
            shown = f"{formulas[0].strip()}–{formulas[1].strip()}"
            if operator == "between":
                return inside, shown
            return Test("and", parts=(_negated(inside.parts[0]), _negated(inside.parts[1]))), f"≠ {shown}"
        if operator in _CELL_IS and operands[0] is not None:
            symbol = {"=": "=", "<>": "≠", ">": ">", "<": "<", ">=": "≥", "<=": "≤"}[_CELL_IS[operator]]
            return Test(_CELL_IS[operator], (own, operands[0])), f"{symbol} {formulas[0].strip()}"
        return None, ""
    if kind == "expression" and formulas:
        formula = formulas[0].strip().lstrip("=")
        return _expression(formula), f"={formula}"
    return None, ""


def _negated(test: Test) -> Test:
    """NOT of an AND of two comparisons, as an OR (for "not between")."""
    flip = {">=": "<", "<=": ">", ">": "<=", "<": ">=", "=": "<>", "<>": "="}
    return Test("or", parts=tuple(Test(flip[p.op], p.operands) for p in test.parts))


def _expression(formula: str) -> Test | None:
    joined = _JOINED.match(formula)
    if joined:
        parts = [_expression(part) for part in joined.group(2).split(",")]
        if not parts or None in parts or "(" in joined.group(2):
            return None
        return Test(joined.group(1).lower(), parts=tuple(p for p in parts if p is not None))
    compared = _COMPARE.match(formula)
    if not compared:
        return None
    left, right = _operand(compared.group(1)), _operand(compared.group(3))
    if left is None or right is None:
        return None
    return Test(compared.group(2), (left, right))


def _operand(text: str) -> Operand | None:
    text = text.strip().lstrip("=")
    cell = _CELL.fullmatch(text)
    if cell:
        return Operand(
            cell=(
                int(cell.group(4)),
                col_index(cell.group(2).upper()),
                bool(cell.group(3)),
                bool(cell.group(1)),
            )
        )
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return Operand(number=text[1:-1].replace('""', '"'))
    try:
        return Operand(number=float(text[:-1]) / 100 if text.endswith("%") else float(text))
    except ValueError:
        return None


def _compare(left: Any, op: str, right: Any) -> bool | None:
    """Excel's comparison: an empty cell is 0 beside a number and "" beside a text (a text "" is
    a text: 0 = "" does not hold); numbers come before texts, texts compare without case. A boolean
    or an error value is not evaluated."""
    if isinstance(left, bool) or isinstance(right, bool):
        return None
    a, b = _key(left, right), _key(right, left)
    if a is None or b is None:
        return None
    return {
        "=": a == b,
        "<>": a != b,
        ">": a > b,
        "<": a < b,
        ">=": a >= b,
        "<=": a <= b,
    }[op]


def _key(value: Any, other: Any) -> tuple[int, Any] | None:
    if value is None:  # an empty cell: 0 beside a number, "" beside a text
        return (1, "") if isinstance(other, str) else (0, 0.0)
    if isinstance(value, int | float):  # compared at Excel's 15 significant digits (0,7+0,2 is 0,9)
        return (0, float(f"{float(value):.15g}"))
    if type(value) is str:
        return (1, value.casefold())
    return None  # an error value, a date the reader gave as such, a reader's stand-in


_REF_IN_FORMULA = re.compile(r"(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])")
# the rules a unit's workbook may carry, and the attributes they keep
_CARRIED_KINDS = ("cellIs", "expression", "containsText", "notContainsText", "beginsWith", "endsWith")
_NEUTRAL_KINDS = ("dataBar", "iconSet")  # they draw beside the value: left behind, they change no fill
_ATTRIBUTES = ("type", "dxfId", "priority", "stopIfTrue", "operator", "text")


def carried_rules(sheet: bytes, col: int, top: int, last: int, rows: tuple[int, int]) -> str:
    """The conditional formats over column ``col`` of a sheet, as XML for the same column of a new
    sheet whose rows ``top``..``last`` hold the same kind of cells (a unit's workbook: the numbers
    a unit writes show the master's colours, and read the same everywhere they are read). All or
    none: only where every rule over the column covers that column alone and all the table's
    ``rows`` (first, last) of the master, tests a constant or the cell itself, and fills or
    colours by its own format (cell value, formula, text rules); otherwise a unit's colours could
    differ from the master's (a rule per row, another column's cells, a threshold cell the unit's
    workbook does not hold), and none are carried. Written in the main namespace whatever prefix
    the master's part uses; priorities and formats (``dxfId``: the unit's workbook has the master's
    styles) kept."""
    kept = []
    for block, ranges in formatting_blocks(sheet, b"cfRule"):
        if not any(col in c for c, _ in ranges):
            continue
        if "spreadsheetml/2009" in str(block.tag):
            if all(rule.get("type") in _NEUTRAL_KINDS for rule in block if local(rule) == "cfRule"):
                continue  # a data bar's or an icon set's own part: no fill
            return ""  # Excel 2010's rules that fill, in the extension list: not carried, so none are
        if any(c != frozenset({col}) for c, _ in ranges) or not any(
            first <= rows[0] and rows[1] <= end for _, (first, end) in ranges
        ):
            return ""  # a rule over other columns too, or over some rows only
        origin = ranges[0][1][0]
        for rule in block:
            if local(rule) != "cfRule" or rule.get("type") in _NEUTRAL_KINDS:
                continue
            moved = _moved(rule, col, origin, top)
            if moved is None:
                return ""
            kept.append(moved)
    if not kept:
        return ""
    letter = col_letter(col)
    rules = "".join(kept)
    return f'<conditionalFormatting sqref="{letter}{top}:{letter}{last}">{rules}</conditionalFormatting>'


def _moved(rule: Any, col: int, origin: int, top: int) -> str | None:
    """A rule as XML for the new sheet, its references to the cell itself moved from row
    ``origin`` to ``top``; None for a rule that tests anything but a constant or the cell itself."""
    from xml.sax.saxutils import escape, quoteattr

    if rule.get("type") not in _CARRIED_KINDS:
        return None
    formulas = []
    for child in rule:
        if local(child) == "extLst":
            continue
        if local(child) != "formula":
            return None
        text = child.text or ""
        parts = text.split('"')  # outside the quotes: the even parts
        for i in range(0, len(parts), 2):
            if "!" in parts[i]:
                return None  # another sheet
            for ref in _REF_IN_FORMULA.finditer(parts[i]):
                if ref.group(3) or col_index(ref.group(2).upper()) != col or int(ref.group(4)) != origin:
                    return None  # a fixed row, another column, another row: not the cell itself
            parts[i] = _REF_IN_FORMULA.sub(lambda m: f"{m.group(1)}{m.group(2)}{top}", parts[i])
        formulas.append(f"<formula>{escape(chr(34).join(parts))}</formula>")
    attributes = "".join(
        f" {name}={quoteattr(rule.get(name))}" for name in _ATTRIBUTES if rule.get(name) is not None
    )
    return f"<cfRule{attributes}>{''.join(formulas)}</cfRule>"


def colours_numbers(package: Package, sheet: bytes, col: int) -> bool:
    """Whether a conditional format over column ``col`` fills a cell by comparing its value with a
    number ("Cell value >= 0,9" green): the column's status is written as a number, also before any
    is written."""
    return any(
        rule.numeric and col in rule.cols and rule.colour not in (None, UNREADABLE)
        for rule in number_rules(package, sheet)
    )
