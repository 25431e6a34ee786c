"""Blocks of label and value rows, one block per goal (core/forms.py; issue 19): Kungsbacka
kommun's årsredovisning 2023 and 2024 (tests/data/layouts/81, 82, built by a helper who had not seen
the code; both refused or misread before: the indicator tables between the blocks were read, 80 and
55 "items" of unknown statuses). Each through check, learn, run, next-period and the next round."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers import BELOW_LABEL, IN_THE_CELL
from openpyxl import Workbook, load_workbook
from published import FIELDS, LAYOUTS

from xlfollow import actions
from xlfollow.cli import main
from xlfollow.core.reading import reading_lines
from xlfollow.core.status import Status

KUNGSBACKA = LAYOUTS / "81_kungsbacka-kft-arsredovisning-kf-och-namndmal-2023.xlsx"
G, Y, R, M = Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING


def _counts(book: Path) -> dict[str, int]:
    rollup = actions.check(book).rollup
    return {"items": rollup.items, **{k: rollup.status.get(k, 0) for k in FIELDS[1:]}}


def _expected(book: Path) -> dict[str, int]:
    return json.loads(book.with_suffix(".json").read_text("utf-8"))["expected"]


def _blocks(tmp_path: Path, blocks: list[tuple[str | None, str | None]], name: str = "b.xlsx") -> Path:
    """A sheet of blocks: each a heading (None: none) and its status (None: blank), between them a
    table of indicators."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    ws.append(["Nämndens årsredovisning 2025"])
    for n, (heading, status) in enumerate(blocks, start=1):
        if heading is not None:
            ws.append([heading])
        ws.append(["Beslutats av", "Nämnd"])
        ws.append(["Nämndens bedömning", status])
        ws.append(["Kommentar på nämndmål", f"Kommentar {n}"])
        ws.append(["Indikatorer", "Utfall 2024", "Utfall 2025"])
        ws.append(["Brukarbedömning hemtjänst", "88 %", "90 %"])
    path = tmp_path / name
    wb.save(path)
    return path


def test_kungsbacka_reads_as_counted_by_hand_and_says_how() -> None:
    report = actions.check(KUNGSBACKA).report
    assert _counts(KUNGSBACKA) == _expected(KUNGSBACKA)
    first = report.items[0]
    assert (first.row, first.text, first.status) == (
        7,
        "3.1 En attraktiv kommun att bo, verka och vistas i",
        Y,
    )
    assert first.comment is None  # "Sammanfattning av …" names no comment; "Kommentar på nämndmål" does
    assert report.items[1].comment and report.items[1].comment.startswith("Vi har kraftsamlat")
    assert not report.issues
    said = "\n".join(reading_lines(report))
    assert "i block med etiketter i kolumn A" in said and "”Nämndens bedömning”" in said
    # no header names what the blocks follow up: items, not "framgångsfaktorer" (seen on the printed page)
    from xlfollow.core.texts import summary_sentence

    rollup = actions.check(KUNGSBACKA).rollup
    assert summary_sentence(report.layout.kind, rollup.status).startswith("Av de 13 posterna bedöms två")


def test_learn_changes_nothing_and_one_meaning_edited_is_read(tmp_path: Path) -> None:
    """learn on a workbook it reads exactly: its table pins nothing that would stop the blocks being
    found, and the next run counts the same; then one meaning edited in the table is what run reads."""
    book = tmp_path / "k.xlsx"
    book.write_bytes(KUNGSBACKA.read_bytes())
    assert main(["learn", str(book)]) == 0
    assert _counts(book) == _expected(KUNGSBACKA)
    wb = load_workbook(book)
    rows = {row[0].value: row for row in wb["xlfollow"].iter_rows() if row[0].value}
    assert "header_row" not in rows and not any(str(k).startswith("column.") for k in rows)
    rows["status.Vi har nått målet"][1].value = "gul"
    wb.save(book)
    assert main(["run", str(book), "-o", str(tmp_path / "klar.xlsx")]) == 0
    expected = _expected(KUNGSBACKA)
    moved = {**expected, "green": 0, "yellow": expected["yellow"] + expected["green"]}
    assert _counts(tmp_path / "klar.xlsx") == moved


def test_run_colours_the_value_beside_the_label_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "klar.xlsx"
    assert main(["run", str(KUNGSBACKA), "-o", str(out)]) == 0
    before, after = load_workbook(KUNGSBACKA)["Uppföljning mål"], load_workbook(out)["Uppföljning mål"]
    rows = {i.row for i in actions.check(KUNGSBACKA).report.items}
    for row in after.iter_rows():
        for cell in row:
            old = before[cell.coordinate]
            assert cell.value == old.value, cell.coordinate
            if cell.row in rows and cell.column == 2:
                assert cell.fill.fgColor.rgb in ("FFFFEB9C", "FFC6EFCE"), cell.coordinate  # gul, grön
            else:
                assert cell.fill.fgColor.rgb == old.fill.fgColor.rgb, cell.coordinate


def test_next_period_empties_the_values_and_the_next_round_reads_the_same_blocks(tmp_path: Path) -> None:
    new = actions.next_period(KUNGSBACKA, tmp_path / "n.xlsx", "april 2024").written
    before = actions.check(KUNGSBACKA).report.items
    after = actions.check(new).report.items
    assert [(i.row, i.text) for i in after] == [(i.row, i.text) for i in before]
    assert {i.status for i in after} == {M}
    wb = load_workbook(new)
    ws = wb["Uppföljning mål"]
    ws.cell(before[0].row, 2).value = "Vi har inte nått målet"
    wb.save(new)
    report = actions.check(new).report
    assert report.items[0].status is R and report.change is not None
    assert "har ännu inget läge" in report.change.sentence(report.layout.kind)


def test_send_refuses_blocks_in_one_line_and_writes_nothing(tmp_path: Path) -> None:
    """A unit's workbook holds its rows, not the blocks around them (a review: `send --by A` ended in
    the check after writing's "skicka till den som förvaltar xlfollow"): one line, no file."""
    from xlfollow.core.errors import InputError

    book = tmp_path / "k.xlsx"
    book.write_bytes(KUNGSBACKA.read_bytes())
    try:
        actions.send(book, tmp_path / "ut", by="A")
    except InputError as refused:
        assert refused.key == "send-blocks" and "skrivet i block" in refused.message("sv")
    else:
        raise AssertionError("sent")
    assert not (tmp_path / "ut").exists() or not list((tmp_path / "ut").iterdir())


def test_a_block_without_a_heading_is_said_at_its_status_label(tmp_path: Path) -> None:
    book = _blocks(tmp_path, [("1.1 Fler i arbete", "Vi har nått målet"), (None, "Vi har inte nått målet")])
    report = actions.check(book).report
    assert [(i.text, i.status) for i in report.items] == [("1.1 Fler i arbete", G)]
    assert [(i.code, i.cell, i.message()) for i in report.issues] == [
        (
            "missing-item",
            "A9",
            "Blocket har ingen rubrik: ingen text står ensam på en rad ovanför dess etiketter. Skriv "
            "postens text på en egen rad ovanför blocket.",
        )
    ]


def test_one_block_or_a_table_is_no_sheet_of_blocks(tmp_path: Path) -> None:
    """The status's label once (one goal) is no pattern; a table whose status column is headed
    "Bedömning" stays a table."""
    one = _blocks(tmp_path, [("1.1 Fler i arbete", "Vi har nått målet")], name="one.xlsx")
    assert not actions.check(one).report.layout.form
    wb = Workbook()
    ws = wb.active
    rows: list[list[Any]] = [["Mål", "Bedömning"], ["Fler i arbete", "Grön"], ["Fler bostäder", "Röd"]]
    for row in rows:
        ws.append(row)
    wb.save(tmp_path / "t.xlsx")
    report = actions.check(tmp_path / "t.xlsx").report
    assert not report.layout.form and [i.status for i in report.items] == [G, R]


# --- blocks in one column (Göteborg's delårsrapport 2023, 89; its miljö- och klimatprogram, 91) -----


def _one_column(tmp_path: Path, lines: list[str | None], name: str = "k.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    for line in lines:
        ws.append([line])
    path = tmp_path / name
    wb.save(path)
    return path


def test_a_status_under_its_label_in_one_column_is_the_blocks_status(tmp_path: Path) -> None:
    """The status on the row under its label, in the label's column (89): the status cell is that
    row's; the heading the numbered line above; the comment the line after the status. Before:
    every status said missing (the cell beside the label is empty)."""
    book = _one_column(tmp_path, BELOW_LABEL)
    items = actions.check(book).report.items
    assert [(i.row, i.text, i.status) for i in items] == [
        (5, "6.1 Andelen utbildad personal i förskolorna ska öka", G),
        (10, "6.2 Fler elever ska nå gymnasiebehörighet", R),
        (15, "6.3 Göteborg ska ha en hälsosam livsmiljö", Y),
    ]
    assert items[1].comment == "Behörigheten har minskat."
    new = actions.next_period(book, tmp_path / "n.xlsx", "december").written
    ws = load_workbook(new)["Mål"]
    assert [ws.cell(r, 1).value for r in (4, 5, 6)] == [
        "Stadsledningskontorets bedömning",
        None,
        "Andelen utbildad personal ökade med 1,2 procentenheter.",
    ]
    after = actions.check(new).report.items
    assert [(i.row, i.text, i.status) for i in after] == [(i.row, i.text, M) for i in items]


def test_a_label_and_its_status_in_one_cell_keep_the_label_at_next_period(tmp_path: Path) -> None:
    """ "Bedömning: Kräver ytterligare insatser" (91): the label and the status in one cell; the
    heading the nearest line above that is no sentence ("Delmål 1: …", never "Målet innebär …"),
    never the section's title; next-period leaves "Bedömning:" so the next round finds the blocks
    again, and a status typed after it is read."""
    book = _one_column(tmp_path, IN_THE_CELL)
    items = actions.check(book).report.items
    assert [(i.row, i.text, i.status) for i in items] == [
        (4, "Miljömål: Göteborg har en hög biologisk mångfald", R),
        (9, "Delmål 1: Göteborgs Stad sköter och skyddar arters livsmiljöer", Y),
        (14, "Delmål 2: Göteborgs Stad ökar förnybar energi", G),
    ]
    out = tmp_path / "klar.xlsx"
    assert main(["run", str(book), "-o", str(out)]) == 0
    assert load_workbook(out)["Mål"]["A9"].fill.fgColor.rgb == "FFFFEB9C"  # the status cell, gul
    new = actions.next_period(book, tmp_path / "n.xlsx", "december").written
    wb = load_workbook(new)
    assert [wb["Mål"].cell(r, 1).value for r in (4, 9, 14)] == ["Bedömning:"] * 3
    assert [(i.row, i.status) for i in actions.check(new).report.items] == [(4, M), (9, M), (14, M)]
    wb["Mål"]["A9"].value = "Bedömning: På rätt väg"
    wb.save(new)
    assert [i.status for i in actions.check(new).report.items] == [M, G, M]


def test_a_block_whose_status_stands_without_its_label_is_read_and_gets_it_at_next_period(
    tmp_path: Path,
) -> None:
    """Göteborg 2025 (90): one block of fifteen prints "Kräver systemomställning" without
    "Bedömning:". It is the block's status (a short line alone that is a status, in a block with no
    label); next-period writes the blocks' label there, so the next round finds it as the others.
    A legend line "Kräver …: För att nå målet …" above the blocks is no status."""
    lines: list[str | None] = [
        "Bedömningskriterier",
        "Kräver omfattande omställning: Målet bedöms inte möjligt att nå med nuvarande arbetssätt.",
        None,
        *IN_THE_CELL,
        None,
        "Delmål 3: Göteborgs Stad säkrar en god ljudmiljö",
        "Målet innebär att bullret minskar.",
        "Kräver omfattande omställning",
        "Bullret ökar.",
    ]
    book = _one_column(tmp_path, lines)
    items = actions.check(book).report.items
    assert [(i.text, i.status) for i in items][-2:] == [
        ("Delmål 2: Göteborgs Stad ökar förnybar energi", G),
        ("Delmål 3: Göteborgs Stad säkrar en god ljudmiljö", R),
    ]
    assert len(items) == 4 and items[-1].row == 22 and items[-1].comment == "Bullret ökar."
    new = actions.next_period(book, tmp_path / "n.xlsx", "december").written
    assert load_workbook(new)["Mål"]["A22"].value == "Bedömning:"
    assert [(i.row, i.status) for i in actions.check(new).report.items] == [(7, M), (12, M), (17, M), (22, M)]


# --- numbered blocks whose status is the first cell under the heading (Samordningsförbundet
# Göteborg's årsredovisningar 2023-2025, Stratsys: 95, 98, 100) ---------------------------------------

SF_2023 = LAYOUTS / "100_samordningsforbundet-goteborg-arsredovisning-mal-och-uppdrag-2023.xlsx"
SF_2025 = LAYOUTS / "98_samordningsforbundet-goteborg-arsredovisning-mal-och-uppdrag-2025.xlsx"


def _numbered(tmp_path: Path, rows: list[list[Any]], name: str = "n.xlsx") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Uppföljning"
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


# a goal block (the assessment beside its comment), an assignment block ("Status" over its word),
# an area heading, a line of the contents and an activity table (its status in B): the Stratsys shape
NUMBERED: list[list[Any]] = [
    ["Innehållsförteckning"],
    ["7.1.1 Centrala mål: Fler i arbete", None, "29"],
    ["7.1.2 Centrala uppdrag: Ny samverkansmodell", None, "30"],
    [],
    ["7.1 Område: Individinsatser"],
    ["7.1.1 Centrala mål: Fler i arbete", None, "Nämnd/Styrelse"],
    ["Viss måluppfyllelse", "Fler deltagare har gått till arbete."],
    ["Aktiviteter", "Aktivitetens status och kommentar"],
    ["Digitala Navet", "Pågående"],
    ["7.1.1.1 Mål/delmål: Fler i studier", None, "Förvaltning/Bolag"],
    ["Signature reference: 0f3c"],
    ["God måluppfyllelse", "Studierna har ökat."],
    ["7.1.2 Centrala uppdrag: Ny samverkansmodell", None, "Nämnd/Styrelse"],
    ["Status"],
    ["Ej påbörjad", "Uppdraget har inte startat."],
    ["7.1.3 Centrala uppdrag: Kösituationen", None, "Nämnd/Styrelse"],
    ["Status"],
    ["Avslutad", "Rapporterat i november."],
]


def test_numbered_blocks_whose_status_comes_first_read_as_counted_by_hand(tmp_path: Path) -> None:
    """Each numbered block with a status under its heading is an item: its status the first cell
    under the heading that is one (beside its comment, or under "Status"), never an activity's
    status in the next column, an area's heading or a line of the contents. Before: every block
    said to have no heading, nothing counted."""
    report = actions.check(_numbered(tmp_path, NUMBERED)).report
    assert [(i.row, i.text, i.status, i.comment) for i in report.items] == [
        (7, "7.1.1 Centrala mål: Fler i arbete", Y, "Fler deltagare har gått till arbete."),
        (12, "7.1.1.1 Mål/delmål: Fler i studier", G, "Studierna har ökat."),
        (15, "7.1.2 Centrala uppdrag: Ny samverkansmodell", R, "Uppdraget har inte startat."),
        (18, "7.1.3 Centrala uppdrag: Kösituationen", G, "Rapporterat i november."),
    ]
    assert not report.issues
    said = "\n".join(reading_lines(report))
    assert "varje post är ett block med numrerad rubrik (”Centrala mål”, ”Mål/delmål” och" in said
    assert "den första cellen under rubriken som är ett läge, i kolumn A" in said
    items = actions.check(SF_2023).report.items  # 30 blocks, 21 activity rows with a status inside
    assert len(items) == 30 and items[0].row == 42 and items[0].text.startswith("7.1.1 Centrala mål: Öka")


def test_a_status_not_known_in_a_numbered_block_is_said_at_its_cell(tmp_path: Path) -> None:
    """A block of a kind the others are ("Centrala uppdrag") whose first cell under the heading is
    no status xlfollow knows: the item is there, its status unknown at that cell (never left out)."""
    rows = [list(r) for r in NUMBERED]
    rows[17] = ["Slutrapporterad", "Rapporterat i november."]
    report = actions.check(_numbered(tmp_path, rows)).report
    assert [(i.row, i.status) for i in report.items] == [(7, Y), (12, G), (15, R), (18, None)]
    assert [(i.code, i.cell) for i in report.issues] == [("unknown-status", "A18")]


def test_next_period_empties_numbered_blocks_and_the_next_round_finds_them_by_historik(
    tmp_path: Path,
) -> None:
    """Next-period empties each status cell; nothing but *Historik* then tells where the statuses
    stood. The new round reads the same blocks at the same cells, each missing; statuses typed into
    some of them are read, and the blocks still empty stay items (said missing, never dropped)."""
    before = actions.check(SF_2025).report.items
    new = actions.next_period(SF_2025, tmp_path / "n.xlsx", "april 2026").written
    wb = load_workbook(new)
    ws = wb["Fördjupad uppföljning"]
    assert [ws.cell(i.row, 1).value for i in before] == [None] * 22
    assert (
        ws["B33"].value == load_workbook(SF_2025)["Fördjupad uppföljning"]["B33"].value
    )  # the comment stays
    after = actions.check(new).report.items
    assert [(i.row, i.text, i.status) for i in after] == [(i.row, i.text, M) for i in before]
    for row, status in ((33, "God måluppfyllelse"), (36, "Viss måluppfyllelse"), (43, "God måluppfyllelse")):
        ws.cell(row, 1).value = status
    ws["A57"].value = "Avslutad"
    wb.save(new)
    again = actions.check(new).report.items
    assert [(i.row, i.status) for i in again][:4] == [(33, G), (36, Y), (43, G), (46, M)]
    assert len(again) == 22 and sum(i.status is M for i in again) == 18
    assert next(i for i in again if i.row == 57).status is G


def test_a_table_under_numbered_group_headings_is_no_sheet_of_numbered_blocks(tmp_path: Path) -> None:
    """Statuses in the first column under numbered group headings, several under one heading: a
    table whose rows are the items (a heading over two statuses is no block)."""
    rows: list[list[Any]] = [
        ["Läge", "Åtgärd"],
        ["1. Trygghet"],
        ["Grön", "Fler trygghetsvandringar"],
        ["Röd", "Bättre belysning i parker"],
        ["2. Skola"],
        ["Gul", "Läxhjälp i alla skolor"],
        ["Grön", "Fler speciallärare"],
        ["3. Miljö"],
        ["Grön", "Solceller på stadshuset"],
        ["Gul", "Ny avfallsplan för kommunen"],
    ]
    report = actions.check(_numbered(tmp_path, rows)).report
    assert report.layout.form_at != "lead"
    assert [i.text for i in report.items][:2] == ["Fler trygghetsvandringar", "Bättre belysning i parker"]
    assert len(report.items) == 6


KUNGSBACKA_VO = LAYOUTS / "103_kungsbacka-vo-arsredovisning-mal-tre-utan-bedomning-2023.xlsx"


def test_a_block_with_no_row_for_its_status_is_an_item_said_missing_at_its_heading(tmp_path: Path) -> None:
    """Kungsbacka's Vård & Omsorg 2023 (103): three council goals print their labels ("Beslutats
    av", "Fokusområden", "Sammanfattning …") but no "Kommunövergripande bedömning". Each is an item
    without a status, said beside its heading; a directive sharing one label is none. Before: the
    three were left out and "Inga problem hittades" (5 items of 8). Run writes nothing there;
    next-period and the next round read the same eight."""
    report = actions.check(KUNGSBACKA_VO).report
    assert _counts(KUNGSBACKA_VO) == _expected(KUNGSBACKA_VO)
    without = [(i.row, i.text) for i in report.items if i.status is M]
    assert without == [
        (89, "3.2 En hållbar utveckling och en hälsosam miljö"),
        (107, "3.3 Bästa företagsklimatet i Västsverige"),
        (121, "3.4 I Kungsbacka utvecklas vi hela livet"),
    ]
    assert (report.issues[0].cell, report.issues[0].message()) == (
        "B89",
        "Blocket har ingen rad för sin bedömning. Skriv en rad ”Kommunövergripande bedömning” under "
        "rubriken med läget bredvid (grön, gul, röd eller ej aktuell).",
    )
    assert "Direktiv" not in " ".join(i.text for i in report.items)
    out = tmp_path / "klar.xlsx"
    assert main(["run", str(KUNGSBACKA_VO), "-o", str(out)]) == 0
    before, after = load_workbook(KUNGSBACKA_VO)["Uppföljning mål"], load_workbook(out)["Uppföljning mål"]
    for row in (89, 107, 121):
        for col in (1, 2):
            assert after.cell(row, col).value == before.cell(row, col).value
            assert after.cell(row, col).fill.fgColor.rgb == before.cell(row, col).fill.fgColor.rgb
    new = actions.next_period(KUNGSBACKA_VO, tmp_path / "n.xlsx", "april 2024").written
    assert [(i.row, i.text) for i in actions.check(new).report.items] == [
        (i.row, i.text) for i in report.items
    ]


# --- the review of c3d5594 (numbered blocks and blocks with no row for their status) -------------


def test_a_table_with_a_header_or_last_round_read_as_a_table_stays_a_table(tmp_path: Path) -> None:
    """Finding 1: under "Läge | Åtgärd | Kommentar", numbered group headings with one status each
    read as three numbered blocks (the four items without a status left out); a two-column table
    whose next round had one status typed per group did so too. A header row naming the status, or
    last round's items (*Historik*) being other texts, keeps the table."""
    rows: list[list[Any]] = [
        ["Läge", "Åtgärd", "Kommentar"],
        ["1. Trygghet"],
        ["Grön", "Fler trygghetsvandringar"],
        [None, "Belysning i parker"],
        ["2. Skola"],
        ["Gul", "Läxhjälp"],
        [None, "Fler speciallärare"],
        ["3. Miljö"],
        ["Röd", "Bättre cykelvägar"],
        [None, "Solceller"],
        [None, "Mer återvinning"],
    ]
    report = actions.check(_numbered(tmp_path, rows, "h.xlsx")).report
    assert len(report.items) == 7 and sum(i.status is M for i in report.items) == 4
    groups = [["1. Trygghet"], ["Grön", "Fler trygghetsvandringar"], ["Röd", "Belysning i parker"]]
    groups += [["2. Skola"], ["Gul", "Läxhjälp"], ["Grön", "Fler speciallärare"]]
    groups += [["3. Miljö"], ["Röd", "Bättre cykelvägar"], ["Gul", "Solceller"]]
    new = actions.next_period(_numbered(tmp_path, groups, "g.xlsx"), tmp_path / "g2.xlsx", "augusti").written
    wb = load_workbook(new)
    for cell, word in (("A2", "Grön"), ("A5", "Gul"), ("A8", "Röd")):
        wb["Uppföljning"][cell].value = word
    wb.save(new)
    after = actions.check(new).report.items
    assert [(i.text, i.status) for i in after][:2] == [
        ("Fler trygghetsvandringar", G),
        ("Belysning i parker", M),
    ]
    assert len(after) == 6


def test_the_next_round_of_numbered_blocks_survives_a_row_inserted_and_a_word_typed(tmp_path: Path) -> None:
    """Finding 2: after next-period, a title row inserted at the top, a row inserted inside a block,
    or an unknown word typed into one emptied cell made the new round unreadable (*Historik*'s rows
    all or nothing); and next-period refused a round with one unknown status. Each block's status
    cell is now found by itself: where *Historik* says, else under its heading."""
    new = actions.next_period(_numbered(tmp_path, NUMBERED), tmp_path / "n1.xlsx", "augusti").written
    wb = load_workbook(new)
    wb["Uppföljning"].insert_rows(1)
    wb["Uppföljning"]["A1"] = "Uppföljning augusti"
    wb.save(tmp_path / "title.xlsx")
    assert [(i.row, i.status) for i in actions.check(tmp_path / "title.xlsx").report.items] == [
        (8, M),
        (13, M),
        (16, M),
        (19, M),
    ]
    wb = load_workbook(new)
    wb["Uppföljning"]["A7"] = "Delvis bra"
    wb.save(tmp_path / "word.xlsx")
    report = actions.check(tmp_path / "word.xlsx").report
    assert (report.items[0].row, report.items[0].status) == (7, None)
    assert ("unknown-status", "A7") in [(i.code, i.cell) for i in report.issues]
    rows = [list(r) for r in NUMBERED]
    rows[17] = ["Slutrapporterad", "Rapporterat i november."]
    kept = actions.next_period(_numbered(tmp_path, rows, "u.xlsx"), tmp_path / "u2.xlsx", "augusti").written
    assert [(i.row, i.status) for i in actions.check(kept).report.items] == [
        (7, M),
        (12, M),
        (15, M),
        (18, None),
    ]


def test_a_numbered_block_with_a_blank_status_is_an_item_said_missing(tmp_path: Path) -> None:
    """Finding 3: a block whose status is blank in the first round (the only one of its kind, or
    under "Status" at the sheet's end) was left out without a word. A block at a depth the assessed
    blocks have is an item, its status missing at the cell beside its comment or under "Status"."""
    rows = [list(r) for r in NUMBERED]
    rows[6] = [None, "Fler deltagare har gått till arbete."]
    report = actions.check(_numbered(tmp_path, rows, "a.xlsx")).report
    assert [(i.row, i.status) for i in report.items] == [(7, M), (12, G), (15, R), (18, G)]
    rows = [list(r) for r in NUMBERED]
    rows[17] = [None, None]
    report = actions.check(_numbered(tmp_path, rows, "b.xlsx")).report
    assert [(i.row, i.status) for i in report.items] == [(7, Y), (12, G), (15, R), (18, M)]


def test_an_activitys_row_is_never_a_blocks_status_nor_its_header_the_comment(tmp_path: Path) -> None:
    """Finding 4: with the status under "Status" blank and an activity table after it, the
    activity's name was read as the block's unknown status (and run marked that cell), and the
    table's header as a goal's comment."""
    rows = [list(r) for r in NUMBERED]
    rows[17] = [None, None]
    rows += [["Aktiviteter", "Aktivitetens status och kommentar"], ["Kartläggning av kö", "Pågående"]]
    report = actions.check(_numbered(tmp_path, rows, "c.xlsx")).report
    assert [(i.row, i.status, i.comment) for i in report.items][-1] == (18, M, None)
    assert [(i.code, i.cell) for i in report.issues] == [("missing-status", "A18")]
    rows = [list(r) for r in NUMBERED]
    rows[6] = ["Viss måluppfyllelse"]
    assert actions.check(_numbered(tmp_path, rows, "d.xlsx")).report.items[0].comment is None


def test_an_assignment_sharing_two_labels_with_the_goals_is_no_goal_without_status(tmp_path: Path) -> None:
    """Finding 5: two assignment blocks ("Uppdrag: …", "Beslutats av", "Kommentar") beside three
    numbered goals were counted as goals without a status. A block with no row for its status is
    numbered at a depth the assessed goals have (103's "3.2" among "3.1" and "3.5")."""
    rows: list[list[Any]] = [["Nämndens mål 2025"]]
    for n in (1, 2, 3):
        rows += [[f"1.{n} Mål {n}"], ["Beslutats av", "Nämnd"], ["Nämndens bedömning", "Vi har nått målet"]]
        rows += [["Kommentar", "Text"]]
    for task in ("Uppdrag: utreda skolskjuts", "Uppdrag: se över taxor"):
        rows += [[task], ["Beslutats av", "Kommunfullmäktige"], ["Kommentar", "…"]]
    report = actions.check(_numbered(tmp_path, rows, "e.xlsx")).report
    assert [i.text for i in report.items] == ["1.1 Mål 1", "1.2 Mål 2", "1.3 Mål 3"] and not report.issues


def test_blocks_headed_by_an_id_and_a_text_with_the_status_under_its_own_label(tmp_path: Path) -> None:
    """The US NAP5 tracker (108): each block's heading is an id and its text ("US0113.1 | The
    Federal Government commits …"); of the labels that name the status, the one whose values are
    statuses ("Sub-Commitment Status"), not the progress notes. Before: 70 blocks said without
    heading, nothing counted."""
    rows: list[list[Any]] = [["Commitment:"], ["Expand the Production of Data"]]
    for n, state in enumerate(("Complete", "In Progress", "Not Started"), start=1):
        rows += [[f"US0113.{n}", f"The Federal Government commits to step {n}."]]
        rows += [["Agency & Subagency", "OSTP"], ["Sub-Commitment Status", state]]
        rows += [["February 2024 Progress", "Progress Update: …"], ["August 2023 Progress", "…"], []]
    report = actions.check(_numbered(tmp_path, rows, "i.xlsx")).report
    assert [(i.row, i.text, i.status) for i in report.items] == [
        (5, "US0113.1 The Federal Government commits to step 1.", G),
        (11, "US0113.2 The Federal Government commits to step 2.", Y),
        (17, "US0113.3 The Federal Government commits to step 3.", R),
    ]


def test_a_page_break_between_a_heading_and_its_status_label_keeps_the_heading(tmp_path: Path) -> None:
    """Kungsbacka's Förskola & Grundskola, August 2025 (107, set aside): the page's foot ("6"), the
    running head printed on every page and the report's name fall between "2.2.1 …" and its
    "Nämndens bedömning". Before: the block was said without heading and counted missing."""
    head = [["Nämnden för Förskola & Grundskola", None, "Kungsbacka kommun"], ["Delårsrapport augusti 2025"]]
    rows: list[list[Any]] = [*head]
    for n, state in enumerate(("Vi har nått målet", "Vi har inte nått målet men är på rätt väg"), start=1):
        rows += [
            [f"2.{n} Mål {n}"],
            ["Beslutats av", "Nämnd"],
            ["Nämndens bedömning", state],
            [None, None, str(n)],
        ]
        rows += head
    rows += [["2.3 Mål 3"], ["Beslutats av", "Nämnd"], [None, None, "3"], *head]
    rows += [["Nämndens bedömning", "Vi har nått målet"], ["Kommentar på nämndmål", "Bra."]]
    report = actions.check(_numbered(tmp_path, rows, "p.xlsx")).report
    assert [(i.text, i.status) for i in report.items] == [
        ("2.1 Mål 1", G),
        ("2.2 Mål 2", Y),
        ("2.3 Mål 3", G),
    ]
    assert not [i for i in report.issues if i.code == "missing-item"]


def test_a_directive_in_another_section_is_no_goal_without_status(tmp_path: Path) -> None:
    """107: the goals are "2.1" to "2.5", the directives "3.3" to "3.5" share their labels
    ("Beslutats av", "Nämndens formulering") but have no assessment: no items. 103's "3.2" among the
    assessed "3.1" and "3.5" is one (same depth, same section)."""
    rows: list[list[Any]] = [["Uppföljning"]]
    for n in (1, 2, 3):
        rows += [[f"2.{n} Mål {n}"], ["Beslutats av", "Nämnd"], ["Nämndens formulering", "…"]]
        rows += [["Nämndens bedömning", "Vi har nått målet"], ["Kommentar på nämndmål", "…"]]
    rows += [["2.4 Mål 4"], ["Beslutats av", "Nämnd"], ["Nämndens formulering", "…"], ["Kommentar", "…"]]
    for n in (3, 4):
        rows += [[f"3.{n} Direktiv {n}"], ["Beslutats av", "Nämnd"], ["Nämndens formulering", "…"]]
        rows += [["Kommentar", "…"]]
    report = actions.check(_numbered(tmp_path, rows, "d.xlsx")).report
    assert [(i.text, i.status) for i in report.items] == [
        ("2.1 Mål 1", G),
        ("2.2 Mål 2", G),
        ("2.3 Mål 3", G),
        ("2.4 Mål 4", M),
    ]


def test_learn_on_numbered_blocks_changes_nothing_and_one_meaning_edited_is_read(tmp_path: Path) -> None:
    """learn on Samordningsförbundet Göteborg 2025 (98), which it reads exactly: its table pins
    nothing that would stop the numbered blocks being found, the next run counts the same; then
    "Avslutad" edited to gul in the table is what run reads (four green become yellow)."""
    book = tmp_path / "sf.xlsx"
    book.write_bytes(SF_2025.read_bytes())
    assert main(["learn", str(book)]) == 0
    assert _counts(book) == _expected(SF_2025)
    wb = load_workbook(book)
    rows = {row[0].value: row for row in wb["xlfollow"].iter_rows() if row[0].value}
    assert "header_row" not in rows and not any(str(k).startswith("column.") for k in rows)
    said = [str(c.value) for row in wb["xlfollow"].iter_rows() for c in row if c.value]
    assert any("numrerade rubriker" in text for text in said)  # how they are found, not "by their labels"
    rows["status.Avslutad"][1].value = "gul"
    wb.save(book)
    assert main(["run", str(book), "-o", str(tmp_path / "klar.xlsx")]) == 0
    expected = _expected(SF_2025)
    assert _counts(tmp_path / "klar.xlsx") == {**expected, "green": 9, "yellow": expected["yellow"] + 4}


def _goal_blocks(tmp_path: Path, goals: list[tuple[str | None, str | None]], name: str) -> Path:
    """Kungsbacka-like blocks: each a heading (None: none) and its assessment (None: no row for it)."""
    rows: list[list[Any]] = [["Delårsrapport augusti 2025"]]
    for n, (heading, status) in enumerate(goals, start=1):
        rows += [[heading]] if heading is not None else []
        rows += [["Beslutats av", "Kommunfullmäktige"], ["Fokusområden", f"- fokus {n}"]]
        rows += [["Kommunövergripande bedömning", status]] if status is not None else []
        rows += [["Sammanfattning av nämndens arbete med målet", f"Arbetet {n}"], []]
    return _numbered(tmp_path, rows, name)


def test_the_second_reviews_goals_without_a_status_row_and_without_a_heading(tmp_path: Path) -> None:
    """The second review of the blocks without a status row: a goal numbered by a whole number ("3
    Bästa företagsklimatet") was left out by the section rule, without a word; a whole section with
    no assessment is now said at each heading (`block-not-counted`), not left out silently; and a
    block with no heading after two blocks with the same assessment took the earlier heading (the
    repeated status row was taken for the page's furniture)."""
    yes, way = "Vi har nått målet", "Vi har inte nått målet men är på rätt väg"
    whole = [
        ("1 En attraktiv kommun", way),
        ("2 En hållbar utveckling", yes),
        ("3 Bästa företagsklimatet", None),
    ]
    report = actions.check(_goal_blocks(tmp_path, [*whole, ("4 Trygg uppväxt", way)], "w.xlsx")).report
    assert [(i.text, i.status) for i in report.items][2] == ("3 Bästa företagsklimatet", M)
    sections = [("1.1 Trygg uppväxt", way), ("1.2 Fler i arbete", yes), ("2.1 Hållbar ekonomi", way)]
    sections += [("3.1 Direktiv A", None), ("3.2 Direktiv B", None)]
    report = actions.check(_goal_blocks(tmp_path, sections, "s.xlsx")).report
    assert len(report.items) == 3
    said = [(i.code, i.row) for i in report.issues if i.code == "block-not-counted"]
    assert len(said) == 2 and said[0][1] == next(r for r, v in _rows(report) if v == "3.1 Direktiv A")
    assert (
        report.issues[-1].message().startswith("Blocket har målens etiketter men ingen rad för sin bedömning")
    )
    repeated = [
        ("2.1 En attraktiv kommun", way),
        ("2.2 En hållbar utveckling", way),
        (None, way),
        ("2.4 Mål", yes),
    ]
    report = actions.check(_goal_blocks(tmp_path, repeated, "r.xlsx")).report
    assert [i.text for i in report.items] == [
        "2.1 En attraktiv kommun",
        "2.2 En hållbar utveckling",
        "2.4 Mål",
    ]
    assert [i.code for i in report.issues] == ["missing-item"]


def _rows(report: Any) -> list[tuple[int, Any]]:
    """(row, column A's value) of the report's workbook (as read)."""
    wb = load_workbook(report.path)
    return [(n, row[0].value) for n, row in enumerate(wb.active.iter_rows(), start=1)]


def test_a_value_run_on_over_a_page_and_a_label_met_once_are_no_heading(tmp_path: Path) -> None:
    """Kungsbacka's Individ & Familjeomsorg 2025 (115): a page break falls inside "Nämndens
    formulering", whose text runs on in B on the next page ("digitala lösningar …", no label beside
    it), and one block has a label once ("Fokusområde | I Kungsbacka är …") between its labels and
    its assessment. Before: the run-on text was taken for the goal's heading (and the goal counted
    again, missing), and the once-label ended the walk (the block said without heading)."""
    head = [[None, None, "7"], ["Nämnden för Individ & Familjeomsorg", None, "Kungsbacka kommun"]]
    head += [["Nämndens årsredovisning 2025"]]
    way = "Vi har inte nått målet men är på rätt väg"
    rows: list[list[Any]] = [*head[1:]]  # the running head, on every page (three times here)
    for n in (1, 2):
        rows += [
            [f"3.1.{n} Fokusområde: Mål {n}"],
            ["Beslutats av", "Nämnd"],
            ["Nämndens formulering", "Text …"],
        ]
        rows += [*head, [None, "… fortsättning från förra sidan."], ["Nämndens bedömning", way]]
        rows += [["Kommentar på nämndmål", "Bra."], []]
    rows += [["3.1.3 Fokusområde: Mål 3"], ["Beslutats av", "Nämnd"], ["Nämndens formulering", "Text …"]]
    rows += [["Fokusområde", "I Kungsbacka är invånare medskapande."], ["Nämndens bedömning", way]]
    rows += [["Kommentar på nämndmål", "Bra."]]
    report = actions.check(_numbered(tmp_path, rows, "f.xlsx")).report
    assert [(i.text, i.status) for i in report.items] == [
        ("3.1.1 Fokusområde: Mål 1", Y),
        ("3.1.2 Fokusområde: Mål 2", Y),
        ("3.1.3 Fokusområde: Mål 3", Y),
    ]
    assert not report.issues
