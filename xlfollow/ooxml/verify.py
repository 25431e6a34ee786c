"""The check a written workbook must pass before it may replace anything. It reads the written
file back, independently of how the writer built it, and proves at the byte level that nothing
the user had is lost: every part the user had is still there (bar xlfollow's own notes and its
own sheets' drawings), every part xlfollow did not change is the same compressed bytes with the
same checksum, and the data sheet differs only in the style attribute of cells (and the
reference to the notes' drawing).

What it catches (tests/test_verify.py breaks written files on purpose): a part dropped,
truncated or corrupted (its compressed bytes are compared with the original's, not only the
checksum fields the writer copied); a changed part that is no longer well-formed XML; a cell
start tag with a duplicated attribute; a style index outside the written cellXfs; and any
change to the data sheet outside its cells' style attributes: values, merged cells,
conditional formats, drawings, everything before and after the cell data."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import sys
import threading
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

from lxml import etree

from xlfollow.core.errors import InputError, WorkbookError
from xlfollow.core.lazy import lazy
from xlfollow.ooxml.newparts import VML_SHAPE
from xlfollow.ooxml.package import Package, parse, qualified, raw_member
from xlfollow.ooxml.sheetbytes import LEGACY_ELEMENT, SheetBytes, formulas_of, prefixed_cells

_STYLE = lazy(rb"""\ss\s*=\s*(?:"\d*"|'\d*')""")
_STYLE_SPACE = re.compile(rb' s="\d*"')
# a cell start tag holding its style twice (as a byte patch gone wrong would leave it)
_DOUBLE_STYLE = lazy(rb"""<(?:\w+:)?c\b[^>]*?\ss\s*=\s*["'][^"'>]*["'][^>]*?\ss\s*=""")
# the same, from the first style attribute on: starts with a literal (a fast scan); a hit is
# confirmed by _DOUBLE_STYLE from the start of its tag (text could hold the same characters)
_DOUBLE_STYLE_FAST = re.compile(rb' s="[^"]*"[^>]*? s=')
_STYLE_HINT = re.compile(rb"""s=["']""")
_SINGLE_QUOTED_STYLE = re.compile(rb"s='")  # a search, not `in`: several times faster on a large sheet
_USED_STYLES_FAST = re.compile(rb' s="(\d+)"')
_USED_STYLES = lazy(rb"""\ss\s*=\s*["'](\d+)["']""")
_AUTHOR = lazy(rb"<(?:\w+:)?author>([^<]*)</(?:\w+:)?author>")
_COMMENT_AUTHOR = lazy(rb'<(?:\w+:)?comment\b[^>]*\bauthorId="(\d+)"')
_COMMENT = lazy(rb"<(?:\w+:)?comment\b.*?</(?:\w+:)?comment>", re.DOTALL)
_TEXT = lazy(rb"<(?:\w+:)?t\b[^>]*>([^<]*)</(?:\w+:)?t>")


def only_xlfollows_notes(name: str, data: bytes) -> bool:
    """A notes part that held nothing but xlfollow's own notes (which it may remove)."""
    from xlfollow.core.plan_types import NOTE_AUTHOR, NOTE_PREFIX

    if name.endswith(".vml"):
        return all(b'ObjectType="Note"' in m.group(0) for m in VML_SHAPE.finditer(data))
    if b"<comments" not in data[:500] and b":comments" not in data[:500]:
        return False
    authors = [a.decode("utf-8", "replace") for a in _AUTHOR.findall(data)]
    for block in _COMMENT.finditer(data):
        author = _COMMENT_AUTHOR.search(block.group(0))
        index = int(author.group(1)) if author else -1
        if index < len(authors) and index >= 0 and authors[index] == NOTE_AUTHOR:
            continue
        text = b"".join(_TEXT.findall(block.group(0))).decode("utf-8", "replace")
        if not text.lstrip().startswith(NOTE_PREFIX):  # a button's note: the user's name, our prefix
            return False
    return True


def _without_styles(chunk: bytes) -> bytes:
    out = _STYLE_SPACE.sub(b"", chunk)  # starts with a literal: fast
    if _STYLE_HINT.search(out):  # other whitespace or quotes around a style attribute
        out = _STYLE.sub(b"", out)
    return out


def _digest_without_styles(data: bytes, start: int, stop: int, chunk: int = 1 << 20) -> bytes:
    """A digest of ``data[start:stop]`` (the sheet data) with every cell's style attribute taken
    out, computed a row block at a time (a style attribute never crosses the end of a row), so
    that the sheet data is never copied whole."""
    digest = hashlib.sha256()
    position = start
    while position < stop:
        end = data.find(b"</row>", position + chunk, stop)
        end = stop if end < 0 else end + len(b"</row>")
        digest.update(_without_styles(data[position:end]))
        position = end
    return digest.digest()


def sheet_digest(data: bytes) -> bytes:
    """The digest of a data sheet as xlfollow may not change it: everything before and after
    the cell data byte for byte (bar the notes' drawing reference), the cell data without the
    cells' style attributes."""
    sheet = SheetBytes(data)
    start, stop = sheet.span
    return hashlib.sha256(_outside_cells(sheet)).digest() + _digest_without_styles(data, start, stop)


def _outside_cells(sheet: SheetBytes) -> bytes:
    """Everything before and after a sheet's cell data, bar the notes' drawing reference (which
    xlfollow adds and removes): what no write of xlfollow's may change."""
    return sheet.head + b"\0" + LEGACY_ELEMENT.sub(b"", sheet.tail)


def _without_own_lists(sheet: SheetBytes) -> bytes:
    """Everything before and after the cell data as canonical XML, without the dropdowns xlfollow
    wrote (a settings sheet's learnt lines): what else is there must be as it was."""
    bare = SheetBytes(sheet.head + sheet.cells() + sheet.tail)
    bare.set_validations([])
    shell = parse(bare.head + b"<!--cells-->" + LEGACY_ELEMENT.sub(b"", bare.tail))
    return etree.tostring(shell, method="c14n")


def original_digest(package: Package, data_part: str) -> bytes:
    """The digest of the data sheet as it was in the file."""
    return sheet_digest(package.original(data_part))


class OriginalDigest:
    """The original sheet's digest, computed by a forked copy of this process for a large sheet
    (it depends only on the input, so it runs while this process checks, plans and writes). The
    copy shares the sheet's bytes, already inflated by the reader, instead of receiving them:
    nothing is pickled, inflated again or imported. For a small sheet, where there is no fork
    (Windows, macOS's default), one core or another thread (a host program's), or the copy
    fails, the digest is made here at once, from the sheet as the reader inflated it."""

    PARALLEL_FROM = 8 * 1024 * 1024  # bytes of sheet XML; below this a process costs more than it saves
    WAIT = 120.0  # seconds; a copy that has not answered by then is stopped and the digest made here

    def __init__(self, package: Package, data_part: str | None) -> None:
        self.package, self.data_part = package, data_part
        self._child: tuple[int, int] | None = None  # (process id, read end of its pipe)
        self._digest = b""  # made here
        info = package.infos.get(data_part or "")
        if info is None or data_part in package.edits:
            return  # no original to digest now: made from the file when needed
        try:
            sheet = package.read(data_part or "")
        except (KeyError, InputError):
            return
        forks = (
            info.file_size >= self.PARALLEL_FROM
            and sys.platform.startswith("linux")
            and (os.cpu_count() or 1) > 1
            and threading.active_count() == 1  # a fork of a process with threads may deadlock
        )
        self._child = self._fork(sheet) if forks else None
        if self._child is None:  # no copy wanted or to be had: made here, from the inflated sheet
            self._digest = _digest_or_nothing(sheet)

    @staticmethod
    def _fork(sheet: bytes) -> tuple[int, int] | None:
        """A copy of this process that writes the sheet's digest into a pipe and is gone:
        (its process id, the read end), or None when there is no copy to be had."""
        try:
            read_end, write_end = os.pipe()
        except OSError:
            return None
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:  # the copy: one digest into the pipe, then gone without running any cleanup
            code = 1
            try:
                os.close(read_end)
                os.write(write_end, sheet_digest(sheet))
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        return pid, read_end

    def result(self) -> bytes:
        if self._digest:
            return self._digest
        answer = self._answer()
        if len(answer) == _DIGEST_SIZE:
            return answer
        return original_digest(self.package, self.data_part or "")

    def _answer(self) -> bytes:
        if self._child is None:
            return b""
        _, fd = self._child
        import select  # here: only a large sheet's run has a copy to wait for

        chunks: list[bytes] = []
        try:
            if select.select([fd], [], [], self.WAIT)[0]:
                while chunk := os.read(fd, _DIGEST_SIZE):
                    chunks.append(chunk)
        except OSError:
            chunks = []
        self.close(done=bool(chunks))
        return b"".join(chunks)

    def close(self, done: bool = False) -> None:
        """Let go of the copy: waited for when it has answered (it is exiting), else stopped."""
        if self._child is None:
            return
        pid, fd = self._child
        self._child = None
        with contextlib.suppress(OSError):
            os.close(fd)
        with contextlib.suppress(OSError):
            if not done:
                import signal

                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)

    def __del__(self) -> None:  # a run that failed before the check: no copy is left behind
        self.close()


def _digest_or_nothing(sheet: bytes) -> bytes:
    """The sheet's digest, or nothing when it cannot be made (the check after writing then makes
    it from the file and says what is wrong)."""
    try:
        return sheet_digest(sheet)
    except ValueError:
        return b""


_DIGEST_SIZE = 64  # two SHA-256 digests: outside the cells, and the cells without their styles


def verify_written(
    package: Package,
    data_parts: Mapping[str, str],
    owned_parts: set[str],
    written: Path,
    original: OriginalDigest | None = None,
    expected: Mapping[str, Mapping[tuple[int, int], object]] | None = None,
) -> None:
    """``data_parts``: data sheet -> its part, for every user's sheet xlfollow changed (the
    first is named in a failure the check cannot place); ``original``: the digest of one of them,
    computed beforehand; ``expected``: sheet -> the (row, column) cells given a value on purpose
    (emptied for a new round, collected answers, settings lines) and that value: those sheets are
    compared cell by cell, every other cell's value and formula the same, and no cell given a
    value may have held a formula."""
    data_sheet = next(iter(data_parts), "")

    def fail(what: str) -> WorkbookError:
        return WorkbookError("verify-failed", path=package.source, sheet=what)

    try:
        data = written.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = {i.filename: i for i in archive.infolist()}
            removed = [name for name in package.infos if name not in infos]
            allowed = {n for n in removed if n in owned_parts or only_xlfollows_notes(n, package.original(n))}
            for name in removed:
                if name in allowed:
                    continue
                if name.endswith(".rels") and all(
                    target in allowed for _, _, target, _ in package.original_rels(name)
                ):
                    continue  # relationships that only pointed at parts removed with reason
                raise fail(name)
            for name, before in package.infos.items():
                after = infos.get(name)
                if after is None or name in package.edits:
                    continue
                if (after.CRC, after.file_size, after.compress_type) != (
                    before.CRC,
                    before.file_size,
                    before.compress_type,
                ) or raw_member(data, after) != package.raw(before):
                    raise fail(name)  # a copied part must be the same bytes, not only the same fields
            styles_count = None
            for name in package.edits:
                if name not in infos:
                    continue
                if name in data_parts.values():
                    continue  # inflated once, below, where it is compared
                content = archive.read(name)  # decompresses and checks the CRC
                # a part the user had, changed by xlfollow, must still be XML (xlfollow's own new
                # sheets are written whole by its own code and checked by their checksum)
                if name in package.infos and name.endswith((".xml", ".rels")):
                    try:
                        root = parse(content)
                    except etree.XMLSyntaxError:
                        raise fail(name) from None
                    if etree.QName(root).localname == "styleSheet":
                        xfs = root.find(qualified("cellXfs"))
                        styles_count = len(xfs) if xfs is not None else 0
            for sheet_name, data_part in data_parts.items():
                sheet = archive.read(data_part)
                _check_tags(sheet, styles_count, fail, sheet_name)
                if expected is not None and sheet_name in expected:
                    if not _only_expected(package, data_part, sheet, expected[sheet_name]):
                        raise fail(sheet_name)
                    continue
                new = sheet_digest(sheet)
                if original is not None and original.data_part == data_part:
                    old = original.result()
                else:
                    old = original_digest(package, data_part)
                if old != new:
                    raise fail(sheet_name)
    except WorkbookError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, NotImplementedError):
        raise WorkbookError("verify-failed", path=package.source, sheet=data_sheet) from None


def _only_expected(
    package: Package, part: str, written: bytes, cells: Mapping[tuple[int, int], object]
) -> bool:
    """Everything outside the cell data as it was; the ``cells`` given a value on purpose hold that
    value and held no formula; every other cell's value and formula as they were. Read by the
    streaming cell reader and a scan of the formulas, not by the code that wrote the cells."""
    from xlfollow.ooxml.cells import read_cells, strings_of
    from xlfollow.ooxml.package import rels_path

    before_bytes = package.original(part)
    old, new = SheetBytes(before_bytes), SheetBytes(written)
    if _outside_cells(old) != _outside_cells(new) and _without_own_lists(old) != _without_own_lists(new):
        return False
    rels = package.original_rels(rels_path(package.workbook))
    shared = next((t for _, ty, t, _ in rels if ty.endswith("/sharedStrings")), None)
    strings = strings_of(package.original(shared)) if shared in package.infos else []
    limit = 50_000_000
    before = read_cells(before_bytes, strings, set(), limit)
    after = read_cells(written, strings, set(), limit)
    formulas_before, formulas_after = formulas_of(before_bytes), formulas_of(written)
    if any(cell in formulas_before for cell in cells):
        return False  # a formula is never overwritten
    for cell in set(formulas_before) | set(formulas_after):
        if cell not in cells and formulas_before.get(cell) != formulas_after.get(cell):
            return False
    for r in range(max(len(before), len(after))):
        old_row = before[r] if r < len(before) else []
        new_row = after[r] if r < len(after) else []
        for c in range(max(len(old_row), len(new_row))):
            was = old_row[c] if c < len(old_row) else None
            now = new_row[c] if c < len(new_row) else None
            if (r + 1, c + 1) in cells:
                if not _same_value(now, cells[(r + 1, c + 1)]):
                    return False
            elif was != now:
                return False
    for (r, c), value in cells.items():  # cells beyond what the sheet holds now: must be empty
        if (r > len(after) or c > len(after[r - 1])) and not _same_value(None, value):
            return False
    return True


def _same_value(now: object, wanted: object) -> bool:
    import datetime as dt

    if isinstance(wanted, dt.date):
        from xlfollow.ooxml.sheetbytes import excel_serial

        wanted = excel_serial(wanted)
    if wanted is None or wanted == "":
        return now is None or now == ""
    if isinstance(wanted, bool) or isinstance(now, bool):
        return now is wanted
    if isinstance(wanted, int | float) and isinstance(now, int | float):
        return float(now) == float(wanted)
    return now == wanted


def _check_tags(
    sheet: bytes, styles_count: int | None, fail: Callable[[str], WorkbookError], name: str
) -> None:
    """No cell start tag holds a style attribute twice (the one attribute the digest leaves
    out: a duplicate of any other changes the digest), and every style index named exists.
    Patterns that start with a literal, so each is one fast scan; the general ones only where
    the sheet has prefixed cells or single quotes."""
    general = _SINGLE_QUOTED_STYLE.search(sheet) is not None or prefixed_cells(sheet)
    if (general and _DOUBLE_STYLE.search(sheet)) or _double_style(sheet):
        raise fail(name)
    if styles_count is not None:
        used = set(_USED_STYLES_FAST.findall(sheet))
        if general:
            used |= set(_USED_STYLES.findall(sheet))
        if used and max(int(v) for v in used) >= styles_count:
            raise fail(name)


def _double_style(sheet: bytes) -> bool:
    """A cell start tag with two style attributes written as xlfollow writes them."""
    for hit in _DOUBLE_STYLE_FAST.finditer(sheet):
        start = sheet.rfind(b"<", 0, hit.start())
        if start >= 0 and sheet.startswith(b"<c ", start) and _DOUBLE_STYLE.match(sheet, start):
            return True
    return False
