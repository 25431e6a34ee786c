"""Shared fixtures. The example workbooks are built once per test session from the real reports
bundled in the package (see xlfollow/examples.py)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

from xlfollow import examples

# The suite must not flake: hypothesis runs the same examples every time (the examples it found
# are kept as explicit cases beside the tests).
hypothesis_settings.register_profile("xlfollow", derandomize=True, print_blob=True)
hypothesis_settings.load_profile("xlfollow")

EXAMPLES = list(examples.EXAMPLES)


@pytest.fixture(scope="session")
def example_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("examples")
    examples.build_all(folder)
    return folder


@pytest.fixture
def example(example_dir: Path, tmp_path: Path) -> Callable[[str], Path]:
    """A fresh copy of one example workbook in this test's own folder."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copy(example_dir / name, target)
        return target

    return copy


@pytest.fixture
def make_book(tmp_path: Path) -> Callable[..., Path]:
    """A workbook from rows: ``make_book([["Framgångsfaktor", "Läge"], ["1. x", "grön"]])``."""

    def build(
        rows: Iterable[Iterable[Any]],
        name: str = "book.xlsx",
        sheet: str = "Data",
        settings: Iterable[Iterable[Any]] | None = None,
    ) -> Path:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = sheet
        for row in rows:
            ws.append(list(row))
        for line in ws.iter_rows():
            for cell in line:  # text as the user typed it, never a formula (openpyxl would make one)
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        if settings is not None:
            extra = wb.create_sheet("xlfollow")
            for row in settings:
                extra.append(list(row))
        path = tmp_path / name
        wb.save(path)
        return path

    return build


def flatten(issues: Iterable[Any], *fields: str) -> list[list[Any]]:
    """Readable assertions, as in frictionless: ``[[row, cell, code], ...]``."""
    return [[getattr(issue, f) for f in fields] for issue in issues]
