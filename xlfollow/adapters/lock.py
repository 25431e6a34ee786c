"""One xlfollow at a time per output file. An operating-system lock on a small lock file beside
the target: it is released when the process ends, however it ends (even when killed), so a
crash never leaves a workbook locked. A second run waits a moment, then stops with a message."""

from __future__ import annotations

import contextlib
import glob
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from xlfollow.core.errors import WorkbookError, os_reason

WAIT_SECONDS = 10.0


def lock_path(target: Path) -> Path:
    return target.with_name(f".~xlfollow-{target.name}.lock")


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _remove_stale_temporary_files(target: Path) -> None:
    """With the lock held, no other xlfollow is saving to ``target``: temporary files for it are
    what a killed run left behind."""
    from xlfollow.ooxml.save import temp_prefix

    for stale in target.parent.glob(glob.escape(temp_prefix(target)) + "*"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


@contextlib.contextmanager
def writing(target: Path, wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the lock for ``target`` while the block runs."""
    path = lock_path(target)
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise WorkbookError("write-failed", path=str(target), detail=os_reason(exc)) from None
        if _try_lock(fd) and _same_file(fd, path):
            break  # locked, and the lock file was not removed by the previous holder meanwhile
        os.close(fd)
        if time.monotonic() >= deadline:
            raise WorkbookError("busy", path=str(target))
        time.sleep(0.1)
    _remove_stale_temporary_files(target)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)
