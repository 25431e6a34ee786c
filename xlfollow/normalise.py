"""From the rows of the data sheet to items: section headings, fill-down of perspective, goal and
committee (blank cells and merged cells belong to the nearest value above), item ids, statuses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from xlfollow.models import Item, Layout
from xlfollow.settings import Settings
from xlfollow.status import Vocabulary

PERSPECTIVES = {
    "samhäll": "Samhälle",
    "patient": "Patient",
    "medarbetar": "Medarbetare",
    "verksamhetsresultat": "Verksamhetsresultat",
}
COMMITTEE_NAMES = (
    ("regionstyrelse", "RS"),
    ("utvecklingsnämnd", "RUN"),
    ("sjukvårdsnämnd", "HSN"),
    ("vårdvalsnämnd", "VVN"),
)
_NUMBERING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")
_PERSPECTIVE_WORDS = re.compile(r"\b(perspektivet|perspektiv|perspective)\b[:\s]*", re.IGNORECASE)
_GOAL_PREFIX = re.compile(r"^\s*(strategiskt mål|strategiska mål|strategic goal)\s*:\s*", re.IGNORECASE)
_ITEM_ID = re.compile(r"^\s*(\d{1,6}(?:\.\d{1,4})*)[.)]\s+\S")
_REFERENCE = re.compile(
    r"^\s*se\s+(aktivt mål|aktiva mål|aktivt|punkt\s*\d+|framgångsfaktor\s*\d+|mål\s*\d+)\s*\.?\s*$",
    re.IGNORECASE,
)
_COMMITTEE_SPLIT = re.compile(r"[\s,;/+&]+|\boch\b|\band\b", re.IGNORECASE)
_CONTENT_FIELDS = ("measure", "target", "outcome", "status", "comment", "activities", "committee", "id")
_OTHER_FIELDS = ("perspective", "goal", *_CONTENT_FIELDS)


@dataclass(frozen=True, slots=True)
class Normalised:
    items: tuple[Item, ...]
    orphan_rows: tuple[int, ...]  # rows with content but no item text


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text_of(value: Any) -> str | None:
    if blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def split_committees(value: Any, known: Sequence[str]) -> tuple[str, ...]:
    """ "RS RUN HSN", "RS, HSN", "RS/RUN", "RS+Nämnder" -> codes, known ones in upper case."""
    text = text_of(value)
    if not text:
        return ()
    upper = {k.upper(): k for k in known}
    codes: list[str] = []
    for part in _COMMITTEE_SPLIT.split(text):
        part = part.strip(" .()")
        if not part:
            continue
        code = upper.get(part.upper(), part)
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def perspective_of(text: str, extra: Sequence[str]) -> str | None:
    """The perspective a heading names ("1.1 Samhälle", "4 Samhällsperspektivet"), or ``None``."""
    cleaned = _PERSPECTIVE_WORDS.sub(" ", _NUMBERING.sub("", text)).strip(" :.").casefold()
    for name in extra:
        if cleaned == name.casefold():
            return name
    if len(cleaned.split()) > 2:
        return None
    for stem, name in PERSPECTIVES.items():
        if cleaned.startswith(stem):
            return name
    return None


def committee_of_heading(text: str) -> str | None:
    lower = text.casefold()
    if len(lower.split()) > 8:
        return None
    for marker, code in COMMITTEE_NAMES:
        if marker in lower:
            return code
    return None


def item_id(value: Any, text: str) -> str | None:
    explicit = text_of(value)
    if explicit:
        return explicit
    m = _ITEM_ID.match(text)
    return m.group(1) if m else None


def normalise_rows(
    rows: Sequence[Sequence[Any]], layout: Layout, settings: Settings, vocabulary: Vocabulary | None = None
) -> Normalised:
    """Rows (blank cells as ``None``) to items. Runs once per row of a region's workbooks: the
    common row (an item with its cells) takes the short path."""
    vocabulary = vocabulary or settings.vocabulary()
    known = settings.known_committees()
    cols = layout.columns
    item_col = cols.get("item")
    content_cols = {cols[f] for f in _CONTENT_FIELDS if f in cols}
    index = {f: c - 1 for f, c in cols.items()}
    committee_cache: dict[Any, tuple[str, ...]] = {}

    width = max(index.values(), default=-1) + 1

    def get(row: Sequence[Any], field: str) -> Any:
        i = index.get(field)
        if i is None:
            return None
        value = row[i]
        return None if value.__class__ is str and not value.strip() else value

    perspective: str | None = None
    goal: str | None = None
    committees: tuple[str, ...] = ()
    items: list[Item] = []
    orphans: list[int] = []

    for number in range(layout.header_row + 1, len(rows) + 1):
        row = rows[number - 1]
        if len(row) < width:
            row = [*row, *([None] * (width - len(row)))]
        text = text_of(get(row, "item")) if item_col else None
        lone = None  # the only non-blank cell of the row, when there is just one
        if text is None or not any(get(row, f) is not None for f in _OTHER_FIELDS):
            filled = [(c, v) for c, v in enumerate(row, start=1) if not blank(v)]
            if not filled:
                continue
            if len(filled) == 1 and filled[0][0] not in content_cols and isinstance(filled[0][1], str):
                lone = filled[0]

        if lone is not None:
            col, heading = lone[0], lone[1].strip()
            goal_match = _GOAL_PREFIX.match(heading)
            if goal_match:
                goal = heading[goal_match.end() :].strip() or None
                continue
            named = perspective_of(heading, settings.perspectives)
            if named:
                perspective, goal = named, None
                continue
            code = committee_of_heading(heading)
            if code:
                committees, perspective, goal = (code,), None, None
                continue
            if col != item_col:
                if col == cols.get("goal"):
                    goal = heading
                elif col == cols.get("perspective") or "perspective" not in cols:
                    perspective, goal = _NUMBERING.sub("", heading).strip(), None
                else:
                    orphans.append(number)
                continue

        value = text_of(get(row, "perspective"))
        if value is not None and value != perspective:
            perspective, goal = value, None
        value = text_of(get(row, "goal"))
        if value is not None:
            goal = _GOAL_PREFIX.sub("", value).strip() or None
        value = get(row, "committee")
        if value is not None:
            if value not in committee_cache:
                committee_cache[value] = split_committees(value, known)
            committees = committee_cache[value]

        if text is None:
            orphans.append(number)
            continue
        if text[:3].casefold() == "se " and _REFERENCE.match(text):
            continue
        status_value = get(row, "status")
        items.append(
            Item(
                row=number,
                text=text,
                id=item_id(get(row, "id"), text),
                perspective=perspective,
                goal=goal,
                committees=committees,
                measure=text_of(get(row, "measure")),
                target=get(row, "target"),
                outcome=get(row, "outcome"),
                status=vocabulary.classify(status_value),
                status_value=status_value,
                comment=text_of(get(row, "comment")),
                activities=text_of(get(row, "activities")),
            )
        )
    return Normalised(items=tuple(items), orphan_rows=tuple(orphans))
