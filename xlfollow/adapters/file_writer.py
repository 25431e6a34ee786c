"""The file writer: applies a :class:`~xlfollow.core.plan.Plan` to a workbook on disk by patching only
the parts it changes (see :mod:`xlfollow.ooxml.package`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from lxml import etree

from xlfollow.core.a1 import quote_sheet
from xlfollow.core.errors import InputError
from xlfollow.core.numbers import is_number
from xlfollow.core.owned import own_sheet, own_sheet_name
from xlfollow.core.plan_types import Look, Plan, SheetPlan
from xlfollow.core.status import Status
from xlfollow.core.styles import LOOK_COLOURS, STYLES, cue_format
from xlfollow.ooxml import newparts as parts
from xlfollow.ooxml.newparts import rows_xml
from xlfollow.ooxml.notes import write_notes
from xlfollow.ooxml.package import (
    CT_CHART,
    CT_DRAWING,
    CT_WORKSHEET,
    NS_R,
    OWNED_NAME,
    REGION_MARK,
    Package,
    qualified,
)
from xlfollow.ooxml.sheetbytes import SheetBytes
from xlfollow.ooxml.stylesheet import StyleSheet

__all__ = ["NewWorkbook", "apply_plan", "rows_xml", "write_new_workbook", "write_owned_sheet"]

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


def apply_plan(
    plan: Plan, package: Package, target: Path, verify: Callable[[Package, Path], None] | None = None
) -> None:
    apply_to_package(plan, package)
    package.save(target, verify)


def apply_to_package(plan: Plan, package: Package) -> None:
    styles_part = find_styles_part(package)
    styles = StyleSheet(package.xml(styles_part))
    data_sheets = {m.sheet or plan.data_sheet for m in plan.looks} | {plan.data_sheet}
    data_sheets |= {n.sheet or plan.data_sheet for n in plan.notes}
    for name in plan.data_sheets():
        data_part = package.sheet_part(name)
        if data_part is None:
            continue
        sheet = SheetBytes(package.read(data_part))
        package.forget(data_part)  # the sheet's bytes now live in `sheet` only
        values = plan.values_on(name)
        if values:
            try:
                sheet.set_cells({cell: (v.value, v.style_from) for cell, v in values.items()})
            except ValueError:
                raise InputError("odd-cells", path=package.source, sheet=name) from None
        _paint(sheet, plan.looks_on(name), styles)
        if any(v.sheet == name for v in plan.validations):
            sheet.set_validations(_lists(plan, name))
        if plan.notes_replaced and name in data_sheets:  # xlfollow's notes are the plan's
            write_notes(package, data_part, sheet, plan.notes_on(name))
        package.put_pieces(data_part, sheet.pieces())
    owned = package.owned_sheets() if plan.drop else {}
    if plan.drop:
        from xlfollow.ooxml.sheets import remove_sheet  # a new round's plan only
    for wanted in plan.drop:
        earlier = own_sheet(wanted, owned)
        if earlier is not None:
            remove_sheet(package, earlier)
    for sheet_plan in plan.sheets:
        part = write_owned_sheet(package, sheet_plan, styles)
        if any(v.sheet == sheet_plan.name for v in plan.validations):
            written = SheetBytes(package.read(part))
            written.set_validations(_lists(plan, sheet_plan.name))
            package.put(part, written.to_bytes())
    package.put_xml(styles_part, styles.root)


def _lists(plan: Plan, sheet: str) -> list[tuple[str, str, str]]:
    """The dropdowns the plan puts on ``sheet`` (one with no cells only removes xlfollow's)."""
    return [(v.cells, v.choices, v.prompt) for v in plan.validations if v.sheet == sheet and v.cells]


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
def _paint(sheet: SheetBytes, looks: list[Look], styles: StyleSheet) -> None:
    def style_for(look: tuple[Status | str | None, str | None, bool], base: int) -> int:
        status, cue, number = look
        if status is None:
            return styles.without_own_look(base)  # the user's own formatting stays
        fill, font = LOOK_COLOURS[status]
        if number:  # a status written as a number (95 %) keeps the user's number format
            return styles.status_look(base, fill, font, None)
        return styles.status_look(base, fill, font, cue_format(status) if cue else "General")

    for col in {m.col for m in looks}:
        sheet.restyle(
            col, {m.row: (m.status, m.cue, is_number(m.typed)) for m in looks if m.col == col}, style_for
        )


def owned_name(package: Package, wanted: str) -> str:
    """The name xlfollow's sheet ``wanted`` has or gets (see :func:`core.owned.own_sheet_name`)."""
    return own_sheet_name(wanted, list(package.owned_sheets()), [n for n, _ in package.sheet_parts()])


def write_owned_sheet(package: Package, sheet: SheetPlan, styles: StyleSheet) -> str:
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
        package.put(drawing, parts.drawing_xml(sheet.chart.anchor, chart_rid, sheet.chart.description))
        package.put(chart, parts.chart_xml(sheet.chart, sheet.name))
        package.set_override(drawing, CT_DRAWING)
        package.set_override(chart, CT_CHART)

    package.put(part, parts.worksheet_xml(sheet, lambda name: _style_of(styles, name), drawing_rid))
    _print_titles(package, sheet)
    return part


def _style_of(styles: StyleSheet, name: str | None) -> int:
    return styles.xf_for(STYLES[name]) if name else 0


def add_sheet(package: Package, name: str) -> str:
    part = package.free_name("xl/worksheets/sheet{}.xml")
    rid = package.add_rel(package.workbook, "worksheet", part)
    workbook = package.xml(package.workbook)
    sheets = workbook.find(qualified("sheets"))
    if sheets is None:
        raise ValueError("workbook without sheets")
    ids = [int(s.get("sheetId", "0")) for s in sheets]
    node = etree.SubElement(sheets, qualified("sheet"))
    node.set("name", name)
    node.set("sheetId", str(max([0, *ids]) + 1))
    node.set(qualified("id", NS_R), rid)
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
    sheets = workbook.find(qualified("sheets"))
    assert sheets is not None
    index = next(i for i, s in enumerate(sheets) if s.get("name") == sheet.name)
    names = workbook.find(qualified("definedNames"))
    if names is not None:
        for node in list(names):
            if node.get("name") in ("_xlnm.Print_Titles", OWNED_NAME) and node.get("localSheetId") == str(
                index
            ):
                names.remove(node)
    if names is None:
        names = etree.Element(qualified("definedNames"))
        anchor = sheets
        for tag in ("functionGroups", "externalReferences"):
            found = workbook.find(qualified(tag))
            if found is not None:
                anchor = found
        anchor.addnext(names)
    if sheet.owned:
        mark = etree.SubElement(names, qualified("definedName"))
        mark.set("name", OWNED_NAME)
        mark.set("localSheetId", str(index))
        mark.set("hidden", "1")
        mark.text = '"xlfollow"'
    if sheet.repeat_rows:
        first, last = sheet.repeat_rows
        node = etree.SubElement(names, qualified("definedName"))
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


class NewWorkbook:
    """A new workbook holding only xlfollow's sheets (written as it writes its own sheets), added
    one by one; a ``region`` workbook carries a mark, so that it is never read as a unit of
    another region."""

    def __init__(
        self, target: Path, region: bool = False, styles: bytes | None = None, theme: bytes | None = None
    ) -> None:
        """``styles`` and ``theme``: another workbook's formats, copied byte for byte (a unit's
        workbook looks as the master does), instead of a minimal stylesheet and Excel's theme."""
        import io
        import zipfile

        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in _NEW_BOOK.items():
                archive.writestr(name, theme if theme is not None and name == "xl/theme/theme1.xml" else data)
        self.target, self.region = target, region
        self.package = Package(buffer.getvalue(), str(target))
        if styles is not None:
            self.package.put("xl/styles.xml", styles)
            self.package.add_rel(self.package.workbook, "styles", "xl/styles.xml")
            self.package.set_override("xl/styles.xml", CT_STYLES)
        self.styles_part = find_styles_part(self.package)
        self.styles = StyleSheet(self.package.xml(self.styles_part))

    def style_index(self, sheet: SheetPlan, more: Iterable[str | None] = ()) -> dict[str | None, int]:
        """The formats of the styles ``more`` will have in ``sheet``, after its own cells' (asked
        for in the order the writer asks for them): for rows made elsewhere before it is added."""
        for cell in sorted(sheet.cells, key=lambda c: (c.row, c.col)):
            _style_of(self.styles, cell.style)  # made in this order, as worksheet_xml asks
        return {name: _style_of(self.styles, name) for name in more}

    def add(self, sheet: SheetPlan) -> None:
        write_owned_sheet(self.package, sheet, self.styles)

    def save(self, check: Callable[[Path], None] | None = None) -> None:
        """Write the workbook (atomically); ``check`` reads the written file back and raises to
        stop before anything is replaced."""
        package = self.package
        package.put_xml(self.styles_part, self.styles.root)
        if self.region:
            workbook = package.xml(package.workbook)
            names = workbook.find(qualified("definedNames"))
            if names is None:
                names = etree.SubElement(workbook, qualified("definedNames"))
            mark = etree.SubElement(names, qualified("definedName"))
            mark.set("name", REGION_MARK)
            mark.set("hidden", "1")
            mark.text = '"xlfollow"'
            package.put_xml(package.workbook, workbook)
        package.save(self.target, None if check is None else lambda _, written: check(written))


def write_new_workbook(sheets: list[SheetPlan], target: Path, region: bool = False) -> None:
    """A new workbook holding only ``sheets``."""
    book = NewWorkbook(target, region)
    for sheet in sheets:
        book.add(sheet)
    book.save()
