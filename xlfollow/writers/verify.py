"""The check a written workbook must pass before it may replace anything. It reads the written
file back, independently of how the writer built it, and proves at the byte level that nothing
the user had is lost: every part the user had is still there (bar xlfollow's own notes and its
own sheets' drawings), every part xlfollow did not change is the same compressed bytes with the
same checksum, and the data sheet differs only in the style attribute of cells (and the
reference to the notes' drawing)."""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import Path

from xlfollow.errors import WorkbookError
from xlfollow.writers.package import Package
from xlfollow.writers.sheetpatch import SheetBytes

_STYLE = re.compile(rb'\ss="\d*"')
_SHAPE = re.compile(rb"<v:shape\b.*?</v:shape>", re.DOTALL)
_AUTHOR = re.compile(rb"<(?:\w+:)?author>([^<]*)</(?:\w+:)?author>")
_COMMENT_AUTHOR = re.compile(rb'<(?:\w+:)?comment\b[^>]*\bauthorId="(\d+)"')


def only_xlfollows_notes(name: str, data: bytes) -> bool:
    """A notes part that held nothing but xlfollow's own notes (which it may remove)."""
    from xlfollow.plan import NOTE_AUTHOR

    if name.endswith(".vml"):
        return all(b'ObjectType="Note"' in shape for shape in _SHAPE.findall(data))
    if b"<comments" not in data[:500] and b":comments" not in data[:500]:
        return False
    authors = [a.decode("utf-8", "replace") for a in _AUTHOR.findall(data)]
    used = {int(i) for i in _COMMENT_AUTHOR.findall(data)}
    return all(i < len(authors) and authors[i] == NOTE_AUTHOR for i in used)


def _digest_without_styles(body: bytes, chunk: int = 1 << 20) -> bytes:
    """A digest of the sheet data with every cell's style attribute taken out, computed a row
    block at a time (a style attribute never crosses the end of a row)."""
    digest = hashlib.sha256()
    position = 0
    while position < len(body):
        end = body.find(b"</row>", position + chunk)
        end = len(body) if end < 0 else end + len(b"</row>")
        digest.update(_STYLE.sub(b"", body[position:end]))
        position = end
    return digest.digest()


def verify_written(
    package: Package, data_part: str | None, data_sheet: str, owned_parts: set[str], written: Path
) -> None:
    def fail(what: str) -> WorkbookError:
        return WorkbookError("verify-failed", path=package.source, sheet=what)

    try:
        with zipfile.ZipFile(written) as archive:
            infos = {i.filename: i for i in archive.infolist()}
            removed = [name for name in package.infos if name not in infos]
            allowed = {
                n for n in removed if n in owned_parts or only_xlfollows_notes(n, package.archive.read(n))
            }
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
                if (after.CRC, after.file_size) != (before.CRC, before.file_size):
                    raise fail(name)
            for name in package.edits:
                if name in infos:
                    archive.read(name)  # decompresses and checks the CRC
            if data_part is not None:
                old = _digest_without_styles(SheetBytes(package.archive.read(data_part)).body)
                new = _digest_without_styles(SheetBytes(archive.read(data_part)).body)
                if old != new:
                    raise fail(data_sheet)
    except WorkbookError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise WorkbookError("verify-failed", path=package.source, sheet=f"{type(exc).__name__}") from None
