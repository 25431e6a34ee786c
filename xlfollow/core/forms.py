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

A report kept in one column (Göteborg's delårsrapport, its miljö- och klimatprogram) writes the
status under its label, or after it in the same cell::

    6.1 Andelen utbildad personal i förskolorna ska öka        Miljömål: Göteborg har en hög …
    Stadsledningskontorets bedömning                           Målet innebär att Göteborg …
    Målet bedöms sannolikt att nå.                             Bedömning: Kräver ytterligare insatser
    Andelen utbildad personal ökade …                          Insatser för att främja …

There the status cell is the row under the label (emptied by next-period, the label stays) or the
label's own cell (next-period leaves the label and its colon); the item is the block's heading, the
nearest line above that is numbered or no sentence; its comment the line after the status.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from xlfollow.core.models import Item, Layout
from xlfollow.core.settings import MIXED_KIND
from xlfollow.core.status import Status, Vocabulary

SCAN_ROWS = 400  # a form shows itself in its first blocks (a table of 100,000 rows is read no further)
MAX_LABEL = 60  # a label is short, on one line
BELOW, IN_CELL = "below", "cell"  # Layout.form_at: where the status stands but beside its label


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


def _alone(row: Sequence[Any], col: int) -> str | None:
    """The row's one text, in column ``col`` (1-based), nothing else on the row."""
    value = row[col - 1] if col - 1 < len(row) else None
    if not isinstance(value, str) or any(v not in (None, "") for i, v in enumerate(row, 1) if i != col):
        return None
    return value


def _prefix(row: Sequence[Any], col: int) -> tuple[str, str] | None:
    """A label and its value in one cell alone on its row ("Bedömning: På rätt väg"): the label
    folded and the value (empty where next-period emptied it: "Bedömning:")."""
    text = _alone(row, col)
    if text is None or ":" not in text:
        return None
    label, _, value = text.partition(":")
    label = " ".join(label.split())
    if not label or len(label) > MAX_LABEL or "\n" in label.strip():
        return None
    return label.casefold(), value.strip()


def _one_column(rows: Sequence[Sequence[Any]], col: int) -> bool:
    """Nothing stands right of column ``col`` (1-based) in the sheet's first rows: a report kept in
    one column, whose labels have no values beside them, even once next-period emptied them."""
    return not any(v not in (None, "") for row in rows[:SCAN_ROWS] for v in row[col:])


# the field a label names, as a header would ("Nämndens bedömning": status): layout.match_header
FieldOf = Callable[[str], str | None]


def find_form(rows: Sequence[Sequence[Any]], sheet: str, field_of: FieldOf) -> Layout | None:
    """The sheet as blocks of labels and values (see the module's docstring), or None."""
    for col in (1, 2, 3):
        counted = labels_of(rows, col, SCAN_ROWS)
        repeated = {label for label, n in counted.items() if n >= 2}
        named = {label for label in repeated if field_of(label) == "status"}
        one_column = _one_column(rows, col)
        if one_column and all(":" in label for label in named):
            # "Bedömning: På rätt väg": a label and its value in one cell (the whole line repeats
            # too where the value does, named by its label: the label counts, not the line)
            form = _in_cell(rows, sheet, col, field_of)
            if form is not None:
                return form
        if not named or (not repeated - named and not one_column):
            continue  # the status's label, and the block's other labels, repeat from block to block
            # (in one column the status's label alone: its value stands under it)
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
        labels = tuple(written[label] for label in sorted(written, key=list(written).index))
        return _form(sheet, first, col, labels, BELOW if one_column else "")
    return None


def _in_cell(rows: Sequence[Sequence[Any]], sheet: str, col: int, field_of: FieldOf) -> Layout | None:
    """Blocks in one column whose status follows its label in one cell, or None."""
    prefixes = Counter(p[0] for row in rows[:SCAN_ROWS] if (p := _prefix(row, col)) is not None)
    named = {label for label, n in prefixes.items() if n >= 2 and field_of(label) == "status"}
    written: dict[str, str] = {}
    first = 0
    for number, row in enumerate(rows, start=1):
        if (p := _prefix(row, col)) is not None and p[0] in named:
            written.setdefault(p[0], " ".join(str(row[col - 1]).partition(":")[0].split()))
            first = first or number
    return _form(sheet, first, col, tuple(written.values()), IN_CELL) if written else None


def _form(sheet: str, first: int, col: int, labels: tuple[str, ...], at: str) -> Layout:
    """The blocks' layout: the first status label on row ``first``, the labels in column ``col``."""
    return Layout(
        sheet=sheet,
        header_row=max(1, first - 1),
        columns={"item": col, "status": col if at else col + 1},
        headers={},
        kind=MIXED_KIND,  # no header names what the blocks follow up: "posterna" (settings: kind)
        form=labels,
        form_at=at,
    )


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
    at = layout.form_at
    items: list[Item] = []
    orphans: list[int] = []
    for number, row in enumerate(rows, start=1):
        in_cell = _prefix(row, col) if at == IN_CELL else None
        if (in_cell[0] if in_cell else None if at == IN_CELL else _label(row, col)) not in statuses:
            continue
        if _same_block(rows, number, col, others, statuses):
            continue  # a second assessment in the block (its council goal's beside its own): one item
        text = _column_heading(rows, number, col, labels) if at else _heading(rows, number, col, others)
        if text is None:
            orphans.append(number)
            continue
        cell = number + 1 if at == BELOW else number  # the status cell's row
        if in_cell is not None:
            value: Any = in_cell[1] or None
        else:
            cells = rows[cell - 1] if cell - 1 < len(rows) else ()
            value = cells[value_col - 1] if value_col - 1 < len(cells) else None
        if at:
            comment = _line_after(rows, cell, col, labels)
        else:
            comment = _labelled_comment(rows, number, col, value_col, statuses, comments)
        status = vocabulary.classify(None if isinstance(value, str) and not value.strip() else value)
        items.append(
            Item(
                row=cell,
                text=text,
                status=status,
                status_value=value,
                comment=comment,
                table=table,
            )
        )
    if at:  # a block whose status stands without its label (Göteborg 2025: one of fifteen)
        items += _unlabelled(rows, col, labels, layout, vocabulary, table)
        items.sort(key=lambda item: item.row)
    return items, orphans


def _unlabelled(
    rows: Sequence[Sequence[Any]],
    col: int,
    labels: set[str],
    layout: Layout,
    vocabulary: Vocabulary,
    table: int,
) -> list[Item]:
    """In one column, the blocks (lines between blank rows) with no status label whose one short
    line past the first is a status alone ("Kräver systemomställning"): that line is the status."""
    statuses = {" ".join(s.split()).casefold() for s in layout.form}
    found: list[Item] = []
    block: list[int] = []
    for number in range(1, len(rows) + 2):
        text = _alone(rows[number - 1], col) if number <= len(rows) else None
        if text is not None and text.strip():
            block.append(number)
            continue
        labelled = any(
            (p[0] if (p := _prefix(rows[n - 1], col)) else _label(rows[n - 1], col)) in statuses
            for n in block
        )
        said = [
            (n, status)
            for n in block[1:]
            if not labelled
            and len(line := str(rows[n - 1][col - 1]).strip()) <= MAX_LABEL
            and ":" not in line
            and (status := vocabulary.classify(line)) not in (None, Status.MISSING)
        ]
        if len(said) == 1 and (heading := _column_heading(rows, said[0][0], col, labels)) is not None:
            n, status = said[0]
            value = rows[n - 1][col - 1]
            comment = _line_after(rows, n, col, labels)
            found.append(
                Item(row=n, text=heading, status=status, status_value=value, comment=comment, table=table)
            )
        block = []
    return found


def _labelled_comment(
    rows: Sequence[Sequence[Any]],
    number: int,
    col: int,
    value_col: int,
    statuses: set[str],
    comments: set[str],
) -> str | None:
    """The value beside a label naming the comment further down the block of row ``number``."""
    for below in range(number + 1, len(rows) + 1):
        label = _label(rows[below - 1], col)
        if label is None or label in statuses:
            return None
        if label in comments:
            said = rows[below - 1][value_col - 1] if value_col - 1 < len(rows[below - 1]) else None
            return " ".join(str(said).split()) if said not in (None, "") else None
    return None


# a block's heading in one column: numbered ("6.1 Andelen …"), or a word and a colon
# ("Delmål 2: …", "Miljömål: …"); else any line that is no sentence (no full stop at its end)
_HEADED = re.compile(r"(?:\d+(?:\.\d+)*\.?\s|[^\W\d_][\w ]{0,30}?(?:\s\d+(?:\.\d+)*)?\s*:\s)")


def _column_heading(rows: Sequence[Sequence[Any]], number: int, col: int, labels: set[str]) -> str | None:
    """The heading of the block in one column whose status label stands on row ``number``: of the
    lines above it up to a blank row, the nearest that is numbered or no sentence, else the first."""
    lines: list[str] = []
    for above in range(number - 1, 0, -1):
        text = _alone(rows[above - 1], col)
        if text is None or not text.strip():
            break
        if " ".join(text.split()).casefold() not in labels:
            lines.append(" ".join(text.split()))
    for line in lines:
        if _HEADED.match(line) or not line.endswith((".", "…", "!", "?", ":")):
            return line
    return lines[-1] if lines else None


def _line_after(rows: Sequence[Sequence[Any]], cell: int, col: int, labels: set[str]) -> str | None:
    """The line after a block's status cell (row ``cell``) in one column: its analysis, the comment."""
    text = _alone(rows[cell], col) if cell < len(rows) else None
    if text is None or not text.strip() or " ".join(text.split()).casefold() in labels:
        return None
    return " ".join(text.split())


def status_label(text: Any, layout: Layout) -> str:
    """What next-period leaves in a status cell that holds its label ("Bedömning: På rätt väg"):
    the label and its colon ("Bedömning:"); the blocks' label where the status stood without it."""
    label, colon, _ = str(text).partition(":")
    known = {" ".join(s.split()).casefold() for s in layout.form}
    if not colon or " ".join(label.split()).casefold() not in known:
        label = layout.form[0]
    return label.rstrip() + ":"
