"""A status carried by a cell's colour (issue 8): offices that colour the status cell and type
nothing in it. A fill is classified by hue and lightness into green, yellow (amber, orange) and
red; white or no fill is missing; grey, blue, purple and other colours are unknown unless the
settings map them (``colour.RRGGBB = green``). Excel's built-in cell styles Good, Neutral and Bad
say their status by name."""

from __future__ import annotations

import colorsys
from collections.abc import Mapping

from xlfollow.core.values import CellFill, CellGlyph

# Excel's built-in cell styles (cellStyle builtinId): Good, Bad, Neutral.
BUILTIN_STYLES = {26: "green", 27: "red", 28: "yellow"}
# Built-in styles whose own fill marks a kind of cell, not a status: Note (FFFFCC), Input (FFCC99),
# Output and Calculation (F2F2F2), Check Cell (A5A5A5). A blank cell with the style's own fill is a
# cell to fill in, not a yellow status; a fill the user gave the cell still says its status.
CELL_KIND_FILLS = {10: "FFFFCC", 20: "FFCC99", 21: "F2F2F2", 22: "F2F2F2", 23: "A5A5A5"}


def classify_colour(hex_rgb: str) -> str | None:
    """The status (its value: "green" ...) a fill colour says, or None when it says none."""
    r, g, b = (int(hex_rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    hue, light, saturation = colorsys.rgb_to_hls(r, g, b)
    degrees = hue * 360
    if light >= 0.97 or (saturation < 0.12 and light >= 0.94):
        return "missing"  # white, or as good as white: no assessment
    if saturation < 0.25 or light < 0.08:
        return None  # grey or black: says nothing
    if degrees < 18 or degrees >= 330:
        return "red"
    if degrees < 70:
        return "yellow"  # orange, amber, yellow
    if degrees < 170:
        return "green"
    return None  # blue, purple, pink: unknown unless the settings say


def fill_status(fill: CellFill, mapped: Mapping[str, str]) -> str | None:
    """The status (its value) of a colour-carried cell: the settings' mapping first, then the
    built-in style's name, then the colour."""
    if fill.colour in mapped:
        return mapped[fill.colour]
    if fill.builtin in BUILTIN_STYLES:
        return BUILTIN_STYLES[fill.builtin]
    if fill.builtin in CELL_KIND_FILLS and fill.colour.upper() == CELL_KIND_FILLS[fill.builtin]:
        return "missing"
    return classify_colour(fill.colour)


# Letters of the symbol fonts that show a status by their shape (Wingdings: J ☺, K 😐, L ☹, ü ✓,
# û ✗, þ ☑, ý ☒); other letters are shapes (l ●, n ■, u ◆, s ⬥ ...) whose font colour says it.
SYMBOL_FONTS = ("wingdings", "wingdings 2", "wingdings 3", "webdings")
_WINGDINGS = {"J": "green", "K": "yellow", "L": "red", "ü": "green", "û": "red", "þ": "green", "ý": "red"}


# one character that is a mark, not a word: its font colour may carry the status (a "●" in red,
# green or yellow text, as offices colour their dots; the US Federal Data Strategy's ✓ in green or gold)
MARKS = frozenset("●⬤•◉○■◼▪□◆♦▲▼★☆✓✔✗✘✕⚫⬛")


def mark_statuses(marks: Mapping[int, tuple[str, str]]) -> dict[int, CellGlyph]:
    """row -> (mark, font colour) of a status column's marks alone in their cells, to row -> the
    cell as both readers give it, "● (#FF0000)" with the status its colour says: the colour is the
    status, a mark with a meaning of its own too (a gold "✓" is yellow: one unit's few rows must
    read as the whole column does). Black, grey, blue or no colour says nothing (the mark keeps its
    own meaning)."""
    said = {row: (mark, colour, classify_colour(colour)) for row, (mark, colour) in marks.items()}
    return {
        row: CellGlyph(mark, f"#{colour}", status)
        for row, (mark, colour, status) in said.items()
        if status is not None and status != "missing"
    }


def glyph_status(letter: str, font: str, font_colour: str | None) -> str | None:
    """The status a symbol-font letter shows: its shape's meaning, else its colour's."""
    if font.casefold() == "wingdings" and letter in _WINGDINGS:
        return _WINGDINGS[letter]
    said = classify_colour(font_colour) if font_colour else None
    return said if said not in (None, "missing") else None
