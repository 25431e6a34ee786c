"""One test per validation rule: the issue, its cell and its severity."""

from pathlib import Path

import pytest

from xlfollow.actions import check
from xlfollow.core.errors import InputError
from xlfollow.core.models import Severity
from xlfollow.core.rules import RULES
from xlfollow.core.status import Status

from conftest import flatten

HEADER = ["Nämnd", "Framgångsfaktor", "Målvärde", "Utfall", "Läge", "Kommentar"]


def issues(make_book, *rows, settings=None):
    return check(make_book([HEADER, *rows], settings=settings)).report.issues


def test_unknown_status(make_book) -> None:
    found = issues(make_book, ["RS", "1. a", None, None, "blå", "x"], ["RS", "2. b", None, None, 3, "x"])
    assert flatten(found, "cell", "code", "severity") == [
        ["E2", "unknown-status", Severity.ERROR],
        ["E3", "unknown-status", Severity.ERROR],
    ]
    assert "blå" in found[0].message() and "status.blå" in found[0].message()


def test_duplicate_id_points_at_the_second(make_book) -> None:
    found = issues(
        make_book, ["RS", "1. a", None, None, "grön", None], ["RS", "1. b", None, None, "grön", None]
    )
    assert flatten(found, "cell", "code", "item_id") == [["B3", "duplicate-id", "1"]]
    assert "rad 2" in found[0].message()


def test_missing_item(make_book) -> None:
    found = issues(make_book, ["RS", None, None, None, "grön", "kommentar utan post"])
    assert flatten(found, "cell", "code") == [["B2", "missing-item"]]


def test_a_table_without_a_status_column_is_no_follow_up(make_book) -> None:
    """Issue 9: files with one generic header were taken for follow-ups; now exit 2, saying what
    was looked for and where."""
    path = make_book([["Framgångsfaktor", "Kommentar", "Mått"], ["1. a", "x", "y"], ["2. b", "x", "y"]])
    with pytest.raises(InputError) as caught:
        check(path)
    assert caught.value.key == "header-incomplete"
    message = caught.value.message()
    assert "rad 1" in message and "column.status" in message and "Läge" in message


def test_missing_column_is_reported_once_when_the_settings_name_the_header(make_book) -> None:
    rows = [["Framgångsfaktor", "Kommentar", "Mått"], ["1. a", "x", "y"], ["2. b", "x", "y"]]
    path = make_book(rows, settings=[["header_row", 1]])
    found = check(path).report.issues
    assert flatten(found, "cell", "code") == [["A1", "missing-column"]]
    assert "status" in found[0].message() and "column.status" in found[0].message()


def test_missing_status_is_a_warning(make_book) -> None:
    found = issues(make_book, ["RS", "1. a", None, None, None, "x"])
    assert flatten(found, "cell", "code", "severity") == [["E2", "missing-status", Severity.WARNING]]


def test_missing_comment_for_red_and_yellow_only(make_book) -> None:
    found = issues(
        make_book,
        ["RS", "1. a", None, None, "röd", None],
        ["RS", "2. b", None, None, "gul", " "],
        ["RS", "3. c", None, None, "grön", None],
    )
    assert flatten(found, "cell", "code") == [["F2", "missing-comment"], ["F3", "missing-comment"]]
    assert (
        "Läget är rött" in found[0].message()
        and "Läget är gult" in found[1].message()
        and "red" in found[0].message("en")
    )


def test_unknown_committee(make_book) -> None:
    found = issues(make_book, ["RS, KFN", "1. a", None, None, "grön", None])
    assert flatten(found, "cell", "code") == [["A2", "unknown-committee"]]
    assert not issues(
        make_book, ["RS, KFN", "1. a", None, None, "grön", None], settings=[["committees", "KFN"]]
    )


def test_bad_number(make_book) -> None:
    found = issues(
        make_book,
        ["RS", "1. a", "Minus 2,5%", "ökar", "grön", None],
        ["RS", "2. b", "90% inom 30 dagar", "April 82%", "gul", "på väg"],
    )
    assert flatten(found, "cell", "code") == [["D2", "bad-number"]]


def test_summary_line(make_book) -> None:
    """The sentence under a heading that counts its items (as the office writes for the board) is
    no item, and is said at its cell; the same kind of text elsewhere, or one short, stays an item."""
    found = check(
        make_book(
            [
                HEADER,
                [None, "Strategiskt mål: Fler i arbete"],
                [None, "Av de 3 framgångsfaktorerna bedöms två vara uppfyllda."],
                ["RS", "1. a", None, None, "grön", None],
                [None, "90 % av eleverna ska nå målen i alla ämnen"],  # not under a heading: an item
                [None, "Strategiskt mål: Trygg skola"],
                [None, "88 %"],  # too short to be a summary: an item
            ]
        )
    ).report
    assert flatten(found.issues, "cell", "code", "severity")[0] == ["B3", "summary-line", Severity.WARNING]
    assert [i.text for i in found.items] == ["1. a", "90 % av eleverna ska nå målen i alla ämnen", "88 %"]


def test_every_rule_has_a_test_and_a_message() -> None:
    from xlfollow.core.problems import PROBLEMS
    from xlfollow.core.texts import MESSAGES

    tested = {name.removeprefix("test_").replace("_", "-") for name in globals() if name.startswith("test_")}
    for code in RULES:
        assert any(t.startswith(code) for t in tested), code
        for key in PROBLEMS[code].sentences():  # the sentence and its variants, in both languages
            assert all(MESSAGES[key]), key


def test_all_issues_collected_in_one_pass(make_book) -> None:
    found = issues(make_book, ["XX", "1. a", "x", None, "blå", None], ["RS", "1. b", None, None, "röd", None])
    assert sorted({i.code for i in found}) == [
        "bad-number",
        "duplicate-id",
        "missing-comment",
        "unknown-committee",
        "unknown-status",
    ]


def test_status_colour_mismatch_is_a_warning(make_book, tmp_path) -> None:
    from openpyxl import load_workbook
    from openpyxl.styles import PatternFill

    path = make_book(
        [HEADER, ["RS", "1. a", None, None, "grön", "ok"], ["RS", "2. b", None, None, "röd", "nej"]]
    )
    wb = load_workbook(path)
    for ref in ("E2", "E3"):
        wb["Data"][ref].fill = PatternFill("solid", fgColor="FF0000")  # red on both: only row 2 disagrees
    wb.save(path)
    found = check(path).report.issues
    assert flatten(found, "cell", "code") == [["E2", "status-colour-mismatch"]]
    assert found[0].severity is Severity.WARNING


def test_status_contradicts_target(make_book) -> None:
    found = issues(
        make_book,
        ["RS", "1. Andel besök inom 30 dagar", "90 %", "82 %", "grön", "ok"],
        ["RS", "2. Andel besök inom 30 dagar", "90 %", "92 %", "grön", "ok"],
    )
    assert flatten(found, "cell", "code", "severity") == [
        ["E2", "status-contradicts-target", Severity.WARNING]
    ]


def test_red_without_activities(make_book) -> None:
    header = ["Framgångsfaktor", "Läge", "Kommentar", "Aktiviteter"]
    rows = [
        ["1. a", "röd", "nej", None],
        ["2. b", "röd", "nej", "Ny rutin i maj"],
        ["3. c", "grön", "ja", None],
        ["4. d", "gul", "på väg", " "],
    ]
    found = check(make_book([header, *rows])).report.issues
    assert flatten(found, "cell", "code") == [
        ["D2", "red-without-activities"],
        ["D5", "red-without-activities"],
    ]
    assert "Aktiviteter" in found[0].message()


# Comments from the 2017 follow-up (../shared/seeds): parts met and parts not, on red items, are no
# contradiction; plain words that say the opposite are.
REAL_MIXED = [
    "Medarbetarutbildningen klar men målet att samtliga ska ha gjort utbildningen 2016 uppnåddes inte "
    "trots upprepade påminnelser.",
    "7. Förändra strukturen för folktandvården. Målet uppnått 2015 och 2016. 16. Samarbete kring "
    "labverksamhet. Mål 2-4 mkr 2016. Ej uppnått.",
]


def test_comment_contradicts_status(make_book) -> None:
    found = issues(
        make_book,
        ["RS", "1. a", None, None, "röd", "Allt är klart och målet är uppnått."],
        ["RS", "2. b", None, None, "grön", "Arbetet är försenat till hösten."],
        ["RS", "3. c", None, None, "röd", "Målet är inte uppnått."],
        ["RS", "4. d", None, None, "röd", "Ska vara klart i december."],
        ["RS", "5. e", None, None, "grön", "Målet är uppnått."],
        *(["RS", f"{n}. real", None, None, "röd", text] for n, text in enumerate(REAL_MIXED, start=6)),
    )
    assert flatten(found, "cell", "code") == [
        ["F2", "comment-contradicts-status"],
        ["F3", "comment-contradicts-status"],
    ]
    assert "”klart”" in found[0].message() and "”försenat”" in found[1].message()


def test_unchanged_comment(make_book, tmp_path) -> None:
    before = make_book([HEADER, ["RS", "1. a", None, None, "gul", "Pågår enligt plan."]], name="april.xlsx")
    after = make_book(
        [
            HEADER,
            ["RS", "1. a", None, None, "gul", "Pågår  enligt plan. "],
            ["RS", "2. b", None, None, "gul", "Ny"],
        ],
        name="augusti.xlsx",
    )
    found = [i for i in check(after, previous=before).report.issues if i.code == "unchanged-comment"]
    assert flatten(found, "cell", "code", "severity") == [["F2", "unchanged-comment", Severity.WARNING]]
    assert "april.xlsx" in found[0].message()


def _with_previous(make_book, named: str) -> list:
    path = make_book([HEADER, ["RS", "1. a", None, None, "grön", "ok"]], settings=[["previous", named]])
    return [i for i in check(path).report.issues if i.code.startswith("previous")]


def test_previous_not_found_is_a_warning_at_the_settings_cell(make_book) -> None:
    found = _with_previous(make_book, "finns-inte.xlsx")
    assert [(i.code, i.severity.value, i.sheet, i.cell) for i in found] == [
        ("previous-not-found", "varning", "xlfollow", "B1")
    ]


def test_previous_refused_outside_the_workbooks_folder(make_book) -> None:
    found = _with_previous(make_book, "../april.xlsx")
    assert [(i.code, i.severity.value) for i in found] == [("previous-refused", "varning")]
    assert "utanför arbetsbokens mapp" in found[0].message("sv")


def test_previous_unreadable_says_why(make_book, tmp_path) -> None:
    (tmp_path / "trasig.xlsx").write_bytes(b"inte en zip")
    found = _with_previous(make_book, "trasig.xlsx")
    assert [(i.code, i.severity.value) for i in found] == [("previous-unreadable", "varning")]
    assert "trasig.xlsx" in found[0].message("sv") and "trasig.xlsx" in found[0].message("en")


def test_status_not_computed_points_at_the_outcome_and_says_why(tmp_path: Path) -> None:
    """A table of measurable goals with no status column: a goal the numbers cannot decide."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Mått", "Målvärde", "Utfall"])
    ws.append(["Andel nöjda", "Minst 80 %", "12 dagar"])  # units differ: cannot tell
    ws.append(["Andel behöriga", "Minst 90 %", "92 %"])
    path = tmp_path / "matt.xlsx"
    wb.save(path)
    found = check(path).report.issues
    assert [(i.code, i.severity, i.row, i.col) for i in found] == [
        ("status-not-computed", Severity.WARNING, 2, 3)
    ]
    assert (
        found[0].message("sv").startswith("Läget kunde inte beräknas: målvärdet är i % men utfallet i dagar.")
    )


def test_bad_number_leaves_marks_for_no_value(tmp_path: Path) -> None:
    """ "NA" as a target means none (Wealden District Council's table); the third review saw it warned."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Indikator", "Målvärde", "Utfall"])
    ws.append(["Antal dödade", "NA", "92"])
    ws.append(["Andel behöriga", "Minst 90 %", "nittio"])
    path = tmp_path / "na.xlsx"
    wb.save(path)
    assert [(i.code, i.row) for i in check(path).report.issues] == [
        ("bad-number", 3),
        ("status-not-computed", 3),
    ]


def test_rows_above_table_are_one_warning_at_the_first_ones_text(tmp_path: Path) -> None:
    """Goals with their statuses at the sheet's top, under no header, above a headed table: one
    warning at the first one's text that names the rows and the table's header row; the table's
    own items are read as before."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (
        ["", "Fler invånare ska välja kollektivtrafik", "Grön"],
        ["", "Andelen förnybar energi ska öka varje år", "Röd"],
        [],
        ["", "Mål", "Läge"],
        ["", "Kundnöjdheten i bygglov ska öka", "Gul"],
    ):
        ws.append(row)
    wb.save(tmp_path / "b.xlsx")
    report = check(tmp_path / "b.xlsx").report
    assert [(i.code, i.severity, i.cell, i.fields) for i in report.issues] == [
        ("rows-above-table", Severity.WARNING, "B1", {"rows": "1, 2", "header": 4})
    ]
    assert [i.text for i in report.items] == ["Kundnöjdheten i bygglov ska öka"]


def test_block_not_counted_is_said_at_its_heading(tmp_path) -> None:
    """A block with the goals' labels and no row for its status, in another section than the
    assessed goals (107's directives "3.3" beside goals "2.1"-"2.3"): no item, a warning at its
    heading naming the row to add."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    for n in (1, 2, 3):
        for row in (
            [f"2.{n} Mål {n}"],
            ["Beslutats av", "Nämnd"],
            ["Nämndens formulering", "…"],
            ["Nämndens bedömning", "Vi har nått målet"],
            [],
        ):
            ws.append(row)
    for row in (
        ["3.3 Direktiv"],
        ["Beslutats av", "Nämnd"],
        ["Nämndens formulering", "…"],
        ["Kommentar", "…"],
    ):
        ws.append(row)
    wb.save(tmp_path / "d.xlsx")
    report = actions.check(tmp_path / "d.xlsx").report
    assert len(report.items) == 3
    said = [i for i in report.issues if i.code == "block-not-counted"]
    assert [(i.cell, i.severity) for i in said] == [("A16", Severity.WARNING)]
    assert said[0].message("en").startswith("The block has the goals' labels but no row for its assessment")
    assert "”Nämndens bedömning”" in said[0].message()


def test_several_marks_under_a_scale_count_the_least_advanced_and_say_so(tmp_path) -> None:
    """A row marked under two steps of "Uppfyllt | Delvis uppfyllt | Ej uppfyllt" (core/scale.py):
    counted as the least advanced, a warning at the counted mark naming both steps."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    ws.append(["Kontrollmoment", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"])
    ws.append(["Attest av fakturor", "X", None, None])
    ws.append(["Avtalstrohet vid inköp", "X", None, "X"])
    wb.save(tmp_path / "s.xlsx")
    report = actions.check(tmp_path / "s.xlsx").report
    assert [i.status for i in report.items] == [Status.GREEN, Status.RED]
    said = [i for i in report.issues if i.code == "several-marks"]
    assert [(i.cell, i.severity) for i in said] == [("D3", Severity.WARNING)]
    assert said[0].message("en") == (
        "Marks under several steps (Uppfyllt, Ej uppfyllt): counted as “Ej uppfyllt”, the least"
        " advanced. Leave only the mark under the step that applies."
    )
