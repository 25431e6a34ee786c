"""The e-mail copy: a macro-free .xlsx of the working .xlsm. Offices block macros in files that
arrive by e-mail (Look of the Web), so this is the copy that gets sent.

Removed: the VBA project (and its signature), Excel 4 macro sheets and dialog sheets with the
names that run or define macros (``Auto_Open``, ``Auto_Close`` …), form controls and everything
bound to a macro (buttons, checkboxes, their control properties, drawings and VML shapes), the
``xlwings.conf`` sheet, the macro workbook's Start sheet (its instructions are for the buttons),
and personal data (see :mod:`xlfollow.ooxml.privacy`). Hidden: the ``xlfollow`` settings sheet.
The copy opens on *Sammanställning* (else the first visible sheet), with that tab alone selected.
Everything else (values, colours, notes, summary, chart) is copied unchanged, part by part.
The working workbook is never touched."""

from __future__ import annotations

import re
from pathlib import Path

from xlfollow.core.errors import InputError
from xlfollow.core.owned import SUMMARY_SHEET, own_sheet
from xlfollow.core.settings import SETTINGS_SHEET
from xlfollow.ooxml.limits import check_input, check_writable, load_package
from xlfollow.ooxml.newparts import VML_SHAPE
from xlfollow.ooxml.package import NS_R, START_NAME, Package, qualified
from xlfollow.ooxml.privacy import clear_personal
from xlfollow.ooxml.sheetbytes import SheetBytes
from xlfollow.ooxml.sheets import drop_rel, fix_views, open_on, remove_sheet

CONF_SHEETS = ("xlwings.conf", "_xlwings.conf")
CT_XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_MACRO_TYPES = ("/vbaProject", "/vbaProjectSignature", "/vbaProjectSignatureAgile", "/vbaProjectSignatureV3")


def export_path(source: Path) -> Path:
    return source.with_name(f"{source.stem}-epost.xlsx")


def export(source: Path, target: Path) -> Path:
    check_input(source)
    if target.suffix.lower() != ".xlsx":
        raise InputError("output-not-xlsx", path=str(target), suffix=".xlsx")
    if target.resolve() == source.resolve():
        raise InputError("same-output", path=str(source))
    package = load_package(source)
    check_writable(package, None)
    _remove_vba(package)
    for name in [*CONF_SHEETS, *_macro_sheets(package), *package.marked_sheets(START_NAME)]:
        remove_sheet(package, name)
    _remove_macro_names(package)
    _hide_sheet(package, SETTINGS_SHEET)
    for _, part in package.sheet_parts():
        _remove_macro_controls(package, part)
    clear_personal(package)
    summary = own_sheet(SUMMARY_SHEET, package.owned_sheets())
    open_on(package, summary)
    package.save(target)
    return target


_MACRO_SHEET_TYPES = ("/xlMacrosheet", "/xlIntlMacrosheet", "/dialogsheet")
# names Excel runs as macros when the workbook opens, closes or is (de)activated: Excel runs any
# name that begins so ("Auto_Open2" too), with or without the built-in prefix
_AUTO_NAME = re.compile(r"(?:_xlnm\.)?auto_(?:open|close|activate|deactivate)", re.IGNORECASE)


def _macro_sheets(package: Package) -> list[str]:
    """The Excel 4 macro sheets (also the international ones) and Excel 5 dialog sheets: no
    ``.xlsx`` may hold them, and a macro sheet's ``Auto_Open`` runs when the file opens."""
    kinds = {rid: rtype for rid, rtype, _, _ in package.rels(package.workbook)}
    sheets = package.xml(package.workbook).find(qualified("sheets"))
    return [
        sheet.get("name", "")
        for sheet in (sheets if sheets is not None else [])
        if kinds.get(sheet.get(qualified("id", NS_R), ""), "").endswith(_MACRO_SHEET_TYPES)
    ]


def _remove_macro_names(package: Package) -> None:
    """The names that run a macro (``Auto_Open`` …) or are one (``xlm``, ``vbProcedure``)."""
    workbook = package.xml(package.workbook)
    names = workbook.find(qualified("definedNames"))
    if names is None:
        return
    doomed = [
        node
        for node in names
        if _AUTO_NAME.match(node.get("name") or "")
        or node.get("xlm") in ("1", "true")
        or node.get("vbProcedure") in ("1", "true")
    ]
    if not doomed:
        return
    for node in doomed:
        names.remove(node)
    if not len(names):
        workbook.remove(names)
    package.put_xml(package.workbook, workbook)


def _remove_vba(package: Package) -> None:
    for rid, rtype, target, _ in package.rels(package.workbook):
        if rtype.endswith(_MACRO_TYPES):
            for _, _, signature, _ in package.rels(target):
                package.remove(signature)
            package.drop_rels(target)
            package.remove(target)
            drop_rel(package, package.workbook, rid)
    types = package.xml("[Content_Types].xml")
    for node in types.findall(qualified("Override", NS_CT)):
        if node.get("PartName") == "/" + package.workbook:
            node.set("ContentType", CT_XLSX_MAIN)
    for node in types.findall(qualified("Default", NS_CT)):
        if node.get("Extension", "").lower() == "bin" and "vbaProject" in node.get("ContentType", ""):
            types.remove(node)
    package.put_xml("[Content_Types].xml", types)


def _hide_sheet(package: Package, name: str) -> None:
    workbook = package.xml(package.workbook)
    sheets = workbook.find(qualified("sheets"))
    found = False
    for sheet in sheets if sheets is not None else []:
        if sheet.get("name", "").casefold() == name:
            sheet.set("state", "hidden")
            found = True
    if found:
        fix_views(workbook)
        package.put_xml(package.workbook, workbook)


def _remove_macro_controls(package: Package, part: str) -> None:
    """Form controls and any shape bound to a macro: the controls list, control properties, the
    VML shapes of form controls (buttons, checkboxes and lists; notes stay), drawing anchors
    whose shape runs a macro, and a VML drawing left without shapes."""
    data = package.read(part)
    if b"<controls" not in data and b"legacyDrawing" not in data and b"<drawing" not in data:
        return
    try:
        sheet = SheetBytes(data)
    except ValueError:  # no cell data (a chart-like sheet): nothing xlfollow removes there
        return
    changed = False
    if b"controls" in sheet.tail:
        changed = sheet.drop_controls()
    for rid, rtype, target, _ in package.rels(part):
        if rtype.endswith("/ctrlProp"):
            package.remove(target)
            drop_rel(package, part, rid)
        elif rtype.endswith("/vmlDrawing") and package.has(target):
            vml = package.read(target)
            kept = VML_SHAPE.sub(lambda m: m.group(0) if _is_note(m.group(0)) else b"", vml)
            if VML_SHAPE.search(kept) is None:
                package.remove(target)
                drop_rel(package, part, rid)
                if sheet.legacy_drawing_id() == rid:
                    sheet.set_legacy_drawing(None, ())
                    changed = True
            elif kept != vml:
                package.put(target, kept)
        elif rtype.endswith("/drawing") and package.has(target):
            _drop_macro_anchors(package, target)
    if changed:
        package.put(part, sheet.to_bytes())


def _is_note(shape: bytes) -> bool:
    return b'ObjectType="Note"' in shape and b"FmlaMacro" not in shape


def _drop_macro_anchors(package: Package, drawing: str) -> None:
    root = package.xml(drawing)
    removed = False
    for anchor in list(root):
        if any((node.get("macro") or "").strip() for node in anchor.iter() if node.get("macro") is not None):
            root.remove(anchor)
            removed = True
    if removed:
        package.put_xml(drawing, root)
