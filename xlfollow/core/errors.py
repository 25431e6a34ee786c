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
        from xlfollow.core.texts import say

        return say(self.key, language, **self.fields)

    def __str__(self) -> str:
        return self.message("sv")


class InputError(XlfollowError, ValueError):
    """The workbook or settings cannot be used as they are (exit code 2)."""


class WorkbookError(XlfollowError, OSError):
    """The file cannot be read or written (locked, missing, no permission)."""
