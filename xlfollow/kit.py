"""Installing without PyPI (issue 12): the kit's install scripts call

    python -m xlfollow.kit configure xlfollow.xlsm

with the Python of the environment they made, and this writes that Python's path into the macro
workbook's ``xlwings.conf`` sheet (``Interpreter_Win`` on Windows, ``Interpreter_Mac`` on a Mac), so
that the buttons find it: an empty setting falls back to a ``python`` that macOS no longer has.

Only that one cell changes; every other part of the workbook (the VBA project, the buttons) is
copied byte for byte, and the check after writing proves it."""

from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

from xlfollow.core.errors import InputError, XlfollowError
from xlfollow.core.texts import localised
from xlfollow.ooxml.limits import load_package
from xlfollow.ooxml.package import Package, qualified

CONF_SHEET = "xlwings.conf"


def interpreter_key(platform: str = sys.platform) -> str:
    return "Interpreter_Mac" if platform == "darwin" else "Interpreter_Win"


def configure(book: Path, interpreter: str, key: str | None = None) -> None:
    """Set ``key`` (the platform's interpreter setting) of ``book``'s xlwings.conf sheet to
    ``interpreter``."""
    from xlfollow.ooxml.verify import verify_written

    key = key or interpreter_key()
    package = load_package(book)
    part = next((p for name, p in package.sheet_parts() if name == CONF_SHEET), None)
    if part is None:
        raise InputError("kit-no-conf", path=str(book))
    set_conf_value(package, part, key, interpreter)
    package.save(book, lambda pkg, out: verify_written(pkg, {}, set(), out))


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


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2 or args[0] != "configure":
        print(localised("kit-usage", "sv"), file=sys.stderr)
        return 2
    book = Path(args[1])
    interpreter = args[2] if len(args) > 2 else sys.executable
    try:
        configure(book, interpreter)
    except XlfollowError as exc:
        print(f"xlfollow: {exc.message('sv')}", file=sys.stderr)
        return 2
    print(localised("kit-configured", "sv", path=book, interpreter=interpreter, key=interpreter_key()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
