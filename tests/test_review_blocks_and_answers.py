"""The review of 594a720 (issue 19: blocks of labels and values, a table above a headed one,
columns of yes and no, totals rows, consolidate's latest round), one test per finding, each
reproduced from the reviewer's workbooks and failing without its fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from xlfollow import actions
from xlfollow.core.errors import WorkbookError
from xlfollow.core.reading import reading_lines
from xlfollow.core.status import Status

G, Y, R, M = Status.GREEN, Status.YELLOW, Status.RED, Status.MISSING


def _save(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def _statuses(path: Path) -> list[Status | None]:
    return [i.status for i in actions.check(path).report.items]


def test_a_column_of_ja_and_nej_left_of_the_statuses_is_not_the_status(tmp_path: Path) -> None:
    """Finding 2: "Ingår i budget" (Ja/Nej) left of "Färg" (Grön/Gul/Röd) was read as the status:
    3 green, 2 red, "Inga problem". A column of statuses comes first, yes and no only where none is."""
    rows: list[list[Any]] = [["Uppdrag", "Ingår i budget", "Färg", "Kommentar"]]
    for text, budget, colour in [
        ("Utreda nya lokaler för vårdcentralen", "Ja", "Grön"),
        ("Införa digitala journaler i tandvården", "Nej", "Röd"),
        ("Minska energianvändningen i fastigheterna", "Ja", "Gul"),
        ("Starta hälsosamtal för 40-åringar", "Nej", "Grön"),
        ("Samordna upphandling av transporter", "Ja", "Gul"),
    ]:
        rows.append([text, budget, colour, "x"])
    assert _statuses(_save(tmp_path / "b.xlsx", {"Uppdrag": rows})) == [G, R, Y, G, Y]


def _yes_and_rag(path: Path) -> Path:
    webb = [["Uppdrag", "Publicerad på webben", "Kommentar"]]
    webb += [[a, v, "x"] for a, v in [("Socialstyrelsen", "Y"), ("Skolverket", "N"), ("Trafikverket", "Y")]]
    webb += [["Naturvårdsverket", "Y", "x"], ["Boverket", "N", "x"]]
    rag = [["Action", "RAG", "Comment"]]
    rag += [
        ["Improve the data catalogue for all agencies", "G", "c"],
        ["Publish the annual data strategy report", "Y", "c"],
        ["Train staff in data literacy", "R", "c"],
        ["Open more data sets to the public", "Y", "c"],
    ]
    return _save(path, {"Webb": webb, "Åtgärder": rag})


def test_one_tables_yes_is_not_another_tables_yellow(tmp_path: Path) -> None:
    """Finding 3: next-period wrote a workbook-wide "status.Y = grön" for the Y/N table (the RAG
    table's "Y" read green in the next round); learn wrote "status.Y = gul" (the answers read
    yellow); the reading said "”Y” i fem celler: gul" where three were green."""
    book = _yes_and_rag(tmp_path / "yn.xlsx")
    assert _statuses(book) == [G, R, G, G, R, G, Y, R, Y]
    said = reading_lines(actions.check(book).report)
    assert "”Y” i tre celler: grön." in said and "”Y” i två celler: gul." in said
    new = actions.next_period(book, tmp_path / "n.xlsx", "2025").written
    wb = load_workbook(new)
    lines = {r[0].value: r[1].value for r in wb["xlfollow"].iter_rows() if r[0].value}
    assert "status.Y" not in lines and "status.N" not in lines
    for sheet, values in (("Webb", ["Y", "N", "Y", "Y", "N"]), ("Åtgärder", ["G", "Y", "R", "Y"])):
        for row, value in enumerate(values, start=2):
            wb[sheet].cell(row, 2).value = value
    wb.save(new)
    assert _statuses(new) == [G, R, G, G, R, G, Y, R, Y]
    learnt = tmp_path / "l.xlsx"
    learnt.write_bytes(book.read_bytes())
    actions.learn(learnt)
    lines = {r[0].value: r[1].value for r in load_workbook(learnt)["xlfollow"].iter_rows() if r[0].value}
    assert "status.Y" not in lines
    assert _statuses(learnt) == [G, R, G, G, R, G, Y, R, Y]


def _above(path: Path) -> Path:
    rows: list[list[Any]] = [["Kommunfullmäktiges mål"]]
    rows += [
        ["En attraktiv kommun att bo, verka och vistas i", "Grön"],
        ["En hållbar utveckling och en hälsosam miljö", "Gul"],
        ["Bästa företagsklimatet i hela Västsverige", "Röd"],
        ["Livslångt lärande för alla invånare", "Grön"],
        ["En effektiv och tillgänglig kommunal service", "Gul"],
        [],
        ["Nämndens mål"],
        ["Perspektiv", "Nämndmål", "Nämnd", "Läge", "Kommentar"],
        ["Medborgare", "Fler besökare på biblioteken i kommunen", "KFN", "Grön", "bra"],
        ["Medborgare", "Ökat deltagande i kulturskolan", "KFN", "Gul", "ok"],
        ["Ekonomi", "Nöjdare föreningar i kommunens lokaler", "FN", "Röd", "x"],
        ["Ekonomi", "Fler evenemang i stadskärnan", "FN", "Grön", "z"],
    ]
    return _save(path, {"Mål": rows})


def test_the_second_years_send_of_a_table_above_a_headed_one(tmp_path: Path) -> None:
    """Finding 4: next-period's lines for the table without a header (header_row, column letters)
    went into the headed table's units, which then read its header as an item: send stopped with
    "Inget har sparats" and left the first unit's workbook behind. Each unit gets the lines of its
    own tables, and the round goes on."""
    new = actions.next_period(_above(tmp_path / "ab.xlsx"), tmp_path / "n.xlsx", "2025").written
    sent = actions.send(new, tmp_path / "ut")
    got = {unit: [i.text for i in actions.check(path).report.items] for unit, path, _ in sent.files}
    assert got["KFN"] == ["Fler besökare på biblioteken i kommunen", "Ökat deltagande i kulturskolan"]
    assert len(got["FN"]) == 2 and len(got[next(u for u in got if u not in ("KFN", "FN"))]) == 5


def test_send_that_fails_for_one_unit_leaves_no_units_workbook(tmp_path: Path, monkeypatch) -> None:
    """Finding 4's second half, by fault injection: the second unit's workbook does not read back.
    Nothing of the send is left in the folder (it said "Inget har sparats", and one unit's files
    stood there)."""
    import xlfollow.adapters.unit_book as unit_book

    real = unit_book.write_unit_book
    calls = []

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[2])
        if len(calls) == 2:
            raise WorkbookError("verify-failed", path=str(args[2]), sheet="Mål")
        return real(*args, **kwargs)

    monkeypatch.setattr(unit_book, "write_unit_book", failing)
    folder = tmp_path / "ut"
    with pytest.raises(WorkbookError):
        actions.send(_above(tmp_path / "ab.xlsx"), folder)
    assert len(calls) == 2 and list(folder.iterdir()) == []


def _blocks(rows: list[list[Any]], goals: list[tuple[Any, str, str]]) -> list[list[Any]]:
    for heading, label, status in goals:
        rows += [heading if isinstance(heading, list) else [heading]]
        rows += [["Beslutats av", "Nämnd"], [label, status], ["Kommentar på nämndmål", "k"], []]
    return rows


def test_a_sheet_of_cards_beside_a_headed_table_is_not_the_follow_up(tmp_path: Path) -> None:
    """Finding 5: a sheet "Projektkort" of three blocks hid the follow-up's six items on the first
    sheet ("Inga problem hittades", three items). A headed table on another sheet comes first."""
    table = [["Perspektiv", "Framgångsfaktor", "Läge"]]
    table += [["Process", f"Framgångsfaktor nummer {n} i processen", s] for n, s in enumerate("GGYRGY")]
    cards: list[list[Any]] = []
    for n in range(3):
        cards += [[f"Projekt {n}"], ["Ansvarig", "Anna"], ["Status", "Pågår"], []]
    book = _save(tmp_path / "b.xlsx", {"Uppföljning": table, "Projektkort": cards})
    report = actions.check(book).report
    assert len(report.items) == 6 and not report.layout.form


def test_a_block_whose_status_label_stands_once_is_read(tmp_path: Path) -> None:
    """Finding 6: three council goals under "Kommunövergripande bedömning" and one committee goal
    under "Nämndens bedömning" (once): the red committee goal was lost without a word."""
    rows = _blocks(
        [],
        [
            ("3.1 En attraktiv kommun", "Kommunövergripande bedömning", "Vi har nått målet"),
            ("3.2 En hållbar utveckling", "Kommunövergripande bedömning", "Vi har inte nått målet"),
            ("3.3 Bästa företagsklimatet", "Kommunövergripande bedömning", "Vi har nått målet"),
            ("3.3.1 Fler evenemang i stadskärnan", "Nämndens bedömning", "Vi har inte nått målet"),
        ],
    )
    report = actions.check(_save(tmp_path / "b.xlsx", {"Mål": rows})).report
    assert [(i.text, i.status) for i in report.items][-1] == ("3.3.1 Fler evenemang i stadskärnan", R)
    assert len(report.items) == 4


def test_a_blocks_heading_in_two_cells_is_one_heading(tmp_path: Path) -> None:
    """Finding 7: a heading written "3.1.1 | Vi ska …" gave every item the sheet's title, and
    next-period refused its own workbook. The number and its text are the heading; a row that is
    neither a label nor a heading above a block ends the search (no other block's heading)."""
    rows = _blocks(
        [["Nämndens årsredovisning 2023"]],
        [
            (["3.1.1", "Vi ska implementera platsvarumärket"], "Nämndens bedömning", "Vi har nått målet"),
            (["3.1.2", "Fler barn ska delta i kulturskolan"], "Nämndens bedömning", "Vi har inte nått målet"),
        ],
    )
    book = _save(tmp_path / "b.xlsx", {"Mål": rows})
    assert [i.text for i in actions.check(book).report.items] == [
        "3.1.1 Vi ska implementera platsvarumärket",
        "3.1.2 Fler barn ska delta i kulturskolan",
    ]
    new = actions.next_period(book, tmp_path / "n.xlsx", "2024").written
    assert _statuses(new) == [M, M]


def test_learn_keeps_the_table_above_a_headed_one(tmp_path: Path) -> None:
    """Finding 8: learn wrote "sheet = Mål", and the table without a header above the headed one was
    no longer read (9 items became 4, with a warning)."""
    book = _above(tmp_path / "ab.xlsx")
    before = _statuses(book)
    actions.learn(book)
    assert _statuses(book) == before and len(before) == 9
    said = reading_lines(actions.check(book).report)
    assert said[0].startswith("Tabell 1: bladet ”Mål”, utan rubrikrad, från rad 2 till rad 6")


def test_a_goal_that_begins_with_totalt_and_has_its_own_figure_is_a_goal(tmp_path: Path) -> None:
    """Finding 9: "Totalt antal besök i primärvården ska öka | 0,97" was taken for a row of totals
    (not counted, "give it a status" although it had one). Totals are whole numbers, two at least."""
    rows: list[list[Any]] = [["Mål", "Måluppfyllelse", "Kommentar"]]
    rows += [
        ["Andelen nöjda patienter ska öka", 0.95, "a"],
        ["Sjukfrånvaron ska minska", 0.8, "b"],
        ["Totalt antal besök i primärvården ska öka", 0.97, None],
        ["Väntetiderna till operation ska minska", 0.6, "c"],
    ]
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    for row in rows:
        ws.append(row)
    settings = wb.create_sheet("xlfollow")
    for line in (["Inställning", "Värde"], ["threshold.grön", "90 %"], ["threshold.gul", "70 %"]):
        settings.append(line)
    wb.save(tmp_path / "t.xlsx")
    report = actions.check(tmp_path / "t.xlsx").report
    assert [i.status for i in report.items] == [G, Y, G, R]
    assert not [i for i in report.issues if i.code == "summary-line"]


def test_a_second_send_that_cannot_replace_one_units_file_changes_none(tmp_path: Path, monkeypatch) -> None:
    """The review of 9fd9e28: a unit's workbook open in Excel (here: its replacement refused) left
    the other units' files of the new send beside this one's old; the error named no file; a send
    killed half-way left its staging folder. Now the old files all stay, the line names the file,
    and the next send clears what a stopped one left."""
    import os

    book = _above(tmp_path / "ab.xlsx")
    folder = tmp_path / "ut"
    first = actions.send(book, folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    wb = load_workbook(book)
    wb["Mål"]["E10"] = "ändrad kommentar"
    wb.save(book)
    (folder / ".~xlfollow-send-gammal").mkdir()  # a send stopped half-way
    locked = next(path for unit, path, _ in first.files if unit == "KFN")
    real = os.replace

    def refused(src: Any, dst: Any) -> None:
        if Path(dst) == locked or Path(src) == locked:
            raise PermissionError(13, "Permission denied")
        real(src, dst)

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(WorkbookError) as said:
        actions.send(book, folder)
    assert locked.name in said.value.message("sv")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # no staging folder either


# The second review (of 9fd9e28): the findings not tested with their own feature's tests


def test_a_sheet_of_blocks_beside_a_headed_table_is_never_read_as_a_table(tmp_path: Path) -> None:
    """Finding 5: "Nämndens bedömning" on a sheet of blocks was read as a header (9 unknown items,
    the three goals lost) where another sheet had a headed table: the blocks sheet is left unread."""
    blocks = _blocks(
        [],
        [(f"3.1.{n} Mål nummer {n} i nämnden", "Nämndens bedömning", "Vi har nått målet") for n in (1, 2, 3)],
    )
    table = [
        ["Uppdrag", "Status", "Kommentar"],
        ["Utreda nya lokaler", "Pågår", "x"],
        ["Ta fram taxa", "Klar", "y"],
    ]
    report = actions.check(_save(tmp_path / "b.xlsx", {"Uppdrag": table, "Mål": blocks})).report
    assert [i.text for i in report.items] == ["Utreda nya lokaler", "Ta fram taxa"] and not report.issues
    said = reading_lines(report)  # left unread, and said so with the line that reads it instead
    assert any(line.startswith("Bladet ”Mål” har block med läge") and "sheet = Mål" in line for line in said)


def test_a_second_status_label_in_a_block_is_no_error(tmp_path: Path) -> None:
    """Finding 6: "Kommunövergripande bedömning" right under "Nämndens bedömning" in one block was
    said as a block without a heading (check and run exit 1). One item, its first assessment."""
    rows = _blocks(
        [], [(f"3.{n} Mål nummer {n}", "Nämndens bedömning", "Vi har nått målet") for n in (1, 2, 3)]
    )
    at = next(i for i, r in enumerate(rows) if r and r[0] == "Kommentar på nämndmål")
    rows.insert(at, ["Kommunövergripande bedömning", "Vi har inte nått målet"])
    report = actions.check(_save(tmp_path / "b.xlsx", {"Mål": rows})).report
    assert [i.status for i in report.items] == [G, G, G] and not report.issues


def test_the_send_key_stands_right_of_every_column_a_field_is_read_in(tmp_path: Path) -> None:
    """Finding 7: a table without a header under a title, after next-period: the key was written
    into the status column (B) of each unit's sheet and collect wrote keys into the master."""
    rows: list[list[Any]] = [["Kommunfullmäktiges mål 2026"]]
    rows += [
        [f"Kommunens mål nummer {n} för en bättre kommun", s, u]
        for n, (s, u) in enumerate(
            [("Grön", "KS"), ("Gul", "BN"), ("Röd", "KS"), ("Grön", "BN"), ("Gul", "KS")]
        )
    ]
    new = actions.next_period(_save(tmp_path / "a.xlsx", {"Mål": rows}), tmp_path / "n.xlsx", "2027").written
    sent = {unit: path for unit, path, _ in actions.send(new, tmp_path / "ut", by="C").files}
    wb = load_workbook(sent["KS"])
    assert [c.value for c in wb["Mål"][1]][:4] == [
        "Kommunfullmäktiges mål 2026",
        None,
        None,
        "xlfollow-nyckel",
    ]
    wb["Mål"]["B2"] = "Grön"
    wb.save(sent["KS"])
    done = actions.collect(new, [sent["KS"]])
    assert [(c.row, c.col, c.new) for c in done.collected.changes] == [(2, 2, "Grön")]


def test_status_och_kommentar_beside_a_status_column_is_the_comment(tmp_path: Path) -> None:
    """Finding 8: "Mål | Nämnd | Status | Status och kommentar": the fourth column lost its comment."""
    rows = [["Mål", "Nämnd", "Status", "Status och kommentar"], ["Fler i arbete", "SN", "Grön", "Bra"]]
    rows += [["Fler bostäder", "BN", "Gul", "Sent"], ["Mindre buller", "KN", "Röd", "Nej"]]
    report = actions.check(_save(tmp_path / "b.xlsx", {"Mål": rows})).report
    assert report.layout.columns.get("comment") == 4 and report.items[0].comment == "Bra"


def test_a_trends_arrows_never_beat_a_column_of_yes_and_no(tmp_path: Path) -> None:
    """Finding 10: "Uppdrag | Publicerad (Ja/Nej) | Utveckling (↑ ↓ →)": the arrows were the status."""
    rows: list[list[Any]] = [["Uppdrag", "Publicerad", "Utveckling", "Kommentar"]]
    rows += [
        [f"Uppdrag nummer {n} i nämnden", a, t, "x"]
        for n, (a, t) in enumerate([("Ja", "↑"), ("Nej", "↓"), ("Ja", "→"), ("Nej", "↑"), ("Ja", "↑")])
    ]
    assert _statuses(_save(tmp_path / "b.xlsx", {"Uppdrag": rows})) == [G, R, G, R, G]


def test_a_goal_beginning_totalt_whose_figure_the_settings_make_a_status_is_a_goal(tmp_path: Path) -> None:
    """Finding 12: "Totalt antal besök ska öka | 250000 | 3" with status.3 = röd was a row of totals."""
    rows: list[list[Any]] = [
        ["Mål", "Målvärde 2026", "Läge"],
        ["Fler besök i vården", 100, 1],
        ["Kortare köer", 30, 2],
    ]
    rows += [["Totalt antal besök i primärvården ska öka", 250000, 3]]
    wb = Workbook()
    ws = wb.active
    ws.title = "Mål"
    for row in rows:
        ws.append(row)
    settings = wb.create_sheet("xlfollow")
    for line in (["Inställning", "Värde"], ["status.1", "grön"], ["status.2", "gul"], ["status.3", "röd"]):
        settings.append(line)
    wb.save(tmp_path / "t.xlsx")
    assert _statuses(tmp_path / "t.xlsx") == [G, Y, R]


def test_a_sheet_of_answers_keeps_its_yes_after_next_period(tmp_path: Path) -> None:
    """The second review's open finding: a Y/N table beside a RAG table got no line at next-period
    (a workbook's "status.Y" would make the RAG table's "Y" green), so a round whose units all
    answered "Y" read yellow. The sheet's own lines keep each table's meaning."""
    book = _yes_and_rag(tmp_path / "yn.xlsx")
    new = actions.next_period(book, tmp_path / "n.xlsx", "2025").written
    wb = load_workbook(new)
    lines = {r[0].value: r[1].value for r in wb["xlfollow"].iter_rows() if r[0].value}
    assert (lines.get("Webb!status.Y"), lines.get("Webb!status.N")) == ("grön", "röd")
    assert not any(str(k).startswith("Åtgärder!status") for k in lines)
    for sheet, values in (("Webb", ["Y"] * 5), ("Åtgärder", ["G", "Y", "R", "Y"])):
        for row, value in enumerate(values, start=2):
            wb[sheet].cell(row, 2).value = value
    wb.save(new)
    assert _statuses(new) == [G, G, G, G, G, G, Y, R, Y]
