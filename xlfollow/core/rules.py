"""The validation rules, one small function each. A rule yields issues; all rules run in one
pass and every issue is collected (users fix a list, not one error at a time)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from xlfollow.core.a1 import col_letter
from xlfollow.core.models import Issue, Item, Layout, Report, Severity
from xlfollow.core.normalise import Normalised, blank
from xlfollow.core.numbers import parse_number
from xlfollow.core.problems import PROBLEMS
from xlfollow.core.settings import Settings
from xlfollow.core.status import Status, contradiction
from xlfollow.core.texts import TextKey, localised, shortened, shown
from xlfollow.core.values import CellError, CellFill

ERROR, WARNING = Severity.ERROR, Severity.WARNING
REQUIRED_COLUMNS = ("item", "status")

# each code's severity, from the catalogue of problems (core/problems.py)
RULES: dict[str, Severity] = {code: problem.severity for code, problem in PROBLEMS.items()}


class Context:
    """What the rules look at: the layout, the normalised rows and the settings."""

    def __init__(
        self,
        layout: Layout,
        data: Normalised,
        settings: Settings,
        colours: Mapping[int, Status] | None = None,
    ) -> None:
        self.layout = layout
        self.data = data
        self.settings = settings
        self.colours = colours or {}

    def issue(
        self,
        code: str,
        row: int,
        field: str,
        item: Item | None = None,
        /,
        variant: str | None = None,
        **fields: object,
    ) -> Issue:
        """The issue ``code`` at ``row`` in the column of ``field`` (one the catalogue says the
        code points at), said in the catalogue's sentence or its ``variant``."""
        problem = PROBLEMS[code]
        if field not in problem.fields:
            raise ValueError(f"{code} points at {problem.fields}, not {field}")
        problem.key(variant)  # a variant the catalogue has
        return Issue(
            code=code,
            severity=problem.severity,
            sheet=self.layout.sheet,
            row=row,
            # a scale's status stands in its marked step's cell (core/scale.py)
            col=item.col
            if item is not None and item.col and field == "status"
            else self.layout.columns.get(field, 1),
            item_id=item.id if item else None,
            fields=dict(fields),
            variant=variant,
        )


def rows_above_table(sheet: str, found: Sequence[tuple[int, int]], header: int) -> Issue:
    """Rows above a sheet's first table that read as items no table holds (``layout.unread_above``:
    each row and its text's column): one warning, at the first one's text."""
    return Issue(
        code="rows-above-table",
        severity=RULES["rows-above-table"],
        sheet=sheet,
        row=found[0][0],
        col=found[0][1],
        fields={"rows": ", ".join(str(row) for row, _ in found), "header": header},
    )


def missing_column(ctx: Context) -> Iterator[Issue]:
    """Reported once, at the header row, for each required column that cannot be found."""
    for field in REQUIRED_COLUMNS:
        if field == "status" and ctx.layout.computed:
            continue  # computed from target and outcome: said on the summary, not an error
        if field not in ctx.layout.columns:
            yield Issue(
                code="missing-column",
                severity=RULES["missing-column"],
                sheet=ctx.layout.sheet,
                row=ctx.layout.header_row,
                col=1,
                fields={
                    "field": TextKey(f"field.{field}"),
                    "row": ctx.layout.header_row,
                    "example": TextKey(f"example.{field}"),
                    "key": field,
                },
            )


def unknown_status(ctx: Context) -> Iterator[Issue]:
    if "status" not in ctx.layout.columns:
        return
    for item in ctx.data.items:
        if item.status is None:
            value = item.status_value
            if ctx.layout.scale and item.col:  # a word typed under a step instead of a mark (core/scale.py)
                step = ctx.layout.step(item.col)
                yield ctx.issue(
                    "unknown-status",
                    item.row,
                    "status",
                    item,
                    value=_shown(value),
                    step=step,
                    variant="scale",
                )
            elif isinstance(value, CellFill):
                yield ctx.issue(
                    "unknown-status",
                    item.row,
                    "status",
                    item,
                    value=value,
                    code=value.colour,
                    variant="colour",
                )
            elif isinstance(value, CellError):
                yield ctx.issue("unknown-status", item.row, "status", item, value=value, variant="error")
            elif isinstance(value, bool):  # SANT/FALSKT: no word the settings could teach
                mark = TextKey("bool.true" if value else "bool.false")
                yield ctx.issue("unknown-status", item.row, "status", item, value=mark, variant="checkbox")
            else:
                near = ctx.settings.vocabulary().nearest(value)
                if near is not None:  # "Menade du grön?"
                    yield ctx.issue(
                        "unknown-status",
                        item.row,
                        "status",
                        item,
                        value=_shown(value),
                        near=TextKey(f"status.{near.value}"),
                        variant="near",
                    )
                else:  # a long text cut short cannot be written as its settings line: learn writes it
                    said = _shown(value)
                    long = isinstance(value, str) and said != " ".join(value.split())
                    yield ctx.issue(
                        "unknown-status",
                        item.row,
                        "status",
                        item,
                        value=said,
                        variant="long" if long else None,
                    )


def duplicate_id(ctx: Context) -> Iterator[Issue]:
    """An id used twice, within one goal where the table has a goal column ("Mål | Åtgärd nr |
    Åtgärd": the actions of each goal numbered from 1)."""
    first: dict[tuple[str | None, str], int] = {}
    by_goal = "goal" in ctx.layout.columns and "id" in ctx.layout.columns
    for item in ctx.data.items:
        if item.id is None:
            continue
        key = (item.goal if by_goal else None, item.id)
        if key in first:
            field = "id" if "id" in ctx.layout.columns else "item"
            yield ctx.issue("duplicate-id", item.row, field, item, id=item.id, first_row=first[key])
        else:
            first[key] = item.row


def _at_item_cells(ctx: Context, code: str, rows: Iterable[int], **fields: Any) -> Iterator[Issue]:
    """``code`` at the item cell of each of ``rows`` (rows that are no item)."""
    if "item" not in ctx.layout.columns:
        return
    for row in rows:
        yield Issue(
            code=code,
            severity=RULES[code],
            sheet=ctx.layout.sheet,
            row=row,
            col=ctx.layout.columns["item"],
            fields=dict(fields),
        )


def missing_item(ctx: Context) -> Iterator[Issue]:
    item = ctx.layout.column("item")
    column = ctx.layout.header("item") or (col_letter(item) if item else "")  # a table without a header: B
    if ctx.layout.form:  # a block of labels with no heading above it (core/forms.py)
        for row in ctx.data.orphan_rows:
            yield ctx.issue("missing-item", row, "item", variant="block", column=column)
        return
    yield from _at_item_cells(ctx, "missing-item", ctx.data.orphan_rows, column=column)


def block_not_counted(ctx: Context) -> Iterator[Issue]:
    """A block with the goals' labels and no status row in another section (core/forms.py)."""
    for row in ctx.data.uncounted:
        yield ctx.issue("block-not-counted", row, "item", label=ctx.layout.form[0])


def summary_line(ctx: Context) -> Iterator[Issue]:
    """A heading's summary line ("Av de 41 ... bedöms sju vara uppfyllda") is not counted: said at
    its cell, so that an item not assessed yet that reads like one is told."""
    yield from _at_item_cells(ctx, "summary-line", ctx.data.summaries)


def missing_status(ctx: Context) -> Iterator[Issue]:
    """A blank status; on a measurable item with a target and an outcome, with the status the
    numbers suggest (the cell itself is never filled in)."""
    if "status" not in ctx.layout.columns:
        return
    for item in ctx.data.items:
        if item.status is not Status.MISSING:
            continue
        verdict = None
        if item.target is not None:
            from xlfollow.core.targets import verdict_of  # only books with targets need the parser

            verdict = verdict_of(item)
        if ctx.layout.scale:  # no mark under any step of the scale (core/scale.py)
            yield ctx.issue(
                "missing-status", item.row, "status", item, variant="scale", steps=steps(ctx.layout)
            )
        elif item.row in ctx.data.unassessed:  # a block with no row for its status (core/forms.py)
            label = ctx.layout.form[0]
            yield ctx.issue("missing-status", item.row, "status", item, variant="block", label=label)
        elif verdict is not None and verdict.met is not None:
            suggestion = TextKey("status.green" if verdict.met else "status.red")
            yield ctx.issue(
                "missing-status",
                item.row,
                "status",
                item,
                variant="suggested",
                suggestion=suggestion,
                reason=verdict.reason,
            )
        else:
            yield ctx.issue("missing-status", item.row, "status", item)


def steps(layout: Layout) -> str:
    """A scale's steps as the header names them, each with its column ("Uppfyllt (C)")."""
    return ", ".join(f"{layout.step(c)} ({col_letter(c)})" for c in layout.scale)


def several_marks(ctx: Context) -> Iterator[Issue]:
    """A row of a scale marked under two steps or more: the least advanced counted, and said."""
    at = {item.row: item for item in ctx.data.items}
    for row, marked in ctx.data.several_marks:
        item = at[row]
        yield ctx.issue("several-marks", row, "status", item, marked=marked, counted=item.status_value)


def status_not_computed(ctx: Context) -> Iterator[Issue]:
    """In a table whose status is computed from target and outcome: an item the numbers cannot
    decide, with the reason."""
    if not ctx.layout.computed:
        return
    from xlfollow.core.targets import computed_verdict

    for item in ctx.data.items:
        if item.status is Status.MISSING:
            yield ctx.issue(
                "status-not-computed", item.row, "outcome", item, reason=computed_verdict(item).reason
            )


def status_contradicts_target(ctx: Context) -> Iterator[Issue]:
    """A green status on a goal whose outcome does not reach its target, or a red one on a goal
    whose outcome does."""
    if "target" not in ctx.layout.columns:
        return
    from xlfollow.core.targets import verdict_of  # only books with targets need the parser

    for item in ctx.data.items:
        if item.target is None or item.status not in (Status.GREEN, Status.RED):
            continue
        verdict = verdict_of(item)
        if verdict.met is None or verdict.met is (item.status is Status.GREEN):
            continue
        yield ctx.issue(
            "status-contradicts-target",
            item.row,
            "status",
            item,
            status=TextKey(f"status-is.{item.status.value}"),  # "Läget är rött"
            reason=verdict.reason,
            verdict=TextKey("target.reached" if verdict.met else "target.not-reached"),
        )


def red_without_activities(ctx: Context) -> Iterator[Issue]:
    """Red or yellow with no activity planned, where the layout has a column for them."""
    return _red_or_yellow_without(ctx, "activities", "red-without-activities")


def _red_or_yellow_without(ctx: Context, field: str, code: str) -> Iterator[Issue]:
    """Red or yellow items with nothing in the column of ``field`` (when the layout has one)."""
    if field not in ctx.layout.columns:
        return
    vocabulary = ctx.settings.vocabulary()
    for item in ctx.data.items:
        if item.status in (Status.RED, Status.YELLOW) and not getattr(item, field):
            if field == "comment" and vocabulary.explained(item.status_value):
                continue  # the status cell carries its explanation ("Pågår. Under perioden har …")
            yield ctx.issue(
                code,
                item.row,
                field,
                item,
                status=TextKey(f"status-is.{item.status.value}"),  # "Läget är rött"
                column=ctx.layout.header(field),
            )


def comment_contradicts_status(ctx: Context) -> Iterator[Issue]:
    """A comment that says the opposite of the status in plain words: "uppnått", "klart" on a red
    item; "försenat", "ej uppnått" on a green one."""
    if "comment" not in ctx.layout.columns:
        return
    for item in ctx.data.items:
        if item.comment and item.status in (Status.GREEN, Status.RED):
            words = contradiction(item.comment, item.status)
            if words:
                yield ctx.issue(
                    "comment-contradicts-status",
                    item.row,
                    "comment",
                    item,
                    status=TextKey(f"status-is.{item.status.value}"),  # "Läget är rött"
                    words=words,
                )


def missing_comment(ctx: Context) -> Iterator[Issue]:
    return _red_or_yellow_without(ctx, "comment", "missing-comment")


def unknown_committee(ctx: Context) -> Iterator[Issue]:
    if "committee" not in ctx.layout.columns:
        return
    known = ctx.settings.known_committees()
    upper = {k.upper() for k in known}
    for item in ctx.data.items:
        for code in item.committees:
            if code.upper() not in upper:
                yield ctx.issue(
                    "unknown-committee", item.row, "committee", item, code=code, known=", ".join(known)
                )


def bad_number(ctx: Context) -> Iterator[Issue]:
    for field in ("target", "outcome"):
        if field not in ctx.layout.columns:
            continue
        for item in ctx.data.items:
            value = getattr(item, field)
            if not blank(value) and not _no_value(value) and parse_number(value) is None:
                yield ctx.issue("bad-number", item.row, field, item, value=_shown(value))


_NO_VALUE = {"-", "–", "—", "..", "…", "n/a", "na", "saknas", "uppgift saknas", "ej mätt", "ej aktuellt"}


def _no_value(value: object) -> bool:
    """A mark published tables use for "no value this period" ("-", "..", "n/a")."""
    return isinstance(value, str) and " ".join(value.split()).casefold() in _NO_VALUE


def _shown(value: object) -> str:
    """A cell's value quoted as the user wrote it: the number 2 as "2", not "2.0"."""
    return shortened(shown(value) if isinstance(value, float) else value, 60)


def status_colour_mismatch(ctx: Context) -> Iterator[Issue]:
    """A typed status and the cell's colour that say different things."""
    for item in ctx.data.items:
        said = ctx.colours.get(item.row)
        if said is not None and item.status not in (None, Status.MISSING) and said is not item.status:
            yield ctx.issue(
                "status-colour-mismatch",
                item.row,
                "status",
                item,
                typed=_shown(item.status_value),
                status=TextKey(f"status.{item.status.value}"),
                colour=TextKey(f"status.{said.value}"),
            )


ALL_RULES: tuple[Callable[[Context], Iterator[Issue]], ...] = (
    status_colour_mismatch,
    status_contradicts_target,
    red_without_activities,
    comment_contradicts_status,
    missing_column,
    unknown_status,
    duplicate_id,
    missing_item,
    block_not_counted,
    several_marks,
    summary_line,
    missing_status,
    status_not_computed,
    missing_comment,
    unknown_committee,
    bad_number,
)


def validate(
    layout: Layout, data: Normalised, settings: Settings, colours: Mapping[int, Status] | None = None
) -> list[Issue]:
    """Every issue in the workbook, sorted by row, then column, then code. ``colours``: row ->
    the status the fill of a status cell with text says."""
    ctx = Context(layout, data, settings, colours or {})
    issues = [issue for rule in ALL_RULES for issue in rule(ctx)]
    issues.sort(key=lambda i: (i.row, i.col, i.code))
    return issues


def unchanged_comment(report: Report) -> list[Issue]:
    """A comment word for word the one of the previous follow-up (with ``--previous``): the
    status may have been carried over without a new look."""
    change = report.change
    if change is None:
        return []
    tables = report.layout.tables()
    previous = change.period or change.previous
    unnamed = previous in {localised("history.no-period", lang) for lang in ("sv", "en")}
    issues = []
    for pair in change.unchanged_comments():
        table = tables[pair.new.table]
        issues.append(
            Issue(
                code="unchanged-comment",
                severity=RULES["unchanged-comment"],
                sheet=table.sheet,
                row=pair.new.row,
                col=table.columns.get("comment", 1),
                item_id=pair.new.id,
                fields={} if unnamed else {"previous": previous},
                variant="no-period" if unnamed else None,
            )
        )
    return issues


def previous_issue(
    report: Report, code: str, path: str, detail: object, cell: tuple[str, int, int] | None
) -> Issue:
    """The previous round's workbook could not be used (missing, refused, unreadable): a warning
    at the settings cell that names it (or the data sheet's first cell, for --previous); the
    comparison falls back to the workbook's own Historik."""
    sheet, row, col = cell or (report.layout.sheet, 1, 1)
    fields: dict[str, object] = {"path": path}
    if detail is not None:
        fields["detail"] = detail
    return Issue(code=code, severity=RULES[code], sheet=sheet, row=row, col=col, fields=fields)
