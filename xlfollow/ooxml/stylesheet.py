"""Adding cell formats to an existing styles.xml without disturbing the ones already there.
New fonts, fills, borders, number formats and cell formats are appended (or found, when an equal
one exists), so indices already used by the workbook never change and re-runs do not grow it."""

from __future__ import annotations

import copy

from lxml import etree

from xlfollow.core.styles import StyleSpec
from xlfollow.ooxml.package import parse, qualified, serialise

# The named cell style that marks xlfollow's look of status cells ("Cell Styles" in Excel).
OWN_STYLE = "xlfollow läge"
# Where each collection goes in <styleSheet>, in schema order.
_ORDER = (
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
    "tableStyles",
    "colors",
    "extLst",
)
_FONT_ORDER = (
    "b",
    "i",
    "strike",
    "condense",
    "extend",
    "outline",
    "shadow",
    "u",
    "vertAlign",
    "sz",
    "color",
    "name",
    "family",
    "charset",
    "scheme",
)


def _key(element: etree._Element) -> tuple[object, ...]:
    """A comparable form of an element: name, attributes, text and children, whatever namespace
    prefixes the parser or lxml happened to give it."""
    return (
        etree.QName(element).localname,
        tuple(sorted(element.attrib.items())),
        (element.text or "").strip(),
        tuple(_key(child) for child in element),
    )


class StyleSheet:
    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self._index: dict[str, dict[tuple[object, ...], int]] = {}
        self._xf_cache: dict[tuple[object, ...], int] = {}

    # --- collections -----------------------------------------------------------------------------
    def collection(self, tag: str) -> etree._Element:
        node = self.root.find(qualified(tag))
        if node is None:
            node = etree.Element(qualified(tag))
            position = _ORDER.index(tag)
            later = [self.root.find(qualified(t)) for t in _ORDER[position + 1 :]]
            anchor = next((n for n in later if n is not None), None)
            if anchor is not None:
                anchor.addprevious(node)
            else:
                self.root.append(node)
        return node

    def add(self, tag: str, element: etree._Element) -> int:
        """The index of ``element`` in the collection ``tag``, appended when not there yet."""
        node = self.collection(tag)
        index = self._index.get(tag)
        if index is None:
            index = {}
            for i, child in enumerate(node):
                index.setdefault(_key(child), i)
            self._index[tag] = index
        key = _key(element)
        if key not in index:
            node.append(element)
            index[key] = len(node) - 1
            node.set("count", str(len(node)))
        return index[key]

    def num_format(self, code: str) -> int:
        builtin = {"General": 0, "0": 1, "0.00": 2, "0%": 9, "0.00%": 10, "@": 49}
        if code in builtin:
            return builtin[code]
        node = self.collection("numFmts")
        for fmt in node:
            if fmt.get("formatCode") == code:
                return int(fmt.get("numFmtId", "0"))
        used = [int(f.get("numFmtId", "0")) for f in node]
        new_id = max([163, *used]) + 1
        fmt = etree.SubElement(node, qualified("numFmt"))
        fmt.set("numFmtId", str(new_id))
        fmt.set("formatCode", code)
        node.set("count", str(len(node)))
        return new_id

    # --- building blocks --------------------------------------------------------------------------
    def font_like(self, font_id: int, colour: str | None, bold: bool | None = None) -> int:
        fonts = self.collection("fonts")
        base = (
            copy.deepcopy(fonts[font_id]) if 0 <= font_id < len(fonts) else etree.Element(qualified("font"))
        )
        for child in list(base):
            if child.tag == qualified("color") or (bold is not None and child.tag == qualified("b")):
                base.remove(child)
        if bold:
            base.append(etree.Element(qualified("b")))
        if colour:
            color = etree.Element(qualified("color"))
            color.set("rgb", "FF" + colour)
            base.append(color)
        schema_order(base)  # the copied font may come in another writer's order (openpyxl's)
        return self.add("fonts", base)

    def fill(self, colour: str | None) -> int:
        fill = etree.Element(qualified("fill"))
        pattern = etree.SubElement(fill, qualified("patternFill"))
        if colour is None:
            pattern.set("patternType", "none")
            return self.add("fills", fill) if len(self.collection("fills")) == 0 else 0
        pattern.set("patternType", "solid")
        etree.SubElement(pattern, qualified("fgColor")).set("rgb", "FF" + colour)
        etree.SubElement(pattern, qualified("bgColor")).set("indexed", "64")
        return self.add("fills", fill)

    def border(self, thin: bool) -> int:
        border = etree.Element(qualified("border"))
        for side in ("left", "right", "top", "bottom"):
            edge = etree.SubElement(border, qualified(side))
            if thin:
                edge.set("style", "thin")
                etree.SubElement(edge, qualified("color")).set("rgb", "FF808080")
        etree.SubElement(border, qualified("diagonal"))
        return self.add("borders", border)

    def font(self, spec: StyleSpec) -> int:
        font = etree.Element(qualified("font"))
        if spec.bold:
            etree.SubElement(font, qualified("b"))
        if spec.italic:
            etree.SubElement(font, qualified("i"))
        if spec.underline:
            etree.SubElement(font, qualified("u"))
        etree.SubElement(font, qualified("sz")).set("val", f"{spec.size:g}")
        if spec.font_colour:
            etree.SubElement(font, qualified("color")).set("rgb", "FF" + spec.font_colour)
        else:  # black, not the theme's text colour: a workbook xlfollow creates has no theme part
            etree.SubElement(font, qualified("color")).set("rgb", "FF000000")
        etree.SubElement(font, qualified("name")).set("val", "Calibri")
        etree.SubElement(font, qualified("family")).set("val", "2")
        return self.add("fonts", font)

    # --- cell formats -------------------------------------------------------------------------------
    def xf_for(self, spec: StyleSpec) -> int:
        """A cell format for one of xlfollow's own styles (sheets xlfollow writes)."""
        key = ("spec", spec)
        if key not in self._xf_cache:
            xf = etree.Element(qualified("xf"))
            xf.set("numFmtId", str(self.num_format(spec.num_format or "General")))
            xf.set("fontId", str(self.font(spec)))
            xf.set("fillId", str(self.fill(spec.fill)))
            xf.set("borderId", str(self.border(spec.border)))
            xf.set("xfId", "0")
            for flag in ("applyNumberFormat", "applyFont", "applyFill", "applyBorder", "applyAlignment"):
                xf.set(flag, "1")
            alignment = etree.SubElement(xf, qualified("alignment"))
            alignment.set("vertical", "top")
            if spec.align:
                alignment.set("horizontal", spec.align)
            if spec.wrap:
                alignment.set("wrapText", "1")
            self._xf_cache[key] = self.add("cellXfs", xf)
        return self._xf_cache[key]

    # --- xlfollow's own look of status cells, recognisable by its named cell style ---------------
    def _own_style_id(self, create: bool) -> int | None:
        """The index in cellStyleXfs of the named cell style ``OWN_STYLE`` (made when ``create``)."""
        if "own" in self._index:
            return next(iter(self._index["own"].values()))
        styles = self.root.find(qualified("cellStyles"))
        for node in styles if styles is not None else []:
            if node.get("name") == OWN_STYLE:
                found = int(node.get("xfId", "0"))
                self._index["own"] = {("own",): found}
                return found
        if not create:
            return None
        parents = self.collection("cellStyleXfs")
        if len(parents) == 0:  # the Normal style's entry, which index 0 must be
            normal = etree.SubElement(parents, qualified("xf"))
            for name in ("numFmtId", "fontId", "fillId", "borderId"):
                normal.set(name, "0")
        parent = etree.SubElement(parents, qualified("xf"))
        for name in ("numFmtId", "fontId", "fillId", "borderId"):
            parent.set(name, "0")
        parents.set("count", str(len(parents)))
        names = self.collection("cellStyles")
        # the Normal style, unless the book names it already (a name is unique in cellStyles: some
        # tools write Normal without its builtinId, and a second entry is a repair in Excel)
        if not any(n.get("builtinId") == "0" or n.get("name", "").lower() == "normal" for n in names):
            normal_style = etree.SubElement(names, qualified("cellStyle"))
            normal_style.set("name", "Normal")
            normal_style.set("xfId", "0")
            normal_style.set("builtinId", "0")
        own = etree.SubElement(names, qualified("cellStyle"))
        own.set("name", OWN_STYLE)
        own.set("xfId", str(len(parents) - 1))
        names.set("count", str(len(names)))
        self._index["own"] = {("own",): len(parents) - 1}
        return len(parents) - 1

    def is_own_look(self, xf: int) -> bool:
        """Whether cell format ``xf`` is xlfollow's look of a status cell (to be removed when
        the status goes), rather than the user's own formatting (never touched)."""
        own = self._own_style_id(create=False)
        xfs = self.collection("cellXfs")
        return own is not None and 0 <= xf < len(xfs) and xfs[xf].get("xfId") == str(own)

    def status_look(self, base_xf: int, fill: str, font_colour: str, num_format: str | None) -> int:
        """xlfollow's look of a status cell on top of the cell's format ``base_xf`` (``num_format``
        None: the cell keeps its own number format, as a status written as a number does)."""
        return self.xf_like(
            base_xf, fill, font_colour, True, num_format, parent=self._own_style_id(create=True)
        )

    def without_own_look(self, xf: int) -> int:
        """The cell format without xlfollow's look; a format of the user's own stays as it is."""
        if not self.is_own_look(xf):
            return xf
        return self.xf_like(xf, None, None, False, None if self._numeric_format(xf) else "General", parent=0)

    def _numeric_format(self, xf: int) -> bool:
        """The cell format ``xf`` shows numbers in a format of the user's (not General, not one of
        xlfollow's symbol formats, which hold a text section)."""
        xfs = self.collection("cellXfs")
        number = int(xfs[xf].get("numFmtId", "0")) if 0 <= xf < len(xfs) else 0
        if number == 0:
            return False
        code = next(
            (f.get("formatCode", "") for f in self.collection("numFmts") if f.get("numFmtId") == str(number)),
            "",
        )
        return '"@' not in code

    def wraps(self, xf: int) -> bool:
        """Whether the cell format ``xf`` wraps its text."""
        xfs = self.collection("cellXfs")
        alignment = xfs[xf].find(qualified("alignment")) if 0 <= xf < len(xfs) else None
        return alignment is not None and alignment.get("wrapText") in ("1", "true")

    def unlocked(self, xf: int) -> int:
        """A copy of the cell format ``xf`` whose cells stay editable when the sheet is protected."""
        key = ("unlocked", xf)
        if key not in self._xf_cache:
            xfs = self.collection("cellXfs")
            base = copy.deepcopy(xfs[xf]) if 0 <= xf < len(xfs) else etree.Element(qualified("xf"))
            for node in base.findall(qualified("protection")):
                base.remove(node)
            protection = etree.Element(qualified("protection"))
            protection.set("locked", "0")
            alignment = base.find(qualified("alignment"))
            if alignment is not None:
                alignment.addnext(protection)
            else:
                base.insert(0, protection)
            base.set("applyProtection", "1")
            for name, default in (("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")):
                base.set(name, base.get(name, default))
            self._xf_cache[key] = self.add("cellXfs", base)
        return self._xf_cache[key]

    def xf_like(
        self,
        base_xf: int,
        fill: str | None,
        font_colour: str | None,
        bold: bool | None,
        num_format: str | None,
        parent: int | None = None,
    ) -> int:
        """A copy of the cell format ``base_xf`` (keeping font face, size, borders, alignment and
        protection) with another fill, font colour and number format (None: its own)."""
        key = ("like", base_xf, fill, font_colour, bold, num_format, parent)
        if key not in self._xf_cache:
            xfs = self.collection("cellXfs")
            base = copy.deepcopy(xfs[base_xf]) if 0 <= base_xf < len(xfs) else etree.Element(qualified("xf"))
            font_id = int(base.get("fontId", "0"))
            base.set("fontId", str(self.font_like(font_id, font_colour, bold)))
            base.set("fillId", str(self.fill(fill)))
            if num_format is not None:
                base.set("numFmtId", str(self.num_format(num_format)))
            else:
                base.set("numFmtId", base.get("numFmtId", "0"))
            base.set("borderId", base.get("borderId", "0"))
            base.set("xfId", base.get("xfId", "0") if parent is None else str(parent))
            for flag in ("applyFont", "applyFill", "applyNumberFormat"):
                base.set(flag, "1")
            self._xf_cache[key] = self.add("cellXfs", base)
        return self._xf_cache[key]


def schema_order(font: etree._Element) -> None:
    """The children of a font in the schema's sequence (b, i, ..., sz, color, name, family,
    charset, scheme): Microsoft's validator and Excel's repair check want this order."""
    children = list(font)
    ranked = sorted(
        children,
        key=lambda c: (
            _FONT_ORDER.index(etree.QName(c).localname)
            if isinstance(c.tag, str) and etree.QName(c).localname in _FONT_ORDER
            else len(_FONT_ORDER)
        ),
    )
    if ranked != children:
        for child in children:
            font.remove(child)
        font.extend(ranked)


def fonts_in_schema_order(styles: bytes) -> bytes:
    """A styles part whose fonts (cell and conditional-format fonts) have their children in
    schema order: openpyxl writes name, family, color before sz, which Excel's validator reports."""
    root = parse(styles)
    for font in root.iter(qualified("font")):
        schema_order(font)
    return serialise(root)
