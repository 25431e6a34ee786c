"""The live-Excel writer: applies the same :class:`~xlfollow.core.plan.Plan` as the file writer, to an
open workbook through xlwings (desktop Excel over COM/AppleScript, or the remote engine behind
xlwings Server and xlwings Lite).

- Each sheet's values are read once and written as whole blocks.
- Cells that get the same look are grouped into multi-area addresses, chunked under Excel's
  255-character limit, so the calls into Excel grow with the number of *looks*, not of cells.
- The remote engine applies only the first area of a multi-area address and does not show
  earlier writes to later reads: there every area is its own call (fills of a whole column use
  one matrix call), and nothing written is ever read back.
- Text that starts like a formula gets Excel's text prefix (') so it is never a live formula.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from xlfollow.core.a1 import cell_ref, col_letter
from xlfollow.core.colours import MARKS, mark_statuses
from xlfollow.core.errors import InputError
from xlfollow.core.filled import item_like_rows, items_plain, shaded_heading, shading, status_from_fills
from xlfollow.core.models import Layout
from xlfollow.core.numbers import is_number
from xlfollow.core.owned import looks_owned, own_sheet, own_sheet_name
from xlfollow.core.plan_types import NOTE_PREFIX, VALIDATION_TITLE, CellValue, Look, Plan, SheetPlan
from xlfollow.core.report import FormattingReader
from xlfollow.core.settings import Settings
from xlfollow.core.status import FILL_STATUSES, Status
from xlfollow.core.styles import LOOK_COLOURS, STYLES, StyleSpec, cue_format
from xlfollow.core.values import BookValues, CellFill, SheetValues, cell_value

ADDRESS_LIMIT = 255  # characters in one Range address (Excel)
XL_NONE, XL_WHOLE, XL_PART, XL_BY_ROWS = -4142, 1, 2, 1  # Excel's constants
OWNED_NAME = "_xlfollow"  # the hidden sheet-level name that marks xlfollow's sheets (as in the file)


def bgr(hex_rgb: str) -> int:
    """An RGB hex colour as Excel's COM colour number (blue-green-red)."""
    r, g, b = (int(hex_rgb[i : i + 2], 16) for i in (0, 2, 4))
    return r + 256 * g + 65536 * b


def _wildcards(text: str) -> str:
    """Text for Range.Replace's What: its wildcards * ? and the escape ~ taken literally."""
    return text.replace("~", "~~").replace("*", "~*").replace("?", "~?")


FORMULA_STARTS = ("=", "+", "-", "@")


def is_remote(book: Any) -> bool:
    return getattr(getattr(book.app, "engine", None), "name", "") == "remote"


def local_file(book: Any) -> Path | None:
    """The open workbook's file on this computer; None for a new, unsaved workbook, one open from
    SharePoint, Teams or OneDrive that is not synchronised (xlwings cannot map its address to a
    file and raises), and on the remote engine."""
    if is_remote(book):
        return None
    try:
        path = Path(str(book.fullname))
    except Exception:  # xlwings' error for an address it cannot map; an engine without the property
        return None
    return path if path.is_absolute() and path.is_file() else None


def saved_file(book: Any) -> Path:
    """Save the open workbook and return its file: what the buttons that write files beside it
    need. One line the user can act on when it is not a file here or cannot be saved."""
    from xlfollow.core.errors import XlfollowError

    if local_file(book) is None:
        raise XlfollowError("excel-not-a-file", name=book.name)
    try:
        book.save()
    except Exception:  # Excel's own refusal: read-only, open by someone else, a full disk
        raise XlfollowError("excel-save-failed", name=book.name) from None
    path = local_file(book)
    if path is None:
        raise XlfollowError("excel-not-a-file", name=book.name)
    return path


_NOT_TEXT_TO_EXCEL = re.compile(r"^\s*[\d(.,+\-−]|^\s*(?:true|false|sant|falskt)\s*$", re.IGNORECASE)


def as_text(value: Any) -> Any:
    """A value as written into a live cell: text stays text. Excel parses what it is given as if
    typed, so text that starts like a formula, a number, a date or a time ("1.2" is a date in a
    Swedish Excel, "1,5" a number, "2018-04-30" a date) or reads as a truth value is prefixed with
    ' (shown as typed, kept as text)."""
    if isinstance(value, str) and (
        value.startswith(FORMULA_STARTS) or ("|" in value and "!" in value) or _NOT_TEXT_TO_EXCEL.match(value)
    ):
        return "'" + value
    return value


def read_values(book: Any) -> BookValues:
    """Every sheet's values, read once per sheet, from A1 (blank cells as ``None``), and which
    sheets are xlfollow's own (never read as data): those with xlfollow's mark where the engine
    shows defined names (desktop Excel), else those whose name and first cells are the ones
    xlfollow writes (:func:`core.owned.looks_owned`; the remote engine is given range names only).
    On desktop Excel the path is the workbook's full path (a previous round beside it is found)."""
    sheets: dict[str, SheetValues] = {}
    for sheet in book.sheets:
        last = sheet.used_range.last_cell
        block = sheet.range((1, 1), (last.row, last.column)).options(ndim=2).value or []
        rows = [[cell_value(v) for v in row] for row in block]
        while rows and all(v is None for v in rows[-1]):
            rows.pop()
        sheets[sheet.name] = SheetValues(sheet.name, rows)
    marked = marked_sheets(book)
    owned = {n for n, s in sheets.items() if n in marked or (not marked and looks_owned(n, s.rows))}
    path = str(local_file(book) or book.name)
    if is_remote(book):  # the remote engine gives no formats
        return BookValues(path=path, sheets=sheets, owned=frozenset(owned))
    for name, values in list(sheets.items()):
        sheets[name] = SheetValues(name, values.rows, emphasis=_emphasis(book.sheets[name], values.rows))
    return BookValues(path=path, sheets=sheets, owned=frozenset(owned), fills=_sheet_fills(book, sheets))


MAX_SAMPLE = 200  # texts of a column whose looks are read to tell a heading's look from the items'


def _emphasis(sheet: Any, rows: list[list[Any]]) -> Any:
    """Whether a cell is set apart on desktop Excel (bold, italic or filled where most of its
    column's items are not: core.filled.items_plain): the cell's look, and the looks of
    up to :data:`MAX_SAMPLE` of the column's items, read when first asked for."""
    plain: dict[int, bool] = {}

    def set_apart(row: int, col: int) -> bool:
        try:
            rng = sheet.range((row, col))
            colour = _user_fill(rng)
            return bool(rng.font.bold or rng.font.italic) or (colour is not None and shading(colour))
        except Exception:  # an engine that cannot read formats: nothing is set apart
            return False

    def emphasised(row: int, col: int) -> bool:
        if not set_apart(row, col):
            return False
        if col not in plain:
            texts = item_like_rows(rows, col)
            sample = texts[:: max(1, len(texts) // MAX_SAMPLE)][:MAX_SAMPLE]
            plain[col] = items_plain(sum(set_apart(r, col) for r in sample), len(sample))
        return plain[col]

    return emphasised


MAX_FILL_CELLS = 20_000  # cells whose fill is read, one call each, to find a table kept by colour


def _sheet_fills(book: Any, sheets: dict[str, SheetValues]) -> Any:
    """The fills of a sheet's cells on desktop Excel, read when first asked for (only when no
    column holds a status): a column without any fill in one call, the others a cell at a time,
    the first rows of the sheet up to :data:`MAX_FILL_CELLS` cells."""
    read: dict[str, dict[tuple[int, int], str]] = {}

    def fills(name: str) -> dict[tuple[int, int], str]:
        if name not in read:
            rows = sheets[name].rows if name in sheets else []
            width = max((len(r) for r in rows), default=0)
            height = min(len(rows), MAX_FILL_CELLS // max(width, 1))
            found: dict[tuple[int, int], str] = {}
            sheet = book.sheets[name]
            for col in range(1, width + 1) if height else ():
                with contextlib.suppress(Exception):
                    if sheet.range((1, col), (height, col)).api.Interior.ColorIndex == XL_NONE:
                        continue
                for row in range(1, height + 1):
                    try:
                        colour = _user_fill(sheet.range((row, col)))
                    except Exception:  # an engine that cannot read formats: no fills
                        read[name] = {}
                        return read[name]
                    if colour is not None:
                        found[(row, col)] = colour
            read[name] = found
        return read[name]

    return fills


def statuses_from_formatting(book: Any) -> FormattingReader:
    """How the live reader reads a status kept by colour (a blank status cell with a fill, as the
    file reader does): on desktop Excel the fill of each blank status cell is read (one call per
    blank cell, none where the whole column has no fill); xlfollow's own look is never a status.
    The remote engine cannot read formats: there a blank cell is a missing status."""

    def from_formatting(
        values: BookValues, layout: Layout, settings: Settings
    ) -> tuple[dict[int, Status], bool]:
        col = layout.column("status")
        if layout.by_fill and col is not None and is_remote(book):
            raise InputError("excel-fills-remote", name=book.name)
        if col is None or is_remote(book) or layout.sheet not in values.sheets:
            return {}, False
        rows = values.sheets[layout.sheet].rows
        last = len(rows) if layout.last_row is None else min(layout.last_row, len(rows))
        if layout.by_fill:  # the status is the colour of the cells, whatever they hold: each one read
            fills = _fills(book.sheets[layout.sheet], rows, layout, col, last)
            return {}, status_from_fills(rows, layout, fills, settings.vocabulary())
        sheet = book.sheets[layout.sheet]
        ruled = not settings.thresholds and _rule_filled(sheet, rows, layout, col, last, settings)
        said = _words_ruled(sheet, rows, layout, col, last, settings)
        ruled = _marks_coloured(sheet, rows, layout, col, last, settings) or ruled
        blank = [r for r in range(layout.header_row + 1, last + 1) if _at(rows, r, col) is None]
        if not blank or settings.status_by == "text":  # words only: a blank cell's fill is last round's
            return said, ruled
        with contextlib.suppress(Exception):  # one call: a column without any fill has nothing to read
            column = sheet.range((blank[0], col), (blank[-1], col))
            if column.api.Interior.ColorIndex == XL_NONE:
                return said, ruled  # no fill of their own; the numbers the rules fill stay read
        changed = ruled
        for row in blank:
            try:
                colour = _user_fill(sheet.range((row, col)))
            except Exception:  # the engine cannot read formats
                return said, changed
            if colour is None:
                continue
            line = rows[row - 1]
            if shaded_heading(line, layout, col, colour, functools.partial(_colour_at, sheet, row)):
                continue  # a heading shaded across the table: its fill is no status
            if len(line) < col:
                line.extend([None] * (col - len(line)))
            line[col - 1] = CellFill(colour)
            changed = True
        return said, changed

    return from_formatting


MAX_MARKS = 20_000  # marks read one cell at a time, as fills are


def _marks_coloured(
    sheet: Any, rows: list[list[Any]], layout: Layout, col: int, last: int, settings: Settings
) -> bool:
    """A mark alone in a status cell ("●" in red text) gets the status its font colour says, as the
    file reader reads it (core/colours.mark_statuses): one call per mark. Whether any was read."""
    marks = {
        r: value.strip()
        for r in range(layout.header_row + 1, last + 1)
        if isinstance(value := _at(rows, r, col), str) and value.strip() in MARKS
    }
    if not marks or len(marks) > MAX_MARKS:
        return False
    coloured: dict[int, tuple[str, str]] = {}
    for row, mark in marks.items():
        try:
            colour = _hex(sheet.range((row, col)).font.color)
        except Exception:  # the engine cannot read formats
            return False
        if colour:
            coloured[row] = (mark, colour)
    said = mark_statuses(coloured)
    for row, glyph in said.items():
        rows[row - 1][col - 1] = glyph
    return bool(said)


def _shown_colour(cell: Any) -> str | None:
    """The fill Excel shows a cell with, its conditional formats applied ("RRGGBB")."""
    shown = cell.DisplayFormat.Interior.Color
    if not isinstance(shown, int | float):
        return None
    bgr = int(shown)  # Excel's colour number: blue, green, red
    return _hex((bgr & 255, bgr >> 8 & 255, bgr >> 16 & 255))


def _words_ruled(
    sheet: Any, rows: list[list[Any]], layout: Layout, col: int, last: int, settings: Settings
) -> dict[int, Status]:
    """row -> the status of the colour a conditional format shows a word the vocabulary does not
    know in ("Slipping" filled amber by "text that contains"), as the file reader reads the rules."""
    classify = settings.vocabulary().classify
    words = [
        r
        for r in range(layout.header_row + 1, last + 1)
        if isinstance(_at(rows, r, col), str)
        and _at(rows, r, col).strip()
        and classify(_at(rows, r, col)) is None
    ]
    return _shown_statuses(sheet, col, words, classify)


def _rule_filled(
    sheet: Any, rows: list[list[Any]], layout: Layout, col: int, last: int, settings: Settings
) -> bool:
    """Numbers in the status column that the sheet's conditional formatting fills ("Cell value >=
    0,9" green) become the status of the colour Excel shows them in, as the file reader evaluates
    the rules. A number the settings name (status.0,95) keeps it."""
    from xlfollow.core.values import CellRuled

    classify = settings.vocabulary().classify
    numbers = [
        r
        for r in range(layout.header_row + 1, last + 1)
        if is_number(_at(rows, r, col)) and classify(_at(rows, r, col)) is None
    ]
    shown = _shown_statuses(sheet, col, numbers, classify)
    for row, meaning in shown.items():
        rows[row - 1][col - 1] = CellRuled(meaning.value, float(_at(rows, row, col)))
    return bool(shown)


def _shown_statuses(
    sheet: Any, col: int, cells: list[int], classify: Callable[[Any], Status | None]
) -> dict[int, Status]:
    """row -> the status of the fill Excel shows on the cell (row, ``col``) with its conditional
    formats applied (``DisplayFormat``, desktop Excel 2010 and later; read as a fill is, the
    settings' ``colour.`` lines first): one call per cell under a rule, none where the column has
    no conditional format. A cell no rule covers keeps its own fill, no status."""
    said: dict[int, Status] = {}
    if not cells:
        return said
    try:
        if not sheet.range((cells[0], col), (cells[-1], col)).api.FormatConditions.Count:
            return said
    except Exception:  # an engine without conditional formats to ask
        return said
    for row in cells:
        try:
            cell = sheet.range((row, col)).api
            if not cell.FormatConditions.Count:
                continue  # no rule over this cell: its fill is its own
            colour = _shown_colour(cell)
        except Exception:  # no DisplayFormat (Excel 2007, the Mac): what is read so far
            return said
        meaning = classify(CellFill(colour)) if colour else None
        if meaning in FILL_STATUSES:
            said[row] = meaning
    return said


def _at(rows: list[list[Any]], row: int, col: int) -> Any:
    line = rows[row - 1] if row - 1 < len(rows) else []
    return line[col - 1] if col - 1 < len(line) else None


def marked_sheets(book: Any) -> set[str]:
    """The sheets that carry xlfollow's mark (a hidden sheet-level name ``_xlfollow``), where the
    engine lists defined names with their scope (desktop Excel: "Kontroll!_xlfollow")."""
    found: set[str] = set()
    if is_remote(book):
        return found
    try:
        names = [n.name for n in book.names]
    except Exception:  # an engine without names
        return found
    for name in names:
        sheet, bang, local = str(name).rpartition("!")
        if bang and local == OWNED_NAME:
            found.add(sheet.strip("'").replace("''", "'"))
    return found


def chunks(addresses: Iterable[str], limit: int = ADDRESS_LIMIT) -> Iterator[str]:
    """Multi-area addresses ("E5,E9,E12:E14") of at most ``limit`` characters."""
    current: list[str] = []
    length = 0
    for address in addresses:
        extra = len(address) + (1 if current else 0)
        if current and length + extra > limit:
            yield ",".join(current)
            current, length = [], 0
            extra = len(address)
        current.append(address)
        length += extra
    if current:
        yield ",".join(current)


def runs(rows: list[int], col: int) -> list[str]:
    """Rows of one column as addresses, consecutive rows joined (E5:E7)."""
    out: list[str] = []
    letter = col_letter(col)
    ordered = sorted(set(rows))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(f"{letter}{ordered[i]}" if i == j else f"{letter}{ordered[i]}:{letter}{ordered[j]}")
        i = j + 1
    return out


class LiveWriter:
    def __init__(self, book: Any) -> None:
        self.book = book
        self.remote = is_remote(book)

    def areas(self, sheet: Any, addresses: list[str]) -> Iterator[Any]:
        """Ranges covering ``addresses``: several areas per range on desktop Excel, one on the
        remote engine (which applies only the first area of a multi-area address)."""
        if self.remote:
            for address in addresses:
                yield sheet.range(address)
        else:
            for address in chunks(addresses):
                yield sheet.range(address)

    # --- status cells ----------------------------------------------------------------------
    def paint(self, plan: Plan) -> None:
        for name in plan.data_sheets():
            self.paint_sheet(self.book.sheets[name], plan.looks_on(name))

    def paint_sheet(self, sheet: Any, looks: list[Look]) -> None:
        self.clear_own_looks(sheet, [m for m in looks if m.status is None])
        coloured = Plan(sheet.name, [m for m in looks if m.status is not None], [], [])
        if self.replace_api() is not None and self.paint_by_replace(sheet, coloured):
            return
        cells_of: dict[tuple[Status | str, bool | None], list[tuple[int, int]]] = defaultdict(list)
        for look in coloured.looks:
            if look.status is not None:
                number = is_number(look.typed)
                cells_of[(look.status, None if number else look.cue is not None)].append((look.row, look.col))
        for (status, cue), cells in cells_of.items():
            by_col: dict[int, list[int]] = defaultdict(list)
            for row, col in cells:
                by_col[col].append(row)
            addresses = [a for col, rows in by_col.items() for a in runs(rows, col)]
            for rng in self.areas(sheet, addresses):
                fill, font = LOOK_COLOURS[status]
                rng.color = "#" + fill
                rng.font.color = "#" + font
                rng.font.bold = True
                if cue is not None:  # a status written as a number keeps the user's number format
                    rng.number_format = cue_format(status) if cue else "General"

    def clear_own_looks(self, sheet: Any, looks: list[Look]) -> None:
        """Blank or unknown status cells lose xlfollow's look only: a cell whose fill *and* text
        colour are one of xlfollow's pairs (the live equivalent of the file writer's named style;
        Excel's own Good, Neutral and Bad styles share the fills but not the text colours, and a
        blank cell in one of them is a status kept by colour). A user's own fill, font or number
        format stays. Where the engine cannot read a cell's format (xlwings' remote engine,
        xlwings Lite), nothing is cleared: nothing is lost."""
        for cell in looks:
            rng = sheet.range((cell.row, cell.col))
            try:
                shown = (_hex(rng.color), _hex(rng.font.color))
            except Exception:  # the engine cannot read formats
                return
            if shown in OWN_LOOKS:
                rng.color = None
                rng.font.color = None
                rng.font.bold = False
                rng.number_format = "General"

    def replace_api(self) -> Any:
        """Excel's application object where Range.Replace can apply a format (desktop Excel on
        Windows), else ``None``."""
        if self.remote or sys.platform != "win32":
            return None
        api = getattr(self.book.app, "api", None)
        return api if api is not None and hasattr(api, "ReplaceFormat") else None

    def paint_by_replace(self, sheet: Any, plan: Plan) -> bool:
        """Colour by Range.Replace with a replacement format: every cell of the status column
        that holds one typed text gets its look in one call, so the calls grow with the number
        of different texts (bounded by the vocabulary), not with the rows. Blank and unknown
        cells are cleared before, by ``clear_own_looks``. Returns False when it cannot be used (text only)."""
        if not plan.looks or any(
            (m.typed is not None or m.status is not None) and not isinstance(m.typed, str) for m in plan.looks
        ):
            return False  # (a scale's mark is coloured where it stands, not found by a text: core/scale.py)
        cols = {m.col for m in plan.looks}
        if len(cols) != 1:
            return False
        col = cols.pop()
        rows = [m.row for m in plan.looks]
        if min(rows) == max(rows):
            return False  # Replace on a one-cell range searches the whole sheet: colour the cell itself
        column = sheet.range(f"{col_letter(col)}{min(rows)}:{col_letter(col)}{max(rows)}").api
        fmt = self.replace_api().ReplaceFormat
        groups: dict[tuple[Status | str, bool], set[str]] = defaultdict(set)
        for m in plan.looks:
            if isinstance(m.typed, str) and m.status is not None:
                groups[(m.status, m.cue is not None)].add(m.typed)
        try:
            for (status, cue), texts in groups.items():
                fmt.Clear()
                fill, font = LOOK_COLOURS[status]
                fmt.Interior.Color = bgr(fill)
                fmt.Font.Color = bgr(font)
                fmt.Font.Bold = True
                fmt.NumberFormat = cue_format(status) if cue else "General"
                for text in sorted(texts):
                    column.Replace(
                        What=_wildcards(text),
                        Replacement=text,
                        LookAt=XL_WHOLE,
                        SearchOrder=XL_BY_ROWS,
                        MatchCase=True,
                        SearchFormat=False,
                        ReplaceFormat=True,
                    )
        finally:
            fmt.Clear()
            # Excel keeps Replace's options for the user's next Find (whole cell, match case):
            # put back the defaults the Find dialog opens with
            with contextlib.suppress(Exception):
                column.Find(
                    What="", LookAt=XL_PART, SearchOrder=XL_BY_ROWS, MatchCase=False, SearchFormat=False
                )
        return True

    # --- notes --------------------------------------------------------------------------------
    def notes(self, plan: Plan) -> bool:
        """Write the plan's notes; False when this Excel cannot (xlwings Lite on an Excel API
        below 1.18 raises NotImplementedError): then the issues stand on Kontroll only."""
        try:
            self._notes(plan)
        except NotImplementedError:
            return False
        return True

    def _notes(self, plan: Plan) -> None:
        for note in plan.notes:
            sheet = self.book.sheets[note.sheet or plan.data_sheet]
            rng = sheet.range(cell_ref(note.row, note.col))
            existing = rng.note
            if existing is not None:
                if self.remote:
                    continue  # its text cannot be read here: it may be someone else's; leave it
                try:
                    text = existing.text or ""
                except Exception:
                    continue
                if not text.lstrip().startswith(NOTE_PREFIX):
                    continue  # a user's own note stays; the issue is on the Kontroll sheet
                existing.delete()
            rng.add_note(note.text)

    # --- cells given a value -------------------------------------------------------------------
    def put_values(self, values: list[CellValue]) -> None:
        """Each cell's value as the plan gives it (text as text, never a formula); the cell keeps
        its format. A new cell takes the format of the cell the plan names, where the engine
        can copy formats (desktop Excel)."""
        for value in values:
            sheet = self.book.sheets[value.sheet]
            rng = sheet.range((value.row, value.col))
            rng.value = as_text(value.value)
            if value.style_from is not None and not self.remote:
                with contextlib.suppress(Exception):  # an engine that cannot copy formats
                    sheet.range(value.style_from).copy()
                    rng.paste("formats")

    def validations(self, plan: Plan) -> None:
        """The plan's dropdowns, through Excel's own Validation (desktop Excel; the remote engines
        have none, and the cells then take typed text)."""
        for wanted in plan.validations:
            sheet = self.book.sheets[wanted.sheet]
            with contextlib.suppress(Exception):  # an Excel (for Mac) whose API differs: no dropdown
                if wanted.area:
                    sheet.range(wanted.area.replace(" ", ",")).api.Validation.Delete()
                if not wanted.cells:
                    continue
                rule = sheet.range(wanted.cells.replace(" ", ",")).api.Validation
                rule.Delete()
                rule.Add(3, 2, 1, f"={wanted.choices}")  # xlValidateList, xlValidAlertWarning, xlBetween
                rule.InputTitle = VALIDATION_TITLE
                rule.InputMessage = wanted.prompt[:255]

    # --- sheets xlfollow owns -------------------------------------------------------------------
    def drop_sheet(self, wanted: str, owned: set[str]) -> None:
        """Remove xlfollow's sheet ``wanted`` (never a user's sheet of that name)."""
        name = own_sheet(wanted, owned)
        if name is not None and name in [s.name for s in self.book.sheets]:
            self.book.sheets[name].delete()
            owned.discard(name)

    def write_sheet(self, plan: SheetPlan, owned: set[str] | None = None) -> None:
        """Write one of xlfollow's sheets: the one it wrote before is replaced; a user's sheet of
        that name stays, and xlfollow writes beside it ("Kontroll (xlfollow)"), as the file
        writer does. The new sheet is marked as xlfollow's where the engine can (desktop Excel)."""
        owned = owned if owned is not None else set()
        names = [s.name for s in self.book.sheets]
        name = own_sheet_name(plan.name, owned, names) if plan.owned else plan.name
        if name in names:
            self.book.sheets[name].delete()
        sheet = self.book.sheets.add(name, after=self.book.sheets[len(self.book.sheets) - 1])
        if plan.owned:
            owned.add(name)
            self._mark_own(sheet)
        rows = max((c.row for c in plan.cells), default=1)
        cols = max((c.col for c in plan.cells), default=1)
        block: list[list[Any]] = [[None] * cols for _ in range(rows)]
        for cell in plan.cells:
            block[cell.row - 1][cell.col - 1] = as_text(cell.value)
        sheet.range((1, 1), (rows, cols)).value = block
        by_style: dict[str, list[str]] = defaultdict(list)
        for cell in plan.cells:
            if cell.style:
                by_style[cell.style].append(cell_ref(cell.row, cell.col))
        for name, addresses in by_style.items():
            for rng in self.areas(sheet, addresses):
                self._style(rng, STYLES[name])
        for col, width in plan.widths.items():
            sheet.range(f"{col_letter(col)}:{col_letter(col)}").column_width = width
        for row, height in plan.heights.items():
            sheet.range(f"{row}:{row}").row_height = height
        for r1, c1, r2, c2 in plan.merges:
            sheet.range(f"{cell_ref(r1, c1)}:{cell_ref(r2, c2)}").merge()
        for cell in plan.cells:
            if cell.link:
                sheet.range(cell_ref(cell.row, cell.col)).add_hyperlink(f"#{cell.link}", str(cell.value))
        if plan.chart is not None:
            self._chart(sheet, plan)
        if not self.remote:
            self._page_setup(sheet, plan)

    def _chart(self, sheet: Any, plan: SheetPlan) -> bool:
        """The plan's stacked bar chart through xlwings' chart API (desktop Excel and the remote
        engine): the count table as source, series in columns, each series in its colour, the title.
        Counts inside the bars and the description (alternative text) are the file writer's only:
        xlwings has no API for them. Returns False where the engine has no charts."""
        spec = plan.chart
        assert spec is not None
        cols = sorted(s.col for s in spec.series)
        if cols != list(range(cols[0], cols[0] + len(cols))) or cols[0] != spec.categories_col + 1:
            return False  # the source must be one block: categories, then the series
        header = spec.series[0].name_cell[0]
        left, top, right, bottom = _anchor_points(plan, spec.anchor)
        try:
            chart = sheet.charts.add(left, top, right - left, bottom - top)
            source = sheet.range((header, spec.categories_col), (spec.last_row, cols[-1]))
            try:
                chart.set_source_data(source, plot_by="columns")
            except TypeError:  # desktop xlwings: series follow the shape of the block
                chart.set_source_data(source)
            chart.chart_type = "bar_stacked"
            with contextlib.suppress(Exception):
                chart.title = spec.title
        except (NotImplementedError, AttributeError):
            return False
        colours = ["#" + s.colour for s in spec.series]
        try:
            for series, colour in zip(chart.series, colours, strict=False):
                series.fill_color = colour
        except NotImplementedError:
            # the remote engine knows a new chart's series only after Excel made them; its series
            # objects (xlwings 0.37.8, pinned) take a colour by position all the same
            with contextlib.suppress(Exception):
                from xlwings.pro._xlremote import ChartSeries

                for key, colour in enumerate(colours, start=1):
                    ChartSeries(chart.impl, key).set(fill_color=colour)
        return True

    def _mark_own(self, sheet: Any) -> None:
        """xlfollow's mark on a sheet it wrote (a hidden sheet-level name, as the file writer
        writes it), so that both readers know the sheet as xlfollow's (desktop Excel)."""
        if self.remote:
            return
        with contextlib.suppress(Exception):
            sheet.api.Names.Add(Name=OWNED_NAME, RefersTo='="xlfollow"', Visible=False)

    @staticmethod
    def _style(rng: Any, spec: StyleSpec) -> None:
        if spec.fill:
            rng.color = "#" + spec.fill
        if spec.font_colour:
            rng.font.color = "#" + spec.font_colour
        if spec.bold:
            rng.font.bold = True
        if spec.italic:
            rng.font.italic = True
        if spec.size != 11:
            rng.font.size = spec.size
        if spec.num_format:
            rng.number_format = spec.num_format
        if spec.wrap:
            rng.wrap_text = True

    @staticmethod
    def _page_setup(sheet: Any, plan: SheetPlan) -> None:
        """A4 landscape, one page wide, repeated header rows, header and footer (desktop Excel)."""
        try:
            setup = sheet.api.PageSetup
            setup.Orientation = 2  # xlLandscape
            setup.PaperSize = 9  # xlPaperA4
            setup.Zoom = False
            setup.FitToPagesWide = 1
            setup.FitToPagesTall = False
            if plan.repeat_rows:
                setup.PrintTitleRows = f"${plan.repeat_rows[0]}:${plan.repeat_rows[1]}"
            setup.CenterHeader = plan.header.replace("&", "&&")
            setup.RightFooter = plan.footer.replace("{page}", "&P").replace("{pages}", "&N")
        except Exception:
            pass


def _anchor_points(plan: SheetPlan, anchor: tuple[int, int, int, int]) -> tuple[float, float, float, float]:
    """The chart's anchor cells (from col, from row, to col, to row) in points from A1, from the
    plan's column widths (characters) and row heights (points; 15 where the plan sets none)."""
    from_col, from_row, to_col, to_row = anchor

    def x(col: int) -> float:
        return sum((7 * plan.widths.get(c, 8.43) + 5) * 0.75 for c in range(1, col))

    def y(row: int) -> float:
        return sum(plan.heights.get(r, 15.0) for r in range(1, row))

    return x(from_col), y(from_row), x(to_col + 1), y(to_row + 1)


def apply_plan_live(plan: Plan, book: Any, owned: Iterable[str] = ()) -> bool:
    """Apply ``plan`` to the open workbook (``owned``: the sheets the reader knew as xlfollow's).
    Returns False when the notes could not be written (an Excel whose API has no notes: the issues
    are on Kontroll only)."""
    writer = LiveWriter(book)
    own = set(owned)
    if plan.values:
        writer.put_values(plan.values)
    if plan.looks:
        writer.paint(plan)
    notes = True
    if plan.notes:
        notes = writer.notes(plan)
    for wanted in plan.drop:
        writer.drop_sheet(wanted, own)
    for sheet in plan.sheets:
        writer.write_sheet(sheet, own)
    if plan.validations and not writer.remote:
        writer.validations(plan)
    return notes


def _user_fill(rng: Any) -> str | None:
    """A cell's fill as RRGGBB, unless it has none or it is xlfollow's own status look (its fill
    and text colour one of xlfollow's pairs). Raises where the engine cannot read formats."""
    colour = _hex(rng.color)
    if colour is None or (colour, _hex(rng.font.color)) in OWN_LOOKS:
        return None
    return colour


def _colour_at(sheet: Any, row: int, col: int) -> str | None:
    return _hex(sheet.range((row, col)).color)


def _fills(
    sheet: Any, rows: list[list[Any]], layout: Layout, col: int, last: int
) -> dict[tuple[int, int], str]:
    """The fills of the status column's cells of a table read by its fills (one call per cell;
    xlfollow's own look and no fill left out), and of the item cell beside a fill on a row with no
    other value (a shaded heading is filled whole)."""
    found: dict[tuple[int, int], str] = {}
    item = layout.column("item") or 0
    for row in range(layout.header_row + 1, last + 1):
        for at in (col, item):
            colour = _user_fill(sheet.range((row, at)))
            if colour is not None:
                found[(row, at)] = colour
            line = rows[row - 1]
            if (row, col) not in found or any(
                v is not None for c, v in enumerate(line, 1) if c not in (col, item)
            ):
                break
    return found


def _hex(colour: Any) -> str | None:
    """A colour as the engine gives it (a hex string, an RGB tuple, None) as RRGGBB in capitals."""
    if isinstance(colour, tuple) and len(colour) >= 3:
        return "{:02X}{:02X}{:02X}".format(*colour[:3])
    if isinstance(colour, str):
        return colour.lstrip("#").upper()[:6]
    return None


OWN_LOOKS = {(fill, font) for status, (fill, font) in LOOK_COLOURS.items() if status is not Status.MISSING}


def formula_cells(book: Any, layout: Layout, fields: tuple[str, ...]) -> dict[str, set[tuple[int, int]]]:
    """The cells of the data sheets' columns of ``fields`` that hold a formula (desktop Excel reads
    a column's formulas in one call; an engine that cannot: none known)."""
    found: dict[str, set[tuple[int, int]]] = {}
    for table in layout.tables():
        sheet = book.sheets[table.sheet]
        last = sheet.used_range.last_cell.row
        columns = [c for name in fields if (c := table.column(name)) is not None]
        if "status" in fields:
            columns += [c for c in table.scale if c not in columns]  # every step of a scale (core/scale.py)
        for col in columns:
            try:
                formulas = sheet.range((1, col), (last, col)).options(ndim=2).formula
            except Exception:  # an engine without formulas
                continue
            for row, line in enumerate(formulas or [], start=1):
                value = line[0] if isinstance(line, list | tuple) and line else line
                if isinstance(value, str) and value.startswith("="):
                    found.setdefault(table.sheet, set()).add((row, col))
    return found
