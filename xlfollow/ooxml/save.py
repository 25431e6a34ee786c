"""Saving a file atomically without changing what the user had: a temporary file in the same
folder, written and flushed to disk, checked, then put in place by one rename. A crash or a
failed check at any point leaves the old file as it was. The saved file keeps the original's
permission bits (a shared workbook stays shared); a new file gets the user's default ones."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def temp_prefix(target: Path) -> str:
    """Temporary files of a save to ``target`` start with this (so a later run can find the
    ones a killed run left behind)."""
    return f".~xlfollow-{target.name}-"


_NEW_FILE = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _new_file(folder: Path, prefix: str, suffix: str) -> tuple[int, str]:
    """A new file, only the user's, with a name no other file has: as tempfile.mkstemp makes it,
    without importing tempfile and random on the path of every button click."""
    for _ in range(100):
        path = os.path.join(folder, f"{prefix}{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(path, _NEW_FILE | getattr(os, "O_NOINHERIT", 0), 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {folder}")


def _default_mode() -> int:
    """The permission bits a new file of the user's gets (0o666 less the umask)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return _default_mode()


def atomic_write(
    target: Path, write: Callable[[BinaryIO], object], check: Callable[[Path], None] | None = None
) -> None:
    """Write ``target`` through ``write``; ``check`` reads the written temporary file and raises
    to stop before anything is replaced."""
    folder = target.parent if str(target.parent) else Path(".")
    mode = mode_for(target)
    fd, temp = _new_file(folder, temp_prefix(target), target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if check is not None:
            check(Path(temp))
        with contextlib.suppress(OSError):  # a file system without permission bits (FAT, SMB)
            os.chmod(temp, mode)
        replace(Path(temp), target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def replace(temp: Path, target: Path) -> None:
    """Put ``temp`` in the place of ``target``. On Windows an existing file is replaced with
    ReplaceFileW, which keeps its attributes, owner and permissions (ACLs); elsewhere (and for
    a new file) a plain atomic rename."""
    if sys.platform == "win32" and target.exists():  # pragma: no cover - Windows only
        import ctypes

        replace_file = ctypes.windll.kernel32.ReplaceFileW  # type: ignore[attr-defined]
        if replace_file(str(target), str(temp), None, 0x2, None, None):  # IGNORE_MERGE_ERRORS
            return
    os.replace(temp, target)
