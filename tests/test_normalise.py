from pathlib import Path

from xlfollow.actions import check
from xlfollow.core.normalise import committee_of_heading, item_id, perspective_of, split_committees
from xlfollow.core.settings import BUILTIN_COMMITTEES
from xlfollow.core.status import Status


def test_the_2017_report(example) -> None:
    report = check(example("rs2017-framgangsfaktorer.xlsx")).report
    rs = [i for i in report.items if i.committees == ("RS",)]
    run = [i for i in report.items if i.committees == ("RUN",)]
    assert len(rs) == 87 and len(run) == 15
    assert [i.id for i in rs] == [str(n) for n in range(1, 88)]
    assert all(i.id is None for i in run)
    assert {i.perspective for i in rs} == {"Samhälle", "Patient", "Medarbetare", "Verksamhetsresultat"}
    assert all(i.perspective is None for i in run)  # a committee heading starts afresh
    # the strategic goal is written once per group, in merged cells: the rows below belong to it
    assert rs[2].goal == rs[1].goal == "Integration genomsyrar hela det regionala utvecklingsarbetet."
    assert rs[74].status is Status.NOT_APPLICABLE and rs[74].id == "75"
    assert rs[39].status is Status.MISSING and rs[39].comment == "Inget svar inkommit"


def test_the_2018_report(example) -> None:
    report = check(example("rs2018-framgangsfaktorer.xlsx")).report
    assert len(report.items) == 41  # the two "Se aktivt mål." rows are references, not items
    first = report.items[0]
    assert first.perspective == "Samhälle"
    assert first.goal == "Fler arbetstillfällen för män och kvinnor i privat och offentlig sektor"
    assert first.status is Status.RED and first.status_value == "↓"
    assert report.layout.period == "april 2018"  # the year from the title "... per april 2018"


def test_layout_described_by_settings(example) -> None:
    report = check(example("installningsblad.xlsx")).report
    assert report.layout.sheet == "Uppföljning" and report.layout.header_row == 2
    assert len(report.items) == 41 and report.items[0].id == "1"
    assert report.items[3].committees == ("RS", "Nämnder")


def test_committee_lists() -> None:
    known = (*BUILTIN_COMMITTEES, "Nämnder")
    assert split_committees("RS RUN HSN", known) == ("RS", "RUN", "HSN")
    assert split_committees("RS, HSN", known) == ("RS", "HSN")
    assert split_committees("RS/RUN", known) == ("RS", "RUN")
    assert split_committees("RS+Nämnder", known) == ("RS", "Nämnder")
    assert split_committees("rs och hsn", known) == ("RS", "HSN")
    assert split_committees("RS; RS", known) == ("RS",)
    assert split_committees(None, known) == ()


def test_headings() -> None:
    assert perspective_of("1.1 Samhälle", ()) == "Samhälle"
    assert perspective_of("4 Samhällsperspektivet", ()) == "Samhälle"
    assert perspective_of("Perspektiv: Medarbetare", ()) == "Medarbetare"
    assert perspective_of("7 Verksamhetsresultat", ()) == "Verksamhetsresultat"
    assert perspective_of("Ekonomi", ("Ekonomi",)) == "Ekonomi"
    assert perspective_of("Patientsäker jämlik och jämställd vård", ()) is None
    assert committee_of_heading("1 Regionstyrelsens framgångsfaktorer") == "RS"
    assert committee_of_heading("2 Regionala utvecklingsnämndens framgångsfaktorer") == "RUN"


def test_item_ids() -> None:
    assert item_id(None, "12. Arbeta fram") == "12"
    assert item_id(None, "3) Något") == "3"
    assert item_id(7.0, "Text") == "7"
    assert item_id(None, "1 januari 2019 ska regionen") is None
    assert item_id(None, "Arbeta fram") is None


def test_blank_rows_headings_and_merged_cells(make_book) -> None:
    path: Path = make_book(
        [
            ["Rapport"],
            [],
            ["Perspektiv", "Strategiskt mål", "Framgångsfaktor", "Nämnd", "Läge", "Kommentar"],
            ["Patient", "Mål A", "1. Första", "RS", "grön", None],
            [None, None, "2. Andra", None, "gul", "pågår"],
            [],
            [],
            [None, "Mål B", "3. Tredje", "HSN", "röd", "sent"],
            ["Samhälle", None, "4. Fjärde", "RUN", "Ej aktuell", None],
        ]
    )
    items = check(path).report.items
    assert [(i.id, i.perspective, i.goal, i.committees) for i in items] == [
        ("1", "Patient", "Mål A", ("RS",)),
        ("2", "Patient", "Mål A", ("RS",)),
        ("3", "Patient", "Mål B", ("HSN",)),
        ("4", "Samhälle", None, ("RUN",)),
    ]


def test_a_row_numbered_in_advance_is_not_an_item_without_text(tmp_path) -> None:
    """Found by a Gantt template saved by Excel for Mac: rows 24-43 hold only their running number
    ("21", "22" ...) for tasks not written yet; each was an error "the row has content but no text"."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    ws.append(["#", "Framgångsfaktor", "Läge"])
    ws.append([1, "Kortare köer", "grön"])
    ws.append([2, "Fler i arbete", "röd"])
    for n in range(3, 8):
        ws.append([n])
    ws.append([None, None, "gul"])  # a status without an item is still one
    wb.save(tmp_path / "plan.xlsx")
    issues = actions.check(tmp_path / "plan.xlsx").report.issues
    assert [(i.code, i.row) for i in issues if i.code == "missing-item"] == [("missing-item", 9)]


def test_a_lone_number_in_a_column_the_table_uses_is_still_read(tmp_path) -> None:
    """Found by the review of the fix above: only a lone number in the id column or in a column the
    table does not use is a row numbered in advance; an item whose text is a number, and goals
    numbered in rows of their own, are read as before."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    ws.append(["Strategiskt mål", "Framgångsfaktor", "Läge"])
    ws.append([1])  # the goal's number in a row of its own: a heading
    ws.append([None, "Kortare köer", "grön"])
    ws.append([None, 2026])  # an item whose text is a number, not assessed yet
    wb.save(tmp_path / "b.xlsx")
    report = actions.check(tmp_path / "b.xlsx").report
    assert [(i.text, i.goal) for i in report.items] == [("Kortare köer", "1"), ("2026", "1")]


def test_numbered_levels_above_the_items_are_perspective_and_goal(tmp_path) -> None:
    """Issue 19 (a review case): numbered headings in the item column ("1 Ett attraktivt län",
    "1.1 Fler invånare" above "1.1.1 ...") were items without a status: ten items, five missing.
    A numbered row is a level when the next row's number is under it and it is less deep than
    the items with a status; an item not assessed yet ("2.1.2", the last row) stays an item."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    ws.append(["Mål", "Läge", "Kommentar"])
    rows = [
        ["1 Ett attraktivt län"],
        ["1.1 Fler invånare"],
        ["1.1.1 Öka inflyttningen", "grön", "ok"],
        ["1.2 Bättre kommunikationer"],
        ["1.2.1 Fler bussturer", "röd", "y"],
        ["Mål 2: En hållbar region"],
        ["2.1 Minskade utsläpp"],
        ["2.1.1 Fler elbilar", "gul", "z"],
        ["2.1.2 Renare sjöar"],
    ]
    for row in rows:
        ws.append(row)
    wb.save(tmp_path / "b.xlsx")
    result = actions.check(tmp_path / "b.xlsx")
    assert [(i.text, i.perspective, i.goal) for i in result.report.items] == [
        ("1.1.1 Öka inflyttningen", "Ett attraktivt län", "Fler invånare"),
        ("1.2.1 Fler bussturer", "Ett attraktivt län", "Bättre kommunikationer"),
        ("2.1.1 Fler elbilar", "En hållbar region", "Minskade utsläpp"),
        ("2.1.2 Renare sjöar", "En hållbar region", "Minskade utsläpp"),
    ]
    status = result.rollup.status
    assert (status["green"], status["yellow"], status["red"], status["missing"]) == (1, 1, 1, 1)


def test_a_numbered_item_not_assessed_above_its_sub_items_stays_an_item_when_its_siblings_are_items(
    tmp_path,
) -> None:
    """Found by the review: items "1", "2", "3", "4" with statuses, and "2 Fler bostäder" (not
    assessed) above "2.1 ...": "2" disappeared and became the perspective of "3" and "4". Items of
    depth 1 with statuses make a depth-1 row an item, not a level."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    ws.append(["Mål", "Läge", "Kommentar"])
    for row in [
        ["1 Fler i arbete", "grön", "ok"],
        ["2 Fler bostäder"],
        ["2.1 Fler hyresrätter", "gul", "x"],
        ["3 Kortare köer", "röd", "y"],
    ]:
        ws.append(row)
    wb.save(tmp_path / "b.xlsx")
    result = actions.check(tmp_path / "b.xlsx")
    assert [(i.text, i.perspective) for i in result.report.items] == [
        ("1 Fler i arbete", None),
        ("2 Fler bostäder", None),
        ("2.1 Fler hyresrätter", None),
        ("3 Kortare köer", None),
    ]
    assert result.rollup.status["missing"] == 1


def test_a_pages_running_line_under_the_table_is_no_item(tmp_path) -> None:
    """Göteborg's årsredovisning 2022 (110, set aside): the page's running foot as the PDF's text
    keeps it stands under the table ("36 Göteborgs Stads årsredovisning 2022 | Förvaltningsberättelse"
    in the item's column, "Förvaltningsberättelse | Göteborgs Stads årsredovisning 2022 37" in the
    status's). Before: an item with an unknown status. A row whose status has a bar in it stays an
    item."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (
        ["Övergripande mål", "Bedömd måluppfyllelse för året"],
        ["Göteborg är en trygg och välskött stad", "Delvis uppfyllt"],
        ["Göteborg har en budget i balans", "Uppfyllt"],
        ["Göteborg har ett innovativt näringsliv", "Grön | se bilaga 2"],
        [],
        [
            "36 Göteborgs Stads årsredovisning 2022 | Förvaltningsberättelse",
            "Förvaltningsberättelse | Göteborgs Stads årsredovisning 2022 37",
        ],
    ):
        ws.append(row)
    wb.save(tmp_path / "p.xlsx")
    report = check(tmp_path / "p.xlsx").report
    assert [i.row for i in report.items] == [2, 3, 4]  # (row 4 an item, its status said unknown)
    assert [i.row for i in report.issues if i.code == "unknown-status"] == [4]


def test_a_row_like_a_running_line_inside_the_table_stays_an_item(tmp_path) -> None:
    """The second review: "12 Trygghet | Skola" beside "Delvis | se bilaga 3" above other items was
    skipped as a page's running line, without a word. Only under the table's last status is it one."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in (
        ["Mål", "Läge"],
        ["Ökad trygghet i skolan", "Grön"],
        ["12 Trygghet | Skola", "Delvis | se bilaga 3"],
        ["Fler i arbete", "Gul"],
    ):
        ws.append(row)
    wb.save(tmp_path / "m.xlsx")
    report = check(tmp_path / "m.xlsx").report
    assert [i.row for i in report.items] == [2, 3, 4]
