"""LibreOffice Basic, in VBA mode, compiles the VBA of the workbook: a syntax error is caught before Excel."""

from __future__ import annotations

from pathlib import Path

import pyopenvba
import pytest
from basic_check import EXCEL_ONLY, SOFFICE, basic_syntax_errors, uno_python

WORKBOOK = Path(__file__).parent.parent / "workbook"
DISPATCHER = (WORKBOOK / "xlfollow.bas").read_text(encoding="utf-8").splitlines()

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed"),
]


@pytest.fixture(autouse=True)
def _uno() -> None:
    if uno_python() is None:
        pytest.skip("no Python with LibreOffice's uno module (Debian: apt-get install python3-uno)")


def test_the_dispatcher_compiles() -> None:
    assert basic_syntax_errors({"xlfollow": "\n".join(DISPATCHER)}) == []


def test_a_broken_dispatcher_is_caught_at_its_line() -> None:
    end = DISPATCHER.index("End Sub")
    call = next(n for n, line in enumerate(DISPATCHER) if line.lstrip().startswith("RunPython"))
    unclosed = DISPATCHER[call].rstrip('"')  # the string literal that ends the line loses its quote
    broken = {  # name: (lines, the 1-based line LibreOffice must name)
        "no_end_sub": ([*DISPATCHER[:end], "", "Public Sub Other()", "End Sub"], end + 2),
        "open_if": ([*DISPATCHER[:call], '    If knapp = "" Then', *DISPATCHER[call:]], end + 2),
        "open_string": ([*DISPATCHER[:call], unclosed, *DISPATCHER[call + 1 :]], call + 1),
    }
    errors = basic_syntax_errors({name: "\n".join(lines) for name, (lines, _) in broken.items()})
    assert len(errors) == 3, errors
    for (name, (_, line)), error in zip(broken.items(), errors, strict=True):
        assert error.startswith(f"{name}: line {line}: "), error


def test_every_module_of_the_workbook_compiles() -> None:
    with pyopenvba.ExcelFile(WORKBOOK / "xlfollow.xlsm") as book:
        modules = {name: book.get_module(name) for name in book.module_names()}
    assert "xlwings" in modules
    assert basic_syntax_errors(modules, tolerate=EXCEL_ONLY) == []


def test_every_module_of_the_add_in_compiles() -> None:
    with pyopenvba.ExcelFile(WORKBOOK / "xlfollow.xlam") as book:
        modules = {name: book.get_module(name) for name in book.module_names()}
    assert "xlfollowKnapp(control As IRibbonControl)" in modules["RibbonMyAddin"]
    assert basic_syntax_errors(modules, tolerate=EXCEL_ONLY) == []
