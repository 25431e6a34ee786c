"""Where a sheet's labels may stand: the one pass over its first rows that tells a sheet of blocks
of labels and values (core/forms.py) from an ordinary table, asked of every sheet before
core/forms.py is imported (an ordinary table never imports it)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

FORM_SCAN_ROWS = 400  # a form shows itself in its first blocks (a table of 100,000 rows is read no further)


def label_columns(rows: Sequence[Sequence[Any]]) -> list[int]:
    """The columns of the first three where two rows or more of the first ``FORM_SCAN_ROWS`` hold a text
    alone, or with one value beside it: where a label may stand (a table's rows never do; this
    one pass spares the forms' scans of every column, and an ordinary table the import of
    core/forms.py)."""
    counted: Counter[int] = Counter()
    for row in rows[:FORM_SCAN_ROWS]:
        if len(row) - row.count(None) - row.count("") > 2:
            continue  # (a row of data, told without a loop: three values or more)
        for first in range(min(3, len(row))):
            value = row[first]
            if value is not None and value != "":
                rest = row[first + 2 :]  # a text alone, or with one value beside it
                if isinstance(value, str) and rest.count(None) + rest.count("") == len(rest):
                    counted[first + 1] += 1
                break
    return [col for col in (1, 2, 3) if counted[col] >= 2]
