import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlfollow.core.a1 import (
    MAX_COL,
    MAX_ROW,
    cell_ref,
    col_index,
    col_letter,
    parse_cell,
    quote_sheet,
    sheet_cell,
)


@given(st.integers(1, MAX_COL))
def test_column_letters_round_trip(col: int) -> None:
    assert col_index(col_letter(col)) == col


@given(st.integers(1, MAX_ROW), st.integers(1, MAX_COL))
def test_cell_refs_round_trip(row: int, col: int) -> None:
    assert parse_cell(cell_ref(row, col)) == (row, col)
    assert parse_cell("$" + col_letter(col) + "$" + str(row)) == (row, col)


@given(st.integers(1, MAX_COL - 1))
def test_letters_sort_like_columns(col: int) -> None:
    a, b = col_letter(col), col_letter(col + 1)
    assert (len(a), a) < (len(b), b)


def test_known_values() -> None:
    assert [col_letter(c) for c in (1, 26, 27, 52, 703, 16384)] == ["A", "Z", "AA", "AZ", "AAA", "XFD"]
    assert cell_ref(1048576, 16384) == "XFD1048576"


@pytest.mark.parametrize("bad", ["", "A0", "XFE1", "A1048577", "1A", "A-1", "ÅÄ1", "A1:B2"])
def test_bad_references_raise(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_cell(bad)


@given(st.text(min_size=1, max_size=31))
def test_quoted_sheet_names_round_trip(name: str) -> None:
    quoted = quote_sheet(name)
    assert quoted[0] == quoted[-1] == "'"
    assert quoted[1:-1].replace("''", "'") == name
    assert sheet_cell(name, 5, 3).endswith("!C5")
