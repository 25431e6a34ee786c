"""A status carried by a cell's colour (issue 8): offices that colour the status cell and type
nothing in it. A fill is classified by hue and lightness into green, yellow (amber, orange) and
red; white or no fill is missing; grey, blue, purple and other colours are unknown unless the
settings map them (``colour.RRGGBB = green``). Excel's built-in cell styles Good, Neutral and Bad
say their status by name."""

from __future__ import annotations

import colorsys
from collections.abc import Mapping

from xlfollow.core.values import CellFill

# Excel's built-in cell styles (cellStyle builtinId): Good, Bad, Neutral.
BUILTIN_STYLES = {26: "green", 27: "red", 28: "yellow"}
# Built-in styles whose fill marks a kind of cell, not a status: Note (FFFFCC), Warning Text, Input
# (FFCC99), Output, Calculation, Check Cell, Linked Cell, Explanatory Text. A blank cell in one of
# them is a cell to fill in, not a yellow status.
CELL_KIND_STYLES = frozenset({10, 11, 20, 21, 22, 23, 24, 53})


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
    if fill.builtin in CELL_KIND_STYLES:
        return "missing"
    return classify_colour(fill.colour)


# Letters of the symbol fonts that show a status by their shape (Wingdings: J ☺, K 😐, L ☹, ü ✓,
# û ✗, þ ☑, ý ☒); other letters are shapes (l ●, n ■, u ◆, s ⬥ ...) whose font colour says it.
SYMBOL_FONTS = ("wingdings", "wingdings 2", "wingdings 3", "webdings")
_WINGDINGS = {"J": "green", "K": "yellow", "L": "red", "ü": "green", "û": "red", "þ": "green", "ý": "red"}


def glyph_status(letter: str, font: str, font_colour: str | None) -> str | None:
    """The status a symbol-font letter shows: its shape's meaning, else its colour's."""
    if font.casefold() == "wingdings" and letter in _WINGDINGS:
        return _WINGDINGS[letter]
    said = classify_colour(font_colour) if font_colour else None
    return said if said not in (None, "missing") else None
