import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlfollow.core.errors import InputError
from xlfollow.core.layout import find_layout, match_header
from xlfollow.core.normalise import normalise_rows
from xlfollow.core.rules import validate
from xlfollow.core.settings import Settings, parse_settings


@pytest.mark.parametrize(
    "header,field",
    [
        ("Fullmäktiges Strategiska mål", "goal"),
        ("Framgångsfaktor", "item"),
        ("Uppföljning av framgångsfaktorer", "item"),
        ("Läge 2017-04-30", "status"),
        ("Läget 2017-04-30", "status"),
        ("Beskrivning av nuläget", "comment"),
        ("Beskrivning av vad som gjorts och vad som planeras inom 2017", "comment"),
        ("Per april", "status"),
        ("Res april", "status"),
        ("Aktivt mål", "item"),
        ("Målvärde", "target"),
        ("Utfall 2018-04-30", "outcome"),
        ("Mått", "measure"),
        ("Kommentar", "comment"),
        ("Nämnd", "committee"),
        ("Beslutad av", "committee"),
        ("PERSPEKTIV", "perspective"),
        ("  status ", "status"),
        ("Om aktiviteter", "activities"),
        ("Success factor", "item"),
        ("Strategic goal", "goal"),
        ("Comment", "comment"),
        ("Nr", "id"),
        ("Resultatmål", "item"),
        ("Handlingsplan", "item"),
        ("Beslut/Dnr", None),
        ("Sub-Commitment Status", "status"),  # the status of a commitment (108), never the commitment
        ("Commitment status", "status"),
        ("Åtgärdens läge", "status"),
        ("Commitment", "item"),
        ("Action and status", "item"),  # the second review: two fields in one header stay the item's
        ("Åtgärd och status", "item"),
        ("Project name / status", "item"),
        ("Action (status)", "item"),
        ("", None),
        (12, None),
    ],
)
def test_header_words(header: object, field: str | None) -> None:
    assert match_header(header) == field


def test_finds_header_below_a_title() -> None:
    sheets = {
        "Blad1": [
            ["Uppföljning 2017"],
            [],
            ["Fullmäktiges Strategiska mål", "Framgångsfaktor", "Läge 2017-04-30", "Beskrivning av nuläget"],
        ]
    }
    layout = find_layout(sheets, Settings(), "x.xlsx")
    assert layout.header_row == 3
    assert layout.columns == {"goal": 1, "item": 2, "status": 3, "comment": 4}
    assert layout.period == "2017-04-30" and layout.kind == "framgangsfaktorer"


def test_picks_the_data_sheet_and_skips_owned_sheets() -> None:
    sheets = {
        "Sammanställning": [["Framgångsfaktor", "Status", "Kommentar", "Mått"]],
        "Info": [["Hej"]],
        "Data": [["Aktivt mål", "Målvärde", "Utfall", "Per april", "Kommentar"]],
    }
    layout = find_layout(sheets, Settings(), "x.xlsx")
    assert layout.sheet == "Data" and layout.kind == "aktiva-mal" and layout.period == "april"


def test_no_header_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        find_layout({"A": [["hej", "då"], [1, 2]]}, Settings(), "x.xlsx")
    assert caught.value.key == "no-header"
    assert "x.xlsx" in caught.value.message()


def test_settings_override_detection() -> None:
    settings = parse_settings(
        [("sheet", "B", ""), ("header_row", 2, ""), ("column.item", "Vad", ""), ("column.status", "D", "")]
    )
    sheets = {"A": [["Framgångsfaktor", "Läge"]], "B": [["titel"], ["Nr", "Vad", "Vem", "Hur", "Kommentar"]]}
    layout = find_layout(sheets, settings, "x.xlsx")
    assert layout.sheet == "B" and layout.header_row == 2
    assert layout.columns == {"id": 1, "item": 2, "status": 4, "comment": 5}


@pytest.mark.parametrize(
    "pairs,code",
    [
        ([("sheet", "Saknas", "")], "sheet-not-found"),
        ([("header_row", 1, ""), ("column.item", "Finns inte", "")], "column-not-found"),
        ([("header_row", 5, "")], "header-row-empty"),
    ],
)
def test_settings_that_do_not_fit(pairs, code) -> None:
    with pytest.raises(InputError) as caught:
        find_layout({"A": [["Framgångsfaktor", "Läge"]]}, parse_settings(pairs), "x.xlsx")
    assert caught.value.key == code


WORDS = [
    "Framgångsfaktor",
    "Läge",
    "Kommentar",
    "Perspektiv",
    "Strategiskt mål",
    "Nämnd",
    "Målvärde",
    "Utfall",
    "Mått",
    "Nr",
    "grön",
    "gul",
    "röd",
    "↑",
    "RS",
    "RS, HSN",
    "1. Post",
    "Samhälle",
    "Strategiskt mål: X",
    "",
]
CELL = st.one_of(
    st.none(), st.sampled_from(WORDS), st.text(max_size=8), st.integers(-5, 5), st.floats(), st.booleans()
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(CELL, max_size=7), max_size=12))
def test_any_grid_gives_a_report_or_a_clear_input_error(grid) -> None:
    sheets = {"Data": grid}
    try:
        layout = find_layout(sheets, Settings(), "fuzz.xlsx")
    except InputError as exc:
        assert exc.message()
        return
    data = normalise_rows(grid, layout, Settings())
    issues = validate(layout, data, Settings())
    assert all(issue.message() and issue.message("en") for issue in issues)
    assert all(layout.header_row < item.row <= len(grid) for item in data.items)


def test_a_row_whose_status_cell_holds_a_status_is_never_the_header(tmp_path) -> None:
    """Found by a travel-expense log saved by Excel for Mac: with the columns given by letter and
    no header row, row 11 ("Activities" in the status column, a status word of the settings and a
    header word for activities) was taken as the header; the ten rows above it were silently left
    out of the counts."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    ws.append(["#", "Expense", "City", "Type"])
    for n, kind in enumerate(["Food", "Food", "Shopping", "Activities", "Food"], start=1):
        ws.append([n, f"Expense {n}", "Beijing", kind])
    wb.save(tmp_path / "log.xlsx")
    settings = tmp_path / "s.toml"
    settings.write_text(
        '[column]\nitem = "B"\nstatus = "D"\n'
        '[status]\nFood = "green"\nShopping = "red"\nActivities = "yellow"\n'
    )
    result = actions.check(tmp_path / "log.xlsx", settings)
    assert result.report.layout.header_row == 1
    assert (result.rollup.status["green"], result.rollup.status["yellow"], result.rollup.status["red"]) == (
        3,
        1,
        1,
    )


def test_a_status_column_beyond_excels_last_is_one_clear_line_not_a_crash(tmp_path) -> None:
    """The hostile corpus's "column out of range" (column.status = XFE): the check for a status in a
    candidate header row must not raise before the settings' own clear message."""
    from openpyxl import Workbook

    from xlfollow import actions
    from xlfollow.core.errors import XlfollowError

    wb = Workbook()
    wb.active.append(["Framgångsfaktor", "Läge"])
    wb.active.append(["Kortare köer", "grön"])
    wb.save(tmp_path / "b.xlsx")
    (tmp_path / "s.toml").write_text('[column]\nstatus = "XFE"\n')
    with pytest.raises(XlfollowError):
        actions.check(tmp_path / "b.xlsx", tmp_path / "s.toml")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["Läge jan–apr", "Läge jan–aug"], "Läge jan–aug"),  # a span: its last month
        (["Q1 Status", "Q2 Status", "Q3 Status"], "Q2 Status"),  # Q3 has no values yet
        (["Status K1", "Status K2"], "Status K2"),
        (["Läge T1 2025", "Läge T3 2024"], "Läge T1 2025"),  # the year first
    ],
)
def test_the_latest_period_column_with_values_is_read(tmp_path, headers, expected) -> None:
    """Issue 19 (a review case): with "Läge jan–apr" and "Läge jan–aug" the April column was read;
    quarter and tertial labels were not known as periods at all (the first column was read)."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    ws.append(["Framgångsfaktor", *headers])
    filled = len(headers) - (1 if expected == "Q2 Status" else 0)
    ws.append(["Kortare köer", *(["grön"] * filled)])
    ws.append(["Fler i arbete", *(["röd"] * filled)])
    wb.save(tmp_path / "b.xlsx")
    layout = actions.check(tmp_path / "b.xlsx").report.layout
    assert layout.headers[layout.columns["status"]] == expected


@pytest.mark.parametrize(
    ("rows", "settings", "header_row", "items"),
    [
        ([["Framgångsfaktor", "Nämnd", "Genomförd", "Kommentar"]], {"column.status": "C"}, 1, 3),
        ([["Aktivitet", "Nämnd", "Genomfört", "Kommentar"]], {}, 1, 3),
        ([["Aktivitet", "Nämnd", "Klar", "Kommentar"]], {}, 1, 3),
        (
            [["Uppföljning april 2026"], [], ["Action", "Owner", "Done", "Comment"]],
            {"column.status": "C"},
            3,
            3,
        ),
    ],
)
def test_a_header_that_is_a_word_of_the_vocabulary_is_still_the_header(
    tmp_path, rows, settings, header_row, items
) -> None:
    """Found by the review of the fix above: many status headers are themselves status words
    ("Genomförd", "Klar", "Done"); only a row whose status cell alone made it look like a header
    is data."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for row in (["1. Fler lärare", "RS", "grön", "ok"], ["2. Nöjdare elever", "RS", "röd", "nej"]):
        ws.append(row)
    ws.append(["3. Kortare köer", "HSN", "gul", "på väg"])
    if settings:
        extra = wb.create_sheet("xlfollow")
        for key, value in settings.items():
            extra.append([key, value])
    wb.save(tmp_path / "b.xlsx")
    result = actions.check(tmp_path / "b.xlsx")
    assert result.report.layout.header_row == header_row
    assert len(result.report.items) == items
    assert (result.rollup.status["green"], result.rollup.status["red"]) == (1, 1)


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        (
            ["Tiltak", "Måloppnåelse", "Kommentar"],
            [["Flere i arbeid", "Nådd"], ["Kortere køer", "Ikke nådd"]],
        ),
        (
            ["Indsats", "Målopfyldelse", "Bemærkning"],
            [["Flere i arbejde", "Opfyldt"], ["Kortere køer", "Ikke opfyldt"]],
        ),
        (
            ["Tavoite", "Toteutuminen", "Kommentti"],
            [["Lisää työpaikkoja", "Toteutunut"], ["Jonot", "Ei toteutunut"]],
        ),
        (["Åtagande", "Hur går det?", "Noteringar"], [["Fler i arbete", "Grön"], ["Kortare köer", "Röd"]]),
    ],
)
def test_the_status_column_is_found_by_its_values_whatever_its_header(tmp_path, header, rows) -> None:
    """Issue 19: a status column whose header is no synonym (Norwegian, Danish, Finnish, a question)
    was not found and the workbook refused, although its values are plainly statuses. The column of
    statuses is the status, the column of long distinct texts beside it the item."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    wb.active.append(header)
    for row in rows:
        wb.active.append([*row, "kommentar"])
    wb.save(tmp_path / "b.xlsx")
    result = actions.check(tmp_path / "b.xlsx")
    assert (result.report.layout.columns["item"], result.report.layout.columns["status"]) == (1, 2)
    assert (result.rollup.status["green"], result.rollup.status["red"]) == (1, 1)


def test_a_hidden_period_column_is_read_only_when_the_settings_name_it(tmp_path) -> None:
    """Issue 19 (a review case): of "Q1 Status" and "Q2 Status" the latest with values was read even
    when the user had hidden it (a copy, a draft). A hidden column is never read unless the
    settings name it."""
    from openpyxl import Workbook

    from xlfollow import actions

    wb = Workbook()
    ws = wb.active
    ws.append(["Measure", "Q1 Status", "Q2 Status"])
    ws.append(["Library visits", "Green", "Red"])
    ws.append(["Museum visits", "Green", "Red"])
    ws.column_dimensions["C"].hidden = True
    wb.save(tmp_path / "b.xlsx")
    result = actions.check(tmp_path / "b.xlsx")
    assert result.report.layout.headers[result.report.layout.columns["status"]] == "Q1 Status"
    assert result.rollup.status["green"] == 2
    (tmp_path / "s.toml").write_text('[column]\nstatus = "Q2 Status"\n')
    named = actions.check(tmp_path / "b.xlsx", tmp_path / "s.toml")
    assert named.rollup.status["red"] == 2


@pytest.mark.parametrize(
    ("rows", "fields", "goals", "ids"),
    [
        # an id column beside its item: "Action ID" took the ids for the goals (A1, A2 one goal each)
        (
            [
                ["Action ID", "Action", "Status"],
                ["A1", "Fler i arbete", "Green"],
                ["A2", "Färre vräkningar", "Red"],
            ],
            {"id": 1, "item": 2, "status": 3},
            [None, None],
            ["A1", "A2"],
        ),
        (
            [
                ["Åtgärd nr", "Åtgärd", "Läge"],
                ["1", "Fler i arbete", "grön"],
                ["2", "Färre vräkningar", "röd"],
            ],
            {"id": 1, "item": 2, "status": 3},
            [None, None],
            ["1", "2"],
        ),
        # a goal's number is no action's id (the actions of one goal would share it), nor the goal
        (
            [
                ["Goal ID", "Goal", "Action", "Status"],
                ["G1", "Fler i arbete", "Sommarjobb", "Green"],
                ["G1", "Fler i arbete", "Praktik", "Red"],
            ],
            {"goal": 2, "item": 3, "status": 4},
            ["Fler i arbete", "Fler i arbete"],
            [None, None],
        ),
        # of two id columns the item's own, a yes/no column answered NA too (the GC Service
        # Inventory's service standards, fixture 96)
        (
            [
                ["service_id", "service_standard_id", "service_standard_en", "target_met"],
                ["926", "2150", "Svar inom tio dagar", "Y"],
                ["926", "2152", "Beslut inom 90 dagar", "N"],
                ["927", "2153", "Tre dagar utan träff", "NA"],
            ],
            {"id": 2, "item": 3, "status": 4},
            [None, None, None],
            ["2150", "2152", "2153"],
        ),
    ],
)
def test_a_header_naming_an_id_is_the_id_column_of_its_own_field(rows, fields, goals, ids) -> None:
    """A field's word and an id word ("Action ID", "Åtgärd nr"): the id column, never the item
    or a goal; the id of another field ("Goal ID") is no item's id."""
    layout = find_layout({"Mål": rows}, Settings(), "x.xlsx")
    assert layout.columns == fields
    items = normalise_rows(rows, layout, Settings()).items
    assert [i.goal for i in items] == goals and [i.id for i in items] == ids
    if rows[0][-1] == "target_met":  # "NA" where the question does not apply
        assert [i.status.value for i in items] == ["green", "red", "not_applicable"]
