"""Removing a sheet from a workbook's package: its entry in workbook.xml, the defined names that
belong to it (the others' sheet indexes moved down), the views that pointed at it, its part and
the parts only it used (notes, drawings, charts)."""

from __future__ import annotations

import re

from lxml import etree

from xlfollow.ooxml.package import NS_R, Package, qualified, sheet_index


def remove_sheet(package: Package, name: str) -> bool:
    """Remove the sheet ``name`` (exact name); False when there is none."""
    workbook = package.xml(package.workbook)
    sheets = workbook.find(qualified("sheets"))
    if sheets is None:
        return False
    entries = list(sheets)
    index = next((i for i, s in enumerate(entries) if s.get("name") == name), None)
    if index is None:
        return False
    rid = entries[index].get(qualified("id", NS_R), "")
    part = {r: t for r, _, t, _ in package.rels(package.workbook)}.get(rid)
    sheets.remove(entries[index])
    for view in workbook.iter(qualified("workbookView")):  # the tabs after it move one to the left
        for attribute in ("activeTab", "firstSheet"):
            at = sheet_index(view.get(attribute))
            if at is not None and at > index:
                view.set(attribute, str(at - 1))
    names = workbook.find(qualified("definedNames"))
    if names is not None:
        for node in list(names):
            local = sheet_index(node.get("localSheetId"))
            if local == index or refers_to(node.text or "", name):
                names.remove(node)
            elif local is not None and local > index:
                node.set("localSheetId", str(local - 1))
        if not len(names):
            workbook.remove(names)
    fix_views(workbook)
    package.put_xml(package.workbook, workbook)
    if part:
        _remove_with_children(package, part)
        drop_rel(package, package.workbook, rid)
    return True


def refers_to(formula: str, sheet: str) -> bool:
    """Whether a defined name's formula refers to ``sheet``: ``Start!A1`` or ``'Ny start'!A1`` as a
    whole reference, not a sheet whose name only ends the same (``'Ny Start'!`` is not ``Start``)."""
    quoted = "'" + sheet.replace("'", "''") + "'!"
    bare = re.escape(sheet) + "!"
    return re.search(rf"(?:^|[^\w.'!])(?:{re.escape(quoted)}|{bare})", formula) is not None


def remove_part(package: Package, part: str) -> None:
    """Remove ``part`` (not a sheet: a custom XML item, say) with the relationships to it and the
    parts only it used."""
    for name in package.names():
        if name.endswith(".rels"):
            continue
        for rid, _, target, mode in package.rels(name):
            if target == part and mode != "External":
                drop_rel(package, name, rid)
    for rid, _, target, mode in package.rels(""):
        if target == part and mode != "External":
            drop_rel(package, "", rid)
    _remove_with_children(package, part)


def _remove_with_children(package: Package, part: str) -> None:
    """``part`` and, through its relationships, every part no remaining part refers to."""
    todo = [part]
    removed: set[str] = set()
    while todo:
        current = todo.pop()
        if current in removed or not package.has(current):
            continue
        children = [t for _, _, t, mode in package.rels(current) if mode != "External"]
        package.drop_rels(current)
        package.remove(current)
        removed.add(current)
        for child in children:
            if not _referred(package, child):
                todo.append(child)


def _referred(package: Package, part: str) -> bool:
    """Whether any part still in the package refers to ``part``."""
    for name in package.names():
        if name.endswith(".rels"):
            continue
        if any(t == part for _, _, t, mode in package.rels(name) if mode != "External"):
            return True
    return False


def drop_rel(package: Package, part: str, rid: str) -> None:
    keep = {r for r, _, _, _ in package.rels(part) if r != rid}
    package.drop_rels(part, keep)


_SHEET_VIEW = re.compile(rb"<(?:\w+:)?sheetView\b[^>]*>")
_TAB_SELECTED = re.compile(rb'\s+tabSelected\s*=\s*("[^"]*"|\'[^\']*\')')


def open_on(package: Package, wanted: str | None) -> None:
    """The workbook opens on the sheet ``wanted`` (when it is there and visible; else the sheet it
    opened on, if still visible; else the first visible sheet), and that tab alone is selected: two
    selected tabs open grouped, and what is typed then lands on both sheets. With no visible sheet
    left, the first sheet is shown."""
    workbook = package.xml(package.workbook)
    sheets = workbook.find(qualified("sheets"))
    entries = list(sheets) if sheets is not None else []
    if not entries:
        return
    visible = [i for i, s in enumerate(entries) if s.get("state") in (None, "visible")]
    if not visible:  # every sheet the user saw is gone: Excel opens no workbook without one
        entries[0].attrib.pop("state", None)
        visible = [0]
    views = list(workbook.iter(qualified("workbookView")))
    named = [i for i in visible if (entries[i].get("name") or "") == wanted]
    kept = sheet_index(views[0].get("activeTab", "0")) if views else None
    active = named[0] if named else kept if kept in visible else visible[0]
    for view in views:
        view.set("activeTab", str(active))
        first = sheet_index(view.get("firstSheet", "0"))
        if first is None or first > active or first not in visible:
            view.set("firstSheet", str(visible[0]))
    package.put_xml(package.workbook, workbook)
    parts = {r: t for r, _, t, _ in package.rels(package.workbook)}
    for index, entry in enumerate(entries):
        part = parts.get(entry.get(qualified("id", NS_R), ""))
        if part and package.has(part):
            _select_tab(package, part, index == active)


def _select_tab(package: Package, part: str, selected: bool) -> None:
    """``tabSelected`` on the sheet's views: set on the active sheet, gone from every other. Only
    the part's head (before the cell data) is read and changed."""
    data = package.read(part)
    cut = data.find(b"<sheetData")
    cut = len(data) if cut < 0 else cut
    head = data[:cut]

    def mark(match: re.Match[bytes]) -> bytes:
        tag = _TAB_SELECTED.sub(b"", match.group(0))
        if selected:
            end = -2 if tag.endswith(b"/>") else -1
            tag = tag[:end] + b' tabSelected="1"' + tag[end:]
        return tag

    changed = _SHEET_VIEW.sub(mark, head)
    if changed != head:
        package.put(part, changed + data[cut:])


def fix_views(workbook: etree._Element) -> None:
    """The workbook's views point at a visible sheet that exists (the active tab, the first tab
    shown)."""
    sheets = workbook.find(qualified("sheets"))
    visible = [
        i for i, s in enumerate(sheets if sheets is not None else []) if s.get("state") in (None, "visible")
    ]
    count = len(sheets) if sheets is not None else 0
    for view in workbook.iter(qualified("workbookView")):
        for attribute in ("activeTab", "firstSheet"):
            value = sheet_index(view.get(attribute, "0"))
            if value is None or value >= count or value not in visible:
                view.set(attribute, str(visible[0] if visible else 0))
