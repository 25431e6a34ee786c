"""The file writer: nothing the user had is lost, status cells and notes are right, the summary
sheets are as designed (golden values, fills and structure), saves are atomic."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.adapters.file_reader import read_values
from xlfollow.core.errors import WorkbookError
from xlfollow.core.status import Status
from xlfollow.core.styles import STATUS_COLOURS

import fidelity
from package_check import problems

OWNED = {"Sammanställning", "Kontroll"}


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def values(path: Path) -> dict[str, list[list[object]]]:
    return {n: s.rows for n, s in read_values(path).sheets.items() if n not in OWNED}


@pytest.mark.parametrize("macro", [False, True], ids=["xlsx", "xlsm"])
@pytest.mark.parametrize("in_place", [False, True], ids=["new-file", "in-place"])
def test_nothing_the_user_had_is_lost(tmp_path: Path, macro: bool, in_place: bool) -> None:
    source = fidelity.build(tmp_path / ("book.xlsm" if macro else "book.xlsx"), macro=macro)
    before = members(source)
    before_values = values(source)
    before_digest = digest(source)
    features = {**fidelity.FEATURES, **(fidelity.MACRO_FEATURES if macro else {})}
    with zipfile.ZipFile(source) as z:
        assert all(check(z) for check in features.values())

    result = actions.run(source, in_place=in_place)
    output = result.written
    assert output is not None and output.exists()
    if not in_place:
        assert digest(source) == before_digest, "the input must stay byte for byte"

    after = members(output)
    with zipfile.ZipFile(output) as z:
        lost = [name for name, check in features.items() if not check(z)]
    assert lost == []
    assert problems(output) == []
    assert values(output) == before_values
    changed_allowed = {
        "[Content_Types].xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
        "xl/worksheets/sheet1.xml",
        "xl/worksheets/_rels/sheet1.xml.rels",
        "xl/comments/comment1.xml",
        "xl/drawings/commentsDrawing1.vml",
    }
    for name, data in before.items():
        assert name in after, f"{name} disappeared"
        if name not in changed_allowed:
            assert after[name] == data, f"{name} changed"
    # the workbook still opens in another reader
    load_workbook(output, keep_vba=macro).close()


def test_status_cells_keep_values_and_get_colour_and_symbol(example) -> None:
    source = example("rs2018-aktiva-mal.xlsx")
    output = actions.run(source).written
    ws = load_workbook(output)["Aktiva mål"]
    looks = {}
    for row in range(4, 12):
        cell = ws.cell(row, 5)
        looks[cell.value] = (cell.fill.fgColor.rgb, cell.font.color.rgb, cell.number_format)
    assert looks == {
        "↑": (
            "FF" + STATUS_COLOURS[Status.GREEN][0],
            "FF" + STATUS_COLOURS[Status.GREEN][1],
            'General;-General;General;"● "@',
        ),
        "→": (
            "FF" + STATUS_COLOURS[Status.YELLOW][0],
            "FF" + STATUS_COLOURS[Status.YELLOW][1],
            'General;-General;General;"◆ "@',
        ),
        "↓": (
            "FF" + STATUS_COLOURS[Status.RED][0],
            "FF" + STATUS_COLOURS[Status.RED][1],
            'General;-General;General;"▲ "@',
        ),
    }
    # the font face and size the user chose stay
    assert ws.cell(4, 5).font.name == load_workbook(source)["Aktiva mål"].cell(4, 5).font.name


def test_rerun_replaces_only_xlfollows_notes_and_does_not_grow(tmp_path: Path) -> None:
    source = fidelity.build(tmp_path / "book.xlsx")
    first = actions.run(source).written
    assert first is not None
    styles_once = members(first)["xl/styles.xml"]
    actions.run(first, in_place=True)
    twice = members(first)
    actions.run(first, in_place=True)
    thrice = members(first)
    assert twice["xl/styles.xml"] == thrice["xl/styles.xml"] and len(styles_once) == len(
        thrice["xl/styles.xml"]
    )
    comments = thrice["xl/comments/comment1.xml"].decode()
    assert comments.count("xlfollow: ") == 1  # D5 has no status; one note, not one per run
    assert "Användarens egen anteckning" in comments and "Användarens anteckning på en statuscell" in comments
    vml = thrice["xl/drawings/commentsDrawing1.vml"].decode()
    assert vml.count('ObjectType="Note"') == 3 and "[0]!Knapp" in vml
    assert {n for n in twice if n not in thrice} == set()
    assert problems(first) == []


def test_notes_go_when_the_problem_is_fixed(make_book, tmp_path: Path) -> None:
    path = make_book([["Framgångsfaktor", "Läge", "Kommentar"], ["1. a", None, "x"], ["2. b", "grön", None]])
    actions.run(path, in_place=True)
    assert "xlfollow: " in members(path)["xl/comments1.xml"].decode()
    wb = load_workbook(path)
    wb["Data"]["B2"] = "gul"
    wb.save(path)
    actions.run(path, in_place=True)
    names = members(path)
    assert not any(n.startswith("xl/comments") for n in names)
    assert problems(path) == []


def test_summary_sheet_golden(example) -> None:
    """The 2018 report's own numbers (41 success factors: 7 green, 29 yellow, 4 red, 1 missing;
    per perspective as the report's tables), laid out as printed pages."""
    output = actions.run(example("rs2018-framgangsfaktorer.xlsx")).written
    wb = load_workbook(output)
    assert wb.sheetnames == ["Framgångsfaktorer", "Sammanställning", "Kontroll"]
    ws = wb["Sammanställning"]
    assert ws["A1"].value == "Uppföljning av framgångsfaktorer"
    assert ws["A2"].value == "Period: april 2018 · Underlag: bladet ”Framgångsfaktorer”, 41 framgångsfaktorer"
    assert ws["A3"].value is None  # no banner: the workbook has no errors
    assert ws["A4"].value == (
        "Av de 41 framgångsfaktorerna bedöms sju vara uppfyllda (grön), 29 vara på väg "
        "att uppfyllas (gul) och fyra inte vara uppfyllda (röd). En saknar bedömning."
    )
    assert ws["A5"].value.startswith("Symbolerna gör att läget syns") and "okänt" not in ws["A5"].value
    table = [[ws.cell(r, c).value for c in (1, 2, 3)] for r in range(8, 15)]
    assert table == [
        ["Läge", "Antal", "Andel"],
        ["● grön", 7, 7 / 41],
        ["◆ gul", 29, 29 / 41],
        ["▲ röd", 4, 4 / 41],
        ["– ej aktuell", 0, 0],
        ["? saknas", 1, 1 / 41],
        ["Totalt", 41, 1],
    ]
    fills = [ws.cell(r, 1).fill.fgColor.rgb for r in range(9, 14)]
    assert fills == ["FF" + STATUS_COLOURS[s][0] for s in Status]
    assert ws["C9"].number_format == '0"\u00a0"%'  # "17 %": a space before the sign
    assert ws["A16"].value == "Per perspektiv"
    assert [ws.cell(17, c).value for c in range(1, 9)] == [
        None,
        "● grön",
        "◆ gul",
        "▲ röd",
        "– ej aktuell",
        "? saknas",
        "Totalt",
        "Andel grön",
    ]
    assert [[ws.cell(r, c).value for c in range(1, 8)] for r in range(18, 22)] == [
        ["Samhälle", 1, 8, 1, 0, 0, 10],
        ["Patient", 3, 10, 0, 0, 0, 13],
        ["Medarbetare", 0, 4, 2, 0, 1, 7],
        ["Verksamhetsresultat", 3, 7, 1, 0, 0, 11],
    ]
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert chart.type == "bar" and chart.grouping == "stacked" and len(chart.series) == 5
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert "&P" in ws.oddFooter.right.text and "&N" in ws.oddFooter.right.text
    assert next(b.id for b in ws.row_breaks.brk) == 22  # the chart (row 23 on) starts a page of its own
    column = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    red = column.index("Röda framgångsfaktorer (ej uppfyllda)") + 1
    assert [ws.cell(red + 1, c).value for c in (1, 2, 8)] == [
        "Framgångsfaktor",
        "Kommentar",
        "Rad",
    ]  # no Id column
    listed = [ws.cell(r, 8) for r in range(red + 2, red + 6)]
    assert all(
        c.hyperlink is not None and c.hyperlink.location.startswith("'Framgångsfaktorer'!A") for c in listed
    )
    assert ws.cell(red + 2, 1).value.startswith("Tillsammans med övriga intressenter")  # in full, wrapped
    assert ws.cell(red + 2, 1).alignment.wrap_text
    missing = column.index("Framgångsfaktorer som saknar bedömning") + 1
    assert ws.cell(missing + 2, 1).value.startswith("Kommunikation internt")
    assert "Framgångsfaktorer med ett läge som inte kunde läsas" not in column

    control = wb["Kontroll"]
    assert control["A1"].value == "Kontroll av ”Framgångsfaktorer”"
    reading = [control.cell(r, 1).value for r in range(4, 13)]  # how the workbook was read, at the top
    assert reading == [
        "Så lästes arbetsboken",
        "Datablad: ”Framgångsfaktorer”, rubriker på rad 3.",
        "Kolumner: post (framgångsfaktor, mål, ärende) A ”Framgångsfaktor”; mått B ”Mått”; "
        "läge C ”Per april”; kommentar D ”Kommentar”.",
        "Period: april 2018.",
        "”→” i 29 celler: gul.",
        "”↑” i sju celler: grön.",
        "”↓” i fyra celler: röd.",
        "Tomma i en cell: saknas.",
        None,
    ]
    assert [c.value for c in control[13]] == ["Typ", "Kod", "Blad", "Cell", "Id", "Meddelande"]
    assert [c.value for c in control[14]][:4] == ["varning", "missing-status", "Framgångsfaktorer", "C48"]
    assert control["D14"].hyperlink.location == "'Framgångsfaktorer'!C48"
    assert control.print_title_rows == "$13:$13"


def test_english_summary(example) -> None:
    output = actions.run(example("rs2018-framgangsfaktorer.xlsx"), language="en").written
    ws = load_workbook(output)["Sammanställning"]
    assert ws["A4"].value.startswith("Of the 41 success factors, seven are assessed as fulfilled (green)")
    assert ws["A9"].value == "● green"


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "=cmd|' /c calc'!A0 "])
def test_user_text_never_becomes_a_formula(make_book, prefix: str) -> None:
    text = prefix + "1+1 Ett mål"
    path = make_book([["Framgångsfaktor", "Läge", "Kommentar"], [text, "röd", prefix + "SUM(A1:A2)"]])
    output = actions.run(path).written
    raw = members(output)
    for name, data in raw.items():
        if name.startswith("xl/worksheets/sheet") and name != "xl/worksheets/sheet1.xml":
            assert b"<f>" not in data, name
    ws = load_workbook(output)["Sammanställning"]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "Ett mål" in c.value]
    assert cells and all(c.data_type == "s" for c in cells)


def test_save_is_atomic(example, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from xlfollow.ooxml import newparts as parts

    source = example("rs2018-aktiva-mal.xlsx")
    before = digest(source)

    def boom(*args: object, **kwargs: object) -> bytes:
        raise RuntimeError("crash while writing")

    monkeypatch.setattr(parts, "chart_xml", boom)
    with pytest.raises(RuntimeError):
        actions.run(source, in_place=True)
    assert digest(source) == before
    target = tmp_path / "ut.xlsx"
    with pytest.raises(RuntimeError):
        actions.run(source, target)
    assert not target.exists()
    assert [p.name for p in source.parent.iterdir() if p.name.startswith(".~xlfollow")] == []


def test_refuses_a_workbook_open_in_excel(example) -> None:
    source = example("rs2018-aktiva-mal.xlsx")
    (source.parent / ("~$" + source.name)).write_bytes(b"owner")
    with pytest.raises(WorkbookError) as caught:
        actions.run(source, in_place=True)
    assert caught.value.key == "locked"


def test_run_on_templates_and_on_its_own_output(tmp_path: Path) -> None:
    root = Path(__file__).parent.parent / "templates"
    for template in sorted(root.glob("*.xlsx")):
        copy = tmp_path / template.name
        shutil.copy(template, copy)
        output = actions.run(copy).written
        assert output is not None and problems(output) == []
        again = actions.run(output, in_place=True).written
        assert again is not None and problems(again) == []


@pytest.mark.parametrize("parallel", [False, True], ids=["digest-here", "digest-in-second-process"])
def test_a_save_that_would_change_values_is_refused(
    example, monkeypatch: pytest.MonkeyPatch, parallel: bool
) -> None:
    from xlfollow.adapters import file_writer as xlsx
    from xlfollow.ooxml import verify

    if parallel:  # the original sheet's digest computed by a second process, as for a large sheet
        monkeypatch.setattr(verify.OriginalDigest, "PARALLEL_FROM", 0)

    source = example("rs2018-aktiva-mal.xlsx")
    before = digest(source)
    original = xlsx.apply_to_package

    def damaging(plan, package):  # a writer bug that would lose a value the user typed
        original(plan, package)
        part = package.sheet_part("Aktiva mål")
        package.put(part, package.read(part).replace(b">Minska ", b">Mixska "))

    monkeypatch.setattr(xlsx, "apply_to_package", damaging)
    with pytest.raises(WorkbookError) as caught:
        actions.run(source, in_place=True)
    assert caught.value.key == "verify-failed" and "Aktiva mål" in caught.value.message()
    assert digest(source) == before
    assert [p.name for p in source.parent.iterdir() if p.name.startswith(".~xlfollow")] == []


def test_summary_lists_are_capped(make_book) -> None:
    from xlfollow.core.plan import LIST_LIMIT

    rows = [["Framgångsfaktor", "Läge", "Kommentar"]] + [[f"{n}. Post", "röd", "sent"] for n in range(1, 260)]
    output = actions.run(make_book(rows)).written
    ws = load_workbook(output)["Sammanställning"]
    column = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    red = column.index("Röda framgångsfaktorer (ej uppfyllda)")
    more = next(i for i, v in enumerate(column) if isinstance(v, str) and v.startswith("… och 59 till"))
    listed = [v for v in column[red:more] if isinstance(v, str) and v.endswith(". Post")]
    assert listed == [f"{n}. Post" for n in range(1, LIST_LIMIT + 1)]  # the first 200, then the line


def test_status_cells_with_attributes_in_another_order(tmp_path: Path) -> None:
    """Cells whose reference is not their first attribute take the general restyling path."""
    import corpus

    sheet = corpus.sheet_xml([list(corpus.HEADER), ["1. a", "grön", "x"], ["2. b", "röd", "y"]])
    sheet = sheet.replace('<c r="B2" t="inlineStr">', '<c t="inlineStr" s="0" r="B2">')
    path = tmp_path / "ordning.xlsx"
    path.write_bytes(corpus.book([("Data", sheet)]))
    output = actions.run(path).written
    ws = load_workbook(output)["Data"]
    assert ws["B2"].value == "grön" and ws["B2"].fill.fgColor.rgb == "FF" + STATUS_COLOURS[Status.GREEN][0]
    assert ws["B3"].fill.fgColor.rgb == "FF" + STATUS_COLOURS[Status.RED][0]
    assert problems(output) == []


def test_notes_join_a_drawing_written_with_other_prefixes(make_book, tmp_path: Path) -> None:
    """openpyxl writes VML as ns0:shape with declarations on each element; xlfollow's shapes were
    not found there (its own notes could not be replaced) and new ones used undeclared prefixes."""
    from openpyxl import load_workbook as load
    from openpyxl.comments import Comment

    path = make_book([["Framgångsfaktor", "Läge", "Kommentar"], ["1. a", None, "x"], ["2. b", "blå", "y"]])
    wb = load(path)
    wb["Data"]["C3"].comment = Comment("Användarens egen anteckning", "Anna")
    wb.save(path)
    actions.run(path, in_place=True)
    vml = next(v for n, v in members(path).items() if n.endswith(".vml"))
    assert vml.count(b'ObjectType="Note"') == 3  # the user's and xlfollow's two
    assert b'xmlns:v="urn:schemas-microsoft-com:vml"' in vml  # the added shapes declare their prefixes
    from lxml import etree

    etree.fromstring(vml)  # still well-formed XML with every prefix declared
    ws = load(path)["Data"]
    assert ws["C3"].comment.text == "Användarens egen anteckning"
    assert "xlfollow" in ws["B2"].comment.text and "xlfollow" in ws["B3"].comment.text
    wb = load(path)
    wb["Data"]["B3"] = "gul"
    wb["Data"]["B2"] = "grön"
    wb.save(path)
    actions.run(path, in_place=True)
    ws = load(path)["Data"]
    assert ws["B2"].comment is None and ws["B3"].comment is None
    assert ws["C3"].comment.text == "Användarens egen anteckning"


def test_a_note_a_button_wrote_is_recognised_by_its_text(make_book, tmp_path: Path) -> None:
    """Issue 12: a note the buttons wrote has the Excel user as its author but starts with
    "xlfollow: "; a later command-line run replaces it like its own (and a user's note stays)."""
    from openpyxl.comments import Comment

    path = make_book(
        [["Framgångsfaktor", "Läge", "Kommentar"], ["1. a", "grön", "ok"], ["2. b", "grön", "ok"]]
    )
    wb = load_workbook(path)
    ws = wb["Data"]
    ws["B2"].comment = Comment("xlfollow: varning: Bedömning saknas. Skriv grön, gul, röd.", "Anna Andersson")
    ws["B3"].comment = Comment("Kolla med Per", "Anna Andersson")
    wb.save(path)
    out = actions.run(path, tmp_path / "ut.xlsx").written
    ws = load_workbook(out)["Data"]
    assert ws["B2"].comment is None  # the problem is fixed: the button's note goes
    assert ws["B3"].comment is not None and ws["B3"].comment.text == "Kolla med Per"
