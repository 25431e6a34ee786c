"""A status marked under its step of a scale: the header names the scale's steps, one column each
("Uppfyllt | Delvis uppfyllt | Ej uppfyllt", "Ja | Delvis | Nej", the Open Government
Partnership's "Not started | Limited | Substantial | Completed"), and each item's row puts a mark
(X, ✓, a letter) under one of them. No cell holds a status word: the status is the header of the
column that holds the mark.

- A scale is two adjacent header cells or more, each a step (a status the vocabulary knows, an
  answer's ja/delvis/nej, or an OGP step) named in words, of two statuses at least. Under it marks
  and blank cells: a mark is short ("X", "x", "✓", "1", "a, b"), never two letters together or a
  figure; blank is empty, a dash or dots ("-": no assessment) or a flag's 0. A figure or a long text
  under a step makes no scale (counts under "Grön | Gul | Röd", shares under "Achieved"); a word
  ("Uppfyllt", "OK" typed in a step's cell) is one cell's mistake, said at it, where the marks are
  twice as many (or the settings name the column and the marks are no fewer).
- A row with no mark has no status (missing). A row with marks under two steps or more counts the
  least advanced of them (red before yellow before green), and the reading says so at the row:
  the rule the OGP's self-assessments state ("considered 'Complete' only if all its composite
  sub-commitments are complete").
- Two marks at least make a scale; fewer (a unit's few rows, a round begun, none after next-period
  emptied them) do where the steps reach both ends, green and red, or the settings name the status
  column there.

Pure: the reader hands the rows, the writers colour the marked cell (``Item.col``), next-period
empties every step's cell of an item's row."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from xlfollow.core.lazy import lazy
from xlfollow.core.status import Status, no_mark, normalise
from xlfollow.core.values import CellFill

Classify = Callable[[Any], "Status | None"]

# a step's order of advance: the least advanced of several marks is counted
_ADVANCE = {Status.RED: 0, Status.YELLOW: 1, Status.GREEN: 2, Status.NOT_APPLICABLE: 3}

_LETTERS = lazy(r"[^\W\d_]{2,}")  # two letters together: a word ("röd", "ok"), never a mark
_LONGEST_MARK = 8
_LONGEST_STEP = 30  # "Delvis uppfyllt", "Partially achieved": a row's long texts are never asked
_LETTER_LIST = lazy(r"[^\W\d_](?:\s*[,;&/]\s*[^\W\d_])*[\s,;]*")
# how far down the marks are looked for (as the other columns' values are: a table's first rows)
_ROWS_SEEN = 200


def step_status(header: Any, classify: Classify) -> Status | None:
    """The status a header names as a step of a scale (``classify``: the workbook's vocabulary, its
    own lines first; then an answer's "Ja | Delvis | Nej"); None when it names none."""
    if not isinstance(header, str) or len(header) > _LONGEST_STEP:
        return None  # (a step is named in a few words: a sentence is no step)
    status = classify(header)  # (the vocabulary's own cache: a row's cells are asked row after row)
    if status is None:
        status = _answer_step(header)
    if status not in _ADVANCE or _LETTERS.search(header) is None:
        return None  # ("G" or "✓" is a value, not a step)
    return status


@functools.lru_cache(maxsize=4096)  # asked of every short cell of every row the header scan reads
def _answer_step(text: str) -> Status | None:
    """An answer's word as a step: ja/yes green, delvis/partly yellow, nej/no red; else None."""
    return _answers().get(normalise(text))


@functools.cache
def _answers() -> dict[str, Status]:
    from xlfollow.core.words import ANSWERS

    return {normalise(word): Status(value) for value, words in ANSWERS.items() for word in words}


def is_mark(value: Any) -> bool:
    """A mark under a step: short, no two letters together and no figure ("X", "✓", "a, b"); "1",
    ``True`` or the number 1. "röd", "ok" or "75%" under the steps are values, not marks."""
    if value is True:
        return True
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value == 1
    if isinstance(value, str):
        text = value.strip()
        if text == "1" or _LETTER_LIST.fullmatch(text):
            return True  # (the letters of a block's sub-items: "a, b, c, e,")
        return (
            0 < len(text) <= _LONGEST_MARK
            and _LETTERS.search(text) is None
            and not any(ch.isdigit() for ch in text)  # a figure ("75%", "3") is no mark
        )
    return False


def _blank(value: Any) -> bool:
    """No mark: empty, a dash or dots alone ("-", "–", ".."), a flag's 0 or FALSE, a fill alone."""
    if value is None:
        return True
    if isinstance(value, CellFill):
        return value.shown is None
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value == 0
    if isinstance(value, str):
        text = value.strip()
        return not text or text == "0" or no_mark(text)
    return False


def _figure_or_long(value: Any) -> bool:
    """A figure ("75%", 3) or a long text under a step: a table of counts or notes, never a scale."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and (
        len(value.strip()) > _LONGEST_STEP or any(ch.isdigit() for ch in value)
    )


def find_scale(
    header: Sequence[Any],
    below: Sequence[Sequence[Any]],
    classify: Classify,
    at: int | None = None,
    named: bool = False,
) -> tuple[int, ...]:
    """The columns (1-based) of the header's scale, or () when it has none; ``at``: the scale must
    take in this column (the status column the header or the settings named); ``named``: the
    settings name it (few marks, or as many words as marks, then still make a scale)."""
    steps = [step_status(v, classify) for v in header]
    col = 0
    while col < len(steps):
        if steps[col] is None:
            col += 1
            continue
        end = col
        while end + 1 < len(steps) and steps[end + 1] is not None:
            end += 1
        run = tuple(range(col + 1, end + 2))
        if (at is None or at in run) and _a_scale(run, [steps[c - 1] for c in run], below, named):
            return run
        col = end + 1
    return ()


def _a_scale(
    run: tuple[int, ...], steps: Sequence[Status | None], below: Sequence[Sequence[Any]], named: bool
) -> bool:
    if len(run) < 2 or len({s for s in steps if s is not Status.NOT_APPLICABLE}) < 2:
        return False
    marks = others = 0
    blank_rows = 0
    for row in below[:_ROWS_SEEN]:
        if all(_blank(v) for v in row):
            blank_rows += 1
            if blank_rows >= 2:  # the table has ended
                break
            continue
        blank_rows = 0
        for c in run:
            value = row[c - 1] if c - 1 < len(row) else None
            if _blank(value):
                continue
            if is_mark(value):
                marks += 1
            elif _figure_or_long(value):
                return False
            else:
                others += 1  # a word typed instead of a mark: that cell's mistake
    if others:
        return marks >= max(2, 2 * others) or (named and marks >= others)
    # (few marks: a unit's two rows, a round begun; none: next-period emptied them)
    return marks >= 2 or named or {Status.GREEN, Status.RED} <= set(steps)


def marked(row: Sequence[Any], scale: Sequence[int]) -> list[int]:
    """The scale's columns that hold something on ``row`` (a mark, or a word typed instead)."""
    return [c for c in scale if c - 1 < len(row) and not _blank(row[c - 1])]


def not_marks(row: Sequence[Any], scale: Sequence[int]) -> list[int]:
    """The scale's columns on ``row`` that hold something other than a mark ("Uppfyllt", "OK")."""
    return [c for c in marked(row, scale) if not is_mark(row[c - 1])]


def counted_step(columns: Sequence[int], steps: Mapping[int, str], classify: Classify) -> int:
    """Of the marked columns, the one counted: the least advanced step."""
    return min(columns, key=lambda c: _ADVANCE.get(step_status(steps.get(c), classify), 9))  # type: ignore[arg-type]


def steps_row(row: Sequence[Any], scale: Sequence[int], steps: Sequence[str]) -> bool:
    """The row names the scale's steps in its columns (the steps row over a block's marks)."""
    return all(
        c - 1 < len(row) and isinstance(row[c - 1], str) and " ".join(row[c - 1].split()) == step
        for c, step in zip(scale, steps, strict=True)
    )


def scale_row(
    rows: Sequence[Sequence[Any]], number: int, scale: Sequence[int], steps: Sequence[str], blocks: bool
) -> bool:
    """Row ``number`` (1-based) is one whose cells under the steps say its status: every row of a
    table's, a block's row right under its steps row."""
    return not blocks or (number >= 2 and steps_row(rows[number - 2], scale, steps))


def scaled_rows(
    rows: Sequence[Sequence[Any]],
    scale: Sequence[int],
    steps: Sequence[str],
    classify: Classify,
    start: int,
    blocks: bool = False,
) -> list[Sequence[Any]]:
    """The rows as the reader reads one status column: under the scale's first column, the step
    marked (the least advanced of several), or the word typed instead of a mark (read as unknown),
    the other steps' cells emptied. The steps row over a block's marks is emptied (it is no
    heading); a block's other rows stay as they are. ``start``: the 0-based index of the first row
    under the header."""
    named = dict(zip(scale, steps, strict=True))
    first = scale[0] - 1
    out: list[Sequence[Any]] = list(rows[:start])
    for number, row in enumerate(rows[start:], start=start + 1):
        if steps_row(row, scale, steps) and not any(
            v not in (None, "") for i, v in enumerate(row, start=1) if i not in named
        ):
            out.append([None] * len(row))
            continue
        columns = marked(row, scale)
        if not columns or not scale_row(rows, number, scale, steps, blocks):
            out.append(row)
            continue
        new = list(row) + [None] * max(0, scale[-1] - len(row))
        for c in scale:
            new[c - 1] = None
        words = not_marks(row, scale)
        new[first] = row[words[0] - 1] if words else named[counted_step(columns, named, classify)]
        out.append(new)
    return out
