"""Reading target and outcome values written the Swedish way: "5,8 %", "90%", "12,4 dagar",
"Minus 2,5%", "1 250 mkr", "1.234,5", "-3", "− 2,5"."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from xlfollow.core.lazy import lazy


def is_number(value: object) -> bool:
    """A cell value that is a number (not a boolean, which Python counts as one)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


YEAR_ALONE = lazy(r"\s*(?:19|20)\d{2}\s*")  # "2019" as a header writes it, with or without spaces


def is_year(value: object) -> bool:
    """A year alone in a cell, 19xx or 20xx: typed as a number (2013, as Excel keeps it) or as a
    text ("2013")."""
    if isinstance(value, str):
        return YEAR_ALONE.fullmatch(value) is not None
    return value.__class__ in (int, float) and 1900 <= value < 2100 and float(value).is_integer()


_SIGN = r"(?P<sign>[-−–+])?\s*"
# thousands grouped by a point or comma: with a decimal part of the other mark ("1.234,5",
# "1,234.5"), or with two groups or more ("1.234.567"); "1.234" alone stays a decimal (5.8 style)
_GROUPED = lazy(
    _SIGN + r"(?P<int>\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*)"
    r"(?:(?!(?P=sep))[.,](?P<frac>\d+))?(?![\d.,])"
)
_NUMBER = lazy(_SIGN + r"(?P<int>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:[,.](?P<frac>\d+))?")
# a group of one or two digits after a space: "1 23" is no number anyone meant
_BROKEN_GROUP = lazy(r"[ \u00a0\u202f]\d{1,2}(?![\d.,])")
# a change down by the number after it, in a target ("Minska med 2", "Sänkning med 2 %", "Reduksjon med 0,05")
_MINUS_WORD = lazy(
    r"\b(minus|(?:minska(?:s)?|minskning|sänkning|sänka(?:s)?|nedgång|nedgang|reduksjon|reduktion|redusere)"
    r" (?:med|på))\s*$",
    re.IGNORECASE,
)


def parse_number(value: object) -> float | None:
    """The first number in ``value`` (a cell value), or ``None`` when there is none.

    Numbers pass through; booleans and dates are not numbers. In text, a decimal comma or
    point, thousands spaces (or points and commas with the other mark as decimal), a leading
    sign or the word "minus" are understood; units and words around the number ("%", "dagar",
    "mkr", "April") are ignored. A number whose digit groups are broken ("1 23") is none."""
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
    grouped = _GROUPED.match(text, m.start())
    if grouped and (grouped.group("frac") or grouped.group("int").count(grouped.group("sep")) > 1):
        m = grouped
    elif _BROKEN_GROUP.match(text, m.end("int")) and not m.group("frac"):
        return None
    digits = re.sub(r"\D", "", m.group("int"))
    number = float(digits + ("." + m.group("frac") if m.group("frac") else ""))
    sign = m.group("sign")
    signed = sign in ("-", "−", "–") and (m.start() == 0 or not text[m.start() - 1].isalnum())
    if signed or _MINUS_WORD.search(text[: m.start()]):
        number = -number
    return number
