"""The file writer: applies a :class:`~xlfollow.core.plan.Plan` to a workbook on disk by patching only
the parts it changes (see :mod:`xlfollow.ooxml.package`)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from lxml import etree

from xlfollow.core.a1 import cell_ref, parse_cell, quote_sheet
from xlfollow.core.plan import NOTE_AUTHOR, Mark, Note, Plan, SheetPlan
from xlfollow.core.styles import STATUS_COLOURS, STYLES, cue_format
from xlfollow.ooxml import newparts as parts
from xlfollow.ooxml.package import (
    CT_CHART,
    CT_COMMENTS,
    CT_DRAWING,
    CT_VML,
    CT_WORKSHEET,
    NS_MAIN,
    NS_R,
    OWN_MARK,
    REGION_MARK,
    Package,
    q,
)
from xlfollow.ooxml.sheetbytes import SheetBytes
from xlfollow.ooxml.stylesheet import StyleSheet

CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
MINIMAL_STYLES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    b'<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    b'<fills count="2"><fill><patternFill patternType="none"/></fill>'
    b'<fill><patternFill patternType="gray125"/></fill></fills>'
    b'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    b'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    b'<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
    b'<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
)
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
# Shape ids are taken by a shape's id and by its o:spid (buttons, checkboxes): both count.
_SHAPE_ID = re.compile(rb'\b(?:o:spid|id)="_x0000_s(\d+)"')


def apply_plan(
    plan: Plan, package: Package, target: Path, verify: Callable[[Package, Path], None] | None = None
) -> None:
    apply_to_package(plan, package)
    package.save(target, verify)


def apply_to_package(plan: Plan, package: Package) -> None:
    styles_part = find_styles_part(package)
    styles = StyleSheet(package.xml(styles_part))
    data_part = package.sheet_part(plan.data_sheet)
    if data_part is not None:
        sheet = SheetBytes(package.read(data_part))
        package.forget(data_part)  # the sheet's bytes now live in `sheet` only
        _mark(sheet, plan.marks, styles)
        _notes(package, data_part, sheet, plan.notes)
        package.put(data_part, sheet.to_bytes())
    for sheet_plan in plan.sheets:
        _write_owned_sheet(package, sheet_plan, styles)
    package.put_xml(styles_part, styles.root)


def find_styles_part(package: Package) -> str:
    """The workbook's styles part; a minimal one is added when the workbook has none."""
    for _, rtype, target, _ in package.rels(package.workbook):
        if rtype.endswith("/styles") and package.has(target):
            return target
    # the conventional name first: some readers (openpyxl) look for it there, whatever the relationships say
    part = "xl/styles.xml" if not package.has("xl/styles.xml") else package.free_name("xl/styles{}.xml")
    package.put(part, MINIMAL_STYLES)
    package.add_rel(package.workbook, "styles", part)
    package.set_override(part, CT_STYLES)
    return part


# --- status cells ------------------------------------------------------------------------------------
def _mark(sheet: SheetBytes, marks: list[Mark], styles: StyleSheet) -> None:
    for col in {m.col for m in marks}:
        by_row = {m.row: m for m in marks if m.col == col}

        def style_for(row: int, base: int, by_row: dict[int, Mark] = by_row) -> int:
            mark = by_row[row]
            if mark.status is None:
                return styles.without_own_look(base)  # the user's own formatting stays
            fill, font = STATUS_COLOURS[mark.status]
            return styles.status_look(base, fill, font, cue_format(mark.status) if mark.cue else "General")

        sheet.restyle(col, by_row, style_for)


# --- notes --------------------------------------------------------------------------------------------
def _notes(package: Package, part: str, sheet: SheetBytes, notes: list[Note]) -> None:
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
    vml = package.read(vml_part) if vml_part and package.has(vml_part) else b""
    if vml:
        vml = parts.VML_SHAPE.sub(lambda m: b"" if _note_position(m.group(0)) in removed else m.group(0), vml)
    next_id, block = _next_shape_id(package)
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


def _next_shape_id(package: Package) -> tuple[int, int]:
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
def owned_name(package: Package, wanted: str) -> str:
    """The name xlfollow's sheet ``wanted`` has or gets: the sheet it wrote before, else the
    first name no user's sheet has (Excel compares names without case)."""
    owned = package.owned_sheets()
    for name in owned:
        if name.casefold() == wanted.casefold() or name.casefold().startswith(
            wanted.casefold() + " (xlfollow"
        ):
            return name
    taken = {name.casefold() for name, _ in package.sheet_parts()}
    candidates = [wanted, f"{wanted} (xlfollow)", *(f"{wanted} (xlfollow {n})" for n in range(2, 100))]
    return next(c for c in candidates if c.casefold() not in taken)


def _write_owned_sheet(package: Package, sheet: SheetPlan, styles: StyleSheet) -> None:
    name = owned_name(package, sheet.name)
    sheet = replace(sheet, name=name)
    part = package.owned_sheets().get(name)
    if part is None:
        part = add_sheet(package, name)
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


def add_sheet(package: Package, name: str) -> str:
    part = package.free_name("xl/worksheets/sheet{}.xml")
    rid = package.add_rel(package.workbook, "worksheet", part)
    workbook = package.xml(package.workbook)
    sheets = workbook.find(q("sheets"))
    if sheets is None:
        raise ValueError("workbook without sheets")
    ids = [int(s.get("sheetId", "0")) for s in sheets]
    node = etree.SubElement(sheets, q("sheet"))
    node.set("name", name)
    node.set("sheetId", str(max([0, *ids]) + 1))
    node.set(q("id", NS_R), rid)
    package.put_xml(package.workbook, workbook)
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
    workbook = package.xml(package.workbook)
    sheets = workbook.find(q("sheets"))
    assert sheets is not None
    index = next(i for i, s in enumerate(sheets) if s.get("name") == sheet.name)
    names = workbook.find(q("definedNames"))
    if names is not None:
        for node in list(names):
            if node.get("name") in ("_xlnm.Print_Titles", OWN_MARK) and node.get("localSheetId") == str(
                index
            ):
                names.remove(node)
    if names is None:
        names = etree.Element(q("definedNames"))
        anchor = sheets
        for tag in ("functionGroups", "externalReferences"):
            found = workbook.find(q(tag))
            if found is not None:
                anchor = found
        anchor.addnext(names)
    if sheet.owned:
        mark = etree.SubElement(names, q("definedName"))
        mark.set("name", OWN_MARK)
        mark.set("localSheetId", str(index))
        mark.set("hidden", "1")
        mark.text = '"xlfollow"'
    if sheet.repeat_rows:
        first, last = sheet.repeat_rows
        node = etree.SubElement(names, q("definedName"))
        node.set("name", "_xlnm.Print_Titles")
        node.set("localSheetId", str(index))
        node.text = f"{quote_sheet(sheet.name)}!${first}:${last}"
    if names is not None and len(names) == 0:
        workbook.remove(names)
    package.put_xml(package.workbook, workbook)


# The Office theme a new workbook carries (Excel expects a theme part; colours and fonts as in
# Excel's default theme), kept short: one solid fill, line and empty effect per style level.
_SOLID = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
_THEME = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office">'
    '<a:themeElements><a:clrScheme name="Office">'
    '<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
    + "".join(
        f'<a:{name}><a:srgbClr val="{rgb}"/></a:{name}>'
        for name, rgb in (
            ("dk2", "44546A"),
            ("lt2", "E7E6E6"),
            ("accent1", "4472C4"),
            ("accent2", "ED7D31"),
            ("accent3", "A5A5A5"),
            ("accent4", "FFC000"),
            ("accent5", "5B9BD5"),
            ("accent6", "70AD47"),
            ("hlink", "0563C1"),
            ("folHlink", "954F72"),
        )
    )
    + '</a:clrScheme><a:fontScheme name="Office">'
    '<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
    '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>'
    '</a:fontScheme><a:fmtScheme name="Office">'
    "<a:fillStyleLst>" + _SOLID * 3 + "</a:fillStyleLst>"
    "<a:lnStyleLst>" + ('<a:ln w="6350">' + _SOLID + "</a:ln>") * 3 + "</a:lnStyleLst>"
    "<a:effectStyleLst>" + "<a:effectStyle><a:effectLst/></a:effectStyle>" * 3 + "</a:effectStyleLst>"
    "<a:bgFillStyleLst>" + _SOLID * 3 + "</a:bgFillStyleLst>"
    "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
).encode()


# --- a new workbook -------------------------------------------------------------------------------------
_NEW_BOOK = {
    "[Content_Types].xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        b'<Override PartName="/xl/theme/theme1.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>'
    ),
    "_rels/.rels": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'officeDocument" Target="xl/workbook.xml"/></Relationships>'
    ),
    "xl/workbook.xml": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        b'<bookViews><workbookView activeTab="0"/></bookViews><sheets/></workbook>'
    ),
    "xl/_rels/workbook.xml.rels": (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        b'theme" Target="theme/theme1.xml"/></Relationships>'
    ),
    "xl/theme/theme1.xml": _THEME,
}


def write_new_workbook(sheets: list[SheetPlan], target: Path, region: bool = False) -> None:
    """A new workbook holding only ``sheets`` (written as xlfollow writes its own sheets); a
    ``region`` workbook carries a mark, so that it is never read as a unit of another region."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in _NEW_BOOK.items():
            archive.writestr(name, data)
    package = Package(buffer.getvalue(), str(target))
    styles_part = find_styles_part(package)
    styles = StyleSheet(package.xml(styles_part))
    for sheet in sheets:
        _write_owned_sheet(package, sheet, styles)
    package.put_xml(styles_part, styles.root)
    if region:
        workbook = package.xml(package.workbook)
        names = workbook.find(q("definedNames"))
        if names is None:
            names = etree.SubElement(workbook, q("definedNames"))
        mark = etree.SubElement(names, q("definedName"))
        mark.set("name", REGION_MARK)
        mark.set("hidden", "1")
        mark.text = '"xlfollow"'
        package.put_xml(package.workbook, workbook)
    package.save(target)
