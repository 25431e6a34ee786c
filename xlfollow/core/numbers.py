"""Reading target and outcome values written the Swedish way: "5,8 %", "90%", "12,4 dagar",
"Minus 2,5%", "1 250 mkr", "-3", "− 2,5"."""

from __future__ import annotations

import re
from datetime import date, datetime, time

_NUMBER = re.compile(
    r"(?P<sign>[-−–+])?\s*(?P<int>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:[,.](?P<frac>\d+))?"
)
_MINUS_WORD = re.compile(r"\b(minus|minska(?:s)? med)\s*$", re.IGNORECASE)


def parse_number(value: object) -> float | None:
    """The first number in ``value`` (a cell value), or ``None`` when there is none.

    Numbers pass through; booleans and dates are not numbers. In text, a decimal comma or
    point, thousands spaces, a leading sign or the word "minus" are understood; units and
    words around the number ("%", "dagar", "mkr", "April") are ignored."""
    if isinstance(value, bool | datetime | date | time):
        return None
    if isinstance(value, int | float):
        return float(value)
    if value is None:
        return None
    text = str(value)
    m = _NUMBER.search(text)
    if not m:
        return None
    digits = re.sub(r"\D", "", m.group("int"))
    number = float(digits + ("." + m.group("frac") if m.group("frac") else ""))
    sign = m.group("sign")
    signed = sign in ("-", "−", "–") and (m.start() == 0 or not text[m.start() - 1].isalnum())
    if signed or _MINUS_WORD.search(text[: m.start()]):
        number = -number
    return number
