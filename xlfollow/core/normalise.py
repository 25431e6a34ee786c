"""From the rows of the data sheet to items: section headings, fill-down of perspective, goal and
committee (blank cells and merged cells belong to the nearest value above), item ids, statuses."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from operator import itemgetter
from typing import Any

from xlfollow.core.headers import SENTENCE, SYNONYMS
from xlfollow.core.lazy import lazy
from xlfollow.core.models import Item, Layout
from xlfollow.core.numbers import is_year
from xlfollow.core.settings import FIELDS, Settings
from xlfollow.core.status import Status, Vocabulary
from xlfollow.core.values import CellFill

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
_NUMBERING = lazy(r"^\s*\d+(?:\.\d+)*\.?\s+")
_PERSPECTIVE_ENDING = lazy(r"(?:s|e|et|en|a|ar|arna)?(?:\s?perspektiv(?:et)?)?")
_PERSPECTIVE_WORDS = lazy(r"\b(perspektivet|perspektiv|perspective)\b[:\s]*", re.IGNORECASE)
_GOAL_PREFIX = lazy(r"^\s*(strategiskt mål|strategiska mål|strategic goal)\s*:\s*", re.IGNORECASE)
_ITEM_ID = re.compile(r"^\s*(\d{1,6}(?:\.\d{1,4})*)[.)]\s+\S")
_REFERENCE = lazy(
    r"^\s*se\s+(aktivt mål|aktiva mål|aktivt|punkt\s*\d+|framgångsfaktor\s*\d+|mål\s*\d+)\s*\.?\s*$",
    re.IGNORECASE,
)
# Committees are split at separators; at "och"/"and" and at spaces only between known codes
# ("RS och HSN", "RS RUN HSN"), so that "Hälso- och sjukvårdsnämnden" and "Adults and Health" stay whole.
_COMMITTEE_SPLIT = re.compile(r"\s*[,;/+&\n]\s*")
_COMMITTEE_WORDS = re.compile(r"\s+(?:och|and)\s+|\s+", re.IGNORECASE)
# a part of a list that names a committee by itself: a code ("BUN") or a word of one
_CODE = re.compile(r"^\s*[A-ZÅÄÖ]{2,6}\s*$")  # "BUN", "KS"
_COMMITTEE_LIKE = re.compile(
    r"nämnd|styrelse|fullmäktige|utskott|förvaltning|avdelning|kontor|committee|board|council|cabinet"
    r"|department|directorate",
    re.IGNORECASE,
)
_CONTENT_FIELDS = ("measure", "target", "outcome", "status", "comment", "activities", "committee", "id")


_FOOTNOTE = lazy(
    r"^\s*(?:\*|¹|²|³|\(\d\)|källa\s*:|källor\s*:|not\s*:|anm\.?\s*:|anmärkning\s*:|source\s*:|note\s*:|"
    r"notes\s*:|sammanfattningsvis\b|totalt\s+\d)",
    re.IGNORECASE,
)


# a row of totals under the items: its text says so, its other cells are counts
_TOTALS = lazy(
    r"^\W*(?:summary\b|sum\b|summa\b|total\b|totals\b|totalt\b|totaal\b|yhteensä\b|i alt\b)", re.IGNORECASE
)


def _counts(row: Sequence[Any], item_col: int | None, layout: Layout) -> bool:
    """The row's cells under the table's headers (a note beside them is under none) are whole
    numbers, two at least: counts ("37 | 40 | 38"), never one goal's status "0,97"."""
    cells = [v for c, v in enumerate(row, start=1) if v is not None and c != item_col and c in layout.headers]
    whole = [v for v in cells if v.__class__ in (int, float) and float(v).is_integer()]
    return len(whole) >= 2 and len(whole) == len(cells)


def _repeats_header(row: Sequence[Any], header: dict[int, str]) -> bool:
    """The header row again: at least two cells equal to their column's header (all of them, for
    a header row of one word: "Målet" above Helsinki's unlabelled columns)."""
    same = 0
    for index, text in header.items():
        value = row[index] if index < len(row) else None
        if isinstance(value, str) and " ".join(value.split()).casefold() == text:
            same += 1
    return same >= min(2, sum(1 for text in header.values() if text))


@dataclass(frozen=True, slots=True)
class Normalised:
    items: tuple[Item, ...]
    orphan_rows: tuple[int, ...]  # rows with content but no item text
    header_like: tuple[int, ...] = ()  # rows of text only after a gap: perhaps another table's header
    summaries: tuple[int, ...] = ()  # a heading's summary line under it ("88 per cent of the projects ...")
    look_headings: tuple[int, ...] = ()  # headings told from items by their look alone (bold, italic, shaded)
    prose: tuple[int, ...] = ()  # text under one-row tables (a report's analysis): no items
    commentary: tuple[int, ...] = ()  # text after a table of figures (its commentary): no items
    labelled: tuple[int, ...] = ()  # the rows of a block under each item (its labels): no items
    unassessed: tuple[int, ...] = ()  # blocks with no row for their status: items at their headings
    uncounted: tuple[int, ...] = ()  # such blocks in another section than the assessed ones': no items
    several_marks: tuple[
        tuple[int, str], ...
    ] = ()  # a scale's rows marked under two steps or more: their steps


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text_of(value: Any) -> str | None:
    if value is None:
        return None
    if value.__class__ is str:  # the common case, in one step
        return value.strip() or None
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
    parts = _COMMITTEE_SPLIT.split(text)
    codes_in = sum(1 for p in parts if p.strip(" .()").upper() in upper or _CODE.match(p))
    if len(parts) > 1 and codes_in * 2 < len(parts) and not all(_COMMITTEE_LIKE.search(p) for p in parts):
        parts = [text]  # one name with "," or "&" in it ("Culture, Tourism & Sport"), not a list
    for part in parts:
        part = " ".join(part.strip(" .()").split())
        words = [w.strip(".()") for w in _COMMITTEE_WORDS.split(part)]
        names = words if len(words) > 1 and all(w.upper() in upper for w in words) else [part]
        for name in names:
            if not name:
                continue
            code = upper.get(name.upper(), name)
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
        # "Samhälle", "Samhällsperspektivet", "Patient": the stem and an ending, never a longer
        # word ("Patientsäkerhet" is a success factor)
        if cleaned.startswith(stem) and _PERSPECTIVE_ENDING.fullmatch(cleaned[len(stem) :]):
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
    rows: Sequence[Sequence[Any]],
    layout: Layout,
    settings: Settings,
    vocabulary: Vocabulary | None = None,
    *,
    table: int = 0,
    merged: Collection[int] = (),
    emphasis: Callable[[int, int], bool] | None = None,
    carried: Callable[[], Collection[str]] | None = None,
) -> Normalised:
    """Rows (blank cells as ``None``) to items. Runs once per row of a region's workbooks: the
    common row (an item with its cells) takes the short path. ``table`` is the table's index in
    the layout's tables; ``merged`` the rows that hold a cell merged across columns (a heading
    when it is the row's only text); ``emphasis`` whether a cell is set apart (bold, italic or filled
    where its column's texts are not: a heading too, when it is the row's only text); ``carried``
    the texts of the last round's items (the workbook's *Historik*), asked for only where a goal
    alone on its row may be one (an upper goal assessed last round, its status emptied since)."""
    vocabulary = vocabulary or settings.vocabulary()
    if layout.form:  # blocks of labels and values, one per goal (core/forms.py)
        from xlfollow.core.forms import form_items, unassessed_items
        from xlfollow.core.layout import match_header

        found, unnamed = form_items(rows, layout, vocabulary, match_header, table)
        # no row for the status: said at the heading (and, in another section, not counted)
        without, elsewhere = unassessed_items(rows, layout, found, table)
        return Normalised(
            items=tuple(sorted([*found, *without], key=lambda item: item.row)),
            orphan_rows=tuple(unnamed),
            unassessed=tuple(i.row for i in without),
            uncounted=tuple(elsewhere),
        )
    if layout.answers:  # "Uppfyllt Ja/Nej": the cells answer the header's question
        vocabulary = vocabulary.answering()
    known = settings.known_committees()
    names = {name.casefold(): code for name, code in settings.committee_names.items()}
    cols = layout.columns
    item_col = cols.get("item")
    id_col = cols.get("id")
    used_cols = set(cols.values())
    item_depth: int | None = None  # the least depth of the numbered items that have a status
    content_cols = {cols[f] for f in _CONTENT_FIELDS if f in cols}
    # a table without a header with the status left of the item (Järfälla: the assessment before
    # each goal): a text of two words or more alone in the status column that is no status is a
    # heading or a line of the page, not a status without item (under a header it stays an error)
    status_first = not layout.headers and cols.get("status", 0) < (item_col or 0)
    index = {f: c - 1 for f, c in cols.items()}
    committee_cache: dict[Any, tuple[str, ...]] = {}

    width = max(index.values(), default=-1) + 1
    # the fields' values of a row, in FIELDS' order, in one step: from the row with a None after
    # its last cell, which stands for every field the table has no column for
    fields_of = itemgetter(*(index.get(f, -1) for f in FIELDS))

    perspective, goal, committees = _group_of(layout, settings, names)
    # the items are goals themselves (their column's header names a goal): a goal above them with
    # its own assessment is one more goal followed up
    from xlfollow.core.layout import match_header, same_row

    goals_assessed = "goal" in cols and match_header(layout.headers.get(cols.get("item", 0))) == "goal"
    carried_cache: list[frozenset[str]] = []

    def carried_texts() -> frozenset[str]:
        if not carried_cache:
            carried_cache.append(frozenset(carried()) if carried is not None else frozenset())
        return carried_cache[0]

    items: list[Item] = []
    orphans: list[int] = []
    header_like: list[int] = []
    lone_item = -1  # the row of the last item that was a text alone on its row
    gap = False  # the row above is blank or holds one cell: a table may start here
    headed = False  # headings inside the table set its perspectives
    summaries: list[int] = []
    look_headings: list[int] = []  # headings told by their look alone (said in the reading)
    headed_row = -1  # the row of the last heading (a summary line may follow it)
    repeats: list[int] = []  # the rows where the header row is repeated
    alone: set[int] = set()  # the rows of items whose text is the row's only cell
    # the header row again inside the table (printed reports repeat it on every page)
    header = {
        c - 1: " ".join(t.split()).casefold()
        for c, t in layout.headers.items()
        if c in content_cols | {item_col}
    }
    item_header = header.get((item_col or 0) - 1)
    # a header of two rows (a group label above sub-columns): either row again is the header repeated
    header_rows = (
        (rows[layout.header_row - 2], rows[layout.header_row - 1])
        if layout.header_span == 2 and layout.header_row <= len(rows)
        else ()
    )

    # a row of three cells or more above the header (a legend's words, a running head printed on
    # every page, Georges River 2022): printed again among the rows, it is no item
    top = layout.top_row - 1  # 0-based: the header's first row
    furniture = [
        rows[r] for r in range(max(0, top - 10), top) if sum(v not in (None, "") for v in rows[r]) >= 3
    ]
    furniture_rows = _printed_again(rows, layout, furniture, cols.get("status")) if furniture else set()

    classify = vocabulary.classify
    # a table of indicators with their figures and no status column of their own (their status is
    # computed): a paragraph under one is its comment; where a status column is, a row without a
    # status is an item not assessed yet, however long its text
    figures = ("target" in cols or "outcome" in cols) and "status" not in cols
    longest, measured = 0, 0  # the longest item's text among the first ``measured`` items
    last = len(rows) if layout.last_row is None else min(layout.last_row, len(rows))
    for number in range(layout.header_row + 1, last + 1):
        row = rows[number - 1]
        if len(row) < width:
            row = [*row, *([None] * (width - len(row)))]
        filled = len(row) - row.count(None)  # in C: the readers give blank cells as None
        after_gap = gap
        gap = filled <= 1
        if not filled:
            continue
        (
            v_id,
            v_perspective,
            v_goal,
            v_item,
            v_committee,
            v_measure,
            v_target,
            v_outcome,
            v_status,
            v_comment,
            v_activities,
        ) = fields_of((*row, None))
        if v_outcome.__class__ is CellFill:  # the outcome's cell carries the status as its fill
            v_outcome = v_outcome.shown
        text = (v_item.strip() or None) if v_item.__class__ is str else text_of(v_item)
        if header_rows and same_row(row, header_rows[1]):
            repeats.append(number)  # the lower row of a header of two rows, again
            continue
        if number in furniture_rows or (
            v_status.__class__ is str
            and "|" in v_status
            and _page_line(row)
            and not _stated_after(rows, number, last, cols["status"])
        ):
            continue  # (the page's running line under the table: "Förvaltningsberättelse | … 2022 37")
        # (casefold never makes a text shorter: a longer text cannot be the header)
        if (
            text is not None
            and item_header is not None
            and len(text) <= len(item_header)
            and text.casefold() == item_header
            and _repeats_header(row, header)
        ) or (header_rows and same_row(row, header_rows[0])):
            if items and items[-1].row == lone_item and lone_item == number - 1:
                # a caption (a blank row, a text alone) right above a repeated header is its
                # table's title, not an item; an unassessed item in the table's rows stays one
                title = items.pop().text
                if "goal" in cols:
                    perspective, goal = title, None
                else:
                    goal = title
            if not header_rows:
                repeats.append(number)
            continue
        if (
            (after_gap or layout.computed)  # (asked first: cheap, and most rows are neither)
            and filled > 1
            and all(isinstance(v, str) or is_year(v) for v in row if v is not None)
            and (after_gap or _years_heading(row))
        ):
            # (a header's years as Excel keeps them typed: numbers; under computed goals a row of
            # a text and years heads another table, a blank row above it or not)
            header_like.append(number)
        lone = None  # the only non-blank cell of the row, when there is just one
        if filled == 1:
            col = next(c for c, v in enumerate(row, start=1) if v is not None)
            value = row[col - 1]
            if blank(value):
                continue
            if value.__class__ in (int, float) and (col == id_col or col not in used_cols):
                continue  # a row numbered in advance, not used yet (a template's "21", "22" ...)
            if isinstance(value, str) and (
                col not in content_cols
                or number in merged
                or (
                    status_first
                    and col == cols["status"]
                    and _heading_like(value)
                    and classify(value) is None
                )
            ):
                lone = (col, value)

        if (
            lone is not None
            and goals_assessed
            and lone[0] == cols.get("goal")
            and _GOAL_PREFIX.sub("", lone[1]).strip() in carried_texts()
        ):
            lone = None  # an upper goal the last round assessed, its status emptied since: a goal
        if filled == 1 and text is not None and _FOOTNOTE.match(text):
            continue  # a footnote or source line under the table
        if (
            text is not None
            and v_status.__class__ in (int, float)
            and _TOTALS.match(text)
            and _counts(row, item_col, layout)
            and classify(v_status) is None  # a number the settings make a status ("status.3 = röd") is one
            and not _GOAL_VERB.search(text)  # "Totalt antal besök ska öka": a goal
        ):
            summaries.append(number)  # a row of counts ("*Summary Count of …*: 37 | 40"): said, not counted
            continue
        if (
            lone is not None
            and layout.computed
            and lone[0] == item_col
            and "committee" not in cols
            and _COMMITTEE_LIKE.search(lone[1])
        ):
            # measurable goals only: a committee's name alone on a row is the heading of its goals
            # ("socialnämnden" above its measures, Helsingborg 2016); any other lone text stays a
            # measure without target and outcome (not filled in yet), said on Kontroll
            committees = (_NUMBERING.sub("", lone[1]).strip(),)
            continue
        if lone is not None:
            group = _heading(lone, number in merged, cols, settings, (perspective, goal, committees))
            if (
                group is None
                and emphasis is not None
                and lone[0] != cols.get("goal")
                and (number < last or look_headings)  # at the end only where headings above look so
                and emphasis(number, lone[0])  # (asked last: the formats are read when first needed)
            ):
                # set apart by its look (bold, italic, shaded where the items are not)
                group = _heading(lone, True, cols, settings, (perspective, goal, committees))
                if group is not None:  # told from an item by its look alone: said in the reading
                    look_headings.append(number)
            if group is not None:  # a heading row: it sets the group of the rows under it
                (perspective, goal, committees), sets_perspective = group
                headed = headed or sets_perspective
                headed_row = number
                continue
            if (
                headed_row == number - 1
                and lone[0] == item_col
                and _SUMMARY.match(lone[1])
                and vocabulary.mentions_status(lone[1])
            ):
                summaries.append(number)  # said on Kontroll: an item not assessed yet can be told
                continue
            label = _LABEL.match(lone[1]) if lone[0] == item_col and items else None
            if (
                label
                and items[-1].row == number - 1
                and items[-1].comment is None
                and _comment_label(label.group(1))
            ):
                # "Action progress comments: ..." under an item: its comment, on a row of its own
                items[-1].comment = label.group(2).strip() or None
                continue
            if lone[0] != item_col:  # one text in a column of its own that names nothing
                orphans.append(number)
                continue
            depth = _level(lone[1], rows, number, lone[0] - 1, last)
            labelled = None if depth else _LABELLED_LEVEL.match(lone[1])
            if (depth or labelled) and item_depth is None:  # once per table, when a level may be there
                item_depth = _assessed_depth(rows, layout.header_row, last, lone[0] - 1, cols.get("status"))
            if labelled and item_depth == _UNNUMBERED:
                # "Goal 3.1: …", "Strategy 3.1.1: …" with nothing numbered under them, where the
                # assessed items carry no numbers (Georges River 2021/22): levels, never items
                depth = labelled.group(1).count(".") + 1
            # "1 Ett attraktivt län" above "1.1 ...": a numbered level, not an item
            if depth and item_depth is not None and depth < item_depth:
                title = _LEVEL.sub("", lone[1].strip()).strip()
                if depth == 1 and "perspective" not in cols:
                    perspective, goal = title, None
                else:
                    goal = title
                continue

        if v_perspective is not None:
            value = text_of(v_perspective)
            if value is not None and value != perspective:
                perspective, goal = value, None
        new_goal = False  # this row names a goal other than the one above it
        if v_goal is not None:
            value = text_of(v_goal)
            if value is not None:
                named_goal = _GOAL_PREFIX.sub("", value).strip() or None
                new_goal, goal = named_goal != goal, named_goal
        if v_committee is not None and not blank(v_committee):
            if v_committee not in committee_cache:
                codes = split_committees(v_committee, known)
                committee_cache[v_committee] = tuple(names.get(c.casefold(), c) for c in codes)
            committees = committee_cache[v_committee]

        if (
            text is None
            and goals_assessed
            and new_goal
            and (
                (v_status.__class__ is str and classify(v_status) is not None)
                or (goal is not None and blank(v_status) and goal in carried_texts())
            )
        ):
            # two levels of goals ("Kommungemensamma mål | Nämndens mål"), the upper assessed in
            # words on its own row: counted as written. Not a fill (a shaded heading), not a goal
            # repeated from the row above (an item whose text was forgotten), and not a strategic
            # goal above success factors (another kind of thing: there it stays a missing item).
            # Emptied by next-period, it stays one where the last round (Historik) counted it.
            text = goal
        if text is None:
            orphans.append(number)
            continue
        if text[2:3] == " " and text[:3].casefold() == "se " and _REFERENCE.match(text):
            continue
        # (the common values, None and plain text, without a call: as text_of and blank read them)
        status_value = None if v_status is None or blank(v_status) else v_status
        if (
            figures
            and items
            and items[-1].row == number - 1
            and items[-1].comment is None
            and (items[-1].target is not None or items[-1].outcome is not None)
            and all(v is None or blank(v) for v in (v_status, v_target, v_outcome, v_comment, v_committee))
        ):
            # (the longest item so far, measured only here: most tables never ask)
            longest, measured = max([longest, *(len(i.text) for i in items[measured:])]), len(items)
            if _paragraph(text, longest):
                # a paragraph right under an indicator with its figures, on a row of its own (a
                # trend's sign beside it at most), in a table without a status column: the
                # indicator's comment (Vansbro 2021), no item
                items[-1].comment = text
                continue
        # a text alone on its row after a blank row: the caption of a table whose header follows
        lone_item = number if lone is not None and status_value is None and after_gap else -1
        if filled == 1:
            alone.add(number)
        items.append(
            Item(
                row=number,
                text=text,
                id=item_id(v_id, text),
                perspective=perspective,
                goal=goal,
                committees=committees,
                measure=None if v_measure is None else text_of(v_measure),
                target=None if v_target is None or blank(v_target) else v_target,
                outcome=None if v_outcome is None or blank(v_outcome) else v_outcome,
                # (a cell of sentences whose last is the verdict: asked only where nothing else reads)
                status=classify(status_value) or vocabulary.verdict(status_value),
                status_value=status_value,
                comment=(v_comment.strip() or None)
                if v_comment.__class__ is str
                else (None if v_comment is None else text_of(v_comment)),
                activities=None if v_activities is None else text_of(v_activities),
                table=table,
            )
        )
    if headed and items and items[0].perspective is None and layout.title is None:
        _first_heading(rows, layout, items)
    if layout.computed:
        items = _computed(items, vocabulary)
    prose: list[int] = []
    if len(repeats) >= 2:
        items, prose = _one_row_tables(items, [layout.header_row, *repeats])
    commentary: list[int] = []
    if "target" in cols or "outcome" in cols:
        items, commentary = _commentary(items, [layout.header_row, *repeats], alone)
    in_blocks: list[int] = []
    if "status" in cols and len(items) >= 6:
        items, orphans, in_blocks = _block_rows(rows, cols, items, orphans, carried_texts)
    return Normalised(
        items=tuple(items),
        orphan_rows=tuple(orphans),
        header_like=tuple(header_like),
        summaries=tuple(summaries),
        look_headings=tuple(look_headings),
        prose=tuple(prose),
        commentary=tuple(commentary),
        labelled=tuple(in_blocks),
    )


def _short(text: str) -> bool:
    return len(text) <= 40 and len(text.split()) <= 4


def _block_rows(
    rows: Sequence[Sequence[Any]],
    cols: Mapping[str, int],
    items: list[Item],
    orphans: list[int],
    carried: Callable[[], frozenset[str]],
) -> tuple[list[Item], list[int], list[int]]:
    """The rows of a block under each item inside a table (Göteborg 2025: each uppdrag's row, its
    status beside it, followed by "Uppdragsår | …", "Typ av KF/KS-uppdrag", a value alone, and the
    status's date): no items. A label is a short text in the item column three times at least, never
    beside a status, with nothing beyond the status and comment columns, and no item of the last
    round's; the short text alone on the row under a label is its value; a date alone in the status
    column is the status's date. Only where other items have statuses of their own, or the last
    round's items are known (next-period emptied the statuses). A label's text
    beside it is the comment of the item above that has none. Returned: the items, the rows without
    an item's text, the rows read as labels (said in the reading)."""
    said = (Status.GREEN, Status.YELLOW, Status.RED, Status.NOT_APPLICABLE)
    if not any(i.status in said for i in items) and not carried():  # (after next-period: the last round's)
        return items, orphans, []
    allowed = {cols["status"], cols["item"], *([cols["comment"]] if "comment" in cols else [])}

    def beyond(row: Sequence[Any]) -> bool:
        return any(v not in (None, "") for c, v in enumerate(row, start=1) if c not in allowed)

    counted: dict[str, list[Item]] = {}
    for item in items:
        if _short(item.text) and item.status not in said:
            counted.setdefault(" ".join(item.text.split()).casefold(), []).append(item)
    labels = {t for t, found in counted.items() if len(found) >= 3}
    labels = {t for t in labels if not any(beyond(rows[i.row - 1]) for i in counted[t])}
    if not labels:
        return items, orphans, []
    labels -= {" ".join(t.split()).casefold() for t in carried()}
    dropped = {i.row for t in labels for i in counted[t]}
    at = {i.row: i for i in items}
    for row in sorted(dropped):  # the label's value alone on the row under it
        below = at.get(row + 1)
        if (
            below is not None
            and below.status not in said
            and _short(below.text)
            and below.row not in dropped
            and below.text not in carried()
            and not beyond(rows[below.row - 1])
        ):
            dropped.add(below.row)
    kept: list[Item] = []
    for item in items:
        if item.row not in dropped:
            kept.append(item)
        elif (
            kept
            and kept[-1].comment is None
            and isinstance(item.status_value, str)
            and not _short(item.status_value)
        ):
            kept[-1] = replace(
                kept[-1], comment=" ".join(item.status_value.split())
            )  # "Uppdragsår | Uppdraget …"
    status_col = cols["status"]
    dated = {
        r
        for r in orphans
        if [c for c, v in enumerate(rows[r - 1], start=1) if v not in (None, "")] == [status_col]
        and isinstance(rows[r - 1][status_col - 1], datetime | date)
    }
    return kept, [r for r in orphans if r not in dated], sorted(dropped | dated)


def _valued(item: Item) -> bool:
    """The item has a value beside its text (a status, a figure, a comment)."""
    return any(
        v is not None
        for v in (item.status_value, item.target, item.outcome, item.comment, item.measure, item.activities)
    )


def _paragraph(text: str, longest_item: int) -> bool:
    """A paragraph of prose, not an item: two sentences at least, of 80 characters or more, half
    as long again as the longest item it stands among (a goal is often one long sentence; its
    commentary says more)."""
    text = text.strip()
    return (
        text.endswith((".", "!", "?"))
        and len(text) >= 80
        and len(text) * 2 >= longest_item * 3
        and _SENTENCE_BREAK.search(text) is not None
    )


_SENTENCE_BREAK = lazy(r"[.!?]\s+[A-ZÅÄÖ0-9‘'\"(]")


def _commentary(
    items: list[Item], headers: list[int], alone: Collection[int]
) -> tuple[list[Item], list[int]]:
    """A table of figures followed by its commentary (Maidstone 2020: "A Thriving Place", then a
    paragraph on the quarter, under the indicators): where every item of a table (the rows under
    the header, or under its repeat) holds a value beside its text, at least three of them, and
    after the last of them come only texts alone on their rows, after a blank row or starting with
    a paragraph, and one of them a paragraph (``_paragraph``), those are no items (their rows
    returned, said in the reading). Otherwise the table is left as read: items without values may
    simply not be filled in yet (a round emptied by next-period)."""
    kept: list[Item] = []
    dropped: list[int] = []
    block: list[Item] = []
    bounds = sorted(headers)

    def close() -> None:
        last = max((i for i, item in enumerate(block) if _valued(item)), default=-1)
        after = block[last + 1 :]
        longest = max((len(item.text) for item in block[: last + 1]), default=0)
        if (
            last >= 2
            and after
            and all(_valued(item) for item in block[: last + 1])
            and all(item.row in alone for item in after)
            and (
                (
                    (after[0].row > block[last].row + 1 or _paragraph(after[0].text, longest))
                    and any(_paragraph(item.text, longest) for item in after)
                )
                or _notes(after, block[: last + 1])
            )
        ):
            kept.extend(block[: last + 1])
            dropped.extend(item.row for item in after)
        else:
            kept.extend(block)
        block.clear()

    at = 0
    for item in items:
        while at + 1 < len(bounds) and item.row > bounds[at + 1]:
            close()
            at += 1
        block.append(item)
    close()
    return kept, dropped


def _years_heading(row: Sequence[Any]) -> bool:
    """A text, then two years or more and nothing else ("Nyckeltal | 2013 | 2014 | 2015")."""
    values = [v for v in row if v is not None]
    years = values[1:]
    return len(years) >= 2 and isinstance(values[0], str) and all(is_year(v) for v in years)


def _heading_like(text: str) -> bool:
    """A text that may head a group: two words or more, or one long word ("Socialnämnden"); a short
    word alone ("Gröm") may be a status mistyped."""
    text = text.strip()
    return " " in text or len(text) >= 10


def _notes(after: Sequence[Item], table: Sequence[Item]) -> bool:
    """Sentences under a table of named figures are notes on it (Maidstone 2020: "As per the DEFRA
    guidance, the ‘…’ is measured three times per year."; Stavanger 2018: "SSB sine tall … har rundt
    2 års forsinkelse."): each text after the table a sentence of eight words or more ending with a
    full stop that says nothing shall be (a goal not filled in yet does: "… ska öka …"), where no
    item of the table ends with one (its items are names, not sentences)."""
    return all(SENTENCE.search(item.text) and not _GOAL_VERB.search(item.text) for item in after) and not any(
        item.text.rstrip().endswith(".") for item in table
    )


# a goal says what shall be ("ska öka", "skal", "shall", "should", "will", "must"): no note
_GOAL_VERB = lazy(r"\b(?:ska|skall|skal|shall|should|will|must|tulee|pitää)\b", re.IGNORECASE)


def _one_row_tables(items: list[Item], headers: list[int]) -> tuple[list[Item], list[int]]:
    """A report of one-row tables, each under its own header (Vårgårda 2023: a delmål's measure,
    then "Uppföljning och analys" and its paragraphs): where every table holds one row with values,
    right under its header, and no other, and a text between the tables recurs in two of them at
    least (the report's own labels), the row under each header is the table's item and the texts
    between are no items (their rows returned, said in the reading). Sections of items not filled
    in yet hold distinct texts: left as read."""
    starts = sorted(headers)
    under = set(starts)  # (a set: a printed report repeats its header on each of a thousand pages)
    if any(_valued(item) and item.row - 1 not in under for item in items):
        return items, []  # a table with more than one row of values: its texts may be items
    blocks: dict[int, list[Item]] = {}
    for item in items:
        blocks.setdefault(starts[bisect_left(starts, item.row) - 1], []).append(item)
    if any(not any(_valued(i) and i.row == start + 1 for i in block) for start, block in blocks.items()):
        return items, []  # a table whose row under the header has no values: not filled in yet
    # the report's own labels between the tables, the same in several ("Uppföljning och analys")
    seen: dict[str, set[int]] = {}
    for start, block in blocks.items():
        for item in block:
            if item.row != start + 1:
                seen.setdefault(" ".join(item.text.split()).casefold(), set()).add(start)
    if not any(len(found) >= 2 for found in seen.values()):
        return items, []  # distinct texts between the tables: items not filled in, not a report's prose
    kept = [item for item in items if item.row - 1 in under]
    return kept, [item.row for item in items if item.row - 1 not in under]


def _computed(items: list[Item], vocabulary: Vocabulary) -> list[Item]:
    """The statuses of measurable goals in a table with no status column: green when the outcome
    reaches the target, red when it does not, not applicable when the target says so ("NA", "ej
    aktuellt"), missing when the numbers cannot tell (the reason is on Kontroll)."""
    from dataclasses import replace

    from xlfollow.core.targets import computed_verdict  # only tables of targets need the parser

    def status(item: Item) -> Status:
        if vocabulary.classify(item.target) is Status.NOT_APPLICABLE or _NOT_SET.match(
            str(item.target or "")
        ):
            return Status.NOT_APPLICABLE
        met = computed_verdict(item).met if item.target is not None else None
        return Status.MISSING if met is None else Status.GREEN if met else Status.RED

    return [replace(item, status=status(item)) for item in items]


# A label and its text in one cell ("ACTION PROGRESS COMMENTS: The strategy ...")
_LABEL = lazy(r"^\s*([^\W\d][\w ]{2,40}?)\s*:\s*(.*)$", re.DOTALL)


def _comment_label(label: str) -> bool:
    """A label that is a comment field's header ("Kommentar", "Action progress comments"): its last
    words are one of the comment's header phrases, and it has four words at most."""
    words = tuple(label.casefold().split())
    return len(words) <= 4 and any(words[-len(p) :] == p for p in _COMMENT_PHRASES if len(p) <= len(words))


_COMMENT_PHRASES = tuple(tuple(p.split()) for p in SYNONYMS["comment"])


# A heading's summary line, right under it and alone on its row: a sentence that counts the items
# or a share of them ("88 per cent of the projects are on track ...", "Av de 41 framgångsfaktorerna
# bedöms sju vara uppfyllda", "7 av 12 mål ..."), six words at least
_SUMMARY = lazy(
    r"^\s*(?:\d{1,3}(?:[.,]\d+)?\s*(?:%|procent|prosent|per\s?cent|percent|prosenttia)"
    r"|(?:av|af|of)\s+(?:de|the)\s+\d+|\d+\s+(?:av|af|of)\s+\d+)\s+(?:\S+\s+){3,}\S+",
    re.IGNORECASE,
)


# a target that is none: "NA", "N/A", "n/a" (Wealden District Council's table), "ej aktuellt"
_NOT_SET = lazy(r"^\s*(?:n/?a|na|ej aktuellt|inte aktuellt)\s*$", re.IGNORECASE)


# the words that name a numbered level ("Mål 2.3", "Goal 1.1:", "Strategy 3.1.1:")
_LEVEL_WORDS = (
    r"mål|målområde|område|perspektiv|strategi|goal|objective|outcome|pillar|priority|theme|strategy"
)
# a numbered level: "1", "1.1", "Mål 2.3", "Goal 1.1:", "Pillar 2 –"
_LEVEL = lazy(
    rf"^\s*(?:(?:{_LEVEL_WORDS})\s+)?"
    r"(\d{1,3}(?:\.\d{1,3})*)\.?\s*[:)–—-]?\s+",
    re.IGNORECASE,
)


# a numbered level named by its word ("Goal 3.1:", "Strategy 3.1.1:", "Mål 2.3"): never "3. Kortare köer"
_LABELLED_LEVEL = lazy(
    rf"^\s*(?:{_LEVEL_WORDS})"
    r"\s+(\d{1,3}(?:\.\d{1,3})*)\.?\s*[:)–—-]\s+",
    re.IGNORECASE,
)
_UNNUMBERED = 99  # the depth of the assessed items when none of them is numbered
_NONE_ASSESSED = 100  # no item has a status yet


# a page's running head or foot as a PDF's text keeps it: "36 Göteborgs Stads årsredovisning 2022 |
# Förvaltningsberättelse", "Förvaltningsberättelse | Göteborgs Stads årsredovisning 2022 37"
_PAGE_LINE = lazy(r"\d{1,4}\s+[^|\n]+\|[^|\n]+|[^|\n]+\|[^|\n]+\s\d{1,4}")


def _page_line(row: Sequence[Any]) -> bool:
    """Every text of the row is a page's running line (a page number at its start or end, a title
    and a section between them): the page's furniture, never an item."""
    texts = [v for v in row if v is not None and v != ""]
    return bool(texts) and all(type(v) is str and _PAGE_LINE.fullmatch(v.strip()) is not None for v in texts)


def _stated_after(rows: Sequence[Sequence[Any]], number: int, last: int, col: int) -> bool:
    """A row after row ``number`` (to ``last``) has a status that is no running line: the row is in
    the table, not under it."""
    for row in rows[number:last]:
        value = row[col - 1] if col - 1 < len(row) else None
        if value not in (None, "") and not _page_line(row):
            return True
    return False


def _printed_again(
    rows: Sequence[Sequence[Any]], layout: Layout, above: Sequence[Sequence[Any]], status_col: int | None
) -> set[int]:
    """The rows (1-based) that print a row from above the header again after the table's last
    status (a legend's words under the table, Georges River 2022); one with a status after it is
    an item of the table, whatever stands above the header (another table's item)."""
    from xlfollow.core.layout import same_row

    last = len(rows) if layout.last_row is None else min(layout.last_row, len(rows))
    again = {
        n
        for n in range(layout.header_row + 1, last + 1)
        if sum(v not in (None, "") for v in rows[n - 1]) >= 3 and any(same_row(rows[n - 1], a) for a in above)
    }
    if not again or status_col is None:
        return again
    stated = [
        n
        for n in range(layout.header_row + 1, last + 1)
        if n not in again
        and status_col - 1 < len(rows[n - 1])
        and rows[n - 1][status_col - 1] not in (None, "")
    ]
    last_stated = max(stated, default=0)
    return {n for n in again if n > last_stated}


def _level(text: str, rows: Sequence[Sequence[Any]], number: int, col: int, last: int) -> int:
    """The depth of a numbered heading ("1" is 1, "1.1" is 2) when the next row with a text in
    the same column carries a number under it ("1.1 ..." under "1 ..."); 0 when the row is no
    such heading (an item not assessed yet, "3. Kortare köer" before "4. ...", stays an item)."""
    found = _LEVEL.match(text)
    if not found:
        return 0
    prefix = found.group(1) + "."
    for below in range(number, min(last, number + 5)):  # the next rows (0-based: number is the next)
        row = rows[below]
        value = row[col] if col < len(row) else None
        if isinstance(value, str) and value.strip():
            under = _LEVEL.match(value)
            return found.group(1).count(".") + 1 if under and under.group(1).startswith(prefix) else 0
    return 0


def _assessed_depth(
    rows: Sequence[Sequence[Any]], header_row: int, last: int, col: int, status_col: int | None
) -> int:
    """The least numbering depth of the items that have a status ("3" is 1, "2.1" is 2): a
    numbered row less deep can be a level above them; one as deep is an item not assessed yet.
    No numbered item with a status: any depth can be a level (``_UNNUMBERED`` where items have
    statuses and none a number). Before any status (the round after next-period), the rows with
    more than their text stand for the items; ``_NONE_ASSESSED`` where there are none either."""
    depth, assessed = _UNNUMBERED, False
    other, filled = _UNNUMBERED, False  # the rows with more than their text, before any status
    for row in rows[header_row:last]:
        value = row[col] if col < len(row) else None
        if not isinstance(value, str):
            continue
        status = row[status_col - 1] if status_col and status_col - 1 < len(row) else None
        found = _LEVEL.match(value)
        if status not in (None, ""):
            assessed = True
            if found:
                depth = min(depth, found.group(1).count(".") + 1)
        elif sum(v not in (None, "") for v in row) >= 2:
            filled = True
            if found:
                other = min(other, found.group(1).count(".") + 1)
    if assessed:
        return depth
    # no status yet (a new round, a template): the items are the rows with a committee or a comment
    return other if filled else _NONE_ASSESSED


Group = tuple[str | None, str | None, tuple[str, ...]]  # perspective, goal, committees


def _heading(
    lone: tuple[int, str], merged: bool, cols: Mapping[str, int], settings: Settings, group: Group
) -> tuple[Group, bool] | None:
    """The group a row with one text (``lone``: its column and text) sets for the rows under it,
    and whether it is a perspective heading inside a table without a perspective column; ``None``
    when the row is no heading (an item's text alone, or a text in a column of its own).

    By its words first: "Mål 2:" a goal, a perspective the settings name, a committee's name; then
    by its shape: merged across the table, or in the goal or perspective column (or any column
    but the item's, in a table without a perspective column)."""
    col, heading = lone[0], lone[1].strip()
    perspective, _, committees = group
    goal_match = _GOAL_PREFIX.match(heading)
    if goal_match:
        return (perspective, heading[goal_match.end() :].strip() or None, committees), False
    named = perspective_of(heading, settings.perspectives)
    if named:
        return (named, None, committees), False
    code = committee_of_heading(heading)
    if code:
        return (None, None, (code,)), False
    unnumbered = _NUMBERING.sub("", heading).strip()
    if merged:  # a heading merged across the table
        if "goal" not in cols or "perspective" in cols:
            return (perspective, unnumbered or None, committees), False
        return (unnumbered, None, committees), False
    if col == cols.get("item"):
        return None
    if col == cols.get("goal"):
        return (perspective, heading, committees), False
    if col == cols.get("perspective") or "perspective" not in cols:
        return (unnumbered, None, committees), "perspective" not in cols
    return None


def _first_heading(rows: Sequence[Sequence[Any]], layout: Layout, items: list[Item]) -> None:
    """Headings inside a table set its perspectives ("Public Health" above its own rows); the
    first such heading stands above the header row. The items before the next heading get it."""
    for number in range(layout.header_row - 1, max(0, layout.header_row - 3), -1):
        values = [v for v in rows[number - 1] if v is not None]
        if not values:
            continue
        if len(values) == 1 and isinstance(values[0], str) and not _FOOTNOTE.match(values[0]):
            heading = _NUMBERING.sub("", values[0]).strip()
            for item in items:
                if item.perspective is not None:
                    break
                item.perspective = heading
        return


_TITLE_TAIL = lazy(r"\s+[–—-]\s+.*$")


def _group_of(
    layout: Layout, settings: Settings, names: dict[str, str]
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """The perspective and committee a table starts with: from its sheet's name when each sheet
    holds part of the follow-up, from its title ("Omvärld – nämndens mål och mätetal") when the
    table has no perspective column."""
    perspective: str | None = None
    committees: tuple[str, ...] = ()
    if layout.group == "committee":
        name = " ".join(layout.sheet.split())
        committees = (names.get(name.casefold(), name),)
    elif layout.group == "perspective":
        perspective = layout.sheet
    if layout.title and "perspective" not in layout.columns:
        title = _NUMBERING.sub("", layout.title)
        perspective = perspective_of(title, settings.perspectives) or _TITLE_TAIL.sub("", title).strip()
    return perspective, None, committees
