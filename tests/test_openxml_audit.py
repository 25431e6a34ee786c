"""Microsoft's Open XML rules (openxml-audit, a pure-Python port of the Open XML SDK's validator
and Excel's repair behaviour) on every kind of file xlfollow writes: run output, templates, the
macro workbook, the e-mail copy and the region workbook. Zero errors beyond what the input
already carried.

Allowlist (documented in the README): the validator's *warnings* are not counted. The only one
xlfollow's files give is "inline-string cells without a shared-strings part": Excel moves such
strings into a shared-strings table the next time it saves, silently, with no repair prompt.
The demo inputs are made by openpyxl, whose fonts break the schema order; those errors are the
input's and are allowed in the output that copies the input's styles."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from helpers import audit_errors, new_audit_errors, number_rules_book

from xlfollow import actions
from xlfollow.adapters.email_copy import export
from xlfollow.consolidate import consolidate

import fidelity

pytestmark = pytest.mark.slow  # an independent judge or a long check: scripts/test --fast leaves it out

ROOT = Path(__file__).resolve().parent.parent
AUDIT = shutil.which("openxml-audit") or str(Path(sys.executable).parent / "openxml-audit")


def test_the_validator_sees_errors(tmp_path: Path) -> None:
    """The judge itself: a styles part with a font in the wrong order is an error to it."""
    source = tmp_path / "openpyxl.xlsx"
    from openpyxl import Workbook

    Workbook().save(source)
    assert any("styles.xml" in part for part, _ in audit_errors(source))


@pytest.mark.parametrize(
    "name", ["rs2017-framgangsfaktorer.xlsx", "rs2018-framgangsfaktorer.xlsx", "rs2018-aktiva-mal.xlsx"]
)
def test_run_output_of_the_demo_books(example, name: str) -> None:
    source = example(name)
    output = actions.run(source).written
    assert output is not None
    assert not new_audit_errors(output, source)


@pytest.mark.parametrize(
    "stem",
    [
        "05_hart-kpi-tiles-2014q2",  # a table kept by colour
        "21_vargarda-maluppfoljning-2023",  # one-row tables
        "26_maidstone-performance-q1-2020-21",  # a header of two rows over coloured status cells
        "29_gavleborg-politiska-uppdrag-2024",  # no header row
        "116_us-ogp-nap2-final-self-assessment-completion-level-2016",  # marks under a scale's steps
    ],
)
def test_run_output_of_published_layouts(stem: str, tmp_path: Path) -> None:
    source = shutil.copy(ROOT / "tests" / "data" / "layouts" / f"{stem}.xlsx", tmp_path / f"{stem}.xlsx")
    output = actions.run(Path(source)).written
    assert output is not None
    assert not new_audit_errors(output, Path(source))


@pytest.mark.parametrize("macro", [False, True], ids=["xlsx", "xlsm"])
def test_run_output_of_a_workbook_with_every_feature(tmp_path: Path, macro: bool) -> None:
    source = fidelity.build(tmp_path / ("book.xlsm" if macro else "book.xlsx"), macro=macro)
    output = actions.run(source).written
    assert output is not None
    assert not new_audit_errors(output, source)


@pytest.mark.parametrize("template", sorted((ROOT / "templates").glob("*.xlsx")), ids=lambda p: p.stem)
def test_templates(template: Path) -> None:
    assert not audit_errors(template)


def test_the_macro_workbook_and_its_email_copy(tmp_path: Path) -> None:
    book = tmp_path / "xlfollow.xlsm"
    shutil.copy(ROOT / "workbook" / "xlfollow.xlsm", book)
    assert not audit_errors(book)
    actions.run(book, in_place=True)
    assert not audit_errors(book)
    copy = export(book, tmp_path / "xlfollow-epost.xlsx")
    assert not audit_errors(copy)


def test_the_region_workbook(example, tmp_path: Path) -> None:
    units = tmp_path / "enheter"
    units.mkdir()
    for n in range(3):
        shutil.copy(example("rs2018-framgangsfaktorer.xlsx"), units / f"enhet{n}.xlsx")
    output = tmp_path / "region.xlsx"
    consolidate([units], output)
    assert not audit_errors(output)


def test_a_units_workbook_carrying_the_masters_conditional_formats(tmp_path: Path) -> None:
    """The master's rules over a status written as a number, carried into each unit's workbook
    (relative references moved with the rows) and kept by run: Microsoft's rules hold (beyond what
    the master breaks already: openpyxl writes a colour into its differential formats' fills that
    the schema does not place there, and the unit's workbook has the master's styles)."""
    from openpyxl import load_workbook

    for rules in ("cellis", "formulas"):
        master = number_rules_book(tmp_path / f"{rules}.xlsx", rules)
        written = actions.run(master, tmp_path / f"{rules}-klar.xlsx").written
        assert written is not None and not new_audit_errors(written, master)
        for unit, workbook, _ in actions.send(master, tmp_path / f"{rules}-ut").files:
            assert audit_errors(workbook) <= audit_errors(master), unit  # openpyxl's dxf, carried as it is
            sheet = load_workbook(workbook).worksheets[0]
            carried = [rule.formula for block in sheet.conditional_formatting for rule in block.rules]
            assert carried if rules == "cellis" else not carried  # rules against $H$3 stay behind
