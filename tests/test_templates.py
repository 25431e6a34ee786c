"""The committed templates are exactly what the code generates (contents, not zip bytes), and each
has what a template promises."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from xlfollow.core.settings import KINDS
from xlfollow.templates import write_template

ROOT = Path(__file__).parent.parent / "templates"


def describe(path: Path) -> dict[str, Any]:
    wb = load_workbook(path)
    out: dict[str, Any] = {"sheets": wb.sheetnames, "active": wb.active.title}
    for ws in wb.worksheets:
        out[ws.title] = {
            "cells": [[c.value for c in row] for row in ws.iter_rows()],
            "fonts": [
                [(c.font.b, c.font.sz, c.font.color.rgb if c.font.color else None) for c in row]
                for row in ws.iter_rows(max_row=3)
            ],
            "fills": [[c.fill.fgColor.rgb for c in row] for row in ws.iter_rows()],
            "widths": {k: v.width for k, v in ws.column_dimensions.items()},
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "tables": dict(ws.tables.items()),
            "validations": [(str(v.sqref), v.type, v.formula1) for v in ws.data_validations.dataValidation],
            "conditional": sorted(
                (
                    str(rng.sqref),
                    r.type,
                    tuple(r.formula),
                    r.dxf.fill.bgColor.rgb,
                    r.dxf.numFmt.formatCode if r.dxf.numFmt else None,
                )
                for rng in ws.conditional_formatting
                for r in rng.rules
            ),
            "freeze": ws.freeze_panes,
            "print_titles": ws.print_title_rows,
            "page": (ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth),
            "footer": (ws.oddFooter.left.text, ws.oddFooter.right.text),
        }
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_committed_template_matches_the_code(kind: str, tmp_path: Path) -> None:
    fresh = write_template(kind, tmp_path / f"{kind}.xlsx")
    assert describe(ROOT / f"{kind}.xlsx") == describe(fresh), (
        "templates/ is out of date: run `python -m xlfollow.templates templates`"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_template_has_what_it_promises(kind: str) -> None:
    info = describe(ROOT / f"{kind}.xlsx")
    assert info["sheets"][0] == "Instruktioner" and info["sheets"][-1] == "xlfollow"
    data = info[info["sheets"][1]]
    assert info["active"] == info["sheets"][1]
    assert data["tables"] and data["freeze"] == "A2" and data["print_titles"] == "$1:$1"
    assert data["page"] == ("landscape", 9, 1)
    assert data["validations"][0][1:] == ("list", '"grön,gul,röd,ej aktuell"')
    symbols = {c[4] for c in data["conditional"]}
    assert symbols == {
        'General;-General;General;"● "@',
        'General;-General;General;"◆ "@',
        'General;-General;General;"▲ "@',
        'General;-General;General;"– "@',
    }
    settings = info["xlfollow"]["cells"]
    assert settings[0][:2] == ["Inställning", "Värde"] and ["kind", kind] == settings[1][:2]


def test_the_words_people_type_keep_their_live_colour() -> None:
    """A new word family must not push the common words out of a template's colouring rules
    (the second review: "utgår", "withdrawn" and "on hold" were lost to the first 25)."""
    from xlfollow.core.status import Vocabulary
    from xlfollow.templates import _cf_formula

    vocabulary = Vocabulary()
    for word in (
        "grön",
        "gul",
        "röd",
        "ej aktuell",
        "utgår",
        "utgått",
        "withdrawn",
        "on hold",
        "delvis uppfyllt",
    ):
        status = vocabulary.classify(word)
        assert status is not None and f'"{word}"' in _cf_formula("G2", status), word
