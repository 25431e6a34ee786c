"""xlfollow's own sheets: their names, the name one gets beside a user's sheet of the same name,
and how a reader that cannot see the file's mark (a live engine) knows them by what they hold.

Both writers follow the same rule: a sheet xlfollow wrote (marked) is rewritten or removed; a
user's sheet with one of xlfollow's names is never touched, and xlfollow writes beside it as
"Kontroll (xlfollow)". Both readers follow one too: xlfollow's sheets are never read as data."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from xlfollow.core.texts import LANGUAGES, MESSAGES, localised

VALIDATION_TITLE = "xlfollow"  # the title of the dropdowns xlfollow writes: replaced, never doubled

SUMMARY_SHEET, CONTROL_SHEET, HISTORY_SHEET = "Sammanställning", "Kontroll", "Historik"
OWNED_SHEETS = (SUMMARY_SHEET, CONTROL_SHEET, HISTORY_SHEET)
# The Historik sheet's columns, in order: the first seven are the rows a finished round leaves
# (next-period); the last four say what happened (a round closed, an answer collected).
HISTORY_COLUMNS = (
    "history.period",
    "history.sheet",
    "history.row",
    "history.id",
    "history.item",
    "history.status",
    "history.comment",
    "history.event",
    "history.unit",
    "history.date",
    "history.change",
)


def is_owned_copy(name: str) -> bool:
    """A sheet xlfollow wrote beside a user's sheet of the same name ("Kontroll (xlfollow)")."""
    folded = name.casefold()
    return any(folded.startswith(o.casefold() + " (xlfollow") for o in OWNED_SHEETS)


def own_sheet(wanted: str, owned: Iterable[str]) -> str | None:
    """The sheet xlfollow wrote earlier as ``wanted`` (its name or the name beside a user's
    sheet), or None."""
    folded = wanted.casefold()
    for name in owned:
        other = name.casefold()
        if other == folded or other.startswith(folded + " (xlfollow"):
            return name
    return None


def own_sheet_name(wanted: str, owned: Collection[str], taken: Iterable[str]) -> str:
    """The name xlfollow's sheet ``wanted`` has or gets: the sheet it wrote before, else the first
    name no user's sheet has (Excel compares sheet names without regard to case)."""
    earlier = own_sheet(wanted, owned)
    if earlier is not None:
        return earlier
    used = {name.casefold() for name in taken}
    candidates = [wanted, f"{wanted} (xlfollow)", *(f"{wanted} (xlfollow {n})" for n in range(2, 100))]
    return next(c for c in candidates if c.casefold() not in used)


def _text(value: Any) -> str:
    return " ".join(str(value).split()).casefold() if value is not None else ""


def looks_owned(name: str, rows: Sequence[Sequence[Any]]) -> bool:
    """Whether a sheet is one xlfollow wrote, by its name and what it holds: for a reader that
    cannot see the mark xlfollow puts in the file (xlwings' remote engine, which is given only
    range names). Its name is one of xlfollow's, and its first cells are the ones xlfollow
    writes there: Historik's header row, the Kontroll sheet's title, the summary's note line."""
    base = name.casefold().split(" (xlfollow", 1)[0]
    first = [_text(v) for v in (rows[0] if rows else [])]
    if base == HISTORY_SHEET.casefold():
        headers = [{localised(key, lang).casefold() for lang in LANGUAGES} for key in HISTORY_COLUMNS[:7]]
        return len(first) >= 7 and all(first[i] in headers[i] for i in range(7))
    if base == CONTROL_SHEET.casefold():
        starts = _starts("control.title", "control.title_many", "collect.title", "region.control_title")
        return bool(first) and first[0].startswith(starts)
    if base == SUMMARY_SHEET.casefold():
        second = [_text(v) for v in (rows[1] if len(rows) > 1 else [])]
        return bool(second) and second[0].startswith(
            _starts("summary.source", "summary.sources", "summary.period")
        )
    return False


def _starts(*keys: str) -> tuple[str, ...]:
    """The fixed start of each sentence ``keys`` name, in each language (up to its first field)."""
    starts = (" ".join(text.split("{")[0].split()).casefold() for key in keys for text in MESSAGES[key])
    return tuple(s for s in starts if s)
