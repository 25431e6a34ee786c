"""The Word writer: applies a report's plan (``core/document.DocumentPlan``) as a .docx with
python-docx. Word's own styles (Title, Heading 1-3, Table Grid) so the office can restyle the
report; A4, page numbers, a table of contents field, Swedish as the document's language, no
personal metadata. Read back before it replaces anything, written atomically."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from xlfollow.core.document import Block, Cell, Contents, DocumentPlan, Heading, Paragraph, Table
from xlfollow.core.errors import WorkbookError, os_reason

LANGUAGE_TAGS = {"sv": "sv-SE", "en": "en-GB"}
TEXT_WIDTH_CM = 17.0  # A4 (21 cm) less 2 cm margins each side
TABLE_SIZE = 9  # points: the tables' text
BODY_SIZE = 11
HEADER_FILL = "D9D9D9"
BANNER_COLOUR = "8B0010"


def report_path(workbook: Path) -> Path:
    """ "uppfoljning.xlsx" -> "uppfoljning-rapport.docx" beside it (its "-klar" copy names the
    same report)."""
    stem = workbook.stem.removesuffix("-klar")
    return workbook.with_name(f"{stem}-rapport.docx")


def write_document(plan: DocumentPlan, target: Path) -> Path:
    """``plan`` as a Word document at ``target``; the original (if any) stays until the new one
    has been read back."""
    from xlfollow.ooxml.save import atomic_write

    data = render(plan)
    try:
        atomic_write(target, lambda handle: handle.write(data), check=lambda path: check_document(plan, path))
    except WorkbookError:
        raise
    except OSError as exc:
        raise WorkbookError("write-failed", path=str(target), detail=os_reason(exc)) from None
    return target


def render(plan: DocumentPlan) -> bytes:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = docx.Document()
    _metadata(document, plan)
    _language(document, plan.language)
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2)
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_SIZE)
    normal.paragraph_format.space_after = Pt(6)
    _header_footer(document, plan)
    document.add_paragraph(plan.title, style="Title")
    document.add_paragraph(plan.subtitle, style="Subtitle")
    for block in plan.blocks:
        _block(document, block)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _block(document: Any, block: Block) -> None:
    from docx.shared import RGBColor

    if isinstance(block, Heading):
        document.add_heading(block.text, level=block.level)
    elif isinstance(block, Paragraph):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(block.text)
        if block.style == "banner":
            run.bold = True
            run.font.color.rgb = RGBColor.from_string(BANNER_COLOUR)
    elif isinstance(block, Contents):
        _contents(document, block)
    elif isinstance(block, Table):
        _table(document, block)


def _metadata(document: Any, plan: DocumentPlan) -> None:
    """No person in the file: the template's author and description go, the dates are now."""
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props = document.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.subject = ""
    props.title = plan.title
    props.language = LANGUAGE_TAGS.get(plan.language, "sv-SE")
    props.created = props.modified = now
    props.revision = 1
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):  # the template's thumbnail shows another page
        if rel.reltype.endswith("/thumbnail"):
            del package.rels[rel_id]
    # Word 2010's copy of the styles would disagree with the styles written here (Word 2013 and
    # later do not write it; without it every Word reads styles.xml)
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            del document.part.rels[rel_id]


def _language(document: Any, language: str) -> None:
    """Spelling and hyphenation in the report's language; a decimal comma for Swedish fields."""
    from docx.oxml.ns import qn

    tag = LANGUAGE_TAGS.get(language, "sv-SE")
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)
    if language != "en":
        for name, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
            found = settings.find(qn(name))
            if found is not None:
                found.set(qn("w:val"), value)


def _field(paragraph: Any, instruction: str, shown: str) -> None:
    """A field Word and LibreOffice compute (PAGE, NUMPAGES), with ``shown`` until they do."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _header_footer(document: Any, plan: DocumentPlan) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    section = document.sections[0]
    header = section.header.paragraphs[0]
    run = header.add_run(plan.header)
    run.font.size = Pt(9)
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, rest = plan.footer.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    footer.add_run(before)
    _field(footer, "PAGE", "1")
    footer.add_run(middle)
    _field(footer, "NUMPAGES", "1")
    footer.add_run(after)
    for paragraph in (header, footer):
        for item in paragraph.runs:
            item.font.size = Pt(9)


def _toc_style(document: Any, level: int) -> str:
    """Word's built-in "toc N" paragraph style (the template lacks them until Word adds them)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Cm

    name = f"toc {level}"
    if name not in [s.name for s in document.styles]:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.paragraph_format.left_indent = Cm(0.5 * (level - 1))
        style.paragraph_format.space_after = 0
        style.element.set(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId", f"TOC{level}"
        )
    return name


def _contents(document: Any, contents: Contents) -> None:
    """A TOC field marked dirty (Word fills in the page numbers when it opens the report), showing
    the headings until then; a page break after it."""
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document.add_paragraph(contents.title, style="TOC Heading")

    def char(kind: str, dirty: bool = False) -> Any:
        run = OxmlElement("w:r")
        mark = OxmlElement("w:fldChar")
        mark.set(qn("w:fldCharType"), kind)
        if dirty:
            mark.set(qn("w:dirty"), "true")
        run.append(mark)
        return run

    entries = [h for h in contents.headings if h.level <= 2] or [Heading(1, "")]
    for index, heading in enumerate(entries):
        paragraph = document.add_paragraph(style=_toc_style(document, heading.level))
        if index == 0:
            paragraph._p.append(char("begin", dirty=True))
            run = OxmlElement("w:r")
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = ' TOC \\o "1-2" \\h \\z \\u '
            run.append(instruction)
            paragraph._p.append(run)
            paragraph._p.append(char("separate"))
        paragraph.add_run(heading.text)
        if index == len(entries) - 1:
            paragraph._p.append(char("end"))
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _table_style(document: Any) -> str:
    """The paragraph style of the tables' text (9 pt, no space after): one style the office can
    change, and no formatting repeated on every run."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    name = "xlfollow tabelltext"
    if name not in [s.name for s in document.styles]:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.font.size = Pt(TABLE_SIZE)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.line_spacing = 1.0
    return str(document.styles[name].style_id)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text_xml(text: str) -> str:
    lines = [escape(_NOT_XML.sub("", line)) for line in text.replace("\r\n", "\n").split("\n")]
    return "<w:br/>".join(f'<w:t xml:space="preserve">{line}</w:t>' for line in lines)


def _cell_xml(cell: Cell, width: int, style: str, merge: str = "", bold: bool = False) -> str:
    """One table cell as WordprocessingML (built as text: python-docx's object model sets each
    property through a search of its element, ten times slower for a table of a thousand rows)."""
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.fill}"/>' if cell.fill else ""
    centre = '<w:jc w:val="center"/>' if cell.fill and cell.bold else ""
    look = ("<w:b/>" if bold or cell.bold else "") + (
        f'<w:color w:val="{cell.colour}"/>' if cell.colour else ""
    )
    text = "" if merge == "<w:vMerge/>" else cell.text
    run = f"<w:r>{f'<w:rPr>{look}</w:rPr>' if look else ''}{_text_xml(text)}</w:r>" if text else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{merge}{shading}</w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{centre}</w:pPr>{run}</w:p></w:tc>'
    )


def _table(document: Any, table: Table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm

    style = _table_style(document)
    made = document.add_table(rows=0, cols=len(table.headers))
    made.style = document.styles["Table Grid"]
    made.autofit = False
    widths = [Cm(TEXT_WIDTH_CM * share) for share in table.widths]
    for index, column in enumerate(made.columns):
        column.width = widths[index]
    twips = [int(w.twips) for w in widths]
    repeat = "<w:trPr><w:tblHeader/></w:trPr>" if table.repeat_header else ""
    header = "".join(
        _cell_xml(Cell(text, HEADER_FILL), twips[i], style, bold=True) for i, text in enumerate(table.headers)
    )
    rows = [f"<w:tr>{repeat}{header}</w:tr>"]
    texts = [row[0].text for row in table.rows]
    for number, row in enumerate(table.rows):
        cells = []
        for index, cell in enumerate(row):
            merge = ""
            if index == 0 and table.merge_first and cell.text:
                if number and texts[number - 1] == cell.text:
                    merge = "<w:vMerge/>"
                elif number + 1 < len(texts) and texts[number + 1] == cell.text:
                    merge = '<w:vMerge w:val="restart"/>'
            cells.append(_cell_xml(cell, twips[index], style, merge))
        rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
    body = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(rows)}</w:tbl>")
    for row_element in list(body):
        made._tbl.append(row_element)
    document.add_paragraph()


def check_document(plan: DocumentPlan, path: Path) -> None:
    """Read the written report back before it replaces anything: every heading and every table
    row of the plan is there, and the text of each item."""
    import docx

    try:
        written = docx.Document(str(path))
    except Exception:
        raise WorkbookError("report-check-failed", path=str(path), what="docx") from None
    headings = [
        p.text for p in written.paragraphs if p.style is not None and p.style.name.startswith("Heading")
    ]
    wanted = [h.text for h in plan.headings()]
    tables = plan.tables()
    if headings != wanted or len(written.tables) != len(tables):
        raise WorkbookError("report-check-failed", path=str(path), what="headings")
    for made, table in zip(written.tables, tables, strict=True):
        if len(made.rows) != len(table.rows) + 1:
            raise WorkbookError("report-check-failed", path=str(path), what="rows")
