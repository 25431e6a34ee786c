"""Microsoft's own validator (the Open XML SDK's OpenXmlValidator, through pythonnet; see
tests/sdk_validator.py) over every kind of file xlfollow writes, from inputs saved by Excel,
LibreOffice (new, and old: no Default for .rels) and openpyxl. An output may keep an error its
input had (a user's file is not ours to repair); it may not add one. openxml-audit
(tests/test_openxml_audit.py) holds the same outputs to the rules it knows; the SDK found two
errors it does not see (issue 21)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from helpers import saved_by_old_libreoffice
from openpyxl import load_workbook

from xlfollow import actions
from xlfollow.adapters.email_copy import export
from xlfollow.consolidate import consolidate
from xlfollow.examples import build_2018_factors
from xlfollow.next_period import next_period
from xlfollow.templates import write_template

from libreoffice import SOFFICE, convert

pytestmark = pytest.mark.slow  # an independent judge or a long check: scripts/test --fast leaves it out

HERE = Path(__file__).parent
EXCEL_SAVED = HERE / "data" / "excel" / "calamine-base.xlsx"  # saved by Excel 16; see tests/data/README.md


def validate(paths: list[Path]) -> dict[str, list[dict]]:
    """The SDK's errors per file, from a process of its own (one .NET runtime, never forked)."""
    done = subprocess.run(
        [sys.executable, str(HERE / "sdk_validator.py"), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    answer = json.loads(done.stdout or "{}")
    if "unavailable" in answer:
        pytest.skip(f"the Open XML SDK validator cannot start here: {answer['unavailable']}")
    assert done.returncode in (0, 1), done.stderr[-2000:]
    return answer


def _key(error: dict) -> tuple[str, str]:
    return error["id"], re.sub(r"\d+", "N", error["part"] or "")  # sheet1/sheet2: the same kind of part


def _rows_as_cells(book: Path) -> bytes:
    """The first sheet's cell data of ``book`` as inline strings and numbers."""
    from xml.sax.saxutils import escape

    sheet = load_workbook(book).worksheets[0]
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            if cell.value is None:
                continue
            if isinstance(cell.value, int | float):
                cells.append(f'<c r="{cell.coordinate}"><v>{cell.value}</v></c>')
            else:
                cells.append(
                    f'<c r="{cell.coordinate}" t="inlineStr"><is><t>{escape(str(cell.value))}</t></is></c>'
                )
        if cells:
            rows.append(f'<row r="{row[0].row}">{"".join(cells)}</row>')
    return ("<sheetData>" + "".join(rows) + "</sheetData>").encode()


def saved_by_excel(target: Path) -> Path:
    """The 2018 success factors in a package Excel wrote: its content types, styles, theme and
    workbook as they were, the rows put into the first sheet's cell data."""
    rows = _rows_as_cells(build_2018_factors(target.with_name("openpyxl-source.xlsx")))
    with zipfile.ZipFile(EXCEL_SAVED) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    sheet = re.sub(rb"<sheetData>.*</sheetData>", rows, sheet, flags=re.S)
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb'<dimension ref="[^"]*"/>', b"", sheet)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return target


def saved_by_libreoffice(target: Path) -> Path:
    """The 2018 success factors saved by this machine's LibreOffice."""
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed")
    source = build_2018_factors(target.with_name("openpyxl-for-lo.xlsx"))
    return Path(shutil.copy(convert(source, "xlsx", target.parent), target))


def outputs_of(book: Path, folder: Path) -> list[Path]:
    """Each kind of workbook xlfollow writes from ``book``."""
    folder.mkdir()
    out = [actions.run(book, folder / f"{book.stem}-klar{book.suffix}").written]
    in_place = Path(shutil.copy(book, folder / f"{book.stem}-paplats{book.suffix}"))
    actions.run(in_place, in_place=True)
    out.append(in_place)
    out.append(next_period(book, folder / f"{book.stem}-augusti{book.suffix}", "augusti 2018").written)
    out.append(export(book, folder / f"{book.stem}-epost.xlsx"))
    return [p for p in out if p is not None]


def test_microsofts_validator_finds_no_new_error_in_any_kind_of_output(tmp_path: Path) -> None:
    inputs = {
        "openpyxl": build_2018_factors(tmp_path / "openpyxl.xlsx"),
        "excel": saved_by_excel(tmp_path / "excel.xlsx"),
        "libreoffice-old": saved_by_old_libreoffice(tmp_path / "lo6.xlsx"),
        "libreoffice": saved_by_libreoffice(tmp_path / "lo.xlsx"),
    }
    for name, book in inputs.items():  # each input reads as the report it is
        assert len(actions.check(book).report.items) == 41, name
    made: dict[Path, Path | None] = {}  # output -> its input (None: written from nothing)
    for name, book in inputs.items():
        for output in outputs_of(book, tmp_path / f"out-{name}"):
            made[output] = book
    # the shipped macro workbook with statuses, the templates, a region book, a report
    macro = Path(shutil.copy(HERE.parent / "workbook" / "xlfollow.xlsm", tmp_path / "makro.xlsm"))
    wb = load_workbook(macro, keep_vba=True)
    sheet = wb["Framgångsfaktorer"]
    for row in range(2, 8):
        sheet.cell(row=row, column=1).value = "Hållbar tillväxt"
        sheet.cell(row=row, column=4).value = f"{row - 1}. Framgångsfaktor {row - 1}"
        sheet.cell(row=row, column=7).value = ("grön", "gul", "röd")[row % 3]
    wb.save(macro)
    made[actions.run(macro).written] = macro  # type: ignore[index]
    for kind in ("framgangsfaktorer", "resultatmal", "aktiva-mal", "handlingsplaner"):
        made[write_template(kind, tmp_path / f"mall-{kind}.xlsx")] = None
    region = tmp_path / "region.xlsx"
    consolidate([inputs["openpyxl"], inputs["excel"]], region)
    made[region] = None
    made[actions.write_report(inputs["excel"], tmp_path / "rapport.docx").document] = None
    for name in ("openpyxl", "excel"):  # a send round: each unit's workbook, and the answers collected
        sent = actions.send(inputs[name], tmp_path / f"utskick-{name}")
        units = [workbook for _, workbook, _ in sent.files]
        assert len(units) >= 2
        made.update(dict.fromkeys(units, inputs[name]))
        collected = actions.collect(inputs[name], units, tmp_path / f"samlad-{name}.xlsx").written
        made[collected] = inputs[name]  # type: ignore[index]

    found = validate(sorted({*made, *(b for b in made.values() if b)}))
    new: dict[str, list[tuple[str, str, str]]] = {}
    for output, source in made.items():
        had = Counter(_key(e) for e in found[str(source)]) if source else Counter()
        for error in found[str(output)]:
            if had[_key(error)]:
                had[_key(error)] -= 1
                continue
            new.setdefault(output.name, []).append((error["id"], error["part"], error["description"][:160]))
    assert len(made) >= 30, len(made)
    assert new == {}
