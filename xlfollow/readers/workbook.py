"""Reading a workbook's values, safely: the zip is checked (sizes, ratios, names, required parts)
and each sheet's extent is checked before python-calamine inflates it, so that a hostile or
broken file gives a clear message instead of a crash, a hang or gigabytes of memory."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from xlfollow.errors import InputError, WorkbookError

# Limits (also in the README). Real workbooks compress 4-7:1.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED = 1024 * 1024 * 1024
MAX_MEMBER_RATIO = 100  # for members larger than RATIO_FLOOR once inflated
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 10_000
MAX_SHEET_CELLS = 20_000_000  # rows x columns of a sheet's used area
MAX_TEXT = 32_767

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')


@dataclass(frozen=True)
class SheetValues:
    name: str
    rows: list[list[Any]]  # 0-based rows of cell values; None for blank
    visible: bool = True


@dataclass(frozen=True)
class BookValues:
    path: str
    sheets: dict[str, SheetValues]

    def rows(self) -> dict[str, list[list[Any]]]:
        return {name: sheet.rows for name, sheet in self.sheets.items()}


def open_zip(path: Path) -> zipfile.ZipFile:
    """The workbook as a checked zip archive, or a clear :class:`InputError`."""
    name = str(path)
    if not path.exists():
        raise InputError("file-not-found", path=name)
    if path.is_dir():
        raise InputError("not-a-workbook", path=name, detail="en mapp")
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise WorkbookError("write-failed", path=name, detail=exc.strerror or str(exc)) from None
    if size == 0:
        raise InputError("not-a-workbook", path=name, detail="tom fil")
    if head.startswith(_OLE_MAGIC):
        with path.open("rb") as handle:
            blob = handle.read(1024 * 1024)
        if (
            "EncryptionInfo".encode("utf-16-le") in blob
            or b"EncryptedPackage" in blob
            or "EncryptedPackage".encode("utf-16-le") in blob
        ):
            raise InputError("encrypted", path=name)
        raise InputError("not-a-workbook", path=name, detail="gammalt .xls-format")
    if size > MAX_FILE_BYTES:
        raise InputError(
            "too-large", path=name, detail=f"{size // 2**20} MB", limit=f"{MAX_FILE_BYTES // 2**20} MB"
        )
    if not head.startswith(b"PK"):
        raise InputError("not-a-workbook", path=name, detail="inte en zip-fil")
    try:
        archive = zipfile.ZipFile(path)
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError("corrupt", path=name, detail=str(exc)) from None
    try:
        check_members(infos, name)
    except InputError:
        archive.close()
        raise
    return archive


def check_members(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise InputError("too-large", path=name, detail=f"{len(infos)} delar", limit=str(MAX_MEMBERS))
    total = 0
    names = set()
    for info in infos:
        member = info.filename
        pure = PurePosixPath(member)
        if member.startswith(("/", "\\")) or ".." in pure.parts or ":" in member or "\\" in member:
            raise InputError("corrupt", path=name, detail=f"ogiltigt delnamn {member[:80]!r}")
        if info.flag_bits & 0x1:
            raise InputError("encrypted", path=name)
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_MEMBER_RATIO * max(info.compress_size, 1):
            raise InputError(
                "too-large",
                path=name,
                detail=f"{member} packas upp {info.file_size // max(info.compress_size, 1)} gånger",
                limit=f"{MAX_MEMBER_RATIO} gånger",
            )
        names.add(member)
    if total > MAX_UNCOMPRESSED:
        raise InputError(
            "too-large",
            path=name,
            detail=f"{total // 2**20} MB uppackat",
            limit=f"{MAX_UNCOMPRESSED // 2**20} MB",
        )
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise InputError("not-a-workbook", path=name, detail="saknar arbetsboksdelar")


def sheet_extent(data: bytes) -> tuple[int, int]:
    """The largest row and column any cell of a sheet's XML refers to."""
    max_row = 0
    letters: set[bytes] = set()
    for col, row in _CELL_REF.findall(data):
        letters.add(col)
        r = int(row)
        if r > max_row:
            max_row = r
    max_col = 0
    for col in letters:
        value = 0
        for ch in col:
            value = value * 26 + ch - 64
        max_col = max(max_col, value)
    return max_row, max_col


def read_values(path: Path) -> BookValues:
    """Every worksheet's values (cached values of formulas), blank cells as ``None``."""
    import python_calamine as calamine

    from xlfollow.writers.package import Package

    name = str(path)
    with open_zip(path) as archive:
        try:
            package = Package.from_zip(archive)
            package.xml("[Content_Types].xml")  # the writer edits it: it must be well-formed
            parts = package.sheet_parts()
            for sheet_name, part in parts:
                rows, cols = sheet_extent(archive.read(part))
                if rows * cols > MAX_SHEET_CELLS:
                    raise InputError(
                        "too-large",
                        path=name,
                        detail=f"bladet ”{sheet_name}” sträcker sig över {rows} rader och {cols} kolumner",
                        limit=f"{MAX_SHEET_CELLS:,} celler".replace(",", " "),
                    )
        except InputError:
            raise
        except Exception as exc:  # malformed XML, missing parts
            raise InputError("corrupt", path=name, detail=type(exc).__name__) from None
    try:
        book = calamine.CalamineWorkbook.from_path(name)
        sheets: dict[str, SheetValues] = {}
        for meta in book.sheets_metadata:
            if "WorkSheet" not in str(meta.typ):
                continue
            sheet = book.get_sheet_by_name(meta.name)
            rows_values = [
                [None if v == "" else v for v in row] for row in sheet.to_python(skip_empty_area=False)
            ]
            sheets[meta.name] = SheetValues(meta.name, rows_values, "Visible" in str(meta.visible))
    except InputError:
        raise
    except Exception as exc:
        raise InputError("corrupt", path=name, detail=f"{type(exc).__name__}: {str(exc)[:120]}") from None
    return BookValues(path=name, sheets=sheets)
