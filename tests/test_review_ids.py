"""The review of 48e475c (issue 19: id columns, NA answers, service standards, the cached header
scan), one test per finding, each reproduced from the reviewer's workbooks and failing without its
fix."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import rows_book

from xlfollow import actions
from xlfollow.core.layout import match_header
from xlfollow.core.status import Status

G, Y, R, NA = Status.GREEN, Status.YELLOW, Status.RED, Status.NOT_APPLICABLE


def _check(path: Path, rows: list[Any]) -> Any:
    return actions.check(rows_book(path, rows, "Mål"))


@pytest.mark.parametrize(
    "header",
    [
        ["Goal", "Target", "Goal met (Yes/No)", "Comment"],
        ["Goal", "Target", "Goal achieved? Yes/No", "Comment"],
        ["Indicator", "Target", "Indicator met Yes/No", "Comment"],
        ["Objective", "Action", "Action completed? Yes/No", "Comment"],
    ],
)
def test_a_question_answered_yes_or_no_is_never_an_id(tmp_path: Path, header: list[str]) -> None:
    """Finding 1: "no" is an id word, so "Goal met (Yes/No)" was a goal's id: the status column was
    lost and the book refused."""
    rows = [header, ["More jobs", "500", "Yes", "a"]]
    rows += [["Fewer evictions", "20", "No", "late"], ["Better schools", "3", "Yes", "x"]]
    result = _check(tmp_path / "b.xlsx", rows)
    assert result.report.layout.columns["status"] == 3 and "id" not in result.report.layout.columns
    assert [i.status for i in result.report.items] == [G, R, G]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Bedömning servicegaranti", "status"),
        ("Status servicegaranti", "status"),
        ("Kommentar servicegaranti", "comment"),
        ("Service standard target", "target"),
        ("Service standard result", "outcome"),
        ("Servicegaranti", "item"),
        ("service_standard_en", "item"),
    ],
)
def test_a_service_standard_names_the_item_only_where_the_header_names_nothing_else(
    header: str, field: str
) -> None:
    """Finding 2: "servicegaranti" and "service standard", the longest phrases, won over the
    status's, the comment's, the target's and the outcome's words."""
    assert match_header(header) == field


@pytest.mark.parametrize("header", ["Åtgärd nr", "Mål nr", "Action No."])
def test_a_numbered_column_alone_naming_what_is_followed_up_is_the_item(tmp_path: Path, header: str) -> None:
    """Finding 3: "Åtgärd nr | Status" over "1. Fler i arbete" was refused (no item column)."""
    rows = [[header, "Status", "Kommentar"], ["1. Fler i arbete", "grön", "ok"]]
    rows += [["2. Färre vräkningar", "röd", "sent"], ["3. Kortare väntetider", "gul", None]]
    report = _check(tmp_path / "b.xlsx", rows).report
    assert [(i.text, i.status) for i in report.items] == [
        ("1. Fler i arbete", G),
        ("2. Färre vräkningar", R),
        ("3. Kortare väntetider", Y),
    ]


@pytest.mark.parametrize(
    ("header", "ids"),
    [
        (["Goal ID", "Goal", "Indicator", "Status"], [None, None, None]),
        (["Perspektiv nr", "Perspektiv", "Mål", "Läge"], [None, None, None]),
        (["Mål nr", "Mål", "Indikator nr", "Indikator", "Läge"], ["I1", "I2", "I3"]),
    ],
)
def test_another_fields_number_is_no_items_id_when_the_values_named_the_item(
    tmp_path: Path, header: list[str], ids: list[str | None]
) -> None:
    """Finding 4: where the item was named by the values (an indicator, a goal), the goal's or
    the perspective's number stayed the items' id: duplicate-id on every second row."""
    first = ["G1", "Fler i arbete"]
    rows: list[Any] = [header]
    for n, (upper, text, status) in enumerate(
        [
            (first, "Andel i arbete", "green"),
            (first, "Sommarjobb", "red"),
            (["G2", "Färre"], "Vräkningar", "green"),
        ],
        start=1,
    ):
        rows.append([*upper, f"I{n}", text, status] if len(header) == 5 else [*upper, text, status])
    result = _check(tmp_path / "b.xlsx", rows)
    assert [i.id for i in result.report.items] == ids
    assert not [i for i in result.report.issues if i.code == "duplicate-id"]


def test_actions_numbered_from_one_under_each_goal_are_no_duplicates(tmp_path: Path) -> None:
    """Finding 5: "Mål | Åtgärd nr | Åtgärd | Status", the actions of each goal numbered from 1:
    duplicate-id errors, and `run` exited 1. An id twice within one goal is still said."""
    rows = [["Mål", "Åtgärd nr", "Åtgärd", "Status"], ["Fler i arbete", "1", "Sommarjobb", "grön"]]
    rows += [["Fler i arbete", "2", "Praktik", "röd"], ["Färre vräkningar", "1", "Rådgivning", "gul"]]
    rows += [["Färre vräkningar", "2", "Hembesök", "grön"]]
    result = _check(tmp_path / "b.xlsx", rows)
    assert not [i for i in result.report.issues if i.code == "duplicate-id"]
    rows[4][1] = "1"
    result = _check(tmp_path / "c.xlsx", rows)
    assert [(i.code, i.cell) for i in result.report.issues if i.code == "duplicate-id"] == [
        ("duplicate-id", "B5")
    ]


def test_a_question_answered_mostly_na_never_takes_the_status_from_a_rag_column(tmp_path: Path) -> None:
    """Finding 6: "Target met" over one Yes and four N/A beside "Q2 2025" over green, red and amber
    became the status (four not applicable); the RAG column is the status."""
    rows = [["Objective", "Target met", "Q2 2025", "Comment"], ["More jobs", "Yes", "green", "a"]]
    rows += [["Fewer evictions", "N/A", "red", "b"], ["Better school", "N/A", "amber", "c"]]
    rows += [["Budget", "N/A", "amber", "d"], ["Climate", "N/A", "red", "e"]]
    report = _check(tmp_path / "b.xlsx", rows).report
    assert report.layout.columns["status"] == 3
    assert [i.status for i in report.items] == [G, R, Y, Y, R]


@pytest.mark.parametrize(
    "header",
    [
        "Lägesbedömning 2025-01-01 – 2025-03-31, 2025-04-01 – 2025-06-30",
        "Projektstatus 2025-03-31 / 2025-06-30 / 2025-09-30 / 2025-12-31",
    ],
)
def test_a_closed_compound_with_long_periods_after_it_names_the_status(header: str) -> None:
    """Finding 7: the 60-character cap on a closed compound dropped headers whose periods made them
    long."""
    assert match_header(header) == "status"


def test_the_bench_asks_each_python_for_its_own_install_not_a_prefix(tmp_path: Path) -> None:
    """Finding 8: the checkout's venv ``…/venv`` passed as the install of ``…/venv-0123…``
    (a prefix of the path)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        import against
    finally:
        sys.path.pop(0)
    fake = tmp_path / "venv" / "bin" / "python"
    other = tmp_path / "venv-0123456789ab" / "lib" / "xlfollow" / "__init__.py"
    with pytest.raises(SystemExit):
        against.owned_by(fake, str(other))
    against.owned_by(fake, str(tmp_path / "venv" / "lib" / "xlfollow" / "__init__.py"))
