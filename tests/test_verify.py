"""Fault injection for the check after writing (issue 9): the written file is broken on purpose
in each way a writer bug or a disk could break it, and the check must refuse every one, leaving
the original untouched and no output behind. Without the check, each damaged file would land."""

from __future__ import annotations

import hashlib
import io
import os
import re
import struct
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from xlfollow import actions
from xlfollow.core.errors import WorkbookError
from xlfollow.ooxml import verify

import fidelity

DATA = "xl/worksheets/sheet1.xml"


def _rebuild(path: Path, change: Callable[[str, bytes], bytes | None]) -> None:
    """Write the zip again with ``change(name, data)`` applied (None drops the member)."""
    with zipfile.ZipFile(path) as source:
        members = [(i, source.read(i)) for i in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            new = change(info.filename, data)
            if new is not None:
                target.writestr(info, new)
    path.write_bytes(buffer.getvalue())


def drop_copied_part(path: Path) -> None:
    _rebuild(path, lambda name, data: None if name == "xl/media/logo.png" else data)


def corrupt_copied_bytes_keeping_the_crc_fields(path: Path) -> None:
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("xl/theme/theme1.xml")
    start = info.header_offset
    name_length, extra_length = struct.unpack("<HH", data[start + 26 : start + 30])
    at = start + 30 + name_length + extra_length + info.compress_size // 2
    data[at] ^= 0xFF
    path.write_bytes(bytes(data))


def truncate_the_file(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def styles_not_well_formed(path: Path) -> None:
    _rebuild(
        path,
        lambda name, data: data.replace(b"</cellXfs>", b"</cellXf>") if name == "xl/styles.xml" else data,
    )


def duplicate_style_attribute(path: Path) -> None:
    def change(name: str, data: bytes) -> bytes:
        if name != DATA:
            return data
        return re.sub(rb'(<c r="D2"[^>]*?)( s="\d+")', rb"\1\2\2", data, count=1)

    _rebuild(path, change)


def lose_merged_cells(path: Path) -> None:
    _rebuild(
        path, lambda name, data: re.sub(rb"<mergeCells.*?</mergeCells>", b"", data) if name == DATA else data
    )


def lose_conditional_formats(path: Path) -> None:
    pattern = rb"<conditionalFormatting.*?</conditionalFormatting>"
    _rebuild(path, lambda name, data: re.sub(pattern, b"", data, flags=re.S) if name == DATA else data)


def change_a_value(path: Path) -> None:
    _rebuild(
        path,
        lambda name, data: (
            data.replace(b"<t>Perspektiv</t>", b"<t>Perspektiw</t>", 1) if name == DATA else data
        ),
    )


def style_index_out_of_range(path: Path) -> None:
    _rebuild(
        path,
        lambda name, data: (
            re.sub(rb'(<c r="D2"[^>]*? s=")\d+', rb"\g<1>9999", data) if name == DATA else data
        ),
    )


def truncate_the_data_sheet(path: Path) -> None:
    _rebuild(path, lambda name, data: data[: len(data) - 200] if name == DATA else data)


DAMAGE = [
    drop_copied_part,
    corrupt_copied_bytes_keeping_the_crc_fields,
    truncate_the_file,
    styles_not_well_formed,
    duplicate_style_attribute,
    lose_merged_cells,
    lose_conditional_formats,
    change_a_value,
    style_index_out_of_range,
    truncate_the_data_sheet,
]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.__name__ for d in DAMAGE])
@pytest.mark.parametrize("in_place", [False, True], ids=["new-file", "in-place"])
def test_the_check_refuses_every_damage(tmp_path: Path, monkeypatch, damage, in_place: bool) -> None:
    source = fidelity.build(tmp_path / "book.xlsx")
    before = _digest(source)
    real = verify.verify_written

    def damaged(package, data_parts, owned, written, original=None, expected=None):
        damage(written)
        return real(package, data_parts, owned, written, original, expected)

    monkeypatch.setattr(verify, "verify_written", damaged)
    output = tmp_path / "book-klar.xlsx"
    with pytest.raises(WorkbookError) as caught:
        actions.run(source, None if in_place else output, in_place=in_place)
    assert caught.value.key == "verify-failed"
    assert _digest(source) == before
    assert not output.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["book.xlsx"]


def test_the_undamaged_file_passes(tmp_path: Path) -> None:
    """The same run without damage lands: the check refuses damage, not the writer's work."""
    source = fidelity.build(tmp_path / "book.xlsx")
    result = actions.run(source)
    assert result.written is not None and result.written.exists()


# --- the original sheet's digest made by a forked copy (issue 13) -----------------------------------
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the copy is forked on Linux")


def _forked(tmp_path: Path, monkeypatch) -> tuple[verify.OriginalDigest, bytes]:
    """An OriginalDigest of a real workbook made by a copy, and the digest made here."""
    from xlfollow.ooxml.limits import load_package

    monkeypatch.setattr(verify.OriginalDigest, "PARALLEL_FROM", 0)
    monkeypatch.setattr(verify.os, "cpu_count", lambda: 2)
    package = load_package(fidelity.build(tmp_path / "book.xlsx"))
    package.read(DATA)  # as the reader leaves it: the sheet inflated
    expected = verify.original_digest(package, DATA)
    return verify.OriginalDigest(package, DATA), expected


def _gone(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True  # reaped: no process left behind
    return False


@linux_only
def test_the_copy_gives_the_digest_made_here_and_is_waited_for(tmp_path: Path, monkeypatch) -> None:
    digest, expected = _forked(tmp_path, monkeypatch)
    assert digest._child is not None  # a copy was made
    pid = digest._child[0]
    assert digest.result() == expected
    assert _gone(pid)


@linux_only
def test_a_copy_that_dies_without_answering_is_replaced_by_the_digest_made_here(
    tmp_path: Path, monkeypatch
) -> None:
    parent = os.getpid()
    real = verify.sheet_digest

    def dies_in_the_copy(data: bytes) -> bytes:
        if os.getpid() != parent:
            raise MemoryError
        return real(data)

    monkeypatch.setattr(verify, "sheet_digest", dies_in_the_copy)
    digest, expected = _forked(tmp_path, monkeypatch)
    assert digest._child is not None
    pid = digest._child[0]
    assert digest.result() == expected
    assert _gone(pid)


@linux_only
def test_a_copy_that_does_not_answer_is_stopped(tmp_path: Path, monkeypatch) -> None:
    parent = os.getpid()
    real = verify.sheet_digest

    def hangs_in_the_copy(data: bytes) -> bytes:
        if os.getpid() != parent:
            time.sleep(60)
        return real(data)

    monkeypatch.setattr(verify, "sheet_digest", hangs_in_the_copy)
    monkeypatch.setattr(verify.OriginalDigest, "WAIT", 0.2)
    digest, expected = _forked(tmp_path, monkeypatch)
    assert digest._child is not None
    pid = digest._child[0]
    started = time.monotonic()
    assert digest.result() == expected
    assert time.monotonic() - started < 30
    assert _gone(pid)


def test_no_copy_to_be_had_means_the_digest_is_made_here(tmp_path: Path, monkeypatch) -> None:
    def no_fork() -> int:
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(verify.os, "fork", no_fork, raising=False)
    digest, expected = _forked(tmp_path, monkeypatch)
    assert digest._child is None
    assert digest.result() == expected


def test_no_copy_is_forked_from_a_process_with_threads(tmp_path: Path, monkeypatch) -> None:
    """xlfollow used inside a program that runs threads: no fork (a forked copy of a process with
    threads may deadlock), the digest is made here."""
    import threading

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        digest, expected = _forked(tmp_path, monkeypatch)
        assert digest._child is None
        assert digest.result() == expected
    finally:
        stop.set()
        other.join()
