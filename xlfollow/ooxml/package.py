"""An xlsx/xlsm package opened for surgical editing: every zip member is kept as bytes and only
the parts xlfollow changes are rewritten; all others are written back unchanged, in their
original order. That is how nothing a user put in a workbook (images, shapes, buttons, VBA,
sparklines, 2010 extensions, rich text) can be lost: xlfollow never re-saves what it does not
own. See ../shared/findings.md: openpyxl's load-and-save drops many of these."""

from __future__ import annotations

import io
import posixpath
import struct
import time
import zipfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TypeVar, cast

from lxml import etree

from xlfollow.core.errors import InputError
from xlfollow.core.texts import Phrase
from xlfollow.ooxml.save import atomic_write

T = TypeVar("T")

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
CT_COMMENTS = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"
CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml"
CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CT_VML = "application/vnd.openxmlformats-officedocument.vmlDrawing"
CT_RELS = "application/vnd.openxmlformats-package.relationships+xml"
WORKBOOK = "xl/workbook.xml"  # where most files keep it; Package.workbook finds it
# A sheet xlfollow owns carries a hidden sheet-local defined name (Excel keeps it with the sheet
# when sheets are moved or renamed): a user's own sheet of the same name is never overwritten.
OWNED_NAME = "_xlfollow"
# the hidden sheet-level name that marks the macro workbook's Start sheet (workbook/build.py): its
# instructions are for buttons, and the e-mail copy leaves it out
START_NAME = "_xlfollow_start"
REGION_MARK = "_xlfollow_region"  # a workbook-level name: the region workbook of `consolidate`
NS_STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
# Changed parts are compressed fast: the large one is the data sheet, and the time counts.
COMPRESS_LEVEL = 1

# A hardened parser: no entities, no network, no DTD (defence in depth besides the zip checks).
PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, remove_blank_text=False
)


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, PARSER)


def serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def sheet_index(value: str | None) -> int | None:
    """A ``localSheetId`` or view index as a number; None when it is missing or not one (a file
    another program wrote carelessly is read, not refused)."""
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def local(node: etree._Element) -> str:
    """An element's name without its namespace ("" for comments and processing instructions):
    transitional, Strict and prefixed parts alike."""
    return etree.QName(node).localname if isinstance(node.tag, str) else ""


def child(node: etree._Element | None, name: str) -> etree._Element | None:
    """The first child of ``node`` with the local name ``name``."""
    return next((c for c in node if local(c) == name), None) if node is not None else None


def qualified(tag: str, ns: str = NS_MAIN) -> str:
    """``tag`` in the namespace ``ns`` (the spreadsheet's main one unless given), as lxml names it."""
    return f"{{{ns}}}{tag}"


def rels_path(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def resolve(source_part: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source_part), target))


def relative(source_part: str, target_part: str) -> str:
    return posixpath.relpath(target_part, posixpath.dirname(source_part))


class Package:
    """The parts of a workbook: read lazily from the file's bytes, changed parts kept in memory.
    Reading and writing use the same bytes, so what was checked is what is written from."""

    def __init__(self, data: bytes, source: str = "", archive: zipfile.ZipFile | None = None) -> None:
        self.data = data  # the whole file, as read once
        self.source = source  # the file name, for messages
        self.archive = archive or zipfile.ZipFile(io.BytesIO(data))
        # Part names as the package format has them: some tools write a backslash for the slash
        # (Excel and LibreOffice open such files), and names compare without regard to case.
        named = ((member_name(i.filename), i) for i in self.archive.infolist())
        self.infos = {name: info for name, info in named if not name.endswith("/")}
        self._folded = {n.lower(): n for n in self.infos}
        self.order = list(self.infos)  # the original order, then new parts
        self.edits: dict[str, bytes | None] = {}  # changed or new parts; None: removed
        self._pieces: dict[str, tuple[bytes | memoryview, ...]] = {}  # edits kept in pieces
        self._cache: dict[str, bytes] = {}
        self._workbook: str | None = None
        # what is read from the parts again and again (a part's relationships, the worksheets), as
        # of the last change: every put or remove starts a new generation
        self._generation = 0
        self._memo: dict[tuple[str, ...], tuple[int, Any]] = {}

    def _memoised(self, key: tuple[str, ...], compute: Callable[[], T]) -> T:
        hit = self._memo.get(key)
        if hit is not None and hit[0] == self._generation:
            return cast(T, hit[1])
        value = compute()
        self._memo[key] = (self._generation, value)
        return value

    # --- parts ---------------------------------------------------------------------------------
    def name(self, part: str) -> str:
        """The name ``part`` has in this package: a reference may differ from it in case."""
        if part in self.edits or part in self.infos:
            return part
        return self._folded.get(part.lower(), part)

    def has(self, part: str) -> bool:
        part = self.name(part)
        if part in self.edits:
            return self.edits[part] is not None
        return part in self.infos

    def names(self) -> list[str]:
        return [n for n in self.order if self.has(n)]

    def read(self, part: str) -> bytes:
        """A part's bytes (``KeyError`` when there is no such part)."""
        part = self.name(part)
        if part in self._pieces:
            return b"".join(self._pieces[part])
        if part in self.edits:
            edited = self.edits[part]
            if edited is None:
                raise KeyError(part)
            return edited
        if part not in self._cache:
            try:
                self._cache[part] = self.archive.read(self.infos[part])
            except KeyError:
                raise
            except NotImplementedError:
                raise InputError("corrupt", path=self.source, detail=Phrase("detail.zip-version")) from None
            except Exception:  # a bad checksum, a broken stream: the file is damaged, said once
                raise InputError("corrupt", path=self.source, detail=Phrase("detail.zip-damaged")) from None
        return self._cache[part]

    def original(self, part: str) -> bytes:
        """A part's bytes as they were in the file (``KeyError`` when it had no such part)."""
        return self.archive.read(self.infos[self.name(part)])

    def forget(self, part: str) -> None:
        """Drop the cached bytes of an unchanged part (memory for large sheets)."""
        self._cache.pop(self.name(part), None)

    def xml(self, part: str) -> etree._Element:
        """A part as an XML tree; a part that is missing or not well-formed is a damaged file."""
        try:
            return parse(self.read(part))
        except KeyError:
            raise InputError(
                "corrupt", path=self.source, detail=Phrase("detail.part-missing", part=part)
            ) from None
        except etree.XMLSyntaxError as exc:
            line = exc.lineno or 1
            raise InputError(
                "corrupt", path=self.source, detail=Phrase("detail.part-not-xml", part=part, line=line)
            ) from None

    def put(self, part: str, data: bytes) -> None:
        part = self.name(part)
        if part not in self.order:
            self.order.append(part)
            self._folded.setdefault(part.lower(), part)
        self.edits[part] = data
        self._generation += 1
        self._cache.pop(part, None)
        self._pieces.pop(part, None)

    def put_pieces(self, part: str, pieces: Sequence[bytes | memoryview]) -> None:
        """``put(part, b"".join(pieces))`` without joining: a large sheet's head, cells and tail
        are checksummed and compressed one after the other when the file is written, never
        copied into one."""
        part = self.name(part)
        self.put(part, b"")
        self._pieces[part] = tuple(pieces)

    def put_xml(self, part: str, root: etree._Element) -> None:
        self.put(part, serialise(root))

    def remove(self, part: str) -> None:
        part = self.name(part)
        if self.has(part):
            self.edits[part] = None
            self._generation += 1
            self.set_override(part, None)

    def free_name(self, pattern: str) -> str:
        """The first free part name for a pattern such as 'xl/worksheets/sheet{}.xml'."""
        lower = {m.lower() for m in self.names()}
        n = 1
        while pattern.format(n).lower() in lower:
            n += 1
        return pattern.format(n)

    # --- relationships -------------------------------------------------------------------------
    def rels(self, part: str) -> list[tuple[str, str, str, str]]:
        """(id, type, target part, target mode) of a part's relationships."""
        return list(self._memoised(("rels", part), lambda: tuple(self._rels(part))))

    def _rels(self, part: str) -> list[tuple[str, str, str, str]]:
        path = rels_path(part)
        if not self.has(path):
            return []
        out = []
        for rel in self.xml(path):
            mode = rel.get("TargetMode", "Internal")
            target = rel.get("Target", "")
            out.append(
                (
                    rel.get("Id", ""),
                    rel.get("Type", ""),
                    target if mode == "External" else self.name(resolve(part, target)),
                    mode,
                )
            )
        return out

    def original_rels(self, rels_part: str) -> list[tuple[str, str, str, str]]:
        """The relationships a ``.rels`` part held in the file as it was read."""
        source = rels_part.replace("_rels/", "").removesuffix(".rels")
        root = parse(self.original(rels_part))
        return [
            (
                r.get("Id", ""),
                r.get("Type", ""),
                self.name(resolve(source, r.get("Target", ""))),
                r.get("TargetMode", "Internal"),
            )
            for r in root
        ]

    def add_rel(self, part: str, rel_type: str, target_part: str) -> str:
        path = rels_path(part)
        if not self.has(path):  # a new relationships part needs its content type (LibreOffice 6.0
            self.ensure_default("rels", CT_RELS)  # and older wrote none by extension)
        root = (
            self.xml(path)
            if self.has(path)
            else etree.Element(qualified("Relationships", NS_PKG_REL), nsmap={None: NS_PKG_REL})
        )
        used = {r.get("Id") for r in root}
        n = 1
        while f"rId{n}" in used:
            n += 1
        rel = etree.SubElement(root, qualified("Relationship", NS_PKG_REL))
        rel.set("Id", f"rId{n}")
        rel.set("Type", REL + rel_type)
        rel.set("Target", relative(part, target_part))
        self.put_xml(path, root)
        return f"rId{n}"

    def drop_rels(self, part: str, keep: set[str] | None = None) -> None:
        path = rels_path(part)
        if not self.has(path):
            return
        root = self.xml(path)
        for rel in list(root):
            if keep is None or rel.get("Id") not in keep:
                root.remove(rel)
        if len(root):
            self.put_xml(path, root)
        else:
            self.remove(path)

    # --- content types -------------------------------------------------------------------------
    def set_override(self, part: str, content_type: str | None) -> None:
        root = self.xml("[Content_Types].xml")
        name = "/" + part
        for node in root.findall(qualified("Override", NS_CT)):
            if node.get("PartName", "").lower() == name.lower():
                root.remove(node)
        if content_type:
            node = etree.SubElement(root, qualified("Override", NS_CT))
            node.set("PartName", name)
            node.set("ContentType", content_type)
        self.put("[Content_Types].xml", serialise(root))

    def ensure_default(self, extension: str, content_type: str) -> None:
        root = self.xml("[Content_Types].xml")
        if any(
            n.get("Extension", "").lower() == extension for n in root.findall(qualified("Default", NS_CT))
        ):
            return
        node = etree.Element(qualified("Default", NS_CT))
        node.set("Extension", extension)
        node.set("ContentType", content_type)
        root.insert(0, node)
        self.put_xml("[Content_Types].xml", root)

    # --- sheets -----------------------------------------------------------------------------------
    @property
    def workbook(self) -> str:
        """The workbook part, as the package's relationships name it (most files say
        xl/workbook.xml, but not all)."""
        if self._workbook is None:
            found = None
            if self.has("_rels/.rels"):
                try:
                    root = parse(self.read("_rels/.rels"))
                except etree.XMLSyntaxError:
                    root = None
                for rel in root if root is not None else []:
                    if (
                        rel.get("Type", "").endswith("/officeDocument")
                        and rel.get("TargetMode") != "External"
                    ):
                        candidate = self.name(resolve("", rel.get("Target", "")))
                        if self.has(candidate):
                            found = candidate
                            break
            self._workbook = found or WORKBOOK
        return self._workbook

    @property
    def strict(self) -> bool:
        """Saved as Strict Open XML (other namespaces; xlfollow reads it but does not write it)."""
        head = self.read(self.workbook)[:2000] if self.has(self.workbook) else b""
        return NS_STRICT_MAIN.encode() in head

    def sheet_parts(self) -> list[tuple[str, str]]:
        """(sheet name, part name) of every worksheet, in workbook order (transitional or strict
        namespaces; a sheet without a relationship is not a worksheet xlfollow can use)."""
        return list(self._memoised(("sheet_parts",), lambda: tuple(self._sheet_parts())))

    def _sheet_parts(self) -> list[tuple[str, str]]:
        targets = {
            rid: target for rid, rtype, target, _ in self.rels(self.workbook) if rtype.endswith("/worksheet")
        }
        sheets = child(self.xml(self.workbook), "sheets")
        out = []
        for sheet in sheets if sheets is not None else []:
            rid = next(
                (v for k, v in sheet.attrib.items() if etree.QName(k).localname == "id" and "}" in k), None
            )
            if rid in targets:
                out.append((sheet.get("name", ""), targets[rid]))
        return out

    def owned_sheets(self) -> dict[str, str]:
        """The sheets xlfollow wrote (name -> part), by their mark (see ``OWNED_NAME``)."""
        return self.marked_sheets(OWNED_NAME)

    def marked_sheets(self, mark: str) -> dict[str, str]:
        """The worksheets (name -> part) that carry the hidden sheet-level name ``mark``: xlfollow's
        own sheets (``OWNED_NAME``), the macro workbook's Start sheet (``START_NAME``)."""
        root = self.xml(self.workbook)
        sheets, names = child(root, "sheets"), child(root, "definedNames")
        if sheets is None or names is None:
            return {}
        indexes = (sheet_index(n.get("localSheetId")) for n in names if n.get("name") == mark)
        marked = {i for i in indexes if i is not None}
        parts = dict(self.sheet_parts())
        entries = [e.get("name", "") for e in sheets]
        return {
            entries[i]: parts[entries[i]]
            for i in sorted(marked)
            if 0 <= i < len(entries) and entries[i] in parts
        }

    def region_book(self) -> bool:
        """Written by ``xlfollow consolidate`` (its workbook-level mark ``REGION_MARK``)."""
        head = self.read(self.workbook) if self.has(self.workbook) else b""
        return b'name="' + REGION_MARK.encode() + b'"' in head

    def sheet_part(self, name: str) -> str | None:
        return dict(self.sheet_parts()).get(name)

    # --- saving ----------------------------------------------------------------------------------
    def save(self, path: Path, verify: Callable[[Package, Path], None] | None = None) -> None:
        """Write atomically (see :mod:`xlfollow.ooxml.save`), checked by ``verify`` (which raises
        to stop) before anything is replaced. Unchanged parts are copied as the compressed bytes
        they were: byte for byte."""

        def written(temp: Path) -> None:
            # the changed parts' bytes are not needed again (the check reads the file)
            self.edits = {name: None if data is None else b"" for name, data in self.edits.items()}
            self._generation += 1  # (what was read from them is forgotten with them)
            self._cache.clear()
            self._pieces.clear()
            if verify is not None:
                verify(self, temp)

        atomic_write(path, self._write_zip, written)

    def _write_zip(self, handle: BinaryIO) -> None:
        now = _dos_time(time.localtime()[:6])
        central: list[bytes] = []
        offset = 0
        for name in self.names():
            encoded = name.encode("utf-8")
            flags = 0x800 if not name.isascii() else 0
            info = self.infos.get(name)
            if name in self.edits or info is None:
                pieces = self._pieces.get(name) or (self.read(name),)
                crc = size = 0
                compressor = zlib.compressobj(COMPRESS_LEVEL, zlib.DEFLATED, -15)
                chunks = []
                for piece in pieces:
                    crc, size = zlib.crc32(piece, crc), size + len(piece)
                    chunks.append(compressor.compress(piece))
                chunks.append(compressor.flush())
                raw = b"".join(chunks)
                method, stamp, attributes = zipfile.ZIP_DEFLATED, now, 0o644 << 16
            else:
                raw = self.raw(info)
                crc, size, method = info.CRC, info.file_size, info.compress_type
                stamp, attributes = _dos_time(info.date_time), info.external_attr
            if size >= 0xFFFFFFFF or len(raw) >= 0xFFFFFFFF or offset >= 0xFFFFFFFF:
                raise ValueError("part too large for a workbook")
            fields = (flags, method, stamp[0], stamp[1], crc, len(raw), size, len(encoded))
            header = struct.pack("<IH" + _FIELDS + "H", 0x04034B50, 20, *fields, 0)  # local file header
            handle.write(header + encoded)
            handle.write(raw)
            entry = struct.pack(
                "<IHH" + _FIELDS + "HHHHII", 0x02014B50, 20, 20, *fields, 0, 0, 0, 0, attributes, offset
            )
            central.append(entry + encoded)  # central directory entry
            offset += len(header) + len(encoded) + len(raw)
        directory = b"".join(central)
        handle.write(directory)
        handle.write(
            struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory), offset, 0)
        )

    def raw(self, info: zipfile.ZipInfo) -> bytes:
        """A member's compressed bytes, exactly as they stand in the source file."""
        return raw_member(self.data, info)


def member_name(name: str) -> str:
    """A zip member's name as a part name: the slash for a backslash some tools write."""
    return name.replace("\\", "/")


def raw_member(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """A member's compressed bytes as they stand in the zip file ``data`` (its local header is
    checked: the central directory must point at one)."""
    start = info.header_offset
    if data[start : start + 4] != b"PK\x03\x04":
        raise ValueError(f"bad local header for {info.filename}")
    name_length, extra_length = struct.unpack("<HH", data[start + 26 : start + 30])
    begin = start + 30 + name_length + extra_length
    return data[begin : begin + info.compress_size]


# The fields a zip's local header and central directory entry share: flags, method, time, date,
# CRC-32, compressed size, size, name length.
_FIELDS = "HHHHIIIH"


def _dos_time(stamp: tuple[int, ...]) -> tuple[int, int]:
    year, month, day, hour, minute, second = stamp[:6]
    year = min(max(year, 1980), 2107)
    return (hour << 11) | (minute << 5) | (second // 2), ((year - 1980) << 9) | (month << 5) | day
