"""Plain data the core passes around: items read from a sheet, issues found in them, and the
layout that says where things stand. Dataclasses with slots rather than validating models: a
region's workbooks hold hundreds of thousands of rows, and these are built once per row from
values the layout already checked (settings, which come from users, are checked where they are
parsed, in ``core/settings.py``)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from xlfollow.core.a1 import cell_ref
from xlfollow.core.problems import PROBLEMS, Severity
from xlfollow.core.settings import RoundIdentity
from xlfollow.core.status import Status, Threshold
from xlfollow.core.texts import change_sentence, localised

__all__ = ["Issue", "Item", "Layout", "Report", "Severity"]


@dataclass(slots=True, eq=True)
class Item:
    """One followed-up row: a success factor, result goal, active goal or action plan. Treated as
    immutable; not frozen only because a frozen dataclass is three times slower to build, and a
    region's workbooks hold hundreds of thousands of items."""

    row: int  # 1-based sheet row
    text: str
    id: str | None = None
    perspective: str | None = None
    goal: str | None = None
    committees: tuple[str, ...] = ()
    measure: str | None = None
    target: Any = None
    outcome: Any = None
    status: Status | None = Status.MISSING  # None: the cell holds something unknown
    status_value: Any = None  # what the user typed
    comment: str | None = None
    activities: str | None = None
    table: int = 0  # which of the layout's tables (Layout.tables()) the row belongs to
    col: int = (
        0  # the status's own cell's column where it varies by row (a scale's marked step); 0: the table's
    )


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem found in a workbook, with a stable code (tests and colours key off the code)."""

    code: str
    severity: Severity
    sheet: str
    row: int
    col: int
    item_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    variant: str | None = None  # one of the catalogue's other sentences for the code (core/problems.py)

    @property
    def cell(self) -> str:
        return cell_ref(self.row, self.col)

    def message(self, language: str = "sv") -> str:
        return localised(PROBLEMS[self.code].key(self.variant), language, **self.fields)


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the data stands: the sheet, its header row and the column of each field. A
    workbook can hold several tables (one sheet per committee or unit, several tables on one
    sheet): the first is this layout, the others are in ``more``, each a layout of its own."""

    sheet: str
    header_row: int  # 1-based
    columns: dict[str, int]  # field -> 1-based column
    headers: dict[int, str]  # 1-based column -> header text as written
    kind: str = "framgangsfaktorer"
    period: str | None = None
    last_row: int | None = None  # the table ends here (another table follows); None: the sheet's end
    more: tuple[Layout, ...] = ()  # the workbook's further tables
    group: str | None = None  # the field the sheet's name or the table's title sets: committee, perspective
    title: str | None = None  # the text above the table that names it ("Omvärld – nämndens mål")
    repeats: tuple[tuple[str, str], ...] = ()  # (sheet, the sheet whose items it repeats): not read
    unread_blocks: tuple[str, ...] = ()  # sheets of blocks (core/forms.py) left for a headed table
    passed: tuple[str, ...] = ()  # the other period columns of the status, when one was chosen
    # no status column, but target and outcome: each status is computed from them (green: the
    # outcome reaches the target; red: it does not; not applicable: the target says so), and said so
    computed: bool = False
    # no status in words: each row's status is the fill of its status cell (core/filled.py)
    by_fill: bool = False
    header_span: int = 1  # 2: a group label above the header row's sub-columns ("Q1 2020/21")
    # the status column answers a question its header asks ("Uppfyllt Ja/Nej", "Achieved?"):
    # ja/yes green, nej/no red, delvis/partly yellow
    answers: bool = False
    given: tuple[str, ...] = ()  # the fields whose columns the settings name (column.status = A)
    # blocks of label and value rows, not a table (core/forms.py): the labels beside which the
    # status stands ("Nämndens bedömning"); the item column holds the labels, the status the values
    form: tuple[str, ...] = ()
    # where a block's status stands: "" beside its label; "below": on the row under the label, in
    # its column; "cell": in the label's own cell, after a colon ("Bedömning: På rätt väg"); "lead":
    # the first cell under the block's numbered heading, its comment beside it (``form``: the
    # blocks' kinds, "Centrala mål")
    form_at: str = ""
    # blocks whose status is the first cell under a numbered heading (forms.LEAD), read for a new
    # round from the workbook's *Historik*: the rows where last round's statuses stood (emptied since)
    form_rows: tuple[int, ...] = ()
    # a status marked under its step of a scale (core/scale.py): the steps' columns, the first
    # the status column ("Uppfyllt | Delvis uppfyllt | Ej uppfyllt", an X under one of them)
    scale: tuple[int, ...] = ()
    steps: tuple[str, ...] = ()  # the scale's steps as written, one per column of ``scale``

    @property
    def top_row(self) -> int:
        """The header's first row (1-based): the upper one of a header of two rows."""
        return self.header_row - self.header_span + 1

    def tables(self) -> tuple[Layout, ...]:
        """Every table of the workbook, the first one first."""
        return (self, *self.more)

    def sheets(self) -> tuple[str, ...]:
        """The data sheets, each once, in the order of the tables."""
        return tuple(dict.fromkeys(t.sheet for t in self.tables()))

    def column(self, name: str) -> int | None:
        return self.columns.get(name)

    def step(self, col: int) -> str:
        """The step of the scale that column ``col`` holds (core/scale.py); "" for another column."""
        return dict(zip(self.scale, self.steps, strict=True)).get(col, "")

    def header(self, name: str) -> str:
        """The header of field ``name``'s column on one line (see ``header_of``)."""
        col = self.columns.get(name)
        return self.header_of(col) if col else ""

    def header_of(self, col: int) -> str:
        """The header of column ``col`` on one line, as a message quotes it (a header Excel wraps
        with Alt+Enter holds a line break: "Make/\nmodel")."""
        return " ".join(self.headers.get(col, "").split())


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the core learned about one workbook."""

    path: str
    layout: Layout
    items: tuple[Item, ...]
    issues: tuple[Issue, ...]
    language: str = "sv"
    title: str | None = None
    region_book: bool = False  # a region workbook xlfollow wrote (never a unit of another region)
    change: Comparison | None = None  # with the previous follow-up, when one was given (core.compare)
    identity: RoundIdentity | None = None  # the send round a unit's workbook belongs to (xlfollow send)
    # texts the vocabulary does not know, read from the workbook itself: (text, "colour" | "legend")
    inferred: tuple[tuple[str, str], ...] = ()
    # rows read as headings by their look alone (bold, italic, shaded where the items are not)
    look_headings: tuple[tuple[str, int], ...] = ()
    # text under one-row tables, each under its own header (a report's analysis): no items
    prose: tuple[tuple[str, int], ...] = ()
    # text after a table of figures whose items all hold values (its commentary): no items
    commentary: tuple[tuple[str, int], ...] = ()
    labelled: tuple[tuple[str, int], ...] = ()  # the rows of a block under each item (its labels)
    # the header rows of other tables under measurable goals whose status is computed (key figures
    # by year): where their table ends; their rows are no goals
    other_tables: tuple[tuple[str, int], ...] = ()
    # a status written as a number, read against the thresholds of the sheet's legend: (sheet,
    # ((status, Threshold), ...)); none where the settings give thresholds
    thresholds: tuple[tuple[str, tuple[tuple[Status, Threshold], ...]], ...] = ()

    @property
    def errors(self) -> int:
        return sum(1 for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for i in self.issues if i.severity is Severity.WARNING)


# --- the previous follow-up beside this one (xlfollow.core.compare matches them) -------------
# Better is higher; not applicable, missing and unknown are no rank (a move to or from them is a
# change, neither better nor worse).
RANK: dict[Status | None, int] = {Status.GREEN: 3, Status.YELLOW: 2, Status.RED: 1}
CERTAIN = 0.95  # below this a match by text is shown on Kontroll


@dataclass(frozen=True)
class Pair:
    old: Item
    new: Item
    similarity: float  # 1.0: by id or the same text

    @property
    def trend(self) -> int:
        """+1 better, -1 worse, 0 the same rank or no rank."""
        before, after = RANK.get(self.old.status), RANK.get(self.new.status)
        if before is None or after is None:
            return 0
        return (after > before) - (after < before)

    @property
    def same_status(self) -> bool:
        return self.old.status is self.new.status

    @property
    def trend_arrow(self) -> str:
        """The trend mark the summary's lists show (the legend says what each means)."""
        if self.trend:
            return "↗" if self.trend > 0 else "↘"
        return "=" if self.same_status else "≠"


@dataclass(frozen=True)
class Comparison:
    pairs: tuple[Pair, ...]
    new: tuple[Item, ...]  # items with no match in the previous round
    removed: tuple[Item, ...]  # items of the previous round with no match now
    previous: str  # the previous workbook's name
    period: str | None = None  # the previous round's period

    @property
    def improved(self) -> list[Pair]:
        return [p for p in self.pairs if p.trend > 0]

    @property
    def worse(self) -> list[Pair]:
        return [p for p in self.pairs if p.trend < 0]

    @property
    def same(self) -> list[Pair]:
        return [p for p in self.pairs if p.same_status]

    def sentence(self, kind: str, language: str = "sv") -> str:
        """ "Sedan förra uppföljningen har fem förbättrats, …": the one sentence on this change,
        wherever it is said (command line, summary sheet, Word report)."""
        # a status emptied for this round (next-period) and not answered yet is no change of any
        # kind: said apart, not as "ändrats på annat sätt"
        unanswered = sum(1 for p in self.pairs if p.new.status is Status.MISSING and not p.same_status)
        other = sum(1 for p in self.pairs if p.trend == 0 and not p.same_status) - unanswered
        return change_sentence(
            kind,
            len(self.improved),
            len(self.worse),
            len(self.same),
            other,
            len(self.new),
            len(self.removed),
            language,
            unanswered,
        )

    @property
    def uncertain(self) -> list[Pair]:
        return [p for p in self.pairs if p.similarity < CERTAIN]

    def moves(self) -> dict[str, dict[str, int]]:
        """From -> to -> how many items (status values; "unknown" for unreadable)."""
        table: dict[str, dict[str, int]] = {}
        for pair in self.pairs:
            before = pair.old.status.value if pair.old.status else "unknown"
            after = pair.new.status.value if pair.new.status else "unknown"
            row = table.setdefault(before, {})
            row[after] = row.get(after, 0) + 1
        return table

    def unchanged_comments(self) -> list[Pair]:
        """Pairs assessed this round whose comment is word for word the same as the last round's
        (an item not yet assessed has had no reason to change it)."""
        return [
            p
            for p in self.pairs
            if p.new.status is not Status.MISSING
            and p.new.comment
            and p.old.comment
            and plain(p.new.comment) == plain(p.old.comment)
        ]


def plain(text: str) -> str:
    """A text as compared between rounds: composed characters, one space, any case."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()
