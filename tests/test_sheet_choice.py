"""Which sheet and columns are the follow-up (issue 9): a hidden sheet never wins over a visible
one, "Ansvarig" full of person names is no committee column, files that are not follow-ups are
refused before anything is written, error values in the status column are unknown."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from xlfollow.actions import check
from xlfollow.cli import main
from xlfollow.core.errors import InputError
from xlfollow.core.normalise import split_committees

import corpus

KNOWN = ("RS", "RUN", "HSN", "VVN")


def _book(path: Path, sheets: list[tuple[str, list[list[object]], str]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows, state in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        ws.sheet_state = state
    wb.save(path)
    return path


def test_a_hidden_sheet_never_wins_over_a_visible_one(tmp_path: Path) -> None:
    hidden = [
        ["Nr", "Framgångsfaktor", "Nämnd", "Mått", "Läge", "Kommentar"],
        [1, "1. Gammal", "RS", "x", "röd", "y"],
    ]
    visible = [["Framgångsfaktor", "Läge"], ["1. Ny", "grön"], ["2. Också ny", "gul"]]
    path = _book(
        tmp_path / "b.xlsx", [("Gammal 2016", hidden, "hidden"), ("Uppföljning", visible, "visible")]
    )
    report = check(path).report
    assert report.layout.sheet == "Uppföljning"
    assert [i.text for i in report.items] == ["1. Ny", "2. Också ny"]


def test_a_hidden_sheet_is_read_when_it_is_the_only_follow_up(tmp_path: Path) -> None:
    rows = [["Framgångsfaktor", "Läge"], ["1. Enda", "grön"]]
    path = _book(tmp_path / "b.xlsx", [("Start", [["Välkommen"]], "visible"), ("Data", rows, "hidden")])
    assert check(path).report.layout.sheet == "Data"


def test_ansvarig_with_person_names_is_not_the_committee(tmp_path: Path) -> None:
    rows = [
        ["Framgångsfaktor", "Ansvarig", "Läge", "Kommentar"],
        ["1. Kortare väntetider", "Anna Andersson", "grön", "ok"],
        ["2. Fler medarbetare", "Per Olof Svensson", "gul", "på väg"],
        ["3. Bättre ekonomi", "Karin Ek", "röd", "nej"],
    ]
    report = check(_book(tmp_path / "b.xlsx", [("Data", rows, "visible")])).report
    assert "committee" not in report.layout.columns
    assert all(item.committees == () for item in report.items)
    assert not [i for i in report.issues if i.code == "unknown-committee"]


def test_ansvarig_with_committees_is_the_committee(tmp_path: Path) -> None:
    rows = [
        ["Framgångsfaktor", "Ansvarig", "Läge", "Kommentar"],
        ["1. a", "RS", "grön", "ok"],
        ["2. b", "Hälso- och sjukvårdsnämnden", "gul", "på väg"],
    ]
    report = check(_book(tmp_path / "b.xlsx", [("Data", rows, "visible")])).report
    assert [i.committees for i in report.items] == [("RS",), ("Hälso- och sjukvårdsnämnden",)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("RS RUN HSN", ("RS", "RUN", "HSN")),
        ("RS, HSN", ("RS", "HSN")),
        ("RS och HSN", ("RS", "HSN")),
        ("RS+Nämnder", ("RS", "Nämnder")),
        ("Hälso- och sjukvårdsnämnden", ("Hälso- och sjukvårdsnämnden",)),
        ("Children's Services", ("Children's Services",)),
        ("Adults and Health", ("Adults and Health",)),
        ("Anna Andersson", ("Anna Andersson",)),
        # issue 19: a name with "," or "&" in it is one committee, a list of committees is split
        ("Culture, Tourism & Sport", ("Culture, Tourism & Sport",)),
        ("Planning & Regeneration", ("Planning & Regeneration",)),
        ("Health, Wellbeing and Care", ("Health, Wellbeing and Care",)),
        ("BUN, SN", ("BUN", "SN")),
        ("Kommunstyrelsen, Tekniska nämnden", ("Kommunstyrelsen", "Tekniska nämnden")),
        # found by the review: lists of units by name, and a code beside a name, are lists
        (
            "Socialförvaltningen, Utbildningsförvaltningen",
            ("Socialförvaltningen", "Utbildningsförvaltningen"),
        ),
        ("KS, Kultur och fritid", ("KS", "Kultur och fritid")),
        ("Children & Families Committee", ("Children & Families Committee",)),
    ],
)
def test_committees_split_only_at_separators_or_between_codes(text: str, codes: tuple[str, ...]) -> None:
    assert split_committees(text, KNOWN) == codes


@pytest.mark.parametrize(
    "rows",
    [
        # a vendor list with a Status column, a school roster with Assessment, a product feed
        [["Leverantör", "Org.nr", "Status", "Kontakt"], ["Acme AB", "556000-0000", "Aktiv", "a@b.se"]],
        [["Elev", "Klass", "Assessment", "Notes"], ["Alva", "7B", "Pass", "ok"]],
        [["Product", "SKU", "Price", "Status", "Description"], ["Chair", "C-1", 99, "In stock", "A chair"]],
    ],
    ids=["vendors", "roster", "product-feed"],
)
def test_files_that_are_no_follow_up_are_refused_untouched(tmp_path: Path, rows: list[list[object]]) -> None:
    path = _book(tmp_path / "other.xlsx", [("Blad1", rows, "visible")])
    before = path.read_bytes()
    with pytest.raises(InputError):
        check(path)
    assert main(["run", str(path)]) == 2
    assert path.read_bytes() == before
    assert not (tmp_path / "other-klar.xlsx").exists()


@pytest.mark.parametrize("error", ["#N/A", "#DIV/0!", "#REF!"])
def test_error_values_in_the_status_column_are_unknown_not_missing(tmp_path: Path, error: str) -> None:
    path = tmp_path / "e.xlsx"
    corpus.CASES[f"status is error {error}"](path)
    report = check(path).report
    assert [i.code for i in report.issues] == ["unknown-status"]
    assert error in report.issues[0].message("sv") and error in report.issues[0].message("en")
    assert report.items[0].status is None
    assert main(["check", str(path)]) == 1


@pytest.mark.parametrize(
    ("names", "read"),
    [
        (("April", "Augusti"), "Augusti"),
        (("Augusti", "April"), "Augusti"),  # the order of the tabs does not matter
        (("Q1 2026", "Q2 2026", "Q3 2026"), "Q2 2026"),  # Q3 prepared, not filled in yet
    ],
)
def test_one_sheet_per_period_the_latest_with_statuses_is_read(tmp_path: Path, names, read) -> None:
    """Issue 19 (a review case): with sheets "April" and "Augusti" (the same items, one sheet per
    round) the April sheet was read and August was left out as its copy."""
    header = ["Framgångsfaktor", "Läge", "Kommentar"]
    items = ["Kortare köer", "Fler i arbete", "Bättre luft"]
    sheets = []
    for name in names:
        status = None if name.startswith("Q3") else ("grön" if name == read else "röd")
        sheets.append((name, [header, *([item, status, "x"] for item in items)], "visible"))
    result = check(_book(tmp_path / "b.xlsx", sheets))
    assert result.report.layout.sheet == read
    assert result.rollup.status["green"] == 3 and result.rollup.status["red"] == 0
    assert {sheet for sheet, _ in result.report.layout.repeats} == set(names) - {read}


def test_a_committee_with_an_ampersand_is_counted_once(tmp_path: Path) -> None:
    """Issue 19 (a review case): "Culture, Tourism & Sport" was three committees, its items counted
    under each."""
    rows = [["Portfolio", "Measure", "RAG"], ["Culture, Tourism & Sport", "Library visits", "Green"]]
    rows.append(["Culture, Tourism & Sport", "Museum visits", "Red"])
    result = check(_book(tmp_path / "c.xlsx", [("Plan", rows, "visible")]))
    assert list(result.rollup.by_committee) == ["Culture, Tourism & Sport"]
    assert sum(result.rollup.by_committee["Culture, Tourism & Sport"].values()) == 2


def test_review_of_issue_19_side_sheets_periods_and_named_years(tmp_path: Path) -> None:
    """Found by the review: a legend or budget sheet beside a follow-up was read by its values and
    added to the counts; "Plan 2026" was read instead of the follow-up as a later period; a filled
    "Läge helår 2025" lost to "Läge T2 2025"."""
    header = ["Framgångsfaktor", "Läge", "Kommentar"]
    items = [["Kortare köer", "grön", "x"], ["Fler i arbete", "röd", "y"]]
    legend = [["Läge", "Förklaring"], ["Grön", "Målet är uppfyllt"], ["Röd", "Målet är inte uppfyllt"]]
    budget = [["Utgift", "Betald"], ["Hyra lokaler", "Klar"], ["Inköp datorer", "Klar"], ["Resor", "OK"]]
    result = check(
        _book(
            tmp_path / "a.xlsx",
            [
                ("Uppföljning", [header, *items], "visible"),
                ("Teckenförklaring", legend, "visible"),
                ("Budget", budget, "visible"),
            ],
        )
    )
    assert result.report.layout.sheets() == ("Uppföljning",) and len(result.report.items) == 2
    plan = [header, ["Kortare köer", "gul", "x"], ["Fler i arbete", "gul", "y"]]
    result = check(
        _book(
            tmp_path / "b.xlsx",
            [("Uppföljning", [header, *items], "visible"), ("Plan 2026", plan, "visible")],
        )
    )
    assert result.report.layout.sheet == "Uppföljning" and result.rollup.status["green"] == 1
    periods = [["Framgångsfaktor", "Läge T2 2025", "Läge helår 2025"], ["Kortare köer", "gul", "grön"]]
    result = check(_book(tmp_path / "c.xlsx", [("Uppföljning", periods, "visible")]))
    assert result.rollup.status["green"] == 1


@pytest.mark.parametrize(
    "header",
    [
        ["Mål", "2018", "2019", None],
        # a comment column beside: the header named two fields and its status was completed by
        # values, the first year's (found in session 2026-12-07)
        ["Mål", "2018", "2019", "Kommentar"],
        # the years typed as numbers, as Excel keeps "2019" typed into a cell: no header was found
        ["Mål", 2018, 2019, "Kommentar"],
    ],
    ids=["years", "years-and-comment", "years-as-numbers"],
)
def test_a_status_column_per_year_found_by_its_values_is_the_latest_and_said(
    tmp_path: Path, header: list[object]
) -> None:
    """Re-read of the change: "Mål | 2018 | 2019" over statuses read the 2018 column without a
    word (the first found); the latest year is read, and the summary names the year passed."""
    from openpyxl import load_workbook

    from xlfollow.actions import run
    from xlfollow.core.status import Status

    wb = Workbook()
    ws = wb.active
    for row in (
        header,
        ["Fler i arbete", "Grön", "Gul", "Stabilt"],
        ["Färre vräkningar", "Röd", "Grön", "Bättre"],
        ["Kortare väntetider", "Gul", "Gul", "Som förut"],
    ):
        ws.append(row)
    wb.save(tmp_path / "år.xlsx")
    result = check(tmp_path / "år.xlsx")
    assert [i.status for i in result.report.items] == [Status.YELLOW, Status.GREEN, Status.YELLOW]
    written = run(tmp_path / "år.xlsx").written
    assert written is not None
    summary = [c.value for r in load_workbook(written)["Sammanställning"].iter_rows() for c in r]
    assert any(isinstance(v, str) and "”2019”" in v and "”2018”" in v for v in summary)
