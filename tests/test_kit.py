"""Installing without PyPI (issue 12): scripts/make-kit builds the kit from the clone; unpacked,
its Mac install script (run here, on Linux, with its own folder) makes a per-user environment,
installs the wheel with its pinned xlwings and writes that Python into the workbook's
xlwings.conf; every other part of the workbook (VBA project, buttons) stays byte for byte."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from xlfollow.kit import configure

ROOT = Path(__file__).resolve().parent.parent
WORKBOOK = ROOT / "workbook" / "xlfollow.xlsm"


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("kit")
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make-kit"), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    (zipped,) = out.glob("xlfollow-kit-*.zip")
    with zipfile.ZipFile(zipped) as archive:
        archive.extractall(out)
        for info in archive.infolist():  # zipfile does not restore the mode: do as unzip does
            mode = info.external_attr >> 16
            if mode:
                os.chmod(out / info.filename, mode)
    (folder,) = (p for p in out.iterdir() if p.is_dir())
    return folder


@pytest.mark.slow
def test_the_kit_holds_the_workbook_the_wheel_and_the_scripts(kit: Path) -> None:
    names = sorted(p.name for p in kit.iterdir())
    assert names[:3] == ["LASMIG.txt", "installera.cmd", "installera.command"]
    (wheel,) = kit.glob("xlfollow-*-py3-none-any.whl")
    assert (kit / "xlfollow.xlsm").read_bytes() == WORKBOOK.read_bytes()
    for script in ("installera.cmd", "installera.command", "LASMIG.txt"):
        text = (kit / script).read_text("utf-8")
        assert "@WHEEL@" not in text and "@VERSION@" not in text
        assert wheel.name in text
    assert b"\r\n" in (kit / "installera.cmd").read_bytes()  # cmd.exe wants CRLF
    assert (kit / "installera.command").stat().st_mode & stat.S_IXUSR
    with zipfile.ZipFile(wheel) as archive:
        assert "xlfollow/data/rs2018.json" in archive.namelist()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the Mac script runs under bash")
def test_the_install_script_makes_a_working_environment_and_points_the_workbook_at_it(
    kit: Path, tmp_path: Path
) -> None:
    work = tmp_path / "kit"
    shutil.copytree(kit, work)
    home = tmp_path / "home"
    env = {**os.environ, "XLFOLLOW_HOME": str(home)}
    env.pop("PYTHONPATH", None)
    python = shutil.which("python3", path=os.defpath + os.pathsep + env.get("PATH", ""))
    assert python is not None
    done = subprocess.run(
        ["bash", str(work / "installera.command")], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    venv_python = home / "venv" / "bin" / "python"
    version = subprocess.run(
        [str(venv_python), "-m", "xlfollow", "--version"], capture_output=True, text=True
    )
    assert version.stdout.startswith("xlfollow ")
    xlwings = subprocess.run(
        [str(venv_python), "-c", "import xlwings; print(xlwings.__version__)"], capture_output=True, text=True
    )
    assert xlwings.stdout.strip() == "0.37.8"  # the version the workbook's VBA belongs to
    conf = load_workbook(work / "xlfollow.xlsm", keep_vba=True)["xlwings.conf"]
    assert conf["A1"].value == "Interpreter_Win" and conf["B1"].value == str(venv_python)
    _only_the_conf_sheet_changed(WORKBOOK, work / "xlfollow.xlsm")


def _only_the_conf_sheet_changed(before: Path, after: Path) -> None:
    with zipfile.ZipFile(before) as a, zipfile.ZipFile(after) as b:
        old = {i.filename: a.read(i) for i in a.infolist()}
        new = {i.filename: b.read(i) for i in b.infolist()}
    assert set(old) == set(new)
    changed = {name for name in old if old[name] != new[name]}
    assert len(changed) == 1 and changed.pop().startswith("xl/worksheets/")
    assert old["xl/vbaProject.bin"] == new["xl/vbaProject.bin"]


def test_configure_on_a_mac_sets_the_mac_interpreter(tmp_path: Path) -> None:
    book = tmp_path / "xlfollow.xlsm"
    shutil.copy(WORKBOOK, book)
    configure(book, "/Users/anna/Library/Application Support/xlfollow/venv/bin/python", "Interpreter_Mac")
    conf = load_workbook(book, keep_vba=True)["xlwings.conf"]
    assert conf["A2"].value == "Interpreter_Mac"
    assert conf["B2"].value == "/Users/anna/Library/Application Support/xlfollow/venv/bin/python"
    assert conf["B1"].value == "python"  # Windows' setting as it was
    _only_the_conf_sheet_changed(WORKBOOK, book)
