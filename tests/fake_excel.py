"""A stand-in for a desktop Excel workbook behind xlwings (the COM engine's API surface that
xlfollow uses), which counts every call into "Excel". For measuring the live writer's calls; the
behaviour of real Excel is not modelled beyond what the writer needs."""

from __future__ import annotations

from collections import Counter
from typing import Any

from xlfollow.a1 import col_letter


class Calls(Counter[str]):
    def hit(self, what: str) -> None:
        self[what] += 1


class FakeFont:
    def __init__(self, calls: Calls) -> None:
        object.__setattr__(self, "calls", calls)

    def __setattr__(self, name: str, value: Any) -> None:
        self.calls.hit(f"font.{name}")


class FakeRange:
    def __init__(self, sheet: FakeSheet, address: str) -> None:
        self.sheet, self.address = sheet, address
        self.font = FakeFont(sheet.calls)
        self.note = None

    def options(self, **_: Any) -> FakeRange:
        return self

    @property
    def value(self) -> Any:
        self.sheet.calls.hit("read")
        return self.sheet.values

    @value.setter
    def value(self, block: Any) -> None:
        self.sheet.calls.hit("write")

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("color", "number_format", "wrap_text", "column_width", "row_height"):
            if len(str(getattr(self, "address", ""))) > 255:
                raise ValueError("Excel refuses addresses over 255 characters")
            self.sheet.calls.hit(name)
        object.__setattr__(self, name, value)

    def merge(self) -> None:
        self.sheet.calls.hit("merge")

    def add_hyperlink(self, *_: Any) -> None:
        self.sheet.calls.hit("hyperlink")

    def add_note(self, _: str) -> None:
        self.sheet.calls.hit("note")

    @property
    def api(self) -> Any:
        raise AttributeError("no COM object here")


class LastCell:
    def __init__(self, rows: int, cols: int) -> None:
        self.row, self.column = rows, cols


class UsedRange:
    def __init__(self, sheet: FakeSheet) -> None:
        self.last_cell = LastCell(len(sheet.values), max((len(r) for r in sheet.values), default=1))


class FakeSheet:
    def __init__(self, name: str, values: list[list[Any]], calls: Calls) -> None:
        self.name, self.values, self.calls = name, values, calls

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
        self.append(sheet)
        return sheet


class FakeApp:
    def __init__(self, calls: Calls) -> None:
        object.__setattr__(self, "calls", calls)
        object.__setattr__(self, "alerts", [])

    def __setattr__(self, name: str, value: Any) -> None:
        self.calls.hit(f"app.{name}")

    def alert(self, message: str, title: str = "") -> None:
        self.alerts.append(message)


class FakeBook:
    def __init__(self, name: str, sheets: dict[str, list[list[Any]]]) -> None:
        self.calls = Calls()
        self.name = name
        self.app = FakeApp(self.calls)
        self.sheets = FakeSheets(self.calls, [FakeSheet(n, v, self.calls) for n, v in sheets.items()])
