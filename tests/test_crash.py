"""Crash safety: `xlfollow run` killed (SIGKILL) at many points, in place and to a new file, never
leaves a damaged workbook or a half-written file under the output name; two runs at once on the
same file both finish and nothing is corrupted."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from xlfollow.adapters.file_reader import read_values
from xlfollow.adapters.lock import writing
from xlfollow.core.errors import WorkbookError

from package_check import problems

KILL_POINTS = 24
COMMENT = "Arbetet pågår enligt plan och rapporteras i tertialrapporten. " * 4


def big_book(path: Path, rows: int = 4000) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws.append(["Perspektiv", "Strategiskt mål", "Framgångsfaktor", "Nämnd", "Läge", "Kommentar"])
    statuses = ["grön", "gul", "röd", "gul", None, "Ej aktuell"]
    for n in range(1, rows + 1):
        ws.append(
            [
                "Patient" if n % 3 else "Samhälle",
                f"Mål {n % 17}",
                f"{n}. Framgångsfaktor nummer {n}",
                "RS HSN" if n % 4 else "RUN",
                statuses[n % len(statuses)],
                COMMENT if n % 5 else None,
            ]
        )
    wb.save(path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def start(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "xlfollow", "run", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def complete(path: Path) -> bool:
    """A finished xlfollow output: structurally sound, readable, with its summary sheet."""
    return problems(path) == [] and "Sammanställning" in read_values(path).sheets


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    folder = tmp_path_factory.mktemp("crash")
    path = big_book(folder / "original.xlsx")
    begin = time.monotonic()
    assert start(str(path), "-o", str(folder / "timing.xlsx")).wait(timeout=120) == 0
    return path, time.monotonic() - begin


@pytest.mark.slow
@pytest.mark.parametrize("in_place", [True, False], ids=["in-place", "new-file"])
def test_kill_at_many_points(original: tuple[Path, float], tmp_path: Path, in_place: bool) -> None:
    source, duration = original
    before = digest(source)
    outcomes = {"untouched": 0, "finished": 0}
    for point in range(KILL_POINTS):
        book = tmp_path / f"bok{point}.xlsx"
        shutil.copy(source, book)
        output = book if in_place else tmp_path / f"ut{point}.xlsx"
        args = [str(book), "--in-place"] if in_place else [str(book), "-o", str(output)]
        process = start(*args)
        time.sleep(duration * (0.15 + 0.95 * point / KILL_POINTS))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        if in_place:
            if digest(book) == before:
                outcomes["untouched"] += 1
            else:
                assert complete(book), f"kill point {point}: the workbook is damaged"
                outcomes["finished"] += 1
            assert read_values(book).sheets["Data"].rows == read_values(source).sheets["Data"].rows
        else:
            assert digest(book) == before
            if output.exists():
                assert complete(output), f"kill point {point}: a half-written output"
                outcomes["finished"] += 1
            else:
                outcomes["untouched"] += 1
    print(f"\n{'in place' if in_place else 'new file'}: {KILL_POINTS} kills, {outcomes}")
    assert outcomes["untouched"] > 0  # the kills did land before the rename ...
    # ... and the next run cleans what the killed ones left: temporary files and lock files
    book = tmp_path / "bok0.xlsx"
    assert start(str(book), "--in-place").wait(timeout=120) == 0
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~xlfollow-bok0.xlsx"))
    assert left == []


@pytest.mark.slow
def test_two_runs_at_once_on_the_same_file(tmp_path: Path) -> None:
    book = big_book(tmp_path / "bok.xlsx", rows=1500)
    first, second = start(str(book), "--in-place"), start(str(book), "--in-place")
    assert first.wait(timeout=120) == 0 and second.wait(timeout=120) == 0
    assert complete(book)
    workbook = read_values(book)
    assert [n for n in workbook.sheets if n in ("Sammanställning", "Kontroll")] == [
        "Sammanställning",
        "Kontroll",
    ]


def test_a_held_lock_makes_the_second_writer_stop_with_a_message(tmp_path: Path) -> None:
    target = tmp_path / "bok.xlsx"
    target.write_bytes(b"")
    held, release = threading.Event(), threading.Event()

    def hold() -> None:
        with writing(target):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(10)
    try:
        with pytest.raises(WorkbookError) as caught, writing(target, wait=0.3):
            pass
        assert caught.value.key == "busy" and "bok.xlsx" in caught.value.message()
    finally:
        release.set()
        thread.join()
    with writing(target, wait=0.3):  # free again once the holder is done
        pass
    assert not any(p.name.endswith(".lock") for p in tmp_path.iterdir())


def test_lock_survives_a_killed_holder(tmp_path: Path) -> None:
    target = tmp_path / "bok.xlsx"
    code = (
        "import sys, time; from pathlib import Path; from xlfollow.adapters.lock import writing\n"
        f"with writing(Path({str(target)!r})):\n    print('held', flush=True); time.sleep(60)"
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert holder.stdout is not None and holder.stdout.readline().strip() == b"held"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    with writing(target, wait=2):  # the operating system released it with the process
        pass


def test_the_temporary_file_is_new_and_only_the_users(tmp_path: Path) -> None:
    """The temporary file of a save is made as tempfile.mkstemp makes it: a name no file has
    (never an existing file taken over), readable and writable by the user alone."""
    import stat as stat_module

    from xlfollow.ooxml import save

    fd, name = save._new_file(tmp_path, ".~xlfollow-book.xlsx-", ".xlsx")
    os.close(fd)
    made = Path(name)
    assert made.parent == tmp_path and made.name.startswith(".~xlfollow-book.xlsx-")
    assert made.suffix == ".xlsx"
    if os.name == "posix":
        assert stat_module.S_IMODE(made.stat().st_mode) == 0o600
    names = set()
    for _ in range(50):
        fd, other = save._new_file(tmp_path, ".~xlfollow-book.xlsx-", ".xlsx")
        os.close(fd)
        names.add(other)
    assert len(names) == 50 and name not in names
    target = tmp_path / "taken.xlsx"
    target.write_bytes(b"user's")
    with pytest.raises(FileExistsError):
        os.close(os.open(target, save._NEW_FILE, 0o600))  # the flags never open an existing file
    assert target.read_bytes() == b"user's"
