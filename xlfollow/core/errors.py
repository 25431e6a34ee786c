"""Exceptions. Every one carries a message key from :mod:`xlfollow.core.texts` so the CLI and the
Excel buttons can say, in the user's language, what is wrong, where, and what to do."""

from __future__ import annotations

from typing import Any


class XlfollowError(Exception):
    """Base class. ``key`` names a sentence in :data:`xlfollow.core.texts.MESSAGES`."""

    def __init__(self, key: str, /, **fields: Any) -> None:
        self.key = key
        self.fields = fields
        super().__init__(key)

    def message(self, language: str = "sv") -> str:
        from xlfollow.core.texts import localised

        return localised(self.key, language, **self.fields)

    def __str__(self) -> str:
        return self.message("sv")


class InputError(XlfollowError, ValueError):
    """The workbook or settings cannot be used as they are (exit code 2)."""


class WorkbookError(XlfollowError, OSError):
    """The file cannot be read or written (locked, missing, no permission)."""


_OS_REASONS = {
    "EACCES": "detail.os.permission",
    "EPERM": "detail.os.permission",
    "ENOENT": "detail.os.not-found",
    "EISDIR": "detail.os.is-folder",
    "ENOTDIR": "detail.os.not-folder",
    "EROFS": "detail.os.read-only",
    "ENOSPC": "detail.os.disk-full",
    "EDQUOT": "detail.os.disk-full",
    "EBUSY": "detail.os.busy",
    "ETXTBSY": "detail.os.busy",
    "ENAMETOOLONG": "detail.os.name-too-long",
}


def os_reason(exc: OSError) -> Any:
    """What an operating-system error means, as a phrase in the user's language (never the
    English text the system gives)."""
    import errno

    from xlfollow.core.texts import Phrase

    name = errno.errorcode.get(exc.errno or 0, "")
    if getattr(exc, "winerror", None) in (32, 33):  # sharing or lock violation: open in Excel
        return Phrase("detail.os.busy")
    key = _OS_REASONS.get(name)
    return Phrase(key) if key else Phrase("detail.os.other", code=name or exc.errno or "?")
