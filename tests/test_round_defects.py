"""Issue 18: the round breaks at every hand-over. One test per case the issue lists, each failing on
the code before it (the commit before issue 18) and passing now. Counts are the 2018 report's own
(41 success factors: 7 green, 29 yellow, 4 red, 1 missing)."""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import with_users_sheets
from openpyxl import Workbook, load_workbook

from xlfollow import actions
from xlfollow.adapters.email_copy import export
from xlfollow.cli import main
from xlfollow.consolidate import consolidate
from xlfollow.core.errors import WorkbookError
from xlfollow.core.status import Status
from xlfollow.examples import build_2018_factors
from xlfollow.next_period import next_period
from xlfollow.ooxml import sheetbytes

os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
STATUS, COMMENT = 3, 4  # the 2018 factors' "Per april" and "Kommentar" columns


def _august(tmp_path: Path) -> tuple[Path, Path]:
    april = build_2018_factors(tmp_path / "april.xlsx")
    return april, next_period(april, tmp_path / "augusti.xlsx", "augusti 2018").written


# --- the previous round -------------------------------------------------------------------------
def test_a_new_round_emailed_alone_still_runs_and_compares_with_historik(tmp_path: Path, capsys) -> None:
    """next-period wrote `previous = april.xlsx`; a unit's August workbook, e-mailed alone, then
    stopped run, check and the buttons with exit 2. Now the workbook carries its own history."""
    _, august = _august(tmp_path)
    elsewhere = tmp_path / "inkorg"
    elsewhere.mkdir()
    alone = shutil.copy(august, elsewhere / "augusti.xlsx")
    assert main(["run", str(alone)]) == 0
    out = capsys.readouterr().out
    assert "Sedan förra uppföljningen" in out  # compared with April, from Historik
    assert "previous-not-found" not in out
    report = actions.check(Path(alone)).report
    assert report.change is not None and report.change.period == "april 2018"
    assert len(report.change.pairs) == 41


def test_the_buttons_read_the_data_sheet_not_historik(tmp_path: Path) -> None:
    """After next-period the buttons' reader took Historik for the data: April's three red items
    were reported as August's. Both readers know xlfollow's own sheets now."""
    from helpers import remote_book

    from xlfollow.actions import run_live

    _, august = _august(tmp_path)
    done = run_live(remote_book(august), "all")
    assert done.report.layout.sheet == "Framgångsfaktorer"
    assert len(done.report.items) == 41
    assert all(i.status is Status.MISSING for i in done.report.items)  # the new round is blank
    change = done.report.change  # compared with April on Historik, on the remote engine too
    assert change is not None and change.period == "april 2018" and len(change.pairs) == 41


@pytest.mark.parametrize(
    "named",
    ["/etc/passwd", "~/april.xlsx", "../april.xlsx", "sub/../../april.xlsx", "C:\\april.xlsx", "/dev/zero"],
)
def test_a_previous_setting_may_only_name_a_file_in_the_workbooks_folder(
    tmp_path: Path, named: str, capsys
) -> None:
    """A workbook that arrived by e-mail could make xlfollow read any file (/dev/zero ended in an
    unexpected error). Now: a warning at the settings cell, and the comparison from Historik."""
    _, august = _august(tmp_path)
    wb = load_workbook(august)
    ws = wb["xlfollow"]
    ws.append(["previous", named])
    wb.save(august)
    assert main(["check", str(august)]) == 0
    out = capsys.readouterr().out
    assert "previous-refused" in out and "xlfollow!B" in out
    report = actions.check(august).report
    assert report.change is not None and report.change.period == "april 2018"


def test_a_previous_setting_that_is_a_link_is_refused(tmp_path: Path) -> None:
    april, august = _august(tmp_path)
    (tmp_path / "lank.xlsx").symlink_to(april)
    wb = load_workbook(august)
    wb["xlfollow"].append(["previous", "lank.xlsx"])
    wb.save(august)
    codes = [i.code for i in actions.check(august).report.issues]
    assert "previous-refused" in codes


# --- consolidate ---------------------------------------------------------------------------------
def test_consolidate_reads_units_whose_previous_file_is_not_there(tmp_path: Path) -> None:
    """Units' August workbooks used to name `previous = april.xlsx`; consolidate then dropped every
    one. Now next-period writes no such line, and consolidate never opens previous files."""
    _, august = _august(tmp_path)
    units = tmp_path / "enheter"
    units.mkdir()
    for name in ("a", "b"):
        shutil.copy(august, units / f"{name}.xlsx")
        wb = load_workbook(units / f"{name}.xlsx")
        wb["xlfollow"].append(["previous", "finns-inte.xlsx"])  # as an older xlfollow wrote it
        wb.save(units / f"{name}.xlsx")
    region = consolidate([units], tmp_path / "region.xlsx")
    assert region.rollup.items == 82 and all(u.report is not None for u in region.units)


def test_consolidate_reads_a_folder_of_email_copies(example, tmp_path: Path) -> None:
    units = tmp_path / "enheter"
    units.mkdir()
    for name in ("norr", "syd"):
        source = example("rs2018-framgangsfaktorer.xlsx")
        export(source, units / f"{name}-epost.xlsx")
    region = consolidate([units], tmp_path / "region.xlsx")
    assert sorted(region.by_unit) == ["norr", "syd"] and region.rollup.items == 82


def test_a_unit_and_its_copies_named_on_the_command_line_count_once(example, tmp_path: Path) -> None:
    """units/*.xlsx named the unit, its -klar and its -epost copy: 3 units and 123 items. One unit,
    the newest copy, now."""
    units = tmp_path / "enheter"
    units.mkdir()
    unit = shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), units / "vard.xlsx")
    actions.run(Path(unit))
    export(units / "vard-klar.xlsx", units / "vard-klar-epost.xlsx")
    files = sorted(units.glob("*.xlsx"))
    assert len(files) == 3
    assert main(["consolidate", *map(str, files), "-o", str(tmp_path / "region.xlsx")]) == 0
    region = consolidate(files, tmp_path / "region2.xlsx")
    assert list(region.by_unit) == ["vard"] and region.rollup.items == 41


def test_units_of_the_same_name_in_different_folders_stay_apart(example, tmp_path: Path) -> None:
    root = tmp_path / "enheter"
    for path in ("north/vard/Barn.xlsx", "south/vard/Barn.xlsx", "Totalt.xlsx"):
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), root / path)
    region = consolidate([root / "north/vard", root / "south/vard", root], tmp_path / "region.xlsx")
    assert sorted(region.by_unit) == ["Totalt (enhet)", "north/vard/Barn", "south/vard/Barn"]
    sheet = load_workbook(tmp_path / "region.xlsx")["Sammanställning"]
    rows = {r[0]: r for r in sheet.iter_rows(values_only=True) if r and r[0]}
    assert rows["Totalt"][1:4] == (21, 87, 12)  # three units: 3 x (7, 29, 4)
    assert rows["Totalt (enhet)"][1:4] == (7, 29, 4)


def test_the_front_page_says_which_units_were_left_out(example, tmp_path: Path) -> None:
    units = tmp_path / "enheter"
    units.mkdir()
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), units / "norr.xlsx")
    (units / "syd.xlsx").write_bytes(b"inte en arbetsbok")
    consolidate([units], tmp_path / "region.xlsx")
    column = [c.value for c in load_workbook(tmp_path / "region.xlsx")["Sammanställning"]["A"] if c.value]
    assert any(v == "Inte med i siffrorna: syd (filen kunde inte läsas)." for v in column), column
    setup = zipfile.ZipFile(tmp_path / "region.xlsx").read("xl/worksheets/sheet1.xml").decode()
    header = re.search(r"<oddHeader>(.*?)</oddHeader>", setup)
    assert header is not None and "april 2018 – april 2018" not in header.group(1)


def test_the_region_header_names_the_period_once(example, tmp_path: Path) -> None:
    units = tmp_path / "enheter"
    units.mkdir()
    shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), units / "norr.xlsx")
    consolidate([units], tmp_path / "region.xlsx", title="Uppföljning april 2018")
    setup = zipfile.ZipFile(tmp_path / "region.xlsx").read("xl/worksheets/sheet1.xml").decode()
    assert "april 2018 – april 2018" not in setup and "Uppföljning april 2018" in setup


# --- the buttons and users' sheets and fills ------------------------------------------------------


def test_the_buttons_write_beside_a_users_kontroll_sheet(tmp_path: Path) -> None:
    """The buttons deleted a user's own sheet named Kontroll; the file writer writes beside it."""
    from helpers import actions_of, remote_book

    from xlfollow.excel import run_action

    book = remote_book(with_users_sheets(tmp_path / "bok.xlsx", "Kontroll", "Sammanställning"))
    run_action("all", book)
    done = actions_of(book)
    assert not [a for a in done if a["func"] == "sheetDelete"]
    assert [s.name for s in book.sheets] == [
        "Data",
        "Kontroll",
        "Sammanställning",
        "Sammanställning (xlfollow)",
        "Kontroll (xlfollow)",
    ]
    written = actions.run(tmp_path / "bok.xlsx").written
    assert written is not None
    assert load_workbook(written).sheetnames == [
        "Data",
        "Kontroll",
        "Sammanställning",
        "Sammanställning (xlfollow)",
        "Kontroll (xlfollow)",
    ]


def test_the_buttons_replace_their_own_kontroll_sheet(example) -> None:
    """A Kontroll sheet xlfollow wrote (known by what it holds on the remote engine) is replaced."""
    from helpers import actions_of, remote_book

    from xlfollow.excel import run_action

    written = actions.run(example("rs2018-framgangsfaktorer.xlsx")).written
    assert written is not None
    book = remote_book(written)
    run_action("check", book)
    done = actions_of(book)
    assert [a["func"] for a in done if a["func"] in ("sheetDelete", "addSheet")] == [
        "sheetDelete",
        "addSheet",
    ]
    assert [s.name for s in book.sheets] == ["Framgångsfaktorer", "Sammanställning", "Kontroll"]


# --- next-period ----------------------------------------------------------------------------------
def _with_formulas(path: Path, rows: list[int]) -> None:
    """Status cells of ``rows`` as formulas with cached values, the first a shared formula's master
    and the others its members (as Excel writes a filled-down formula)."""
    with zipfile.ZipFile(path) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for n, row in enumerate(rows):
        cell = re.search(rf'<c r="C{row}"[^>]*?(?:/>|>.*?</c>)', sheet)
        assert cell is not None
        formula = (
            f'<f t="shared" ref="C{rows[0]}:C{rows[-1]}" si="0">IF(D{row}="","→","→")</f>'
            if n == 0
            else '<f t="shared" si="0"/>'
        )
        sheet = sheet.replace(cell.group(0), f'<c r="C{row}" t="str">{formula}<v>→</v></c>')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_next_period_keeps_status_formulas_and_shared_formulas_whole(tmp_path: Path, capsys) -> None:
    april = build_2018_factors(tmp_path / "april.xlsx")
    report = actions.check(april).report
    yellow = [i.row for i in report.items if i.status is Status.YELLOW][:3]
    _with_formulas(april, yellow)
    done = next_period(april, tmp_path / "augusti.xlsx", "augusti 2018")
    assert done.facts.formulas == 3 and done.emptied == 40 - 3
    formulas = load_workbook(done.written)["Framgångsfaktorer"]
    assert [formulas.cell(r, STATUS).value for r in yellow] == [
        f'=IF(D{yellow[0]}="","→","→")',
        "=",  # openpyxl shows a shared formula's member as its master's formula moved... or "="
        "=",
    ] or all(str(formulas.cell(r, STATUS).value).startswith("=") for r in yellow)
    sheet = zipfile.ZipFile(done.written).read("xl/worksheets/sheet1.xml").decode()
    assert f'ref="C{yellow[0]}:C{yellow[-1]}" si="0"' in sheet  # the master is there
    assert sheet.count('<f t="shared" si="0"/>') == 2
    assert main(["next-period", str(april), "--period", "augusti 2018", "-o", str(tmp_path / "b.xlsx")]) == 0
    assert "3 lägesceller med formel" in capsys.readouterr().out


def test_the_check_after_writing_refuses_an_emptied_formula(tmp_path: Path, monkeypatch) -> None:
    """Fault injection: a writer that empties a formula cell (its master gone) is refused, even though
    every value it wrote is the one planned."""
    april = build_2018_factors(tmp_path / "april.xlsx")
    report = actions.check(april).report
    rows = [i.row for i in report.items if i.status is Status.YELLOW][:2]
    _with_formulas(april, rows)
    set_cells = sheetbytes.SheetBytes.set_cells

    def and_the_formula(self, cells):
        set_cells(self, cells)
        self.body = re.sub(
            rb'(<c r="C' + str(rows[0]).encode() + rb'"[^>]*>)<f[^>]*>[^<]*</f>', rb"\1", self.body
        )

    monkeypatch.setattr(sheetbytes.SheetBytes, "set_cells", and_the_formula)
    before = april.read_bytes()
    with pytest.raises(WorkbookError):
        next_period(april, tmp_path / "augusti.xlsx", "augusti 2018")
    assert april.read_bytes() == before and not (tmp_path / "augusti.xlsx").exists()


def _per_period(path: Path, filled: tuple[str, ...], empty: tuple[str, ...]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    ws.append(["Framgångsfaktor", *filled, *empty, "Kommentar"])
    for n, status in enumerate(("grön", "gul", "röd"), start=1):
        ws.append([f"{n}. Faktor {n}", *([status] * len(filled)), *([None] * len(empty)), f"Kommentar {n}"])
    wb.save(path)
    return path


def test_next_period_in_a_per_period_layout_uses_the_next_column(tmp_path: Path) -> None:
    """ "Per april" filled, "Per augusti" empty: next-period emptied April. Now April is kept and the
    next round is read from "Per augusti"."""
    april = _per_period(tmp_path / "april.xlsx", ("Per april",), ("Per augusti", "Per december"))
    done = next_period(april, tmp_path / "augusti.xlsx", "augusti 2018")
    assert done.emptied == 0 and done.facts.column == "Per augusti" and not done.facts.added
    ws = load_workbook(done.written)["Uppföljning"]
    assert [ws.cell(r, 2).value for r in (2, 3, 4)] == ["grön", "gul", "röd"]
    report = actions.check(done.written).report
    assert report.layout.header("status") == "Per augusti"
    assert all(i.status is Status.MISSING for i in report.items)
    assert report.change is not None and len(report.change.pairs) == 3  # April on Historik


def test_next_period_adds_the_next_column_when_the_sheet_has_none(tmp_path: Path) -> None:
    april = _per_period(tmp_path / "april.xlsx", ("Läge per april", "Läge per augusti"), ())
    done = next_period(april, tmp_path / "december.xlsx", "december 2018")
    assert done.facts.added and done.facts.column == "Läge per december"
    ws = load_workbook(done.written)["Uppföljning"]
    assert ws.cell(1, 5).value == "Läge per december"
    assert [ws.cell(r, 3).value for r in (2, 3, 4)] == ["grön", "gul", "röd"]  # August kept
    assert ws.cell(1, 4).value == "Kommentar"  # nothing moved
    report = actions.check(done.written).report
    assert report.layout.header("status") == "Läge per december"


def test_next_period_from_a_run_copy_leaves_the_finished_rounds_sheets_behind(
    example, tmp_path: Path
) -> None:
    written = actions.run(example("rs2018-framgangsfaktorer.xlsx")).written
    assert written is not None
    done = next_period(written, tmp_path / "augusti.xlsx", "augusti 2018")
    names = load_workbook(done.written).sheetnames
    assert "Sammanställning" not in names and "Kontroll" not in names and "Historik" in names
