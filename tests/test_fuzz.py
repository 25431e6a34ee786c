"""Fuzzing the reader: mutated workbooks give values or xlfollow's own input error, nothing else."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from xlfollow.actions import report_from_values, settings_for
from xlfollow.adapters.file_reader import read_values
from xlfollow.core.errors import InputError

import corpus

SHEET = corpus.sheet_xml(
    [list(corpus.HEADER), ["1. a", "grön", "x"], ["2. b", "röd", None], ["3. c", "↑", "y"]]
)


def _write(tmp: Path, data: bytes) -> Path:
    path = tmp / "fuzz.xlsx"
    path.write_bytes(data)
    return path


def _check(path: Path) -> None:
    try:
        book = read_values(path)
        report_from_values(book, settings_for(book))
    except InputError as exc:
        assert exc.message("sv") and exc.message("en")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(st.integers(0, len(SHEET) - 1), st.sampled_from(list('<>"/=&;#x0129AZr c\x00é'))),
        min_size=1,
        max_size=8,
    )
)
def test_mutated_sheet_xml(tmp_path: Path, edits: list[tuple[int, str]]) -> None:
    text = list(SHEET)
    for position, char in edits:
        text[position] = char
    _check(_write(tmp_path, corpus.book([("Data", "".join(text))])))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(corpus.GOOD) - 1), st.integers(0, 255)), min_size=1, max_size=6))
@example(edits=[(1752, 0)])  # found: zipfile's IndexError on a broken central directory
@example(edits=[(4, 63)])  # a local header asking for zip version 6.3: NotImplementedError
def test_mutated_zip_bytes(tmp_path: Path, edits: list[tuple[int, int]]) -> None:
    data = bytearray(corpus.GOOD)
    for position, value in edits:
        data[position] = value
    _check(_write(tmp_path, bytes(data)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "[Content_Types].xml",
                "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml",
                "xl/styles.xml",
                "_rels/.rels",
            ]
        ),
        st.binary(max_size=200),
        max_size=3,
    )
)
def test_replaced_parts(tmp_path: Path, replaced: dict[str, bytes]) -> None:
    source = zipfile.ZipFile(io.BytesIO(corpus.GOOD))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name in source.namelist():
            out.writestr(name, replaced.get(name, source.read(name)))
    _check(_write(tmp_path, buffer.getvalue()))
