"""core/lazy.py: a lazy pattern behaves as the compiled one and is compiled on first use only."""

from __future__ import annotations

import re

from xlfollow.core.lazy import lazy


def test_a_lazy_pattern_is_the_compiled_pattern() -> None:
    words = lazy(r"\b(grön|gul|röd)\b", re.IGNORECASE)
    assert words._compiled is None  # type: ignore[attr-defined]  # nothing compiled at definition
    assert words.findall("Grön, gul och RÖD") == ["Grön", "gul", "RÖD"]
    assert words._compiled is not None  # type: ignore[attr-defined]
    assert words.sub("x", "gul bil") == "x bil"
    assert words.pattern == r"\b(grön|gul|röd)\b" and words.flags & re.IGNORECASE
    cells = lazy(rb'<c r="([A-Z]+)(\d+)"')
    assert [m.groups() for m in cells.finditer(b'<c r="F4"/><c r="AB12">')] == [(b"F", b"4"), (b"AB", b"12")]
    assert cells.search(b"<row>") is None


def test_modules_compile_their_rare_patterns_only_when_used() -> None:
    """The patterns of rare paths (error cells, odd cell shapes) are not compiled by importing."""
    import subprocess
    import sys

    code = (
        "import re, sys; from xlfollow.adapters import file_reader; from xlfollow.ooxml import sheetbytes; "
        "print(file_reader._ERROR_CELL._compiled is None, sheetbytes._TAG._compiled is None)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]
