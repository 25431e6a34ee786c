"""Build workbook/xlfollow.xlsm and the add-in workbook/xlfollow.xlam from text, on any platform
(no Excel needed).

    python workbook/build.py [OUT.xlsm [OUT.xlam]]

The macro workbook:

1. Start from the standalone workbook that ships with the pinned xlwings version (its whole VBA
   module, so the workbook needs no add-in).
2. Our sheets, written by xlfollow's own package writer: Start (instructions), Framgångsfaktorer
   (an Excel Table with a status dropdown), xlfollow (settings); the sample sheet becomes Start
   and ``_xlwings.conf`` becomes the hidden, active ``xlwings.conf``.
3. Named form buttons on Start, all bound to the one dispatcher, with pyOpenVBA.
4. The dispatcher module from workbook/xlfollow.bas replaces the sample module, with pyOpenVBA.

The add-in (issue 20), following xlwings' convention for custom add-ins (``xlwings quickstart
NAME --addin --ribbon``):

1. Start from the ribbon add-in that ships with the pinned xlwings version.
2. Its settings sheet becomes ``xlfollow.conf`` (xlwings' ``PROJECT_NAME`` in its VBA module
   becomes ``xlfollow``, so the add-in reads its own settings, never a user's xlwings settings),
   with the per-user interpreter (xlfollow.kit.INTERPRETERS) and a warm Python.
3. The ribbon (``customUI/customUI.xml``): a tab *xlfollow* whose buttons call one callback with
   their id; Python (xlfollow.excel.addin_button) acts on the active workbook.

Both carry the interpreter as each user's own path (``%LOCALAPPDATA%`` / ``$HOME``), never one
user's. Never re-save the result with openpyxl: it drops the buttons' controls and breaks the
bindings."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from xlfollow.kit import INTERPRETERS, WARM_KEY, set_conf_value
from xlfollow.templates import COLUMNS

HERE = Path(__file__).resolve().parent
XLWINGS_VERSION = "0.37.8"  # the VBA in the standalone workbook must match the Python package
BAS = HERE / "xlfollow.bas"
DISPATCHER = "xlfollowKnapp"
DATA_ROWS = 60
# (name Python sees, text on the button)
BUTTONS = [
    ("KorAllt", "Kör allt: kontrollera, färglägg, sammanställ"),
    ("Kontrollera", "Kontrollera"),
    ("Farglagg", "Färglägg"),
    ("Sammanstall", "Sammanställ"),
    ("GorKlarForEpost", "Gör klar för e-post"),
    ("SkickaUt", "Skicka ut till enheterna"),
    ("SamlaIn", "Samla in enheternas svar"),
    ("SkrivRapport", "Skriv rapport"),
    ("LarLasa", "Lär xlfollow läsa boken"),
]
START_TEXT = [
    ("xlfollow – uppföljning av framgångsfaktorer", "title"),
    (
        "Fyll i bladet Framgångsfaktorer (en rad per framgångsfaktor) och klicka sedan på en knapp.",
        "sentence",
    ),
    ("", None),
    ("Kör allt – kontrollerar, färglägger läget och skriver bladen Sammanställning och Kontroll.", None),
    ("Kontrollera – listar problemen på bladet Kontroll och som anteckningar på cellerna.", None),
    ("Färglägg – ger lägescellerna färg och symbol (● grön, ◆ gul, ▲ röd, – ej aktuell).", None),
    ("Sammanställ – skriver bladet Sammanställning med meningen, tabellerna och diagrammet.", None),
    ("Gör klar för e-post – sparar och gör en kopia utan makron (NAMN-epost.xlsx) att skicka.", None),
    (
        "Skicka ut till enheterna – sparar och skriver en arbetsbok och ett e-postutkast per nämnd i mappen"
        " NAMN-utskick.",
        None,
    ),
    ("Samla in enheternas svar – för in svaren som sparats i mappen NAMN-svar i den här arbetsboken.", None),
    (
        "Skriv rapport – skriver uppföljningen som ett Word-dokument (NAMN-rapport.docx) att redigera"
        " och skicka till styrelsen.",
        None,
    ),
    (
        "Lär xlfollow läsa boken – skriver på bladet xlfollow hur boken lästes (blad, kolumner, varje"
        " lägestext och dess betydelse) att kontrollera och rätta en gång.",
        None,
    ),
    ("", None),
    (
        "Kräver att xlfollow är installerat på datorn med installationspaketet (installera.cmd i Windows,"
        " installera.command på Mac; LASMIG.txt i paketet säger hur) och att arbetsboken ligger på en"
        " betrodd plats. Inställningar: bladet xlfollow.",
        "note",
    ),
]
HEADERS = list(COLUMNS["framgangsfaktorer"])  # the success-factor template's columns


def standalone() -> Path:
    import xlwings

    if xlwings.__version__ != XLWINGS_VERSION:
        raise SystemExit(
            f"xlwings {xlwings.__version__} is installed; the workbook is built from {XLWINGS_VERSION}"
        )
    return Path(xlwings.__file__).parent / "quickstart_standalone.xlsm"


def _sheets(package: object) -> None:
    from lxml import etree

    from xlfollow.adapters.file_writer import add_sheet, find_styles_part
    from xlfollow.core.plan_types import SheetPlan
    from xlfollow.core.styles import STYLES
    from xlfollow.ooxml.newparts import worksheet_xml
    from xlfollow.ooxml.package import START_NAME, WORKBOOK, Package, qualified
    from xlfollow.ooxml.stylesheet import StyleSheet
    from xlfollow.templates import SETTINGS_ROWS

    assert isinstance(package, Package)
    styles_part = find_styles_part(package)
    styles = StyleSheet(package.xml(styles_part))

    def style_of(name: str | None) -> int:
        return styles.xf_for(STYLES[name]) if name else 0

    # Start: the sample sheet, with our instructions (buttons come later, beside them)
    start = SheetPlan("Start")
    for row, (text, style) in enumerate(START_TEXT, start=2):
        start.put(row, 1, text or None, style)
    start.widths = {1: 100}
    start_part = package.sheet_part("Sheet1")
    assert start_part is not None
    package.put(start_part, worksheet_xml(start, style_of, None))

    # Framgångsfaktorer: an Excel Table with a status dropdown
    data = SheetPlan("Framgångsfaktorer")
    for col, (header, width) in enumerate(HEADERS, start=1):
        data.put(1, col, header, "header")
        data.widths[col] = width
        for row in range(2, DATA_ROWS + 2):
            data.put(row, col, None, "cell")
    data.freeze_row = 1
    data.repeat_rows = (1, 1)
    data.header, data.footer = "Framgångsfaktorer", "Sida {page} av {pages}"
    data_part = add_sheet(package, data.name)
    table = package.free_name("xl/tables/table{}.xml")
    rid = package.add_rel(data_part, "table", table)
    status_col = "G"
    last = f"H{DATA_ROWS + 1}"
    xml = worksheet_xml(data, style_of, None).decode("utf-8")
    xml = xml.replace(
        "<pageMargins",
        f'<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" '
        f'promptTitle="Läge" prompt="Välj grön, gul, röd eller ej aktuell (↑ → ↓ går också bra)." '
        f'sqref="{status_col}2:{status_col}{DATA_ROWS + 1}"><formula1>"grön,gul,röd,ej aktuell"</formula1>'
        f"</dataValidation></dataValidations><pageMargins",
    )
    xml = xml.replace(
        "</worksheet>", f'<tableParts count="1"><tablePart r:id="{rid}"/></tableParts></worksheet>'
    )
    package.put(data_part, xml.encode("utf-8"))
    columns = "".join(f'<tableColumn id="{i}" name="{h}"/>' for i, (h, _) in enumerate(HEADERS, start=1))
    package.put(
        table,
        (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" '
            f'name="Uppfoljning" displayName="Uppfoljning" ref="A1:{last}" totalsRowShown="0">'
            f'<autoFilter ref="A1:{last}"/>'
            f'<tableColumns count="{len(HEADERS)}">{columns}</tableColumns>'
            '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" '
            'showRowStripes="1" showColumnStripes="0"/></table>'
        ).encode(),
    )
    package.set_override(table, "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml")

    # xlfollow: the settings sheet
    settings = SheetPlan("xlfollow")
    for row, (key, value, explanation) in enumerate(SETTINGS_ROWS, start=1):
        style = "header" if row == 1 else "cell"
        settings.put(row, 1, key, style)
        settings.put(row, 2, {"kind": "framgangsfaktorer"}.get(key, value), style)
        settings.put(row, 3, explanation, style)
    settings.widths = {1: 16, 2: 34, 3: 80}
    settings_part = add_sheet(package, settings.name)
    package.put(settings_part, worksheet_xml(settings, style_of, None))
    package.put_xml(styles_part, styles.root)

    # names, order and visibility: Start, Framgångsfaktorer, xlfollow, xlwings.conf (hidden)
    workbook = package.xml(WORKBOOK)
    sheets = workbook.find(qualified("sheets"))
    assert sheets is not None
    by_name = {s.get("name"): s for s in sheets}
    by_name["Sheet1"].set("name", "Start")
    # a warm Python for the buttons on Windows (RunPython through xlwings' UDF server)
    conf_part = dict(package.sheet_parts())["_xlwings.conf"]
    set_conf_value(package, conf_part, WARM_KEY, True)
    for key, value in INTERPRETERS.items():  # each user's own environment, not one user's path
        set_conf_value(package, conf_part, key, value)
    conf = by_name["_xlwings.conf"]
    conf.set("name", "xlwings.conf")
    conf.set("state", "hidden")
    for node in list(sheets):
        sheets.remove(node)
    for name in ("Sheet1", "Framgångsfaktorer", "xlfollow", "_xlwings.conf"):
        sheets.append(by_name[name])
    for view in workbook.iter(qualified("workbookView")):
        view.set("activeTab", "0")
    # the Start sheet's mark: the e-mail copy leaves it out (its text is about the buttons)
    names = workbook.find(qualified("definedNames"))
    if names is None:
        names = etree.Element(qualified("definedNames"))
        sheets.addnext(names)
    mark = etree.SubElement(names, qualified("definedName"), name=START_NAME, localSheetId="0", hidden="1")
    mark.text = '"xlfollow"'
    package.put_xml(WORKBOOK, workbook)


def build(out: Path) -> Path:
    from pyopenvba import ExcelFile
    from pyopenvba.apps.excel import ExcelApplication

    from xlfollow.ooxml.limits import load_package
    from xlfollow.ooxml.privacy import clear_personal

    with tempfile.TemporaryDirectory() as folder:
        stage = Path(folder) / "stage.xlsm"
        shutil.copy(standalone(), stage)
        package = load_package(stage)
        _sheets(package)
        package.save(stage)

        app = ExcelApplication.open(stage)
        start = app.sheet("Start")
        for n, (name, text) in enumerate(BUTTONS):
            start.add_button(
                name=name, left=560, top=24 + 40 * n, width=250, height=32, text=text, macro=DISPATCHER
            )
        buttons = Path(folder) / "buttons.xlsm"
        app.save(buttons)

        with ExcelFile(buttons) as book:
            book.set_module("Module1", BAS.read_text(encoding="utf-8"))
            book.save()
        # the quickstart file carries its author's name and folder: not ours to ship
        package = load_package(buttons)
        clear_personal(package)
        out.parent.mkdir(parents=True, exist_ok=True)
        package.save(out)
    return out


# --- the add-in ---------------------------------------------------------------------------------
ADDIN_CONF = "xlfollow.conf"
RIBBON_MODULE = "RibbonMyAddin"  # xlwings' name, kept: pyOpenVBA renames a module only in its model
RIBBON_CALLBACK = f"{RIBBON_MODULE}.xlfollowKnapp"
RIBBON_BAS = HERE / "xlfollow_ribbon.bas"
NS_CUSTOMUI = "http://schemas.microsoft.com/office/2006/01/customui"


def standalone_addin() -> Path:
    standalone()  # the version check
    import xlwings

    return Path(xlwings.__file__).parent / "quickstart_addin_ribbon.xlam"


def ribbon_xml() -> bytes:
    """The tab *xlfollow*: one group per kind of work, every button calling the one callback."""
    from xml.sax.saxutils import quoteattr

    from xlfollow.core.texts import localised
    from xlfollow.excel import RIBBON_GROUPS

    groups = []
    for group, buttons in RIBBON_GROUPS:
        items = "".join(
            f'<button id="{name}" label={quoteattr(localised(f"ribbon.{name}", "sv"))} '
            f"screentip={quoteattr(localised(f'ribbon.{name}', 'sv'))} "
            f'supertip={quoteattr(localised(f"ribbon.{name}.tip", "sv"))} size="{size}" '
            f'imageMso="{image}" onAction="{RIBBON_CALLBACK}"/>'
            for name, image, size in buttons
        )
        groups.append(
            f'<group id="{group}" label={quoteattr(localised(f"ribbon.{group}", "sv"))}>{items}</group>'
        )
    return (
        f'<customUI xmlns="{NS_CUSTOMUI}"><ribbon><tabs><tab id="xlfollowTab" label="xlfollow">'
        + "".join(groups)
        + "</tab></tabs></ribbon></customUI>"
    ).encode("utf-8")


def ribbon_module() -> str:
    """The ribbon's VBA module, its one sentence taken from xlfollow's messages."""
    from xlfollow.core.texts import localised

    text = localised("addin-no-book", "sv").replace('"', '""')
    return RIBBON_BAS.read_text(encoding="utf-8").replace("@ADDIN_NO_BOOK@", text)


def build_addin(out: Path) -> Path:
    from pyopenvba import ExcelFile

    from xlfollow.ooxml.limits import load_package
    from xlfollow.ooxml.package import WORKBOOK, qualified
    from xlfollow.ooxml.privacy import clear_personal

    with tempfile.TemporaryDirectory() as folder:
        stage = Path(folder) / "stage.xlam"
        shutil.copy(standalone_addin(), stage)
        with ExcelFile(stage) as book:
            module = book.get_module("xlwings")
            named = module.replace(
                'PROJECT_NAME As String = "myaddin"', 'PROJECT_NAME As String = "xlfollow"'
            )
            assert named != module, "xlwings' add-in module no longer names its project myaddin"
            book.set_module("xlwings", named)
            book.set_module(RIBBON_MODULE, ribbon_module())
            book.save()
        package = load_package(stage)
        workbook = package.xml(WORKBOOK)
        (sheet,) = list(workbook.iter(qualified("sheet")))
        part = dict(package.sheet_parts())[sheet.get("name", "")]
        sheet.set("name", ADDIN_CONF)  # "_myaddin.conf": the underscore kept it inactive
        package.put_xml(WORKBOOK, workbook)
        set_conf_value(package, part, WARM_KEY, True)
        for key, value in INTERPRETERS.items():
            set_conf_value(package, part, key, value)
        (ui,) = [t for _, rtype, t, _ in package.rels("") if rtype.endswith("/ui/extensibility")]
        package.put(ui, ribbon_xml())
        clear_personal(package)  # the template carries its author's folder
        out.parent.mkdir(parents=True, exist_ok=True)
        package.save(out)
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "xlfollow.xlsm"
    addin = Path(sys.argv[2]) if len(sys.argv) > 2 else target.with_suffix(".xlam")
    print(build(target))
    print(build_addin(addin))
