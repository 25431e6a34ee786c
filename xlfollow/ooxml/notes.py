"""Notes (comments) on a user's sheet: xlfollow replaces the notes it wrote before and never
touches anyone else's. A note is two parts: the comments part (its text and author) and a shape
in the sheet's VML drawing (the yellow box); both are kept in step, shape ids never collide with
buttons' (o:spid), and an emptied drawing goes with its reference in the sheet."""

from __future__ import annotations

import contextlib
import re

from lxml import etree

from xlfollow.core.a1 import cell_ref, parse_cell
from xlfollow.core.lazy import lazy
from xlfollow.core.plan_types import NOTE_AUTHOR, NOTE_PREFIX, Note
from xlfollow.ooxml import newparts as parts
from xlfollow.ooxml.package import CT_COMMENTS, CT_VML, NS_MAIN, Package, qualified
from xlfollow.ooxml.sheetbytes import SheetBytes, elements_after

# Elements that follow <legacyDrawing> in a worksheet, in schema order.
_AFTER_LEGACY = elements_after("legacyDrawing")

# Shape ids are taken by a shape's id and by its o:spid (buttons, checkboxes): both count.
_SHAPE_ID = lazy(rb'\b(?:o:spid|id)="_x0000_s(\d+)"')


def _written_by_xlfollow(comment: etree._Element) -> bool:
    text = "".join(t.text or "" for t in comment.iter() if etree.QName(t).localname == "t")
    return text.lstrip().startswith(NOTE_PREFIX)


# --- notes --------------------------------------------------------------------------------------------
def write_notes(package: Package, part: str, sheet: SheetBytes, notes: list[Note]) -> None:
    """Replace the notes xlfollow wrote before with ``notes``; never touch anyone else's."""
    rels = package.rels(part)
    comments_part = next((t for _, ty, t, _ in rels if ty.endswith("/comments")), None)
    legacy_rid = sheet.legacy_drawing_id()
    vml_part = next((t for rid, _, t, _ in rels if rid == legacy_rid), None) if legacy_rid else None
    if comments_part is None and not notes:
        return

    if comments_part is not None and package.has(comments_part):
        comments = package.xml(comments_part)
    else:
        comments = etree.Element(qualified("comments"), nsmap={None: NS_MAIN})
        etree.SubElement(comments, qualified("authors"))
        etree.SubElement(comments, qualified("commentList"))
    authors = comments.find(qualified("authors"))
    comment_list = comments.find(qualified("commentList"))
    if authors is None or comment_list is None:
        raise ValueError("comments part without authors or commentList")
    names = [a.text or "" for a in authors]
    ours = {i for i, name in enumerate(names) if name == NOTE_AUTHOR}
    removed: set[tuple[int, int]] = set()
    others: set[str] = set()
    for comment in list(comment_list):
        ref = comment.get("ref", "")
        if int(comment.get("authorId", "-1")) in ours or _written_by_xlfollow(comment):
            comment_list.remove(comment)
            with contextlib.suppress(ValueError):
                removed.add(parse_cell(ref))
        else:
            others.add(ref)
    if NOTE_AUTHOR in names:
        author_id = names.index(NOTE_AUTHOR)
    else:
        etree.SubElement(authors, qualified("author")).text = NOTE_AUTHOR
        author_id = len(names)
    added: list[Note] = []
    for note in notes:
        if cell_ref(note.row, note.col) in others:
            continue  # a user's own note stays; the issue is on the Kontroll sheet
        comment = etree.SubElement(comment_list, qualified("comment"))
        comment.set("ref", cell_ref(note.row, note.col))
        comment.set("authorId", str(author_id))
        t = etree.SubElement(etree.SubElement(comment, qualified("text")), qualified("t"))
        t.text = parts.clean(note.text)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        added.append(note)

    # The VML shapes that make the notes visible in Excel.
    vml = package.read(vml_part) if vml_part and package.has(vml_part) else b""
    if vml:
        vml = parts.VML_SHAPE.sub(lambda m: b"" if _note_position(m.group(0)) in removed else m.group(0), vml)
    next_id, block = next_shape_id(package)
    shapes = [parts.vml_note_shape(next_id + i, n.row, n.col, declare=bool(vml)) for i, n in enumerate(added)]
    if vml:
        if shapes:
            if b'"_x0000_t202"' not in vml:  # the note shape type, declared where the drawing lacks it
                shapes.insert(0, parts.VML_SHAPETYPE.format(ns=parts.VML_NS + " "))
            end = vml.rfind(b"</xml>")
            vml = vml[:end] + "".join(shapes).encode() + vml[end:]
            vml = _add_idmap_blocks(vml, next_id, len(added))
    elif shapes:
        vml = parts.new_vml(block, shapes)

    if len(comment_list):
        if comments_part is None:
            comments_part = package.free_name("xl/comments{}.xml")
            package.add_rel(part, "comments", comments_part)
            package.set_override(comments_part, CT_COMMENTS)
        package.put_xml(comments_part, comments)
    elif comments_part is not None:
        package.remove(comments_part)
        _drop_rel_to(package, part, comments_part)

    has_shapes = bool(vml) and parts.VML_SHAPE.search(vml) is not None
    if vml_part is not None:
        if has_shapes:
            package.put(vml_part, vml)
        else:
            package.remove(vml_part)
            _drop_rel_to(package, part, vml_part)
            sheet.set_legacy_drawing(None, _AFTER_LEGACY)
    elif has_shapes:
        vml_part = package.free_name("xl/drawings/vmlDrawing{}.vml")
        package.ensure_default("vml", CT_VML)
        package.put(vml_part, vml)
        rid = package.add_rel(part, "vmlDrawing", vml_part)
        sheet.set_legacy_drawing(rid, _AFTER_LEGACY)


def _note_position(shape: bytes) -> tuple[int, int] | None:
    if b'ObjectType="Note"' not in shape:
        return None
    row = re.search(rb"<(?:\w+:)?Row>\s*(\d+)\s*</(?:\w+:)?Row>", shape)
    col = re.search(rb"<(?:\w+:)?Column>\s*(\d+)\s*</(?:\w+:)?Column>", shape)
    if not row or not col:
        return None
    return int(row.group(1)) + 1, int(col.group(1)) + 1


def next_shape_id(package: Package) -> tuple[int, int]:
    highest = 1024
    for name in package.names():
        if name.endswith(".vml"):
            data = package.read(name)
            for m in _SHAPE_ID.finditer(data):
                highest = max(highest, int(m.group(1)))
    block = highest // 1024 + 1
    return block * 1024 + 1, block


def _add_idmap_blocks(vml: bytes, first_id: int, count: int) -> bytes:
    needed = {str(i // 1024) for i in range(first_id, first_id + count)}
    m = re.search(rb'(<(?:\w+:)?idmap\b[^>]*\bdata=")([^"]*)(")', vml)
    if not m:
        return vml
    have = [b for b in re.split(r"[,\s]+", m.group(2).decode()) if b]
    blocks = ",".join(dict.fromkeys([*have, *sorted(needed, key=int)]))
    return vml[: m.start(2)] + blocks.encode() + vml[m.end(2) :]


def _drop_rel_to(package: Package, part: str, target: str) -> None:
    keep = {rid for rid, _, t, _ in package.rels(part) if t != target}
    package.drop_rels(part, keep)


# --- sheets xlfollow owns ---------------------------------------------------------------------------
