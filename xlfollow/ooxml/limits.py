"""What the file format may hold before anything is inflated: the limits (also in the README),
the checks of the zip directory, the extent of a sheet from its bytes, and loading a package's
bytes once, checked. A hostile or broken file gives a clear message instead of a crash, a hang
or gigabytes of memory."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path, PurePosixPath

from xlfollow.core.errors import InputError, WorkbookError, os_reason
from xlfollow.core.lazy import lazy
from xlfollow.core.texts import Phrase
from xlfollow.ooxml.package import Package, member_name
from xlfollow.ooxml.sheetbytes import odd_cells

# Limits (also in the README). Real workbooks compress 4-7:1.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED = 1024 * 1024 * 1024
# A high ratio alone is no bomb: a sheet of long repeated strings packs 120:1 and more. It is
# refused only for a member that would inflate beyond RATIO_FLOOR; the total is bounded anyway.
MAX_MEMBER_RATIO = 100  # for members larger than RATIO_FLOOR once inflated
RATIO_FLOOR = 16 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_SHEET_CELLS = 20_000_000  # rows x columns of a sheet's used area
MAX_TEXT = 32_767

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = ("EncryptionInfo", "EncryptedPackage")
_ROW_REF = lazy(rb'<(?:\w+:)?row\b[^>]*?\br="([0-9]{1,9})"')
_CELL_ROW = lazy(rb'<(?:\w+:)?c\b[^>]*?\br="[A-Z]{1,3}([0-9]{1,9})"')
# every row start tag (one scan): its number when it comes first, as Excel writes it, else b""
_ROW_FAST = re.compile(rb'<row(?: r="([0-9]{1,9})")?(?=[ >/"])')
_ROW_BODY = lazy(rb"<(?:\w+:)?row\b.*?</(?:\w+:)?row>", re.DOTALL)
_CELL_TAG = lazy(rb"<(?:\w+:)?c\b")


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def check_input(path: Path) -> None:
    """The workbook a command is to change: there, a file, and named as a workbook (so that a
    message about it names it, not the output made from its name)."""
    if not path.exists():
        raise InputError("file-not-found", path=str(path))
    if path.is_dir():
        raise InputError("input-is-folder", path=str(path))
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        raise InputError(
            "not-a-workbook", path=str(path), detail=Phrase("detail.suffix", suffix=path.suffix or "–")
        )


def load_package(path: Path) -> Package:
    """The workbook's bytes, read once and checked (kind of file, zip directory, sizes, ratios,
    names), as a package the reader and the writer both use."""
    name = str(path)
    if not path.exists():
        raise InputError("file-not-found", path=name)
    if path.is_dir():
        raise InputError("input-is-folder", path=name)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                "too-large",
                path=name,
                detail=Phrase("detail.megabytes", n=size // 2**20),
                limit=Phrase("detail.megabytes", n=MAX_FILE_BYTES // 2**20),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise WorkbookError("unreadable", path=name, detail=os_reason(exc)) from None
    if not data:
        raise InputError("not-a-workbook", path=name, detail=Phrase("detail.empty-file"))
    if data.startswith(_OLE_MAGIC):
        blob = data[: 1024 * 1024]
        if any(m in blob for m in (b"EncryptedPackage", *(w.encode("utf-16-le") for w in _ENCRYPTED))):
            raise InputError("encrypted", path=name)
        raise InputError("not-a-workbook", path=name, detail=Phrase("detail.xls"))
    if not data.startswith(b"PK"):
        raise InputError("not-a-workbook", path=name, detail=Phrase("detail.not-zip"))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except NotImplementedError:  # a header asking for a newer zip version or another compression
        raise InputError("corrupt", path=name, detail=Phrase("detail.zip-version")) from None
    except Exception:  # zipfile raises many kinds (IndexError, struct.error ...) on a broken directory
        raise InputError("corrupt", path=name, detail=Phrase("detail.zip-damaged")) from None
    check_members(infos, name)
    return Package(data, name, archive)


def check_members(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise InputError(
            "too-large", path=name, detail=Phrase("detail.members", n=len(infos)), limit=str(MAX_MEMBERS)
        )
    total = 0
    names = set()
    for info in infos:
        member = member_name(info.filename)  # a backslash some tools write is the slash
        pure = PurePosixPath(member)
        if not member or member.startswith("/") or ".." in pure.parts or ":" in member:
            raise InputError(
                "corrupt", path=name, detail=Phrase("detail.bad-member-name", name=repr(member[:80]))
            )
        if info.flag_bits & 0x1:
            raise InputError("encrypted", path=name)
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_MEMBER_RATIO * max(info.compress_size, 1):
            raise InputError(
                "too-large",
                path=name,
                detail=Phrase("detail.ratio", part=member, n=info.file_size // max(info.compress_size, 1)),
                limit=f"{MAX_MEMBER_RATIO}:1",
            )
        names.add(member.lower())  # part names compare without regard to case
    if total > MAX_UNCOMPRESSED:
        raise InputError(
            "too-large",
            path=name,
            detail=Phrase("detail.unpacked", n=total // 2**20),
            limit=Phrase("detail.megabytes", n=MAX_UNCOMPRESSED // 2**20),
        )
    if "[content_types].xml" not in names or not {"xl/workbook.xml", "_rels/.rels"} & names:
        raise InputError("not-a-workbook", path=name, detail=Phrase("detail.no-workbook-part"))


def sheet_extent(data: bytes) -> tuple[int, int]:
    """The largest row and column a sheet's cells can reach, from its bytes, without parsing:
    the rows from the row elements (and any cell reference with more digits than the last row),
    the columns from cell references of two or three letters (26 when there are none); for
    cells placed by position instead of by reference, from the widest row. The patterns start
    with a literal, so each is one fast scan of the bytes."""
    rows = _ROW_FAST.findall(data)
    if b"" in rows:  # a row start tag not of the form <row r="N": attributes in another order
        rows = _ROW_REF.findall(data)
    max_row = max(map(int, rows), default=0)
    max_col = 26  # single letters at most, unless longer ones appear
    # cell references with two or three letters, or with more digits than the last row: one scan
    unusual = re.compile(rb' r="(?:([A-Z]{2,3})([0-9]{1,9})|[A-Z]([0-9]{%d,9})")' % (len(str(max_row)) + 1))
    for letters, digits, longer in unusual.findall(data):
        max_row = max(max_row, int(digits or longer))
        value = 0
        for ch in letters:
            value = value * 26 + ch - 64
        max_col = max(max_col, value)
    if odd_cells(data):  # cells placed by position (no reference first), or prefixed
        bodies = _ROW_BODY.findall(data)
        max_col = max([max_col, *(len(_CELL_TAG.findall(b)) for b in bodies)])
        max_row = max([max_row, len(bodies), *(int(c) for c in _CELL_ROW.findall(data))])
    return max_row, max_col


def check_writable(package: Package, data_part: str | None) -> None:
    """What xlfollow reads but does not write: a Strict Open XML workbook (its parts would mix
    two vocabularies), a data sheet not stored as UTF-8 (patched as bytes). Said before anything
    is written."""
    if package.strict:
        raise InputError("strict-read-only", path=package.source)
    if data_part is not None and package.has(data_part):
        head = package.read(data_part)[:200]
        declared = re.search(rb"""encoding\s*=\s*["']([^"']+)["']""", head)
        utf16 = head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head[:10]
        if utf16 or (declared and declared.group(1).lower().replace(b"-", b"") != b"utf8"):
            raise InputError("sheet-encoding", path=package.source)
