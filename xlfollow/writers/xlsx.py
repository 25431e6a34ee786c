"""The file writer: applies a :class:`~xlfollow.plan.Plan` to a workbook on disk by patching only
the parts it changes (see :mod:`xlfollow.writers.package`)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from xlfollow.a1 import cell_ref, parse_cell, quote_sheet
from xlfollow.plan import NOTE_AUTHOR, Mark, Note, Plan, SheetPlan
from xlfollow.styles import STATUS_COLOURS, STYLES, cue_format
from xlfollow.writers import parts
from xlfollow.writers.package import (
    CT_CHART,
    CT_COMMENTS,
    CT_DRAWING,
    CT_VML,
    CT_WORKSHEET,
    NS_MAIN,
    NS_R,
    WORKBOOK,
    Package,
    q,
)
from xlfollow.writers.stylesheet import StyleSheet

STYLES_PART = "xl/styles.xml"
# Elements that follow <legacyDrawing> in a worksheet, in schema order.
_AFTER_LEGACY = (
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
)
_SHAPE = re.compile(rb"<v:shape\b.*?</v:shape>", re.DOTALL)
_SHAPE_ID = re.compile(rb'\bid="_x0000_s(\d+)"')


def apply_plan(plan: Plan, source: Path, target: Path, verify: Callable[[Path], None] | None = None) -> None:
    package = Package.open(source)
    apply_to_package(plan, package)
    package.save(target, verify)


def apply_to_package(plan: Plan, package: Package) -> None:
    styles = StyleSheet(package.xml(STYLES_PART))
    data_part = package.sheet_part(plan.data_sheet)
    if data_part is not None and (plan.marks or plan.notes is not None):
        sheet = package.xml(data_part)
        if plan.marks:
            _mark(sheet, plan.marks, styles)
        _notes(package, data_part, sheet, plan.notes)
        package.put_xml(data_part, sheet)
    for sheet_plan in plan.sheets:
        _write_owned_sheet(package, sheet_plan, styles)
    package.put_xml(STYLES_PART, styles.root)


# --- status cells ------------------------------------------------------------------------------------
def _cells_by_ref(
    sheet: etree._Element,
) -> tuple[etree._Element, dict[int, etree._Element], dict[str, etree._Element]]:
    data = sheet.find(q("sheetData"))
    if data is None:
        raise ValueError("worksheet without sheetData")
    rows: dict[int, etree._Element] = {}
    cells: dict[str, etree._Element] = {}
    for row in data.iterfind(q("row")):
        r = row.get("r")
        if r is not None:
            rows[int(r)] = row
        for c in row.iterfind(q("c")):
            ref = c.get("r")
            if ref:
                cells[ref] = c
    return data, rows, cells


def _cell(
    data: etree._Element,
    rows: dict[int, etree._Element],
    cells: dict[str, etree._Element],
    row: int,
    col: int,
) -> etree._Element:
    ref = cell_ref(row, col)
    if ref in cells:
        return cells[ref]
    row_node = rows.get(row)
    if row_node is None:
        row_node = etree.Element(q("row"))
        row_node.set("r", str(row))
        later = [r for r in rows if r > row]
        if later:
            rows[min(later)].addprevious(row_node)
        else:
            data.append(row_node)
        rows[row] = row_node
    new = etree.Element(q("c"))
    new.set("r", ref)
    style = row_node.get("s") if row_node.get("customFormat") == "1" else None
    if style:
        new.set("s", style)
    for existing in row_node.iterfind(q("c")):
        ref_existing = existing.get("r")
        if ref_existing and parse_cell(ref_existing)[1] > col:
            existing.addprevious(new)
            break
    else:
        row_node.append(new)
    cells[ref] = new
    return new


def _mark(sheet: etree._Element, marks: list[Mark], styles: StyleSheet) -> None:
    data, rows, cells = _cells_by_ref(sheet)
    for mark in marks:
        cell = _cell(data, rows, cells, mark.row, mark.col)
        base = int(cell.get("s", "0"))
        if mark.status is None:
            xf = styles.xf_like(base, None, None, None, "General")
        else:
            fill, font = STATUS_COLOURS[mark.status]
            fmt = cue_format(mark.status) if mark.cue else "General"
            xf = styles.xf_like(base, fill, font, True, fmt)
        cell.set("s", str(xf))


# --- notes --------------------------------------------------------------------------------------------
def _notes(package: Package, part: str, sheet: etree._Element, notes: list[Note]) -> None:
    """Replace the notes xlfollow wrote before with ``notes``; never touch anyone else's."""
    rels = package.rels(part)
    comments_part = next((t for _, ty, t, _ in rels if ty.endswith("/comments")), None)
    legacy = sheet.find(q("legacyDrawing"))
    legacy_rid = legacy.get(q("id", NS_R)) if legacy is not None else None
    vml_part = next((t for rid, _, t, _ in rels if rid == legacy_rid), None) if legacy_rid else None
    if comments_part is None and not notes:
        return

    if comments_part is not None and comments_part in package.members:
        comments = package.xml(comments_part)
    else:
        comments = etree.Element(q("comments"), nsmap={None: NS_MAIN})
        etree.SubElement(comments, q("authors"))
        etree.SubElement(comments, q("commentList"))
    authors = comments.find(q("authors"))
    comment_list = comments.find(q("commentList"))
    if authors is None or comment_list is None:
        raise ValueError("comments part without authors or commentList")
    names = [a.text or "" for a in authors]
    ours = {i for i, name in enumerate(names) if name == NOTE_AUTHOR}
    removed: set[tuple[int, int]] = set()
    others: set[str] = set()
    for comment in list(comment_list):
        ref = comment.get("ref", "")
        if int(comment.get("authorId", "-1")) in ours:
            comment_list.remove(comment)
            with contextlib.suppress(ValueError):
                removed.add(parse_cell(ref))
        else:
            others.add(ref)
    if NOTE_AUTHOR in names:
        author_id = names.index(NOTE_AUTHOR)
    else:
        etree.SubElement(authors, q("author")).text = NOTE_AUTHOR
        author_id = len(names)
    added: list[Note] = []
    for note in notes:
        if cell_ref(note.row, note.col) in others:
            continue  # a user's own note stays; the issue is on the Kontroll sheet
        comment = etree.SubElement(comment_list, q("comment"))
        comment.set("ref", cell_ref(note.row, note.col))
        comment.set("authorId", str(author_id))
        t = etree.SubElement(etree.SubElement(comment, q("text")), q("t"))
        t.text = parts.clean(note.text)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        added.append(note)

    # The VML shapes that make the notes visible in Excel.
    vml = package.members.get(vml_part, b"") if vml_part else b""
    if vml:
        vml = _SHAPE.sub(lambda m: b"" if _note_position(m.group(0)) in removed else m.group(0), vml)
    next_id, block = _next_shape_id(package)
    shapes = [parts.vml_note_shape(next_id + i, n.row, n.col) for i, n in enumerate(added)]
    if vml:
        if shapes:
            vml = vml.replace(b"</xml>", "".join(shapes).encode() + b"</xml>")
            vml = _add_idmap_blocks(vml, next_id, len(shapes))
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

    has_shapes = bool(vml) and _SHAPE.search(vml) is not None
    if vml_part is not None:
        if has_shapes:
            package.put(vml_part, vml)
        else:
            package.remove(vml_part)
            _drop_rel_to(package, part, vml_part)
            if legacy is not None:
                sheet.remove(legacy)
    elif has_shapes:
        vml_part = package.free_name("xl/drawings/vmlDrawing{}.vml")
        package.ensure_default("vml", CT_VML)
        package.put(vml_part, vml)
        rid = package.add_rel(part, "vmlDrawing", vml_part)
        node = etree.Element(q("legacyDrawing"))
        node.set(q("id", NS_R), rid)
        anchor = next((sheet.find(q(t)) for t in _AFTER_LEGACY if sheet.find(q(t)) is not None), None)
        if anchor is not None:
            anchor.addprevious(node)
        else:
            sheet.append(node)


def _note_position(shape: bytes) -> tuple[int, int] | None:
    if b'ObjectType="Note"' not in shape:
        return None
    row = re.search(rb"<x:Row>(\d+)</x:Row>", shape)
    col = re.search(rb"<x:Column>(\d+)</x:Column>", shape)
    if not row or not col:
        return None
    return int(row.group(1)) + 1, int(col.group(1)) + 1


def _next_shape_id(package: Package) -> tuple[int, int]:
    highest = 1024
    for name, data in package.members.items():
        if name.endswith(".vml"):
            for m in _SHAPE_ID.finditer(data):
                highest = max(highest, int(m.group(1)))
    block = highest // 1024 + 1
    return block * 1024 + 1, block


def _add_idmap_blocks(vml: bytes, first_id: int, count: int) -> bytes:
    needed = {str(i // 1024) for i in range(first_id, first_id + count)}
    m = re.search(rb'(<o:idmap\b[^>]*\bdata=")([^"]*)(")', vml)
    if not m:
        return vml
    have = [b for b in re.split(r"[,\s]+", m.group(2).decode()) if b]
    blocks = ",".join(dict.fromkeys([*have, *sorted(needed, key=int)]))
    return vml[: m.start(2)] + blocks.encode() + vml[m.end(2) :]


def _drop_rel_to(package: Package, part: str, target: str) -> None:
    keep = {rid for rid, _, t, _ in package.rels(part) if t != target}
    package.drop_rels(part, keep)


# --- sheets xlfollow owns ---------------------------------------------------------------------------
def _write_owned_sheet(package: Package, sheet: SheetPlan, styles: StyleSheet) -> None:
    part = package.sheet_part(sheet.name)
    if part is None:
        part = _add_sheet(package, sheet.name)
    else:
        _drop_sheet_children(package, part)
    drawing_rid = None
    if sheet.chart is not None:
        drawing = package.free_name("xl/drawings/drawing{}.xml")
        chart = package.free_name("xl/charts/chart{}.xml")
        drawing_rid = package.add_rel(part, "drawing", drawing)
        chart_rid = package.add_rel(drawing, "chart", chart)
        package.put(drawing, parts.drawing_xml(sheet.chart.anchor, chart_rid))
        package.put(chart, parts.chart_xml(sheet.chart, sheet.name))
        package.set_override(drawing, CT_DRAWING)
        package.set_override(chart, CT_CHART)

    def style_of(name: str | None) -> int:
        return styles.xf_for(STYLES[name]) if name else 0

    package.put(part, parts.worksheet_xml(sheet, style_of, drawing_rid))
    _print_titles(package, sheet)


def _add_sheet(package: Package, name: str) -> str:
    part = package.free_name("xl/worksheets/sheet{}.xml")
    rid = package.add_rel(WORKBOOK, "worksheet", part)
    workbook = package.xml(WORKBOOK)
    sheets = workbook.find(q("sheets"))
    if sheets is None:
        raise ValueError("workbook without sheets")
    ids = [int(s.get("sheetId", "0")) for s in sheets]
    node = etree.SubElement(sheets, q("sheet"))
    node.set("name", name)
    node.set("sheetId", str(max([0, *ids]) + 1))
    node.set(q("id", NS_R), rid)
    package.put_xml(WORKBOOK, workbook)
    package.set_override(part, CT_WORKSHEET)
    return part


def _drop_sheet_children(package: Package, part: str) -> None:
    """Remove the drawings, charts and notes of a sheet xlfollow wrote before."""
    for _, rtype, target, mode in package.rels(part):
        if mode == "External":
            continue
        if rtype.endswith("/drawing"):
            for _, _, chart, _ in package.rels(target):
                package.remove(chart)
                package.drop_rels(chart)
            package.drop_rels(target)
        package.remove(target)
    package.drop_rels(part)


def _print_titles(package: Package, sheet: SheetPlan) -> None:
    workbook = package.xml(WORKBOOK)
    sheets = workbook.find(q("sheets"))
    assert sheets is not None
    index = next(i for i, s in enumerate(sheets) if s.get("name") == sheet.name)
    names = workbook.find(q("definedNames"))
    if names is not None:
        for node in list(names):
            if node.get("name") == "_xlnm.Print_Titles" and node.get("localSheetId") == str(index):
                names.remove(node)
    if sheet.repeat_rows:
        if names is None:
            names = etree.Element(q("definedNames"))
            anchor = sheets
            for tag in ("functionGroups", "externalReferences"):
                found = workbook.find(q(tag))
                if found is not None:
                    anchor = found
            anchor.addnext(names)
        first, last = sheet.repeat_rows
        node = etree.SubElement(names, q("definedName"))
        node.set("name", "_xlnm.Print_Titles")
        node.set("localSheetId", str(index))
        node.text = f"{quote_sheet(sheet.name)}!${first}:${last}"
    if names is not None and len(names) == 0:
        workbook.remove(names)
    package.put_xml(WORKBOOK, workbook)
