"""Table shapes of the fourth batch of published follow-ups (issue 19; tests/data/layouts/21, 26-29):
a header of two rows (a group label over the sub-columns, Maidstone 2020), a table with no header
row (Region Gävleborg 2024), one-row tables with paragraphs between them (Vårgårda 2023) and a table
of figures followed by its commentary. Each through the round: check, learn, send and collect,
next-period."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from xlfollow import actions
from xlfollow.core.errors import InputError
from xlfollow.core.layout import match_header, two_row_header
from xlfollow.core.reading import reading_lines
from xlfollow.core.status import Status

G, Y, R, M = Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING


def _save(tmp_path: Path, rows: list[list[Any]], merges: tuple[str, ...] = (), name: str = "b.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    for row in rows:
        ws.append(row)
    for cells in merges:
        ws.merge_cells(cells)
    path = tmp_path / name
    wb.save(path)
    return path


TWO_ROWS = [
    ["Uppföljning av nämndernas mål, tertial 2 2026"],
    [],
    ["Framgångsfaktor", "Nämnd", "Tertial 2", None, None, "Kommentar"],
    [None, None, "Utfall", "Målvärde", "Läge", None],
    ["Fler i arbete", "AMN", 410, 400, "grön", "Över målet"],
    ["Kortare väntetider", "SN", 31, 30, "gul", None],
    ["Färre vräkningar", "SN", 12, 5, "röd", "Fler ärenden än väntat"],
    ["Mer återbruk", "TN", None, 20, None, None],
]
TWO_ROW_MERGES = ("A3:A4", "B3:B4", "C3:E3", "F3:F4")


def _statuses(path: Path) -> list[tuple[str, Status | None]]:
    return [(i.text, i.status) for i in actions.check(path).report.items]


def test_a_group_label_over_the_sub_columns_makes_one_header_of_two_rows(tmp_path: Path) -> None:
    book = _save(tmp_path, TWO_ROWS, TWO_ROW_MERGES)
    result = actions.check(book)
    layout = result.report.layout
    assert (layout.header_row, layout.header_span) == (4, 2)
    assert layout.columns["status"] == 5 and layout.header("status") == "Tertial 2 Läge"
    assert layout.columns["item"] == 1 and layout.columns["committee"] == 2
    assert _statuses(book) == [
        ("Fler i arbete", G),
        ("Kortare väntetider", Y),
        ("Färre vräkningar", R),
        ("Mer återbruk", M),
    ]
    assert any("rubriker på rad 3–4" in line for line in reading_lines(result.report))


def test_a_title_above_a_header_is_no_header_of_two_rows() -> None:
    rows = [["Uppföljning 2026", None, None], ["Framgångsfaktor", "Läge", "Kommentar"]]
    assert two_row_header(rows, 1) is None
    # no column is headed above alone
    headed_below = [[None, "Tertial 2", None], ["Framgångsfaktor", "Läge", "Kommentar"]]
    assert two_row_header(headed_below, 1) is None
    maidstone = [
        ["Performance Indicator", "Q1 2020/21", None, None, "Short Trend"],
        [None, "Value", "Target", "Status", None],
    ]
    assert two_row_header(maidstone, 1) == [
        "Performance Indicator",
        "Q1 2020/21 Value",
        "Q1 2020/21 Target",
        "Q1 2020/21 Status",
        "Short Trend",
    ]


def test_the_two_rows_repeated_under_a_caption_start_the_next_part_of_the_table(tmp_path: Path) -> None:
    """A printed report repeats both rows of its header under the next part's caption: neither
    row is an item, nor the caption."""
    rows = [*TWO_ROWS, [], ["Mål som inte nåddes"], TWO_ROWS[2], TWO_ROWS[3]]
    rows.append(["Fler lärlingar", "AMN", 3, 10, "röd"])
    book = _save(tmp_path, rows, (*TWO_ROW_MERGES, "A11:A12", "C11:E11"))
    result = actions.check(book)
    assert [i.text for i in result.report.items][-1] == "Fler lärlingar"
    assert result.rollup.items == 5 and result.rollup.status[Status.RED.value] == 2
    assert not [i for i in result.report.issues if i.code == "missing-item"]


def test_learn_send_collect_and_next_period_keep_the_header_of_two_rows(tmp_path: Path) -> None:
    book = _save(tmp_path, TWO_ROWS, TWO_ROW_MERGES)
    before = _statuses(book)
    copy = tmp_path / "lärd.xlsx"
    copy.write_bytes(book.read_bytes())
    actions.learn(copy)
    assert _statuses(copy) == before  # learn, then run: read the same

    sent = actions.send(book)
    units = {unit: path for unit, path, _ in sent.files}
    assert _statuses(units["SN"]) == [("Kortare väntetider", Y), ("Färre vräkningar", R)]
    wb = load_workbook(units["SN"])
    ws = wb.active
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Färre vräkningar")
    ws.cell(row, 5).value = "gul"
    wb.save(units["SN"])
    collected = actions.collect(book, [units["SN"]])
    assert collected.written is not None
    assert dict(_statuses(collected.written))["Färre vräkningar"] is Y

    new = actions.next_period(book, None, "T3 2026").written
    report = actions.check(new).report  # as with a header of one row: the statuses emptied in place
    assert (report.layout.header_span, report.layout.period) == (2, "T3 2026")
    assert [i.text for i in report.items] == [text for text, _ in before]
    assert {i.status for i in report.items} == {M}


# --- a table of figures and its commentary (Maidstone 2020) ---------------------------------------

KPIS = [
    ["Indicator", "Target", "Actual", "Status"],
    ["Footfall in the town centre", 1693083, 1043484, "Red"],
    ["Affordable homes delivered", 45, 33, "Red"],
    ["Households housed from the register", 112, 118, "Green"],
]
PARAGRAPH = (
    "Footfall missed its quarterly target by 38 per cent. The quarter fell in the lockdown, and the"
    " town centre re-opened on 15 June, since when there has been a cautious recovery."
)


def test_the_commentary_under_a_table_of_figures_is_no_item_and_is_said(tmp_path: Path) -> None:
    book = _save(tmp_path, [*KPIS, [], ["A Thriving Place"], [PARAGRAPH]])
    result = actions.check(book)
    assert result.rollup.items == 3
    assert any("kommentar" in line and "rad 6, 7" in line for line in reading_lines(result.report))


def test_items_not_filled_in_at_the_end_of_a_table_stay_items(tmp_path: Path) -> None:
    """Without a paragraph, texts alone after the last figures are items not filled in yet."""
    book = _save(tmp_path, [*KPIS, ["Visits to the museum"], ["Users of the leisure centre"]])
    result = actions.check(book)
    assert result.rollup.items == 5 and result.rollup.status[M.value] == 2


def test_a_note_right_under_a_table_of_named_figures_is_no_item_and_is_said(tmp_path: Path) -> None:
    """Maidstone 2020, Stavanger 2018: one sentence right under the indicators, no blank row."""
    note = "Footfall is measured by the town centre partnership three times per year."
    book = _save(
        tmp_path, [*KPIS, [note], [], ["Targets not achieved"], KPIS[0], ["Visits", 829, 574, "Red"]]
    )
    result = actions.check(book)
    assert result.rollup.items == 4
    assert any("kommentar" in line and "rad 5" in line for line in reading_lines(result.report))


def test_a_goal_written_as_a_sentence_under_named_figures_stays_an_item(tmp_path: Path) -> None:
    """The fifth review: a goal not filled in yet says what shall be; no note."""
    goal = "Andel elever med godkänt i alla ämnen ska öka varje år under planperioden."
    assert actions.check(_save(tmp_path, [*KPIS, [goal]])).rollup.items == 4


def test_a_sentence_under_items_that_are_sentences_stays_an_item(tmp_path: Path) -> None:
    """Where the items are written as sentences, one more sentence without figures is an item not
    filled in yet; so is a name without a full stop under named figures."""
    rows = [["Indicator", "Target", "Actual", "Status"]]
    rows += [
        [f"{name} shall increase every year of the plan.", 10, 12, "Green"]
        for name in ("Visits", "Loans", "Members")
    ]
    rows.append(["Volunteering hours shall increase every year of the plan."])
    assert actions.check(_save(tmp_path, rows)).rollup.items == 4
    book = _save(tmp_path, [*KPIS, ["Users of the leisure centre measured three times per year"]])
    assert actions.check(book).rollup.items == 4


# --- no header row (Region Gävleborg 2024) ----------------------------------------------------------

UPPDRAG = [
    ["Uppföljning av politiska uppdrag"],
    ["Här redovisas resultaten av samtliga uppdrag som regionfullmäktige gett nämnderna."],
    [],
    ["Regionstyrelsen"],
    ["Genomlysning av parkeringsbehoven", "AVSLUTAT"],
    ["Revidera lokalförsörjningsplanen", "PÅGÅENDE"],
    [],
    ["Hälso- och sjukvårdsnämnden"],
    ["Utred hur den palliativa vården kan förbättras", "PÅGÅENDE"],
    ["Utredning klimatvård", "AVSLUTAT"],
    ["Psykiatriutredning (från budget 2023)", "Ej påbörjat"],
]


def test_a_table_with_no_header_row_is_read_from_its_values_and_said_so(tmp_path: Path) -> None:
    book = _save(tmp_path, UPPDRAG)
    result = actions.check(book)
    assert [(i.text, i.status) for i in result.report.items] == [
        ("Genomlysning av parkeringsbehoven", G),
        ("Revidera lokalförsörjningsplanen", Y),
        ("Utred hur den palliativa vården kan förbättras", Y),
        ("Utredning klimatvård", G),
        ("Psykiatriutredning (från budget 2023)", R),  # "Ej påbörjat": not begun (GÖTEBORG UPPDRAG)
    ]
    assert result.report.items[0].committees == ("RS",)  # the heading names the committee
    assert any("utan rubrikrad" in line and "rad 4" in line for line in reading_lines(result.report))
    copy = tmp_path / "lärd.xlsx"
    copy.write_bytes(book.read_bytes())
    actions.learn(copy)
    assert _statuses(copy) == _statuses(book)
    why = {row[0].value: row[3].value for row in load_workbook(copy)["xlfollow"].iter_rows()}
    assert why["column.item"] == "Efter värdena i kolumnen; kolumnen har ingen rubrik."


def test_sentences_that_count_are_no_items_even_without_a_header(tmp_path: Path) -> None:
    rows = [
        ["Improvement objective 1: our services"],
        ["100 per cent of milestones were either achieved or partially achieved.", "Green"],
        ["3 (60 per cent) were on target or exceeded target.", "Green"],
        ["1 (20 per cent) was slightly adrift of target.", "Amber"],
        ["1 (20 per cent) was adrift of target (5 per cent or more).", "Red"],
    ]
    with pytest.raises(InputError):
        actions.check(_save(tmp_path, rows))


# --- one-row tables (Vårgårda 2023) -----------------------------------------------------------------


def _delmal(n: int, measure: str, symbol: str) -> list[list[Any]]:
    return [
        [f"Delmål {n}"],
        ["Det ekonomiska resultatet ska i snitt vara minst 2 % av skatteintäkterna."],
        ["Mätmetod", "Målvärde 2023", "Utfall 2023", "Utfalls-symbol"],
        [measure, "2,0", "0,7", symbol],
        ["Uppföljning och analys"],
        ["Resultatet uppgår till 0,7 procent; i snitt under tre år 3,0 procent, i nivå med målet."],
        [],
    ]


def test_paragraphs_between_one_row_tables_are_no_items(tmp_path: Path) -> None:
    rows = [["Måluppföljning per den 31 december 2023"], []]
    for n, (measure, symbol) in enumerate(
        [("Resultatet mot skatteintäkterna", "😊"), ("Soliditeten", "😒"), ("Språkenkäten", "😒")],
        start=1,
    ):
        rows += _delmal(n, measure, symbol)
    result = actions.check(_save(tmp_path, rows))
    assert [(i.text, i.status) for i in result.report.items] == [
        ("Resultatet mot skatteintäkterna", G),
        ("Soliditeten", R),
        ("Språkenkäten", R),
    ]
    assert any("texten mellan tabellerna" in line for line in reading_lines(result.report))


def test_a_header_repeated_on_every_page_keeps_its_items_not_filled_in(tmp_path: Path) -> None:
    """The rule is for tables of one row each: a report that repeats its header on each page,
    with several rows under it, keeps a text alone as an item without a status."""
    header = ["Framgångsfaktor", "Läge", "Kommentar"]
    rows = [
        header,
        ["Fler i arbete", "grön", "Bra"],
        ["Kortare köer", "gul", None],
        ["Färre olyckor"],
        header,
        ["Mer återbruk", "röd", None],
        ["Renare sjöar", "grön", None],
        ["Fler cykelvägar"],
        header,
        ["Bättre skolresultat", "gul", None],
        ["Fler lärare", "grön", None],
    ]
    result = actions.check(_save(tmp_path, rows))
    assert result.rollup.items == 8 and result.rollup.status[M.value] == 2


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Utfalls-symbol", "status"),  # a compound's head is its last part
        ("Utfalls-\nsymbol", "status"),
        ("Mål-värde", "target"),
        ("Del-mål", "goal"),
        ("Status-kommentar", "comment"),
        ("E-post", None),  # one word with a letter before its hyphen
        ("Mätmetod", "measure"),
        ("Målsetning", "target"),  # Norwegian
        ("Resultat och analys", None),  # Swedish: prose, not the outcome
        ("jan-aug", None),
    ],
)
def test_a_header_word_written_with_a_hyphen_is_read_by_its_head(header: str, field: str | None) -> None:
    assert match_header(header) == field


# --- an independent review's cases (each once read wrong; tests/test_table_shapes.py) --------------------


def test_unfilled_items_at_a_tables_end_stay_items_even_after_next_period(tmp_path: Path) -> None:
    rows = [
        ["Mål", "Indikator/aktivitet", "Utfall", "Status", "Kommentar"],
        ["Trygg kommun", "Upplevd trygghet", "72 %", "Grön", None],
        [None, "Anmälda brott", 1200, "Gul", "Ökning"],
        [None, "Andel belysta gång- och cykelvägar", "85 %", "Grön", None],
        ["Attraktiv arbetsgivare", "Sjukfrånvaro", "6,1 %", "Röd", "Hög"],
        [None, "Andel medarbetare som rekommenderar kommunen som arbetsgivare (medarbetarenkät 2025)"],
        [None, "Personalomsättning"],
        [None, "Genomföra trygghetsvandringar i alla kommundelar tillsammans med polisen", None, "Grön"],
    ]
    book = _save(tmp_path, rows)
    assert actions.check(book).rollup.items == 7
    new = actions.next_period(book, None, "augusti 2026").written
    assert actions.check(new).rollup.items == 7  # emptied statuses make no item commentary


def test_sections_not_filled_in_yet_keep_every_item_through_next_period_and_send(tmp_path: Path) -> None:
    rows: list[list[Any]] = []
    for unit, acts in [
        ("Kommunstyrelsen", ["Ta fram ny översiktsplan", "Införa e-arkiv", "Revidera policy för inköp"]),
        ("Barn- och utbildningsnämnden", ["Öka behörigheten", "Ny förskola i Norr", "Digitala läromedel"]),
        ("Socialnämnden", ["Heltid som norm", "Hemtjänst i egen regi", "Minska placeringar"]),
    ]:
        rows += [[unit], ["Aktivitet", "Ansvarig", "Status", "Kommentar"]]
        rows += [[a, None, "Grön" if i == 0 else None, None] for i, a in enumerate(acts)]
        rows.append([])
    book = _save(tmp_path, rows)
    assert actions.check(book).rollup.items == 9
    new = actions.next_period(book, None, "augusti 2026").written
    assert actions.check(new).rollup.items == 9
    sent = actions.send(new)
    assert sum(len(actions.check(path).report.items) for _, path, _ in sent.files) == 9


def test_a_table_without_a_header_with_its_status_left_of_each_goal(tmp_path: Path) -> None:
    """Järfälla's miljöbarometer: each goal's assessment left of its name, a trend and a note beside
    it, group headings and the page's footer alone on their rows; a row of data that reads like a
    header ("Målet har delvis uppnåtts") is no header."""
    rows = [
        ["Det miljömedvetna Järfälla"],
        [],
        ["Effektmål för Järfälla"],
        [
            "Osäkert om effektmålet kan uppnås",
            "Miljöcertifierade företag",
            "Trend: 0 av 1 positiva",
            "Åtgärder genomförda",
        ],
        ["Målet har delvis uppnåtts", "Miljöincitament", None, "Åtgärder genomförda"],
        [],
        ["Effektmål för kommunorganisationen"],
        [
            "Effektmålet ser ut att uppnås",
            "Miljödiplomerade enheter",
            "Trend: 1 av 1 positiva",
            "Åtgärder genomförda",
        ],
        ["Effektmålet är uppnått", "Ekologiska livsmedel", "Trend: 1 av 1 positiva", "Åtgärder genomförda"],
        [
            "Effektmålet ser ut att uppnås",
            "Miljömärkta varor",
            "Trend: 1 av 1 positiva",
            "Åtgärder genomförda",
        ],
        [],
        ["Kontakta oss"],
        ["Riddarplatsen 5"],
    ]
    result = actions.check(_save(tmp_path, rows))
    assert [(i.text, i.status) for i in result.report.items] == [
        ("Miljöcertifierade företag", Y),
        ("Miljöincitament", Y),
        ("Miljödiplomerade enheter", G),
        ("Ekologiska livsmedel", G),
        ("Miljömärkta varor", G),
    ]
    assert {i.perspective for i in result.report.items} == {
        "Effektmål för Järfälla",
        "Effektmål för kommunorganisationen",
    }
    assert any("utan rubrikrad" in line for line in reading_lines(result.report))


EFFEKTMAL = [
    ["Uppföljning av effektmål 2023"],
    [],
    ["Effektmål för miljö"],
    ["Målet har inte uppnåtts", "Miljöincitament", "↑", "Fler bilar"],
    ["Målet har inte uppnåtts", "Cykelvägar", "↑", "Byggt 1 km av 3"],
    ["Målet har delvis uppnåtts", "Avfallsmängd", "↑", "Något mindre avfall"],
    ["Målet har delvis uppnåtts", "Energianvändning", "→", "Ny belysning"],
    ["Målet har uppnåtts", "Kollektivtrafik", "↓", "Färre resor men målet nått"],
]


def test_a_table_without_a_header_goes_through_the_round(tmp_path: Path) -> None:
    """The sixth review: the status words left of the items beat a trend's arrows right of them
    (the arrows were counted); send wrote its key over the trend (a table without a header has no
    headers to be right of) and failed; next-period emptied the statuses the columns were found by,
    and the next check found no table. Now: send, collect, next-period, check and send again."""
    book = _save(tmp_path, EFFEKTMAL)
    assert [i.status for i in actions.check(book).report.items] == [R, R, Y, Y, G]
    sent = actions.send(book)
    (unit,) = [path for _, path, _ in sent.files]
    wb = load_workbook(unit)
    ws = wb.worksheets[0]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Cykelvägar")
    assert ws.cell(row, 3).value == "↑"  # the trend is the unit's to see, never overwritten
    ws.cell(row, 1).value = "Målet har uppnåtts"
    wb.save(unit)
    said = [c.value for c in load_workbook(unit)["Instruktioner"]["A"]]
    assert "Fyll i läget för varje rad. Bara de cellerna går att skriva i." in said  # no comment column
    (draft,) = [d for _, _, d in sent.files]
    from email import message_from_bytes

    text = next(
        p for p in message_from_bytes(draft.read_bytes()).walk() if p.get_content_type() == "text/plain"
    )
    assert "Fyll i läget i den bifogade" in text.get_payload(decode=True).decode()  # the e-mail says the same
    collected = actions.collect(book, [unit]).written
    assert collected is not None
    assert [i.status for i in actions.check(collected).report.items] == [R, G, Y, Y, G]
    new = actions.next_period(collected, None, "2024").written
    assert [i.status for i in actions.check(new).report.items] == [M] * 5
    assert len(actions.send(new).files) == 1


def test_the_seventh_review_of_the_round_without_a_header(tmp_path: Path) -> None:
    """A traffic light right of the items is the status, before stage words left of them (only a
    trend's arrows go last; the reds were counted yellow); next-period names the sheet beside the
    header row and columns (a cover sheet first was read instead: no items, "no problems"); a
    one-word committee's name alone in the status column heads its group; send on a table with a
    header keeps its key right of the headers (a note further right moved it; a cell in XFD
    crashed send)."""
    lights = [["Åtgärder 2026"], []]
    for stage, text, light in [
        ("Klar", "Inventera alla lokaler för energibesparing", "🟢"),
        ("Pågår", "Byta belysning i skolorna till LED", "🔴"),
        ("Pågår", "Utbilda personal i energismart drift", "🟡"),
        ("Ej påbörjad", "Ta fram en ny avfallsplan för kommunen", "🔴"),
        ("Klar", "Installera solceller på stadshuset", "🟢"),
    ]:
        lights.append([stage, text, light])
    assert [i.status for i in actions.check(_save(tmp_path, lights, name="l.xlsx")).report.items] == [
        G,
        R,
        Y,
        R,
        G,
    ]

    wb = Workbook()
    wb.active.title = "Läs mig"
    wb.active["A1"], wb.active["A3"] = "Så här fyller du i", "Skriv läget i kolumn A."
    ws = wb.create_sheet("Uppföljning")
    rows = [*EFFEKTMAL[:3], ["Socialnämnden"], *EFFEKTMAL[3:]]
    for row in rows:
        ws.append(row)
    wb.save(tmp_path / "e.xlsx")
    report = actions.check(tmp_path / "e.xlsx").report
    assert [i.perspective for i in report.items] == ["Socialnämnden"] * 5 and not report.issues
    typo = actions.check(_save(tmp_path, [*EFFEKTMAL, ["Gröm"]], name="t.xlsx")).report
    assert [(x.code, x.fields.get("column")) for x in typo.issues] == [("missing-item", "B")]  # not ””
    new = actions.next_period(tmp_path / "e.xlsx", None, "2024").written
    again = actions.check(new).report
    assert again.layout.sheet == "Uppföljning" and len(again.items) == 5

    headed = [
        ["Mål", "Nämnd", "Läge", "Kommentar"],
        ["Fler i arbete", "SN", "Grön", None, None, None, "privat"],
    ]
    headed.append(["Färre vräkningar", "SN", "Gul"])
    (unit,) = [path for _, path, _ in actions.send(_save(tmp_path, headed, name="h.xlsx")).files]
    assert load_workbook(unit).worksheets[0]["E1"].value == "xlfollow-nyckel"


def test_a_title_right_above_the_first_heading_of_a_table_without_a_header(tmp_path: Path) -> None:
    """The README check: with no blank row under the title, the first heading was taken for the
    header (its goals had no group, the next heading was an error, the title named column A)."""
    rows = [EFFEKTMAL[0], *EFFEKTMAL[2:5], ["Effektmål för natur"], *EFFEKTMAL[5:]]
    report = actions.check(_save(tmp_path, rows)).report
    assert [i.perspective for i in report.items] == ["Effektmål för miljö"] * 2 + ["Effektmål för natur"] * 3
    assert not report.issues and not report.layout.headers


def test_a_column_of_na_alone_is_no_status_column_without_a_header(tmp_path: Path) -> None:
    """The README check: "N/A" beside the goals was read as their status (every goal not
    applicable), the real status column right of it passed over."""
    goals = ["Fler i arbete", "Fler bostäder", "Kortare väntetider", "Mer återbruk", "Färre vräkningar"]
    words = ["Målet har uppnåtts", "Målet har inte uppnåtts", "Målet har delvis uppnåtts"]
    rows = [["Uppföljning 2026"], [], *[[g, "N/A", words[i % 3]] for i, g in enumerate(goals)]]
    assert [i.status for i in actions.check(_save(tmp_path, rows)).report.items] == [G, R, Y, G, R]
    with pytest.raises(InputError):
        actions.check(
            _save(tmp_path, [["Uppföljning 2026"], [], *[[g, "N/A"] for g in goals]], name="na.xlsx")
        )


def test_consolidate_says_a_workbook_from_outside_the_round(tmp_path: Path, capsys: Any) -> None:
    """Consolidating the round's one unit with a workbook never sent said "Två av en enheter …
    har svarat": the answers are the round's units only, the other is said apart."""
    from xlfollow.cli import main

    book = _save(tmp_path, EFFEKTMAL)
    (unit,) = [path for _, path, _ in actions.send(book).files]
    other = tmp_path / "annan.xlsx"
    other.write_bytes(book.read_bytes())
    main(["consolidate", str(unit), str(other), "-o", str(tmp_path / "region.xlsx")])
    out = capsys.readouterr().out
    assert "Enheten som fick uppföljningen har svarat." in out
    assert "inte bland enheterna i utskicket: annan" in out


def test_consolidate_counts_a_unit_answering_from_two_rounds_once(tmp_path: Path, capsys: Any) -> None:
    """The seventh review: a unit's workbook from the first round and from the second said "Tre av
    två enheter … har svarat"."""
    from xlfollow.cli import main

    rows = [["Mål", "Nämnd", "Läge"], ["Fler i arbete", "SN", "Grön"], ["Fler bostäder", "BN", "Gul"]]
    book = _save(tmp_path, rows, name="m.xlsx")
    first = {unit: path for unit, path, _ in actions.send(book).files}
    kept = tmp_path / "r1"
    kept.mkdir()
    for path in first.values():
        (kept / path.name).write_bytes(path.read_bytes())
    new = actions.next_period(book, None, "augusti 2026").written
    book.write_bytes(new.read_bytes())
    second = {unit: path for unit, path, _ in actions.send(book).files}
    main(
        [
            "consolidate",
            str(kept / first["SN"].name),
            str(kept / first["BN"].name),
            str(second["SN"]),
            "-o",
            str(tmp_path / "r.xlsx"),
        ]
    )
    out = capsys.readouterr().out
    assert "Tre av" not in out and "har svarat" in out


def test_a_sections_header_under_computed_goals_goes_on_with_them(tmp_path: Path) -> None:
    """The sixth review: "Ekonomi | Målvärde | Utfall" after a blank row heads more goals, no other
    table (two goals were dropped); only periods over the target and outcome head another table."""
    rows = [
        ["Indikator", "Målvärde", "Utfall"],
        ["Andel nöjda invånare ska öka", "minst 80 %", "85 %"],
        ["Antal besök ska öka", "minst 1000", "900"],
        [],
        ["Ekonomi", "Målvärde", "Utfall"],
        ["Budgetavvikelse", "högst 0", "-2"],
        ["Soliditet ska öka", "minst 30 %", "35 %"],
    ]
    texts = [i.text for i in actions.check(_save(tmp_path, rows)).report.items]
    assert {"Budgetavvikelse", "Soliditet ska öka"} <= set(texts)


def test_the_review_of_the_status_before_its_item(tmp_path: Path) -> None:
    """The fifth review: a table without a header with stage words left of the items and statuses
    right of them reads the statuses right of them (as before); a header without a status column
    over a heading stays refused (its "Kommentar" was read as a status without a header); under a
    header, a text alone in a status column left of the items stays an error, no heading."""
    rows = [
        ["Socialnämnden"],
        ["Pågår", "Bygga nytt LSS-boende i Sandviken", "Grön"],
        ["Klar", "Införa digital signering av beslut", "Grön"],
        ["Pågår", "Utreda samordnad hemtjänst", "Röd"],
        ["Pågår", "Minska andelen timanställda", "Gul"],
        ["Klar", "Ny rutin för orosanmälningar", "Röd"],
    ]
    result = actions.check(_save(tmp_path, rows, name="a.xlsx"))
    assert [i.status for i in result.report.items] == [G, G, R, Y, R]
    rows = [
        ["Mål", "Ansvarig", "Kommentar"],
        ["Trygg och säker kommun"],
        *[[g, u, c] for g, u, c in [("Fler i arbete", "AMN", "Klart"), ("Färre vräkningar", "SN", "Pågår")]],
        *[
            [g, u, c]
            for g, u, c in [("Kortare väntetider", "BN", "Försenat"), ("Mer återbruk", "TN", "Klart")]
        ],
    ]
    with pytest.raises(InputError):
        actions.check(_save(tmp_path, rows, name="b.xlsx"))
    rows = [
        ["Läge", "Mål", "Kommentar"],
        ["Grön", "Fler i arbete", "Bra"],
        ["Gul", "Färre vräkningar"],
        ["Gröm ok"],
        ["Röd", "Kortare väntetider"],
    ]
    result = actions.check(_save(tmp_path, rows, name="c.xlsx"))
    assert {i.perspective for i in result.report.items} == {None}
    assert any(issue.row == 4 for issue in result.report.issues)


def test_a_legend_sheet_or_an_unread_header_is_never_a_table_without_a_header(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Nämndernas mål"
    for row in (
        ["Nämndmål 2025 – uppföljning"],
        ["Vad vi vill uppnå", "Hur det gick", "Vår bedömning"],
        [1, 2, 3],  # the columns numbered: the header is not read from its values either
        ["Fler i arbete", "Arbetslösheten minskade till 6 %", "Bra"],
        ["Fler bostäder", "120 färdigställda", "Godtagbart"],
    ):
        ws.append(row)
    legend = wb.create_sheet("Bedömningsgrunder")
    for row in (
        ["Så här bedömer vi målen"],
        [],
        ["Målet är helt uppnått under perioden", "Grön"],
        ["Målet är delvis uppnått, arbete pågår", "Gul"],
        ["Målet är inte uppnått och åtgärder krävs", "Röd"],
        ["Målet har inte kunnat bedömas eller mäts inte i år", "Ej aktuell"],
    ):
        legend.append(row)
    wb.save(tmp_path / "legend.xlsx")
    with pytest.raises(InputError):
        actions.check(tmp_path / "legend.xlsx")
    rows = [
        ["Politiska uppdrag 2024"],
        # a header xlfollow cannot name (a date in it: no plain header): not "no header". A year
        # typed as a number is a header's text since 2026-12-07 (the row is then read by values)
        ["Vad ska göras", "Hur går det?", datetime(2024, 5, 2)],
        *[[f"Utreda fråga {n} om verksamheten", s] for n, s in enumerate(["Avslutat", "Pågående"] * 3)],
    ]
    with pytest.raises(InputError):
        actions.check(_save(tmp_path, rows, name="unread.xlsx"))


def test_a_title_above_the_header_is_not_its_upper_row(tmp_path: Path) -> None:
    rows = [
        ["Socialnämnden", None, None, None, None, "Reviderad 2025-05-02"],
        ["Mål", "Indikator", "Utfall", None, "Kommentar"],
        ["Trygg kommun", "Upplevd trygghet", "72 %", "Grön", "bra"],
        [None, "Anmälda brott", 1200, "Gul", "fler"],
        [None, "Belysta gång- och cykelvägar", "85 %", "Grön", None],
        ["Attraktiv arbetsgivare", "Sjukfrånvaro", "6 %", "Röd", "hög"],
    ]
    layout = actions.check(_save(tmp_path, rows)).report.layout
    assert (layout.header_row, layout.header_span, layout.header("goal")) == (2, 1, "Mål")


def test_next_period_on_two_period_groups_adds_the_new_group_and_reads_it(tmp_path: Path) -> None:
    rows = [
        ["Mål", "Indikator", "Tertial 1", None, "Tertial 2", None, "Kommentar"],
        [None, None, "Utfall", "Läge", "Utfall", "Läge", None],
        ["Trygg kommun", "Upplevd trygghet", "70 %", "Gul", "75 %", "Grön", "Ok"],
        [None, "Anmälda brott", "1200", "Grön", "1500", "Röd", "Ökning"],
    ]
    book = _save(tmp_path, rows, ("A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2"))
    assert [i.status for i in actions.check(book).report.items] == [G, R]  # the latest group
    done = actions.next_period(book, None, "Tertial 3")
    assert done.facts.column == "Tertial 3 Läge" and done.facts.added
    report = actions.check(done.written).report
    assert report.layout.header("status") == "Tertial 3 Läge"
    assert [i.status for i in report.items] == [M, M]


def test_a_period_letter_before_a_hyphen_stays_a_status_header() -> None:
    assert match_header("Q-status") == "status" and match_header("T-status") == "status"


def test_goals_written_as_long_sentences_stay_items_after_next_period(tmp_path: Path) -> None:
    """A second review: a goal of one long sentence is no commentary, nor the text between sections."""
    goal = "Andelen elever som når kunskapskraven i alla ämnen i årskurs 9 ska öka varje år till 2030."
    end = [["Mål", "Målvärde", "Utfall", "Läge"], ["Fler i arbete", "80 %", "82 %", "Grön"]]
    end += [
        ["Kortare köer", "30", "28", "Grön"],
        ["Färre olyckor", "40", "45", "Röd"],
        [goal, None, None, "Grön"],
    ]
    sections: list[list[Any]] = []
    for n in range(3):
        sections += [["Mål", "Läge", "Kommentar"], [f"Mål {n}", "Grön", "Bra"], [goal, "Gul", "Pågår"], []]
    for name, rows, items in (("slut.xlsx", end, 4), ("delar.xlsx", sections, 6)):
        book = _save(tmp_path, rows, name=name)
        assert actions.check(book).rollup.items == items
        new = actions.next_period(book, None, "T2 2026").written
        assert actions.check(new).rollup.items == items, name


def test_a_header_with_nothing_under_it_leaves_the_table_above_it(tmp_path: Path) -> None:
    """Georges River 2022: the indicators without a header, then the next section's header cut off
    by the page: the header with no rows is no table, and the rows above are read (they read as
    nothing, 0 items and "no problems", before)."""
    indicators = [
        [f"Number of street trees planted in ward {n}", "≥ 20", n * 7, "On Track"] for n in range(1, 6)
    ]
    book = _save(
        tmp_path,
        [
            ["Performance Indicators"],
            *indicators,
            [None],
            ["Goal 2.1: A green city"],
            ["Action Code", "Action Name", "Status", "Comments"],
        ],
    )
    assert [s for _, s in _statuses(book)] == [Status.GREEN] * 5


def test_a_description_beside_a_comments_column_is_the_item(tmp_path: Path) -> None:
    """ "Description | Baseline | Annual Target | Results To Date | Status YTD | Comments" (Georges
    River 2021/22): the description is what is followed up; alone, "Description" stays the comment
    (Hart's tables)."""
    assert match_header("Number of hectares of active bush regeneration activities.") is None  # a sentence
    assert match_header("Description") == "comment"
    header = ["Description", "Baseline", "Annual Target", "Results To Date", "Status YTD", "Comments"]
    legend = ["Completed", "On track", "Ongoing", "On hold", "Behind Schedule", "Carry forward"]
    rows = [
        [
            "Number of hectares of active bush regeneration activities.",
            "Baseline - New measure",
            "≥ 20",
            112,
            "Achieved",
            "Managed 112 ha.",
        ],
        [
            "Number of volunteer hours",
            "Baseline 3,049",
            "= 3,200",
            2134,
            "Not Achieved",
            "Public Health Order.",
        ],
        ["Street trees planted each year", "Baseline – 300", "=350", 660, "Achieved", "660 trees."],
    ]
    # the legend's words printed above the header and again under the table: no item; the next
    # section's numbered headings after the last indicator, cut off by the page, are no items either
    book = _save(
        tmp_path,
        [
            ["Performance Indicators"],
            legend,
            header,
            *rows,
            legend,
            ["Goal 3.1: The LGA has a range of transport options."],
            ["Strategy 3.1.1: Lobby for improved commuter car parking."],
        ],
    )
    assert _statuses(book) == [
        (rows[0][0], Status.GREEN),
        (rows[1][0], Status.RED),
        (rows[2][0], Status.GREEN),
    ]


def test_a_numbered_text_stays_an_item_unless_a_word_names_it_a_level(tmp_path: Path) -> None:
    """ "3. Kortare köer" after the assessed items is an item not assessed yet; "Mål 2.1:" above
    unnumbered items is a level; with no status anywhere yet, "Mål 1.1:" rows are the items."""
    header = ["Framgångsfaktor", "Läge"]
    book = _save(
        tmp_path, [header, ["Fler i arbete", "grön"], ["Färre olyckor", "röd"], ["3. Kortare köer", None]]
    )
    assert [t for t, _ in _statuses(book)] == ["Fler i arbete", "Färre olyckor", "3. Kortare köer"]
    unfilled = _save(
        tmp_path, [header, ["Mål 1.1: Fler i arbete", None], ["Mål 1.2: Färre olyckor", None]], name="u.xlsx"
    )
    assert [t for t, _ in _statuses(unfilled)] == ["Mål 1.1: Fler i arbete", "Mål 1.2: Färre olyckor"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("MÅLBEDÖMNING", "status"),  # Nynäshamn 2021: a closed compound, read by its head
        ("Helhetsbedömning", "status"),
        ("Projektstatus", "status"),
        ("Lägeskommentar", "comment"),
        ("Utgångsläge", None),  # a baseline: "läge" is too short a head to trust
        ("Delmålsbeskrivning", None),  # what is followed up, never the comment
        ("Workprogress", None),  # English writes no closed compounds
    ],
)
def test_a_closed_compound_header_names_what_its_head_names(header: str, field: str | None) -> None:
    assert match_header(header) == field


# --- the fifth review's cases: each read wrong before its fix --------------------------------------
def test_a_template_with_no_rows_yet_stays_an_empty_follow_up(tmp_path: Path) -> None:
    """A legend table above a header with nothing under it was read as three items (the header
    with no rows gave way to any table above it); a lists sheet beside a template refused the
    book. Only a table without a header gives an empty header way (Georges River 2022)."""
    legend = [["Läge", "Förklaring"], ["Grön", "Målet är uppfyllt"], ["Gul", "Delvis"], ["Röd", "Inte"]]
    book = _save(tmp_path, [["Uppföljning 2025"], [], *legend, [], ["Mål", "Nämnd", "Läge", "Kommentar"]])
    report = actions.check(book).report
    assert report.items == () and report.layout.header_row == 8
    wb = Workbook()
    wb.active.title = "Uppföljning"
    wb.active.append(["Mål", "Nämnd", "Läge", "Kommentar"])
    lists = wb.create_sheet("Listor")
    for row in [["Läge", "Nämnd", "Förklaring"], ["Grön", "KS", "Uppfyllt"], ["Röd", "BUN", "Inte"]]:
        lists.append(row)
    lists.sheet_state = "hidden"
    wb.save(tmp_path / "mall.xlsx")
    assert actions.check(tmp_path / "mall.xlsx").report.items == ()


def test_a_description_beside_a_goal_stays_the_comment(tmp_path: Path) -> None:
    """ "Mål | Beskrivning | Nämnd | Läge | Kommentar": the goals are the items (the description
    took them, and rows without a description lost their statuses)."""
    rows = [
        ["Mål", "Beskrivning", "Nämnd", "Läge", "Kommentar"],
        ["Fler i arbete", "Andelen i arbete ska öka", "KS", "Grön", None],
        ["Kortare köer", None, "SN", "Röd", "Personalbrist"],
        ["Minskade utsläpp", None, "TN", "Gul", "Nära"],
    ]
    assert [s for _, s in _statuses(_save(tmp_path, rows))] == [Status.GREEN, Status.RED, Status.YELLOW]


def test_a_header_ending_with_a_full_stop_is_a_header(tmp_path: Path) -> None:
    """ "Nämndens kommentar till utfallet." names the comment (the sentence rule dropped it, and
    with it the check that red and yellow are explained)."""
    assert match_header("Nämndens kommentar till utfallet.") == "comment"
    assert match_header("Bedömning av måluppfyllelse enligt nämnden.") == "status"


def test_a_row_of_the_table_above_printed_again_in_the_next_is_an_item(tmp_path: Path) -> None:
    """Two tables with different headers; an action in both (the rows above the second header are
    the first table's items, no legend): four items (the second was dropped as page furniture)."""
    rows = [
        ["Mål", "Nämnd", "Läge", "Kommentar"],
        ["Fler i arbete", "KS", "Grön", None],
        ["Genomföra medarbetarenkät", "KS", "Grön", None],
        [],
        ["Aktivitet", "Nämnd", "Status", "Kommentar"],
        ["Genomföra medarbetarenkät", "KS", "Grön", None],
        ["Ny IT-plattform", "KS", "Röd", "Försenad"],
    ]
    assert len(_statuses(_save(tmp_path, rows))) == 4


def test_numbered_headings_stay_headings_when_the_round_empties_the_statuses(tmp_path: Path) -> None:
    """ "Goal 3.1:" over unnumbered indicators is a level with statuses filled in and after
    next-period has emptied them (the headings became items mid-round, and send sent them)."""
    header = ["Indicator", "Responsible", "Status", "Comments"]
    filled = [
        header,
        ["Goal 3.1: A clean and healthy environment"],
        ["Tonnes of waste diverted from landfill", "Waste Services", "On track", "Good"],
        ["Hectares of bush regenerated", "Environment", "Off track", "Rain"],
        ["Goal 3.2: Sustainable transport"],
        ["Kilometres of new cycleway", "Infrastructure", "On track", "Done"],
        ["Goal 3.3: Resilient community"],
    ]
    emptied = [[*row[:2], None, row[3]] if len(row) > 1 and row is not header else row for row in filled]
    for name, rows in (("filled.xlsx", filled), ("emptied.xlsx", emptied)):
        report = actions.check(_save(tmp_path, rows, name=name)).report
        assert [i.goal for i in report.items] == [
            "A clean and healthy environment",
            "A clean and healthy environment",
            "Sustainable transport",
        ], name


@pytest.mark.parametrize("years", [("2020", "2021"), (2020, 2021)], ids=["texts", "numbers"])
def test_figures_under_a_year_and_under_mal_are_outcome_and_target(
    tmp_path: Path, years: tuple[object, object]
) -> None:
    """Vansbro 2021: "Indikatorer | 2021 | Mål | | Trend", a paragraph under each indicator with a
    trend's sign beside it: the latest year over figures is the outcome, "Mål" over figures the
    target, the trend no status, each paragraph its indicator's comment; lower is better by the
    indicator's name ("Låg brottslighet" 632 against 700). Computed, three green. The years may be
    typed as numbers (no header was found)."""
    rows = [
        ["Indikatorer", *years, "Mål", None, "Trend"],
        ["Låg brottslighet (anmälda våldsbrott per 100 000 invånare)", "700", "632", "700", None, "+"],
        [
            "Vansbro hade 43 polisanmälda våldsbrott under 2021. Antalet har sjunkit stadigt de senaste"
            " åren, men fler kvinnor har utsatts för våld i nära relation.",
            None,
            None,
            None,
            None,
            "-",
        ],
        ["Låg arbetslöshet", "3,1 %", "2,7 %", "3 %", None, "+"],
        [
            "Andel ungdomar som studerar eller arbetar ett år efter gymnasiet",
            "70 %",
            "77,6 %",
            "72,4 %",
            None,
            "+",
        ],
    ]
    report = actions.check(_save(tmp_path, rows)).report
    assert (
        report.layout.computed
        and report.layout.column("outcome") == 3
        and report.layout.column("target") == 4
    )
    assert [i.status for i in report.items] == [Status.GREEN] * 3
    assert report.items[0].comment is not None and report.items[0].comment.startswith("Vansbro hade 43")


def test_a_closed_compound_never_takes_a_field_a_header_names_outright(tmp_path: Path) -> None:
    """ "Budgetstatus" or "Riskbedömning" left of "Status"/"Läge" took the status (the sixth
    review); "Projekt | Projektstatus" with no item header reads the item by its values."""
    for header in (
        ["Aktivitet", "Budgetstatus", "Status", "Kommentar"],
        ["Mål", "Riskbedömning", "Läge", "Kommentar"],
    ):
        rows = [header, ["Nytt badhus", "Röd", "Grön", "ok"], ["Skolbygge", "Grön", "Röd", "nej"]]
        assert [s for _, s in _statuses(_save(tmp_path, rows))] == [Status.GREEN, Status.RED], header
    rows = [
        ["Projekt", "Projektstatus", "Kommentar"],
        ["Nytt badhus", "Gul", "Försenat"],
        ["Skolbygge", "Gul", "Dyrt"],
    ]
    assert _statuses(_save(tmp_path, rows, name="p.xlsx")) == [
        ("Nytt badhus", Status.YELLOW),
        ("Skolbygge", Status.YELLOW),
    ]


def test_a_column_that_answers_its_header_is_the_status_through_the_round(tmp_path: Path) -> None:
    """Västervik 2022: "Mål | Kommentarer | Uppfyllt Ja/Nej": ja green, nej red, delvis yellow, said
    in the reading; "Achieved" over figures is no status (refused as before); after next-period
    (no answers yet) the header's own scale still names the status, and a unit's list of words
    offers the answers."""
    from xlfollow.next_period import next_period

    rows = [
        ["Mål", "Kommentarer", "Uppfyllt\nJa/Nej", "Nämnd"],
        ["Fler i arbete", "Bra år", "Ja", "KS"],
        ["Kortare köer", "Personalbrist", "Nej", "SN"],
        ["Minskade utsläpp", "På väg", "Delvis", "TN"],
    ]
    book = _save(tmp_path, rows)
    report = actions.check(book).report
    assert [i.status for i in report.items] == [Status.GREEN, Status.RED, Status.YELLOW]
    assert any("svarar på frågan" in line for line in reading_lines(report))
    figures = [["Indicator", "Target", "Achieved"], ["Share in work", "90 %", "92 %"], ["Queues", "30", "35"]]
    with pytest.raises(InputError):  # figures under "Achieved" answer nothing: never the status
        actions.check(_save(tmp_path, figures, name="f.xlsx"))
    emptied = next_period(book, tmp_path / "nasta.xlsx", "2027").written
    after = actions.check(emptied).report
    assert after.layout.column("status") == 3 and {i.status for i in after.items} == {Status.MISSING}
    unit = next(w for u, w, _ in actions.send(book, tmp_path / "ut").files if u == "KS")
    choices = load_workbook(unit).worksheets[0].data_validations.dataValidation[0].formula1
    assert "Ja" in choices and "Nej" in choices


@pytest.mark.parametrize(
    ("header", "answers", "expected"),
    [
        # a target word that asks: "Target met" was the target's column; Y was the yellow of RAG
        (
            ["Indicator", "Target", "Actual", "Target met"],
            ["Y", "N", "Y"],
            [Status.GREEN, Status.RED, Status.GREEN],
        ),
        # open data's snake_case (the Government of Canada's service standards: target_met Y/N)
        (
            ["service_standard_en", "target", "performance", "target_met"],
            ["Y", "Y", "N"],
            [Status.GREEN, Status.GREEN, Status.RED],
        ),
        # a goal word that asks: "Målet uppnått" was the item, the goals a perspective
        (
            ["Mål", "Målvärde", "Utfall", "Målet uppnått"],
            ["Ja", "Nej", "Nej"],
            [Status.GREEN, Status.RED, Status.RED],
        ),
    ],
    ids=["target-met", "target_met", "malet-uppnatt"],
)
def test_a_target_or_goal_word_that_asks_is_the_status_where_its_cells_answer(
    tmp_path: Path, header: list[str], answers: list[str], expected: list[Status]
) -> None:
    items = ["Calls answered within 60 seconds", "Planning decisions within 8 weeks", "Streets cleaned"]
    rows = [header, *[[text, "90%", "92%", said] for text, said in zip(items, answers, strict=True)]]
    report = actions.check(_save(tmp_path, rows)).report
    assert [i.text for i in report.items] == items
    assert [i.status for i in report.items] == expected
    assert report.layout.column("status") == 4 and report.layout.column("target") == 2


def test_tables_under_a_header_of_two_rows_whose_upper_row_names_item_and_status(tmp_path: Path) -> None:
    """Kent's quarterly performance report 2024/25: "KPIs | RAG rating | | DoT" over " | Latest |
    Previous", a table per directorate under its paragraph. The upper row alone named the item and
    the status, so "Latest | Previous" was read as an item (an error each); a directorate whose
    header names it ("Integrated Children's Services" where the others say "… KPIs") was an item
    with the status "RAG rating". Both rows are the header, the status the latest period's, and the
    header again with another section's name starts a table."""
    rows: list[list[object]] = [["Quarterly Performance Report"], []]
    for section, items in (
        (
            "Customer Services KPIs",
            [("Calls answered", "GREEN", "AMBER"), ("Complaints on time", "RED", "RED")],
        ),
        (
            "Integrated Children's Services",
            [("Foster households", "RED", "RED"), ("Repeat referrals", "GREEN", "GREEN")],
        ),
        (
            "Public Health KPIs",
            [("Health checks", "AMBER", "GREEN"), ("Treatment completed", "GREEN", "GREEN")],
        ),
    ):
        rows += [[f"{section} – commentary on the quarter."], []]
        rows += [[section, "RAG rating", None, "DoT"], [None, "Latest", "Previous", None]]
        rows += [[text, latest, previous, "⇨"] for text, latest, previous in items]
        rows.append([])
    report = actions.check(_save(tmp_path, rows)).report
    assert not report.issues
    assert [(i.text, i.status) for i in report.items] == [
        ("Calls answered", Status.GREEN),
        ("Complaints on time", Status.RED),
        ("Foster households", Status.RED),
        ("Repeat referrals", Status.GREEN),
        ("Health checks", Status.YELLOW),
        ("Treatment completed", Status.GREEN),
    ]
    assert [t.header_span for t in report.layout.tables()] == [2, 2, 2]
    # the first table's title too: it was looked for in the header's upper row
    assert all(i.perspective for i in report.items), [i.perspective for i in report.items]


def test_of_previous_and_latest_the_latest_is_the_status_wherever_it_stands(tmp_path: Path) -> None:
    """The README check: "RAG rating" over "Previous | Latest" read the Previous column (the first)."""
    rows = [
        ["KPIs", "RAG rating", None, "DoT"],
        [None, "Previous", "Latest", None],
        ["Percentage of adults receiving direct payments", "Amber", "Green", "↑"],
        ["Proportion of safeguarding enquiries completed", "Green", "Red", "↓"],
        ["Carers assessed within 28 days of referral", "Green", "Green", "→"],
    ]
    report = actions.check(_save(tmp_path, rows)).report
    assert report.layout.header_of(report.layout.columns["status"]) == "RAG rating Latest"
    assert [i.status for i in report.items] == [Status.GREEN, Status.RED, Status.GREEN]


_BLOCK = [
    ["Fler invånare ska välja kollektivtrafik i hela länet", "Grön"],
    ["Andelen förnybar energi i kommunens verksamheter ska öka", "Gul"],
    ["Sjukfrånvaron bland medarbetarna ska minska till under sex procent", "Röd"],
    ["Alla elever ska lämna grundskolan med godkända betyg i alla ämnen", "Grön"],
]
_HEADED = [
    ["Mål", "Status", "Kommentar"],
    ["Kundnöjdheten i bygglovsärenden ska öka", "Grön", "NKI 72"],
    ["Handläggningstiden för bygglov ska vara högst åtta veckor", "Röd", "Tio veckor"],
    ["Antalet nya bostäder ska vara minst 300 per år", "Gul", "260"],
]


def test_a_table_without_a_header_above_a_headed_one_is_read_and_goes_through_the_round(
    tmp_path: Path,
) -> None:
    """Four goals with their statuses under a title, then a headed table: the four were dropped
    without a word ("Inga problem hittades", three items). Both tables are read, the first by its
    values; next-period's lines for it leave the headed table's "Mål" an item (the settings' letter
    "column.item = A" made it a goal, the header row an item), and an emptied goal right above the
    second header stays an item, never that table's title (the last round's texts say so)."""
    book = _save(tmp_path, [["Uppföljning 2025"], [], *_BLOCK, [], *_HEADED])
    assert _statuses(book) == [
        (r[0], s) for r, s in zip(_BLOCK + _HEADED[1:], (G, Y, R, G, G, R, Y), strict=True)
    ]
    assert not actions.check(book).report.issues
    new = actions.next_period(book, tmp_path / "n.xlsx", "augusti 2026").written
    assert _statuses(new) == [(r[0], M) for r in _BLOCK + _HEADED[1:]]


def test_goals_above_a_table_that_no_table_holds_are_said(tmp_path: Path) -> None:
    """Goals at the sheet's very top (no row for a header above them) or three of them (fewer
    than a table read by its values needs) above a headed table: not counted, and said at the first
    one's cell in one warning; a key's marks left of their meanings above a table are no goals."""
    top = _save(tmp_path, [*_BLOCK, [], *_HEADED], name="top.xlsx")
    report = actions.check(top).report
    assert len(report.items) == 3
    said = [i for i in report.issues if i.code == "rows-above-table"]
    assert [(i.cell, i.fields["rows"], i.fields["header"]) for i in said] == [("A1", "1, 2, 3, 4", 6)]
    three = _save(tmp_path, [["Uppföljning 2025"], [], *_BLOCK[:3], [], *_HEADED], name="three.xlsx")
    said = [i for i in actions.check(three).report.issues if i.code == "rows-above-table"]
    assert [i.cell for i in said] == ["A3"] and "Raderna 3, 4, 5 ovanför tabellen på rad 7" in said[
        0
    ].message()
    key = [
        ["↑", "Resultatet förbättras jämfört med förra året"],
        ["↓", "Resultatet försämras jämfört med förra året"],
    ]
    keyed = _save(
        tmp_path,
        [*key, ["→", "Resultatet är oförändrat jämfört med förra året"], [], *_HEADED],
        name="k.xlsx",
    )
    assert not actions.check(keyed).report.issues


def test_a_column_of_yes_and_no_answers_whatever_its_header_and_through_the_round(tmp_path: Path) -> None:
    """The US Federal Data Strategy's Milestone 2.1 (77): agencies with "Y" or "N" under "Did an
    agency post DGB to webpage?". Y and N both, and nothing else, answer yes and no (Y was yellow, N
    unknown); a header that asks a question names no item ("post" is the Swedish word for item: the
    question was the item column); a row of totals under them is said, not counted. After
    next-period the column is named and Y and N keep their meaning, also in a round answered Y only."""
    rows = [
        ["Milestone 2.1: Publish agency data governance materials"],
        [],
        ["CFO Act Agencies", "Did an agency post DGB to webpage?", "Posted Charter on Webpage?"],
        ["Department of Agriculture", "Y", "Y"],
        ["Department of Defense", "N", "N"],
        ["Department of Energy", "N", "Y"],
        ["Department of Justice", "Y", "N"],
        ["*Summary Count of Agencies Posting Data Governance Body Materials*:", 37, 38],
    ]
    book = _save(tmp_path, rows)
    report = actions.check(book).report
    assert _statuses(book) == [(r[0], {"Y": G, "N": R}[r[1]]) for r in rows[3:7]]
    assert [(i.code, i.cell) for i in report.issues] == [("summary-line", "A8")]
    new = actions.next_period(book, tmp_path / "n.xlsx", "augusti 2026").written
    wb = load_workbook(new)
    for row in range(4, 8):
        wb["Uppföljning"].cell(row, 2).value = "Y"
    wb.save(new)
    assert _statuses(new) == [(r[0], G) for r in rows[3:7]]


def test_a_column_of_y_alone_or_with_g_and_r_stays_a_scale(tmp_path: Path) -> None:
    """Yes and no need both: "Y" beside "G" and "R" is a RAG scale's yellow, as before."""
    rows = [
        ["Mål", "RAG"],
        ["Fler i arbete", "G"],
        ["Fler bostäder", "Y"],
        ["Mindre buller", "R"],
        ["Mer grönt", "N"],
    ]
    assert [s for _, s in _statuses(_save(tmp_path, rows))] == [G, Y, R, None]


def _uppdrag(statuses: list[str | None]) -> list[list[Any]]:
    rows: list[list[Any]] = [["Uppdrag från KF/KS", "Uppdragets status och kommentar"]]
    for n, status in enumerate(statuses, start=1):
        rows += [
            [f"Alla nämnder får i uppdrag att utreda fråga nummer {n} under året", status],
            [None, datetime(2025, 12, n)],
            ["Uppdragsår", f"Uppdraget återrapporterades till nämnden i december, punkt {n}."],
            [2025],
        ]
    return rows


def test_the_rows_of_a_block_under_each_item_inside_a_table_are_no_items(tmp_path: Path) -> None:
    """Göteborg's Intraservice 2025 (87): each uppdrag's row with its status is followed by the
    status's date, "Uppdragsår | its comment" and the year alone. They were items without status
    (and the date a row without text): 13 items became 45. A short label three times at least,
    never beside a status, its value under it and the date are the item's block; the label's text
    is the item's comment; the reading says which rows; after next-period Historik's items keep
    them apart (no status left to tell them)."""
    book = _save(tmp_path, _uppdrag(["Avslutad", "Pågående", "Avslutad"]))
    report = actions.check(book).report
    assert [(i.row, i.status) for i in report.items] == [(2, G), (6, Y), (10, G)]
    assert report.items[1].comment == "Uppdraget återrapporterades till nämnden i december, punkt 2."
    assert not report.issues
    assert any(line.startswith("Raderna under varje post med etiketter") for line in reading_lines(report))
    new = actions.next_period(book, tmp_path / "n.xlsx", "2026").written
    assert [(i.row, i.status) for i in actions.check(new).report.items] == [(2, M), (6, M), (10, M)]


def test_short_items_repeated_with_their_statuses_stay_items(tmp_path: Path) -> None:
    """The rule's guards: a short text repeated with a status of its own (the same goal for three
    committees) is an item; so are repeated short texts in a table where nothing has a status yet
    and no last round is known (a new template)."""
    rows = [["Mål", "Nämnd", "Läge"]]
    rows += [
        ["Ökad nöjdhet", unit, status] for unit, status in (("SN", "Grön"), ("BN", "Gul"), ("KN", "Röd"))
    ]
    rows += [["Fler i arbete", "SN", "Grön"], ["Fler bostäder", "BN", "Gul"], ["Mindre buller", "KN", "Röd"]]
    assert len(_statuses(_save(tmp_path, rows, name="a.xlsx"))) == 6
    blank = (
        [["Uppdrag", "Status och kommentar"]] + [["Ökad nöjdhet", None]] * 3 + [["Fler i arbete", None]] * 3
    )
    assert len(_statuses(_save(tmp_path, blank, name="b.xlsx"))) == 6
