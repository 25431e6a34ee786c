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

A Stratsys annual report (Samordningsförbundet Göteborg 2023–2025) numbers each block's heading
and names its kind; the status is the first cell under it that is a status, its comment beside it,
or under a label ("Status"); activity tables inside a block put their statuses in the next column::

    7.1.1 Centrala mål: Utveckla insatser …              |                          | Nämnd/Styrelse
    Viss måluppfyllelse                                  | Förbundet har under 2025 …
    7.1.2 Centrala uppdrag: Översyn av kösituationen …   |                          | Nämnd/Styrelse
    Status
    Avslutad                                             | Ärendet rapporterades …

Read so (``LEAD``) where three numbered blocks at least have one status each in the headings'
column, one of them with its comment beside it (a report in one column is read by its labels), and
no block has two (a table of statuses under numbered group headings is a table). Next-period empties
the status cells and leaves nothing to find them by but the workbook's *Historik*: the new round's
blocks are those whose headings were last round's items, each status cell where it stood.

The US Open Government Partnership self-assessments mark each block's status under a scale's steps
(core/scale.py), a row of the steps over the label::

    1. Improve Public Participation in Government
    Lead government actors  | The White House, General Services Administration (GSA)
                            | Not started | Limited | Substantial | Completed
    Completion level        |             |         | a           | b

Read so (``_scaled``) where one label stands under the same steps in the same columns in two blocks
at least, nothing but marks beside it; the status is the step marked (the least advanced of several).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any

from xlfollow.core.labels import FORM_SCAN_ROWS as SCAN_ROWS
from xlfollow.core.labels import label_columns
from xlfollow.core.models import Item, Layout
from xlfollow.core.settings import MIXED_KIND
from xlfollow.core.status import Status, Vocabulary

MAX_LABEL = 60  # a label is short, on one line
BELOW, IN_CELL = "below", "cell"  # Layout.form_at: where the status stands but beside its label
LEAD = "lead"  # Layout.form_at: the first status under a numbered heading, its comment beside it


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
    return label.casefold(), value  # (its first line is the status: forms._first_line)


# the field a label names, as a header would ("Nämndens bedömning": status): layout.match_header
FieldOf = Callable[[str], str | None]
# the status a value is (the workbook's vocabulary): a one-column report's values must be statuses
Classify = Callable[[Any], Status | None]
ONE_COLUMN_BLOCKS = 3  # a report in one column shows itself in three blocks at least
LABEL_WORDS = 4  # "Stadsledningskontorets bedömning", never a sentence ending in "bedömningen:"


def find_form(
    rows: Sequence[Sequence[Any]],
    sheet: str,
    field_of: FieldOf,
    classify: Classify,
    earlier: Callable[[], dict[str, int]] | None = None,
    columns: Sequence[int] | None = None,
) -> Layout | None:
    """The sheet as blocks of labels and values (see the module's docstring), or None. ``earlier``:
    the last closed round's items on this sheet (text -> the row of its status), from *Historik*;
    ``columns``: where its labels may stand (``labels.label_columns``), where the caller knows."""
    for col in label_columns(rows) if columns is None else columns:
        counted = labels_of(rows, col, SCAN_ROWS)
        repeated = {label for label, n in counted.items() if n >= 2}
        form = (
            _in_cell(rows, sheet, col, field_of, classify)
            or _lead(rows, sheet, col, classify, field_of, earlier)
            or _below(rows, sheet, col, field_of, classify, repeated)
            or _scaled(rows, sheet, col, classify)
        )
        if form is not None:
            return form
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
        labels = tuple(written[label] for label in sorted(written, key=list(written).index))
        return _form(sheet, first, col, labels, "")
    return None


def _scaled(rows: Sequence[Sequence[Any]], sheet: str, col: int, classify: Classify) -> Layout | None:
    """Blocks whose status is a mark under a scale's step (core/scale.py): a label ("Completion
    level") under a row of the steps ("Not started | Limited | Substantial | Completed"), marks or
    nothing under them beside it, the same label, steps and columns in two blocks at least; or None."""
    from xlfollow.core.scale import find_scale, not_marks

    found: list[tuple[int, str, tuple[int, ...], tuple[str, ...]]] = []
    for number in range(2, min(len(rows), SCAN_ROWS) + 1):
        row, above = rows[number - 1], rows[number - 2]
        text = row[col - 1] if col - 1 < len(row) else None
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_LABEL or "\n" in text.strip():
            continue
        if (above[col - 1] if col - 1 < len(above) else None) not in (None, "") or sum(
            isinstance(v, str) for v in above
        ) < 2:
            continue
        run = find_scale(above, [row], classify)
        if not run or run[0] <= col or not_marks(row, run):
            continue
        if any(v not in (None, "") for i, v in enumerate(row, 1) if i != col and i not in run) or any(
            v not in (None, "") for i, v in enumerate(above, 1) if i not in run
        ):
            continue  # (a table's row: more than a label and its marks)
        steps = tuple(" ".join(str(above[c - 1]).split()) for c in run)
        found.append((number, " ".join(text.split()).casefold(), run, steps))
    kinds = Counter((label, run, steps) for _, label, run, steps in found)
    if not kinds or kinds.most_common(1)[0][1] < 2:
        return None
    (label, run, steps), _ = kinds.most_common(1)[0]
    first = next(n for n, *kind in found if tuple(kind) == (label, run, steps))
    written = " ".join(str(rows[first - 1][col - 1]).split())
    return replace(
        _form(sheet, first, col, (written,), ""),
        columns={"item": col, "status": run[0]},
        scale=run,
        steps=steps,
    )


def _are_statuses(values: Sequence[Any], classify: Classify) -> bool:
    """Half the values at least are statuses or blank (next-period emptied them; a line it left,
    which read as no status, stays): "Status: se bilagan", "Bedömning: Vi bedömer att …" in every
    block are notes, not statuses."""
    said = sum(_is_status(v.strip() if isinstance(v, str) else v, classify) for v in values)
    return 2 * said >= len(values)


def _in_cell(
    rows: Sequence[Sequence[Any]], sheet: str, col: int, field_of: FieldOf, classify: Classify
) -> Layout | None:
    """Blocks in one column whose status follows its label in one cell ("Bedömning: På rätt väg"),
    the label naming the status, in three blocks at least and twice one label; or None."""
    found = [
        (number, p)
        for number, row in enumerate(rows[:SCAN_ROWS], start=1)
        if (p := _prefix(row, col)) is not None
        and len(p[0].split()) <= LABEL_WORDS
        and field_of(p[0]) == "status"
    ]
    counted = Counter(p[0] for _, p in found)
    # a label once ("Samlad bedömning: På rätt väg" among "Bedömning: …") where its value is a status
    found = [(n, p) for n, p in found if counted[p[0]] >= 2 or _is_status(_first_line(p[1]), classify)]
    if len(found) < ONE_COLUMN_BLOCKS or max(counted.values(), default=0) < 2:
        return None
    if not _are_statuses([_first_line(p[1]) for _, p in found], classify):
        return None  # "Status: se bilagan", "Bedömning: Vi bedömer att …": notes, not statuses
    written: dict[str, str] = {}  # each label as its first block writes it
    for number, (label, _) in found:
        written.setdefault(label, " ".join(str(rows[number - 1][col - 1]).partition(":")[0].split()))
    return _form(sheet, found[0][0], col, tuple(written.values()), IN_CELL)


def _below(
    rows: Sequence[Sequence[Any]],
    sheet: str,
    col: int,
    field_of: FieldOf,
    classify: Classify,
    repeated: set[str],
) -> Layout | None:
    """Blocks in one column whose status stands on the row under its label ("Stadsledningskontorets
    bedömning", and under it the assessment sentence), in three blocks at least; or None.
    Under each label a status, or nothing (next-period emptied it): never another label (blocks of
    labels and values whose values next-period emptied), nor anything beside it."""
    found = [
        number
        for number, row in enumerate(rows[:SCAN_ROWS], start=1)
        if (text := _alone(row, col)) is not None
        and len(text.strip()) <= MAX_LABEL
        and "\n" not in text.strip()
        and len(text.split()) <= LABEL_WORDS
        and field_of(" ".join(text.split()).casefold()) == "status"
    ]
    counted = Counter(_folded(rows, n, col) for n in found)
    found = [  # a label once ("Nämndens bedömning" among "Stadsledningskontorets …") over a status
        n
        for n in found
        if counted[_folded(rows, n, col)] >= 2 or _is_status(_under(rows, n, col, classify), classify)
    ]
    if len(found) < ONE_COLUMN_BLOCKS or max(counted.values()) < 2:
        return None
    # the labels that repeat (``repeated``), but a status repeats too: an assessment sentence is none
    labels = {label for label in repeated if classify(label) in (None, Status.MISSING)}
    values = []
    for number in found:
        cell = status_row(rows, number, col, classify)
        row = rows[cell - 1] if cell - 1 < len(rows) else ()
        if any(v not in (None, "") for v in row) and (
            _alone(row, col) is None or _folded(rows, cell, col) in labels
        ):
            return None
        values.append(row[col - 1] if col - 1 < len(row) else None)
    if not _are_statuses(values, classify):
        return None
    written = {_folded(rows, n, col): " ".join(str(rows[n - 1][col - 1]).split()) for n in reversed(found)}
    return _form(sheet, found[0], col, tuple(reversed(written.values())), BELOW)


def _is_status(value: Any, classify: Classify) -> bool:
    """A status, or nothing (next-period emptied it)."""
    return value in (None, "") or classify(value) not in (None, Status.MISSING)


def _under(rows: Sequence[Sequence[Any]], number: int, col: int, classify: Classify) -> Any:
    """The value under the label on row ``number``."""
    return _cell(rows, status_row(rows, number, col, classify), col)


def _folded(rows: Sequence[Sequence[Any]], number: int, col: int) -> str:
    value = _cell(rows, number, col)
    return " ".join(str(value).split()).casefold() if isinstance(value, str) else ""


def _first_line(text: str) -> str:
    """The status after a label in one cell: its first line ("Bedömning:⏎Motivering: …": none)."""
    return text.split("\n", 1)[0].strip()


def status_row(rows: Sequence[Sequence[Any]], number: int, col: int, classify: Classify) -> int:
    """The row of the status under the label on row ``number``: the next row, or the one after a
    blank row where that one is a status ("Stadsledningskontorets bedömning", a blank row, "Målet
    bedöms …")."""
    after = number + 2
    if after <= len(rows) and not any(v not in (None, "") for v in rows[number]):
        value = rows[after - 1][col - 1] if col - 1 < len(rows[after - 1]) else None
        if isinstance(value, str) and classify(value) not in (None, Status.MISSING):
            return after
    return number + 1


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


def _heading(
    rows: Sequence[Sequence[Any]],
    number: int,
    col: int,
    labels: set[str],
    furniture: Collection[int] = (),
    field_of: FieldOf | None = None,
) -> str | None:
    """The text alone on its row above the block of row ``number`` (1-based), past the block's
    labels (and a label once, beside its value, that names a field: "Fokusområde | …") and the
    page's furniture; None where another block's status label comes first."""
    for above in range(number - 1, 0, -1):
        row = rows[above - 1]
        filled = [v for v in row if v not in (None, "")]
        if not filled:
            continue
        label = _label(row, col)
        if above in furniture and label is None:
            continue  # (a label's row printed again and again is a block's, never the page's furniture)
        if label in labels:
            continue
        if (
            label is not None
            and len(filled) == 2
            and field_of is not None
            and field_of(label) not in (None, "status")
        ):
            continue
        if len(filled) == 1 and (col - 1 >= len(row) or row[col - 1] in (None, "")):
            continue  # a value run on from the page before, beside no label: never the heading
        if len(filled) == 1 and isinstance(filled[0], str):
            return " ".join(filled[0].split())
        if len(filled) == 2 and _NUMBERING.fullmatch(str(filled[0]).strip()) and isinstance(filled[1], str):
            # "3.1.1" | "Vi ska …", "US0113.1" | "The Federal Government commits …": one heading
            return " ".join(f"{filled[0]} {filled[1]}".split())
        return None  # another block's status, or a table between blocks: no heading of this block's
    return None


FURNITURE_REPEATS = 3  # a row printed on every page: a running head (three pages at least)


def page_furniture(rows: Sequence[Sequence[Any]]) -> set[int]:
    """The rows (1-based) of a page's furniture kept in a report's text: a row printed three times
    or more ("Nämnden för Förskola & Grundskola | | Kungsbacka kommun"), and a page's number alone
    on its row."""
    keys = [tuple(v for v in row if v not in (None, "")) for row in rows]
    counted = Counter(k for k in keys if k)
    return {
        n
        for n, key in enumerate(keys, start=1)
        if key
        and (
            counted[key] >= FURNITURE_REPEATS
            or (len(key) == 1 and str(key[0]).strip().isdigit() and len(str(key[0]).strip()) <= 3)
        )
    }


_NUMBERING = re.compile(r"(?:[A-Za-z]{1,5}-?)?\d+(?:\.\d+)*\.?")  # "3.1.1", "US0113.1", "KS-12"


def form_items(
    rows: Sequence[Sequence[Any]], layout: Layout, vocabulary: Vocabulary, field_of: FieldOf, table: int = 0
) -> tuple[list[Item], list[int]]:
    """The items of a sheet of blocks, and the rows of status labels with no heading above them
    (said as items without text)."""
    if layout.form_at == LEAD:
        return lead_items(rows, layout, vocabulary, field_of, table), []
    col, value_col = layout.columns["item"], layout.columns["status"]
    statuses = {" ".join(s.split()).casefold() for s in layout.form}
    labels = {label for label, n in labels_of(rows, col).items() if n >= 2} | statuses
    comments = {label for label in labels if field_of(label) == "comment"}
    others = labels - statuses  # the block's labels beside its status's
    at = layout.form_at
    items: list[Item] = []
    orphans: list[int] = []
    furniture: set[int] | None = None  # the page's running heads and numbers, found when first asked
    for number, row in enumerate(rows, start=1):
        in_cell = _prefix(row, col) if at == IN_CELL else None
        if (in_cell[0] if in_cell else None if at == IN_CELL else _label(row, col)) not in statuses:
            continue
        if _same_block(rows, number, col, others, statuses):
            continue  # a second assessment in the block (its council goal's beside its own): one item
        if not at and furniture is None:
            furniture = page_furniture(rows)
        text = (
            _column_heading(rows, number, col, labels, field_of)
            if at
            else _heading(rows, number, col, others, furniture or (), field_of)
        )
        if text is None:
            orphans.append(number)
            continue
        # the status cell's row: the label's own, or the one under it
        cell = status_row(rows, number, col, vocabulary.classify) if at == BELOW else number
        if in_cell is not None:
            value: Any = _first_line(in_cell[1]) or None  # (a line under it, "Motivering: …", is kept)
        else:
            cells = rows[cell - 1] if cell - 1 < len(rows) else ()
            value = cells[value_col - 1] if value_col - 1 < len(cells) else None
        if at:
            comment = _line_after(rows, cell, col, labels)
        else:
            comment = _labelled_comment(rows, number, col, value_col, statuses, comments)
        status = vocabulary.verdict(None if isinstance(value, str) and not value.strip() else value)
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
    if at == IN_CELL:  # a block whose status stands without its label (Göteborg 2025: one of fifteen)
        items += _unlabelled(rows, col, labels, layout, vocabulary, field_of, items, table)
        items.sort(key=lambda item: item.row)
    return items, orphans


def unassessed_items(
    rows: Sequence[Sequence[Any]], layout: Layout, items: Sequence[Item], table: int = 0
) -> tuple[list[Item], list[int]]:
    """The items of the blocks beside their label that have the others' labels but no row for their
    status (``unassessed_blocks``): each at its heading's row, without a status; and the rows of
    such blocks in another section than the assessed ones', not counted (said at their headings)."""
    if layout.form_at:
        return [], []
    col = layout.columns["item"]
    statuses = {" ".join(s.split()).casefold() for s in layout.form}
    labels = {label for label, n in labels_of(rows, col).items() if n >= 2} | statuses
    counted, elsewhere = unassessed_blocks(rows, col, labels, statuses, {i.text for i in items})
    items = [
        Item(row=n, text=text, status=Status.MISSING, status_value=None, table=table) for n, text in counted
    ]
    return items, [n for n, _ in elsewhere]


SHARED_LABELS = 2  # a block without its status's row shares two labels with the assessed blocks


def _label_runs(
    rows: Sequence[Sequence[Any]], col: int, labels: set[str]
) -> list[tuple[int, str, list[str]]]:
    """Each text alone on its row with the block's labels directly under it: its row, its text and
    the labels in order (to the first row that is no label: a page's furniture, a table)."""
    runs = []
    for number, row in enumerate(rows, start=1):
        text = _alone(row, col)
        if text is None or not text.strip() or _label(row, col) in labels:
            continue
        below = []
        for under in rows[number:]:
            label = _label(under, col)
            if label not in labels:
                break
            below.append(label)
        if below:
            runs.append((number, " ".join(text.split()), below))
    return runs


def unassessed_blocks(
    rows: Sequence[Sequence[Any]], col: int, labels: set[str], statuses: set[str], read: set[str]
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """The blocks with no row for their status (Kungsbacka 2023: three council goals print none):
    a heading whose labels share two at least with the blocks that have one, and none of the
    status's own (a directive's "Kommunfullmäktiges formulering | Kommentar" shares one), numbered
    at a depth and in a section an assessed block's heading has, where theirs are numbered; and
    those numbered at such a depth in another section (107's directives "3.3 …" beside its goals
    "2.1 …"), not counted but said: a section not assessed at all may be goals too."""
    runs = _label_runs(rows, col, labels)
    assessed = {label for _, _, below in runs if statuses & set(below) for label in below} - statuses
    # numbered as the assessed blocks are, in their section ("3.2 …" among "3.1 …"; an assignment
    # "Uppdrag: …" is none, nor a directive "3.3 …" where the goals are "2.1 …" to "2.5 …")
    places = {_place(text) for text in read if _NUMBERED.match(text)}
    depths = {depth for depth, _ in places}
    counted, elsewhere = [], []
    for number, text, below in runs:
        if statuses & set(below) or text in read or len(assessed & set(below)) < SHARED_LABELS:
            continue
        if not places or (_NUMBERED.match(text) is not None and _place(text) in places):
            counted.append((number, text))
        elif _NUMBERED.match(text) is not None and _depth(text) in depths:
            elsewhere.append((number, text))
    return counted, elsewhere


def _place(heading: str) -> tuple[int, str]:
    """Where a numbered heading stands: its depth, and its section where it has one ("3.2": 2,
    "3"; a whole number, "3": 1, "")."""
    depth = _depth(heading)
    return depth, _section(heading) if depth > 1 else ""


def _unlabelled(
    rows: Sequence[Sequence[Any]],
    col: int,
    labels: set[str],
    layout: Layout,
    vocabulary: Vocabulary,
    field_of: FieldOf,
    labelled: Sequence[Item],
    table: int,
) -> list[Item]:
    """In one column, the blocks (lines between blank rows) with no status label whose one short
    line is a status another block wrote after its label ("Kräver systemomställning"), under a
    heading that is numbered or names a goal ("Miljömål: …"): that line is the status. A legend, a
    summary's "Målet är uppnått" or a line of prose is none."""
    statuses = {" ".join(s.split()).casefold() for s in layout.form}
    written = {" ".join(str(i.status_value).split()).casefold() for i in labelled if i.status_value}
    found: list[Item] = []
    block: list[int] = []
    for number in range(1, len(rows) + 2):
        text = _alone(rows[number - 1], col) if number <= len(rows) else None
        if text is not None and text.strip():
            block.append(number)
            continue
        labelled_here = any((p := _prefix(rows[n - 1], col)) is not None and p[0] in statuses for n in block)
        said = [] if labelled_here else [n for n in block[1:] if _folded(rows, n, col) in written]
        heading = _column_heading(rows, said[0], col, labels, field_of) if len(said) == 1 else None
        if heading is not None and _strong(heading, field_of):
            n = said[0]
            value = rows[n - 1][col - 1]
            found.append(
                Item(
                    row=n,
                    text=heading,
                    status=vocabulary.classify(value),
                    status_value=value,
                    comment=_line_after(rows, n, col, labels),
                    table=table,
                )
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


# a block's heading in one column: numbered ("6.1 Andelen …"), or a word naming a goal, or a word
# and a number, and a colon ("Miljömål: …", "Delmål 2: …"; never "Bakgrund: …", "Indikator: …")
_NUMBERED = re.compile(r"\d+(?:\.\d+)*\.?\s")


def _strong(line: str, field_of: FieldOf) -> bool:
    """The line is a heading by its form: numbered, or a goal's word or a number before a colon."""
    if _NUMBERED.match(line):
        return True
    head, colon, _ = line.partition(":")
    named = field_of(" ".join(head.split()).casefold()) in ("item", "goal")
    return bool(colon) and len(head) <= 40 and (named or any(c.isdigit() for c in head))


def _column_heading(
    rows: Sequence[Sequence[Any]], number: int, col: int, labels: set[str], field_of: FieldOf
) -> str | None:
    """The heading of the block in one column whose status label stands on row ``number``: of the
    lines above it up to a blank row, the nearest that is a heading by its form (numbered, "Delmål
    2: …"), else the first that is no sentence (no full stop at its end), else the first."""
    lines: list[str] = []
    for above in range(number - 1, 0, -1):
        text = _alone(rows[above - 1], col)
        if text is None or not text.strip():
            break
        if " ".join(text.split()).casefold() not in labels:
            lines.append(" ".join(text.split()))
    strong = next((line for line in lines if _strong(line, field_of)), None)
    if strong is not None:
        return strong
    plain = [line for line in lines if not line.endswith((".", "…", "!", "?", ":"))]
    return plain[-1] if plain else (lines[-1] if lines else None)


def _line_after(rows: Sequence[Sequence[Any]], cell: int, col: int, labels: set[str]) -> str | None:
    """The line after a block's status cell (row ``cell``) in one column: its analysis, the comment."""
    text = _alone(rows[cell], col) if cell < len(rows) else None
    if text is None or not text.strip() or " ".join(text.split()).casefold() in labels:
        return None
    return " ".join(text.split())


# "7.1.1 Centrala mål: Utveckla …": the kind of block ("Centrala mål") between the number and a colon
_KIND = re.compile(r"\d+(?:\.\d+)*\.?\s+([^:\n]{1,40}?)\s*:")
Block = tuple[int, str, int]  # a numbered heading's row, its text, the row its block ends before


def _numbered(row: Sequence[Any], col: int) -> str | None:
    """The row's numbered heading in column ``col`` ("7.1.1 Centrala mål: …"), nothing beside it
    (a tag or a page number may stand further right)."""
    value = row[col - 1] if col - 1 < len(row) else None
    if not isinstance(value, str) or not _NUMBERED.match(value.lstrip()):
        return None
    if col < len(row) and row[col] not in (None, ""):
        return None
    return " ".join(value.split())


def _kind(heading: str) -> str:
    """The kind of block its heading names ("Centrala mål"), or ""."""
    found = _KIND.match(heading)
    return " ".join(found.group(1).split()) if found else ""


def _depth(heading: str) -> int:
    """How deep the heading's number is ("7.1.1 …": 3)."""
    return heading.split(maxsplit=1)[0].rstrip(".").count(".") + 1


def _section(heading: str) -> str:
    """The section a numbered heading stands in: its number's first part ("3.2.1 …": "3")."""
    return heading.split(maxsplit=1)[0].split(".", 1)[0]


def _headed_blocks(rows: Sequence[Sequence[Any]], col: int, limit: int | None = None) -> list[Block]:
    """Each numbered heading in column ``col``: its row, its text and the row its block ends before
    (the next heading's, or past the sheet's end)."""
    end = len(rows) if limit is None else min(limit, len(rows))
    found = [(n, text) for n in range(1, end + 1) if (text := _numbered(rows[n - 1], col)) is not None]
    ends = [n for n, _ in found[1:]] + [len(rows) + 1] if found else []
    return [(n, text, last) for (n, text), last in zip(found, ends, strict=True)]


def _lead_statuses(rows: Sequence[Sequence[Any]], col: int, block: Block, classify: Classify) -> list[int]:
    """The rows of the block whose cell in column ``col`` is a status (short, nothing right of the
    next column): its status, and a second one that makes it no such block."""
    first, _, end = block
    found = []
    for n in range(first + 1, end):
        row = rows[n - 1]
        value = row[col - 1] if col - 1 < len(row) else None
        if not isinstance(value, str) or not value.strip() or len(value.strip()) > MAX_LABEL:
            continue
        if any(v not in (None, "") for v in (*row[: col - 1], *row[col + 1 :])):
            continue  # (a row of a table: more than the status and its comment)
        if classify(value) is not None:
            found.append(n)
            if len(found) == 2:
                break
    return found


def _names_a_table(rows: Sequence[Sequence[Any]], before: int, field_of: FieldOf) -> bool:
    """A row above ``before`` names the status and another field: a table's header ("Läge |
    Åtgärd"), whose rows are the items, whatever numbered headings group them."""
    for row in rows[: before - 1]:
        named = [field_of(" ".join(v.split()).casefold()) for v in row if isinstance(v, str) and v.strip()]
        if "status" in named and len({f for f in named if f}) >= 2:
            return True
    return False


def _lead(
    rows: Sequence[Sequence[Any]],
    sheet: str,
    col: int,
    classify: Classify,
    field_of: FieldOf,
    earlier: Callable[[], dict[str, int]] | None,
) -> Layout | None:
    """Blocks whose status is the first status under their numbered heading (``LEAD``): three at
    least, a third of them (two at least) beside their comment, none with two, and no header row
    above them; or, for a new round, the blocks whose headings were last round's items
    (*Historik*), their statuses emptied since; or None."""
    blocks = _headed_blocks(rows, col, SCAN_ROWS)
    if len(blocks) < ONE_COLUMN_BLOCKS or _names_a_table(rows, blocks[0][0], field_of):
        return None
    kinds: list[str] = []
    assessed: list[Block] = []
    beside = 0
    for block in blocks:
        statuses = _lead_statuses(rows, col, block, classify)
        if len(statuses) > 1:
            return None  # two statuses under one heading: a table under numbered group headings
        if statuses:
            assessed.append(block)
            beside += _cell(rows, statuses[0], col + 1) not in (None, "")
            kinds.append(_kind(block[1]))
    last = earlier() if earlier is not None else {}
    if len(assessed) >= ONE_COLUMN_BLOCKS and beside >= 2 and 3 * beside >= len(assessed):
        if last and not any(block[1] in last for block in assessed):
            return None  # last round read this sheet otherwise (its items were other texts)
        every = _headed_blocks(rows, col) if last else []  # (the whole sheet's, past the rows scanned)
        return _lead_form(sheet, blocks, col, kinds, _last_rows(rows, col, every, last))
    # a new round: the blocks whose headings were last round's items, each status where it stood
    kept = [block for block in (_headed_blocks(rows, col) if last else []) if block[1] in last]
    cells = [_block_status(rows, col, block, classify, field_of, last.get(block[1])) for block in kept]
    emptied = [c for c in cells if c is not None and _is_status(_cell(rows, c, col), classify)]
    if len(emptied) < ONE_COLUMN_BLOCKS or not any(
        _cell(rows, c, col + 1) not in (None, "") for c in emptied
    ):
        return None  # (blank or a status: a label's row is none; one beside its comment at least)
    return _lead_form(sheet, kept, col, [_kind(b[1]) for b in kept], _last_rows(rows, col, kept, last))


def _last_rows(
    rows: Sequence[Sequence[Any]], col: int, blocks: Sequence[Block], last: dict[str, int]
) -> tuple[int, ...]:
    """The rows *Historik* gives last round's statuses in, where each still is one: in its block,
    blank or beside a comment, or under the "Status" label (rows moved since: none)."""
    found = []
    for first, text, end in blocks:
        row = last.get(text)
        if row is not None and first < row < end and _could_hold(rows, row, col):
            found.append(row)
    return tuple(found)


def _could_hold(rows: Sequence[Sequence[Any]], row: int, col: int) -> bool:
    """Row ``row`` may hold a block's status: blank in column ``col``, or a text beside a comment."""
    value, beside = _cell(rows, row, col), _cell(rows, row, col + 1)
    return value in (None, "") or (isinstance(value, str) and beside not in (None, ""))


def _cell(rows: Sequence[Sequence[Any]], number: int, col: int) -> Any:
    """The value in row ``number``, column ``col`` (both 1-based), or None past the sheet's end."""
    row = rows[number - 1] if 0 < number <= len(rows) else ()
    return row[col - 1] if col - 1 < len(row) else None


def _lead_form(
    sheet: str, blocks: Sequence[Block], col: int, kinds: Sequence[str], rows: tuple[int, ...]
) -> Layout:
    named = tuple(dict.fromkeys(k for k in kinds if k)) or (blocks[0][1],)
    return replace(_form(sheet, blocks[0][0] + 1, col, named, LEAD), form_rows=rows)


def lead_items(
    rows: Sequence[Sequence[Any]], layout: Layout, vocabulary: Vocabulary, field_of: FieldOf, table: int = 0
) -> list[Item]:
    """The items of a sheet of ``LEAD`` blocks: each numbered block with a status under its heading,
    or whose status cell last round's *Historik* names, or of a kind ("Centrala mål") or a depth
    ("7.1.1") the assessed blocks have, with a row for a status (``_unread_status``): blank, or a
    status xlfollow does not know, said so at its cell (never a block left out without a word)."""
    col = layout.columns["item"]
    blocks = _headed_blocks(rows, col)
    classify = vocabulary.classify
    found = {block: _lead_statuses(rows, col, block, classify) for block in blocks}
    kinds = {" ".join(k.split()).casefold() for k in layout.form}
    depths = {_depth(block[1]) for block, statuses in found.items() if statuses}
    depths |= {_depth(block[1]) for block in blocks if any(block[0] < r < block[2] for r in layout.form_rows)}
    items = []
    for block, statuses in found.items():
        first, text, end = block
        last = next((r for r in layout.form_rows if first < r < end), None)
        unread = _kind(text).casefold() in kinds or _depth(text) in depths
        cell = _block_status(rows, col, block, classify, field_of, last, statuses, unread)
        if cell is None:
            continue  # a heading of no item ("7.1 Område: …", a line of the contents)
        value = _cell(rows, cell, col)
        items.append(
            Item(
                row=cell,
                text=text,
                status=vocabulary.verdict(None if isinstance(value, str) and not value.strip() else value),
                status_value=value,
                comment=_comment_beside(rows, cell, col, end, field_of),
                table=table,
            )
        )
    return items


def _block_status(
    rows: Sequence[Sequence[Any]],
    col: int,
    block: Block,
    classify: Classify,
    field_of: FieldOf,
    last: int | None,
    statuses: Sequence[int] | None = None,
    unread: bool = True,
) -> int | None:
    """The row of the block's status: its first status (``statuses``, where already found), else
    the row *Historik* names, else (where ``unread``) ``_unread_status``."""
    statuses = _lead_statuses(rows, col, block, classify) if statuses is None else statuses
    if statuses:
        return statuses[0]
    if last is not None and block[0] < last < block[2] and _could_hold(rows, last, col):
        return last
    return _unread_status(rows, col, block, classify, field_of) if unread else None


def _unread_status(
    rows: Sequence[Sequence[Any]], col: int, block: Block, classify: Classify, field_of: FieldOf
) -> int | None:
    """The row of a block's status that is no status xlfollow knows, or blank: the row under the
    "Status" label, else the first row under the heading with a comment beside it whose own cell
    is blank or no label ("Beskrivning", "Aktiviteter"), never an activity's (its status beside it)."""
    first, _, end = block
    for n in range(first + 1, end):
        value, beside = _cell(rows, n, col), _cell(rows, n, col + 1)
        said = " ".join(value.split()).casefold() if isinstance(value, str) else ""
        if said and beside in (None, "") and len(said) <= MAX_LABEL and field_of(said) == "status":
            # "Status", and under it the status, or nothing (the sheet may end with the label)
            return n + 1 if n + 1 < end or n == len(rows) else None
        if (
            not isinstance(beside, str)
            or not beside.strip()
            or classify(beside) not in (None, Status.MISSING)
        ):
            continue
        if value in (None, "") or (len(said) <= MAX_LABEL and field_of(said) in (None, "status")):
            return n
    return None


def _comment_beside(
    rows: Sequence[Sequence[Any]], cell: int, col: int, end: int, field_of: FieldOf
) -> str | None:
    """The comment of a ``LEAD`` block: beside its status, else beside a comment's label under it
    ("Kommentar")."""
    said = _cell(rows, cell, col + 1)
    if said in (None, "") and cell + 1 < end:
        label = _cell(rows, cell + 1, col)
        if isinstance(label, str) and field_of(" ".join(label.split()).casefold()) == "comment":
            said = _cell(rows, cell + 1, col + 1)
    return " ".join(str(said).split()) if said not in (None, "") else None


def status_label(text: Any, layout: Layout) -> str:
    """What next-period leaves in a status cell that holds its label ("Bedömning: På rätt väg"):
    the label and its colon ("Bedömning:"), and the lines under the status ("Motivering: …"); the
    blocks' label where the status stood without it."""
    label, colon, value = str(text).partition(":")
    known = {" ".join(s.split()).casefold() for s in layout.form}
    if not colon or " ".join(label.split()).casefold() not in known:
        label, value = layout.form[0], str(text)
    rest = value.strip().split("\n", 1)[1:]
    return "\n".join([label.rstrip() + ":", *rest])
