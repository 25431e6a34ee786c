"""Regular expressions compiled when first used (issue 13): a command that never takes a rare
path (odd cell shapes, error cells, targets, headings) does not pay for compiling its patterns
when the module is imported. Each use of a lazy pattern costs one attribute lookup more, so the
patterns used for every row stay compiled at import."""

from __future__ import annotations

import re
from typing import Any, cast, overload


class _LazyPattern:
    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:  # search, match, findall, sub, pattern, ...
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._args)
        return getattr(compiled, name)


@overload
def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]: ...
@overload
def lazy(pattern: bytes, flags: int = 0) -> re.Pattern[bytes]: ...
def lazy(pattern: str | bytes, flags: int = 0) -> re.Pattern[Any]:
    """A pattern that behaves as ``re.compile(pattern, flags)`` and is compiled on first use."""
    return cast(re.Pattern[Any], _LazyPattern(pattern, flags))
