"""workbook/xlfollow.xlsm: a fresh build from the repository reproduces the committed workbook
(sheets, VBA source, buttons); every button is bound to the one dispatcher, which calls
RunPython; LibreOffice opens it and sees the macro bindings; xlfollow run keeps the buttons;
the e-mail copy holds no macro part and no personal metadata."""

from __future__ import annotations

import re
import shutil
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "workbook" / "xlfollow.xlsm"
pyopenvba = pytest.importorskip("pyopenvba")
sys.path.insert(0, str(ROOT / "workbook"))
from xlfollow import actions  # noqa: E402
from xlfollow.adapters.email_copy import export  # noqa: E402
from xlfollow.adapters.file_reader import read_values  # noqa: E402
from xlfollow.excel import BUTTONS  # noqa: E402
from xlfollow.kit import INTERPRETERS  # noqa: E402

import build  # noqa: E402  (workbook/build.py)
from libreoffice import SOFFICE, convert  # noqa: E402


def describe(path: Path) -> dict[str, Any]:
    from pyopenvba.apps.excel import ExcelApplication

    with pyopenvba.ExcelFile(path) as book:
        modules = {name: book.get_module(name) for name in book.module_names()}
    app = ExcelApplication.open(path)
    shapes = {sheet.name: sorted((s.name, s.macro, s.text) for s in sheet.shapes()) for sheet in app.sheets()}
    workbook = zipfile.ZipFile(path).read("xl/workbook.xml").decode()
    states = []
    for tag in re.findall(r"<sheet [^>]*>", workbook):
        state = re.search(r'state="(\w+)"', tag)
        states.append((re.search(r'name="([^"]+)"', tag).group(1), state.group(1) if state else ""))  # type: ignore[union-attr]
    return {
        "modules": modules,
        "shapes": shapes,
        "sheets": states,
        "values": {n: s.rows for n, s in read_values(path).sheets.items()},
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build.build(tmp_path_factory.mktemp("build") / "xlfollow.xlsm")


@pytest.mark.slow
def test_fresh_build_matches_the_committed_workbook(fresh: Path) -> None:
    assert describe(fresh) == describe(COMMITTED), (
        "workbook/xlfollow.xlsm is stale: run python workbook/build.py"
    )


def test_vba_is_readable_and_the_dispatcher_calls_runpython() -> None:
    report = pyopenvba.check_file(COMMITTED)
    assert report.complete and not report.issues
    modules = describe(COMMITTED)["modules"]
    assert modules["Module1"].replace("\r\n", "\n").strip() == build.BAS.read_text(encoding="utf-8").strip()
    assert re.search(
        r"Public Sub xlfollowKnapp\(\).*RunPython \"import xlfollow\.excel", modules["Module1"], re.S
    )
    assert "Function RunPython" in modules["xlwings"]  # xlwings' standalone VBA: no add-in needed


def test_the_buttons_python_stays_warm_between_clicks() -> None:
    """Issue 13's warm path: xlwings.conf says "Use UDF Server" TRUE (read here by python-calamine,
    not by xlfollow), and the workbook's own xlwings VBA (pinned with the package) runs RunPython
    through the UDF server when it says so: on Windows a second click finds Python running."""
    import python_calamine

    conf = python_calamine.CalamineWorkbook.from_path(COMMITTED).get_sheet_by_name("xlwings.conf")
    settings = {row[0]: row[1] for row in conf.to_python() if row and row[0]}
    assert settings["Use UDF Server"] is True
    # each user's own environment, the one the kit's install script makes (never one user's path)
    assert settings["Interpreter_Win"] == INTERPRETERS["Interpreter_Win"]
    assert settings["Interpreter_Mac"] == INTERPRETERS["Interpreter_Mac"]
    vba = describe(COMMITTED)["modules"]["xlwings"].replace("\r\n", "\n")
    runpython = vba[
        vba.index("Public Function RunPython") : vba.index(
            "End Function", vba.index("Public Function RunPython")
        )
    ]
    assert 'OPTIMIZED_CONNECTION = GetConfig("USE UDF SERVER", False)' in runpython
    assert re.search(r"If OPTIMIZED_CONNECTION = True Then.*XLPy\.Exec", runpython, re.S)


def test_every_button_is_bound_to_the_dispatcher() -> None:
    shapes = describe(COMMITTED)["shapes"]["Start"]
    assert [name for name, _, _ in shapes] == sorted(BUTTONS)
    assert all(macro == build.DISPATCHER for _, macro, _ in shapes)
    assert {n for n, _, _ in shapes} <= set(BUTTONS)  # every name maps to an action in Python


def test_sheets() -> None:
    info = describe(COMMITTED)
    assert info["sheets"] == [
        ("Start", ""),
        ("Framgångsfaktorer", ""),
        ("xlfollow", ""),
        ("xlwings.conf", "hidden"),
    ]
    data = info["values"]["Framgångsfaktorer"]
    assert data[0] == [h for h, _ in build.HEADERS]
    assert "tables/table1.xml" in " ".join(zipfile.ZipFile(COMMITTED).namelist())


def libreoffice(path: Path, tmp: Path) -> str:
    ods = zipfile.ZipFile(convert(path, "ods", tmp))
    content = ods.read("content.xml").decode()
    basic = "".join(ods.read(n).decode() for n in ods.namelist() if n.startswith("Basic/VBAProject/Module1"))
    return content + basic


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_sees_the_macro_bindings(tmp_path: Path) -> None:
    seen = libreoffice(COMMITTED, tmp_path)
    buttons = re.findall(r'<form:button form:name="([^"]+)"', seen)
    assert sorted(buttons) == sorted(BUTTONS)
    assert seen.count("vnd.sun.star.script:VBAProject.Module1.xlfollowKnapp") == len(BUTTONS)
    assert "RunPython" in seen


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_run_keeps_the_buttons_and_the_e_mail_copy_has_no_macros(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    book = tmp_path / "xlfollow.xlsm"
    shutil.copy(COMMITTED, book)
    wb = load_workbook(book, keep_vba=True)  # fill in some rows in a scratch copy ...
    ws = wb["Framgångsfaktorer"]
    for row, (item, status, comment) in enumerate(
        [("1. Ett mål", "grön", None), ("2. Ett till", "röd", None), ("3. Tredje", "gul", "pågår")], start=2
    ):
        ws.cell(row, 4, item), ws.cell(row, 7, status), ws.cell(row, 8, comment)
    filled = tmp_path / "filled.xlsm"
    wb.save(filled)
    # ... and take the values into the real workbook's data sheet (openpyxl must never save it)
    data_part = "xl/worksheets/sheet3.xml"
    with zipfile.ZipFile(filled) as source, zipfile.ZipFile(book) as original:
        members = {n: original.read(n) for n in original.namelist()}
        members[data_part] = source.read(_part_of(source, "Framgångsfaktorer"))
        styles = source.read("xl/styles.xml")
    members["xl/styles.xml"] = styles
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)

    result = actions.run(book, in_place=True)
    assert len(result.report.items) == 3
    assert describe(book)["shapes"]["Start"] == describe(COMMITTED)["shapes"]["Start"]
    seen = libreoffice(book, tmp_path / "after-run")
    assert seen.count("vnd.sun.star.script:VBAProject.Module1.xlfollowKnapp") == len(BUTTONS)

    copy = export(book, tmp_path / "xlfollow-epost.xlsx")
    names = zipfile.ZipFile(copy).namelist()
    assert not any("vbaProject" in n or "ctrlProp" in n for n in names)
    content_types = zipfile.ZipFile(copy).read("[Content_Types].xml").decode()
    assert "macroEnabled" not in content_types and "vbaProject" not in content_types
    workbook = zipfile.ZipFile(copy).read("xl/workbook.xml").decode()
    assert "xlwings.conf" not in workbook
    assert re.search(r'<sheet [^>]*name="xlfollow"[^>]*state="hidden"', workbook)
    core = zipfile.ZipFile(copy).read("docProps/core.xml").decode()
    assert not re.search(r"<dc:creator>[^<]+</dc:creator>|<cp:lastModifiedBy>[^<]+<", core)
    for part in (n for n in names if n.startswith("xl/worksheets/sheet")):
        assert b"<controls" not in zipfile.ZipFile(copy).read(part)
    copied = read_values(copy)
    assert "Sammanställning" in copied.sheets and "Kontroll" in copied.sheets
    assert copied.sheets["Framgångsfaktorer"].rows == read_values(book).sheets["Framgångsfaktorer"].rows
    seen = libreoffice(copy, tmp_path / "copy")
    assert "form:button" not in seen and "vnd.sun.star.script" not in seen
    assert book.exists() and zipfile.ZipFile(book).read("xl/vbaProject.bin")  # the working workbook stays


def _part_of(archive: zipfile.ZipFile, sheet: str) -> str:
    workbook = archive.read("xl/workbook.xml").decode()
    rid = re.search(rf'<sheet [^>]*name="{sheet}"[^>]*r:id="(rId\d+)"', workbook).group(1)  # type: ignore[union-attr]
    rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    target = re.search(rf'Id="{rid}"[^>]*Target="/?(?:xl/)?([^"]+)"', rels) or re.search(
        rf'Target="/?(?:xl/)?([^"]+)"[^>]*Id="{rid}"', rels
    )
    return "xl/" + target.group(1)  # type: ignore[union-attr]
