"""The header scan's fast paths (issue 19's bench: the scan asks every row of every unit of a
consolidation) give what their plain definitions give. Each test holds a shortcut to the sentence
its docstring says; the found examples stay as explicit cases. And the package's memo of a part's
relationships and of the worksheets is forgotten with every change to the parts."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from xlfollow.core import forms, labels, layout
from xlfollow.core.settings import Settings
from xlfollow.core.status import Status
from xlfollow.core.values import CellError
from xlfollow.core.words import ANSWERS, YES_NO_WORDS
from xlfollow.ooxml.package import Package

TEXTS = st.text(alphabet=st.sampled_from(list("aÅö Y1½Ⅷ.-–\n2")), max_size=8)
WORDS = st.sampled_from(
    ["Ja", "Nej", "Y", "N", "NA", "-", "Grön", "Röd", "abc", "ab", "Status", "Mål", "2019", "x y", " ", ""]
)
CELLS = st.one_of(st.none(), TEXTS, WORDS, st.integers(-5, 2030), st.sampled_from([2019.0, 3.5, True]))
ROWS = st.lists(CELLS, max_size=8)


def _written(value: Any) -> bool:  # the plain definition
    return isinstance(value, str) and sum(map(str.isalpha, value)) >= 3


@settings(max_examples=400, deadline=None)
@given(CELLS)
def test_a_written_text_has_three_letters(value: Any) -> None:
    assert layout._written(value) is _written(value)


def test_a_written_text_found_examples() -> None:
    # the first fast path read "Y" and "Ja" as written: their first three characters are letters
    assert [layout._written(v) for v in ("Y", "Ja", "NA", "abc", "a1b2c", "½Ⅷa", "1. Fra")] == [
        False,
        False,
        False,
        True,
        True,
        False,
        True,
    ]


def _two_words(text: str) -> bool:  # a word: a token with a letter and no digit
    words = [t for t in text.split() if any(map(str.isalpha, t)) and not any(map(str.isdigit, t))]
    return len(words) > 1


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(TEXTS, WORDS), max_size=5).map(" ".join))
def test_two_words_are_two_tokens_with_a_letter_and_no_digit(text: str) -> None:
    assert layout._two_words(text) is _two_words(text)


def _yes_and_no(values: list[Any]) -> bool:
    marks = {" ".join(v.split()).casefold() for v in values if isinstance(v, str) and v.strip()}
    figures = sum(isinstance(v, int | float) for v in values)
    return (
        marks <= YES_NO_WORDS
        and bool(marks & set(ANSWERS["green"]))
        and bool(marks & set(ANSWERS["red"]))
        and figures <= max(1, len(values) // 10)
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(CELLS, max_size=12))
def test_yes_and_no_given_up_at_the_first_other_text(values: list[Any]) -> None:
    assert layout._yes_and_no(values) is _yes_and_no(values)


def _label_columns(rows: list[list[Any]]) -> list[int]:
    counted: Counter[int] = Counter()
    for row in rows[: forms.SCAN_ROWS]:
        filled = [i for i, v in enumerate(row, start=1) if v not in (None, "")]
        if filled and filled[0] <= 3 and filled[-1] - filled[0] <= 1 and isinstance(row[filled[0] - 1], str):
            counted[filled[0]] += 1
    return [col for col in (1, 2, 3) if counted[col] >= 2]


@settings(max_examples=400, deadline=None)
@given(st.lists(ROWS, max_size=10))
def test_label_columns_are_where_a_text_stands_alone_or_with_one_value(rows: list[list[Any]]) -> None:
    assert labels.label_columns(rows) == _label_columns(rows)


def _header_cells(row: list[Any]) -> list[Any]:
    from xlfollow.core.numbers import is_year

    return [str(int(v)) if v.__class__ in (int, float) and is_year(v) else v for v in row]


@settings(max_examples=300, deadline=None)
@given(ROWS)
def test_header_cells_read_a_year_typed_as_a_number_as_its_text(row: list[Any]) -> None:
    assert layout.header_cells(row) == _header_cells(row)
    assert layout.header_cells(row) is not row  # a copy: the scan may change it


def _is_data_header(columns: dict[str, int], given: dict[str, str]) -> bool:
    have = set(columns) | {f for f, spec in given.items() if layout.is_col_letters(spec)}
    return {"item", "status"} <= have


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["item", "status", "goal", "comment"]), st.integers(1, 9), max_size=3),
    st.dictionaries(st.sampled_from(["item", "status"]), st.sampled_from(["C", "Läge", "AB"]), max_size=2),
)
def test_a_data_header_names_item_and_status(columns: dict[str, int], given: dict[str, str]) -> None:
    here = Settings(columns=given)
    assert layout._is_data_header(columns, here) is _is_data_header(columns, given)


def _mostly_statuses(values: list[Any], classify: Any) -> bool:  # marks first, then every value
    marked = [
        v for v in values if not (isinstance(v, str) and not _written(v) and classify(v) is Status.MISSING)
    ]
    if (len(marked) < len(values) and len(marked) < 3) or not marked:
        return False
    hits = [v for v in marked if (s := classify(v)) is not None and (s is not Status.MISSING or _written(v))]
    assessed = [v for v in hits if classify(v) is not Status.MISSING]
    # read until the answer is known: the first point where enough are statuses, or too few can be
    needed, seen_hits, seen_assessed, misses = 0.8 * len(marked), 0, 0, 0
    for v in marked:
        if v in hits:
            seen_hits += 1
            seen_assessed += v in assessed
            if seen_hits >= needed and seen_assessed * 2 >= seen_hits:
                return True
        else:
            misses += 1
            if misses > len(marked) - needed:
                return False
    return seen_hits >= needed and seen_assessed * 2 >= seen_hits


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.one_of(WORDS, st.sampled_from(["Gul", "Ej aktuell", "–", "..", "Ingen mätning"])), max_size=12
    )
)
def test_mostly_statuses_leaves_out_the_marks_of_no_assessment(values: list[Any]) -> None:
    classify = Settings().vocabulary().classify
    assert layout._mostly_statuses(values, classify) is _mostly_statuses(values, classify)


def test_mostly_statuses_found_examples() -> None:
    classify = Settings().vocabulary().classify
    # "NA" and "Ja" are two letters: the first fast path read them as written words
    assert layout._mostly_statuses(["NA", "-", "-", "Grön", "Röd"], classify) is _mostly_statuses(
        ["NA", "-", "-", "Grön", "Röd"], classify
    )
    assert layout._written(CellError("#N/A")) is False


_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _rel(kind: str, target: str) -> str:
    return (
        f'<?xml version="1.0"?><Relationships xmlns="{_RELS}">'
        f'<Relationship Id="rId1" Type="{_OFFICE}/{kind}" Target="{target}"/></Relationships>'
    )


def _book(sheet_name: str) -> bytes:
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": _rel("officeDocument", "xl/workbook.xml"),
        "xl/workbook.xml": _workbook(sheet_name),
        "xl/_rels/workbook.xml.rels": _rel("worksheet", "worksheets/sheet1.xml"),
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{_MAIN}"><sheetData/></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return out.getvalue()


def _workbook(sheet_name: str) -> str:
    return (
        f'<?xml version="1.0"?><workbook xmlns="{_MAIN}" xmlns:r="{_OFFICE}"><sheets>'
        f'<sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )


def test_the_packages_memo_is_forgotten_when_a_part_changes() -> None:
    package = Package(_book("Mål"))
    assert package.sheet_parts() == [("Mål", "xl/worksheets/sheet1.xml")]
    package.put("xl/workbook.xml", _workbook("Uppföljning").encode())  # a writer renames the sheet
    assert package.sheet_parts() == [("Uppföljning", "xl/worksheets/sheet1.xml")]
    rels = package.rels(package.workbook)
    rels.clear()  # a caller's copy: the memo keeps its own
    assert [r[2] for r in package.rels(package.workbook)] == ["xl/worksheets/sheet1.xml"]
    package.remove("xl/_rels/workbook.xml.rels")
    assert package.rels(package.workbook) == [] and package.sheet_parts() == []


def test_a_closed_compound_of_any_length_is_found() -> None:
    # the review of 0e8f338: a first version looked closed compounds up only in texts of a header's
    # length, so "Lägesbedömning" and a long period (one word) was no status and the book refused
    period = "Lägesbedömning " + " ".join(["2025-01-01 – 2025-03-31"] * 5)
    assert len(period) > layout.MAX_HEADER_LENGTH
    assert layout._columns_of(["Aktivitet", period]) == {"item": 1, "status": 2}
    assert layout._columns_of(["Aktivitet", "Målbedömning" + " " * 120]) == {"item": 1, "status": 2}
    rows = [["Aktivitet", "Ansvarig", period, "Kommentar"]] + [
        [f"Aktivitet {n}", "KS", status, None] for n, status in enumerate(["Grön", "Gul", "Röd", "Grön"])
    ]
    found = layout.find_layout({"Blad1": rows}, Settings(), "x.xlsx")
    assert (found.header_row, found.columns) == (1, {"item": 1, "committee": 2, "status": 3, "comment": 4})


def test_the_packages_memo_is_forgotten_when_it_is_saved(tmp_path: Any) -> None:
    # the review of 0e8f338: save empties the changed parts without a put; the memo kept what was
    # read from them (now forgotten: the emptied workbook part is read again, and said damaged)
    package = Package(_book("Mål"))
    package.put("xl/workbook.xml", _workbook("Uppföljning").encode())
    assert package.sheet_parts() == [("Uppföljning", "xl/worksheets/sheet1.xml")]
    package.save(tmp_path / "b.xlsx")
    try:
        parts = package.sheet_parts()
    except Exception as exc:  # the emptied part: xlfollow's own error, never a stale answer
        assert type(exc).__name__ == "InputError"
    else:
        raise AssertionError(f"a stale memo after save: {parts}")
