from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xlfollow.core.numbers import parse_number


@pytest.mark.parametrize(
    "text,value",
    [
        ("5,8 %", 5.8),
        ("90%", 90.0),
        ("12,4 dagar", 12.4),
        ("Minus 2,5%", -2.5),
        ("-3", -3.0),
        ("− 2,5", -2.5),
        ("1 250 mkr", 1250.0),
        ("12\u00a0345,5", 12345.5),
        ("April 82%", 82.0),
        ("6,2% jan-april", 6.2),
        ("90% inom 30 dagar", 90.0),
        ("5.8", 5.8),
        ("Mål 5 2018", 5.0),
        ("1.234,5", 1234.5),  # issue 9: read as 1.234 before
        ("1,234.5", 1234.5),
        ("1.234.567", 1234567.0),
        ("-1.234,5 kr", -1234.5),
        (7, 7.0),
        (0.5, 0.5),
    ],
)
def test_swedish_forms(text: object, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "bad", ["1 23", "Genomförd aktivitet", "", "–", "ej mätt", True, date(2020, 1, 1), None]
)
def test_not_numbers(bad: object) -> None:
    assert parse_number(bad) is None


@given(
    st.decimals(min_value=-(10**6), max_value=10**6, places=2),
    st.sampled_from(["", " %", "%", " dagar", " mkr"]),
)
def test_swedish_decimal_comma_round_trip(number, unit) -> None:
    text = f"{number:.2f}".replace(".", ",") + unit
    assert parse_number(text) == pytest.approx(float(number))


@given(st.text(max_size=40))
def test_never_raises(text: str) -> None:
    result = parse_number(text)
    assert result is None or isinstance(result, float)
