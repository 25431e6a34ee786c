"""consolidate: the region's counts are the sum of the units', a bad unit file is reported and
skipped, and the region workbook opens in openpyxl and LibreOffice."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from xlfollow.actions import check
from xlfollow.consolidate import consolidate, unit_files
from xlfollow.core.errors import InputError

from libreoffice import SOFFICE, convert
from package_check import problems

EXAMPLES = ["rs2018-framgangsfaktorer.xlsx", "installningsblad.xlsx", "rs2017-framgangsfaktorer.xlsx"]


@pytest.fixture
def units(example, tmp_path: Path) -> Path:
    folder = tmp_path / "enheter"
    folder.mkdir()
    for n, name in enumerate(EXAMPLES * 4):  # 12 units: the parallel path
        shutil.copy(example(name), folder / f"enhet{n:02d}-{name}")
    return folder


def test_counts_are_the_sum_of_the_units(units: Path, tmp_path: Path) -> None:
    region = consolidate([units], tmp_path / "region.xlsx")
    files = unit_files([units])
    assert len(region.units) == len(files) == 12
    expected = dict.fromkeys(region.rollup.status, 0)
    committees: dict[str, int] = {}
    for file in files:
        rollup = check(file).rollup
        for key, n in rollup.status.items():
            expected[key] += n
        for code, counts in rollup.by_committee.items():
            committees[code] = committees.get(code, 0) + sum(counts.values())
    assert region.rollup.status == expected
    assert {c: sum(v.values()) for c, v in region.rollup.by_committee.items()} == committees
    assert (
        sum(sum(v.values()) for v in region.by_unit.values()) == region.rollup.items == sum(expected.values())
    )

    wb = load_workbook(tmp_path / "region.xlsx")
    assert wb.sheetnames == ["Sammanställning", "Poster", "Kontroll"]
    summary = wb["Sammanställning"]
    assert summary["A4"].value.startswith(f"Av de {region.rollup.items} framgångsfaktorerna")
    assert summary["A7"].value == "Per enhet"
    items = wb["Poster"]
    assert items.max_row == region.rollup.items + 1
    assert [c.value for c in items[1]][:2] == ["Enhet", "Perspektiv"]
    assert problems(tmp_path / "region.xlsx") == []


def test_a_bad_unit_is_reported_and_skipped(units: Path, tmp_path: Path) -> None:
    (units / "trasig.xlsx").write_bytes(b"inte en arbetsbok")
    (units / "~$enhet00.xlsx").write_bytes(b"Excel's lock file, not a unit")
    done = subprocess.run(
        [sys.executable, "-m", "xlfollow", "consolidate", str(units), "-o", str(tmp_path / "region.xlsx")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Hoppar över" in done.stderr and "trasig.xlsx" in done.stderr and "~$" not in done.stderr
    assert "Sammanställde tolv enheter" in done.stdout
    control = load_workbook(tmp_path / "region.xlsx")["Kontroll"]
    rows = [[c.value for c in row] for row in control.iter_rows(min_row=5)]
    assert rows[0][:3] == ["trasig", "fel", "unreadable-file"] and "inte en zip-fil" in rows[0][6]


def test_nothing_usable(tmp_path: Path) -> None:
    (tmp_path / "a.xlsx").write_bytes(b"x")
    with pytest.raises(InputError) as caught:
        consolidate([tmp_path], tmp_path / "region.xlsx")
    assert caught.value.key == "no-usable-units"
    with pytest.raises(InputError) as caught:
        consolidate([tmp_path / "tom"], tmp_path / "region.xlsx") if (
            tmp_path / "tom"
        ).mkdir() is None else None
    assert caught.value.key == "no-units"


def test_rollup_of_the_region_file(units: Path, tmp_path: Path) -> None:
    consolidate([units], tmp_path / "region.xlsx")
    done = subprocess.run(
        [sys.executable, "-m", "xlfollow", "rollup", str(tmp_path / "region.xlsx"), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode in (0, 1), done.stderr
    assert json.loads(done.stdout)["items"] > 0


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_region_workbook(units: Path, tmp_path: Path) -> None:
    import zipfile

    consolidate([units], tmp_path / "region.xlsx")
    content = zipfile.ZipFile(convert(tmp_path / "region.xlsx", "ods", tmp_path)).read("content.xml").decode()
    for sheet in ("Sammanställning", "Poster", "Kontroll"):
        assert f'table:name="{sheet}"' in content


# --- the two rounds with worker processes (issue 13) ----------------------------------------------
def _members(path: Path) -> dict[str, bytes]:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def _serial(units: Path, tmp_path: Path, monkeypatch) -> dict[str, bytes]:
    """The region workbook as this process alone writes it."""
    import xlfollow.consolidate as module

    with monkeypatch.context() as patch:
        patch.setattr(module, "PARALLEL_FROM", 10_000)
        consolidate([units], tmp_path / "serial.xlsx")
    return _members(tmp_path / "serial.xlsx")


def test_the_workers_write_what_this_process_alone_writes(units: Path, tmp_path: Path, monkeypatch) -> None:
    """The item sheet's rows made by the workers (in the workbook's formats, numbered where they
    stand) are the rows this process writes by itself: the same workbook, part for part."""
    import xlfollow.consolidate as module

    monkeypatch.setattr(module.os, "cpu_count", lambda: 2)
    consolidate([units], tmp_path / "parallel.xlsx")
    parallel = _members(tmp_path / "parallel.xlsx")
    assert parallel == _serial(units, tmp_path, monkeypatch)
    assert re.search(rb"<row r=\"2\"[ >]", parallel["xl/worksheets/sheet2.xml"])


linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers share patches")


@linux_only
@pytest.mark.parametrize("round_", ["read", "rows"])
def test_a_worker_that_dies_leaves_the_region_whole(
    units: Path, tmp_path: Path, monkeypatch, round_: str
) -> None:
    """A worker process that dies (killed, out of memory) in either round: its units are read
    and written by this process, and the region workbook is the same as without it."""
    import os

    import xlfollow.consolidate as module

    expected = _serial(units, tmp_path, monkeypatch)
    parent = os.getpid()
    real = getattr(module._Reader, round_)

    def dies_in_a_worker(self, index: int, *args):  # type: ignore[no-untyped-def]
        if os.getpid() != parent and index == 5:
            os._exit(9)
        return real(self, index, *args)

    monkeypatch.setattr(module._Reader, round_, dies_in_a_worker)
    monkeypatch.setattr(module.os, "cpu_count", lambda: 2)
    region = consolidate([units], tmp_path / "region.xlsx")
    assert all(u.report is not None for u in region.units)
    assert _members(tmp_path / "region.xlsx") == expected


@linux_only
def test_rows_made_for_other_formats_are_refused(units: Path, tmp_path: Path, monkeypatch) -> None:
    """The writer checks that the rows a worker made name the formats this workbook gives their
    styles: rows made for other formats are never written (they would show wrong colours)."""
    import xlfollow.consolidate as module
    from xlfollow.adapters.file_writer import NewWorkbook

    real = NewWorkbook.style_index

    def off_by_one(self, sheet, more=()):  # type: ignore[no-untyped-def]
        return {name: index + 1 for name, index in real(self, sheet, more).items()}

    monkeypatch.setattr(NewWorkbook, "style_index", off_by_one)
    monkeypatch.setattr(module.os, "cpu_count", lambda: 2)
    with pytest.raises(ValueError):
        consolidate([units], tmp_path / "region.xlsx")
    assert not (tmp_path / "region.xlsx").exists()
