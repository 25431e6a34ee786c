"""The Python the buttons run, for every user of a shared workbook (issue 20).

The macro workbook and the add-in ship with the interpreter settings of their ``xlwings.conf`` /
``xlfollow.conf`` sheet written for *whoever* opens them: xlwings' VBA expands an environment
variable on Windows (``%LOCALAPPDATA%``) and ``$HOME`` on a Mac before it starts Python, so the one
setting points at each user's own environment, the one the kit's install script makes in exactly
that place. The install scripts write nothing into any workbook (a workbook shared by colleagues
used to carry only the last installer's path).

``set_conf_value`` writes a setting of such a sheet when the workbooks are built from text."""

from __future__ import annotations

from lxml import etree

from xlfollow.ooxml.package import Package, qualified

# where the install scripts put each user's environment (scripts/kit/installera.*), as xlwings'
# VBA finds it: ExpandEnvironmentStrings on Windows; GetMacDir("$HOME") on a Mac, outside Excel's
# sandbox
INTERPRETERS = {
    "Interpreter_Win": r"%LOCALAPPDATA%\xlfollow\venv\Scripts\python.exe",
    "Interpreter_Mac": "$HOME/Library/Application Support/xlfollow/venv/bin/python",
}

# The buttons' Python stays running between clicks (Windows): xlwings' RunPython then runs the
# command in its UDF server, a Python process kept alive by Excel, instead of starting Python
# and importing xlfollow again for every click (issue 13). Set when the workbook is built.
WARM_KEY = "Use UDF Server"


def set_conf_value(package: Package, part: str, key: str, value: str | bool) -> None:
    """Set ``key`` of the xlwings.conf sheet in ``part`` (a text, or TRUE/FALSE)."""
    root = package.xml(part)
    _set_value(package, root, key, value)
    package.put_xml(part, root)


def _set_value(package: Package, root: etree._Element, key: str, value: str | bool) -> None:
    """Column B of the row whose column A says ``key`` (a shared or inline string) becomes
    ``value``, as an inline string or a boolean; a row is added when there is none."""
    from xlfollow.ooxml.cells import shared_strings, value_of

    strings = shared_strings(package)
    data = root.find(qualified("sheetData"))
    if data is None:
        raise ValueError("worksheet without sheetData")
    target_row = None
    for row in data.iter(qualified("row")):
        first = row.find(qualified("c"))
        if first is None or not (first.get("r") or "").startswith("A"):
            continue
        if value_of(first, strings, set()) == key:
            target_row = row
            break
    if target_row is None:
        number = max((int(r.get("r", "0")) for r in data.iter(qualified("row"))), default=0) + 1
        target_row = etree.SubElement(data, qualified("row"), r=str(number))
        name = etree.SubElement(target_row, qualified("c"), r=f"A{number}", t="inlineStr")
        etree.SubElement(etree.SubElement(name, qualified("is")), qualified("t")).text = key
    number = target_row.get("r", "1")
    cell = next((c for c in target_row.iter(qualified("c")) if c.get("r") == f"B{number}"), None)
    if cell is None:
        cell = etree.SubElement(target_row, qualified("c"), r=f"B{number}")
    style = cell.get("s")
    cell.clear()
    cell.set("r", f"B{number}")
    if style is not None:
        cell.set("s", style)
    if isinstance(value, bool):
        cell.set("t", "b")
        etree.SubElement(cell, qualified("v")).text = "1" if value else "0"
        return
    cell.set("t", "inlineStr")
    etree.SubElement(etree.SubElement(cell, qualified("is")), qualified("t")).text = value
