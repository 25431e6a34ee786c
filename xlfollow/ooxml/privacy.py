"""Personal data a workbook carries without its user seeing it: the author and last editor,
company and manager, custom document properties, the folder the file was last saved in
(``x15ac:absPath``, which holds the Windows user name), the user who reserved the file
(``fileSharing userName``), who last refreshed a pivot table (``refreshedBy``), the users of a
shared workbook's change history (``userNames``, and the revision headers' and comments' names),
the people Office keeps beside the file (custom XML: ``outSpaceData``'s related people, a
SharePoint library's ``properties``), and the e-mail identities of the people in threaded
comments. Cleared from a copy that leaves the office (the e-mail copy) and from the workbook
xlfollow ships. Kept, and said in the README: the names shown to the reader (note authors,
threaded comments' display names), which are part of what the notes say."""

from __future__ import annotations

from lxml import etree

from xlfollow.core.errors import InputError
from xlfollow.ooxml.package import Package, local

_PERSONAL = {
    "docProps/core.xml": ("creator", "lastModifiedBy"),
    "docProps/app.xml": ("Company", "Manager", "HyperlinkBase"),
}


def clear_personal(package: Package) -> None:
    for part, fields in _PERSONAL.items():
        if package.has(part):
            root = package.xml(part)
            changed = False
            for node in root.iter():
                if local(node) in fields and node.text:
                    node.text = None
                    changed = True
            if changed:
                package.put_xml(part, root)
    _remove_custom_properties(package)
    _remove_saved_folder(package)
    _anonymise_persons(package)
    _clear_attributes(package)
    _remove_people_items(package)


# (element, attribute): a person's name in an attribute, cleared wherever the part is (a workbook
# part may have another name than xl/workbook.xml; the relationships say where it is)
_PERSON_ATTRIBUTES = (
    ("fileSharing", "userName"),
    ("pivotCacheDefinition", "refreshedBy"),
    ("userInfo", "name"),
    ("header", "userName"),
    ("rcmt", "author"),
)
# custom XML items about people: Office's related people (backstage), SharePoint's properties
_PEOPLE_ROOTS = {
    ("http://schemas.microsoft.com/office/2009/outspace/metadata", "outSpaceData"),
    ("http://schemas.microsoft.com/office/2006/metadata/properties", "properties"),
}


def _clear_attributes(package: Package) -> None:
    """Every part but the cell data (sheets and their shared strings are what the user wrote, and
    large): a part that holds one of the elements with its attribute is parsed and cleared."""
    skip = {part for _, part in package.sheet_parts()}
    for name in package.names():
        if not name.endswith(".xml") or name in skip or name.endswith("sharedStrings.xml"):
            continue
        data = package.read(name)
        wanted = [(e, a) for e, a in _PERSON_ATTRIBUTES if e.encode() in data and a.encode() + b"=" in data]
        if not wanted:
            continue
        root = package.xml(name)
        changed = False
        for node in root.iter():
            for element, attribute in wanted:
                if local(node) == element and node.get(attribute):
                    if element == "fileSharing":
                        del node.attrib[attribute]  # optional: the reservation itself stays
                    else:
                        node.set(attribute, "")
                    changed = True
        if changed:
            package.put_xml(name, root)


def _remove_people_items(package: Package) -> None:
    from xlfollow.ooxml.sheets import remove_part

    for name in package.names():
        if not (name.startswith("customXml/") and name.endswith(".xml")) or "/itemProps" in name:
            continue
        if "/_rels/" in name or not package.has(name):
            continue
        try:
            root = package.xml(name)
        except InputError:  # custom XML is the author's own; what xlfollow cannot parse it leaves
            continue
        if (etree.QName(root).namespace, etree.QName(root).localname) in _PEOPLE_ROOTS:
            remove_part(package, name)


def _remove_custom_properties(package: Package) -> None:
    for rid, rtype, target, _ in package.rels(""):
        if rtype.endswith("/custom-properties"):
            package.remove(target)
            keep = {r for r, _, _, _ in package.rels("") if r != rid}
            package.drop_rels("", keep)


def _remove_saved_folder(package: Package) -> None:
    """``x15ac:absPath`` (inside its markup-compatibility wrapper) out of the workbook part."""
    root = package.xml(package.workbook)
    found = [node for node in root.iter() if local(node) == "absPath"]
    for node in found:
        target = node
        while target.getparent() is not None and target.getparent() is not root:
            target = target.getparent()  # the AlternateContent that holds it
        root.remove(target)
    if found:
        package.put_xml(package.workbook, root)


def _anonymise_persons(package: Package) -> None:
    """Threaded comments' people: their sign-in identities go, their shown names stay."""
    for name in package.names():
        if not name.startswith("xl/persons/") or not name.endswith(".xml"):
            continue
        root = package.xml(name)
        for person in root.iter():
            if local(person) == "person":
                person.set("userId", "")
                person.set("providerId", "None")
        package.put_xml(name, root)
