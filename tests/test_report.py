"""xlfollow report: the Word document, read back with python-docx (Word's object model, not
xlfollow's code), rendered by LibreOffice and read with pdftotext; the command line, the button,
and what happens when writing fails."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.status import Status
from xlfollow.core.styles import STATUS_COLOURS

from libreoffice import SOFFICE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WRITER = SOFFICE is not None and shutil.which("pdftotext") is not None


def headings(document: docx.document.Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def item_rows(document: docx.document.Document) -> int:
    """Rows of the item tables (the first table is the scale), headers not counted."""
    return sum(len(t.rows) - 1 for t in document.tables[1:])


def test_report_writes_the_2018_document_the_seed_describes(example, capsys) -> None:
    path = example("rs2018-framgangsfaktorer.xlsx")
    assert main(["report", str(path)]) == 0
    written = path.with_name("rs2018-framgangsfaktorer-rapport.docx")
    assert f"Rapporten är skriven: {written}" in capsys.readouterr().out
    document = docx.Document(str(written))
    assert headings(document) == [
        "Sammanfattning",
        "Bedömningsskala",
        "1 Samhälle",
        "2 Patient",
        "3 Medarbetare",
        "4 Verksamhetsresultat",
    ]
    assert item_rows(document) == 41
    body = [p.text for p in document.paragraphs]
    assert (
        "Av de 41 framgångsfaktorerna bedöms sju vara uppfyllda (grön), 29 vara på väg att uppfyllas "
        "(gul) och fyra inte vara uppfyllda (röd). En saknar bedömning." in body
    )
    red = next(p for p in body if p.startswith("De framgångsfaktorer som inte är uppfyllda avser"))
    assert red.count("”") == 8  # four items named
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == "Uppföljning av framgångsfaktorer per april 2018"


def test_the_2017_document_has_committees_perspectives_and_merged_goals(example) -> None:
    path = example("rs2017-framgangsfaktorer.xlsx")
    written = actions.write_report(path).document
    document = docx.Document(str(written))
    assert headings(document)[2:] == [
        "1 Regionstyrelsens framgångsfaktorer",
        "1.1 Samhälle",
        "1.2 Patient",
        "1.3 Medarbetare",
        "1.4 Verksamhetsresultat",
        "2 Regionala utvecklingsnämndens framgångsfaktorer",
    ]
    styles = [p.style.name for p in document.paragraphs if p.text == "1.1 Samhälle"]
    assert styles == ["toc 2", "Heading 2"]  # its line in the contents, and the heading
    assert item_rows(document) == 102
    first = document.tables[1]
    assert [c.text for c in first.rows[0].cells] == [
        "Fullmäktiges Strategiska mål",
        "Framgångsfaktor",
        "Läge 2017-04-30",
        "Beskrivning av nuläget",
    ]
    # "Förbättrad psykisk hälsa" stands over four success factors: one cell, merged down (vMerge)
    merged = first._tbl.findall(f".//{W}vMerge")
    assert merged, "the strategic goal is not merged down its rows"
    goal_cells = [row.cells[0].text for row in first.rows[1:]]
    assert goal_cells.count("Förbättrad psykisk hälsa") == 4  # python-docx reports the merged cell per row
    xml = first._tbl.xml
    assert xml.count("Förbättrad psykisk hälsa") == 1  # written once


def test_status_cells_are_shaded_and_carry_symbol_and_word(example) -> None:
    written = actions.write_report(example("rs2018-framgangsfaktorer.xlsx")).document
    table = docx.Document(str(written)).tables[1]
    status = 3  # Strategiskt mål, Framgångsfaktor, Mått, Per april
    seen = {}
    for row in table.rows[1:]:
        cell = row.cells[status]
        shading = cell._tc.tcPr.find(qn("w:shd"))
        seen[cell.text] = shading.get(qn("w:fill"))
    assert seen["▲ röd"] == STATUS_COLOURS[Status.RED][0]
    assert seen["◆ gul"] == STATUS_COLOURS[Status.YELLOW][0]
    header = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
    assert header is not None  # the header row repeats on each page


def test_the_document_is_a4_swedish_numbered_with_contents_and_no_person(example) -> None:
    written = actions.write_report(example("rs2018-aktiva-mal.xlsx")).document
    document = docx.Document(str(written))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    props = document.core_properties
    assert (props.author, props.last_modified_by, props.comments) == ("", "", "")
    assert props.language == "sv-SE" and props.title.startswith("Uppföljning av aktiva mål")
    with zipfile.ZipFile(written) as archive:
        names = archive.namelist()
        styles = archive.read("word/styles.xml").decode()
        body = archive.read("word/document.xml").decode()
        footers = "".join(archive.read(n).decode() for n in names if n.startswith("word/footer"))
        core = archive.read("docProps/core.xml").decode()
    assert 'w:lang w:val="sv-SE"' in styles
    assert "python-docx" not in core
    # the template's thumbnail (a picture of another page) is not related from the package
    assert "thumbnail" not in zipfile.ZipFile(written).read("_rels/.rels").decode()
    assert 'w:instr=" PAGE "' in footers and 'w:instr=" NUMPAGES "' in footers
    assert "TOC \\o" in body and 'w:dirty="true"' in body
    table = document.tables[1]
    assert [c.text for c in table.rows[0].cells] == [
        "Aktivt mål",
        "Målvärde",
        "Utfall 2018-04-30",
        "Bedömning",
        "Kommentar",
    ]


def test_the_document_speaks_english_when_asked(example) -> None:
    path = example("rs2018-framgangsfaktorer.xlsx")
    assert main(["report", str(path), "--lang", "en", "-o", str(path.with_name("report.docx"))]) == 0
    document = docx.Document(str(path.with_name("report.docx")))
    assert headings(document)[:2] == ["Summary", "Assessment scale"]
    assert document.core_properties.language == "en-GB"


def test_a_workbook_with_errors_gives_the_banner_and_exit_one(make_book, capsys) -> None:
    path = make_book([["Framgångsfaktor", "Läge"], ["1. Ett", "grönn"], ["2. Två", "röd"]])
    assert main(["report", str(path)]) == 1
    document = docx.Document(str(path.with_name("book-rapport.docx")))
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith("Obs! Rapporten bygger på en arbetsbok med ett fel") for t in texts)
    cells = [c.text for row in document.tables[1].rows for c in row.cells]
    assert "✕ okänt (”grönn”)" in cells


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-o", "rapport.pdf"], "måste sluta på .docx"),
        (["-o", "."], "är en mapp"),
    ],
)
def test_a_bad_output_is_one_swedish_line(make_book, capsys, args, expected) -> None:
    path = make_book([["Framgångsfaktor", "Läge"], ["1. Ett", "grön"]])
    out = [a if a != "." else str(path.parent) for a in args]
    if out[-1] == "rapport.pdf":
        out[-1] = str(path.with_name("rapport.pdf"))
    assert main(["report", str(path), *out]) == 2
    error = capsys.readouterr().err
    assert expected in error and error.count("\n") == 1 and "Traceback" not in error


def test_no_status_column_is_one_swedish_line(make_book, capsys) -> None:
    path = make_book([["Framgångsfaktor", "Kommentar"], ["1. Ett", "text"]])
    assert main(["report", str(path)]) == 2
    assert "ingen kolumn för läge" in capsys.readouterr().err
    assert not path.with_name("book-rapport.docx").exists()


def test_a_report_open_in_word_is_not_replaced(example, capsys) -> None:
    path = example("rs2018-aktiva-mal.xlsx")
    target = path.with_name("rapporten-till-styrelsen.docx")
    target.write_bytes(b"the user's edited report")
    (path.parent / ("~$" + target.name[2:])).write_bytes(b"owner")  # Word's owner file
    assert main(["report", str(path), "-o", str(target)]) == 2
    assert "är öppen" in capsys.readouterr().err
    assert target.read_bytes() == b"the user's edited report"


def test_a_report_that_does_not_read_back_replaces_nothing(example, monkeypatch, capsys) -> None:
    """Fault injection: the writer drops a table; the check after writing sees it and the report
    written before stays as it was."""
    from xlfollow.adapters import docx_writer

    path = example("rs2018-aktiva-mal.xlsx")
    target = path.with_name("rs2018-aktiva-mal-rapport.docx")
    target.write_bytes(b"the report of last time")
    original = docx_writer._table
    calls = []

    def drops_one(document, table):
        calls.append(1)
        if len(calls) != 2:
            original(document, table)

    monkeypatch.setattr(docx_writer, "_table", drops_one)
    assert main(["report", str(path)]) == 2
    assert "kunde inte läsas tillbaka" in capsys.readouterr().err
    assert target.read_bytes() == b"the report of last time"
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []  # no temporary left


def test_pdf_without_libreoffice_keeps_the_document_and_says_so(example, monkeypatch, capsys) -> None:
    from xlfollow.adapters import pdf

    monkeypatch.setattr(pdf, "libreoffice", lambda: None)
    path = example("rs2018-aktiva-mal.xlsx")
    assert main(["report", str(path), "--pdf"]) == 0  # the report was written; the check found nothing
    out = capsys.readouterr()
    assert "Rapporten är skriven" in out.out
    assert "LibreOffice finns inte" in out.err and "spara den som PDF" in out.err
    assert path.with_name("rs2018-aktiva-mal-rapport.docx").exists()


def test_the_button_writes_the_report_beside_the_workbook(example) -> None:
    from xlfollow.adapters.file_reader import read_values
    from xlfollow.excel import button

    from fake_excel import FakeBook

    path = example("rs2018-framgangsfaktorer.xlsx")
    values = read_values(path)
    book = FakeBook(path.name, {n: [list(r) for r in s.rows] for n, s in values.sheets.items()})
    book.fullname = str(path)
    button("SkrivRapport", book)
    (message,) = book.app.alerts
    written = path.with_name("rs2018-framgangsfaktorer-rapport.docx")
    assert message.startswith(f"Rapporten är skriven: {written}")
    assert item_rows(docx.Document(str(written))) == 41


def test_the_button_on_the_remote_engine_says_why_it_cannot(example) -> None:
    from xlfollow.excel import button

    from fake_excel import FakeBook

    book = FakeBook("bok.xlsx", {"Data": [["Framgångsfaktor", "Läge"], ["1. Ett", "grön"]]})
    object.__setattr__(book.app, "engine", type("Engine", (), {"name": "remote"})())
    button("SkrivRapport", book)
    (message,) = book.app.alerts
    assert "kan inte spara en fil" in message


@pytest.mark.slow
@pytest.mark.skipif(not WRITER, reason="LibreOffice (Writer) or pdftotext is not installed")
def test_libreoffice_renders_the_2017_report_with_nothing_clipped_and_headers_repeated(example) -> None:
    path = example("rs2017-framgangsfaktorer.xlsx")
    done = actions.write_report(path, pdf=True)
    assert done.pdf is not None and done.pdf_problem is None
    text = subprocess.run(
        ["pdftotext", str(done.pdf), "-"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) > 10
    # every word of every item and comment is on the pages (a clipped cell would lose its last lines)
    words = set(re.findall(r"\w+", re.sub(r"-\n", "", text).replace("\u00ad", "")))
    report = done.report
    lost = {
        w
        for item in report.items
        for w in re.findall(r"\w+", f"{item.text} {item.comment or ''}".replace("-", ""))
        if len(w) > 3 and w not in words and w not in text.replace("\n", "").replace("-", "")
    }
    assert not lost, sorted(lost)[:20]
    # from the first table on, every page starts with the table's header row (repeated)
    first = next(i for i, p in enumerate(pages) if "1.1 Samhälle" in p)
    for number, page in enumerate(pages[first + 1 :], start=first + 2):
        assert "Beskrivning av nuläget" in page, f"page {number} has no header row"
    assert all(f"Sida {n} av {len(pages)}" in page for n, page in enumerate(pages, start=1))


@pytest.mark.slow
@pytest.mark.skipif(not WRITER, reason="LibreOffice (Writer) or pdftotext is not installed")
def test_libreoffice_opens_the_2018_report_and_reads_its_rows(example, tmp_path: Path) -> None:
    """LibreOffice as an independent reader: the report converted to plain text has every
    heading and the 41 success factors' statuses."""
    from libreoffice import convert

    written = actions.write_report(example("rs2018-framgangsfaktorer.xlsx")).document
    text = convert(written, "txt", tmp_path).read_text(encoding="utf-8-sig")
    for heading in ("Sammanfattning", "1 Samhälle", "4 Verksamhetsresultat"):
        assert heading in text
    statuses = re.findall(r"^(● grön|◆ gul|▲ röd|\? saknas)$", text, re.MULTILINE)
    assert len(statuses) - 4 == 41  # the scale's four lines, then one per success factor


def test_a_regions_book_reads_back_and_reports_each_unit_as_it_was(example, tmp_path: Path) -> None:
    """consolidate, then report: a unit whose items have no perspective or goal does not take the
    previous unit's (the region's book says "(utan perspektiv)" on each row), "? saknas" reads back
    as missing, and a committee of the unit's own ("Nämnder") stays apart from "RS"."""
    from xlfollow.consolidate import consolidate

    units = [example("rs2018-framgangsfaktorer.xlsx"), example("installningsblad.xlsx")]
    region = consolidate(units, tmp_path / "region.xlsx")
    done = actions.write_report(tmp_path / "region.xlsx")
    report = done.report
    assert report.errors == 0  # "? saknas" is xlfollow's own word for missing
    counts = {k: v for k, v in region.rollup.status.items() if v}
    assert {
        s: sum(1 for i in report.items if (i.status or Status.MISSING).value == s) for s in counts
    } == counts
    unit_rows = [i for i in report.items if i.committees]
    assert all(i.perspective == "(utan perspektiv)" for i in unit_rows)
    assert {c for i in unit_rows for c in i.committees} == {"RS", "RUN", "HSN", "VVN", "Nämnder"}
    document = docx.Document(str(done.document))
    assert headings(document)[2:] == [
        "1 Regionstyrelsens framgångsfaktorer",
        "2 Regionala utvecklingsnämndens framgångsfaktorer",
        "3 Hälso- och sjukvårdsnämndens framgångsfaktorer",
        "4 Vårdvalsnämndens framgångsfaktorer",
        "5 Framgångsfaktorer – Nämnder",
        "6 Framgångsfaktorer utan nämnd",
        "6.1 Samhälle",
        "6.2 Patient",
        "6.3 Medarbetare",
        "6.4 Verksamhetsresultat",
    ]
    assert [c.text for c in document.tables[1].rows[0].cells] == ["Framgångsfaktor", "Läge", "Kommentar"]


@pytest.mark.slow
def test_microsofts_rules_find_no_error_in_the_reports(example) -> None:
    """openxml-audit (the Open XML SDK's validator rules) over the 2017 report (committees,
    merged goals, every status) and the measurable goals' report. It found the header row's
    `w:val="true"` and the template's stale stylesWithEffects before they were fixed."""
    import json
    import sys

    audit = shutil.which("openxml-audit") or str(Path(sys.executable).parent / "openxml-audit")
    for name in ("rs2017-framgangsfaktorer.xlsx", "rs2018-aktiva-mal.xlsx"):
        written = actions.write_report(example(name)).document
        done = subprocess.run(
            [audit, "-o", "json", "-m", "0", str(written)], capture_output=True, text=True, timeout=300
        )
        found = json.loads(done.stdout)[0]["errors"]
        assert [e for e in found if e["severity"] == "error"] == [], name
