"""An xlsx/xlsm package opened for surgical editing: every zip member is kept as bytes and only
the parts xlfollow changes are rewritten; all others are written back unchanged, in their
original order. That is how nothing a user put in a workbook (images, shapes, buttons, VBA,
sparklines, 2010 extensions, rich text) can be lost: xlfollow never re-saves what it does not
own. See ../shared/findings.md: openpyxl's load-and-save drops many of these."""

from __future__ import annotations

import contextlib
import os
import posixpath
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from xlfollow.errors import InputError

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
WORKBOOK = "xl/workbook.xml"

# A hardened parser: no entities, no network, no DTD (defence in depth besides the zip checks).
PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, remove_blank_text=False
)


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, PARSER)


def serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def q(tag: str, ns: str = NS_MAIN) -> str:
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


def temp_prefix(target: Path) -> str:
    """Temporary files of a save to ``target`` start with this (so a later run can find the
    ones a killed run left behind)."""
    return f".~xlfollow-{target.name}-"


class Package:
    def __init__(
        self, members: dict[str, bytes], infos: dict[str, zipfile.ZipInfo], source: str = ""
    ) -> None:
        self.members = members  # insertion order = original zip order
        self.infos = infos
        self.source = source  # the file name, for messages
        self.changed: set[str] = set()

    @classmethod
    def from_zip(cls, archive: zipfile.ZipFile) -> Package:
        members: dict[str, bytes] = {}
        infos: dict[str, zipfile.ZipInfo] = {}
        for info in archive.infolist():
            if info.is_dir():
                continue
            members[info.filename] = archive.read(info)
            infos[info.filename] = info
        return cls(members, infos, str(archive.filename or ""))

    @classmethod
    def open(cls, path: Path) -> Package:
        from xlfollow.readers.workbook import open_zip

        with open_zip(path) as archive:
            return cls.from_zip(archive)

    # --- parts ---------------------------------------------------------------------------------
    def xml(self, part: str) -> etree._Element:
        """A part as an XML tree; a part that is missing or not well-formed is a damaged file."""
        try:
            return parse(self.members[part])
        except KeyError:
            raise InputError("corrupt", path=self.source, detail=f"{part} saknas") from None
        except etree.XMLSyntaxError as exc:
            raise InputError("corrupt", path=self.source, detail=f"{part}: {exc.msg}") from None

    def put(self, part: str, data: bytes) -> None:
        self.members[part] = data
        self.changed.add(part)

    def put_xml(self, part: str, root: etree._Element) -> None:
        self.put(part, serialise(root))

    def remove(self, part: str) -> None:
        if part in self.members:
            del self.members[part]
            self.changed.add(part)
            self.set_override(part, None)

    def free_name(self, pattern: str) -> str:
        """The first free part name for a pattern such as 'xl/worksheets/sheet{}.xml'."""
        lower = {m.lower() for m in self.members}
        n = 1
        while pattern.format(n).lower() in lower:
            n += 1
        return pattern.format(n)

    # --- relationships -------------------------------------------------------------------------
    def rels(self, part: str) -> list[tuple[str, str, str, str]]:
        """(id, type, target part, target mode) of a part's relationships."""
        path = rels_path(part)
        if path not in self.members:
            return []
        out = []
        for rel in self.xml(path):
            mode = rel.get("TargetMode", "Internal")
            target = rel.get("Target", "")
            out.append(
                (
                    rel.get("Id", ""),
                    rel.get("Type", ""),
                    target if mode == "External" else resolve(part, target),
                    mode,
                )
            )
        return out

    def add_rel(self, part: str, rel_type: str, target_part: str) -> str:
        path = rels_path(part)
        root = (
            self.xml(path)
            if path in self.members
            else etree.Element(q("Relationships", NS_PKG_REL), nsmap={None: NS_PKG_REL})
        )
        used = {r.get("Id") for r in root}
        n = 1
        while f"rId{n}" in used:
            n += 1
        rel = etree.SubElement(root, q("Relationship", NS_PKG_REL))
        rel.set("Id", f"rId{n}")
        rel.set("Type", REL + rel_type)
        rel.set("Target", relative(part, target_part))
        self.put_xml(path, root)
        return f"rId{n}"

    def drop_rels(self, part: str, keep: set[str] | None = None) -> None:
        path = rels_path(part)
        if path not in self.members:
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
        for node in root.findall(q("Override", NS_CT)):
            if node.get("PartName", "").lower() == name.lower():
                root.remove(node)
        if content_type:
            node = etree.SubElement(root, q("Override", NS_CT))
            node.set("PartName", name)
            node.set("ContentType", content_type)
        self.members["[Content_Types].xml"] = serialise(root)
        self.changed.add("[Content_Types].xml")

    def ensure_default(self, extension: str, content_type: str) -> None:
        root = self.xml("[Content_Types].xml")
        if any(n.get("Extension", "").lower() == extension for n in root.findall(q("Default", NS_CT))):
            return
        node = etree.Element(q("Default", NS_CT))
        node.set("Extension", extension)
        node.set("ContentType", content_type)
        root.insert(0, node)
        self.put_xml("[Content_Types].xml", root)

    # --- sheets -----------------------------------------------------------------------------------
    def sheet_parts(self) -> list[tuple[str, str]]:
        """(sheet name, part name) of every worksheet, in workbook order."""
        targets = {
            rid: target for rid, rtype, target, _ in self.rels(WORKBOOK) if rtype.endswith("/worksheet")
        }
        sheets = self.xml(WORKBOOK).find(q("sheets"))
        out = []
        for sheet in sheets if sheets is not None else []:
            rid = sheet.get(q("id", NS_R))
            if rid in targets:
                out.append((sheet.get("name", ""), targets[rid]))
        return out

    def sheet_part(self, name: str) -> str | None:
        return dict(self.sheet_parts()).get(name)

    # --- saving ----------------------------------------------------------------------------------
    def save(self, path: Path, verify: Callable[[Path], None] | None = None) -> None:
        """Write atomically: a temporary file in the same folder, flushed to disk, checked by
        ``verify`` (which raises to stop), then renamed over the target. A crash or a failed
        check at any point leaves the old file (if any) as it was and no temporary file behind."""
        folder = path.parent if str(path.parent) else Path(".")
        fd, temp = tempfile.mkstemp(prefix=temp_prefix(path), suffix=path.suffix, dir=folder)
        try:
            with os.fdopen(fd, "wb") as handle:
                with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as out:
                    now = time.localtime()[:6]
                    for name, data in self.members.items():
                        info = self.infos.get(name)
                        zinfo = zipfile.ZipInfo(name, date_time=info.date_time if info else now)
                        zinfo.compress_type = (
                            info.compress_type if info and name not in self.changed else zipfile.ZIP_DEFLATED
                        )
                        zinfo.external_attr = info.external_attr if info else 0o600 << 16
                        out.writestr(zinfo, data)
                handle.flush()
                os.fsync(handle.fileno())
            if verify is not None:
                verify(Path(temp))
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
