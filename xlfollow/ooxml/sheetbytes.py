"""Editing a user's worksheet without parsing its cells. The sheet's XML is split into three byte
runs: everything before ``<sheetData>``, the sheet data, and everything after. Cell formats are
changed in the sheet data by rewriting only the ``s`` attribute of the status cells' start tags,
so every other byte stays as it was: a 100,000-row sheet costs a pass of a regular expression,
not a gigabyte of XML tree, and characters that a strict parser would refuse (but the user's
file holds) pass through untouched. The small part after the sheet data (merged cells,
conditional formats, drawings, ...) is parsed only when an element must be added or removed."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from lxml import etree

from xlfollow.core.a1 import col_letter
from xlfollow.core.lazy import lazy
from xlfollow.core.owned import VALIDATION_TITLE
from xlfollow.ooxml.package import NS_MAIN, NS_R, parse, serialise

_PREFIX = rb"(?:[A-Za-z_][\w.-]*:)?"
_OPEN = re.compile(rb"<(" + _PREFIX + rb")sheetData\b[^>]*?(/?>)")
_CLOSE = re.compile(rb"</" + _PREFIX + rb"sheetData>")
_MARKER = b"<!--xlfollow:sheetData-->"
_S_ATTR = lazy(rb'\ss="\d*"')
_S_VALUE = lazy(rb'\ss="(\d*)"')
_LEADING_STYLE = re.compile(rb' s="(\d*)"')
# a cell whose first attribute is not its reference (or none), or a prefixed cell element
_ODD_CELL = lazy(rb'<(?:\w+:c\b|c(?! r=")[ >/])')
# the same in two scans that each start with a literal (several times faster on a large sheet)
_ODD_PLAIN = re.compile(rb'<c(?! r=")[ >/]')
_PREFIXED_HINT = re.compile(rb":c\b")
_PREFIXED_CELL = lazy(rb"<\w+:c\b")


def odd_cells(data: bytes | memoryview) -> bool:
    """Whether a sheet has a cell whose first attribute is not its reference (or that has
    none), or a prefixed cell element: cells that the fast paths, which find a cell by its
    leading reference, would miss."""
    if _ODD_PLAIN.search(data) is not None:
        return True
    return prefixed_cells(data) and _ODD_CELL.search(data) is not None


def prefixed_cells(data: bytes | memoryview) -> bool:
    """Whether a sheet has a cell element with a namespace prefix (``<x:c ...>``)."""
    return _PREFIXED_HINT.search(data) is not None and _PREFIXED_CELL.search(data) is not None


_LEGACY = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?legacyDrawing\b[^>]*>")


_ABSENT: Any = object()
_TAG = lazy(rb"<(/?)((?:[A-Za-z_][\w.-]*:)?)(row|c)\b([^>]*?)(/?)>")
_REF = lazy(rb"""\br\s*=\s*(["'])([A-Za-z]{0,3})(\d*)\1""")
_STYLE_ANY = lazy(rb"""\ss\s*=\s*(["'])(\d*)\1""")


def _start_tags(body: bytes) -> Iterator[tuple[re.Match[bytes], bool, int, int]]:
    """Every row and cell start tag in order, with where it stands as Excel reads it: (the match,
    whether it is a row, its row, its column; 0 for a row). A row or cell without a reference is
    placed after the one before."""
    from xlfollow.core.a1 import col_index

    row = col = 0
    for match in _TAG.finditer(body):
        closing, _, name, attrs, _ = match.groups()
        if closing:
            continue
        ref = _REF.search(attrs)
        if name == b"row":
            row = int(ref.group(3)) if ref and ref.group(3) else row + 1
            col = 0
            yield match, True, row, 0
            continue
        if ref and ref.group(2):
            col = col_index(ref.group(2).decode())
            row = int(ref.group(3)) if ref.group(3) else row
        else:
            col += 1
        yield match, False, row, col


def _restyle_walk(
    body: bytes, col: int, looks: Mapping[int, Hashable], style_of: Callable[[Hashable, int], bytes]
) -> bytes:
    """The general path: every row and cell start tag in order, so that cells and rows without a
    reference (placed after the one before) and attributes in single quotes are found too."""
    out: list[bytes] = []
    last = 0
    for match, is_row, row, at in _start_tags(body):
        if is_row or at != col or row not in looks:
            continue
        attrs = match.group(4)
        current = _STYLE_ANY.search(attrs)
        base = int(current.group(2) or b"0") if current else 0
        style = b' s="' + style_of(looks[row], base) + b'"'
        start, end = match.span(4)
        new_attrs = (attrs[: current.start()] + style + attrs[current.end() :]) if current else attrs + style
        out.append(body[last:start] + new_attrs)
        last = end
    out.append(body[last:])
    return b"".join(out)


def with_references(body: bytes) -> bytes:
    """The cell data with every row and cell start tag beginning with its reference, as Excel
    writes them: a row or cell without one is placed after the one before (as Excel reads it),
    a reference further on or in single quotes is moved to the front. Nothing else changes."""
    out: list[bytes] = []
    last = 0
    for match, is_row, row, col in _start_tags(body):
        attrs = match.group(4)
        ref = _REF.search(attrs)
        reference = str(row).encode() if is_row else col_letter(col).encode() + str(row).encode()
        rest = (attrs[: ref.start()] + attrs[ref.end() :] if ref else attrs).strip()
        start, end = match.span(4)
        out.append(body[last:start] + b' r="' + reference + b'"' + (b" " + rest if rest else b""))
        last = end
    out.append(body[last:])
    return b"".join(out)


def _escape(text: str) -> bytes:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .encode("utf-8", "xmlcharrefreplace")
    )


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
        self.tail = data[end:]
        # the cell data stays in ``data`` until it is changed or asked for as bytes: a large
        # sheet's cells are scanned and split in place, not copied first
        self._data: bytes | None = data
        self._span = (start.start(), end)
        self._body: bytes | None = None

    @property
    def body(self) -> bytes:
        if self._body is None:
            self._body = self._data[self._span[0] : self._span[1]] if self._data is not None else b""
            self._data = None
        return self._body

    @body.setter
    def body(self, value: bytes) -> None:
        self._body, self._data = value, None

    @property
    def span(self) -> tuple[int, int]:
        """Where the cell data stands in the bytes the sheet was made from."""
        return self._span

    def cells(self) -> bytes | memoryview:
        """The cell data without a copy, for scanning and splitting (re reads a memoryview)."""
        if self._body is None and self._data is not None:
            return memoryview(self._data)[self._span[0] : self._span[1]]
        return self.body

    def to_bytes(self) -> bytes:
        return b"".join(self.pieces())

    def pieces(self) -> tuple[bytes, bytes | memoryview, bytes]:
        """The sheet as head, cell data and tail, uncopied (Package.put_pieces)."""
        return self.head, self.cells(), self.tail

    # --- cells --------------------------------------------------------------------------------------
    def restyle(self, col: int, looks: Mapping[int, Hashable], style_for: Callable[[Any, int], int]) -> None:
        """Give the cells of column ``col`` in the rows of ``looks`` the format
        ``style_for(look, current)``: ``looks`` maps a row to the look its cell should have (the
        same look for many rows); the format is worked out once per look and current format."""
        if not looks:
            return
        memo: dict[tuple[Hashable, int], bytes] = {}

        def style_of(look: Hashable, base: int) -> bytes:
            style = memo.get((look, base))
            if style is None:
                style = memo[look, base] = str(style_for(look, base)).encode()
            return style

        letter = col_letter(col).encode()
        if not odd_cells(self.cells()):
            # every cell starts with its reference (as Excel and most writers write it): a pattern
            # that begins with a literal, so the scan jumps from one status cell to the next
            # split in C at every cell of the column: [text, row, rest of the tag, text, ...]; only
            # the tags are rebuilt, in one loop without a call per cell
            parts = re.split(rb'<c r="' + letter + rb'(\d+)"([^>]*)>', self.cells())
            by_digits = {str(row).encode(): look for row, look in looks.items()}
            start = b'<c r="' + letter
            for i in range(1, len(parts), 3):
                digits, rest = parts[i], parts[i + 1]
                look = by_digits.get(digits, _ABSENT)
                if look is _ABSENT:  # not a row to restyle: the tag as it was
                    parts[i] = start + digits + b'"' + rest + b">"
                else:
                    leading = _LEADING_STYLE.match(rest)
                    if leading is not None:  # the style right after the reference, as Excel writes it
                        base, rest = int(leading[1] or b"0"), rest[leading.end() :]
                    elif b"s=" in rest:  # a style attribute further on
                        base, rest = _split_style(rest)
                    else:
                        base = 0
                    parts[i] = start + digits + b'" s="' + style_of(look, base) + b'"' + rest + b">"
                parts[i + 1] = b""
            self.body = b"".join(parts)
            return
        self.body = _restyle_walk(self.body, col, looks, style_of)

    def set_cells(self, cells: Mapping[tuple[int, int], tuple[Any, tuple[int, int] | None]]) -> None:
        """Give cells a value, keeping each cell's format: ``cells`` maps (row, column) to (value,
        the cell whose format a new cell takes, or None). ``None`` empties a cell (its value and
        type go, the cell and its format stay); text is written as an inline string, never as a
        formula; numbers and truth values as such. Rows and cells that do not exist are added in
        order. One pass over the cell data. Only for sheets whose cells start with their reference
        (as Excel writes them); others raise ValueError, as does a cell that holds a formula."""
        if not cells:
            return
        body = self.body
        prefix = self.prefix
        if re.search(rb"<" + re.escape(prefix) + rb'(?:c(?! r=")|row(?![^>]*\br="))[ >/]', body):
            body = with_references(body)  # cells or rows placed by position, as some writers do
        by_row: dict[int, dict[int, tuple[Any, tuple[int, int] | None]]] = {}
        for (row, col), change in cells.items():
            by_row.setdefault(row, {})[col] = change
        wanted_styles = {src for _, src in cells.values() if src is not None}
        styles = self._styles_of(wanted_styles) if wanted_styles else {}
        out: list[bytes] = []
        last = 0
        todo = sorted(by_row)
        at = 0  # the next row of ``todo`` to place
        row_start = re.compile(rb"<" + re.escape(prefix) + rb'row\b[^>]*?\br="(\d+)"[^>]*?(/?)>')
        close_row = b"</" + prefix + b"row>"
        for match in row_start.finditer(body):
            number = int(match.group(1))
            while at < len(todo) and todo[at] < number:  # a row that does not exist: added before this one
                out.append(body[last : match.start()])
                out.append(self._new_row(todo[at], by_row[todo[at]], styles, prefix))
                last = match.start()
                at += 1
            if at < len(todo) and todo[at] == number:
                if match.group(2):  # <row .../>: no cells
                    end, inner = match.end(), b""
                    tag = match.group(0)[:-2] + b">"
                else:
                    close = body.find(close_row, match.end())
                    if close < 0:
                        raise ValueError("row without its end")
                    end, inner = close + len(close_row), body[match.end() : close]
                    tag = match.group(0)
                out.append(body[last : match.start()])
                out.append(self._changed_row(number, tag, inner, by_row[number], styles, prefix))
                last = end
                at += 1
        rest = b"".join(self._new_row(r, by_row[r], styles, prefix) for r in todo[at:])
        if rest:
            if body.endswith(b"/>"):  # <sheetData/>
                out.append(body[last:-2] + b">" + rest + b"</" + prefix + b"sheetData>")
            else:
                end = body.rfind(b"</")
                out.append(body[last:end] + rest + body[end:])
        else:
            out.append(body[last:])
        self.body = b"".join(out)

    def _styles_of(self, wanted: set[tuple[int, int]]) -> dict[tuple[int, int], bytes]:
        """The style attribute value of each cell in ``wanted`` (b"0" where it has none)."""
        found = cell_styles(self.body)
        return {(r, c): str(found.get(r, {}).get(c, 0)).encode() for r, c in wanted}

    @staticmethod
    def _cell(row: int, col: int, value: Any, style: bytes | None, prefix: bytes, keep: bytes = b"") -> bytes:
        """A cell element holding ``value`` (text inline, never a formula)."""
        ref = col_letter(col).encode() + str(row).encode()
        attrs = b' r="' + ref + b'"' + (b' s="' + style + b'"' if style and style != b"0" else b"") + keep
        tag = prefix + b"c"
        if value is None:
            return b"<" + tag + attrs + b"/>"
        if isinstance(value, dt.date):  # Excel's serial number (the cell's format shows the date)
            value = excel_serial(value)
        if isinstance(value, bool):
            kind, inner = b' t="b"', _wrap(prefix, b"v", b"1" if value else b"0")
        elif isinstance(value, int | float):
            number = int(value) if isinstance(value, float) and value.is_integer() else value
            kind, inner = b"", _wrap(prefix, b"v", repr(number).encode())
        else:
            text = _wrap(prefix, b't xml:space="preserve"', _escape(str(value)), b"t")
            kind, inner = b' t="inlineStr"', _wrap(prefix, b"is", text)
        return b"<" + tag + attrs + kind + b">" + inner + _end(prefix, b"c")

    def _new_row(
        self,
        number: int,
        changes: Mapping[int, tuple[Any, tuple[int, int] | None]],
        styles: Mapping[tuple[int, int], bytes],
        prefix: bytes,
    ) -> bytes:
        cells = b"".join(
            self._cell(number, col, value, styles.get(src) if src else None, prefix)
            for col, (value, src) in sorted(changes.items())
        )
        return b"<" + prefix + b'row r="' + str(number).encode() + b'">' + cells + _end(prefix, b"row")

    def _changed_row(
        self,
        number: int,
        tag: bytes,
        inner: bytes,
        changes: Mapping[int, tuple[Any, tuple[int, int] | None]],
        styles: Mapping[tuple[int, int], bytes],
        prefix: bytes,
    ) -> bytes:
        """A row with its cells in ``changes`` given their values (and added in column order)."""
        from xlfollow.core.a1 import col_index

        cell = re.compile(
            rb"<"
            + re.escape(prefix)
            + rb'c r="([A-Z]{1,3})'
            + str(number).encode()
            + rb'"([^>]*?)(?:/>|>(.*?)</'
            + re.escape(prefix)
            + rb"c>)",
            re.DOTALL,
        )
        pieces: list[bytes] = []
        last = 0
        left = dict(changes)
        for match in cell.finditer(inner):
            col = col_index(match.group(1).decode())
            for new in sorted(c for c in left if c < col):  # cells that do not exist: added in order
                value, src = left.pop(new)
                pieces.append(inner[last : match.start()])
                pieces.append(self._cell(number, new, value, styles.get(src) if src else None, prefix))
                last = match.start()
            if col not in left:
                continue
            value, _ = left.pop(col)
            content = match.group(3) or b""
            if b"<" + prefix + b"f" in content and re.search(rb"<" + re.escape(prefix) + rb"f\b", content):
                raise ValueError("a cell that holds a formula")
            style = _S_VALUE.search(match.group(2))
            keep = _KEEP_ATTRS.findall(match.group(2))  # cm, vm, ph: as they were (not t: the value says)
            pieces.append(inner[last : match.start()])
            pieces.append(
                self._cell(number, col, value, style.group(1) if style else None, prefix, b"".join(keep))
            )
            last = match.end()
        pieces.append(inner[last:])
        for new in sorted(left):
            value, src = left[new]
            pieces.append(self._cell(number, new, value, styles.get(src) if src else None, prefix))
        spans = re.search(rb'\sspans="(\d+):(\d+)"', tag)
        if spans:
            low = min(int(spans.group(1)), *changes)
            high = max(int(spans.group(2)), *changes)
            tag = tag[: spans.start()] + b' spans="%d:%d"' % (low, high) + tag[spans.end() :]
        return tag + b"".join(pieces) + _end(prefix, b"row")

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

    def set_validations(self, lists: Sequence[tuple[str, str, str]]) -> None:
        """xlfollow's dropdowns on this sheet become ``lists`` (cells, the range of the choices,
        the input message): the ones it wrote before (marked ``promptTitle="xlfollow"``) go, the
        user's own stay, the element stands in schema order."""
        shell = parse(self.head + _MARKER + self.tail)
        ns = etree.QName(shell).namespace or NS_MAIN
        holder = next(
            (n for n in shell if isinstance(n.tag, str) and etree.QName(n).localname == "dataValidations"),
            None,
        )
        if holder is not None:
            for node in list(holder):
                if node.get("promptTitle") == VALIDATION_TITLE:
                    holder.remove(node)
        if holder is None and not lists:
            return
        if holder is None:
            holder = etree.Element(f"{{{ns}}}dataValidations")
            at = next(
                (
                    i
                    for i, n in enumerate(shell)
                    if isinstance(n.tag, str) and etree.QName(n).localname in _AFTER_VALIDATIONS
                ),
                len(shell),
            )
            shell.insert(at, holder)
        for cells, choices, prompt in lists:
            node = etree.SubElement(holder, f"{{{ns}}}dataValidation")
            for name, value in (
                ("type", "list"),
                ("errorStyle", "warning"),
                ("allowBlank", "1"),
                ("showInputMessage", "1"),
                ("showErrorMessage", "1"),
                ("promptTitle", VALIDATION_TITLE),
                ("prompt", prompt[:255]),
                ("sqref", cells),
            ):
                node.set(name, value)
            etree.SubElement(node, f"{{{ns}}}formula1").text = choices
        if len(holder):
            holder.set("count", str(len(holder)))
        else:
            shell.remove(holder)
        self._store(shell)

    def _store(self, shell: etree._Element) -> None:
        text = serialise(shell)
        cut = text.index(_MARKER)
        self.head, self.tail = text[:cut], text[cut + len(_MARKER) :]

    def set_legacy_drawing(self, rid: str | None, before: Iterable[str]) -> None:
        """Add ``<legacyDrawing r:id=rid/>`` in schema order (before the first of ``before``, or
        a markup-compatibility block, which stands where controls and OLE objects go), or remove
        it when ``rid`` is None. Done in the bytes: nothing else of the user's sheet changes."""
        self.tail = LEGACY_ELEMENT.sub(b"", self.tail)
        if rid is None:
            return
        prefix = self.prefix
        r_prefix = _namespace_prefix(self.head, NS_R.encode())
        declare = b"" if r_prefix else b' xmlns:r="' + NS_R.encode() + b'"'
        node = (
            b"<"
            + prefix
            + b"legacyDrawing"
            + declare
            + b" "
            + (r_prefix or b"r")
            + b':id="'
            + rid.encode()
            + b'"/>'
        )
        at = _first_child(self.tail, {t.encode() for t in before} | {b"AlternateContent"})
        self.tail = self.tail[:at] + node + self.tail[at:]

    @property
    def prefix(self) -> bytes:
        """The namespace prefix of the sheet's elements ("" or "x:")."""
        found = _OPEN.search(self.body)
        return found.group(1) if found else b""


# a tag: its slash (closing), its local name, and whether it closes itself; attribute values may
# hold ">" (quoted), text never holds "<"
_ANY_TAG = lazy(
    rb"""<!--.*?-->|<\?.*?\?>|<!\[CDATA\[.*?\]\]>|<(/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(/?)>""",
    re.DOTALL,
)


# a worksheet's children in schema order (ECMA-376 Part 1, CT_Worksheet)
WORKSHEET_ORDER = (
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
    "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
    "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
    "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
    "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
    "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems",
    "tableParts", "extLst",
)  # fmt: skip


def elements_after(name: str) -> tuple[str, ...]:
    """The worksheet's children that follow ``name`` in schema order."""
    return WORKSHEET_ORDER[WORKSHEET_ORDER.index(name) + 1 :]


# a markup-compatibility block stands where controls and OLE objects go: after dataValidations
_AFTER_VALIDATIONS = {*elements_after("dataValidations"), "AlternateContent"}


def _first_child(tail: bytes, names: set[bytes]) -> int:
    """Where the first of the worksheet's own elements named ``names`` starts in ``tail`` (the
    sheet after its cell data), else where the worksheet closes. Only the worksheet's children
    count: an ``<extLst>`` inside a conditional format's rule is not the worksheet's."""
    depth = 0
    for tag in _ANY_TAG.finditer(tail):
        closing, name, empty = tag.groups()
        if name is None:  # a comment, a processing instruction or character data: no element
            continue
        if closing:
            if depth == 0:  # </worksheet>
                return tag.start()
            depth -= 1
            continue
        if depth == 0 and name in names:
            return tag.start()
        if not empty:
            depth += 1
    return len(tail)


LEGACY_ELEMENT = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?legacyDrawing\b[^>]*?(?:/>|>\s*</(?:[A-Za-z_][\w.-]*:)?legacyDrawing>)"
)


def _namespace_prefix(head: bytes, uri: bytes) -> bytes | None:
    """The prefix the root element declares for ``uri`` (b"r"), or None."""
    found = re.search(rb'xmlns:([A-Za-z_][\w.-]*)\s*=\s*["\']' + re.escape(uri) + rb'["\']', head)
    return found.group(1) if found else None


def excel_serial(value: dt.date) -> float | int:
    """A date or date and time as Excel's serial number (days since 1899-12-30)."""
    if isinstance(value, dt.datetime):
        delta = value.replace(tzinfo=None) - dt.datetime(1899, 12, 30)
        serial = delta.days + delta.seconds / 86400
        return int(serial) if float(serial).is_integer() else serial
    return (value - dt.date(1899, 12, 30)).days


def _end(prefix: bytes, name: bytes) -> bytes:
    return b"</" + prefix + name + b">"


def _wrap(prefix: bytes, start: bytes, content: bytes, name: bytes | None = None) -> bytes:
    """``<start>content</name>`` with the sheet's prefix (``name``: the element's name, when
    ``start`` carries attributes)."""
    return b"<" + prefix + start + b">" + content + _end(prefix, name or start)


# attributes of a cell start tag kept when its value changes (its reference, style and type are
# written anew): cell metadata, value metadata, phonetic flag
_KEEP_ATTRS = lazy(rb'\sph="[^"]*"')


_F_ELEMENT = lazy(rb"<(?:[A-Za-z_][\w.-]*:)?f\b[^>]*?(?:/>|>.*?</(?:[A-Za-z_][\w.-]*:)?f>)", re.DOTALL)
_CELL_START = lazy(rb"<(?:[A-Za-z_][\w.-]*:)?c\b[^>]*>")
_CELL_REF = lazy(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')


def formulas_of(sheet: bytes) -> dict[tuple[int, int], bytes]:
    """(row, column) -> the formula element of every cell that holds one (shared formulas'
    masters and members alike): each formula found, then the start tag of its cell before it."""
    if b"<f" not in sheet and b":f" not in sheet:
        return {}
    from xlfollow.core.a1 import col_index

    found: dict[tuple[int, int], bytes] = {}
    for element in _F_ELEMENT.finditer(sheet):
        start = max(sheet.rfind(b"<c ", 0, element.start()), sheet.rfind(b":c ", 0, element.start()))
        if start < 0:
            continue
        tag = _CELL_START.match(sheet, sheet.rfind(b"<", 0, start + 1))
        ref = _CELL_REF.search(tag.group(0)) if tag else None
        if ref is not None:
            found[(int(ref.group(2)), col_index(ref.group(1).decode()))] = element.group(0)
    return found


_CELL_STYLE = lazy(rb'<(?:[A-Za-z_][\w.-]*:)?c r="([A-Z]{1,3})(\d+)"([^>]*?)(?:/>|>)')


def cell_styles(sheet: bytes) -> dict[int, dict[int, int]]:
    """row -> column -> the format index of every cell of a sheet that names one."""
    from xlfollow.core.a1 import col_index

    found: dict[int, dict[int, int]] = {}
    for match in _CELL_STYLE.finditer(sheet):
        style = _S_VALUE.search(match.group(3))
        if style is not None and style.group(1):
            row = found.setdefault(int(match.group(2)), {})
            row[col_index(match.group(1).decode())] = int(style.group(1))
    return found
