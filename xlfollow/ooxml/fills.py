"""The fill colour of cells, as Excel shows it: direct RGB, theme colours with tint, indexed
(legacy palette) colours, and the built-in cell styles Good, Neutral and Bad. Read only for the
status column of the data sheet, and only for the cells that need it."""

from __future__ import annotations

import colorsys
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from lxml import etree

from xlfollow.core.colours import SYMBOL_FONTS
from xlfollow.core.filled import item_like_rows, items_plain, shading
from xlfollow.ooxml.package import Package, child, local
from xlfollow.ooxml.sheetbytes import SheetBytes, cell_styles, odd_cells, with_references
from xlfollow.ooxml.stylesheet import OWN_STYLE

# Excel's legacy palette (indexed colours 0-63; 64 and 65 are the system colours).
_INDEXED = [
    "000000",
    "FFFFFF",
    "FF0000",
    "00FF00",
    "0000FF",
    "FFFF00",
    "FF00FF",
    "00FFFF",
    "000000",
    "FFFFFF",
    "FF0000",
    "00FF00",
    "0000FF",
    "FFFF00",
    "FF00FF",
    "00FFFF",
    "800000",
    "008000",
    "000080",
    "808000",
    "800080",
    "008080",
    "C0C0C0",
    "808080",
    "9999FF",
    "993366",
    "FFFFCC",
    "CCFFFF",
    "660066",
    "FF8080",
    "0066CC",
    "CCCCFF",
    "000080",
    "FF00FF",
    "FFFF00",
    "00FFFF",
    "800080",
    "800000",
    "008080",
    "0000FF",
    "00CCFF",
    "CCFFFF",
    "CCFFCC",
    "FFFF99",
    "99CCFF",
    "FF99CC",
    "CC99FF",
    "FFCC99",
    "3366FF",
    "33CCCC",
    "99CC00",
    "FFCC00",
    "FF9900",
    "FF6600",
    "666699",
    "969696",
    "003366",
    "339966",
    "003300",
    "333300",
    "993300",
    "993366",
    "333399",
    "333333",
]
# theme colour index -> the clrScheme element (Excel swaps the first two pairs)
_THEME_ORDER = (
    "lt1",
    "dk1",
    "lt2",
    "dk2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
    "hlink",
    "folHlink",
)
_DEFAULT_THEME = dict(
    zip(
        _THEME_ORDER,
        [
            "FFFFFF",
            "000000",
            "E7E6E6",
            "44546A",
            "4472C4",
            "ED7D31",
            "A5A5A5",
            "FFC000",
            "5B9BD5",
            "70AD47",
            "0563C1",
            "954F72",
        ],
        strict=True,
    )
)


def _children(node: etree._Element | None, name: str) -> list[etree._Element]:
    found = child(node, name)
    return list(found) if found is not None else []


def _pattern(fill: etree._Element | None) -> etree._Element | None:
    """A fill's pattern when it shows a colour (not none, not the gray125 placeholder)."""
    pattern = child(fill, "patternFill")
    if pattern is None or pattern.get("patternType", "none") in ("none", "gray125"):
        return None
    return pattern


@dataclass(frozen=True)
class Look:
    colour: str | None  # the fill as RRGGBB; None: no fill
    builtin: int | None  # Good 26, Bad 27, Neutral 28 ...
    own: bool  # xlfollow's own look of a status cell
    font: str = ""  # the font's name ("Wingdings": letters are shapes)
    font_colour: str | None = None  # RRGGBB
    emphasised: bool = False  # the font is bold or italic


def _tinted(rgb: str, tint: float) -> str:
    """Excel's tint: lighten (tint > 0) or darken (tint < 0) the colour's HSL lightness."""
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, light, s = colorsys.rgb_to_hls(r, g, b)
    light = light * (1 + tint) if tint < 0 else light * (1 - tint) + tint
    r, g, b = colorsys.hls_to_rgb(h, max(0.0, min(1.0, light)), s)
    return "".join(f"{round(v * 255):02X}" for v in (r, g, b))


class Fills:
    """The looks of a workbook's cell formats (cellXfs), computed once per format."""

    def __init__(self, package: Package) -> None:
        self.theme = dict(_DEFAULT_THEME)
        rels = package.rels(package.workbook)
        theme_part = next((t for _, ty, t, _ in rels if ty.endswith("/theme")), None)
        if theme_part and package.has(theme_part):
            for node in package.xml(theme_part).iter():
                if local(node) in _THEME_ORDER:
                    colour = next((c for c in node if local(c) in ("srgbClr", "sysClr")), None)
                    if colour is not None:
                        value = colour.get("val") if local(colour) == "srgbClr" else colour.get("lastClr")
                        if value:
                            self.theme[local(node)] = value.upper()
        styles = next((t for _, ty, t, _ in rels if ty.endswith("/styles")), None)
        root = package.xml(styles) if styles and package.has(styles) else None
        self.fills = _children(root, "fills")
        self.xfs = _children(root, "cellXfs")
        self.fonts = _children(root, "fonts")
        builtin: dict[int, int] = {}
        own: set[int] = set()
        for style in _children(root, "cellStyles"):
            xf = int(style.get("xfId", "-1"))
            if style.get("builtinId") is not None:
                builtin[xf] = int(style.get("builtinId", "0"))
            if style.get("name") == OWN_STYLE:
                own.add(xf)
        self.builtin, self.own = builtin, own
        self._looks: dict[int, Look] = {}

    def any_fill(self) -> bool:
        """Whether any cell format has a fill (else no cell carries a status by colour)."""
        return any(_pattern(f) is not None for f in self.fills)

    def symbol_fonts(self) -> bool:
        """Whether any font of the workbook is a symbol font (Wingdings, Webdings)."""
        names = (child(f, "name") for f in self.fonts)
        return any(n is not None and n.get("val", "").casefold() in SYMBOL_FONTS for n in names)

    def colour(self, node: etree._Element | None) -> str | None:
        if node is None:
            return None
        if node.get("rgb"):
            return node.get("rgb", "")[-6:].upper()
        if node.get("indexed") is not None:
            index = int(node.get("indexed", "64"))
            return _INDEXED[index] if 0 <= index < len(_INDEXED) else None
        if node.get("theme") is not None:
            index = int(node.get("theme", "0"))
            base = self.theme.get(_THEME_ORDER[index]) if 0 <= index < len(_THEME_ORDER) else None
            tint = float(node.get("tint", "0") or 0)
            return _tinted(base, tint) if base and tint else base
        return None

    def look(self, xf: int) -> Look:
        if xf not in self._looks:
            node = self.xfs[xf] if 0 <= xf < len(self.xfs) else None
            fill_id = int(node.get("fillId", "0")) if node is not None else 0
            parent = int(node.get("xfId", "0")) if node is not None else 0
            fill = self.fills[fill_id] if 0 <= fill_id < len(self.fills) else None
            pattern = _pattern(fill)
            colour = None
            if pattern is not None:
                colour = self.colour(child(pattern, "fgColor")) or self.colour(child(pattern, "bgColor"))
            font_id = int(node.get("fontId", "0")) if node is not None else 0
            font = self.fonts[font_id] if 0 <= font_id < len(self.fonts) else None
            name = child(font, "name")
            self._looks[xf] = Look(
                colour,
                self.builtin.get(parent),
                parent in self.own,
                name.get("val", "") if name is not None else "",
                self.colour(child(font, "color")),
                any(_on(child(font, tag)) for tag in ("b", "i")),
            )
        return self._looks[xf]


def _on(node: etree._Element | None) -> bool:
    """A font's flag (``<b/>``, ``<i val="0"/>``) is set."""
    return node is not None and node.get("val", "1").casefold() not in ("0", "false")


_STYLE = re.compile(rb"""\ss\s*=\s*["'](\d+)["']""")


def column_styles(sheet: bytes, letters: str) -> dict[int, int]:
    """row -> cell format index of the cells of one column that have a format (one scan that
    jumps from one cell of the column to the next)."""
    body = SheetBytes(sheet).body
    pattern = re.compile(
        rb"<(?:\w+:)?c\b[^>]*?\br\s*=\s*[\"']" + letters.encode() + rb"""(\d+)["']([^>]*)>"""
    )
    out: dict[int, int] = {}
    for match in pattern.finditer(body):
        whole = match.group(0)
        style = _STYLE.search(whole)
        if style:
            out[int(match.group(1))] = int(style.group(1))
    return out


def _cell_styles(sheet: bytes) -> dict[int, dict[int, int]]:
    """row -> column -> format index of every cell of a sheet that names one; cells placed by
    position or with their reference further on are read as Excel reads them."""
    body = SheetBytes(sheet).body
    if odd_cells(body):
        body = with_references(body)
    return cell_styles(body)


def sheet_fills(package: Package, sheet: bytes, fills: Fills | None = None) -> dict[tuple[int, int], str]:
    """(row, col) -> the fill colour (RRGGBB) of each cell of a sheet that has one, as Excel shows
    it; xlfollow's own look left out. One scan of the sheet's cells."""
    fills = fills or Fills(package)
    if not fills.any_fill():
        return {}
    out: dict[tuple[int, int], str] = {}
    for row, styles in _cell_styles(sheet).items():
        for col, xf in styles.items():
            look = fills.look(xf)
            if look.colour is not None and not look.own:
                out[(row, col)] = look.colour
    return out


def emphasis_of(package: Package, sheet: bytes, rows: Sequence[Sequence[Any]]) -> Callable[[int, int], bool]:
    """(row, col) -> whether the cell is bold, italic or shaded while its column's texts on rows
    with more values (the items) are not (``filled.items_plain``): a heading set apart by its font
    or shading. The sheet's cell formats are read when first asked for, once."""
    state: dict[str, Any] = {}
    plain_column: dict[int, bool] = {}

    def emphasised(row: int, col: int) -> bool:
        if "styles" not in state:
            state["fills"] = Fills(package)
            state["styles"] = _cell_styles(sheet)
        styles: dict[int, dict[int, int]] = state["styles"]
        look = state["fills"].look

        def set_apart(r: int) -> bool:
            xf = styles.get(r, {}).get(col)
            if xf is None:
                return False
            shown = look(xf)
            return shown.emphasised or (shown.colour is not None and not shown.own and shading(shown.colour))

        if not set_apart(row):
            return False
        if col not in plain_column:
            texts = item_like_rows(rows, col)
            plain_column[col] = items_plain(sum(map(set_apart, texts)), len(texts))
        return plain_column[col]

    return emphasised
