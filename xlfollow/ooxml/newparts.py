"""XML for the parts xlfollow creates: its own worksheets, the chart and its drawing, and notes
(comments with their VML shapes). Text is always written as inline strings, so nothing taken from
a workbook can become a live formula."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from lxml import etree

from xlfollow.core.a1 import cell_ref, col_letter, quote_sheet
from xlfollow.core.lazy import lazy
from xlfollow.core.plan_types import Cell, Chart, DeferredText, SheetPlan
from xlfollow.ooxml.package import NS_MAIN, NS_R, qualified, serialise

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
MAX_TEXT = 32_767


def clean(text: str) -> str:
    """Text that XML can hold and Excel can show (control characters out, at most 32,767)."""
    text = _ILLEGAL.sub("", text)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def _header_text(text: str) -> str:
    """Text for a print header or footer: '&' doubled (it starts Excel's codes), then the page
    placeholders of the plan turned into Excel's codes for page number and page count."""
    escaped = clean(text).replace("&", "&&")[:100]
    return escaped.replace("{page}", "&P").replace("{pages}", "&N")


def _text_xml(text: str) -> str:
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _text_xml(text).replace('"', "&quot;")


_LETTERS = [""] + [col_letter(c) for c in range(1, 65)]


def _ref(row: int | str, col: int) -> str:
    return f"{_LETTERS[col]}{row}" if col < len(_LETTERS) else f"{col_letter(col)}{row}"


def _cell_xml(ref: str, value: Any, style: int | str) -> str:
    if value is None or value == "":
        return f'<c r="{ref}" s="{style}"/>'
    if isinstance(value, bool):
        return f'<c r="{ref}" s="{style}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        number = repr(float(value)) if isinstance(value, float) else str(value)
        return f'<c r="{ref}" s="{style}"><v>{number}</v></c>'
    # always an inline string: text from a workbook never becomes a formula
    text = _text_xml(str(value))
    return f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


def worksheet_xml(sheet: SheetPlan, style_of: Callable[[str | None], int], drawing_rid: str | None) -> bytes:
    """The sheet as XML text, built as strings: a sheet of tens of thousands of issues is written
    in a fraction of the time (and memory) an element tree would take."""
    out: list[str] = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
    ]
    max_row = max(1, max((c.row for c in sheet.cells), default=0) + sum(b.count for b in sheet.rendered))
    max_col = max([*(c.col for c in sheet.cells), *(b.width for b in sheet.rendered)], default=1)
    out.append(
        f'<dimension ref="A1:{cell_ref(max_row, max_col)}"/><sheetViews><sheetView workbookViewId="0">'
    )
    if sheet.freeze_row:
        out.append(
            f'<pane ySplit="{sheet.freeze_row}" topLeftCell="A{sheet.freeze_row + 1}" '
            'activePane="bottomLeft" state="frozen"/>'
        )
    out.append('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>')
    if sheet.widths:
        out.append("<cols>")
        out.extend(
            f'<col min="{c}" max="{c}" width="{w:g}" customWidth="1"/>'
            for c, w in sorted(sheet.widths.items())
        )
        out.append("</cols>")
    out.append("<sheetData>")
    styles: dict[str | None, int] = {}
    by_row: dict[int, list[Cell]] = {}
    for cell in sheet.cells:
        by_row.setdefault(cell.row, []).append(cell)
    for number in sorted(by_row):
        height = sheet.heights.get(number)
        out.append(
            f'<row r="{number}" ht="{height:g}" customHeight="1">' if height else f'<row r="{number}">'
        )
        cells = []
        for cell in sorted(by_row[number], key=lambda c: c.col):
            if cell.style not in styles:
                styles[cell.style] = style_of(cell.style)
            cells.append((cell.col, cell.value, styles[cell.style]))
        _cells_xml(out.append, str(number), cells)
        out.append("</row>")
    rendered = _rendered_rows(sheet, styles, style_of, max(by_row, default=0) + 1)
    if rendered:  # rows made by worker processes: spliced in as bytes, after the sheet's own rows
        out.append("\x00")
    out.append("</sheetData>")
    if sheet.merges:
        out.append(f'<mergeCells count="{len(sheet.merges)}">')
        out.extend(
            f'<mergeCell ref="{cell_ref(r1, c1)}:{cell_ref(r2, c2)}"/>' for r1, c1, r2, c2 in sheet.merges
        )
        out.append("</mergeCells>")
    links = [c for c in sheet.cells if c.link]
    if links:
        out.append("<hyperlinks>")
        out.extend(
            f'<hyperlink ref="{cell_ref(c.row, c.col)}" location="{_attr(c.link or "")}" '
            f'display="{_attr(str(c.value)[:255])}"/>'
            for c in links
        )
        out.append("</hyperlinks>")
    out.append(
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    )
    out.append(
        f"<headerFooter><oddHeader>{_text_xml('&L&B' + _header_text(sheet.header) + '&R&D')}</oddHeader>"
        f"<oddFooter>{_text_xml('&L' + _header_text(sheet.name) + '&R' + _header_text(sheet.footer))}"
        "</oddFooter></headerFooter>"
    )
    if sheet.page_breaks:
        count = len(sheet.page_breaks)
        out.append(f'<rowBreaks count="{count}" manualBreakCount="{count}">')
        out.extend(f'<brk id="{row}" max="16383" man="1"/>' for row in sheet.page_breaks)
        out.append("</rowBreaks>")
    if drawing_rid:
        out.append(f'<drawing r:id="{drawing_rid}"/>')
    out.append("</worksheet>")
    xml = "".join(out).encode("utf-8")
    if rendered:
        head, tail = xml.split(b"\x00", 1)  # NUL: never in the text written (clean() removes it)
        xml = b"".join((head, rendered, tail))
    return xml


# --- a table copied from a user's sheet (a unit's workbook, xlfollow send) ---------------------
def table_sheet_xml(
    rows: Sequence[tuple[int, Sequence[tuple[int, Any, int]]]],
    cols: bytes,
    freeze_row: int | None,
    hidden_cols: Iterable[int],
    validations: Sequence[tuple[str, Sequence[str]]],
    protect: bool,
    heights: Mapping[int, float] | None = None,
    formatting: str = "",
) -> bytes:
    """A sheet of rows ``(row, [(column, value, format index)])``: ``cols`` the ``<col>``
    elements (copied from the user's sheet), ``hidden_cols`` hidden, a list ``validations``
    (address, choices: a dropdown that warns at other text), ``formatting`` conditional formats
    as XML, and with ``protect`` a protection
    without a password that locks the cells whose format is locked (formatting and widths stay
    free), ``heights`` the rows' heights in points (not every reader measures rows on opening).
    Text is written inline, never as a formula."""
    last_row = max((r for r, _ in rows), default=1)
    last_col = max((c for _, cells in rows for c, _, _ in cells), default=1)
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<worksheet xmlns="{NS_MAIN}" xmlns:r="{NS_R}">'
        f'<dimension ref="A1:{cell_ref(last_row, last_col)}"/><sheetViews><sheetView workbookViewId="0">'
    ]
    if freeze_row:
        top = f"A{freeze_row + 1}"
        out.append(
            f'<pane ySplit="{freeze_row}" topLeftCell="{top}" activePane="bottomLeft" state="frozen"/>'
        )
    out.append('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>')
    hidden = sorted(set(hidden_cols))
    widths = col_widths(cols)
    for col in hidden:
        widths[col] = (widths.get(col, (8.43, b""))[0], b' hidden="1"')
    if widths:
        out.append("<cols>")
        out.extend(
            f'<col min="{c}" max="{c}" width="{w:g}" customWidth="1"{extra.decode()}/>'
            for c, (w, extra) in sorted(widths.items())
        )
        out.append("</cols>")
    out.append("<sheetData>")
    for number, cells in rows:
        height = (heights or {}).get(number)
        out.append(
            f'<row r="{number}" ht="{height:g}" customHeight="1">' if height else f'<row r="{number}">'
        )
        for col, value, style in sorted(cells, key=lambda c: c[0]):
            out.append(_cell_xml(_ref(number, col), value, style))
        out.append("</row>")
    out.append("</sheetData>")
    if protect:
        out.append(
            '<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" '
            'formatRows="0"/>'
        )
    out.append(formatting)  # conditional formats (XML), before the dropdowns as the schema orders them
    if validations:
        out.append(f'<dataValidations count="{len(validations)}">')
        for address, choices in validations:
            listed = ",".join(c.replace('"', "") for c in choices)[:250]
            out.append(
                f'<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" '
                f'showErrorMessage="1" sqref="{address}"><formula1>"{_text_xml(listed)}"</formula1>'
                "</dataValidation>"
            )
        out.append("</dataValidations>")
    out.append(
        '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
        '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    )
    out.append("</worksheet>")
    return "".join(out).encode("utf-8")


_COL = lazy(rb"<(?:\w+:)?col\b([^>]*)/?>")


def col_widths(cols: bytes) -> dict[int, tuple[float, bytes]]:
    """Column widths from a sheet's ``<col>`` elements (each column of a range), with a hidden
    flag where the user hid a column."""
    out: dict[int, tuple[float, bytes]] = {}
    for match in _COL.finditer(cols):
        attrs = match.group(1)
        low = re.search(rb'\bmin="(\d+)"', attrs)
        high = re.search(rb'\bmax="(\d+)"', attrs)
        width = re.search(rb'\bwidth="([\d.]+)"', attrs)
        if not (low and high and width):
            continue
        extra = b' hidden="1"' if re.search(rb'\bhidden="(?:1|true)"', attrs) else b""
        for col in range(int(low.group(1)), min(int(high.group(1)), int(low.group(1)) + 200) + 1):
            out[col] = (float(width.group(1)), extra)
    return out


# --- rows made elsewhere (issue 13: consolidation's workers) ------------------------------------
def rows_xml(
    rows: Iterable[Sequence[tuple[int, Any, str | None]]],
    first: int,
    style_index: Mapping[str | None, int],
    texts: Mapping[str, str],
    widths: Mapping[int, float] | None = None,
) -> bytes:
    """Rows of cells ``(column, value, style)``, in column order, numbered from ``first``, as
    the XML :func:`worksheet_xml` writes for them: made by a worker process, joined by the
    writer. ``style_index``: the workbook's index of each style; a :class:`DeferredText` value is the
    text ``texts`` gives for its key. The common values (text, blank, whole numbers) are written
    here directly, the rest by _cell_xml. With ``widths``, a row whose text wraps gets the
    height that shows it whole (readers do not all grow rows on opening: it printed clipped)."""
    from xlfollow.core.plan import text_height

    out: list[str] = []
    append = out.append
    for number, cells in enumerate(rows, start=first):
        row = str(number)
        values = [
            (col, texts[value.key] if isinstance(value, DeferredText) else value, style_index[style])
            for col, value, style in cells
        ]
        height = 0.0
        if widths:
            for col, value, _ in values:
                if value.__class__ is str and len(value) > 40 and col in widths:
                    height = max(height, text_height(value, widths[col]) or 0.0)
        append(f'<row r="{row}" ht="{height:g}" customHeight="1">' if height else f'<row r="{row}">')
        _cells_xml(append, row, values)
        append("</row>")
    return "".join(out).encode("utf-8")


def _cells_xml(append: Callable[[str], object], row: str, cells: Iterable[tuple[int, Any, int]]) -> None:
    """One row's cells ``(column, value, format)`` in column order, as :func:`_cell_xml` writes
    them; the common values (text, blank, whole numbers) written here directly, in one step."""
    for col, value, style in cells:
        head = f'<c r="{_LETTERS[col] if col < len(_LETTERS) else col_letter(col)}{row}" s="{style}"'
        if value is None or value == "":
            append(head + "/>")
        elif value.__class__ is str:
            append(f'{head} t="inlineStr"><is><t xml:space="preserve">{_text_xml(value)}</t></is></c>')
        elif value.__class__ is int:
            append(f"{head}><v>{value}</v></c>")
        else:
            append(_cell_xml(_ref(row, col), value, style))


def _rendered_rows(
    sheet: SheetPlan, styles: dict[str | None, int], style_of: Callable[[str | None], int], first: int
) -> bytes:
    """The sheet's rows made elsewhere, checked to stand where they were numbered for and to name
    the formats this workbook gives their styles (asked for in the order the rows first use
    them, as for the sheet's own cells)."""
    out: list[bytes] = []
    for block in sheet.rendered:
        for name, index in block.style_index.items():
            if name not in styles:
                styles[name] = style_of(name)
            if styles[name] != index:
                raise ValueError(f"rows made for format {index} of {name!r}, which is {styles[name]}")
        if block.first != first:
            raise ValueError(f"rows made for row {block.first}, which is row {first}")
        out.append(block.xml)
        first += block.count
    return b"".join(out)


def drawing_xml(anchor: tuple[int, int, int, int], chart_rid: str, description: str = "") -> bytes:
    from_col, from_row, to_col, to_row = anchor
    root = etree.Element(qualified("wsDr", NS_XDR), nsmap={"xdr": NS_XDR, "a": NS_A, "r": NS_R, "c": NS_C})
    two = etree.SubElement(root, qualified("twoCellAnchor", NS_XDR))
    for tag, col, row in (("from", from_col, from_row), ("to", to_col, to_row)):
        point = etree.SubElement(two, qualified(tag, NS_XDR))
        for name, value in (("col", col - 1), ("colOff", 0), ("row", row - 1), ("rowOff", 0)):
            etree.SubElement(point, qualified(name, NS_XDR)).text = str(value)
    frame = etree.SubElement(two, qualified("graphicFrame", NS_XDR))
    frame.set("macro", "")
    nv = etree.SubElement(frame, qualified("nvGraphicFramePr", NS_XDR))
    pr = etree.SubElement(nv, qualified("cNvPr", NS_XDR))
    pr.set("id", "2")
    pr.set("name", "xlfollow status chart")
    if description:  # the alternative text screen readers say (Excel: Alt Text)
        pr.set("descr", clean(description))
    etree.SubElement(nv, qualified("cNvGraphicFramePr", NS_XDR))
    xfrm = etree.SubElement(frame, qualified("xfrm", NS_XDR))
    etree.SubElement(xfrm, qualified("off", NS_A)).attrib.update({"x": "0", "y": "0"})
    etree.SubElement(xfrm, qualified("ext", NS_A)).attrib.update({"cx": "0", "cy": "0"})
    graphic = etree.SubElement(frame, qualified("graphic", NS_A))
    data = etree.SubElement(graphic, qualified("graphicData", NS_A))
    data.set("uri", NS_C)
    etree.SubElement(data, qualified("chart", NS_C)).set(qualified("id", NS_R), chart_rid)
    etree.SubElement(two, qualified("clientData", NS_XDR))
    return serialise(root)


def _val(parent: etree._Element, tag: str, value: str) -> etree._Element:
    node = etree.SubElement(parent, qualified(tag, NS_C))
    node.set("val", value)
    return node


def _rich(parent: etree._Element, text: str) -> None:
    tx = etree.SubElement(parent, qualified("tx", NS_C))
    rich = etree.SubElement(tx, qualified("rich", NS_C))
    etree.SubElement(rich, qualified("bodyPr", NS_A))
    run = etree.SubElement(etree.SubElement(rich, qualified("p", NS_A)), qualified("r", NS_A))
    etree.SubElement(run, qualified("t", NS_A)).text = clean(text)


def _cache(parent: etree._Element, tag: str, values: Iterable[str]) -> None:
    cache = etree.SubElement(parent, qualified(tag, NS_C))
    values = list(values)
    if tag == "numCache":
        etree.SubElement(cache, qualified("formatCode", NS_C)).text = "General"
    _val(cache, "ptCount", str(len(values)))
    for i, value in enumerate(values):
        pt = etree.SubElement(cache, qualified("pt", NS_C))
        pt.set("idx", str(i))
        etree.SubElement(pt, qualified("v", NS_C)).text = clean(value)


def _solid(parent: etree._Element, tag: str, colour: str) -> None:
    fill = etree.SubElement(parent, qualified(tag, NS_A))
    etree.SubElement(fill, qualified("srgbClr", NS_A)).set("val", colour)


def _labels(ser: etree._Element, colour: str) -> None:
    """The count inside each bar (none for zero), in black or white by the bar's colour: the
    numbers read without the colours."""
    labels = etree.SubElement(ser, qualified("dLbls", NS_C))
    fmt = etree.SubElement(labels, qualified("numFmt", NS_C))
    fmt.set("formatCode", "0;;;")
    fmt.set("sourceLinked", "0")
    sp = etree.SubElement(labels, qualified("spPr", NS_C))
    etree.SubElement(sp, qualified("noFill", NS_A))
    etree.SubElement(etree.SubElement(sp, qualified("ln", NS_A)), qualified("noFill", NS_A))
    tx = etree.SubElement(labels, qualified("txPr", NS_C))
    etree.SubElement(tx, qualified("bodyPr", NS_A))
    etree.SubElement(tx, qualified("lstStyle", NS_A))
    paragraph = etree.SubElement(tx, qualified("p", NS_A))
    run = etree.SubElement(etree.SubElement(paragraph, qualified("pPr", NS_A)), qualified("defRPr", NS_A))
    run.set("sz", "1000")
    run.set("b", "1")
    _solid(run, "solidFill", colour)
    etree.SubElement(paragraph, qualified("endParaRPr", NS_A)).set("lang", "sv-SE")
    _val(labels, "dLblPos", "ctr")
    for name, value in (
        ("showLegendKey", "0"),
        ("showVal", "1"),
        ("showCatName", "0"),
        ("showSerName", "0"),
        ("showPercent", "0"),
        ("showBubbleSize", "0"),
    ):
        _val(labels, name, value)


def chart_xml(chart: Chart, sheet_name: str) -> bytes:
    """A native stacked bar chart with cached values (so every reader shows it without recalculating)."""
    sheet = quote_sheet(sheet_name)
    root = etree.Element(qualified("chartSpace", NS_C), nsmap={"c": NS_C, "a": NS_A, "r": NS_R})
    _val(root, "roundedCorners", "0")
    body = etree.SubElement(root, qualified("chart", NS_C))
    title = etree.SubElement(body, qualified("title", NS_C))
    _rich(title, chart.title)
    _val(title, "overlay", "0")
    _val(body, "autoTitleDeleted", "0")
    plot = etree.SubElement(body, qualified("plotArea", NS_C))
    etree.SubElement(plot, qualified("layout", NS_C))
    bar = etree.SubElement(plot, qualified("barChart", NS_C))
    _val(bar, "barDir", "bar")
    _val(bar, "grouping", "stacked")
    _val(bar, "varyColors", "0")
    letter = col_letter(chart.categories_col)
    categories = f"{sheet}!${letter}${chart.first_row}:${letter}${chart.last_row}"
    for index, series in enumerate(chart.series):
        ser = etree.SubElement(bar, qualified("ser", NS_C))
        _val(ser, "idx", str(index))
        _val(ser, "order", str(index))
        tx = etree.SubElement(ser, qualified("tx", NS_C))
        ref = etree.SubElement(tx, qualified("strRef", NS_C))
        row, col = series.name_cell
        etree.SubElement(ref, qualified("f", NS_C)).text = f"{sheet}!${col_letter(col)}${row}"
        _cache(ref, "strCache", [series.name])
        sp = etree.SubElement(ser, qualified("spPr", NS_C))
        _solid(sp, "solidFill", series.colour)
        line = etree.SubElement(sp, qualified("ln", NS_A))
        _solid(line, "solidFill", "404040")
        _val(ser, "invertIfNegative", "0")
        _labels(ser, series.label_colour)
        cat = etree.SubElement(etree.SubElement(ser, qualified("cat", NS_C)), qualified("strRef", NS_C))
        etree.SubElement(cat, qualified("f", NS_C)).text = categories
        _cache(cat, "strCache", chart.categories)
        num = etree.SubElement(etree.SubElement(ser, qualified("val", NS_C)), qualified("numRef", NS_C))
        letter_v = col_letter(series.col)
        etree.SubElement(
            num, qualified("f", NS_C)
        ).text = f"{sheet}!${letter_v}${series.first_row}:${letter_v}${series.last_row}"
        _cache(num, "numCache", [f"{v:g}" for v in series.values])
    _val(bar, "gapWidth", "60")
    _val(bar, "overlap", "100")
    _val(bar, "axId", "50010")
    _val(bar, "axId", "50020")
    cat_ax = etree.SubElement(plot, qualified("catAx", NS_C))
    _val(cat_ax, "axId", "50010")
    _val(etree.SubElement(cat_ax, qualified("scaling", NS_C)), "orientation", "maxMin")
    _val(cat_ax, "delete", "0")
    _val(cat_ax, "axPos", "l")
    _val(cat_ax, "tickLblPos", "nextTo")
    _val(cat_ax, "crossAx", "50020")
    _val(cat_ax, "crosses", "autoZero")
    _val(cat_ax, "auto", "1")
    _val(cat_ax, "lblAlgn", "ctr")
    _val(cat_ax, "lblOffset", "100")
    val_ax = etree.SubElement(plot, qualified("valAx", NS_C))
    _val(val_ax, "axId", "50020")
    _val(etree.SubElement(val_ax, qualified("scaling", NS_C)), "orientation", "minMax")
    _val(val_ax, "delete", "0")
    _val(val_ax, "axPos", "b")
    etree.SubElement(val_ax, qualified("majorGridlines", NS_C))
    fmt = etree.SubElement(val_ax, qualified("numFmt", NS_C))
    fmt.set("formatCode", "0")
    fmt.set("sourceLinked", "0")
    _val(val_ax, "tickLblPos", "nextTo")
    _val(val_ax, "crossAx", "50010")
    _val(val_ax, "crosses", "autoZero")
    _val(val_ax, "crossBetween", "between")
    if max((max(s.values, default=0) for s in chart.series), default=0) <= 10:
        _val(val_ax, "majorUnit", "1")
    legend = etree.SubElement(body, qualified("legend", NS_C))
    _val(legend, "legendPos", "b")
    _val(legend, "overlay", "0")
    # the legend says which bar is which status in words: 11 pt, as the page's text (it printed tiny)
    tx = etree.SubElement(legend, qualified("txPr", NS_C))
    etree.SubElement(tx, qualified("bodyPr", NS_A))
    etree.SubElement(tx, qualified("lstStyle", NS_A))
    paragraph = etree.SubElement(tx, qualified("p", NS_A))
    etree.SubElement(etree.SubElement(paragraph, qualified("pPr", NS_A)), qualified("defRPr", NS_A)).set(
        "sz", "1100"
    )
    etree.SubElement(paragraph, qualified("endParaRPr", NS_A)).set("lang", "sv-SE")
    _val(body, "plotVisOnly", "1")
    _val(body, "dispBlanksAs", "gap")
    return serialise(root)


# --- notes ---------------------------------------------------------------------------------------
# one shape of a VML drawing (notes, form buttons), as raw bytes: VML is not always well-formed XML
# (Excel writes the prefixes v:, o:, x:; openpyxl writes ns0:, ns1:, ... declared on each element)
VML_SHAPE = re.compile(rb"<([A-Za-z_][\w.-]*):shape\b.*?</\1:shape>", re.DOTALL)
VML_NS = (
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:x="urn:schemas-microsoft-com:office:excel"'
)
VML_SHAPETYPE = (
    '<v:shapetype {ns}id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
)


def vml_note_shape(shape_id: int, row: int, col: int, declare: bool = False) -> str:
    """The hidden yellow box Excel shows for a note on (row, col), 1-based. With ``declare``, the
    shape declares its own prefixes (to join a drawing whose root declares others)."""
    r, c = row - 1, col - 1
    return (
        f'<v:shape {VML_NS + " " if declare else ""}id="_x0000_s{shape_id}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:90pt;'
        f'z-index:{shape_id % 100000};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">'
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
        '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">'
        '<div style="text-align:left"></div></v:textbox>'
        '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>'
        f"<x:Anchor>{c + 1}, 15, {r}, 2, {c + 4}, 15, {r + 5}, 16</x:Anchor>"
        f"<x:AutoFill>False</x:AutoFill><x:Row>{r}</x:Row><x:Column>{c}</x:Column>"
        "</x:ClientData></v:shape>"
    )


def new_vml(block: int, shapes: Iterable[str]) -> bytes:
    return (
        f'<xml {VML_NS}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{block}"/></o:shapelayout>'
        + VML_SHAPETYPE.format(ns="")
        + "".join(shapes)
        + "</xml>"
    ).encode("utf-8")
