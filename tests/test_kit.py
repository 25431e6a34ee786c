"""The offline kits (issues 12 and 20): scripts/make-kit builds one for Windows and one for the Mac
from a clone, each with every wheel the buttons need for Python 3.11–3.13; pip resolves each
platform's wheelhouse with nothing but the kit (a dry run for the other platform); a Linux variant,
unpacked in a folder with spaces, parentheses and å/ä/ö, installs with ``--no-index`` while every
network address is dead, and a button's action runs through it; running it again upgrades; the
uninstall script removes it; the scripts speak Swedish, stay open and say what to do when Python is
missing or a wheel is; the install writes nothing into any workbook."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import payload

from xlfollow.kit import INTERPRETERS

ROOT = Path(__file__).resolve().parent.parent
PYTHONS = ("3.11", "3.12", "3.13")
# (kit, pip platform tag, the packages xlwings needs there that pip cannot see from this machine)
TARGETS = [
    ("windows", "win_amd64", ("pywin32",)),
    ("mac", "macosx_11_0_arm64", ("psutil", "appscript")),
    ("mac", "macosx_10_13_x86_64", ("psutil", "appscript")),
]
DEAD = "http://127.0.0.1:9"  # every download through here fails at once


def _make(out: Path, *platforms: str) -> dict[str, Path]:
    args = [arg for p in platforms for arg in ("--platform", p)]
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make-kit"), "--out", str(out), *args],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    kits = {}
    for zipped in out.glob("xlfollow-kit-*.zip"):
        with zipfile.ZipFile(zipped) as archive:
            archive.extractall(out)
            for info in archive.infolist():  # zipfile does not restore the mode: do as unzip does
                mode = info.external_attr >> 16
                if mode:
                    os.chmod(out / info.filename, mode)
        kits[zipped.stem.rsplit("-", 1)[-1]] = out / zipped.stem
    return kits


@pytest.fixture(scope="module")
def kits(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _make(tmp_path_factory.mktemp("kits"), "windows", "mac")


@pytest.fixture(scope="module")
def linux_kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kit") / "Kansliets filer (2026) – å ä ö"
    (kit,) = _make(folder, "linux").values()
    return kit


@pytest.mark.slow
@pytest.mark.parametrize("platform", ["windows", "mac"])
def test_each_kit_holds_the_workbooks_the_scripts_and_wheels(kits: dict[str, Path], platform: str) -> None:
    kit = kits[platform]
    scripts = (
        ("installera.cmd", "avinstallera.cmd")
        if platform == "windows"
        else (
            "installera.command",
            "avinstallera.command",
        )
    )
    names = {p.relative_to(kit).as_posix() for p in kit.rglob("*") if p.is_file()}
    assert {*scripts, "LASMIG.txt", "xlfollow.xlsm", "xlfollow.xlam", "lite/xlwings_lite.py"} <= names
    assert "lite/LASMIG-LITE.txt" in names
    for book in ("xlfollow.xlsm", "xlfollow.xlam"):
        assert (kit / book).read_bytes() == (ROOT / "workbook" / book).read_bytes()
    wheels = [p.name.lower() for p in (kit / "wheels").iterdir()]
    assert not [w for w in wheels if w.startswith(("pandas", "numpy"))]  # nothing the buttons do not need
    for text in (*scripts, "LASMIG.txt", "lite/LASMIG-LITE.txt"):
        data = (kit / text).read_text("utf-8")
        assert not re.search(r"@[A-Z]+@", data), text  # every placeholder filled
    (wheel,) = (kit / "wheels").glob("xlfollow-*.whl")
    assert wheel.name in (kit / "lite" / "LASMIG-LITE.txt").read_text("utf-8")
    if platform == "windows":
        for script in scripts:
            data = (kit / script).read_bytes()
            assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # cmd.exe wants CRLF
    else:
        for script in scripts:
            assert (kit / script).stat().st_mode & stat.S_IXUSR


def _resolve(wheelhouse: Path, tag: str, python: str, extra: tuple[str, ...], target: Path) -> dict[str, str]:
    """What pip would install on ``tag`` with ``python`` from the wheelhouse alone (a dry run:
    nothing is installed, no index is asked)."""
    abi = "cp" + python.replace(".", "")
    report = target / f"{tag}-{python}.json"
    done = subprocess.run(
        [
            *(sys.executable, "-m", "pip", "install", "--isolated", "--dry-run", "--ignore-installed"),
            *("--no-index", "--find-links", str(wheelhouse), "--only-binary=:all:", "--quiet"),
            *("--platform", tag, "--python-version", python, "--implementation", "cp", "--abi", abi),
            *("--report", str(report), "xlfollow", *extra),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PIP_CONFIG_FILE": os.devnull},
    )
    if done.returncode != 0:
        return {"error": done.stderr[-1500:]}
    installed = json.loads(report.read_text("utf-8"))["install"]
    return {i["metadata"]["name"].lower(): i["metadata"]["version"] for i in installed}


@pytest.mark.slow
@pytest.mark.parametrize("python", PYTHONS)
@pytest.mark.parametrize(("platform", "tag", "extra"), TARGETS)
def test_the_wheelhouse_resolves_offline_for_every_platform_and_python(
    kits: dict[str, Path], tmp_path: Path, platform: str, tag: str, extra: tuple[str, ...], python: str
) -> None:
    resolved = _resolve(kits[platform] / "wheels", tag, python, extra, tmp_path)
    assert "error" not in resolved, resolved.get("error")
    assert resolved["xlfollow"] and resolved["xlwings"] == "0.37.8"  # the version the workbooks' VBA is
    assert {"lxml", "python-calamine", "openpyxl", "python-docx", "defusedxml", *extra} <= set(resolved)
    assert "pandas" not in resolved


@pytest.mark.slow
def test_a_python_the_kit_does_not_carry_does_not_resolve(kits: dict[str, Path], tmp_path: Path) -> None:
    """The resolution test can fail: no wheels for Python 3.14, or for Linux, in the Windows kit."""
    assert "error" in _resolve(kits["windows"] / "wheels", "win_amd64", "3.14", ("pywin32",), tmp_path)
    assert "error" in _resolve(kits["windows"] / "wheels", "manylinux_2_28_x86_64", "3.12", (), tmp_path)


# --- the install script, run for real (the Mac script under bash, on this machine's Python) ------


def _install(
    kit: Path, home: Path, script: str = "installera.command", **env: str
) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "HOME": str(home), "http_proxy": DEAD, "https_proxy": DEAD, **env}
    for key in ("PYTHONPATH", "XLFOLLOW_HOME", "XLFOLLOW_STARTUP", "VIRTUAL_ENV"):
        environ.pop(key, None)
    environ.update(env)
    return subprocess.run(
        [shutil.which("bash") or "bash", str(kit / script)],
        env=environ,
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )


def _expanded(setting: str, home: Path) -> Path:
    """A workbook's interpreter setting as xlwings' VBA expands it on a Mac ($HOME: the home folder)."""
    return Path(setting.replace("$HOME", str(home)))


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the Mac script runs under bash")
def test_the_kit_installs_offline_and_a_button_runs_through_it(
    linux_kit: Path, tmp_path: Path, example
) -> None:
    home = tmp_path / "Anna Andersson (kansliet)"
    home.mkdir()
    before = {b: (linux_kit / b).read_bytes() for b in ("xlfollow.xlsm", "xlfollow.xlam")}
    done = _install(linux_kit, home)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "Klart: xlfollow" in done.stdout and "5/5" in done.stdout
    python = _expanded(INTERPRETERS["Interpreter_Mac"], home)  # where the workbooks look: there it is
    assert python.is_file()
    log = home / "Library" / "Application Support" / "xlfollow" / "installera.log"
    said = log.read_text("utf-8")
    assert str(log) in done.stdout and "Successfully installed" in said
    # offline: pip asked no index (through the dead proxy it would retry, then still succeed from
    # the wheels; tried with --no-index taken out of the script)
    assert "Looking in indexes" not in said and "Retrying" not in said and "ProxyError" not in said
    startup = (
        home / "Library" / "Group Containers" / "UBF8T346G9.Office" / "User Content" / "Startup" / "Excel"
    )
    assert (startup / "xlfollow.xlam").read_bytes() == before["xlfollow.xlam"]
    assert (
        home / "Library" / "Application Scripts" / "com.microsoft.Excel" / "xlwings-0.37.8.applescript"
    ).is_file()
    for book, data in before.items():
        assert (linux_kit / book).read_bytes() == data  # the install writes into no workbook

    # a button's action through the installed Python: Färglägg on xlwings' remote engine
    book = tmp_path / "payload.json"
    book.write_text(json.dumps(payload(example("rs2018-framgangsfaktorer.xlsx"))), "utf-8")
    clicked = subprocess.run(
        [
            str(python),
            "-c",
            "import json, sys, xlwings as xw; from xlfollow.excel import button; "
            "book = xw.Book(json=json.load(open(sys.argv[1], encoding='utf-8'))); button('Farglagg', book); "
            "print(json.dumps(book.json()['actions']))",
            str(book),
        ],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    assert clicked.returncode == 0, clicked.stderr
    actions = json.loads(clicked.stdout)
    assert sum(1 for a in actions if a["func"] == "setRangeColor") > 10
    assert any(a["func"] == "alert" and a["args"][0].startswith("Klart") for a in actions)

    again = _install(linux_kit, home)  # running it again upgrades in place
    assert again.returncode == 0 and "finns redan" in again.stdout

    gone = _install(linux_kit, home, "avinstallera.command")
    assert gone.returncode == 0, gone.stdout + gone.stderr
    assert not python.exists() and not (startup / "xlfollow.xlam").exists()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the Mac script runs under bash")
def test_a_missing_wheel_stops_the_install_with_a_swedish_line_and_the_log(
    linux_kit: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "kit"
    shutil.copytree(linux_kit, broken)
    for wheel in (broken / "wheels").glob("lxml-*.whl"):
        wheel.unlink()
    home = tmp_path / "home"
    home.mkdir()
    done = _install(broken, home)
    assert done.returncode == 1
    assert "Installationen av xlfollow misslyckades" in done.stdout
    assert "installera.log" in done.stdout and "Traceback" not in done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the Mac script runs under bash")
def test_without_a_supported_python_the_script_says_where_to_get_one(linux_kit: Path, tmp_path: Path) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("dirname", "mkdir", "date", "id", "grep", "tail", "cp", "rm", "pgrep"):
        found = shutil.which(tool)
        if found:
            (tools / tool).symlink_to(found)
    old = tools / "python3"  # the Python Apple's developer tools bring: too old
    old.write_text("#!/bin/sh\nexit 1\n")
    old.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    done = _install(linux_kit, home, PATH=str(tools))
    assert done.returncode == 1
    assert "Python 3.11, 3.12 eller 3.13 hittades inte" in done.stdout
    assert "https://www.python.org/downloads/macos/" in done.stdout


def test_the_windows_scripts_are_safe_for_any_folder_name() -> None:
    """Not run here (no Windows): what can be read. No block in parentheses (a path holding ')'
    expanded inside one ends it early), every jump has its label, every way out pauses first, pip
    is offline and isolated, and the Python's version is checked."""
    for name in ("installera.cmd", "avinstallera.cmd"):
        text = (ROOT / "scripts" / "kit" / name).read_text("utf-8")
        lines = [
            line.strip() for line in text.splitlines() if not line.strip().lower().startswith(("rem", "echo"))
        ]
        assert not [line for line in lines if line.endswith("(") or line.startswith(")")], name
        labels = {line[1:].lower() for line in lines if line.startswith(":")}
        assert {g.lower() for g in re.findall(r"goto :(\w+)", text)} - {"eof"} <= labels, name
        exits = [i for i, line in enumerate(lines) if line.startswith("exit /b")]
        assert exits and all(lines[i - 1] == "pause" for i in exits), name
        assert "chcp 65001" in text
        # a name or path echoed as such breaks at an "&" in it: they go through :say
        echoed = [line.split(">")[0] for line in text.splitlines() if line.lower().startswith("echo ")]
        named = re.compile(r"%(HERE|HOMEDIR|VENV|LOG|XLSTART|USERNAME|LOCALAPPDATA|APPDATA)%")
        assert not [line for line in echoed if named.search(line)], name
    install = (ROOT / "scripts" / "kit" / "installera.cmd").read_text("utf-8")
    assert "--no-index" in install and "--isolated" in install and '"%HERE%wheels"' in install
    assert (
        "(3, 11) <= sys.version_info[:2] <= (3, 13)" in install
        and "sysconfig.get_platform() == 'win-amd64'" in install
    )
    # the version check decides: the Python found, and an environment kept, must pass it
    assert 'py -%%V -c "%CHECK%"' in install and '"%VENV%\\Scripts\\python.exe" -c "%CHECK%"' in install
    assert "%APPDATA%\\Microsoft\\Excel\\XLSTART" in install
    win = INTERPRETERS["Interpreter_Win"]
    # the environment the script makes is the one the workbooks' setting names
    assert 'set "HOMEDIR=%LOCALAPPDATA%\\xlfollow"' in install and 'set "VENV=%HOMEDIR%\\venv"' in install
    assert win == "%LOCALAPPDATA%\\xlfollow\\venv\\Scripts\\python.exe"
    assert '"%VENV%\\Scripts\\python.exe" -m pip install' in install


# --- after the review: the ways an install goes wrong ------------------------------------------------


def _venv_python(home: Path) -> Path:
    return _expanded(INTERPRETERS["Interpreter_Mac"], home)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the Mac script runs under bash")
def test_a_broken_environment_is_made_again_not_kept(linux_kit: Path, tmp_path: Path) -> None:
    """A run stopped half-way leaves an environment without pip; the next run makes it whole."""
    home = tmp_path / "home"
    python = _venv_python(home)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(python.parent.parent)], check=True)
    done = _install(linux_kit, home)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "Skapar Python-miljön" in done.stdout and "finns redan" not in done.stdout
    assert subprocess.run([str(python), "-m", "pip", "--version"], capture_output=True).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the Mac script runs under bash")
def test_with_excel_open_the_script_stops_and_keeps_the_last_log(linux_kit: Path, tmp_path: Path) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    pgrep = tools / "pgrep"  # Excel is running
    pgrep.write_text("#!/bin/sh\nexit 0\n")
    pgrep.chmod(0o755)
    home = tmp_path / "home"
    log = home / "Library" / "Application Support" / "xlfollow" / "installera.log"
    log.parent.mkdir(parents=True)
    log.write_text("the failed run's pip log\n")
    done = _install(linux_kit, home, PATH=f"{tools}{os.pathsep}{os.environ['PATH']}")
    assert done.returncode == 1 and "Excel är öppet" in done.stdout
    assert log.read_text() == "the failed run's pip log\n"


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="bash; root writes anywhere")
def test_a_home_it_cannot_write_in_gets_a_line_to_act_on(linux_kit: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "Library").mkdir(parents=True)
    (home / "Library").chmod(0o500)
    try:
        done = _install(linux_kit, home)
    finally:
        (home / "Library").chmod(0o700)
    assert done.returncode == 1 and "IT-stödet om skrivrätt" in done.stdout
    assert "Permission denied" not in done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the Mac script runs under bash")
def test_a_script_run_without_its_wheels_says_to_unpack_the_zip(linux_kit: Path, tmp_path: Path) -> None:
    alone = tmp_path / "zip"
    alone.mkdir()
    shutil.copy(linux_kit / "installera.command", alone / "installera.command")
    done = _install(alone, tmp_path / "home")
    assert done.returncode == 1 and "Packa upp hela zip-filen" in done.stdout


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="the Mac script runs under bash")
def test_the_window_stays_open_until_the_user_has_read_it(linux_kit: Path, tmp_path: Path) -> None:
    """On a terminal (as a double-click opens one) the script waits for Retur, also after an
    error; the other tests run it without one."""
    import pty
    import select
    import time

    alone = tmp_path / "zip"
    alone.mkdir()
    shutil.copy(linux_kit / "installera.command", alone / "installera.command")  # fails at once
    main, secondary = pty.openpty()
    process = subprocess.Popen(
        ["bash", str(alone / "installera.command")],
        stdin=secondary,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "HOME": str(tmp_path / "home")},
    )
    os.close(secondary)
    said = b""
    deadline = time.monotonic() + 60
    while b"Retur" not in said and time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], 1)
        if ready and process.stdout is not None:
            said += os.read(process.stdout.fileno(), 4096)
    time.sleep(0.5)
    assert process.poll() is None, "the window closed before the user could read it"
    os.write(main, b"\n")
    assert process.wait(timeout=30) == 1
    os.close(main)
    assert "Packa upp hela zip-filen" in said.decode("utf-8", "replace")
