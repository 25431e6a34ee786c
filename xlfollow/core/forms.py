"""Follow-ups kept as blocks of label and value rows, one block per goal, not as a table (issue 19).

Kungsbacka kommun's årsredovisning (a Stratsys report): the goal's number and name on a row of
its own, then its labels in one column and their values beside them::

    3.1.1 Vi ska implementera platsvarumärket ...
    Beslutats av           | Nämnd
    Nämndens formulering   | Kultur & Fritid tar täten ...
    Nämndens bedömning     | Vi har inte nått målet men är på rätt väg
    Kommentar på nämndmål  | Vi har kraftsamlat kring ...

A sheet is read so where one column holds labels that repeat from block to block, one of them
naming the status ("Nämndens bedömning", "Kommunövergripande bedömning") at least twice, each
beside its value (or beside nothing: next-period empties it). Each such row is an item: its text
the goal's heading (the text alone on its row above the block's labels), its status the value
beside the label (that cell is the status cell: coloured, emptied, sent and collected as a
table's is), its comment the value beside a label naming the comment further down the block. A
table between the blocks (indicators by year) is no block: its rows hold more than a label and a
value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from xlfollow.core.models import Item, Layout
from xlfollow.core.settings import MIXED_KIND
from xlfollow.core.status import Vocabulary

SCAN_ROWS = 400  # a form shows itself in its first blocks (a table of 100,000 rows is read no further)
MAX_LABEL = 60  # a label is short, on one line


def _label(row: Sequence[Any], col: int) -> str | None:
    """The row's label in column ``col`` (1-based), folded: a short text on one line, with at most its
    value beside it and nothing else on the row."""
    value = row[col - 1] if col - 1 < len(row) else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > MAX_LABEL or "\n" in text:
        return None
    if any(v not in (None, "") for i, v in enumerate(row, start=1) if i not in (col, col + 1)):
        return None
    return " ".join(text.split()).casefold()


def labels_of(rows: Sequence[Sequence[Any]], col: int, limit: int | None = None) -> Counter[str]:
    """How often each label stands in column ``col``."""
    counted: Counter[str] = Counter()
    for row in rows[:limit] if limit is not None else rows:
        label = _label(row, col)
        if label is not None:
            counted[label] += 1
    return counted


# the field a label names, as a header would ("Nämndens bedömning": status): layout.match_header
FieldOf = Callable[[str], str | None]


def find_form(rows: Sequence[Sequence[Any]], sheet: str, field_of: FieldOf) -> Layout | None:
    """The sheet as blocks of labels and values (see the module's docstring), or None."""
    for col in (1, 2, 3):
        counted = labels_of(rows, col, SCAN_ROWS)
        repeated = {label for label, n in counted.items() if n >= 2}
        named = {label for label in repeated if field_of(label) == "status"}
        if not named or not repeated - named:
            continue  # the status's label, and the block's other labels, repeat from block to block
        written: dict[str, str] = {}
        first = None
        for number, row in enumerate(rows, start=1):
            label = _label(row, col)
            if label is None or (label not in named and not _in_a_block(rows, number, col, repeated - named)):
                continue
            if label in named or field_of(label) == "status":  # once only, in a block: a goal too
                written.setdefault(label, " ".join(str(row[col - 1]).split()))
                first = first or number
        if first is None:
            continue
        return Layout(
            sheet=sheet,
            header_row=max(1, first - 1),
            columns={"item": col, "status": col + 1},
            headers={},
            kind=MIXED_KIND,  # no header names what the blocks follow up: "posterna" (settings: kind)
            form=tuple(written[label] for label in sorted(written, key=list(written).index)),
        )
    return None


def _in_a_block(rows: Sequence[Sequence[Any]], number: int, col: int, labels: set[str]) -> bool:
    """Row ``number`` stands among a block's labels (the row above or below holds one)."""
    near = (n for n in (number - 1, number + 1) if 1 <= n <= len(rows))
    return any(_label(rows[n - 1], col) in labels for n in near)


def _same_block(
    rows: Sequence[Sequence[Any]], number: int, col: int, labels: set[str], statuses: set[str]
) -> bool:
    """Row ``number``'s status label follows another status label of the same block (only the
    block's labels between them)."""
    for above in range(number - 1, 0, -1):
        label = _label(rows[above - 1], col)
        if label in statuses:
            return True
        if label not in labels:
            return False
    return False


def _heading(rows: Sequence[Sequence[Any]], number: int, col: int, labels: set[str]) -> str | None:
    """The text alone on its row above the block of row ``number`` (1-based), past the block's
    labels; None where another block's status label comes first."""
    for above in range(number - 1, 0, -1):
        row = rows[above - 1]
        filled = [v for v in row if v not in (None, "")]
        if not filled:
            continue
        label = _label(row, col)
        if label in labels:
            continue
        if len(filled) == 1 and isinstance(filled[0], str):
            return " ".join(filled[0].split())
        if len(filled) == 2 and _NUMBERING.fullmatch(str(filled[0]).strip()) and isinstance(filled[1], str):
            return " ".join(f"{filled[0]} {filled[1]}".split())  # "3.1.1" | "Vi ska …": one heading
        return None  # another block's status, or a table between blocks: no heading of this block's
    return None


_NUMBERING = re.compile(r"\d+(?:\.\d+)*\.?")


def form_items(
    rows: Sequence[Sequence[Any]], layout: Layout, vocabulary: Vocabulary, field_of: FieldOf, table: int = 0
) -> tuple[list[Item], list[int]]:
    """The items of a sheet of blocks, and the rows of status labels with no heading above them
    (said as items without text)."""
    col, value_col = layout.columns["item"], layout.columns["status"]
    statuses = {" ".join(s.split()).casefold() for s in layout.form}
    labels = {label for label, n in labels_of(rows, col).items() if n >= 2} | statuses
    comments = {label for label in labels if field_of(label) == "comment"}
    others = labels - statuses  # the block's labels beside its status's
    items: list[Item] = []
    orphans: list[int] = []
    for number, row in enumerate(rows, start=1):
        if _label(row, col) not in statuses:
            continue
        value = row[value_col - 1] if value_col - 1 < len(row) else None
        if _same_block(rows, number, col, others, statuses):
            continue  # a second assessment in the block (its council goal's beside its own): one item
        text = _heading(rows, number, col, others)
        if text is None:
            orphans.append(number)
            continue
        comment = None
        for below in range(number + 1, len(rows) + 1):
            label = _label(rows[below - 1], col)
            if label is None or label in statuses:
                break
            if label in comments:
                said = rows[below - 1][value_col - 1] if value_col - 1 < len(rows[below - 1]) else None
                comment = " ".join(str(said).split()) if said not in (None, "") else None
                break
        status = vocabulary.classify(None if isinstance(value, str) and not value.strip() else value)
        items.append(
            Item(
                row=number,
                text=text,
                status=status,
                status_value=value,
                comment=comment,
                table=table,
            )
        )
    return items, orphans
