"""Personal data a workbook carries without its user seeing it: the author and last editor,
company and manager, custom document properties, the folder the file was last saved in
(``x15ac:absPath``, which holds the Windows user name), and the e-mail identities of the people
in threaded comments. Cleared from a copy that leaves the office (the e-mail copy) and from the
workbook xlfollow ships. Kept, and said in the README: the names shown as note authors."""

from __future__ import annotations

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
