"""A stand-in for a desktop Excel workbook behind xlwings (the COM engine's API surface that
xlfollow uses), which counts every call into "Excel". For measuring the live writer's calls; the
behaviour of real Excel is not modelled beyond what the writer needs."""

from __future__ import annotations

from collections import Counter
from typing import Any

from xlfollow.core.a1 import col_letter


class Calls(Counter[str]):
    def hit(self, what: str) -> None:
        self[what] += 1


class FakeFont:
    """A range's font: setting its colour is recorded (and read back where the stand-in's sheet
    has readable formats, as desktop Excel has)."""

    def __init__(self, calls: Calls, sheet: Any = None, address: str = "") -> None:
        object.__setattr__(self, "calls", calls)
        object.__setattr__(self, "sheet", sheet)
        object.__setattr__(self, "address", address)

    def __setattr__(self, name: str, value: Any) -> None:
        self.calls.hit(f"font.{name}")
        if name == "color" and self.sheet is not None and self.sheet.fills is not None:
            self.sheet.font_colours[self.address] = value

    def __getattr__(self, name: str) -> Any:
        sheet = self.__dict__.get("sheet")
        if name == "color" and sheet is not None and sheet.fills is not None:
            sheet.calls.hit("read font color")
            return sheet.font_colours.get(self.__dict__.get("address"))
        if name in ("bold", "italic") and sheet is not None and sheet.fills is not None:
            sheet.calls.hit(f"read font {name}")
            return name in sheet.font_flags.get(self.__dict__.get("address"), ())
        raise AttributeError(name)


class FakeRange:
    def __init__(self, sheet: FakeSheet, address: str) -> None:
        self.sheet, self.address = sheet, address
        self.font = FakeFont(sheet.calls, sheet, address)
        self.note = None

    def options(self, **_: Any) -> FakeRange:
        return self

    @property
    def value(self) -> Any:
        self.sheet.calls.hit("read")
        return self.sheet.values

    @value.setter
    def value(self, block: Any) -> None:
        """Written as Excel would hold it: a block from the range's first cell (the stand-in's
        values then read back what was written, as a later click reads Excel's cells)."""
        from xlfollow.core.a1 import parse_cell

        self.sheet.calls.hit("write")
        self.sheet.written.append(block)
        row, col = parse_cell(self.address.split(":")[0].replace("$", ""))
        rows = block if isinstance(block, list) and block and isinstance(block[0], list) else [[block]]
        for r, line in enumerate(rows):
            for c, value in enumerate(line):
                self.sheet.put(row + r, col + c, value)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("color", "number_format", "wrap_text", "column_width", "row_height"):
            if len(str(getattr(self, "address", ""))) > 255:
                raise ValueError("Excel refuses addresses over 255 characters")
            self.sheet.calls.hit(name)
            if name in ("color", "number_format"):
                for cell in cells_of(self.address):
                    self.sheet.set_log.setdefault(name, {})[cell] = value
            if name == "color" and self.sheet.fills is not None:
                self.sheet.fills[self.address] = value
        object.__setattr__(self, name, value)

    def __getattr__(self, name: str) -> Any:
        """Reading a fill: only where the stand-in's sheet has readable fills (desktop Excel)."""
        sheet = self.__dict__.get("sheet")
        if name == "color" and sheet is not None and sheet.fills is not None:
            sheet.calls.hit("read color")
            return sheet.fills.get(self.address)
        raise AttributeError(name)

    def merge(self) -> None:
        self.sheet.calls.hit("merge")

    def add_hyperlink(self, target: str, *_: Any) -> None:
        self.sheet.calls.hit("hyperlink")
        self.sheet.links.add(target.lstrip("#"))

    def add_note(self, _: str) -> None:
        self.sheet.calls.hit("note")
        self.sheet.notes.update(cells_of(self.address))

    @property
    def api(self) -> Any:
        from xlfollow.core.a1 import parse_cell

        if self.sheet.com is None:
            raise AttributeError("no COM object here")
        if "," in self.address:  # several areas: only what xlfollow asks of such ranges
            return FakeValidationApi(self.sheet, self.address)
        first, _, last = self.address.partition(":")
        (r1, c1), (r2, _) = parse_cell(first), parse_cell(last or first)
        return FakeColumnApi(self.sheet, c1, r1, r2, self.sheet.com.ReplaceFormat)


def cells_of(address: str) -> list[tuple[int, int]]:
    """The (row, column) cells of an address: "C5", "C5:C7", "C5,C9:C11"."""
    from xlfollow.core.a1 import parse_cell

    out = []
    for area in address.replace("$", "").split(","):
        first, _, last = area.partition(":")
        if not first or not first[-1].isdigit():
            continue  # whole columns or rows ("A:A", "5:5"): widths and heights
        (r1, c1), (r2, c2) = parse_cell(first), parse_cell(last or first)
        out += [(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]
    return out


class LastCell:
    def __init__(self, rows: int, cols: int) -> None:
        self.row, self.column = rows, cols


class UsedRange:
    def __init__(self, sheet: FakeSheet) -> None:
        self.last_cell = LastCell(len(sheet.values), max((len(r) for r in sheet.values), default=1))


class FakeSheet:
    def __init__(self, name: str, values: list[list[Any]], calls: Calls) -> None:
        self.name, self.values, self.calls = name, values, calls
        self.formats: dict[tuple[int, int], dict[str, Any]] = {}
        self.com: FakeAppApi | None = None
        self.fills: dict[str, Any] | None = None  # cell address -> fill, where the engine can read fills
        self.font_colours: dict[str, Any] = {}  # cell address -> text colour (read where fills are)
        self.font_flags: dict[str, set[str]] = {}  # cell address -> {"bold", "italic"} (read where fills are)
        self.written: list[Any] = []  # the blocks of values written, in order
        self.set_log: dict[str, dict[tuple[int, int], Any]] = {}  # "color"/"number_format" -> cell -> value
        self.notes: set[tuple[int, int]] = set()
        self.links: set[str] = set()
        self.validations: dict[str, list[Any]] = {}  # dropdowns (FakeValidation)
        self.shown: dict[str, str] = {}  # cell address -> the fill a conditional format shows ("#RRGGBB")

    def put(self, row: int, col: int, value: Any) -> None:
        while len(self.values) < row:
            self.values.append([])
        line = self.values[row - 1]
        while len(line) < col:
            line.append(None)
        if isinstance(value, str) and value.startswith("'"):
            value = value[1:]  # Excel's text prefix: shown and read without it
        line[col - 1] = value

    def cell(self, row: int, col: int) -> Any:
        line = self.values[row - 1] if row - 1 < len(self.values) else []
        return line[col - 1] if col - 1 < len(line) else None

    @property
    def used_range(self) -> UsedRange:
        return UsedRange(self)

    def range(self, first: Any, last: Any = None) -> FakeRange:
        if isinstance(first, tuple):
            first = f"{col_letter(first[1])}{first[0]}"
        if isinstance(last, tuple):
            first += f":{col_letter(last[1])}{last[0]}"
        return FakeRange(self, first)

    def delete(self) -> None:
        self.calls.hit("delete sheet")

    @property
    def api(self) -> Any:
        raise AttributeError("no COM object here")


class FakeSheets(list[FakeSheet]):
    def __init__(self, calls: Calls, sheets: list[FakeSheet]) -> None:
        super().__init__(sheets)
        self.calls = calls

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return next(s for s in self if s.name == key)
        return super().__getitem__(key)

    def add(self, name: str, after: Any = None) -> FakeSheet:
        self.calls.hit("add sheet")
        sheet = FakeSheet(name, [], self.calls)
        sheet.com = self[0].com if len(self) else None  # the same Excel as the book's other sheets
        self.append(sheet)
        return sheet


class FakeApp:
    def __init__(self, calls: Calls, com: FakeAppApi | None = None) -> None:
        object.__setattr__(self, "calls", calls)
        object.__setattr__(self, "alerts", [])
        object.__setattr__(self, "asked", [])  # questions (alerts with buttons), answered by ``answer``
        object.__setattr__(self, "answer", None)
        if com is not None:
            object.__setattr__(self, "api", com)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "answer":
            object.__setattr__(self, name, value)
            return
        self.calls.hit(f"app.{name}")

    def alert(
        self, message: str, title: str = "", buttons: str = "ok", mode: str | None = None
    ) -> str | None:
        if buttons != "ok":
            self.asked.append(message)
            return self.answer  # type: ignore[no-any-return]
        self.alerts.append(message)
        return None


class FakeBook:
    def __init__(self, name: str, sheets: dict[str, list[list[Any]]], com: bool = False) -> None:
        self.calls = Calls()
        self.name = name
        api = FakeAppApi(self.calls) if com else None
        self.app = FakeApp(self.calls, api)
        self.sheets = FakeSheets(self.calls, [FakeSheet(n, v, self.calls) for n, v in sheets.items()])
        for sheet in self.sheets:
            sheet.com = api


class FakeFormat:
    """Excel's Application.ReplaceFormat (a CellFormat), recording what is set."""

    def __init__(self, calls: Calls) -> None:
        self.calls = calls
        self.values: dict[str, Any] = {}
        self.Interior = _Recorder(self, "Interior")
        self.Font = _Recorder(self, "Font")

    def Clear(self) -> None:
        self.calls.hit("ReplaceFormat.Clear")
        self.values.clear()

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "NumberFormat":
            self.calls.hit("ReplaceFormat.NumberFormat")
            self.values[name] = value
        object.__setattr__(self, name, value)


class _Recorder:
    def __init__(self, owner: FakeFormat, prefix: str) -> None:
        object.__setattr__(self, "owner", owner)
        object.__setattr__(self, "prefix", prefix)

    def __setattr__(self, name: str, value: Any) -> None:
        self.owner.calls.hit(f"ReplaceFormat.{self.prefix}.{name}")
        self.owner.values[f"{self.prefix}.{name}"] = value


class FakeValidation:
    """Excel's Range.Validation: Delete() and Add(Type, AlertStyle, Operator, Formula1), recorded on
    the sheet (``validations``: address -> (type, alert style, Formula1, input title))."""

    def __init__(self, sheet: FakeSheet, address: str) -> None:
        object.__setattr__(self, "sheet", sheet)
        object.__setattr__(self, "address", address)

    def Delete(self) -> None:
        self.sheet.calls.hit("Validation.Delete")
        for cell in cells_of(self.address):
            for address in [a for a, v in self.sheet.validations.items() if cell in v[4]]:
                del self.sheet.validations[address]

    def Add(self, Type: int, AlertStyle: int, Operator: int, Formula1: str) -> None:
        self.sheet.calls.hit("Validation.Add")
        cells = set(cells_of(self.address))
        self.sheet.validations[self.address] = [Type, AlertStyle, Formula1, None, cells]

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "InputTitle":
            self.sheet.validations[self.address][3] = value


class FakeValidationApi:
    def __init__(self, sheet: FakeSheet, address: str) -> None:
        self.Validation = FakeValidation(sheet, address)


class FakeColumnApi:
    """The COM Range of the status column: Replace applies the replacement format to every cell
    whose text equals What (whole cell, case-sensitive), as Excel does."""

    def __init__(self, sheet: FakeSheet, col: int, first: int, last: int, fmt: FakeFormat) -> None:
        self.sheet, self.col, self.first, self.last, self.fmt = sheet, col, first, last, fmt

    @property
    def Validation(self) -> FakeValidation:
        return FakeValidation(
            self.sheet, f"{col_letter(self.col)}{self.first}:{col_letter(self.col)}{self.last}"
        )

    def Replace(self, What: str, Replacement: str, **options: Any) -> None:
        self.sheet.calls.hit("Replace")
        assert options["LookAt"] == 1 and options["MatchCase"] and options["ReplaceFormat"]
        literal = What.replace("~*", "*").replace("~?", "?").replace("~~", "~")
        for row in range(self.first, self.last + 1):
            if self.sheet.cell(row, self.col) == literal:
                self.sheet.formats[(row, self.col)] = dict(self.fmt.values)

    def Find(self, What: str, **options: Any) -> None:
        """Excel keeps a Find's LookAt, MatchCase and SearchFormat for the user's next search."""
        self.sheet.calls.hit("Find")
        self.sheet.find_options = dict(options, What=What)

    @property
    def FormatConditions(self) -> Any:
        """As many conditions as the stand-in's cells of this column Excel shows in a rule's colour."""
        shown = [cells_of(a)[0] for a in self.sheet.shown]
        count = sum(c == self.col and self.first <= r <= self.last for r, c in shown)
        return type("FormatConditions", (), {"Count": count})()

    @property
    def DisplayFormat(self) -> Any:
        """The fill Excel shows (a conditional format's, else the cell's own), as Excel's colour number."""
        address = f"{col_letter(self.col)}{self.first}"
        colour = self.sheet.shown.get(address) or (self.sheet.fills or {}).get(address)
        interior = type("Interior", (), {"Color": _colour_number(colour)})()
        return type("DisplayFormat", (), {"Interior": interior})()

    @property
    def Interior(self) -> Any:
        """The first cell's colour number; ColorIndex as Excel gives it for the range: xlNone
        (-4142) where no cell has a fill of its own, None where they differ."""
        letter = col_letter(self.col)
        colour = (self.sheet.fills or {}).get(f"{letter}{self.first}")
        filled = [r for r in range(self.first, self.last + 1) if (self.sheet.fills or {}).get(f"{letter}{r}")]
        index = -4142 if not filled else None
        return type("Interior", (), {"Color": _colour_number(colour), "ColorIndex": index})()

    def SpecialCells(self, kind: int) -> Any:
        self.sheet.calls.hit("SpecialCells")
        blanks = [r for r in range(self.first, self.last + 1) if self.sheet.cell(r, self.col) is None]
        sheet, col = self.sheet, self.col

        class Blank:
            class Interior:
                def __setattr__(self, name: str, value: Any) -> None:
                    sheet.calls.hit("SpecialCells.Interior")
                    for r in blanks:
                        sheet.formats[(r, col)] = {"Interior.ColorIndex": value}

            Interior = Interior()  # type: ignore[misc,assignment]

        return Blank()


def _colour_number(colour: str | None) -> int:
    """ "#RRGGBB" as Excel's colour number (blue, green, red); no fill is white (16777215), as Excel says."""
    if not colour:
        return 16_777_215
    r, g, b = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return b << 16 | g << 8 | r


class FakeAppApi:
    def __init__(self, calls: Calls) -> None:
        self.ReplaceFormat = FakeFormat(calls)
