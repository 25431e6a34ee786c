"""The add-in workbook/xlfollow.xlam (issue 20): built from text as the macro workbook is, from
xlwings' own ribbon add-in; its ribbon is valid by Microsoft's customUI schema and every button
reaches an action; it reads its own settings (``xlfollow.conf``, never a user's xlwings settings)
with each user's own Python; its buttons act on the active workbook, and on a workbook without
macros they write in place only when the user says so, else a ``-klar`` copy as the command line
does; on both engines held to the file writer's result."""

from __future__ import annotations

import re
import shutil
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import actions_of, cells, file_writer_colours, remote_book, sheet_name
from lxml import etree

from xlfollow.excel import BUTTONS, RIBBON_GROUPS, addin_button
from xlfollow.kit import INTERPRETERS

ROOT = Path(__file__).resolve().parent.parent
ADDIN = ROOT / "workbook" / "xlfollow.xlam"
SCHEMA = ROOT / "tests" / "data" / "schemas" / "customUI.xsd"
NS = {"ui": "http://schemas.microsoft.com/office/2006/01/customui"}
pyopenvba = pytest.importorskip("pyopenvba")
sys.path.insert(0, str(ROOT / "workbook"))
import build  # noqa: E402  (workbook/build.py)


def _part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def _ribbon(path: Path = ADDIN) -> etree._Element:
    rels = _part(path, "_rels/.rels").decode()
    (target,) = re.findall(r'Type="[^"]*/ui/extensibility" Target="([^"]+)"', rels)
    return etree.fromstring(_part(path, target))


def _modules(path: Path) -> dict[str, str]:
    with pyopenvba.ExcelFile(path) as book:
        return {name: book.get_module(name).replace("\r\n", "\n") for name in book.module_names()}


def test_the_ribbon_is_valid_by_microsofts_schema() -> None:
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    ribbon = _ribbon()
    assert schema.validate(ribbon), schema.error_log
    broken = etree.fromstring(etree.tostring(ribbon).replace(b'size="large"', b'size="huge"', 1))
    assert not schema.validate(broken)  # the schema can say no


def test_every_ribbon_button_reaches_an_action_through_the_one_callback() -> None:
    ribbon = _ribbon()
    (tab,) = ribbon.iterfind(".//ui:tab", NS)
    assert tab.get("label") == "xlfollow"
    buttons = list(ribbon.iterfind(".//ui:button", NS))
    assert [b.get("id") for b in buttons] == [n for _, group in RIBBON_GROUPS for n, _, _ in group]
    assert {b.get("id") for b in buttons} == set(BUTTONS)  # every action, nothing else
    assert {b.get("onAction") for b in buttons} == {build.RIBBON_CALLBACK}
    assert all(b.get("label") and b.get("supertip") for b in buttons)
    module, procedure = build.RIBBON_CALLBACK.split(".")
    source = _modules(ADDIN)[module]
    assert re.search(rf"Public Sub {procedure}\(control As IRibbonControl\)", source)
    assert "x.addin_button('\" & Replace(control.ID" in source
    assert "Ingen arbetsbok är öppen" in source  # the one sentence, from xlfollow's messages


def test_the_add_in_reads_its_own_settings_with_each_users_python() -> None:
    import python_calamine

    workbook = _part(ADDIN, "xl/workbook.xml").decode()
    assert re.findall(r'<sheet [^>]*name="([^"]+)"', workbook) == ["xlfollow.conf"]
    book = python_calamine.CalamineWorkbook.from_path(ADDIN)
    settings = {
        row[0]: row[1] for row in book.get_sheet_by_name("xlfollow.conf").to_python() if row and row[0]
    }
    assert settings["Interpreter_Win"] == INTERPRETERS["Interpreter_Win"]
    assert settings["Interpreter_Mac"] == INTERPRETERS["Interpreter_Mac"]
    assert settings["Use UDF Server"] is True
    vba = _modules(ADDIN)["xlwings"]
    assert 'PROJECT_NAME As String = "xlfollow"' in vba  # the sheet xlfollow.conf, ~/.xlfollow/xlfollow.conf
    types = _part(ADDIN, "[Content_Types].xml").decode()
    assert (
        'PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.addin.macroEnabled.main+xml"'
        in types
    )
    text = b"".join(_part(ADDIN, n) for n in zipfile.ZipFile(ADDIN).namelist() if not n.endswith(".bin"))
    assert b"absPath" not in text and b"felix" not in text.lower()


@pytest.mark.slow
def test_a_fresh_build_matches_the_committed_add_in(tmp_path: Path) -> None:
    fresh = build.build_addin(tmp_path / "xlfollow.xlam")
    with zipfile.ZipFile(fresh) as a, zipfile.ZipFile(ADDIN) as b:
        assert sorted(a.namelist()) == sorted(b.namelist())
        for name in a.namelist():
            if name != "xl/vbaProject.bin":
                assert a.read(name) == b.read(name), f"{name}: run python workbook/build.py"
    assert _modules(fresh) == _modules(ADDIN)


# --- the buttons on the active workbook -----------------------------------------------------------


def _colours_by_remote(book: object) -> dict[str, str]:
    fills = {}
    for action in actions_of(book):
        if action["func"] == "setRangeColor" and sheet_name(book, action) not in (
            "Sammanställning",
            "Kontroll",
        ):
            for row, col in cells(action):
                fills[f"{sheet_name(book, action)}!{row},{col}"] = (
                    "#" + str(action["args"][0]).lstrip("#").lower()
                )
    return fills


def test_on_the_remote_engine_an_xlsx_is_coloured_in_place_as_the_file_writer_does(
    example, tmp_path: Path
) -> None:
    source = example("rs2018-framgangsfaktorer.xlsx")
    book = remote_book(source)
    addin_button("Farglagg", book)
    assert _colours_by_remote(book) == file_writer_colours(source)
    alerts = [a for a in actions_of(book) if a["func"] == "alert"]
    assert alerts and alerts[-1]["args"][0].startswith("Klart")


class _Answering:
    """The desktop stand-in's Excel, answering the add-in's question as the user would."""

    def __init__(self, answer: str | None) -> None:
        self.answer, self.asked, self.said, self.opened = answer, [], [], []
        self.books = self

    def alert(
        self, message: str, title: str = "", buttons: str = "ok", mode: str | None = None
    ) -> str | None:
        if buttons == "yes_no_cancel":
            self.asked.append(message)
            return self.answer
        self.said.append(message)
        return None

    def open(self, path: str) -> None:
        self.opened.append(path)

    def __setattr__(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)


def _desktop_book(source: Path, answer: str | None) -> tuple[object, _Answering]:
    from xlfollow.adapters.file_reader import read_values

    from fake_excel import FakeBook

    values = read_values(source)
    book = FakeBook(source.name, {n: [list(r) for r in s.rows] for n, s in values.sheets.items()})
    app = _Answering(answer)
    book.app = app  # type: ignore[assignment]
    book.fullname = str(source)  # type: ignore[attr-defined]
    book.save = lambda: None  # type: ignore[attr-defined]
    return book, app


def _desktop_fills(book: object) -> dict[str, str]:
    out = {}
    for sheet in book.sheets:  # type: ignore[attr-defined]
        for (row, col), colour in sheet.set_log.get("color", {}).items():
            if colour and sheet.name not in ("Sammanställning", "Kontroll"):
                out[f"{sheet.name}!{row},{col}"] = "#" + str(colour).lstrip("#").lower()
    return out


def test_on_desktop_excel_an_xlsx_is_written_in_place_only_when_the_user_says_yes(
    example, tmp_path: Path
) -> None:
    source = tmp_path / "uppfoljning.xlsx"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), source)
    book, app = _desktop_book(source, "yes")
    addin_button("Farglagg", book)
    assert app.asked and "uppfoljning-klar.xlsx" in app.asked[0]
    assert _desktop_fills(book) == file_writer_colours(source)
    assert not (tmp_path / "uppfoljning-klar.xlsx").exists()


def test_on_desktop_excel_no_writes_the_klar_copy_as_the_command_line_does(example, tmp_path: Path) -> None:
    from xlfollow.actions import run

    source = tmp_path / "uppfoljning.xlsx"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), source)
    before = source.read_bytes()
    book, app = _desktop_book(source, "no")
    addin_button("KorAllt", book)
    klar = tmp_path / "uppfoljning-klar.xlsx"
    assert klar.exists() and app.opened == [str(klar)]
    assert not _desktop_fills(book)  # nothing written into the open workbook
    assert source.read_bytes() == before
    assert app.said and app.said[-1].startswith("Klart: ") and "uppfoljning-klar.xlsx" in app.said[-1]
    cli = run(source, tmp_path / "cli-klar.xlsx").written
    assert cli is not None
    assert file_writer_colours(klar) == file_writer_colours(cli)  # the command line's result


def test_cancel_writes_nothing_and_says_nothing(example, tmp_path: Path) -> None:
    source = tmp_path / "uppfoljning.xlsx"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), source)
    book, app = _desktop_book(source, "cancel")
    addin_button("KorAllt", book)
    assert app.asked and not app.said and not _desktop_fills(book)
    assert not (tmp_path / "uppfoljning-klar.xlsx").exists()


def test_a_macro_workbook_is_not_asked(example, tmp_path: Path) -> None:
    source = tmp_path / "uppfoljning.xlsm"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), source)
    book, app = _desktop_book(source, None)
    book.name = "uppfoljning.xlsm"  # type: ignore[attr-defined]
    addin_button("Farglagg", book)
    assert not app.asked and _desktop_fills(book)


def test_with_no_workbook_open_the_button_says_so(tmp_path: Path) -> None:
    book, app = _desktop_book(ADDIN, None)
    book.name = "xlfollow.xlam"  # type: ignore[attr-defined]
    addin_button("KorAllt", book)
    assert app.said == [
        "Ingen arbetsbok är öppen. Öppna arbetsboken med uppföljningen och klicka på knappen igen."
    ]


def test_a_file_the_command_line_does_not_write_is_coloured_in_place_without_asking(
    example, tmp_path: Path
) -> None:
    source = tmp_path / "uppfoljning.csv"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), source)  # the values Excel shows; the name counts
    book, app = _desktop_book(source, "no")
    book.name = "uppfoljning.csv"  # type: ignore[attr-defined]
    addin_button("Farglagg", book)
    assert not app.asked and _desktop_fills(book)
    assert not (tmp_path / "uppfoljning-klar.csv").exists()


def test_an_earlier_copy_open_in_excel_is_said_before_anything_is_saved(example, tmp_path: Path) -> None:
    source = tmp_path / "uppfoljning.xlsx"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), source)
    (tmp_path / "uppfoljning-klar.xlsx").write_bytes(b"an earlier copy")
    (tmp_path / "~$uppfoljning-klar.xlsx").write_bytes(b"")  # Excel's owner file: it is open
    book, app = _desktop_book(source, "no")
    saved: list[bool] = []
    book.save = lambda: saved.append(True)  # type: ignore[attr-defined]
    addin_button("KorAllt", book)
    assert not saved and (tmp_path / "uppfoljning-klar.xlsx").read_bytes() == b"an earlier copy"
    assert app.said and "uppfoljning-klar.xlsx" in app.said[-1] and "Traceback" not in app.said[-1]


def _answered_round(tmp_path: Path) -> Path:
    """A master sent to its committees, one of which has answered into NAME-svar."""
    from helpers import MASTER_STATUS, build_master, fill_answers

    from xlfollow.actions import send

    master = build_master(tmp_path / "uppf.xlsx")
    sent = send(master, tmp_path / "uppf-utskick")
    answers = tmp_path / "uppf-svar"
    answers.mkdir()
    unit, book, _ = sent.files[0]
    from openpyxl import load_workbook

    sheet = load_workbook(book)["Framgångsfaktorer"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, MASTER_STATUS).value is None)
    fill_answers(book, answers / f"{unit}.xlsx", {row: ("grön", "Klart enligt plan")})
    return master


def test_samla_in_on_an_xlsx_asks_and_no_writes_the_collected_copy(tmp_path: Path) -> None:
    master = _answered_round(tmp_path)
    before = master.read_bytes()
    book, app = _desktop_book(master, "no")
    addin_button("SamlaIn", book)
    collected = tmp_path / "uppf-insamlad.xlsx"
    assert app.asked and "uppf-insamlad.xlsx" in app.asked[0]
    assert collected.is_file() and app.opened == [str(collected)] and master.read_bytes() == before
    assert app.said and "uppf-insamlad.xlsx" in app.said[-1] and "Historik" in app.said[-1]


def test_samla_in_on_an_xlsx_cancelled_writes_nothing(tmp_path: Path) -> None:
    master = _answered_round(tmp_path)
    book, app = _desktop_book(master, "cancel")
    addin_button("SamlaIn", book)
    assert app.asked and not app.said and not (tmp_path / "uppf-insamlad.xlsx").exists()
    assert [s.name for s in book.sheets] == ["Framgångsfaktorer"]  # type: ignore[attr-defined]


class _Unmapped:
    """An xlwings Book whose address cannot be mapped to a file (SharePoint, Teams, OneDrive
    without synchronisation): xlwings raises when asked for its full name."""

    def __get__(self, book: object, owner: object) -> str:
        raise RuntimeError("Couldn't find your local OneDrive file")


def test_a_workbook_open_from_sharepoint_gets_a_line_to_act_on(example, tmp_path: Path) -> None:
    from fake_excel import FakeBook

    source = tmp_path / "uppfoljning.xlsx"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), source)
    book, app = _desktop_book(source, "no")

    class OnSharePoint(FakeBook):
        fullname = _Unmapped()

    book.__class__ = OnSharePoint
    del book.__dict__["fullname"]  # the class's property answers, as xlwings' does
    addin_button("GorKlarForEpost", book)
    assert app.said and "synkronisera" in app.said[-1] and "oväntat" not in app.said[-1]
    app.said.clear()
    addin_button("Farglagg", book)  # not a file here: written in the open workbook, not asked
    assert not app.asked and _desktop_fills(book) and app.said[-1].startswith("Klart")


def test_a_workbook_excel_cannot_save_gets_a_line_to_act_on(example, tmp_path: Path) -> None:
    source = tmp_path / "uppfoljning.xlsx"
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), source)
    book, app = _desktop_book(source, "no")

    def refuse() -> None:
        raise OSError("The document is read-only")  # as COM's error, which xlfollow never shows

    book.save = refuse  # type: ignore[attr-defined]
    addin_button("KorAllt", book)
    assert app.said and "kunde inte sparas" in app.said[-1] and "oväntat" not in app.said[-1]
    assert not (tmp_path / "uppfoljning-klar.xlsx").exists()
