"""Editing a user's worksheet without parsing its cells. The sheet's XML is split into three byte
runs: everything before ``<sheetData>``, the sheet data, and everything after. Cell formats are
changed in the sheet data by rewriting only the ``s`` attribute of the status cells' start tags,
so every other byte stays as it was: a 100,000-row sheet costs a pass of a regular expression,
not a gigabyte of XML tree, and characters that a strict parser would refuse (but the user's
file holds) pass through untouched. The small part after the sheet data (merged cells,
conditional formats, drawings, ...) is parsed only when an element must be added or removed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lxml import etree

from xlfollow.core.a1 import col_letter
from xlfollow.ooxml.package import NS_R, parse, q, serialise

_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_OPEN = re.compile(rb"<(" + _PREFIX + rb")sheetData\b[^>]*?(/?>)")
_CLOSE = re.compile(rb"</" + _PREFIX + rb"sheetData>")
_MARKER = b"<!--xlfollow:sheetData-->"
_S_ATTR = re.compile(rb'\ss="\d*"')
_S_VALUE = re.compile(rb'\ss="(\d*)"')
# a cell whose first attribute is not its reference (or none), or a prefixed cell element
ODD_CELL = re.compile(rb'<(?:\w+:c\b|c(?! r=")[ >/])')
_LEGACY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?legacyDrawing\b[^>]*>")


def _split_style(attrs: bytes) -> tuple[int, bytes]:
    """A start tag's attributes -> (its style index, 0 when none; the attributes without it)."""
    current = _S_VALUE.search(attrs)
    return (int(current.group(1) or b"0") if current else 0), _S_ATTR.sub(b"", attrs)


class SheetBytes:
    def __init__(self, data: bytes) -> None:
        start = _OPEN.search(data)
        if start is None:
            raise ValueError("worksheet without sheetData")
        if start.group(2) == b"/>":
            end = start.end()
        else:  # the closing tag, found from the end: one pass in C over a large sheet, not a regex
            close = data.rfind(b"sheetData>")
            lt = data.rfind(b"<", start.end(), close) if close >= 0 else -1
            if lt < 0 or not _CLOSE.fullmatch(data, lt, close + len(b"sheetData>")):
                raise ValueError("worksheet without the end of sheetData")
            end = close + len(b"sheetData>")
        self.head = data[: start.start()]
        self.body = data[start.start() : end]
        self.tail = data[end:]

    def to_bytes(self) -> bytes:
        return self.head + self.body + self.tail

    # --- cells --------------------------------------------------------------------------------------
    def restyle(self, col: int, rows: Iterable[int], style_for: Callable[[int, int], int]) -> None:
        """Give the cells of column ``col`` in ``rows`` the format ``style_for(row, current)``."""
        wanted = set(rows)
        if not wanted:
            return
        letter = col_letter(col).encode()
        if ODD_CELL.search(self.body) is None:
            # every cell starts with its reference (as Excel and most writers write it): a pattern
            # that begins with a literal, so the scan jumps from one status cell to the next
            fast = re.compile(rb'<c r="' + letter + rb'(\d+)"( s="(\d*)")?([^>]*?)(/?)>')

            def quick(match: re.Match[bytes]) -> bytes:
                row = int(match.group(1))
                if row not in wanted:
                    return match.group(0)
                rest = match.group(4)
                if match.group(2) is not None:
                    base = int(match.group(3) or b"0")
                else:  # a style attribute further on, or none
                    base, rest = _split_style(rest)
                style = str(style_for(row, base)).encode()
                return (
                    b'<c r="'
                    + letter
                    + match.group(1)
                    + b'" s="'
                    + style
                    + b'"'
                    + rest
                    + match.group(5)
                    + b">"
                )

            self.body = fast.sub(quick, self.body)
            return
        pattern = re.compile(rb"<((?:[A-Za-z_][\w.-]*:)?c)\b([^>]*?\br=\"" + letter + rb'(\d+)"[^>]*?)(/?)>')

        def replace(match: re.Match[bytes]) -> bytes:
            row = int(match.group(3))
            if row not in wanted:
                return match.group(0)
            base, attrs = _split_style(match.group(2))
            attrs += b' s="' + str(style_for(row, base)).encode() + b'"'
            return b"<" + match.group(1) + attrs + match.group(4) + b">"

        self.body = pattern.sub(replace, self.body)

    # --- the part after the sheet data ----------------------------------------------------------
    def legacy_drawing_id(self) -> str | None:
        found = _LEGACY.search(self.tail)
        if not found:
            return None
        rid = re.search(rb'\b(?:[A-Za-z_][\w.-]*:)?id="([^"]*)"', found.group(0))
        return rid.group(1).decode() if rid else None

    def drop_controls(self) -> bool:
        """Remove the sheet's form controls list (also inside markup-compatibility wrappers)."""
        shell = parse(self.head + _MARKER + self.tail)
        removed = False
        for node in list(shell):
            if not isinstance(node.tag, str):
                continue  # the marker comment
            name = etree.QName(node).localname
            if name == "controls" or (
                name == "AlternateContent"
                and any(etree.QName(n).localname == "controls" for n in node.iter() if isinstance(n.tag, str))
            ):
                shell.remove(node)
                removed = True
        if removed:
            self._store(shell)
        return removed

    def _store(self, shell: etree._Element) -> None:
        text = serialise(shell)
        cut = text.index(_MARKER)
        self.head, self.tail = text[:cut], text[cut + len(_MARKER) :]

    def set_legacy_drawing(self, rid: str | None, before: Iterable[str]) -> None:
        """Add ``<legacyDrawing r:id=rid/>`` in schema order (before the first of ``before``),
        or remove it when ``rid`` is None."""
        shell = parse(self.head + _MARKER + self.tail)
        existing = shell.find(q("legacyDrawing"))
        if existing is not None:
            shell.remove(existing)
        if rid is not None:
            node = etree.Element(q("legacyDrawing"))
            node.set(q("id", NS_R), rid)
            anchor = next((shell.find(q(t)) for t in before if shell.find(q(t)) is not None), None)
            if anchor is not None:
                anchor.addprevious(node)
            else:
                shell.append(node)
        self._store(shell)
