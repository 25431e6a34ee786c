"""The look of what xlfollow writes, as plain data. Both writers (file and live Excel) translate
these specs; nothing here knows about openpyxl, lxml or xlwings.

Status colours: light fills with dark text of the same hue. Every pair has a contrast ratio of at
least 4.5:1 (WCAG AA for normal text; tested), and colour is always paired with a symbol."""

from __future__ import annotations

from dataclasses import dataclass

from xlfollow.core.status import SYMBOL, UNKNOWN_SYMBOL, Status

# status -> (fill, font colour), RGB hex
STATUS_COLOURS: dict[Status, tuple[str, str]] = {
    Status.GREEN: ("C6EFCE", "005A1E"),
    Status.YELLOW: ("FFEB9C", "6B4500"),
    Status.RED: ("FFC7CE", "8B0010"),
    Status.NOT_APPLICABLE: ("E7E6E6", "3A3A3A"),
    Status.MISSING: ("FFFFFF", "3A3A3A"),
}
# A status cell xlfollow cannot read gets a look of its own (the value is never touched): ✕ before
# the text, on a light violet no status has, so that it is seen where people look (issue 21).
UNKNOWN_LOOK = "unknown"
LOOK_COLOURS: dict[Status | str, tuple[str, str]] = {UNKNOWN_LOOK: ("E4DFEC", "4B1F6F")}
for _key, _pair in STATUS_COLOURS.items():
    LOOK_COLOURS[_key] = _pair

# Chart series colours, by status key. Every two differ by at least 40 of 255 grey levels when the
# page is printed in black and white (measured on the page LibreOffice renders: tests/test_print.py)
# and by at least 12 in CIE lightness (L*) in simulated protanopia, deuteranopia and tritanopia
# (Machado 2009): unknown near black (26), red dark (70), green mid (113), not applicable grey
# (166), yellow light (210), missing white (255), in grey by 0.299 R + 0.587 G + 0.114 B.
CHART_COLOURS: dict[str, str] = {
    "green": "488C54",
    "yellow": "F6D565",
    "red": "96280C",
    "not_applicable": "A6A6A6",
    "missing": "FFFFFF",
    "unknown": "1A1A1A",
}


@dataclass(frozen=True)
class StyleSpec:
    bold: bool = False
    italic: bool = False
    size: float = 11
    font_colour: str | None = None
    fill: str | None = None
    border: bool = False
    wrap: bool = False
    num_format: str | None = None
    align: str | None = None  # "center" | "left" | "right"
    underline: bool = False


STYLES: dict[str, StyleSpec] = {
    "title": StyleSpec(bold=True, size=16),
    "subtitle": StyleSpec(size=12, italic=True),
    "sentence": StyleSpec(size=12, wrap=True),
    "heading": StyleSpec(bold=True, size=13),
    "header": StyleSpec(bold=True, fill="D9D9D9", border=True, wrap=True),
    "cell": StyleSpec(border=True, wrap=True),
    "count": StyleSpec(border=True, num_format="0", align="center"),
    # a space before the per cent sign (Myndigheternas skrivregler: "17 %"), one that never breaks
    "share": StyleSpec(border=True, num_format='0"\u00a0"%', align="center"),
    "total": StyleSpec(bold=True, border=True, num_format="0", align="center"),
    "total_label": StyleSpec(bold=True, border=True),
    "link": StyleSpec(border=True, wrap=True, font_colour="0563C1", underline=True),
    "note": StyleSpec(italic=True, size=9, font_colour="404040", wrap=True),
    "error": StyleSpec(border=True, bold=True, font_colour="8B0010"),
    "warning": StyleSpec(border=True, font_colour="6B4500"),
    "banner": StyleSpec(bold=True, size=12, font_colour="8B0010", wrap=True),
}
for _status, (_fill, _font) in STATUS_COLOURS.items():
    STYLES[f"status.{_status.value}"] = StyleSpec(
        border=True, fill=_fill, font_colour=_font, bold=True, align="center", wrap=True
    )
STYLES["status.unknown"] = StyleSpec(
    border=True, fill="FFFFFF", font_colour="8B0010", bold=True, align="center"
)


def cue_format(status: Status | str) -> str:
    """A number format that shows the status symbol (✕ for the unknown look) before whatever
    text the user typed, without changing the value. Numbers keep their general format."""
    symbol = SYMBOL[status] if isinstance(status, Status) else UNKNOWN_SYMBOL
    return f'General;-General;General;"{symbol} "@'


def status_label(status: Status, word: str) -> str:
    """ "● grön" — the symbol and the word, as written on the sheets xlfollow owns."""
    return f"{SYMBOL[status]} {word}"


def relative_luminance(hex_rgb: str) -> float:
    channels = [int(hex_rgb[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def label_colour(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (for the counts inside the bars)."""
    return "000000" if contrast(fill, "000000") >= contrast(fill, "FFFFFF") else "FFFFFF"
