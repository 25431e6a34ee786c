"""How the workbook was read, in words a user can check and correct in one place (issue 8): the
data sheet, the header row, the column of each field, the period, and each distinct status text
or colour with how many cells hold it, what it was read as, and the settings line that would
change it. `check` prints it; Kontroll shows it at the top."""

from __future__ import annotations

from collections import Counter

from xlfollow.core.a1 import col_letter
from xlfollow.core.models import Report
from xlfollow.core.settings import FIELDS
from xlfollow.core.texts import counted, say
from xlfollow.core.values import CellError, CellFill

MAX_STATUS_LINES = 30


def _shown(value: object) -> str:
    if isinstance(value, CellFill):
        return say("reading.colour", "sv", colour=value.colour)
    text = " ".join(str(value).split())
    return text if len(text) <= 40 else text[:39] + "…"


def reading_lines(report: Report) -> list[str]:
    lang = report.language
    layout = report.layout
    lines = [say("reading.sheet", lang, sheet=layout.sheet, row=layout.header_row)]
    columns = []
    for field in FIELDS:
        col = layout.columns.get(field)
        if col is not None:
            header = layout.headers.get(col, "")
            columns.append(
                say(
                    "reading.column",
                    lang,
                    field=say(f"field.{field}", lang),
                    col=col_letter(col),
                    header=header,
                )
            )
    lines.append(say("reading.columns", lang, columns="; ".join(columns)))
    if layout.period:
        lines.append(say("reading.period", lang, period=layout.period))
    status_col = layout.column("status")
    if status_col is None:
        return lines
    values = Counter(item.status_value for item in report.items)
    status_of = {item.status_value: item.status for item in report.items}
    typed: Counter[tuple[str, str]] = Counter()
    read_as: dict[tuple[str, str], str] = {}
    for value, n in values.items():  # each distinct value once: fast on 100,000 rows
        if value is None:
            continue
        kind = (
            "colour" if isinstance(value, CellFill) else "error" if isinstance(value, CellError) else "text"
        )
        key = (kind, value.colour if isinstance(value, CellFill) else _shown(value))
        typed[key] += n
        said = status_of[value]
        read_as[key] = said.value if said is not None else "unknown"
    missing = values.get(None, 0)
    for (kind, shown), n in typed.most_common(MAX_STATUS_LINES):
        status = read_as[(kind, shown)]
        word = say(f"status.{status}", lang)
        label = say("reading.colour", lang, colour=shown) if kind == "colour" else f"”{shown}”"
        if status == "unknown":
            prefix = "colour" if kind == "colour" else "status"
            hint = say("reading.hint", lang, line=f"{prefix}.{shown} = {say('status.green', lang)}")
        else:
            hint = ""
        lines.append(
            say("reading.status", lang, text=label, count=counted(n, "cell", lang), status=word, hint=hint)
        )
    if len(typed) > MAX_STATUS_LINES:
        lines.append(say("reading.more", lang, n=len(typed) - MAX_STATUS_LINES))
    if missing:
        lines.append(say("reading.blank", lang, count=counted(missing, "cell", lang)))
    return lines
